"""The local day of a publication time: a wire story is written by the calendar of the place it was filed from.

A story timed 2024-04-02T18:10Z under a TAIPEI dateline was filed on 3 April there, and its "Wednesday" is that
day. The zones are data (``data/time_zones.tsv``); a place with no known zone keeps the time as given.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .name_data import DATA_DIR, data_rows, gazetteer
from .tokens import key_of

__all__ = ["zone_of", "local_date"]


@cache
def _zones() -> dict[str, str]:
    return {key_of(cols[0]): cols[1] for cols in data_rows(DATA_DIR / "time_zones.tsv", 2)}


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
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # a machine without the zone database (the tzdata package provides one)
        return None


def local_date(moment: datetime, place: str | None) -> date:
    """The calendar day of an aware ``moment`` at ``place``; a naive moment or an unknown zone keeps its own day."""
    zone = zone_of(place) if moment.tzinfo is not None else None
    return moment.astimezone(zone).date() if zone is not None else moment.date()
