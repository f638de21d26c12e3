"""The two agents. Each decodes, calls the core, and sends; no extraction or merging logic lives here.

Neither stops on one message: whatever cannot be processed becomes a DLQ record with its reason.
"""

from __future__ import annotations

import logging

import orjson

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


async def reject(message, code: str, reason: str, article_id: str | None) -> None:
    record = dlq_record(code, reason, message.value, topic=message.topic, partition=message.partition,
                        offset=message.offset, timestamp=message.timestamp, article_id=article_id)
    await dlq_topic.send(key=article_id, value=DlqRecord(**record))
    counters.last_rejection = reason


@app.agent(articles_topic)
async def extract(stream):
    """articles -> event-mentions (keyed by date bucket), or -> articles-dlq with a reason."""
    async for event in stream.events():
        msg = event.message
        try:
            article = parse_article(event.value, max_body_bytes=settings.max_body_bytes)
            result = process_article(article, msg.timestamp, max_body_bytes=settings.max_body_bytes)
        except InvalidArticle as exc:
            await reject(msg, exc.code, exc.reason, exc.article_id)
            counters.articles_rejected += 1
            continue
        except Exception as exc:
            log.exception("internal error on %s[%s]@%s", msg.topic, msg.partition, msg.offset)
            await reject(msg, "internal", f"internal error: {exc!r}", None)
            counters.articles_rejected += 1
            continue
        for item in result.mentions:
            bucket = clustering.bucket_of(item.mention)
            await mentions_topic.send(key=bucket, value=MentionRecord.from_core(item, bucket, bucket_start(bucket)))
        counters.mentions_emitted += len(result.mentions)
        counters.articles_processed += 1


@app.agent(mentions_topic)
async def assemble(stream):
    """event-mentions -> the timeline table -> timeline-updates (each changed event's whole state)."""
    async for event in stream.events():
        record = event.value
        counters.mentions_assembled += 1
        try:
            # .value() follows relative_to_field (the mention's month); .current() would use the message time.
            state = timeline_table[record.bucket].value() or clustering.initialize()
            state, changes = clustering.merge(state, record.to_core())
        except Exception as exc:
            log.exception("cannot assemble mention %s", record.mention_id)
            await reject(event.message, "internal", f"assemble failed: {exc!r}", record.article_id)
            continue
        if changes and len(orjson.dumps(state)) > settings.max_state_bytes:
            await reject(event.message, "state_too_large",
                         f"the {record.bucket} timeline state would pass TIMELINE_MAX_STATE_BYTES "
                         f"({settings.max_state_bytes}); raise it (and the broker's message limit) and replay",
                         record.article_id)
            continue
        if changes:
            timeline_table[record.bucket] = state
            for change in changes:
                await updates_topic.send(key=change["id"], value=change)
            counters.updates_emitted += len(changes)
