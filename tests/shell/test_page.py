"""The timeline page's routes without a browser: the page and its headers, the static assets, the event stream."""

from __future__ import annotations

import asyncio
import re

import orjson
import pytest
from aiohttp import web as aiohttp_web
from aiohttp.test_utils import TestClient, TestServer
from yarl import URL

from streams import page
from streams.app import app
from streams.core.query import Scope
from streams.live_view import view

ROUTES = ("/", "/static/{name}", "/timeline/stream")
ASSET_FILES = sorted(p for p in page.STATIC_DIR.iterdir() if p.name != "index.html")


def event(event_id: str, date: str, summary: str, *, sources=("AFP",), places=(), participants=(),
          granularity="day", change="created") -> dict:
    return {"id": event_id, "change": change, "absorbed_into": None, "date": date, "granularity": granularity,
            "mod": None, "kind": "meeting", "summary": summary, "participants": list(participants),
            "places": list(places), "sources": list(sources), "outlets": list(sources), "articles": ["a1"],
            "mentions": [], "first_seen": "2024-01-01T00:00:00+00:00", "last_seen": "2024-01-01T00:00:00+00:00",
            "reports": len(sources), "confidence": 0.5, "explanation": []}


@pytest.fixture
def live():
    """The module's live view, emptied for one test and put back afterwards."""
    saved = (dict(view.events), dict(view.absorbed), set(view._subscribers))
    view.events.clear()
    view.absorbed.clear()
    view._subscribers.clear()
    yield view
    view.events.clear()
    view.events.update(saved[0])
    view.absorbed.clear()
    view.absorbed.update(saved[1])
    view._subscribers.clear()
    view._subscribers.update(saved[2])


def web_app() -> aiohttp_web.Application:
    """A fresh aiohttp application with the page's Faust views, as the worker's web driver routes them."""
    application = aiohttp_web.Application()
    for path in ROUTES:
        handler = app.web.views[path]

        async def dispatch(request, handler=handler):
            return await handler(request)

        application.router.add_route("GET", path, dispatch)
    application.on_shutdown.append(page.end_streams)
    return application


def run(check) -> None:
    async def main():
        async with TestClient(TestServer(web_app())) as client:
            await check(client)

    asyncio.run(asyncio.wait_for(main(), 20))


async def next_message(response, timeout: float = 5.0) -> tuple[str, dict | str]:
    """The next event (name, parsed data) or comment ("comment", text) from a server-sent event stream."""
    name, data, comment = "message", [], None
    while True:
        line = (await asyncio.wait_for(response.content.readline(), timeout)).decode()
        if not line:
            raise EOFError("stream ended")
        line = line.rstrip("\n")
        if line == "":
            if data:
                return name, orjson.loads("\n".join(data))
            if comment is not None:
                return "comment", comment
            continue
        if line.startswith(":"):
            comment = line[1:].strip()
        elif line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())


# -- the page --------------------------------------------------------------------------------------------------

def test_the_page_is_html_with_a_policy_that_allows_only_its_own_scripts():
    async def check(client):
        response = await client.get("/")
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/html")
        policy = response.headers["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["script-src"] == "'self'"
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert directives["default-src"] == "'none'"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        html = await response.text()
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
        assert scripts and all(body.strip() == "" for _attrs, body in scripts), "inline script"
        for attrs, _body in scripts:
            src = re.search(r'src="([^"]+)"', attrs).group(1)
            assert src.startswith("/static/") and page.asset(src.removeprefix("/static/")) is not None
        assert not re.search(r"\son[a-z]+\s*=", html, re.I), "inline event handler"
        assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html), "a resource from elsewhere"

    run(check)


def test_every_shipped_asset_is_served_with_its_content_type_and_revalidates():
    expected = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}

    async def check(client):
        for path in ASSET_FILES:
            response = await client.get(f"/static/{path.name}")
            assert response.status == 200, path.name
            assert response.headers["Content-Type"].split(";")[0] == expected[path.suffix]
            assert await response.read() == path.read_bytes()
            again = await client.get(f"/static/{path.name}", headers={"If-None-Match": response.headers["ETag"]})
            assert again.status == 304

    assert {p.suffix for p in ASSET_FILES} <= set(expected)
    run(check)


@pytest.mark.parametrize("raw_path", [
    "/static/..%2Fpage.py", "/static/%2e%2e%2fpage.py", "/static/%2e%2e", "/static/.hidden.js", "/static/page.py",
    "/static/index.html", "/static/app.js%2F..%2F..%2Fpage.py", "/static/%2Fetc%2Fpasswd", "/static/app.js%00.css",
    "/static/..%5Capp.js", "/static/APP.JS",
])
def test_the_static_route_serves_nothing_outside_the_shipped_set(raw_path):
    async def check(client):
        response = await client.get(URL(raw_path, encoded=True))
        body = await response.read()
        assert response.status == 404, (raw_path, body[:80])
        assert b"import" not in body

    run(check)


@pytest.mark.parametrize("name", ["../page.py", "../static/app.js", "/etc/passwd", "app.js\x00", "",
                                  "..\\app.js", "sub/app.js", ".app.js"])
def test_asset_lookup_refuses_paths(name):
    assert page.asset(name) is None


