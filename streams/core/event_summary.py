"""A short "who did what, where" for an event mention, built from its clause's own words."""

from __future__ import annotations

from collections.abc import Sequence

from .clauses import PRONOUNS
from .event_kinds import Trigger
from .event_roles import SentenceRoles
from .tokens import Token

__all__ = ["summarize"]

_MAX_WHO = 10
_MAX_WHAT = 14
_MAX_REPORT = 12
# Words that start a side phrase: a long predicate is cut before them.
_CUT_BEFORE = frozenset({"amid", "despite", "following", "because", "although", "though", "while", "whereas",
                         "including", "but", "as"})
_DATE_PREPS = frozenset({"on", "in", "at", "late", "early", "last", "this", "next", "since", "by", "of"})
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})
_DANGLING = frozenset({".", "a", "an", "the", "of", "to", "for", "in", "on", "at", "with", "by", "from", "his",
                       "her", "their", "its", "is", "was", "be", "would", "will", "should"})
_BREAK_BEFORE = frozenset({"to", "for", "in", "on", "at", "with", "from", "of", "by", "over", "into", "after",
                           "before", "which", "who", "that"})
_OPENERS = frozenset({"when", "after", "before", "as", "since", "because", "if", "once", "until", "although",
                      "though", "whereas", "which", "who", "where", "whom"})
_DROP_EDGE = frozenset({",", ";", ":", "(", ")", "-", "—", "–", "and", "but", "that", "or", "while"})


def summarize(roles: SentenceRoles, cid: int, main: Trigger, dating: Trigger, actors: Sequence[str],
              places: Sequence[str], date_span: tuple[int, int], fallback_place: bool) -> str:
    toks = roles.toks
    seg = roles.seg
    clause = seg.tokens(cid)
    in_clause = set(clause)
    dated = set(range(*date_span)) | roles.dated
    noun_event = not main.is_verb
    start = roles._np_start(main.start) if noun_event else main.start
    frame_start = None
    if dating is not main and dating.start in in_clause and dating.start > main.start:
        frame_start = max(roles._np_start(dating.start) - 1, main.end)
    ks = [k for k in clause if k >= start and (frame_start is None or k < frame_start)]
    if noun_event:  # the noun phrase and what hangs on it, up to the first comma
        comma = next((k for k in ks if k > main.end and toks[k].text in (",", ";")), None)
        ks = [k for k in ks if comma is None or k < comma]
    what = _take(toks, ks, dated, _MAX_WHAT if frame_start is None else _MAX_WHAT - 4)
    who = ""
    if not noun_event:
        region = [k for k in clause if k < main.start]
        if seg.clauses[cid].kind == "rel" and seg.clauses[cid].antecedent:
            region = list(range(*seg.clauses[cid].antecedent))
        pronoun = any(toks[k].low in PRONOUNS for k in region)
        if region and not pronoun and len(region) <= _MAX_WHO:
            who = _text(roles.text, toks, _take(toks, region, dated, _MAX_WHO, cut=False))
        elif actors:
            who = _names(actors)
    what_text = _text(roles.text, toks, what)
    if noun_event and what and toks[what[0]].low in ("its", "their", "his", "her") and actors:
        what_text = f"{_names(actors[:1])}'s {what_text.split(' ', 1)[1] if ' ' in what_text else ''}".strip()
    if main.start not in in_clause and seg.clauses[cid].antecedent:  # "talks, which began on May 2"
        head = _take(toks, range(*seg.clauses[cid].antecedent), dated, _MAX_WHO)
        rest = [k for k in clause if toks[k].low not in ("which", "that", "who")]
        what_text = f"{_text(roles.text, toks, head)} {_text(roles.text, toks, _take(toks, rest, dated, _MAX_WHAT))}"
    parts = [who, what_text]
    if frame_start is not None:
        parts.append(_text(roles.text, toks, _take(toks, [k for k in clause if k >= frame_start], dated, 8)))
    summary = " ".join(p for p in parts if p)
    if main.kind == "statement" and len(what) <= 4:
        report = _report(roles, cid, dated)
        if report:
            summary = f"{summary}: {report}"
    folded = summary.casefold()
    missing = [p for p in places if p.casefold() not in folded]
    if places and len(missing) == len(places):
        summary += f", in {places[0]}"
    summary = summary.strip() or main.text
    return summary[:1].upper() + summary[1:]


def _take(toks: Sequence[Token], ks: Sequence[int], dated: set[int], limit: int, cut: bool = True) -> list[int]:
    """Tokens ``ks`` without the date (and the preposition before it). With ``cut``: stop where a nested
    clause interrupts, before a side phrase, and past ``limit`` words at the last preposition, never mid-word."""
    ks = sorted(ks)
    skip = set()
    for k in ks:
        if k in dated:
            skip.add(k)
            j = k - 1
            while j >= 0 and toks[j].low in _DATE_PREPS and j not in dated:
                skip.add(j)
                j -= 1
    kept: list[int] = []
    prev = None
    overflow = False
    for k in ks:
        if cut and prev is not None and k != prev + 1 and len(kept) >= 3:
            break  # a nested clause interrupts
        prev = k
        if k in skip:
            continue
        if cut and len(kept) >= 2 and toks[k].low in _CUT_BEFORE:
            break
        if len(kept) >= limit:
            overflow = True
            break
        kept.append(k)
    if cut and overflow:
        breaks = [i for i in range(6, len(kept)) if toks[kept[i]].low in _BREAK_BEFORE]
        if breaks:
            kept = kept[:breaks[-1]]
    while kept and (toks[kept[-1]].low in _DROP_EDGE or (cut and toks[kept[-1]].low in _DANGLING)):
        kept.pop()
    while kept and (toks[kept[0]].low in _DROP_EDGE or toks[kept[0]].low in _OPENERS):
        kept.pop(0)
    return kept


def _text(sentence: str, toks: Sequence[Token], ks: Sequence[int]) -> str:
    """Tokens ``ks`` joined with their own spacing where adjacent; unpaired quote marks dropped."""
    pieces: list[str] = []
    prev: Token | None = None
    for t in (toks[k] for k in ks):
        if prev is not None:
            gap = sentence[prev.end:t.start]
            if gap.strip() == "":
                pieces.append(gap)
            elif t.text not in (",", ".", ";", ":", "”", ")"):
                pieces.append(" ")
        pieces.append(t.text)
        prev = t
    text = "".join(pieces)
    opens = sum(text.count(q) for q in ("“", "‘"))
    closes = sum(text.count(q) for q in ("”",))
    if opens != closes or text.count('"') % 2:
        text = "".join(ch for ch in text if ch not in "“”\"")
    return " ".join(text.split())


def _names(names: Sequence[str]) -> str:
    names = list(names)[:3]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _report(roles: SentenceRoles, cid: int, dated: set[int]) -> str:
    """The gist of what a statement reported: the clause it governs, or for an attribution the report before it."""
    seg = roles.seg
    kind = seg.clauses[cid].kind
    for c in seg.clauses:
        if c.kind in ("comp", "quote") and (c.parent == cid or (kind == "attrib" and c.parent is None)):
            ks = seg.tokens(c.id)
            if ks:
                return _text(roles.text, roles.toks, _take(roles.toks, ks, dated, _MAX_REPORT))
    return ""
