"""What happened: trigger words, light verbs that take their kind from a noun or a doer, and nouns that are
only a place description or a topic. Sentences written for these tests, dates built by hand."""

from __future__ import annotations

import pytest

from streams.core.event_kinds import find_triggers, lexicon
from streams.core.events import extract_events
from streams.core.tokens import tokenize
from streams.core.types import EventMention, Timex


def tx(text: str, sub: str, value: str = "2023-05-09", granularity: str = "day") -> Timex:
    start = text.index(sub)
    return Timex(start, start + len(sub), sub, "DATE", value, granularity)


def one(text: str, date_word: str, value: str = "2023-05-09", granularity: str = "day") -> EventMention:
    mentions = extract_events(text, [tx(text, date_word, value, granularity)])
    assert len(mentions) == 1, mentions
    assert mentions[0].date == value
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "date_word", "kind"),
    [
        # a campaign of something is that thing going on
        ("A heavier US bombing campaign began in March.", "March", "attack"),
        # draws, first matches, fixtures and play-offs
        ("The first Test in Mirpur finished in a rain-affected draw on March 5.", "March 5", "contest"),
        ("Bangladesh played their first Test in November 2000.", "November 2000", "contest"),
        ("The play-offs begin on Friday.", "Friday", "contest"),
        # hostages released, insurgencies and uprisings, alert levels raised
        ("The aid worker was released late Tuesday near the border with Mali.", "late Tuesday", "release"),
        ("The insurgency in the Sahel began in northern Mali in 2012.", "2012", "attack"),
        ("A student uprising broke out in 1989.", "1989", "protest"),
        ("The observatory raised Kilauea's alert level from advisory to watch on Thursday.", "Thursday", "decision"),
        # pleas, departures from a post, contracts awarded
        ("The former pricing director pleaded guilty in July.", "July", "verdict"),
        ("Quispe, who left the ministry in February 2020, named two aides.", "February 2020", "resignation"),
        ("The irrigation contract was awarded in October 2018 to a consortium.", "October 2018", "decision"),
        # purchases, joinings, recalls, withdrawals, pauses, outages, goals, webinars
        ("Vrdoljak bought a seaside property on the island of Brac in 2019.", "2019", "agreement"),
        ("Vantongeren joined PSV from Heerenveen in January 2021.", "January 2021", "appointment"),
        ("In March 2017, Haldeman recalled about 1,100 pounds of ham salad.", "March 2017", "decision"),
        ("On July 17, Russia pulled out of the grain deal.", "July 17", "decision"),
        ("The seven members paused their participation in early March.", "early March", "decision"),
        ("In September 2023, a misconfiguration took its DNS service offline.", "September 2023", "disaster"),
        ("Vantongeren scored twice in the final league game on 28 May.", "28 May", "contest"),
        ("Kestrel will run a webinar for customers next Tuesday.", "next Tuesday", "meeting"),
        # campaigns flagged off, teams fanning out, evacuations, vaccinations, a region certified free of a disease
        ("The campaign was flagged off on Saturday at the palace by the deputy governor.", "Saturday", "opening"),
        ("Vaccination teams fanned out across Kano over the weekend as the state government began a campaign.",
         "the weekend", "deployment"),
        ("Evacuations in low-lying coastal areas began on Monday.", "Monday", "disaster"),
        ("About 3,000 residents were evacuated on Friday night.", "Friday night", "disaster"),
        ("The nationwide immunisation campaign starts on May 23.", "May 23", "health"),
        ("The African region was certified free of the wild virus in August 2020.", "August 2020", "decision"),
        # what an authority issues: advisories, orders, warnings
        ("The boil-water advisory, issued at dawn on Sunday, covers the west side.", "Sunday", "decision"),
        ("The district issued an evacuation order for 212 properties on Friday.", "Friday", "decision"),
        ("Daniel Oh said in a statement issued on Wednesday that the vote was fair.", "Wednesday", "statement"),
        # injuries, flying out, celebrations
        ("Brennan, who broke her ankle at a training camp in March, is back.", "March", "health"),
        ("She suffered a severe stroke on Monday.", "Monday", "health"),
        # "add" tells words only when what follows is no thing or number added
        ("LATAM will add four flights from Santiago on 29 January.", "29 January", "other"),
        ("The economy added 200,000 jobs in March.", "March", "other"),
        ('"We are ready," added the minister on Monday.', "Monday", "statement"),
        ("He added on Monday that the talks would resume.", "Monday", "statement"),
        # a numbered game in a series, capitalized as a label
        ("Škorec was suspended for Thursday's Game 3 after an argument with the referees.", "Thursday", "contest"),
        ("Labour groups plan a human chain in front of the press club on Friday.", "Friday", "protest"),
        ("He had been in poor health since a heart attack in September.", "September", "health"),
        ("She flew out to Belgium with the team last Monday.", "last Monday", "visit"),
        ("The club holds a homecoming celebration for her on October 7.", "October 7", "culture"),
        # scrapped events, withdrawals, concerns raised
        ("Seashore Sounds in Devon was scrapped in May.", "May", "decision"),
        ("Suppliers went unpaid and the stage company pulled out in May.", "May", "decision"),
        ("Police raised concerns about the event in a letter last month.", "last month", "statement"),
        # approvals and green lights
        ("The city council gave the go-ahead for a new tram line on Tuesday.", "Tuesday", "decision"),
        ("On Tuesday the regulator gave the green light to the merger.", "Tuesday", "decision"),
        ("The senate finally approved the pension reform on Monday.", "Monday", "decision"),
        # openings and launches
        ("The mayor opened a new bridge over the river on Saturday.", "Saturday", "opening"),
        ("The president inaugurated a children's hospital in Mombasa on Friday.", "Friday", "opening"),
        ("The agency launched its first weather satellite on Thursday.", "Thursday", "opening"),
        ("The old theatre reopened on Sunday after years of repairs.", "Sunday", "opening"),
        # labour action is a protest, not a military strike
        ("Bus drivers walked off the job on Monday over unpaid wages.", "Monday", "protest"),
        ("Nurses in Lisbon went on strike on Wednesday.", "Wednesday", "protest"),
        ("Teachers staged a one-day strike on Friday.", "Friday", "protest"),
        ("Hundreds of dockers stopped work on Tuesday.", "Tuesday", "protest"),
        ("The dockworkers' strike on Thursday closed the port.", "Thursday", "protest"),
        ("The 24-hour strike, which began on Monday, has cut services across Wallonia.", "Monday", "protest"),
        ("The last national rail strike, on 5 October, cancelled most trains.", "5 October", "protest"),
        # common news verbs: reversals, raids, courts, takeovers, landings
        ("The ministry lifted the ban on grain exports on Friday.", "Friday", "decision"),
        ("Organisers called off the festival on Tuesday.", "Tuesday", "decision"),
        ("The foreign ministry summoned the envoy on Monday.", "Monday", "decision"),
        ("Special forces stormed the hijacked airliner on Sunday.", "Sunday", "attack"),
        ("Gunmen opened fire on a minibus on Monday.", "Monday", "attack"),
        ("The appeals court upheld the verdict on Wednesday.", "Wednesday", "verdict"),
        ("The regulator fined the lender 20 million euros on Thursday.", "Thursday", "verdict"),
        ("The brewer acquired its largest rival on Monday.", "Monday", "agreement"),
        ("The minister landed in Tbilisi on Tuesday.", "Tuesday", "visit"),
        ("A cargo plane crashed near the airport on Friday.", "Friday", "disaster"),
        ("A ferry sank off the coast on Saturday.", "Saturday", "disaster"),
        ("Troops crossed the border at dawn on Thursday.", "Thursday", "attack"),
        # rates
        ("The central bank raised interest rates on Thursday.", "Thursday", "decision"),
        ("The Bank of Canada cut its key rate by half a point on Wednesday.", "Wednesday", "decision"),
        ("Policymakers kept rates on hold on Tuesday.", "Tuesday", "decision"),
        ("Russia halted gas deliveries to the region in late January.", "late January", "decision"),
        # fires, outages and natural disasters are disasters, whatever verb they take
        ("A fire broke out at a chemical plant near Lyon on Sunday.", "Sunday", "disaster"),
        ("A fire destroyed part of a warehouse on Friday.", "Friday", "disaster"),
        ("A power outage hit large parts of Santiago on Tuesday.", "Tuesday", "disaster"),
        ("An earthquake struck eastern Taiwan on Monday.", "Monday", "disaster"),
        ("A powerful storm hit the coast of Brittany on Thursday.", "Thursday", "disaster"),
        ("Floods swept through villages in the valley on Saturday.", "Saturday", "disaster"),
        ("The port authority reported a fire at a grain silo on Monday.", "Monday", "disaster"),
        # the same verbs with weapons or armies are attacks
        ("Missiles struck a power plant in Odesa on Sunday.", "Sunday", "attack"),
        ("Russian drones hit fuel depots near the border on Friday.", "Friday", "attack"),
        ("In late September, drones destroyed grain silos in the port.", "late September", "attack"),
        ("Russia launched a new offensive in the east on Tuesday.", "Tuesday", "attack"),
        # light verbs with an event noun: the noun tells the kind
        ("Thousands held a rally in Tbilisi on Sunday.", "Sunday", "protest"),
        ("A rally against the reform was held in Sofia on Saturday.", "Saturday", "protest"),
        ("The talks in Geneva resumed on Monday.", "Monday", "meeting"),
        ("The two leaders held talks by phone on Friday.", "Friday", "meeting"),
        # market moves
        ("Shares in Tokyo fell sharply on Friday.", "Friday", "market"),
        ("European gas prices jumped on Monday.", "Monday", "market"),
        ("Police opened an investigation into the crash on Monday.", "Monday", "investigation"),
        # a company's forecast and job cuts are its decisions
        ("Nexora on Thursday cut its full-year revenue forecast.", "Thursday", "decision"),
        ("The carmaker lowered its outlook on Tuesday.", "Tuesday", "decision"),
        ("The bank laid off 300 staff in March.", "March", "decision"),
        # "fired": weapons fired are an attack, a minister fired a decision
        ("Russia fired missiles at Kyiv on Monday.", "Monday", "attack"),
        ("Gunmen fired at a bus on Sunday.", "Sunday", "attack"),
        ("The chancellor fired his finance minister on Wednesday.", "Wednesday", "decision"),
        ("Soldiers fired into the crowd on Monday.", "Monday", "attack"),
        ("The gunman fired on Sunday.", "Sunday", "attack"),
        ("Two suspects appeared in court on Monday.", "Monday", "verdict"),
        # after a modal a word that is both is the verb
        ("The minister will visit Kyiv on Friday.", "Friday", "visit"),
    ],
)
def test_kinds_of_happening(sentence: str, date_word: str, kind: str) -> None:
    value, granularity = ("2023-01", "month") if "late" in date_word else ("2023-05-09", "day")
    m = one(sentence, date_word, value, granularity)
    assert m.kind == kind, m
    assert m.trigger.lower() in sentence.lower()


