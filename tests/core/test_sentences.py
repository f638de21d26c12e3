"""Sentence splitting: abbreviations, initials, quotes, headlines, paragraphs, wrapped text."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.core.sentences import split


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Okafor met Gen. Lindqvist in town. They talked.",
         ["Mr. Okafor met Gen. Lindqvist in town.", "They talked."]),
        ("The deadline is Jan. 5 this year. Nobody expects it to hold.",
         ["The deadline is Jan. 5 this year.", "Nobody expects it to hold."]),
        ("Ships reached the U.S. coast overnight. Crews rested.",
         ["Ships reached the U.S. coast overnight.", "Crews rested."]),
        ("The envoy flew back to the U.S. The talks resume later.",
         ["The envoy flew back to the U.S.", "The talks resume later."]),
        ("A letter signed by Maria T. Osei arrived. It was short.",
         ["A letter signed by Maria T. Osei arrived.", "It was short."]),
        ("They kept Plan B. The first plan failed.", ["They kept Plan B.", "The first plan failed."]),
        ("Acme Holdings Inc. reported losses. Shares fell.", ["Acme Holdings Inc. reported losses.", "Shares fell."]),
        ('She said: "We are done here." Then she left.', ['She said: "We are done here."', "Then she left."]),
        ("“Why now?” the mayor asked. Nobody answered.", ["“Why now?” the mayor asked.", "Nobody answered."]),
        ("Is it over? Not yet! Wait and see...", ["Is it over?", "Not yet!", "Wait and see..."]),
        ("Rates rose 2.5 percent in May. Markets shrugged.", ["Rates rose 2.5 percent in May.", "Markets shrugged."]),
        ("The goal is 1.5C. Scientists doubt it.", ["The goal is 1.5C.", "Scientists doubt it."]),
        ("Profit reached $2.5bn. Analysts cheered.", ["Profit reached $2.5bn.", "Analysts cheered."]),
        # "a.m." ends a sentence unless its day, month, zone or noun goes on
        ("The minister will cut a ribbon at 10 a.m. Other airlines resume later.",
         ["The minister will cut a ribbon at 10 a.m.", "Other airlines resume later."]),
        ("The plane lands at 7:40 a.m. Thursday and leaves at 9 a.m. GMT on Friday.",
         ["The plane lands at 7:40 a.m. Thursday and leaves at 9 a.m. GMT on Friday."]),
        ("It lifted off at 4:41 a.m. Costa Rica time. The team cheered.",
         ["It lifted off at 4:41 a.m. Costa Rica time.", "The team cheered."]),
        ("They host a 2 p.m. Heritage Day matinee. Children get in free.",
         ["They host a 2 p.m. Heritage Day matinee.", "Children get in free."]),
        ("A jet slid off a runway at Minneapolis-St. Paul airport. Nobody was hurt.",
         ["A jet slid off a runway at Minneapolis-St. Paul airport.", "Nobody was hurt."]),
    ],
)
def test_sentence_rules(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_blank_line_always_ends_a_sentence() -> None:
    text = "A headline with no full stop\n\nThe body starts here. It goes on"
    assert texts(text) == ["A headline with no full stop", "The body starts here.", "It goes on"]


def test_one_line_paragraphs_end_at_the_line_break() -> None:
    text = "Ministers meet in the capital\nThe meeting starts at noon.\nA second paragraph follows."
    assert texts(text) == ["Ministers meet in the capital", "The meeting starts at noon.",
                           "A second paragraph follows."]


def test_hard_wrapped_paragraph_runs_across_lines() -> None:
    text = "The council met for hours and\nagreed on a budget, which the mayor\nSigned later. A vote follows."
    assert texts(text) == ["The council met for hours and\nagreed on a budget, which the mayor\nSigned later.",
                           "A vote follows."]


def test_spans_are_offsets_without_surrounding_space() -> None:
    text = "  First one.   Second one.\n\n\n  Third one.  "
    spans = split(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one.", "Third one."]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert split("") == [] and split("   \n\n ") == []


def test_abbreviations_inside_a_long_paragraph() -> None:
    text = ("The minister, Dr. Amara Quist, said on Monday that talks in the U.S. would resume. " * 40)
    spans = split(text)
    assert len(spans) == 40
    assert all(text[s:e].startswith("The minister, Dr. Amara Quist") for s, e in spans)


def test_endless_runs_are_cut_into_bounded_pieces() -> None:
    from streams.core.sentences import MAX_SENTENCE

    text = "word, " * 2000
    spans = split(text)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\tab.c\u00a0\u2003x", max_size=14), st.data())
def test_the_word_before_a_stop_is_read_backwards_as_the_pattern_reads_it(text, data) -> None:
    from streams.core.sentences import _WORD_BEFORE, _word_before

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = _WORD_BEFORE.search(text, start, end)
    assert _word_before(text, start, end) == (found.group(1) if found else "")
