"""Entity finding and alias normalization, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.entities import AliasTable, default_aliases, find_entities


def found(sentence: str, **kw) -> list[tuple[str, str, str]]:
    out = []
    for e in find_entities(sentence, **kw):
        assert sentence[e.start:e.end] == e.text
        out.append((e.kind, e.text, e.canonical))
    return out


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("Kiev", "Kyiv"), ("Kyiv", "Kyiv"), ("KIEV", "Kyiv"), ("Gdansk", "Gdańsk"), ("Gdańsk", "Gdańsk"),
     ("gdansk", "Gdańsk"), ("Lodz", "Łódź"), ("UK", "United Kingdom"), ("Britain", "United Kingdom"),
     ("U.S.", "United States"), ("the Netherlands", "Netherlands"), ("Dutch", "Netherlands"),
     ("Someone Unknown", "Someone Unknown")],
)
def test_canonical_spelling(name: str, canonical: str) -> None:
    assert default_aliases().canonical(name) == canonical


def test_capital_stands_for_its_country_only_as_an_actor() -> None:
    aliases = default_aliases()
    assert aliases.canonical("Moscow") == "Moscow"
    assert aliases.canonical("Moscow", role="actor") == "Russia"
    assert aliases.canonical("Kiev", role="actor") == "Ukraine"  # Kiev -> Kyiv -> (acting) Ukraine
    assert aliases.acts_as("Moscow") == "Russia"
    assert aliases.acts_as("Gdańsk") is None


def test_aliases_match_in_text_accent_and_case_insensitively() -> None:
    got = found("Ferries from Gdansk and Kiev were delayed.")
    assert ("CITY", "Gdansk", "Gdańsk") in got
    assert ("CITY", "Kiev", "Kyiv") in got


def test_titles_are_stripped_and_demonyms_give_countries() -> None:
    got = found("Norwegian Fisheries Minister Ingrid Halvorsen spoke after Polish Deputy Prime Minister Adam Wrona.")
    assert ("COUNTRY", "Norwegian", "Norway") in got
    assert ("PERSON", "Ingrid Halvorsen", "Ingrid Halvorsen") in got
    assert ("COUNTRY", "Polish", "Poland") in got
    assert ("PERSON", "Adam Wrona", "Adam Wrona") in got
    assert not any(kind == "PERSON" and "Minister" in text for kind, text, _ in got)


def test_demonym_with_a_state_body_is_that_country_acting() -> None:
    got = found("The German government and Ukrainian forces disagreed with the Estonian defence ministry.")
    assert ("ORG", "German government", "Germany") in got
    assert ("ORG", "Ukrainian forces", "Ukraine") in got
    assert ("ORG", "Estonian defence ministry", "Estonia") in got


def test_organisations_countries_and_possessives() -> None:
    got = found("Chile's envoy asked the United Nations Security Council and NATO to act, the EU said.")
    assert ("COUNTRY", "Chile", "Chile") in got
    assert ("ORG", "United Nations Security Council", "United Nations Security Council") in got
    assert ("ORG", "NATO", "NATO") in got
    assert ("ORG", "EU", "European Union") in got


def test_acronym_aliases_need_capitals() -> None:
    assert found("Who said WHO would pay?") == [("ORG", "WHO", "World Health Organization")]
    assert not any(c == "United States" for _, _, c in found("Us and them, said the ad."))


def test_names_that_are_also_places() -> None:
    got = found("Sofia Brandt met Daniel Lima in Lima.")
    assert ("PERSON", "Sofia Brandt", "Sofia Brandt") in got
    assert ("PERSON", "Daniel Lima", "Daniel Lima") in got
    assert ("CITY", "Lima", "Lima") in got


def test_a_name_opening_with_a_place_word_is_a_place() -> None:
    got = found("Trains now run between San Sebastián and Puerto Plata, said Ana Santos.")
    assert ("PLACE", "San Sebastián", "San Sebastián") in got and ("PLACE", "Puerto Plata", "Puerto Plata") in got
    assert ("PERSON", "Ana Santos", "Ana Santos") in got


def test_organisation_words_and_unknown_single_words() -> None:
    got = found("Riverside Daily reported that Harlan spoke to the Coastal Shipping Company.")
    assert ("ORG", "Riverside Daily", "Riverside Daily") in got
    assert ("ORG", "Coastal Shipping Company", "Coastal Shipping Company") in got
    assert not any(text == "Harlan" for _, text, _ in got)  # one unknown word is not yet a person


def test_surname_resolves_to_a_full_name_seen_before() -> None:
    got = found("Halvorsen spoke first.", people={"halvorsen": "Ingrid Halvorsen"})
    assert got == [("PERSON", "Halvorsen", "Ingrid Halvorsen")]
    assert found("President Oduya arrived.") == [("PERSON", "Oduya", "Oduya")]


def test_compound_modifiers_name_the_country() -> None:
    got = found("The US-led coalition and the French-brokered truce held.")
    assert ("COUNTRY", "US", "United States") in got
    assert ("COUNTRY", "French", "France") in got


def test_user_alias_file_extends_and_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("# FORMAT: alias, canonical, role, kind\nBigport\tPort Mereth\t\tCITY\n"
                     "Kiev\tKyiv (city)\nMereth\tMereth Republic\tactor\n", encoding="utf-8")
    table = AliasTable.load(extra)
    assert table.canonical("Kiev") == "Kyiv (city)"
    assert table.canonical("bigport") == "Port Mereth"
    assert table.canonical("Mereth", role="actor") == "Mereth Republic"
    assert ("CITY", "Bigport", "Port Mereth") in [(e.kind, e.text, e.canonical)
                                                  for e in find_entities("Ships left Bigport.", table)]
    monkeypatch.setenv("TIMELINE_ALIASES", str(extra))
    assert AliasTable.load().canonical("Kiev") == "Kyiv (city)"


def test_bad_alias_rows_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("Foo\tBar\tsometimes\n", encoding="utf-8")
    with pytest.raises(ValueError, match="role"):
        AliasTable.load(bad)


def test_data_files_have_a_format_header() -> None:
    data = Path(__file__).resolve().parents[2] / "streams" / "core" / "data"
    for name in ("aliases.tsv", "gazetteer.tsv", "event_kinds.tsv", "titles.txt", "name_words.tsv"):
        assert (data / name).read_text(encoding="utf-8").startswith("# FORMAT:"), name


def test_unknown_settlement_after_city_of() -> None:
    got = found("Troops entered the town of Ostrava Mala and the village of Brevik.")
    assert ("CITY", "Brevik", "Brevik") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Slovak Prime Minister Jan Novak visited Kosice.", ("PERSON", "Jan Novak", "Jan Novak")),
        ("Talks with June Carter went well.", ("PERSON", "June Carter", "June Carter")),
        ("The Bank of Canada cut its key rate.", ("ORG", "Bank of Canada", "Bank of Canada")),
        ("A report by the Ministry of the Interior followed.", ("ORG", "Ministry of the Interior",
                                                               "Ministry of the Interior")),
    ],
)
def test_month_first_names_and_organisations_of_a_place(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


def test_a_sentence_opening_article_is_no_title() -> None:
    got = found("The Council of Europe met in Strasbourg.")
    assert ("ORG", "Council of Europe", "Council of Europe") in got
    assert not any(text.startswith("The") for _, text, _ in got)
    assert ("PERSON", "Janet Yellen", "Janet Yellen") in found("US Secretary of the Treasury Janet Yellen spoke.")
    assert [k for k, _, _ in found("On Jan. 5 the talks resumed.")] == []


def test_named_happenings_are_events_and_a_sentence_opening_the_makes_no_person() -> None:
    got = found("The Cedar Ridge Fire spread after Hurricane Ian and Storm Ciaran, Cal Fire said.")
    assert ("EVENT", "Cedar Ridge Fire", "Cedar Ridge Fire") in got
    assert ("EVENT", "Hurricane Ian", "Hurricane Ian") in got
    assert ("EVENT", "Storm Ciaran", "Storm Ciaran") in got
    assert ("ORG", "Cal Fire", "Cal Fire") in got  # the agency, from the alias table
    assert ("ORG", "Rolling Stones", "Rolling Stones") in found("The Rolling Stones played on.")
    assert ("DOCUMENT", "Environment Act", "Environment Act") in found("The Environment Act applies.")


def test_organisation_names_run_on_to_their_last_organisation_word_and_stop_before_a_title() -> None:
    got = found("Germany's Federal Motor Transport Authority (KBA) and Bank of England Governor Andrew Bailey met "
                "the High Court of Justice.")
    assert ("ORG", "Federal Motor Transport Authority", "Federal Motor Transport Authority") in got
    assert ("ORG", "Bank of England", "Bank of England") in got
    assert ("PERSON", "Andrew Bailey", "Andrew Bailey") in got
    assert ("ORG", "High Court of Justice", "High Court of Justice") in got


def test_time_zones_are_no_names() -> None:
    assert found("At 10:42 GMT and 11:15 BST the polls closed.") == []
