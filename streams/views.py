"""Web view on the worker: ``/timeline/`` (JSON, sorted by date), ``/timeline/{event_id}/``, ``/health/``,
``/stats/``. Faust's own ``/table/`` and ``/router/`` pages serve the ``timeline`` table as they are.
"""

from __future__ import annotations

from faust import web

from .app import app
from .core import clustering
from .core.query import Scope, select
from .metrics import counters
from .tables import timeline_table

__all__ = ["current_events"]


def current_events() -> list[dict]:
    """Every event in this worker's partitions of the timeline table, sorted by date then id."""
    events: list[dict] = []
    for _key, state in timeline_table.table.data.items():
        if state:
            events.extend(clustering.result(state))
    events.sort(key=lambda e: (e.get("date", ""), e.get("id", "")))
    return events


@app.page("/timeline/")
class TimelineView(web.View):
    async def get(self, request: web.Request) -> web.Response:
        scope = Scope.from_query(request.query)
        events = select(current_events(), scope)
        return self.json({"count": len(events), "events": events})


@app.page("/timeline/{event_id}/")
class EventView(web.View):
    async def get(self, request: web.Request, event_id: str) -> web.Response:
        for event in current_events():
            if event.get("id") == event_id:
                return self.json(event)
        return self.json({"error": "no such event", "id": event_id}, status=404)


@app.page("/health/")
class HealthView(web.View):
    async def get(self, request: web.Request) -> web.Response:
        return self.json({"status": "ok", "rebalancing": bool(app.rebalancing)})


@app.page("/stats/")
class StatsView(web.View):
    async def get(self, request: web.Request) -> web.Response:
        return self.json(counters.snapshot())
