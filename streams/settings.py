"""One frozen settings object, read from the environment (prefix ``TIMELINE_``); the App is built from it."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Mapping

__all__ = ["Settings", "ENV_PREFIX", "usable_cpus"]

ENV_PREFIX = "TIMELINE_"


def _bool(text: str) -> bool:
    return text.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Every knob of the worker and the CLI. Each field is set by ``TIMELINE_<FIELD NAME IN CAPITALS>``."""

    #: Kafka bootstrap URL(s), ``kafka://host:port[;kafka://host2:port]``. Empty: start the embedded broker.
    broker: str = ""
    #: Port of the embedded broker; 0 picks a free one.
    embedded_port: int = 0
    #: Faust application id (consumer group, changelog topic prefix).
    app_id: str = "timeline"
    topic_articles: str = "articles"
    topic_dlq: str = "articles-dlq"
    topic_mentions: str = "event-mentions"
    topic_updates: str = "timeline-updates"
    #: Partitions of every topic the project creates (the table's changelog must match event-mentions).
    partitions: int = 4
    replication_factor: int = 1
    #: Web view: bound to loopback unless configured otherwise.
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    #: Table store: ``rocksdb://`` (durable, default) or ``memory://``.
    store: str = "rocksdb://"
    #: Where table state lives; empty: ``./timeline-data`` (a fresh temporary folder with the embedded broker).
    data_dir: str = ""
    #: Bodies larger than this many bytes (UTF-8) go to the DLQ.
    max_body_bytes: int = 500_000
    #: Largest message the worker produces or fetches (table changelog records, big events), bytes. The broker's
    #: own limit must allow it (Kafka: message.max.bytes); Tansu takes it as it is.
    max_message_bytes: int = 16_000_000
    #: A month's clustering state larger than this is not written: the mention goes to the DLQ instead.
    max_state_bytes: int = 12_000_000
    #: Child processes that extract articles, so that the worker's event loop keeps consuming, producing and
    #: assembling meanwhile; 0 extracts in the loop itself; -1 (the default): one on a machine with two CPUs or
    #: more, none on one. Each one keeps about a core busy under load, with 8 articles read ahead for it.
    extract_processes: int = -1
    #: An article an extraction process is still reading after this many seconds is taken from it (the process is
    #: replaced) and tried once more alone; a second time it goes to the DLQ (``timeout``). Articles take
    #: milliseconds, a few seconds at the body limit.
    extract_timeout: float = 60.0
    #: The assembler merges up to this many mentions before it writes a month's state and tells the changes,
    #: waiting at most ``assemble_wait`` seconds for them: under load each state is written once per batch.
    assemble_batch: int = 500
    assemble_wait: float = 0.1
    #: How long (days, wall clock) a month of event time stays in the timeline table after it ends. An article
    #: published today about an event this old still merges with it; older months are dropped from state.
    retention_days: int = 3650
    #: The longest a consumer's fetch waits at the broker for new data, ms: bounds each hop's added latency on
    #: brokers that poll (Kafka itself answers as soon as data arrives).
    fetch_wait_ms: int = 100
    #: Faust's check, when a worker starts, that its table state on disk is not ahead of the table's changelog
    #: topic. The embedded broker (Tansu 0.6) answers "where does this partition end" with the first offset of
    #: its last record batch, plus one, not its last offset plus one; after a batch of several changelog records
    #: the check then fails on a worker restarted against a broker that stayed up, though nothing is missing.
    #: Off wherever the embedded broker is used; keep it on with Kafka.
    recovery_consistency_check: bool = True
    #: Consumer-group timings, seconds. Short rebalances suit the embedded single-node broker.
    rebalance_timeout: float = 3.0
    session_timeout: float = 10.0
    heartbeat_interval: float = 1.0
    #: Extra alias table (TSV, same format as streams/core/data/aliases.tsv).
    aliases: str = ""
    #: Kafka security (production): PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL, and its material.
    security_protocol: str = "PLAINTEXT"
    ssl_cafile: str = ""
    ssl_certfile: str = ""
    ssl_keyfile: str = ""
    sasl_mechanism: str = "PLAIN"
    sasl_username: str = ""
    sasl_password: str = ""
    log_level: str = "info"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> "Settings":
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            kind = type(f.default)
            values[f.name] = _bool(raw) if kind is bool else kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The environment that reproduces these settings in a child process."""
        return {ENV_PREFIX + f.name.upper(): str(getattr(self, f.name)) for f in fields(self)}

    @property
    def extraction_processes(self) -> int:
        """``extract_processes`` with -1 resolved for this machine."""
        if self.extract_processes >= 0:
            return self.extract_processes
        return 1 if usable_cpus() >= 2 else 0

    @property
    def bootstrap_servers(self) -> list[str]:
        """``host:port`` list for kafka-python / aiokafka, from the ``kafka://`` URL(s)."""
        out = []
        for part in self.broker.replace(",", ";").split(";"):
            part = part.strip()
            if part:
                out.append(part.split("://", 1)[-1].rstrip("/"))
        return out


def usable_cpus() -> int:
    """The CPUs this process may run on (a container's cpuset included), or the machine's where that is unknown."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
