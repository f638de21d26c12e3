"""The values the core passes around. Frozen, hashable, no behaviour beyond small derived properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Timex", "Entity", "Dateline", "Attribution", "CleanText", "EventMention"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, normalized TIMEX3-style.

    ``start``/``end`` are character offsets into the text that was tagged (``text == source[start:end]``).
    ``value`` is resolved against the publication date: ``2022-03-15``, ``2022-02``, ``2022``, ``2022-W11``,
    ``199X``, ``PRESENT_REF``, ``P7Y`` (durations), ``XXXX-WXX-2`` (sets)...
    ``granularity``: day | week | month | quarter | season | year | decade | century | time | none.
    ``mod``: START | MID | END | APPROX | BEFORE | AFTER | ON_OR_BEFORE | ON_OR_AFTER | LESS_THAN | MORE_THAN | None.
    ``resolution`` says in words how the value was reached ("Tuesday before the publication date 2022-03-16").
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    granularity: str
    mod: str | None = None
    resolution: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """A name found in a text, with its canonical form after alias normalization."""

    start: int
    end: int
    text: str
    canonical: str
    kind: str  # PERSON | ORG | COUNTRY | CITY | PLACE


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline at the head of a wire story: "Brussels, March 16 (AFP) Mar 16, 2022"."""

    start: int
    end: int
    text: str
    place: str | None
    published: date | None
    agency: str | None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who originally wrote an article (``source``) and who carried it (``outlet``)."""

    source: str
    outlet: str
    evidence: str  # why: "dateline (AFP)", "republisher's note names RT", "outlet is the source", ...


@dataclass(frozen=True, slots=True)
class CleanText:
    """An article body reduced to its main text. ``removed`` keeps each dropped line with the reason."""

    text: str
    removed: tuple[tuple[str, str], ...] = ()
    was_html: bool = False


@dataclass(frozen=True, slots=True)
class EventMention:
    """One dated happening told in one sentence of one article.

    ``date`` is the event's date at its own granularity: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month) or
    ``YYYY`` (year); ``sentence_start`` is the sentence's offset in the cleaned text.
    """

    sentence: str
    sentence_start: int
    summary: str
    kind: str  # visit | meeting | statement | proposal | attack | refusal | decision | ... | other
    trigger: str  # the word that tells what happened ("visited", "met", "said")
    actors: tuple[str, ...]
    places: tuple[str, ...]
    timex: Timex
    date: str
    granularity: str  # day | month | year
    entities: tuple[Entity, ...] = field(default=())
