"""Fold sourced mentions into events: a pure initialize/merge/result trio over one date bucket's state.

Mentions that may be one happening are linked (pair score >= matching.LINK_THRESHOLD, never a blocked
pair), and each connected part of the link graph is clustered greedily: strongest link first, never joining
two groups that hold a blocked pair. An event's id is a hash of its smallest mention id. The events are a
function of the SET of mentions, not of their arrival order: replays change nothing, and shuffled input ends
in the same events and ids.

The state is plain JSON that the table rewrites on every merge, so it holds each thing once:
  articles  article id -> provenance and packed MinHash sketch (``syndication.pack``)
  texts     [text, links, scores] per distinct mention text (``mention_record.shared_text``: syndicated
            copies share one): the earlier texts (or itself) it links to, and the scores in ten-thousandths
            (matching rounds them so). A link or a block depends on the two texts only.
  mentions  [mention id, article id, text index, seen_at, the sum of its link scores inside its event, its
            strongest partner there (mention index, -1 for none), that link's score] and, when it differs
            from its article's, its own provenance
  events    event id -> ``members`` (mention indexes, by mention id), last ``change``, and ``reports``: the
            original sources of its articles grouped by syndicated copies, one group per independent report
The link sums and strongest partners are what the event view needs of the links; kept up to date, they spare
a merge reading every link inside a large event.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from streams.core.matching import PairScore, block_reason, dates_compatible, pair_link, score_pair
from streams.core.mention_record import ARTICLE_KEYS, mention_record, shared_text, text_record
from streams.core.syndication import pack
from streams.core.timeline_event import event_state, report_groups
from streams.core.types import EventMention, SourcedMention

__all__ = [
    "Merger",
    "STATE_VERSION",
    "bucket_of",
    "initialize",
    "merge",
    "coalesce",
    "result",
    "event_state",
    "event_id",
    "cluster_of",
]

# Changes whenever the state's format or what the stored links mean changes; the table's name carries it.
STATE_VERSION = 3
_SCALE = 10_000  # link scores are kept as ints: matching rounds them to 4 places
_TOTAL, _BEST, _BEST_SCORE, _OWN = 4, 5, 6, 7  # places in a mention entry
# Score parts and note of the links that explanations show, by what matching reads of the two texts (a bounded,
# process-wide memo: each merge into an event shows every member's strongest link again).
_MATCHED = ("sentence", "summary", "kind", "kinds", "actors", "places", "context", "sites", "lead", "date",
            "granularity", "mod")
_EXPLAINED: dict[tuple[tuple, tuple], tuple[PairScore, str]] = {}
_EXPLAINED_MAX = 8_192


def bucket_of(mention: EventMention) -> str:
    """The date bucket a mention is matched in: "YYYY-MM" for day, week (its Monday's month) and month dates,
    "YYYY" for years, decades and centuries (their first year)."""
    return mention.date[:4] if mention.granularity in ("year", "decade", "century") else mention.date[:7]


def initialize() -> dict:
    """An empty bucket state."""
    return {"version": STATE_VERSION, "articles": {}, "texts": [], "mentions": [], "events": {}}


def event_id(members: list[str]) -> str:
    """An event's stable id: a short hash of its smallest mention id."""
    return "ev-" + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:12]


def merge(state: dict, item: SourcedMention) -> tuple[dict, list[dict]]:
    """Add one mention; return the new state and the change records (the input state is left as it was)."""
    bucket = _Bucket(state)
    new_state, changed, absorbed = _merge_into(bucket, state, item)
    return new_state, [*(bucket.told(eid, new_state["events"][eid]) for eid in changed), *absorbed]


class Merger:
    """Merges mentions one after another into one bucket's state, with one set of lookups for them all (``merge``
    builds its lookups from the state on every call, which costs time in proportion to the bucket's size).

    ``state`` is the state after the last merge; the state it started from is left as it was. ``told`` gives
    the change records of all the merges as ``coalesce`` would: an event's record is made once, from its last
    state, however many merges changed it.
    """

    def __init__(self, state: dict) -> None:
        self.state = self.start = state
        self._bucket: _Bucket | None = None
        self._last: dict[str, dict | None] = {}  # event id -> its absorbed record, or None: its state tells it

    def merge(self, item: SourcedMention) -> list[str]:
        """Add one mention to ``state``; return the ids of the events it changed (none for a replay)."""
        bucket, self._bucket = self._bucket, None  # should this merge fail, the next one reads the state afresh
        if bucket is None:
            bucket, before = _Bucket(self.state), self.state
        else:  # the lookups' lists are the last state's own: keep the entries as they were for absorbed events
            before = {**self.state, "mentions": list(self.state["mentions"])}
        self.state, changed, absorbed = _merge_into(bucket, before, item)
        self._bucket = bucket
        told = [*((eid, None) for eid in changed), *((record["id"], record) for record in absorbed)]
        for eid, record in told:  # kept in the order of each event's last change
            self._last.pop(eid, None)
            self._last[eid] = record
        return [eid for eid, _ in told]

    def told(self) -> list[dict]:
        """The change records of the merges so far, coalesced against the starting state."""
        bucket = self._bucket or _Bucket(self.state)
        events = self.state["events"]
        return coalesce([record or bucket.told(eid, events[eid]) for eid, record in self._last.items()], self.start)


