"""Event mentions from sentences written for these tests, with hand-built dates, and from the seed articles."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from streams.core.events import event_date, extract_events
from streams.core.types import EventMention, Timex

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def tx(text: str, sub: str, value: str, granularity: str = "day", *, nth: int = 0, type_: str = "DATE",
       mod: str | None = None) -> Timex:
    """A Timex for the ``nth`` occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Timex(start, start + len(sub), sub, type_, value, granularity, mod)


def only(mentions: list[EventMention]) -> EventMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "date_word", "kind", "place"),
    [
        ("The foreign ministers met in Oslo on Monday.", "Monday", "meeting", "Oslo"),
        ("The company's AGM will be held in Vienna on Thursday.", "Thursday", "meeting", "Vienna"),
        ("The senator raised the issue of rail funding on Monday.", "Monday", "statement", None),
        ("Rebels shelled Aleppo on Friday.", "Friday", "attack", "Aleppo"),
        ("The city council voted on Thursday to expand the bus network.", "Thursday", "vote", None),
        ("Police arrested two activists in Minsk on Saturday.", "Saturday", "arrest", "Minsk"),
        ("The finance minister resigned on Sunday.", "Sunday", "resignation", None),
        ("A local reporter was killed in Mosul on Tuesday.", "Tuesday", "death", "Mosul"),
        ("Lawmakers rejected the budget on Wednesday.", "Wednesday", "refusal", None),
        ("The two governments signed a trade agreement in Hanoi on Friday.", "Friday", "agreement", "Hanoi"),
        ("The mayor of Lyon visited Lviv on Monday.", "Monday", "visit", "Lviv"),
        ("Chile proposed new fishing quotas on Monday.", "Monday", "proposal", None),
        ("The regulator announced on Monday that fares would rise.", "Monday", "statement", None),
        ("Voters chose a new parliament in an election on Sunday.", "Sunday", "election", None),
    ],
)
def test_event_kinds(sentence: str, date_word: str, kind: str, place: str | None) -> None:
    m = only(extract_events(sentence, [tx(sentence, date_word, "2023-05-08")]))
    assert m.kind == kind
    assert m.date == "2023-05-08" and m.granularity == "day"
    assert m.sentence == sentence and m.sentence_start == 0
    if place:
        assert place in m.places
    assert m.trigger and m.trigger.lower() in sentence.lower()


def test_reported_speech_dates_the_statement_and_the_report_separately() -> None:
    text = "The governor said on Wednesday that militias had attacked a convoy near Herat on Monday."
    mentions = extract_events(text, [tx(text, "Wednesday", "2023-05-10"), tx(text, "Monday", "2023-05-08")])
    by_date = {m.date: m for m in mentions}
    assert by_date["2023-05-10"].kind == "statement"
    assert by_date["2023-05-08"].kind == "attack"
    assert "Herat" in by_date["2023-05-08"].places


def test_a_date_inside_the_report_does_not_date_the_statement() -> None:
    text = "Officials said rebels attacked Aleppo on Monday."
    m = only(extract_events(text, [tx(text, "Monday", "2023-05-08")]))
    assert m.kind == "attack"
    assert m.places == ("Aleppo",)


def test_a_verb_of_writing_with_an_object_and_a_second_predicate_reports_nothing() -> None:
    text = "She wrote the first scene in 2005 and put it in a drawer."
    m = only(extract_events(text, [tx(text, "2005", "2005", "year")]))
    assert (m.kind, m.summary) == ("statement", "She wrote the first scene")
    # but a verb after the object, with no "and" between, is a report's
    text = "He warned the talks failed on Monday."
    assert only(extract_events(text, [tx(text, "Monday", "2023-05-08")])).kind == "meeting"


def test_each_clause_of_a_list_of_clauses_dates_its_own_verb() -> None:
    text = "The company opened a plant in 2019, sales doubled in 2020, and profits tripled in 2021."
    mentions = extract_events(text, [tx(text, y, y, "year") for y in ("2019", "2020", "2021")])
    assert [(m.date, m.summary) for m in mentions] == [
        ("2019", "The company opened a plant"), ("2020", "Sales doubled"), ("2021", "Profits tripled")]
    # a list of names is no list of clauses
    text = "He visited Paris, London and Berlin in May, and returned in June."
    mentions = extract_events(text, [tx(text, "May", "2025-05", "month"), tx(text, "June", "2025-06", "month")])
    assert mentions[0].summary == "He visited Paris, London and Berlin"


def test_used_is_a_verb_and_a_participle() -> None:
    text = "The gates were first used in anger in 1983."
    assert only(extract_events(text, [tx(text, "1983", "1983", "year")])).summary == "The gates were first used in anger"
    text = "Cobalt, used in rechargeable batteries, fell to a three-year low in mid-2019."
    m = only(extract_events(text, [tx(text, "mid-2019", "2019", "year")]))
    assert m.summary.startswith("Cobalt fell")


def test_relative_clause_dates_its_own_verb() -> None:
    text = "Maria Novak, who visited Lisbon on Tuesday, said the trip had gone well."
    m = only(extract_events(text, [tx(text, "Tuesday", "2023-05-09")]))
    assert m.kind == "visit"
    assert m.actors == ("Maria Novak",)
    assert m.places == ("Lisbon",)


@pytest.mark.parametrize(("text", "main", "sub"), [
    ("Japan launched a rocket on Thursday, after bad weather forced three postponements last month.",
     "Thursday", "last month"),
    ("Officials met on Monday after heavy rains flooded the capital on Saturday.", "Monday", "Saturday"),
])
def test_a_subordinate_clause_with_a_bare_subject_keeps_its_own_date(text: str, main: str, sub: str) -> None:
    mentions = extract_events(text, [tx(text, main, "2023-09-07"), tx(text, sub, "2023-08", "month")])
    by_date = {m.date: m for m in mentions}
    assert text.split()[0] in by_date["2023-09-07"].summary
    assert "2023-08" not in by_date or text.split()[0] not in by_date["2023-08"].summary


