"""Properties of the temporal tagger on arbitrary text: it never raises, and its spans are sound."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.core.timex import resolve, tag

TYPES = {"DATE", "TIME", "DURATION", "SET"}
GRANULARITIES = {"day", "week", "month", "quarter", "season", "year", "decade", "century", "time", "none"}

# Words the rules react to, so that generated text often holds (broken) temporal expressions.
WORDS = st.sampled_from([
    "on", "Tuesday", "Wednesday", "May", "may", "March", "late", "early", "mid-", "February", "last", "next", "this",
    "week", "year", "years", "ago", "later", "earlier", "the", "past", "three", "seven-year", "a", "day", "today",
    "Russia", "Today", "24/7", "16", "2022", "1990s", "'90s", "Q3", "quarter", "third", "about", "more", "than",
    "every", "Monday", "weekly", "p.m.", "10:35", "noon", "night", "3/16/2022", "2022-03-16", ",", ".", "\n", " ",
    "’", "—", "é", "Good", "Friday", "Agreement", "half", "an", "hour", "century", "20th", "summer", "of",
])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.lists(WORDS, max_size=40).map("".join),
)
DAYS = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(TEXT, DAYS)
def test_tag_never_raises_and_spans_are_sound(text: str, published: date) -> None:
    found = tag(text, published)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.text == text[timex.start:timex.end]
        assert timex.start >= previous_end  # sorted, no overlaps
        previous_end = timex.end
        assert timex.type in TYPES
        assert timex.granularity in GRANULARITIES
        assert timex.value and not timex.value.startswith("UNDEF")
        assert timex.resolution


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), DAYS)
def test_resolve_never_raises(value: str, published: date) -> None:
    assert isinstance(resolve(value, published), str)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([
    "UNDEF-weekday-{n}", "UNDEF-year-{m}", "UNDEF-last-{m}", "UNDEF-next-{m}", "UNDEF-this-week-MINUS-{n}",
    "UNDEF-this-month-PLUS-{n}", "UNDEF-ref-day-PLUS-{n}", "UNDEF-year-{m}-29", "UNDEF-year-nth-{m}-5-{n}",
    "UNDEF-this-decade-MINUS-{n}", "UNDEF-cent-{n}X", "UNDEF-this-year-MINUS-{n}-Q{n}",
]), st.integers(0, 12), DAYS)
def test_placeholders_resolve_at_the_ends_of_the_calendar(template: str, n: int, published: date) -> None:
    value = template.format(n=n, m=f"{max(n, 1):02d}")
    out = resolve(value, published)
    assert isinstance(out, str) and not out.startswith("UNDEF")


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_first_word_dispatch_finds_what_trying_every_rule_everywhere_finds(text: str) -> None:
    from dataclasses import replace

    from streams.core.timex import _candidates
    from streams.core.timex_rulebook import rulebook

    book = rulebook()
    brute = replace(book, dispatch={}, anywhere=book.rules)
    fast, fast_vetoes = _candidates(text, book)
    slow, slow_vetoes = _candidates(text, brute)
    assert sorted((c.start, c.end, c.rule.name) for c in fast) == sorted((c.start, c.end, c.rule.name) for c in slow)
    assert sorted(fast_vetoes) == sorted(slow_vetoes)


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25)


@settings(max_examples=300, deadline=None)
@given(SPANS, SPANS)
def test_overlap_resolution_matches_the_plain_quadratic_one(spans: list, vetoes: list) -> None:
    from streams.core.timex import _Found, _select
    from streams.core.timex_rulebook import rulebook

    book = rulebook()
    rule = next(r for r in book.rules if r.type == "DATE" and "{" not in r.value)  # a value that needs no words
    match = re.match("", "")
    candidates = [_Found(s, s + n, rule, match, n) for s, n in spans]
    veto_spans = [(s, s + n) for s, n in vetoes]
    expected: list = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, -c.reach, c.rule.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in veto_spans):
            continue
        if any(c.start < o.end and o.start < c.end for o in expected):
            continue
        expected.append(c)
    got = _select(candidates, veto_spans, book)
    assert [(c.start, c.end) for c in got] == sorted((c.start, c.end) for c in expected)
