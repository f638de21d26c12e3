"""The date a page gives itself, for an article that came without ``published_at`` or a dated dateline.

An HTML page declares it in its markup (``article:published_time``, JSON-LD ``datePublished``, ``<time>``), read by
htmldate (``find_page_date``). Else the date the page prints at its head (``find_date_stamp``): "Wed 15 Mar 2023
18.00 GMT", "Published On 16 Mar 2022", "By Jane Doe | March 16, 2022".

Only the lines before the body count (or, when they hold none, the page's last three lines), and only a line
(or a ``|``-separated part of one) that is a full date with its year and little else: a clock time,
"published", "updated"... A headline that names a date is not a stamp. When a page prints both, the
first-published date wins over the last-updated one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

from . import timex
from .attribution import DATELINE_SCAN_LINES, body_has_begun

__all__ = ["find_date_stamp", "find_page_date", "printed_offset"]

_PARTS = re.compile(r"\s+[|·•]\s+|\s+[—–]\s+")
_STAMP_WORDS = frozenset("first last published posted updated modified created started date dated on at gmt utc bst "
                         "cet cest est edt pst pdt et pt ist jst msk aest aedt sgt hkt pkt am pm a.m p.m".split())
_PUNCTUATION = "-–/:,.()|"
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}[:.]\d\d(?![\d.:])")  # "00.20", which the tagger leaves alone
_PRINTED_CLOCK = re.compile(r"(?<![\d.:])(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])\.?m\b\.?)?(?![\d:])", re.IGNORECASE)
_OFFSET_STEP = 15  # minutes: every civil zone's offset from UTC is a multiple of a quarter hour
_FOOT_LINES = 3  # the last lines of a page that may hold its date
_ANY_DAY = date(2000, 1, 1)  # explicit dates with a year need no publication date to resolve against


def find_page_date(page: str, url: str | None = None) -> tuple[datetime, str] | None:
    """(the first-published time, as declared) from an HTML page's markup or its address; None for plain text."""
    from . import clean  # clean imports attribution, which this module needs first

    if not isinstance(page, str) or not clean.looks_like_html(page):
        return None  # htmldate fetches a string that looks like an address: only a page goes in
    import htmldate

    # Markup only: htmldate's text search would take any date in the story for its own.
    found = htmldate.find_date(page, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z",
                               url=url)
    return (datetime.fromisoformat(found), found) if found else None


def find_date_stamp(text: str) -> tuple[date, str] | None:
    """(the date, the stamp as printed), from the head of ``text`` (plain text or an HTML page)."""
    if not isinstance(text, str) or not text.strip():
        return None
    from . import clean  # clean imports attribution, which this module needs first

    if clean.looks_like_html(text):
        text = clean.html_to_text(text)
    lines = text.split("\n")
    head = []
    for count, line in enumerate(lines):
        if count >= DATELINE_SCAN_LINES or body_has_begun(line):
            break
        head.append(line)
    # else the foot of the page: some print the date under the story ("April 3, 2024" as the last line)
    foot = [line for line in lines[len(head):] if line.strip()][-_FOOT_LINES:]
    return _first_stamp(head) or _first_stamp(foot)


def _first_stamp(lines: list[str]) -> tuple[date, str] | None:
    """The first-published stamp among the lines, else the first last-updated one."""
    updated = None
    for line in lines:
        for part in _PARTS.split(line.strip()):
            stamp = _stamp(part)
            if stamp is None:
                continue
            if not _UPDATED.search(part):
                return stamp
            updated = updated or stamp
    return updated


def _stamp(part: str) -> tuple[date, str] | None:
    if not part or len(part) > 80:
        return None
    tags = timex.tag(part, _ANY_DAY)
    days = [t for t in tags if t.type in ("DATE", "TIME") and _DAY.match(t.value) and t.resolution == "explicit date"]
    if len(days) != 1:
        return None
    rest = part[:days[0].start] + " " + part[days[0].end:]
    for other in tags:  # a clock time after the date is part of the stamp
        if other.start >= days[0].end and other.type == "TIME":
            rest = rest.replace(other.text, " ")
    words = (word.strip(_PUNCTUATION).lower() for word in _CLOCK.sub(" ", rest).split())
    if any(word and word not in _STAMP_WORDS for word in words):
        return None
    return date.fromisoformat(days[0].value[:10]), part.strip()


def printed_offset(moment: datetime, stamp: tuple[date, str]) -> timedelta | None:
    """The offset from UTC of the clock a page printed its stamp by ("Wednesday 12 November 2025, 00.20" for a
    moment of 16:20 UTC the day before: +8 hours), when the stamp has a clock time and the two agree on a civil zone;
    else None."""
    day, printed = stamp
    rest = printed[printed.find(str(day.year)) + 4:] if str(day.year) in printed else printed
    clock = next((m for m in _PRINTED_CLOCK.finditer(rest) if m[2] or m[3]), None)
    if clock is None or moment.tzinfo is None:
        return None
    hour, minute = int(clock[1]), int(clock[2] or 0)
    if clock[3]:
        hour = hour % 12 + (12 if clock[3].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    utc = moment.astimezone(timezone.utc).replace(tzinfo=None)
    offset = datetime.combine(day, time(hour, minute)) - utc
    minutes = offset.total_seconds() / 60
    return offset if minutes % _OFFSET_STEP == 0 and -12 * 60 <= minutes <= 14 * 60 else None
