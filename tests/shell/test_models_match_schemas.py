"""The Faust records and the JSON Schemas in schemas/ describe the same wire formats."""

import orjson
from jsonschema import Draft202012Validator

from streams.core.types import EventMention, Provenance, SourcedMention, Timex
from streams.dlq import dlq_record
from streams.models import ArticleRecord, DlqRecord, MentionRecord
from streams.schema_files import load_schema


def sample_mention() -> SourcedMention:
    timex = Timex(10, 17, "Tuesday", "DATE", "2022-03-15", "day", None, "Tuesday before the publication date")
    mention = EventMention("He visited Kyiv on Tuesday.", 0, "visit to Kyiv", "visit", "visited", ("Someone",),
                           ("Kyiv",), timex, "2022-03-15", "day", kinds=("visit",))
    provenance = Provenance("a1", "SpaceWar.com", "AFP", "2022-03-16", "field", "https://x", "T", (1, 2, 3))
    return SourcedMention("m-1", mention, provenance, 1647400000.0)


def record_fields(model) -> set[str]:
    return set(model._options.fields)


def test_mention_record_round_trips_and_validates():
    record = MentionRecord.from_core(sample_mention(), "2022-03", 1646092800.0)
    wire = orjson.loads(record.dumps())
    assert "__faust" not in wire
    Draft202012Validator(load_schema("event-mention")).validate(wire)
    back = MentionRecord.loads(orjson.dumps(wire))
    assert back.to_core() == sample_mention()


def test_record_fields_equal_schema_properties():
    for model, name in [(MentionRecord, "event-mention"), (DlqRecord, "dlq-record"), (ArticleRecord, "article")]:
        assert record_fields(model) == set(load_schema(name)["properties"]), name


def test_dlq_record_validates():
    record = dlq_record("not_json", "not JSON: ...", b"\xff", topic="articles", partition=0, offset=3, timestamp=2.0)
    Draft202012Validator(load_schema("dlq-record")).validate(record)
    wire = orjson.loads(DlqRecord(**record).dumps())
    assert "__faust" not in wire
    Draft202012Validator(load_schema("dlq-record")).validate(wire)


def test_schema_rejects_a_wrong_mention():
    wire = orjson.loads(MentionRecord.from_core(sample_mention(), "2022-03", 0.0).dumps())
    wire["granularity"] = "fortnight"
    assert list(Draft202012Validator(load_schema("event-mention")).iter_errors(wire))
