"""Temporal tagger: find TIMEX3 expressions in news text and resolve them against the publication date.

The rules are data (``timex_rules/en/``, compiled once by :mod:`streams.core.timex_rulebook`); this module runs
them and settles what they found: the longest match wins where matches overlap, REMOVE rules veto false matches
("Russia Today", "Theresa May"), and every underspecified value is filled by :mod:`streams.core.timex_resolve`
with the publication date, the tense around the expression, and the date the text mentioned last.

Anchoring follows news usage (HeidelTime's "news" mode): deictic expressions (weekdays, "yesterday", "last
week", a month without a year) count from the publication date even after an older date in the same paragraph,
as TempEval-3's news annotations do; anaphoric ones ("two days later", "the following Tuesday", "that day",
"a year earlier") count from the last date the text named itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from streams.core.timex_calendar import (
    UNIVERSAL_ZONE,
    WEEKDAYS,
    describe_part,
    granularity_of,
    parse_reference,
    part_bounds,
    restated_elsewhere,
)
from streams.core.timex_resolve import NO_YEAR_GIVEN, resolve_value
from streams.core.timex_rulebook import Rule, Rulebook, rulebook
from streams.core.timex_tense import POSSESSIVE_S, direction as tense_direction, in_a_headline
from streams.core.timex_tokens import NUM, TOKEN, tokens_of_lowered
from streams.core.types import Timex

__all__ = ["tag", "told_before_midnight", "resolve", "after_since", "in_past_perfect", "dates_a_telling", "opens_line",
           "CLOCK_CHAIN_REACH", "CLOCK_REACH", "CLOCK_VALUE", "PART_HOURS", "STORY_TELLS", "TOLD_AGAIN"]

_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?({'|'.join(WEEKDAYS)})", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
STORY_TELLS = "as the story below the headline tells it"
_NEEDS_DIRECTION = ("UNDEF-weekday", "UNDEF-year", "UNDEF-this-weekend", "UNDEF-monthday", "UNDEF-refyear")
_WEEKDAY = "UNDEF-weekday-"  # a weekday told alone: "on Friday"
_THE_WEEKDAY = "UNDEF-refweekday-same-"  # "on the Saturday": of the week told last
PART_HOURS = {"MO": (5, 12), "AF": (12, 18), "EV": (17, 23), "NI": (19, 5)}  # a part of the day's [first, last) hour
_PART_OF_A_DAY = re.compile(rf"\d{{4}}-\d\d-\d\dT(?:{'|'.join(PART_HOURS)})$")
_ANAPHORIC = ("UNDEF-ref", "UNDEF-thisq", "UNDEF-qin")
_RECENT_DAYS = timedelta(days=13)  # a day dated with its weekday's name this close before publication stands for it
_SPAN_VERB_REACH = 120  # characters before a span of weekdays in which the verb that dates it is
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|nt)\b", re.IGNORECASE)  # "has issued"
_CLOCK_ON_THE_DAY = "UNDEF-refperiod-dayT"  # a clock time that names no day: "at 2.47am"
_NEXT_DAY_OR_WEEK = re.compile(r"UNDEF-refperiod-(?:day|week)(?:-|$)")  # "the following day", "the next week"
_DAYS_SHIFT = re.compile(r"UNDEF-refq?-(?:day|week)-")  # "two days earlier", "a week later"
_CLOCK_SHIFT = re.compile(r"UNDEF-refq?-(?:hour|minute)-")  # "two hours later", "20 minutes earlier"
_PERFECT_REACH = 40  # characters before a clock time in which a past perfect ("had been cut at") is its clause's
CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d$")  # a clock time on a known day
CLOCK_CHAIN_REACH = 800  # characters from a clock time on a known day to a later one that names none
CLOCK_REACH = 400  # characters from a day's date to a clock time that names none, read as on that day
_MOD_WINDOW = 30
_DATE_BOUNDS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})  # signals that bound a date
_NOT_ON_THE_CALENDAR = {"DURATION": "a length of time, not a date", "SET": "a recurring time, not a date"}
_SPACES = re.compile(r"\s+")
_NO_YEAR = re.compile(r"^XXXX-(?=\d\d(?:-\d\d)?(?:T|$))")
_YEAR_BEFORE = ("UNDEF-refq-year", "UNDEF-thisq-year", "UNDEF-qin")  # a year ago, year-earlier, the 1988 period
_SPAN_OF_MONTHS = re.compile(r"^P(?:[12457-9]|1[0-2])M$")  # six or nine months: a report's period, not a quarter
_YEAR = re.compile(r"^\d{4}$")
TOLD_AGAIN = re.compile(r",\s*(?:in|on)?\s*")  # between a date and the same date in finer words: "2022, in June"
_WEEKDAY_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|or|to|through|until)|-|–)\s*(?:on\s+)?", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|until|till|through)\s*")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.IGNORECASE)
_COUNTED_UNIT = re.compile(r"\b(year|month)s?\b", re.IGNORECASE)
_NO_YEAR_YET = "UNDEF-year-"  # a month or day whose year is still to be found: "UNDEF-year-06"
# what stands before a year that frames its sentence: the sentence's start, perhaps "In", and after it a separator
_FRAME_LEAD = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+|\n\s*)(?:[-•*]\s*)?(?P<prep>(?:back\s+)?in\s+|on\s+|by\s+|"
                         r"during\s+)?$", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^(\d{4})(-\d\d-\d\d)$")
_DAY_OR_PART = frozenset({"day", "time"})  # "Thursday", "Thursday afternoon"
_WEEK = timedelta(days=6)
_PERIOD_NAMES = frozenset({"quarter", "half", "season"})
_NAMES_A_NOUN = re.compile(r"[\s-]+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|as|than|when|while|after|before|"
                           r"was|were|is|are|has|had|have|will|would|the|a|an)\b)[a-z]")
_DATED = re.compile(r"^\d{4}(?:-\d\d){0,2}$")  # a year, a month or a day, with its year
_TOLD_REACH = 600  # characters after a day written in full within which a day with no year may be in its year
_TOLD_SPAN_DAYS = 31  # ... a day that falls on or up to a month after a day told
_PART_MODS = frozenset({"START", "MID", "END"})  # early, mid-, late
# "the end of the month", "earlier in the year": after a date in the same sentence, that date's month or year
_THE_UNIT = {"UNDEF-this-month": (re.compile(r"\bthe\s+month\b", re.IGNORECASE), "month", 7),
             "UNDEF-this-year": (re.compile(r"\bthe\s+(?:full\s+|fiscal\s+|calendar\s+)?year\b", re.IGNORECASE),
                                 "year", 4)}
_FRAME_SEPARATOR = re.compile(r"\s*(?:,|:|\s[-–—]\s)")
_WHEN_AFTER = re.compile(r",?\s+when\s")
# a year that names a thing a relative clause tells more of: "the 1991 cyclone, which struck on 29 April"
_THING_OF_THE_YEAR = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+(?:which|that)\s")
# a year that names the thing its sentence is about: "The 2026 match will be played on July 30 and 31"
_THE_YEARS_THING = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+|\n\s*)the\s+$", re.IGNORECASE)
_A_NOUN_NEXT = re.compile(r"\s+[a-z]")
# a year that names a budget names the year it pays for, not the one it is presented or debated in
_FISCAL_THING = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:budgets?|estimates|appropriations?|finance\s+bill|"
                           r"spending\s+plans?|fiscal|financial)\b", re.IGNORECASE)
_MONTH_DAY = "UNDEF-monthday-"
_LIST_SLIP = timedelta(days=31)  # how far a dated list's line may read before the line above, in the same year
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s|\n")
_AT_ITS_DAY = re.compile(r"[ \t]*(?:,|\bat\b|\bfrom\b)?[ \t]*")  # between a day and its clock time: "Wed 30 April, 8pm"
# "had been at sea since 2 July": where a state began, which the story's later "at 02:10" is not on
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:on\s+)?$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_WEEKDAY_SIDE = re.compile(r"^UNDEF-weekday-(before|after)-(?=[1-7]$)")


@dataclass(frozen=True, slots=True)
class _Found:
    """A rule's match, its value not read yet: most matches lose to a longer one that overlaps them."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    reach: int  # length of the whole match, context included


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: Rule
    value: str
    mod: str | None
    reach: int  # length of the whole match, context included