def _merge_into(bucket: "_Bucket", state: dict, item: SourcedMention) -> tuple[dict, list[str], list[dict]]:
    """The new state, the ids of the events that changed (sorted) and the records of those that are gone."""
    if item.mention_id in bucket.index:
        return state, [], []
    record = mention_record(item)
    aid = record["article_id"]
    articles = state["articles"]
    if aid not in articles:
        provenance = {k: record[k] for k in ARTICLE_KEYS}
        articles = {**articles, aid: {**provenance, "sketch": pack(item.provenance.sketch)}}
    text = shared_text(record)
    t = bucket.find(text)
    texts = state["texts"]
    if t is None:
        t = len(texts)
        texts = [*texts, bucket.add_text(text)]
    own = {k: record[k] for k in ARTICLE_KEYS if record[k] != articles[aid][k]}
    m = bucket.add_mention([item.mention_id, aid, t, record["seen_at"], 0, -1, 0, *([own] if own else [])],
                           articles)

    old_events = state["events"]
    linked = bucket.linked(m)
    hit = {bucket.event_of[y] for y in linked}
    grown = old_events[next(iter(hit))] if len(hit) == 1 else None
    if not hit:
        touched, groups = [], [[m]]
    elif grown is not None and not bucket.blocks_any(t, grown["members"]):
        # Greedy clustering of the grown part would give the same groups: each partial group of that event
        # only gains m, which adds no block inside it and keeps every block it had with other groups.
        touched = sorted(hit)
        groups = [sorted([*grown["members"], m], key=bucket.ids.__getitem__)]
        bucket.join(m, linked)
    else:
        grown = None
        component = bucket.component(m)
        touched = sorted({bucket.event_of[x] for x in component if x != m})
        groups = bucket.recluster(component)

    old_members = {eid: set(old_events[eid]["members"]) for eid in touched}
    events = {eid: ev for eid, ev in old_events.items() if eid not in old_members}
    changed: list[str] = []
    for members in groups:
        eid = event_id([bucket.ids[members[0]]])
        if old_members.get(eid) == set(members):
            events[eid] = old_events[eid]
            continue
        origins = [old for old, held in old_members.items() if held.intersection(members)]
        change = "created" if not origins else "merged" if len(origins) > 1 else "updated"
        if grown is None:
            bucket.settle(members)
        reports = bucket.grown_reports(grown, aid) if grown is not None else bucket.reports(members)
        events[eid] = {"members": members, "change": change, "reports": reports}
        for x in members:
            bucket.event_of[x] = eid
        changed.append(eid)

    new_state = {"version": STATE_VERSION, "articles": articles, "texts": texts, "mentions": bucket.mentions,
                 "events": events}
    absorbed = [_absorbed_record(old, old_events[old], bucket, state["mentions"]) for old in touched
                if old not in events]
    return new_state, sorted(changed), absorbed


def coalesce(records: list[dict], before: dict) -> list[dict]:
    """The change records of several merges into the state ``before`` as one step would tell them: each event
    once, in its last state, in the order of its last change. An event that was not in ``before`` is "created".

    One that came and went within the run is still told as absorbed. A reader that never saw it loses nothing;
    but after a crash the run may be a replay whose first pass told the event and lost the state that held it,
    and then this record is the only one that takes the event off the reader's timeline."""
    known = before["events"]
    last: dict[str, dict] = {}
    for record in records:
        last.pop(record["id"], None)
        last[record["id"]] = record
    return [record if eid in known or record["change"] == "absorbed" else {**record, "change": "created"}
            for eid, record in last.items()]


