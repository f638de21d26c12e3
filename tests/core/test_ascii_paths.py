"""The ASCII fast paths (taken where every letter and digit of a text is ASCII) read a text exactly as the Unicode
patterns they stand in for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.core.article import _ENGLISH_WORDS, looks_english
from streams.core.syndication import _words
from streams.core.timex_tokens import TOKEN, tokens_of_lowered
from streams.core.tokens import ascii_words

# Marks and spaces of real news around plain words, and a few letters and numbers that are not ASCII.
PIECES = st.sampled_from([
    "the", "Talks", "on", "16", "March", "2022", "U.S.", "_", "-", "'", "’", "‘", "“", "”", "—", "–", "…",
    "\u00a0", "\u2009", "\t", "\n", " ", ".", ",", "é", "Gdańsk", "İ", "ß", "²", "½", "٣", "K", "ﬁ", "€", "°",
    "x\u0301",
])
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=30).map("".join))


def test_ascii_words_looks_at_letters_and_digits_only() -> None:
    assert ascii_words("He said: “We’ll meet on Tuesday” — 24/7 coverage…")
    assert not ascii_words("Talks in Gdańsk")
    assert not ascii_words("up 5½ points") and not ascii_words("x²")
    assert ascii_words("")


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_tagger_tokens_are_the_unicode_tokens(text: str) -> None:
    lowered = text.lower()
    fast = [(m.span(), m.lastindex) for m in tokens_of_lowered(lowered)]
    assert fast == [(m.span(), m.lastindex) for m in TOKEN.finditer(lowered)]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_sketched_words_are_the_unicode_words(text: str) -> None:
    assert _words(text) == [word.encode() for word in re.findall(r"[^\W_]+", text.casefold())]


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_looks_english_counts_the_unicode_words(text: str) -> None:
    prose = (text + " the said of ") * 8
    words = re.findall(r"[^\W\d_]+", prose[:2000].lower())
    expected = len(words) < 40 or sum(w in _ENGLISH_WORDS for w in words) / len(words) >= 0.08
    assert looks_english(prose) == expected
