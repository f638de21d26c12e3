"""Per-worker counters, served by the web view (``/stats/``) and read by ``timeline demo`` to know when it is done."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Iterator

__all__ = ["Counters", "counters"]


@dataclass
class Counters:
    articles_processed: int = 0
    articles_rejected: int = 0
    mentions_emitted: int = 0
    mentions_assembled: int = 0
    updates_emitted: int = 0
    extract_seconds: float = 0.0  # time in the pure core: decoding and processing articles
    assemble_seconds: float = 0.0  # time merging mentions into month states and making the change records
    started_at: float = field(default_factory=time.time)
    #: Wall time (epoch seconds) an article or a batch of mentions was last finished: where a run ends, whenever
    #: the stats are read.
    last_done_at: float = 0.0
    last_rejection: str = ""

    @contextmanager
    def timing(self, name: str) -> Iterator[None]:
        """Add the time the block takes to counter ``name`` (keep awaits out of it: they run other tasks)."""
        started = time.perf_counter()
        try:
            yield
        finally:
            setattr(self, name, getattr(self, name) + time.perf_counter() - started)

    def finished(self, **counts: int) -> None:
        """Add ``counts`` to the counters of that name, and stamp the time."""
        for name, count in counts.items():
            setattr(self, name, getattr(self, name) + count)
        self.last_done_at = time.time()

    def snapshot(self) -> dict:
        out = asdict(self)
        out["articles_done"] = self.articles_processed + self.articles_rejected
        out["uptime_s"] = round(time.time() - self.started_at, 1)
        # Microseconds: a few small articles take well under a millisecond to assemble.
        out["extract_seconds"] = round(self.extract_seconds, 6)
        out["assemble_seconds"] = round(self.assemble_seconds, 6)
        return out


counters = Counters()
