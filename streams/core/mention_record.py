"""The plain, JSON-ready record of one sourced mention that clustering keeps and matching reads.

Besides the mention's own fields it carries two things derived once here: ``sites``, the specific places
(cities) it names, which two different happenings cannot share a day in; and ``lead``, the actors named in the
clause that does the trigger's verb ("Poland's Vice Premier, Jaroslaw Kaczynski, suggested ..."), i.e. who
did or said it, as opposed to whom it was about. ``shared_text`` is the part of a record that syndicated copies
share, which clustering keeps once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.core.match_vocab import KIND_FAMILIES, PLACE_PREPOSITIONS
from streams.core.name_match import named_in, surfaces_of
from streams.core.types import EventMention, SourcedMention

__all__ = ["SITE_KINDS", "ARTICLE_KEYS", "mention_record", "shared_text", "text_record", "lead_actors", "sites_of"]

# The fields a record takes from its article's provenance.
ARTICLE_KEYS = ("title", "outlet", "source", "url", "published_at", "published_basis")
# The fields that are the mention's own rather than its text's (the trigger is read by nothing downstream).
_NOT_TEXT = frozenset({"mention_id", "article_id", "seen_at", "trigger", *ARTICLE_KEYS})
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
        "context": list(m.context),
        "sites": sites_of(m),
        "lead": lead_actors(m),
        "timex": {"text": m.timex.text, "value": m.timex.value, "type": m.timex.type, "mod": m.timex.mod,
                  "resolution": m.timex.resolution},
        "date": m.date,
        "granularity": m.granularity,
        "mod": m.timex.mod,
        "seen_at": float(item.seen_at),
    }


def shared_text(record: dict) -> dict:
    """The part of a record that syndicated copies share (what matching reads, and the date's provenance),
    without the summary when it is the sentence or the kinds when they are the kind."""
    text = {k: v for k, v in record.items() if k not in _NOT_TEXT}
    if text["summary"] == text["sentence"]:
        del text["summary"]
    if text["kinds"] == [text["kind"]]:
        del text["kinds"]
    if not text["context"]:
        del text["context"]
    return text


def text_record(text: dict) -> dict:
    """A ``shared_text`` with its fields in full."""
    out = dict(text)
    out.setdefault("summary", text["sentence"])
    out.setdefault("kinds", [text["kind"]])
    out.setdefault("context", [])
    return out


def sites_of(m: EventMention) -> list[str]:
    """The cities the sentence names where something happens there ("in Gdansk", not "a corridor to Gdansk").

    A city in subject position stands for its government ("Moscow said"). A city taken from the dateline is a guess: it may support a match but never keeps two mentions apart,
    so only cities named in the sentence count. Without the entity finder's gazetteer, the places whose
    entity kind is CITY and that the sentence names.
    """
    visit = any(KIND_FAMILIES.family_of.get(k) == "encounter" for k in (m.kind, *m.kinds))
    found = _locative_cities(m.sentence, visit)
    if found is not None:
        return list(found)
    kinds = {e.canonical: e.kind for e in m.entities}
    return [p for p in dict.fromkeys(m.places) if kinds.get(p) in SITE_KINDS and named_in(p, m.sentence)]


@lru_cache(maxsize=8192)
def _locative_cities(sentence: str, visit: bool) -> tuple[str, ...] | None:
    """Canonical names of the cities the sentence names in locative position; None without a gazetteer."""
    cities = _city_keys()
    if cities is None:
        return None
    from streams.core.tokens import tokenize

    tokens = tokenize(sentence)
    found: dict[str, None] = {}
    i = 0
    while i < len(tokens):
        for n in (3, 2, 1):
            span = tokens[i:i + n]
            key = " ".join(t.low for t in span)
            if len(span) == n and span[0].text[:1].isupper() and key in cities:
                if _is_locative(tokens, i, visit, i + n):
                    found[cities[key]] = None
                i += n - 1
                break
        i += 1
    return tuple(found)


def _is_locative(tokens: list, at: int, visit: bool, end: int) -> bool:
    """Whether the city at ``tokens[at:end]`` is where something happens, judged by the words before it.

    In subject position ("Moscow attacked", "Warsaw's call") a city stands for its government: not a site.
    """
    if end < len(tokens) and tokens[end].low in ("'s", "s"):
        return False
    for token in reversed(tokens[max(0, at - 6):at]):
        role = PLACE_PREPOSITIONS.get(token.low)
        if role == "locative" or (role == "directional" and visit and token.low == "to"):
            return True
        if role == "directional":
            return False
        if role != "transparent":
            # an object ("visited Kyiv", "struck Kharkiv") after a verb; a clause start or name before it is not
            return token.text[:1].islower()
    return False


@lru_cache(maxsize=1)
def _city_keys() -> dict[str, str] | None:
    """Folded city name or alias -> canonical city, from the entity finder's gazetteer and alias table."""
    try:
        from streams.core.name_data import DATA_DIR, data_rows, gazetteer
    except ImportError:
        return None
    table = {key: e.name for key, e in gazetteer().items() if e.kind in SITE_KINDS}
    canonical = set(table.values())
    from streams.core.tokens import key_of

    for row in data_rows(DATA_DIR / "aliases.tsv", 2):
        if row[1] in canonical and (len(row) < 3 or not row[2]):
            table.setdefault(key_of(row[0]), row[1])
    return table


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
    hits = [h.span() for h in _word_start(trigger).finditer(sentence)]
    if not hits and len(trigger) > 5:
        hits = [h.span() for h in _word_start(trigger[:-2]).finditer(sentence)]
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
    return [actor for actor, names in surfaces.items() if any(_whole_word(n).search(text) for n in names if n)]


@lru_cache(maxsize=8192)
def _word_start(word: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(word), re.IGNORECASE)


@lru_cache(maxsize=8192)
def _whole_word(name: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(name) + r"\b")

