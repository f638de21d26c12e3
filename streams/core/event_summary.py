"""A short "who did what, where" for an event mention, built from its clause's own words.

Who: the people the subject names (titles dropped: "Recep Tayyip Erdogan"), else the subject's own words cut
to their head ("Transport ministers from the 27 member states" -> "Transport ministers"). What: the clause from
its trigger on, without the date, cut before side phrases and a second predicate ("... and promised"), with
"the city" it refers back to named ("visited Izmir"). A statement with nothing else to say tells the gist of
its report in plain words, never a quotation. Where: a place the sentence itself names, when the words kept
do not already say it; a place known only from the dateline stays out of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from .clauses import PRONOUNS, fronted_participle, is_auxiliary, np_start, past_form
from .event_anchors import opens_predicate
from .event_kinds import COPULAS, DETERMINERS, INTENT_VERBS, MODALS, Trigger
from .event_lenders import SUBJECT_STOPS
from .event_roles import SentenceRoles
from .tokens import POSSESSIVE, Token, fold, is_capitalized

__all__ = ["summarize", "entry_summary", "MAX_WORDS", "SETTING_PREPS"]

MAX_WORDS = 15
_MAX_WHO = 6
_PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside"})
_MIN_REPORT = 3
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|yet)\s+(?=\S+\s)", re.IGNORECASE)  # a joined clause's own start
# Words that start a side phrase: a long predicate is cut before them.
_CUT_BEFORE = frozenset({"amid", "despite", "following", "because", "although", "though", "while", "whereas",
                         "including", "but", "as", "saying", "adding", "according", "which", "who", "where", "that"})
# words before a noun phrase that are no verb taking it as object
_NOT_OBJECT_VERBS = frozenset("and or but nor that which who whom whose as than like the a an its their his her our "
                              "this these those such what whether if when where while because so all both each every "
                              "some any no "
                              "not also only even just more most new first last next other former follows followed "
                              "follow following comes came come marks marked mark marking includes included include "
                              "including precedes preceded ahead amid".split())
_AS_MUCH = frozenset("much many high low far long little few well soon early late".split())  # "as much as"
_PLANNING = MODALS | {"to"}  # words before a planned act
_FINITE_BE = COPULAS - {"be"}  # "are arranging talks": a plan under way; "is to open"
SETTING_PREPS = frozenset({"in", "at", "during"})  # "said so in a statement", "spoke at a meeting"
_DATE_PREPS = frozenset({"on", "in", "during", "at", "late", "early", "last", "this", "next", "since", "by", "of",
                         "mid", "until", "from", "through", "till", "between"})
# What leads into a date and goes with it: "on", and "shortly before" (5 a.m.), "at about" (8:30 p.m.), "until at
# least" (Sunday), "instead of" (7 January).
_DATE_LEAD = _DATE_PREPS | frozenset({"for", "before", "after", "shortly", "just", "soon", "right", "around", "about",
                                      "least", "instead", "rather", "than"})
_PARTY_PREPS = frozenset({"between", "by", "with", "at", "for", "and"})  # "a deal between X and Y, signed ..."
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’"})
_DANGLING = frozenset({".", "a", "an", "the", "of", "to", "for", "in", "on", "at", "with", "by", "from", "his",
                       "her", "their", "its", "is", "was", "be", "would", "will", "should", "and", "or", "than",
                       "between", "into", "about", "over", "that", "could", "can", "has", "have", "had", "were",
                       "are", "been", "after", "before", "under"})
_BREAK_BEFORE = frozenset({"to", "for", "in", "on", "at", "with", "from", "of", "by", "over", "into", "after",
                           "before", "which", "who", "that", "linking", "between", "along", "across", "through"})
_OPENERS = frozenset({"when", "after", "before", "as", "since", "because", "if", "once", "until", "although",
                      "though", "whereas", "which", "who", "where", "whom", "that", "whose"})
_BRACKET_REACH = 16  # tokens: a bracket that restates a date or time ("(0447 local time in France)")
_DROP_EDGE = frozenset({",", ";", ":", "(", ")", "-", "—", "–", "and", "but", "that", "or", "while", "."})
_INTRO = frozenset({"in", "on", "at", "across", "after", "before", "during", "separately", "meanwhile", "also",
                    "however", "earlier", "later", "elsewhere", "yesterday", "today", "overnight", "instead",
                    "according", "under", "amid", "despite", "following", "with", "as"})
_VERB_GROUP_WORDS = frozenset("not also first last again still jointly later then never just already "
                              "reportedly separately formally officially finally "
                              "remain remains remained stay stays stayed".split())  # "will remain closed"
_COORDINATORS = frozenset({"and", "but", "then"})
# words whose "to" belongs with the verb after it: "is expected to cut", "plans to visit"
_BEFORE_TO = INTENT_VERBS | _FINITE_BE | frozenset("expected set due likely poised scheduled going about ready able "
                                                   "unable agreed voted threatened refused tried".split())
_CAUSES = frozenset({"after", "when", "as", "because"})
_NP_PREPOSITIONS = frozenset({"with", "in", "on", "at", "from", "for", "between", "over", "into", "across", "along",
                              "through", "near", "outside", "inside", "around"})
_NP_BOUNDS = (_BREAK_BEFORE - {"of"} - _NP_PREPOSITIONS) | {"and", "or", "but", ",", ";", ":", "to", "as", "than",
                                                           "about", "against", "during", "under", "within",
                                                           "without", "says", "said", "by", "after", "before"}
_NOT_VERBS = frozenset({"red", "bed", "need", "seed", "speed", "feed", "breed", "hundred", "shed", "thing", "king",
                        "spring", "string", "wing", "ring", "evening", "morning", "building", "meeting", "ceiling",
                        "wedding", "funding", "hearing", "briefing", "ruling", "bombing", "shooting", "killing",
                        "uprising", "offering", "landing", "warning", "training", "beijing", "nanjing"})
_OBJECT_OPENERS = frozenset("the a an its their his her this these those no every".split())


_REDUCED_NEXT = frozenset("of by to in on at with for from the a an his her their its".split())


def summarize(roles: SentenceRoles, cid: int, main: Trigger, dating: Trigger, actors: Sequence[str],
              date_span: tuple[int, int], place: str | None = None,
              anaphor: tuple[int, int, str] | None = None) -> str:
    """``place``: a place the sentence names for the event (said " in X" when the words kept do not say it in
    any spelling the sentence uses); ``anaphor``: tokens ``[a, b)`` ("the city") and the name they stand for."""
    toks, seg = roles.toks, roles.seg
    held = seg.clauses[cid].antecedent
    if seg.of_token[main.start] != cid and not (held and held[0] <= main.start < held[1]):
        cid = seg.of_token[main.start]  # "an asteroid that made headlines in 2010 when two teams reported ..."
    clause = seg.tokens(cid)
    in_clause = set(clause)
    dated = set(range(*date_span)) | roles.dated
    swap = {anaphor[0]: anaphor[2]} if anaphor else {}
    for k in dated:  # "Sunday's attack" without its date: "the attack"
        if k + 1 < len(toks) and k + 1 not in dated and toks[k + 1].low == POSSESSIVE:
            swap[k + 1] = "the"
    gone = set(range(anaphor[0] + 1, anaphor[1])) if anaphor else set()
    stops = _second_predicates(roles, clause)
    words = _Words(roles.text, toks, swap, gone)
    if not main.is_verb:  # the noun phrase and what hangs on it, up to the first comma
        start = roles._np_start(main.start)
        k = start - 1
        while k >= 0 and k in dated:
            k -= 1
        if k < start - 1 and k >= 0 and toks[k].low in DETERMINERS:
            start = k  # "the Nov. 8 ballot": "the ballot"; "a 1998 agreement": "an agreement"
            if toks[k].low in ("a", "an"):
                article = "an" if toks[roles._np_start(main.start)].low[:1] in "aeiou" else "a"
                words.swap[k] = article.capitalize() if toks[k].text[:1].isupper() else article
        if 0 < start < main.start and toks[start].low.endswith("ing") and toks[start - 1].low in _FINITE_BE:
            start += 1  # "are arranging talks": the verb of a plan, not an adjective of the noun
        while start < main.start and (toks[start].low in SUBJECT_STOPS or (
                start + 1 in dated and past_form(toks[start]))):  # "reviewed last week's vote": the vote
            start += 1
        while 0 < start < main.start and toks[start].low == POSSESSIVE and toks[start - 1].text[:1].isalnum() \
                and start - 1 not in dated:  # "the Fed's next meeting": the possessor with it
            start = roles._np_start(start - 1)
        ks = [k for k in clause if k >= start]
        comma = next((k for k in ks if k > main.end and toks[k].text in (",", ";")), None)
        ks = [k for k in ks if comma is None or k < comma]
        what = words.text(_take(toks, ks, dated, MAX_WORDS, stops))
        if toks[start].low in ("its", "their", "his", "her") and actors and " " in what:
            what = f"{_names(actors[:1])}'s {what.split(' ', 1)[1]}"
        lead = [k for k in clause if k < start - 1]
        if start - 1 in in_clause and toks[start - 1].low in SETTING_PREPS \
                and sum(toks[k].text[:1].isalnum() for k in lead) >= 2 and lead[0] == min(clause):
            # "X called him a statesman in a statement on Monday": what the clause says, in that setting
            said = words.text(_take(toks, lead, dated, MAX_WORDS - _count(what) - 1, stops))
            what = f"{said} {toks[start - 1].text} {what}" if said else what
            held = seg.clauses[cid].antecedent
            if said and held and toks[lead[0]].low in ("that", "which", "who"):
                # "an arrangement that came under scrutiny in a trial": the arrangement came under scrutiny
                head = words.text(_take(toks, _noun_phrase_before(toks, *held), dated, _MAX_WHO + 2))
                if head and not what.lower().startswith(toks[lead[0]].low + " "):
                    what = f"{head} {what[:1].lower()}{what[1:]}"
        elif _object_of_verb(toks, start - 1, in_clause) and lead and lead[0] == min(clause) \
                and toks[lead[0]].low != "there" \
                and (toks[lead[-1]].low in _PLANNING or toks[start - 1].low in INTENT_VERBS
                     or (toks[lead[-1]].low in _FINITE_BE and toks[start - 1].low.endswith("ing"))) \
                and 1 <= sum(toks[k].text[:1].isalnum() for k in lead) <= _MAX_WHO + 2:
            # "he would call a confidence vote on January 15": the vote is dated, the plan tells whose it is (a past
            # verb stays out: "invoked the attack on Pearl Harbor in 1941" dates the attack, not the invoking)
            said = words.text(_take(toks, lead + [start - 1], dated, MAX_WORDS - _count(what) - 1, stops))
            subject = roles.subject(cid) if toks[lead[0]].low in PRONOUNS else []
            if subject and " " in said and subject[0] not in what:  # "he would call": the person "he" is
                said = f"{_names(subject[:1])} {said.split(' ', 1)[1]}"
            what = f"{said} {what}" if said else what
        summary = what
    else:
        fronted = fronted_participle(toks, dated) if main.start == 0 else None
        if fronted is not None:  # "Born in Cobh in 1948, Moriarty grew up": Moriarty was born in Cobh
            who, group = _fronted_subject(roles, fronted, dated, words), ""
        else:
            who, group = _who(roles, cid, main, actors, dated, words)
        frame_start = None
        if dating is not main and dating.start in in_clause and dating.start > main.start:
            frame_start = max(roles._np_start(dating.start) - 1, main.end)
        budget = max(MAX_WORDS - _count(who) - _count(group), 5)
        ks = [k for k in clause if k >= main.start and (frame_start is None or k < frame_start)
              and (fronted is None or k < fronted)]
        if seg.clauses[cid].kind == "part":  # "the deal, signed on Friday, lets ...": the comma closes it
            ks = [k for k in ks if not any(toks[j].text == "," for j in range(main.end, k + 1))]
        if main.kind != "statement" and roles.participle_dated_before_verb(*date_span) == main.start:
            # "a law passed in May had banned ...": "a law passed" (but "a poll published Sunday put X ahead")
            ks = [k for k in ks if k < date_span[0]]
        if roles.lex.has(main.kind, "effect"):  # "prices rose after an outage hit ...": the cause goes with it
            ks += [k for c in seg.clauses if c.parent == cid and c.kind == "sub" and c.opener in _CAUSES
                   for k in seg.tokens(c.id)]
        copula = toks[main.start].low in COPULAS  # "the last day will be Sept. 18": the subject says it all
        kept = _take(toks, ks, dated, budget - (5 if frame_start is not None else 0), stops,
                     whole=main.start if copula else main.end)
        parts = [who, group, words.text(kept)]
        if seg.clauses[cid].antecedent and _has_own_subject(roles, cid, main, dated):
            # "the town, which Russian forces attacked on Tuesday": the antecedent is what was done to
            verb = [k for k in kept if k < main.end]
            thing = _take(toks, _antecedent_phrase(roles, cid), dated, _MAX_WHO + 2)
            what = words.text(thing)
            if thing and (toks[thing[0]].low in DETERMINERS or (thing[0] == 0 and roles.entity_of[0] is None)):
                # "attacked the town", not "attacked The town"; "approved repairs", not "approved Repairs"
                what = what[:1].lower() + what[1:]
            parts[2:] = [words.text(verb), what, words.text([k for k in kept if k >= main.end])]
        if frame_start is not None:
            parts.append(words.text(_take(toks, [k for k in clause if k >= frame_start], dated, 5, stops)))
        if fronted is not None and who and parts[2][:1].isupper():
            parts[2] = parts[2][:1].lower() + parts[2][1:]  # "the president sworn in"
        summary = " ".join(p for p in parts if p)
        head, _, last = summary.rpartition(" ")
        if copula and not kept and head and last.lower() in MODALS:
            summary = head  # "the last day will [be]"
        if main.kind == "statement" and len(kept) <= 4:
            report = _report(roles, cid, dated, MAX_WORDS - _count(summary), words)
            if report:  # "said construction could begin", "told reporters in Berlin that Germany ..."
                summary = f"{summary} {'that ' if len(kept) > 1 else ''}{report}"
    if main.start not in in_clause and seg.clauses[cid].antecedent:  # "talks, which began on May 2"
        head = _take(toks, _antecedent_phrase(roles, cid), dated, _MAX_WHO + 2)
        rest = [k for k in clause if toks[k].low not in ("which", "that", "who")]
        summary = f"{words.text(head)} {words.text(_take(toks, rest, dated, MAX_WORDS - len(head), stops))}"
    if place and _count(summary) < MAX_WORDS:
        said = fold(summary)
        named = [(i, e) for i, e in enumerate(roles.entities) if e.canonical == place]
        if not any(fold(name) in said for name in {place, *(e.text for _, e in named)}) \
                and not _says_where(roles, said):
            k = roles.token_at(named[0][1].start) if named else 0
            the = "the " if named and k > 0 and toks[k - 1].low == "the" else ""
            prep = roles.preposition_before(named[0][0]) if named else None
            summary += f" {prep or 'in'} {the}{place}"
    summary = summary.strip().rstrip(",;:").rstrip() or main.text  # "we proved everyone wrong," he said
    summary = _LEADING_CONJUNCTION.sub("", summary) or summary  # "..., and they agreed": "they agreed"
    return summary[:1].upper() + summary[1:]


class _Words:
    """Token lists to text, with the sentence's own spacing and "the city" swapped for its name."""

    def __init__(self, sentence: str, toks: Sequence[Token], swap: dict[int, str], gone: set[int]) -> None:
        self.sentence, self.toks, self.swap, self.gone = sentence, toks, swap, gone

    def text(self, ks: Sequence[int]) -> str:
        pieces: list[str] = []
        prev: Token | None = None
        for k in ks:
            if k in self.gone:
                continue
            t = self.toks[k]
            if prev is not None:
                gap = self.sentence[prev.end:t.start]
                if k in self.swap:
                    pieces.append(" ")
                elif gap.strip() == "":
                    pieces.append(" " if gap else "")
                elif t.text not in (",", ".", ";", ":", "”", ")") and t.text != "'s":
                    pieces.append(" ")
            pieces.append(self.swap.get(k, t.text))
            prev = t
        text = "".join(pieces)
        if any(q in text for q in _QUOTE_MARKS) or text.count("'") % 2:
            text = "".join(ch for ch in text if ch not in "“”\"‘")
        return " ".join(text.replace("()", "").split())  # brackets that held only the date


