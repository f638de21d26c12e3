"""The plain, JSON-ready record of one sourced mention that clustering keeps and matching reads.

Besides the mention's own fields it carries two things derived once here: ``sites``, the specific places
(cities) it names, which two different happenings cannot share a day in; and ``lead``, the actors named in the
clause that does the trigger's verb ("Poland's Vice Premier, Jaroslaw Kaczynski, suggested ..."), i.e. who
did or said it, as opposed to whom it was about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.core.name_match import named_in, surfaces_of
from streams.core.types import EventMention, SourcedMention

__all__ = ["SITE_KINDS", "mention_record", "lead_actors", "sites_of"]

# Entity kinds that name one specific place: two happenings there are not the same as one elsewhere.
SITE_KINDS = frozenset({"CITY"})
# What ends the clause in front of a verb: sentence punctuation, quotation marks, dashes between words.
_BOUNDARY = re.compile(r"[.;:!?“”\"«»]|\s[—–-]\s")
_AFTER_END = re.compile(r"[,.;:!?“”\"«»(]|\s[—–-]\s")


def mention_record(item: SourcedMention) -> dict:
    """Flatten a SourcedMention into the record clustering stores (plain JSON types only)."""
    m, p = item.mention, item.provenance
    return {
        "mention_id": item.mention_id,
        "article_id": p.article_id,
        "title": p.title,
        "outlet": p.outlet,
        "source": p.source,
        "url": p.url,
        "published_at": p.published_at,
        "published_basis": p.published_basis,
        "sentence": m.sentence,
        "summary": m.summary or m.sentence,
        "kind": m.kind,
        "kinds": list(dict.fromkeys(m.kinds or (m.kind,))),
        "trigger": m.trigger,
        "actors": list(dict.fromkeys(m.actors)),
        "places": list(dict.fromkeys(m.places)),
        "sites": sites_of(m),
        "lead": lead_actors(m),
        "timex": {"text": m.timex.text, "value": m.timex.value, "type": m.timex.type, "mod": m.timex.mod,
                  "resolution": m.timex.resolution},
        "date": m.date,
        "granularity": m.granularity,
        "mod": m.timex.mod,
        "seen_at": float(item.seen_at),
    }


def sites_of(m: EventMention) -> list[str]:
    """The cities among the mention's places that its sentence names (a city taken from the dateline is a
    guess: it may support a match but never keeps two mentions apart). Kinds from the entities, else the
    gazetteer."""
    kinds = {e.canonical: e.kind for e in m.entities}
    return [place for place in dict.fromkeys(m.places)
            if (kinds.get(place) or _gazetteer_kind(place)) in SITE_KINDS and named_in(place, m.sentence)]


@lru_cache(maxsize=4096)
def _gazetteer_kind(name: str) -> str | None:
    """The entity finder's kind for a canonical name, for mentions that arrive without their entities."""
    try:
        from streams.core.name_data import gazetteer
        from streams.core.tokens import key_of
    except ImportError:
        return None
    entry = gazetteer().get(key_of(name))
    return entry.kind if entry else None


def lead_actors(m: EventMention) -> list[str]:
    """The actors named in the clause before the trigger, else right after it ("..., said X"); [] if unknown."""
    span = _trigger_span(m.sentence, m.trigger, m.timex.text)
    if span is None or not m.actors:
        return []
    before = m.sentence[: span[0]]
    cut = max((b.end() for b in _BOUNDARY.finditer(before)), default=0)
    found = _actors_in(m, before[cut:])
    if not found:
        after = m.sentence[span[1]:]
        stop = _AFTER_END.search(after)
        found = _actors_in(m, after[: stop.start() if stop else len(after)])
    return found


def _trigger_span(sentence: str, trigger: str, timex_text: str) -> tuple[int, int] | None:
    """Where the trigger word is: of several occurrences, the one nearest the date expression."""
    if not trigger:
        return None
    hits = [h.span() for h in re.finditer(r"\b" + re.escape(trigger), sentence, re.IGNORECASE)]
    if not hits and len(trigger) > 5:
        hits = [h.span() for h in re.finditer(r"\b" + re.escape(trigger[:-2]), sentence, re.IGNORECASE)]
    if not hits:
        return None
    at = sentence.find(timex_text) if timex_text else -1
    return min(hits, key=lambda h: (abs(h[0] - at) if at >= 0 else 0, h[0]))


def _actors_in(m: EventMention, text: str) -> list[str]:
    if not text.strip():
        return []
    surfaces: dict[str, set[str]] = {a: {a} for a in m.actors}
    for e in m.entities:
        if e.canonical in surfaces:
            surfaces[e.canonical].add(e.text)
    if not m.entities:  # off the wire: the entity spans are gone, so take the surfaces from the name lists
        for actor in surfaces:
            surfaces[actor].update(surfaces_of(actor))
    found = []
    for actor, names in surfaces.items():
        if any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names if n):
            found.append(actor)
    return found

