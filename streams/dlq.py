"""Build the dead-letter record for a message that could not be processed (pure)."""

from __future__ import annotations

import base64
import time
from typing import Any

__all__ = ["dlq_record", "MAX_RAW_BYTES"]

# Kafka's default message limit is about 1 MB: a payload near it cannot travel inside a DLQ record. Beyond this
# the record keeps the head of the payload, says so, and points at the original (topic, partition, offset).
MAX_RAW_BYTES = 900_000


def dlq_record(error: str, reason: str, raw: bytes | None, *, topic: str, partition: int, offset: int,
               timestamp: float | None, article_id: str | None = None) -> dict[str, Any]:
    """``raw`` is kept as UTF-8 text, or base64 where it is not valid UTF-8, so nothing is lost."""
    truncated = raw is not None and len(raw) > MAX_RAW_BYTES
    if truncated:
        raw = raw[:MAX_RAW_BYTES]
    if raw is None:
        text, encoding = None, "none"
    else:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = base64.b64encode(raw).decode("ascii"), "base64"
    return {
        "error": error, "reason": reason, "article_id": article_id, "raw": text, "raw_encoding": encoding,
        "raw_truncated": truncated, "topic": topic, "partition": partition, "offset": offset, "timestamp": timestamp,
        "failed_at": time.time(),
    }