def entry_summary(roles: SentenceRoles, first: int) -> str:
    """The words of a chronology entry from token ``first``, up to the end of its clause ("Summer 2023:
    Track-laying begins on the Gipuzkoa branch")."""
    cid = roles.seg.of_token[first]
    ks = [k for k in roles.seg.tokens(cid) if k >= first]
    return _Words(roles.text, roles.toks, {}, set()).text(_take(roles.toks, ks, roles.dated, MAX_WORDS)).rstrip(".;:,")


def _count(text: str) -> int:
    return len(text.split())


def _second_predicates(roles: SentenceRoles, clause: Sequence[int]) -> set[int]:
    """Coordinators that open a second predicate ("visited X and promised ...", "and expects ..."): a summary ends
    before them."""
    toks = roles.toks
    verbs = roles.verb_starts
    out = set()
    for k in clause:
        if toks[k].low in _COORDINATORS and k + 1 < len(toks):
            nxt = k + 1
            while nxt < len(toks) and _in_verb_group(toks[nxt]):
                nxt += 1
            if nxt in verbs or (nxt > k + 1 and is_auxiliary(toks[k + 1])) \
                    or (toks[k].low == "and" and nxt < len(toks) and (past_form(toks[nxt])
                                                                    or toks[nxt].low in INTENT_VERBS)):
                out.add(k)
    return out