def result(state: dict) -> list[dict]:
    """Every current event of the bucket, sorted by date, then id."""
    bucket = _Bucket(state)
    views = [event_state(bucket.cluster(eid, event)) for eid, event in state["events"].items()]
    return sorted(views, key=lambda v: (v["date"], v["id"]))


def cluster_of(state: dict, eid: str) -> dict:
    """One event's members with what event_state needs (see ``timeline_event.event_state``)."""
    return _Bucket(state).cluster(eid, state["events"][eid])


class _Bucket:
    """Lookups over one state, made once per call; merge extends it and replaces mention entries in its own
    copy of the list (the input state is never changed)."""

    def __init__(self, state: dict) -> None:
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"clustering state version {state.get('version')!r}, expected {STATE_VERSION}")
        self.articles = state["articles"]
        self.texts = list(state["texts"])
        self.mentions = list(state["mentions"])
        self.ids = [entry[0] for entry in self.mentions]
        self.index = {mid: i for i, mid in enumerate(self.ids)}
        self.text_of = [entry[2] for entry in self.mentions]
        self.event_of: list[str | None] = [None] * len(self.mentions)
        for eid, event in state["events"].items():
            for x in event["members"]:
                self.event_of[x] = eid
        self._views: dict[int, dict] = {}
        self._keys: dict[int, tuple] = {}
        self._explained: dict[tuple[int, int], tuple[PairScore, str]] = {}
        self._blocked: dict[tuple[int, int], bool] = {}
        self._holders: dict[int, list[int]] | None = None
        self._days: dict[str, list[int]] | None = None  # day -> the texts of that day, for add_text
        self._coarse: list[int] = []  # the texts dated by month or year

    def view(self, t: int) -> dict:
        """Text t as the record that matching reads."""
        if t not in self._views:
            self._views[t] = {**text_record(self.texts[t][0]), "mention_id": f"{t:09d}"}
        return self._views[t]

    def holders(self) -> dict[int, list[int]]:
        """Text index -> the mentions that have it."""
        if self._holders is None:
            self._holders = {}
            for x, t in enumerate(self.text_of):
                self._holders.setdefault(t, []).append(x)
        return self._holders

    def find(self, text: dict) -> int | None:
        """The index of a stored text equal to ``text``, or None."""
        for t, (other, _, _) in enumerate(self.texts):
            if other["sentence"] == text["sentence"] and other == text:
                return t
        return None

    def add_text(self, text: dict) -> list:
        """Store a new text with its links to every earlier text and to itself, noting blocks on the way."""
        t = len(self.texts)
        links, scores = [], []
        self.texts.append([text, links, scores])
        mine = self.view(t)
        for other in self._may_share_a_date(t):
            score = None
            if dates_compatible(mine, self.texts[other][0]) == 0.0:
                self._blocked[(other, t)] = True
            else:
                reason, score = pair_link(mine, self.view(other))
                self._blocked[(other, t)] = reason is not None
            if score is not None:
                links.append(other)
                scores.append(round(score * _SCALE))
        return self.texts[t]

    def _may_share_a_date(self, t: int) -> list[int]:
        """The texts up to t (itself included) whose dates can be text t's: of a day text, the texts of that day
        and those dated by month only; of any other, all. The pairs left out have incompatible dates, which
        ``blocked`` tells when asked."""
        if self._days is None:
            self._days, self._coarse = {}, []
            for u in range(t):
                self._index_date(u)
        self._index_date(t)
        text = self.texts[t][0]
        if text["granularity"] != "day":
            return list(range(t + 1))
        return sorted(self._days[text["date"]] + self._coarse)

    def _index_date(self, u: int) -> None:
        text = self.texts[u][0]
        if text["granularity"] == "day":
            self._days.setdefault(text["date"], []).append(u)
        else:
            self._coarse.append(u)

    def add_mention(self, entry: list, articles: dict) -> int:
        m = len(self.mentions)
        self.articles = articles
        self.mentions.append(entry)
        self.ids.append(entry[0])
        self.index[entry[0]] = m
        self.text_of.append(entry[2])
        self.event_of.append(None)
        if self._holders is not None:
            self._holders.setdefault(entry[2], []).append(m)
        return m

    def blocked(self, a: int, b: int) -> bool:
        key = (a, b) if a <= b else (b, a)
        if key not in self._blocked:
            self._blocked[key] = block_reason(self.view(a), self.view(b)) is not None
        return self._blocked[key]

    def blocks_any(self, t: int, members: list[int]) -> bool:
        """Whether text t is blocked with the text of any of the members."""
        return any(self.blocked(t, u) for u in {self.text_of[x] for x in members})

    def neighbours(self, t: int) -> dict[int, int]:
        """The texts linked to text t (itself, when two of its mentions link), with the scores."""
        _, links, scores = self.texts[t]
        found = dict(zip(links, scores))
        for later in range(t + 1, len(self.texts)):
            _, links, scores = self.texts[later]
            if t in links:
                found[later] = scores[links.index(t)]
        return found

    def linked(self, x: int) -> dict[int, int]:
        """The mentions linked to mention x, with the scores."""
        holders = self.holders()
        return {y: score for u, score in self.neighbours(self.text_of[x]).items() for y in holders[u] if y != x}

    def component(self, x: int) -> list[int]:
        """Every mention reachable from mention x over links."""
        start = self.text_of[x]
        adjacency: dict[int, set[int]] = {}
        for t, (_, links, _) in enumerate(self.texts):
            for u in links:
                adjacency.setdefault(t, set()).add(u)
                adjacency.setdefault(u, set()).add(t)
        seen, todo = {start}, [start]
        while todo:
            for u in adjacency.get(todo.pop(), ()):
                if u not in seen:
                    seen.add(u)
                    todo.append(u)
        if seen == {start} and start not in adjacency.get(start, ()):
            return [x]  # a text linked to nothing, not even to its own copies
        holders = self.holders()
        return [y for t in seen for y in holders[t]]

    def recluster(self, component: list[int]) -> list[list[int]]:
        """Cluster one connected set of mentions: strongest link first, no group ever holding a blocked pair.

        The result depends only on the set (ties broken by mention ids), never on the order of arrival.
        """
        ids, holders = self.ids, self.holders()
        rank = {x: i for i, x in enumerate(sorted(component, key=ids.__getitem__))}  # ties go by mention id
        edges = []
        for t in {self.text_of[x] for x in component}:
            _, links, scores = self.texts[t]
            for u, score in zip(links, scores):
                if u == t:
                    pairs = [(x, y) for i, x in enumerate(holders[t]) for y in holders[t][i + 1:]]
                else:
                    pairs = [(x, y) for x in holders[t] for y in holders[u]]
                edges.extend((-score, *sorted((rank[x], rank[y])), x, y) for x, y in pairs)
        edges.sort()
        root = {x: x for x in component}
        groups = {x: [x] for x in component}
        texts = {x: {self.text_of[x]} for x in component}  # a block depends on the texts only
        apart: set[tuple[int, int]] = set()  # groups found to hold a block stay apart as they grow

        def find(x: int) -> int:
            while root[x] != x:
                root[x] = root[root[x]]
                x = root[x]
            return x

        for *_, a, b in edges:
            ra, rb = find(a), find(b)
            keep, gone = min(ra, rb), max(ra, rb)
            if ra == rb or (keep, gone) in apart:
                continue
            if any(self.blocked(s, t) for s in texts[ra] for t in texts[rb]):
                apart.add((keep, gone))
                continue
            root[gone] = keep
            groups[keep] += groups.pop(gone)
            texts[keep] |= texts.pop(gone)
        return sorted(sorted(g, key=ids.__getitem__) for g in groups.values())

    def join(self, m: int, linked: dict[int, int]) -> None:
        """Mention m joins the event of the mentions it links to: update their link sums and best partners."""
        ids, mentions = self.ids, self.mentions
        for y, score in linked.items():
            entry = mentions[y]
            best, best_score = entry[_BEST], entry[_BEST_SCORE]
            if best < 0 or (-score, ids[m]) < (-best_score, ids[best]):
                best, best_score = m, score
            mentions[y] = [*entry[:_TOTAL], entry[_TOTAL] + score, best, best_score, *entry[_OWN:]]
        best = min(linked, key=lambda y: (-linked[y], ids[y]))
        mentions[m] = [*mentions[m][:_TOTAL], sum(linked.values()), best, linked[best], *mentions[m][_OWN:]]

    def settle(self, members: list[int]) -> None:
        """Set the link sums and best partners of an event's members from scratch, text by text."""
        ids, mentions = self.ids, self.mentions
        by_text: dict[int, list[int]] = {}
        for x in members:  # by mention id, so each list starts with its smallest
            by_text.setdefault(self.text_of[x], []).append(x)
        total = dict.fromkeys(by_text, 0)
        other: dict[int, tuple] = {}  # per text: its best link to another text (-score, partner id, partner)
        own: dict[int, int] = {}  # per text: the score between two of its copies, when they link
        for t, held in by_text.items():
            _, links, scores = self.texts[t]
            for u, score in zip(links, scores):
                if u == t:
                    total[t] += score * (len(held) - 1)
                    own[t] = score
                elif u in by_text:
                    total[t] += score * len(by_text[u])
                    total[u] += score * len(held)
                    first_u, first_t = by_text[u][0], held[0]
                    other[t] = min(other.get(t, (1,)), (-score, ids[first_u], first_u))
                    other[u] = min(other.get(u, (1,)), (-score, ids[first_t], first_t))
        for x in members:
            t = self.text_of[x]
            options = [other[t]] if t in other else []
            if t in own and len(by_text[t]) > 1:
                copy = by_text[t][1] if by_text[t][0] == x else by_text[t][0]
                options.append((-own[t], ids[copy], copy))
            score, _, best = min(options) if options else (0, None, -1)
            mentions[x] = [*mentions[x][:_TOTAL], total[t], best, -score, *mentions[x][_OWN:]]

    def reports(self, members: list[int]) -> list[list[str]]:
        """The report groups of an event's articles, from scratch."""
        aids = sorted({self.mentions[x][1] for x in members})
        return report_groups([(self.articles[a]["source"], self.articles[a]["sketch"]) for a in aids])

    def grown_reports(self, event: dict, aid: str) -> list[list[str]]:
        """The report groups of an event once it has article aid too."""
        aids = sorted({self.mentions[x][1] for x in event["members"]})
        if aid in aids:
            return event["reports"]
        known = [(self.articles[a]["source"], self.articles[a]["sketch"]) for a in aids]
        return report_groups([(self.articles[aid]["source"], self.articles[aid]["sketch"])], known, event["reports"])

    def explain(self, t: int, u: int) -> tuple[PairScore, str]:
        """The score, parts and note of a link between texts t and u (memoized by content across calls)."""
        if (t, u) not in self._explained:
            key = (self.match_key(t), self.match_key(u))
            if key not in _EXPLAINED:
                pair = score_pair(self.view(t), self.view(u))
                if len(_EXPLAINED) >= _EXPLAINED_MAX:
                    del _EXPLAINED[next(iter(_EXPLAINED))]
                _EXPLAINED[key] = (pair, pair.note())
            self._explained[(t, u)] = _EXPLAINED[key]
        return self._explained[(t, u)]

    def match_key(self, t: int) -> tuple:
        """What score_pair reads of text t, as a key."""
        if t not in self._keys:
            view = self.view(t)
            self._keys[t] = tuple(tuple(v) if isinstance(v, list) else v for v in map(view.get, _MATCHED))
        return self._keys[t]

    def record(self, x: int) -> dict:
        """Mention x's whole record, as ``mention_record`` made it (less the trigger)."""
        entry = self.mentions[x]
        out = {**self.view(entry[2]), **self.articles[entry[1]], "mention_id": entry[0], "article_id": entry[1],
               "seen_at": entry[3]}
        del out["sketch"]
        if len(entry) > _OWN:
            out.update(entry[_OWN])
        return out

    def told(self, eid: str, event: dict) -> dict:
        """The change record of an event as it now is."""
        return event_state(self.cluster(eid, event))

    def cluster(self, eid: str, event: dict, entries: list | None = None) -> dict:
        """What event_state needs of one event (``entries``: the mention entries to read its links from)."""
        entries = entries or self.mentions
        members, ids = event["members"], self.ids
        best = {ids[x]: None if entries[x][_BEST] < 0 else
                (ids[entries[x][_BEST]], *self.explain(entries[x][2], entries[entries[x][_BEST]][2]))
                for x in members}
        return {"id": eid, "change": event["change"], "mentions": [self.record(x) for x in members],
                "reports": len(event["reports"]), "best": best,
                "centrality": {ids[x]: entries[x][_TOTAL] / _SCALE for x in members}}


def _absorbed_record(old: str, event: dict, bucket: _Bucket, entries: list) -> dict:
    """The change record of an event that no longer exists: which event took most of its mentions."""
    share = Counter(bucket.event_of[x] for x in event["members"])
    into = min(share, key=lambda eid: (-share[eid], eid))
    before = event_state(bucket.cluster(old, event, entries))
    return {"id": old, "change": "absorbed", "absorbed_into": into, "date": before["date"],
            "granularity": before["granularity"], "summary": before["summary"],
            "mention_ids": sorted(bucket.ids[x] for x in event["members"])}
