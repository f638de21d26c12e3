"""One article through the core: the publication date's fallbacks are taken and recorded, HTML is reduced."""

from datetime import date, datetime, timezone

import pytest

from streams.core.pipeline import mention_id, process_article, publication_date
from streams.core.article import Article
from streams.core.local_day import possible_local_day
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


@pytest.mark.parametrize(("body", "published_at", "day"), [
    # a time in UTC is read as the local day where the story was filed
    ("TAIPEI, Taiwan (AP) — " + BODY, "2024-04-02T18:10:00Z", date(2024, 4, 3)),
    ("TOKYO - " + BODY, "Sun, 27 Oct 2024 23:50:00 GMT", date(2024, 10, 28)),
    ("LOS ANGELES (AP) — " + BODY, "2024-04-03T02:10:00Z", date(2024, 4, 2)),
    ("KHARKIV, Ukraine (AP) — " + BODY, "2024-04-02T21:30:00+00:00", date(2024, 4, 3)),
    # a city of a country that spans zones by its own clock (Saskatoon: UTC-6 all year; Irkutsk: UTC+8)
    ("SASKATOON, Saskatchewan — " + BODY, "2025-12-02T04:50:00Z", date(2025, 12, 1)),
    ("IRKUTSK, Russia — " + BODY, "2025-11-11T16:20:00Z", date(2025, 11, 12)),
    # a place whose country spans zones, with no zone of its own, keeps the time as given; so does a date alone
    ("ALASKA CITY (AP) — " + BODY, "2024-04-02T18:10:00Z", date(2024, 4, 2)),
    ("TAIPEI, Taiwan (AP) — " + BODY, "2024-04-02", date(2024, 4, 2)),
    ("TAIPEI, Taiwan (AP) — " + BODY, "2024-04-02T23:10:00", date(2024, 4, 2)),
])
def test_publication_time_is_read_at_the_dateline(body, published_at, day):
    result = process_article({"id": "tz", "source": "AP", "published_at": published_at, "body": body})
    assert (result.published_at, result.published_basis) == (day, "field")


@pytest.mark.parametrize(("url", "body", "day"), [
    # with no dateline, an outlet on a country's web domain writes by that country's day
    ("https://www.bendigoadvertiser.com.au/story/1/", BODY, date(2023, 2, 25)),
    ("www.thepost.co.nz/nz-news/1", BODY, date(2023, 2, 25)),
    # a dateline's place comes first; a generic domain, a country domain used as a generic one, or none: as given
    ("https://www.bendigoadvertiser.com.au/story/1/", "LOS ANGELES (AP) — " + BODY, date(2023, 2, 24)),
    ("https://example.com/story", BODY, date(2023, 2, 24)),
    ("https://news.example.io/story", BODY, date(2023, 2, 24)),
    (None, BODY, date(2023, 2, 24)),
    ("not a url", BODY, date(2023, 2, 24)),
])
def test_publication_time_is_read_at_the_outlets_country(url, body, day):
    result = process_article({"id": "tz", "source": "Local paper", "url": url, "published_at": "2023-02-24T21:00:00Z",
                              "body": body})
    assert (result.published_at, result.published_basis) == (day, "field")


def test_an_outlet_named_for_a_city_of_a_country_that_spans_zones_writes_by_that_city():
    result = process_article({"id": "tz", "source": "The Fargo Prairie Ledger", "url": "https://www.example.com/1",
                              "published_at": "2025-04-12T04:20:00Z", "body": BODY})
    assert result.published_at == date(2025, 4, 11)  # 11:20 p.m. Central daylight time


@pytest.mark.parametrize(("url", "stamp", "day"), [
    # an outlet of unknown zone that prints its own date line writes by that day, when the moment can be that day
    ("https://www.example.com/national/1", "Thursday, 9 April 2026", date(2026, 4, 9)),
    ("https://www.example.com/national/1", "April 8, 2026", date(2026, 4, 8)),
    # a printed day no zone on Earth had at that moment is not the publication day
    ("https://www.example.com/national/1", "Friday, 10 April 2026", date(2026, 4, 8)),
    # a known zone comes first (Port Moresby is UTC+10, so 21:30Z is the 9th there whatever the page prints)
    ("https://www.pomtribune.com.pg/national/1", "Wednesday, 8 April 2026", date(2026, 4, 9)),
    # but a zone guessed from a web domain yields to the page's clock when the two agree on a civil zone (a .ru page
    # at 21:30Z printed 23.30 is at UTC+2, Kaliningrad, where it is still the 8th; 07.30 is no zone's clock then)
    ("https://www.example.ru/news/1", "Wednesday 8 April 2026, 23.30", date(2026, 4, 8)),
    ("https://www.pomtribune.com.pg/national/1", "Wednesday 8 April 2026, 07.30", date(2026, 4, 9)),
])
def test_unknown_zone_takes_the_printed_day(url, stamp, day):
    result = process_article({"id": "tz", "source": "Tribune", "url": url, "published_at": "2026-04-08T21:30:00Z",
                              "body": f"NATIONAL NEWS\n\nBy A REPORTER\n\n{stamp}\n\n" + BODY})
    assert (result.published_at, result.published_basis) == (day, "field")


def test_possible_local_day_spans_the_civil_zones():
    moment = datetime(2026, 4, 8, 21, 30, tzinfo=timezone.utc)
    assert [possible_local_day(moment, date(2026, 4, d)) for d in (7, 8, 9, 10)] == [False, True, True, False]
    early = datetime(2026, 4, 8, 3, 0, tzinfo=timezone.utc)
    assert [possible_local_day(early, date(2026, 4, d)) for d in (7, 8, 9)] == [True, True, False]


def test_message_timestamp_is_read_at_the_dateline_too():
    result = process_article({"id": "tz", "source": "AP", "body": "SYDNEY (AP) — " + BODY},
                             ts("2024-04-02T15:00:00"))
    assert result.published_at == date(2024, 4, 3)


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


def test_the_headline_and_standfirst_are_read_before_the_text():
    title = "Kivu Valley Floods Worsen as Villages Are Cut Off"
    body = page_of(title, "Airlift of food and water to begin on Wednesday", "By Ana Lis",
                   "Rains cut off 38 villages on Monday, the Valley government said. Mr Valley said more rain was "
                   "due.")
    result = process_article({"id": "h", "source": "Herald", "title": title, "published_at": "2025-05-12T22:30:00",
                              "body": body})
    got = [(m.mention.date, m.mention.summary) for m in result.mentions]
    assert ("2025-05-14", "Airlift of food and water to begin") in got  # the standfirst's plan, ahead
    assert ("2025-05-12", "Rains cut off 38 villages") in got
    assert "Kivu Valley" not in str([m.mention.actors for m in result.mentions])  # title case names no person
    assert result.text.text.startswith("Rains cut off")  # the text itself is the body's


def test_mention_ids_are_deterministic():
    article = {"id": "p7", "source": "Andes Post", "published_at": "2023-06-08", "body": BODY}
    first = [m.mention_id for m in process_article(article).mentions]
    assert first == [m.mention_id for m in process_article(article).mentions]
    assert mention_id("a", 1, 2) != mention_id("a", 2, 1)


def test_a_headline_of_no_verb_dates_its_words_and_its_weekday_lies_ahead():
    def told(title: str, standfirst: str, text: str) -> set[tuple[str, str, str]]:
        result = process_article({"id": "hl", "source": "Herald", "title": title,
                                  "published_at": "2025-07-18T09:00:00", "body": page_of(title, standfirst, text)})
        return {(m.mention.timex.text, m.mention.date, m.mention.summary) for m in result.mentions}

    got = told("Belkacemi close to move to Saudi club; medical in Riyadh on Saturday",
               "Striker's fuel of goals: orders close Friday; fuel tanker to follow in early August",
               "MC Alger striker Yacine Belkacemi is set to join the Saudi club after the two clubs agreed a fee on "
               "Thursday. His medical in Riyadh is the last step, and the fuel tanker of goals will follow.")
    assert ("Saturday", "2025-07-19", "medical in Riyadh") in got
    assert ("early August", "2025-08", "fuel tanker to follow") in got
    assert "Friday" not in {text for text, _, _ in got}  # a deadline
    got = told("Lake ice breaks up three weeks earlier than in the 1870s", "Study of 150 years of lake records",
               "The ice on the lake now breaks up three weeks earlier, a study of records found on Monday.")
    assert "the 1870s" not in {text for text, _, _ in got}  # a comparison
    # two words tell a happening; a year or quarter before a noun, a colon or "'s" names a thing, and "until at
    # least" bounds a span
    got = told("Festival Days 2025: a torchlit parade and last year's crowds", "Public lecture on Monday; cold "
               "weather warning until at least Friday", "The organisers said the parade would be longer.")
    assert {(text, date) for text, date, _ in got} == {("Monday", "2025-07-21")}


def test_a_headline_weekday_is_the_day_the_story_tells_with_that_name():
    def told(title: str, text: str) -> set[tuple[str, int, str]]:
        result = process_article({"id": "hw", "source": "Sentinel", "title": title,
                                  "published_at": "2026-02-09T09:00:00", "body": page_of(title, text)})
        return {(m.mention.timex.text, m.mention.timex.start, m.mention.date) for m in result.mentions}

    # a Monday story: the present tense of a headline leaves the way open, the story below settles it
    got = told("Port workers strike Thursday; five cruise calls in doubt",
               "Dock workers will strike on Thursday over pay, their union said on Sunday.")
    assert {date for text, _, date in got if text.endswith("Thursday")} == {"2026-02-12"}
    got = told("Council approves budget Thursday", "The council approved the budget on Thursday, its clerk said.")
    assert {date for text, _, date in got if text.endswith("Thursday")} == {"2026-02-05"}
    # a story that tells two Thursdays leaves the headline to its own tense
    got = told("Port workers to strike again Thursday", "Dock workers struck on Thursday, and the union said on "
               "Sunday that they would strike again on Thursday.")
    assert ("Thursday", 29, "2026-02-12") in got
    # a telling of the weekday with a clock time settles it too; one with its date does not
    got = told("Public lecture Thursday", "Dr Alaoui will give a public lecture at 5pm on Thursday.")
    assert {date for text, _, date in got if text.endswith("Thursday")} == {"2026-02-12"}
    got = told("House to hold emergency hearing Friday", "Workers will be paid on Friday, February 20.")
    assert {date for text, _, date in got if text == "Friday"} == {"2026-02-13"}
    # a day of a month with no year takes the year the story tells it in
    got = told("Jury publishes timetable; run-off for governor, if needed, on 6 December",
               "If no candidate wins 30% of the vote, the two front-runners will meet in a run-off on Sunday 6 December.")
    assert {date for text, _, date in got if "6 December" in text} == {"2026-12-06"}


def test_a_programme_box_dates_each_item_by_its_day_and_leaves_out_deadlines_and_daily_items():
    body = page_of("Fiddlers will play across the islands from Thursday 20 to Sunday 23 June, the organisers said.",
                   "PROGRAMME\nThu 20 June, 7.30pm – Opening concert, Hillhead Hall\nFri 21 June, 11.30pm – Midnight "
                   "Tunes, Bressay\nSat 22 June, 2pm – Young fiddlers' showcase, Hillhead Hall\nSun 23 June, noon – "
                   "entries close for the busking prize\nDaily, 10am–noon – Workshops, Anderson High School",
                   "© 2024 The Courier")
    result = process_article({"id": "p", "source": "Courier", "published_at": "2024-06-06T10:00:00", "body": body})
    got = {(m.mention.timex.text, m.mention.date) for m in result.mentions}
    assert {("Thu 20 June", "2024-06-20"), ("Fri 21 June", "2024-06-21"), ("Sat 22 June", "2024-06-22")} <= got
    assert not any(text in ("Sun 23 June", "noon", "10am") for text, _ in got)


def test_two_days_joined_by_and_are_one_happening_dated_by_the_first():
    def days(body: str) -> list[tuple[str, str]]:
        result = process_article({"id": "d", "source": "Wire", "published_at": "2024-06-12T09:00:00", "body": body})
        return [(m.mention.timex.text, m.mention.date) for m in result.mentions]

    assert days("The show will go ahead on June 26 and 27 at the showground, organisers said.") == [
        ("June 26", "2024-06-26")]
    assert days("Schools will be closed on Thursday and Friday.") == [("Thursday", "2024-06-13")]
    # not days further apart, nor days told "respectively", nor named days that are two happenings
    assert len(days("The council met on June 3 and June 10 to discuss the plan.")) == 2
    assert len(days("Two patients died on Saturday and Sunday respectively.")) == 2
    assert len(days("Collections will be suspended on Christmas Eve and on Christmas Day.")) == 2


def test_a_correction_does_not_date_when_the_outlets_own_item_ran():
    body = page_of("CORRECTIONS",
                   "■ A story on Page A3 on Thursday about the spring flood gave the wrong date for the crest, which "
                   "came on April 28.",
                   "■ An obituary published Friday for Gerald Lavallée gave his age incorrectly.",
                   "■ A photo caption in the Arts section on May 9 misidentified the conductor at the season finale on "
                   "May 2.",
                   "■ A column in last Saturday's Opinion section misstated the year of the last election.",
                   "The council voted on Thursday to close the bridge.")
    told = [(m.mention.timex.text, m.mention.date) for m in process_article(
        {"id": "c", "source": "Post", "published_at": "2026-05-16T08:00:00", "body": body}).mentions]
    got = set(told)
    assert not {"Friday", "May 9", "last Saturday"} & {text for text, _ in got}
    assert told.count(("Thursday", "2026-05-14")) == 1  # the council's vote, no item of the paper
    assert {("April 28", "2026-04-28"), ("May 2", "2026-05-02")} <= got  # what the items were about


def test_a_correction_does_not_date_what_the_item_said_wrongly():
    body = page_of("CORRECTIONS",
                   "■ A story on Page A1 on Wednesday about the gem show said the show closed on Feb. 14. It closed on "
                   "Feb. 15.",
                   "■ An obituary gave the wrong day for the Mass. It will be held at 10 a.m. Saturday, Feb. 28, and "
                   "not on Saturday, Feb. 21, as stated.")
    told = {(m.mention.timex.text, m.mention.date) for m in process_article(
        {"id": "c", "source": "Post", "published_at": "2026-02-20T08:00:00", "body": body}).mentions}
    assert {text for text, _ in told} & {"Feb. 14", "Saturday, Feb. 21"} == set()
    assert {("Feb. 15", "2026-02-15"), ("10 a.m. Saturday, Feb. 28", "2026-02-28")} <= told


