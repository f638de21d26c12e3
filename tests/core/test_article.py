"""Ingest validation: every bad message gets a reason a person can act on, good ones keep their extra fields."""

import orjson
import pytest

from streams.core.article import Article, looks_english, parse_article
from streams.errors import InvalidArticle

GOOD = {"id": "a1", "source": "Example Times", "url": "https://example.org/a1", "title": "T",
        "published_at": "2024-05-02", "body": "The council met on Monday and agreed on the budget."}


def raw(value) -> bytes:
    return orjson.dumps(value)


def test_good_article_keeps_unknown_fields():
    article = parse_article(raw({**GOOD, "section": "world", "tags": ["a"]}))
    assert isinstance(article, Article)
    assert article.id == "a1" and article.published_at == "2024-05-02"
    assert article.extra == {"section": "world", "tags": ["a"]}
    assert article.asdict()["section"] == "world"


@pytest.mark.parametrize(
    "message, code, words",
    [
        (b"", "empty", "empty"),
        (b"   ", "empty", "empty"),
        (None, "empty", "null"),
        (b"not json at all", "not_json", "not JSON"),
        (b'{"id": "a1", "source": "x", "body": "trunc', "not_json", "truncated"),
        (b"null", "not_object", "null"),
        (b"[1, 2]", "not_object", "list"),
        (b'"a string"', "not_object", "str"),
        (b"\xff\xfe{}", "invalid_utf8", "UTF-8"),
        (raw({"id": "a1", "source": "x"}), "missing_field", "body"),
        (raw({"source": "x", "body": "text"}), "missing_field", "id"),
        (raw({**GOOD, "body": ""}), "invalid_field", "empty"),
        (raw({**GOOD, "body": "   \n "}), "invalid_field", "empty"),
        (raw({**GOOD, "body": 42}), "invalid_field", "body"),
        (raw({**GOOD, "title": ["x"]}), "invalid_field", "title"),
        (raw({**GOOD, "id": 7}), "invalid_field", "id"),
        (raw({**GOOD, "language": "fr"}), "unsupported_language", "fr"),
    ],
)
def test_bad_messages_are_rejected_with_a_reason(message, code, words):
    with pytest.raises(InvalidArticle) as info:
        parse_article(message)
    assert info.value.code == code
    assert words.lower() in info.value.reason.lower()


def test_reason_names_the_article_when_it_can():
    with pytest.raises(InvalidArticle) as info:
        parse_article(raw({**GOOD, "body": 42}))
    assert info.value.article_id == "a1"


def test_body_over_the_limit():
    with pytest.raises(InvalidArticle) as info:
        parse_article(raw({**GOOD, "body": "word " * 1000}), max_body_bytes=1000)
    assert info.value.code == "too_large" and "1000" in info.value.reason


def test_english_variants_pass_and_unlabelled_foreign_text_is_rejected():
    assert parse_article(raw({**GOOD, "language": "en-GB"})).language == "en-GB"
    german = " ".join(["Die Regierung hat am Mittwoch erklärt, dass keine Soldaten geschickt werden."] * 8)
    assert not looks_english(german)
    with pytest.raises(InvalidArticle) as info:
        parse_article(raw({**GOOD, "body": german}))
    assert info.value.code == "unsupported_language"
    assert looks_english(GOOD["body"] * 8)
