"""Summaries: who did what, where, in plain words from the dated clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from streams.core.events import extract_events
from streams.core.types import EventMention, Timex

_QUOTES = '"“”'


def tx(text: str, sub: str, value: str = "2023-05-09", granularity: str = "day", nth: int = 0) -> Timex:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Timex(start, start + len(sub), sub, "DATE", value, granularity)


def summary_of(text: str, date_word: str, **kw) -> EventMention:
    mentions = extract_events(text, [tx(text, date_word)], **kw)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert len(m.summary.split()) <= 16, m.summary
    assert not any(q in m.summary for q in _QUOTES), m.summary
    assert ": " not in m.summary, m.summary
    assert date_word not in m.summary
    return m


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Slovak Prime Minister Jan Novak visited Kosice on Monday and promised that the state would pay.",
         "Jan Novak visited Kosice"),
        ("Chilean Foreign Minister Ana Rojas met her Peruvian counterpart in Lima on Monday.",
         "Ana Rojas met her Peruvian counterpart in Lima"),
        ("Poland's infrastructure minister, Marta Wisniewska, said on Monday that tenders would open in spring.",
         "Marta Wisniewska said tenders would open in spring"),
        ("Transport ministers from the 27 member states of the bloc approved new rail funding on Monday.",
         "Transport ministers approved new rail funding"),
        ("In Valletta, hundreds of fishermen protested against the quota deal on Monday.",
         "Hundreds of fishermen protested against the quota deal in Valletta"),
        ("A Hungarian court sentenced Peter Kovacs, a former mayor, to five years in prison on Monday.",
         "A Hungarian court sentenced Peter Kovacs to five years in prison"),
        # a fronted time aside is not the subject, and the subject after it is the main clause's
        ("On Monday, a day before the summit opened, hundreds of herders and supporters marched through Tromso.",
         "Hundreds of herders and supporters marched through Tromso"),
        # a clause joined by "and" or "but" starts with its own subject
        ("A mediator met both sides in the morning, and they agreed to return to the table on Monday.",
         "They agreed to return to the table"),
        ("The lander touched down, but it lost contact with the ground on Monday.", "It lost contact with the ground"),
    ],
)
def test_who_did_what_where(sentence: str, expected: str) -> None:
    assert summary_of(sentence, "Monday").summary == expected


@pytest.mark.parametrize(
    "sentence",
    ['Chancellor Greta Holm said on Monday that the plan was "a turning point for the whole region".',
     '"We will not sign this text, not now and not later," Estonian negotiator Kai Saar said on Monday.',
     "Union leader Tomas Berg told reporters on Monday that the deal was “a betrayal of every worker here”."],
)
def test_no_quotation_is_glued_on(sentence: str) -> None:
    import re

    m = summary_of(sentence, "Monday")
    assert m.kind == "statement"
    assert "said" in m.summary or "told" in m.summary
    quoted = re.search(r'["“]([^"”]+)["”]', sentence)[1]
    assert not set(quoted.lower().split()[-3:]) & set(m.summary.lower().split())


def test_a_short_phrase_in_quotes_stays_without_its_marks() -> None:
    m = summary_of('Officials studied Peru\'s call on Monday for a "regional rescue fund" in the Andes.', "Monday")
    assert m.summary == "Peru's call for a regional rescue fund in the Andes"


def test_a_report_is_told_in_plain_words_with_its_subject_cut_to_the_head() -> None:
    text = ("The agreement on linking the power grids of the two countries ignores the interests of the region, "
            "spokeswoman Irina Volkova said on Monday.")
    m = summary_of(text, "Monday")
    assert m.summary.startswith("Irina Volkova said the agreement ignores the interests")


def test_a_dateline_place_goes_into_places_not_into_the_words() -> None:
    text = "The ministers agreed on Monday to fund a new freight corridor."
    m = summary_of(text, "Monday", dateline_place="Gdansk")
    assert m.places == ("Gdańsk",)
    assert "Gda" not in m.summary
    text = "Lithuania's parliament voted on Monday to raise defence spending."
    assert "Vilnius" not in summary_of(text, "Monday", dateline_place="Vilnius").summary


def test_a_named_place_is_said_once_whatever_its_spelling() -> None:
    m = summary_of("Several thousand people rallied in central Chisinau on Monday.", "Monday")
    assert m.places == ("Chișinău",)
    assert m.summary == "Several thousand people rallied in central Chisinau"
    m = summary_of("President Erdogan travelled to İzmir on Monday, a day after the quake.", "Monday")
    assert m.summary == "Erdogan travelled to İzmir"


def test_the_city_is_named_by_the_city_it_refers_to() -> None:
    text = ("A strong earthquake struck near Izmir on Sunday. It was felt as far away as Athens.\n\n"
            "Turkish President Recep Tayyip Erdogan visited the city on Monday.")
    mentions = extract_events(text, [tx(text, "Sunday", "2023-05-07"), tx(text, "Monday")],
                              dateline_place="Izmir")
    visit = mentions[-1]
    assert (visit.kind, visit.places, visit.summary) == ("visit", ("Izmir",), "Recep Tayyip Erdogan visited Izmir")
    text = ("Drones hit warehouses in Odesa on Monday.\n\n"
            "In late September, drones destroyed grain silos in the same port.")
    later = extract_events(text, [tx(text, "Monday"), tx(text, "late September", "2023-09", "month")])[-1]
    assert later.places == ("Odesa",) and "in Odesa" in later.summary
    text = "Ministers met in Riga and Vilnius on Sunday.\n\nThey met again in the Lithuanian capital on Monday."
    assert extract_events(text, [tx(text, "Sunday", "2023-05-07"), tx(text, "Monday")])[-1].places == ("Vilnius",)


def test_summaries_stay_short_and_end_on_a_whole_phrase() -> None:
    text = ("Delegates from more than forty countries and several international organisations met in Nairobi "
            "on Monday to discuss a global treaty on plastic waste and the funding of recycling programmes.")
    m = summary_of(text, "Monday")
    assert m.summary.startswith("Delegates met in Nairobi")
    assert m.summary.split()[-1] not in ("the", "of", "and", "to", "a", "on")


@pytest.mark.parametrize(
    ("sentence", "date_word", "expected"),
    [
        # the relative clause's antecedent is the noun phrase before the comma, not the main clause's words
        ("The Kremlin has vowed to respond to the bloc's new package of sanctions, which was approved by the "
         "member states on Wednesday.", "Wednesday", "The bloc's new package was approved by the member states"),
        ("Police are investigating a fire, which broke out on Sunday.", "Sunday", "A fire broke out"),
        # a relative clause that ends its sentence hangs on the phrase after the verb, not on the sentence's start
        ("The inquiry centres on the Alto irrigation scheme, which was awarded in October 2018 to a consortium.",
         "October 2018", "The Alto irrigation scheme was awarded to a consortium"),
        ("Delegates returned to the talks in Geneva, which began on Tuesday.", "Tuesday", "The talks in Geneva began"),
        # a relative clause with its own subject: the antecedent is what the subject did something to
        ("Fighting continued near the town of Bakhmut, which Russian forces attacked on Tuesday.", "Tuesday",
         "Russian forces attacked the town of Bakhmut"),
        # a participle clause keeps the doer of the clause it hangs on
        ("Jan Novak unveiled the budget, telling lawmakers on Wednesday that growth would return.", "Wednesday",
         "Jan Novak telling lawmakers that growth would return"),
        ("The army pushed into the city, killing at least 20 people on Sunday.", "Sunday",
         "The army killing at least 20 people"),
        # a possessive date leaves the thing it dated
        ("Sunday's attack killed five people, officials said.", "Sunday", "The attack killed five people"),
        # ... and dates that thing, not the verb that governs it (the condemning need not be on Sunday)
        ("Officials condemned Sunday's attack on the embassy.", "Sunday", "The attack on the embassy"),
        # a relative clause with a statement verb is no postposed speaker, and a possessor is not the doer
        ("Calder Construction's former chief executive, who admitted paying the bribes, will be sentenced on "
         "4 December.", "4 December", "Calder Construction's former chief executive will be sentenced"),
        ("Maria Lund's lawyer was arrested in Oslo on Monday.", "Monday", "Maria Lund's lawyer was arrested in Oslo"),
    ],
)
def test_who_did_what_across_clause_shapes(sentence: str, date_word: str, expected: str) -> None:
    assert summary_of(sentence, date_word).summary == expected


@pytest.mark.parametrize(
    ("sentence", "date_word", "kind", "expected"),
    [
        # a past participle after a noun phrase tells of that noun, and the date is its own, not the main verb's
        ("The agreement, signed in Kyiv on Tuesday, opens a new rail route.", "Tuesday", "agreement",
         "The agreement signed in Kyiv"),
        # an aside before the main verb leaves that verb the main one
        ("Aino Lehto, speaking after a cabinet session, announced on Friday that rail links would be funded.",
         "Friday", "statement", "Aino Lehto announced rail links would be funded"),
        # an opening phrase before the subject is not the subject
        ("According to the coast guard, the tanker was seized on Sunday.", "Sunday", "attack", "The tanker was seized"),
    ],
)
def test_participles_asides_and_openers(sentence: str, date_word: str, kind: str, expected: str) -> None:
    m = summary_of(sentence, date_word)
    assert (m.kind, m.summary) == (kind, expected)
