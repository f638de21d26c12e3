"""A whole timeline in one pure pass: articles -> mentions -> clusters, no broker.

This is what the streaming pipeline computes incrementally; tests compare the two, and the evaluation and
benchmark scripts use it as the reference.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from ..errors import InvalidArticle
from .clustering import bucket_of, initialize, merge, result
from .pipeline import process_article
from .types import SourcedMention

__all__ = ["fold_mentions", "fold_articles"]


def fold_mentions(mentions: Iterable[SourcedMention]) -> list[dict]:
    """Every current event after merging the mentions in the given order, sorted by date then id."""
    states: dict[str, dict] = {}
    for item in mentions:
        bucket = bucket_of(item.mention)
        states[bucket], _changes = merge(states.get(bucket) or initialize(), item)
    events = [event for state in states.values() for event in result(state)]
    return sorted(events, key=lambda e: (e.get("date", ""), e.get("id", "")))


def fold_articles(articles: Iterable[Mapping], message_timestamp: float | None = None) -> tuple[list[dict], list]:
    """(events, rejected) for a list of article dicts; rejected holds (article id, reason)."""
    mentions: list[SourcedMention] = []
    rejected: list[tuple[str | None, str]] = []
    for article in articles:
        try:
            mentions.extend(process_article(article, message_timestamp).mentions)
        except InvalidArticle as exc:
            rejected.append((exc.article_id, exc.reason))
    return fold_mentions(mentions), rejected