def test_noun_trigger_with_its_own_doer() -> None:
    text = "Officials were still studying Peru's call on Tuesday for a regional rescue fund."
    m = only(extract_events(text, [tx(text, "Tuesday", "2023-05-09")]))
    assert (m.kind, m.trigger) == ("proposal", "call")
    assert m.actors == ("Peru",)


def test_setting_noun_dates_the_main_verb() -> None:
    text = "Peruvian Trade Minister Ana Ruiz proposed a joint fund during a visit to Quito on Thursday."
    m = only(extract_events(text, [tx(text, "Thursday", "2023-05-11")]))
    assert m.kinds == ("proposal", "visit")
    assert m.kind == "proposal"
    assert set(m.actors) == {"Ana Ruiz", "Peru"}
    assert m.places == ("Quito",)
    assert "Quito" in m.summary


def test_dateline_fallback_only_where_plausible() -> None:
    text = ("Envoys from Kenya and Ghana met on Wednesday to discuss the crisis.\n\n"
            "Gunmen attacked a bus on Wednesday.\n\n"
            "The two envoys had met once before on Monday.")
    timexes = [tx(text, "Wednesday", "2023-05-10"), tx(text, "Wednesday", "2023-05-10", nth=1),
               tx(text, "Monday", "2023-05-08")]
    mentions = extract_events(text, timexes, dateline_place="Geneva")
    meeting, attack, earlier = mentions
    assert meeting.kind == "meeting" and meeting.places == ("Geneva",)  # the news day, in the dateline city
    assert set(meeting.actors) == {"Kenya", "Ghana"}
    assert attack.kind == "attack" and attack.places == ()  # an attack is not placed by a dateline
    assert earlier.kind == "meeting" and earlier.places == ()  # not the news day
    assert extract_events(text, timexes)[0].places == ()


@pytest.mark.parametrize(
    ("phrase", "type_", "value", "granularity"),
    [("for three weeks", "DURATION", "P3W", "week"), ("now", "DATE", "PRESENT_REF", "none"),
     ("every Monday", "SET", "XXXX-WXX-1", "week"), ("before March", "DATE", "2023-03", "month")],
)
def test_no_event_from_durations_present_refs_sets_or_bounds(phrase, type_, value, granularity) -> None:
    text = f"The talks in Geneva went on {phrase}, a mediator said."
    mod = "BEFORE" if phrase.startswith("before") else None
    assert extract_events(text, [tx(text, phrase, value, granularity, type_=type_, mod=mod)]) == []


def test_no_event_from_an_undated_quote_of_what_someone_thinks() -> None:
    text = "“I think the talks are still going on now,” the envoy said."
    assert extract_events(text, [tx(text, "now", "PRESENT_REF", "none")]) == []


def test_surname_resolves_to_the_full_name_within_the_article() -> None:
    text = "Jonas Petrauskas met the envoy in Vilnius on Monday.\n\nPetrauskas said on Tuesday that no deal was near."
    mentions = extract_events(text, [tx(text, "Monday", "2023-05-08"), tx(text, "Tuesday", "2023-05-09")])
    assert [m.actors for m in mentions] == [("Jonas Petrauskas",), ("Jonas Petrauskas",)]
    assert mentions[1].kind == "statement"


def test_capital_as_actor_and_state_body_as_country() -> None:
    text = "Moscow struck Kharkiv on Tuesday.\n\nThe German government announced new sanctions on Friday."
    first, second = extract_events(text, [tx(text, "Tuesday", "2023-05-09"), tx(text, "Friday", "2023-05-12")])
    assert first.actors == ("Russia",) and first.places == ("Kharkiv",)
    assert "Germany" in second.actors


def test_postposed_attribution_dates_the_statement() -> None:
    text = ("Sending troops would be a grave mistake, Lena Fischer, a Swiss government spokeswoman, "
            "told reporters on Thursday.")
    m = only(extract_events(text, [tx(text, "Thursday", "2023-05-11")]))
    assert m.kind == "statement"
    assert m.actors == ("Lena Fischer", "Switzerland")
    assert "Lena Fischer" in m.summary


def test_quote_attribution_and_pronouns() -> None:
    text = ("“We will not accept this plan in any form,” said Austrian Chancellor Paul Berger on Monday.\n\n"
            "He added on Tuesday that talks with Hungary would go on.")
    first, second = extract_events(text, [tx(text, "Monday", "2023-05-08"), tx(text, "Tuesday", "2023-05-09")])
    assert first.kind == "statement" and set(first.actors) == {"Paul Berger", "Austria"}
    assert second.kind == "statement" and second.actors == ("Paul Berger",)


@pytest.mark.parametrize(("text", "words", "value", "granularity"), [
    ("For most of the 20th century, the river was an industrial drain lined with railyards.", "the 20th century",
     "19", "century"),
    ("Throughout 2023, the company cut jobs at its two plants.", "2023", "2023", "year"),
    ("The 1990s brought a different invader.", "The 1990s", "199", "decade"),
    ("2024 saw record sales at the port.", "2024", "2024", "year"),
])
def test_a_span_held_over_or_told_about_dates_nothing(text: str, words: str, value: str, granularity: str) -> None:
    assert extract_events(text, [tx(text, words, value, granularity)]) == []