def test_a_clarification_dates_neither_its_item_nor_the_words_it_quotes():
    body = page_of("CLARIFICATIONS",
                   "■ A column Saturday on the Opinion page said Oklahoma voters rejected the measure \"two years ago.\" "
                   "The statewide vote was held March 7, 2023.",
                   "■ A story on Oct. 29 said the airline would start flying to Santo Domingo \"next month.\" The "
                   "airline now says the first flight will be on Dec. 15.")
    told = {m.mention.timex.text for m in process_article(
        {"id": "c", "source": "Post", "published_at": "2025-11-14T08:00:00", "body": body}).mentions}
    assert told == {"March 7, 2023", "Dec. 15"}


def test_a_fixture_list_dates_each_fixture_and_a_run_of_days_its_item_by_its_first_day():
    body = page_of("The Crocs will meet Ludmilla in the grand final, the league said on Sunday.",
                   "FINALS FIXTURES\nPreliminary final: Fannie Bay v Ludmilla, Wed 11 March, 6.30pm, Gardens Oval\n"
                   "Grand final: Casuarina v Ludmilla, Sat 21 March, 4.30pm, Marrara Oval",
                   "STRIKE CALENDAR", "Tue 24 Feb – 24-hour strike", "12-14 March – 72-hour strike",
                   "Mon 23 – Fri 27 March – work-to-rule")
    result = process_article({"id": "f", "source": "Chronicle", "published_at": "2026-03-08T10:00:00", "body": body})
    got = {(m.mention.timex.text, m.mention.date, m.mention.summary) for m in result.mentions}
    assert ("Wed 11 March", "2026-03-11", "Preliminary final: Fannie Bay v Ludmilla: 6.30pm, Gardens Oval") in got
    assert ("Sat 21 March", "2026-03-21", "Grand final: Casuarina v Ludmilla: 4.30pm, Marrara Oval") in got
    assert ("Tue 24 Feb", "2026-02-24", "24-hour strike") in got  # each line a paragraph, its entry led by a number
    assert ("Mon 23 – Fri 27 March", "2026-03-23", "work-to-rule") in got
    assert ("12-14 March", "2026-03-12", "72-hour strike") in got


def test_a_fixture_line_with_its_kick_off_before_the_colon_dates_its_match():
    body = page_of("Rovers won the cup final on Saturday night.", "REMAINING FIXTURES",
                   "Wed 30 April, 8pm: Rooke Harbour v Catalan Bay", "Sat 3 May, 6pm: Catalan Bay v St Bernard's")
    result = process_article({"id": "f", "source": "Chronicle", "published_at": "2025-04-27T10:00:00", "body": body})
    got = {(m.mention.timex.text, m.mention.date, m.mention.summary) for m in result.mentions}
    assert {("Wed 30 April", "2025-04-30", "Rooke Harbour v Catalan Bay"),
            ("Sat 3 May", "2025-05-03", "Catalan Bay v St Bernard's")} <= got


