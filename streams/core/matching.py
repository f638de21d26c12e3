"""How much two event mentions look like one happening: a pair score with readable parts, and hard blocks.

A mention here is the plain record that ``clustering`` keeps in its state (see ``clustering.mention_record``):
``date``/``granularity``/``mod``, ``kind``/``kinds``, ``actors``, ``places``, ``sites`` (the specific places:
cities, not countries), ``lead`` (the actors named before the trigger: who did or said it), ``sentence``,
``summary``, and ``context`` (for a mention that names no one and no place: the names its article gave before it;
two such mentions are kept apart unless their articles share one of those names, and, dated no closer than a
month, link only as copies).
Scores are symmetric and rounded, so the same pair always scores the same in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from streams.core.name_match import named_in, names_match, names_shared
from streams.core.match_vocab import KIND_FAMILIES, STOPWORDS

__all__ = [
    "LINK_THRESHOLD",
    "WEIGHTS",
    "PairScore",
    "score_pair",
    "link_score",
    "pair_link",
    "block_reason",
    "dates_compatible",
    "kind_relation",
    "text_similarity",
]

# A pair scoring at least this (and not blocked) is linked: a candidate for one event.
LINK_THRESHOLD = 0.55
# Share of each part in the score; a part that cannot be told (no actors on one side) counts as NEUTRAL.
WEIGHTS = {"date": 0.15, "actors": 0.3, "places": 0.15, "kind": 0.15, "text": 0.25}
NEUTRAL = 0.4
# An act (statement, refusal, decision) joins an occasion (meeting, visit) only with this much
# actor + place overlap (each an overlap coefficient in 0..1, so the sum is in 0..2).
STRONG_OVERLAP = 1.0
# Day ranges that "early", "mid" and "late" in a month can mean, with some slack.
_MOD_DAYS = {"START": (1, 12), "MID": (8, 23), "END": (18, 31)}
_KIND_SCORES = {"same": 1.0, "shared": 0.8, "family": 0.6, "at": 0.5, "unknown": NEUTRAL, "related": 0.3,
                "different": 0.0}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class PairScore:
    """The score of a pair, its parts (0..1, or None when a part cannot be told), and why it is blocked."""

    score: float
    parts: dict
    kind_relation: str
    blocked: str | None = None

    def note(self) -> str:
        """One line a person can read."""
        parts = ", ".join(f"{k} {'n/a' if v is None else format(v, '.2f')}" for k, v in self.parts.items())
        head = f"blocked: {self.blocked}" if self.blocked else f"score {self.score:.2f}"
        return f"{head} (kinds: {self.kind_relation}; {parts})"


def link_score(a: dict, b: dict) -> float | None:
    """The pair's score when it is high enough to link the two mentions, else None."""
    return pair_link(a, b)[1]


def pair_link(a: dict, b: dict) -> tuple[str | None, float | None]:
    """(why the pair is blocked or None, its link score or None): ``block_reason`` and ``link_score`` at once.

    Each part is computed once, and the text part (the dearest) only when it can lift the score to a link.
    """
    if a["mention_id"] > b["mention_id"]:
        a, b = b, a
    date_part = dates_compatible(a, b)
    if date_part == 0.0:
        return _block_reason(a, b, {"date": date_part}, "unknown"), None
    if (unrelated := _unrelated_unnamed(a, b)) is not None:  # cheap, and common in a year's bucket
        return unrelated, None
    if _unnamed(a) and _unnamed(b) and "day" not in (a["granularity"], b["granularity"]) \
            and (a["sentence"], a["context"]) != (b["sentence"], b["context"]):
        # Two clauses that name no one and are dated no closer than a month ("the two sides met in 2021") are
        # one happening only as copies of one text; otherwise a named mention has to tie them. A day is
        # evidence enough ("talks resume on December 5" / "ministers meet again on December 5").
        return None, None
    relation = kind_relation(a, b)
    parts = {"date": date_part, "actors": _overlap_part(a, b, "actors"), "places": _overlap_part(a, b, "places")}
    blocked = _block_reason(a, b, parts, relation)
    if blocked:
        return blocked, None
    if relation == "at" and _strength(parts["actors"]) + _strength(parts["places"]) < STRONG_OVERLAP:
        return None, None  # an act joins an occasion only on strong evidence; its absence is no veto, though
    parts["kind"] = _KIND_SCORES[relation]
    parts["text"] = 1.0  # the most it can be: the sum only grows with a part, and so does its rounding
    if _score(parts) < LINK_THRESHOLD:
        return None, None
    parts["text"] = text_similarity(a, b)
    score = _score(parts)
    return None, (score if score >= LINK_THRESHOLD else None)