def test_a_century_dates_what_happened_in_it_and_a_day_held_over_still_dates() -> None:
    text = "The Romans built a small fort at Longis in the 4th century."
    assert only(extract_events(text, [tx(text, "the 4th century", "03", "century")])).date == "0300"
    text = "The storm closed the airport for much of 23 January."
    assert only(extract_events(text, [tx(text, "23 January", "2025-01-23")])).date == "2025-01-23"


def test_month_and_year_granularity_and_week_mapping() -> None:
    text = "Serbia held an election in June 2021.\n\nThe army withdrew from the border in 2019."
    first, second = extract_events(text, [tx(text, "June 2021", "2021-06", "month"), tx(text, "2019", "2019", "year")])
    assert (first.kind, first.date, first.granularity) == ("election", "2021-06", "month")
    assert (second.date, second.granularity) == ("2019", "year")
    week = lambda v: event_date(Timex(0, 1, "x", "DATE", v, "week"))  # noqa: E731
    assert week("2022-W11") == ("2022-03-14", "week")  # dated by its Monday
    assert week("2022-W09") == ("2022-02-28", "week")  # across two months
    assert week("2020-W53") == ("2020-12-28", "week")  # across New Year
    assert event_date(Timex(0, 1, "x", "DATE", "199", "decade", "START")) == ("1990", "decade")  # the early 1990s
    assert event_date(Timex(0, 16, "the 19th century", "DATE", "18", "century")) == ("1800", "century")
    assert event_date(Timex(0, 16, "the 18th-century", "DATE", "17", "century")) is None  # a building's age
    assert event_date(Timex(0, 1, "x", "DATE", "2022-02-30", "day")) is None
    assert event_date(Timex(0, 1, "x", "DATE", "XXXX-03-15", "day")) is None
    assert event_date(Timex(0, 1, "x", "TIME", "2022-03-15T10:00", "time")) is None
    # the year or month still running dates no happening ("9,874 cases have been reported this year"); one placed
    # in it does ("earlier this year")
    assert event_date(Timex(0, 9, "this year", "DATE", "2022", "year")) is None
    assert event_date(Timex(0, 10, "This month", "DATE", "2022-03", "month")) is None
    assert event_date(Timex(0, 17, "earlier this year", "DATE", "2022", "year")) == ("2022", "year")
    # nor does a report's period or a fiscal year by its name ("fell in the quarter", "for fiscal 2023")
    for words, value in [("the quarter", "2022-Q1"), ("the current fiscal year", "2022"), ("fiscal 2023", "2023"),
                         ("FY2024", "2024")]:
        assert event_date(Timex(0, len(words), words, "DATE", value, "year")) is None, words
    assert event_date(Timex(0, 18, "the third quarter", "DATE", "2022-Q3", "quarter")) == ("2022", "year")


@pytest.mark.parametrize(("text", "value", "dated"), [
    ("3:40 a.m. on March 2", "2022-03-02T03:40", "2022-03-02"),  # a clock time on a named day
    ("this morning", "2022-03-16TMO", "2022-03-16"),
    ("10 p.m. Friday", "2022-03-11T22:00", "2022-03-11"),
    ("10:00 GMT", "2022-03-15T10:00", None),  # its day is only the one spoken of last
    ("overnight", "2022-03-16TNI", "2022-03-16"),  # the night that ended on the day its value names
    ("That evening", "2022-03-02TEV", "2022-03-02"),  # the day the text spoke of last
])
def test_a_time_dates_an_event_when_it_names_its_day(text: str, value: str, dated: str | None) -> None:
    found = event_date(Timex(0, len(text), text, "TIME", value, "time"))
    assert (found[0] if found else None) == dated


def test_no_trigger_no_event_and_summaries_are_whole_words() -> None:
    assert extract_events("Oslo, May 8 (Wire)", [Timex(6, 11, "May 8", "DATE", "2023-05-08", "day")]) == []
    text = ("Finnish Prime Minister Aino Lehto, speaking after a long cabinet session, announced on Friday "
            "that the government would fund new rail links to the northern regions over the next decade.")
    m = only(extract_events(text, [tx(text, "Friday", "2023-05-12")]))
    words = set(text.replace(",", " ").split())
    assert all(w in words or w.strip(":") in words for w in m.summary.replace(",", " ").split())
    assert len(m.summary) < len(text)


def test_every_dated_sentence_of_a_long_article_yields_a_mention() -> None:
    paragraph = ("Estonian Foreign Minister Mari Tamm met her Latvian counterpart in Riga on Tuesday, "
                 "and the two said on Wednesday that they would propose a joint border plan to NATO. "
                 "Tamm, who visited Vilnius on Monday, told reporters the talks were useful. ")
    text = "\n\n".join([paragraph] * 6)  # about 300 words; three dated sentences each
    timexes = []
    for i in range(6):
        for word, value in (("Tuesday", "2023-05-09"), ("Wednesday", "2023-05-10"), ("Monday", "2023-05-08")):
            timexes.append(tx(text, word, value, nth=i))
    mentions = extract_events(text, timexes)
    assert len(mentions) >= 18
    assert {m.timex.value for m in mentions} == {"2023-05-08", "2023-05-09", "2023-05-10"}


# -- the seed articles (read from ../shared/seeds when present) ----------------------------------------------

