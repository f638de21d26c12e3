"""One embedded Tansu broker and one real Faust worker (a child process) for the integration tests."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import orjson
import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.clients import ensure_topics, make_producer, publish, read_topic, wait_for_broker
from streams.runtime import WorkerProcess, on_embedded
from streams.settings import Settings


@dataclass
class Pipeline:
    settings: Settings
    worker: WorkerProcess
    published: int = 0

    def publish(self, items: list[tuple[str | None, bytes]]) -> None:
        producer = make_producer(self.settings)
        try:
            self.published += publish(producer, self.settings.topic_articles, items)
        finally:
            producer.close()

    def publish_articles(self, articles: list[dict]) -> None:
        self.publish([(a.get("id"), orjson.dumps(a)) for a in articles])

    def wait(self, timeout: float = 120.0) -> dict:
        return self.worker.wait_idle(self.published, timeout=timeout)

    def read(self, topic: str) -> list[tuple[str | None, dict | None, object]]:
        return list(read_topic(self.settings, topic, idle_timeout=1.0))

    def final_updates(self) -> dict[str, dict]:
        """The compacted view of timeline-updates: the last value per event id."""
        state: dict[str, dict] = {}
        for key, value, _msg in self.read(self.settings.topic_updates):
            state[key] = value
        return state


def start_stack(folder: str | Path) -> tuple[EmbeddedBroker, Settings]:
    """An embedded broker with the project's topics, and settings for workers that keep state in ``folder``."""
    broker = EmbeddedBroker(log_path=Path(folder) / "broker.log").start()
    settings = replace(on_embedded(Settings.from_env({}), broker), data_dir=str(Path(folder) / "state"),
                       web_port=free_port(), partitions=4)
    wait_for_broker(settings)
    ensure_topics(settings)
    return broker, settings


@pytest.fixture(scope="session")
def pipeline():
    data = tempfile.TemporaryDirectory(prefix="timeline-it-")
    broker, settings = start_stack(data.name)
    worker = WorkerProcess(settings, log_path=Path(data.name) / "worker.log").start()
    try:
        yield Pipeline(settings, worker)
    finally:
        worker.stop()
        broker.stop()
        data.cleanup()
