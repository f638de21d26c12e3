from streams.core.query import Scope, period, select
from datetime import date

EVENTS = [
    {"id": "e1", "date": "2022-03-15", "summary": "Kaczynski visited Kyiv", "participants": ["Jaroslaw Kaczynski"],
     "places": ["Kyiv"], "sources": ["AFP", "RT"], "outlets": ["SpaceWar.com"]},
    {"id": "e2", "date": "2022-02", "summary": "Russia attacked Ukraine", "participants": ["Russia"],
     "places": ["Ukraine"], "sources": ["RT"], "outlets": []},
    {"id": "e3", "date": "2021", "summary": "Something in Gdańsk", "participants": [], "places": ["Gdańsk"],
     "sources": ["Reuters"], "outlets": []},
]


def ids(scope):
    return [e["id"] for e in select(EVENTS, scope)]


def test_period_of_each_granularity():
    assert period("2022-03-15") == (date(2022, 3, 15), date(2022, 3, 15))
    assert period("2022-02") == (date(2022, 2, 1), date(2022, 2, 28))
    assert period("2021") == (date(2021, 1, 1), date(2021, 12, 31))
    assert period("PRESENT_REF") is None


def test_entity_scope_folds_case_accents_and_aliases():
    assert ids(Scope(entity="kyiv")) == ["e1"]
    assert ids(Scope(entity="Gdansk")) == ["e3"]
    assert ids(Scope(entity="Kaczynski")) == ["e1"]


def test_source_scope_matches_sources_and_outlets():
    assert ids(Scope(source="rt")) == ["e1", "e2"]
    assert ids(Scope(source="spacewar.com")) == ["e1"]


def test_date_range_keeps_overlapping_periods():
    assert ids(Scope(date_from="2022-03-01", date_to="2022-03-31")) == ["e1"]
    assert ids(Scope(date_from="2022-02-20", date_to="2022-03-01")) == ["e2"]
    assert ids(Scope(date_to="2021-12-31")) == ["e3"]


def test_a_week_is_its_seven_days_in_a_date_range():
    week = {"id": "w", "date": "2022-02-28", "granularity": "week", "summary": "x", "participants": [], "places": []}
    assert [e["id"] for e in select([week], Scope(date_from="2022-03-06"))] == ["w"]  # its Sunday
    assert [e["id"] for e in select([week], Scope(date_from="2022-03-07"))] == []


def test_a_century_is_its_hundred_years_in_a_date_range():
    century = {"id": "c", "date": "1800", "granularity": "century", "summary": "x", "participants": [], "places": []}
    assert [e["id"] for e in select([century], Scope(date_from="1899-06-01"))] == ["c"]
    assert [e["id"] for e in select([century], Scope(date_from="1900-01-01"))] == []
    assert [e["id"] for e in select([century], Scope(date_to="1799-12-31"))] == []


def test_a_decade_is_its_ten_years_in_a_date_range():
    decade = {"id": "d", "date": "1990", "granularity": "decade", "summary": "x", "participants": [], "places": []}
    assert [e["id"] for e in select([decade], Scope(date_from="1999-06-01"))] == ["d"]
    assert [e["id"] for e in select([decade], Scope(date_from="2000-01-01"))] == []


def test_free_text():
    assert ids(Scope(text="attacked")) == ["e2"]
    assert ids(Scope(text="nothing like this")) == []