def _story(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("the shared seed articles are not next to this checkout")
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n\n".join(line for line in lines if len(line) > 80)


def _weekday_timexes(text: str, days: dict[str, str]) -> list[Timex]:
    out = []
    for word, value in days.items():
        start = text.find(word)
        while start != -1:
            out.append(Timex(start, start + len(word), word, "DATE", value, "day"))
            start = text.find(word, start + 1)
    return out


def test_afp_seed() -> None:
    text = _story("afp-via-spacewar.txt")
    timexes = _weekday_timexes(text, {"Tuesday": "2022-03-15", "Wednesday": "2022-03-16"})
    mentions = extract_events(text, timexes, dateline_place="Brussels")
    tuesday = [m for m in mentions if m.date == "2022-03-15"]
    assert any({"Jaroslaw Kaczynski", "Poland"} <= set(m.actors) and "Kyiv" in m.places for m in tuesday)
    wednesday = [m for m in mentions if m.date == "2022-03-16"]
    assert any("NATO" in m.actors and m.places == ("Brussels",) for m in wednesday)


def test_rt_seed() -> None:
    text = _story("rt-via-libertarianhub.txt")
    timexes = _weekday_timexes(text, {"Tuesday": "2022-03-15", "Wednesday": "2022-03-16"})
    start = text.index("late February")
    timexes.append(Timex(start, start + 13, "late February", "DATE", "2022-02", "month", "END"))
    mentions = extract_events(text, timexes)
    assert any(m.date == "2022-03-15" and m.kind == "proposal" and "Poland" in m.actors for m in mentions)
    assert any(m.date == "2022-03-16" and m.kind == "statement" and {"Steffen Hebestreit", "Germany"} <= set(m.actors)
               for m in mentions)
    assert any(m.date == "2022-03-16" and m.kind == "meeting" and "NATO" in m.actors and "Brussels" in m.places
               for m in mentions)
    assert any(m.date == "2022-02" and m.kind == "attack" and m.actors[:1] == ("Russia",) and "Ukraine" in m.actors
               for m in mentions)


def test_relative_clause_without_a_trigger_dates_its_antecedent() -> None:
    text = "Negotiations between the two sides, which began in Doha on Tuesday, ended without a deal."
    m = only(extract_events(text, [tx(text, "Tuesday", "2023-05-09")]))
    assert (m.kind, m.places) == ("meeting", ("Doha",))
    assert m.summary.startswith("Negotiations between the two sides began in Doha")


def test_an_institution_that_sits_elsewhere_gets_no_dateline_place() -> None:
    text = "The Kremlin said on Wednesday that it would respond."
    m = only(extract_events(text, [tx(text, "Wednesday", "2023-05-10")], dateline_place="Brussels"))
    assert m.actors == ("Russia",) and m.places == ()


def test_targets_of_noun_triggers_and_possessive_pronouns() -> None:
    text = "Artillery strikes hit Kherson on Sunday.\n\nRussia began its invasion of Ukraine on February 24."
    first, second = extract_events(text, [tx(text, "Sunday", "2023-05-07"), tx(text, "February 24", "2022-02-24")])
    assert (first.kind, first.places, first.actors) == ("attack", ("Kherson",), ())
    assert (second.kind, second.actors, second.places) == ("attack", ("Russia", "Ukraine"), ("Ukraine",))


def test_date_before_an_infinitive_dates_the_verb_before_it() -> None:
    text = "The assembly voted on May 2 to condemn the coup."
    assert only(extract_events(text, [tx(text, "May 2", "2023-05-02")])).kind == "vote"


def test_statement_noun_as_setting_of_a_speech_verb() -> None:
    text = "In a statement on Thursday, the Danish foreign ministry said it had summoned the envoy."
    m = only(extract_events(text, [tx(text, "Thursday", "2023-05-11")]))
    assert (m.kind, m.trigger, m.actors) == ("statement", "said", ("Denmark",))


_WORDS = ["Kyiv", "said", "on", "Tuesday", "NATO", "“", "”", '"', ",", ".", "\n\n", "the", "visit", "to", "Mr.",
          "who", "that", "Poland’s", "call", "met", "in", "—", ";", "(", ")", "U.S.", "attacked", "Ukraine", "'s",
          "Kaczynski", "Jaroslaw", "told", "reporters", "during", "a", "which", "élan", "Gdańsk", "-", "said,"]


@pytest.mark.parametrize("seed", range(40))
def test_never_fails_on_odd_text(seed: int) -> None:
    import random

    rng = random.Random(seed)
    text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 80)))
    timexes = []
    for _ in range(rng.randint(0, 6)):
        if not text:
            break
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randint(1, 12))
        timexes.append(Timex(start, end, text[start:end], "DATE", rng.choice(["2022-03-15", "2022-03", "2022"]),
                             rng.choice(["day", "month", "year"])))
    for m in extract_events(text, timexes, dateline_place=rng.choice([None, "Brussels", "Atlantis"])):
        assert text[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence
        assert m.kind in m.kinds and m.summary.strip() == m.summary


def test_with_the_temporal_tagger() -> None:
    timex = pytest.importorskip("streams.core.timex")

    text = ("Finnish and Swedish negotiators met in Ankara on Tuesday.\n\n"
            "The talks lasted for three hours, an official said. Turkey will decide in June.")
    mentions = extract_events(text, timex.tag(text, date(2022, 5, 26)), dateline_place="Ankara")
    dated = {(m.date, m.kind) for m in mentions}
    assert ("2022-05-24", "meeting") in dated
    assert ("2022-06", "decision") in dated
    assert all(m.timex.type == "DATE" for m in mentions)  # "for three hours" dates nothing


# -- which dates date an event ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kenya and Uganda signed an accord on Thursday to double rail freight by 2030.", ("Thursday", "2030")),
        ("The EU agreed on Monday to phase out coal plants by 2035.", ("Monday", "2035")),
        ("The council voted on Friday to keep the bridge closed until 2027.", ("Friday", "2027")),
        ("The ministers pledged on Tuesday to halve emissions no later than 2040.", ("Tuesday", "2040")),
    ],
)
def test_a_target_year_is_no_event_date(text: str, words: tuple[str, str]) -> None:
    day, year = words
    m = only(extract_events(text, [tx(text, day, "2023-05-11"), tx(text, year, year, "year")]))
    assert m.date == "2023-05-11"
    assert year not in m.summary


