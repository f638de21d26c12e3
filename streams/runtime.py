"""Bring up what a command needs: the embedded broker when no broker is given, topics, a worker process."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterator

import orjson

from .broker import EmbeddedBroker, free_port
from .clients import ensure_topics, wait_for_broker
from .errors import BrokerError
from .settings import Settings

__all__ = ["broker_for", "on_embedded", "WorkerProcess", "http_json"]


def on_embedded(settings: Settings, broker: EmbeddedBroker) -> Settings:
    """Settings for workers of an embedded broker: its address, and Faust's recovery check off (see
    ``Settings.recovery_consistency_check``)."""
    return replace(settings, broker=broker.url, recovery_consistency_check=False)


@contextmanager
def broker_for(settings: Settings, say=None, wait: float | None = 60.0) -> Iterator[Settings]:
    """Yield settings pointing at a reachable broker with the project's topics: the given one, or an embedded one.

    With the embedded (memory-only) broker, table state goes to a fresh temporary folder, so a new broker never
    meets old state.
    """
    embedded = None
    tmp = None
    if not settings.broker:
        embedded = EmbeddedBroker(settings.embedded_port).start()
        if say:
            say(f"embedded broker (Tansu) on {embedded.url}")
        tmp = tempfile.TemporaryDirectory(prefix="timeline-")
        settings = replace(on_embedded(settings, embedded), data_dir=settings.data_dir or tmp.name)
    try:
        wait_for_broker(settings, timeout=wait, say=say)
        ensure_topics(settings)
        yield settings
    finally:
        if embedded:
            embedded.stop()
        if tmp:
            tmp.cleanup()


def http_json(url: str, timeout: float = 5.0):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return orjson.loads(response.read())


class WorkerProcess:
    """``timeline up`` as a child process against a given broker; its log goes to a file."""

    def __init__(self, settings: Settings, log_path: str | os.PathLike | None = None) -> None:
        if not settings.web_port:
            settings = replace(settings, web_port=free_port())
        self.settings = settings
        self.log_path = Path(log_path or Path(tempfile.gettempdir()) / f"timeline-worker-{settings.web_port}.log")
        self.proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.settings.web_host}:{self.settings.web_port}"

    def start(self, timeout: float = 60.0, wait: bool = True) -> "WorkerProcess":
        env = {**os.environ, **self.settings.to_env()}
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "streams.cli", "up"], env=env, stdout=log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        return self.wait_ready(timeout) if wait else self

    def wait_ready(self, timeout: float = 60.0) -> "WorkerProcess":
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BrokerError(f"worker exited with {self.proc.returncode}; see {self.log_path}")
            try:
                http_json(self.base_url + "/health/", timeout=1.0)
                return self
            except OSError:
                time.sleep(0.2)
        raise BrokerError(f"worker web view did not answer within {timeout:.0f}s; see {self.log_path}")

    def stats(self) -> dict:
        return http_json(self.base_url + "/stats/")

    def timeline(self, query: str = "") -> list[dict]:
        return http_json(self.base_url + "/timeline/" + (f"?{query}" if query else ""))["events"]

    def wait_idle(self, articles: int, timeout: float = 120.0, settle: float = 1.0) -> dict:
        """Wait until ``articles`` messages are processed or rejected and every mention is assembled."""
        deadline = time.monotonic() + timeout
        last = None
        stable_since = None
        while time.monotonic() < deadline:
            stats = self.stats()
            done = (stats["articles_done"] >= articles and stats["mentions_assembled"] >= stats["mentions_emitted"]
                    and stats["view_applied"] >= stats["updates_emitted"])
            key = (stats["articles_done"], stats["mentions_assembled"], stats["updates_emitted"])
            if done and key == last:
                if stable_since and time.monotonic() - stable_since >= settle:
                    return stats
            else:
                stable_since = time.monotonic()
            last = key
            time.sleep(0.2)
        raise TimeoutError(f"not done after {timeout:.0f}s: {self.stats()}")

    def stop(self, timeout: float = 15.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)

    def kill(self) -> None:
        """SIGKILL, as a crash would."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None