def page_of(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _told(body: str, published: str) -> list[tuple[str, str, str]]:
    result = process_article({"id": "t", "source": "Wire", "published_at": published, "body": body})
    return [(m.mention.date, m.mention.kind, m.mention.summary) for m in result.mentions]


def _days_told(body: str, published_at: str) -> dict[str, str]:
    """Each mention's date by the words of its date (the last mention's, where words recur)."""
    result = process_article({"id": "t", "source": "Wire", "published_at": published_at, "body": body})
    return {m.mention.timex.text: m.mention.date for m in result.mentions}


@pytest.mark.parametrize(("body", "published", "expected"), [
    # an anniversary: the publication day so many years back, one event with its explicit date
    ("Thirty years ago today, on Dec. 5, 1994, Ukraine, the United States, the United Kingdom and Russia signed "
     "the Budapest Memorandum.", "2024-12-05",
     [("1994-12-05", "agreement",
       "Ukraine, the United States, the United Kingdom and Russia signed the Budapest Memorandum")]),
    # a "when" clause right after the date tells what happened then, where the clause before it has no event verb
    ("Russia violated the memorandum in 2014, when it annexed Crimea.", "2024-12-05",
     [("2014", "decision", "Russia annexed Crimea")]),
    ("The region was last hit by a major earthquake in 2020, when 117 people were killed.", "2024-12-05",
     [("2020", "disaster", "The region was last hit by a major earthquake")]),
    # a clock time's colon opens no clause; "as a storm" says what it was; a time restated in GMT dates nothing
    ("Hurricane Milton made landfall near Siesta Key at about 8:30 p.m. ET Wednesday as a Category 3 storm.",
     "2024-10-10", [("2024-10-09", "disaster", "Hurricane Milton made landfall near Siesta Key")]),
    ("The rocket lifted off at 8:42 am (2342 GMT Wednesday) from the space centre on Thursday.", "2023-09-07",
     [("2023-09-07", "opening", "The rocket lifted off from the space centre")]),
    # a statement noun in a setting phrase: what the clause said
    ('Prime Minister Shigeru Ishiba called him "a statesman of rare courage" in a statement on Monday.',
     "2025-02-10", [("2025-02-10", "statement",
                     "Prime Minister Shigeru Ishiba called him a statesman of rare courage in a statement")]),
    # armed doers pushing into a region attack; a leader sacking a minister decides; shoppers pushing into a mall
    # do something of no kind the vocabulary knows
    ("Ukrainian troops pushed deeper into the Kursk region on Monday. The premier sacked his finance minister on "
     "Friday. Shoppers pushed into the mall on Saturday.", "2024-08-12",
     [("2024-08-12", "attack", "Ukrainian troops pushed deeper into the Kursk region"),
      ("2024-08-09", "decision", "The premier sacked his finance minister"),
      ("2024-08-10", "other", "Shoppers pushed into the mall")]),
    # a legislature passing something votes (a deadline passing is none); a train ramming another is a disaster, in
    # its own "after" clause
    ("The Senate on Tuesday night passed a $95 billion foreign aid package. The deadline passed on Friday.",
     "2024-04-24", [("2024-04-23", "vote", "The Senate passed a $95 billion foreign aid package")]),
    ("At least 15 people were killed after a goods train rammed into a passenger train near Siliguri on Monday "
     "morning, officials said.", "2024-06-17",
     [("2024-06-17", "disaster", "A goods train rammed into a passenger train near Siliguri")]),
    # "so far this year" is no date of an event; a name's "of" is no place to cut; a possessor opens the phrase
    ("More than 17,000 cases have been reported in Africa so far this year. The Bank of England is expected to cut "
     "rates on Thursday. The Fed's next policy meeting is scheduled for Sept. 17-18.", "2024-07-31",
     [("2024-08-01", "decision", "The Bank of England is expected to cut rates"),
      ("2024-09-17", "meeting", "The Fed's next policy meeting is scheduled")]),
    # a company's chief executive: the person, and the summary ends at the comma
    ("Boeing Co. Chief Executive Officer Dave Calhoun will step down at the end of the year, part of a broad "
     "management shake-up.", "2024-03-25", [("2024", "resignation", "Dave Calhoun will step down")]),
    # a number's comma closes no clause; a year naming a thing ("the 1948 Genocide Convention") dates nothing
    ("The war began on October 7, when Hamas fighters attacked southern Israel, killing about 1,140 people. "
     "South Africa filed the case on December 29, accusing Israel of violating the 1948 Genocide Convention.",
     "2024-01-26", [("2023-10-07", "attack", "The war began"),
                    ("2023-12-29", "verdict", "South Africa filed the case")]),
    # a bracketed short name stays whole; "the quake to hit Taiwan ... struck": the quake strikes, a disaster
    ("The International Court of Justice (ICJ) on Friday ordered Israel to take measures. The strongest earthquake "
     "to hit Taiwan in 25 years struck the island on Wednesday.", "2024-01-26",
     [("2024-01-26", "decision", "The International Court of Justice (ICJ) ordered Israel to take measures"),
      ("2024-01-24", "disaster", "The strongest earthquake struck the island")]),
    # farmers descending on a city protest; a match won: the verb, not the noun after it, tells the event
    ("Thousands of farmers descended on Brussels on Thursday with tractors. Spain won the European Championship "
     "with a 2-1 victory over England in Berlin on Sunday. Labour won the general election on Thursday.",
     "2024-07-15", [("2024-07-11", "protest", "Thousands of farmers descended on Brussels with tractors"),
                    ("2024-07-14", "contest",
                     "Spain won the European Championship with a 2-1 victory over England in Berlin"),
                    ("2024-07-11", "election", "Labour won the general election")]),
    # a relative clause without commas dates its own verb, and ends where the outer clause's verb comes
    ("Officials are investigating the fire that destroyed the market last week, police said. The outbreak that "
     "began in late January has spread to three states.", "2024-05-21",
     [("2024-05-13", "disaster", "The fire destroyed the market"), ("2024-01", "disaster", "The outbreak began")]),
    # a planned act keeps whose plan it is; an anniversary dates no invasion (marking it is dated, by a verb the
    # vocabulary does not know); a past verb before a dated noun stays out of its summary
    ("Chancellor Olaf Scholz said he would call a confidence vote in the Bundestag on January 15. Kyiv marked the "
     "anniversary of the invasion on Monday. He invoked the attack on Pearl Harbor in 1941.", "2024-11-07",
     [("2025-01-15", "vote", "Olaf Scholz would call a confidence vote in the Bundestag"),
      ("2024-11-04", "other", "Kyiv marked the anniversary of the invasion"),
      ("1941", "attack", "The attack on Pearl Harbor")]),
    # "two days later" after a date known to the month stays in that month, not two days after publication;
    # a named fire breaks out
    ("Mayor Ted Wheeler first proposed the ordinance in mid-June. Two days later, advocates staged a sit-in at City "
     "Hall. The Palisades Fire broke out on Tuesday morning.", "2025-01-09",
     [("2024-06", "proposal", "Ted Wheeler first proposed the ordinance"),
      ("2024-06", "protest", "Advocates staged a sit-in at City Hall"),
      ("2025-01-07", "disaster", "The Palisades Fire broke out")]),
    # verbs of office and of decisions news dates; a relative clause's own date; a past participle after an aside
    # in a subject is its verb; "and" with a subject of its own opens a clause
    ("Harris replaced Joe Biden as the Democratic nominee in July. Ishiba, who became prime minister on Oct. 1, "
     "dissolved the lower house on Oct. 9.", "2024-11-06",
     [("2024-07", "appointment", "Harris replaced Joe Biden"),
      ("2024-10-01", "appointment", "Ishiba became prime minister"),
      ("2024-10-09", "decision", "Ishiba dissolved the lower house")]),
    ("Georgescu, a little-known critic of NATO, topped the first round on November 24. About 250 staff lost their "
     "jobs last year and a further 200 redundancies were announced in February.", "2025-03-14",
     [("2024-11-24", "election", "Georgescu topped the first round"),
      ("2024", "decision", "About 250 staff lost their jobs"),
      ("2025-02", "statement", "A further 200 redundancies were announced")]),
    # a fronted participle sets the scene for the verb after its comma; "February that year" is in that year
    ("Elected on March 13, 2013, Francis succeeded Benedict XVI, who resigned in February that year. Speaking in "
     "Rome on Monday, the minister announced a ban.", "2025-04-21",
     [("2013-03-13", "appointment", "Francis succeeded Benedict XVI"),
      ("2013-02", "resignation", "Benedict XVI resigned"),
      ("2025-04-21", "statement", "The minister announced a ban")]),
    # an airline's name; what was suffered tells the kind; leaving hospital
    ("Delta Air Lines and United grounded all flights on Friday morning. Microsoft suffered a separate outage on "
     "Thursday evening. The pope had been discharged from hospital on March 23.", "2025-04-21",
     [("2025-04-18", "decision", "Delta Air Lines and United grounded all flights"),
      ("2025-04-17", "disaster", "Microsoft suffered a separate outage"),
      ("2025-03-23", "health", "The pope had been discharged from hospital")]),
    # a possessive date dates the noun it owns, or nothing; a long two-part subject keeps its first part
    ("Officials reviewed last week's vote on Monday. The court on Friday upheld Tuesday's ruling. Japan's ruling "
     "Liberal Democratic Party and its coalition partner Komeito lost their majority in Sunday's general election.",
     "2024-10-28", [("2024-10-21", "vote", "The vote"),
                    ("2024-10-28", "other", "Officials reviewed the vote"),
                    ("2024-10-25", "verdict", "The court upheld the ruling"),
                    ("2024-10-27", "election",
                     "Japan's ruling Liberal Democratic Party lost their majority in the general election")]),
    # a second predicate with no event verb keeps its own date, told by its own verb; "and in August signed" is the
    # first subject's
    ("He won a Tony Award in 1969 and received an honorary Oscar in 2011. Honda and Nissan agreed in March to "
     "explore a partnership, and in August signed a deal to develop software.", "2024-09-09",
     [("1969", "contest", "He won a Tony Award"), ("2011", "other", "He received an honorary Oscar"),
      ("2024-03", "agreement", "Honda and Nissan agreed to explore a partnership"),
      ("2024-08", "agreement", "Honda and Nissan signed a deal to develop software")]),
    # "as much as" is no side phrase; a comma right after the date closes the statement, whose report is told
    ("Shares of Alphabet rose as much as 7.6% in New York trading on Monday. Honda Motor and Nissan Motor are in "
     "talks to merge, people familiar with the matter said on Wednesday, a move that would create a giant.",
     "2024-12-18", [("2024-12-16", "market", "Shares of Alphabet rose as much as 7.6% in New York trading"),
                    ("2024-12-18", "statement",
                     "People familiar with the matter said Honda Motor and Nissan Motor are in talks")]),
    # a court's steps, a coach taking charge; a trigger keeps its own last word ("sworn in")
    ("The jury reached its verdict on Thursday afternoon. Judge Juan Merchan set sentencing for 11 July. Michael "
     "Cohen took the stand on 13 May. Gareth Southgate took charge in 2016. Trump will be sworn in on 20 January.",
     "2024-05-31", [("2024-05-30", "verdict", "The jury reached its verdict"),
                    ("2024-07-11", "verdict", "Juan Merchan set sentencing"),
                    ("2024-05-13", "statement", "Michael Cohen took the stand"),
                    ("2016", "appointment", "Gareth Southgate took charge"),
                    ("2025-01-20", "appointment", "Trump will be sworn in")]),
    # what there will be, or there will be none of, is the happening ("no bus service": a day without one)
    ("There will be a parade through the old town on Sunday. There will be no regular bus service on Thursday, "
     "Dec. 4, the union said.", "2025-12-01", [("2025-12-07", "culture", "A parade through the old town"),
                                              ("2025-12-04", "decision", "No regular bus service")]),
    # a short range is dated by its start: its end is no second event, and the summary loses both
    ("The Fed cut rates twice between 10 and 14 September. Talks ran from May 5 to May 9.",
     "2025-02-11", [("2024-09-10", "decision", "The Fed cut rates twice"),
                    ("2024-05-05", "meeting", "Talks ran")]),
    # the baseline of a comparison dates nothing; polls are held; "is likely to" looks ahead and stays in the
    # summary
    ("The BJP won 240 seats, down from 303 in 2019. Prices rose 3% in January, up from 2.9% in December. The polls "
     "were held between May 10 and 12. Modi is likely to be sworn in on Saturday.", "2024-06-05",
     [("2024-01", "market", "Prices rose 3%"), ("2024-05-10", "election", "The polls were held"),
      ("2024-06-08", "appointment", "Modi is likely to be sworn in")]),
    # nor does the date a thing is not on; a split year names a season, a "later than" its shift
    ("Most churches will celebrate Christmas on 25 December this year instead of 7 January. Farmers will be paid "
     "less for the 2021/22 crop. Students sat the exam on Thursday, two weeks later than planned.", "2023-09-01",
     [("2023-12-25", "other", "Most churches will celebrate"),
      ("2023-08-31", "other", "Students sat the exam")]),
    # "Sir Keir" is the Keir Starmer named before; a leader calls an election
    ("Sir Keir Starmer has become prime minister. Mr Sunak called the election in May. Sir Keir will hold his "
     "first cabinet meeting on Saturday.", "2024-07-05",
     [("2024-05", "election", "Sunak called the election"),
      ("2024-07-06", "meeting", "Keir Starmer will hold his first cabinet meeting")]),
    # a fronted participle that is an event of its own keeps its date; a date after its comma is the main verb's
    # (a verb known to no lexicon, told by its form); a clause inside the phrase leaves the subject after the comma
    ("Born in Osaka in 1930, Tanabe entered parliament in 1963.", "2025-02-10",
     [("1930", "birth", "Tanabe born in Osaka"), ("1963", "other", "Tanabe entered parliament")]),
    ("Founded in 1909 by brewers who needed bottles, Crisreg listed on the exchange in 1978.", "2025-02-10",
     [("1909", "opening", "Crisreg founded by brewers"), ("1978", "other", "Crisreg listed on the exchange")]),
    ("Sworn in on Monday, the president visited Kyiv on Tuesday.", "2025-06-09",
     [("2025-06-09", "appointment", "The president sworn in"), ("2025-06-03", "visit", "The president visited Kyiv")]),
    # a second predicate of no event kind keeps its date ("that October", in the year spoken of, dates the concert)
    ("He announced his retirement in March 2019 and played his final concert that October.", "2025-06-09",
     [("2019-03", "statement", "He announced his retirement")]),
    # "to fire its engines" is no fire (beginning it is something of no known kind); a funeral is dated
    ("The agency will begin to fire the probe's engines next month. His funeral will take place on Friday.",
     "2026-02-14", [("2026-03", "other", "The agency will begin to fire the probe's engines"),
                    ("2026-02-20", "death", "His funeral will take place")]),
    # no one's name follows "the": "he" is the singer, not the hall he sang in
    ("Declan Moriarty, who sang at the Royal Albert Hall, has died. His family said he died on Saturday.",
     "2025-06-09", [("2025-06-07", "death", "Declan Moriarty died")]),
    # a date before "and" + a second predicate is the first predicate's; a relative clause whose own verb is no
    # event dates its antecedent
    ("Malawi is still scarred by its worst cholera epidemic on record, which began in March 2022 and killed more "
     "than 1,700 people.", "2025-09-19", [("2022-03", "disaster", "Its worst cholera epidemic on record began")]),
    # a second predicate keeps the first one's subject, not its verb
    ("The minister arrived on Monday and met the president on Tuesday.", "2025-09-19",
     [("2025-09-15", "visit", "The minister arrived"), ("2025-09-16", "meeting", "The minister met the president")]),
    ("Gabriel Galipolo was confirmed by the Senate last month and takes over in January.", "2024-11-07",
     [("2024-10", "vote", "Gabriel Galipolo was confirmed by the Senate"),
      ("2025-01", "appointment", "Gabriel Galipolo takes over")]),
    # a participle aside ("built in 1950", "first announced in March") is a clause of its own
    ("The bridge, built in 1950, collapsed on Monday. That deal, first announced in March, closed on Sept. 16.",
     "2024-10-30", [("1950", "other", "The bridge built"), ("2024-10-28", "disaster", "The bridge collapsed"),
                    ("2024-03", "statement", "Deal first announced"), ("2024-09-16", "agreement", "Deal closed")]),
    ("Kyiv, hit by drones on Monday, was calm on Tuesday. Schools remained closed on Wednesday.", "2024-10-30",
     [("2024-10-28", "attack", "Kyiv hit by drones")]),
    # a participle on the subject ("accused of ...", "wanted by ...") is no part of who did it
    ("A property developer accused of paying two police officers to kill an activist went on trial Monday. A man "
     "wanted by police in three states was arrested on Tuesday.", "2025-03-05",
     [("2025-03-03", "verdict", "A property developer went on trial"), ("2025-03-04", "arrest", "A man was arrested")]),
    # "to end June 30": the verb "end", and the day
    ("The session is scheduled to end June 30, and lawmakers will meet on Tuesday.", "2023-06-03",
     [("2023-06-30", "meeting", "The session is scheduled to end"), ("2023-06-06", "meeting", "Lawmakers will meet")]),
    # "before recovering some ground": no grounding, and Thursday dates the recovering, not the weakening; a
    # commodity moves a market
    ("The real weakened on Wednesday before recovering some ground on Thursday. Benchmark nickel rose to a "
     "three-month high on Friday, and traders said prices may rise further.", "2024-11-09",
     [("2024-11-06", "other", "The real weakened before recovering some ground"),
      ("2024-11-07", "other", "The real weakened before recovering some ground"),
      ("2024-11-08", "market", "Benchmark nickel rose to a three-month high")]),
    # a date in an aside with no verb tells of the name before it, not of the clause; one with an event keeps it
    ("Larne, champions a year ago, travel to Coleraine on Saturday. Merkel, chancellor from 2005 to 2021, visited "
     "Kyiv on Monday. The river rose early Friday, the highest level since a historic flood in 1941, officials said.",
     "2025-05-13", [("2025-05-17", "visit", "Larne travel to Coleraine"),
                    ("2025-05-12", "visit", "Merkel visited Kyiv"), ("2025-05-09", "other", "The river rose"),
                    ("1941", "disaster", "A historic flood")]),
    # a relative clause with a subject of its own: its doer without "which", its antecedent as the object
    ("The plan, which he approved last year, was dropped. The town, which Russian forces attacked on Tuesday, was "
     "quiet.", "2025-06-09", [("2024", "decision", "He approved the plan"),
                              ("2025-06-03", "attack", "Russian forces attacked the town")]),
    # releases of hostages and prisoners; "since October 2023" opens no clause
    ("Three hostages held in Gaza since October 2023 were handed over to the Red Cross late on Sunday, while Israel "
     "freed 200 prisoners early on Monday.", "2025-02-17",
     [("2025-02-16", "release", "Three hostages were handed over to the Red Cross in Gaza Strip"),
      ("2025-02-17", "release", "Israel freed 200 prisoners")]),
    # "a plane that crashed short of the runway": the relative clause's verb; a date before "and" + a second
    # predicate is not the second one's, even when its trigger is a noun: it dates the first one's verb
    ("The crew of a plane that crashed short of the runway last week reported a fire. The government set up an "
     "office on Saturday and convened a meeting on Sunday.", "2022-01-04",
     [("2021-12-27", "disaster", "A plane crashed short of the runway"),
      ("2022-01-01", "other", "The government set up an office"),
      ("2022-01-02", "meeting", "The government convened a meeting")]),
    # a timeline's lines: the date before the colon or dash heads the event after it
    # a named happening is no actor, and a passive report of it tells of it; a storm knocks out no opponent
    ("The Cedar Ridge Fire was reported Sunday afternoon. Typhoon Faxai knocked out power to 930,000 homes on "
     "Monday.", "2023-05-11", [("2023-05-07", "disaster", "The Cedar Ridge Fire was reported"),
                               ("2023-05-08", "disaster", "Typhoon Faxai knocked out power to 930,000 homes")]),
    # a date between the subject and its past verb, or before "we", is the verb's, no name of a thing; a participle
    # aside after an adverb, an "-ing" aside with its date at once; a release is a happening, "plans a" looks ahead
    ("The board on Monday released the timetable. On Wednesday we disabled automated rebalancing. The smartwatch, "
     "first shown to developers in June, had been expected to launch with the phones. India won the first Test "
     "inside three days, finishing on 8th January. The film opens the festival on 5 October, before a cinema "
     "release on 21 October. The streamer plans a limited US release in November.", "2022-09-08",
     [("2022-09-05", "other", "The board released the timetable"),
      ("2022-09-07", "other", "We disabled automated rebalancing"),
      ("2022-06", "other", "The smartwatch first shown to developers"), ("2022-01-08", "other", "India finishing"),
      ("2022-10-05", "culture", "The film opens the festival"), ("2022-10-21", "release", "A cinema release"),
      ("2022-11", "release", "US release")]),
    # a counted date told again by its weekday dates by the weekday; things expire; a clock time "shortly after"
    # is on the day told before (a bound "before 9am" is not)
    ("Trump announced tariffs on April 2. A week later, on Wednesday, he paused most of them for 90 days. For the "
     "moment, the pause expires in early July. Storm Oriane hit Brittany on Tuesday. A lorry driver was killed "
     "shortly after 4am near Morlaix. Power was back before 9am.", "2025-04-10",
     [("2025-04-02", "statement", "Trump announced tariffs"),
      ("2025-04-09", "decision", "He paused most of them for 90 days"),
      ("2025-07", "other", "For the moment, the pause expires"), ("2025-04-08", "disaster", "Storm Oriane hit Brittany"),
      ("2025-04-08", "death", "A lorry driver was killed near Morlaix")]),
    # "before Tuesday's summit" bounds what was before the summit, not the summit's day; a date before "about" names
    # nothing; a relative clause ends at the verb after its own ("a tanker that lost steering crashed"); a ceremony
    # is a happening; "due to publish a survey" looks to the publishing (not "due to rain on Monday")
    ("Ministers met four times before Tuesday's summit. The FAA issued a safety alert to airlines on Feb. 4 about the "
     "risk. In April 2018, a tanker that lost steering crashed into a mansion on the shore. Today's ceremony was "
     "attended by the family. The union is due to publish a survey next month. The match was called off due to rain "
     "on Monday.", "2022-03-10",
     [("2022-03-08", "meeting", "Ministers met four times before the summit"),
      ("2022-02-04", "other", "The FAA issued a safety alert to airlines about the risk"),
      ("2018-04", "disaster", "A tanker crashed into a mansion on the shore"),
      ("2022-03-10", "culture", "The ceremony was attended by the family"),
      ("2022-04", "other", "The union is due to publish a survey"),
      ("2022-03-07", "decision", "The match was called off due to rain")]),
    # a holiday before a fixture dates it; a possessive weekday after "will ... for" is the coming one
    ("Brannigan will take temporary charge for Saturday's trip to Walsall and the Boxing Day home game against "
     "Charlton.", "2018-12-17",
     [("2018-12-22", "visit", "The trip to Walsall and the home game against Charlton"),
      ("2018-12-26", "contest", "The home game against Charlton")]),
    # a season or quarter the text places, or sets something in, dates its year (by the tense); a bare season, or a
    # quarter before a noun, dates nothing
    ("Sales rose 5% in the third quarter of 2023. The state approved repairs in the spring of 2018. Talks on gas "
     "for the winter resumed. The company reported second-quarter sales on Tuesday.", "2024-10-17",
     [("2023", "market", "Sales rose 5%"), ("2018", "decision", "The state approved repairs"),
      ("2024-10-15", "statement", "The company reported second-quarter sales")]),
    ("The Bundestag is expected to vote on the law in the autumn. The plant closed during the summer.", "2024-03-12",
     [("2024", "vote", "The Bundestag is expected to vote on the law"), ("2023", "decision", "The plant closed")]),
    # cyberattacks, rules taking effect, claims of responsibility, hearings; an irregular past form is a predicate
    ("The rules, which took effect in 2009, still apply. The unit, hacked in February, was down for weeks. A group "
     "claimed responsibility late on Wednesday. A hearing on the attack is scheduled for Nov 6. The team dug at "
     "the site in 2022 and returned last summer.", "2024-10-17",
     [("2009", "decision", "The rules took effect"), ("2024-02", "attack", "The unit hacked"),
      ("2024-10-16", "statement", "A group claimed responsibility"),
      ("2024-11-06", "meeting", "A hearing on the attack is scheduled"),
      ("2022", "other", "The team dug at the site"), ("2024", "visit", "The team returned")]),
    # a second predicate with no event of its own does not take the first one's only date away
    ("Hasina resigned and fled the country on Monday.", "2024-08-07", [("2024-08-05", "resignation", "Hasina resigned")]),
    # a structure that gave way; a relative clause's verb before a bare date; "shortly before" a clock time is that
    # day; a subject's aside does not hide its head
    ("The Laurel Fork Dam, a 57-year-old earthen structure that held back a small lake, failed shortly before 5 a.m. "
     "Monday after three days of heavy rain that began Saturday.", "2019-07-11",
     [("2019-07-08", "disaster", "Laurel Fork Dam failed after three days of heavy rain"),
      ("2019-07-06", "disaster", "Heavy rain began")]),
    ("The deal must be signed before 5 p.m. Friday.", "2019-07-11", []),
    # the "when" clause a date hands its event to tells that event; a relative clause's subject is its antecedent
    ("Themis is an asteroid that made headlines in 2010 when two teams reported signs of water ice on its surface. "
     "It was an arrangement that came under scrutiny in a US antitrust trial last year.", "2024-05-06",
     [("2010", "statement", "Two teams reported signs of water ice on its surface"),
      ("2023", "verdict", "An arrangement came under scrutiny in a US antitrust trial")]),
    # the stages of a bill; a tally is no vote of its own; a law's name is no actor; "concluded" is an ending unless
    # it governs a deal; ", during which ..." is a relative clause
    ("MPs backed the Rivers and Bathing Waters Bill by 318 votes to 262 at its third reading on Tuesday evening. The "
     "Environment Act, passed in 2021, applies. The bill was introduced in June 2022. Its second reading is expected "
     "next month. Talks concluded on Monday. Committee stage, during which MPs examine a bill line by line, "
     "concluded in January.", "2023-03-22",
     [("2023-03-21", "vote", "MPs backed the Rivers and Bathing Waters Bill by 318 votes to 262"),
      ("2021", "decision", "The Environment Act passed"), ("2022-06", "proposal", "The bill was introduced"),
      ("2023-04", "vote", "Its second reading is expected"), ("2023-03-20", "meeting", "Talks concluded"),
      ("2023-01", "other", "Committee stage concluded")]),
    # company results, provisions, recalls and inspections; a participle after "between X and Y" tells of the noun
    # heading the phrase
    ("Volmar booked a provision of 640mn euros in the fourth quarter to cover the cost of the recall, and will "
     "publish full-year results on March 9. Its previous recall, in 2020, involved 380,000 cars. The section had "
     "last been inspected on October 12. The agreement between the government and the railway, signed in 2020, "
     "runs for ten years.", "2023-02-15",
     [("2022", "market", "Volmar booked a provision of 640mn euros to cover the cost of the recall"),
      ("2023-03-09", "market", "Volmar will publish full-year results"),
      ("2020", "decision", "Its previous recall"), ("2022-10-12", "investigation", "The section had last been inspected"),
      ("2020", "agreement", "The agreement signed")]),
    # a subordinate clause inside the subject ends with its date; name particles run on ("von der Leyen")
    ("The EU's push to agree sanctions before leaders meet next week is running into an obstacle. Commission "
     "President Ursula von der Leyen presented the proposal on Tuesday.", "2025-06-18",
     [("2025-06-23", "meeting", "Leaders meet"), ("2025-06-17", "proposal", "Ursula von der Leyen presented the proposal")]),
    # a runner's debut, place and world record
    ("Rotich made his debut in Rotterdam in April, winning in 2:03:12, before finishing second in Amsterdam in "
     "October. He broke the "
     "world record on Sunday.", "2025-12-07",
     [("2025-04", "contest", "Rotich made his debut in Rotterdam"),
      ("2025-10", "contest", "Rotich finishing second in Amsterdam"),
      ("2025-12-07", "contest", "He broke the world record")]),
    # a passive participle aside with no event of its own dates the event noun before it; an age aside is dropped
    ("A separate lawsuit, filed in March by the parents of a student, is pending. Beckett, 54, was placed on paid "
     "leave June 28. The turmoil threatens to complicate the campaign for a levy on the Nov. 8 ballot.", "2022-08-24",
     [("2022-03", "verdict", "A separate lawsuit"), ("2022-06-28", "decision", "Beckett was placed on paid leave"),
      ("2022-11-08", "vote", "The ballot")]),
    # a live blog's entry time dates its entry; a clock time inside a sentence is on the day told just before
    ("10:42 GMT - Polls closed across the country.\n\n11:15 BST: Labour gained the seat, the returning officer "
     "said.\n\nThe count began at 11:30 GMT.", "2024-07-04",
     [("2024-07-04", "election", "Polls closed across the country"),
      ("2024-07-04", "election", "Labour gained the seat"), ("2024-07-04", "other", "The count began")]),
    # "the same day" after a date in the same clause tells of a second happening; a modal carries to the verb
    # joined to its own
    ("The company found the breach on Oct. 21 and shut off the contractor's access the same day. Altamira will "
     "publish its results on Thursday and then host a conference call for analysts on Friday.", "2025-11-10",
     [("2025-10-21", "other", "The company found the breach"),
      ("2025-10-21", "other", "The company shut off the contractor's access"),
      ("2025-11-13", "market", "Altamira will publish its results"),
      ("2025-11-14", "meeting", "Altamira will then host a conference call for analysts")]),
    # a part of the day after a day told; a verb of intent with an object looks to the act after "to"; a predicate
    # joined by "and will" or "and expects" has dates of its own
    ("Wakasa restarted a reactor on Tuesday. It began pulling out control rods in the afternoon and expects the "
     "reactor to reach criticality on Wednesday morning. Forecasters expect another mass of polar air to reach the "
     "region on Friday. Moreno won a Tony in 1969 and will receive an Oscar in March.", "2023-08-08",
     [("2023-08-08", "other", "Wakasa restarted a reactor"),
      ("2023-08-08", "decision", "It began pulling out control rods"),
      ("2023-08-09", "other", "It expects the reactor to reach criticality"),
      ("2023-08-11", "other", "Forecasters expect another mass of polar air to reach the region"),
      ("1969", "contest", "Moreno won a Tony"), ("2024-03", "other", "Moreno will receive an Oscar")]),
    # ... nor where it tells again a happening of the same kind on that day: the same event (but a statement told at
    # a clock time is one of its own); the same moment restated in another zone, in brackets, dates nothing, and
    # its bracket leaves the summary; a clock time of a habit ("on weekdays") dates nothing either
    ("A magnitude 5.8 earthquake struck off the coast of Izmir on Tuesday. The quake hit at 14:12 local time and was "
     "felt as far away as Athens.", "2025-10-08",
     [("2025-10-07", "disaster", "A magnitude 5.8 earthquake struck off the coast of Izmir")]),
    ("The company said on Thursday that it would close the plant. Its manager told workers at a meeting at 8 a.m.",
     "2025-08-15", [("2025-08-14", "statement", "The company said it would close the plant"),
                    ("2025-08-14", "statement", "Its manager told workers at a meeting")]),
    ("The Fed cut rates on Wednesday. Powell told reporters at 2:30 p.m. ET (10:30 p.m. UAE time) that more cuts "
     "could follow. Under the current law, most stores must close at 9 p.m. on weekdays.", "2019-08-01",
     [("2019-07-31", "decision", "The Fed cut rates"), ("2019-07-31", "statement", "Powell told reporters")]),
    # ... but not with no day told before it, nor where its own sentence names the day
    ("The count began at 11:30 GMT. Turnout was low.", "2024-07-04", []),
    ("A bus fell into a gorge near Jhiri on Thursday, police said. The accident took place at around 7.30 am, and "
     "rescuers reached the site at 9 am on Friday.", "2022-06-04",
     [("2022-06-02", "other", "A bus fell into a gorge near Jhiri"),
      ("2022-06-02", "disaster", "The accident took place"), ("2022-06-03", "other", "Rescuers reached the site")]),
    # a clock time in the small hours after an evening told is the next day's
    ("The talks almost collapsed on Monday evening, diplomats said. A compromise was reached shortly before 2am.",
     "2022-11-15",
     [("2022-11-14", "meeting", "The talks almost collapsed"), ("2022-11-15", "other", "A compromise was reached")]),
    # "who" after an age between commas tells of the person before the age
    ("The by-election was triggered by the resignation of Labour MP Helen Marsh, 49, who stepped down in August.",
     "2025-10-23", [("2025-08", "resignation", "Helen Marsh stepped down")]),
    # storms that slam into, tear through or lash a place are disasters; a named storm lends its kind
    ("Hurricane Helene slammed into Florida's Big Bend region in late September. A tornado tore through a retirement "
     "community on Wednesday.", "2024-11-01",
     [("2024-09", "disaster", "Hurricane Helene slammed into Florida's Big Bend region"),
      ("2024-10-30", "disaster", "A tornado tore through a retirement community")]),
    # a match score's commas make no aside; claiming a title is winning it, not a claim; a semi-final is a contest
    ("Wang Yiling came from a set down to beat Tereza Horakova 4-6, 6-3, 6-2 in the final on Sunday, claiming her "
     "second WTA title. In Friday's semi-final, she saved two match points.", "2026-02-01",
     [("2026-02-01", "contest", "Wang Yiling beat Tereza Horakova 4-6"), ("2026-01-30", "contest", "The semi-final")]),
    # a live blog, newest entry first, runs past midnight: entries after it are the next day's; an entry heading
    # after a "Read more" line is no other story's headline
    ("Icelanders have voted in a snap election, and results are coming in.\n\n01:05 GMT - Turnout confirmed at "
     "79.2 percent\n\nThe commission says turnout was 79.2 percent.\n\n"
     "Read more: Who are the candidates?\n\n23:10 GMT - First results from Reykjavik North\n\nThe first results "
     "are in.\n\n22:00 GMT - Polls close\n\nPolling stations have closed.", "2023-04-22",
     [("2023-04-23", "statement", "Turnout confirmed at 79.2 percent"), ("2023-04-22", "election", "Polls close")]),
    # a live blog's entry time alone on its line heads the paragraph after it, past midnight the next day; a
    # candidate who concedes, one who takes a seat, ministers out campaigning, a poll published
    ("Polls closed at 10pm.\n\n23.58 BST\n\nThe first ballot boxes have arrived at the count.\n\n03.51 BST\n\n"
     "Sandhu has conceded, speaking briefly to reporters.\n\nCarver is expected to take his seat on Monday. A poll "
     "published on Sunday put Reform ahead, and ministers were out campaigning on Saturday.", "2025-10-23",
     [("2025-10-23", "vote", "The first ballot boxes have arrived at the count"),
      ("2025-10-24", "statement", "Sandhu has conceded"),
      ("2025-10-27", "election", "Carver is expected to take his seat"),
      ("2025-10-19", "statement", "A poll published put Reform ahead"),
      ("2025-10-18", "election", "Ministers were out campaigning")]),
    # "by the time" opens a clause of its own; beginning an activity is an opening; a stage of a bill, a curfew,
    # a restriction that ends; a sector is no event even when its first word is one ("construction")
    ("Demand will have recovered by the time the factory starts mass production in April 2028. The company will "
     "begin shipping samples in January 2028. The committee stage concluded on 12 January. A curfew was imposed "
     "on Saturday, and the restriction on outdoor work ends on June 15. The construction sector grew 3% in "
     "February.", "2024-03-08",
     [("2028-04", "opening", "The factory starts mass production"),
      ("2028-01", "opening", "The company will begin shipping samples"),
      ("2024-01-12", "vote", "The committee stage concluded"), ("2024-03-02", "decision", "A curfew was imposed"),
      ("2024-06-15", "decision", "The restriction on outdoor work ends"),
      ("2024-02", "other", "The construction sector grew 3%")]),
    # "she" is whom the article has called so, not the last person named (her father, a role she played); "he"
    # in "whom he married" is not the person the clause hangs on; a life's events (sailing abroad, marrying,
    # a divorce, a performance)
    ("When Cynthia Marr walked on to the stage in 1958, she had been in Britain for three years.\n\n"
     "She was the daughter of Hector Marr, a tailor, and his wife. She sailed for Britain in 1955.\n\n"
     "She went back to the stage and played Mistress Quickly, a role that earned her a nomination. She gave her "
     "final performance at Ronnie Scott's in November 2018.\n\nHer mother, Enid Campbell, whom he married in 1936, "
     "died in 1979. Cynthia married in 1966; the marriage ended in divorce in 1979.", "2020-02-11",
     [("1958", "other", "Cynthia Marr walked on to the stage"), ("1955", "life", "Cynthia Marr sailed for Britain"),
      ("2018-11", "culture", "Cynthia Marr gave her final performance at Ronnie Scott's"),
      ("1936", "life", "Hector Marr married Enid Campbell"), ("1979", "death", "Enid Campbell died"),
      ("1966", "life", "Cynthia married"), ("1979", "life", "The marriage ended in divorce")]),
    # a restrictive "who" clause keeps its date even when it is "May"; "from" after a person noun names a place
    # ("a schoolteacher from Kangaroo Flat"); parole, a law enacted, a report handed down
    ("The victims included a retired schoolteacher from Kangaroo Flat who died in May last year. He will be "
     "eligible for parole in July 2025. The act was enacted in 2022. The royal commission handed down its final "
     "report in February.", "2019-11-08",
     [("2018-05", "death", "Schoolteacher from Kangaroo Flat died"), ("2025-07", "release", "He eligible for parole"),
      ("2022", "decision", "The act was enacted"),
      ("2019-02", "statement", "The royal commission handed down its final report")]),
    # a date inside a gapped trigger ("won the Nov. 2 general election") leaves its kind whole; a budget's year
    # ("a budget for 2022") names it when the sentence has a finer date; "-elect" titles are stripped
    ("Pittsburgh City Council on Tuesday approved a $617 million operating budget for 2022. Mayor-elect Marcus "
     "Bell, who won the Nov. 2 general election, plans to file an application in the first quarter of next year.",
     "2021-12-08",
     [("2021-12-07", "decision", "Pittsburgh City Council approved a $617 million operating budget for 2022"),
      ("2021-11-02", "election", "Marcus Bell won the general election"),
      ("2022", "proposal", "Marcus Bell plans to file an application")]),
    # a live blog's entry times with no zone, each on its own line above its entry
    ("All times are Irish time.\n\n17:40\nESB Networks says 62,000 customers remain without power.\n\n"
     "16:55\nThe Taoiseach has praised emergency crews.", "2019-10-14",
     [("2019-10-14", "statement", "ESB Networks says"),
      ("2019-10-14", "statement", "The Taoiseach has praised emergency crews")]),
    # thefts, break-ins and heists are crimes, dated apart from the statement that reports them
    ("Thieves broke through a skylight at a museum in Antwerp early Sunday, prosecutors said Monday. In a "
     "similar heist on Nov. 25, 2019, thieves stole jewels from the Green Vault in Dresden.", "2023-10-16",
     [("2023-10-15", "crime", "Thieves broke through a skylight at a museum in Antwerp"),
      ("2023-10-16", "statement", "Prosecutors said thieves broke through a skylight at a museum in Antwerp"),
      ("2019-11-25", "crime", "Thieves stole jewels from the Green Vault in Dresden")]),
    # a numbered compound in a gapped form counts as one word ("released a 112-page report"); so does a date
    ("The law firm released a 112-page report on Monday. The central bank on Thursday lowered its 2025 growth "
     "forecast to 1.8%.", "2025-06-20",
     [("2025-06-16", "statement", "The law firm released a 112-page report"),
      ("2025-06-19", "decision", "The central bank lowered its 2025 growth forecast to 1.8%")]),
    # a subordinate clause whose bare subject runs to a few words; a participle phrase after "after" is no clause
    ("It is the first walkout since January, when junior doctors in Wales staged a strike. An Israeli man held in "
     "Egypt after straying across the border was returned to Israel early Thursday.", "2024-11-15",
     [("2024-01", "protest", "Junior doctors in Wales staged a strike"),
      ("2024-11-14", "visit", "An Israeli man was returned to Israel")]),
    # an economy that grew or shrank; a comparison's baseline ("from a year earlier") dates nothing; a named
    # agreement dated where it is named; a decimal number ends a sentence ("1.5C.")
    ("Exports rose 0.8% in May from a year earlier, while output contracted in the first quarter. The Paris "
     "Agreement of 2015 set a goal of 1.5C. Scientists say the world has warmed.", "2025-06-19",
     [("2025-05", "market", "Exports rose 0.8%"), ("2025", "market", "Output contracted"),
      ("2015", "agreement", "The Paris Agreement set a goal of 1.5C")]),
    # a company founded; funding raised
    ("Ledgerline was founded in 2017. The company raised $95 million in a Series C in May 2022.", "2023-08-22",
     [("2017", "opening", "Ledgerline was founded"),
      ("2022-05", "market", "The company raised $95 million in a Series C")]),
    # a clause before the main one keeps its own date: a fronted subordinate clause, what a participle reports
    ("After the first summit was held in the Chinese city of Xi'an on May 18, Gao said the sides agreed.",
     "2023-05-25", [("2023-05-18", "meeting", "The first summit was held in the Chinese city of Xi'an")]),
    ("Noting that the summit will be held in the Chinese city of Xi'an on May 18, Gao said the sides should agree.",
     "2023-05-11", [("2023-05-18", "meeting", "The summit will be held in the Chinese city of Xi'an")]),
    ("When the storm hit Tampa, Florida, on Monday, officials ordered evacuations.", "2023-05-11",
     [("2023-05-08", "disaster", "The storm hit Tampa, Florida")]),
    # a clause of the same moment with no event of its own dates the one it hangs on
    ("Smith met Macron while he was in Paris on Monday.", "2023-05-11",
     [("2023-05-08", "meeting", "Smith met Macron")]),
    ("Timeline\n\n- Feb 24, 2022: Russia launches a full-scale invasion of Ukraine.\n\n- 16 May 2025 – The talks "
     "open in Istanbul.", "2025-07-22",
     [("2022-02-24", "attack", "Russia launches a full-scale invasion of Ukraine"),
      ("2025-05-16", "meeting", "The talks open in Istanbul")]),
    # a deadline, or the end of a state still ahead, is no happening; a weekend dates its week
    ("The curfew will stay in force until at least March 2, police said. The party congress must be held by the "
     "end of June next year. Delegates met in Geneva over the weekend.", "2021-09-22",
     [("2021-09-13", "meeting", "Delegates met in Geneva")]),
    # "as planned" says nothing of the past
    ("Schools in the four districts will remain closed until at least March 2, the ministry said. The commission "
     "said it was assessing whether polling could go ahead as planned in the March 5 elections.", "2026-02-15",
     [("2026-03-05", "election", "It was assessing whether polling could go ahead in the elections")]),
    # ... but what was done by then is dated
    ("Shares fell 3.2 percent to $41.87 by 3 p.m. on Tuesday. More than 3,000 students had signed a petition by "
     "Wednesday.", "2018-10-04",
     [("2018-10-02", "market", "Shares fell 3.2 percent to $41.87"),
      ("2018-10-03", "agreement", "More than 3,000 students had signed a petition")]),
    # ... fronted, or by a clause whose trigger is a noun (but not after the news); "not until" is then
    ("But by Monday, federal officials hardened their stance. The fire had grown to about 14,300 hectares by "
     "Tuesday morning. It was not until Wednesday that Castro revealed his worries. He mailed an offer to "
     "shareholders by Sept. 22. Urged to finish preparations by Sunday, residents left. The airline expected "
     "$180 million in savings by 2028.", "2018-10-04",
     [("2018-10-01", "other", "Federal officials hardened their stance"),
      ("2018-10-02", "disaster", "The fire had grown to about 14,300 hectares"),
      ("2018-10-03", "statement", "It was not until Wednesday that Castro revealed his worries"),
      ("2018-09-22", "proposal", "An offer to shareholders")]),
    # a bare surname is the first person of that name, not a relative named later in full
    ("Senator Tomas Reinholt announced his retirement on Monday. His wife, Greta Reinholt, died in 2015. In the "
     "summer of 2021, Reinholt underwent heart surgery.", "2023-03-14",
     [("2023-03-13", "statement", "Tomas Reinholt announced his retirement"),
      ("2015", "death", "Greta Reinholt died"), ("2021", "health", "Tomas Reinholt underwent heart surgery")]),
    # a relative clause dated on its own tells of its antecedent, not of the verb that governs it
    ("Delegates returned to the talks in Geneva, which began on Tuesday.", "2021-09-16",
     [("2021-09-14", "meeting", "The talks in Geneva began")]),
    # a number that ends a name leaves the verb after it a verb
    ("In May, a Boeing 737 crashed near Talkeetna.", "2025-08-13",
     [("2025-05", "disaster", "A Boeing 737 crashed near Talkeetna")]),
    # "should" of what is expected dates it, not "should" of what ought to be; the Games a year names are no actor
    # ("he" is still the rower); an open day is a happening
    ("The tunnel boring machine should reach the quay in late 2026. Consumers should unplug the heaters in June.",
     "2025-03-17", [("2026", "other", "The tunnel boring machine should reach the quay")]),
    ("Victor Stoica died on Monday. He competed at the 1960 Olympic Games in Rome. The club plans an open day on 17 "
     "May.", "2025-03-19",
     [("2025-03-17", "death", "Victor Stoica died"), ("1960", "contest", "Victor Stoica competed at the Olympic Games "
      "in Rome"), ("2025-05-17", "culture", "The club plans an open day")]),
    # a chronology's entries each tell of what happened on their date, in words the vocabulary may not know; a
    # participle aside after "then" still tells of the subject before it
    ("Key dates\n\n1895 — The canal, then named after Kaiser Wilhelm I, opens after eight years of construction."
     "\n\nMarch 2021: Tunnel boring is completed on the last section, near Bergara.\n\n"
     "- Summer 2023: Track-laying begins on the Gipuzkoa branch.\n\n30 November 2024 – The first test train "
     "runs between Vitoria-Gasteiz and Bilbao.", "2025-06-02",
     [("1895", "opening", "The canal opens after eight years of construction"),
      ("2021-03", "other", "Tunnel boring is completed on the last section"),
      ("2023", "other", "Track-laying begins on the Gipuzkoa branch"),
      ("2024-11-30", "other", "The first test train runs between Vitoria-Gasteiz and Bilbao")]),
    # a fixture list or tour dates, lines without a verb headed or closed by their date: each line is on then (and
    # a fixture at its kick-off time too), and the lines are no other stories' headlines
    ("Fixtures\n\nSaturday 18 October: Harbury Town v Northgate Rovers (12.30pm)\n\nSunday 19 October: Elmbridge v "
     "Castleford Athletic (2pm)\n\nTour dates\n\nPerth, RAC Arena: Tuesday, October 21\n\nAdelaide, "
     "Entertainment Centre: Saturday, October 25", "2025-10-16",
     [("2025-10-18", "contest", "Harbury Town v Northgate Rovers"), ("2025-10-18", "contest", "Harbury Town v Northgate "
      "Rovers"), ("2025-10-19", "contest", "Elmbridge v Castleford Athletic"), ("2025-10-19", "contest", "Elmbridge v "
      "Castleford Athletic"), ("2025-10-21", "other", "Perth, RAC Arena"),
      ("2025-10-25", "other", "Adelaide, Entertainment Centre")]),
    # ... and a list line's clock time set off by commas is its item's
    ("Dock workers will strike this week.\n\nSTRIKE CALENDAR\n\nThursday, September 7: stoppage at the container "
     "terminals\n\nFriday, September 8: final mediation session, 10am, CMA offices", "2023-09-05",
     [("2023-09-04", "protest", "Dock workers will strike"), ("2023-09-07", "protest", "Stoppage at the container "
      "terminals"), ("2023-09-08", "meeting", "Final mediation session"),
      ("2023-09-08", "meeting", "Final mediation session")]),
    # ... and a fixture box may give each match's days in numbers, the month repeated on both sides of the dash
    ("Barbados Pride beat Trinidad and Tobago Red Force by 96 runs on Saturday.\n\nREMAINING PRIDE FIXTURES\n"
     "12/02–15/02 v Jamaica Scorpions, Sabina Park, Kingston\n19/02–22/02 v Leeward Islands Hurricanes, "
     "Kensington Oval", "2025-02-09",
     [("2025-02-08", "contest", "Barbados Pride beat Trinidad and Tobago Red Force by 96 runs"),
      ("2025-02-12", "contest", "v Jamaica Scorpions, Sabina Park, Kingston"),
      ("2025-02-19", "contest", "v Leeward Islands Hurricanes, Kensington Oval")]),
    # "today" in a direct quote of a story about the day before its publication is the day the words were spoken;
    # the reporter's own "today" stays the publication day
    ('Coastal City beat Western Rangers 2-1 in the final last night. "Today we proved everyone wrong," the captain '
     'said. The players today paraded the trophy through the city.', "2024-05-26",
     [("2024-05-25", "contest", "Coastal City beat Western Rangers 2-1 in the final"),
      ("2024-05-25", "other", "We proved everyone wrong"),
      ("2024-05-26", "other", "The players paraded the trophy through the city")]),
    ('Coastal City beat Western Rangers 2-1 in the final on Sunday. "Today we proved everyone wrong," the captain '
     'said.', "2024-05-26",
     [("2024-05-26", "contest", "Coastal City beat Western Rangers 2-1 in the final"),
      ("2024-05-26", "other", "We proved everyone wrong")]),
    # a date after the rest of a list of names is the clause's, no aside's; after a modal a word the vocabulary
    # knows only as a noun is the verb
    ("The Aperture Fold will go on sale in the United States, Britain and Japan on Sept. 24, Whitfield said. Lumina "
     "said it would release the next version of its operating system, Lumen OS 9, on Monday, Sept. 20.",
     "2021-09-14",
     [("2021-09-24", "opening", "The Aperture Fold will go on sale in the United States, Britain and Japan"),
      ("2021-09-20", "other", "It would release the next version of its operating system, Lumen OS 9")]),
    # a light verb in the present after its subject pronoun tells what is set for a day
    ("A story misstated when frequent service begins. It begins on Sunday, June 28, not Monday, June 29.",
     "2026-05-16", [("2026-06-28", "other", "It begins")]),
    # a debate is a meeting: its verb and its noun tell one
    ("Members will debate on 15 October whether to fund a visitor centre. The TV debate is on 30 October.",
     "2024-09-27",
     [("2024-10-15", "meeting", "Members will debate whether to fund a visitor centre"),
      ("2024-10-30", "meeting", "Debate")]),
    # an aside opened by "with" tells no name: its date is the clause's, as the dates after it are
    ("The pageant will be held over three nights, with the talent show on Monday 8 July, the wear night on "
     "Tuesday 9 July and the crowning on Wednesday 10 July.", "2024-06-20",
     [("2024-07-08", "other", "The pageant will be held over three nights"),
      ("2024-07-09", "other", "The pageant will be held over three nights"),
      ("2024-07-10", "other", "The pageant will be held over three nights")]),
    # a schedule's lines name what is on, then its date, then the details: each line is on its date
    ("The route\n\nStage 1 — Sunday, February 8: Marrakech – Marrakech, 142 km. A flat circuit.\n\n"
     "Stage 2 — Monday, February 9: Marrakech – Ouarzazate, 196 km.", "2026-01-28",
     [("2026-02-08", "other", "Stage 1: Marrakech – Marrakech, 142 km"),
      ("2026-02-09", "other", "Stage 2: Marrakech – Ouarzazate, 196 km")]),
    # ... and so is a timetable's, a clock time on its date closing each line
    ("Indicative timetable\n\nPublic offer opens: 9.00 p.m. on 4 March 2025\n\nPublic offer closes: 12.00 noon "
     "on 11 March 2025\n\nBalloting results announced: 12 March 2025", "2025-03-03",
     [("2025-03-04", "other", "Public offer opens"), ("2025-03-11", "other", "Public offer closes"),
      ("2025-03-12", "other", "Balloting results announced")]),
    # ... and a list may mix lines headed by their date with one closed by it
    ("Dyfed Dragons beat Clyde Warriors 24-22 in Llanelli on Saturday.\n\nSemi-finals\n\nSaturday, 29 March: "
     "Leinster Wolves v Dyfed Dragons, Donnybrook (14:30 GMT)\n\nFinal: Saturday, 12 April, Cardiff Arms Park "
     "(17:15 BST)", "2025-03-17",
     [("2025-03-15", "contest", "Dyfed Dragons beat Clyde Warriors 24-22 in Llanelli"),
      ("2025-03-29", "contest", "Leinster Wolves v Dyfed Dragons, Donnybrook"),
      ("2025-03-29", "contest", "Leinster Wolves v Dyfed Dragons, Donnybrook"),
      ("2025-04-12", "other", "Final: Cardiff Arms Park (17:15 BST)"), ("2025-04-12", "other", "Final, Cardiff Arms Park")]),
    # ... but a line whose words before the date are too many for a list entry's label is no entry
    ("Tickets for the first of the two semi-finals in the capital — Saturday, March 7: sold out.\n\n"
     "Tickets for the second of the two semi-finals in the north — Sunday, March 8: a few left.", "2026-03-02", []),
    # a story telling the hours of its day goes on from one clock time to the next, each its own happening; the
    # moment told again in UTC, on the day before, is no happening of that day and moves the story to no other day
    ("A magnitude 6.8 earthquake struck off the coast at 1:37 a.m. on Wednesday. The US Geological Survey recorded "
     "the quake at 17:37 UTC on May 12. Phivolcs issued a tsunami warning at 1:45 a.m. and lifted it at 3:05 a.m. "
     "after gauges recorded only minor fluctuations. A magnitude 5.4 aftershock at 4:12 a.m. damaged a church in "
     "Manay.", "2026-05-13",
     [("2026-05-13", "disaster", "A magnitude 6.8 earthquake struck off the coast"),
      ("2026-05-13", "statement", "Phivolcs issued a tsunami warning"),
      ("2026-05-13", "decision", "Phivolcs lifted it"),
      ("2026-05-13", "disaster", "Aftershock damaged a church in Manay")]),
    # ... and clock times told in the past perfect are earlier happenings of the day, not the day's told again
    ("Parliament voted on the budget late on Thursday. The first vote had been held at 2.30pm and the second "
     "shortly after 6pm.", "2025-08-29",
     [("2025-08-28", "vote", "Parliament voted on the budget"),
      ("2025-08-28", "vote", "The first vote had been held and the second"),
      ("2025-08-28", "vote", "The first vote had been held and the second")]),
    # a key-dates line labelled as a cut-off identifies holders, no happening
    ("KEY DATES\nNov. 14 – Dividend record date\nNov. 28 – Dividend payment", "2025-10-28",
     [("2025-11-28", "other", "Dividend payment")]),
    # a phrase after an aside that goes on with the clause is no aside of its own
    ("The team drilled 14 peat cores, each up to 4 metres long, through the mire in March 2022 and March 2023, "
     "when the ice allowed vehicles to reach it.", "2026-03-10",
     [("2022-03", "other", "The team drilled 14 peat cores"), ("2023-03", "other", "The team drilled 14 peat cores")]),
    # hours whose end names their day are dated by it; hours between two clock times after a day are no moment
    ("Farmers are invited to an open day from 8am to 2pm on Saturday 4 October. The plant opened on Monday. Its "
     "shop is open between 8 a.m. and 4:30 p.m.", "2025-09-25",
     [("2025-10-04", "culture", "An open day"), ("2025-09-22", "opening", "The plant opened")]),
    # ... but hours from one clock time to another are no moment, and a time restated in brackets in another zone
    # is the same one
    ("The school board met on Monday. It voted to move the first bell from 7:25 a.m. to 8:10 a.m., trustees "
     "said. Mount Ibu erupted on Monday. The status was raised at 8 p.m. local time (11 a.m. GMT), the agency "
     "said.", "2026-01-13",
     [("2026-01-12", "meeting", "The school board met"), ("2026-01-12", "disaster", "Mount Ibu erupted"),
      ("2026-01-12", "other", "The status was raised")]),
    # one date closing a line after a colon is no list either
    ("Published: Tuesday, October 21\n\nThe mayor spoke.", "2025-10-22", []),
    # one date opening a paragraph before a colon is no list: a heading, not an entry
    ("March 2021: a look back\n\nTunnel boring is completed on the last section.", "2025-06-02", []),
    # "May" capitalized is the month or a name, never the modal: not before "have"/"had" after "in", not in the
    # subject "Theresa May"; a plural noun in -s opening a sentence is its subject, not a verb ("Protests that")
    ("Protests that erupted in May have spread to the capital. A law passed in May had banned the rallies. "
     "Theresa May said on Monday the deal was dead.", "2019-10-09",
     [("2019-05", "protest", "Protests erupted"), ("2019-05", "decision", "A law passed"),
      ("2019-10-07", "statement", "Theresa May said the deal was dead")]),
    # a past participle dated right after its noun, with the sentence's own verb after the date, dates its noun's
    # making, not the sentence's verb; "agreed on Tuesday to open" is one predicate
    ("The bridge built in 1932 collapsed on Monday. Poland agreed on Tuesday to open a rail corridor.",
     "2019-10-09",
     [("1932", "other", "The bridge built"), ("2019-10-07", "other", "The bridge collapsed"),
      ("2019-10-08", "agreement", "Poland agreed to open a rail corridor")]),
    # the act a verb of intent looks to ("expects to award"), dated though the vocabulary does not know it; in a
    # relative clause, its antecedent does it ("Nexo Corp., which plans to introduce")
    ("The agency expects to award the contract next week. Analysts pointed to Nexo Corp., which plans to "
     "introduce a group of workstations early next year.", "2019-10-09",
     [("2019-10-14", "other", "The agency expects to award the contract"),
      ("2020", "other", "Nexo Corp plans to introduce a group of workstations")]),
    # "is to begin" and "is due to start in" look to the act; "due to rain" is a cause, not a verb; "goes on sale"
    ("Construction is to begin in the second quarter of 2022. The match was called off due to rain on Monday. "
     "The phone goes on sale on Sept. 27. Work is due to start in November.", "2021-09-08",
     [("2022", "other", "Construction is to begin"), ("2021-09-06", "decision", "The match was called off due to rain"),
      ("2021-09-27", "opening", "The phone goes on sale"), ("2021-11", "other", "Work is due to start")]),
    # a negated verb tells of nothing that happens then
    ("Nurses in Scotland will not strike this week. Nurses in England will walk out on Thursday.", "2022-12-13",
     [("2022-12-15", "protest", "Nurses in England will walk out")]),
    # "was able to" tells that the act happened; "according to" names the source, not the news; a clock time and
    # its day stay one expression before a count of minutes
    ("The ferry was able to berth under its own power at 2:20 a.m. on Friday. The ship had left Algeciras at "
     "10:15 p.m. on Thursday, 75 minutes behind schedule, according to a statement from the port authority.",
     "2024-08-09",
     [("2024-08-09", "other", "The ferry was able to berth under its own power"),
      ("2024-08-08", "other", "The ship had left Algeciras")]),
    # the clock times after a sentence dated twice, its news and its telling, are on the news's day
    ("An eruption began shortly before midnight on Monday, the IMO said this morning. A swarm of earthquakes began "
     "at 22:58 and lava broke the surface at 23:41.", "2025-11-18",
     [("2025-11-17", "disaster", "An eruption began"), ("2025-11-18", "statement", "The IMO said an eruption began"),
      ("2025-11-17", "disaster", "Earthquakes began"), ("2025-11-17", "other", "Lava broke the surface")]),
    # the figure a change started from, and the date a correction says is not the one, date nothing; a place after
    # "from" is no figure
    ("Inflation rose to 12.9 percent in September from 12.2 percent in August. The fund was raised to 40,000 euros "
     "from 25,000 euros last year. Classes began Aug. 13, not Aug. 14. The firm moved from 12 Elm Road in 2019.",
     "2025-10-10",
     [("2025-09", "market", "Inflation rose to 12.9 percent from 12.2 percent"),
      ("2025-08-13", "other", "Classes began"), ("2019", "other", "The firm moved from 12 Elm Road")]),
    # a tribunal hearing the case meets
    ("The panel, which heard the case on Oct. 27, banned him for four years on Friday.", "2025-11-21",
     [("2025-10-27", "meeting", "The panel heard the case"), ("2025-11-21", "decision", "The panel banned him for four years")]),
    # two happenings of one subject on one day, each with its own verb, are two mentions
    ("The Prime Minister flew over the affected areas yesterday afternoon and chaired a crisis meeting in Toamasina "
     "last night.", "2026-02-02",
     [("2026-02-01", "other", "The Prime Minister flew over the affected areas"),
      ("2026-02-01", "meeting", "A crisis meeting in Toamasina")]),
    # a fixture list's lines, a weekday and a day and month in numbers, are matches; "host" after a name that ends
    # in "a" is the verb of a plan all the same
    ("Olimpia host Real España on Wednesday night.\n\nNEXT FIXTURES\nWed 17/09 – v Real España (H), Liga Nacional\n"
     "Sun 21/09 – v Génesis (A), Comayagua", "2025-09-15",
     [("2025-09-17", "meeting", "Olimpia host Real España"),
      ("2025-09-17", "contest", "v Real España (H), Liga Nacional"), ("2025-09-21", "contest", "v Génesis (A), Comayagua")]),
    # a programme's items each dated by the date that closes them; a recital and a jazz evening are happenings
    ("Highlights include a recital by a string quartet on 19 July, a jazz evening on the lakeshore on 26 July.",
     "2025-06-27", [("2025-07-19", "culture", "A recital by a string quartet"),
                    ("2025-07-26", "culture", "A jazz evening on the lakeshore")]),
    # "the following day" after a month told in passing is the day after the last day told, ahead or not; the month
    # in a date lends no kind to the verb ("13 March" is no march)
    ("On 13 March the cinema will reopen with a 1962 comedy that had its premiere in November of that year. Regular "
     "screenings start the following day.", "2026-03-07",
     [("2026-03-13", "opening", "The cinema will reopen with a 1962 comedy"), ("1962-11", "culture", "Its premiere"),
      ("2026-03-14", "culture", "Regular screenings start")]),
    # a clock time inside a live-blog entry is on the entry's day, or on the evening before an entry of the small
    # hours
    ("12:40 a.m. — An amendment failed on a 4-4 tie.\n\n12:05 a.m. — The council is finally debating. Public comment "
     "ended at 11:52 p.m. after 97 speakers.\n\n11:15 p.m. — The finance director presented the numbers.",
     "2026-04-21", [("2026-04-22", "decision", "An amendment failed on a 4-4 tie"),
                    ("2026-04-22", "meeting", "The council is finally debating"),
                    ("2026-04-21", "other", "Public comment ended after 97 speakers"),
                    ("2026-04-21", "proposal", "The finance director presented the numbers")]),
    # the last item of a list of dates joined by "and" is the list's; a window that shuts on a day is a happening,
    # and "who open the defence of their title" looks ahead
    ("The union plans stoppages on Friday, Feb. 21, and Tuesday, March 4.", "2025-02-10",
     [("2025-02-21", "protest", "The union plans stoppages"), ("2025-03-04", "protest", "The union plans stoppages")]),
    ("MCA, who open the defence of their title on 21 August, will sign a forward on 4 September.", "2025-07-15",
     [("2025-09-04", "agreement", "MCA will sign a forward")]),
    # the day a state began ("since 2 July") is not the day the night's clock times are on
    ("The fire was reported at 11:52pm on Tuesday. The crew, who had been at sea since 2 July, took to two life "
     "rafts at about 00:30. A helicopter reached them at 02:10.", "2025-07-16",
     [("2025-07-15", "disaster", "The fire was reported"), ("2025-07-16", "other", "The crew took to two life rafts"),
      ("2025-07-16", "other", "A helicopter reached them")]),
    # "open" after a plural doer is its verb; "remain open" and "after markets close" tell no opening or closing
    ("Nominations for the 19 seats – 14 village seats and five common roll seats – open on Monday 16 March. Shops "
     "will remain open on Sunday 15 March. The decision will be announced after markets close on Wednesday.",
     "2026-03-06", [("2026-03-16", "opening", "14 village seats open"),
                    ("2026-03-15", "other", "Shops will remain open"),
                    ("2026-03-11", "statement", "The decision will be announced after markets close")]),
    # ... also with a phrase that tells which between them
    ("Bookings for the 2026 season open at 9am on Monday 3 November.", "2025-10-15",
     [("2025-11-03", "opening", "Bookings for the 2026 season open")]),
    # a live-blog entry's time dates the telling when the day in its sentence dates what is told; a plan set off by
    # commas ("due to be run on Sunday") dates nothing the clause around it tells
    ("Floods live\n\n11:00 – Schools on Szentendre Island will close from Thursday until at least Monday, the "
     "county education office said.\n\n09:30 – The half-marathon, due to be run on Sunday, has been cancelled, "
     "organisers said.", "2026-06-10",
     [("2026-06-10", "statement", "The county education office said"),
      ("2026-06-11", "decision", "Schools on Szentendre Island will close"),
      ("2026-06-10", "decision", "The half-marathon has been cancelled")]),
])
def test_sentence_shapes_through_the_whole_core(body, published, expected):
    assert _told(body, published) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a clause with no trigger is dated by its own verb, told by its form: a past form, "will" and a verb, a passive
    ("Temperatures fell to minus 48 degrees Celsius in western Uvs province on Sunday.",
     [("2021-08-01", "other", "Temperatures fell to minus 48 degrees Celsius in western Uvs province")]),
    ("Field trials began in 2017 and concluded last fall.",
     [("2017", "other", "Field trials began"), ("2020", "other", "Field trials concluded")]),
    ("Conab will publish its third survey of the season in September.",
     [("2021-09", "other", "Conab will publish its third survey of the season")]),
    ("The Asian tiger mosquito was first detected in Spain in 2004.",
     [("2004", "other", "The Asian tiger mosquito was first detected in Spain")]),
    ("Closing arguments were heard July 9.", [("2021-07-09", "other", "Closing arguments were heard")]),
    # a fronted date before a determiner names no thing ("On Tuesday the boat", but "on July bills")
    ("On Tuesday the boat will leave with the pharmacy full.",
     [("2021-08-10", "other", "The boat will leave with the pharmacy full")]),
    # no state, no guess, no verb across "and" (nor a trigger: "today" opens a predicate of its own, which the
    # summary of 2009 leaves out), no date that names a thing, no word the vocabulary knows
    ("Unemployment stood at 5% in May. Schools remained closed on Wednesday. The team could go again in March.", []),
    ("The company moved its headquarters to Saskatoon in 2009 and today employs 64 people.",
     [("2009", "other", "The company moved its headquarters to Saskatoon")]),
    # two dates given as alternatives: the first dates what will happen, once
    ("The storm is expected to pass near the island late Sunday night or early Monday.",
     [("2021-08-08", "disaster", "The storm is expected to pass near the island")]),
    ("Brazil's 2021 coffee crop looked smaller. The company joined a long list of firms to cut staff this year.", []),
    # what is due on a date, though a date names it ("the data for July"), which the summary leaves out with its
    # "for"
    ("The data for July is due on 12th August.", [("2021-08-12", "other", "The data is due")]),
    # after "will" the word is the verb, though the vocabulary wants an object for it
    ("The managers will present at the Rowan Technology Conference in San Francisco on August 23.",
     [("2021-08-23", "other", "The managers will present at the Rowan Technology Conference in San Francisco")]),
])
def test_a_clause_without_a_trigger_is_dated_by_its_own_verb(body, expected):
    assert _told(body, "2021-08-04") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a verb of no kind in a second predicate, a passive one included, when the first has its own date
    ("The company moved to Leeds in 2009 and was sold in 2015.",
     [("2009", "life", "The company moved to Leeds"), ("2015", "other", "The company was sold")]),
    # an "and" between names, numbers or listed nouns joins no clauses; "stranded" before a noun is no verb
    ("Protesters camped outside the Ministry of Mines and Energy in Brasilia last week.",
     [("2021-07-26", "other", "Protesters camped outside the Ministry of Mines and Energy in Brasilia")]),
    ("Crews pulled 47 people from rooftops, trees and stranded vehicles on Monday.",
     [("2021-08-02", "other", "Crews pulled 47 people from rooftops")]),
    ("Dosing began in March 2020 and the study completed enrollment in July 2021.",
     [("2020-03", "other", "Dosing began"), ("2021-07", "other", "The study completed enrollment")]),
    # after a relative clause on the subject, the first past form is the subject's verb
    ("On Christmas Eve, 86 families who had spent two months in a gymnasium moved into bunkhouses.",
     [("2020-12-24", "other", "86 families moved into bunkhouses")]),
    # a relative clause's own verb after "that"; a verb after a dated year; "collapsed" with no disaster noun
    ("They looked at a frame that went up on Tuesday. The firm that he founded in 1990 collapsed on Monday.",
     [("2021-08-03", "other", "A frame went up"), ("1990", "opening", "He founded the firm"),
      ("2021-08-02", "other", "The firm collapsed")]),
    # the comma after an age closes the age, not a verbless aside
    ("Marchetti lunged at photographer Dean Harker, 52, outside the eatery on August 1.",
     [("2021-08-01", "other", "Marchetti lunged at photographer Dean Harker outside the eatery")]),
    # a possessive date in a setting phrase dates the clause when the vocabulary has no noun for what it owns
    ("Hribar beat Brandauer in Tuesday's fifth round.",
     [("2021-08-03", "contest", "Hribar beat Brandauer in the fifth round")]),
    # no verb told by its form after a modal other than will/would, nor in an idle infinitive
    ("We could have flown in July. Pike was nowhere to be seen on Monday. Residents could be given the all-clear "
     "on Thursday.", []),
    ("The crates are to be flown to Kinshasa on Monday.",
     [("2021-08-09", "other", "The crates are to be flown to Kinshasa")]),
    # the present form of a light verb of no kind, after its subject or a relative pronoun: a scheduled happening
    ("The term of the current Assembly ends later this month. He entered the Open, which starts on Thursday.",
     [("2021-08", "other", "The term of the current Assembly ends"), ("2021-08-05", "other", "The Open starts")]),
])
def test_a_verb_told_by_its_form_in_harder_clauses(body, expected):
    assert _told(body, "2021-08-04") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a "when" clause right after a date tells what happened then, by its verb where it has no trigger
    ("The disease spread slowly before surging in December, when heavy rains overwhelmed pit latrines.",
     [("2020-12", "other", "Heavy rains overwhelmed pit latrines")]),
    # even after a comparison's baseline, which dates nothing itself
    ("The melt was less dramatic than in the summer of 2003, when the glaciers lost 3.8% of their volume.",
     [("2003", "other", "The glaciers lost 3.8% of their volume")]),
    ("The melt was less dramatic than in the summer of 2003.", []),
    ("She hired 140 pickers, 30 fewer than last year. It is illegal to remove bones older than 1946.", []),
    # ... but "no later than" is a deadline, and the rest of a list set off by commas is no aside
    ("Voters will elect a governor, eight mayors and 101 district mayors on Sunday 3 October.",
     [("2021-10-03", "election", "Voters will elect a governor")]),
    # a participle's clause set off by commas is no verbless aside
    ("Scams have grown, prompting the bank to tighten its rules in November last year, when it began limiting "
     "transfers.", [("2020-11", "opening", "It began limiting transfers")]),
    # the clause's own verb still comes first
    ("Two men fell overboard on Saturday when the boat's front tube deflated.",
     [("2021-07-31", "other", "Two men fell overboard")]),
])
def test_a_when_clause_after_a_date_tells_what_happened_then(body, expected):
    assert _told(body, "2021-08-04") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # what happened in a thing a date names, told by a clause on it
    ("Memories of the 1998 race, in which six sailors died, still shape the rules.",
     [("1998", "death", "Six sailors died")]),
    ("The 2015 season, when the club won the league, is remembered fondly.",
     [("2015", "contest", "The club won the league")]),
    # an event noun the date stands by keeps it
    ("The collision comes a year after the triple train accident on June 2, 2023, in which 300 people died.",
     [("2023-06-02", "disaster", "The triple train accident")]),
    # a date before "but" names no thing; a closed parenthesis opens no aside
    ("The Court had issued notice on April 5 but declined to stay the notification.",
     [("2021-04-05", "other", "The Court had issued notice")]),
    ("According to figures released by the association (CEAN) on Friday, July 30, the film has grossed $2m.",
     [("2021-07-30", "other", "The film has grossed $2m")]),
    # two nouns joined before a place or a time are one object, and the verb before them dates them
    ("SWPC issued the request in March 2021 and prequalified 11 companies and consortiums in June that year.",
     [("2021-03", "proposal", "SWPC issued the request"),
      ("2021-06", "other", "SWPC prequalified 11 companies and consortiums")]),
    # a participle opening an aside is its verb
    ("The measurements, taken on 20 reference glaciers at the end of June, show heavy losses.",
     [("2021-06", "other", "The measurements taken on 20 reference glaciers")]),
    # the period a figure is for dates nothing when a finer date does; nor does a baseline ten words back
    ("Kvarken Lines reported a loss of €14.2m for January-March on Thursday, compared with a profit of €3.1m a "
     "year earlier.", [("2021-07-29", "market", "Kvarken Lines reported a loss of €14.2m for January-March")]),
])
def test_more_clause_shapes_that_date_an_event(body, expected):
    assert _told(body, "2021-08-04") == expected


