"""The four topics. Keys are plain UTF-8 strings; values plain JSON (ingest values raw, to reject bad ones)."""

from __future__ import annotations

from .app import app, settings
from .models import DlqRecord, MentionRecord

__all__ = ["articles_topic", "dlq_topic", "mentions_topic", "updates_topic"]

articles_topic = app.topic(settings.topic_articles, key_serializer="raw", value_serializer="raw",
                           partitions=settings.partitions)
dlq_topic = app.topic(settings.topic_dlq, key_serializer="raw", value_type=DlqRecord,
                      partitions=settings.partitions)
# Keyed by the mention's date bucket, so every candidate duplicate of an event meets on one partition.
mentions_topic = app.topic(settings.topic_mentions, key_serializer="raw", value_type=MentionRecord,
                           partitions=settings.partitions)
# Keyed by stable event id and compacted: reading it from the start gives the whole timeline.
updates_topic = app.topic(settings.topic_updates, key_serializer="raw", value_serializer="json",
                          partitions=settings.partitions, compacting=True)
