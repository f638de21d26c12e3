"""Kinds lent to light and ambiguous triggers by the words they govern or by their doers.

"held a rally" is a protest, "launched an offensive" an attack, "an earthquake struck" a disaster, "drones hit"
an attack, "prices jumped" a market move, "workers went on strike" and "dockworkers' strike" a walkout, not a
military strike. Order of evidence: the event noun a verb governs, the noun phrase's own doers, a passive's
"by" phrase, then the head of the clause's subject. A light verb with no lender and no kind of its own is no
trigger.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from .clauses import AUXILIARIES, Segmentation, in_name_list, is_auxiliary, np_start, past_form
from .event_kinds import DETERMINERS, NO_KIND, POSSESSIVE_PRONOUNS, Lexicon, Trigger
from .tokens import POSSESSIVE, Token

__all__ = ["settle_triggers", "SUBJECT_STOPS"]

_BE = frozenset("is are was were be been being 's 're".split())
_ADVERBS_BEFORE_VERB = frozenset("not also first last again still jointly later then never just already "
                                 "reportedly separately".split())
# Words that end a subject's head noun phrase ("A rally against the agreement", "prices in Europe").
SUBJECT_STOPS = frozenset("of in at on from against for with over about to near by after before during amid "
                          "between among across into through since under".split())
_PREPOSITIONS = SUBJECT_STOPS | frozenset("without within toward towards despite upon per via like than as off "
                                          "out up down around behind beyond".split())
_QUANTITIES = frozenset("most some many all one two three several few dozens hundreds thousands tens scores "
                        "millions part half none each both any majority number group".split())
_OBJECT_REACH = 5
# "began operating its pilot line", "will start shipping samples": the start of an activity is an opening
_START_VERBS = frozenset("begin begins began begun beginning start starts started starting".split())
_NOT_ACTIVITIES = frozenset("meeting meetings talks hearing hearings training during including".split())
_BY_REACH = 6
_SUBJECT_REACH = 16


def settle_triggers(triggers: Sequence[Trigger], toks: Sequence[Token], seg: Segmentation, named: Sequence[bool],
                    lex: Lexicon, dated: Container[int] = frozenset()) -> list[Trigger]:
    """The triggers with every ambiguous or light one settled to one kind, or dropped when nothing tells it.
    ``dated``: the tokens of dates, which lend nothing ("On 13 March the cinema will reopen": no march)."""
    if not any(t.options for t in triggers):
        return list(triggers)
    settled = list(triggers)
    by_start = {t.start: i for i, t in enumerate(settled)}
    # nouns first, so that a light verb governing an ambiguous noun ("staged a strike") reads the settled noun
    order = sorted(range(len(settled)), key=lambda i: settled[i].is_verb)
    dropped: set[int] = set()
    for i in order:
        t = settled[i]
        if not t.options:
            continue
        choice = _settle(t, settled, by_start, toks, seg, named, lex, dated)
        if choice is None:
            dropped.add(i)
        else:
            settled[i] = choice
    return [t for i, t in enumerate(settled) if i not in dropped]


def _settle(t: Trigger, triggers: Sequence[Trigger], by_start: dict[int, int], toks: Sequence[Token],
            seg: Segmentation, named: Sequence[bool], lex: Lexicon, dated: Container[int]) -> Trigger | None:
    light = any(pos == "light" for _, pos in t.options)
    own = [(k, p) for k, p in t.options if p != "light"]
    if light and not own and past_form(toks[t.start]) and any(
            not other.is_verb and other.end == t.start and _object_of_preposition(toks, other.start)
            for other in triggers):
        return None  # "said in a statement issued on Friday": the participle of the noun, which tells it
    for kind, lender in _lenders(t, triggers, by_start, toks, seg, named, lex, dated):
        if kind == NO_KIND:
            continue
        for k, p in own:
            if k == kind:
                return Trigger(t.start, t.end, k, p, t.text)
        if light:
            return Trigger(t.start, t.end, kind, "verb", t.text, lender=lender)
    # nothing lends a kind: the first kind listed ("strike" is an attack unless workers strike)
    fallback = next(((k, p) for k, p in t.options if k != NO_KIND), None)
    if fallback is None:
        return None
    return Trigger(t.start, t.end, fallback[0], "verb" if fallback[1] == "light" else fallback[1], t.text)


def _lenders(t: Trigger, triggers: Sequence[Trigger], by_start: dict[int, int], toks: Sequence[Token],
             seg: Segmentation, named: Sequence[bool], lex: Lexicon, dated: Container[int]):
    """(kind, noun start or -1) of every lender in order of evidence (a generator: most stop at the first)."""
    n = len(toks)
    cid = seg.of_token[t.start]
    if t.is_verb:  # the event noun it governs: "launched an offensive", "held a rally", "opened talks"
        k = t.end
        while k < n and k - t.end < _OBJECT_REACH and seg.of_token[k] == cid:
            if k in by_start and not triggers[by_start[k]].is_verb:
                yield triggers[by_start[k]].kind, k
                break
            low = toks[k].low
            if not (low in DETERMINERS or low in POSSESSIVE_PRONOUNS or low == POSSESSIVE or named[k]
                    or (toks[k].text[:1].islower() and low.replace("-", "").isalnum() and low not in _PREPOSITIONS
                        and low not in AUXILIARIES and low not in ("and", "or", "that"))):
                break
            k += 1
    else:  # the noun phrase's own doers: "dockworkers' strike", "a missile strike by rebels"
        k = t.start - 1
        while k >= 0 and t.start - k <= 3:
            if toks[k].low in lex.agents:
                yield lex.agents[toks[k].low], -1
            if not (toks[k].text[:1].isalnum() or toks[k].text in ("'", "’")):
                break
            k -= 1
    passive = _passive(t, toks) or (t.end < n and toks[t.end].low == "by")  # "Kyiv, hit by drones on Monday"
    if passive or not t.is_verb:
        yield from _by_phrase(t, triggers, by_start, toks, lex)
    if t.is_verb:
        yield from _subject_head(t, triggers, by_start, toks, seg, lex, dated)
        if toks[t.start].low in _START_VERBS and t.end < n and toks[t.end].low.endswith("ing") \
                and toks[t.end].low not in _NOT_ACTIVITIES:
            yield "opening", -1
    else:  # the doers of the verb it is the object of: "teachers staged a strike"
        verb = next((v for v in reversed(triggers) if v.is_verb and v.end <= t.start
                     and seg.of_token[v.start] == cid), None)
        if verb is not None:
            yield from _subject_head(verb, triggers, by_start, toks, seg, lex, dated)


def _object_of_preposition(toks: Sequence[Token], start: int) -> bool:
    """Does the noun phrase ending in the noun at ``start`` follow a preposition ("in a joint statement")?"""
    k = start - 1
    while k >= 0 and start - k <= 4 and toks[k].text[:1].isalnum() and toks[k].low not in _PREPOSITIONS:
        k -= 1
    return k >= 0 and toks[k].low in _PREPOSITIONS


def _passive(t: Trigger, toks: Sequence[Token]) -> bool:
    k = t.start - 1
    while k >= 0 and toks[k].low in ("not", "also", "reportedly", "badly", "severely", "heavily", "last", "first"):
        k -= 1
    return (k >= 0 and toks[k].low in _BE) or toks[t.start].low in ("was", "were")


def _by_phrase(t: Trigger, triggers, by_start, toks: Sequence[Token], lex: Lexicon):
    n = len(toks)
    k = t.end
    if k < n and toks[k].low != "by" and k + 1 < n and toks[k + 1].low == "by":
        k += 1  # "hit hard by", "battered again by"
    if k >= n or toks[k].low != "by":
        return
    for m in range(k + 1, min(n, k + 1 + _BY_REACH)):
        if toks[m].text in (",", ";", ":") or toks[m].low in SUBJECT_STOPS:
            return
        if m in by_start and not triggers[by_start[m]].is_verb:
            yield triggers[by_start[m]].kind, -1
            return
        if toks[m].low in lex.agents:
            yield lex.agents[toks[m].low], -1
            return


def _subject_head(t: Trigger, triggers, by_start, toks: Sequence[Token], seg: Segmentation, lex: Lexicon,
                  dated: Container[int]):
    """The lender heading the subject: the last noun trigger or doer word before the first preposition."""
    cid = seg.of_token[t.start]
    k = t.start - 1
    while k >= 0 and seg.clauses[seg.of_token[k]].parent == cid \
            and seg.clauses[seg.of_token[k]].kind in ("rel", "part"):
        k -= 1  # "the dam, a structure that held back a lake, failed": the aside ends the subject
    if k < t.start - 1 and k > 0 and toks[k].text == ",":
        k -= 1
    while k >= 0 and (is_auxiliary(toks[k]) or toks[k].low in _ADVERBS_BEFORE_VERB) and seg.of_token[k] == cid:
        k -= 1
    end = k + 1
    while k >= 0 and end - k <= _SUBJECT_REACH and seg.of_token[k] == cid \
            and (toks[k].text not in (",", ";", ":") or in_name_list(toks, k)) \
            and not (k in by_start and triggers[by_start[k]].is_verb and not (k > 0 and toks[k - 1].low == "to")) \
            and not is_auxiliary(toks[k]) and not (past_form(toks[k]) and k + 1 < end and k + 1 not in by_start
                                                        and toks[k + 1].text[:1].islower()
                                                        and toks[k + 1].low not in SUBJECT_STOPS):
        # "the strongest quake to hit Taiwan ... struck": past "to hit"; "data showed exports rose": the verb before
        k -= 1
    if k >= 0 and k in by_start and triggers[by_start[k]].is_verb and toks[end - 1].low in ("and", "but", "or"):
        # "X was confirmed by the Senate and takes over": the second predicate's doer is the first one's subject
        yield from _subject_head(triggers[by_start[k]], triggers, by_start, toks, seg, lex, dated)
        return
    clause = seg.clauses[cid]
    if end - k <= 2 and clause.kind == "rel" and clause.antecedent and clause.opener in ("which", "who", "that"):
        k, end = clause.antecedent[0] - 1, clause.antecedent[1]  # "talks, which began ...": the antecedent
    elif end == t.start and clause.kind == "part" and k > 0 and toks[k].text == ",":
        k, end = np_start(toks, k) - 1, k  # "The Environment Act, passed in 2021, ...": the noun phrase before
    best = None
    noun = -1
    for m in range(k + 1, end):
        low = toks[m].low
        if low == "of" and m > k + 1 and (toks[m - 1].low in _QUANTITIES or toks[m - 1].low.isdigit()):
            continue  # "most of the drones", "hundreds of workers"
        if low in SUBJECT_STOPS and m > k + 1:  # an opener ("after an outage hit") stands before the subject
            break
        if m in dated:
            continue
        if m in by_start and not triggers[by_start[m]].is_verb:
            best, noun = triggers[by_start[m]].kind, m
        elif (doer := _doer_kind(low, lex)) is not None \
                and not (m + 1 < end and toks[m + 1].low in lex.words["compound-head"]):  # "the construction sector"
            best, noun = doer, -1
    if best is None and k > 0 and toks[k].text == "," and k + 1 < end and toks[k + 1].low in DETERMINERS \
            and seg.of_token[k - 1] == cid:  # "The Laurel Fork Dam, a 57-year-old earthen structure, failed"
        m = k - 1
        while m >= 0 and k - m <= _SUBJECT_REACH and seg.of_token[m] == cid and toks[m].text not in (",", ";", ":") \
                and not is_auxiliary(toks[m]) and not (m in by_start and triggers[by_start[m]].is_verb):
            if (doer := _doer_kind(toks[m].low, lex)) is not None:
                yield doer, -1
                return
            m -= 1
    if best is not None:
        yield best, noun


def _doer_kind(low: str, lex: Lexicon) -> str | None:
    """The kind a subject's word lends: a doer ("missiles", "prices") or the event noun a name ends in."""
    return lex.agents.get(low) or _event_noun(low, lex)


def _event_noun(low: str, lex: Lexicon) -> str | None:
    """The kind of an event noun that a name ends in ("Fire", "Storm"), which no trigger stands for there."""
    return next((kind for kind, pos in lex.forms.get(low, ()) if pos == "noun" and kind != NO_KIND), None)
