"""Score dated-event extraction against hand-made gold timelines (eval/gold/).

Each batch folder holds `articles/ID.json` (an article as the ingest topic takes it) and `gold/ID.json`: the
events a careful analyst would put on a timeline, each with the date words as written (`expression`), its
TIMEX3 date and a few words of the same sentence naming the happening (`evidence`), plus the article's other
date words with why they date nothing (`not_events`). See eval/gold/README.md.

A mention finds a gold event of its article when its date expression and the gold one contain one another, the
evidence is in its sentence and the dates agree (the mention's date, or its TIMEX3 value without a time of
day). A mention that agrees on everything but the date is counted as a wrong date. Prints, per batch and over
all: gold events, found (recall), extracted, precision, wrong dates.

    python scripts/eval_gold.py [FOLDER...] [--verbose] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

__all__ = ["load_batch", "score_article", "main"]


def load_batch(folder: Path) -> list[tuple[dict, dict]]:
    """(article, gold) pairs of one batch folder, in id order."""
    pairs = []
    for path in sorted((folder / "articles").glob("*.json")):
        gold_path = folder / "gold" / path.name
        if not gold_path.exists():
            raise SystemExit(f"{path}: no gold file {gold_path}")
        pairs.append((json.loads(path.read_text(encoding="utf-8")), json.loads(gold_path.read_text(encoding="utf-8"))))
    return pairs


def _dates_of(mention) -> set[str]:
    value = mention.timex.value or ""
    return {mention.date, value, value.split("T", 1)[0]}


def _same_words(mention, gold: dict) -> bool:
    ours, theirs = mention.timex.text.lower(), gold["expression"].lower()
    return (ours in theirs or theirs in ours) and gold["evidence"] in mention.sentence


def score_article(mentions: list, gold: dict) -> dict:
    """Match the article's mentions one to one with its gold events."""
    free = list(mentions)
    found, wrong, missed = [], [], []
    for event in gold["events"]:
        hit = next((m for m in free if _same_words(m, event) and event["date"] in _dates_of(m)), None)
        if hit is not None:
            free.remove(hit)
            found.append((event, hit))
            continue
        near = next((m for m in free if _same_words(m, event)), None)
        if near is not None:
            free.remove(near)
            wrong.append((event, near))
        else:
            missed.append(event)
    not_events = {n["expression"].lower(): n.get("why", "") for n in gold.get("not_events", [])}
    extra = [(m, next((why for words, why in not_events.items()
                       if words in m.timex.text.lower() or m.timex.text.lower() in words), None)) for m in free]
    return {"found": found, "wrong": wrong, "missed": missed, "extra": extra}


def _extract(article: dict, published: str) -> list:
    """The article's mentions, read as the worker reads it off a message stamped at noon of its publication day
    (what dates an article that has neither ``published_at`` nor a dateline with its year)."""
    from streams.core.pipeline import process_article

    stamp = datetime.fromisoformat(published[:10]).replace(hour=12, tzinfo=timezone.utc).timestamp()
    return [item.mention for item in process_article(article, stamp).mentions]


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print every miss, wrong date and extra mention")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    folders = args.folders or sorted(p for p in (REPO / "eval" / "gold").glob("*") if (p / "articles").is_dir())
    if not folders:
        print("no gold batches found (eval/gold/*/articles)")
        return 0

    totals: Counter = Counter()
    figures = {}
    print(f"{'batch':<12} {'gold':>5} {'found':>7} {'extracted':>9} {'precision':>9} {'wrong date':>10}")
    for folder in folders:
        counts: Counter = Counter()
        for article, gold in load_batch(folder):
            scored = score_article(_extract(article, gold["published"]), gold)
            counts["gold"] += len(gold["events"])
            counts["found"] += len(scored["found"])
            counts["wrong"] += len(scored["wrong"])
            counts["extracted"] += len(scored["found"]) + len(scored["wrong"]) + len(scored["extra"])
            if args.verbose:
                for event, m in scored["wrong"]:
                    print(f"  WRONG {article['id']}: {event['expression']!r} gold {event['date']} ours {m.date}"
                          f" ({m.timex.resolution}) | {m.sentence[:160]}")
                for event in scored["missed"]:
                    print(f"  MISS  {article['id']}: {event['expression']!r} {event['date']} | {event['what']}")
                for m, why in scored["extra"]:
                    label = f"listed: {why}" if why is not None else "unlisted"
                    print(f"  EXTRA {article['id']}: {m.timex.text!r} {m.date} [{label}] | {m.sentence[:160]}")
        totals.update(counts)
        figures[folder.name] = dict(counts)
        print(f"{folder.name:<12} {counts['gold']:>5} {_percent(counts['found'], counts['gold']):>7} "
              f"{counts['extracted']:>9} {_percent(counts['found'], counts['extracted']):>9} {counts['wrong']:>10}")
    print(f"{'all':<12} {totals['gold']:>5} {_percent(totals['found'], totals['gold']):>7} "
          f"{totals['extracted']:>9} {_percent(totals['found'], totals['extracted']):>9} {totals['wrong']:>10}")
    if args.json:
        figures["all"] = dict(totals)
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
