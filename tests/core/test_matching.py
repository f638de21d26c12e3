"""Pair matching of event mentions: names, dates, kinds, the never-merge rules, and the score's parts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mention_factory import make_mention  # noqa: E402

from streams.core.match_vocab import KIND_FAMILIES, load_kind_families  # noqa: E402
from streams.core.matching import (  # noqa: E402
    LINK_THRESHOLD,
    block_reason,
    dates_compatible,
    kind_relation,
    link_score,
    pair_link,
    score_pair,
    text_similarity,
)
from streams.core.mention_record import lead_actors, mention_record  # noqa: E402
from streams.core.name_match import fold, name_overlap, names_match, names_shared  # noqa: E402


def rec(*args, **kwargs) -> dict:
    return mention_record(make_mention(*args, **kwargs))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Kowalczyk", "Marta Kowalczyk", True),
        ("M. Kowalczyk", "Marta Kowalczyk", True),
        ("Gdańsk", "Gdansk", True),
        ("Łódź", "Lodz", True),
        ("Oleksandr Tkachenko", "Oleksandr Tkachenkо".replace("о", "o"), True),
        ("Zelensky", "Zelenskyy", True),
        ("Anna Kowalczyk", "Marta Kowalczyk", False),
        ("Austria", "Australia", False),
        ("Slovakia", "Slovenia", False),
        ("Iran", "Iraq", False),
    ],
)
def test_names_match_folds_accents_and_fits_surnames(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same
    assert names_match(b, a) is same


_NAMES = ["Kowalczyk", "Marta Kowalczyk", "M. Kowalczyk", "Anna Kowalczyk", "Gdańsk", "Gdansk", "Zelensky",
          "Zelenskyy", "Austria", "Australia", "Iran", "Iraq", "Olaf Scholz", "Scholz", "European Union", "EU"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), max_size=4), st.lists(st.sampled_from(_NAMES), max_size=4))
def test_names_shared_is_whether_any_name_overlaps(a: list[str], b: list[str]) -> None:
    assert names_shared(a, b) is any(name_overlap(a, b))
    assert names_shared(b, a) is names_shared(a, b)


def test_fold_is_plain_ascii() -> None:
    assert fold("Wałęsa, Lech") == "walesa lech"


def _dated(date: str, mod: str | None = None) -> dict:
    return rec(f"x{date}{mod}#1", "Something happened.", date, "other", "happened", mod=mod)


def test_dates_day_fits_its_month_and_month_refines() -> None:
    assert dates_compatible(_dated("2023-03-14"), _dated("2023-03-14")) == 1.0
    assert 0 < dates_compatible(_dated("2023-03"), _dated("2023-03-14")) < 1.0
    assert dates_compatible(_dated("2023-03-14"), _dated("2023-03-15")) == 0.0
    assert dates_compatible(_dated("2023-03"), _dated("2023-04-02")) == 0.0


def test_dates_a_week_holds_its_seven_days_and_overlaps_its_months() -> None:
    week = rec("w#1", "Something happened last week.", "2023-02-27", "other", "happened", granularity="week")
    assert dates_compatible(week, week) == 1.0
    assert 0 < dates_compatible(week, _dated("2023-03-05")) < 1.0  # the Sunday
    assert dates_compatible(_dated("2023-03-06"), week) == 0.0  # the next Monday
    assert dates_compatible(week, _dated("2023-02-26")) == 0.0
    assert dates_compatible(week, _dated("2023-03")) > 0 and dates_compatible(week, _dated("2023-02")) > 0
    assert dates_compatible(week, _dated("2023-04")) == 0.0
    other = rec("w2#1", "Something happened.", "2023-03-06", "other", "happened", granularity="week")
    assert dates_compatible(week, other) == 0.0


def test_dates_early_late_month_bounds_the_day() -> None:
    late = _dated("2023-02", "END")
    assert dates_compatible(late, _dated("2023-02-25")) > 0
    assert dates_compatible(late, _dated("2023-02-03")) == 0.0
    assert dates_compatible(late, _dated("2023-02", "START")) == 0.0
    assert dates_compatible(late, _dated("2023-02")) > 0


def _kinds(kind: str, kinds: tuple[str, ...] = ()) -> dict:
    return rec(f"k-{kind}-{'-'.join(kinds)}#1", "Something happened.", "2023-03-14", kind, "x", kinds=kinds)


def test_kind_relations() -> None:
    assert kind_relation(_kinds("attack"), _kinds("attack")) == "same"
    assert kind_relation(_kinds("proposal", ("proposal", "visit")), _kinds("visit")) == "shared"
    assert kind_relation(_kinds("attack"), _kinds("shelling")) == "family"
    assert kind_relation(_kinds("refusal"), _kinds("meeting")) == "at"
    assert kind_relation(_kinds("attack"), _kinds("meeting")) == "different"
    assert kind_relation(_kinds("other"), _kinds("meeting")) == "unknown"


def test_kind_families_file_is_consistent(tmp_path: Path) -> None:
    assert {"occasion", "act", "incident"} == set(KIND_FAMILIES.role_of.values())
    bad = tmp_path / "kinds.txt"
    bad.write_text("# FORMAT: test\na\tact\tsay\nb\tact\tsay\n", encoding="utf-8")
    with pytest.raises(ValueError, match="two families"):
        load_kind_families(bad)


MEETING = ("Defence ministers of the alliance met in Brussels on Wednesday to weigh a new air-defence fund.",
           "2023-05-17", "meeting", "met", ("NATO",), ("Brussels",))
STATEMENT_BERLIN = ("A government spokesman in Berlin said on Wednesday that no troops would be sent.",
                    "2023-05-17", "statement", "said", ("Klaus Richter", "Germany"), ("Berlin",))


def test_meeting_in_one_city_and_statement_in_another_never_link() -> None:
    meeting = rec("a#1", *MEETING, cities=("Brussels",), timex_text="on Wednesday")
    statement = rec("b#1", *STATEMENT_BERLIN, cities=("Berlin",), timex_text="on Wednesday")
    assert block_reason(meeting, statement)
    assert link_score(meeting, statement) is None


def test_two_attacks_in_two_cities_on_one_day_never_link() -> None:
    a = rec("a#1", "Drones struck the port of Odesa on Tuesday, killing two.", "2023-03-14", "attack", "struck",
            (), ("Odesa",), cities=("Odesa",))
    b = rec("b#1", "Drones struck a depot in Kharkiv on Tuesday, killing two.", "2023-03-14", "attack", "struck",
            (), ("Kharkiv",), cities=("Kharkiv",))
    assert "different places" in block_reason(a, b)
    assert score_pair(a, b).parts["text"] > 0.5  # alike in words, still apart


def test_statements_by_different_speakers_never_link() -> None:
    a = rec("a#1", "Alliance members refused on Wednesday to back the plan for a monitoring force.", "2023-05-17",
            "refusal", "refused", ("NATO",), surfaces={"NATO": "Alliance"})
    b = rec("b#1", "Sending any troops would cross a line, Klaus Richter, a German spokesman, told reporters on "
            "Wednesday about the NATO plan.", "2023-05-17", "statement", "told", ("Klaus Richter", "Germany", "NATO"),
            surfaces={"Germany": "German"})
    assert b["lead"] == ["Klaus Richter", "Germany"]
    assert "different actors" in block_reason(a, b)


def test_a_refusal_joins_a_meeting_only_with_strong_actor_and_place_overlap() -> None:
    meeting = rec("a#1", *MEETING, cities=("Brussels",), timex_text="on Wednesday")
    at_meeting = rec("b#1", "In Brussels, NATO ministers refused on Wednesday to fund the plan.", "2023-05-17",
                     "refusal", "refused", ("NATO",), ("Brussels",), cities=("Brussels",))
    elsewhere = rec("c#1", "Klaus Richter refused on Wednesday to comment on the NATO plan.", "2023-05-17",
                    "refusal", "refused", ("Klaus Richter", "NATO"))
    vague = rec("d#1", "A plan was rejected on Wednesday.", "2023-05-17", "refusal", "rejected")
    assert block_reason(meeting, at_meeting) is None
    assert link_score(meeting, at_meeting) is not None
    assert "is not at the meeting" in block_reason(meeting, elsewhere)
    # No evidence either way: not linked, but no veto that would keep apart events joined by other mentions.
    assert block_reason(meeting, vague) is None
    assert link_score(meeting, vague) is None


def test_same_event_told_two_ways_links_with_readable_parts() -> None:
    afp = rec("afp#1", "Poland's deputy premier Jan Nowak proposed a relief corridor during a visit to Kyiv on "
              "Tuesday.", "2023-03-14", "proposal", "proposed", ("Jan Nowak", "Poland"), ("Kyiv", "Ukraine"),
              cities=("Kyiv",), kinds=("proposal", "visit"))
    rt = rec("rt#1", "Warsaw's call on Tuesday for a relief corridor into Ukraine was made by Nowak.", "2023-03-14",
             "proposal", "call", ("Nowak", "Poland"), ("Ukraine",), source="RT", surfaces={"Poland": "Warsaw"})
    pair = score_pair(afp, rt)
    assert pair.blocked is None and pair.score >= LINK_THRESHOLD
    assert set(pair.parts) == {"date", "actors", "places", "kind", "text"}
    assert pair.parts["actors"] == 1.0
    assert "score" in pair.note() and "actors 1.00" in pair.note()


def test_score_is_symmetric() -> None:
    a = rec("a#1", *MEETING, cities=("Brussels",), timex_text="on Wednesday")
    b = rec("b#1", "NATO ministers gathered in Brussels on Wednesday.", "2023-05-17", "meeting", "gathered",
            ("NATO",), ("Brussels",), cities=("Brussels",))
    assert score_pair(a, b) == score_pair(b, a)
    assert link_score(a, b) == link_score(b, a)


def test_text_similarity_ignores_the_date_words() -> None:
    a = rec("a#1", "On Tuesday the council met.", "2023-03-14", "meeting", "met")
    b = rec("b#1", "On Tuesday a ferry sank.", "2023-03-14", "crash", "sank")
    c = rec("c#1", "The ferry sank on Tuesday.", "2023-03-14", "crash", "sank")
    assert text_similarity(a, b) < 0.3
    assert text_similarity(b, c) == 1.0


@pytest.mark.parametrize(
    ("sentence", "trigger", "actors", "lead"),
    [
        ("Poland's deputy premier, Jan Nowak, proposed a corridor on Tuesday.", "proposed",
         ("Poland", "Jan Nowak"), ["Poland", "Jan Nowak"]),
        ("\u201cWe are not ready,\u201d said Maria Lind, the Swedish minister, on Tuesday.", "said",
         ("Maria Lind",), ["Maria Lind"]),
        ("The plan was rejected by Hungary on Tuesday.", "rejected", ("Hungary",), ["Hungary"]),
        ("On Tuesday the ferry sank.", "sank", ("Hungary",), []),
    ],
)
def test_lead_actors_are_who_did_it(sentence: str, trigger: str, actors: tuple, lead: list) -> None:
    mention = make_mention("a#1", sentence, "2023-03-14", "statement", trigger, actors)
    assert lead_actors(mention.mention) == lead


def test_off_the_wire_mentions_find_their_lead_and_cities_from_the_name_lists() -> None:
    # The event-mentions topic carries no entity spans: demonyms and city kinds come from the gazetteer.
    said = make_mention("a#1", "Sending troops would cross a line, a German spokesman told reporters in Berlin on "
                        "Wednesday.", "2023-05-17", "statement", "told", ("Germany",), ("Berlin",),
                        with_entities=False)
    record = mention_record(said)
    assert record["lead"] == ["Germany"]
    assert record["sites"] == ["Berlin"]


@pytest.mark.parametrize(
    ("sentence", "kind", "sites"),
    [
        ("Ukraine and Poland signed a deal on Tuesday to move grain by rail to the port of Gdansk.", "agreement", []),
        ("The minister arrived in Kyiv on Monday with an offer to ship grain by rail to Gdańsk.", "proposal", ["Kyiv"]),
        ("A rally against the agreement was held in Kishinev on Thursday.", "protest", ["Chișinău"]),
        ("In central Chisinau, opposition supporters protested on Thursday.", "protest", ["Chișinău"]),
        ("The minister travelled to Kiev on Monday.", "visit", ["Kyiv"]),
        ("Missiles struck the eastern city of Kharkiv on Thursday.", "attack", ["Kharkiv"]),
        ("Moscow attacked its neighbour in late February.", "attack", []),
        ("Warsaw's call on Tuesday for a corridor was welcomed.", "proposal", []),
        ("Talks with Kyiv resumed on Tuesday.", "meeting", []),
    ],
)
def test_sites_are_the_cities_where_it_happened(sentence: str, kind: str, sites: list) -> None:
    assert rec("a#1", sentence, "2023-03-14", kind, "x")["sites"] == sites


def test_a_city_named_as_destination_does_not_keep_two_reports_apart() -> None:
    a = rec("a#1", "Ukraine and Poland signed a deal on Tuesday to move grain by rail to the port of Gdansk.",
            "2023-03-14", "agreement", "signed", ("Ukraine", "Poland"), ("Gdańsk",))
    b = rec("b#1", "Poland and Ukraine signed the rail agreement in Kiev on Tuesday.", "2023-03-14", "agreement",
            "signed", ("Poland", "Ukraine"), ("Kyiv",), source="TASS")
    assert block_reason(a, b) is None and link_score(a, b) is not None


def test_acts_in_two_cities_on_one_day_never_link() -> None:
    deal = rec("a#1", "The deal was signed in Bucharest on Thursday by the two premiers.", "2024-02-15",
               "agreement", "signed", (), ("Bucharest",))
    rally = rec("b#1", "A rally against the agreement was held in Kishinev on Thursday.", "2024-02-15",
                "agreement", "agreement", (), ("Chișinău",))
    assert "different places" in block_reason(deal, rally)


def _varied_records() -> list[dict]:
    """Records of one day and month that block, link and miss each other in every way the rules know."""
    return [
        rec("a#1", *MEETING, cities=("Brussels",), timex_text="on Wednesday"),
        rec("b#1", *STATEMENT_BERLIN, cities=("Berlin",), timex_text="on Wednesday"),
        rec("c#1", "NATO ministers gathered in Brussels on Wednesday.", "2023-05-17", "meeting", "gathered",
            ("NATO",), ("Brussels",), cities=("Brussels",)),
        rec("d#1", "In Brussels, NATO ministers refused on Wednesday to fund the plan.", "2023-05-17", "refusal",
            "refused", ("NATO",), ("Brussels",), cities=("Brussels",)),
        rec("e#1", "Klaus Richter refused on Wednesday to comment on the NATO plan.", "2023-05-17", "refusal",
            "refused", ("Klaus Richter", "NATO")),
        rec("f#1", "A plan was rejected on Wednesday.", "2023-05-17", "refusal", "rejected"),
        rec("g#1", "Drones struck a depot in Kharkiv on Wednesday, killing two.", "2023-05-17", "attack", "struck",
            (), ("Kharkiv",), cities=("Kharkiv",)),
        rec("h#1", "Ministers met in Brussels in mid-May.", "2023-05", "meeting", "met", ("NATO",), ("Brussels",),
            cities=("Brussels",), mod="MID", timex_text="in mid-May"),
        rec("i#1", "Ministers met in Brussels in early May.", "2023-05", "meeting", "met", ("NATO",),
            ("Brussels",), cities=("Brussels",), mod="START", timex_text="in early May"),
        rec("j#1", "The alliance met on Thursday.", "2023-05-18", "meeting", "met", ("NATO",)),
    ]


def test_pair_link_is_block_reason_and_link_score_at_once() -> None:
    records = _varied_records()
    outcomes = set()
    for a in records:
        for b in records:
            reason, score = pair_link(a, b)
            assert reason == block_reason(a, b)
            assert score == link_score(a, b)
            outcomes.add((reason is None, score is None))
    assert outcomes == {(True, True), (True, False), (False, True)}  # blocked, linked, and neither


def test_blocks_and_links_do_not_depend_on_which_mention_id_is_smaller() -> None:
    # Clustering stores one link per pair of distinct texts, whatever the ids of the mentions that carry them.
    records = _varied_records()
    for a in records:
        for b in records:
            swapped_a, swapped_b = {**a, "mention_id": "z#9"}, {**b, "mention_id": "a#0"}
            reason, score = pair_link(a, b)
            swapped_reason, swapped_score = pair_link(swapped_a, swapped_b)
            assert (reason is None, score) == (swapped_reason is None, swapped_score)
            assert score_pair(a, b).parts == score_pair(swapped_a, swapped_b).parts


def _unnamed(mention_id: str, context: tuple[str, ...]) -> dict:
    return rec(mention_id, "The two sides last met in 2021, when talks collapsed.", "2021", "meeting", "met",
               timex_text="2021", context=context)


def test_unnamed_mentions_of_articles_about_different_people_never_merge() -> None:
    a = _unnamed("a#1", ("Olaf Scholz", "Andrzej Duda"))
    b = _unnamed("b#1", ("Emmanuel Macron", "Giorgia Meloni"))
    assert "about others" in block_reason(a, b)
    assert link_score(a, b) is None
    # The same story from another wire (a name in common, a surname counting for its person) is not kept
    # apart, but only a copy of the same text links on its own: a named mention has to tie the others.
    c = _unnamed("c#1", ("Duda", "Warsaw"))
    assert block_reason(a, c) is None and link_score(a, c) is None
    copy = _unnamed("copy#1", ("Olaf Scholz", "Andrzej Duda"))
    assert link_score(a, copy) is not None
    # Without a context to tell by, the old rules decide.
    assert block_reason(a, _unnamed("d#1", ())) is None


def test_context_plays_no_part_when_either_mention_names_someone() -> None:
    a = _unnamed("a#1", ("Olaf Scholz",))
    named = rec("e#1", "Macron and Meloni last met in 2021, when talks collapsed.", "2021", "meeting", "met",
                ("Emmanuel Macron", "Giorgia Meloni"), timex_text="2021")
    assert block_reason(a, named) is None


def test_unnamed_mentions_of_one_day_may_link_without_being_copies() -> None:
    # "Talks will resume on December 5" (AFP) and "Ministers will meet again on December 5" (Reuters): a day
    # is evidence enough, a year or a month is not.
    afp = rec("afp#1", "Talks on the purchasing plan will resume on December 5.", "2023-12-05", "meeting",
              "resume", timex_text="on December 5", context=("European Union", "Brussels"))
    reuters = rec("reu#1", "Ministers will meet again on December 5 to discuss the purchasing plan.", "2023-12-05",
                  "meeting", "meet", timex_text="on December 5", context=("European Union",))
    assert link_score(afp, reuters) is not None


def _decade(date: str) -> dict:
    return rec(f"d{date}#1", "Something happened.", date, "other", "happened", granularity="decade")


def test_a_century_fits_the_dates_in_it_and_no_other() -> None:
    century = rec("c1800#1", "Something happened.", "1800", "other", "happened", granularity="century")
    assert 0 < dates_compatible(century, _dated("1850")) < dates_compatible(_decade("1850"), _dated("1850"))
    assert 0 < dates_compatible(_dated("1899-03-14"), century) < 1.0
    assert dates_compatible(century, _dated("1900")) == 0.0
    assert dates_compatible(century, _decade("1990")) == 0.0


def test_a_decade_fits_the_years_in_it_and_no_other() -> None:
    assert dates_compatible(_decade("1990"), _decade("1990")) > 0
    assert 0 < dates_compatible(_decade("1990"), _dated("1994")) < 1.0
    assert 0 < dates_compatible(_dated("1999-03-14"), _decade("1990")) < 1.0
    assert dates_compatible(_decade("1990"), _dated("2001")) == 0.0
    assert dates_compatible(_decade("1980"), _decade("1990")) == 0.0
