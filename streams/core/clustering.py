"""Fold sourced mentions into events: a pure initialize/merge/result trio over one date bucket's state.

The state (plain JSON types, so the windowed table can store it) keeps every mention record, the links
between mentions that may be one happening (pair score >= matching.LINK_THRESHOLD, never a blocked pair),
and the events. The events of a bucket are a function of its SET of mentions, not of their arrival order:
on each new mention, the connected part of the link graph it touches is clustered again from scratch
(strongest link first, never joining two groups that hold a blocked pair), and an event's id is a hash of
its smallest mention id. So replays change nothing, and shuffled input ends in the same events and ids.
"""

from __future__ import annotations

import hashlib

from streams.core.matching import block_reason, link_score
from streams.core.mention_record import mention_record
from streams.core.timeline_event import event_state
from streams.core.types import EventMention, SourcedMention

__all__ = [
    "STATE_VERSION",
    "bucket_of",
    "initialize",
    "merge",
    "result",
    "event_state",
    "event_id",
    "recluster",
    "cluster_of",
]

# Changes whenever matching rules change what the stored links mean; the table's name should carry it.
STATE_VERSION = 1


def bucket_of(mention: EventMention) -> str:
    """The date bucket a mention is matched in: "YYYY-MM" for day and month dates, "YYYY" for years."""
    return mention.date[:4] if mention.granularity == "year" else mention.date[:7]


def initialize() -> dict:
    """An empty bucket state."""
    return {"version": STATE_VERSION, "mentions": {}, "articles": {}, "links": {}, "events": {}, "event_of": {}}


def event_id(members: list[str]) -> str:
    """An event's stable id: a short hash of its smallest mention id."""
    return "ev-" + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:12]


def merge(state: dict, item: SourcedMention) -> tuple[dict, list[dict]]:
    """Add one mention; return the new state and the change records (the input state is left as it was)."""
    mid = item.mention_id
    if mid in state["mentions"]:
        return state, []
    record = mention_record(item)
    mentions = {**state["mentions"], mid: record}
    articles = state["articles"]
    if record["article_id"] not in articles:
        entry = {"source": record["source"], "outlet": record["outlet"], "sketch": list(item.provenance.sketch)}
        articles = {**articles, record["article_id"]: entry}
    links = dict(state["links"])
    own: dict[str, float] = {}
    for other_id in sorted(state["mentions"]):
        score = link_score(record, state["mentions"][other_id])
        if score is not None:
            own[other_id] = score
            links[other_id] = {**links.get(other_id, {}), mid: score}
    links[mid] = own

    component = _component(mid, links)
    old_events, event_of = state["events"], dict(state["event_of"])
    touched = sorted({event_of[m] for m in component if m in event_of})
    old_members = {eid: set(old_events[eid]["members"]) for eid in touched}
    events = {eid: ev for eid, ev in old_events.items() if eid not in old_members}
    changed: list[str] = []
    for members in recluster(component, mentions, links):
        eid = event_id(members)
        if old_members.get(eid) == set(members):
            events[eid] = old_events[eid]
            continue
        origins = [old for old, held in old_members.items() if held.intersection(members)]
        change = "created" if not origins else "merged" if len(origins) > 1 else "updated"
        events[eid] = {"members": members, "change": change}
        event_of.update(dict.fromkeys(members, eid))
        changed.append(eid)

    new_state = {**state, "mentions": mentions, "articles": articles, "links": links, "events": events,
                 "event_of": event_of}
    records = [event_state(cluster_of(new_state, eid)) for eid in sorted(changed)]
    for old in touched:
        if old not in events:
            records.append(_absorbed_record(old, old_members[old], event_of, cluster_of(state, old)))
    return new_state, records


def result(state: dict) -> list[dict]:
    """Every current event of the bucket, sorted by date, then id."""
    views = [event_state(cluster_of(state, eid)) for eid in state["events"]]
    return sorted(views, key=lambda v: (v["date"], v["id"]))


def cluster_of(state: dict, eid: str) -> dict:
    """One event's members with what event_state needs: their records, articles and links among them."""
    event = state["events"][eid]
    members = event["members"]
    inside = set(members)
    return {
        "id": eid,
        "change": event["change"],
        "mentions": [state["mentions"][m] for m in members],
        "articles": {a: state["articles"][a] for a in sorted({state["mentions"][m]["article_id"] for m in members})},
        "links": {m: {o: s for o, s in state["links"].get(m, {}).items() if o in inside} for m in members},
    }


def recluster(component: list[str], mentions: dict, links: dict) -> list[list[str]]:
    """Cluster one connected set of mentions: strongest link first, no group ever holding a blocked pair.

    The result depends only on the set (ties broken by mention ids), never on the order of arrival.
    """
    inside = set(component)
    edges = sorted((-score, a, b) for a in component for b, score in links[a].items() if a < b and b in inside)
    root = {m: m for m in component}
    groups = {m: [m] for m in component}
    blocked: dict[tuple[str, str], bool] = {}

    def find(m: str) -> str:
        while root[m] != m:
            root[m] = root[root[m]]
            m = root[m]
        return m

    def is_blocked(x: str, y: str) -> bool:
        key = (x, y) if x < y else (y, x)
        if key not in blocked:
            blocked[key] = block_reason(mentions[x], mentions[y]) is not None
        return blocked[key]

    for _, a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb or any(is_blocked(x, y) for x in groups[ra] for y in groups[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        root[gone] = keep
        groups[keep] = groups[keep] + groups.pop(gone)
    return sorted(sorted(g) for g in groups.values())


def _component(start: str, links: dict) -> list[str]:
    """Every mention reachable from start over links, sorted."""
    seen, todo = {start}, [start]
    while todo:
        for other in links.get(todo.pop(), {}):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return sorted(seen)


def _absorbed_record(old: str, held: set[str], event_of: dict, old_cluster: dict) -> dict:
    """The change record of an event that no longer exists: which event took most of its mentions."""
    share: dict[str, int] = {}
    for m in held:
        share[event_of[m]] = share.get(event_of[m], 0) + 1
    into = min(share, key=lambda eid: (-share[eid], eid))
    before = event_state(old_cluster)
    return {"id": old, "change": "absorbed", "absorbed_into": into, "date": before["date"],
            "granularity": before["granularity"], "summary": before["summary"],
            "mention_ids": sorted(held)}
