"""Load test: a burst of N generated articles through one worker on the embedded broker.

Prints how long the burst took to drain, the throughput and the worker's peak RSS.
Usage: python scripts/burst.py [--articles 10000] [--partitions 4]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from streams.bench import bench_pipeline  # noqa: E402
from streams.synthetic import generate_articles  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    articles = list(generate_articles(args.articles, seed=99))
    result = bench_pipeline(articles, workers=args.workers, partitions=args.partitions, timeout=3600)
    print(f"burst of {args.articles} articles drained in {result['seconds']:.1f} s: "
          f"{result['articles_per_s']:.0f} articles/s, worker peak RSS {result['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
