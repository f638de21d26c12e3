"""Profile clustering.merge as the assemble agent calls it: one merge per mention, one state per date bucket.

Mentions come from the synthetic corpus through the pure pipeline; each is merged into its bucket's state in
arrival order. Prints the number of mentions, milliseconds per merge (mean, p50, p99, max), the serialized
state size after each merge (mean and max KB, as orjson writes it to the table), a digest of the final
timeline (equal digests: equal events, so a speed-up can be checked to change nothing) and the top cProfile
entries of a second, profiled run.

    python scripts/profile_clustering.py [--articles N] [--seed S] [--top K] [--sort tottime|cumulative] [--no-gc]

The slowest merge is often a pause of Python's cyclic garbage collector over everything the process holds,
not clustering work: ``--no-gc`` times the merges with the collector off to tell the two apart.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import hashlib
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from streams.core.clustering import bucket_of, initialize, merge, result  # noqa: E402

__all__ = ["synthetic_mentions", "fold_timed", "digest", "main"]


# Arrival times (the mentions' seen_at) one second apart from a fixed instant, so that the timeline digest is
# the same on every run; the articles are processed without a message timestamp, as they carry their dates.
ARRIVAL_START = 1_700_000_000.0


def synthetic_mentions(count: int, seed: int) -> list:
    """The mentions of ``count`` synthetic articles, in article order."""
    from streams.core.pipeline import process_article
    from streams.synthetic import generate_articles

    return [dataclasses.replace(m, seen_at=ARRIVAL_START + i)
            for i, article in enumerate(generate_articles(count, seed=seed))
            for m in process_article(article).mentions]


def fold_timed(mentions: list) -> tuple[dict, list[float], list[int]]:
    """Merge every mention into its bucket: (states, ms per merge, serialized state bytes after each merge)."""
    states: dict[str, dict] = defaultdict(initialize)
    times, sizes = [], []
    for item in mentions:
        bucket = bucket_of(item.mention)
        start = time.perf_counter()
        states[bucket], _changes = merge(states[bucket], item)
        times.append((time.perf_counter() - start) * 1000.0)
        sizes.append(len(orjson.dumps(states[bucket])))
    return states, times, sizes


def digest(states: dict) -> str:
    """A short hash of every bucket's final events."""
    events = [event for key in sorted(states) for event in result(states[key])]
    return hashlib.sha1(orjson.dumps(events, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--top", type=int, default=10, help="cProfile entries to print (0: no profiled run)")
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    parser.add_argument("--no-gc", action="store_true", help="time the merges with the cyclic collector off")
    args = parser.parse_args(argv)

    mentions = synthetic_mentions(args.articles, args.seed)
    if args.no_gc:
        gc.collect()
        gc.disable()
    states, times, sizes = fold_timed(mentions)
    gc.enable()
    final = [len(orjson.dumps(s)) for s in states.values()]
    print(f"articles: {args.articles}  mentions: {len(mentions)}  buckets: {len(states)}")
    print(f"ms per merge: mean {statistics.mean(times):.3f}  p50 {_quantile(times, 0.5):.3f}  "
          f"p99 {_quantile(times, 0.99):.3f}  max {max(times):.3f}  total {sum(times) / 1000:.2f} s")
    print(f"state KB after each merge: mean {statistics.mean(sizes) / 1024:.1f}  max {max(sizes) / 1024:.1f}")
    print(f"final state KB per bucket: mean {statistics.mean(final) / 1024:.1f}  max {max(final) / 1024:.1f}")
    print(f"timeline digest: {digest(states)}")

    if args.top > 0:
        profiler = cProfile.Profile()
        profiler.enable()
        fold_timed(mentions)
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