def test_a_start_dates_only_a_when_clause() -> None:
    text = "Exporters have sought new routes since July, when Russia withdrew from the grain deal."
    m = only(extract_events(text, [tx(text, "July", "2023-07", "month")]))
    assert (m.kind, m.date, m.actors[:1]) == ("decision", "2023-07", ("Russia",))
    text = "Prices have doubled since May, when the pipeline was shut down."
    assert only(extract_events(text, [tx(text, "May", "2023-05", "month")])).kind == "decision"
    text = "In 2020, when a cyclone struck the island, the harbour was destroyed."
    assert only(extract_events(text, [tx(text, "2020", "2020", "year")])).kind == "disaster"


@pytest.mark.parametrize(
    ("text", "word", "value", "kind"),
    [("The roof has leaked since a hailstorm in July 2023.", "July 2023", "2023-07", "disaster"),
     ("The rate has been held at 1,700 kwacha since the devaluation on 9 November.", "9 November", "2023-11-09",
      "decision"),
     ("She has been on board since the first voyage in October 1999.", "October 1999", "1999-10", "visit")],
)
def test_a_happening_named_after_since_takes_its_own_date(text: str, word: str, value: str, kind: str) -> None:
    granularity = "day" if value.count("-") == 2 else "month"
    m = only(extract_events(text, [tx(text, word, value, granularity)]))
    assert (m.kind, m.date) == (kind, value)


def test_adjourned_until_a_day_dates_the_hearing_that_resumes_then() -> None:
    text = "On Monday, the same court adjourned the trial until 7th April."
    mentions = extract_events(text, [tx(text, "Monday", "2021-03-22"), tx(text, "7th April", "2021-04-07")])
    assert {m.date for m in mentions} == {"2021-03-22", "2021-04-07"}
    text = "Her lawyer had asked for the case to be adjourned until January."  # asked for, not done
    assert extract_events(text, [tx(text, "January", "2026-01", "month")]) == []
    text = "The road will stay closed until Friday."  # a deadline
    assert extract_events(text, [tx(text, "Friday", "2021-03-26")]) == []


def test_an_aside_after_a_happenings_noun_dates_it() -> None:
    text = "The last human outbreak in the region, in Chunya District in 2018, infected 32 people."
    assert only(extract_events(text, [tx(text, "2018", "2018", "year")])).kind == "disaster"
    text = "Merkel, chancellor from 2005 to 2021, said little."  # a person's description dates nothing
    assert extract_events(text, [tx(text, "2005", "2005", "year"), tx(text, "2021", "2021", "year")]) == []


def test_a_noun_dated_by_its_own_of_phrase_dates_no_other_date() -> None:
    text = ("The film, about farmers during the great drought of 2016, was shot in 24 days in April 2024 and finished "
            "last month.")
    mentions = extract_events(text, [tx(text, "2016", "2016", "year"), tx(text, "April 2024", "2024-04", "month")])
    april = next(m for m in mentions if m.date == "2024-04")
    assert april.kind != "disaster" and "shot" in april.summary
    text = "The civil war of 1967 to 1970 scattered the band."
    mentions = extract_events(text, [tx(text, "1967", "1967", "year"), tx(text, "1970", "1970", "year")])
    assert {m.kind for m in mentions} == {"attack"}  # one span: its end is the war's too


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [("The ceasefire will hold until March.", ("March", "2023-03", "month"), ("agreement", "2023-03")),
     ("Talks will go on until at least Thursday, officials said.", ("Thursday", "2023-05-11", "day"),
      ("meeting", "2023-05-11")),
     ("Lawmakers have until March 3 to approve the budget.", ("March 3", "2024-03-03", "day"),
      ("decision", "2024-03-03")),
     ("Bids must be approved no later than May 3.", ("May 3", "2024-05-03", "day"), ("decision", "2024-05-03")),
     # a plan or a ban made before the news, whose end is still ahead
     ("The government ordered employers to stop outdoor work until June 15.", ("June 15", "2023-06-15", "day"),
      ("decision", "2023-06-15")),
     ("Mayors banned scooters from circulating until Thursday.", ("Thursday", "2023-05-11", "day"),
      ("decision", "2023-05-11"))],
)
def test_a_deadline_or_the_end_of_a_state_is_no_happening(text, words, expected) -> None:
    phrase, value, granularity = words
    mod = "ON_OR_BEFORE" if "no later than" in text else None
    assert extract_events(text, [tx(text, phrase, value, granularity, mod=mod)], published_at=date(2023, 5, 8)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [("The No. 7 pick signed a four-year contract through 2028.", ("2028", "2028", "year")),
     ("The club has signed the striker on a loan until June.", ("June", "2023-06", "month")),
     ("The two sides extended the truce until Friday.", ("Friday", "2023-05-12", "day"))],
)
def test_a_deadline_ahead_does_not_date_what_was_done_before_the_news(text, words) -> None:
    phrase, value, granularity = words
    assert extract_events(text, [tx(text, phrase, value, granularity)], published_at=date(2023, 5, 8)) == []


def test_the_end_of_a_period_is_no_deadline() -> None:
    text = "Consumer prices rose 2.5% in the 12 months through June."
    m = only(extract_events(text, [tx(text, "June", "2023-06", "month")], published_at=date(2023, 7, 12)))
    assert (m.date, m.timex.mod) == ("2023-06", None)


