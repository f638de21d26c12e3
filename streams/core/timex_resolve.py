"""Fill the underspecified values that rules emit, against the publication date (or a date the text mentioned).

Placeholders (always ``UNDEF-`` + an anchor word + a part; an optional time part ``T10:35``/``TMO``/``TNI``... follows):

- ``UNDEF-year-<part>``: a calendar part with no year. ``<part>`` is ``MM``, ``MM-DD``, ``Qn``, ``Hn``, a season
  (``SP``, ``SU``, ``FA``, ``WI``), ``easter[-MINUS-n|-PLUS-n]`` or ``nth-MM-k-D`` (k-th ISO weekday D of month
  MM, k = 1..5 or ``L`` for the last). The year is the one that puts the part nearest the anchor date, or the
  nearest one before/after it when the text gives a direction (past or future tense).
- ``UNDEF-last-<part>``, ``UNDEF-next-<part>``, ``UNDEF-this-<part>``: the part before, after, or in the year of
  the anchor ("last April", "next spring", "this September"). ``<part>`` may also be ``weekday-D``.
- ``UNDEF-weekday-D``: ISO weekday D, the anchor day itself when it is that weekday, otherwise the nearest one
  in the text's direction (news reports the past, so the one before unless the text points forward).
- ``UNDEF-this-<unit>[-PLUS-n|-MINUS-n]``: the unit holding the publication date, shifted by n
  (unit: day, week, weekend, month, quarter, half, year, decade, century).
- ``UNDEF-ref-<unit>[-PLUS-n|-MINUS-n]``: the same from the date last mentioned in the text (anaphora:
  "a year earlier", "the next day"); the publication date when there is none.
- ``UNDEF-cent-YY`` / ``UNDEF-cent-YX``: a two-digit year or decade ('98, the '90s) in the century nearest the anchor.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["resolve_value", "granularity_of", "parse_reference", "canonical_duration"]

_UNITS = ("day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century", "hour", "minute",
          "second")
_CLOCK_UNITS = ("hour", "minute", "second")
_ANAPHORS = ("ref", "refperiod", "refq", "thisq")
_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "decade": 6,
         "century": 7}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_TIME_PART = re.compile(r"^(?P<date>.*?)(?P<time>T(?:\d\d(?::\d\d){0,2}|MO|AF|EV|NI|DT|MI))$")
_WEEKDAY_IN_WEEK = re.compile(r"weekday-(?P<d>[1-7])(?:-(?P<op>PLUS|MINUS)-(?P<n>\d+))?")
_OFFSET = re.compile(r"^(?P<unit>[a-z]+)(?:-(?P<op>PLUS|MINUS)-(?P<n>\d+))?(?:-(?P<part>\d\d(?:-\d\d)?|[QH]\d|SP|SU|FA|WI))?$")
_REFERENCE = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])|"
                        r"(?P<s>SP|SU|FA|WI)))?(?:T.*)?$")


class _Unresolvable(ValueError):
    pass


def resolve_value(value: str, published_at: date, *, reference: str | None = None,
                  quarter_reference: str | None = None, direction: str | None = None) -> tuple[str, str]:
    """Return ``(value, how)``: ``value`` with every placeholder filled, and a sentence saying how.

    ``direction`` is ``"past"``, ``"past:near"`` (a past verb right before the expression), ``"future"`` or
    ``None`` (no cue in the text); ``reference`` is the value of the
    date the text mentioned last, ``quarter_reference`` the last quarter it mentioned (for anaphoric placeholders).
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
    except (_Unresolvable, ValueError, OverflowError):
        return _unknown(head) + time_part, "could not be placed on the calendar"
    return resolved + time_part, how


