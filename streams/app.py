"""The Faust App, and nothing else: built from :class:`streams.settings.Settings`.

Topics, tables, agents and views live in their own modules, which import ``app``; the worker entry point
imports them (see ``streams.worker``).
"""

from __future__ import annotations

import ssl
from datetime import timedelta

import faust

from .settings import Settings
from .transport import Transport

__all__ = ["app", "settings"]

settings = Settings.from_env()


def _credentials(conf: Settings):
    if conf.security_protocol == "PLAINTEXT":
        return None
    context = None
    if conf.security_protocol in {"SSL", "SASL_SSL"}:
        context = ssl.create_default_context(cafile=conf.ssl_cafile or None)
        if conf.ssl_certfile:
            context.load_cert_chain(conf.ssl_certfile, conf.ssl_keyfile or None)
    if conf.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(username=conf.sasl_username, password=conf.sasl_password,
                                     ssl_context=context, mechanism=conf.sasl_mechanism)
    return faust.SSLCredentials(context)


class TimelineApp(faust.App):
    """Faust's App on :class:`streams.transport.Transport` (Faust's aiokafka driver, a short fetch wait)."""

    def _new_transport(self):
        return Transport(self.conf.broker_consumer, self)


app = TimelineApp(
    settings.app_id,
    broker=settings.broker or "kafka://127.0.0.1:9092",
    broker_credentials=_credentials(settings),
    store=settings.store,
    datadir=settings.data_dir or "timeline-data",
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication_factor,
    web_host=settings.web_host,
    web_port=settings.web_port,
    web_enabled=True,
    broker_rebalance_timeout=settings.rebalance_timeout,
    broker_session_timeout=settings.session_timeout,
    broker_heartbeat_interval=settings.heartbeat_interval,
    consumer_auto_offset_reset="earliest",
    recovery_consistency_check=settings.recovery_consistency_check,
    table_cleanup_interval=timedelta(minutes=5).total_seconds(),
    producer_acks=-1,
    producer_linger_ms=5,
    producer_max_batch_size=1_000_000,
    producer_max_request_size=settings.max_message_bytes,
    consumer_max_fetch_size=settings.max_message_bytes,
)