def block_reason(a: dict, b: dict) -> str | None:
    """Why the two mentions can never be one happening, or None (cheaper than a full score_pair)."""
    if a["mention_id"] > b["mention_id"]:
        a, b = b, a
    date_part = dates_compatible(a, b)
    if date_part == 0.0:  # most pairs in a bucket end here, so the name overlaps are left for the rest
        return _block_reason(a, b, {"date": date_part}, "unknown")
    parts = {"date": date_part, "actors": _overlap_part(a, b, "actors"), "places": _overlap_part(a, b, "places")}
    return _block_reason(a, b, parts, kind_relation(a, b)) or _unrelated_unnamed(a, b)


def score_pair(a: dict, b: dict) -> PairScore:
    """Score two mention records; symmetric in a and b."""
    if a["mention_id"] > b["mention_id"]:
        a, b = b, a
    date_part = dates_compatible(a, b)
    relation = kind_relation(a, b)
    parts = {
        "date": date_part,
        "actors": _overlap_part(a, b, "actors"),
        "places": _overlap_part(a, b, "places"),
        "kind": _KIND_SCORES[relation],
        "text": text_similarity(a, b),
    }
    return PairScore(_score(parts), parts, relation, _block_reason(a, b, parts, relation) or _unrelated_unnamed(a, b))


def _score(parts: dict) -> float:
    """The weighted sum of the parts (in the order date, actors, places, kind, text), rounded."""
    return round(sum(WEIGHTS[k] * (NEUTRAL if v is None else v) for k, v in parts.items()), 4)


def dates_compatible(a: dict, b: dict) -> float:
    """1.0 for the same date, less for a month that holds a day, 0.0 when the dates cannot be one day."""
    if a["granularity"] == "century" or b["granularity"] == "century":  # dated by its first year
        return 0.3 if a["date"][:2] == b["date"][:2] else 0.0
    if a["granularity"] == "decade" or b["granularity"] == "decade":
        return 0.4 if a["date"][:3] == b["date"][:3] else 0.0
    if a["granularity"] == "year" or b["granularity"] == "year":
        return 0.5 if a["date"][:4] == b["date"][:4] else 0.0
    if "week" in (a["granularity"], b["granularity"]):
        return _week_compatible(a, b)
    if a["date"][:7] != b["date"][:7]:
        return 0.0
    if a["granularity"] == "day" and b["granularity"] == "day":
        return 1.0 if a["date"] == b["date"] else 0.0
    if a["granularity"] == "month" and b["granularity"] == "month":
        ranges = [_MOD_DAYS.get(a.get("mod") or ""), _MOD_DAYS.get(b.get("mod") or "")]
        if ranges[0] and ranges[1] and (ranges[0][1] < ranges[1][0] or ranges[1][1] < ranges[0][0]):
            return 0.0
        return 0.9 if a.get("mod") == b.get("mod") else 0.8
    month, day = (a, b) if a["granularity"] == "month" else (b, a)
    span = _MOD_DAYS.get(month.get("mod") or "")
    if span and not span[0] <= int(day["date"][8:10]) <= span[1]:
        return 0.0
    return 0.7


def _week_compatible(a: dict, b: dict) -> float:
    """A week (dated by its Monday) and a day in it, the same week, or a month it overlaps."""
    week, other = (a, b) if a["granularity"] == "week" else (b, a)
    monday = date.fromisoformat(week["date"])
    if other["granularity"] == "week":
        return 1.0 if other["date"] == week["date"] else 0.0
    if other["granularity"] == "day":
        return 0.8 if 0 <= (date.fromisoformat(other["date"]) - monday).days <= 6 else 0.0
    sunday = monday + timedelta(days=6)
    return 0.6 if other["date"][:7] in (monday.isoformat()[:7], sunday.isoformat()[:7]) else 0.0


def kind_relation(a: dict, b: dict) -> str:
    """How the two mentions' kinds of happening relate: same | shared | family | at | related | unknown | different.

    "at": an act (statement, decision) and an occasion (meeting, visit) it may have been made at;
    "related": two acts of different families (a statement and a decision), which extractors often confuse.
    """
    if a["kind"] == b["kind"] and a["kind"] in KIND_FAMILIES.family_of:
        return "same"
    kinds_a = {k for k in (a["kind"], *a["kinds"]) if k in KIND_FAMILIES.family_of}
    kinds_b = {k for k in (b["kind"], *b["kinds"]) if k in KIND_FAMILIES.family_of}
    if not kinds_a or not kinds_b:
        return "unknown"
    if kinds_a & kinds_b:
        return "shared"
    if {KIND_FAMILIES.family_of[k] for k in kinds_a} & {KIND_FAMILIES.family_of[k] for k in kinds_b}:
        return "family"
    roles_a = {KIND_FAMILIES.role_of[k] for k in kinds_a}
    roles_b = {KIND_FAMILIES.role_of[k] for k in kinds_b}
    if ("occasion" in roles_a and "act" in roles_b) or ("act" in roles_a and "occasion" in roles_b):
        return "at"
    if roles_a == roles_b == {"act"}:
        return "related"
    return "different"