def test_a_period_named_by_its_end_dates_nothing() -> None:
    text = "Brightwell reported revenue of $318.4 million for the quarter ended March 31."
    timexes = [tx(text, "the quarter", "2023-Q1", "quarter"), tx(text, "March 31", "2023-03-31")]
    assert extract_events(text, timexes, published_at=date(2023, 4, 27)) == []


def test_the_scope_of_a_superlative_dates_nothing() -> None:
    text = "The number of cases reported in the week ending May 9 was the highest this year."
    timexes = [tx(text, "May 9", "2020-05-09"), tx(text, "this year", "2020", "year")]
    assert extract_events(text, timexes, published_at=date(2020, 5, 12)) == []


@pytest.mark.parametrize("text, year", [
    ("Guinea-Bissau exported about 214,000 tonnes of raw nuts in 2024, the ministry said.", "2024"),
    ("The tram network carried 22.7 million passengers last year, up from 19.1 million.", "last year"),
    ("Catches fell by a third last year.", "last year"),
    ("In 2025 the port handled 3.2 million tonnes of cargo.", "2025"),
    ("Madeira's hotels received more than 2.2 million guests in 2024, the office said.", "2024"),
    ("The central bank expects the economy to grow by just 0.75 percent in 2024.", "2024"),
])
def test_a_year_a_figure_is_counted_over_dates_nothing(text, year) -> None:
    assert extract_events(text, [tx(text, year, "2024", "year")], published_at=date(2025, 3, 4)) == []


def test_a_forecast_for_a_quarter_dates_nothing_but_a_quarters_figure_does() -> None:
    text = "Exports in the first quarter could reach 2 million tonnes, traders said."
    assert extract_events(text, [tx(text, "the first quarter", "2024-Q1", "quarter")]) == []
    text = "The economy grew by 5.2 percent in the second quarter."
    assert only(extract_events(text, [tx(text, "the second quarter", "2024-Q2", "quarter")])).date == "2024"


@pytest.mark.parametrize("text, year", [
    ("Andes Air received a $400 million government-backed loan in 2020.", "2020"),
    ("It aims to produce about 2 million tonnes of ammonia a year from 2030.", "2030"),
    ("The company, which exported 5,000 tonnes, was founded in 2019.", "2019"),
    ("The mine, which began production in 2016, produced 58,300 tonnes last year.", "2016"),
])
def test_a_single_amount_or_another_happening_in_a_year_is_dated(text, year) -> None:
    assert only(extract_events(text, [tx(text, year, year, "year")], published_at=date(2025, 3, 4))).date == year


@pytest.mark.parametrize("text, words", [
    ("The bank will pay a dividend of 18 cents on April 15 to shareholders on the register on March 28.", "March 28"),
    ("A dividend of $0.20 is payable to shareholders of record at the close of business on June 2, 2023.",
     "June 2, 2023"),
    ("Record date: Fri 23 May", "Fri 23 May"),
    ("The shares will trade ex-dividend from March 27.", "March 27"),
    ("The recall covers packs with a best-before date of 15 January 2026.", "15 January 2026"),
    # nor does a deadline
    ("Registration closes at 5pm on Friday 28 March.", "Friday 28 March"),
    ("The consultation on the bus plan closes at midnight on 19 June.", "19 June"),
    ("The government has set a deadline of 28 March for plans to be submitted.", "28 March"),
    ("Botev must find a replacement before the Bulgarian window closes on March 28.", "March 28"),
])
def test_a_date_that_identifies_a_holding_or_a_product_or_names_a_deadline_dates_nothing(text, words) -> None:
    assert extract_events(text, [tx(text, words, "2025-03-28")], published_at=date(2025, 3, 4)) == []


def test_what_closed_on_a_day_is_told() -> None:
    text = "The council received 2,318 submissions before consultation closed on March 28."
    assert only(extract_events(text, [tx(text, "March 28", "2025-03-28")], published_at=date(2025, 4, 4)))


def test_a_plan_told_in_the_past_that_did_not_hold_dates_nothing() -> None:
    text = ("The budget, presented on 15 October, had been due to be debated next week but will now be taken on "
            "24 November.")
    timexes = [tx(text, "15 October", "2025-10-15"), tx(text, "next week", "2025-W46", "week"),
               tx(text, "24 November", "2025-11-24")]
    got = [m.timex.text for m in extract_events(text, timexes, published_at=date(2025, 11, 5))]
    assert got == ["15 October", "24 November"]
    text = "The ferry is due to arrive on Friday but may be late."  # a plan that still holds
    assert only(extract_events(text, [tx(text, "Friday", "2025-11-07")], published_at=date(2025, 11, 5)))


@pytest.mark.parametrize(("text", "first", "last", "dated"), [
    # a long range is a period something went on over
    ("The thefts took place between 2013 and 2020, the court heard.", ("2013", "year"), ("2020", "year"), False),
    ("The products were sold in grocery stores between May 20 and June 13.", ("2025-05-20", "day"),
     ("2025-06-13", "day"), False),
    ("The firm sold 112 flats from March 2014 to June 2016.", ("2014-03", "month"), ("2016-06", "month"), False),
    # a short one dates its happening by its first day, and so does a "from" range still to run: a start
    ("Training of vaccinators will be held between Thursday and Saturday.", ("2025-07-17", "day"),
     ("2025-07-19", "day"), True),
    ("The visitor site will close from August 1 to October 31.", ("2025-08-01", "day"), ("2025-10-31", "day"), True),
])
def test_a_range_longer_than_a_fortnight_dates_nothing(text, first, last, dated) -> None:
    words = re.findall(r"(?:between|from) (\w+(?: \d+)?) (?:and|to) (\w+(?: \d+)?)", text)[0]
    timexes = [tx(text, words[0], *first), tx(text, words[1], *last, nth=text.count(words[1]) - 1)]
    got = [m.timex.text for m in extract_events(text, timexes, published_at=date(2025, 7, 15))]
    assert got == ([words[0]] if dated else [])