@pytest.mark.parametrize(
    "sentence",
    ["The earthquake on Tuesday injured 41 people, the civil protection agency said.",
     "The quake on Tuesday damaged hundreds of homes.",
     "A storm on Tuesday left thousands of homes without power.",
     "Tuesday's earthquake injured 41 people."],
)
def test_a_disaster_noun_with_its_own_date(sentence: str) -> None:
    m = one(sentence, "Tuesday")
    assert m.kind == "disaster"
    assert "Tuesday" not in m.summary


def test_light_verbs_with_nothing_to_tell_lend_no_kind() -> None:
    text = "Much was destroyed on Monday."  # something happened, of no kind the vocabulary can tell
    assert [m.kind for m in extract_events(text, [tx(text, "Monday")])] == ["other"]
    text = "The company joined a long list of firms to cut staff this year."  # joining a list is no event
    assert extract_events(text, [tx(text, "this year")]) == []
    text = "The index of consumer confidence was published on Monday."  # a publication is a statement
    assert one(text, "Monday").kind == "statement"
    text = "Oil prices jumped on Monday after an outage at a Norwegian gas field cut supplies."
    m = one(text, "Monday")
    assert m.kind == "market" and "disaster" in m.kinds  # an outcome names its cause among its kinds
    text = "Three people were killed when a missile hit a bus station on Thursday."
    m = one(text, "Thursday")
    assert m.kind == "attack"


