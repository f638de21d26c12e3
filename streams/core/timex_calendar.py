"""Calendar arithmetic for the temporal tagger, and the shapes of TIMEX3 values.

Units are written as TIMEX3 does (2022-03-16, 2022-W11, 2022-03, 2022-Q1, 2022-H1, 2022, 202 (the 2020s), 20); a value the
text mentioned is read back with :func:`parse_reference`; :func:`canonical_duration` and :func:`granularity_of`
tidy and describe finished values.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

__all__ = [
    "HOLIDAY_PART",
    "RANK",
    "WEEKDAYS",
    "Unresolvable",
    "add_months",
    "format_unit",
    "shift_unit",
    "unit_end",
    "part_bounds",
    "describe_part",
    "parse_reference",
    "canonical_duration",
    "granularity_of",
    "UNIVERSAL_ZONE",
    "restated_elsewhere",
]

UNIVERSAL_ZONE = re.compile(r"\b(?:UTC|GMT)\b|\d\d[:.]?\d\dZ\b")
_ZONE_REACH = timedelta(hours=14)  # the furthest a local clock is from UTC

RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "decade": 6,
         "century": 7}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFERENCE = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])|"
                        r"(?P<s>SP|SU|FA|WI)))?(?:T.*)?$")


_MONTH_PART = re.compile(r"\d\d")
_DAY_PART = re.compile(r"\d\d-\d\d")
_QUARTER_PART = re.compile(r"Q[1-4]")
_HALF_PART = re.compile(r"H[12]")
_EASTER_PART = re.compile(r"easter(?:-(PLUS|MINUS)-(\d+))?")
_NTH_PART = re.compile(r"nth-(\d\d)-([1-5L])-([1-7])")
# A year-less holiday part, as a pattern other placeholders embed ("UNDEF-this-year-MINUS-1-easter").
HOLIDAY_PART = rf"{_EASTER_PART.pattern}|{_NTH_PART.pattern}"
_WEEK_OF_MONTH = re.compile(r"wk-(\d\d)-([1-5L])")
_WEEK_OF_DAY = re.compile(r"w[ke]of-(\d\d)-(\d\d)")  # the week (wk) or the weekend (we) of a day
_SIMPLE_DURATION = re.compile(r"PT?[\dX.]+([YMWDHSEQCL])")
_DAY_TIME = re.compile(r"\d{4}-\d\d-\d\dT.*")
_GRANULARITIES = tuple((name, re.compile(pattern)) for name, pattern in (
    ("day", r"\d{4}-\d\d-\d\d"), ("week", r"\d{4}-W\d\d(-WE)?"), ("month", r"\d{4}-\d\d"),
    ("quarter", r"\d{4}-Q\d"), ("season", r"\d{4}-(SP|SU|FA|WI)"), ("year", r"\d{4}(-H\d)?"),
    ("decade", r"\d{3}"), ("century", r"\d\d")))


class Unresolvable(ValueError):
    """A placeholder that cannot be put on the calendar (an unknown unit, the 30th of February...)."""


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def format_unit(day: date, unit: str) -> str:
    if unit == "day":
        return day.isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return f"{day.year}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if unit == "year":
        return f"{day.year}"
    if unit == "decade":
        return f"{day.year // 10}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    raise Unresolvable(unit)


_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def unit_end(start: date, unit: str) -> date:
    """The last day of the ``unit`` (day, week, month ... century) that begins on ``start``."""
    if unit in ("day", "week", "weekend"):
        return start + timedelta(days=0 if unit == "day" else 6)
    return add_months(start, _UNIT_MONTHS[unit]) - timedelta(days=1)


def shift_unit(day: date, granularity: str, unit: str, n: int) -> str:
    """Shift ``day`` by n units and write it at the finer of the two granularities."""
    out_unit = granularity if RANK[granularity] < RANK[unit] else unit
    if unit in ("day", "week", "weekend"):
        return format_unit(day + timedelta(days=n * (1 if unit == "day" else 7)), out_unit)
    moved = add_months(day, n * _UNIT_MONTHS[unit])
    if out_unit in ("day", "week", "weekend"):
        moved = _clamp_day(moved.year, moved.month, day.day)
    return format_unit(moved, out_unit)


def _clamp_day(year: int, month: int, day: int) -> date:
    last = (add_months(date(year, month, 1), 1) - timedelta(days=1)).day
    return date(year, month, min(day, last))


def parse_reference(value: str | None) -> tuple[date, str] | None:
    """A mentioned date as ``(first day, granularity)``; ``None`` for values that are not calendar dates."""
    found = _REFERENCE.match(value or "")
    if not found:
        return None
    year = int(found["y"])
    try:
        if found["d"]:
            return date(year, int(found["m"]), int(found["d"])), "day"
        if found["m"]:
            return date(year, int(found["m"]), 1), "month"
        if found["w"]:
            return date.fromisocalendar(year, int(found["w"]), 1), "week"
        if found["q"]:
            return date(year, 3 * int(found["q"]) - 2, 1), "quarter"
        if found["h"]:
            return date(year, 6 * int(found["h"]) - 5, 1), "half"
        if found["s"]:
            return date(year, 1, 1), "year"
        return date(year, 1, 1), "year"
    except ValueError:
        return None


def part_bounds(part: str, year: int) -> tuple[date, date, str]:
    """First and last day of a year-less part placed in ``year``, and how to write it."""
    if _MONTH_PART.fullmatch(part):
        start = date(year, int(part), 1)
        return start, add_months(start, 1) - timedelta(days=1), f"{year}-{part}"
    if _DAY_PART.fullmatch(part):
        day = date(year, int(part[:2]), int(part[3:]))
        return day, day, day.isoformat()
    if _QUARTER_PART.fullmatch(part):
        start = date(year, 3 * int(part[1]) - 2, 1)
        return start, add_months(start, 3) - timedelta(days=1), f"{year}-{part}"
    if _HALF_PART.fullmatch(part):
        start = date(year, 6 * int(part[1]) - 5, 1)
        return start, add_months(start, 6) - timedelta(days=1), f"{year}-{part}"
    if part in _SEASON_MONTHS:  # the winter of a year starts in its December
        first, last = _SEASON_MONTHS[part]
        end_year = year + 1 if part == "WI" else year
        return date(year, first, 1), add_months(date(end_year, last, 1), 1) - timedelta(days=1), f"{year}-{part}"
    week = _week_part(part, year)
    if week is not None:
        monday = week - timedelta(days=week.weekday())
        if part.startswith("weof-"):
            return monday + timedelta(days=5), monday + timedelta(days=6), format_unit(week, "week") + "-WE"
        return monday, monday + timedelta(days=6), format_unit(week, "week")
    holiday = _holiday(part, year)
    return holiday, holiday, holiday.isoformat()


def _week_part(part: str, year: int) -> date | None:
    """A day inside the week a part names: "wk-04-1" (the first week of April: the one holding its 4th day, the
    middle of days 1-7), "wk-04-L" (its last week), "wkof-03-06" (the week of March 6), "weof-10-18" (the weekend
    of October 18)."""
    found = _WEEK_OF_MONTH.fullmatch(part)
    if found:
        month, nth = int(found[1]), found[2]
        if nth == "L":
            return add_months(date(year, month, 1), 1) - timedelta(days=4)
        day = date(year, month, 7 * int(nth) - 3)
        if day.month != month:
            raise Unresolvable(part)
        return day
    found = _WEEK_OF_DAY.fullmatch(part)
    if found:
        return date(year, int(found[1]), int(found[2]))
    return None


def _holiday(part: str, year: int) -> date:
    found = _EASTER_PART.fullmatch(part)
    if found:
        shift = int(found[2] or 0) * (-1 if found[1] == "MINUS" else 1)
        return _easter(year) + timedelta(days=shift)
    found = _NTH_PART.fullmatch(part)
    if found:
        month, nth, iso_day = int(found[1]), found[2], int(found[3])
        if nth == "L":
            last = add_months(date(year, month, 1), 1) - timedelta(days=1)
            return last - timedelta(days=(last.isoweekday() - iso_day) % 7)
        first = date(year, month, 1)
        day = first + timedelta(days=(iso_day - first.isoweekday()) % 7 + 7 * (int(nth) - 1))
        if day.month != month:
            raise Unresolvable(part)
        return day
    raise Unresolvable(part)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def describe_part(part: str) -> str:
    if _MONTH_PART.fullmatch(part):
        return _MONTHS[int(part) - 1]
    if _DAY_PART.fullmatch(part):
        return f"{_MONTHS[int(part[:2]) - 1]} {int(part[3:])}"
    if part in _SEASON_NAMES:
        return f"the {_SEASON_NAMES[part]}"
    if part.startswith("wk"):
        return "the week"
    if part.startswith("weof"):
        return "the weekend"
    if part[:1] in ("Q", "H"):
        return f"{'quarter' if part[0] == 'Q' else 'half-year'} {part[1]}"
    return "the holiday"


_DURATION = re.compile(r"^P(?P<n>X|\d+(?:\.\d+)?)(?P<unit>TS|TM|TH|D|W|FN|M|Q|Y|DE|CE|ML)$")
_SMALLER = {"Y": (12, "M"), "Q": (3, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"),
            "TM": (60, "TS")}
_VAGUE_LONG = {"DE": "E", "CE": "C", "ML": "L"}
_LONG_YEARS = {"DE": 10, "CE": 100, "ML": 1000}


def canonical_duration(value: str) -> str:
    """Write a rule's ``P<n><unit>`` as TIMEX3: P3TH -> PT3H, P2DE -> P20Y, P2.5Y -> P2Y6M, P2FN -> P4W, PXDE -> PXE."""
    found = _DURATION.match(value)
    if not found:
        return value
    count, unit = found["n"], found["unit"]
    if count == "X":
        unit = _VAGUE_LONG.get(unit, "W" if unit == "FN" else unit)
        return f"PT{count}{unit[1]}" if unit.startswith("T") else f"P{count}{unit}"
    number = float(count)
    if unit == "FN":
        number, unit = number * 2, "W"
    if unit in _LONG_YEARS:
        number, unit = number * _LONG_YEARS[unit], "Y"
    whole = int(number)
    parts = [(whole, unit)] if whole else []
    rest = number - whole
    if rest > 1e-9:
        factor, smaller = _SMALLER.get(unit, (0, ""))
        small = rest * factor
        if factor and abs(small - round(small)) < 1e-6:
            parts.append((round(small), smaller))
        else:
            parts = [(round(number, 2), unit)]
    date_part = "".join(f"{_number(n)}{u}" for n, u in parts if not u.startswith("T"))
    time_part = "".join(f"{_number(n)}{u[1]}" for n, u in parts if u.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "") if parts else "P0" + unit[-1]


def _number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def granularity_of(value: str, timex_type: str) -> str:
    """The precision of a TIMEX3 value: day, week, month, quarter, season, year, decade, century, time or none."""
    if timex_type == "TIME":
        return "time"
    if timex_type in ("DURATION", "SET"):
        found = _SIMPLE_DURATION.fullmatch(value)
        if not found:
            return "none"
        if value.startswith("PT"):
            return "time"
        return {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "E": "decade",
                "C": "century", "L": "century"}.get(found[1], "none")
    if _DAY_TIME.fullmatch(value):
        return "time"
    return next((name for name, pattern in _GRANULARITIES if pattern.fullmatch(value)), "none")


def restated_elsewhere(value: str, local: str | None) -> bool:
    """Is ``value``, a clock time in UTC, on another day than ``local``, a local clock time told before it, but
    within a time zone's reach of it ("struck at 1:37 a.m. on Wednesday ... recorded the quake at 17:37 UTC on
    May 12")? Then it tells the same moment again."""
    if not local or len(local) <= 10 or len(value) <= 10:
        return False
    try:
        there, here = datetime.fromisoformat(value), datetime.fromisoformat(local)
    except ValueError:
        return False
    return there.date() != here.date() and abs(there - here) <= _ZONE_REACH
