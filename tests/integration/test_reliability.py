"""Crashes, replays, duplicates and broker trouble lose nothing and count nothing twice (real broker, real worker)."""

from __future__ import annotations

import os
import random
import signal
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.clients import make_producer, publish, read_topic
from streams.core.fold import fold_articles
from streams.core.pipeline import process_article
from streams.runtime import WorkerProcess
from streams.settings import Settings
from streams.synthetic import generate_articles
from tests.integration.conftest import start_stack

pytestmark = pytest.mark.integration


def shape(events: list[dict]) -> list[tuple]:
    """What must be equal between two runs: ids, dates, members, sources (not first/last seen times)."""
    return sorted((e["id"], e["date"], tuple(sorted(e["articles"])), tuple(e["sources"]), e["reports"])
                  for e in events)


def send(settings: Settings, articles: list[dict]) -> None:
    producer = make_producer(settings)
    try:
        publish(producer, settings.topic_articles, [(a["id"], orjson.dumps(a)) for a in articles])
    finally:
        producer.close()


def wait_for_timeline(worker: WorkerProcess, expected: list[tuple], timeout: float = 180.0) -> list[tuple]:
    deadline = time.monotonic() + timeout
    got: list[tuple] = []
    while time.monotonic() < deadline:
        try:
            got = shape(worker.timeline())
        except OSError:
            got = []
        if got == expected:
            return got
        time.sleep(1.0)
    return got


@pytest.fixture
def stack():
    """A fresh broker and data folder per test; workers are started by the test."""
    folder = tempfile.TemporaryDirectory(prefix="timeline-rel-")
    broker, settings = start_stack(folder.name)
    workers: list[WorkerProcess] = []

    def worker() -> WorkerProcess:
        w = WorkerProcess(settings, log_path=Path(folder.name) / f"worker-{len(workers)}.log")
        workers.append(w)
        return w

    yield settings, broker, worker
    for w in workers:
        w.stop()
    broker.stop()
    folder.cleanup()


def corpus(count: int, seed: int) -> list[dict]:
    return list(generate_articles(count, seed=seed, min_words=120, max_words=300))


def test_kill_9_mid_stream_then_restart_equals_an_uninterrupted_run(stack):
    settings, _broker, worker = stack
    articles = corpus(120, seed=11)
    expected_events, _ = fold_articles(articles)
    expected = shape(expected_events)
    assert len(expected) > 10
    first = worker().start()
    send(settings, articles)
    deadline = time.monotonic() + 60
    while first.stats()["articles_done"] < 30 and time.monotonic() < deadline:
        time.sleep(0.1)
    done_before_kill = first.stats()["articles_done"]
    assert 0 < done_before_kill < len(articles), "the kill must land mid-stream"
    first.kill()
    second = worker().start()
    assert wait_for_timeline(second, expected) == expected


def test_shuffled_and_duplicated_input_gives_the_ordered_timeline(stack):
    settings, _broker, worker = stack
    articles = corpus(60, seed=5)
    expected = shape(fold_articles(articles)[0])
    shuffled = articles + articles[:25]
    random.Random(3).shuffle(shuffled)
    w = worker().start()
    send(settings, shuffled)
    assert wait_for_timeline(w, expected) == expected


@pytest.mark.parametrize("processes", [0, 1], ids=["in-the-loop", "one-process"])
def test_a_worker_extracting_either_way_gives_the_same_timeline_and_rejects_the_same(stack, processes):
    settings, _broker, _worker = stack
    configured = replace(settings, extract_processes=processes)
    articles = corpus(60, seed=8)
    expected = shape(fold_articles(articles)[0])
    w = WorkerProcess(configured, log_path=Path(settings.data_dir).parent / f"worker-{processes}.log").start()
    try:
        send(configured, articles)
        producer = make_producer(configured)
        publish(producer, configured.topic_articles,
                [("bad-1", b'{"id": "bad-1", "source": "AFP", "body": 7}')])
        producer.close()
        assert wait_for_timeline(w, expected) == expected
        rejected = [value for _key, value, _raw in read_topic(configured, configured.topic_dlq, idle_timeout=1.0)]
        assert [(r["article_id"], r["error"]) for r in rejected] == [("bad-1", "invalid_field")]
        assert w.stats()["extract_seconds"] > 0
    finally:
        w.stop()


def test_a_month_state_past_its_limit_sends_the_mention_to_the_dlq_and_keeps_the_rest(stack):
    settings, _broker, _worker = stack
    limited = replace(settings, max_state_bytes=6_000)  # a few mentions per month fit, then no more
    articles = corpus(40, seed=17)
    mentions = {m.mention_id for a in articles for m in process_article(a, time.time()).mentions}
    w = WorkerProcess(limited, log_path=Path(settings.data_dir).parent / "worker-limited.log").start()
    try:
        send(limited, articles)
        deadline = time.monotonic() + 120
        while True:
            shown = [m["mention_id"] for e in w.timeline() for m in e["mentions"]]
            rejected = [(value, orjson.loads(value["raw"])) for _key, value, _raw in
                        read_topic(limited, limited.topic_dlq, idle_timeout=0.5)]
            if len(shown) + len(rejected) >= len(mentions) or time.monotonic() > deadline:
                break
            time.sleep(1.0)
    finally:
        w.stop()
    assert rejected and shown, "the limit must keep some mentions and refuse others"
    for record, payload in rejected:
        assert record["error"] == "state_too_large" and "TIMELINE_MAX_STATE_BYTES" in record["reason"]
        assert record["topic"] == limited.topic_mentions and record["article_id"] == payload["article_id"]
    refused = [payload["mention_id"] for _record, payload in rejected]
    # Nothing lost, nothing twice: each mention is on the timeline or in the DLQ.
    assert sorted(shown + refused) == sorted(mentions)


def test_broker_outage_does_not_kill_the_worker(stack):
    settings, broker, worker = stack
    before, after = corpus(40, seed=21)[:20], corpus(40, seed=21)[20:]
    w = worker().start()
    send(settings, before)
    w.wait_idle(len(before))
    os.kill(broker.pid, signal.SIGSTOP)  # the broker stops answering, connections hang
    try:
        time.sleep(15)
        assert w.proc.poll() is None, "the worker died while the broker was away"
    finally:
        os.kill(broker.pid, signal.SIGCONT)
    send(settings, after)
    expected = shape(fold_articles(before + after)[0])
    assert wait_for_timeline(w, expected) == expected


def test_worker_started_before_its_broker_waits_then_works(tmp_path):
    port = free_port()
    settings = replace(Settings.from_env({}), broker=f"kafka://127.0.0.1:{port}", data_dir=str(tmp_path / "state"),
                       web_port=free_port(), partitions=2)
    w = WorkerProcess(settings, log_path=tmp_path / "worker.log").start(wait=False)
    broker = None
    try:
        time.sleep(12)
        assert w.proc.poll() is None
        assert "waiting for broker" in (tmp_path / "worker.log").read_text()
        broker = EmbeddedBroker(port=port, log_path=tmp_path / "broker.log").start()
        w.wait_ready(timeout=90)
        articles = corpus(10, seed=2)
        send(settings, articles)
        expected = shape(fold_articles(articles)[0])
        assert wait_for_timeline(w, expected) == expected
    finally:
        w.stop()
        if broker:
            broker.stop()
