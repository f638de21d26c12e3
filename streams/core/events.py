"""Dated event mentions from an article's cleaned text and the dates tagged in it.

For every date that resolves to a calendar day, month or year, the event is what the date's own clause tells,
through the trigger nearest the date: a verb ("refused Wednesday"), or a noun ("Poland's call on Tuesday", "a
visit to Kyiv on Tuesday"). A noun in a setting phrase ("during a visit ...") dates the clause's main verb, which
becomes the main kind: "suggested a deployment during a visit to Kyiv on Tuesday" -> kinds
("proposal", "visit"). A noun with a doer of its own ("Poland's call") is an event of its own, by that doer.
Reported speech dates the statement when the date stands with the speech verb ("said on Wednesday that ...")
and what was said when it stands inside the report. Surnames resolve to the full name seen earlier in the
article; a capital that acts stands for its country (aliases.tsv).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .entities import AliasTable, default_aliases, find_entities
from .event_kinds import Trigger
from .event_roles import ArticleMemory, SentenceRoles
from .event_summary import summarize
from .sentences import split
from .types import EventMention, Timex

__all__ = ["extract_events", "event_date"]

# A date with one of these modifiers bounds an event ("before March") without dating it.
_UNDATING_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN"})
_GRANULARITIES = frozenset({"day", "week", "month", "year"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True, slots=True)
class _Dated:
    timex: Timex
    date: str
    granularity: str


def event_date(timex: Timex) -> tuple[str, str] | None:
    """``(date, granularity)`` when a timex dates an event, else None.

    Only DATE timexes with a concrete calendar value: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), ``YYYY``
    (year). An ISO week becomes its month when all seven days fall in one month, else its year when they fall
    in one year (a week across New Year dates nothing). PRESENT_REF, durations, sets, underspecified values
    ("XXXX-03-15") and bounds ("before March") never date an event.
    """
    if timex.type != "DATE" or timex.granularity not in _GRANULARITIES or timex.mod in _UNDATING_MODS:
        return None
    value = timex.value
    try:
        if m := _DAY.match(value):
            date(int(m[1]), int(m[2]), int(m[3]))
            return value, "day"
        if m := _MONTH.match(value):
            return (value, "month") if 1 <= int(m[2]) <= 12 else None
        if _YEAR.match(value):
            return value, "year"
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            sunday = date.fromisocalendar(int(m[1]), int(m[2]), 7)
            if (monday.year, monday.month) == (sunday.year, sunday.month):
                return f"{monday.year:04d}-{monday.month:02d}", "month"
            if monday.year == sunday.year:
                return f"{monday.year:04d}", "year"
    except ValueError:
        return None
    return None


def extract_events(text: str, timexes: Sequence[Timex], *, dateline_place: str | None = None,
                   aliases: AliasTable | None = None) -> list[EventMention]:
    """One EventMention per (clause, dating timex) in ``text``; ``timexes`` carry offsets into ``text``."""
    aliases = aliases or default_aliases()
    dated = sorted((_Dated(t, *found) for t in timexes if (found := event_date(t))), key=lambda d: d.timex.start)
    if not dated:
        return []
    news_day = _news_day(dated)
    fallback = aliases.canonical(dateline_place) if dateline_place else None
    memory = ArticleMemory()
    out: list[EventMention] = []
    first = 0  # dated is sorted by start: walk it along the sentences
    for s, e in split(text):
        sentence = text[s:e]
        entities = find_entities(sentence, aliases, people=memory.people)
        while first < len(dated) and dated[first].timex.start < s:
            first += 1
        here = []
        for d in dated[first:]:
            if d.timex.start >= e:
                break
            if d.timex.end <= e:
                here.append(d)
        if here:
            roles = SentenceRoles(sentence, entities, [(d.timex.start - s, d.timex.end - s) for d in here],
                                  aliases, memory)
            seen: set[tuple[int, str]] = set()
            for d in here:
                mention = _mention(roles, sentence, s, d, entities, news_day, fallback)
                if mention is not None and (key := (roles.seg.of_token[_first_token(roles, d, s)], d.date)) \
                        not in seen:
                    seen.add(key)
                    out.append(mention)
            main_subject = roles.subject(0)
            if main_subject:
                memory.last_subject = tuple(main_subject)
        memory.observe(entities)
    return out


def _first_token(roles: SentenceRoles, d: _Dated, offset: int) -> int:
    span = roles.token_span(d.timex.start - offset, d.timex.end - offset)
    return span[0] if span else 0


def _news_day(dated: Sequence[_Dated]) -> str | None:
    """The day the article is mostly about: its most frequent day date (the latest on a tie)."""
    days = Counter(d.date for d in dated if d.granularity == "day")
    if not days:
        return None
    return max(days, key=lambda v: (days[v], v))


def _mention(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, entities, news_day: str | None,
             fallback: str | None) -> EventMention | None:
    span = roles.token_span(d.timex.start - offset, d.timex.end - offset)
    if span is None:
        return None
    dating = roles.nearest_trigger(*span)
    if dating is None:
        return None
    cid = roles.seg.of_token[span[0]]
    clause_trigs = roles.clause_triggers(cid)
    agents = roles.own_agents(dating)
    framed = roles.is_framed(dating)
    if not dating.is_verb and not framed:
        main = dating
        hosts = [dating]
        verbs_before = any(t.is_verb and t.start < dating.start for t in clause_trigs)
        actors = list(agents)
        if roles.lex.has(dating.kind, "participants") or (not agents and not verbs_before):
            actors += [a for a in roles.subject(cid) if a not in actors]
        kinds = [dating.kind]
    else:
        main = dating if dating.is_verb else _main_verb(clause_trigs, dating) or dating
        framed_nouns = [t for t in clause_trigs if not t.is_verb and roles.is_framed(t)]
        hosts = [main, dating, *framed_nouns]
        actors = roles.subject(cid)
        actors += [a for a in agents if a not in actors]
        kinds = [main.kind, dating.kind, *(t.kind for t in clause_trigs if t.is_verb),
                 *(t.kind for t in framed_nouns)]
    obj_actors, obj_places = roles.objects(main, cid)
    actors += [a for a in obj_actors if a not in actors]
    places = roles.places_of(hosts, cid)
    places += [p for p in obj_places if p not in places]
    places += [p for p in roles.where_antecedent(cid) if p not in places]
    # no place of its own: a meeting, statement, refusal ... on the news day happened in the dateline city
    used_fallback = False
    if not places and fallback and roles.lex.has(main.kind, "dateline") and d.granularity == "day" \
            and d.date == news_day and not _located_elsewhere(roles, cid, fallback):
        places = [fallback]
        used_fallback = True
    kinds = list(dict.fromkeys(kinds))
    clause_entities = tuple(e for e in entities if roles.seg.of_token[roles.token_at(e.start)] == cid)
    summary = summarize(roles, cid, main, dating, actors, places, span, used_fallback)
    return EventMention(
        sentence=sentence,
        sentence_start=offset,
        summary=summary,
        kind=main.kind,
        trigger=main.text,
        actors=tuple(actors),
        places=tuple(places),
        timex=d.timex,
        date=d.date,
        granularity=d.granularity,
        entities=clause_entities,
        kinds=tuple(kinds),
    )


def _located_elsewhere(roles: SentenceRoles, cid: int, place: str) -> bool:
    """Does the clause name an actor that sits in a known place other than the dateline's ("the White House
    said", in a story datelined Brussels)?"""
    for idx, e in enumerate(roles.entities):
        if roles.located_actor(idx) and e.canonical != place \
                and roles.seg.of_token[roles.token_at(e.start)] == cid:
            return True
    return False


def _main_verb(clause_trigs: Sequence[Trigger], noun: Trigger) -> Trigger | None:
    """The verb a setting phrase belongs to: the nearest verb before the noun, else after it."""
    before = [t for t in clause_trigs if t.is_verb and t.end <= noun.start]
    if before:
        return before[-1]
    return next((t for t in clause_trigs if t.is_verb and t.start >= noun.end), None)