@pytest.mark.parametrize(("body", "published", "expected"), [
    # the month "May" is no auxiliary that makes a report of what comes before the verb
    ("In May, Halvard announced its first delay.", "2020-10-03",
     [("2020-05", "statement", "Halvard announced its first delay")]),
    # an irregular past form is a verb
    ("The wall of mud swept down on the hamlet late on Saturday.", "2019-09-23",
     [("2019-09-21", "other", "The wall of mud swept down on the hamlet")]),
    # a statement verb with an object reports no clause: its dates are its own
    ("STA will hold open houses to explain the changes on July 15.", "2021-07-07",
     [("2021-07-15", "statement", "STA will hold open houses to explain the changes")]),
    # an "and" between a verb and its date that joins two names, not two predicates
    ("The government placed Ituri and neighboring North Kivu under a state of siege in May 2021.", "2024-06-02",
     [("2021-05", "other", "The government placed Ituri and neighboring North Kivu under a state of siege")]),
    # "last" inside a verb: "was last seen"
    ("Ms Keeley was last seen leaving a pub on the night of 14 August 1998.", "2023-01-27",
     [("1998-08-14", "other", "Keeley was last seen leaving a pub on the night")]),
    # "after" or "before" before a phrase with no verb opens no clause: the verb before it tells the date's event
    ("Both fighters will be hauled before the board's stewards on November 9.", "2022-11-04",
     [("2022-11-09", "other", "Both fighters will be hauled")]),
    ("Ukrainians will celebrate the feast on 5 May, weeks after Western Christians mark it on 31 March.",
     "2023-09-01", [("2024-05-05", "other", "Ukrainians will celebrate the feast")]),
    # "against" an opponent is no baseline of a comparison
    ("Kanzaki threw a no-hitter against the Seibu Lions on June 6.", "2025-11-16",
     [("2025-06-06", "other", "Kanzaki threw a no-hitter against the Seibu Lions")]),
    # a date after a copula dates the subject; not a pronoun's ("than they were three years ago")
    ("Route 25's last day of service will be Sept. 18. Version 8.0 is due on March 12. Shifts are longer than "
     "they were three years ago.", "2021-07-07",
     [("2021-09-18", "other", "Route 25's last day of service"), ("2022-03-12", "other", "Version 8.0 is due")]),
    # a light verb's present after a name that is its whole subject
    ("Hanoi starts its own testing in mid-July.", "2026-05-18", [("2026-07", "other", "Hanoi starts its own testing")]),
    ("The winter timetable returns on 1 October.", "2026-05-22", [("2026-10-01", "other", "The winter timetable returns")]),
    # ... and across an aside that tells more of the subject
    ("The extra sailing to Vis, which will leave Split at 3pm, starts on 15 June.", "2026-05-22",
     [("2026-06-15", "other", "The extra sailing to Vis starts")]),
    # ... also where the subject ends in a name's "'s" or in an apposition
    ("The last sailing to St Mary's will be on Saturday 25 October.", "2025-10-15",
     [("2025-10-25", "other", "The last sailing")]),
    ("The most famous event, the Haka Pei, is on Sunday 8 February.", "2026-01-20",
     [("2026-02-08", "other", "The most famous event")]),
    # what runs over days ahead, even with its year between "which" and the verb; not a season's span
    ("The Monaco Yacht Show, which this year runs from 25 to 28 September, is sold out.", "2024-05-16",
     [("2024-09-25", "other", "The Monaco Yacht Show runs")]),
    ("Donors will meet during the lean season, which runs from November to March.", "2022-06-14", []),
    ("The season runs from November to April.", "2022-06-14", []),
    # the plural's present after a plural subject, across an aside that tells more of it; not a past of that form
    ("The Galway Races, which bring about 150,000 racegoers to Ballybrit every summer, begin on Monday 28 July, and "
     "the hearings end on Friday.", "2025-06-10",
     [("2025-07-28", "other", "The Galway Races begin"), ("2025-06-13", "meeting", "The hearings end")]),
    ("Passenger numbers hit a record in November.", "2025-12-10", [("2025-11", "other", "Passenger numbers hit a record")]),
    # a week of a month dates its month on a timeline; a week that starts on a day dates that week
    ("Hall tickets will be issued in the last week of March. Crews begin work the week of March 29.", "2021-03-10",
     [("2021-03", "other", "Hall tickets will be issued"), ("2021-03-29", "other", "Crews begin work")]),
    # a name and its apposition are one subject; an apposition that names a common noun's referent names the doer
    ("Aste Nagusia, Bilbao's Big Week, begins on Saturday 22 August.", "2026-06-03",
     [("2026-08-22", "other", "Aste Nagusia begins")]),
    ("Her husband, Viktor Shubin, died in 2009.", "2026-06-03", [("2009", "death", "Viktor Shubin died")]),
    # "between X and Y" joins two places, not two clauses
    ("From next Monday, passengers on the ferries between Aqaba and the Egyptian port of Nuweiba will board at a new "
     "terminal.", "2018-09-24", [("2018-10-01", "other", "Passengers will board at a new terminal")]),
    # ", starting on 1 June" at the end tells when what the clause before it tells starts
    ("The city will offer a subsidy to riders who scrap a petrol bike and buy an electric one, starting on 1 June.",
     "2026-05-18", [("2026-06-01", "proposal", "The city will offer a subsidy to riders")]),
    ("Its funding runs out at the end of June next year.", "2025-06-14", []),
])
def test_verbs_found_by_their_form_and_what_a_clause_with_none_tells(body, published, expected):
    assert _told(body, published) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a gerund after before/after/since dates by the date in its own phrase
    ("He played for Celtic for six years before moving to Leeds in 2014.",
     [("2014", "other", "He played for Celtic for six years before moving to Leeds")]),
    ("After graduating from Oxford in 1998, she joined the civil service.",
     [("1998", "other", "Graduating from Oxford")]),
    ("The regulator raised its alert to red overnight, before lowering it to orange on Tuesday afternoon.",
     [("2021-08-03", "other", "The regulator lowering it to orange")]),
    # a date before the gerund is the main verb's; a "when" clause after the date keeps it
    ("She joined the bank in 2001 after leaving the army.",
     [("2001", "appointment", "She joined the bank after leaving the army")]),
    ("The disease spread slowly before surging in December, when heavy rains overwhelmed pit latrines.",
     [("2020-12", "other", "Heavy rains overwhelmed pit latrines")]),
])
def test_a_gerund_after_before_or_after_is_dated_by_its_own_phrase(body, expected):
    assert _told(body, "2021-08-04") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # after "on", a date before a capitalized word is fronted to the clause that word opens, not naming a thing
    ("Then on Thursday Tyler, 28, unfollowed his fiancee on Instagram.",
     [("2019-08-15", "other", "Then Tyler unfollowed his fiancee on Instagram")]),
    # a connective before a comma describes no name: the date set off by commas after it is the clause's own
    ("Then, on the night of Feb. 9, 1987, a fire destroyed the shop.",
     [("1987-02-09", "disaster", "A fire destroyed the shop")]),
    ("Meanwhile, on Tuesday, the council approved the budget.",
     [("2019-08-13", "decision", "The council approved the budget")]),
    # the aside of a name still dates only its description
    ("Merkel, chancellor from 2005 to 2021, said on Monday that she would not return.",
     [("2019-08-12", "statement", "Merkel said she would not return")]),
    # a holiday with "last year" is one date
    ("Tyler popped the question on Christmas Day last year in front of both families.",
     [("2018-12-25", "other", "Tyler popped the question in front of both families")]),
])
def test_dates_fronted_or_set_off_by_commas_date_their_clause(body, expected):
    assert _told(body, "2019-08-17") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a day counted from the one named dates what happened then, whatever "before"/"after" would bound
    ("The announcement came on the eve of Ash Wednesday.", ("the eve of Ash Wednesday", "2024-02-13")),
    ("Talks resumed the day after Christmas, officials said.", ("the day after Christmas", "2023-12-26")),
    ("The plant opened three days before March 3, 2023.", ("three days before March 3, 2023", "2023-02-28")),
    ("The council voted a week after Feb. 1, 2024.", ("a week after Feb. 1, 2024", "2024-02-08")),
])
def test_a_day_counted_from_a_named_one(body, expected):
    result = process_article({"id": "t", "source": "Wire", "published_at": "2024-02-20", "body": body})
    assert [(m.mention.timex.text, m.mention.date) for m in result.mentions] == [expected]


