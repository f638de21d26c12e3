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

__all__ = ["Extracted", "ExtractPool", "ExtractionProcessDied", "ExtractionTimedOut", "extract"]

log = logging.getLogger(__name__)


class ExtractionProcessDied(Exception):
    """The child process reading an article died twice in a row on it (killed, out of memory, crashed)."""


class ExtractionTimedOut(Exception):
    """An article was still being read after the pool's ``timeout``, twice in a row (the process was stopped)."""


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
    the caller's thread runs it.

    An article a process has been reading for longer than ``timeout`` seconds (a stuck child would otherwise
    stall the worker, which finishes articles in order) stops that pool, like a process that died."""

    def __init__(self, processes: int, max_body_bytes: int, function=extract, timeout: float = 60.0) -> None:
        self.processes = max(0, processes)
        self.max_body_bytes = max_body_bytes
        self.function = function
        self.timeout = timeout
        self._last_finished = 0.0
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
        except (BrokenProcessPool, ExtractionTimedOut):
            pass
        # The pool died or was stopped with this article in flight: because of it, or of another one. Each such
        # article is tried again alone in a fresh pool (new ones wait meanwhile), and only one that breaks or
        # outlasts that pool too is given up.
        self._retrying += 1
        self._healthy.clear()
        try:
            async with self._alone:
                executor = self._restart(executor)
                try:
                    await asyncio.wrap_future(executor.submit(os.getpid))  # started, so the clock counts reading
                    return await self._run(executor, raw, timestamp)
                except BrokenProcessPool:
                    self._restart(executor)
                    raise ExtractionProcessDied("the extraction process died twice while reading this article, "
                                                "the second time with no other article in flight") from None
                except ExtractionTimedOut:
                    self._restart(executor)
                    raise ExtractionTimedOut(f"reading this article took longer than {self.timeout:g} s twice, the "
                                             "second time with no other article in flight") from None
        finally:
            self._retrying -= 1
            if not self._retrying:
                self._healthy.set()

    async def _run(self, executor: ProcessPoolExecutor, raw: bytes | None, timestamp: float | None) -> Extracted:
        submitted = executor.submit(self.function, raw, timestamp, self.max_body_bytes)
        result = asyncio.wrap_future(submitted)
        # An article counts as stuck once it is "running" (handed to the pool's call queue, where one or two more
        # may wait behind the one a process reads) and the pool has finished nothing for ``timeout`` seconds: the
        # articles waiting there behind a stuck one are taken too, and tried again alone.
        running_since = None
        while not (await asyncio.wait({result}, timeout=self.timeout / 8))[0]:
            if submitted.running():
                now = time.monotonic()
                running_since = running_since or now
                if now - max(running_since, self._last_finished) > self.timeout:
                    self._stop(executor)
                    result.cancel()  # its failure (the broken pool) is nobody's to read
                    raise ExtractionTimedOut(f"still reading after {self.timeout:g} s")
        self._last_finished = time.monotonic()
        if submitted.cancelled():  # by the shutdown of a pool that died or was stopped meanwhile
            raise BrokenProcessPool("the pool was replaced before this article was read")
        return result.result()

    @staticmethod
    def _stop(executor: ProcessPoolExecutor) -> None:
        """Kill the processes: every article in flight in that pool fails with ``BrokenProcessPool``."""
        # A private attribute, but the only handle on the processes before Python 3.14's terminate_workers().
        for process in list((executor._processes or {}).values()):
            process.kill()

    def _restart(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        """A working pool: a new one if ``broken`` is still the current one, else the one that replaced it."""
        if self._executor is broken:
            log.warning("an extraction process died or was stopped; starting a new pool of %d", self.processes)
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