def _says_where(roles: SentenceRoles, said: str) -> bool:
    """Does the folded summary already name a place after a preposition ("was returned to Israel")?"""
    return any(f"{prep} {fold(e.text)}" in said for e in roles.entities if e.kind in ("CITY", "COUNTRY", "PLACE")
               for prep in ("in", "to", "at", "into", "near"))


def _head_before_phrase(toks: Sequence[Token], comma: int, noun: list[int]) -> list[int]:
    """"The agreement between the government and Deutsche Bahn, signed in 2020": a participle after a phrase
    that names who was party to something tells of that something, the noun phrase heading the phrase."""
    if not noun or noun[0] == 0 or toks[noun[0] - 1].low not in _PARTY_PREPS:
        return []
    start = np_start(toks, comma)
    head = []
    for k in range(start, noun[0]):
        if k > start and (toks[k].low in SUBJECT_STOPS or toks[k].low in _PARTY_PREPS
                          or (toks[k].low.endswith("ing") and toks[k].low not in _NOT_VERBS)):
            break
        head.append(k)
    return head if head and toks[head[0]].low in DETERMINERS and len(head) <= _MAX_WHO + 2 else []


def _in_verb_group(tok: Token) -> bool:
    """An auxiliary or an adverb that goes with the verb after it ("will remain", "had also")."""
    return is_auxiliary(tok) or tok.low in _VERB_GROUP_WORDS