@pytest.mark.parametrize(("body", "named"), [
    ("In the days before March 3, 2023, the plant was idle.", "2023-03-03"),  # a stretch of days, no one day
    ("He was arrested the day before, on Monday.", "2024-02-19"),  # the day named is the day
])
def test_no_count_where_the_words_count_no_day(body, named):
    result = process_article({"id": "t", "source": "Wire", "published_at": "2024-02-20", "body": body})
    assert all(m.mention.date == named and m.mention.timex.text[0].isupper() for m in result.mentions)


def test_live_blog_entries_whose_words_name_other_days_are_on_the_blog_day():
    body = ("16:32 BST — The power company expects customers to be reconnected by Friday.\n\n"
            "15:48 BST — The Met Office said it extended the warning until 06:00 on Thursday.\n\n"
            "12:55 BST — Police said the A1 was closed after a lorry blew over on Monday night.\n\n"
            "09:15 BST — The Metro suspended services after a tree fell on the line.")
    result = process_article({"id": "blog", "source": "Chronicle", "published_at": "2024-10-09T07:30:00Z",
                              "body": body})
    entries = {m.mention.timex.text: m.mention.date for m in result.mentions if "BST" in m.mention.timex.text}
    assert entries and set(entries.values()) == {"2024-10-09"}