@pytest.mark.parametrize(("text", "words", "value", "dated"), [
    ("The Hawaiki Nui Va'a is held every year in late October.", "late October", "2024-10", False),
    ("If there is still no agreement, they will stop work every Monday in April.", "April", "2026-04", False),
    ("White varieties, which are usually picked from mid-February, were in by March.", "mid-February", "2025-02",
     False),
    # a day by its number is no habit's, nor is what a comma sets apart from one
    ("Hearings will be held every Tuesday and Thursday from 10 March.", "10 March", "2026-03-10", True),
    ("The survey is published every Monday, and on Monday it showed a rise.", "Monday", "2025-06-16", True),
])
def test_a_habit_s_time_dates_nothing(text, words, value, dated) -> None:
    nth = text.count(words) - 1
    granularity = "month" if len(value) == 7 else "day"
    got = extract_events(text, [tx(text, words, value, granularity, nth=nth)], published_at=date(2025, 1, 10))
    assert bool(got) == dated


def test_a_life_span_under_a_headline_dates_nothing() -> None:
    text = "Peggy Seymour-Tuhi, weather observer, dies at 93\n\n1931–2025\n\nTom Ryan: Saturday 12 April"
    timexes = [tx(text, "1931", "1931", "year"), tx(text, "2025", "2025", "year"),
               tx(text, "Saturday 12 April", "2025-04-12")]
    assert [m.timex.text for m in extract_events(text, timexes)] == ["Saturday 12 April"]


def test_model_years_date_nothing() -> None:
    text = "The ministry recalled 1,146 vehicles of the 2023 and 2024 model years on Wednesday."
    timexes = [tx(text, "2023", "2023", "year"), tx(text, "2024", "2024", "year"), tx(text, "Wednesday", "2025-03-05")]
    assert [m.timex.text for m in extract_events(text, timexes, published_at=date(2025, 3, 6))] == ["Wednesday"]


def test_a_clock_time_with_its_day_after_a_copula_dates_the_subject() -> None:
    text = "The first sailing from Kodiak will be at 7 a.m. April 8."
    m = only(extract_events(text, [tx(text, "7 a.m. April 8", "2025-04-08T07:00", "time", type_="TIME")]))
    assert (m.date, m.summary) == ("2025-04-08", "The first sailing from Kodiak")


def test_a_weekend_is_dated_by_its_week() -> None:
    assert event_date(Timex(0, 1, "the weekend", "DATE", "2021-W37-WE", "week")) == ("2021-09-13", "week")


def test_a_part_of_a_day_dates_its_day() -> None:
    text = "A fire broke out at a grain terminal on Wednesday evening."
    m = only(extract_events(text, [tx(text, "Wednesday evening", "2023-10-11TEV", "time")]))
    assert (m.kind, m.date, m.granularity) == ("disaster", "2023-10-11", "day")
    assert event_date(Timex(0, 1, "x", "DATE", "2023-10-11TNI", "time")) == ("2023-10-11", "day")
    assert event_date(Timex(0, 1, "x", "DATE", "T10:00", "time")) is None
    assert event_date(Timex(0, 1, "x", "DATE", "XXXX-XX-XXTEV", "time")) is None


def test_the_news_day_of_the_dateline_comes_from_the_publication_date() -> None:
    text = ("The envoys met on Wednesday.\n\nThey met again on Thursday.\n\nThey had first met on Monday.\n\n"
            "A second round on Thursday was tense.\n\nOn Thursday they spoke by phone.")
    timexes = [tx(text, "Wednesday", "2023-05-10"), tx(text, "Thursday", "2023-05-11"),
               tx(text, "Monday", "2023-05-08"), tx(text, "Thursday", "2023-05-11", nth=1),
               tx(text, "Thursday", "2023-05-11", nth=2)]
    guessed = {m.date: m.places for m in extract_events(text, timexes, dateline_place="Oslo")}
    assert guessed["2023-05-11"] == ("Oslo",) and guessed["2023-05-10"] == ()  # the most mentioned day
    told = {m.date: m.places for m in extract_events(text, timexes, dateline_place="Oslo",
                                                   published_at=date(2023, 5, 10))}
    assert told["2023-05-10"] == ("Oslo",) and told["2023-05-11"] == ()  # the publication day and the one before
    assert told["2023-05-08"] == ()


@pytest.mark.parametrize(
    "sentence",
    ["Energy ministers are due to meet in Brussels on Tuesday.",
     "The prime minister will address parliament on Tuesday.",
     "Talks are expected to resume on Tuesday in Geneva."],
)
def test_scheduled_events_point_forward_with_the_tagger(sentence: str) -> None:
    timex = pytest.importorskip("streams.core.timex")

    m = only(extract_events(sentence, timex.tag(sentence, date(2023, 11, 20)), published_at=date(2023, 11, 20)))
    assert m.date == "2023-11-21"  # published on a Monday: the coming Tuesday


def test_an_unnamed_clause_carries_the_names_its_article_gave_before_it() -> None:
    text = ("BERLIN (Reuters) - Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin on Monday.\n\n"
            "The two sides last met in 2021, when talks on reparations collapsed.")
    named, unnamed = extract_events(text, [tx(text, "Monday", "2023-05-08"), tx(text, "2021", "2021", "year")])
    assert named.context == ()  # a clause that names its own actors needs no context
    assert not unnamed.actors and not unnamed.places
    assert {"Olaf Scholz", "Andrzej Duda"} <= set(unnamed.context)
    assert "Reuters" not in unnamed.context  # the wire that wrote it is not whom it is about
    assert "Germany" not in unnamed.context and "Berlin" not in unnamed.context  # people say more than places


