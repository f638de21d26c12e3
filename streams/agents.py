"""The two agents. Each decodes, calls the core, and sends; no extraction or merging logic lives here."""

from __future__ import annotations

import logging

from .app import app, settings
from .core import clustering
from .core.article import parse_article
from .core.pipeline import process_article
from .dlq import dlq_record
from .errors import InvalidArticle
from .metrics import counters
from .models import DlqRecord, MentionRecord
from .tables import bucket_start, timeline_table
from .topics import articles_topic, dlq_topic, mentions_topic, updates_topic

__all__ = ["extract", "assemble"]

log = logging.getLogger(__name__)


@app.agent(articles_topic)
async def extract(stream):
    """articles -> event-mentions (keyed by date bucket), or -> articles-dlq with a reason."""
    async for event in stream.events():
        msg = event.message
        try:
            result = process_article(parse_article(event.value, max_body_bytes=settings.max_body_bytes),
                                     msg.timestamp, max_body_bytes=settings.max_body_bytes)
        except Exception as exc:  # the worker never stops on one message: every failure is a DLQ record
            invalid = isinstance(exc, InvalidArticle)
            if not invalid:
                log.exception("internal error on %s[%s]@%s", msg.topic, msg.partition, msg.offset)
            record = dlq_record(
                exc.code if invalid else "internal", exc.reason if invalid else f"internal error: {exc!r}",
                event.value, topic=msg.topic, partition=msg.partition, offset=msg.offset,
                timestamp=msg.timestamp, article_id=getattr(exc, "article_id", None),
            )
            await dlq_topic.send(key=record["article_id"], value=DlqRecord(**record))
            counters.articles_rejected += 1
            counters.last_rejection = record["reason"]
            continue
        for item in result.mentions:
            bucket = clustering.bucket_of(item.mention)
            await mentions_topic.send(key=bucket, value=MentionRecord.from_core(item, bucket, bucket_start(bucket)))
        counters.mentions_emitted += len(result.mentions)
        counters.articles_processed += 1


@app.agent(mentions_topic)
async def assemble(stream):
    """event-mentions -> the timeline table -> timeline-updates (each changed event's whole state)."""
    async for record in stream:
        # .value() follows relative_to_field (the mention's month); .current() would use the message time.
        state = timeline_table[record.bucket].value() or clustering.initialize()
        state, changes = clustering.merge(state, record.to_core())
        if changes:
            timeline_table[record.bucket] = state
            for change in changes:
                await updates_topic.send(key=change["id"], value=change)
            counters.updates_emitted += len(changes)
        counters.mentions_assembled += 1