def _who(roles: SentenceRoles, cid: int, main: Trigger, actors: Sequence[str], dated: set[int],
         words: _Words) -> tuple[str, str]:
    """(subject, verb group): the people it names, or its words cut to their head; the auxiliaries and
    adverbs right before the verb ("had", "will", "separately") kept apart."""
    toks, seg = roles.toks, roles.seg
    clause = seg.clauses[cid]
    if clause.kind == "rel" and clause.antecedent and not _has_own_subject(roles, cid, main, dated):
        region = list(_antecedent_phrase(roles, cid))
        last = roles.entity_of[clause.antecedent[1] - 1]
        if clause.opener in ("who", "whom") and last is not None and roles.entities[last].kind == "PERSON":
            region = [k for k in region if roles.entity_of[k] == last]  # "the resignation of MP Helen Marsh, who"
        elif clause.opener in ("who", "whom") and region and region[0] > 1 and last is not None \
                and toks[region[0] - 1].low in ("from", "in", "at"):  # "a schoolteacher from Kangaroo Flat who"
            region = list(_noun_phrase_before(toks, max(0, region[0] - 1 - _MAX_WHO), region[0] - 1)) \
                + [region[0] - 1] + region
        # "the town, which was shelled": the clause's own auxiliaries go with its verb
        group = []
        k = main.start - 1
        while k >= 0 and seg.of_token[k] == cid and (_in_verb_group(toks[k]) or k in dated or toks[k].low == "to"
                                                     or (toks[k + 1].low == "to" and toks[k].text.islower())):
            if k not in dated:
                group.insert(0, k)
            k -= 1
    else:
        region = [k for k in seg.tokens(cid) if k < main.start]
        group = []
        while region and (_in_verb_group(toks[region[-1]]) or region[-1] in dated
                          or (toks[region[-1]].low == "to" and len(region) > 1 and toks[region[-2]].low in _BEFORE_TO
                              and (region[-1] == main.start - 1 or (group and region[-1] == group[0] - 1)))
                          or (toks[region[-1]].low in _BEFORE_TO and group and toks[group[0]].low == "to"
                              and region[-1] == group[0] - 1)  # "is expected to cut", "is likely to be sworn"
                          or (toks[region[-1]].low in _DATE_LEAD and region[-1] + 1 in dated)):
            k = region.pop()
            if k not in dated and not (toks[k].low in _DATE_LEAD and k + 1 in dated):
                group.insert(0, k)
        if region and toks[region[-1]].low == "to" and region[-1] == main.start - 1 and not group \
                and (intent := roles.intent_verb_with_object(region[-1])) is not None and intent in region:
            # "expects the reactor to reach criticality": the verb of intent and its object go with the act
            cut = region.index(intent)
            region, group = region[:cut], region[cut:]
        if len(region) > 3 and toks[region[-3]].text == "," and toks[region[-2]].low in ("and", "but") \
                and toks[region[-1]].low in PRONOUNS:
            region = region[-1:]  # "cash flow from operations, and we expect": "we", a clause of its own
        if region and toks[region[-1]].low in ("and", "but"):
            # "The minister arrived on Monday and met ...", "moved in 2009 and was sold": the subject of the first
            # predicate is this one's too
            first = _first_verb(roles, region)
            if _carried_modal(roles, region, first, main, group):
                group.insert(0, region[first])  # "will publish its results and host a call": the call is planned
            region = region[:first] if first is not None else region
    group_text = words.text(group)
    people = []
    # "Aste Nagusia, Bilbao's Big Week, begins": one name, told again in the aside (but "Her husband, Viktor
    # Shubin, died": the aside names him)
    told_aside = _appositives(toks, region)
    if not any(roles.entity_of[k] is not None for k in region if k < min(told_aside, default=0)):
        told_aside = set()
    for k in region:
        if toks[k].low in SUBJECT_STOPS and toks[region[0]].low not in _INTRO:
            break  # "the wife of X", "an outage at the Halten East field": not the subject's head
        if k in told_aside:
            continue
        idx = roles.entity_of[k]
        if idx is not None and roles.entities[idx].kind == "PERSON" and not _possessor(roles, k, idx):
            name = roles.entities[idx].canonical
            if name not in people:
                people.append(name)
    if people:
        return _names(people[:2]), group_text
    if clause.kind == "part" and not any(toks[k].text[:1].isalnum() and toks[k].low != clause.opener
                                         and not (clause.opener == "due" and toks[k].low in ("to", "be"))
                                         for k in region):
        comma = min(seg.tokens(cid)) - 1
        if (past_form(toks[main.start]) or clause.opener == "due") and comma > 0 and toks[comma].text == "," \
                and not _bounds_phrase(toks, comma - 1):
            # "the deal, signed on Friday, ...": a past participle tells of the noun before the comma, as a plan
            # does ("a new research station, due to open next year")
            noun = [k for k in _noun_phrase_before(toks, 0, comma) if toks[k].text != ","]
            noun = _head_before_phrase(toks, comma, noun) or noun
            head = list(takewhile(lambda k: toks[k].low not in _PLACE_PREPS, noun))
            if len(noun) > _MAX_WHO + 2 and all(toks[k].low in DETERMINERS or is_capitalized(toks[k].text)
                                                for k in noun[len(head) + 1:]):
                noun = head  # "a new research station in the Crystal Mountains National Park": the place aside
            if 0 < len(noun) <= _MAX_WHO + 2:
                return words.text(_take(toks, noun, dated, _MAX_WHO + 2)), group_text
        # "..., telling MPs on Wednesday that": the doer is the subject of the clause it hangs on
        if actors:
            return _names(actors[:2]), group_text
        region = _parent_subject(roles, clause, dated) or region
    if clause.kind in ("sub", "rel") and region and toks[region[0]].low == clause.opener:
        region = region[1:]  # "when it annexed Crimea", "which he approved": the opener is no part of the doer
    if clause.kind == "coord" and not any(toks[k].text[:1].isalnum() and k not in dated and not (
            toks[k].low in _DATE_PREPS and k + 1 in dated) and toks[k].low != clause.opener for k in region):
        region = _parent_subject(roles, clause, dated) or region  # "..., and in August signed a deal"
        before = [k for k in seg.tokens(clause.parent) if k < main.start] if clause.parent is not None else []
        first = _first_verb(roles, before)
        if _carried_modal(roles, before, first, main, group):
            group_text = words.text([before[first]] + group)  # "would visit Kyiv and then travel to Warsaw"
    if any(toks[k].low in PRONOUNS for k in region[:2]):  # "he": whom it stands for, not what he won
        subject = [a for a in roles.subject(cid) if a in actors]
        return _names(subject[:2]) if subject else words.text(region), group_text
    # an introductory phrase before the subject: "In Chisinau, supporters ..." -> "supporters ..."
    if region and (toks[region[0]].low in _INTRO or (toks[region[0]].low.endswith(("ed", "ing"))
                                                      and toks[region[0]].low not in _NOT_VERBS)):
        comma = next((i for i, k in enumerate(region) if toks[k].text == ","), None)
        if comma is not None:
            region = region[comma + 1:]
        elif region[0] == 0:
            # the comma closes a clause inside the phrase: "Founded in 1952 by engineers who had worked at the
            # shipyards, Wakenitz listed ..."
            closing = next((k for k in range(main.start - 1, 0, -1) if toks[k].text == ","), None)
            region = [k for k in region if k > closing] if closing is not None else region
        gap = next((i for i in range(1, len(region)) if region[i] != region[i - 1] + 1), None)
        if gap is not None and gap <= 3 and toks[region[gap] - 1].text == "," \
                and seg.clauses[seg.of_token[region[gap - 1] + 1]].opener in ("before", "after"):
            region = region[gap:]  # "On Saturday, a day before the summit opened, herders ...": the time aside goes
    elif region and region[0] == 0 and fronted_participle(toks, dated) is not None:
        # ... or a participle phrase: "Elected on March 13, 2013, Francis ..." -> "Francis ..."
        commas = [i for i, k in enumerate(region) if toks[k].text == "," and k not in dated]
        region = region[commas[-1] + 1:] if commas else region
    kept = [k for k in region if k not in dated and not (toks[k].low in _DATE_PREPS and k + 1 in dated)]
    finite = not toks[main.start].low.endswith("ing") and (main.start == 0 or toks[main.start - 1].low != "to")
    reduced = next((i for i, k in enumerate(kept) if i >= 2 and finite and _reduced_relative(roles, k)), None)
    kept = kept[:reduced] if reduced is not None else kept  # "a developer accused of paying ..." -> "a developer"
    aside = _appositives(toks, kept)
    kept = [k for k in kept if k not in aside]
    if len(kept) > _MAX_WHO:
        cut = next((i for i, k in enumerate(kept) if i >= 1 and toks[k].low in SUBJECT_STOPS
                    and not _inside_name(roles, k)), None)
        kept = kept[:cut] if cut is not None else kept
    if len(kept) > _MAX_WHO + 2 and not _name_list(roles, kept):
        first = next((i for i, k in enumerate(kept) if i >= 2 and toks[k].low == "and"), None)
        verbs = roles.verb_starts
        if first is None or first > _MAX_WHO + 2 or any(
                k in verbs or is_auxiliary(toks[k]) or _bounds_phrase(toks, k) for k in kept[:first]):
            return (_names(actors[:2]) if actors else ""), group_text
        kept = kept[:first]  # "Japan's ruling LDP and its coalition partner Komeito": the first of the two
    while kept and (toks[kept[0]].low in _DROP_EDGE or toks[kept[0]].low in _OPENERS):
        kept.pop(0)
    while kept and toks[kept[-1]].low in _DROP_EDGE and not (
            toks[kept[-1]].text == ")" and any(toks[k].text == "(" for k in kept)):  # "the Court (ICJ)"
        kept.pop()
    return words.text(kept), group_text


