"""The CLI against the real broker: publish and follow, and the one-command demo."""

import subprocess
import sys

import orjson
import pytest

from streams.broker import free_port
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.integration


def timeline(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], capture_output=True, timeout=timeout)


def test_publish_then_follow(pipeline, tmp_path):
    article = {"id": "cli-follow-1", "source": "Harbour Times", "published_at": "2017-04-06",
               "body": "The foreign ministers of Chile and Peru met in Valparaiso on Tuesday, officials said."}
    (tmp_path / "one.jsonl").write_bytes(orjson.dumps(article) + b"\n")
    done = timeline("publish", "--broker", pipeline.settings.broker, str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert b"published 1 article" in done.stdout
    pipeline.published += 1
    pipeline.wait()
    follow = timeline("follow", "--broker", pipeline.settings.broker, "--from-beginning", "--json", "--exit",
                      "--from", "2017-04-01", "--to", "2017-04-30")
    updates = [orjson.loads(line) for line in follow.stdout.splitlines()]
    assert updates and all(u["date"].startswith("2017-04") for u in updates)
    assert any("cli-follow-1" in u.get("articles", []) for u in updates)


def test_demo_json_prints_the_timeline_and_the_rejected(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"id": "broken-1", "source": "x"')
    done = timeline("demo", str(EXAMPLES), str(bad), "--json", "--exit", "--web-port", str(free_port()))
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    out = orjson.loads(done.stdout)
    assert set(out) == {"events", "rejected"}
    assert out["events"] and all({"id", "date", "granularity", "summary", "sources", "articles"} <= set(e)
                                 for e in out["events"])
    assert [e["date"] for e in out["events"]] == sorted(e["date"] for e in out["events"])
    assert len(out["rejected"]) == 1 and out["rejected"][0]["error"]


def test_dlq_lists_records_and_replay_dlq_sends_fixed_ones_back(pipeline, tmp_path):
    broken = {"id": "cli-replay-1", "source": "Harbour Times", "published_at": "2016-09-08"}
    pipeline.publish_articles([broken])
    pipeline.wait()
    listed = timeline("dlq", "--broker", pipeline.settings.broker, "--json", "--idle", "1")
    records = [orjson.loads(line) for line in listed.stdout.splitlines()]
    mine = [r for r in records if r.get("article_id") == "cli-replay-1"]
    assert mine and mine[0]["error"] == "missing_field"
    readable = timeline("dlq", "--broker", pipeline.settings.broker, "--idle", "1")
    assert b"cli-replay-1" in readable.stdout and b"reason:" in readable.stdout
    fixed = orjson.loads(mine[0]["raw"])
    fixed["body"] = "The presidents of Chile and Peru met in Arica on Tuesday, officials said."
    mine[0]["raw"] = orjson.dumps(fixed).decode()
    (tmp_path / "fixed.jsonl").write_bytes(orjson.dumps(mine[0]) + b"\n")
    done = timeline("replay-dlq", "--broker", pipeline.settings.broker, str(tmp_path / "fixed.jsonl"))
    assert done.returncode == 0 and b"replayed 1 record" in done.stdout
    pipeline.published += 1
    pipeline.wait()
    updates = pipeline.final_updates().values()
    assert any("cli-replay-1" in u.get("articles", []) and u["date"] == "2016-09-06" for u in updates)