def tag(text: str, published_at: date, head_end: int = 0) -> list[Timex]:
    """Every temporal expression in ``text``, sorted by start and non-overlapping, resolved against ``published_at``.

    ``head_end``: where the headline and standfirst lines at the top of ``text`` end. A bare weekday there is the
    one the story below them tells (see ``_as_the_story_tells``).

    >>> [t.value for t in tag("Talks opened on Tuesday.", date(2022, 3, 16))]
    ['2022-03-15']
    """
    pub = _as_date(published_at)
    if not text:
        return []
    book = rulebook()
    found, vetoes = _candidates(text, book)
    timexes = _realize(text, _with_modifiers(text, _select(found, vetoes, book), book), pub, book)
    return _as_the_story_tells(timexes, head_end) if head_end else timexes


_THIS_EVENING = re.compile(r"(?:late\s+)?(?:tonight|this\s+evening)", re.IGNORECASE)


def told_before_midnight(text: str, timexes: Sequence[Timex], published_at: date) -> list[Timex]:
    """The timexes of a story published in the small hours, whose "tonight" and "this evening", told as done, are
    the evening just gone, of the day before the publication date (a match report filed at 00:40: "Tonight the
    bowlers set it up"); what "will" happen "this evening" is still ahead."""
    pub = published_at.isoformat()
    day_before = (published_at - timedelta(days=1)).isoformat()
    book = rulebook()
    return [replace(t, value=day_before + t.value[len(pub):],
                    resolution=f"the evening before the publication date {pub}, told just after midnight")
            if _THIS_EVENING.fullmatch(t.text) and t.value.startswith(pub)
            and tense_direction(text, t.start, t.end, book.tense) != "future" else t
            for t in timexes]


def _as_the_story_tells(timexes: list[Timex], head_end: int) -> list[Timex]:
    """A headline's or standfirst's bare weekday takes the day the story tells with that weekday's name, where
    every telling of it below agrees ("Thursday", "5pm on Thursday", "Thursday morning"): a headline's present
    tense leaves the way open ("Port workers strike Thursday" over "will strike on Thursday"; "Council approves
    budget Tuesday" over "approved it on Tuesday"). Its day of a month with no year takes the year the story tells
    it in ("run-off on 6 December" over "a run-off on Sunday 6 December")."""
    told: dict[str, set[str]] = {}
    for t in timexes:
        if t.start < head_end or not _DAY_VALUE.match(t.value[:10]):
            continue
        if (named := _WEEKDAY_WORD.search(t.text)) and named[1].lower() in t.resolution.lower():
            # the weekday chose the day ("5pm on Thursday"), not its date ("Friday, August 22")
            told.setdefault(named[1].lower(), set()).add(t.value[:10])
        told.setdefault(t.value[4:10], set()).add(t.value[:10])  # "-12-06": the year of "6 December"
    if not told:
        return timexes
    settled = []
    for t in timexes:
        if t.start < head_end and (named := _BARE_WEEKDAY.fullmatch(t.text)) \
                and len(days := told.get(named[1].lower(), ())) == 1 and (day := next(iter(days))) != t.value:
            t = replace(t, value=day, resolution=f"{named[1]} {STORY_TELLS} ({day})")
        elif t.start < head_end and NO_YEAR_GIVEN in t.resolution and _DAY_VALUE.match(t.value) \
                and len(days := told.get(t.value[4:10], ())) == 1 and (day := next(iter(days))) != t.value:
            t = replace(t, value=day, resolution=f"{t.text} {STORY_TELLS} ({day})")
        settled.append(t)
    return settled


def resolve(value: str, published_at: date) -> str:
    """Fill an underspecified value (``UNDEF-weekday-2``, ``UNDEF-year-02``...) against the publication date.

    TIMEX3's own ``XXXX-02``, ``XXXX-03-15`` (no year) and ``UNDEF-weekday-before-2`` / ``-after-2`` are read too.

    >>> resolve("UNDEF-this-week-MINUS-1", date(2022, 3, 16))
    '2022-W10'
    >>> resolve("XXXX-02", date(2022, 3, 16))
    '2022-02'
    """
    value = _NO_YEAR.sub(_NO_YEAR_YET, value)
    value = _WEEKDAY_SIDE.sub(lambda m: f"UNDEF-{'last' if m[1] == 'before' else 'next'}-weekday-", value)
    return resolve_value(value, _as_date(published_at))[0]


def _as_date(published_at: date) -> date:
    if isinstance(published_at, datetime):
        return published_at.date()
    if not isinstance(published_at, date):
        raise TypeError(f"published_at must be a date, got {type(published_at).__name__}")
    return published_at