def _first_verb(roles: SentenceRoles, ks: Sequence[int]) -> int | None:
    """The place in ``ks`` (after the first word) of its first verb or auxiliary."""
    toks, verbs = roles.toks, roles.verb_starts
    return next((i for i, k in enumerate(ks) if i and (k in verbs or is_auxiliary(toks[k]) or past_form(toks[k]))),
                None)


def _carried_modal(roles: SentenceRoles, ks: Sequence[int], first: int | None, main: Trigger,
                   group: Sequence[int]) -> bool:
    """Is ``ks[first]``, the first verb of the predicate before ``main``'s, a modal that the second verb shares
    (no auxiliary of its own, not a past form)?"""
    if first is None:
        return False
    toks = roles.toks
    k = ks[first]
    return toks[k].low in MODALS and is_auxiliary(toks[k]) and not past_form(toks[main.start]) \
        and not any(is_auxiliary(toks[g]) for g in group)


def _fronted_subject(roles: SentenceRoles, comma: int, dated: set[int], words: "_Words") -> str:
    """The subject of the clause after a fronted participle phrase closed at ``comma``: the words before its verb,
    after the last comma ("Born in Cobh, the youngest of five children, Moriarty grew up" -> "Moriarty")."""
    toks, verbs = roles.toks, roles.verb_starts
    end = next((k for k in range(comma + 1, len(toks))
                if k in verbs or is_auxiliary(toks[k]) or past_form(toks[k])), None)
    if end is None:
        return ""
    start = max(k for k in range(comma, end) if toks[k].text == ",") + 1
    return words.text(_take(toks, range(start, end), dated, _MAX_WHO + 2)) if end - start <= _MAX_WHO + 2 else ""