def _explicit_reason(value: str) -> str:
    if value.endswith("_REF"):
        return {"PRESENT_REF": "the present", "PAST_REF": "the past, unspecified", "FUTURE_REF": "the future"}.get(
            value, "a general reference")
    if value.startswith("P"):
        return "a length of time"
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
        return _part_bounds(part, int(anchor_word))[2], "explicit date"
    if anchor_word in ("last", "next"):
        if part.startswith("weekday-"):
            return _weekday(int(part[8:]), pub, "past" if anchor_word == "last" else "future", strict=True)
        return _yearless(part, pub, "before" if anchor_word == "last" else "after")
    if anchor_word == "cent":
        return _two_digit_year(part, pub)
    if anchor_word == "qin":  # "the 1988 quarter": the quarter the text spoke of, in that year
        parsed = parse_reference(references[1])
        if parsed is None:
            return part, "a year named with 'quarter' or 'period': the year"
        return f"{part}-Q{(parsed[0].month - 1) // 3 + 1}", f"the quarter of {references[1]}, mentioned before, in {part}"
    if anchor_word not in _ANAPHORS and anchor_word != "this":
        raise _Unresolvable(anchor_word)
    in_week = _WEEKDAY_IN_WEEK.fullmatch(part)
    if in_week:  # this Friday, Monday next week
        weeks = int(in_week["n"] or 0) * (-1 if in_week["op"] == "MINUS" else 1)
        day = pub - timedelta(days=pub.weekday()) + timedelta(days=int(in_week["d"]) - 1, weeks=weeks)
        which = {0: "the week of", 1: "the week after", -1: "the week before"}.get(weeks, f"{weeks:+d} weeks from")
        return day.isoformat(), f"{_WEEKDAYS[day.weekday()]} of {which} the publication date {pub}"
    found = _OFFSET.match(part)
    if not found or found["unit"] not in _UNITS:
        if anchor_word == "this":
            return _yearless(part, pub, "same")
        raise _Unresolvable(part)
    unit = found["unit"]
    shift = int(found["n"] or 0) * (-1 if found["op"] == "MINUS" else 1)
    if unit in _CLOCK_UNITS:  # "two hours ago": only the day can be told
        return pub.isoformat(), f"a few {unit}s from the publication date {pub}: that day"
    if found["part"]:
        if unit != "year":
            raise _Unresolvable(part)
        year = pub.year + shift
        return _part_bounds(found["part"], year)[2], f"{_describe(found['part'])} of {year}, counted from {pub}"
    reference, quarter_reference = references
    if anchor_word in ("refq", "thisq") and quarter_reference:  # earnings reports compare a quarter with
        anchor_word, reference = "ref", quarter_reference  # the same quarter a year before
    if anchor_word in ("ref", "refq"):
        return _from_reference(unit, shift, pub, reference, keep_finer=True)
    if anchor_word == "refperiod":
        return _from_reference(unit, shift, pub, reference, keep_finer=False)
    if unit == "weekend" and found["n"] is None and direction == "past" and pub.weekday() < 5:
        shift = -1  # "the weekend" told in the past, before Saturday: the one just gone
    return _shifted(pub, unit, unit, shift), _this_reason(unit, shift, pub)


# --- calendar units -------------------------------------------------------------------------------------------

def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _format(day: date, unit: str) -> str:
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
        return f"{day.year // 10}X"
    if unit == "century":
        return f"{day.year // 100:02d}"
    raise _Unresolvable(unit)


def _shifted(day: date, granularity: str, unit: str, n: int) -> str:
    """Shift ``day`` by n units and write it at the finer of the two granularities."""
    out_unit = granularity if _RANK[granularity] < _RANK[unit] else unit
    if unit in ("day", "week", "weekend"):
        return _format(day + timedelta(days=n * (1 if unit == "day" else 7)), out_unit)
    moved = _add_months(day, n * {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120,
                                  "century": 1200}[unit])
    if out_unit == "day":
        moved = _clamp_day(moved.year, moved.month, day.day)
    return _format(moved, out_unit)


def _clamp_day(year: int, month: int, day: int) -> date:
    last = (_add_months(date(year, month, 1), 1) - timedelta(days=1)).day
    return date(year, month, min(day, last))


