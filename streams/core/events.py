"""Dated event mentions from an article's cleaned text and the dates tagged in it.

For every date that resolves to a calendar day, month or year, the event is what the date's own clause tells,
through the trigger nearest the date: a verb ("refused Wednesday"), or a noun ("Poland's call on Tuesday", "a
visit to Kyiv on Tuesday"). A noun in a setting phrase ("during a visit ...") dates the clause's main verb, which
becomes the main kind: "suggested a deployment during a visit to Kyiv on Tuesday" -> kinds
("proposal", "visit"). A noun with a doer of its own ("Poland's call") is an event of its own, by that doer.
Reported speech dates the statement when the date stands with the speech verb ("said on Wednesday that ...")
and what was said when it stands inside the report. An event noun that a verb governs dates the verb
("protested against the deal on Tuesday" is a protest); a light verb takes the noun's kind ("held a rally").
A date after "by", "until" or "since" is a deadline, the end of a state or a start, not an event date ("to cut
emissions by 2026", "will remain closed until Friday"); only a "when" clause after it is dated by it ("since July,
when Russia withdrew"), and after "by" what a past verb tells was done by then ("shares fell 3% by 3 p.m. Tuesday").
Surnames resolve to the full name seen earlier in the article; a capital that acts stands for its country
(aliases.tsv); "the city" is the city named last before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import takewhile

from .clauses import closes_age, fronted_participle, is_auxiliary, past_form, past_participle
from .entities import AliasTable, default_aliases, find_entities
from .event_kinds import NO_KIND, OTHER_KIND, Trigger
from .event_roles import ArticleMemory, SentenceRoles
from .event_summary import MAX_WORDS, SETTING_PREPS, entry_summary, summarize
from .match_vocab import KIND_FAMILIES
from .name_data import gazetteer, name_words
from .sentences import iter_split
from .tokens import POSSESSIVE, Token, key_of
from .types import EventMention, Timex
from .timex import (CLOCK_CHAIN_REACH, CLOCK_REACH, CLOCK_VALUE, PART_HOURS, STORY_TELLS, TOLD_AGAIN, after_since,
                    dates_a_telling, in_past_perfect, opens_line)
from .timex_calendar import RANK, UNIVERSAL_ZONE, parse_reference, restated_elsewhere, unit_end
from .timex_rulebook import rulebook
from .timex_tense import direction as tense_direction
from .timex_resolve import in_the_night_after

__all__ = ["extract_events", "event_date"]

_PERIODS = frozenset({"days", "week", "weeks", "month", "months", "years", "year", "quarter", "quarters", "period", "half",
                      "season"})
_ENDED = frozenset({"ended", "ending"})
_SUPERLATIVES = frozenset("highest lowest biggest largest smallest worst best strongest weakest fastest slowest most "
                          "least fewest deadliest hottest coldest wettest driest busiest".split())
_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"})
_HAVE = frozenset({"has", "have", "had", "'ve"})  # the perfect's auxiliary: "had signed" is done
_FRONTING = frozenset({"but", "and", "yet", "so", "then", ",", "“", '"'})  # before a fronted "By Monday, ..."
_VERB_AFTER_TO = re.compile(r"(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|some|all|about|around|nearly|"
                            r"almost|more|less|over|under|just|roughly|only|at|as|one|two|three|four|five|six|seven|"
                            r"eight|nine|ten)$)(?:[a-z]+(?<!s)|[a-z]+(?:ss|us))")
# ("urged residents to finish", not "grew to about 14,300", "mailed an offer to shareholders")
# A date with one of these modifiers bounds an event ("before March") without dating it; ON_OR_BEFORE ("no later
# than May 3") is a deadline, which dates only what was done by then ("had signed a petition by Wednesday").
_UNDATING_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN"})
_GRANULARITIES = frozenset({"day", "week", "month", "year", "decade", "century"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# a part of a day ("Wednesday evening": 2023-10-11TEV) or a time on a day dates that day
_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|MI|\d{2}(?::\d{2})?)$")
# a clock time or a part of a day that names its day ("3:40 a.m. on March 2", "this morning", "that evening");
# "overnight" straddles two days: told of the night just gone, it is dated by the morning it ended ("were moved to
# shelters overnight", said the next day); its value is that day's night
_OVERNIGHT = "overnight"
_NAMES_A_DAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|^overnight$|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|"
    r"\d\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\d{4}-\d\d-\d\d|"
    r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b|"
    r"\b(?:that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+"
    r"(?:morning|afternoon|evening|night)\b",
    re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# a year between a determiner and a noun names the thing: "the 2023 budget", "its 2022 report"
# "the 2023 budget", "a $617 million 2022 budget", "on July bills", "the unions' May Day rally"
_NAMING_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|our|million|billion|trillion|on)|['’]s|"
                            r"(?<=s)['’])\s+$", re.IGNORECASE)
# a period a plan or a figure is for, which the sentence's finer date does not compete with: "a budget for 2022",
# "an operating loss of €14.2m for January-March on Thursday"
_FOR_PERIOD = re.compile(r"(?:\b(?:budgets?|forecasts?|targets?|plans?|outlook|guidance|spending|estimates?|"
                         r"projections?)|\d(?:[\d.,]*\d)?\s*(?:%|percent|[mk]n?|bn|million|billion)?)"
                         r"\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_NAMING_AFTER = re.compile(r"[\s-]+(?!(?:and|or|but|nor|yet|so|to|in|on|at|of|for|by|with|from|into|over|under|through|"
                           r"during|amid|despite|since|until|till|as|than|then|when|while|after|before|because|"
                           r"about|against|among|around|across|along|behind|beyond|toward|towards|upon|via|without|"
                           r"within|near|ahead|alongside|outside|inside|where|which|who|that|if|"
                           r"was|were|is|are|has|have|had|will|would|could|should|can|may|might|must|did|"
                           r"we|he|she|they|it|i|you|"
                           r"the|a|an|this|these|those|its|his|their|our|my|your|every|each|both)\b)[a-zA-Z]")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")  # TIMEX3's "199": the 1990s, dated by their first year
_CENTURY = re.compile(r"^(\d{2})$")  # TIMEX3's "18": the 19th century, dated by its first year, 1800
# UTC, EST, BST, CEST, AEDT...; "local time", "UAE time", "Paris time"
_ZONE = re.compile(r"\b(?:GMT|UTC|[A-Z]{1,3}T)\b|\b(?:local|[A-Z][A-Za-z]+)\s+time\b")
_CLOCK_BEFORE = re.compile(r"(?:\d{1,2}[:.]\d\d|\d{1,2})\s*(?:[ap]\.?m\.?)?"
                           r"(?:\s*(?:local\s+time|(?-i:GMT|UTC|[A-Z]{1,3}T)\b))?\s*(?:\([^)]*)?$", re.IGNORECASE)
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")  # a weekend is dated by its week
# "the last week of December" (not "the week of September 15", which starts on its day)
_WEEK_OF_A_MONTH = re.compile(r"\b(?:first|second|third|fourth|last|final)\s+week\s+of\s+[a-z]+\.?(?!\s*\d)",
                              re.IGNORECASE)
_CLOCK_ON_A_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}")
_TO_CLOCK = re.compile(r"\s*(?:-|–|to|until|till)\s*\d", re.IGNORECASE)
_AND_CLOCK = re.compile(r"\s*and\s*\d", re.IGNORECASE)  # "between 8 a.m. and 4:30 p.m.": hours too
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_EACH_DAY = re.compile(r"\s+(?:each|every)\s+(?:day|morning|evening|night|weekday)\b|\s+daily\b", re.IGNORECASE)
# "on the eve of Ash Wednesday", "the day after Christmas", "three days before March 3", "a week after Tuesday's
# vote": a day counted from the one named, which dates what happened then ("in the days before the vote" is no day)
_DAYS_FROM = re.compile(r"(?<!\w)(?:(?P<eve>the\s+eve\s+of)|(?P<the>the\s+day)|(?P<n>an?|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?))"
                        r"\s+(?P<side>before|after|prior\s+to)?\s*$", re.IGNORECASE)
_ENTRY_SEPARATOR = re.compile(r"(?:\s*\([A-Z]{2,5}\))?(?:\s*[-–—:|]\s*|\s+)(?=[A-Z\"“])")
# ... or a fixture's "v"/"vs", which stays in the entry's words ("12/02–15/02 v Jamaica Scorpions, Sabina Park")
# (a programme's time may stand between: "Thu 20 June, 7.30pm – Opening concert")
_CHRONOLOGY_SEPARATOR = re.compile(r"(?:,[ \t]*(?:\d{1,2}(?:[:.]\d{2})?[ \t]*[ap]\.?m\.?|\d{1,2}[:.]\d{2}|noon|midday)"
                                   r"(?=[ \t]*[–—:-]))?"
                                   r"[ \t]*(?:[:–—|]|-(?=[ \t])|(?<=[ \t])(?=vs?\.?[ \t]))[ \t]*"
                                   r"(?=[^\W\d_]|[\"“‘']|\d+-[^\W\d_])")  # "– 24-hour strike"
# an entry that is a deadline, not a happening: "Fri 15 May, 4.30pm – filing closes", "3 January – deadline for lists"
_DEADLINE_ENTRY = re.compile(r"(?:,[ \t]*[\w.:]+)?[ \t]*[:–—|-][ \t]*(?:the[ \t]+)?(?:deadline\b|closing[ \t]+date\b|"
                             r"(?:[\w'’-]+[ \t]+){0,2}(?:nominations?|applications?|filing|entries|registration|"
                             r"submissions?|bids?|consultation)[ \t]+clos(?:e|es|ing)\b)", re.IGNORECASE)
_HEADLINE_PART = re.compile(r"[;:|]\s*|\s[–—-]\s")
_DATE_LEAD_WORDS = re.compile(r"(?:\s+(?:on|in|at|from|for|as\s+of|this|next))+\s*$", re.IGNORECASE)
# a bound, a comparison, a deadline or a second date before the date: it dates no happening of the headline
_NO_HEADLINE_DATE = re.compile(r"\b(?:since|until|till|through|by|than|as|before|after|between|ahead\s+of|and|or|"
                               r"closes?)(?:\s+(?:in|on|at|the|least))*\s*$", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"\d{4}$")
_YEAR_OR_PART = re.compile(r"\d{4}(?:-[QH]\d)?$")  # a year, or a quarter or half of it
_BARE_WEEKDAY = re.compile(r"(?:(?:early|late)\s+(?:on\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
# "at 2025 price", "Q3 results", "Medieval Days 2025: crossbows", "last year's warming"
_A_NOUN_AFTER = re.compile(r"\s+[a-z]|\s*:|['’]s\b")
_LINE_END = re.compile(r"[.!?][\"”’)]?\s*$")  # a sentence, not a headline
_HEADLINE_MIN_WORDS = 2
_PARTS_OF_A_DAY = frozenset(f"T{part}" for part in PART_HOURS)
_TAIL_SEPARATOR = re.compile(r"\w[)\"”]?(?:[ \t]*[:–—|]|[ \t]+-)[ \t]*$")
# after a labelled entry's date, before its details ("Stage 1 — Sunday, February 8: Marrakech – Marrakech, 142 km")
_DETAILS_SEPARATOR = re.compile(r"[ \t]*(?:[:,|–—]|[ \t]-)[ \t]*(?=\w)")
_LABEL_MAX_WORDS = 6
_LABEL_END = re.compile(r"[.!?]\s")
_FIXTURE_BEFORE = re.compile(r"\svs?\.?[ \t][^,\n]+,[ \t]*$")  # "Final: Fannie Bay v Ludmilla, Wed 11 March, 6.30pm"
# two days named alone and joined by "and", a day or two apart: one happening's days ("on June 26 and 27")
_PAIR_JOIN = re.compile(r"\s+and\s+(?:on\s+)?", re.IGNORECASE)
_PAIRED_DAY = re.compile(r"\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_PAIRED_DAYS = timedelta(days=2)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# a range's two ends: "between 2013 and 2020", "from March 2014 to June 2016"
_RANGE_OPENS = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*(?:the\s+)?", re.IGNORECASE)
# "for most of the 1990s", "throughout 2023": a span a state held over
_SPAN_OVER = re.compile(r"\b(?:for\s+(?:much|most|all|(?:the\s+(?:better|greater)\s+)?part|large\s+parts|"
                        r"long\s+stretches)\s+of|throughout|all\s+through)\s+$", re.IGNORECASE)
# "The 20th century brought a different invader", "2024 saw record sales": the span is what the sentence is about
_SPAN_AS_SUBJECT = re.compile(r"\s*(?:saw|brought|was|were|has\s+been|had\s+been|proved|became|witnessed|marked|"
                              r"ended|began)\b", re.IGNORECASE)
# "from 8am to [2pm on Saturday 4 October]": the hours' start names no day, their end dates them
_CLOCK_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:to|and|-|–)\s*$",
                                 re.IGNORECASE)
_DAYS_RUN_AFTER = re.compile(r"\s*(?:to|through|thru|-|–)\s*(?:mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)
_LONG_RANGE = timedelta(days=14)  # longer than this, a range is a period something went on over, not one happening
# a period its figures are counted over, not the time of a happening: the one still running ("9,874 cases have been
# reported this year"), the report's ("fell in the quarter", "the current fiscal year"), a fiscal year by its name
_COUNTING_PERIOD = re.compile(r"(?:this|the(?:\s+(?:current|previous|full|fiscal|financial|calendar))*)\s+"
                              r"(?:(?:fiscal|financial)\s+)?(?:year|month|season|quarter)|(?:fiscal(?:\s+year)?|FY)\s*"
                              r"(?:\d{4}|\d{2})", re.IGNORECASE)
_RUNNING_PERIOD = re.compile(r"this\s+(?:year|month|season)", re.IGNORECASE)  # ... whose words no summary keeps
# a correction's date of the outlet's own item that got it wrong, when the item ran ("A story on Page A3 on Thursday
# misstated ...", "An obituary published Friday gave his age incorrectly", "A column in last Saturday's Opinion
# section"): no happening
_CORRECTING = re.compile(r"\b(?:misstated|misidentified|misspelled|misattributed|misquoted|incorrectly|erroneously|"
                         r"wrongly|gave\s+the\s+wrong|should\s+have\s+(?:said|read|been)|was\s+incorrect)\b",
                         re.IGNORECASE)
_OUTLET_ITEM_RAN = re.compile(r"\b(?:story|article|report|column|obituary|caption|brief|editorial|headline|graphic|"
                              r"listing|letter|review)\s+(?:(?:on|in)\s+(?:the\s+)?page\s+[A-Z]?\d+[A-Z]?\s+|"
                              r"in\s+the\s+[\w ]{1,20}?\s+section\s+|"
                              r"(?:that\s+|which\s+)?(?:published|ran|appeared)\s+)?(?:on\s+|in\s+)?$", re.IGNORECASE)
# a date that identifies a holding or a product, no happening: a dividend's record and ex-dividend dates ("to
# shareholders on the register on 23 May", "Record date: Fri 23 May"), a best-before date, model years
_IDENTIFYING_BEFORE = re.compile(r"(?:\b(?:share|stock|unit)?(?:holders|members)\s+(?:of\s+record|on\s+the\s+register)|"
                                 r"\brecord\s+date|\bex-dividend|\bbest[- ]before|\bbest\s+by|\b(?:use|sell)[- ]by|"
                                 r"\b(?:expiry|expiration)\s+date)[^.;,\n]{0,40}$", re.IGNORECASE)
# ... or after it, as a key-dates line's label: "Wed 29 April – Record date", "Nov. 14 – Dividend record date"
_IDENTIFYING_LABEL = re.compile(r"\s*[:–—-]\s*(?:(?:dividend|interim|final)\s+)?(?:record\s+date|"
                                r"ex-dividend(?:\s+date)?|best[- ]before|(?:expiry|expiration)\s+date)\b",
                                re.IGNORECASE)
_IDENTIFYING_REACH = 80  # characters before the date that may hold those words and the 40 after them
# a deadline by its noun ("set a deadline of 30 June", "the trade deadline on January 10", "a PDUFA target date of
# Jan. 23") or as the closing of what is taken until then ("Registration closes at 5pm on Friday 30 January",
# "before the transfer window shuts on 4 September"); what closed is told ("consultation closed on April 22")
_DEADLINE_BEFORE = re.compile(r"(?:\b(?:deadline|target\s+date)\b[^.;,\n]{0,40}?\b"
                              r"(?:of|on|for|is|passed\s+on|falls\s+on)"
                              r"|\b(?:registration|entries|nominations|applications|submissions|bookings|bids|tenders|"
                              r"consultation|petition|"
                              r"(?:electoral|voters['’]?)\s+roll|window)\b[^.;,\n]{0,40}?\b(?:closes|close|shuts?|"
                              r"will\s+(?:close|shut)|(?:is|are)\s+due\s+to\s+close)\b[^.;,\n]{0,25}?)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# a habit, not a happening: "held every year in late October", "will stop work every Monday in April", "usually
# picked from mid-February", "open at 9 a.m. every day"; for a date named without its number or its year
_HABIT_UNIT = r"day|night|morning|afternoon|evening|week|weekend|month|year|summer|winter|spring|autumn|season"
_HABIT_BEFORE = re.compile(rf"\b(?:(?:every|each)\s+(?:other\s+|single\s+)?(?:{_HABIT_UNIT}|weekday|(?:mon|tues|wednes|"
                           r"thurs|fri|satur|sun)day)s?|usually|normally|typically|traditionally|generally|"
                           r"customarily)\b[^.;:!?,\n]{0,40}$", re.IGNORECASE)
# "at 9 p.m. on weekdays", "on Sundays in summer"
_HABIT_AFTER = re.compile(rf"\s+(?:every|each)\s+(?:{_HABIT_UNIT})\b|"
                          r"\s+on\s+(?:week(?:day|end|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s\b",
                          re.IGNORECASE)
# a season's span, which comes round every year: "the lean season, which runs from November to March"
_SEASON_SPAN = re.compile(r"\bseasons?\b[^.;:!?\n]{0,30}?\s+(?:runs|lasts|stretches|extends)\s+(?:from|between)\s+$",
                          re.IGNORECASE)
_NAMED_BARE = re.compile(r"(?:(?:early|mid|late|the)[-\s]+)?(?:[a-z]+|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
_NOT_BARE = re.compile(r"\b(?:next|last|this|that|tomorrow|yesterday|today|tonight|ago|following|previous|same)\b",
                       re.IGNORECASE)
_MODEL_YEARS = re.compile(r"(?:(?:,|\s+and|\s+to|\s*[–-])\s*\d{4})*\s+models?\b(?!\s+(?:of|for)\b)", re.IGNORECASE)
# a plan told in the past that did not hold: "was due to open in 2024 but is still under construction", "was
# originally scheduled to start on April 29 but was pushed back"; its first date dates nothing
_PAST_PLAN = re.compile(r"\b(?:(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|meant|supposed|"
                        r"scheduled|slated|set|expected|planned|intended)\s+(?:to|for|in|on)|had\s+(?:originally\s+|"
                        r"initially\s+)?(?:planned|hoped|intended|aimed)\s+to)\b", re.IGNORECASE)
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
# the opening of a corrections-box item: "■ A column Saturday on the Opinion page said ..."
_OWN_ITEM_OPENING = re.compile(r"\W*An?\s+(?:[\w-]+\s+)?(?:story|column|obituary|caption|brief|editorial)\b")
# "A story on Wednesday said the show closed on Feb. 14": what the item said, which is corrected
_ITEM_SAID = re.compile(r"\b(?:said|reported|stated|wrote)\b", re.IGNORECASE)
_WORDED_LINE = re.compile(r"[^\n]*\S[^\n]*")
_LINE_STOPS = re.compile(r"[.!?](?=[\"”’]?(?:\s|$))")  # where a sentence on a line ends, and how
_IN_AN_ENTRY = "a clock time in a live-blog entry of "
_SMALL_HOURS_END, _EVENING_START = "06", "18"  # an entry at 01:10 telling of 23:00 tells of the evening before
_WRAP = 12 * 60  # minutes: a clock that goes back further than this between entries has passed midnight
_NEAR_MOMENT = frozenset("shortly just soon right moments minutes hours sometime".split())
# "and shut off its access the same day": a second happening on the date just told, not that date told again
_SAME_AGAIN = re.compile(r"(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
# the speaker's day, in a quote: "'Tonight is for everyone,' he said"
_TODAY = r"today|tonight|this\s+(?:morning|afternoon|evening)"
_TODAY_WORDS = re.compile(rf"\b(?:{_TODAY})\b", re.IGNORECASE)
_SPOKEN_TODAY = re.compile(rf"(?:{_TODAY})(?:['’]s)?$", re.IGNORECASE)
_TOLD_DAY_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|\d)")  # not the night: it straddles two days
# "shortly after 4am": a moment next to the clock time, on its day, not a bound
_COUNTED_ON_THE_CLOCK = re.compile(r"\b(?:minutes?|hours?)\s+(?:later|earlier|after(?:wards?)?|before)\b",
                                  re.IGNORECASE)
_VERSUS = re.compile(r"(?:^|\s)(?-i:vs?)\.?\s+\w")  # "v Real España", "Harbury vs Northgate": a match
_CONTEST_KIND = "contest"
_NEAR_CLOCK = re.compile(r"\b(?:shortly|just|soon|moments|minutes|right)\s+(?:after|before)\s+(?:about\s+|around\s+)?$",
                         re.IGNORECASE)
# a date counted from another or pointing back to it: "A week later, on Wednesday", "that year, in late 2019"
_COUNTED = re.compile(r"\b(?:later|earlier|after|before|ago)$|^(?:that|the\s+same)\s", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12]|(SP|SU|FA|WI))$")  # dates its year: no finer bucket
# A season dates only when the text places it ("the spring of 2021", "last summer") or sets something in it ("in
# the autumn"); "for the winter" is a purpose.
_PLACED_SEASON = re.compile(r"\d|\b(?:last|next|this|that|previous|following|coming|past)\b", re.IGNORECASE)
_SET_IN = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Dated:
    timex: Timex
    date: str
    granularity: str


def event_date(timex: Timex, heads_entry: bool = False, set_in: bool = False) -> tuple[str, str] | None:
    """``(date, granularity)`` when a timex dates an event, else None.

    Only timexes with a concrete calendar value: ``YYYY-MM-DD`` (day), ``YYYY-Www`` (week: dated by its Monday,
    ``YYYY-MM-DD`` with granularity ``week``), ``YYYY-MM`` (month), ``YYYY`` (year; also a quarter, half or
    season of it: "in the spring of 2021", "in the third quarter", whose own value the timex keeps; not a period
    figures are counted over, "this year", "the quarter", "fiscal 2023"), a decade
    (``199``: ``1990`` with granularity ``decade``). A part of a day
    ("Wednesday evening", ``2023-10-11TEV``) dates its day, and so does a TIME that names its day ("3:40 a.m. on
    March 2", "this morning"; not "overnight", which straddles two). PRESENT_REF, durations, sets, clock times
    without a day, underspecified values ("XXXX-03-15") and bounds ("before March") never date an event; a
    clock time that ``heads_entry`` of a live blog ("10:42 GMT - Polls closed ...") dates its day. A season dates
    its year when the text places it ("the spring of 2021", "last summer") or ``set_in`` it ("will vote in the
    autumn", read by the tense); "for the winter" is a purpose.
    """
    if timex.type not in ("DATE", "TIME") or (timex.mod in _UNDATING_MODS and not _CLOCK_ON_A_DAY.match(timex.value)):
        return None  # "before Monday" bounds a span; "before 5 a.m. Monday" is on Monday unless it is a deadline
    if timex.type == "TIME" and not _NAMES_A_DAY.search(timex.text) and not heads_entry:
        return None  # "at 10:00 GMT": its day is only the one the text spoke of last
    if _COUNTING_PERIOD.fullmatch(timex.text):
        return None  # "9,874 cases have been reported this year", "fell in the quarter", "fiscal 2023"
    value = timex.value
    if timex.granularity == "time" and (m := _PART_OF_DAY.match(value)):
        value = m[1]
    elif m := _PART_OF_YEAR.match(value):
        if timex.text.lower().endswith(("-quarter", "-half")) or (m[2] and not set_in
                                                                    and not _PLACED_SEASON.search(timex.text)):
            return None  # "second-quarter revenue" names what a figure covers, not when anything happened
        return m[1], "year"
    elif timex.granularity not in _GRANULARITIES:
        return None
    try:
        if m := _DAY.match(value):
            date(int(m[1]), int(m[2]), int(m[3]))
            return value, "day"
        if m := _MONTH.match(value):
            return (value, "month") if 1 <= int(m[2]) <= 12 else None
        if _YEAR.match(value):
            return value, "year"
        if _DECADE.match(value) and timex.granularity == "decade":
            return value + "0", "decade"
        if _CENTURY.match(value) and timex.granularity == "century" and not timex.text.endswith("-century"):
            return value + "00", "century"  # but "the 18th-century building" names a thing
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if _WEEK_OF_A_MONTH.search(timex.text):
                thursday = monday + timedelta(days=3)  # an ISO week lies in the month of its Thursday
                return f"{thursday.year:04d}-{thursday.month:02d}", "month"  # the month, as a timeline places it
            return monday.isoformat(), "week"
    except ValueError:
        return None
    return None


def _converted(text: str, timex: Timex) -> bool:
    """Is the timex a clock time restated in another zone, in brackets ("at 8:42 am (2342 GMT Wednesday)")? Its
    day is the other zone's, not the event's as the article tells it."""
    opened = text.rfind("(", max(0, timex.start - 12), timex.start + 1)
    closed = text.find(")", timex.end, timex.end + 24)  # "(10 p.m. UAE time)"
    return (opened >= 0 and closed >= 0 and ")" not in text[opened:timex.start]
            and _ZONE.search(text, opened, closed) is not None
            and _CLOCK_BEFORE.search(text, max(0, opened - 24), opened) is not None)


def _restated_in_utc(timexes: Sequence[Timex]) -> dict[tuple[int, int], _Dated]:
    """The clock times in UTC that tell again, on another day, the moment of the local clock time before them
    ("at 1:37 a.m. on Wednesday ... at 17:37 UTC on May 12"), by span, each with the local day: the story's."""
    out, local = {}, None
    for t in timexes:
        if t.type != "TIME":
            continue
        if not UNIVERSAL_ZONE.search(t.text):
            local = t.value
        elif local is not None and restated_elsewhere(t.value, local):
            out[t.start, t.end] = _Dated(t, local[:10], "day")
    return out


def _heads_entry(text: str, timex: Timex) -> bool:
    """Does a clock time open its paragraph, before a separator or the entry's first word, as a live blog's
    entries do ("10:42 GMT - Polls closed", "23:05 Exit poll shows ...")?"""
    if timex.type != "TIME" or not _CLOCK_ON_A_DAY.match(timex.value):
        return False
    return opens_line(text, timex.start) and _ENTRY_SEPARATOR.match(text, timex.end) is not None


def _heads_the_day(text: str, timex: Timex) -> bool:
    """Is the timex a day alone on its line, as a live blog heads each day's entries ("Wednesday 9 October")?"""
    if timex.type != "DATE" or not _DAY.match(timex.value) or not opens_line(text, timex.start):
        return False
    return not text[timex.end:_line_end(text, timex.end)].strip(" \t:-–—")


def _told_entries(text: str, entries: Container[int], timexes: Sequence[Timex]) -> frozenset[int]:
    """The live-blog entry times whose entry is told in sentences ("05:25 - Engineers identify the change as the
    trigger.", "09:40 — Uttaradit recorded 44.1C"), not headed by a headline ("09:30 GMT – RSF claims capture of
    army position", its story in the paragraph below) or a question ("10.30 BST - What happens next?"); and the
    items of a chronology box, one short line each with no story of its own below ("9.45pm: Evacuation order",
    "11.20pm: Levee breached"), next to another item or under a day heading."""
    starts = sorted(entries)
    if not starts:
        return frozenset()
    ends = [_line_end(text, start) for start in starts]
    headings = [(t.start, t.end) for t in timexes if _heads_the_day(text, t)]
    told = []
    for i, start in enumerate(starts):
        stops = _LINE_STOPS.findall(text, start, ends[i])
        if stops:
            if stops[0] != "?":
                told.append(start)
        elif (i + 1 < len(starts) and _only_headings_between(text, ends[i], starts[i + 1], headings)) or (
                i > 0 and _only_headings_between(text, ends[i - 1], start, headings)):
            told.append(start)
    return frozenset(told)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _only_headings_between(text: str, start: int, end: int, headings: Sequence[tuple[int, int]]) -> bool:
    """Is there nothing but blank lines and day headings between ``start`` and ``end``?"""
    return all(any(line.start() <= a < line.end() for a, _ in headings)
               for line in _WORDED_LINE.finditer(text, start, end))


def _chronology_entries(text: str, dated: Sequence[_Dated]) -> tuple[frozenset[int], frozenset[int]]:
    """The starts of the dates that head the entries of a chronology ("Key dates", "Timeline": "March 2021:
    Tunnel boring is completed ...", "14 June – Villa's bid is rejected"), each opening its paragraph before a
    colon or a dash; and of those that follow the label of a list entry after a colon or a dash, what is on at
    that date ("Perth, RAC Arena: Tuesday, October 3"), closing the entry or before its details after another
    separator ("Stage 2 — Monday, February 9: Marrakech – Ouarzazate, 196 km"). A list has two entries at least,
    of either kind ("Saturday, 29 March: Leinster v Dyfed ... Final: Saturday, 12 April, Cardiff Arms Park")."""
    heads = frozenset(d.timex.start for d in dated if d.timex.type == "DATE" and opens_line(text, d.timex.start)
                      and _CHRONOLOGY_SEPARATOR.match(text, d.timex.end))
    tails = frozenset(d.timex.start for d in dated if (d.timex.type == "DATE" or _NAMES_A_DAY.search(d.timex.text))
                      and _labelled(text, d.timex))  # a clock alone names no entry's day ("Daily, 10am–noon – ...")
    return (heads, tails) if len(heads | tails) >= 2 else (frozenset(), frozenset())


def _labelled(text: str, timex: Timex) -> bool:
    """Does the timex follow its line's label and a separator, closing the line, or before the entry's details
    after another separator when the label is short enough for a list entry's?"""
    label = text[text.rfind("\n", 0, timex.start) + 1:timex.start]
    fixture = _FIXTURE_BEFORE.search(label) is not None
    if not fixture and not _TAIL_SEPARATOR.search(text, max(0, timex.start - 4), timex.start):
        return False
    if _closes_line(text, timex):
        return True
    return ((fixture or len(label.split()) <= _LABEL_MAX_WORDS) and not _LABEL_END.search(label)
            and _DETAILS_SEPARATOR.match(text, timex.end) is not None)


def _closes_line(text: str, timex: Timex) -> bool:
    """Does the timex end its paragraph (but for a full stop)?"""
    return not text[timex.end:_line_end(text, timex.end)].strip(" \t.")


def _entry_days(text: str, timexes: Sequence[Timex], published_at: date | None = None) -> dict[int, str]:
    """The day of each live-blog entry time (by its start), past midnight the day after: a blog runs on from
    the evening into the night, newest entry first or last ("23:48 GMT", "00:20 GMT" is the next day). When most
    entry times resolved to one day (an entry read against a date the text spoke of just before is the blog's
    too), that day is the blog's first. When they did not, each was read against a day its neighbours' words
    named ("until 06:00 on Thursday"): an entry is on the day of the last day heading before it (a day alone on
    its line), else on the publication day; so is an entry under two or more day headings."""
    entries = [t for t in timexes if _heads_entry(text, t)]
    if not entries:
        return {}
    base, count = Counter(t.value[:10] for t in entries).most_common(1)[0]
    headings = [t for t in timexes if _heads_the_day(text, t)]
    # entries under two or more day headings ("Wednesday, March 6" / "9.45pm: ..." / "Thursday, March 7" /
    # "1am: ...") are on their heading's day, whatever the run of clock times would say
    headed = len({h.value[:10] for h in headings if h.start < entries[-1].start}) >= 2
    fallback = published_at.isoformat() if published_at is not None else None
    if count * 3 < len(entries) * 2 and not headings and fallback:
        base = fallback  # entry times read against days of their own: the blog starts on its publication day
    elif headed or count * 3 < len(entries) * 2:
        days = {}
        for t in entries:
            heading = next((h for h in reversed(headings) if h.end <= t.start), None)
            day = heading.value[:10] if heading is not None else fallback
            days[t.start] = day or t.value[:10]
        return days
    minutes = [int(t.value[11:13]) * 60 + int(t.value[14:16] or 0) for t in entries]
    steps = list(zip(minutes, minutes[1:]))
    close = [(a, b) for a, b in steps if abs(a - b) < _WRAP]
    newest_first = sum(b < a for a, b in close) > sum(b > a for a, b in close)
    order = list(range(len(entries)))[::-1] if newest_first else list(range(len(entries)))
    first = date.fromisoformat(base)
    days: dict[int, str] = {}
    shift, previous = 0, None
    for i in order:
        if previous is not None and minutes[i] < previous - _WRAP:
            shift += 1  # "23:48" then "00:20": past midnight
        previous = minutes[i]
        days[entries[i].start] = (first + timedelta(days=shift)).isoformat()
    return days


def _in_entries(text: str, timexes: Sequence[Timex], entries: dict[int, str], published_at: date | None
                ) -> list[Timex]:
    """The timexes, with those inside a live-blog entry on the entry's day: "today" and "this morning" in an entry
    written past midnight ("07:40 — ... The commission will meet at 15:00 today"), not the publication day the blog
    started on; and a clock time that names no day ("7:20 p.m. — The fire was reported at about 1:40 p.m."; "1:10
    a.m. — ... its next update at 7 a.m."), or the day before when it is an evening's and the entry was written in
    the small hours ("1:10 a.m. — ... began at 11 p.m.")."""
    pub = date(published_at.year, published_at.month, published_at.day).isoformat() if published_at else None
    starts = sorted(entries)
    heads = {t.start: t for t in timexes if t.start in entries}
    out = []
    for t in timexes:
        entry = _entry_holding(text, starts, t.start)
        day = entries[entry] if entry is not None else None
        if day is not None and pub is not None and day != pub and t.value.startswith(pub) \
                and _TODAY_WORDS.search(t.text):
            t = replace(t, value=day + t.value[10:], resolution=f"said in a live-blog entry of {day}")
        elif day is not None and entry != t.start and t.type == "TIME" and CLOCK_VALUE.match(t.value) \
                and not _NAMES_A_DAY.search(t.text) and (head := heads.get(entry)) is not None \
                and CLOCK_VALUE.match(head.value):
            on = date.fromisoformat(day)
            if head.value[11:13] < _SMALL_HOURS_END <= _EVENING_START <= t.value[11:13]:
                on -= timedelta(days=1)
            t = replace(t, value=on.isoformat() + t.value[10:], resolution=_IN_AN_ENTRY + day)
        out.append(t)
    return out


def _entry_holding(text: str, starts: Sequence[int], at: int) -> int | None:
    """The start of the live-blog entry (of the sorted entry times ``starts``) whose paragraph holds offset
    ``at``, if any."""
    k = bisect_right(starts, at) - 1
    return starts[k] if k >= 0 and text.find("\n\n", starts[k], at) == -1 else None


def _counted_from(text: str, timex: Timex) -> Timex:
    """A day named after "the eve of", "the day after", "three days before": the day counted from it."""
    if timex.granularity != "day" or not _DAY.match(timex.value):
        return timex
    words = _DAYS_FROM.search(text, max(0, timex.start - 32), timex.start)
    if words is None or (words["eve"] is None) == (words["side"] is None):
        return timex
    if words["eve"]:
        days = -1
    else:
        n = 1 if words["the"] else int(rulebook().normalizations["number"].get(words["n"].lower(), words["n"]))
        if words["n"] and (n == 1) != (words["unit"].lower() in ("day", "week")):
            return timex  # "a days before", "two day after": not a count
        days = n * (7 if words["unit"] and words["unit"].lower().startswith("week") else 1)
        days = days if words["side"].lower() == "after" else -days
    try:
        day = date.fromisoformat(timex.value) + timedelta(days=days)
    except (ValueError, OverflowError):
        return timex
    start = words.start()
    return replace(timex, start=start, text=text[start:timex.end], value=day.isoformat(), mod=None,
                   resolution=f"{' '.join(words.group().split())} {timex.text}: {day.isoformat()}")


def _counted_days(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """``_counted_from`` for each timex; the count it takes in ("three days") is no expression of its own."""
    counted = [_counted_from(text, t) for t in timexes]
    taken = [(c.start, t.start) for c, t in zip(counted, timexes) if c.start != t.start]
    return [c for c in counted if not any(a <= c.start and c.end <= b for a, b in taken)]


def _on_entry_day(timex: Timex, entries: dict[int, str]) -> Timex:
    """An entry time with the day of its entry, where the blog's run of entries set another."""
    day = entries.get(timex.start)
    if day is None or timex.value.startswith(day):
        return timex
    return replace(timex, value=day + timex.value[10:],
                   resolution=f"a live-blog entry time: the day of its entry, {day}")


def extract_events(text: str, timexes: Sequence[Timex], *, dateline_place: str | None = None,
                   aliases: AliasTable | None = None, published_at: date | None = None,
                   head_end: int = 0) -> list[EventMention]:
    """One EventMention per (clause, dating timex) in ``text``; ``timexes`` carry offsets into ``text``.

    ``published_at``: the article's publication date; the dateline place is where a clause with no place of its
    own happened only on the news day, that date or the day before it (without it, the most mentioned day).
    ``head_end``: where the headline and standfirst before the text end; their title-case words teach the
    article's names nothing ("Kirkby Aldbeck Flood Wall Holds" names no person).
    """
    aliases = aliases or default_aliases()
    timexes = _counted_days(text, _spoken_on_the_story_day(text, timexes, published_at))
    restated = _restated_in_utc(timexes)
    converted = {(t.start, t.end) for t in timexes if _converted(text, t)} | restated.keys()
    entries = _entry_days(text, timexes, published_at)
    if entries:
        timexes = _in_entries(text, timexes, entries, published_at)
    dated = sorted((_Dated(_on_entry_day(t, entries), entries.get(t.start, found[0]), found[1]) for t in timexes
                    if (found := event_date(t, t.start in entries, _SET_IN.search(text, max(0, t.start - 8), t.start)))
                    and (t.start, t.end) not in converted),
                   key=lambda d: d.timex.start)
    if not dated:
        return []
    # sentences up to the one of the last date or clock time: the rest of a long article dates nothing
    last = max([dated[-1].timex.start] + [t.start for t in timexes if t.type == "TIME"])
    sentences = list(takewhile(lambda span: span[0] <= last, iter_split(text)))
    clocks = _clocks_on_told_days(text, timexes, dated, converted, [s for s, _ in sentences], restated,
                                  published_at)
    dated = sorted(dated + clocks, key=lambda d: d.timex.start) if clocks else dated
    clock_starts = {d.timex.start for d in clocks}
    # clock times, restated times and the period still running are temporal words too, though they date nothing: no
    # summary keeps them ("This year's festival opened"; but "approved a budget for fiscal 2025")
    quiet = sorted((t.start, t.end) for t in timexes if t.type == "TIME" or (t.start, t.end) in converted
                   or _RUNNING_PERIOD.fullmatch(t.text))
    quiet_starts = [start for start, _ in quiet]
    news_days = _news_days(dated, published_at)
    heads, tails = _chronology_entries(text, dated)
    times = [t for t in timexes if t.type == "TIME" and (t.start, t.end) not in converted]
    told_entries = _told_entries(text, entries, timexes)
    fallback = aliases.canonical(dateline_place) if dateline_place else None
    memory = ArticleMemory()
    out: list[EventMention] = []
    listed_starts: set[int] = set()  # the dates and clock times of dated list lines
    first = 0  # dated is sorted by start: walk it along the sentences
    for s, e in sentences:
        while first < len(dated) and dated[first].timex.start < s:
            first += 1
        if first == len(dated):
            break  # no date after this point: the rest of the article cannot yield a mention
        sentence = text[s:e]
        entities = find_entities(sentence, aliases, people=memory.people)
        here = []
        for d in dated[first:]:
            if d.timex.start >= e:
                break
            if d.timex.end <= e:
                here.append(d)
        if here:
            spans = [(d.timex.start - s, d.timex.end - s) for d in here]
            spans += [(a - s, b - s) for a, b in quiet[bisect_left(quiet_starts, s):bisect_left(quiet_starts, e)]
                      if b <= e and (a - s, b - s) not in spans]
            own_item = _OWN_ITEM_OPENING.match(sentence)
            if own_item or _CORRECTING.search(sentence):
                # the outlet's item that got it wrong ran then; the words of it quoted are what is corrected
                here = [d for d in here if not _OUTLET_ITEM_RAN.search(sentence, 0, d.timex.start - s)
                        and not (own_item and (_quoted(text, d.timex.start)
                                               or _ITEM_SAID.search(sentence, own_item.end(), d.timex.start - s)))]
            here = [d for d in here if not _names_a_thing_or_deadline(sentence, s, d) and not _habitual(sentence, s, d)
                    and not _night_beside_a_day(d, here) and not _span_over(sentence, s, d)]
            roles = SentenceRoles(sentence, entities, sorted(spans), aliases, memory)
            naming = _naming_dates(roles, s, here)
            if naming:  # their words stay in the summary ("approved the 2023 budget")
                here = [d for d in here if d not in naming]
                spans = [span for span in spans if span not in {(d.timex.start - s, d.timex.end - s) for d in naming}]
                roles = SentenceRoles(sentence, entities, sorted(spans), aliases, memory)
            dropped = _restated(sentence, s, here) + _paired(sentence, s, here) + _dropped_plans(sentence, s, here) \
                + _long_ranges(sentence, s, here, published_at) + _named_holidays(roles, s, here)
            here = [d for d in here if d not in dropped]
            seen: set[tuple[int, str, str | None, str]] = set()
            if any(d.timex.start in heads or d.timex.start in tails for d in here):
                listed_starts.update(d.timex.start for d in here)
            for d in here:
                mention = _mention(roles, sentence, s, d, entities, news_days, fallback)
                if d.timex.start in entries and len(here) > 1 and (mention is None or any(
                        _dates_it_too(roles, sentence, s, o, mention, entities, news_days, fallback)
                        for o in here if o is not d)):
                    # "11:00 – Schools will close from Thursday, the education office said": the entry's time dates
                    # the telling, the day what is told
                    telling = next((t for t in roles.triggers if t.kind == "statement" and t.is_verb), None)
                    if telling is not None:
                        mention = _mention(roles, sentence, s, d, entities, news_days, fallback, dating=telling)
                if mention is None and (d.timex.start in heads or (d.timex.start in told_entries and len(here) == 1)):
                    mention = _entry_mention(roles, sentence, s, d, entities, news_days, fallback)
                elif mention is None and d.timex.start in tails:
                    mention = _tail_mention(roles, sentence, s, d, entities)
                elif mention is None and s < head_end:
                    mention = _headline_mention(roles, sentence, s, d, entities, published_at)
                # one mention a clause, day and verb, but for clock times of that day ("issued a warning at 1:45
                # a.m. and lifted it at 3:05 a.m.") and what happened "the same day" besides
                when = d.timex.value if d.timex.start in clock_starts else d.date
                if mention is not None and (key := (roles.seg.of_token[_first_token(roles, d, s)], when,
                                                    _SAME_AGAIN.match(d.timex.text) and mention.summary,
                                                    mention.trigger)) not in seen:
                    seen.add(key)
                    if not mention.actors and not mention.places:
                        mention = replace(mention, context=memory.context(entities))
                    out.append(mention)
                if mention is not None and (d.timex.start in heads or d.timex.start in tails):
                    out.extend(_listed_times(roles, sentence, s, d, mention, entities, times))
            main_subject = roles.subject(0)
            if main_subject and s >= head_end:
                memory.last_subject = tuple(main_subject)
        if s >= head_end:
            memory.observe(entities, sentence)
    # a list line's clock time is the line's own ("Friday, September 8: mediation session, 10am"), no retelling
    return _without_retold(out, clock_starts - listed_starts) if clocks else out


def _spoken_on_the_story_day(text: str, timexes: Sequence[Timex], published_at: date | None) -> Sequence[Timex]:
    """The timexes, with "today" and "tonight" inside a direct quote put on the story's day where the story tells
    of the day before its publication ("Coastal City won the final last night ... 'Tonight is for everyone,' he
    said"): the words were spoken then. The story's day is that of its first date with a day."""
    if not isinstance(published_at, date):
        return timexes
    lead = next((t.value[:10] for t in timexes if t.type in ("DATE", "TIME") and _DAY.match(t.value[:10])
                 and not _quoted(text, t.start)), None)
    pub = date(published_at.year, published_at.month, published_at.day)
    if lead != (pub - timedelta(days=1)).isoformat():
        return timexes
    tense = rulebook().tense
    # (what is hoped for "tonight" was said on the publication day: "We hope to reach the last two men tonight")
    return [replace(t, value=lead + t.value[10:], resolution=f"said in a quote on the story's day, {lead}")
            if _SPOKEN_TODAY.match(t.text) and t.value[:10] == pub.isoformat() and _quoted(text, t.start)
            and tense_direction(text, t.start, t.end, tense) != "future" else t
            for t in timexes]


def _quoted(text: str, at: int) -> bool:
    """Is character ``at`` inside a direct quote of its paragraph?"""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    opened = before.rfind("“")
    if opened >= 0:
        return before.rfind("”") < opened
    return before.count('"') % 2 == 1


_TOLD_MANY_TIMES_A_DAY = frozenset({OTHER_KIND, "statement"})  # kinds whose day and kind make no one event


def _without_retold(mentions: list[EventMention], clock_starts: set[int]) -> list[EventMention]:
    """The mentions, less those dated by a clock time on a day told before that tell again a happening of the
    same known kind on that day ("A magnitude 5.8 earthquake struck on Tuesday ... The quake hit at 14:12 local
    time"): the same event, which its first mention already dates and the timeline would show twice. One told at
    another clock time is another ("struck at 1:37 a.m. ... An aftershock at 4:12 a.m. caused further damage"), and
    so is one told in the past perfect, before the happening told ("elected its president late on Thursday ... The
    first round had been held at 2.30pm and the second shortly after 6pm"), and a statement (the company said so
    at noon; its manager told workers at a meeting at 8 a.m.)."""
    told: dict[tuple[str, str], str] = {}  # the clock time of the first mention of a kind on a day, or ""
    out = []
    for m in mentions:
        clock = m.timex.value[10:] if _CLOCK_ON_A_DAY.match(m.timex.value) else ""
        first = told.get((m.date, m.kind))
        earlier = bool(clock) and in_past_perfect(m.sentence, m.timex.start - m.sentence_start)
        if m.timex.start in clock_starts and m.kind not in _TOLD_MANY_TIMES_A_DAY and first is not None \
                and (not first or first == clock) and not earlier:
            continue
        if earlier:
            told[m.date, m.kind] = clock
        told.setdefault((m.date, m.kind), clock)
        out.append(m)
    return out


def _clocks_on_told_days(text: str, timexes: Sequence[Timex], dated: list[_Dated],
                         converted: Container[tuple[int, int]], sentence_starts: Sequence[int],
                         restated: dict[tuple[int, int], _Dated], published_at: date | None = None) -> list[_Dated]:
    """The clock times and parts of a day, not in ``dated``, that name no day but follow, within a few sentences,
    a date of the day they were read against: "bus fell into a gorge on Thursday. The accident took place at around
    7.30 am", "began pulling out control rods in the afternoon". A story telling the hours of its day goes on from
    one clock time to the next ("issued a warning at 1:45 a.m. and lifted it at 3:05 a.m. ... An aftershock at
    4:12 a.m."), and a time told again in UTC is one of them (``restated``).
    Further off, or after no day at all, the day is a guess; where its sentence names that day, the day dates it."""
    clocks = [t for t in timexes if t.type == "TIME" and (t.start, t.end) not in converted
              and _TOLD_DAY_CLOCK.match(t.value) and not _NAMES_A_DAY.search(t.text)
              and not _TO_CLOCK.match(text, t.end)  # "from 7:25 a.m. to 8:10 a.m.": hours, no moment
              and not (_AND_CLOCK.match(text, t.end)
                       and _BETWEEN_BEFORE.search(text, max(0, t.start - 12), t.start))
              and not _EACH_DAY.match(text, t.end)  # "will meet at 11 a.m. each day": a habit, no moment
              and (t.mod not in _UNDATING_MODS or _NEAR_CLOCK.search(text, max(0, t.start - 30), t.start))]
    if not clocks:
        return []
    # "police arrived eight minutes later" counts from a clock time: it does not name the clock's day again
    # nor does "overnight", a night across two days
    days = sorted([d for d in dated if d.granularity == "day" and not _COUNTED_ON_THE_CLOCK.search(d.timex.text)
                   and d.timex.text.lower() != _OVERNIGHT
                   and not after_since(text, d.timex.start)]  # "at sea since 2 July": no day told
                  + list(restated.values()), key=lambda d: d.timex.start)
    starts = [d.timex.start for d in days]
    taken = {d.timex.start for d in dated}
    added: list[_Dated] = []
    for t in clocks:
        at = bisect_left(starts, t.start)
        after = days[at] if at < len(days) else None
        if t.start in taken:
            continue
        if t.resolution.startswith(_IN_AN_ENTRY):  # its entry tells its day
            added.append(_Dated(t, _clock_day(t), "day"))
            continue
        # the day before, or the one before it in the same sentence when that one dates only the telling ("began
        # shortly before midnight on Monday, the IMO said this morning. ... began at 22:58")
        # ("announced this afternoon, after talks collapsed on Friday. ... at 3pm": the clock read against the
        # afternoon's day)
        # ("closed schools on Tuesday and ordered them to stay shut on Wednesday. ... at 8 a.m.": the clock read
        # against the day told as done, not the one ahead of the publication)
        before = days[at - 2:at] if at >= 2 and not _apart(sentence_starts, starts[at - 2], starts[at - 1]) \
            and (dates_a_telling(text, starts[at - 1]) or days[at - 2].timex.value[10:] in _PARTS_OF_A_DAY
                 or (published_at is not None and days[at - 1].date > published_at.isoformat())) \
            else days[max(0, at - 1):at]
        if any(_on_the_day_before(t, day, after, sentence_starts) for day in before) or (
                added and (at == 0 or added[-1].timex.start > starts[at - 1])
                and _after_the_clock_before(text, t, added[-1], after, sentence_starts)):
            added.append(_Dated(t, _clock_day(t), "day"))
    return added


def _clock_day(clock: Timex) -> str:
    """The day of a clock time on a told day: "shortly after midnight" is the start of the next."""
    day = clock.value[:10]
    if clock.value.endswith("T24:00") and clock.mod == "AFTER":
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return day


def _after_the_clock_before(text: str, clock: Timex, before: _Dated, after: _Dated | None,
                            sentence_starts: Sequence[int]) -> bool:
    """Is the clock time on the day of ``before``, a clock time found on a told day, later and not far after it,
    with no other day-dated expression between them, and that day not named after it in its sentence (``after``)?
    The story is telling that day's hours in order, or going back in them in the past perfect ("announced at
    11.52pm. The first round had been held at 2.30pm")."""
    return before.date == clock.value[:10] \
        and (clock.value > before.timex.value or in_past_perfect(text, clock.start)) \
        and clock.start - before.timex.end <= CLOCK_CHAIN_REACH \
        and (after is None or after.date != before.date or _apart(sentence_starts, clock.start, after.timex.start))


def _apart(sentence_starts: Sequence[int], a: int, b: int) -> bool:
    """Are offsets ``a`` and ``b`` in different sentences?"""
    return bisect_right(sentence_starts, a) != bisect_right(sentence_starts, b)


def _on_the_day_before(clock: Timex, day: _Dated, after: _Dated | None, sentence_starts: Sequence[int]) -> bool:
    """Is the clock time on ``day``, the day-dated expression before it: read against it, a sentence or a few
    later (or later in the day than a clock time of it), and not named again after the clock in its own sentence
    (``after``, the next day-dated one)?"""
    told_day = day.date == clock.value[:10] or in_the_night_after(day.timex.value, clock.value)
    # in its own sentence only after an earlier clock time of that day ("met at 11:00 today and said the centres
    # would open at 16:00"): another moment, where a day would date the same happening
    later_the_same_day = _CLOCK_ON_A_DAY.match(day.timex.value) is not None and clock.value > day.timex.value
    # a clock time later than the day's own goes on telling its hours, as far as a chain of them would reach
    reach = CLOCK_CHAIN_REACH if later_the_same_day else CLOCK_REACH
    return told_day and clock.start - day.timex.end <= reach \
        and (later_the_same_day or _apart(sentence_starts, day.timex.start, clock.start)) \
        and (after is None or after.date != day.date or _apart(sentence_starts, clock.start, after.timex.start))


_HOLIDAY_NAME = re.compile(r"(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b)[A-Z][A-Za-z'’]*(?:\s+[A-Z][A-Za-z'’]*)*")


def _naming_dates(roles: SentenceRoles, offset: int, here: list[_Dated]) -> list[_Dated]:
    """The years and months that only name a thing ("approved the 2023 budget on Wednesday", "its 2022 report",
    "waived late fees on July water bills on Monday") when the sentence has a finer date: that one dates the event.
    A date naming an event ("ahead of the December 2024 general election") is none: it dates that event."""
    if len(here) < 2:
        return []
    sentence = roles.text
    finest = min(_rank(d.granularity) for d in here)
    return [d for d in here if (
        _rank(d.granularity) > finest and d.granularity in ("year", "month")
        and ((_before_a_noun(roles, offset, d)
              and not _names_an_event(roles, d.timex.start - offset, d.timex.end - offset))
             or _FOR_PERIOD.search(sentence, 0, d.timex.start - offset)))]


def _named_holidays(roles: SentenceRoles, offset: int, here: list[_Dated]) -> list[_Dated]:
    """A holiday naming what falls on it, whose day the sentence names again ("will join the May Day rally on
    Wednesday"): the other date dates the happening."""
    return [d for d in here if _HOLIDAY_NAME.fullmatch(d.timex.text) and _before_a_noun(roles, offset, d)
            and any(o is not d and o.date == d.date and o.granularity == "day" for o in here)]


def _names_a_thing(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, span: tuple[int, int]) -> bool:
    """Does the date stand before a noun it names ("the 2021 coffee crop", "last year's record harvest", "the
    January transfer window")?"""
    return (span[1] < len(roles.toks) and roles.toks[span[1]].low == POSSESSIVE) or _before_a_noun(roles, offset, d)


def _before_a_noun(roles: SentenceRoles, offset: int, d: _Dated) -> bool:
    """Does the date stand between a determiner and a noun ("the 2023 budget", "its 2022 report")? After "on",
    a capitalized word opens the clause the date is fronted to ("on July bills", but "Then on Thursday Tyler
    unfollowed ..."), and a past form is the verb ("The board on Monday released ...")."""
    sentence = roles.text
    before = _NAMING_BEFORE.search(sentence, 0, d.timex.start - offset)
    after = _NAMING_AFTER.match(sentence, d.timex.end - offset)
    if not (before and after):
        return False
    if before.group().strip().lower() == "on":
        span = roles.token_span(d.timex.start - offset, d.timex.end - offset)
        return not after.group()[-1].isupper() and not (span and span[1] < len(roles.toks)
                                                        and past_form(roles.toks[span[1]]))
    return True


def _names_an_event(roles: SentenceRoles, start: int, end: int) -> bool:
    """Does the date at ``[start, end)`` stand inside the noun phrase of an event noun ("the 2024 general
    election")?"""
    span = roles.token_span(start, end)
    return span is not None and any(not t.is_verb and roles.premodifies(*span, t) for t in roles.triggers)


def _rank(granularity: str) -> int:
    """How coarse a granularity is: a clock time is finer than a day, a season as coarse as a quarter."""
    return RANK.get(granularity, -1 if granularity == "time" else RANK["quarter"])


def _restated(sentence: str, offset: int, here: list[_Dated]) -> list[_Dated]:
    """The dates told again at once in finer words, which date nothing: "Two years later, in June 2022, ..."
    dates by June 2022, "A week later, on Wednesday, ..." by Wednesday, "that year, in late 2019" by late 2019."""
    return [d for d, after in zip(here, here[1:])
            if after.date.startswith(d.date) and (after.date != d.date or _COUNTED.search(d.timex.text))
            and TOLD_AGAIN.fullmatch(sentence, d.timex.end - offset, after.timex.start - offset)]


def _paired(sentence: str, offset: int, here: list[_Dated]) -> list[_Dated]:
    """The second of two days named by their weekday or number alone, joined by "and" a day or two after the first:
    the days one happening ran over ("the show goes ahead on June 26 and 27", "closed on Wednesday and Thursday"),
    which the first dates; not two days told "respectively"."""
    return [after for d, after in zip(here, here[1:])
            if after.granularity == d.granularity == "day" and _PAIRED_DAY.fullmatch(after.timex.text)
            and timedelta(days=1) <= date.fromisoformat(after.date) - date.fromisoformat(d.date) <= _PAIRED_DAYS
            and _PAIR_JOIN.fullmatch(sentence, d.timex.end - offset, after.timex.start - offset)
            and not _RESPECTIVELY.search(sentence)]


def _long_ranges(sentence: str, offset: int, here: list[_Dated], published_at: date | None) -> list[_Dated]:
    """The first ends of ranges longer than a fortnight ("the thefts took place between 2013 and 2020", "were sold
    between May 20 and June 13", "sold flats from March 2014 to June 2016"): a period something went on over, which
    dates no happening. A short range dates one by its first day ("training will be held between Thursday and
    Saturday"), and so does a "from" range still to run, a start ("the site will close from August 1 to October
    31")."""
    out = []
    for d, after in zip(here, here[1:]):
        first, last = parse_reference(d.timex.value), parse_reference(after.timex.value)
        opens = _RANGE_OPENS.search(sentence, max(0, d.timex.start - offset - 12), d.timex.start - offset)
        if first is None or last is None or opens is None \
                or not _RANGE_JOIN.fullmatch(sentence, d.timex.end - offset, after.timex.start - offset):
            continue
        end = unit_end(*last)
        if end - first[0] > _LONG_RANGE and (opens.group().lower().startswith("between") or (
                published_at is not None and end < date(published_at.year, published_at.month, published_at.day))):
            out.append(d)
    return out


def _names_a_thing_or_deadline(sentence: str, offset: int, d: _Dated) -> bool:
    """Does the date identify a holding or a product, or name a deadline, rather than tell a happening ("to
    shareholders on the register on 23 May", "a best-before date of 15 January 2026", "vehicles of the 2023 and 2024
    model years", "Registration closes on 30 April")?"""
    at = d.timex.start - offset
    return (_IDENTIFYING_BEFORE.search(sentence, max(0, at - _IDENTIFYING_REACH), at) is not None
            or _IDENTIFYING_LABEL.match(sentence, d.timex.end - offset) is not None
            or _DEADLINE_BEFORE.search(sentence, max(0, at - _IDENTIFYING_REACH), at) is not None
            or (d.granularity == "year" and _MODEL_YEARS.match(sentence, d.timex.end - offset) is not None))


def _span_over(sentence: str, offset: int, d: _Dated) -> bool:
    """Is the date a year or longer that something held over ("For most of the 20th century, the river was an
    industrial drain", "throughout 2023") or the sentence's subject ("The 20th century brought a different
    invader")? A day still dates ("closed the airport for much of 23 January")."""
    at = d.timex.start - offset
    return d.granularity in ("year", "decade", "century") and (
        _SPAN_OVER.search(sentence, max(0, at - 40), at) is not None
        or (not sentence[:at].strip() and _SPAN_AS_SUBJECT.match(sentence, d.timex.end - offset) is not None))


def _night_beside_a_day(d: _Dated, here: list[_Dated]) -> bool:
    """Is the date "overnight" in a sentence that names a day ("raised its alert overnight, before lowering it on
    Tuesday afternoon")? Which night it was is that day's to tell; alone, it is the night just gone."""
    return d.timex.text.lower() == _OVERNIGHT and any(o.timex.type == "DATE" and o.granularity == "day"
                                                       for o in here if o is not d)


def _habitual(sentence: str, offset: int, d: _Dated) -> bool:
    """Is the date, named bare ("in April", "on Sunday", "at 5pm"), a habit's time ("every Monday in April", "is
    held every year in late October", "usually given in April", "the rainy season, which runs from November")?"""
    text = d.timex.text
    if not _NAMED_BARE.fullmatch(text) or _NOT_BARE.search(text):
        return False
    at, end = d.timex.start - offset, d.timex.end - offset
    return _HABIT_BEFORE.search(sentence, max(0, at - 80), at) is not None \
        or _HABIT_AFTER.match(sentence, end) is not None \
        or _SEASON_SPAN.search(sentence, max(0, at - 60), at) is not None


def _dropped_plans(sentence: str, offset: int, here: list[_Dated]) -> list[_Dated]:
    """The first date of each plan told in the past that a "but" after it says did not hold ("had been due to be
    debated next week but will now be taken on 24 November")."""
    out = []
    for plan in _PAST_PLAN.finditer(sentence):
        but = _BUT.search(sentence, plan.end())
        first = next((d for d in here if d.timex.start - offset >= plan.end()), None)
        if but is not None and first is not None and first.timex.end - offset <= but.start():
            out.append(first)
    return out


def _first_token(roles: SentenceRoles, d: _Dated, offset: int) -> int:
    span = roles.token_span(d.timex.start - offset, d.timex.end - offset)
    return span[0] if span else 0


def _news_days(dated: Sequence[_Dated], published_at: date | None) -> frozenset[str]:
    """The days an article's dateline speaks for: its publication day and the day before (a story filed in
    the night), else, with no publication date, its most frequent day date (the latest on a tie)."""
    if isinstance(published_at, date):
        day = published_at if type(published_at) is date else date(published_at.year, published_at.month,
                                                                       published_at.day)
        return frozenset({day.isoformat(), (day - timedelta(days=1)).isoformat()})
    days = Counter(d.date for d in dated if d.granularity == "day")
    if not days:
        return frozenset()
    return frozenset({max(days, key=lambda v: (days[v], v))})


def _bounded_by(roles: SentenceRoles, a: int) -> tuple[str | None, int]:
    """The class of the words right before token ``a`` that limit its date, if any, and where they start:
    ``bound`` ("before May", "since July") or ``deadline`` ("by 2026", "until at least the end of May")."""
    toks = roles.toks
    k = a - 1
    if k >= 1 and toks[k].low in _ENDED and toks[k - 1].low in _PERIODS:
        return "bound", k - 1  # "revenue for the quarter ended March 31": the period, not when anything happened
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k >= 2 and toks[k].low == "least" and toks[k - 1].low == "at":  # "until at least Sunday"
        k -= 2
    words = roles.lex.words
    for n in (1, 2, 3):
        if k - n + 1 >= 0:
            phrase = " ".join(t.low for t in toks[k - n + 1:k + 1])
            for word_class in ("bound", "deadline"):
                if phrase in words[word_class]:
                    if word_class == "deadline" and k - n >= 0 and toks[k - n].low in _PERIODS:
                        return None, a  # "rose 2.5% in the 12 months through June": as "to June", the month told of
                    if word_class == "deadline" and k - n >= 0 and (
                            toks[k - n].low in ("not", "n't", "n’t") or (phrase == "by" and past_participle(toks[k - n])
                                                                         and toks[a - 1].low == "the")):
                        # "it was not until Tuesday that Castro revealed": then; "as laid down by the Feb. 23
                        # accord": the date names the accord
                        return None, a
                    if phrase in ("until", "till") and _not_until(roles, k - n + 1):
                        return None, a  # "was not declared over until August 2023": it was then
                    if phrase in ("until", "till") and _adjourned_until(roles, k - n + 1):
                        return None, a  # "the court adjourned the case until 2 April": when it sits again
                    return word_class, k - n + 1
    return None, a


def _adjourned_until(roles: SentenceRoles, until: int) -> bool:
    """Does "until" at token ``until`` follow "adjourned" a few words before it in its clause ("adjourned the trial
    until 7th April")? Then its date is when the hearing resumes, no deadline (unless the adjournment was only asked
    for)."""
    toks = roles.toks
    for k in _words_before_until(roles, until):
        if toks[k].low in _ADJOURNED:
            # not what was asked for: "had asked for the case to be adjourned until January"
            return not any(toks[j].low == "to" for j in range(max(0, k - 2), k))
    return False


def _not_until(roles: SentenceRoles, until: int) -> bool:
    """Is "until" at token ``until`` the end of a negation a few words before it in its clause ("did not reopen
    until March")? Then it tells when the happening came."""
    return any(roles.toks[k].low in ("not", "n't", "n’t", "never") for k in _words_before_until(roles, until))


def _words_before_until(roles: SentenceRoles, until: int) -> Iterator[int]:
    """The tokens a few words back from "until" at token ``until``, nearest first, in its clause and up to a comma."""
    cid = roles.seg.of_token[until]
    for k in range(until - 1, max(-1, until - _NOT_UNTIL_REACH), -1):
        if roles.seg.of_token[k] != cid or roles.toks[k].text in (",", ";"):
            return
        yield k


def _clause_dated_apart(roles: SentenceRoles, a: int, b: int) -> bool:
    """Does the clause of tokens ``[a, b)`` hold another date that is no limit itself ("By Labor Day we'll have
    hired a firm, and a superintendent by next summer" has two deadlines)?"""
    cid = roles.seg.of_token[a]
    return any(roles.seg.of_token[k] == cid and not a <= k < b and k - 1 not in roles.dated
               and _bounded_by(roles, k)[0] is None for k in roles.dated)


def _reached_by_then(roles: SentenceRoles, main: Trigger, cid: int, limit_at: int, day: str,
                     news_days: frozenset[str]) -> bool:
    """Is what "by" dates told as done by then ("had grown to about 14,300 hectares by Tuesday morning", "shares
    fell 3.2 percent to $41.87 by 3 p.m. on Tuesday", "by Monday, officials hardened their stance"), not as due
    ("must repay by Friday", "urged residents to finish preparations by Sunday evening", "expected $180 million
    in savings by 2028": after the news, nothing is done yet)? "Until" dates the end of a state ("banned scooters
    until Thursday"), which is no happening either way."""
    toks = roles.toks
    if toks[limit_at].low != "by" or (news_days and day > max(news_days)[:len(day)]):
        return False
    clause = roles.seg.tokens(cid)
    if all(toks[k].low in _FRONTING for k in clause if k < limit_at):
        # the deadline word first: "By Monday, federal officials hardened their stance"
        verb = next((k for k in clause if k > limit_at and k not in roles.dated and past_form(toks[k])), None)
    elif main.is_verb:  # "had signed a petition by Wednesday", not "mail an offer to shareholders by Nov. 22"
        verb = main.start if main.start < limit_at and past_participle(toks[main.start]) else None
    else:  # "the fire ... had grown to about 14,300 hectares by Tuesday morning"
        verb = next((k for k in reversed(clause) if k < limit_at and past_participle(toks[k])), None)
    if verb is None or any(toks[j].low == "to" or (is_auxiliary(toks[j]) and toks[j].low not in _HAVE)
                           for j in range(max(0, verb - 3), verb)):
        return False  # "to be signed", "will be approved", "was extended until 2026": not an act done
    return not any(toks[j].low == "to" and _VERB_AFTER_TO.fullmatch(toks[j + 1].text)
                   for j in range(verb + 1, limit_at - 1))


def _just_before(roles: SentenceRoles, a: int) -> bool:
    """"shortly before 5 a.m. Monday": a moment next to a clock time, on its day, not a deadline."""
    toks = roles.toks
    return a >= 2 and toks[a - 1].low in ("before", "after") and toks[a - 2].low in _NEAR_MOMENT


def _range_end(roles: SentenceRoles, a: int) -> bool:
    """Is the date at token ``a`` the end of a range ("between September and December", "from May to July"),
    or the second of two dates given as alternatives ("late Sunday night or early Monday"), which the first
    dates?"""
    toks, k = roles.toks, a - 1
    if k >= 1 and toks[k].low == "or" and k - 1 in roles.dated:
        return True
    if k < 1 or toks[k].low not in ("and", "to", "-", "–") or k - 1 not in roles.dated:
        return False
    j = k - 1
    while j > 0 and j - 1 in roles.dated:
        j -= 1
    return j > 0 and toks[j - 1].low in ("between", "from")


def _hours_on_their_day(sentence: str, offset: int, d: _Dated) -> bool:
    """Is the date the end of a run of hours that names their day ("an open day from 8am to 2pm on Saturday 4
    October"), which dates them, the start naming none? Not office hours on a run of days ("between 8 a.m. and
    4:30 p.m., Monday to Friday")."""
    at, end = d.timex.start - offset, d.timex.end - offset
    return d.timex.type == "TIME" and _NAMES_A_DAY.search(d.timex.text) is not None \
        and _CLOCK_RANGE_BEFORE.search(sentence, max(0, at - 30), at) is not None \
        and _DAYS_RUN_AFTER.match(sentence, end) is None


def _names_a_document(roles: SentenceRoles, a: int) -> bool:
    """Is the date at token ``a`` part of a law's name that no trigger stands for ("the Securities Litigation
    Reform Act of 1995" in a filing's boilerplate), which dates nothing? ("the Paris Agreement of 2015" dates
    the agreement.)"""
    toks = roles.toks
    return a > 1 and toks[a - 1].low == "of" and toks[a - 2].text[:1].isupper() \
        and toks[a - 2].low in name_words().document and a - 2 not in roles.trigger_starts


# "down from 303 in 2019", and the date that is not the one: "on 25 December instead of 7 January"
_CURRENCY = frozenset("$€£¥₹")
_FIGURES = frozenset("profit profits loss losses gain gains deficit surplus decline rise fall drop increase "
                     "decrease growth".split())
_BASELINE = (("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"), ("against", ""),
             ("versus", ""), ("than", "in"), ("instead", "of"), ("rather", "than"))
_DEADLINE_COMPARATIVES = frozenset({"later", "sooner", "earlier"})  # "no later than Friday" is no baseline


def _baseline(roles: SentenceRoles, a: int) -> bool:
    """Is the date at token ``a`` the baseline of a comparison ("won 240 seats, down from 303 in 2019", "rose 3%,
    up from 2.9% in December"), which dates no event?"""
    toks = roles.toks
    if toks[a].low == "this" and any(toks[k].low in _SUPERLATIVES for k in range(max(a - 4, 0), a)):
        return True  # "the highest number this year": the scope of a comparison
    if a > 1 and toks[a - 1].low == "from" and toks[a].low in ("a", "the", "last", "one") \
            and any(toks[k].text in ("%", "percent", "per") for k in range(max(a - 10, 0), a)):
        return True  # "exports rose 0.8% in May from a year earlier"
    if _from_a_figure(roles, a):
        return True  # "accelerated to 12.9 percent in September from 12.2 percent in August"
    if a > 1 and toks[a - 1].low == "than" and toks[a - 2].low not in _DEADLINE_COMPARATIVES:
        return True  # "remains older than 1946" (but "no later than Friday" is a deadline)
    k = a - 1 - (a > 0 and toks[a - 1].low in ("in", "on", "at"))
    if k >= 1 and toks[k].low == "not" and (toks[k - 1].text == "," or (
            k >= 2 and toks[k - 1].low == "and" and toks[k - 2].text == ",")):
        return True  # "Classes began Aug. 13, not Aug. 14", "at 10 a.m. Saturday, and not on Friday": not the one
    for k in range(a - 1, max(a - 11, 0), -1):  # "compared with a profit of €3.1m a year earlier"
        low = toks[k].low
        if low in (",", ";") or k in roles.trigger_starts:
            return False
        if any(low == (second or first) and (not second or toks[k - 1].low == first) for first, second in _BASELINE):
            # "against 2.9% in May", "against a profit a year earlier"; not "a no-hitter against the Lions on June 6"
            return low != "against" or any(toks[i].text[:1].isdigit() or toks[i].text[:1] in _CURRENCY
                                            or toks[i].low in _FIGURES for i in range(k + 1, a))
    return False


# a year a figure is counted over: "exported about 214,000 tonnes of nuts in 2024", "carried 14.2 million passengers
# last year", "catches fell by a third last year"; not "received a $400 million loan in 2020", one happening. A
# forecast's period too: "expects the economy to grow by 0.75 percent in 2025", "could reach 2 million tonnes in the
# first quarter" (but "grew by 5.2 percent in the second quarter" tells the quarter's news)
_FLOW_VERBS = frozenset("produced exported imported shipped carried handled received welcomed attracted earned "
                        "generated recorded registered logged sold harvested rose fell grew dropped declined "
                        "increased decreased climbed slipped jumped surged soared plunged slumped shrank reached "
                        "totalled totaled topped exceeded averaged slowed eased accelerated".split())
_FLOW_BASES = frozenset("produce export import ship carry handle receive welcome attract earn generate register "
                        "sell harvest rise fall grow drop decline increase decrease climb slip jump surge soar plunge "
                        "slump shrink reach exceed slow ease accelerate".split())
_FIGURE_LEADS = frozenset("by to about nearly almost around roughly some over under just more less than an "
                          "estimated record".split())
_SHARES = frozenset("third half quarter fifth".split())
_AFTER_A = _SHARES | {"record"}  # "by a third", "a record 836 million tonnes"
_NOT_OVER = frozenset("from since by until till before after through".split())  # a bound or a start, no period
_ANOTHER_CLAUSE = frozenset("since until till before after when while because".split())


def _figure_counted_over(roles: SentenceRoles, span: tuple[int, int], d: _Dated) -> bool:
    """Is the date at tokens ``span`` the year (or, for a forecast, the part of a year) over which the figure
    after a verb next to it is counted?"""
    whole_year = bool(_YEAR_ONLY.match(d.timex.value))
    toks = roles.toks
    if d.granularity != "year" or not (whole_year or _PART_OF_YEAR.match(d.timex.value)) \
            or span[0] > 0 and toks[span[0] - 1].low in _NOT_OVER:
        return False  # "will produce 2 million tonnes a year from 2030": when it starts

    def counts(k: int) -> bool:
        low = toks[k].low
        return (low in _FLOW_BASES or whole_year and low in _FLOW_VERBS) and _figure_at(toks, k + 1)

    for k in range(span[0] - 1, max(span[0] - 13, -1), -1):  # "fell to about 22,000 tonnes in 2025"
        if counts(k):
            return True
        if k in roles.trigger_starts or toks[k].low in _ANOTHER_CLAUSE or toks[k].text in (";", ","):
            break
    # "In 2025 the port handled 3.2 million tonnes", "exports in the first quarter could reach 2 million tonnes"
    for k in range(span[1], min(span[1] + (5 if span[0] <= 1 else 3), len(toks))):
        if counts(k):
            return True
        if k in roles.trigger_starts or toks[k].low in ("and", "but") or toks[k].text in (";", ","):
            break
    return False


def _figure_at(toks: Sequence[Token], k: int) -> bool:
    """Does a figure open at token ``k``, after words that lead it ("by about", "a record")?"""
    while k < len(toks) and (toks[k].low in _FIGURE_LEADS or toks[k].low == "a" and k + 1 < len(toks)
                             and toks[k + 1].low in _AFTER_A):
        k += 1
    return k < len(toks) and (toks[k].text[:1].isdigit() or toks[k].text[:1] in _CURRENCY
                              or toks[k].text.endswith("$") or toks[k].low in _SHARES)


def _from_a_figure(roles: SentenceRoles, a: int) -> bool:
    """Does a figure after "from" stand just before the date at token ``a`` ("from 12.2 percent in August",
    "from 25,000 euros last year"), the value a change started from?"""
    toks = roles.toks
    k = a - 1 - (a > 0 and toks[a - 1].low in ("in", "on", "at"))
    units = 0
    while k > 0 and units <= 2 and toks[k].text[:1].isalpha() and toks[k].text.islower() and k not in roles.dated:
        k, units = k - 1, units + 1  # "percent", "euros", "points"
    while k > 0 and (toks[k].text[:1].isdigit() or toks[k].text in _CURRENCY or toks[k].text == "%") \
            and k not in roles.dated:
        k -= 1
    return k < a - 1 and toks[k].low == "from" and (toks[k + 1].text[:1].isdigit() or toks[k + 1].text in _CURRENCY)


def _in_verbless_aside(roles: SentenceRoles, a: int, b: int) -> bool:
    """Does the date at tokens ``[a, b)`` stand in an aside with no verb that tells of the name before it
    ("Larne, champions a year ago, travel to ...", "Merkel, chancellor from 2005 to 2021, said ...")? It dates
    that description, not the clause around it."""
    toks = roles.toks
    left = next((k for k in range(a - 1, -1, -1) if toks[k].text in (",", "(", ")")), None)
    right = next((k for k in range(b, len(toks)) if toks[k].text in (",", ")")), None)
    if not left or right is None or toks[left].text == ")" or right + 1 >= len(toks) \
            or not toks[left - 1].text[:1].isalnum() \
            or not toks[left + 1].text[:1].isalpha() or toks[left + 1].low in _NOT_ASIDE_OPENERS \
            or toks[left - 1].low in _CONNECTIVES or closes_age(toks, left):
        # "Then, on the night of Feb. 9, 1987, a fire ...": the clause's own date, set off by commas; "lunged at
        # Dean Harker, 52, outside the eatery on August 23": the comma closes an age
        return False
    if roles.seg.clauses[roles.seg.of_token[a]].kind == "part":
        return False  # ", prompting the bank to tighten its rules in November, ...": a participle's clause
    if left - 1 in roles.dated and toks[left + 1].low in _STEP_PREPS:
        return False  # "rises to 17.5 percent on April 1, 2025, to 18.5 percent on January 1, 2027, and ...": a step
    inside = [k for k in range(left + 1, right) if not a <= k < b]
    if any(k in roles.trigger_starts or past_form(toks[k]) or is_auxiliary(toks[k]) or toks[k].low in _NOT_ASIDE
           for k in inside):  # a happening of its own ("the highest since a historic flood in 1941")
        return False
    if roles.lex.forms.get(toks[left + 1].low, ()) == ((NO_KIND, "light"),):
        return False  # the verb after a subject's aside: "The Galway Races, which bring ..., begin on Monday 28 July,"
    if any(not t.is_verb and 0 <= left - t.end <= _ASIDE_NOUN_REACH and all(
            toks[k].text[:1].islower() for k in range(t.end, left)) for t in roles.triggers):
        return False  # the aside tells a happening's where and when: "The last outbreak, in Chunya in 2018, killed two"
    if any(toks[k].low in ("and", "or") for k in inside if left < k < a - 1):
        # the rest of a list: "in the United States, Britain and Japan on Sept. 24", "were evacuated from Dukat,
        # Palasa and hotels along the pass on Monday", "will elect a governor, eight provincial mayors and 101
        # district mayors on Sunday 4 October"
        return False
    return any(toks[k].text[:1].isalpha() and k not in roles.dated and toks[k].low not in _ASIDE_DATE_WORDS
               for k in inside)  # more than the date itself ("on Monday, February 24,")


_NOT_ASIDE = frozenset("who which that whose whom where when while as".split())
_ASIDE_NOUN_REACH = 3  # words from a happening's noun to the comma of an aside that dates it ("outbreak in the region,")
# an aside opened by these tells no name's description: "will be held over three nights, with the talent show on
# Monday 8 July, the ..."
_NOT_ASIDE_OPENERS = frozenset("and or but then on with including through across into onto towards toward via"
                               .split())
_ADJOURNED = frozenset({"adjourned", "adjourn", "adjourns", "recessed"})
_NOT_UNTIL_REACH = 6  # words from a negation to its "until" ("was not declared over until")
_STEP_PREPS = frozenset("to from at by".split())  # the next step of a series after a dated one
# Words that open a sentence before a comma and describe no name: what follows the comma belongs to the clause.
_CONNECTIVES = frozenset("then later now finally however meanwhile instead afterwards eventually again soon next "
                         "still yet so also earlier subsequently thereafter ultimately".split())
_ASIDE_DATE_WORDS = frozenset("on in at by from to until since during and or the of early late mid".split())


def _in_when_clause(roles: SentenceRoles, trigger: Trigger) -> bool:
    return roles.seg.clauses[roles.seg.of_token[trigger.start]].opener == "when"


_MODIFIER_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _possessed_noun(roles: SentenceRoles, owner: int) -> Trigger | None:
    """"upheld Tuesday's ruling": a possessive date (its "'s" at ``owner``) dates the event noun it owns, or
    nothing."""
    k = owner + 1
    while k < len(roles.toks) and k - owner <= 3 and _MODIFIER_WORD.fullmatch(roles.toks[k].text) \
            and k not in roles.trigger_starts:  # "Wednesday night's 26-run defeat"
        k += 1
    return next((t for t in roles.triggers if t.start == k and not t.is_verb), None)


def _after_fronted_participle(roles: SentenceRoles, participle: Trigger, comma: int, a: int, b: int
                              ) -> Trigger | None:
    """"Speaking in Rome on Monday, the minister announced ...": a fronted participle, its phrase closed by the
    ``comma``, sets the scene for the verb after it (the date spans tokens ``a`` to ``b``) when it tells a
    statement or the same kind of happening. A date after the comma is the main clause's alone: "Born in Osaka in
    1930, Tanabe entered parliament in 1963" was no birth in 1963."""
    after = [t for t in roles.clause_triggers(roles.seg.of_token[0]) if t.is_verb and t.start > comma]
    if a > comma:  # "Founded in 1967, Bordo were relegated in 2019": its own verb, known to no lexicon
        return after[0] if after else roles.verb_before(comma, a)
    family = KIND_FAMILIES.family_of
    if after and participle.kind != "statement" and \
            family.get(participle.kind, participle.kind) != family.get(after[0].kind, after[0].kind):
        return participle  # "Sworn in on Monday, the president visited Kyiv": two happenings, each with its day
    return after[0] if after else participle


_NEGATIONS = frozenset({"not", "n't", "never"})
_BETWEEN_NEGATION_AND_VERB = frozenset({"be", "been", "have", "yet", "also", "even", "formally", "officially"})


def _negated(toks: Sequence[Token], k: int) -> bool:
    """Is the verb at ``k`` negated ("will not strike", "did n't attend", "has never been held")?"""
    j = k - 1
    while j >= 0 and toks[j].low in _BETWEEN_NEGATION_AND_VERB:
        j -= 1
    return j >= 0 and (toks[j].low in _NEGATIONS or toks[j].low.endswith("n't"))


def _dates_it_too(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, mention: EventMention, entities,
                  news_days: frozenset[str], fallback: str | None) -> bool:
    """Does the date ``d`` date the happening of ``mention`` as well, with no comma between them ("will close from
    Thursday", not "The half-marathon, due to be run on Sunday, has been cancelled")?"""
    other = _mention(roles, sentence, offset, d, entities, news_days, fallback)
    if other is None or other.trigger != mention.trigger:
        return False
    at = sentence.find(mention.trigger)
    start, end = d.timex.start - offset, d.timex.end - offset
    return at >= 0 and ", " not in (sentence[end:at] if end <= at else sentence[at:start])


def _mention(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, entities, news_days: frozenset[str],
             fallback: str | None, dating: Trigger | None = None) -> EventMention | None:
    """The event the date ``d`` dates: told by the trigger nearest to it, by ``dating`` when the text's layout
    says which (a chronology entry's), or, where its clause has no trigger, by the clause's own verb."""
    span = roles.token_span(d.timex.start - offset, d.timex.end - offset)
    if span is None or (_range_end(roles, span[0]) and not _hours_on_their_day(sentence, offset, d)) \
            or _in_verbless_aside(roles, *span) \
            or _names_a_document(roles, span[0]):
        return None
    if _figure_counted_over(roles, span, d):
        return None  # "exported about 214,000 tonnes of raw nuts in 2024"
    if _baseline(roles, span[0]):
        # it dates no event, save what a "when" clause after it tells: "less than in the summer of 2003, when ..."
        dating = roles.when_event(span[1])
        if dating is None:
            return None
    toks = roles.toks
    if span[1] + 1 < len(toks) and toks[span[1] - 1].low in _PERIODS and toks[span[1]].low in _ENDED \
            and span[1] + 1 in roles.dated:
        return None  # "for the quarter ended March 31": a period named by its end
    limit, limit_at = _bounded_by(roles, span[0])
    if limit == "deadline" and _clause_dated_apart(roles, *span):
        return None  # "signed an accord on Thursday to double rail freight by 2030": a target of what is dated
    if limit == "bound" and _CLOCK_ON_A_DAY.match(d.timex.value) and _just_before(roles, span[0]):
        limit = None  # "shortly before 5 a.m. Monday": on Monday
    if dating is None:
        if limit == "bound":
            dating = roles.when_event(span[1])
        else:
            dating = roles.nearest_trigger(*span)
    if span[1] < len(toks) and toks[span[1]].low == POSSESSIVE:
        owned = _possessed_noun(roles, span[1])
        if owned is not None or span[0] == 0 or toks[span[0] - 1].low not in SETTING_PREPS:
            dating = owned  # else a setting, "beat Brandauer in Tuesday's fifth round", dates as "on Tuesday" does
    if dating is None and limit != "bound":
        if not _names_a_thing(roles, sentence, offset, d, span):
            dating = roles.clause_verb(*span) or roles.when_verb(span[1])
        else:  # "the 1998 race, in which six sailors died": what happened in the thing the date names
            dating = roles.in_named_thing(span[1])
    gerund = roles.gerund_before(span[0]) if limit is None else None
    # "played for Celtic before moving to Leeds in 2014": the move's date, unless a trigger inside the gerund's
    # phrase or a "when" clause after the date tells it
    if gerund is not None and (dating is None or not (gerund.start < dating.start < span[0]
                                                      or _in_when_clause(roles, dating))):
        dating = gerund
    if dating is None:
        return None
    comma = fronted_participle(toks, roles.dated) if dating.is_verb and dating.start == 0 else None
    if comma is not None:
        dating = _after_fronted_participle(roles, dating, comma, *span)
        if dating is None:
            return None
    if not dating.is_verb and roles.governor(dating) is None:  # an event noun no verb governs
        earlier = [t for t in roles.clause_triggers(roles.seg.of_token[dating.start])
                   if t.is_verb and t.start < dating.start]
        when = None if earlier else roles.when_trigger(span[1])
        if when is not None and when.is_verb:  # "violated the memorandum in 2014, when it annexed Crimea"
            dating = when
        else:  # "won ... with a 2-1 victory on Sunday": the clause's verb of the same kind tells it better
            dating = next((t for t in reversed(earlier) if t.kind == dating.kind), dating)
    cid = roles.seg.of_token[span[0]]
    if roles.seg.of_token[dating.start] != cid and roles.seg.clauses[cid].kind != "rel":
        cid = roles.seg.of_token[dating.start]  # a "when" clause the date stands before
    agents = roles.own_agents(dating)
    framed = roles.is_framed(dating)
    topic = None  # an event noun the dating verb governs: "held a rally", "protested against the deal"
    # "returned to the talks, which began on Tuesday": the clause tells of the talks, not of the return
    by_relative = roles.seg.of_token[dating.start] != cid and roles.seg.clauses[cid].kind == "rel"
    if not dating.is_verb and not framed and not by_relative and not roles.premodifies(*span, dating) \
            and (not agents or roles.after_by(dating) or roles.pronoun_owned(dating)):  # "the 2021 conviction"
        outer = roles.governor(dating)
        if outer is not None and outer.is_verb:  # "battered by Russian strikes": Russia's, through the verb
            topic, dating = dating, outer
        elif outer is not None:  # "an investigation into the crash on Monday": the investigation
            dating = outer
            agents = roles.own_agents(dating)
            framed = roles.is_framed(dating)
    if dating.is_verb and dating.lender >= 0:
        topic = next((t for t in roles.triggers if t.start == dating.lender), None)
    clause_trigs = roles.clause_triggers(cid)
    lex = roles.lex
    if not dating.is_verb and not framed:
        main = dating
        hosts = [dating]
        verbs_before = any(t.is_verb and t.start < dating.start for t in clause_trigs)
        actors = list(agents)
        if lex.has(dating.kind, "participants") or (not agents and not verbs_before):
            actors += [a for a in roles.subject(cid) if a not in actors]
        kinds = [dating.kind]
    else:
        main = dating if dating.is_verb else _main_verb(clause_trigs, dating) or dating
        framed_nouns = [t for t in clause_trigs if not t.is_verb and roles.is_framed(t)]
        hosts = [main, dating, *framed_nouns, *([topic] if topic else [])]
        actors = roles.subject(cid) if topic is None or not agents else []
        actors += [a for a in agents if a not in actors]
        kinds = [main.kind, dating.kind, *(t.kind for t in clause_trigs if t.is_verb),
                 *(t.kind for t in framed_nouns)]
    if limit == "deadline" and not _reached_by_then(roles, main, cid, limit_at, d.date, news_days):
        return None  # "must repay the loan by Friday", "the ceasefire will hold until March": no happening then
    until = span[0] - 1 - (span[0] > 1 and toks[span[0] - 1].low == "the")
    if main.is_verb and _negated(toks, main.start) and not (
            until >= 0 and toks[until].low in ("until", "till") and _not_until(roles, until)):
        # "nurses in Scotland will not strike this week": nothing happens then (but "did not reopen until March":
        # it reopened then)
        return None
    if lex.has(main.kind, "effect"):
        kinds += [t.kind for t in roles.causes(main, cid)]
    obj_actors, obj_places = roles.objects(main, cid)
    if topic is not None and topic.kind == main.kind and topic.start > main.start:
        # "began its invasion of Ukraine": the noun's objects too
        more_actors, more_places = roles.objects(topic, cid)
        obj_actors += [a for a in more_actors if a not in obj_actors]
        obj_places += [p for p in more_places if p not in obj_places]
    actors += [a for a in obj_actors if a not in actors]
    places = roles.places_of(hosts, cid)
    places += [p for p in obj_places if p not in places]
    places += [p for p in roles.where_antecedent(cid) if p not in places]
    named = _where_named(roles, places, cid, "visit" in kinds)
    anaphor = None
    if not places and (found := roles.place_anaphor(hosts, cid)):
        city = _city_referred(roles, found[0], found[2], fallback)
        if city:
            places = [city]
            anaphor = (found[0], found[1], city)
    # no place of its own: a meeting, statement, refusal ... on the news day happened in the dateline city
    if not places and fallback and lex.has(main.kind, "dateline") and d.granularity == "day" \
            and d.date in news_days and not _located_elsewhere(roles, cid, fallback):
        places = [fallback]
    kinds = list(dict.fromkeys(kinds))
    clause_entities = tuple(e for e in entities if roles.seg.of_token[roles.token_at(e.start)] == cid)
    summary = summarize(roles, cid, main, dating, actors, span, named, anaphor)
    return EventMention(
        sentence=sentence,
        sentence_start=offset,
        summary=summary,
        kind=main.kind,
        trigger=main.text,
        actors=tuple(actors),
        places=tuple(places),
        timex=replace(d.timex, mod="ON_OR_BEFORE") if limit == "deadline" and d.timex.mod in (None, "END")
        else d.timex,
        date=d.date,
        granularity=d.granularity,
        entities=clause_entities,
        kinds=tuple(kinds),
    )


def _entry_mention(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, entities, news_days: frozenset[str],
                   fallback: str | None) -> EventMention | None:
    """The happening a chronology entry tells of, dated by its head: told by the entry's first trigger, or,
    with none the vocabulary knows ("Summer 2023: Track-laying begins"), as the entry's own words."""
    span = roles.token_span(d.timex.start - offset, d.timex.end - offset)
    if span is None or _DEADLINE_ENTRY.match(sentence, d.timex.end - offset):
        return None
    first = next((t for t in roles.triggers if t.start >= span[1]), None)
    if first is not None:
        return _mention(roles, sentence, offset, d, entities, news_days, fallback, dating=first)
    start = span[1]
    while start < len(roles.toks) and (not roles.toks[start].text[:1].isalnum() or start in roles.dated):
        start += 1  # the separator, and a programme's time before it ("Sat 22 June, 2pm – Young fiddlers' showcase")
    if start == len(roles.toks):
        return None
    summary = entry_summary(roles, start)
    return _listed_mention(roles, sentence, offset, d, entities, summary, start) if summary else None


def _tail_mention(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, entities) -> EventMention | None:
    """What a list entry closed by its date is on then: the entry's words before the separator ("Perth, RAC
    Arena: Tuesday, October 3")."""
    line_start, label = _line_label(sentence, d.timex.start - offset)
    span = roles.token_span(line_start, line_start + len(label))
    if not label or span is None or all(k in roles.dated for k in range(*span) if roles.toks[k].text[:1].isalnum()):
        return None  # "1931–2025", "8 May 1938 – 2 December 2024": a life span, a date before the date
    details = _DETAILS_SEPARATOR.match(sentence, d.timex.end - offset)
    if details:  # the entry's details after its date, up to the end of the line or of the sentence
        rest = sentence[details.end():].split("\n", 1)[0].strip().rstrip(".")
        label = f"{label.rstrip(',')}: {rest}" if rest else label
    return _listed_mention(roles, sentence, offset, d, entities, " ".join(label.split()[:MAX_WORDS]), span[0])


def _listed_times(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, mention: EventMention, entities,
                  times: Sequence[Timex]) -> list[EventMention]:
    """What a dated list line holds at the clock times in its brackets, or after a comma, on its day: "Saturday 18
    October: Harbury v Northgate (12.30pm); Castlebridge v Wrexford (3pm)" is a match at 12:30 and one at 15:00,
    each told by its item's words. A time restated in another zone is not one of them."""
    line_end = _line_end(sentence, d.timex.end - offset)
    found = []
    for t in times:
        at = t.start - offset
        if not (d.timex.end - offset <= at and t.end - offset <= line_end) or not t.value.startswith(d.date):
            continue
        opened = sentence.rfind("(", 0, at)
        if opened <= sentence.rfind(")", 0, at) or opened < d.timex.end - offset:
            # not in brackets: set off by a comma after the item ("Friday, September 8: mediation session, 10am")
            if not sentence[:at].rstrip().endswith(","):
                continue
            opened = sentence.rfind(",", 0, at)
        item = max(sentence.rfind(";", 0, opened), sentence.rfind(":", d.timex.end - offset, opened),
                   d.timex.end - offset)  # where the item's words start: after a separator, or right after the date
        found.append((t, item + 1 if sentence[item] in ";:" else item, opened))
    _, line_label = _line_label(sentence, d.timex.start - offset)
    out = []
    for t, item, opened in found:
        span = roles.token_span(item, opened)
        label = " ".join(sentence[item:opened].split()).strip(" ,;:–—-")
        if span is None or not label:
            continue
        # an item right after the date, no separator between ("Final: Saturday, 12 April, Cardiff Arms Park
        # (17:15 BST)"): the line's label names what is on
        summary = f"{line_label}, {label}" if line_label and item == d.timex.end - offset \
            else label[0].upper() + label[1:]
        out.append(replace(_listed_mention(roles, sentence, offset, _Dated(t, d.date, "day"), entities, summary,
                                           span[0]), kind=mention.kind, kinds=mention.kinds))
    return out


def _line_label(sentence: str, at: int) -> tuple[int, str]:
    """Where the line holding offset ``at`` starts, and its words before ``at``, without the separator after them
    and a bullet before them ("Perth, RAC Arena" in "Perth, RAC Arena: Tuesday, October 3")."""
    line_start = sentence.rfind("\n", 0, at) + 1
    return line_start, sentence[line_start:at].rstrip(" \t:–—|-").strip(" \t-*•")


def _headline_mention(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, entities,
                      published_at: date | None) -> EventMention | None:
    """What a headline or standfirst of no verb the vocabulary knows dates, in its words before the date ("First
    sealift ship due in Iqaluit July 24", "fuel tanker to follow in early August"): its part of the line after a
    semicolon or a colon, less the preposition before the date. A weekday there that no tense turned to the
    past is the coming one: a headline tells what happened with a verb ("medical in Riyadh on Saturday")."""
    start = d.timex.start - offset
    part = _HEADLINE_PART.split(sentence[:start])[-1]
    words = _DATE_LEAD_WORDS.sub("", part).split()
    if len(words) < _HEADLINE_MIN_WORDS or _LINE_END.search(sentence) or _NO_HEADLINE_DATE.search(part) \
            or (_YEAR_OR_PART.match(d.timex.value) and _A_NOUN_AFTER.match(sentence, d.timex.end - offset)):
        return None  # "earlier than in the 1870s", "closed until Thursday", "on Thursday and Friday", "at 2025 price"
    first = roles.token_span(start - len(part), start)
    if first is None:
        return None
    if _BARE_WEEKDAY.fullmatch(d.timex.text) and published_at is not None and d.date < published_at.isoformat() \
            and STORY_TELLS not in d.timex.resolution:
        day = date.fromisoformat(d.date) + timedelta(days=7)
        d = _Dated(replace(d.timex, value=day.isoformat() + d.timex.value[10:],
                           resolution=f"{day:%A} after the publication date {published_at}, in a headline"),
                   day.isoformat(), d.granularity)
    return _listed_mention(roles, sentence, offset, d, entities, " ".join(words[:MAX_WORDS]), first[0])


def _listed_mention(roles: SentenceRoles, sentence: str, offset: int, d: _Dated, entities, summary: str,
                    first: int) -> EventMention:
    """A list entry's happening of no known kind, told in the entry's words from token ``first``: a fixture's
    ("v Real España (H)", "Harbury v Northgate") is a contest."""
    cid = roles.seg.of_token[first]
    kind = _CONTEST_KIND if _VERSUS.search(summary) else OTHER_KIND
    return EventMention(
        sentence=sentence, sentence_start=offset, summary=summary, kind=kind, trigger="",
        actors=tuple(roles.subject(cid)), places=tuple(roles.located(cid)),
        timex=d.timex, date=d.date, granularity=d.granularity, entities=tuple(entities), kinds=(kind,))


def _where_named(roles: SentenceRoles, places: Sequence[str], cid: int, visit: bool) -> str | None:
    """The first place the clause names as where it happened ("in Gdansk", "at the port of Odesa", a visit
    "to Quito"), not where something went ("to the Baltic Sea")."""
    for idx, e in enumerate(roles.entities):
        if e.canonical in places and roles.seg.of_token[roles.token_at(e.start)] == cid:
            prep = roles.preposition_before(idx)
            if prep in _WHERE or (visit and prep == "to"):
                return e.canonical
    return None


def _city_referred(roles: SentenceRoles, k: int, country: str | None, fallback: str | None) -> str | None:
    """The city "the city" refers to: of the cities named before it (the dateline's counting as one more
    mention), the most mentioned, the latest on a tie, in the country a demonym names ("the Polish port city")."""
    table = gazetteer()
    named = roles.memory.cities + [e.canonical for e in roles.entities
                                   if e.kind == "CITY" and e.end <= roles.toks[k].start]
    if fallback and (entry := table.get(key_of(fallback))) is not None and entry.kind == "CITY":
        named.insert(0, fallback)
    counts = Counter(named)
    best, best_key = None, None
    for order, name in enumerate(named):
        entry = table.get(key_of(name))
        if country is not None and (entry is None or entry.country != country):
            continue
        if best_key is None or (counts[name], order) >= best_key:
            best, best_key = name, (counts[name], order)
    return best


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
