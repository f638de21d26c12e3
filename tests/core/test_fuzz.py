"""Arbitrary input never raises out of the pure core: only InvalidArticle, with a reason, for bad articles."""

from __future__ import annotations

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.core.article import parse_article
from streams.core.fold import fold_articles
from streams.core.pipeline import process_article
from streams.errors import InvalidArticle

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=20,
)
news_words = st.sampled_from(
    "on Tuesday Wednesday in late February March 3 2022 said met visited Kyiv Kiev Brussels NATO the of "
    "minister President Smith attacked yesterday last week may May 24/7 Today . , ( ) \n\n".split(" ")
)
bodies = st.one_of(st.text(min_size=1, max_size=400), st.lists(news_words, min_size=1, max_size=120).map(" ".join))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), json_values.map(orjson.dumps)))
def test_any_message_is_an_article_or_a_reason(raw):
    try:
        parse_article(raw)
    except InvalidArticle as exc:
        assert exc.reason and exc.code


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=bodies, title=st.none() | st.text(max_size=40),
       published=st.none() | st.dates().map(lambda d: d.isoformat()) | st.text(max_size=12))
def test_extract_never_raises(body, title, published):
    article = {"id": "x", "source": "Fuzz Daily", "body": body, "title": title, "published_at": published,
               "language": "en"}
    try:
        result = process_article(article, 1_650_000_000.0)
    except InvalidArticle as exc:
        assert exc.reason
        return
    for item in result.mentions:
        m = item.mention
        assert 0 <= m.timex.start < m.timex.end
        assert m.granularity in {"day", "week", "month", "year"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(bodies, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_assemble_never_raises_and_is_order_independent(texts, rnd):
    articles = [{"id": f"a{i}", "source": f"Outlet {i % 3}", "published_at": "2022-03-16", "body": t,
                 "language": "en"} for i, t in enumerate(texts)]
    events, _ = fold_articles(articles)
    shuffled = articles[:]
    rnd.shuffle(shuffled)
    again, _ = fold_articles(shuffled + articles[:1])

    def shape(evs):
        return sorted((e["id"], e["date"], tuple(e["articles"])) for e in evs)

    assert shape(events) == shape(again)
