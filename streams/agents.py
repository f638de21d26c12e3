"""The two agents. Each decodes, calls the core, and sends; no extraction or merging logic lives here.

Neither stops on one message: whatever cannot be processed becomes a DLQ record with its reason.
"""

from __future__ import annotations

import asyncio
import logging
import weakref

import orjson
from faust import streams as faust_streams

from .app import app, settings
from .core import clustering
from .dlq import dlq_record
from .errors import InvalidArticle
from .extract_pool import ExtractionProcessDied, ExtractionTimedOut, ExtractPool
from .metrics import counters
from .models import DlqRecord, MentionRecord
from .tables import bucket_start, timeline_table
from .topics import articles_topic, dlq_topic, mentions_topic, updates_topic

__all__ = ["extract", "assemble", "extract_pool"]

log = logging.getLogger(__name__)

# Started by the worker (``streams.worker``); not started, it extracts in the loop.
extract_pool = ExtractPool(settings.extraction_processes, max_body_bytes=settings.max_body_bytes,
                           timeout=settings.extract_timeout)


async def reject(message, code: str, reason: str, article_id: str | None) -> None:
    record = dlq_record(code, reason, message.value, topic=message.topic, partition=message.partition,
                        offset=message.offset, timestamp=message.timestamp, article_id=article_id)
    await dlq_topic.send(key=article_id, value=DlqRecord(**record))
    counters.last_rejection = reason


# Articles read ahead for each extraction process: while the loop is busy (a batch of merges takes tens of ms),
# the process reads the ones queued. With 2 it idled a third of a burst; 8 keeps it busy.
IN_FLIGHT_PER_PROCESS = 8


@app.agent(articles_topic)
async def extract(stream):
    """articles -> event-mentions (keyed by date bucket), or -> articles-dlq with a reason.

    Articles are handed to the extraction processes as they come, several at a time, and finished in their
    order: each is acknowledged once its mentions are sent and every article before it is, so a committed offset
    never passes an article still being read. (Faust's own agent ``concurrency`` acknowledges in any order and
    can commit past an article in flight, which a crash then loses: faust-streaming/faust#606.)
    """
    read: asyncio.Queue = asyncio.Queue(maxsize=max(1, IN_FLIGHT_PER_PROCESS * extract_pool.processes))
    finisher = asyncio.ensure_future(_finish_in_order(read))
    try:
        async for event in stream.noack().events():
            extraction = asyncio.ensure_future(extract_pool.extract(event.value, event.message.timestamp))
            if read.full():
                # Wait for room, or for the finisher to fail (a send that failed): then the agent fails with it,
                # as it would have without the read-ahead, and the unacknowledged articles are read again.
                room = asyncio.ensure_future(read.put((event, extraction)))
                await asyncio.wait({room, finisher}, return_when=asyncio.FIRST_COMPLETED)
                if finisher.done():
                    room.cancel()
                    extraction.cancel()
                    finisher.result()
            else:
                read.put_nowait((event, extraction))
    finally:
        finisher.cancel()


async def _finish_in_order(read: asyncio.Queue) -> None:
    while True:
        event, extraction = await read.get()
        await _finish(event.message, extraction)
        event.ack()


async def _finish(msg, extraction: asyncio.Future) -> None:
    try:
        result = await extraction
    except Exception as exc:
        await reject(msg, *_rejection(exc, msg))
        counters.finished(articles_rejected=1)
        return
    counters.extract_seconds += result.seconds
    for item in result.mentions:
        bucket = clustering.bucket_of(item.mention)
        await mentions_topic.send(key=bucket, value=MentionRecord.from_core(item, bucket, bucket_start(bucket)))
    counters.mentions_emitted += len(result.mentions)
    counters.finished(articles_processed=1)


def _rejection(exc: Exception, msg) -> tuple[str, str, str | None]:
    """The DLQ code, reason and article id for an article that could not be extracted (logged unless bad input)."""
    if isinstance(exc, InvalidArticle):
        return exc.code, exc.reason, exc.article_id
    if isinstance(exc, (ExtractionProcessDied, ExtractionTimedOut)):
        log.error("%s on %s[%s]@%s", exc, msg.topic, msg.partition, msg.offset)
        if isinstance(exc, ExtractionTimedOut):
            return "timeout", f"{exc}; raise TIMELINE_EXTRACT_TIMEOUT if such articles are expected", None
        return "internal", str(exc), None
    log.error("internal error on %s[%s]@%s", msg.topic, msg.partition, msg.offset, exc_info=exc)
    return "internal", f"internal error: {exc!r}", None


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
        grown, told = [], []
        for events in months.values():
            state, deliveries = await _assemble_month(events)
            if state is not None:
                grown.append((events[-1], state))
                told.extend(deliveries)
        # The changes are told, and the broker has them, before the states are written: a crash in between tells
        # them again on replay. Written first, a state a crash left behind on disk would hold changes nobody was
        # ever told, and the replayed mentions would change nothing in it.
        await asyncio.gather(*told)
        for event, state in grown:
            _as_current(event)
            timeline_table[event.value.bucket] = state
        counters.finished(mentions_assembled=len(batch))  # counted once told and written: "idle" means done


def _as_current(event) -> None:
    """Make ``event`` the one a table operation belongs to. Faust reads it from a context variable (for the
    window's time with ``relative_to_field`` and the changelog partition), which ``take_events`` leaves unset
    in the agent's task (Faust sets it in the task that drains the stream, and only there); a month's mentions
    share its key, hence one partition."""
    faust_streams._current_event.set(weakref.ref(event))


async def _assemble_month(events: list) -> tuple[dict | None, list]:
    """Merge one month's mentions into its state; return the new state (None: unchanged) and the deliveries of
    the change records it sent."""
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
        return None, []
    state = merger.state
    if len(orjson.dumps(state)) > settings.max_state_bytes:
        state, updates = await _merge_within_limit(before, merged)
    else:
        with counters.timing("assemble_seconds"):
            updates = merger.told()
    deliveries = [await updates_topic.send(key=update["id"], value=update) for update in updates]
    counters.updates_emitted += len(updates)
    return state, deliveries


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
