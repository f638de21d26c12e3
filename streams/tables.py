"""The timeline table: windowed over event time, one window per calendar month of the mentions' dates.

Each mention carries ``window_at``, the first instant of its month (its bucket). Months differ in length and
fixed-size windows do not, so the stamp does the calendar bucketing and a one-day tumbling window holds exactly
one month. The key is the bucket too, so a window's value is the event clusters of that month
(``streams.core.clustering`` state). ``expires`` is the retention: how long after its month a window is kept.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache

from .app import app, settings
from .core.clustering import STATE_VERSION
from .models import MentionRecord

__all__ = ["timeline_table", "TABLE_NAME", "WINDOW_SIZE"]

#: The table is renamed when the clustering state's format or merge rules change, so a new rule set starts
#: from a fresh table (rebuilt by replaying event-mentions) instead of reading state it does not understand.
TABLE_NAME = f"timeline-v{STATE_VERSION}"

WINDOW_SIZE = timedelta(days=1)

timeline_table = (
    app.Table(
        TABLE_NAME,
        default=dict,
        partitions=settings.partitions,
        help="Event clusters per month of event time (key: YYYY-MM or YYYY bucket; value: clustering state).",
    )
    .tumbling(WINDOW_SIZE, expires=timedelta(days=settings.retention_days))
    .relative_to_field(MentionRecord.window_at)
)


@lru_cache(maxsize=4096)
def bucket_start(bucket: str) -> float:
    """First instant (UTC epoch seconds) of a ``YYYY-MM`` or ``YYYY`` bucket: the event time a mention windows on."""
    year, _, month = bucket.partition("-")
    return datetime(int(year), int(month or 1), 1, tzinfo=timezone.utc).timestamp()
