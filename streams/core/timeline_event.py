"""The public, JSON-ready view of one event (a timeline update), built from its cluster of mention records.

Every choice here (date, kind, summary, name forms) is made from the set of mentions with ties broken by
mention id, so the same members always give the same view.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timezone

from streams.core.match_vocab import KIND_FAMILIES
from streams.core.matching import score_pair
from streams.core.name_match import fold, names_match

__all__ = ["event_state", "independent_reports", "is_syndicated_copy", "confidence_of"]

# Two sketches are one wire story when at least this share of their MinHash slots agree (used only while
# the syndication module is missing).
_COPY_SIMILARITY = 0.8
# A clear summary is neither a fragment nor a paragraph.
_CLEAR_LENGTH = (30, 220)
# What a summary with a date cut out of it may look like: "On , X said", "the ministry on denounced".
_ARTIFACT = re.compile(r"\s[,.;:]|\b(?:on|in|at|of|by|since)\s*(?:[,.;:]|$)|\b(?:on|in|at)\s+(?:said|denounced|"
                       r"rejected|refused|agreed|announced)\b|\s{2,}", re.IGNORECASE)
_PROVENANCE_KEYS = ("mention_id", "article_id", "title", "outlet", "source", "url", "published_at",
                    "published_basis", "sentence", "summary", "date", "kind", "timex")


def event_state(cluster: dict) -> dict:
    """The event's whole current state; ``cluster`` is what ``clustering.cluster_of`` returns."""
    records = sorted(cluster["mentions"], key=lambda r: r["mention_id"])
    links = cluster.get("links", {})
    date, granularity, mod = _event_date(records)
    reports = independent_reports(cluster["articles"])
    seen = [r["seen_at"] for r in records]
    return {
        "id": cluster["id"],
        "change": cluster["change"],
        "absorbed_into": None,
        "date": date,
        "granularity": granularity,
        "mod": mod,
        "kind": _event_kind(records),
        "summary": _summary(records, granularity, links),
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
        "explanation": _explanation(records, links),
    }


def confidence_of(reports: int) -> float:
    """1 - 0.5**reports: one report is a coin toss, each further independent source halves the doubt."""
    return round(1.0 - 0.5 ** reports, 4)


def independent_reports(articles: dict) -> int:
    """How many independent reports the articles are: one per original source, syndicated copies folded."""
    ids = sorted(articles)
    root = {a: a for a in ids}

    def find(a: str) -> str:
        while root[a] != a:
            a = root[a]
        return a

    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            same_source = articles[a]["source"] == articles[b]["source"]
            if same_source or is_syndicated_copy(articles[a]["sketch"], articles[b]["sketch"]):
                ra, rb = find(a), find(b)
                if ra != rb:
                    root[max(ra, rb)] = min(ra, rb)
    return len({find(a) for a in ids})


def is_syndicated_copy(sketch_a: list | tuple, sketch_b: list | tuple) -> bool:
    """Whether two article sketches are one wire story (the syndication module's rule when it is there)."""
    if not sketch_a or not sketch_b:
        return False
    try:
        from streams.core import syndication
    except ImportError:
        syndication = None
    if syndication is not None:
        return bool(syndication.is_syndicated_copy(tuple(sketch_a), tuple(sketch_b)))
    if len(sketch_a) != len(sketch_b):
        return False
    return sum(x == y for x, y in zip(sketch_a, sketch_b)) / len(sketch_a) >= _COPY_SIMILARITY


def _event_date(records: list[dict]) -> tuple[str, str, str | None]:
    """The most precise date the members agree on, and a modifier ("END" for late ...) if they share one."""
    for granularity in ("day", "month", "year"):
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
    return min(pool, key=lambda k: (-counts[k], k == "other", k))


def _summary(records: list[dict], granularity: str, links: dict) -> str:
    """The clearest text of the most linked member at the event's precision, told after the fact: its summary
    when that reads as a clean sentence of a useful length, else its sentence."""
    def key(r: dict) -> tuple:
        centrality = round(sum(links.get(r["mention_id"], {}).values()), 4)
        text = _clear_text(r)
        fits = _CLEAR_LENGTH[0] <= len(text) <= _CLEAR_LENGTH[1]
        preview = r["published_at"] < r["date"][:10]  # told before it happened: "will meet on Tuesday"
        return (r["granularity"] != granularity, preview, not fits, -centrality, r["mention_id"])
    return _clear_text(min(records, key=key))


def _clear_text(r: dict) -> str:
    summary = r["summary"].strip()
    clean = not _ARTIFACT.search(summary) and summary[:1].isupper()
    if clean and _CLEAR_LENGTH[0] <= len(summary) <= _CLEAR_LENGTH[1]:
        return summary
    return r["sentence"].strip()


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


def _explanation(records: list[dict], links: dict) -> list[dict]:
    """Per member: its strongest link inside the event, with the score's parts."""
    by_id = {r["mention_id"]: r for r in records}
    out = []
    for r in records:
        partners = links.get(r["mention_id"], {})
        if not partners:
            out.append({"mention_id": r["mention_id"], "score": 1.0, "with": None,
                        "parts": {"date": None, "actors": None, "places": None, "kind": None, "text": None},
                        "note": "the event's only mention" if len(records) == 1 else "no link inside the event"})
            continue
        best = min(partners, key=lambda o: (-partners[o], o))
        pair = score_pair(r, by_id[best])
        out.append({"mention_id": r["mention_id"], "score": pair.score, "with": best, "parts": pair.parts,
                    "note": pair.note()})
    return out


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).isoformat()
