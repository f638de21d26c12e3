"""The two agents. Each decodes, calls the core, and sends; no extraction or merging logic lives here.

Neither stops on one message: whatever cannot be processed becomes a DLQ record with its reason.
"""

from __future__ import annotations

import logging
import weakref

import orjson
from faust import streams as faust_streams

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
            with counters.timing("extract_seconds"):
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
    """event-mentions -> the timeline table -> timeline-updates (each changed event's whole state).

    Mentions come in batches; each month's state is read, merged with the batch's mentions of that month,
    and written once, and each changed event is told once, in its last state.
    """
    async for batch in stream.take_events(settings.assemble_batch, within=settings.assemble_wait):
        months: dict[str, list] = {}
        for event in batch:
            months.setdefault(event.value.bucket, []).append(event)
        for events in months.values():
            await _assemble_month(events)
            counters.mentions_assembled += len(events)  # counted once told and written: "idle" means done


def _as_current(event) -> None:
    """Make ``event`` the one a table operation belongs to. Faust reads it from a context variable (for the
    window's time with ``relative_to_field`` and the changelog partition), which ``take_events`` leaves unset
    in the agent's task (Faust sets it in the task that drains the stream, and only there); a month's mentions
    share its key, hence one partition."""
    faust_streams._current_event.set(weakref.ref(event))


async def _assemble_month(events: list) -> None:
    bucket = events[0].value.bucket
    _as_current(events[-1])
    before = timeline_table[bucket].value() or clustering.initialize()
    merger, merged = clustering.Merger(before), []
    for event in events:
        record = event.value
        try:
            with counters.timing("assemble_seconds"):
                changed = merger.merge(record.to_core())
        except Exception as exc:
            log.exception("cannot assemble mention %s", record.mention_id)
            await reject(event.message, "internal", f"assemble failed: {exc!r}", record.article_id)
            continue
        if changed:
            merged.append(event)
    if not merged:
        return
    state = merger.state
    if len(orjson.dumps(state)) > settings.max_state_bytes:
        state, updates = await _merge_within_limit(before, merged)
    else:
        with counters.timing("assemble_seconds"):
            updates = merger.told()
    # Told before the state is written: a crash in between tells them again on replay rather than never.
    for update in updates:
        await updates_topic.send(key=update["id"], value=update)
    counters.updates_emitted += len(updates)
    timeline_table[bucket] = state


async def _merge_within_limit(before: dict, events: list) -> tuple[dict, list[dict]]:
    """Merge one mention at a time, sending to the DLQ each one that would take the state past its limit;
    return the state and its coalesced change records."""
    state, changes = before, []
    for event in events:
        record = event.value
        grown, found = clustering.merge(state, record.to_core())
        if found and len(orjson.dumps(grown)) > settings.max_state_bytes:
            await reject(event.message, "state_too_large",
                         f"the {record.bucket} timeline state would pass TIMELINE_MAX_STATE_BYTES "
                         f"({settings.max_state_bytes}); raise it (and the broker's message limit) and replay",
                         record.article_id)
            continue
        state = grown
        changes.extend(found)
    return state, clustering.coalesce(changes, before)