def test_a_live_blog_entry_told_in_a_sentence_is_an_event_even_without_a_known_trigger():
    body = ("The outage began on Tuesday, June 14, when a configuration change was deployed.\n\n"
            "04:07 - Configuration change deployed to zone B load balancers.\n\n"
            "05:25 - Engineers identify the configuration change as the likely trigger.\n\n"
            "05:52 - Rollback begins.")
    result = process_article({"id": "ops", "source": "Status", "published_at": "2022-06-17T15:00:00Z", "body": body})
    entries = {m.mention.timex.text: m.mention.date for m in result.mentions}
    assert entries["05:25"] == entries["05:52"] == "2022-06-14"
    # but not an entry headed by a headline or a question, nor one whose sentence names a date of its own
    body = ("13:45 GMT – Aid trucks cross from Chad\n\nTwenty trucks crossed the border on Tuesday, the UN said.\n\n"
            "10.30 BST - What happens next? The new parliament will sit in November.\n\n"
            "09:20 - Some background: Northway was formed in 2014 when two operators merged.\n\n"
            "08:00 GMT - Polls opened across the country.")
    result = process_article({"id": "blog", "source": "Chronicle", "published_at": "2024-06-11T15:00:00Z",
                              "body": body})
    assert {m.mention.timex.text for m in result.mentions if m.mention.timex.type == "TIME"} == {"08:00 GMT"}