def _candidates(text: str, book: Rulebook) -> tuple[list[_Found], list[tuple[int, int]]]:
    dispatch, anywhere = book.dispatch, book.anywhere
    found: list[_Found] = []
    vetoes: list[tuple[int, int]] = []
    lowered = text.lower()
    exact_case = len(lowered) != len(text)  # a few letters lower-case to two characters: keep offsets right
    # starts whose rules wait for more tokens: where each starts and what its next token may be
    waiting: list[tuple[int, dict]] = []
    for token in TOKEN.finditer(text) if exact_case else tokens_of_lowered(lowered):
        key = NUM if token.lastindex else token[0].lower() if exact_case else token[0]
        if waiting:
            still = []
            for start, children in waiting:
                node = children.get(key)
                if node is not None:
                    if node[1]:
                        _try(text, start, node[1], book, found, vetoes)
                    if node[0]:
                        still.append((start, node[0]))
            waiting = still
        if anywhere:
            _try(text, token.start(), anywhere, book, found, vetoes)
        node = dispatch.get(key)
        if node is not None:
            if node[1]:
                _try(text, token.start(), node[1], book, found, vetoes)
            if node[0]:
                waiting.append((token.start(), node[0]))
    return found, vetoes


def _try(text: str, start: int, rules: tuple[Rule, ...], book: Rulebook, found: list[_Found],
         vetoes: list[tuple[int, int]]) -> None:
    for rule in rules:
        match = rule.regex.match(text, start)
        if match is None:
            continue
        if rule.type == "REMOVE":
            vetoes.append(match.span())
            continue
        span = match.span(rule.span) if rule.span and match.group(rule.span) is not None else match.span()
        if "\n\n" in text[span[0]:span[1]]:
            continue  # no expression runs across paragraphs: "... from 6am" / "Friday, September 8: ..."
        found.append(_Found(span[0], span[1], rule, match, match.end() - match.start()))


def _select(found: list[_Found], vetoes: list[tuple[int, int]], book: Rulebook) -> list[_Candidate]:
    """Longest first (then the one read with more context, then rule order); drop what overlaps a REMOVE match
    or an expression already chosen, and a match whose words have no value (as if it had not matched)."""
    vetoed = _Intervals()
    for start, end in sorted(vetoes, key=lambda v: v[0] - v[1]):
        vetoed.add_if_free(start, end, merge=True)
    chosen = _Intervals()
    kept: dict[int, _Candidate] = {}
    for one in sorted(found, key=lambda c: (c.start - c.end, -c.reach, c.rule.priority, c.start)):
        if vetoed.overlaps(one.start, one.end) or chosen.overlaps(one.start, one.end):
            continue
        value = book.fill(one.rule.value, one.match)
        if value:
            chosen.add_if_free(one.start, one.end)
            kept[one.start] = _Candidate(one.start, one.end, one.rule, value,
                                         book.fill(one.rule.mod, one.match) or None, one.reach)
    return [kept[start] for start in sorted(kept)]


