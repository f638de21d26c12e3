"""Scope a timeline: events for one entity, one source, a date range or some words (pure).

Used by the web view (``/timeline/?entity=Kyiv&source=AFP&from=2022-03-01&to=2022-03-31&q=...``) and by
``timeline follow``.
"""

from __future__ import annotations

import calendar
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Mapping

__all__ = ["Scope", "period", "matches", "select"]

_SPAN_YEARS = {"decade": 10, "century": 100}  # the years of a date dated by its first year


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def period(value: str) -> tuple[date, date] | None:
    """First and last day of a ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` date; None for anything else."""
    try:
        parts = [int(p) for p in value.split("-")]
    except (ValueError, AttributeError):
        return None
    try:
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Scope:
    entity: str | None = None
    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> "Scope":
        return cls(entity=query.get("entity") or None, source=query.get("source") or None,
                   date_from=query.get("from") or None, date_to=query.get("to") or None,
                   text=query.get("q") or None)

    def canonical_entity(self) -> str | None:
        if not self.entity:
            return None
        try:
            from .entities import default_aliases

            return _fold(default_aliases().canonical(self.entity))
        except Exception:  # alias table unavailable: compare as written
            return _fold(self.entity)


def matches(event: Mapping, scope: Scope, entity_key: str | None = None) -> bool:
    if scope.entity:
        wanted = entity_key if entity_key is not None else scope.canonical_entity()
        names = [*event.get("participants", ()), *event.get("places", ())]
        if not any(wanted == _fold(n) or wanted in _fold(n).split() for n in names) and _fold(scope.entity) not in (
            _fold(n) for n in names
        ):
            return False
    if scope.source:
        wanted = _fold(scope.source)
        if not any(wanted == _fold(s) for s in [*event.get("sources", ()), *event.get("outlets", ())]):
            return False
    if scope.date_from or scope.date_to:
        span = period(event.get("date", ""))
        if span is not None and event.get("granularity") == "week":  # dated by its Monday
            span = span[0], span[0] + timedelta(days=6)
        if span is not None and event.get("granularity") in _SPAN_YEARS:  # dated by its first year
            span = span[0], date(span[0].year + _SPAN_YEARS[event["granularity"]] - 1, 12, 31)
        if span is None:
            return False
        low = period(scope.date_from) if scope.date_from else None
        high = period(scope.date_to) if scope.date_to else None
        if low and span[1] < low[0]:
            return False
        if high and span[0] > high[1]:
            return False
    if scope.text:
        hay = _fold(" ".join([event.get("summary", ""), *event.get("participants", ()), *event.get("places", ())]))
        if not all(word in hay for word in _fold(scope.text).split()):
            return False
    return True


def select(events: Iterable[Mapping], scope: Scope) -> list[Mapping]:
    entity_key = scope.canonical_entity()
    return [e for e in events if matches(e, scope, entity_key)]
