"""Extraction in child processes, so that the worker's event loop goes on consuming, producing and assembling
while an article is read.

The core is pure Python: run in the loop, each millisecond of extraction is a millisecond in which Faust
neither fetches, nor sends, nor merges. With ``processes`` children the loop only hands raw messages out and
takes mentions back. With none, extraction runs in the loop as before (``extract`` is the same function).

The children are forked when the worker starts, before Faust starts its threads, so they begin with the rule
tables and compiled patterns the worker has already loaded (shared copy-on-write). A pool that has to be
replaced later is spawned instead: forking a process that runs threads can copy a lock some thread holds.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from .core.article import parse_article
from .core.pipeline import process_article
from .core.types import SourcedMention

__all__ = ["Extracted", "ExtractPool", "ExtractionProcessDied", "extract"]

log = logging.getLogger(__name__)


class ExtractionProcessDied(Exception):
    """The child process reading an article died twice in a row on it (killed, out of memory, crashed)."""


@dataclass(frozen=True)
class Extracted:
    mentions: tuple[SourcedMention, ...]
    seconds: float  # time spent in the core, wherever it ran


def extract(raw: bytes | None, timestamp: float | None, max_body_bytes: int) -> Extracted:
    """Decode, validate and process one ingest message; raises ``InvalidArticle`` for a bad one."""
    started = time.perf_counter()
    article = parse_article(raw, max_body_bytes=max_body_bytes)
    result = process_article(article, timestamp, max_body_bytes=max_body_bytes)
    return Extracted(result.mentions, time.perf_counter() - started)


def _child_init(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the worker shuts its children down itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A child whose worker was killed (SIGKILL leaves it no time to shut the pool down) would otherwise wait on
    its task queue for ever."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


class ExtractPool:
    """``processes`` child processes running ``function`` (:func:`extract`); with 0, or before :meth:`start`,
    the caller's thread runs it."""

    def __init__(self, processes: int, max_body_bytes: int, function=extract) -> None:
        self.processes = max(0, processes)
        self.max_body_bytes = max_body_bytes
        self.function = function
        self._executor: ProcessPoolExecutor | None = None
        self._healthy = asyncio.Event()
        self._healthy.set()
        self._alone = asyncio.Lock()
        self._retrying = 0

    @property
    def started(self) -> bool:
        return self._executor is not None

    def start(self) -> "ExtractPool":
        """Fork the children now (call it before any thread starts) and wait until each has answered."""
        if self.processes and self._executor is None:
            # Elsewhere than Linux, fork is unsafe (macOS) or missing (Windows).
            self._executor = self._new_executor("fork" if sys.platform == "linux" else "spawn")
            for future in [self._executor.submit(os.getpid) for _ in range(self.processes)]:
                future.result(timeout=60)
        return self

    async def extract(self, raw: bytes | None, timestamp: float | None) -> Extracted:
        if self._executor is None:
            return self.function(raw, timestamp, self.max_body_bytes)
        await self._healthy.wait()
        executor = self._executor
        try:
            return await self._run(executor, raw, timestamp)
        except BrokenProcessPool:
            pass
        # The pool died with this article in flight: because of it, or of another one. Each such article is tried
        # again alone in a fresh pool (new ones wait meanwhile), and only one that breaks that pool too is given up.
        self._retrying += 1
        self._healthy.clear()
        try:
            async with self._alone:
                executor = self._restart(executor)
                try:
                    return await self._run(executor, raw, timestamp)
                except BrokenProcessPool:
                    self._restart(executor)
                    raise ExtractionProcessDied("the extraction process died twice while reading this article, "
                                                "the second time with no other article in flight") from None
        finally:
            self._retrying -= 1
            if not self._retrying:
                self._healthy.set()

    async def _run(self, executor: ProcessPoolExecutor, raw: bytes | None, timestamp: float | None) -> Extracted:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, self.function, raw, timestamp, self.max_body_bytes)

    def _restart(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        """A working pool: a new one if ``broken`` is still the current one, else the one that replaced it."""
        if self._executor is broken:
            log.warning("an extraction process died; starting a new pool of %d", self.processes)
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor("spawn")
        return self._executor

    def _new_executor(self, method: str) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context(method),
                                   initializer=_child_init, initargs=(os.getpid(),))

    def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