def test_an_unnamed_clause_falls_back_to_places_then_countries() -> None:
    text = "Floods hit Valencia on Monday.\n\nOfficials announced an inquiry on Wednesday."
    _, unnamed = extract_events(text, [tx(text, "Monday", "2024-10-28"), tx(text, "Wednesday", "2024-10-30")])
    assert unnamed.context == ("Valencia",)


def test_a_year_that_names_a_thing_does_not_date_its_sentence_beside_a_finer_date() -> None:
    text = "Lawmakers approved the 2023 budget on Wednesday after a heated debate."
    m = only(extract_events(text, [tx(text, "2023", "2023", "year"), tx(text, "Wednesday", "2023-03-15")]))
    assert (m.date, m.summary) == ("2023-03-15", "Lawmakers approved the 2023 budget")
    # alone, the year still dates the sentence; and a year that is no modifier still counts
    alone = "Lawmakers approved the 2023 budget after a heated debate."
    assert only(extract_events(alone, [tx(alone, "2023", "2023", "year")])).date == "2023"
    both = "The plant closed in 2019 and reopened on Wednesday."
    assert {m.date for m in extract_events(both, [tx(both, "2019", "2019", "year"),
                                                  tx(both, "Wednesday", "2023-03-15")])} == {"2019", "2023-03-15"}


def _tagged(text: str, published: date) -> list[EventMention]:
    timex = pytest.importorskip("streams.core.timex")
    return extract_events(text, timex.tag(text, published), published_at=published)


def test_a_name_set_off_inside_a_relative_clause_does_not_end_it() -> None:
    text = ('"This is a good outcome," said chief executive Graham Lindqvist, who will hand over to his deputy, '
            'Priya Raman, in April after steering the group through the merger.')
    m = only(_tagged(text, date(2020, 11, 25)))
    assert (m.date, m.kind) == ("2021-04", "resignation")  # the hand-over ahead, not the saying
    assert "said" not in m.summary.lower()


def test_a_list_of_names_in_a_subject_does_not_split_its_clause() -> None:
    text = ("The king is expected at an inauguration ceremony on Thursday, and commercial services between Bilbao, "
            "Vitoria-Gasteiz and San Sebastián will begin on Sunday.")
    by_date = {m.date: m for m in _tagged(text, date(2025, 6, 2))}  # a Monday
    assert set(by_date) == {"2025-06-05", "2025-06-08"}  # "are expected at" looks ahead
    sunday = by_date["2025-06-08"]
    assert sunday.kind == "opening" and sunday.summary == "Commercial services will begin"
    assert [e.text for e in sunday.entities] == ["Bilbao", "San Sebastián"]


def test_a_participle_after_the_date_does_not_take_it_from_the_verb_before() -> None:
    text = "More than 3,000 students had signed a petition by Wednesday calling for the dean to step down."
    m = only(extract_events(text, [tx(text, "Wednesday", "2021-06-16")]))
    assert m.kind == "agreement" and m.summary.startswith("More than 3,000 students had signed a petition")


def test_a_date_told_again_in_finer_words_dates_once() -> None:
    text = "Earlier this month, on Sept. 8, prosecutors raided the consortium's offices in Lima."
    mentions = extract_events(text, [tx(text, "Earlier this month", "2021-09", "month"), tx(text, "Sept. 8", "2021-09-08")])
    m = only(mentions)
    assert m.date == "2021-09-08" and m.summary == "Prosecutors raided the consortium's offices in Lima"


def test_a_month_naming_a_thing_dates_nothing_but_a_date_naming_an_event_dates_it() -> None:
    text = "At a session on Monday night, the council voted to waive late fees on July water bills."
    m = only(extract_events(text, [tx(text, "Monday night", "2025-07-21"), tx(text, "July", "2025-07", "month")]))
    assert m.date == "2025-07-21" and "July water bills" in m.summary  # the month stays in the words
    text = "The commission said on Tuesday it would review boundaries ahead of the December 2024 general election."
    dates = {m.date: m for m in extract_events(text, [tx(text, "Tuesday", "2023-09-12"),
                                                      tx(text, "December 2024", "2024-12", "month")])}
    assert set(dates) == {"2023-09-12", "2024-12"} and dates["2024-12"].kind == "election"


def test_a_date_inside_a_noun_phrase_dates_the_noun_not_the_verb_governing_it() -> None:
    text = "On Monday, the High Court overturned the 2021 conviction of Julian Soto."
    by_date = {m.date: m for m in extract_events(text, [tx(text, "2021", "2021", "year"), tx(text, "Monday", "2025-02-03")])}
    assert by_date["2021"].summary == "The conviction of Julian Soto" and by_date["2021"].kind == "verdict"
    assert by_date["2025-02-03"].summary.startswith("The High Court overturned the conviction")


def test_an_object_relative_clause_dates_its_own_verb() -> None:
    text = "The plant, built in the 1950s, is in the middle of an upgrade that the council approved in March."
    m = only(extract_events(text, [tx(text, "March", "2025-03", "month")]))
    assert m.kind == "decision" and m.summary.lower().startswith("the council approved")


def test_the_year_of_a_law_named_in_boilerplate_dates_nothing() -> None:
    text = ("This release contains forward-looking statements within the meaning of the Private Securities "
            "Litigation Reform Act of 1995, including statements regarding the restructuring.")
    assert extract_events(text, [tx(text, "1995", "1995", "year")]) == []
