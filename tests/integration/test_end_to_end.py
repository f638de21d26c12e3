"""Articles in through the ingest topic, timeline out of timeline-updates, the DLQ and the web view."""

from __future__ import annotations

import base64
import time
import urllib.parse
import urllib.request

import orjson
import pytest
from jsonschema import Draft202012Validator

from streams.article_files import read_articles
from streams.schema_files import load_schema

from tests.conftest import EXAMPLES

pytestmark = pytest.mark.integration


def seed_article(path, outlet: str, url: str) -> dict:
    return {"id": path.stem, "source": outlet, "url": url, "title": None, "published_at": "2022-03-16",
            "body": path.read_text(encoding="utf-8")}


def test_example_articles_make_a_deduplicated_timeline(pipeline):
    messages = list(read_articles([EXAMPLES]))
    pipeline.publish([(m.key, m.value) for m in messages])
    pipeline.wait()
    events = pipeline.worker.timeline()
    dated = {(e["date"], tuple(e["sources"])) for e in events}
    # The Gdańsk ministers' meeting (Thursday 9 October 2025) is told by Reuters, AFP and dpa: one entry.
    meeting = [e for e in events if e["date"] == "2025-10-09"]
    assert len(meeting) == 1, dated
    assert {"Reuters", "AFP", "dpa"} <= set(meeting[0]["sources"])
    # The Izmir earthquake (Tuesday 7 October 2025), from AP and Anadolu: one entry.
    quake = [e for e in events if e["date"] == "2025-10-07"]
    assert len(quake) == 1 and len(quake[0]["sources"]) == 2, dated
    assert events == sorted(events, key=lambda e: (e["date"], e["id"]))
    updates = pipeline.final_updates()
    validator = Draft202012Validator(load_schema("timeline-update"))
    for key, value in updates.items():
        validator.validate(value)
        assert value["id"] == key
    live = {e["id"] for e in events}
    assert live <= set(updates)


def test_seed_articles_give_each_shared_event_once_with_both_agencies(pipeline, seeds_dir):
    articles = [
        seed_article(seeds_dir / "afp-via-spacewar.txt", "SpaceWar.com", "https://www.spacewar.com/afp-nato"),
        seed_article(seeds_dir / "rt-via-libertarianhub.txt", "Libertarian Hub",
                     "https://libertarianhub.com/rt-nato"),
    ]
    pipeline.publish_articles(articles)
    pipeline.wait()
    events = [e for e in pipeline.worker.timeline() if e["date"].startswith("2022")]
    by_date: dict[str, list[dict]] = {}
    for e in events:
        by_date.setdefault(e["date"], []).append(e)
    visit = [e for e in by_date.get("2022-03-15", []) if "Kyiv" in e["places"]]
    assert len(visit) == 1, by_date.get("2022-03-15")
    assert set(visit[0]["sources"]) == {"AFP", "RT"}
    meeting = [e for e in by_date.get("2022-03-16", []) if "Brussels" in e["places"]]
    assert len(meeting) == 1, by_date.get("2022-03-16")
    assert set(meeting[0]["sources"]) == {"AFP", "RT"}
    assert all(e["date"] in {"2022-03-15", "2022-03-16", "2022-02"} for e in events), sorted(by_date)


