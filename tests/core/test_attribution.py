"""Datelines and source attribution, on lines written for these tests (and on the seeds where present)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from streams.core import attribution
from streams.core.attribution import (
    agency_of, attribute, dateline_at, find_dateline, is_republisher_note, normalize_outlet,
)

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not present")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("line, place, published, agency, text", [
    ("Lisbon, June 2 (AFP) Jun 2, 2023 Storms closed", "Lisbon", date(2023, 6, 2), "AFP",
     "Lisbon, June 2 (AFP) Jun 2, 2023"),
    ("OSLO (Reuters) - Norway said on Monday", "Oslo", None, "Reuters", "OSLO (Reuters) -"),
    ("NAIROBI, Kenya (AP) — Heavy rain", "Nairobi", None, "AP", "NAIROBI, Kenya (AP) —"),
    ("MINSK, May 4 /TASS/. Officials said", "Minsk", None, "TASS", "MINSK, May 4 /TASS/."),
    ("SEOUL, Nov. 8 (Yonhap) -- South Korea", "Seoul", None, "Yonhap", "SEOUL, Nov. 8 (Yonhap) --"),
    ("Hamburg (dpa) - Der Hafen", "Hamburg", None, "dpa", "Hamburg (dpa) -"),
    ("RIO DE JANEIRO, Brazil, Feb. 3, 2021 (Reuters) - Rain", "Rio de Janeiro", date(2021, 2, 3), "Reuters", None),
    ("Lviv, 4 April 2022 (Ukrinform) – The city", "Lviv", date(2022, 4, 4), "Ukrinform", None),
    ("ANKARA (Agence France-Presse) - Turkey", "Ankara", None, "AFP", None),
    ("CAIRO (REUTERS) - Egypt", "Cairo", None, "Reuters", None),
    ("ATLANTA (CNN) — A storm", "Atlanta", None, "CNN", None),
    ("Dec. 1 (UPI) -- A court ruled", None, None, "UPI", None),
    ("BEIRUT — Lebanon's cabinet met", "Beirut", None, None, "BEIRUT —"),
    ("NEW DELHI: The government said", "New Delhi", None, None, None),
    ("Geneva, March 9, 2020 — The agency", "Geneva", date(2020, 3, 9), None, None),
    ("QUITO, Feb 30, 2022 (Reuters) - Ecuador", "Quito", None, "Reuters", None),
])
def test_dateline_forms(line, place, published, agency, text):
    found = dateline_at(line)
    assert found is not None
    assert (found.place, found.published, found.agency) == (place, published, agency)
    assert found.text == line[found.start:found.end]
    if text:
        assert found.text == text


@pytest.mark.parametrize("line", [
    "BREAKING — Officials confirm the vote",
    "ANALYSIS: Why the talks failed",
    "Maria Lopez (PSOE) said the vote would go ahead.",
    "NATO ministers met in Brussels on Wednesday.",
    "OSLO-based analysts expect a rate cut.",
    "The minister (pictured) arrived late.",
    "",
    "   ",
])
def test_not_datelines(line):
    assert dateline_at(line) is None


def test_dateline_with_a_year_does_not_depend_on_the_clock():
    found = dateline_at("Dakar, Jan 5, 1998 (AFP) - x")
    assert found.published == date(1998, 1, 5)


def test_dateline_found_after_banner_and_headline_with_offsets_into_the_text():
    text = ("Daily Planet - News for everyone\nTown council backs new bridge\nBy Lois Tan\n\n"
            "Ottawa, May 3 (AFP) May 3, 2021\nThe council voted on Monday to build a new bridge over the river.\n")
    found = find_dateline(text)
    assert found is not None and found.agency == "AFP" and found.published == date(2021, 5, 3)
    assert text[found.start:found.end] == "Ottawa, May 3 (AFP) May 3, 2021"


def test_dateline_as_the_opening_of_the_first_paragraph():
    text = "Ports reopen\n\nPERTH (Reuters) - Ports in the west reopened on Friday after the storm passed."
    found = find_dateline(text)
    assert found.place == "Perth" and found.agency == "Reuters"
    assert text[found.start:found.end] == "PERTH (Reuters) -"


def test_no_dateline_in_the_middle_of_a_story():
    text = ("The ministers met on Tuesday to discuss the budget, officials said.\n\n"
            "BERLIN (Reuters) - A second story pasted below the first one.\n")
    assert find_dateline(text) is None


@pytest.mark.parametrize("name, agency", [
    ("Agence France-Presse", "AFP"), ("The Associated Press", "AP"), ("Russia Today", "RT"),
    ("ITAR-TASS", "TASS"), ("Deutsche Presse-Agentur", "dpa"), ("Press Trust of India", "PTI"),
    ("reuters.com", "Reuters"), ("Anadolu Agency", "Anadolu"), ("The Daily Planet", None),
])
def test_agency_names(name, agency):
    assert agency_of(name) == agency


@pytest.mark.parametrize("text, source, evidence", [
    ("GDANSK (AFP) - Dockers went on strike on Monday.", "AFP", "dateline"),
    ("By Jane Roe | Reuters\n\nDockers went on strike on Monday.", "Reuters", "wire byline"),
    ("Dockers went on strike on Monday.\n\nJane Roe, Associated Press", "AP", "wire byline"),
    ("Dockers went on strike on Monday.\n\nSource: Xinhua", "Xinhua", "wire byline"),
    ("Dockers went on strike on Monday.\n\nAgence France-Presse", "AFP", "wire byline"),
    ("Dockers went on strike on Monday.\n\n© 2023 Reuters. All rights reserved.", "Reuters", "copyright"),
    ("Dockers went on strike on Monday.\n\nCopyright Agence France-Presse.", "AFP", "copyright"),
    ("Dockers went on strike on Monday.\n\n(Reporting by Jane Roe; Editing by Tom Poe)", "Reuters", "boilerplate"),
    ("Dockers went on strike on Monday.\n\nThis article originally appeared on Anadolu Agency and is republished "
     "with permission.", "Anadolu", "republisher's note"),
    ("Dockers went on strike on Monday.\n\nThis story was first published by The Conversation and is "
     "republished under a Creative Commons licence.", "The Conversation", "republisher's note"),
    ("Dockers went on strike on Monday.\n\nXinhua is a state-run news agency. We republish its English feed so "
     "readers can see how Beijing presents events; this is not an endorsement.", "Xinhua", "republisher's note"),
])
def test_attribute_finds_the_original_source(text, source, evidence):
    found = attribute(text, "www.dailyplanet.example")
    assert found.source == source
    assert evidence in found.evidence
    assert found.outlet == "dailyplanet.example"


@pytest.mark.parametrize("text", [
    "Dockers went on strike on Monday, Reuters reported.",
    "Dockers went on strike on Monday.\n\n(with AFP)",
    "Dockers went on strike on Monday.\n\nThe Associated Press contributed to this report.",
    "Dockers went on strike on Monday.\n\n© 2023 The Daily Planet",
    "",
])
def test_outlet_is_the_source_when_no_agency_wrote_it(text):
    found = attribute(text, "The Daily Planet")
    assert found.source == found.outlet == "The Daily Planet"
    assert "outlet" in found.evidence


def test_an_agency_site_is_its_own_source():
    found = attribute("Dockers went on strike on Monday.", "", url="https://www.reuters.com/world/x")
    assert found.source == "Reuters" and found.outlet == "Reuters"


def test_a_state_outlet_mentioned_in_the_story_is_not_a_note():
    story = ("The regulator fined RT, the state-funded broadcaster, on Tuesday over its coverage of the war, "
             "officials said. RT said it would appeal.")
    text = "\n\n".join(["Regulators met on Monday.", story, "The fine is the largest so far.",
                        "Appeals take months.", "The broadcaster has 30 days to pay.", "Critics were unmoved."])
    assert not is_republisher_note(story)
    assert attribute(text, "example.org").source == "example.org"


def test_html_body_attributed_from_its_footer():
    page = ("<html><body><nav><a href='/'>Home</a></nav><article><h1>Strike</h1>"
            "<p>Dockers went on strike on Monday over pay, union leaders said in a statement.</p>"
            "<p>Ships queued outside the harbour as talks stalled for a third day running.</p></article>"
            "<footer><p>Copyright Agence France-Presse. All rights reserved.</p></footer></body></html>")
    assert attribute(page, "portnews.example").source == "AFP"


@pytest.mark.parametrize("spellings, name", [
    (["theguardian.com", "https://www.theguardian.com/world/x", "the Guardian", "GUARDIAN"], "The Guardian"),
    (["bbc.co.uk", "BBC News", "www.bbc.com"], "BBC News"),
    (["SpaceWar.com", "spacewar.com", "https://www.spacewar.com/reports/x.html"], "SpaceWar.com"),
    (["www.Example-News.net/path", "Example-News.net"], "Example-News.net"),
    (["  Harbour   Gazette "], "Harbour Gazette"),
])
def test_outlet_spellings_give_one_name(spellings, name):
    assert {normalize_outlet(s) for s in spellings} == {name}


def test_outlet_falls_back_to_the_url_host():
    assert normalize_outlet("", "https://www.harbour-gazette.example/a/b") == "harbour-gazette.example"
    assert normalize_outlet(None, None) == "unknown"


def test_user_agency_table_extends_the_built_in_one(tmp_path, monkeypatch):
    table = tmp_path / "agencies.tsv"
    table.write_text("# FORMAT: name, aliases, domains, pattern\n"
                     "Harbour Wire\tHW;Harbour Wire Service\tharbourwire.example\t-\n", encoding="utf-8")
    monkeypatch.setenv(attribution.AGENCIES_ENV, str(table))
    attribution.reload_tables()
    try:
        assert attribute("TROMSO (HW) - Ferries were cancelled.", "x.example").source == "Harbour Wire"
        assert attribute("Ferries were cancelled.\n\nBy Ola Berg | Harbour Wire Service", "x.example").source \
            == "Harbour Wire"
        assert normalize_outlet("harbourwire.example") == "Harbour Wire"
        assert agency_of("AFP") == "AFP"  # built-in rows stay
    finally:
        monkeypatch.delenv(attribution.AGENCIES_ENV)
        attribution.reload_tables()
    assert agency_of("HW") is None


def test_afp_seed_dateline_and_source():
    text = seed("afp-via-spacewar.txt")
    found = find_dateline(text)
    assert (found.place, found.published, found.agency) == ("Brussels", date(2022, 3, 16), "AFP")
    result = attribute(text, "SpaceWar.com")
    assert (result.source, result.outlet) == ("AFP", "SpaceWar.com")


def test_rt_seed_source_from_the_republishers_note():
    text = seed("rt-via-libertarianhub.txt")
    assert find_dateline(text) is None
    result = attribute(text, "Libertarian Hub")
    assert (result.source, result.outlet) == ("RT", "Libertarian Hub")
    assert "note" in result.evidence


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(max_size=40), st.one_of(st.none(), st.text(max_size=60)))
def test_total_on_any_text(text, outlet, url):
    found = attribute(text, outlet, url)
    assert found.source and found.outlet
    dateline = find_dateline(text)
    if dateline is not None:
        assert text[dateline.start:dateline.end] == dateline.text or "<" in text
    assert isinstance(normalize_outlet(outlet, url), str)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[A-Z][a-zA-Z ,.]{0,20}(\([A-Za-z]{1,10}\))?[ /A-Za-z0-9,.:—–-]{0,30}", fullmatch=True))
def test_dateline_at_total_on_dateline_like_lines(line):
    found = dateline_at(line)
    if found is not None:
        assert line[found.start:found.end] == found.text


def test_a_byline_stamped_with_a_clock_does_not_end_the_head_before_the_dateline():
    body = ("FOOTBALL | LIGA\n\nOrtega hat-trick lifts Arenosa into top eight\n\n"
            "By Andrés Fontalvo Reales | Oct. 21, 2018, 11:10 p.m.\n\n"
            "BARRANQUILLA, Colombia – Deportivo Arenosa moved into the league's top eight tonight, beating Sinú 3-1.")
    found = attribution.find_dateline(body)
    assert found is not None and found.place == "Barranquilla"
    assert attribution.body_has_begun("The match ended at 10:55 p.m., and the fans went home happy tonight.")