def test_each_dated_step_of_a_series_set_off_by_commas_is_the_clauses_own():
    body = "Inflation fell to 3 percent in May, to 2.5 percent in June, and to 2 percent in July, the bureau said."
    result = process_article({"id": "st", "source": "Wire", "published_at": "2025-08-13T09:00:00Z", "body": body})
    assert [(m.mention.date, m.mention.kind) for m in result.mentions] == [
        ("2025-05", "market"), ("2025-06", "market"), ("2025-07", "market")]


def test_each_timed_line_of_a_chronology_box_is_an_event_of_its_day_heading():
    body = ("Fire crews fought a warehouse blaze in Dock Road for two days.\n\nHOW THE DAY UNFOLDED\n\n"
            "Tuesday, May 14\n7.15am: Crews called to a warehouse blaze\n9am: Nearby homes evacuated\n\n"
            "Wednesday 15 May\n14:30 — Fire declared out\n\nFor help, call the council.")
    result = process_article({"id": "box", "source": "Gazette", "published_at": "2024-05-16T09:00:00Z", "body": body})
    timed = {(m.mention.timex.text, m.mention.date) for m in result.mentions if m.mention.timex.type == "TIME"}
    assert timed == {("7.15am", "2024-05-14"), ("9am", "2024-05-14"), ("14:30", "2024-05-15")}