def test_every_bad_message_ends_in_the_dlq_with_its_reason_and_the_rest_is_processed(pipeline):
    body = "The mayors of Porto and Vigo met in Braga on Tuesday to sign a river agreement, officials said."
    good = {"source": "River Post", "published_at": "2019-06-05", "body": body}
    rejected = {  # key -> the error class its DLQ record must carry
        "dlq-not-json": (b"this is not json", "not_json"),
        "dlq-truncated": (b'{"id": "dlq-truncated", "source": "x", "bo', "not_json"),
        "dlq-list": (b"[1, 2, 3]", "not_object"),
        "dlq-null": (b"null", "not_object"),
        "dlq-empty": (b"", "empty"),
        "dlq-bad-utf8": (b'{"id": "x", "source": "y", "body": "' + bytes([0xFF, 0xFE]) + b'"}', "invalid_utf8"),
        "dlq-no-body": (orjson.dumps({"id": "dlq-no-body", "source": "x"}), "missing_field"),
        "dlq-empty-body": (orjson.dumps({**good, "id": "dlq-empty-body", "body": "  "}), "invalid_field"),
        "dlq-wrong-type": (orjson.dumps({**good, "id": "dlq-wrong-type", "title": 42}), "invalid_field"),
        "dlq-too-large": (orjson.dumps({**good, "id": "dlq-too-large", "body": body * 6_000}), "too_large"),
        "dlq-german": (orjson.dumps({**good, "id": "dlq-german", "language": "de"}), "unsupported_language"),
    }
    processed = [  # processed with a recorded fallback
        {**good, "id": "ok-no-date", "published_at": None},
        {**good, "id": "ok-future-date", "published_at": "2091-01-01"},
        {**good, "id": "ok-html", "body": f"<html><body><nav>Home</nav><article><p>{body}</p></article></body></html>"},
    ]
    before = pipeline.worker.stats()
    sent_at = time.time()
    pipeline.publish([(key, value) for key, (value, _code) in rejected.items()])
    pipeline.publish_articles(processed)
    stats = pipeline.wait()
    assert stats["articles_rejected"] - before["articles_rejected"] == len(rejected)
    assert stats["articles_processed"] - before["articles_processed"] == len(processed)
    # The worker's time in the core is counted for rejected articles as for processed ones.
    assert stats["extract_seconds"] > before["extract_seconds"]
    assert stats["assemble_seconds"] > before["assemble_seconds"]
    assert sent_at < stats["last_done_at"] <= time.time()  # where the benchmark's runs end
    validator = Draft202012Validator(load_schema("dlq-record"))
    records = [v for _k, v, _m in pipeline.read(pipeline.settings.topic_dlq)]
    for record in records:
        validator.validate(record)
        assert record["reason"] and record["topic"] == pipeline.settings.topic_articles
    by_raw = {}
    for record in records:
        raw = record["raw"]
        by_raw[base64.b64decode(raw) if record["raw_encoding"] == "base64" else (raw or "").encode()] = record
    for key, (value, code) in rejected.items():
        assert value in by_raw, key
        assert by_raw[value]["error"] == code, (key, by_raw[value]["reason"])
    updates = pipeline.final_updates().values()
    dated = {a: u["date"] for u in updates for a in u.get("articles", [])}
    assert dated.get("ok-html") == "2019-06-04"  # HTML reduced to its text, Tuesday before 5 June 2019
    assert {"ok-no-date", "ok-future-date"} <= set(dated)  # dated from the message time, flagged as inferred
    bases = {m["article_id"]: m["published_basis"] for u in updates for m in u.get("mentions", [])}
    assert bases["ok-no-date"] == bases["ok-future-date"] == "message_timestamp"


def test_web_view_serves_the_table_pages_and_one_event(pipeline):
    base = pipeline.worker.base_url
    tables = orjson.loads(urllib.request.urlopen(base + "/table/").read())
    assert any(t["name"].startswith("timeline-v") for t in tables)
    events = pipeline.worker.timeline()
    if not events:
        pipeline.publish([(m.key, m.value) for m in read_articles([EXAMPLES])])
        pipeline.wait()
        events = pipeline.worker.timeline()
    one = orjson.loads(urllib.request.urlopen(f"{base}/timeline/{events[0]['id']}/").read())
    assert one["id"] == events[0]["id"]
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{base}/timeline/ev-does-not-exist/")
    assert info.value.code == 404
    scoped = pipeline.worker.timeline(urllib.parse.urlencode({"source": events[0]["sources"][0]}))
    assert scoped and all(events[0]["sources"][0] in e["sources"] + e.get("outlets", []) for e in scoped)
