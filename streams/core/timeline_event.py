"""The public, JSON-ready view of one event (a timeline update), built from its cluster of mention records.

Every choice here (date, kind, summary, name forms) is made from the set of mentions with ties broken by
mention id, so the same members always give the same view.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timezone
from functools import lru_cache
from typing import Mapping

from streams.core import syndication
from streams.core.event_kinds import OTHER_KIND
from streams.core.match_vocab import KIND_FAMILIES
from streams.core.name_match import fold, names_match

__all__ = ["event_state", "report_groups", "confidence_of"]

# A clear summary is neither a fragment nor a paragraph.
_CLEAR_LENGTH = (12, 220)
# What a summary with a date cut out of it may look like: "On , X said", "the ministry on denounced".
_ARTIFACT = re.compile(r"\s[,.;:]|\b(?:on|in|at|of|by|since)\s*(?:[,.;:]|$)|\b(?:on|in|at)\s+(?:said|denounced|"
                       r"rejected|refused|agreed|announced)\b|\s{2,}", re.IGNORECASE)
_PROVENANCE_KEYS = ("mention_id", "article_id", "title", "outlet", "source", "url", "published_at",
                    "published_basis", "sentence", "summary", "date", "kind", "timex")


def event_state(cluster: dict) -> dict:
    """The event's whole current state; ``cluster`` is what ``clustering.cluster_of`` returns: its member
    records, its number of independent ``reports``, and per member its ``centrality`` (the sum of its link
    scores inside the event) and ``best`` link inside the event (partner id, PairScore and its note; or None)."""
    records = sorted(cluster["mentions"], key=lambda r: r["mention_id"])
    date, granularity, mod = _event_date(records)
    reports = cluster["reports"]
    seen = [r["seen_at"] for r in records]
    return {
        "id": cluster["id"],
        "change": cluster["change"],
        "absorbed_into": None,
        "date": date,
        "granularity": granularity,
        "mod": mod,
        "kind": _event_kind(records),
        "summary": _summary(records, granularity, cluster["centrality"]),
        "participants": _names(records, "actors"),
        "places": _names(records, "places"),
        "sources": sorted({r["source"] for r in records}),
        "outlets": sorted({r["outlet"] for r in records}),
        "articles": sorted({r["article_id"] for r in records}),
        "mentions": [{k: r[k] for k in _PROVENANCE_KEYS}
                     for r in sorted(records, key=lambda r: (r["published_at"], r["mention_id"]))],
        "first_seen": _iso(min(seen)),
        "last_seen": _iso(max(seen)),
        "reports": reports,
        "confidence": confidence_of(reports),
        "explanation": _explanation(records, cluster["best"]),
    }


def confidence_of(reports: int) -> float:
    """1 - 0.5**reports: one report is a coin toss, each further independent source halves the doubt."""
    return round(1.0 - 0.5 ** reports, 4)


def report_groups(added: list[tuple[str, str | list]], known: list[tuple[str, str | list]] = (),
                  groups: list[list[str]] = ()) -> list[list[str]]:
    """The original sources of an event's articles, grouped into independent reports: one group per original
    source, joined when an article of one is a syndicated copy of an article of the other (transitively).

    Articles are (source, packed sketch) pairs; ``groups`` is the grouping of the ``known`` articles, which
    the ``added`` ones extend. Sorted, so the same articles always give the same groups.
    """
    articles = [*known, *added]
    root: dict[str, str] = {}

    def find(s: str) -> str:
        while root[s] != s:
            root[s] = root[root[s]]
            s = root[s]
        return s

    for group in groups:
        for source in group:
            root[source] = group[0]
    for source, _ in articles:
        root.setdefault(source, source)
    sketches: dict[int, object] = {}
    for i in range(len(known), len(articles)):
        mine = find(articles[i][0])
        others = [j for j in range(i) if find(articles[j][0]) != mine]
        if not others:
            continue
        for j in (i, *others):
            if j not in sketches:
                sketches[j] = syndication.unpack(articles[j][1])
        for j, copy in zip(others, syndication.copies_among(sketches[i], [sketches[j] for j in others])):
            if copy:
                a, b = find(articles[i][0]), find(articles[j][0])
                root[max(a, b)] = min(a, b)
    grouped: dict[str, list[str]] = {}
    for source in root:
        grouped.setdefault(find(source), []).append(source)
    return sorted(sorted(group) for group in grouped.values())


def _event_date(records: list[dict]) -> tuple[str, str, str | None]:
    """The most precise date the members agree on, and a modifier ("END" for late ...) if they share one."""
    for granularity in ("day", "week", "month", "year", "decade", "century"):
        at = [r for r in records if r["granularity"] == granularity]
        if at:
            mods = {r["mod"] for r in at if r["mod"]}
            return min(r["date"] for r in at), granularity, mods.pop() if len(mods) == 1 else None
    raise ValueError("an event without mentions")


def _event_kind(records: list[dict]) -> str:
    """The members' most told kind; an occasion (meeting, visit) wins over acts told at it."""
    counts = Counter(r["kind"] for r in records)
    occasions = [k for k in counts if KIND_FAMILIES.role_of.get(k) == "occasion"]
    pool = occasions or list(counts)
    return min(pool, key=lambda k: (-counts[k], k == OTHER_KIND, k))


def _summary(records: list[dict], granularity: str, centrality: Mapping[str, float]) -> str:
    """The clearest text of the most linked member at the event's precision, told after the fact: its summary
    when that reads as a clean sentence of a useful length, else its sentence."""
    def key(r: dict) -> tuple:
        text = _clear_text(r)
        fits = _CLEAR_LENGTH[0] <= len(text) <= _CLEAR_LENGTH[1]
        preview = r["published_at"] < r["date"][:10]  # told before it happened: "will meet on Tuesday"
        return (r["granularity"] != granularity, preview, not fits, -centrality[r["mention_id"]], r["mention_id"])
    return _clear_text(min(records, key=key))


def _clear_text(r: dict) -> str:
    return _clearer(r["summary"], r["sentence"])


@lru_cache(maxsize=8192)
def _clearer(summary: str, sentence: str) -> str:
    summary = summary.strip()
    clean = not _ARTIFACT.search(summary) and summary[:1].isupper()
    if clean and _CLEAR_LENGTH[0] <= len(summary) <= _CLEAR_LENGTH[1]:
        return summary
    return sentence.strip()


def _names(records: list[dict], field: str) -> list[str]:
    """The names the members give, one form per person or place (the fullest), most told first."""
    counts = Counter(name for r in records for name in r[field])
    groups: list[list[str]] = []
    for name in sorted(counts, key=lambda n: (-len(fold(n)), n)):
        for group in groups:
            if names_match(group[0], name):
                group.append(name)
                break
        else:
            groups.append([name])
    told = [(sum(counts[n] for n in g), g[0]) for g in groups]
    return [name for _, name in sorted(told, key=lambda t: (-t[0], t[1]))]


def _explanation(records: list[dict], best: Mapping[str, tuple | None]) -> list[dict]:
    """Per member: its strongest link inside the event, with the score's parts."""
    out = []
    for r in records:
        link = best[r["mention_id"]]
        if link is None:
            out.append({"mention_id": r["mention_id"], "score": 1.0, "with": None,
                        "parts": {"date": None, "actors": None, "places": None, "kind": None, "text": None},
                        "note": "the event's only mention" if len(records) == 1 else "no link inside the event"})
            continue
        partner, pair, note = link
        out.append({"mention_id": r["mention_id"], "score": pair.score, "with": partner, "parts": dict(pair.parts),
                    "note": note})
    return out


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).isoformat()