def _reduced_relative(roles: SentenceRoles, k: int) -> bool:
    """Does a past participle at ``k`` open a relative clause with no "who" on the noun before it ("a developer
    accused of paying officers", "a man wanted by police"), and not stand as an adjective ("the newly elected")?"""
    toks = roles.toks
    if k + 1 >= len(toks) or not (k in roles.verb_starts or past_form(toks[k])):
        return False
    before, after = toks[k - 1], toks[k + 1].low
    return (before.text[:1].isalpha() and before.low not in DETERMINERS and not before.low.endswith("ly")
            and not is_auxiliary(before) and after in _REDUCED_NEXT)


def _object_of_verb(toks: Sequence[Token], k: int, in_clause: set[int]) -> bool:
    """Is token ``k``, right before a noun phrase, a verb taking it as its object ("violated", "call")?"""
    if k < 1 or k not in in_clause:
        return False
    low = toks[k].low
    return (toks[k].text[:1].islower() and low.isalpha() and low not in SUBJECT_STOPS and low not in _DROP_EDGE
            and low not in _NOT_OBJECT_VERBS and not low.endswith("ly"))


def _parent_subject(roles: SentenceRoles, clause, dated: set[int]) -> list[int]:
    """The words that open the clause a clause hangs on, up to its verb or date: its subject, when short."""
    if clause.parent is None:
        return []
    toks, subject = roles.toks, []
    verbs = roles.verb_starts
    for k in roles.seg.tokens(clause.parent):
        if k in dated or k in verbs or (_bounds_phrase(toks, k) and not _and_name(toks, k)) \
                or not (toks[k].text[:1].isalnum() or toks[k].low == "'s"):
            break
        subject.append(k)
    return subject if 0 < len(subject) <= _MAX_WHO else []


def _and_name(toks: Sequence[Token], k: int) -> bool:
    """An "and" before a name: "Honda and Nissan"."""
    return toks[k].low == "and" and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()


def _name_list(roles: SentenceRoles, ks: Sequence[int]) -> bool:
    """Are the words a list of a few names ("Ukraine, the United States, the United Kingdom and Russia")?"""
    glue = {",", "and", "or", "the"}
    names = {roles.entity_of[k] for k in ks if roles.entity_of[k] is not None}
    return (2 <= len(names) <= 5 and len(ks) <= 16 and "and" in {roles.toks[k].low for k in ks}
            and all(roles.entity_of[k] is not None or roles.toks[k].low in glue for k in ks))


def _inside_name(roles: SentenceRoles, k: int) -> bool:
    """Is token ``k`` between two words of one name ("of" in "the Bank of England")?"""
    return 0 < k < len(roles.toks) - 1 and roles.entity_of[k - 1] is not None \
        and roles.entity_of[k - 1] == roles.entity_of[k + 1]


