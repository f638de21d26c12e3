"""The extraction processes: the same result as extraction in the loop, bad articles rejected with their reason
across the process boundary, a dead or stuck process replaced without losing the articles it held, and no process
left behind when the worker is killed."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time

import orjson
import pytest

from streams.errors import InvalidArticle
from streams.extract_pool import Extracted, ExtractionProcessDied, ExtractionTimedOut, ExtractPool, extract

ARTICLE = orjson.dumps({
    "id": "nato-1", "source": "AFP", "published_at": "2022-03-16",
    "body": "BRUSSELS, March 16 (AFP) - NATO defence ministers met in Brussels on Wednesday and agreed to send "
            "more troops east, officials said. The alliance held a summit in Madrid in June 2021.",
})


def die_on_poison(raw, timestamp, max_body_bytes):
    """Stands in for an article that kills the process reading it (out of memory, say)."""
    if raw == b"poison":
        os._exit(1)
    time.sleep(0.05)  # keep the others in flight when the poison strikes
    return Extracted((), 0.0)


def stuck_on_poison(raw, timestamp, max_body_bytes):
    """Stands in for an article a process never finishes reading."""
    time.sleep(3600 if raw == b"poison" else 0.3)
    return Extracted((), 0.0)


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def pool():
    started = ExtractPool(1, max_body_bytes=500_000).start()
    yield started
    started.close()


def test_a_process_gives_what_the_loop_gives(pool):
    inline = extract(ARTICLE, None, 500_000)
    remote = run(pool.extract(ARTICLE, None))
    assert remote.mentions and [m.mention for m in remote.mentions] == [m.mention for m in inline.mentions]
    assert [m.mention_id for m in remote.mentions] == [m.mention_id for m in inline.mentions]
    assert remote.seconds > 0


def test_a_bad_article_is_rejected_with_its_code_and_id(pool):
    raw = orjson.dumps({"id": "x-1", "source": "AFP", "body": 42})
    with pytest.raises(InvalidArticle) as inline:
        extract(raw, None, 500_000)
    with pytest.raises(InvalidArticle) as remote:
        run(pool.extract(raw, None))
    assert (remote.value.code, remote.value.article_id, remote.value.reason) == \
        (inline.value.code, inline.value.article_id, inline.value.reason) and remote.value.article_id == "x-1"


def test_without_processes_the_caller_extracts():
    pool = ExtractPool(0, max_body_bytes=500_000).start()
    assert not pool.started
    assert run(pool.extract(ARTICLE, None)).mentions


def test_a_dead_process_costs_only_the_article_that_killed_it():
    pool = ExtractPool(1, max_body_bytes=500_000, function=die_on_poison).start()
    try:
        async def many():
            raws = [b"a", b"b", b"poison", b"c", b"d"]
            return await asyncio.gather(*(pool.extract(raw, None) for raw in raws), return_exceptions=True)

        results = run(many())
        assert isinstance(results[2], ExtractionProcessDied)
        assert all(isinstance(r, Extracted) for i, r in enumerate(results) if i != 2)
        assert isinstance(run(pool.extract(b"after", None)), Extracted)  # the pool left behind works
    finally:
        pool.close()


def test_a_stuck_process_is_stopped_and_costs_only_the_article_it_was_stuck_on():
    pool = ExtractPool(1, max_body_bytes=500_000, function=stuck_on_poison, timeout=1.0).start()
    try:
        async def many():
            # Seven articles of 0.3 s each queue for 2.1 s in all: longer than the timeout, which counts only
            # the time an article spends in the process.
            raws = [b"a", b"b", b"c", b"d", b"poison", b"e", b"f", b"g"]
            return await asyncio.gather(*(pool.extract(raw, None) for raw in raws), return_exceptions=True)

        started = time.monotonic()
        results = run(many())
        assert isinstance(results[4], ExtractionTimedOut) and "longer than 1 s twice" in str(results[4])
        assert all(isinstance(r, Extracted) for i, r in enumerate(results) if i != 4)
        assert time.monotonic() - started < 30
        assert isinstance(run(pool.extract(b"after", None)), Extracted)
    finally:
        pool.close()


def test_the_processes_exit_when_the_worker_is_killed(tmp_path):
    script = textwrap.dedent("""
        import os, sys, time
        from streams.extract_pool import ExtractPool
        pool = ExtractPool(2, max_body_bytes=1000).start()
        print(" ".join(str(p) for p in pool._executor._processes), flush=True)
        time.sleep(600)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    children = [int(p) for p in proc.stdout.readline().split()]
    assert len(children) == 2 and all(_alive(p) for p in children)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in children)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False
