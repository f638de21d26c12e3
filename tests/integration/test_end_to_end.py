"""Articles in through the ingest topic, timeline out of timeline-updates, the DLQ and the web view."""

from __future__ import annotations

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


def test_bad_messages_go_to_the_dlq_and_the_worker_keeps_going(pipeline):
    bad = [
        ("bad-json", b"{not json"),
        (None, b""),
        ("bad-utf8", b"\xff\xfe\x00"),
        ("no-body", orjson.dumps({"id": "no-body", "source": "x"})),
        ("list", b"[1, 2, 3]"),
    ]
    pipeline.publish(bad)
    good = {"id": "after-bad", "source": "Gazette", "published_at": "2019-06-05",
            "body": "The mayor of Lisbon opened the new bridge on Tuesday, officials said."}
    pipeline.publish_articles([good])
    stats = pipeline.wait()
    assert stats["articles_rejected"] >= len(bad)
    dlq = [v for _k, v, _m in pipeline.read(pipeline.settings.topic_dlq)]
    validator = Draft202012Validator(load_schema("dlq-record"))
    for record in dlq:
        validator.validate(record)
        assert record["reason"]
    codes = {r["raw"]: r["error"] for r in dlq if r["raw_encoding"] == "utf-8"}
    assert codes.get("{not json") == "not_json"
    assert any(r["raw_encoding"] == "base64" and r["error"] == "invalid_utf8" for r in dlq)
    assert any(r["article_id"] == "no-body" and r["error"] == "missing_field" for r in dlq)
    assert any(r["raw_encoding"] == "none" or r["raw"] == "" for r in dlq)


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
