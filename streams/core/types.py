"""The values the core passes around. Frozen, hashable, no behaviour beyond small derived properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "Timex",
    "Entity",
    "Dateline",
    "Attribution",
    "CleanText",
    "EventMention",
    "Provenance",
    "SourcedMention",
]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, normalized TIMEX3-style.

    ``start``/``end`` are character offsets into the text that was tagged (``text == source[start:end]``).
    ``value`` is resolved against the publication date: ``2022-03-15``, ``2022-02``, ``2022``, ``2022-W11``,
    ``199`` (the 1990s), ``PRESENT_REF``, ``P7Y`` (durations), ``XXXX-WXX-2`` (sets)...
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
    kind: str  # PERSON | ORG | COUNTRY | CITY | PLACE | EVENT (a named happening: "Hurricane Ian") | DOCUMENT
    # (a law, treaty or bill: "the Environment Act")


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
    # the article's own headline and standfirst, as written at the body's head (also among ``removed``): they
    # tell the story, and may date it ("Airlift of food and water to begin on Wednesday")
    head: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventMention:
    """One dated happening told in one sentence of one article.

    ``date`` is the event's date at its own granularity: ``YYYY-MM-DD`` (day; a week by its Monday), ``YYYY-MM``
    (month), ``YYYY`` (year) or the first year of a decade (``1990`` for the 1990s) or a century (``1800`` for the
    19th century); ``sentence_start`` is the sentence's offset in the cleaned text.
    """

    sentence: str
    sentence_start: int
    summary: str
    kind: str  # the main kind: visit | meeting | statement | proposal | attack | refusal | decision | ... | other
    trigger: str  # the word that tells what happened ("visited", "met", "said")
    actors: tuple[str, ...]
    places: tuple[str, ...]
    timex: Timex
    date: str
    granularity: str  # day | week | month | year | decade | century
    entities: tuple[Entity, ...] = field(default=())
    kinds: tuple[str, ...] = ()  # every kind the clause tells, the main one first ("proposal", "visit")
    # For a clause that names no one and no place ("The two sides last met in 2021"): the names its article
    # gave before it, which say whom it is about. Empty when the clause names anyone itself.
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a mention came from: the article, its outlet and original source, and how its date was anchored.

    ``published_basis`` is ``field`` (the article's published_at), ``dateline``, ``page`` (the page's markup or the
    date line at its head) or ``message_timestamp`` (inferred). ``sketch`` is the MinHash signature of the
    article's main text, for syndicated-copy detection.
    """

    article_id: str
    outlet: str
    source: str
    published_at: str  # ISO 8601 date, YYYY-MM-DD
    published_basis: str
    url: str | None = None
    title: str | None = None
    sketch: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SourcedMention:
    """An event mention with its provenance: the unit that travels on ``event-mentions``.

    ``mention_id`` is deterministic (article id + sentence offset + timex offset), so a replayed article
    yields the same ids. ``seen_at`` is the ingest time (epoch seconds) of the message that carried it.
    """

    mention_id: str
    mention: EventMention
    provenance: Provenance
    seen_at: float
