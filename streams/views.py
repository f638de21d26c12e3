"""Web view on the worker: ``/timeline/`` (JSON, sorted by date), ``/timeline/{event_id}/``, ``/health/``,
``/stats/``. Faust's own ``/table/`` and ``/router/`` pages serve the ``timeline`` table as they are.

The timeline pages read the live view (every partition of ``timeline-updates``), so any worker shows it all.
"""

from __future__ import annotations

from faust import web

from .app import app
from .core.query import Scope
from .live_view import view
from .metrics import counters

__all__ = ["TimelinePage", "EventView", "HealthView", "StatsView"]


@app.page("/timeline/")
class TimelinePage(web.View):
    async def get(self, request: web.Request) -> web.Response:
        events = view.snapshot(Scope.from_query(request.query))
        return self.json({"count": len(events), "events": events})


@app.page("/timeline/{event_id}/")
class EventView(web.View):
    async def get(self, request: web.Request, event_id: str) -> web.Response:
        event = view.get(event_id)
        if event is not None:
            return self.json(event)
        if event_id in view.absorbed:
            target = view.absorbed[event_id]
            return self.json({"error": "merged into another event", "id": event_id, "absorbed_into": target,
                              "href": f"/timeline/{target}/"}, status=404)
        return self.json({"error": "no such event", "id": event_id}, status=404)


@app.page("/health/")
class HealthView(web.View):
    async def get(self, request: web.Request) -> web.Response:
        return self.json({"status": "ok", "rebalancing": bool(app.rebalancing), "view_caught_up": view.caught_up})


@app.page("/stats/")
class StatsView(web.View):
    async def get(self, request: web.Request) -> web.Response:
        return self.json({**counters.snapshot(), "view_events": len(view.events), "view_applied": view.applied})
