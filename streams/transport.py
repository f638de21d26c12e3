"""Faust's aiokafka transport with a configurable fetch wait.

Faust builds its consumer with ``fetch_max_wait_ms=1500``. Kafka answers a fetch as soon as data arrives, so
that wait costs nothing there; a broker that polls within the wait (Tansu sleeps half the time left between
looks) can hold each hop up to ``wait / 2``, and an article crosses two hops before its update. The worker's
consumer therefore waits ``Settings.fetch_wait_ms`` at most.
"""

from __future__ import annotations

from faust.transport.drivers import aiokafka as driver

__all__ = ["Transport"]


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport):
        from .app import settings

        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = settings.fetch_wait_ms  # read by AIOKafkaConsumer.start()
        return consumer


class _Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> driver.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(driver.Transport):
    Consumer = _Consumer
