"""Plain Kafka clients (kafka-python) for the CLI and tests: create topics, publish, read a topic.

Any Kafka client can do what these do: values are plain JSON, keys plain UTF-8.
"""

from __future__ import annotations

import time
from typing import Iterable, Iterator

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from .errors import BrokerError
from .settings import Settings

__all__ = ["client_config", "ensure_topics", "make_producer", "publish", "read_topic", "send_all", "wait_for_broker"]


def client_config(settings: Settings) -> dict:
    """kafka-python connection settings, security included."""
    config: dict = {"bootstrap_servers": settings.bootstrap_servers, "security_protocol": settings.security_protocol}
    if settings.security_protocol in {"SSL", "SASL_SSL"}:
        config.update(ssl_cafile=settings.ssl_cafile or None, ssl_certfile=settings.ssl_certfile or None,
                      ssl_keyfile=settings.ssl_keyfile or None)
    if settings.security_protocol.startswith("SASL"):
        config.update(sasl_mechanism=settings.sasl_mechanism, sasl_plain_username=settings.sasl_username,
                      sasl_plain_password=settings.sasl_password)
    return config


def wait_for_broker(settings: Settings, timeout: float | None = 60.0, say=None) -> None:
    """Block until the broker answers a metadata request, saying so every 10 s while it waits (None: forever)."""
    deadline = time.monotonic() + timeout if timeout is not None else float("inf")
    told = 0.0
    while True:
        try:
            admin = KafkaAdminClient(client_id="timeline-probe", bootstrap_timeout_ms=3000, **client_config(settings))
            admin.list_topics()
            admin.close()
            return
        except (KafkaError, OSError) as exc:
            if time.monotonic() > deadline:
                raise BrokerError(f"broker {settings.broker} not reachable after {timeout:.0f}s: {exc}") from exc
            if say and time.monotonic() - told >= 10.0:
                say(f"waiting for broker {settings.broker} ({exc.__class__.__name__}) ...")
                told = time.monotonic()
            time.sleep(1.0)


def ensure_topics(settings: Settings) -> None:
    """Create the project's topics with the configured partitions (existing ones are left as they are)."""
    admin = KafkaAdminClient(client_id="timeline-admin", **client_config(settings))
    try:
        existing = set(admin.list_topics())
        wanted = [
            NewTopic(settings.topic_articles, settings.partitions, settings.replication_factor),
            NewTopic(settings.topic_dlq, settings.partitions, settings.replication_factor),
            NewTopic(settings.topic_mentions, settings.partitions, settings.replication_factor),
            NewTopic(settings.topic_updates, settings.partitions, settings.replication_factor,
                     topic_configs={"cleanup.policy": "compact"}),
        ]
        missing = [t for t in wanted if t.name not in existing]
        if missing:
            try:
                admin.create_topics(missing)
            except TopicAlreadyExistsError:  # another process won the race
                pass
    finally:
        admin.close()


def make_producer(settings: Settings) -> KafkaProducer:
    return KafkaProducer(acks="all", linger_ms=5, max_request_size=settings.max_message_bytes,
                         **client_config(settings))


def publish(producer: KafkaProducer, topic: str, items: Iterable[tuple[str | None, bytes]]) -> int:
    """Send (key, value) pairs; returns how many the broker acknowledged."""
    futures = [
        producer.send(topic, key=key.encode("utf-8") if key is not None else None, value=value)
        for key, value in items
    ]
    producer.flush()
    for future in futures:
        future.get(timeout=30)
    return len(futures)


def send_all(settings: Settings, topic: str, items: Iterable[tuple[str | None, bytes]]) -> int:
    """Open a producer, send the (key, value) pairs, close it; returns how many the broker acknowledged."""
    producer = make_producer(settings)
    try:
        return publish(producer, topic, items)
    finally:
        producer.close()


def read_topic(settings: Settings, topic: str, *, from_beginning: bool = True, follow: bool = False,
               idle_timeout: float = 2.0) -> Iterator[tuple[str | None, dict | None, object]]:
    """Yield (key, decoded JSON value or None, raw message) from every partition of a topic.

    Uses manual partition assignment (no consumer group), which works on every Kafka-protocol broker.
    With ``follow`` it waits for new messages forever; otherwise it stops after ``idle_timeout`` s of silence.
    """
    consumer = KafkaConsumer(enable_auto_commit=False, consumer_timeout_ms=int(idle_timeout * 1000),
                             max_partition_fetch_bytes=settings.max_message_bytes,
                             fetch_max_bytes=max(settings.max_message_bytes, 52_428_800), **client_config(settings))
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            return
        consumer.assign(tps)
        if from_beginning:
            consumer.seek_to_beginning(*tps)
        else:
            consumer.seek_to_end(*tps)
        while True:
            for message in consumer:
                key = message.key.decode("utf-8", "replace") if message.key is not None else None
                try:
                    value = orjson.loads(message.value) if message.value is not None else None
                except orjson.JSONDecodeError:
                    value = None
                yield key, value, message
            if not follow:
                return
    finally:
        consumer.close()