def _this_reason(unit: str, shift: int, pub: date) -> str:
    if shift == 0:
        return f"the {unit} of the publication date {pub}"
    count = abs(shift)
    plural = unit if count == 1 else f"{unit}s"
    return f"{count} {plural} {'before' if shift < 0 else 'after'} the {unit} of the publication date {pub}"


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


def _from_reference(unit: str, shift: int, pub: date, reference: str | None,
                    keep_finer: bool) -> tuple[str, str]:
    parsed = parse_reference(reference)
    if parsed and _RANK[parsed[1]] <= _RANK[unit]:
        day, granularity = parsed
        if shift == 0:
            return _format(day, unit), f"the {unit} of {reference}, mentioned before"
        moved = _shifted(day, granularity if keep_finer else unit, unit, shift)
        count = abs(shift)
        return moved, (f"{count} {unit if count == 1 else unit + 's'} {'before' if shift < 0 else 'after'} "
                       f"{reference}, mentioned before")
    return _shifted(pub, unit, unit, shift), _this_reason(unit, shift, pub) + " (no earlier date in the text)"


# --- weekdays, year-less parts --------------------------------------------------------------------------------

def _weekday(iso_day: int, pub: date, direction: str | None, strict: bool = False) -> tuple[str, str]:
    if not 1 <= iso_day <= 7:
        raise _Unresolvable(iso_day)
    name = _WEEKDAYS[iso_day - 1]
    gap = (pub.isoweekday() - iso_day) % 7
    if gap == 0 and not strict:
        return pub.isoformat(), f"{name}: the publication date {pub} is a {name}"
    if direction == "future":
        ahead = (iso_day - pub.isoweekday()) % 7 or 7
        return (pub + timedelta(days=ahead)).isoformat(), f"{name} after the publication date {pub}"
    back = gap or 7
    return (pub - timedelta(days=back)).isoformat(), f"{name} before the publication date {pub}"


def _part_bounds(part: str, year: int) -> tuple[date, date, str]:
    """First and last day of a year-less part placed in ``year``, and how to write it."""
    if re.fullmatch(r"\d\d", part):
        start = date(year, int(part), 1)
        return start, _add_months(start, 1) - timedelta(days=1), f"{year}-{part}"
    if re.fullmatch(r"\d\d-\d\d", part):
        day = date(year, int(part[:2]), int(part[3:]))
        return day, day, day.isoformat()
    if re.fullmatch(r"Q[1-4]", part):
        start = date(year, 3 * int(part[1]) - 2, 1)
        return start, _add_months(start, 3) - timedelta(days=1), f"{year}-{part}"
    if re.fullmatch(r"H[12]", part):
        start = date(year, 6 * int(part[1]) - 5, 1)
        return start, _add_months(start, 6) - timedelta(days=1), f"{year}-{part}"
    if part in _SEASON_MONTHS:
        first, last = _SEASON_MONTHS[part]
        start = date(year - 1 if part == "WI" else year, first, 1)
        return start, _add_months(date(year, last, 1), 1) - timedelta(days=1), f"{year}-{part}"
    holiday = _holiday(part, year)
    return holiday, holiday, holiday.isoformat()


def _holiday(part: str, year: int) -> date:
    found = re.fullmatch(r"easter(?:-(PLUS|MINUS)-(\d+))?", part)
    if found:
        shift = int(found[2] or 0) * (-1 if found[1] == "MINUS" else 1)
        return _easter(year) + timedelta(days=shift)
    found = re.fullmatch(r"nth-(\d\d)-([1-5L])-([1-7])", part)
    if found:
        month, nth, iso_day = int(found[1]), found[2], int(found[3])
        if nth == "L":
            last = _add_months(date(year, month, 1), 1) - timedelta(days=1)
            return last - timedelta(days=(last.isoweekday() - iso_day) % 7)
        first = date(year, month, 1)
        day = first + timedelta(days=(iso_day - first.isoweekday()) % 7 + 7 * (int(nth) - 1))
        if day.month != month:
            raise _Unresolvable(part)
        return day
    raise _Unresolvable(part)


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