@pytest.mark.parametrize(
    ("sentence", "not_kind"),
    [
        ("Environmental activists had demonstrated in front of the conference centre in Bonn on Wednesday.",
         "meeting"),
        ("Farmers rallied outside the summit venue on Monday.", "meeting"),
        ("Students protested against the deal on Tuesday.", "agreement"),
        ("Fishermen protested over the new agreement in Brest on Friday.", "agreement"),
        ("In Valletta, fishermen marched against the quota deal on Thursday.", "agreement"),
        ("Hundreds demonstrated on Monday against the planned meeting of finance ministers.", "meeting"),
    ],
)
def test_a_nearby_noun_is_a_place_or_a_topic_not_the_event(sentence: str, not_kind: str) -> None:
    date_word = next(w for w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday") if w in sentence)
    m = one(sentence, date_word)
    assert m.kind == "protest"
    assert not_kind not in m.kinds


def test_the_verb_governing_an_event_noun_is_the_event() -> None:
    m = one("The commission first put forward the idea in early September.", "early September", "2023-09",
            "month")
    assert (m.kind, m.trigger) == ("proposal", "put forward")
    m = one("Ankara rejected the proposal on Tuesday.", "Tuesday")
    assert m.kind == "refusal"
    m = one("Officials were still studying Peru's call on Tuesday for a rescue fund.", "Tuesday")
    assert m.kind == "proposal" and m.actors == ("Peru",)  # a noun with its own doer stays the event


def test_a_date_after_a_coordinated_predicate_dates_the_first_verb() -> None:
    m = one("The premier visited the flooded town on Wednesday and promised that the state would pay.",
            "Wednesday")
    assert m.kind == "visit"
    m = one("The envoys met in Oslo on Monday and agreed to meet again.", "Monday")
    assert m.kind == "meeting"
    m = one("The minister arrived in Hanoi on Wednesday for talks on trade.", "Wednesday")
    assert m.kind == "visit"


def test_two_kind_words_settle_by_their_doers() -> None:
    def kinds(text: str) -> list[tuple[str, str]]:
        from streams.core.clauses import segment
        from streams.core.event_lenders import settle_triggers

        toks = tokenize(text)
        trigs = find_triggers(toks)
        return [(t.text, t.kind) for t in settle_triggers(trigs, toks, segment(toks, trigs), [False] * len(toks),
                                                          lexicon())]

    assert ("blocked", "protest") in kinds("Farmers blocked the border crossings.")
    assert ("blocked", "refusal") in kinds("The government blocked the sanctions package.")
    assert ("rallied", "market") in kinds("Bank shares rallied.")
    assert ("rallied", "protest") in kinds("Opposition supporters rallied.")
    assert ("strike", "protest") in kinds("Workers will strike again.")
    assert ("strike", "attack") in kinds("Bombers will strike again.")
    assert kinds("The team will hold a press conference.") == [("hold", "statement"), ("press conference",
                                                                                      "statement")]


def test_a_trigger_noun_before_a_compound_head_names_a_thing() -> None:
    found = [t.text for t in find_triggers(tokenize("They waited at the conference centre near the summit venue."))]
    assert found == []
    assert [t.text for t in find_triggers(tokenize("The conference ended."))] == ["conference", "ended"]


def test_gapped_forms() -> None:
    found = [(t.text, t.kind) for t in find_triggers(tokenize("The bank raised its main interest rate."))]
    assert found == [("raised its main interest rate", "decision")]
    assert [t.kind for t in find_triggers(tokenize("The bank raised concerns about the rate."))] == ["statement"]
