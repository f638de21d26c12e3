"""The temporal tagger on sentences written for these tests, and on the seed articles when they are present."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from streams.core.timex import resolve, tag
from streams.core.types import Timex

WED = date(2022, 3, 16)  # a Wednesday
SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def only(text: str, published: date = WED) -> Timex:
    found = tag(text, published)
    assert len(found) == 1, found
    return found[0]


def values(text: str, published: date = WED) -> list[str]:
    return [t.value for t in tag(text, published)]


def spans(text: str, published: date = WED) -> list[str]:
    return [t.text for t in tag(text, published)]


# --- explicit dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The treaty took effect on March 16.", "2022-03-16"),
    ("The treaty took effect on 16 March 2022.", "2022-03-16"),
    ("The treaty took effect Mar 16, 2022, after a vote.", "2022-03-16"),
    ("The treaty took effect Mar. 16, 2022, after a vote.", "2022-03-16"),
    ("Effective date: 2022-03-16.", "2022-03-16"),
    ("Signed 3/16/2022 in Geneva.", "2022-03-16"),
    ("Signed 16/3/2022 in Geneva.", "2022-03-16"),
    ("Signed on Tuesday, March 15, in Geneva.", "2022-03-15"),
    ("The plant closed in October 2019.", "2019-10"),
    ("The plant closed in 2019.", "2019"),
    ("Rates were high in the 1990s.", "199"),
    ("Rates were high in the '80s.", "198"),
    ("Railways spread in the 19th century.", "18"),
    ("Harvests failed in the summer of 2010.", "2010-SU"),
    ("Output fell in the first quarter of 2021.", "2021-Q1"),
    ("Output fell in Q1 2021.", "2021-Q1"),
])
def test_explicit_dates(text: str, value: str) -> None:
    timex = only(text)
    assert (timex.type, timex.value) == ("DATE", value)
    assert timex.resolution


def test_explicit_date_span_and_granularity() -> None:
    timex = only("The treaty took effect on March 16, 2022, after a vote.")
    assert timex.text == "March 16, 2022"
    assert timex.granularity == "day"
    assert timex.resolution == "explicit date"


def test_ambiguous_numeric_date_gives_only_its_year() -> None:
    timex = only("The form reads 3/4/2022 in one copy.")
    assert (timex.text, timex.value, timex.granularity) == ("3/4/2022", "2022", "year")


def test_ambiguous_numeric_date_is_read_in_the_order_the_text_writes_dates() -> None:
    day_first = "A circular dated 01/02/2021 asks schools to reply by 15 February. Exams start on 5 March."
    assert values(day_first, date(2021, 2, 3))[0] == "2021-02-01"
    month_first = "Offense date: 3/6/2022. The crash happened on March 6, 2022, and the plea on May 9."
    assert values(month_first, date(2023, 5, 10))[0] == "2022-03-06"
    # as many of each: the text does not tell
    assert values("Dated 3/6/2022. He left on 5 May and returned on June 2.", date(2023, 5, 10))[0] == "2022"


def test_month_without_year_takes_the_nearest_year() -> None:
    assert values("Fighting began in February.") == ["2022-02"]
    assert values("Sales peaked in December.", date(2022, 1, 10)) == ["2021-12"]
    timex = only("Elections are due in June.")
    assert timex.value == "2022-06"
    assert "no year" in timex.resolution


@pytest.mark.parametrize(("text", "expected"), [
    ("In 1895, the canal opened in June after eight years of work.", ["1895", "1895-06", "P8Y"]),
    ("1895 — The canal opens in June.\n\nMarch 2013 — The locks fail.", ["1895", "1895-06", "2013-03"]),
    ("In 2019 the firm opened a store on May 3.", ["2019", "2019-05-03"]),
    # a year inside the sentence, or in the sentence before, frames nothing
    ("The plant, built in 1958, was closed in March.", ["1958", "2022-03"]),
    ("In 1895, the canal opened. It was widened in June.", ["1895", "2021-06"]),
])
def test_a_year_that_opens_a_sentence_is_the_year_of_its_months(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Nov. 15, 2017, a quake struck, and the exam was put back by a week to Nov. 23.",
     ["2017-11-15", "P1W", "2017-11-23"]),
    ("In March 2019, the firm was founded; it listed in June.", ["2019-03", "2019-06"]),
    # a month whose year is the publication's frames no other month's year
    ("In June, the port said it would reopen in March.", ["2021-06", "2022-03"]),
])
def test_a_date_with_its_year_that_opens_a_sentence_gives_that_year_to_its_dates(text: str,
                                                                                 expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("In July, parliament voted to abolish the 7 January holiday, and the law was signed at the end of the month.",
     date(2023, 9, 1), ["2023-07", "2023-01-07", "2023-07"]),
    ("In 2019, sales rose 4% for the full year.", date(2022, 3, 16), ["2019", "2019"]),
    # without a frame, the month and the year are the publication's
    ("Farmers blocked the road in late August, and leaders called another protest for the end of the month.",
     date(2021, 9, 16), ["2021-08", "2021-09"]),
    ("It harvested 212,000 tonnes in 2025, up from 2024, and revenue for the year rose 7%.",
     date(2026, 2, 12), ["2025", "2024", "2026"]),
])
def test_the_month_and_the_year_after_a_date_that_opens_the_sentence_are_that_dates(text: str, published: date,
                                                                                    expected: list[str]) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(("text", "published", "value"), [
    # the date's own clause tells its tense, not the main clause's "could"
    ("Workers could strike as early as Monday after their union served notice on Friday.", date(2022, 10, 15),
     "2022-10-14"),
    ("The walkout will be the first since January, when doctors staged a strike from 15 January.", date(2024, 11, 12),
     "2024-01-15"),
])
def test_a_date_in_a_subordinate_clause_takes_that_clauses_tense(text: str, published: date, value: str) -> None:
    assert value in values(text, published)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # after ", but" a clause of its own; "we'll" looks ahead
    ("The firm had planned to open in April, but in March it pushed the date back.", date(2023, 12, 8),
     ["2023-04", "2023-03"]),
    ("Our office will be closed Thursday, but we'll have staff in on Friday.", date(2023, 11, 22),
     ["2023-11-23", "2023-11-24"]),
    # a past perfect after the date, in a clause of its own, does not turn a clause that looks ahead to the past
    ("The console launches Nov. 12 in the U.S., the day the game had been due.", date(2020, 10, 3),
     ["2020-11-12"]),
    ("By Wednesday, they had not named him.", date(2022, 3, 16), ["2022-03-16"]),
    ("The consoles arrive Nov. 10.", date(2020, 10, 3), ["2020-11-10"]),
    # a quote that closes a phrase inside the clause ends nothing; one that closes a report does
    ('Kelp will hold an "ask me anything" session on Wednesday.', date(2024, 2, 26), ["2024-02-28"]),
    ('"We will return on Monday," said Smith on Friday.', date(2024, 2, 26), ["2024-02-26", "2024-02-23"]),
    ("The parcels did not arrive on Nov. 10.", date(2020, 11, 20), ["2020-11-10"]),
    # a "when" clause in the past after the date tells what happened then; one that looks ahead does not
    ("The ban is backdated to Aug. 12, when he was provisionally suspended.", date(2025, 11, 19), ["2025-08-12"]),
    ("The vote is due on Dec. 12, when parliament will sit again.", date(2025, 11, 19), ["2025-12-12"]),
])
def test_the_tense_of_a_dates_own_clause(text: str, published: date, expected: list[str]) -> None:
    assert values(text, published) == expected


def test_month_with_a_past_verb_right_before_it_is_the_one_gone_by() -> None:
    assert values("The talks collapsed in May.") == ["2021-05"]
    assert values("The talks are expected to resume in May.") == ["2022-05"]


@pytest.mark.parametrize(("text", "published", "value"), [
    # said in January, what "will be" in November is next November, not the one gone by seven weeks before
    ("The summit will be held in November.", date(2026, 1, 22), "2026-11"),
    ("The warehouse is scheduled to reopen in the autumn.", date(2026, 1, 22), "2026-FA"),
    # a period just ended stays the one gone by: what is ahead is its report
    ("Hadson said it expects to report a third-quarter loss.", date(1989, 10, 27), "1989-Q3"),
    # "schedule" as a noun looks nowhere
    ("The commission had announced the poll schedule on March 2.", date(2026, 5, 4), "2026-03-02"),
    ("It's due to publish audited results in April.", date(2026, 2, 2), "2026-04"),
    ("A senate debate has been pencilled in for 15 April.", date(2024, 2, 15), "2024-04-15"),
])
def test_a_year_less_date_in_a_clause_about_what_is_to_come(text: str, published: date, value: str) -> None:
    assert values(text, published) == [value]


def test_year_less_date_after_a_deadline_word_lies_ahead() -> None:
    assert values("The boy must be returned by Jan. 14.", date(2022, 1, 6)) == ["2022-01-14"]


# --- weekdays ---------------------------------------------------------------------------------------------------

def test_weekday_of_the_publication_day_is_that_day() -> None:
    timex = only("Allies refused on Wednesday to back the plan.")
    assert timex.value == "2022-03-16"
    assert timex.text == "Wednesday"  # the preposition stays outside
    assert "2022-03-16" in timex.resolution


def test_weekday_in_a_past_story_is_the_one_before() -> None:
    timex = only("He visited Kyiv on Tuesday.")
    assert timex.value == "2022-03-15"
    assert timex.resolution == "Tuesday before the publication date 2022-03-16"
    assert values("The ministers met on Friday.") == ["2022-03-11"]


@pytest.mark.parametrize("text", [
    "The ministers will meet again on Friday.",
    "A vote is scheduled for Friday.",
    "The summit is to be held on Friday in Madrid.",
    "They are expected to sign the deal on Friday.",
])
def test_weekday_in_a_forward_looking_clause_is_the_one_ahead(text: str) -> None:
    assert values(text) == ["2022-03-18"]


def test_weekday_with_last_next_this() -> None:
    assert values("The decree was signed last Wednesday.") == ["2022-03-09"]
    assert values("The summit opens next Monday.") == ["2022-03-21"]
    assert values("The results come out this Friday.") == ["2022-03-18"]


# --- relative to the publication date ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The minister resigned yesterday.", "2022-03-15"),
    ("Talks continue today in Vienna.", "2022-03-16"),
    ("Markets reopen tomorrow.", "2022-03-17"),
    ("Ministers met last week.", "2022-W10"),
    ("Ministers meet this week.", "2022-W11"),
    ("Inflation rose this year.", "2022"),
    ("Inflation rose last year.", "2021"),
    ("A summit is planned for next month.", "2022-04"),
    ("He left two weeks ago.", "2022-W09"),
    ("The bridge opened three years ago.", "2019"),
    ("The border is now closed.", "PRESENT_REF"),
    ("Nobody knows what the future holds.", "FUTURE_REF"),
])
def test_relative_dates(text: str, value: str) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("The dam was finished two decades ago.", "2002"),
    ("The abbey burned a century ago.", "1922"),
    ("Shops closed on the Fourth of July.", "2021-07-04"),
    ("Gas may run short this winter.", "2022-WI"),  # a winter is named by the year of its December
    ("Snow closed the passes last winter.", "2021-WI"),
    ("The firm was founded in the late 1800s.", "18"),
    ("In the 2020s, growth will slow.", "202"),
    ("Strikes run until Wednesday next week.", "2022-03-23"),
    ("The rules take effect in the spring of next year.", "2023-SP"),
])
def test_more_relative_dates(text: str, value: str) -> None:
    assert values(text) == [value]


def test_weekday_ahead_of_an_event_looks_forward() -> None:
    assert values("Markets were calm ahead of Friday's vote.") == ["2022-03-18"]


def test_times_of_the_day() -> None:
    # a part of a named day is a TIME, a weekday and a part of it a DATE, as TempEval-3 annotates them; the
    # value keeps the part of the day
    assert (only("Curfew starts tonight.").type, only("Curfew starts tonight.").value) == ("TIME", "2022-03-16TNI")
    assert only("Explosions were heard Tuesday night.").type == "DATE"
    assert only("The cabinet met this morning.").value == "2022-03-16TMO"
    assert only("Rockets struck last night.").value == "2022-03-15TNI"
    assert only("Explosions were heard Tuesday night.").value == "2022-03-15TNI"
    clock = only("The blast came at 10:35 a.m. local time.")
    assert (clock.type, clock.value, clock.granularity) == ("TIME", "2022-03-16T10:35", "time")


def test_earlier_this_month() -> None:
    timex = only("Prices fell earlier this month.")
    assert (timex.text, timex.value, timex.mod) == ("earlier this month", "2022-03", "START")


def test_anaphoric_dates_count_from_the_date_mentioned_last() -> None:
    found = tag("The deal closed on March 3. Three days later it collapsed.", WED)
    assert [t.value for t in found] == ["2022-03-03", "2022-03-06"]
    assert "2022-03-03" in found[1].resolution
    assert values("Three days later it collapsed.") == ["2022-03-19"]  # no earlier date: from publication
    # days are counted from the last day told, past a year told in passing
    found = tag("The house came down on Saturday, March 7, 2020. It had been built in 1853. A vote had been put off "
                "two days earlier.", WED)
    assert [t.value for t in found] == ["2020-03-07", "1853", "2020-03-05"]
    # ... but in the month's own sentence, from the month: known to the month
    found = tag("The strike began on Monday 15 September. The ministry fought a walkout in April, which went ahead "
                "after a judge rejected its application the day before.", date(2025, 9, 15))
    assert [t.value for t in found] == ["2025-09-15", "2025-04", "2025-04"]


def test_a_year_ago_in_an_earnings_report_is_that_quarter_a_year_before() -> None:
    found = tag("Net income rose in the third quarter from a year ago.", date(1989, 10, 26))
    assert [t.value for t in found] == ["1989-Q3", "1988-Q3"]


# --- modifiers --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, mod", [
    ("Moscow attacked in late February.", "late February", "2022-02", "END"),
    ("Work starts in early April.", "early April", "2022-04", "START"),
    ("Growth slowed in mid-2019.", "mid-2019", "2019", "MID"),
    ("The plant closes at the end of 2023.", "the end of 2023", "2023", "END"),
    ("The firm was founded about two years ago.", "about two years ago", "2020", "APPROX"),
    ("The siege lasted more than three weeks.", "more than three weeks", "P3W", "MORE_THAN"),
    ("The siege lasted at least three weeks.", "at least three weeks", "P3W", "EQUAL_OR_MORE"),
    ("The siege lasted less than three weeks.", "less than three weeks", "P3W", "LESS_THAN"),
    ("The blast came around 7:15 p.m. on Tuesday.", "around 7:15 p.m. on Tuesday", "2022-03-15T19:15", "APPROX"),
])
def test_modifiers(text: str, span: str, value: str, mod: str) -> None:
    timex = only(text)
    assert (timex.text, timex.value, timex.mod) == (span, value, mod)


def test_before_and_after_bound_a_date_without_joining_it() -> None:
    before = only("No deal is likely before 2025.")
    assert (before.text, before.value, before.mod) == ("2025", "2025", "BEFORE")
    assert only("Prices eased after March 3.").mod == "AFTER"


# --- durations and sets -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("It ended a seven-year standoff.", "seven-year", "P7Y"),
    ("The siege lasted for three hours.", "three hours", "PT3H"),
    ("The feud went on for two decades.", "two decades", "P20Y"),
    ("Prices tripled over the past three years.", "the past three years", "P3Y"),
    ("Talks may take several months.", "several months", "PXM"),
    ("The count took half an hour.", "half an hour", "PT30M"),
])
def test_durations(text: str, span: str, value: str) -> None:
    timex = only(text)
    assert (timex.type, timex.text, timex.value) == ("DURATION", span, value)


def test_ages_are_never_dates() -> None:
    assert tag("A 45-year-old man was detained; the victim, 52 years old, survived.", WED) == []


@pytest.mark.parametrize("text, value", [
    ("The council meets every Monday.", "XXXX-WXX-1"),
    ("Figures are published weekly.", "P1W"),
    ("The index is revised each year.", "P1Y"),
    ("Inspectors come twice a month.", "P1M"),
])
def test_sets(text: str, value: str) -> None:
    timex = only(text)
    assert (timex.type, timex.value) == ("SET", value)


# --- what is not a date -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Call the company's free line, 018000 41 1987, for a refund.",
    "He lives on 2 September Street in the old town.",
    "Theresa May said the vote would go ahead.",
    "It may be too early to tell.",
    "May we add one more point?",
    "Thousands march through the capital.",
    "We have to see a withdrawal first, and we need a ceasefire.",
    "The cafe is open from sun up; we sat outside; Wed pilots fly.",
    "The hotline runs 24/7 for families.",
    "RT (Russia Today) is funded by the state.",
    "She writes for USA Today.",
    "The Good Friday Agreement ended the Troubles.",
    "The Fourth Estate holds power to account.",
    "Black Monday wiped out a fifth of the index.",
    "Police counted 1,500 people and three vehicles.",
    "The prince met an august gathering of scholars.",
])
def test_not_dates(text: str) -> None:
    assert [t for t in tag(text, WED) if t.type == "DATE"] == []


@pytest.mark.parametrize("text", ["The squad for the final on Saturday 2 May will be named on Friday.",
                                  "On 2 May we will vote on the plan."])
def test_may_after_a_days_number_is_the_month(text: str) -> None:
    assert any(t.value.endswith("-05-02") for t in tag(text, WED))


def test_good_friday_alone_is_the_holiday() -> None:
    assert values("The accord was signed on Good Friday 1998.") == ["1998-04-10"]


def test_a_seven_year_standoff_is_a_duration_not_a_date() -> None:
    assert [(t.type, t.value) for t in tag("a seven-year standoff", WED)] == [("DURATION", "P7Y")]


# --- the interface ----------------------------------------------------------------------------------------------

def test_resolve_fills_placeholders() -> None:
    assert resolve("UNDEF-weekday-2", WED) == "2022-03-15"
    assert resolve("UNDEF-weekday-3", WED) == "2022-03-16"
    assert resolve("UNDEF-year-02", WED) == "2022-02"
    assert resolve("UNDEF-this-week-MINUS-1", WED) == "2022-W10"
    assert resolve("UNDEF-this-day-PLUS-1", WED) == "2022-03-17"
    assert resolve("UNDEF-last-04", WED) == "2021-04"
    assert resolve("UNDEF-cent-9X", WED) == "199"
    assert resolve("UNDEF-year-easter-MINUS-2", WED) == "2022-04-15"
    assert resolve("2019-05-01", WED) == "2019-05-01"
    assert resolve("P3TH", WED) == "PT3H"
    assert resolve("XXXX-02", WED) == "2022-02"
    assert resolve("XXXX-12-25", WED) == "2021-12-25"
    assert resolve("UNDEF-weekday-before-3", WED) == "2022-03-09"
    assert resolve("UNDEF-weekday-after-2", WED) == "2022-03-22"
    assert resolve("XXXX-WXX-2", WED) == "XXXX-WXX-2"  # a set stays a set


def test_published_at_is_required_and_a_datetime_is_accepted() -> None:
    with pytest.raises(TypeError):
        tag("on Tuesday", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        resolve("UNDEF-weekday-2", "2022-03-16")  # type: ignore[arg-type]
    assert values("on Tuesday", datetime(2022, 3, 16, 23, 59)) == ["2022-03-15"]


def test_offsets_are_into_the_text_as_given() -> None:
    text = "  Ceasefire\u00a0talks on Tuesday — then again on 16 March 2022.\n"
    for timex in tag(text, WED):
        assert text[timex.start:timex.end] == timex.text
    assert spans(text) == ["Tuesday", "16 March 2022"]


def test_empty_text() -> None:
    assert tag("", WED) == []


# --- the seed articles ------------------------------------------------------------------------------------------

def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("the shared seed articles are not next to this checkout")
    return path.read_text(encoding="utf-8")


def test_seed_afp() -> None:
    text = _seed("afp-via-spacewar.txt")
    found = tag(text, date(2022, 3, 16))
    by_text = {t.text: t for t in found}
    assert by_text["Wednesday"].value == "2022-03-16"
    assert by_text["Tuesday"].value == "2022-03-15"
    for timex in found:
        assert text[timex.start:timex.end] == timex.text
    _assert_no_false_dates(text, found)


def test_seed_rt() -> None:
    text = _seed("rt-via-libertarianhub.txt")
    found = tag(text, date(2022, 3, 16))
    by_text = {t.text: t for t in found}
    assert all(t.value == "2022-03-16" for t in found if t.text == "Wednesday")
    assert by_text["Tuesday"].value == "2022-03-15"
    late = by_text["late February"]
    assert (late.value, late.mod, late.type) == ("2022-02", "END", "DATE")
    assert by_text["seven-year"].type == "DURATION"
    _assert_no_false_dates(text, found)


def _assert_no_false_dates(text: str, found: list[Timex]) -> None:
    import re

    dates = [t for t in found if t.type in ("DATE", "TIME")]
    for word in (r"\bwe\b", r"\bWe\b", r"\bmay\b", r"24/7", r"Russia Today"):
        for hit in re.finditer(word, text):
            assert not [t for t in dates if t.start < hit.end() and hit.start() < t.end], (word, hit.start())


def test_a_year_earlier_after_a_span_of_months_is_the_year_before() -> None:
    report = ("Profit rose in the third quarter from a year earlier. For the first nine months, profit was "
              "$4 million, against $3 million a year earlier. Sales in the quarter rose from a year ago.")
    assert values(report, date(1989, 10, 26)) == ["1989-Q3", "1988-Q3", "P9M", "1988", "1989-Q3", "1988-Q3"]


def test_decades_are_written_by_their_first_three_digits() -> None:
    found = only("Rents doubled in the late 1970s.")
    assert (found.value, found.granularity, found.mod) == ("197", "decade", "END")


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The ceasefire held from May 2, 2021. The following Monday, talks resumed.", WED, "2021-05-03"),
    ("The ceasefire held from May 2, 2021. The previous Monday, talks broke down.", WED, "2021-04-26"),
    ("Talks resumed. The following Monday, they broke down again.", WED, "2022-03-21"),  # no day named before
])
def test_the_following_weekday_counts_from_the_day_named_before(text: str, published: date, value: str) -> None:
    assert values(text, published)[-1] == value


def test_new_placeholders_resolve() -> None:
    assert resolve("UNDEF-year-wk-04-1", WED) == "2022-W14"
    assert resolve("UNDEF-2021-wk-02-L", WED) == "2021-W08"
    assert resolve("UNDEF-year-wkof-03-06", WED) == "2022-W09"
    assert resolve("UNDEF-monthday-20", WED) == "2022-03-20"
    assert resolve("UNDEF-monthday-31", date(2022, 4, 2)) == "2022-03-31"  # April has no 31st
    assert resolve("UNDEF-refweekday-after-2", WED) == "2022-03-22"
    assert resolve("UNDEF-refyear-03-25", WED) == "2022-03-25"


def test_days_of_the_month_without_a_month_need_a_date_word_before_and_no_noun_after() -> None:
    assert spans("The office is on the 14th floor of the tower.") == []
    assert values("The strike ends on the 30th, union leaders said.") == ["2022-03-30"]
    assert values("The fire started on the 2nd.") == ["2022-03-02"]


def test_the_second_day_of_a_pair_is_tagged_in_the_year_of_the_first() -> None:
    found = tag("Leaders meet on Dec. 30 and 31 in Rome.", date(2022, 12, 1))
    assert [(t.text, t.value) for t in found] == [("Dec. 30", "2022-12-30"), ("31", "2022-12-31")]
    assert spans("Prices rose on March 3 and 20 soldiers were hurt.") == ["March 3"]


def test_signals_and_determiners_stay_outside_the_span() -> None:
    found = only("The army said it would withdraw within two weeks.")
    assert (found.text, found.value, found.mod) == ("two weeks", "P2W", "EQUAL_OR_LESS")
    assert spans("The firm posted a third-quarter loss.", date(1989, 10, 26)) == ["third-quarter"]
    assert spans("Its fourth quarter was weak.", date(1989, 10, 26)) == ["fourth quarter"]
    assert spans("Sales rose in the third quarter.", date(1989, 10, 26)) == ["the third quarter"]
    assert spans("The year-ago results were restated.", date(1989, 10, 26)) == ["year-ago"]
    assert spans("Net fell from the year-ago quarter.", date(1989, 10, 26)) == ["the year-ago quarter"]
    assert only("Rebels seized the town before Tuesday.").mod == "BEFORE"
    assert only("Talks lasted for about three days.").text == "about three days"


def test_a_counted_date_named_again_beside_it_takes_the_named_value() -> None:
    text = ("Belgium apologised in June 2020, on the anniversary of independence in 1960. Two years later, in June "
            "2022, it returned a tooth. A day later, on June 21, it signed a deal.")
    got = {t.text: t.value for t in tag(text, date(2023, 3, 18))}
    assert got["Two years later"] == "2022"  # counted from 1960, the date before it, it would be 1962
    assert got["A day later"] == "2022-06-21"


def test_a_year_that_names_its_sentence_thing_gives_its_year() -> None:
    assert values("The 2026 match will be played at Wellington Oval on July 30 and 31.", date(2025, 8, 2)) == [
        "2026", "2026-07-30", "2026-07-31"]
    # but not to an aside: the budget for 2026 was presented the year before
    assert values("The 2026 national budget, presented to Parliament on September 26, projects growth.",
                  date(2025, 11, 19)) == ["2026", "2025-09-26"]
    # nor to a budget's relative clause or its debate: a budget is named for the year it pays for
    assert values("The 2026 budget, which the government presented on 15 October, will now be taken on 24 "
                  "November.", date(2025, 11, 6)) == ["2026", "2025-10-15", "PRESENT_REF", "2025-11-24"]


def test_a_weekday_date_in_no_year_near_the_publication_is_in_one_near_the_year_told() -> None:
    text = "From 1 January 1995 the islands moved. We went from Friday 30 December straight to Sunday 1 January."
    got = {t.text: t.value for t in tag(text, date(2025, 7, 12))}
    assert got["Friday 30 December"] == "1994-12-30"


def test_the_following_morning_counts_from_the_day_told_not_the_week_of_the_telling() -> None:
    text = ("She spent the afternoon of 7 September 2004 in the bathtub, she said this week. \"When we came out the "
            "following morning, nothing was left.\"")
    got = {t.text: t.value for t in tag(text, date(2024, 9, 7))}
    assert got["the following morning"] == "2004-09-08"


def test_last_weekday_is_not_yesterday() -> None:
    friday = date(2025, 2, 14)
    assert values("The cut was announced last Thursday.", friday) == ["2025-02-06"]  # yesterday is "yesterday"
    assert values("The cut was announced this past Thursday.", friday) == ["2025-02-13"]
    assert values("The cut was announced last Tuesday.", friday) == ["2025-02-11"]


def test_next_weekday_is_not_tomorrow() -> None:
    wednesday = date(2024, 2, 21)
    assert values("The Senate takes it up next Thursday.", wednesday) == ["2024-02-29"]  # tomorrow is "tomorrow"
    assert values("The Senate takes it up this coming Thursday.", wednesday) == ["2024-02-22"]
    assert values("The Senate takes it up next Saturday.", wednesday) == ["2024-02-24"]
    assert values("The Senate takes it up this coming April.", wednesday) == ["2024-04"]


def test_a_hundred_and_a_rest_is_one_number() -> None:
    text = "The wheel first turned on 27 September 1854. A hundred and seventy years later to the day, crowds came."
    got = {t.text: t.value for t in tag(text, date(2024, 9, 27))}
    assert got["A hundred and seventy years later"] == "2024-09-27"  # "seventy years later" alone gave 1924
    assert only("The dynasty ruled for two hundred and twenty-five years.").value == "P225Y"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Games run from July 26 to August 11, 2024.", ["2024-07-26", "2024-08-11"]),
    ("The Olympics run from July 26th to August 11th next year.", ["2024-07-26", "2024-08-11"]),
    ("The talks run from Dec. 28 to Jan. 9 next year.", ["2023-12-28", "2024-01-09"]),
])
def test_a_range_start_without_a_year_is_in_the_year_of_its_end(text: str, expected: list[str]) -> None:
    assert [t.value for t in tag(text, date(2023, 10, 1))] == expected


def test_clock_times_go_on_from_the_news_not_from_the_day_it_was_told() -> None:
    pub = date(2025, 11, 18)
    text = ("An eruption began shortly before midnight on Monday, the IMO said this morning. Earthquakes began at "
            "22:58.")
    assert [t.value for t in tag(text, pub)][-1] == "2025-11-17T22:58"
    # a telling alone in its sentence, or a date that is no telling, is what the story goes on from
    assert [t.value for t in tag("The IMO said this morning. Earthquakes began at 22:58.", pub)][-1] \
        == "2025-11-18T22:58"
    assert [t.value for t in tag("It began on Monday and ended this morning. Lava broke out at 6:10.", pub)][-1] \
        == "2025-11-18T06:10"


def test_a_clock_time_stays_on_the_day_told_before_a_year_or_a_day_ahead() -> None:
    pub = date(2025, 4, 4)
    heist = ("Raiders broke in in the early hours of Thursday. The tiara was made in 1811 for a wedding. An alarm "
             "was triggered at 2.47am.")
    assert [t.value for t in tag(heist, pub)][-1] == "2025-04-03T02:47"
    vote = "The Knesset approved the budget early Wednesday. A final vote will be held on March 31. The bill passed " \
        "at around 4:15 a.m."
    assert [t.value for t in tag(vote, date(2026, 2, 11))][-1] == "2026-02-11T04:15"
    # not a day ahead, nor across a year in the clock time's own sentence, nor for the entry time of a live blog
    ahead = "Parliament will debate on Thursday a bill on a company set up in February 2024. The IMO will publish " \
        "a hazard map at 15:00."
    assert [t.value for t in tag(ahead, date(2025, 11, 18))][-1] == "2025-11-18T15:00"
    assert not [t.value for t in tag("Raiders broke in on Thursday. In 1811, a fire broke out at 2.47am.", pub)
                ][-1].startswith("2025-04-03")
    assert [t.value for t in tag("Polls closed on Monday. The count began in 2019.\n09:15 - Turnout is up.", pub)
            ][-1] == "2025-04-04T09:15"
    # but a clock time told with its day ahead is what the next one goes on from
    opening = "Checks ended on Sunday. The first flight is due at 7:40 a.m. on Thursday. The minister will cut a " \
        "ribbon at 10 a.m."
    assert [t.value for t in tag(opening, date(2024, 2, 19))][-1] == "2024-02-22T10:00"


def test_a_weekday_alone_is_the_one_the_text_dated_before() -> None:
    pub = date(2025, 7, 30)  # a Wednesday
    text = "A whale hunt took place on Saturday the 19th. The whales came into the fjord on Saturday morning."
    assert [t.value for t in tag(text, pub)] == ["2025-07-19", "2025-07-19TMO"]
    # not a Saturday ahead, nor after a dated Saturday more than two weeks back
    assert [t.value for t in tag("It opened on Saturday the 19th. A ferry will sail on Saturday.", pub)][-1] \
        == "2025-08-02"
    assert [t.value for t in tag("It opened on Saturday, July 5. Ferries sailed on Saturday.", pub)][-1] \
        == "2025-07-26"
    # nor once the text has dated a later day since: the story has moved on
    text = "An outbreak was declared on Friday 11 June. Sales were banned from Monday 14 June, officials said on Friday."
    assert [t.value for t in tag(text, date(2021, 6, 21))][-1] == "2021-06-18"


def test_a_clock_time_goes_on_from_the_hours_told_not_from_a_plans_day_between() -> None:
    text = ("The debate began at 1pm yesterday and ran for eleven hours. The government said it would cut two "
            "departures from 1 February. The opposition leader spoke for an hour shortly after 9pm.")
    assert [t.value for t in tag(text, date(2025, 11, 19))][-1] == "2025-11-18T21:00"


def test_a_clock_time_yet_to_come_is_on_the_day_ahead_its_paragraph_told_not_on_a_day_long_gone() -> None:
    text = ("The heart of the festival is 20 December, the holiday that marks the abolition proclaimed on 20 December "
            "1848. A dawn ceremony will be held at 5.30am. The closing concert starts at 9pm that evening.")
    assert [t.value for t in tag(text, date(2024, 12, 5))][-3:] == ["2024-12-20T05:30", "2024-12-20T21:00",
                                                                     "2024-12-20TEV"]


def test_a_weekday_after_a_day_ahead_in_its_sentence_follows_it() -> None:
    pub = date(2024, 7, 16)  # a Tuesday
    text = "Official opening with the Governor on Friday 19 July; public open day at Morotin on Saturday."
    assert [t.value for t in tag(text, pub)] == ["2024-07-19", "2024-07-20"]
    # a weekday its own verb reads as past, or in a sentence of its own, is not moved
    assert [t.value for t in tag("The final, rescheduled for Friday 19 July, was called off on Saturday.", pub)
            ][-1] == "2024-07-13"
    assert [t.value for t in tag("The opening is on Friday 19 July. Crews finished on Saturday.", pub)][-1] \
        == "2024-07-13"


def test_a_day_named_by_its_number_alone_is_in_the_month_its_sentence_told() -> None:
    pub = date(2025, 11, 18)
    text = "The crabs will spawn in the early hours of 12 to 16 December, with the largest numbers on the 14th."
    assert [t.value for t in tag(text, pub)] == ["2025-12-12", "2025-12-14"]
    assert [t.value for t in tag("The strike began on March 3 and ended on the 14th.", pub)][1] == "2025-03-14"


def test_the_lines_of_a_dated_list_run_in_order() -> None:
    pub = date(2026, 1, 22)
    tour = "TOUR DATES\nApril 18 – Kaunas\nMay 21 – Chicago\nJuly 11 – Palanga\nAugust 8 – Vilnius"
    assert [t.value for t in tag(tour, pub)] == ["2026-04-18", "2026-05-21", "2026-07-11", "2026-08-08"]
    # a list that runs backwards, a day written with its year, and lines that are no list keep their own reading
    back = "KEY DATES\nJanuary 20 – Final report\nDecember 3 – Hearings\nOctober 8 – Inquiry"
    assert [t.value for t in tag(back, pub)] == [t.value for t in tag(back.replace("\n", ". "), pub)]
    assert [t.value for t in tag("April 18 – Kaunas\nJuly 11, 2025 – Palanga", pub)] == ["2026-04-18", "2025-07-11"]
    assert [t.value for t in tag("It opened on April 18. It closed on July 11.", pub)][1] == \
        [t.value for t in tag("It closed on July 11.", pub)][0]
    # a first line read after the lines below it, in a list that runs forward from them, is in the year before
    timeline = "Key events:\nJan. 30 - The bank reports a profit\nApril 19 - The bank reports a loss\nJune 2 - A run"
    assert [t.value for t in tag(timeline, date(2018, 10, 5))] == ["2018-01-30", "2018-04-19", "2018-06-02"]
    # a list may slip back a day or two: no new year for that
    box = "KEY DATES\nThu 20 Nov – roads close\nSat 13 Dec – migration peak\n12–16 Dec – spawning\nFri 19 Dec – end"
    assert [t.value[:10] for t in tag(box, date(2025, 11, 18))] == ["2025-11-20", "2025-12-13", "2025-12-12",
                                                                    "2025-12-19"]


def test_a_day_with_no_year_shortly_after_a_day_of_an_earlier_year_is_in_that_year() -> None:
    pub = date(2019, 11, 29)
    text = "She was found dead on 4 August 2018. He was arrested on 9 August and extradited the following month."
    assert [t.value for t in tag(text, pub)] == ["2018-08-04", "2018-08-09", "2018-09"]
    # the day may come with a clock time; "six days after the fall" counts from a happening, not the autumn
    text = "The meteorite fell at 9:41 p.m. on Feb. 3, 2025. Volunteers found a fragment on Feb. 9, six days after the fall."
    assert [t.value for t in tag(text, date(2026, 4, 15))] == ["2025-02-03T21:41", "2025-02-09"]
    # a day further off, a day before it, a month alone, a plan, or the story back in its own days: the usual year
    assert [t.value for t in tag("She was found dead on 4 August 2018. He was arrested on 29 October.", pub)][1] \
        == "2019-10-29"
    assert [t.value for t in tag("She was found dead on 4 August 2018. He was arrested on 2 August.", pub)][1] \
        == "2019-08-02"
    assert [t.value for t in tag("The rate hit 6% on 4 August 2018, against 5% in August.", pub)][1] == "2019-08"
    assert [t.value for t in tag("She was found dead on 4 November 2018. He will appear on 3 December.", pub)][1] \
        == "2019-12-03"
    assert [t.value for t in tag("She died on 4 August 2018. On Friday he was arrested, on 9 August.", pub)][2] \
        == "2019-08-09"
    # a part of a month after a part of a month or a day of an earlier year; a month alone is not
    text = "Customs opened a container in late February 2018. Officials alerted the police in early March."
    assert [t.value for t in tag(text, pub)] == ["2018-02", "2018-03"]
    assert [t.value for t in tag("Customs opened a container in late February 2018. Sales fell in March.", pub)
            ][1] == "2019-03"


def test_a_month_in_a_when_clause_after_a_year_is_in_that_year() -> None:
    text = "The trial stopped during the lockdown last year, when courts were shut from late March."
    assert [t.value for t in tag(text, date(2021, 3, 22))] == ["2020", "2020-03"]
    # without "when", the month is the nearest one as usual
    text = "The trial stopped during the lockdown last year. Courts were shut in late March."
    assert [t.value for t in tag(text, date(2021, 3, 22))] == ["2020", "2021-03"]


def test_a_day_in_a_relative_clause_after_the_year_that_names_its_thing_is_in_that_year() -> None:
    text = "The 1991 cyclone, which struck Chattogram on the night of 29 April, killed 138,000 people."
    assert [t.value for t in tag(text, date(2025, 5, 27))] == ["1991", "1991-04-29"]
    # a year that names nothing the clause tells of leaves the day to the publication's year
    text = "Exports in 2023 that were shipped in June rose."
    assert [t.value for t in tag(text, date(2025, 5, 27))] == ["2023", "2025-06"]


def test_the_following_day_counts_from_the_last_day_told_not_from_a_quarter() -> None:
    text = ("The bank announced a loss for the fourth quarter of 2025 on February 26. It had reported a profit in the "
            "same quarter a year earlier. Its shares fell 38% the following day and a further 27% the following week.")
    assert [t.value for t in tag(text, date(2026, 3, 9))][-2:] == ["2026-02-27", "2026-W10"]


def test_a_clock_time_right_after_its_day_is_on_it_whatever_was_told_before() -> None:
    text = ("The kick-off was put back to 8.25pm. Rovers travel to Rooke Harbour on Wednesday evening.\n\n"
            "Wed 30 April, 8pm: Rooke Harbour v Catalan Bay\n\nSat 3 May, 6pm: Catalan Bay v St Bernard's")
    got = {t.text: t.value for t in tag(text, date(2025, 4, 27))}
    assert (got["8pm"], got["6pm"]) == ("2025-04-30T20:00", "2025-05-03T18:00")
    text = "Officials said this morning that both will be sworn in on Friday at 11:00."
    assert {t.text: t.value for t in tag(text, date(2024, 5, 15))}["11:00"] == "2024-05-17T11:00"


def test_a_clock_time_yet_to_come_after_a_day_long_gone_is_on_the_day_of_publication() -> None:
    text = "Cyclone Garance struck Réunion on February 28 last year. The next bulletin is due at 16:10."
    assert {t.text: t.value for t in tag(text, date(2026, 1, 27))}["16:10"] == "2026-01-27T16:10"
    # and after a day just gone: the hours ahead are not that day's
    text = ("Tuesday's flight from Perth, which landed at 3.05pm, would be the last. The ferry will make its last run "
            "at 7am and will not run again until Saturday.")
    got = {t.text: t.value for t in tag(text, date(2026, 1, 28))}
    assert (got["3.05pm"], got["7am"]) == ("2026-01-27T15:05", "2026-01-28T07:00")
    # what is told as done is not on a day still ahead
    text = ("The talks began in late February and will resume on Monday.\n\n\"Nobody will be pushed out,\" "
            "the chief executive told analysts on a call at 10am.")
    assert {t.text: t.value for t in tag(text, date(2026, 3, 18))}["10am"] == "2026-03-18T10:00"
    # what went on until a clock time is over, and "red" tells no tense
    text = "Power failed on Tuesday. The air-conditioning stayed off until almost 8 p.m."
    assert {t.text: t.value for t in tag(text, date(2026, 1, 28))}["almost 8 p.m."] == "2026-01-27T20:00"
    text = "Rain fell on Tuesday. The weather office upgraded its yellow alert to red at 8.15am."
    assert {t.text: t.value for t in tag(text, date(2026, 1, 28))}["8.15am"] == "2026-01-27T08:15"
    # an entry's own day holds its clock time, whatever the tense
    text = "Timeline\nDec. 20: The truce takes effect at 06:00 local time.\nJan. 6: Talks open in Istanbul."
    assert {t.text: t.value for t in tag(text, date(2025, 1, 14))}["06:00 local time"] == "2024-12-20T06:00"


def test_a_clock_time_in_the_hours_of_a_part_of_a_day_told_just_before_is_on_that_day() -> None:
    text = ("The union announced this afternoon, after talks collapsed on Friday, that workers will strike. Its "
            "president told a press conference at 3pm that more stoppages would follow.")
    got = {t.text: t.value for t in tag(text, date(2026, 2, 9))}
    assert got["3pm"] == "2026-02-09T15:00"  # the afternoon's day, not Friday's
    # a forecast's afternoon is no day told: the clock stays on the day it was read against
    text = ("Conditions should improve from Saturday afternoon. Police rescued a family whose car was swept away "
            "on Friday. The car left the road at about 5.30pm.")
    assert {t.text: t.value for t in tag(text, date(2023, 11, 17))}["about 5.30pm"] == "2023-11-17T17:30"
    # the part of a day that dates a telling is a day told too, for the hours in it
    text = ("The cannery will stop canning from Monday, August 18, to Sunday, September 7, the company said this "
            "morning. The manager told workers at a meeting shortly before 8 a.m.")
    assert {t.text: t.value for t in tag(text, date(2025, 8, 14))}["8 a.m."] == "2025-08-14T08:00"
    # but a clock time before it in its sentence holds the sentence's hours on its day
    text = ("The airline said on Tuesday afternoon that tickets went on sale at 4pm yesterday. The first flight "
            "will leave Pokhara at 11.30am and land in Lucknow at 12.15pm, the airline said.")
    got = {t.text: t.value for t in tag(text, date(2025, 12, 17))}
    assert got["11.30am"][:10] == got["12.15pm"][:10] == "2025-12-17"


def test_overnight_is_a_night_unless_it_qualifies_a_noun_means_suddenly_or_runs_into_a_day() -> None:
    assert [t.value for t in tag("The river rose by two metres overnight.", WED)] == ["2022-03-16TNI"]
    for text in ("The clerk was working an overnight shift.", "Welcome to our overnight coverage.",
                 "The plant lost its customers almost overnight.", "Frost swept across the farms overnight into"):
        assert [t.text for t in tag(text, WED)] == [], text
    assert [t.text for t in tag("Frost swept across the farms overnight into Tuesday.", WED)] == ["Tuesday"]