def _describe(part: str) -> str:
    if re.fullmatch(r"\d\d", part):
        return _MONTHS[int(part) - 1]
    if re.fullmatch(r"\d\d-\d\d", part):
        return f"{_MONTHS[int(part[:2]) - 1]} {int(part[3:])}"
    if part in _SEASON_NAMES:
        return f"the {_SEASON_NAMES[part]}"
    if part[0] in "QH":
        return f"{'quarter' if part[0] == 'Q' else 'half-year'} {part[1]}"
    return "the holiday"


def _yearless(part: str, pub: date, direction: str | None) -> tuple[str, str]:
    what = _describe(part)
    if direction == "same":
        return _part_bounds(part, pub.year)[2], f"{what}, named with 'this': the year of publication"
    options = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(_part_bounds(part, year))
        except ValueError:  # 29 February, a fifth Monday...
            continue
    if not options:
        raise _Unresolvable(part)
    if direction == "before":
        chosen = max((o for o in options if o[1] < pub), key=lambda o: o[0])
        return chosen[2], f"{what}, named with 'last': the one before the publication date {pub}"
    if direction == "after":
        chosen = min((o for o in options if o[0] > pub), key=lambda o: o[0])
        return chosen[2], f"{what}, named with 'next': the one after the publication date {pub}"
    if direction == "past:near":  # "collapsed in May": the last one up to the publication date
        chosen = max((o for o in options if o[0] <= pub), key=lambda o: o[0])
        return chosen[2], f"{what} with no year, told in the past: the last one up to the publication date {pub}"
    # No year: the nearest occurrence, leaning to the past as news does; the tense of the clause leans further.
    lean = {"past": 4.0, "future": 0.5}.get(direction or "", 2.0)
    chosen = min(options, key=lambda o: (_distance(o, pub) * (lean if o[0] > pub else 1.0), o[0] > pub))
    if chosen[0] <= pub <= chosen[1] or chosen[0].year == pub.year:
        return chosen[2], f"{what} named with no year: the year of publication"
    side = "before" if chosen[0] <= pub else "after"
    return chosen[2], f"{what} named with no year: the nearest one, {side} the publication date {pub}"


def _distance(option: tuple[date, date, str], pub: date) -> int:
    start, end, _ = option
    return 0 if start <= pub <= end else min(abs((start - pub).days), abs((end - pub).days))


def _two_digit_year(part: str, pub: date) -> tuple[str, str]:
    digits = part[:2]
    if not re.fullmatch(r"\d[\dX]", digits):
        raise _Unresolvable(part)
    first = int(digits[0] + ("0" if digits[1] == "X" else digits[1]))
    century = pub.year // 100
    candidates = [(c * 100 + first, c) for c in (century - 1, century)]
    year, chosen = min((c for c in candidates if c[0] <= pub.year + 10), key=lambda c: abs(c[0] - pub.year))
    return f"{chosen:02d}{digits}", f"two-digit year: the century nearest the publication date {pub}"


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
        found = re.fullmatch(r"PT?[\dX.]+([YMWDHSEQCL])", value)
        if not found:
            return "none"
        if value.startswith("PT"):
            return "time"
        return {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "E": "decade",
                "C": "century", "L": "century"}.get(found[1], "none")
    if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", value):
        return "time"
    patterns = (("day", r"\d{4}-\d\d-\d\d"), ("week", r"\d{4}-W\d\d(-WE)?"), ("month", r"\d{4}-\d\d"),
                ("quarter", r"\d{4}-Q\d"), ("season", r"\d{4}-(SP|SU|FA|WI)"), ("year", r"\d{4}(-H\d)?"),
                ("decade", r"\d{3}X"), ("century", r"\d\d"))
    return next((name for name, pattern in patterns if re.fullmatch(pattern, value)), "none")