def _possessor(roles: SentenceRoles, k: int, idx: int) -> bool:
    """Is the name at token ``k`` a possessor ("Calder's former chief executive"), not the subject itself?"""
    while k + 1 < len(roles.toks) and roles.entity_of[k + 1] == idx:
        k += 1
    return k + 1 < len(roles.toks) and roles.toks[k + 1].low == POSSESSIVE


def _appositives(toks: Sequence[Token], ks: Sequence[int]) -> set[int]:
    """Comma-enclosed asides: "Petrauskas, a former official, ...", "Merkel, chancellor until 2021, ...", an age -> the
    aside and its commas; not an item of a list ("Ukraine, the United States, the United Kingdom and Russia")."""
    out: set[int] = set()
    for i, k in enumerate(ks):
        if toks[k].text == "," and i + 1 < len(ks) and (toks[ks[i + 1]].low in ("a", "an", "the") or (
                toks[ks[i + 1]].text[:1].islower() and toks[ks[i + 1]].low not in ("and", "or", "but")) or (
                i + 2 < len(ks) and toks[ks[i + 1]].text.isdigit() and len(toks[ks[i + 1]].text) <= 3
                and toks[ks[i + 2]].text == "," and toks[k - 1].text[:1].isalpha()) or (
                i + 2 < len(ks) and toks[ks[i + 2]].low == POSSESSIVE)):  # "Beckett, 54,", "Aste Nagusia, Bilbao's"
            close = next((j for j in range(i + 1, min(len(ks), i + 12)) if toks[ks[j]].text == ","), None)
            if close is not None and not any(toks[ks[j]].low in ("and", "or") for j in range(close + 1, len(ks))) \
                    and not any(is_auxiliary(toks[ks[j]]) or past_form(toks[ks[j]]) for j in range(i + 1, close)):
                out.update(ks[i:close + 1])
    return out


def _take(toks: Sequence[Token], ks: Sequence[int], dated: set[int], limit: int, stops: set[int] = frozenset(),
          cut: bool = True, drop: set[int] = frozenset(), quote_ends: bool = False, whole: int = 0) -> list[int]:
    """Tokens ``ks`` without the date (and the preposition before it) and without ``drop``. With ``cut``: stop
    where a nested clause interrupts, before a side phrase or a second predicate, and past ``limit`` words at
    the last break word, never mid-word; the tokens before ``whole`` are never trimmed from the end."""
    ks = sorted(ks)
    skip = set(drop)
    second: set[int] = set()  # "moved to Saskatoon in 2009 and today employs 64 people": a predicate of its own
    in_ks = set(ks)
    for k in ks:
        if k - 1 in dated and k + 1 in dated and toks[k].low in ("and", "to"):
            skip.add(k)  # "between September and December"
        if k in dated:
            skip.add(k)
            end = k
            while end + 1 in dated:
                end += 1
            if end + 1 < len(toks) and toks[end + 1].low == POSSESSIVE:
                continue  # "in Sunday's election" keeps its "in": "in the election"
            if end + 1 in in_ks and opens_predicate(toks, k, end + 1):
                second.add(k - 1)
            j = k - 1
            while j >= max(whole, 0) and toks[j].low in _DATE_LEAD and j not in dated:
                skip.add(j)
                j -= 1
        if toks[k].text == "(" and k + 1 in dated:  # "at 2 p.m. ET (10 p.m. UAE time)": the bracket goes with it
            close = next((j for j in range(k + 2, min(len(toks), k + _BRACKET_REACH)) if toks[j].text in "()"), None)
            if close is not None and toks[close].text == ")":
                skip.update(range(k, close + 1))
    if cut:
        skip |= _appositives(toks, ks)
    kept: list[int] = []
    prev = None
    overflow = False
    for k in ks:
        if cut and prev is not None and k != prev + 1 and len(kept) >= 3:
            break  # a nested clause interrupts
        prev = k
        if cut and kept and k in second:
            break
        if k in skip:
            continue
        if cut and kept and (k in stops or (quote_ends and toks[k].text in _QUOTE_MARKS)):
            break
        if cut and len(kept) >= 2 and toks[k].low in _CUT_BEFORE and not (
                toks[k].low == "as" and toks[k - 1].low in _AS_MUCH and toks[k - 2].low == "as"):
            break  # but "rose as much as 7.6%" goes on
        if cut and kept and toks[k].text == "," and k + 1 < len(toks) \
                and not toks[k + 1].text[:1].isupper() and toks[k + 1].start > toks[k].end:
            break  # a side phrase after the predicate (", a day after ..."), not a list of names
        if len(kept) >= limit:
            overflow = toks[k].text[:1].isalnum()
            break
        kept.append(k)
    if cut and overflow:
        breaks = [i for i in range(3, len(kept)) if toks[kept[i]].low in _BREAK_BEFORE
                  and not (toks[kept[i]].low == "of" and i + 1 < len(kept) and toks[kept[i - 1]].text[:1].isupper()
                           and toks[kept[i + 1]].text[:1].isupper())]  # "the House of Representatives"
        if breaks:
            kept = kept[:breaks[-1]]
            if len(kept) > 3 and toks[kept[-1]].low.endswith("ed"):
                kept.pop()  # "a political project aimed [at ...]"
    while kept and kept[-1] >= whole and (toks[kept[-1]].low in _DROP_EDGE
                                          or (cut and toks[kept[-1]].low in _DANGLING)):
        kept.pop()  # never into the tokens before ``whole`` (a trigger's own "in": "will be sworn in")
    while kept and (toks[kept[0]].low in _DROP_EDGE or toks[kept[0]].low in _OPENERS):
        kept.pop(0)
    return kept