def text_similarity(a: dict, b: dict) -> float:
    """How alike the two mentions' words are (0..1), dates and function words left out."""
    sentence = fuzz.token_set_ratio(_content(a["sentence"]), _content(b["sentence"]))
    summary = fuzz.token_sort_ratio(_content(a["summary"]), _content(b["summary"]))
    return round(max(sentence * 0.8, summary) / 100.0, 4)


def _block_reason(a: dict, b: dict, parts: dict, relation: str) -> str | None:
    """Why the two mentions can never be one happening, or None."""
    if parts["date"] == 0.0:
        return f"dates {a['date']} and {b['date']} cannot be one day"
    if relation == "different":
        return f"different kinds of happening ({a['kind']}, {b['kind']})"
    if _different_sites(a, b):
        return f"different places ({', '.join(a['sites'])} / {', '.join(b['sites'])})"
    if relation == "at":
        act, occasion = (a, b) if _role(a) == "act" else (b, a)
        if act["lead"] and occasion["actors"] and not _named_by(act, occasion):
            return f"who made the {act['kind']} ({', '.join(act['lead'])}) is not at the {occasion['kind']}"
        if parts["actors"] == 0.0:
            return f"a {act['kind']} and a {occasion['kind']} with no actor in common"
    if _role(a) == "act" and _role(b) == "act" and a["lead"] and b["lead"]:
        if not names_shared(a["lead"], b["lead"]) and not (_named_by(a, b) and _named_by(b, a)):
            return f"said or done by different actors ({', '.join(a['lead'])} / {', '.join(b['lead'])})"
    return None


def _unnamed(m: dict) -> bool:
    return not m["actors"] and not m["places"]


def _unrelated_unnamed(a: dict, b: dict) -> str | None:
    """Two mentions that name no one, of articles about different people: why they are apart, else None."""
    if _unnamed(a) and _unnamed(b) and (ca := a["context"]) and (cb := b["context"]) \
            and not names_shared(ca, cb):
        return f"their articles are about others ({', '.join(ca[:3])} / {', '.join(cb[:3])})"
    return None


def _different_sites(a: dict, b: dict) -> bool:
    """Both name cities, none shared, and neither sentence names a city of the other."""
    if not a["sites"] or not b["sites"] or names_shared(a["sites"], b["sites"]):
        return False
    return not any(named_in(x, b["sentence"]) for x in a["sites"]) and \
        not any(named_in(y, a["sentence"]) for y in b["sites"])


def _named_by(act: dict, other: dict) -> bool:
    """Whether who made the act (its lead) is among the other mention's actors or named in its sentence."""
    return any(any(names_match(lead, x) for x in other["actors"]) or named_in(lead, other["sentence"])
               for lead in act["lead"])


def _role(m: dict) -> str | None:
    return KIND_FAMILIES.role_of.get(m["kind"])


def _strength(part: float | None) -> float:
    return 0.0 if part is None else part


def _overlap_part(a: dict, b: dict, field: str) -> float | None:
    """Overlap coefficient of two name lists, a name also counting as shared when the other sentence names it.

    Extractors list the names of the dated clause only, so the other sentence is read too. None when
    neither side gives names, or only one does and the other sentence names none of them.
    """
    names_a, names_b = a[field], b[field]
    if not names_a and not names_b:
        return None
    hit_a = sum(1 for x in names_a if any(names_match(x, y) for y in names_b) or named_in(x, b["sentence"]))
    hit_b = sum(1 for y in names_b if any(names_match(x, y) for x in names_a) or named_in(y, a["sentence"]))
    if not names_a or not names_b:
        return 1.0 if hit_a + hit_b else None
    return round(min(1.0, max(hit_a, hit_b) / min(len(names_a), len(names_b))), 4)


@lru_cache(maxsize=8192)
def _content(text: str) -> str:
    """The text's content words, lower case, in order."""
    return " ".join(w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in STOPWORDS)
