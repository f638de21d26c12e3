import orjson
import pytest

from streams.article_files import read_articles
from streams.dlq import dlq_record
from streams.settings import Settings


def test_settings_from_environment_with_types():
    s = Settings.from_env({"TIMELINE_BROKER": "kafka://h:1;kafka://h2:2", "TIMELINE_PARTITIONS": "8",
                           "TIMELINE_REBALANCE_TIMEOUT": "2.5"})
    assert s.partitions == 8 and s.rebalance_timeout == 2.5
    assert s.bootstrap_servers == ["h:1", "h2:2"]
    assert Settings.from_env({}, broker="kafka://x:9").broker == "kafka://x:9"
    assert Settings.from_env(s.to_env()) == s


@pytest.mark.parametrize(("configured", "cpus", "processes"), [(-1, 2, 1), (-1, 8, 1), (-1, 1, 0), (0, 8, 0),
                                                                (3, 1, 3)])
def test_extraction_processes_by_default_one_where_there_is_a_second_cpu(monkeypatch, configured, cpus, processes):
    monkeypatch.setattr("streams.settings.usable_cpus", lambda: cpus)
    s = Settings.from_env({"TIMELINE_EXTRACT_PROCESSES": str(configured)})
    assert s.extraction_processes == processes


def test_web_view_binds_to_loopback_by_default():
    assert Settings.from_env({}).web_host == "127.0.0.1"


def test_read_articles_of_every_kind(tmp_path):
    (tmp_path / "one.json").write_bytes(orjson.dumps({"id": "a", "source": "s", "body": "b"}))
    (tmp_path / "many.json").write_bytes(orjson.dumps([{"id": "b", "source": "s", "body": "b"},
                                                        {"id": "c", "source": "s", "body": "b"}]))
    (tmp_path / "lines.jsonl").write_text('{"id": "d", "source": "s", "body": "b"}\n\nnot json\n')
    (tmp_path / "plain-story.txt").write_text("Plain text body.")
    (tmp_path / "ignored.md").write_text("# not an article")
    messages = list(read_articles([tmp_path], txt_source="Gazette"))
    keys = sorted(m.key or "<raw>" for m in messages)
    assert keys == ["<raw>", "a", "b", "c", "d", "plain-story"]
    raw = [m for m in messages if m.key is None][0]
    assert raw.value == b"not json"  # bad lines are still sent, to end in the DLQ with a reason
    txt = orjson.loads([m for m in messages if m.key == "plain-story"][0].value)
    assert txt == {"id": "plain-story", "source": "Gazette", "body": "Plain text body."}


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read_articles([tmp_path / "nope"]))


def test_dlq_record_keeps_raw_bytes():
    text = dlq_record("not_json", "not JSON", b"hello", topic="articles", partition=1, offset=5, timestamp=1.0)
    assert text["raw"] == "hello" and text["raw_encoding"] == "utf-8"
    binary = dlq_record("invalid_utf8", "bad", b"\xff\x00", topic="articles", partition=0, offset=0, timestamp=None)
    assert binary["raw_encoding"] == "base64" and binary["raw"] == "/wA="
    assert dlq_record("empty", "null", None, topic="t", partition=0, offset=0, timestamp=None)["raw_encoding"] == "none"


def test_dlq_record_of_an_oversized_payload_keeps_its_head_and_says_so():
    from streams.dlq import MAX_RAW_BYTES

    record = dlq_record("too_large", "big", b"x" * (MAX_RAW_BYTES + 10), topic="articles", partition=2, offset=9,
                        timestamp=None)
    assert record["raw_truncated"] is True and len(record["raw"]) == MAX_RAW_BYTES
    assert (record["topic"], record["partition"], record["offset"]) == ("articles", 2, 9)
    assert dlq_record("x", "y", b"small", topic="t", partition=0, offset=0, timestamp=None)["raw_truncated"] is False