def _antecedent_phrase(roles: SentenceRoles, cid: int) -> range:
    """The noun phrase a relative clause hangs on. When the clause ends its sentence, that phrase is no subject
    with the sentence's verb in it: "The inquiry centres on [the irrigation scheme], which was awarded ..."."""
    seg = roles.seg
    clause = seg.clauses[cid]
    phrase = _noun_phrase_before(roles.toks, *clause.antecedent)
    if phrase.start > 0 or len(phrase) < 3:
        return phrase
    toks = roles.toks
    after = next((k for k in range(seg.tokens(cid)[-1] + 1, len(toks))
                  if seg.of_token[k] == clause.parent and toks[k].text[:1].isalnum()), None)
    if after is not None and toks[after].low not in DETERMINERS:  # not an apposition (", a Lima builder")
        return phrase  # "The talks in Geneva, which began on Monday, collapsed": the subject it is
    return _noun_phrase_before(roles.toks, *clause.antecedent, cross=False)


def _noun_phrase_before(toks: Sequence[Token], start: int, end: int, cross: bool = True) -> range:
    """The noun phrase that ends a relative clause's antecedent: "has vowed to respond to [the EU's package of
    sanctions], which ...", "are investigating [a fire], which ...": back from the comma to a verb or a
    preposition (with ``cross``, "of" and possessives belong to the phrase, and so does a phrase that hangs on a
    noun)."""
    k = end
    while k > start:
        low = toks[k - 1].low
        if cross and low in _NP_PREPOSITIONS and k - 2 >= start and not _bounds_phrase(toks, k - 2) \
                and (k - 2 == start or any(toks[j].low in _OBJECT_OPENERS for j in range(max(start, k - 5), k - 2))):
            k -= 1  # "the agreement [with Ankara]", "the talks [in Geneva]": a phrase that hangs on a noun
            continue
        if _bounds_phrase(toks, k - 1):
            break
        k -= 1
    return range(k, end) if k < end else range(start, end)


def _has_own_subject(roles: SentenceRoles, cid: int, main: Trigger, dated: set[int]) -> bool:
    """A relative clause with a subject of its own before its verb ("which Russian forces attacked")."""
    clause = roles.seg.clauses[cid]
    if clause.kind != "rel" or clause.opener not in ("which", "that", "whom") or not main.is_verb:
        return False
    toks = roles.toks
    own = [k for k in roles.seg.tokens(cid) if k < main.start and toks[k].text[:1].isalnum()
           and toks[k].low != clause.opener and not _in_verb_group(toks[k]) and k not in dated
           and toks[k].low not in _DATE_PREPS]
    # "which plans to introduce ...": a verb whose "to" leads to the main one, not a subject
    return bool(own) and not (toks[own[0] + 1].low == "to" and toks[own[0]].text.islower())


def _bounds_phrase(toks: Sequence[Token], k: int) -> bool:
    """A verb, an auxiliary or a preposition: what a noun phrase, read backwards, stops before."""
    low = toks[k].low
    return (is_auxiliary(toks[k]) or low in _NP_BOUNDS or low in _NP_PREPOSITIONS
            or (low not in _NOT_VERBS and low.isalpha() and len(low) > 3 and toks[k].text[:1].islower()
                and low.endswith(("ed", "ing"))))


def _finite_looking(toks: Sequence[Token], k: int) -> bool:
    """A lower-case word in -s or -ed right before a determiner: most likely a verb ("ignores the", "hit his")."""
    low = toks[k].low
    return (k + 1 < len(toks) and toks[k + 1].low in _OBJECT_OPENERS and toks[k].text[:1].islower()
            and low.isalpha() and len(low) > 3
            and (low.endswith("ed") or (low.endswith("s") and not low.endswith("ss"))))


def _names(names: Sequence[str]) -> str:
    names = list(names)[:3]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _report(roles: SentenceRoles, cid: int, dated: set[int], budget: int, words: _Words) -> str:
    """The gist of what a statement reported, in plain words: the clause it governs (or, for an attribution,
    the report before it), its subject cut to its head, never a quotation."""
    seg, toks = roles.seg, roles.toks
    kind = seg.clauses[cid].kind
    for c in seg.clauses:
        if c.kind != "comp" or not (c.parent == cid or (kind == "attrib" and c.parent is None)):
            continue
        ks = [k for k in seg.tokens(c.id) if k not in seg.quote_tokens]
        if not ks or toks[ks[0]].text in _QUOTE_MARKS:
            return ""
        verbs = roles.verb_starts
        first_verb = next((i for i, k in enumerate(ks) if i > 0 and (
            k in verbs or is_auxiliary(toks[k]) or _finite_looking(toks, k))), None)
        drop: set[int] = set()
        if first_verb is not None and first_verb > 3:  # "the agreement on linking the grids ... ignores" -> head
            cut = next((i for i, k in enumerate(ks[:first_verb]) if i >= 1 and toks[k].low in SUBJECT_STOPS), None)
            if cut is not None:
                drop = set(ks[cut:first_verb])
        kept = _take(toks, ks, dated, budget, drop=drop, quote_ends=True)  # a report stops where a quote begins
        if len(kept) < _MIN_REPORT or (first_verb is not None and ks[first_verb] not in kept):
            return ""  # a report cut before its verb says nothing
        if first_verb is None and not any(k in verbs or is_auxiliary(toks[k]) or past_form(toks[k])
                                          for k in kept[1:]):
            return ""
        text = words.text(kept)
        if roles.entity_of[kept[0]] is None and toks[kept[0]].text != "I" and (
                kept[0] == 0 or not is_capitalized(toks[kept[0]].text)  # a capital mid-sentence is a name
                or toks[kept[0]].low in DETERMINERS or toks[kept[0]].low in PRONOUNS):
            text = text[:1].lower() + text[1:]
        return text
    return ""
