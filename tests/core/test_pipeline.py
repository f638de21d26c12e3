"""One article through the core: the publication date's fallbacks are taken and recorded, HTML is reduced."""

from datetime import date, datetime, timezone

import pytest

from streams.core.pipeline import mention_id, process_article, publication_date
from streams.core.article import Article
from streams.errors import InvalidArticle

BODY = ("The foreign ministers of Chile and Peru met in Lima on Tuesday to sign a border agreement, "
        "officials said. The talks had lasted for three years.")


def ts(day: str) -> float:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc).timestamp()


def test_published_at_is_the_anchor():
    result = process_article({"id": "p1", "source": "Andes Post", "published_at": "2023-06-08T09:00:00-05:00",
                              "body": BODY}, ts("2023-06-08T15:00:00"))
    assert (result.published_at, result.published_basis, result.fallback) == (date(2023, 6, 8), "field", "")
    assert [m.mention.date for m in result.mentions] == ["2023-06-06"]


def test_rss_style_date_is_understood():
    article = Article("p", "x", BODY, published_at="Thu, 08 Jun 2023 14:00:00 GMT")
    assert publication_date(article, None, None)[:2] == (date(2023, 6, 8), "field")


def test_dateline_when_there_is_no_published_at():
    body = "LIMA, June 8, 2023 (Reuters) - " + BODY
    result = process_article({"id": "p2", "source": "Andes Post", "body": body}, ts("2023-06-20T00:00:00"))
    assert result.published_basis == "dateline" and result.published_at == date(2023, 6, 8)
    assert "no published_at" in result.fallback


def test_message_timestamp_is_the_last_resort_and_is_flagged():
    result = process_article({"id": "p3", "source": "Andes Post", "body": BODY}, ts("2023-06-08T10:00:00"))
    assert result.published_basis == "message_timestamp" and result.published_at == date(2023, 6, 8)
    assert "inferred" in result.fallback
    assert all(m.provenance.published_basis == "message_timestamp" for m in result.mentions)


def test_a_future_publication_date_is_not_trusted():
    result = process_article({"id": "p4", "source": "Andes Post", "published_at": "2031-01-01", "body": BODY},
                             ts("2023-06-08T10:00:00"))
    assert result.published_basis == "message_timestamp" and "future" in result.fallback


def test_no_date_at_all_is_an_error_with_a_reason():
    with pytest.raises(InvalidArticle) as info:
        process_article({"id": "p5", "source": "Andes Post", "body": BODY}, None)
    assert info.value.code == "no_date" and "published_at" in info.value.reason


def test_html_bodies_are_reduced_to_their_text():
    html = (f"<html><head><title>x</title><script>var a = 'on Monday';</script></head><body><nav>Home | World"
            f"</nav><article><p>{BODY}</p></article><footer>Copyright 2023 Andes Post</footer></body></html>")
    result = process_article({"id": "p6", "source": "Andes Post", "published_at": "2023-06-08", "body": html})
    assert result.text.was_html
    assert "<p>" not in result.text.text and "var a" not in result.text.text
    assert [m.mention.date for m in result.mentions] == ["2023-06-06"]


def test_mention_ids_are_deterministic():
    article = {"id": "p7", "source": "Andes Post", "published_at": "2023-06-08", "body": BODY}
    first = [m.mention_id for m in process_article(article).mentions]
    assert first == [m.mention_id for m in process_article(article).mentions]
    assert mention_id("a", 1, 2) != mention_id("a", 2, 1)
