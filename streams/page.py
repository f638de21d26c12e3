"""The timeline page on the worker's web port.

``/`` serves the page, ``/static/{name}`` its assets (a fixed set, read once at import) and ``/timeline/stream``
a server-sent event stream: the scoped snapshot first, then every change as it is applied to the live view. The
stream takes the same filters as ``/timeline/`` (``entity``, ``source``, ``from``, ``to``, ``q``) and applies them
with the same code, so the page and the JSON never disagree about what a filter means.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import orjson
from aiohttp import web as aiohttp_web
from faust import web

from .app import app
from .core.query import Scope, matches
from .live_view import view

__all__ = [
    "Asset", "STATIC_DIR", "PAGE_HEADERS", "load_assets", "asset", "sse_message", "stream_message",
    "end_streams", "IndexPage", "StaticAsset", "TimelineStream",
]

STATIC_DIR = Path(__file__).with_name("static")
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
# One path segment, no leading dot, a known extension: anything else is not an asset.
_ASSET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(?:js|css|svg|png|ico)")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
STREAM_HEADERS = {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    "X-Accel-Buffering": "no",  # nginx: pass each event through at once
    "X-Content-Type-Options": "nosniff",
}

# A comment line this often keeps proxies and load balancers from closing an idle stream.
HEARTBEAT_S = 15.0
# How often a waiting stream looks whether its client is still there (aiohttp does not cancel the handler).
POLL_S = 1.0
# How long a browser waits before reconnecting a dropped stream.
RETRY_MS = 3000


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    content_type: str
    etag: str


def load_assets(folder: Path) -> dict[str, Asset]:
    """Every servable file directly in ``folder``, by name."""
    assets: dict[str, Asset] = {}
    if not folder.is_dir():
        return assets
    for path in sorted(folder.iterdir()):
        if path.is_file() and _ASSET_NAME.fullmatch(path.name):
            body = path.read_bytes()
            assets[path.name] = Asset(body, CONTENT_TYPES[path.suffix], f'"{hashlib.sha256(body).hexdigest()[:16]}"')
    return assets


_ASSETS = load_assets(STATIC_DIR)
_INDEX = (STATIC_DIR / "index.html").read_bytes()


def asset(name: str) -> Asset | None:
    """The shipped asset called ``name``; None for any other name (so ``../`` and friends never reach a file)."""
    return _ASSETS.get(name) if _ASSET_NAME.fullmatch(name or "") else None


def sse_message(event: str, data: Any) -> bytes:
    """One server-sent event; orjson writes JSON on one line, so one ``data:`` field carries it."""
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


def stream_message(update: Mapping, scope: Scope, entity_key: str | None, shown: set[str]) -> bytes | None:
    """What a client scoped by ``scope`` is told about one update, given the ids it has (``shown``, kept up to
    date here): the event; that an event it has left its timeline; or nothing (None)."""
    event_id = update.get("id")
    if update.get("change") != "absorbed" and matches(update, scope, entity_key):
        shown.add(event_id)
        return sse_message("event", update)
    if event_id not in shown:
        return None
    shown.discard(event_id)
    absorbed = update.get("change") == "absorbed"
    return sse_message("remove", {"id": event_id, "absorbed_into": update.get("absorbed_into") if absorbed else None,
                                  "reason": "absorbed" if absorbed else "out of scope"})


_open_streams: set[asyncio.Queue] = set()


async def end_streams(_app: Any = None) -> None:
    """Ask every open stream to finish (the web server is shutting down); browsers reconnect on their own."""
    for queue in list(_open_streams):
        try:
            queue.put_nowait(None)
        except asyncio.QueueFull:
            view.unsubscribe(queue)
            _open_streams.discard(queue)


def _web_app(driver: Any) -> aiohttp_web.Application | None:
    return getattr(driver, "web_app", None)


def _still_subscribed(queue: asyncio.Queue) -> bool:
    # The live view drops a reader that falls behind; such a stream closes so the browser resyncs.
    return view.is_subscribed(queue)


def _gone(request: Any) -> bool:
    transport = getattr(request, "transport", None)
    return transport is None or transport.is_closing()


@app.page("/")
class IndexPage(web.View):
    async def get(self, request: web.Request) -> web.Response:
        return self.bytes(_INDEX, headers={"Content-Type": "text/html; charset=utf-8", **PAGE_HEADERS})


@app.page("/static/{name}")
class StaticAsset(web.View):
    async def get(self, request: web.Request, name: str) -> web.Response:
        found = asset(name)
        if found is None:
            return self.text("not found\n", status=404, headers={"X-Content-Type-Options": "nosniff"})
        headers = {"ETag": found.etag, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
        if found.etag in request.headers.get("If-None-Match", ""):
            return self.bytes(b"", status=304, headers=headers)
        return self.bytes(found.body, headers={"Content-Type": found.content_type, **headers})


@app.page("/timeline/stream")
class TimelineStream(web.View):
    async def head(self, request: web.Request) -> web.Response:
        return self.bytes(b"", headers=dict(STREAM_HEADERS))

    async def get(self, request: web.Request) -> Any:
        scope = Scope.from_query(request.query)
        entity_key = scope.canonical_entity()
        response = aiohttp_web.StreamResponse(headers=STREAM_HEADERS)
        response.enable_chunked_encoding()
        queue = view.subscribe()
        snapshot = view.snapshot(scope)  # no await since subscribing: nothing falls between the two
        shown = {e["id"] for e in snapshot}
        _open_streams.add(queue)
        try:
            await response.prepare(request)
            await response.write(f"retry: {RETRY_MS}\n\n".encode()
                                 + sse_message("snapshot", {"events": snapshot, "caught_up": view.caught_up}))
            last_write = time.monotonic()
            while True:
                try:
                    update = await asyncio.wait_for(queue.get(), POLL_S)
                except asyncio.TimeoutError:
                    if _gone(request) or not _still_subscribed(queue):
                        break
                    if time.monotonic() - last_write >= HEARTBEAT_S:
                        await response.write(b": keepalive\n\n")
                        last_write = time.monotonic()
                    continue
                if update is None:
                    break
                message = stream_message(update, scope, entity_key, shown)
                if message is not None:
                    await response.write(message)
                    last_write = time.monotonic()
        except ConnectionError:  # the client went away mid-write
            pass
        finally:
            view.unsubscribe(queue)
            _open_streams.discard(queue)
        return response


_driver_app = _web_app(app.web)
if _driver_app is not None:
    _driver_app.on_shutdown.append(end_streams)
