"""The whole timeline, materialized in every worker from the compacted ``timeline-updates`` topic.

The timeline table is partitioned across workers; a reader wants all of it. Each worker therefore reads every
partition of ``timeline-updates`` (no consumer group, from the beginning) into memory and serves that: the web
view's JSON, and live updates to subscribers (the timeline page's event stream).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import orjson

from .app import app, settings
from .core.query import Scope, select

__all__ = ["TimelineView", "view"]

log = logging.getLogger(__name__)


class TimelineView:
    """Current state of every event, by id; absorbed ids remember which event took them over."""

    def __init__(self, subscriber_queue: int = 1000) -> None:
        self.events: dict[str, dict] = {}
        self.absorbed: dict[str, str] = {}
        self.applied = 0
        self.caught_up = False
        self._queue_size = subscriber_queue
        self._subscribers: set[asyncio.Queue] = set()

    def apply(self, update: dict[str, Any]) -> None:
        event_id = update.get("id")
        if not isinstance(event_id, str):
            return
        if update.get("change") == "absorbed":
            self.events.pop(event_id, None)
            if update.get("absorbed_into"):
                self.absorbed[event_id] = update["absorbed_into"]
        else:
            self.events[event_id] = update
            self.absorbed.pop(event_id, None)
        self.applied += 1
        for queue in list(self._subscribers):
            try:
                queue.put_nowait(update)
            except asyncio.QueueFull:  # a reader that does not keep up is dropped; it reconnects and resyncs
                self._subscribers.discard(queue)

    def get(self, event_id: str) -> dict | None:
        return self.events.get(event_id)

    def snapshot(self, scope: Scope | None = None) -> list[dict]:
        events = sorted(self.events.values(), key=lambda e: (e.get("date", ""), e.get("id", "")))
        return select(events, scope) if scope else events

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(self._queue_size)
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self._subscribers.discard(queue)

    def is_subscribed(self, queue: asyncio.Queue) -> bool:
        """False once the view has dropped a subscriber that fell behind."""
        return queue in self._subscribers


view = TimelineView()


def _consumer_config() -> dict:
    config: dict = {"bootstrap_servers": settings.bootstrap_servers, "security_protocol": settings.security_protocol,
                    "enable_auto_commit": False, "auto_offset_reset": "earliest", "group_id": None,
                    "max_partition_fetch_bytes": settings.max_message_bytes,
                    "fetch_max_wait_ms": settings.fetch_wait_ms,
                    "fetch_max_bytes": max(settings.max_message_bytes, 52_428_800)}
    credentials = app.conf.broker_credentials
    ssl_context = getattr(credentials, "context", None) or getattr(credentials, "ssl_context", None)
    if ssl_context is not None:
        config["ssl_context"] = ssl_context
    if settings.security_protocol.startswith("SASL"):
        config.update(sasl_mechanism=settings.sasl_mechanism, sasl_plain_username=settings.sasl_username,
                      sasl_plain_password=settings.sasl_password)
    return config


@app.task
async def follow_updates() -> None:
    """Read timeline-updates from the beginning, forever; reconnect when the broker goes away."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    while True:
        consumer = AIOKafkaConsumer(**_consumer_config())
        try:
            await consumer.start()
            partitions = consumer.partitions_for_topic(settings.topic_updates)
            while not partitions:
                await asyncio.sleep(1.0)
                await consumer._client.force_metadata_update()
                partitions = consumer.partitions_for_topic(settings.topic_updates)
            tps = [TopicPartition(settings.topic_updates, p) for p in sorted(partitions)]
            consumer.assign(tps)
            view.events.clear()
            view.absorbed.clear()
            await consumer.seek_to_beginning(*tps)
            while True:
                batch = await consumer.getmany(timeout_ms=500, max_records=1000)
                for records in batch.values():
                    for record in records:
                        try:
                            view.apply(orjson.loads(record.value))
                        except orjson.JSONDecodeError:
                            log.warning("not JSON on %s at %s", record.topic, record.offset)
                if not batch:
                    view.caught_up = True
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # broker away: say so, wait, start over from the beginning
            log.warning("timeline view lost the broker (%s); retrying in 2s", exc)
            await asyncio.sleep(2.0)
        finally:
            try:
                await consumer.stop()
            except Exception:
                pass