def test_each_time_in_brackets_on_a_dated_list_line_is_its_items_happening():
    body = ("Castlebridge host Wrexford on Saturday.\n\nFixtures\n\n"
            "Saturday 18 October: Harbury Town v Northgate Rovers (12.30pm); Aldmoor v Kingsmere (5.30pm)\n\n"
            "Sunday 19 October: Elmbridge v Castleford (Riverside Park, 2pm)\n\n"
            "Final: Saturday, 1 November, Cardiff Arms Park (17:15 BST)")
    result = process_article({"id": "fx", "source": "Sport", "published_at": "2025-10-16T09:00:00Z", "body": body})
    timed = {(m.mention.timex.text, m.mention.date, m.mention.summary) for m in result.mentions
             if m.mention.timex.type == "TIME"}
    assert timed == {("12.30pm", "2025-10-18", "Harbury Town v Northgate Rovers"),
                     ("5.30pm", "2025-10-18", "Aldmoor v Kingsmere"),
                     ("2pm", "2025-10-19", "Elmbridge v Castleford"),
                     ("17:15 BST", "2025-11-01", "Final, Cardiff Arms Park")}
    # a time restated in another zone is not an item of its own
    body = "Timeline\n\nDec. 18: The sides agree to a truce.\n\nDec. 20: The truce takes effect at 06:00 (0400 GMT)."
    result = process_article({"id": "tl", "source": "Wire", "published_at": "2025-01-14T09:00:00Z", "body": body})
    assert not any("GMT" in m.mention.timex.text for m in result.mentions)


def test_a_clock_time_that_recurs_each_day_dates_no_event():
    body = ("The notification summoning the House was issued on Tues., the Speaker said. The House will meet at "
            "11 a.m. each day.")
    result = process_article({"id": "h", "source": "Paper", "published_at": "2024-08-29T10:00:00Z", "body": body})
    told = [(m.mention.timex.text, m.mention.date) for m in result.mentions]
    assert ("Tues.", "2024-08-27") in told and not any(text == "11 a.m." for text, _ in told)


def test_a_box_of_dates_with_short_weekdays_and_runs_of_days_is_kept_and_dated():
    body = ("Train drivers will strike over pay from next month, their union said yesterday.\n\nSTRIKE DATES\n\n"
            "Tue Feb 24: 24-hour strike from 00:00\n\nThu Mar 5 – Sat Mar 7: 48-hour strike from 06:00\n\n"
            "Mon Mar 9, 16, 23, 30: stoppages from 05:00 to 09:00\n\nNEXT FIXTURES\n\n"
            "Sun 1 Mar: Botev v Arda (19:45)\n\nSat 7 Mar: Levski v Botev (17:30)\n\n"
            "Related:\nFreight operator posts first profit in a decade")
    result = process_article({"id": "box", "source": "Wire", "published_at": "2026-02-18T08:00:00Z", "body": body})
    told = {(m.mention.timex.text, m.mention.date) for m in result.mentions}
    assert {("Tue Feb 24", "2026-02-24"), ("Thu Mar 5 – Sat Mar 7", "2026-03-05"), ("Sun 1 Mar", "2026-03-01"),
            ("19:45", "2026-03-01")} <= told
    assert "Freight operator posts first profit in a decade" not in result.text.text


def test_clock_times_told_in_order_stay_on_the_day_of_the_first():
    filler = "The feeder was on its way from Rotterdam to Dublin with a full load of containers. " * 5
    body = ("The two ships collided in the Dover Strait in the early hours of Thursday. The collision happened at "
            f"0347 UTC, the coastguard said.\n\n{filler}\n\nThe lifeboat launched at 0410 and the helicopter arrived "
            "shortly before 0430. The search resumed at 0700 today.")
    told = _days_told(body, "2025-11-14T07:30:00Z")
    assert told["0410"] == told["0430"] == "2025-11-13" and told["0700 today"] == "2025-11-14"


def test_a_clock_time_after_a_day_ahead_is_on_the_day_told_as_done():
    body = ("Authorities closed schools and offices on Tuesday and ordered them to stay shut on Wednesday as smog "
            "settled over the city for a ninth day.\n\nAir quality readings rose above 180 on the national index at "
            "8 a.m., and hospitals reported a rise in patients with breathing problems.")
    told = _days_told(body, "2025-11-18T16:00:00+03:30")
    assert told == {"Tuesday": "2025-11-18", "Wednesday": "2025-11-19", "8 a.m.": "2025-11-18"}


def test_clock_times_told_back_in_the_past_perfect_are_earlier_happenings_of_the_day():
    filler = "The chamber has 54 members, elected for five years by the three provinces of the islands. " * 3
    body = ("The Congress elected Wanakaja as its president late on Thursday at the third round of voting.\n\n"
            f"{filler}\n\nWanakaja won 28 of the 54 votes when the result was announced at 11.52pm. The first round "
            "had been held at 2.30pm and the second shortly after 6pm, each time leaving him two votes short.")
    told = _days_told(body, "2025-08-29T12:00:00Z")
    assert told == {"late on Thursday": "2025-08-28", "11.52pm": "2025-08-28", "2.30pm": "2025-08-28",
                    "6pm": "2025-08-28"}
    # told in the simple past, an earlier clock time retells the day's vote
    assert "2.30pm" not in _days_told(body.replace("had been held", "was held"), "2025-08-29T12:00:00Z")


def test_a_live_blog_that_starts_on_its_publication_day_runs_into_the_next():
    body = ("Live updates: council approves arena deal\n\nStarted 7 p.m. Tuesday, April 21, 2026 | Last updated "
            "1:32 a.m. Wednesday\n\n1:18 a.m. — The council has approved the arena deal 5-3. The mayor will sign "
            "the ordinance this morning.\n\n11:15 p.m. — The finance director told councilors that the bonds would be "
            "repaid over 30 years.\n\n7:32 p.m. — Public comment has begun.")
    result = process_article({"id": "live", "source": "Ledger", "url": "https://www.example.com/live",
                              "published_at": "2026-04-22T00:00:00Z", "body": body})
    told = {m.mention.timex.text: m.mention.date for m in result.mentions}
    assert result.published_at == date(2026, 4, 21)
    assert (told["1:18 a.m."], told["11:15 p.m."], told["7:32 p.m."]) == ("2026-04-22", "2026-04-21", "2026-04-21")
    assert told["this morning"] == "2026-04-22"


def test_a_live_blog_entry_time_dates_the_telling_of_an_entry_about_another_day():
    body = ("LIVE\n\n12:00 – Flood defences are being raised along the river.\n\n11:00 – Schools on the island will "
            "close from Thursday, the county education office said.\n\n07:00 – Good morning and welcome to our live "
            "coverage.")
    result = process_article({"id": "live", "source": "Monitor", "published_at": "2026-06-10T05:00:00Z",
                              "body": body})
    told = {(m.mention.timex.text, m.mention.kind): m.mention.date for m in result.mentions}
    assert told[("11:00", "statement")] == "2026-06-10" and told[("Thursday", "decision")] == "2026-06-11"


@pytest.mark.parametrize(("source", "day"), [
    # an outlet named for a place writes by that place's day (San José is UTC-6: 03:20Z is still the 11th there)
    ("The Costa Rica Chronicle", date(2026, 3, 11)),
    ("The Irish Times", date(2026, 3, 12)),
    # a name that names no place keeps the time as given
    ("The Chronicle", date(2026, 3, 12)),
])
def test_publication_time_is_read_where_the_outlets_name_says(source, day):
    result = process_article({"id": "tz", "source": source, "url": "https://www.example.com/1",
                              "published_at": "2026-03-12T03:20:00Z", "body": BODY})
    assert result.published_at == day


def test_a_publication_time_with_an_offset_of_its_own_keeps_its_day():
    # the outlet's name points at Jamaica (UTC-5), but the publisher's clock says +12:00: the 9th, not the 8th
    result = process_article({"id": "off", "source": "The Kingston Gazette", "url": "https://www.example.com/1",
                              "published_at": "2026-10-09T07:30:00+12:00", "body": BODY})
    assert result.published_at == date(2026, 10, 9)


def test_a_date_line_above_the_story_is_no_dateline_place():
    body = "Wednesday, March 11, 2026 – 9:20 p.m.\n\n" + BODY
    result = process_article({"id": "dl", "source": "Chronicle", "published_at": "2026-03-11T12:00:00Z",
                              "body": body})
    assert result.dateline is None or result.dateline.place is None
    assert all("Wednesday" not in m.mention.places for m in result.mentions)


def test_a_later_clock_time_in_the_sentence_of_an_earlier_one_is_a_moment_of_its_own():
    body = ("The emergency command met at 11:00 today and said 94 evacuation centres would open at 16:00.\n\n"
            "22.05 BST - The commission said preliminary results should be published shortly after midnight.")
    told = _days_told(body, "2026-01-27T14:00:00Z")
    assert told["11:00 today"] == told["16:00"] == "2026-01-27"
    assert told["midnight"] == "2026-01-28"  # shortly after midnight: the next day begun


def test_a_day_told_by_its_clock_times_keeps_them_far_on_and_counts_minutes_from_the_last():
    filler = "The market is one of the largest in the north of the country and sells clothes and food. " * 3
    body = ("A fire that broke out at 3.40am on Sunday destroyed 600 stalls, the fire service said on Monday.\n\n"
            f"{filler}\n\nAn alarm was triggered at 3.50am and guards were evacuated eight minutes later. Firefighters "
            "arrived at about 4.15am. The fire was brought under control at around 10.30am. Smoke was still rising "
            "from the ruins on Sunday evening.\n\nTraders said the power had been cut at 3am and restored about half "
            "an hour later.")
    told = _days_told(body, "2025-09-15T09:00:00Z")
    # far from the day's first clock time, later ones go on telling its hours; a past perfect in the small hours
    # after an evening is earlier that day, not the night after; minutes later count from the clock time before
    assert told["about 4.15am"] == told["around 10.30am"] == told["3am"] == "2025-09-14"
    assert told["half an hour later"] == told["3.50am"] == told["eight minutes later"] == "2025-09-14"


def test_first_and_last_light_date_their_day():
    body = ("The 14 injured were transferred to Yaounde before dawn on Sunday. The search was suspended at dusk on "
            "Thursday.")
    result = process_article({"id": "dw", "source": "Wire", "published_at": "2025-12-22T09:00:00Z", "body": body})
    assert [(m.mention.timex.text, m.mention.date) for m in result.mentions] == [
        ("before dawn on Sunday", "2025-12-21"), ("dusk on Thursday", "2025-12-18")]


@pytest.mark.parametrize(("body", "published", "expected"), [
    # the rest of a list of places after a comma is no aside
    ("More than 1,200 residents were evacuated from Dukat, Palasa and hotels along the pass on Monday, the "
     "prefecture said.", "2025-07-29", [("2025-07-28", "disaster")]),
    # "laid" is a past verb; a phrase a preposition opens before the subject is no one who acted
    ("In 1942, during the Second World War, British engineers laid a coastal line through Beirut.", "2025-11-01",
     [("1942", "other")]),
    # "not ... until" tells when it happened
    ("That outbreak began in March 2022 and was not declared over until August 2023.", "2026-02-03",
     [("2022-03", "disaster"), ("2023-08", "statement")]),
    ("The school did not reopen until March.", "2025-07-29", [("2025-03", "opening")]),
    # sending a team is a deployment; a date before "and said" closes the first predicate
    ("Medecins Sans Frontieres is sending a team to Karonga this week.", "2026-02-03", [("2026-02-02", "deployment")]),
    ("The Ministry of Health dispatched a rapid response team to Kisumu late on Tuesday and said it would "
     "distribute soap from Friday.", "2019-03-14", [("2019-03-12", "deployment"), ("2019-03-15", "other")]),
])
def test_lists_negations_and_predicates_that_date_an_event(body, published, expected):
    result = process_article({"id": "s", "source": "Wire", "published_at": f"{published}T09:00:00Z", "body": body})
    assert [(m.mention.date, m.mention.kind) for m in result.mentions] == expected


@pytest.mark.parametrize(("published_at", "expected"), [
    # 00:40 in New Zealand: the evening told as done is the one just gone; what will happen this evening is ahead
    ("2025-01-11T11:40:00Z", {"Tonight": "2025-01-11", "this evening": "2025-01-12"}),
    # 22:40 the evening before: that evening is the publication day's
    ("2025-01-11T09:40:00Z", {"Tonight": "2025-01-11", "this evening": "2025-01-11"}),
    # a bare date, or midnight UTC, says nothing of the hour
    ("2025-01-12", {"Tonight": "2025-01-12", "this evening": "2025-01-12"}),
])
def test_tonight_in_a_story_published_just_after_midnight(published_at, expected):
    body = ('"Tonight the bowlers set it up," the captain said after the win over Otago at McLean Park.\n\n'
            "The squad will meet fans at the ground this evening.")
    result = process_article({"id": "t", "source": "Hawke's Bay Tribune", "url": "https://www.hbtribune.co.nz/x",
                              "published_at": published_at, "body": body})
    assert {m.mention.timex.text: m.mention.date for m in result.mentions} == expected


def test_a_holiday_naming_what_falls_on_it_leaves_the_dating_to_the_day_named_again():
    assert _days_told("Both unions will join the May Day rally on Wednesday.", "2019-04-29") == {
        "Wednesday": "2019-05-01"}
    assert _days_told("Both unions will march on May Day.", "2019-04-29") == {"May Day": "2019-05-01"}
    assert _days_told("The union will join the Congress of Trade Unions' May Day rally on Sunday.", "2022-04-28") == {
        "Sunday": "2022-05-01"}


def test_a_possessive_date_dates_its_event_noun_across_a_hyphened_modifier():
    assert _days_told("It was a response to Wednesday night's 26-run defeat by the Wellington Firebirds.",
                      "2025-01-12") == {"Wednesday night": "2025-01-08"}
