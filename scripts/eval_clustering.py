"""Measure event clustering on the hand-labelled corpus: B-cubed precision/recall/F1 and date accuracy.

Every article in eval/corpus/ goes through the whole pure pipeline (clean, attribute, date, extract) and its
mentions are folded, bucket by bucket, with clustering.merge. Each mention is scored against the gold label
of the sentence it came from (labels.json: article id + a distinctive substring of the dated sentence, the
date telling apart two dates in one sentence). Mentions from sentences without a label are counted as
unlabelled and left out of B-cubed; labelled sentences that gave no mention are counted as missed.

    python scripts/eval_clustering.py [--corpus DIR] [--orders N] [--direct] [--verbose] [--json FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from streams.core.clustering import bucket_of, initialize, merge, result  # noqa: E402
from streams.core.matching import score_pair  # noqa: E402
from streams.core.mention_record import mention_record  # noqa: E402

__all__ = ["load_corpus", "extract_mentions", "off_the_wire", "gold_of", "cluster", "bcubed", "evaluate", "main"]


def load_corpus(folder: Path) -> tuple[list[dict], dict]:
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
                if p.name != "labels.json"]
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return articles, labels


def extract_mentions(articles: list[dict]) -> list:
    """Run the pure pipeline on every article; the message timestamp is noon of its publication day."""
    from streams.core.pipeline import process_article

    mentions = []
    for article in articles:
        day = datetime.fromisoformat(article["published_at"][:10]).replace(hour=12, tzinfo=timezone.utc)
        mentions.extend(process_article(article, day.timestamp()).mentions)
    return mentions


def off_the_wire(item):
    """The mention as the assemble agent sees it: the event-mentions record carries no entity spans."""
    return dataclasses.replace(item, mention=dataclasses.replace(item.mention, entities=()))


def gold_of(item, labels: dict) -> str | None:
    """The gold event of the labelled sentence a mention came from, or None."""
    candidates = [lab for lab in labels["articles"].get(item.provenance.article_id, [])
                  if lab["match"] in item.mention.sentence]
    if len(candidates) > 1:
        candidates = [lab for lab in candidates if lab["date"] == item.mention.date] or candidates
    return candidates[0]["event"] if candidates else None


def cluster(mentions: list, seed: int | None = None) -> dict[str, dict]:
    """Fold the mentions bucket by bucket (in a shuffled order when seed is given): event id -> event state."""
    order = list(mentions)
    if seed is not None:
        random.Random(seed).shuffle(order)
    states: dict[str, dict] = defaultdict(initialize)
    for item in order:
        bucket = bucket_of(item.mention)
        states[bucket], _ = merge(states[bucket], item)
    return {event["id"]: event for state in states.values() for event in result(state)}


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of item -> cluster maps over the same items."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, p in predicted.items():
        by_pred[p].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in predicted:
        both = len(by_pred[predicted[item]] & by_gold[gold[item]])
        precision += both / len(by_pred[predicted[item]])
        recall += both / len(by_gold[gold[item]])
    n = len(predicted) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(mentions: list, labels: dict, events: dict[str, dict]) -> dict:
    gold = {m.mention_id: gold_of(m, labels) for m in mentions}
    event_of = {m["mention_id"]: eid for eid, ev in events.items() for m in ev["mentions"]}
    labelled = {mid: g for mid, g in gold.items() if g is not None}
    predicted = {mid: event_of[mid] for mid in labelled}
    precision, recall, f1 = bcubed(predicted, labelled)

    found = {(m.provenance.article_id, lab["match"], lab["date"]) for m in mentions
             for lab in labels["articles"].get(m.provenance.article_id, [])
             if lab["match"] in m.mention.sentence}
    missed = [(aid, lab["match"]) for aid, labs in labels["articles"].items() for lab in labs
              if (aid, lab["match"], lab["date"]) not in found]

    gold_dates = {k: v["date"] for k, v in labels["events"].items()}
    right_events = []
    for eid, event in events.items():
        told = Counter(labelled[m["mention_id"]] for m in event["mentions"] if m["mention_id"] in labelled)
        if told:
            majority = min(told, key=lambda g: (-told[g], g))
            right_events.append(event["date"] == gold_dates[majority])
    right_gold = []
    for g, date in gold_dates.items():
        held = Counter(predicted[mid] for mid, lab in labelled.items() if lab == g)
        if held:
            right_gold.append(events[min(held, key=lambda e: (-held[e], e))]["date"] == date)
    return {
        "mentions": len(mentions), "labelled_mentions": len(labelled), "unlabelled_mentions": len(gold) - len(labelled),
        "missed_labels": len(missed), "gold_events": len(gold_dates), "predicted_events": len(events),
        "bcubed_precision": round(precision, 4), "bcubed_recall": round(recall, 4), "bcubed_f1": round(f1, 4),
        "events_with_right_date": round(sum(right_events) / len(right_events), 4) if right_events else 0.0,
        "gold_events_with_right_date": round(sum(right_gold) / len(right_gold), 4) if right_gold else 0.0,
        "_missed": missed, "_gold": gold,
    }


def _report(metrics: dict, events: dict, mentions: list, labels: dict) -> None:
    by_id = {m.mention_id: m for m in mentions}
    print("\nEvents (gold labels of their mentions):")
    for event in sorted(events.values(), key=lambda e: (e["date"], e["id"])):
        golds = Counter(metrics["_gold"][m["mention_id"]] or "-" for m in event["mentions"])
        print(f"  {event['id']} {event['date']:<10} {event['kind']:<10} reports={event['reports']} "
              f"{dict(golds)}  {event['summary'][:70]!r}")
    print("\nSplit gold events (the closest pair across two of its predicted events):")
    records = {m.mention_id: mention_record(m) for m in mentions}
    for g in labels["events"]:
        parts = sorted({eid for eid, ev in events.items() for m in ev["mentions"]
                        if metrics["_gold"][m["mention_id"]] == g})
        for i, e1 in enumerate(parts):
            for e2 in parts[i + 1:]:
                pairs = [score_pair(records[a["mention_id"]], records[b["mention_id"]])
                         for a in events[e1]["mentions"] for b in events[e2]["mentions"]
                         if metrics["_gold"][a["mention_id"]] == g == metrics["_gold"][b["mention_id"]]]
                best = max(pairs, key=lambda p: (p.blocked is None, p.score))
                print(f"  {g}: {e1} / {e2}: {best.note()}")
                if best.blocked is None:  # linked, so some other pair across the two keeps them apart
                    reasons = {score_pair(records[a["mention_id"]], records[b["mention_id"]]).blocked
                               for a in events[e1]["mentions"] for b in events[e2]["mentions"]} - {None}
                    for reason in sorted(reasons):
                        print(f"      kept apart by: {reason}")
    print("\nUnlabelled mentions:")
    for mid, g in metrics["_gold"].items():
        if g is None:
            m = by_id[mid]
            print(f"  {m.provenance.article_id}: {m.mention.date} {m.mention.kind}: {m.mention.sentence[:90]!r}")
    print("\nMissed labels (no mention from that sentence):")
    for aid, match in metrics["_missed"]:
        print(f"  {aid}: {match!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "eval" / "corpus")
    parser.add_argument("--orders", type=int, default=3, help="also fold in N shuffled orders and compare")
    parser.add_argument("--verbose", action="store_true", help="list events, unlabelled mentions and misses")
    parser.add_argument("--json", type=Path, help="write the metrics to this file")
    parser.add_argument("--direct", action="store_true",
                        help="cluster the extractor's mentions with their entity spans, as they are before the wire")
    args = parser.parse_args(argv)

    articles, labels = load_corpus(args.corpus)
    mentions = extract_mentions(articles)
    if not args.direct:
        mentions = [off_the_wire(m) for m in mentions]
    events = cluster(mentions)
    metrics = evaluate(mentions, labels, events)
    reference = {eid: sorted(m["mention_id"] for m in ev["mentions"]) for eid, ev in events.items()}
    same = [reference == {eid: sorted(m["mention_id"] for m in ev["mentions"])
                          for eid, ev in cluster([*mentions, *mentions[::3]], seed=seed).items()}
            for seed in range(args.orders)]
    metrics["shuffled_orders_identical"] = f"{sum(same)}/{len(same)}"

    print(f"corpus: {len(articles)} articles, {len({a['source'] for a in articles})} outlets, "
          f"{len({m.provenance.source for m in mentions})} original sources, {metrics['gold_events']} gold events; "
          f"mentions {'with entity spans' if args.direct else 'as on the wire (no entity spans)'}")
    for key, value in metrics.items():
        if not key.startswith("_"):
            print(f"{key:>28}: {value}")
    if args.verbose:
        _report(metrics, events, mentions, labels)
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in metrics.items() if not k.startswith("_")}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