class _Intervals:
    """Disjoint half-open intervals, kept sorted, with overlap tests in logarithmic time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_right(self.starts, start)
        return (at > 0 and self.ends[at - 1] > start) or (at < len(self.starts) and self.starts[at] < end)

    def add_if_free(self, start: int, end: int, merge: bool = False) -> bool:
        """Add the interval unless it overlaps one already there (with ``merge``: join them instead)."""
        if self.overlaps(start, end):
            if not merge:
                return False
            at = bisect_right(self.starts, start)
            low = at - 1 if at > 0 and self.ends[at - 1] > start else at
            high = at
            while high < len(self.starts) and self.starts[high] < end:
                high += 1
            start, end = min(start, self.starts[low]), max(end, self.ends[high - 1])
            del self.starts[low:high], self.ends[low:high]
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)
        return True


def _with_modifiers(text: str, chosen: list[_Candidate], book: Rulebook) -> list[_Candidate]:
    """Take in "about", "more than"... in front of a count; set the mod of "before"/"after" a date."""
    out: list[_Candidate] = []
    previous_end = 0
    for candidate in chosen:
        if candidate.mod is None:
            window_start = max(previous_end, candidate.start - _MOD_WINDOW)
            before = text[window_start:candidate.start]
            prefix = book.mod_prefix.search(before)
            if prefix and _is_count(text, candidate, book):
                candidate = replace(candidate, start=window_start + prefix.start("w"),
                                    mod=book.normalizations["mod_prefix"][_SPACES.sub(" ", prefix["w"].lower())])
            else:
                signal = book.mod_signal.search(before)
                mod = book.normalizations["mod_signal"][_SPACES.sub(" ", signal["w"].lower())] if signal else None
                if mod in _DATE_BOUNDS and candidate.rule.type in ("DATE", "TIME") \
                        and not POSSESSIVE_S.match(text, candidate.end) \
                        or mod is not None and mod not in _DATE_BOUNDS and _is_count(text, candidate, book):
                    candidate = replace(candidate, mod=mod)
        out.append(candidate)
        previous_end = candidate.end
    return out


def _is_count(text: str, candidate: _Candidate, book: Rulebook) -> bool:
    """Does the expression start with a number ("three years", "7:15 p.m.", "a decade ago")?"""
    head = TOKEN.match(text, candidate.start)
    if head is None:
        return False
    word = head.group().lower()
    return word[0].isdigit() or word in book.normalizations["number"]


def _in_part_of_day(clock: str, part: str) -> bool:
    """Does the clock time of ``clock`` ("UNDEF-refperiod-dayT15:00") fall in the part of the day ``part`` names
    ("2026-02-09TAF")?"""
    hour = clock[len(_CLOCK_ON_THE_DAY):][:2]
    if not hour.isdigit():
        return False  # a part of the day itself ("that evening")
    hour = int(hour)
    first, last = PART_HOURS[part[-2:]]
    return first <= hour < last if first < last else hour >= first or hour < last


def _names_its_thing(text: str, start: int, end: int) -> bool:
    """Does the year at ``start:end`` name a thing that a relative clause, or its sentence, tells of ("the 1991
    cyclone, which struck on 29 April", "The 2026 match will be played on July 30")?"""
    if _FISCAL_THING.match(text, end):
        return False  # "The 2026 budget, which the government presented on 15 October"
    return _THING_OF_THE_YEAR.match(text, end) is not None or _names_its_sentence(text, start, end)


def _names_its_sentence(text: str, start: int, end: int) -> bool:
    """Does the year at ``start:end`` open its sentence as the name of what it tells of ("The 2026 match ...")?"""
    return _THE_YEARS_THING.search(text, max(0, start - 8), start) is not None \
        and _A_NOUN_NEXT.match(text, end) is not None


def _frames_its_sentence(text: str, start: int, end: int) -> bool:
    """Does the date at ``start:end`` open its sentence as the frame of what follows ("In 1895, the canal opened
    in June", a timeline's "1895 — The canal opens in June", "On Nov. 15, 2017, ... was put off to Nov. 23")?"""
    lead = _FRAME_LEAD.search(text, max(0, start - 24), start)
    return lead is not None and (lead["prep"] is not None or _FRAME_SEPARATOR.match(text, end) is not None)


def _realize(text: str, chosen: list[_Candidate], pub: date, book: Rulebook) -> list[Timex]:
    timexes = []
    directions: list[str | None] = []  # each expression's tense reading ("past:near": "were banned from Friday")
    reference: str | None = None  # what later "a year earlier", "the next day" count from
    zoned = False  # the reference is a clock time in UTC/GMT
    reference_end = -1  # where the expression that set the reference ends
    quarter_reference: str | None = None  # what "a year ago" compares with in an earnings report
    # where the last quarter, and the last span of months a report speaks of ("the nine months"), ended: until the
    # next quarter, comparisons ("a year earlier") are with the year before, not with a quarter
    quarter_end = period_end = -1
    # the date that opens a sentence ("In 1895, ...", "In July, ..."), its year when the text gave it, and where
    # that sentence ends
    frame, frame_year, frame_end = "", "", -1
    order: str | None = None  # how the text writes its dates, "day" or "month" first: read when first needed
    told: tuple[str, int] | None = None  # the last day the text wrote with its year, and where it ended
    day_reference: tuple[str, int] | None = None  # the last reference that named a day, and where it ended
    last_clock = ("", -1)  # the value of the last clock time on a known day ("2025-11-13T03:47"), and its end
    since = False  # the reference is where a state began ("since 2 July")
    last_day: str | None = None  # the last day told, ahead of the publication or not
    day_ahead: tuple[str, int] | None = None  # the last day told ahead of the publication, and where it ended
    last_part: tuple[str, int] | None = None  # the last part of a day told ("2026-02-09TAF"), and where it ended
    for candidate in chosen:
        framed = candidate.start < frame_end
        if candidate.value.startswith(_NO_YEAR_YET) and framed and frame_year:  # "... opened in June": 1895's
            candidate = replace(candidate, value=frame_year + candidate.value[len(_NO_YEAR_YET) - 1:])
        if candidate.value.startswith(_THE_WEEKDAY) and last_day is None:  # no week told: "on the Saturday"
            candidate = replace(candidate, value=_WEEKDAY + candidate.value[len(_THE_WEEKDAY):])
        direction = None
        if candidate.value.startswith(_NEEDS_DIRECTION):
            direction = tense_direction(text, candidate.start, candidate.end, book.tense)
            if direction in (None, "past:near") and candidate.value.startswith(_WEEKDAY) \
                    and in_a_headline(text, candidate.start, candidate.end):
                # "schools shut Friday": a headline's present tells of the days around it, before or ahead, and so
                # does its passive with no auxiliary ("Classes suspended on Friday")
                direction = "nearest"
        references = (reference, quarter_reference)
        # "Wed 30 April, 8pm", "on Friday at 3pm": a clock time right after its day is on it, whatever was told before
        at_its_day = candidate.value.startswith(_CLOCK_ON_THE_DAY) and reference is not None \
            and _AT_ITS_DAY.fullmatch(text, reference_end, candidate.start) is not None
        if candidate.value.startswith(_CLOCK_ON_THE_DAY) and day_reference and reference != day_reference[0] \
                and not (reference and CLOCK_VALUE.match(reference) and last_clock[0] == reference) \
                and (since or ((candidate.start - day_reference[1] <= CLOCK_REACH
                                or _later_on_the_clock(candidate, day_reference[0], last_clock))
                               and not opens_line(text, candidate.start)
                               and _SENTENCE_END.search(text, reference_end, candidate.start))):
            # "in the early hours of Thursday. The tiara was made in 1811. An alarm was triggered at 2.47am": a
            # year or a month told in passing, or a day ahead ("before a March 31 deadline"), does not say which day
            # a clock time is on; the last day told up to the publication does, when it is near, and always when
            # the day told since is where a state began
            references = (day_reference[0], quarter_reference)
        if candidate.value.startswith(_CLOCK_ON_THE_DAY) and not at_its_day and last_clock[0] \
                and last_clock[0][:10] <= pub.isoformat() and (ahead := parse_reference(references[0])) \
                and ahead[1] == "day" and ahead[0] > pub and _later_on_the_clock(candidate, last_clock[0], last_clock):
            # "a debate that began at 1pm yesterday ... withdraw departures from 1 February ... spoke shortly after
            # 9pm": the hours of the day the story is telling go on; a day ahead told between is a plan's
            references = (last_clock[0][:10], quarter_reference)
        if candidate.value.startswith(_CLOCK_ON_THE_DAY) and (on := parse_reference(references[0])) \
                and on[1] == "day" and on[0] < pub \
                and _SENTENCE_END.search(text, reference_end, candidate.start) \
                and tense_direction(text, candidate.start, candidate.end, book.tense) == "future":
            # "The heart of the festival is 20 December, ... proclaimed on 20 December 1848. A dawn ceremony will be
            # held at 5.30am": what is yet to come is on the day ahead its paragraph told, not on a day long gone
            # (the story's own days' hours may still be ahead: "will publish a hazard map at 15:00"); with none, on
            # the day of publication ("struck Réunion on February 28 last year. The next bulletin is due at 16:10"),
            # as it is after a day just gone ("Tuesday's flight landed at 3.05pm. The ferry will make its last run
            # at 7am")
            ahead_here = on[0] < pub - _RECENT_DAYS and day_ahead and "\n" not in text[day_ahead[1]:candidate.start]
            references = (day_ahead[0] if ahead_here else pub.isoformat(), quarter_reference)
        if candidate.value.startswith(_CLOCK_ON_THE_DAY) and not at_its_day \
                and (on := parse_reference(references[0])) and on[1] == "day" and on[0] > pub \
                and _SENTENCE_END.search(text, reference_end, candidate.start) \
                and tense_direction(text, candidate.start, candidate.end, book.tense) in ("past", "past:near"):
            # "The talks will resume on Monday. 'Nobody will be pushed out,' he told analysts on a call at 10am":
            # what is told as done is not on a day still ahead, but on the last day told up to the publication
            references = (day_reference[0] if day_reference else pub.isoformat(), quarter_reference)
        if candidate.value.startswith(_CLOCK_ON_THE_DAY) and last_part and last_part[0][:10] != references[0] \
                and candidate.start - last_part[1] <= CLOCK_REACH and _in_part_of_day(candidate.value, last_part[0]) \
                and not at_its_day and not (last_clock[1] > last_part[1] and last_clock[0][:10] <= pub.isoformat()
                                            and not _SENTENCE_END.search(text, last_clock[1], candidate.start)):
            # "announced this afternoon, after talks collapsed on Friday. ... told a press conference at 3pm": the
            # afternoon's day, which its hours hold, not the day told since; but not over a clock time before it in
            # its sentence ("will leave at 11.30am and land at 12.15pm")
            references = (last_part[0][:10], quarter_reference)
        if (_NEXT_DAY_OR_WEEK.match(candidate.value) or _DAYS_SHIFT.match(candidate.value)) and reference \
                and (len(reference) < 8 or "W" in reference) and last_day \
                and _SENTENCE_END.search(text, reference_end, candidate.start):
            # "announced a loss for the fourth quarter on February 26 ... a year earlier. Its shares fell the
            # following day": a day after the last day told, not after a quarter (nor after "a 1962 comedy that had
            # its premiere in November of that year", told of a reopening on Friday 13 March; nor after the week of
            # the telling: "she said this week. 'When we came out the following morning ...'"); so are days counted
            # back or on ("demolished on Saturday, March 7, 2020. It had been built in 1853. The commission had
            # postponed a vote two days earlier"); but in the month's own sentence, its day ("a walkout in April,
            # which went ahead after a judge rejected the application the day before")
            references = (last_day, quarter_reference)
        if candidate.value.startswith(_THE_WEEKDAY):
            # the week of the day told last, not a month or a year since; what is still to come, in the week of the
            # last day told ahead ("The festival runs from Thursday 25 to Sunday 28 June. ... announced the
            # line-up yesterday. The opening concert, at 9pm on the Thursday, will pair ...")
            ahead = day_ahead is not None \
                and tense_direction(text, candidate.start, candidate.end, book.tense) == "future"
            references = (day_ahead[0] if ahead else last_day, quarter_reference)
        if _CLOCK_SHIFT.match(candidate.value) and last_clock[1] > reference_end:
            # "the fire was brought under control at 10.30am ... restored about half an hour later": counted from the
            # clock time told last, on its day
            references = (last_clock[0], quarter_reference)
        if period_end > quarter_end and candidate.value.startswith(_YEAR_BEFORE):
            references = (None, None)  # "for the nine months ... a year earlier": the year before, not a quarter
        if framed and (the_unit := _THE_UNIT.get(candidate.value)) and len(frame) >= the_unit[2] \
                and the_unit[0].search(text, candidate.start, candidate.end):
            # "In July, parliament voted, and the law was signed at the end of the month": July's end
            candidate = replace(candidate, value=f"UNDEF-refperiod-{the_unit[1]}")
            references = (frame, None)
        # "Smoke was still rising on Sunday evening. The power had been cut at 3am": told as earlier, not the night
        told_earlier = candidate.value.startswith(_CLOCK_ON_THE_DAY) and in_past_perfect(text, candidate.start)
        value, how = resolve_value(candidate.value, pub, reference=references[0], quarter_reference=references[1],
                                   direction=direction, told_earlier=told_earlier)
        if candidate.value.startswith(_MONTH_DAY) and reference and _DATED.match(reference[:10]) \
                and len(reference) >= 7 and not _SENTENCE_END.search(text, reference_end, candidate.start):
            value, how = _in_the_month_told(candidate.value, reference, value, how, direction, pub)
        if candidate.rule.name == "date_numeric_ambiguous" and order is None:
            order = _written_order(chosen)
        if candidate.rule.name == "date_numeric_ambiguous" and order:
            value, how = _in_written_order(text[candidate.start:candidate.end], order, value, how)
        in_told_year = False
        if candidate.value.startswith(_NO_YEAR_YET) and told and not framed \
                and direction in (None, "past", "past:near"):
            value, how, in_told_year = _in_the_year_told(candidate, value, how, told, pub)
        if candidate.value.startswith(_NO_YEAR_YET):
            value, how = _year_of_its_weekday(text[candidate.start:candidate.end], value, how, pub,
                                              book.normalizations["weekday"], told[0] if told else None)
        kind = candidate.rule.type
        if kind == "TIME" and CLOCK_VALUE.match(value) and not (UNIVERSAL_ZONE.search(
                text, candidate.start, candidate.end) and restated_elsewhere(value, last_clock[0])):
            last_clock = value, candidate.end  # but "10:24 pm local time (0124 GMT Thursday)": the local one
        if kind in _NOT_ON_THE_CALENDAR and value.startswith("P"):
            how = _NOT_ON_THE_CALENDAR[kind]
        directions.append(direction)
        timexes.append(Timex(
            start=candidate.start,
            end=candidate.end,
            text=text[candidate.start:candidate.end],
            type=kind,
            value=value,
            granularity=granularity_of(value, kind),
            mod=candidate.mod,
            resolution=how,
        ))
        if kind in ("DATE", "TIME") and not candidate.value.startswith(_ANAPHORIC):
            if (_DATED.match(candidate.value[:10]) and len(candidate.value) >= 10) or in_told_year or (
                    candidate.mod in _PART_MODS and _DATED.match(candidate.value) and len(candidate.value) == 7):
                # a day with its year ("on Feb. 3, 2025", "at 9:41 p.m. on Feb. 3, 2025"), or a part of a month
                # ("in late February 2024")
                told = (value, candidate.end)
            elif _DATED.match(value):  # "on Friday": the story is back in its own days
                told = None
            parsed = parse_reference(value)
            if parsed and parsed[1] == "day" and parsed[0] <= pub and _PART_OF_A_DAY.match(value):
                # a part of a day told up to the publication, not a forecast's; a telling's too ("the company said
                # this morning. ... told workers shortly before 8 a.m.")
                last_part = value, candidate.end
            in_utc = kind == "TIME" and UNIVERSAL_ZONE.search(text, candidate.start, candidate.end) is not None
            # the same moment told again in UTC, on another day: the story's later clock times stay on its day
            if parsed and not (in_utc and not zoned and restated_elsewhere(value, reference)) \
                    and not _dates_the_telling(text, candidate, reference_end):
                if not (timexes[-1].granularity in _PERIOD_NAMES and _NAMES_A_NOUN.match(text, candidate.end)):
                    # a quarter or a season before a noun names a figure or a kind ("a first-quarter loss", "in
                    # winter conditions"), not the time the story has moved to: "the next day" still counts from
                    # the day before it (a year-ago comparison does count from the quarter)
                    reference, zoned, reference_end = value, in_utc, candidate.end
                    since = after_since(text, candidate.start)
                    if parsed[1] == "day":
                        last_day = value
                    if parsed[1] == "day" and parsed[0] > pub:
                        day_ahead = value[:10], candidate.end
                    if parsed[1] == "day" and parsed[0] <= pub and not since:
                        # not a day ahead ("due to debate on Thursday"), nor where a state began ("had been at sea
                        # since 2 July"), which "that day" may count from but a clock time is not on
                        day_reference = value, candidate.end
                if parsed[1] == "quarter":
                    quarter_reference = value
                    quarter_end = candidate.end
            if _DATED.match(value) and (_frames_its_sentence(text, candidate.start, candidate.end) or (
                    _YEAR.match(value) and (_WHEN_AFTER.match(text, candidate.end) or (
                        len(value) == 4 and _names_its_thing(text, candidate.start, candidate.end))))):
                # ... or a year a "when" clause tells more of: "the lockdown last year, when courts were shut
                # from late March"; or the thing it names, a relative clause ("the 1991 cyclone, which struck ...")
                # or the sentence ("The 2026 match will be played on July 30 and 31")
                sentence_end = _SENTENCE_END.search(text, candidate.end)
                frame, frame_end = value, sentence_end.start() if sentence_end else len(text)
                if _names_its_sentence(text, candidate.start, candidate.end) \
                        and not _THING_OF_THE_YEAR.match(text, candidate.end):
                    # the thing's own predicate, not an aside: "The 2026 national budget, presented to Parliament
                    # on September 26, ..." was presented the year before
                    comma = text.find(",", candidate.end, frame_end)
                    frame_end = comma if comma != -1 else frame_end
                frame_year = value[:4] if _YEAR.match(value) or _DATED.match(candidate.value) else ""
        elif kind == "DURATION" and _SPAN_OF_MONTHS.match(value):
            period_end = candidate.end
        if candidate.value.startswith("UNDEF-refq-quarter"):  # "in the quarter": back to the quarter
            quarter_end = candidate.end
    yearless = [c.value.startswith(_NO_YEAR_YET) for c in chosen]
    timexes = _range_start_years(text, timexes, yearless)
    timexes = _listed_days_in_order(text, timexes, yearless, book.normalizations["weekday"])
    bare_weekdays = [c.value.startswith("UNDEF-weekday") for c in chosen]
    timexes = _weekdays_in_order(text, timexes, bare_weekdays, directions, pub)
    timexes = _weekdays_dated_before(timexes, bare_weekdays, pub, book.normalizations["weekday"])
    timexes = _weekdays_after_a_day_ahead(text, timexes, bare_weekdays, directions, pub)
    return _told_again(text, timexes, [c.value.startswith(_ANAPHORIC) for c in chosen])


def _later_on_the_clock(clock: _Candidate, day: str, last_clock: tuple[str, int]) -> bool:
    """Is a clock time that names no day later than the last clock time, on the day the text told last, and not
    too far after it ("on Thursday ... collided at 0347 UTC ... The lifeboat launched at 0410"): the story is
    telling that day's hours in order."""
    value, end = last_clock
    return value[:10] == day[:10] and clock.value[len(_CLOCK_ON_THE_DAY):] > value[11:] \
        and clock.start - end <= CLOCK_CHAIN_REACH


def in_past_perfect(text: str, start: int) -> bool:
    """Is the clock time at ``start`` told in the past perfect ("The power had been cut at 3am"): earlier than
    the moment the story tells before it?"""
    return rulebook().tense.perfect.search(text, max(0, start - _PERFECT_REACH), start) is not None


def after_since(text: str, start: int) -> bool:
    """Does the expression at ``start`` follow "since" ("had been at sea since 2 July"): where a state began?"""
    return _SINCE_BEFORE.search(text, max(0, start - 12), start) is not None


def dates_a_telling(text: str, start: int) -> bool:
    """Does the expression at ``start`` follow "said" ("the IMO said this morning", "police said on Tuesday")?"""
    return _SAID_BEFORE.search(text, max(0, start - 12), start) is not None


def _dates_the_telling(text: str, candidate: _Candidate, reference_end: int) -> bool:
    """Does the expression date only the telling of a sentence that has dated its news already ("began shortly
    before midnight on Monday, the IMO said this morning")? The story's later clock times and "the next day" go
    on from the news, not from the telling."""
    return dates_a_telling(text, candidate.start) and 0 <= reference_end < candidate.start \
        and _SENTENCE_END.search(text, reference_end, candidate.start) is None


def _in_the_year_told(candidate: _Candidate, value: str, how: str, told: tuple[str, int],
                      pub: date) -> tuple[str, str, bool]:
    """A day with no year, told in the past shortly after a day of an earlier year that the text wrote in full, and
    up to a month after that day, is in that year: "found dead in the early hours of 4 August 2018. Rafferty was
    arrested on 9 August" (a story's background, not this year's August); so is a part of a month after a day or a
    part of a month ("opened a container in late February 2024 ... alerted the prefecture in early March"). A month
    alone, or a day further off, is too often a baseline or another story ("down from 6.65% in October") to follow
    it."""
    told_value, told_end = told
    part = candidate.value[len(_NO_YEAR_YET):]  # "08-09"
    parsed = parse_reference(told_value)
    if parsed is None or parsed[1] not in ("day", "month") or parsed[0].year >= pub.year \
            or candidate.start - told_end > _TOLD_REACH \
            or not (len(part) == len("MM-DD") or (len(part) == len("MM") and candidate.mod in _PART_MODS)):
        return value, how, False
    try:
        first, _last, placed = part_bounds(part, parsed[0].year)
    except ValueError:
        return value, how, False
    if not 0 <= (first - parsed[0]).days <= _TOLD_SPAN_DAYS:
        return value, how, False
    return placed, f"{describe_part(part)} in the year of {told_value}, told just before", True


def _written_order(chosen: list[_Candidate]) -> str:
    """"day" when the text writes more of its dates day first ("5 January", "1st July") than month first
    ("January 5"), "month" for the reverse, "" when it does not tell."""
    day_first = sum(c.rule.name.startswith(("date_day_month", "date_day_range_month")) for c in chosen)
    month_first = sum(c.rule.name.startswith("date_month_day") for c in chosen)
    return "day" if day_first > month_first else "month" if month_first > day_first else ""


def _in_written_order(words: str, order: str, value: str, how: str) -> tuple[str, str]:
    """A numeric date whose day and month could be either ("01/02/2021"), read in the order the text writes its
    other dates: the 1st of February in a text that writes "5 January"."""
    found = _NUMERIC_DATE.fullmatch(words)
    if not found:
        return value, how
    first, second, year = int(found[1]), int(found[2]), found[3]
    day, month = (first, second) if order == "day" else (second, first)
    try:
        return date(int(year), month, day).isoformat(), f"a numeric date read {order} first, as the text writes dates"
    except ValueError:
        return value, how


def _year_of_its_weekday(words: str, value: str, how: str, pub: date, weekdays: dict[str, str],
                         told: str | None = None) -> tuple[str, str]:
    """"Tuesday, October 3" with no year: the year, of the publication's and those next to it, in which October 3
    is a Tuesday, when the one the tense chose is not (a weekday the date does not fall on is a wrong year, not a
    wrong weekday); failing those, of the year of the day the text told last and those next to it ("from 1 January
    1995 ... we went from Friday 30 December straight to Sunday 1 January": 1994). ``weekdays``: the rulebook's
    weekday names to ISO numbers."""
    iso = _weekday_first(words, weekdays)
    day = _DAY_VALUE.match(value)
    if iso is None or not day:
        return value, how
    weekday = int(iso) - 1
    year, rest = int(day[1]), day[2]
    years = sorted((pub.year, pub.year + 1, pub.year - 1), key=lambda y: abs(y - year))
    if told and told[:4].isdigit() and abs(int(told[:4]) - pub.year) > 1:
        years += sorted((int(told[:4]), int(told[:4]) + 1, int(told[:4]) - 1), key=lambda y: abs(y - year))
    try:
        if date.fromisoformat(value).weekday() == weekday:
            return value, how
        fits = [y for y in years if date.fromisoformat(f"{y:04d}{rest}").weekday() == weekday]
    except ValueError:  # February 29 of a year without one
        return value, how
    if not fits:
        return value, how
    near = "the publication date " + pub.isoformat() if abs(fits[0] - pub.year) <= 1 else "the day told last, " + told
    return f"{fits[0]}{rest}", f"{words}: the year near {near} in which it falls on that weekday"


def _next_of_its_name(day: date, named: date) -> date:
    """The first day after ``day`` that falls on ``named``'s weekday."""
    return day + timedelta(days=(named.weekday() - day.weekday() - 1) % 7 + 1)


def _weekdays_in_order(text: str, timexes: list[Timex], weekday: list[bool], directions: list[str | None],
                       pub: date) -> list[Timex]:
    """"will strike on Monday and Tuesday" in a Tuesday article: weekdays joined in one phrase follow each
    other, so the second is the first of its name after the first, when that keeps it on the first's side of
    the publication date (ahead of it, or not after it). And a span of weekdays lies within one week: "a warning
    for snow from Thursday afternoon until Saturday morning", its end read ahead, starts on the Thursday before
    that Saturday; but "alcohol sales were banned from midnight on Friday until noon on Monday", its start dated
    by its own verb, ends on the Monday after that Friday, as does "dust closed the airport from Monday afternoon
    until Tuesday evening" (but "has issued a warning for snow from Thursday until Saturday" is current)."""
    for i in range(len(timexes) - 1):
        first, second = timexes[i], timexes[i + 1]
        if not (weekday[i] and weekday[i + 1] and first.granularity in _DAY_OR_PART
                and second.granularity in _DAY_OR_PART and _WEEKDAY_JOIN.fullmatch(text, first.end, second.start)):
            continue
        one, two = date.fromisoformat(first.value[:10]), date.fromisoformat(second.value[:10])
        later = _next_of_its_name(one, two)
        step = later - one
        too_long = two - one > _WEEK and _RANGE_JOIN.fullmatch(text, first.end, second.start)
        if too_long and not _dated_by_its_verb(text, first.start, directions[i]):
            earlier = two - step
            timexes[i] = replace(first, value=earlier.isoformat() + first.value[10:],
                                 resolution=f"{WEEKDAYS[earlier.weekday()]} before {second.value[:10]}, "
                                            "the end of its span")
            continue
        if not too_long and (two > one or (later > pub and one <= pub)):
            continue
        timexes[i + 1] = replace(second, value=later.isoformat() + second.value[10:],
                                 resolution=f"{WEEKDAYS[later.weekday()]} after {first.value[:10]}, named just before")
    return timexes


def _dated_by_its_verb(text: str, start: int, direction: str | None) -> bool:
    """Does a past verb of its clause date the span's start at ``start`` ("dust closed the airport from Monday"),
    not a present perfect's current state ("has issued a warning for snow from Thursday")?"""
    if direction != "past":
        return direction == "past:near"
    clause_start = max(0, start - _SPAN_VERB_REACH, text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    return not _PRESENT_PERFECT.search(text, clause_start, start)


def _weekdays_after_a_day_ahead(text: str, timexes: list[Timex], bare: list[bool], directions: list[str | None],
                                pub: date) -> list[Timex]:
    """"Official opening on Friday 19 July; public open day on Saturday": a weekday named alone, with no tense of its
    own, after a day ahead of the publication in the same sentence, is the first of its name after that day, not
    one before it ("rescheduled for Friday 19 July, was called off on Saturday" is read past by its verb)."""
    for i in range(1, len(timexes)):
        first, second = timexes[i - 1], timexes[i]
        if not (bare[i] and directions[i] in (None, "nearest") and not bare[i - 1] and first.granularity == "day"
                and _DAY_VALUE.match(first.value) and second.granularity in _DAY_OR_PART):
            continue
        day, told = date.fromisoformat(first.value), date.fromisoformat(second.value[:10])
        if day <= pub or told >= day or _SENTENCE_END.search(text, first.end, second.start):
            continue
        later = _next_of_its_name(day, told)
        timexes[i] = replace(second, value=later.isoformat() + second.value[10:],
                             resolution=f"{WEEKDAYS[later.weekday()]} after {first.value}, named before it")
    return timexes


def _weekdays_dated_before(timexes: list[Timex], bare: list[bool], pub: date,
                           weekdays: dict[str, str]) -> list[Timex]:
    """"a whale hunt on Saturday the 19th ... The whales came in on Saturday morning": a weekday named alone, in the
    past, is the day of that name the text dated before it within the last two weeks, not a later one; unless the
    text has dated a later day since ("declared an outbreak on Friday 11 June ... banned sales from Monday 14 June,
    and said on Friday": the Friday after)."""
    dated: dict[int, date] = {}  # weekday number: the last day the text dated with its weekday's name
    later: dict[int, date] = {}  # weekday number: the latest day up to the publication the text dated since then
    for i, t in enumerate(timexes):
        if not _DAY_VALUE.match(t.value[:10]):
            continue
        day = date.fromisoformat(t.value[:10])
        if not bare[i]:
            if day <= pub:
                later = {number: max(since, day) for number, since in later.items()}
            if _weekday_first(t.text, weekdays) == str(day.isoweekday()) and pub - _RECENT_DAYS <= day <= pub:
                dated[day.weekday()] = later[day.weekday()] = day
            continue
        told = dated.get(day.weekday())
        if told is not None and told < day <= pub and later[day.weekday()] <= told:
            timexes[i] = replace(t, value=told.isoformat() + t.value[10:],
                                 resolution=f"{WEEKDAYS[told.weekday()]} {told}, dated before in the text")
    return timexes


def _listed_days_in_order(text: str, timexes: list[Timex], yearless: list[bool],
                          weekdays: dict[str, str]) -> list[Timex]:
    """A list whose lines open with their days ("April 18 – Kaunas", "May 21 – Chicago", "July 11 – Palanga")
    runs in order: a day with no year (nor weekday) that its reading put before the line above, in a list that
    has run forward so far, is in the year after, when that keeps it within a year of the line above and it reads
    more than a month before that line (a list may slip back a day: "Sat 13 Dec" above "12–16 Dec"); and a first
    line read after the lines below it, in a list that runs forward from them, is in the year before ("Jan. 30 -
    Meridian reports fourth-quarter profit" above "April 19 - ...", in October)."""
    lines = [i for i, t in enumerate(timexes)
             if t.granularity == "day" and _DAY_VALUE.match(t.value[:10]) and opens_line(text, t.start)]
    movable = {i for i in lines if yearless[i] and _weekday_first(timexes[i].text, weekdays) is None}
    for order, years in ((lines, 1), (lines[::-1], -1)):
        seen: list[date] = []  # the days of the list's lines so far, in this pass's order
        for i in order:
            timex = timexes[i]
            day = date.fromisoformat(timex.value[:10])
            if i in movable and len(seen) >= 2:
                last, before_last = seen[-1], seen[-2]
                # the list runs on this way so far, and this line's reading breaks its order
                if (before_last <= last and day < last) if years > 0 else (last <= before_last and day > last):
                    moved = _years_on(day, years)
                    if timedelta(0) <= (moved - last) * years <= timedelta(days=366) \
                            and (last - day) * years > _LIST_SLIP:
                        side = "after the list's line above" if years > 0 else "before the list's line below"
                        timexes[i] = replace(timex, value=f"{moved.year:04d}{timex.value[4:]}",
                                             resolution=f"{timex.text}: {side}, {last.isoformat()}")
                        day = moved
            seen.append(day)
    return timexes


def _in_the_month_told(undefined: str, reference: str, value: str, how: str, direction: str | None,
                       pub: date) -> tuple[str, str]:
    """"in the early hours of 12 to 16 December, with the largest numbers on the 14th": a day named by its number
    alone is in the month its sentence told before it (that day's weekday, where one is named), unless its tense
    says otherwise ("began on March 3, and talks resume on the 14th", in November)."""
    day_number, _, weekday = undefined[len(_MONTH_DAY):].partition("-")
    try:
        day = date(int(reference[:4]), int(reference[5:7]), int(day_number))
    except ValueError:
        return value, how
    if (weekday and day.isoweekday() != int(weekday)) or (direction == "future" and day < pub) \
            or (direction in ("past", "past:near") and day > pub):
        return value, how
    return day.isoformat(), f"day {int(day_number)} of {reference[:7]}, the month told before"


def _years_on(day: date, years: int) -> date:
    """The same day ``years`` later (earlier when negative); 29 February stays where it is."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day


def opens_line(text: str, start: int) -> bool:
    """Does the text at ``start`` open its line (after white space and a bullet at most)?"""
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \t-*•–—■▪●")


def _weekday_first(words: str, weekdays: dict[str, str]) -> str | None:
    """The ISO number of the weekday ``words`` open with ("Tuesday, October 3"), if any. ``weekdays``: the
    rulebook's weekday names to ISO numbers."""
    first = TOKEN.match(words)
    return weekdays.get(first[0].lower()) if first else None


def _range_start_years(text: str, timexes: list[Timex], yearless: list[bool]) -> list[Timex]:
    """"from July 26 to August 11, 2024", "from Dec. 28 to Jan. 3 next year": a range's start without a year
    of its own is in the year of its end (the year before when its day comes later in the calendar)."""
    for i in range(len(timexes) - 1):
        start, end = timexes[i], timexes[i + 1]
        if not (yearless[i] and not yearless[i + 1] and start.granularity == end.granularity == "day"
                and _RANGE_JOIN.fullmatch(text, start.end, end.start)
                and _RANGE_OPEN.search(text, max(0, start.start - 12), start.start)
                and start.value[:4] != end.value[:4] and start.value[4:10] and end.value[4:10]):
            continue
        year = int(end.value[:4]) - (start.value[4:10] > end.value[4:10])
        value = f"{year:04d}{start.value[4:]}"
        timexes[i] = replace(start, value=value)
    return timexes


def _told_again(text: str, timexes: list[Timex], anaphoric: list[bool]) -> list[Timex]:
    """"Two years later, in June 2022, ...": a date counted from another one, then named outright beside it,
    takes the named date's value, to its own granularity (the count may have started from the wrong date)."""
    for i in range(len(timexes) - 1):
        counted, named = timexes[i], timexes[i + 1]
        if anaphoric[i] and not anaphoric[i + 1] and counted.type == named.type == "DATE" \
                and TOLD_AGAIN.fullmatch(text, counted.end, named.start) and named.value[:4].isdigit():
            unit = _COUNTED_UNIT.search(counted.text)
            value = named.value[:{"year": 4, "month": 7}[unit[1].lower()]] if unit else named.value
            timexes[i] = replace(counted, value=value, granularity=granularity_of(value, "DATE"))
    return timexes