def test_scripts_never_parse_strings_as_html_and_nothing_loads_from_elsewhere():
    for path in ASSET_FILES:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".js":
            for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                         "new Function", "setTimeout(\"", "srcdoc", "createContextualFragment"):
                assert sink not in text, f"{path.name} uses {sink}"
            imports = re.findall(r"from\s+\"([^\"]+)\"", text)
            assert all(i.startswith("./") and page.asset(i[2:]) for i in imports), imports
        if path.suffix == ".css":
            assert "@import" not in text and "@font-face" not in text and "url(" not in text
        if path.suffix == ".svg":
            assert "<script" not in text and not re.search(r"\son[a-z]+=", text)
            text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # a name, not something loaded
        assert not re.search(r"https?://", text), f"{path.name} names a remote address"


# -- the event stream --------------------------------------------------------------------------------------------

def test_the_stream_sends_the_scoped_snapshot_first_then_changes(live):
    live.apply(event("ev-000000000001", "2024-05-02", "Ministers met in Oslo", places=["Oslo"]))
    live.apply(event("ev-000000000002", "2024-05-01", "A bridge opened in Porto", places=["Porto"]))
    live.apply(event("ev-000000000003", "2024-06", "Talks resumed in Oslo", places=["Oslo"], granularity="month"))

    async def check(client):
        response = await client.get("/timeline/stream?entity=Oslo")
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        assert response.headers["Cache-Control"].startswith("no-cache")
        name, data = await next_message(response)
        assert name == "snapshot"
        expected = view.snapshot(Scope(entity="Oslo"))
        assert [e["id"] for e in data["events"]] == [e["id"] for e in expected] == [
            "ev-000000000001", "ev-000000000003"]
        # A change inside the scope arrives whole; an event outside it is never sent.
        live.apply(event("ev-000000000004", "2024-05-03", "A ferry line to Bergen opened", places=["Bergen"]))
        live.apply(event("ev-000000000001", "2024-05-02", "Ministers met in Oslo again", places=["Oslo"],
                         change="updated"))
        name, data = await next_message(response)
        assert (name, data["id"], data["summary"]) == ("event", "ev-000000000001", "Ministers met in Oslo again")
        # Absorbed into another event: the entry goes away.
        live.apply({"id": "ev-000000000003", "change": "absorbed", "absorbed_into": "ev-000000000001",
                    "date": "2024-06", "granularity": "month", "summary": "x", "mention_ids": []})
        name, data = await next_message(response)
        assert (name, data["id"], data["absorbed_into"], data["reason"]) == (
            "remove", "ev-000000000003", "ev-000000000001", "absorbed")
        # An event that no longer matches the filter leaves this client's timeline.
        live.apply(event("ev-000000000001", "2024-05-02", "Ministers moved to Bergen", places=["Bergen"],
                         change="updated"))
        name, data = await next_message(response)
        assert (name, data["id"], data["reason"]) == ("remove", "ev-000000000001", "out of scope")
        response.close()

    run(check)


def test_the_stream_beats_while_idle_and_lets_go_of_a_client_that_left(live, monkeypatch):
    monkeypatch.setattr(page, "HEARTBEAT_S", 0.2)
    monkeypatch.setattr(page, "POLL_S", 0.05)

    async def check(client):
        response = await client.get("/timeline/stream")
        name, data = await next_message(response)
        assert name == "snapshot" and data["events"] == []
        assert len(live._subscribers) == 1
        assert await next_message(response, timeout=2.0) == ("comment", "keepalive")
        response.close()
        for _ in range(100):
            if not live._subscribers:
                break
            await asyncio.sleep(0.05)
        assert not live._subscribers and not page._open_streams

    run(check)


def test_shutting_the_server_down_ends_open_streams(live):
    async def check(client):
        response = await client.get("/timeline/stream")
        assert (await next_message(response))[0] == "snapshot"
        await page.end_streams()
        with pytest.raises(EOFError):
            await next_message(response, timeout=3.0)
        assert not live._subscribers

    run(check)


def test_a_stream_that_fell_behind_closes_so_the_browser_resyncs(live, monkeypatch):
    monkeypatch.setattr(page, "POLL_S", 0.05)

    async def check(client):
        response = await client.get("/timeline/stream")
        assert (await next_message(response))[0] == "snapshot"
        live._subscribers.clear()  # what the live view does to a reader whose queue is full
        with pytest.raises(EOFError):
            await next_message(response, timeout=3.0)

    run(check)


def test_stream_messages_are_one_line_of_json_per_event():
    scope = Scope(source="AFP")
    shown: set[str] = set()
    text = "line one\nline two\r\n<script>x</script>"
    message = page.stream_message(event("ev-00000000000a", "2024-01-02", text), scope, None, shown)
    assert message.startswith(b"event: event\ndata: ") and message.endswith(b"\n\n")
    assert message.count(b"\n") == 3
    assert orjson.loads(message.split(b"data: ", 1)[1])["summary"] == text
    assert shown == {"ev-00000000000a"}


def test_a_client_hears_only_of_events_it_has_or_may_have():
    scope = Scope(source="AFP")
    shown = {"ev-00000000000a"}
    elsewhere = event("ev-00000000000b", "2024-01-02", "x", sources=["RT"])
    assert page.stream_message(elsewhere, scope, None, shown) is None
    moved = event("ev-00000000000a", "2024-01-02", "x", sources=["RT"])
    assert page.stream_message(moved, scope, None, shown).startswith(b"event: remove\n")
    assert shown == set()
    absorbed = {"id": "ev-00000000000c", "change": "absorbed", "absorbed_into": "ev-00000000000a"}
    assert page.stream_message(absorbed, scope, None, shown) is None
