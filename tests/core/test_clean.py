"""Page-furniture removal, on pages written for these tests (and on the seeds where present)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from streams.core.clean import clean, html_to_text, is_title_like, looks_like_html, visible_text

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

STORY = [
    "Dockers at the port of Tarnow walked off the job on Monday, halting the loading of grain ships for the "
    "first time in a decade.",
    "The union said the strike would last until the port authority agreed to talks on pay and safety.",
    '"We are not asking for the moon," said union leader Ada Brenner. "We are asking to be heard."',
    "The port authority said it regretted the decision and remained open to dialogue.",
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def story_kept(result, paragraphs=STORY) -> None:
    assert result.text.split("\n\n") == list(paragraphs)


def reasons(result) -> dict[str, str]:
    return {line: reason for line, reason in result.removed}


def seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not present")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("line, reason", [
    ("ADVERTISEMENT", "advertisement"),
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("© 2024 Tarnow Daily. All rights reserved.", "copyright"),
    ("Copyright 2023 The Associated Press. All rights reserved.", "copyright"),
    ("All rights reserved. No part of this page may be reproduced without permission.", "copyright"),
    ("Read more", "read more"),
    ("READ MORE: Grain prices hit a two-year high", "read more"),
    ("Related: Port workers vote on new contract", "read more"),
    ("See also", "read more"),
    ("Also in Obituaries: Tom Gregory-Hunt, crayfish exporter, 1940–2025", "read more"),
    # a section's teaser: "More <section>: <headline>"
    ("More science: Why the spring flood came early last year (8 April)", "read more"),
    ("More education news: College prize-giving, Friday 5 December", "read more"),
    ("Also in this issue: Longliner detained in the harbour (page 3)", "read more"),
    ("Most read: Carnival dates announced | Water rates to rise in April", "read more"),
    ("Subscribe", "subscribe"),
    ("Sign up for our morning newsletter", "subscribe"),
    ("Share this article", "share"),
    ("Follow us on Twitter", "share"),
    ("24/7 Sports News Coverage", "section banner"),
    ("Science News from LabDaily.com", "section banner"),
    ("Most read", "section banner"),
    ("More from Europe", "section banner"),
    ("By Ada Brenner and Tom Poe", "byline"),
    ("Published: 14 May 2024 10:32 GMT", "timestamp"),
    ("Wednesday 15 October 2025 · 11.00am", "timestamp"),
    ("Updated 3 hours ago", "timestamp"),
    ("Published - August 29, 2024 08:12 pm IST", "timestamp"),
    # a line of stamps set apart by bars
    ("Started 8:40 p.m. Tuesday, Oct. 14, 2025 | Last updated 1:25 a.m. Wednesday", "timestamp"),
    ("By Delroy Ebanks | March 13, 2025 | 8:00 a.m.", "byline"),
    ("Tuesday 15 July 2025, 12.30am | Listen to this article (6 min)", "timestamp"),
    ("Live coverage | Started: 22 Apr 2025, 08:30 ICT | Last updated: 22 Apr 2025, 17:40 ICT", "navigation"),
    ("Image caption, Dockers outside the port gates", "caption"),
    ("(Reporting by Ada Brenner; Editing by Tom Poe)", "credits"),
    ("Staff writer Tom Poe in Gdansk contributed to this report.", "credits"),
    ("(Corrects day of funeral prayers in paragraph 6 to Friday from Thursday; adds death toll)", "credits"),
    ("(Updates with closing prices, adds analyst comment in paragraph 5)", "credits"),
    ("Source: Harbour Wire and news agencies", "credits"),
    ("Citation: Three new species described from a vent (2022, August 31) retrieved 31 August 2022 from "
     "https://example.org/news/2022-08-species.html", "credits"),
    ("More information: Inês Carvalho et al, Three new species, Frontiers in Marine Science (2022). DOI: 10.3389/x",
     "credits"),
    ("Provided by University of the Azores", "credits"),
    ("This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.", "notice"),
    ("___", "separator"),
    ("Save articles to read later and create your own reading list.", "share"),
    ("This article is more than 2 years old", "notice"),
    ("Questions or comments on this article? E-mail us at feedback@example.org", "notice"),
    ("(This story has been corrected to show the strike began on May 10, not May 11)", "credits"),
    ("Divers survey the wreck off Malta in June 2023. J. SMITH/UNIVERSITY OF MALTA", "caption"),
    ("Athletics - Valencia Marathon - December 7, 2025 Kenya's Elias Rotich celebrates REUTERS/Pablo Sanz", "caption"),
    ("Kimono being unpacked at the gallery last week. Picture by Darren Howe", "caption"),
    ("A pitcher throws during Saturday's game. (Ellie Reyes / The Daily Texan Staff)", "caption"),
    ("Correction, Nov. 22: An earlier version of this story misstated the date of the hearing. It is March 10.",
     "correction"),
    ("Editor’s note: An earlier version misstated the year the senator was first elected. It was 1976.",
     "correction"),
    ("Correction (13:40 IST): An earlier version of this entry said the line has seven stations.", "correction"),
])
def test_furniture_line_is_removed_wherever_it_stands(line, reason):
    result = clean(page(STORY[0], STORY[1], line, STORY[2], STORY[3]))
    story_kept(result)
    assert reasons(result) == {line: reason}


@pytest.mark.parametrize("sentence", [
    "By the time the ships arrived, the gates were closed.",
    "Copyright lawyers for the port said the logo had been misused.",
    "Read the statement, the union told its members on Monday.",
    "Share prices of the shipping firm fell 4 percent on Monday.",
    "Advertising revenue at the port newspaper fell last year.",
    "Subscribers to the union newsletter were told to stay home.",
    "(c) the port authority shall publish its accounts every year.",
    "The plan was approved on Monday. Photographs by the port police show the damage.",
    "Profits rose 4% (3% / 5% in the two units) last year.",
    "The sources said the talks would resume on Friday.",
    "Provided by the state, the loans were cheap.",
    "More information: the port will publish its accounts on Friday.",
    "Also in the budget: a tax on sugared drinks from March.",
    "More arrests: Police said on Monday they had detained two more men.",
    "Corrections officers at the jail walked out on Monday: the union said pay was too low.",
    "Started in 2019 | the plant now employs 400 people, its owners said on Monday.",
])
def test_story_sentences_that_look_like_furniture_are_kept(sentence):
    result = clean(page(STORY[0], sentence, STORY[1]))
    story_kept(result, [STORY[0], sentence, STORY[1]])
    assert result.removed == ()


def test_a_correction_heading_alone_on_its_line_takes_the_lines_of_its_block():
    note = ["Correction: June 16, 2021", "An earlier version of this article misstated the year. It was 2018."]
    result = clean(page(STORY[0], STORY[1], "\n".join(note), STORY[2], STORY[3]))
    story_kept(result)
    assert reasons(result) == {note[0]: "correction", note[1]: "correction"}


def test_head_banner_headline_dateline_and_own_headline():
    title = "Tarnow dockers strike over pay"
    body = page("Tarnow Daily - Your port, your news", title, "Tarnow, May 13 (AFP) May 13, 2024", *STORY)
    result = clean(body, title)
    story_kept(result)
    assert reasons(result) == {
        "Tarnow Daily - Your port, your news": "site banner",
        title: "headline",
        "Tarnow, May 13 (AFP) May 13, 2024": "dateline",
    }


def test_the_own_headline_and_standfirst_are_the_head_that_tells_the_story():
    title = "Tarnow dockers strike over pay"
    standfirst = "Union says walkout to last until talks open; port authority to meet on Friday"
    body = page("BUSINESS", title, standfirst, "By Ada Lis | 13.05.2024, 17:15 | Updated 18:02", "1934–2025",
                "Started 7 p.m. Monday | Last updated 1:32 a.m. Tuesday", "Monday 13 May 2024", *STORY)
    result = clean(body, title)
    story_kept(result)
    assert result.head == (title, standfirst)  # not the banner, byline, life span, update line or timestamp
    assert reasons(result)[standfirst] == "kicker or subtitle"  # still no part of the text
    # an other story's headline, lower down, is no head
    assert clean(page(*STORY, "Related", "Ferry firm orders two electric ships"), title).head == ()


def test_a_standfirst_written_as_a_sentence_is_head_when_the_byline_follows_it():
    title = "The clock that stopped: Fez scientists try to make the water clock strike the hour again"
    standfirst = "Researchers will unveil a working replica next spring; public lecture on Thursday"
    result = clean(page(title, standfirst, "By Yasmine Benjelloun", "Saturday 6 December 2025", *STORY), title)
    story_kept(result)
    assert result.head == (title, standfirst)
    assert "6 December" not in result.text
    # a paragraph longer than a line or two is the story's own, byline or not
    lead = " ".join(STORY)
    assert clean(page(title, lead, "By Ada Lis", "The union will meet again on Friday."), title).text.startswith(lead)


def test_a_programme_line_with_its_time_is_kept_and_a_time_stamp_is_not():
    programme = ["Thu 20 June, 7.30pm – Opening concert, Hillhead Hall", "Fri 21 June, 11.30pm – Midnight Tunes"]
    stamp = "20 February 2026, 13:50 | Updated: 20 February 2026, 16:05"
    result = clean(page(stamp, *STORY, "PROGRAMME\n" + "\n".join(programme)))
    assert all(line in result.text for line in programme)
    assert stamp in reasons(result)


def test_a_fixture_with_its_day_after_a_comma_and_a_run_of_days_head_list_lines_that_are_kept():
    fixtures = ["Preliminary final: Fannie Bay v Ludmilla, Wed 11 March, 6.30pm, Gardens Oval",
                "Grand final: Sat 21 March, 1pm, Marrara Oval"]
    highlights = ["1–2 August – World premiere: Samuil (Antique Theatre)", "4–9 August – Balkan Nights"]
    result = clean(page(*STORY, "FINALS FIXTURES\n" + "\n".join(fixtures), "HIGHLIGHTS\n" + "\n".join(highlights)))
    assert all(line in result.text for line in fixtures + highlights)
    # a headline of another story is no fixture for naming a day after a comma
    result = clean(page(*STORY, "MORE NEWS\nMinister resigns, Tuesday 3 March\nPort strike ends after a week"))
    assert "Port strike ends after a week" in reasons(result)


def test_headline_found_without_a_title_and_repeated_headline_with_other_quotes():
    result = clean(page("Dockers strike at Tarnow port", *STORY))
    story_kept(result)
    assert reasons(result) == {"Dockers strike at Tarnow port": "headline"}
    result = clean(page(*STORY[:2], "Dockers ‘strike’ at Tarnow port", *STORY[2:]), "Dockers 'strike' at Tarnow port")
    story_kept(result)


def test_dateline_opening_the_first_paragraph_is_cut_from_it():
    result = clean(page("TARNOW, Poland (Reuters) - " + STORY[0], *STORY[1:]))
    story_kept(result)
    assert result.removed == (("TARNOW, Poland (Reuters) -", "dateline"),)


def test_a_dateline_after_a_long_headline_is_cut_from_its_paragraph():
    title = "Kwanza Logistica signs concession for new grain terminal at Lobito; construction to begin in the fourth quarter"
    result = clean(page(title, "LUANDA, Angola, 2 June 2026 /AfricaNewswire/ -- " + STORY[0], *STORY[1:]), title)
    story_kept(result)
    assert reasons(result) == {title: "headline", "LUANDA, Angola, 2 June 2026 /AfricaNewswire/ --": "dateline"}


def test_other_story_headlines_under_section_banners():
    body = page(*STORY, "ADVERTISEMENT",
                "Shipping News from PortWorld.com\nNew canal lock opens after five years\nFerry firm orders two "
                "electric ships\nStorm delays container traffic in the north sea",
                "Around the Region\nCity council approves tram extension\nLocal team wins the cup final")
    result = clean(body)
    story_kept(result)
    got = reasons(result)
    assert got["Shipping News from PortWorld.com"] == "section banner"
    assert got["Around the Region"] == "section banner"
    assert got["Ferry firm orders two electric ships"] == "other story headline"
    assert got["Local team wins the cup final"] == "other story headline"
    assert len(got) == 8


def test_the_lines_of_a_dated_list_are_no_other_stories_headlines():
    result = clean(page(STORY[0], "Tour dates", "Perth, RAC Arena: Tuesday, October 3",
                        "Adelaide, Entertainment Centre: Saturday, October 7", "Key dates",
                        "March 2021: Tunnel boring completed", "16 May 2025 - Talks open in Istanbul", *STORY[1:]))
    assert result.removed == ()
    kept = result.text.split("\n\n")
    assert "Perth, RAC Arena: Tuesday, October 3" in kept and "Adelaide, Entertainment Centre: Saturday, October 7" in kept
    assert "March 2021: Tunnel boring completed" in kept and "16 May 2025 - Talks open in Istanbul" in kept
    # a timetable's lines, a clock time before the date or the entry's details after it, are no headlines either
    result = clean(page(STORY[0], "Indicative timetable", "Public offer opens: 9.00 p.m. on 4 March 2025",
                        "Public offer closes: 12.00 noon on 11 March 2025", "The route",
                        "Team presentation — Saturday, February 7, 19:00, Jemaa el-Fna, Marrakech",
                        "Stage 1 — Sunday, February 8: Marrakech – Marrakech", *STORY[1:]))
    assert result.removed == ()
    # ... nor a key-dates line headed by a run of days or a week
    result = clean(page(STORY[0], "KEY DATES", "March 3-5: Appeal hearing, Court of Appeal",
                        "Week of March 10: Leave application heard", *STORY[1:]))
    assert result.removed == ()
    # ... nor a case summary's lines with numeric dates
    result = clean(page(STORY[0], "CASE SUMMARY", "Offense date: 3/6/2022", "Plea: 3/3/2023",
                        "2023-05-09 - Sentencing", *STORY[1:]))
    assert result.removed == ()
    # ... but a byline's time stamp after its date is no list entry's details: the byline stays furniture
    result = clean(page("By Priya Raman — September 10, 2024, 6:02 PM UTC", *STORY))
    assert reasons(result) == {"By Priya Raman — September 10, 2024, 6:02 PM UTC": "site banner"}
    # a headline with a year is still a headline
    result = clean(page(*STORY, "More news\nElection 2024: what you need to know\nBudget 2025: the winners"))
    assert reasons(result)["Election 2024: what you need to know"] == "other story headline"


def test_a_chronology_box_of_timed_lines_under_day_headings_is_kept():
    result = clean(page(*STORY, "HOW THE DAY UNFOLDED\nTuesday, May 14\n7.15am: Crews called to a warehouse blaze\n"
                        "9am: Nearby homes evacuated\n\nWednesday 15 May\n14:30 — Fire declared out",
                        "More from the Gazette:\nCouncil approves budget\nSchool wins award"))
    got = reasons(result)
    kept = result.text.split("\n\n")
    assert {"Tuesday, May 14", "7.15am: Crews called to a warehouse blaze", "9am: Nearby homes evacuated",
            "Wednesday 15 May", "14:30 — Fire declared out"} <= set(kept)
    assert got["HOW THE DAY UNFOLDED"] == "section banner" and got["School wins award"] == "other story headline"
    # a date alone among other stories' headlines heads no chronology
    result = clean(page(*STORY, "Latest\nTuesday, May 14\nCouncil approves budget\nSchool wins award"))
    assert "Tuesday, May 14" in reasons(result)


def test_read_more_takes_the_linked_headline_with_it():
    result = clean(page(STORY[0], "Read more\nGrain prices hit a two-year high", *STORY[1:]))
    story_kept(result)
    assert reasons(result)["Grain prices hit a two-year high"] == "other story headline"


def test_a_single_subheading_inside_the_story_is_kept():
    result = clean(page(STORY[0], STORY[1], "What the union wants", STORY[2], STORY[3]))
    assert "What the union wants" in result.text.split("\n\n")


def test_republishers_note_at_the_tail_is_removed_but_not_in_the_middle():
    note = ("The Harbour Wire is a state-funded news agency. We republish its English service because it is "
            "hard to read elsewhere, not as an endorsement of its views. Visit https://harbourwire.example")
    result = clean(page(*STORY, note))
    story_kept(result)
    assert reasons(result) == {note: "republisher's note"}
    long_story = [f"Paragraph {n} of the report says the talks went on until late in the evening." for n in range(10)]
    mention = "The state-funded agency said it would republish the report."
    result = clean(page(*long_story[:5], mention, *long_story[5:]))
    assert mention in result.text


def test_a_references_section_late_in_the_story_is_dropped_with_its_heading():
    citation = "A. Brenner et al. Grain stores of the Bronze Age. Antiquity. Published online January 14, 2026."
    result = clean(page(*STORY, "Citations", citation))
    story_kept(result)
    assert reasons(result) == {"Citations": "references", citation: "references"}
    early = clean(page(STORY[0], "Sources", *STORY[1:]))  # a subheading early on heads more story
    assert "Sources" in early.text.split("\n\n")


def test_single_newline_paragraphs_are_paragraphs():
    result = clean("\n".join(STORY))
    story_kept(result)


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = ("Dockers at the port of Tarnow walked off the job on Monday,\nhalting the loading of grain ships "
               "for the first time in a\ndecade.\n\nThe union said the strike would last until the port\n"
               "authority agreed to talks on pay and safety.")
    result = clean(wrapped)
    story_kept(result, STORY[:2])


def test_a_text_of_short_lines_only_is_kept():
    assert clean("Dockers strike at Tarnow").text == "Dockers strike at Tarnow"
    assert clean("Dockers strike\nPort closed").text == "Dockers strike\n\nPort closed"


def test_title_like():
    assert is_title_like("Ferry firm orders two electric ships")
    assert is_title_like("How did the port survive? A history")
    assert not is_title_like("The union said it would strike.")
    assert not is_title_like("She added:")
    assert not is_title_like("- first item of a list")
    assert not is_title_like("lowercase start of a line")
    assert not is_title_like(" ".join(["Word"] * 30))


HTML_PAGE = """<!DOCTYPE html><html><head><title>Tarnow dockers strike</title><script>var x = 1;</script></head>
<body><header><div class="brand">Tarnow Daily</div><nav><a href="/">Home</a> <a href="/port">Port</a>
<a href="/sport">Sport</a></nav></header>
<main><article><h1>Tarnow dockers strike over pay</h1><p class="byline">By Ada Brenner</p>
""" + "".join(f"<p>{p}</p>\n" for p in STORY[:2]) + """<div class="ad">ADVERTISEMENT</div>
""" + "".join(f"<p>{p.replace('&', '&amp;')}</p>\n" for p in STORY[2:]) + """</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Tram line to open in June</a></li>
<li><a href="/b">Council elects new mayor</a></li></ul></aside></main>
<footer><p>&copy; 2024 Tarnow Daily. All rights reserved.</p></footer></body></html>"""


def test_html_page_reduced_to_the_story():
    assert looks_like_html(HTML_PAGE)
    result = clean(HTML_PAGE, "Tarnow dockers strike over pay")
    assert result.was_html
    story_kept(result)


def test_html_fragment_and_visible_text():
    fragment = "<p>Dockers went on strike.</p><p>The port closed.</p><p>Talks are set for Friday.</p>"
    assert looks_like_html(fragment)
    assert html_to_text(fragment).split("\n") == ["Dockers went on strike.", "The port closed.",
                                                  "Talks are set for Friday."]
    assert "2024 Tarnow Daily" in visible_text(HTML_PAGE) and "var x" not in visible_text(HTML_PAGE)
    assert not looks_like_html("Prices rose 3% <b>and</b> fell.")
    assert not looks_like_html("x < y and y > z")


def test_afp_seed():
    text = seed("afp-via-spacewar.txt")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    result = clean(text, lines[1])
    got = reasons(result)
    assert got[lines[0]] == "site banner"
    assert got[lines[1]] == "headline"
    assert got[lines[2]] == "dateline"
    assert got["ADVERTISEMENT"] == "advertisement"
    copyright_line = next(line for line in lines if "rights reserved" in line)
    assert got[copyright_line] == "copyright"
    banners = [line for line, reason in got.items() if reason == "section banner"]
    assert len(banners) == 4
    headlines = [line for line, reason in got.items() if reason == "other story headline"]
    assert len(headlines) == 12
    story = lines[3:lines.index("ADVERTISEMENT")]
    assert result.text.split("\n\n") == story
    # the same without the title: the headline is still found at the head
    assert clean(text).text == result.text


def test_rt_seed():
    text = seed("rt-via-libertarianhub.txt")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    result = clean(text)
    got = reasons(result)
    assert got["Read more"] == "read more"
    assert got[lines[-1]] == "republisher's note"
    assert len(got) == 2
    assert result.text.split("\n\n") == [line for line in lines if line not in got]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text(max_size=80)))
def test_total_on_any_text(body, title):
    result = clean(body, title)
    assert isinstance(result.text, str)
    assert "\n\n\n" not in result.text and result.text == result.text.strip()
    assert all(isinstance(line, str) and reason for line, reason in result.removed)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(STORY + ["ADVERTISEMENT", "Read more", "Most read", "Ferry firm orders ships",
                                         "<p>", "</div>", "© 2024 X", "", "OSLO (Reuters) - Ships wait."]),
                max_size=12))
def test_total_on_page_like_text(parts):
    result = clean("\n".join(parts))
    kept = [p for p in result.text.split("\n\n") if p]
    assert all(p.strip() == p for p in kept)


def test_long_lines_are_tried_only_against_rules_that_can_match_them() -> None:
    from streams.core.clean import _furniture, _furniture_rules, _max_width

    assert _max_width(r"ab{0,3}") == 4 and _max_width(r"a.*") is None and _max_width(r"x{2,}") is None
    rules = _furniture_rules()
    longest = rules.longest
    assert 0 < longest < 2000 and rules.long.pattern.count("(?P<r") < len(rules.reasons)
    # A rule of unbounded length still catches a long line, a bounded one a short line.
    long_copyright = "Copyright 2024 Example Media Group. All rights reserved. " + "No reproduction. " * (longest // 17)
    assert len(long_copyright) > longest and _furniture(long_copyright) == "copyright"
    assert _furniture("Sign up for our free daily newsletter") == "subscribe"
    prose = "The ministers met in Brussels on Tuesday and agreed to sign up to the plan. " * (longest // 76 + 1)
    assert len(prose) > longest and _furniture(prose) is None


def test_rules_that_ignore_case_read_the_lower_cased_line_and_the_rest_keep_their_case() -> None:
    from streams.core.clean import _furniture, _furniture_rules, _ignores_case

    rules = _furniture_rules()
    assert _ignores_case(r"read more\b.*") and not _ignores_case(r"by\s+(?-i:[A-Z]\w+)")
    assert not _ignores_case(r"\p{Lu}\w+") and not _ignores_case(r"Reuters .*")
    assert rules.short_plain.pattern.count("(?P<r") + len(rules.short_cased) + len(rules.gated) == len(rules.reasons)
    # Upper case does not hide a caseless rule; a case-sensitive rule (a byline's capitalized names) still needs it.
    assert _furniture("ADVERTISEMENT") == _furniture("Advertisement") == "advertisement"
    assert _furniture("READ MORE: Ferry firm orders ships") == "read more"
    assert _furniture("By Jane Smith and Tom Jones") == "byline"
    assert _furniture("by the way, the talks resumed") is None


def test_when_several_furniture_rules_match_a_line_the_first_in_the_file_wins() -> None:
    import re

    import regex

    from streams.core.clean import _FurnitureRules

    def rules(*kinds: str) -> _FurnitureRules:  # each rule matches any line; kinds: plain, cased, long, gated
        plain = "|".join(f"(?P<r{i}>.*)" for i, kind in enumerate(kinds) if kind == "plain") or "(?!)"
        cased = tuple((i, regex.compile(".*")) for i, kind in enumerate(kinds) if kind in ("cased", "long"))
        long = "|".join(f"(?P<r{i}>.*)" for i, kind in enumerate(kinds) if kind == "long") or "(?!)"
        gated = tuple((i, ("line",), regex.compile(".*")) for i, kind in enumerate(kinds) if kind == "gated")
        return _FurnitureRules(tuple(f"rule {i}" for i in range(len(kinds))), 10, re.compile(plain), cased,
                               regex.compile(long), gated)

    assert rules("plain", "cased").reason("short") == "rule 0"
    assert rules("cased", "plain").reason("short") == "rule 0"
    assert rules("cased", "long", "plain").reason("short") == "rule 0"
    assert rules("plain", "cased", "long").reason("a line longer than ten") == "rule 2"
    assert rules("plain").reason("a line longer than ten") is None
    # a rule tried alone on a line that holds the word it needs
    assert rules("gated", "plain").reason("a line") == "rule 0"
    assert rules("gated", "plain").reason("short") == "rule 1"
    assert rules("plain", "gated").reason("a line") == "rule 0"
    assert rules("long", "gated").reason("a line longer than ten") == "rule 0"
    assert rules("plain", "gated").reason("a line longer than ten") == "rule 1"


def test_a_rule_that_may_match_anywhere_is_tried_only_on_a_line_with_a_word_it_needs() -> None:
    from streams.core.clean import _furniture, _may_start_anywhere, _needed_words

    assert _may_start_anywhere(r".{0,200}\ball rights reserved\b.*") and not _may_start_anywhere(r"read more\b.*")
    assert _needed_words(r".{0,200}\ball rights reserved\b.*") == {"all rights reserved"}
    assert _needed_words(r".{0,80}\b(?:sign up|get)\b.{0,40}\b(?:newsletters?|alerts)\b") == {"newsletter", "alerts"}
    assert _needed_words(r".{0,80}\b(?:ads?|promo)\b") is None  # "ad" is too short to look for
    assert _furniture("© 2024 Example Media Group. All rights reserved.") == "copyright"
    assert _furniture("Jane Doe and John Roe contributed to this report.") == "credits"
    assert _furniture("The talks were reserved for ministers, all of them, on Tuesday.") is None


def test_a_live_blog_entry_time_alone_on_its_line_heads_the_next_paragraph() -> None:
    body = ("Storm live: thousands without power\n\n04.12 GMT\n\nThe red warning was extended.\n\n"
            "23:58\n\nGood evening.\n\nThe count ended at 10:30.")
    result = clean(body, "Storm live: thousands without power")
    assert result.text == ("04.12 GMT - The red warning was extended.\n\n23:58 - Good evening.\n\n"
                           "The count ended at 10:30.")
