"""The local day of a publication time: a wire story is written by the calendar of the place it was filed from.

A story timed 2024-04-02T18:10Z under a TAIPEI dateline was filed on 3 April there, and its "Wednesday" is that
day; with no dateline, an outlet on a country's web domain, or named for a place ("The Costa Rica Chronicle"), writes
by that place's day, unless its time is written with an offset of its own. The zones are data
(``data/time_zones.tsv``, ``data/city_zones.tsv``, ``data/domain_zones.tsv``); a place with no known
zone keeps the time as given.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .name_data import DATA_DIR, data_rows, gazetteer
from .tokens import key_of

__all__ = ["zone_of", "zone_of_url", "zone_of_outlet", "local_date", "local_moment", "known_zone", "possible_local_day"]


@cache
def _zones() -> dict[str, str]:
    return {key_of(cols[0]): cols[1] for cols in data_rows(DATA_DIR / "time_zones.tsv", 2)}


@cache
def _city_zones() -> dict[str, str]:
    """Cities in countries with several clocks, not in the gazetteer ("Saskatoon": America/Regina)."""
    return {key_of(cols[0]): cols[1] for cols in data_rows(DATA_DIR / "city_zones.tsv", 2)}


@cache
def _domain_zones() -> dict[str, str]:
    return {cols[0].lower().lstrip("."): cols[1] for cols in data_rows(DATA_DIR / "domain_zones.tsv", 2)}


@cache
def zone_of(place: str | None) -> ZoneInfo | None:
    """The time zone of a dateline's place, through its country when the place itself is not listed."""
    if not place:
        return None
    zones = _zones()
    key = key_of(place)
    name = zones.get(key)
    if name is None:
        entry = gazetteer().get(key)
        name = zones.get(key_of(entry.country)) if entry is not None and entry.country else None
    if name is None:
        name = _city_zones().get(key)
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # a machine without the zone database (the tzdata package provides one)
        return None


def zone_of_url(url: str | None) -> ZoneInfo | None:
    """The time zone of an outlet on a country's web domain ("www.bendigoadvertiser.com.au": Australia/Sydney)."""
    if not isinstance(url, str) or "." not in url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    name = _domain_zones().get(host.rsplit(".", 1)[-1]) if host else None
    try:
        return ZoneInfo(name) if name else None
    except ZoneInfoNotFoundError:
        return None


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_OUTLET_NAME_WORDS = 3  # the longest place name read in an outlet's name ("Papua New Guinea Post-Courier")


@cache
def zone_of_outlet(outlet: str | None) -> ZoneInfo | None:
    """The time zone of the place an outlet's name says it is from ("The Costa Rica Chronicle", "The Gaborone
    Gazette", "The Irish Times"): the first capitalized place or demonym in it whose zone is known."""
    if not isinstance(outlet, str):
        return None
    words = _NAME_WORD.findall(outlet)
    table = gazetteer()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for n in range(min(_OUTLET_NAME_WORDS, len(words) - i), 0, -1):
            name = " ".join(words[i:i + n])
            entry = table.get(key_of(name))
            if entry is None and key_of(name) in _city_zones():  # "The Fargo Prairie Ledger"
                return zone_of(name)
            if entry is None or entry.kind not in ("COUNTRY", "CITY", "DEMONYM"):
                continue
            zone = zone_of(entry.country if entry.kind == "DEMONYM" else entry.name)
            if zone is not None:
                return zone
    return None


def known_zone(place: str | None, url: str | None = None, outlet: str | None = None) -> ZoneInfo | None:
    """The zone of the dateline's place, else of the outlet's web domain, else of the place its name names."""
    return zone_of(place) or zone_of_url(url) or zone_of_outlet(outlet)


def local_date(moment: datetime, place: str | None, url: str | None = None, outlet: str | None = None) -> date:
    """The calendar day of an aware ``moment`` at ``place``; else, for a moment written with an offset from UTC,
    its own day (the publisher's clock: "07:30+12:00" is no guess); else where the outlet at ``url`` (or named
    ``outlet``) is. A naive moment or an unknown zone keeps its own day."""
    return local_moment(moment, place, url, outlet).date()


def local_moment(moment: datetime, place: str | None, url: str | None = None,
                 outlet: str | None = None) -> datetime:
    """``moment`` on the clock :func:`local_date` reads its day from."""
    if moment.tzinfo is None or (moment.utcoffset() and zone_of(place) is None):
        return moment
    zone = known_zone(place, url, outlet)
    return moment.astimezone(zone) if zone is not None else moment


# Civil time runs from UTC-12 (Baker Island) to UTC+14 (Kiribati's Line Islands).
_EARLIEST_OFFSET, _LATEST_OFFSET = timedelta(hours=-12), timedelta(hours=14)


def possible_local_day(moment: datetime, day: date) -> bool:
    """Whether ``day`` is the calendar day somewhere on Earth at the aware ``moment``."""
    utc = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return (utc + _EARLIEST_OFFSET).date() <= day <= (utc + _LATEST_OFFSET).date()
