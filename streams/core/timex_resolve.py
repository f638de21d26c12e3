"""Fill the underspecified values that rules emit, against the publication date (or a date the text mentioned).

A placeholder is ``UNDEF-`` + an anchor word + a part, optionally followed by a time (``T10:35``, ``TMO``, ``TNI``):

- ``UNDEF-year-<part>``: a calendar part with no year. ``<part>`` is ``MM``, ``MM-DD``, ``Qn``, ``Hn``, a season
  (``SP``, ``SU``, ``FA``, ``WI``), ``easter[-MINUS-n|-PLUS-n]`` or ``nth-MM-k-D`` (k-th ISO weekday D of month
  MM, k = 1..5 or ``L`` for the last). The year puts the part nearest the publication date, leaning to the past
  as news does, and further to the past or the future when the clause's tense says so.
  ``UNDEF-2021-<part>``: the same part in a year the text gave ("Good Friday 1998"). Parts naming a week:
  ``wk-MM-n`` (the n-th week of month MM, n = 1..5 or ``L``), ``wkof-MM-DD`` (the week of that day), ``weof-MM-DD``
  (its weekend).
- ``UNDEF-refyear-MM-DD``: that day in the year of the day mentioned just before, when it is in the same
  month ("April 24 and 25"); otherwise as ``UNDEF-year-MM-DD``.
- ``UNDEF-monthday-DD``: day DD of the month nearest the publication date ("on the 30th"), as for year-less parts.
- ``UNDEF-last-<part>``, ``UNDEF-next-<part>`` (``UNDEF-coming-<part>``): the part before / after the publication
  date ("last April");
  ``UNDEF-recent-<part>`` as "last", but for "this past Thursday", which may be yesterday.
- ``UNDEF-weekday-D``: ISO weekday D: the publication day itself when it is that weekday, otherwise the nearest
  one before it, or after it when the clause looks ahead. ``UNDEF-last-weekday-D``, ``UNDEF-next-weekday-D``.
- ``UNDEF-this-<unit>[-PLUS-n|-MINUS-n]``: the unit (day, week, weekend, month, quarter, half, year, decade,
  century) holding the publication date, shifted by n; ``UNDEF-this-year-MINUS-1-Q3``: a part of that year;
  ``UNDEF-this-weekday-D[-PLUS-n]``: weekday D of that week; ``UNDEF-this-<part>``: the part in the publication
  year ("this September"); ``UNDEF-this-month-MINUS-1-14``: day 14 of that month ("the 14th of last month").
- ``UNDEF-today-<unit>-MINUS-n``: the publication day itself, n units back ("thirty years ago today");
  ``UNDEF-thisweek-...`` / ``UNDEF-thismonth-...``: its week or month, n units back ("fifty years ago this week");
  ``UNDEF-today-in-YYYY``: the publication day's month and day in year YYYY ("on this day in 1974").
- Anaphora, from the date the text mentioned last (the publication date when there is none):
  ``UNDEF-refweekday-after-D`` / ``-before-D``: weekday D after / before that day ("the following Tuesday"),
  ``-same-D`` in its week ("on the Saturday");
  ``UNDEF-refpart-after-<part>`` / ``-before-<part>``: the first month or season after the end of that date, or
  the last one before its start ("the following spring", "the previous March");
  ``UNDEF-ref-<unit>-<shift>`` shifts that date and keeps its precision ("three days later", "a year earlier");
  ``UNDEF-refperiod-<unit>[-<shift>]`` names the unit holding it ("the next day", "that year", a clock time);
  ``UNDEF-refq-...`` prefers the last quarter mentioned and ``UNDEF-thisq-...`` uses it instead of the
  publication date (earnings reports: "up from a year ago" = that quarter a year before);
  ``UNDEF-qin-YYYY``: the last quarter mentioned, in year YYYY ("the 1988 quarter").
- ``UNDEF-cent-YY`` / ``UNDEF-cent-YX``: a two-digit year or decade ('98, the '90s) in the nearest century; a
  decade is written as TIMEX3 does, by its first three digits (the '90s -> 199).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from streams.core.timex_calendar import (
    HOLIDAY_PART,
    RANK,
    WEEKDAYS,
    Unresolvable,
    add_months,
    canonical_duration,
    describe_part,
    format_unit,
    parse_reference,
    part_bounds,
    shift_unit,
    unit_end,
)

__all__ = ["resolve_value", "NO_YEAR_GIVEN"]

NO_YEAR_GIVEN = "named with no year"  # the words of a resolution that chose a day of a month's year itself

_UNITS = ("day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century", "hour", "minute",
          "second")
_CLOCK_UNITS = ("hour", "minute", "second")
_ANAPHORS = ("ref", "refperiod", "refq", "thisq")
# so many units before the publication day, its week or its month ("ten years ago today", "... this week")
_ANNIVERSARIES = {"today": "day", "thisweek": "week", "thismonth": "month"}
_IN_YEAR = re.compile(r"in-(\d{4})")
_TIME_PART = re.compile(r"^(?P<date>.*?)(?P<time>T(?:\d\d(?::\d\d){0,2}|MO|AF|EV|NI|DT|MI))$")
_SMALL_HOURS = re.compile(r"T0[0-5]:")  # a clock time after midnight and before six
_EVENING = re.compile(r"T(?:EV|NI|1[89]:|2\d:)")  # a reference in the evening or at night
_TWO_DIGITS = re.compile(r"\d[\dX]")
_JUST_OVER_DAYS = 31  # a month or season over fewer days than this before the publication date is just over
_WEEKDAY_IN_WEEK = re.compile(r"weekday-(?P<d>[1-7])(?:-(?P<op>PLUS|MINUS)-(?P<n>\d+))?")
_OFFSET = re.compile(r"^(?P<unit>[a-z]+)(?:-(?P<op>PLUS|MINUS)-(?P<n>\d+(?:\.\d+)?))?"
                     rf"(?:-(?P<part>\d\d(?:-\d\d)?|[QH]\d|SP|SU|FA|WI|{HOLIDAY_PART}))?$")


def _signed(found: re.Match[str]) -> int:
    """The shift a ``-PLUS-n`` / ``-MINUS-n`` suffix names (0 without one)."""
    return int(found["n"] or 0) * (-1 if found["op"] == "MINUS" else 1)


def resolve_value(value: str, published_at: date, *, reference: str | None = None,
                  quarter_reference: str | None = None, direction: str | None = None,
                  told_earlier: bool = False) -> tuple[str, str]:
    """Return ``(value, how)``: ``value`` with every placeholder filled, and a sentence saying how.

    ``direction`` is ``"past"``, ``"past:near"`` (a past verb right before the expression), ``"future"``,
    ``"nearest"`` (a weekday: the nearer of the last and the next one) or ``None`` (no cue in the text);
    ``reference`` is the value of the date the text mentioned last, ``quarter_reference`` the last quarter it
    mentioned (for anaphoric placeholders).
    ``told_earlier``: the expression's clause tells what had happened before (the past perfect), so a clock time in
    the small hours after an evening reference is on that day, not the next.
    """
    if value.startswith("P"):
        value = canonical_duration(value)
    if not value.startswith("UNDEF-"):
        return value, _explicit_reason(value)
    timed = _TIME_PART.match(value)
    head, time_part = (timed["date"], timed["time"]) if timed else (value, "")
    anchor_word, _, part = head[len("UNDEF-"):].partition("-")
    try:
        references = (reference, quarter_reference)
        resolved, how = _resolve(anchor_word, part, published_at, references, direction)
        if head == "UNDEF-refperiod-day" and reference and len(resolved) == 10 and not told_earlier \
                and in_the_night_after(reference, time_part):
            # "the talks almost collapsed on Monday evening ... a compromise was reached shortly before 2am"
            resolved = (date.fromisoformat(resolved) + timedelta(days=1)).isoformat()
            how = f"the night after {reference}, mentioned before"
    except (Unresolvable, ValueError, OverflowError):
        return _unknown(head) + time_part, "could not be placed on the calendar"
    return resolved + time_part, how


def in_the_night_after(reference: str, clock: str) -> bool:
    """Is a clock time that names no day (``T02:00``, or a value ending in it) in the small hours after
    ``reference``, a date told in the evening or at night? Then it is on the next day."""
    return bool(_EVENING.search(reference) and _SMALL_HOURS.search(clock))


def _explicit_reason(value: str) -> str:
    if value.endswith("_REF"):
        return {"PRESENT_REF": "the present", "PAST_REF": "the past, unspecified", "FUTURE_REF": "the future"}.get(
            value, "a general reference")
    if value.startswith("P"):
        return "a length of time"
    if value.isdigit() and len(value) in (2, 3):
        return "a decade" if len(value) == 3 else "a century"
    if "X" in value[:4] or value.startswith("XXXX"):
        return "a recurring or unspecified time"
    return "explicit date"


def _unknown(head: str) -> str:
    return "XXXX-XX-XX" if "weekday" in head or "day" in head else "XXXX"


def _resolve(anchor_word: str, part: str, pub: date, references: tuple[str | None, str | None],
             direction: str | None) -> tuple[str, str]:
    if anchor_word == "weekday":
        return _weekday(int(part), pub, "past" if direction == "past:near" else direction)
    if anchor_word == "year":
        return _yearless(part, pub, direction)
    if anchor_word.isdigit():
        return part_bounds(part, int(anchor_word))[2], "explicit date"
    if anchor_word in ("last", "recent", "next", "coming"):
        ahead = anchor_word in ("next", "coming")
        if part.startswith("weekday-"):
            day, how = _weekday(int(part[8:]), pub, "future" if ahead else "past", strict=True)
            if anchor_word == "last" and date.fromisoformat(day) == pub - timedelta(days=1):
                # "last Thursday" in a Friday paper is the week before's: yesterday would be "yesterday" (but
                # "this past Thursday" is yesterday's)
                day = (pub - timedelta(days=8)).isoformat()
                how = f"{WEEKDAYS[int(part[8:]) - 1]} of the week before the publication date {pub}"
            elif anchor_word == "next" and date.fromisoformat(day) == pub + timedelta(days=1):
                # "next Thursday" in a Wednesday paper is the week after's: tomorrow would be "tomorrow" (but
                # "this coming Thursday" is tomorrow's)
                day = (pub + timedelta(days=8)).isoformat()
                how = f"{WEEKDAYS[int(part[8:]) - 1]} of the week after the publication date {pub}"
            return day, how
        return _yearless(part, pub, "after" if ahead else "before")
    if anchor_word == "cent":
        return _two_digit_year(part, pub)
    if anchor_word in _ANNIVERSARIES:  # "thirty years ago today": the publication day, so many units back
        if in_year := _IN_YEAR.fullmatch(part):
            return shift_unit(pub, "day", "year", int(in_year[1]) - pub.year), \
                f"the day of the publication date {pub} in {in_year[1]}"
        found = _OFFSET.match(part)
        if not found or found["unit"] not in _UNITS or found["part"]:
            raise Unresolvable(part)
        shift = _signed(found)
        count = f"{abs(shift)} {found['unit']}{'s' if abs(shift) != 1 else ''}"
        granularity = _ANNIVERSARIES[anchor_word]
        return shift_unit(pub, granularity, found["unit"], shift), \
            f"{count} before the publication date {pub}, to the {granularity}"
    if anchor_word == "monthday":
        day_of_month, _, weekday = part.partition("-")
        return _month_day(int(day_of_month), pub, direction, int(weekday) if weekday else None)
    if anchor_word == "refyear":
        return _in_year_of_reference(part, pub, references[0], direction)
    if anchor_word == "refweekday":
        return _weekday_from_reference(part, pub, references[0])
    if anchor_word == "refpart":
        return _part_from_reference(part, pub, references[0])
    if anchor_word == "qin":
        return _quarter_in(part, references[1])
    if anchor_word not in _ANAPHORS and anchor_word != "this":
        raise Unresolvable(anchor_word)
    in_week = _WEEKDAY_IN_WEEK.fullmatch(part)
    if in_week:  # this Friday, Monday next week
        weeks = _signed(in_week)
        day = pub - timedelta(days=pub.weekday()) + timedelta(days=int(in_week["d"]) - 1, weeks=weeks)
        which = {0: "the week of", 1: "the week after", -1: "the week before"}.get(weeks, f"{weeks:+d} weeks from")
        return day.isoformat(), f"{WEEKDAYS[day.weekday()]} of {which} the publication date {pub}"
    found = _OFFSET.match(part)
    if not found or found["unit"] not in _UNITS and found["unit"] != "fortnight":
        if anchor_word == "this":
            return _yearless(part, pub, "same")
        raise Unresolvable(part)
    unit = found["unit"]
    if unit in _CLOCK_UNITS:  # "two hours ago", "half an hour later": only the day can be told
        unit, shift = "day", 0
    elif found["n"] and not found["n"].isdigit():  # "half a year later": no whole unit to count
        raise Unresolvable(part)
    else:
        shift = _signed(found)
    if unit == "fortnight":  # "a fortnight ago": two weeks
        unit, shift = "week", 2 * shift
    if found["part"] and unit == "month" and anchor_word == "this" and len(found["part"]) == 2:
        day = date.fromisoformat(f"{shift_unit(pub, 'month', 'month', shift)}-{found['part']}")
        return day.isoformat(), f"day {day.day} of {_this_reason('month', shift, pub)}"
    if found["part"]:
        if unit != "year":
            raise Unresolvable(part)
        parsed = parse_reference(references[0]) if anchor_word == "refperiod" else None
        if parsed:  # "February that year": in the year of the date the text mentioned last
            year = parsed[0].year + shift
            return part_bounds(found["part"], year)[2], \
                f"{describe_part(found['part'])} of {year}, the year of {references[0]}, mentioned before"
        year = pub.year + shift
        return part_bounds(found["part"], year)[2], f"{describe_part(found['part'])} of {year}, counted from {pub}"
    reference, quarter_reference = references
    if anchor_word in ("refq", "thisq") and quarter_reference:  # earnings reports compare a quarter with
        anchor_word, reference = "ref", quarter_reference  # the same quarter a year before
    if anchor_word == "refq" and unit == "year" and abs(shift) > 1:
        # "a year earlier" keeps the quarter or month it is counted from; "ten years later" tells only the year
        # (but "170 years later to the day" keeps the day: a rule of its own, anchored with "ref")
        return _from_reference(unit, shift, pub, reference, keep_finer=False)
    if anchor_word in ("ref", "refq"):
        return _from_reference(unit, shift, pub, reference, keep_finer=True)
    if anchor_word == "refperiod":
        return _from_reference(unit, shift, pub, reference, keep_finer=False)
    if unit == "weekend" and (direction or "").startswith("past") and (
            (found["n"] is None and pub.weekday() < 5) or (found["n"] == "0" and pub.weekday() == 0)):
        shift = -1  # "the weekend" told in the past, before Saturday, or "this weekend" on a Monday: the one just gone
    return shift_unit(pub, unit, unit, shift), _this_reason(unit, shift, pub)


# --- calendar units -------------------------------------------------------------------------------------------

def _this_reason(unit: str, shift: int, pub: date) -> str:
    side = "before" if shift < 0 else "after"
    if unit == "day":
        if shift == 0:
            return f"the publication date {pub}"
        count = "the day" if abs(shift) == 1 else f"{abs(shift)} days"
        return f"{count} {side} the publication date {pub}"
    if shift == 0:
        return f"the {unit} of the publication date {pub}"
    count = f"the {unit}" if abs(shift) == 1 else f"{abs(shift)} {unit}s"
    return f"{count} {side} that of the publication date {pub}"


def _quarter_in(year: str, quarter_reference: str | None) -> tuple[str, str]:
    """"the 1988 quarter": the quarter the text spoke of, in the year named."""
    parsed = parse_reference(quarter_reference)
    if parsed is None:
        return year, "a year named with 'quarter' or 'period': the year"
    quarter = (parsed[0].month - 1) // 3 + 1
    return f"{year}-Q{quarter}", f"the quarter of {quarter_reference}, mentioned before, in {year}"


_NEAR = {"day": 7, "week": 2}  # shifts too small to leave a month known only as a month


def _from_reference(unit: str, shift: int, pub: date, reference: str | None,
                    keep_finer: bool) -> tuple[str, str]:
    parsed = parse_reference(reference)
    if parsed and RANK[parsed[1]] <= RANK[unit]:
        day, granularity = parsed
        if shift == 0:
            return format_unit(day, unit), f"the {unit} of {reference}, mentioned before"
        moved = shift_unit(day, granularity if keep_finer else unit, unit, shift)
        count = abs(shift)
        return moved, (f"{count} {unit if count == 1 else unit + 's'} {'before' if shift < 0 else 'after'} "
                       f"{reference}, mentioned before")
    if parsed and unit in ("day", "week") and 0 < abs(shift) <= _NEAR[unit] and parsed[1] in ("month", "year"):
        # "in mid-June ... two days later": still that month, as far as the text tells
        count = f"{abs(shift)} {unit}{'s' if abs(shift) != 1 else ''}"
        return reference, f"{count} {'before' if shift < 0 else 'after'} {reference}, mentioned before: " \
                          f"known to the {parsed[1]}"
    return shift_unit(pub, unit, unit, shift), _this_reason(unit, shift, pub) + " (no earlier date in the text)"


# --- weekdays, year-less parts --------------------------------------------------------------------------------

def _weekday(iso_day: int, pub: date, direction: str | None, strict: bool = False) -> tuple[str, str]:
    if not 1 <= iso_day <= 7:
        raise Unresolvable(iso_day)
    name = WEEKDAYS[iso_day - 1]
    gap = (pub.isoweekday() - iso_day) % 7
    if gap == 0 and not strict:
        return pub.isoformat(), f"{name}: the publication date {pub} is a {name}"
    ahead = (iso_day - pub.isoweekday()) % 7 or 7
    if direction == "future" or (direction == "nearest" and ahead < (gap or 7)):
        return (pub + timedelta(days=ahead)).isoformat(), f"{name} after the publication date {pub}"
    back = gap or 7
    return (pub - timedelta(days=back)).isoformat(), f"{name} before the publication date {pub}"


def _weekday_from_reference(part: str, pub: date, reference: str | None) -> tuple[str, str]:
    """"the following Tuesday", "the previous Friday": the weekday after / before the day the text mentioned last."""
    side, _, iso_day = part.partition("-")
    parsed = parse_reference(reference)
    if parsed is None or parsed[1] != "day":
        return _weekday(int(iso_day), pub, "future" if side == "after" else "past", strict=True)
    day = parsed[0]
    if side == "same":  # "on the Saturday (night)": in the week of that day
        iso_day, _, part_of_day = iso_day.partition("T")
        found = day + timedelta(days=int(iso_day) - day.isoweekday())
        return (found.isoformat() + (f"T{part_of_day}" if part_of_day else ""),
                f"{WEEKDAYS[found.weekday()]} of the week of {reference}, mentioned before")
    if side == "after":
        found = day + timedelta(days=(int(iso_day) - day.isoweekday()) % 7 or 7)
    else:
        found = day - timedelta(days=(day.isoweekday() - int(iso_day)) % 7 or 7)
    return found.isoformat(), f"{WEEKDAYS[found.weekday()]} {side} {reference}, mentioned before"


def _part_from_reference(part: str, pub: date, reference: str | None) -> tuple[str, str]:
    """"the following spring", "the previous March": the first such part that starts and ends after those of the
    date the text mentioned last, or the last one that starts and ends before them (the publication date when the
    text mentioned none). A winter reaches into the next year: the winter before 2021 is the one that starts in
    December 2020."""
    side, _, part = part.partition("-")
    parsed = parse_reference(reference)
    start, granularity = parsed if parsed else (pub, "day")
    end = unit_end(start, granularity)
    years = range(start.year, start.year + 3) if side == "after" else range(end.year, end.year - 3, -1)
    for year in years:
        first, last, written = part_bounds(part, year)
        if (first > start and last > end) if side == "after" else (first < start and last < end):
            since = f"{reference}, mentioned before" if parsed else f"the publication date {pub}"
            return written, f"the {describe_part(part)} {side} {since}"
    raise Unresolvable(part)


def _in_year_of_reference(part: str, pub: date, reference: str | None, direction: str | None) -> tuple[str, str]:
    """The second day of "April 24 and 25": in the year of the date just mentioned, when that is the same month."""
    parsed = parse_reference(reference)
    if parsed is None or parsed[1] != "day" or f"{parsed[0].month:02d}" != part[:2]:
        return _yearless(part, pub, direction)
    return part_bounds(part, parsed[0].year)[2], f"{describe_part(part)}, in the year of {reference} just before"


def _month_day(day_of_month: int, pub: date, direction: str | None, weekday: int | None = None) -> tuple[str, str]:
    """"on the 30th": that day of the month nearest the publication date; "on Saturday the 19th": of the months
    around it, one whose day is that weekday (ISO number), where one is."""
    options = []
    for shift in (-1, 0, 1) if weekday is None else range(-6, 7):
        first = add_months(date(pub.year, pub.month, 1), shift)
        try:
            day = first.replace(day=day_of_month)
        except ValueError:
            continue
        if weekday is None or day.isoweekday() == weekday:
            options.append((day, day, day.isoformat()))
    if not options:
        if weekday is not None:
            return _month_day(day_of_month, pub, direction)
        raise Unresolvable(day_of_month)
    what = f"day {day_of_month} of a month" + (f", a {WEEKDAYS[weekday - 1]}" if weekday else "")
    return _nearest(options, pub, direction, what, "month")


def _yearless(part: str, pub: date, direction: str | None) -> tuple[str, str]:
    what = describe_part(part)
    if direction == "same":
        return part_bounds(part, pub.year)[2], f"{what}, named with 'this': the year of publication"
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(part_bounds(part, year))
        except ValueError:  # 29 February, a fifth Monday...
            continue
    if not options:
        raise Unresolvable(part)
    if direction == "before" and len(part) == 2:
        # "last February" on 1 March, "last summer" in September: the one just over has names of its own ("last
        # month", "this summer"), so "last" names the one a year before it
        options = [o for o in options if (pub - o[1]).days > _JUST_OVER_DAYS] or options
    return _nearest(options, pub, direction, what, "year")


def _nearest(options: list[tuple[date, date, str]], pub: date, direction: str | None, what: str,
             unit: str) -> tuple[str, str]:
    """Of the same part in neighbouring years (or months), the one the direction and the distance pick."""
    if direction == "before":
        chosen = max((o for o in options if o[1] < pub), key=lambda o: o[0])
        return chosen[2], f"{what}, named with 'last': the one before the publication date {pub}"
    if direction == "after":
        chosen = min((o for o in options if o[0] > pub), key=lambda o: o[0])
        return chosen[2], f"{what}, named with 'next': the one after the publication date {pub}"
    if direction == "past:near":  # "collapsed in May": the last one up to the publication date
        chosen = max((o for o in options if o[0] <= pub), key=lambda o: o[0])
        return chosen[2], f"{what} with no {unit}, told in the past: the last one up to the publication date {pub}"
    # No year: the nearest occurrence, leaning to the past as news does; the tense of the clause leans as far the
    # other way ("will be held in November" in January is next November). Weights: (earlier one, later one).
    past_weight, future_weight = {"past": (1.0, 12.0), "future": (6.0, 1.0)}.get(direction or "", (1.0, 2.0))
    chosen = min(options, key=lambda o: (_distance(o, pub) * (future_weight if o[0] > pub else past_weight),
                                         o[0] > pub))
    if unit == "year" and (chosen[0] <= pub <= chosen[1] or chosen[0].year == pub.year):
        return chosen[2], f"{what} {NO_YEAR_GIVEN}: the year of publication"
    if unit == "month" and chosen[0].month == pub.month:
        return chosen[2], f"{what} named with no month: the month of publication"
    side = "before" if chosen[0] <= pub else "after"
    return chosen[2], f"{what} named with no {unit}: the nearest one, {side} the publication date {pub}"


def _distance(option: tuple[date, date, str], pub: date) -> int:
    start, end, _ = option
    return 0 if start <= pub <= end else min(abs((start - pub).days), abs((end - pub).days))


def _two_digit_year(part: str, pub: date) -> tuple[str, str]:
    digits = part[:2]
    if not _TWO_DIGITS.fullmatch(digits):
        raise Unresolvable(part)
    first = int(digits[0] + ("0" if digits[1] == "X" else digits[1]))
    century = pub.year // 100
    candidates = [(c * 100 + first, c) for c in (century - 1, century)]
    year, chosen = min((c for c in candidates if c[0] <= pub.year + 10), key=lambda c: abs(c[0] - pub.year))
    return f"{chosen:02d}{digits.rstrip('X')}", f"two-digit year: the century nearest the publication date {pub}"
