"""The timeline page in a real browser (headless Chromium driven by Selenium) against the embedded broker and a
real worker: date order and sources, the keyboard, a filter kept in the URL, live arrival, merges, and hostile
article text that must stay inert."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from urllib.parse import parse_qs, urlencode, urlsplit

import orjson
import pytest
from jsonschema import Draft202012Validator

from streams.article_files import read_articles
from streams.clients import make_producer, publish
from streams.schema_files import load_schema

from tests.conftest import EXAMPLES, REPO

pytestmark = pytest.mark.integration

ARTIFACTS = REPO / "artifacts"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _binary(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}") else None)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    chromium = _binary("chromium", "chromium-browser")
    if chromium is None:
        pytest.skip("no chromium binary on this machine (apt-get install chromium chromium-driver)")
    driver_path = _binary("chromedriver")
    assert driver_path, "chromium is installed but chromedriver is not (apt-get install chromium-driver)"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.TemporaryDirectory(prefix="timeline-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile.name}", "--window-size=1200,1600"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    started = time.monotonic()
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.started_in = time.monotonic() - started
    try:
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


def wait_for(check, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.1)


def cards(driver) -> list[dict]:
    return driver.execute_script("""
        return [...document.querySelectorAll('#timeline [data-id]')].map(c => ({
            id: c.dataset.id, date: c.dataset.date, changed: c.classList.contains('changed'),
            sources: [...c.querySelectorAll('.sources .badge')].map(b => b.textContent),
            heading: c.closest('.day').querySelector('.day-label time').textContent,
            summary: c.querySelector('.summary').textContent, meta: c.querySelector('.meta').textContent}));""")


def open_page(driver, base: str, query: str = "") -> None:
    driver.get("about:blank")  # a fresh document, even when only the fragment differs
    driver.get(f"{base}/{query}")
    wait_for(lambda: driver.execute_script("return document.body.dataset.state") == "live", 20, "the live stream")


def day_label(date: str, granularity: str, mod: str | None) -> str:
    """Written independently of the page's code: what the heading of a date must say."""
    parts = date.split("-")
    label = {"day": lambda: f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}",
             "week": lambda: f"week of {int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}",
             "month": lambda: f"{MONTHS[int(parts[1]) - 1]} {parts[0]}", "year": lambda: parts[0],
             "decade": lambda: f"{parts[0]}s",
             "century": lambda: {"1800": "19th century", "0300": "4th century", "2000": "21st century"}[date]}[granularity]()
    words = {"START": "early ", "END": "late ", "MID": "mid-"}
    if granularity == "week" and mod in words:
        return {"START": "early in the ", "END": "late in the ", "MID": "midway through the "}[mod] + label
    if granularity == "day" and mod in words:
        return {"START": "early on ", "END": "late on ", "MID": "midday on "}[mod] + label
    return words.get(mod, "") + label


def no_alert(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def publish_updates(pipeline, updates: list[dict]) -> None:
    """Write timeline updates straight to timeline-updates, as the assembler would."""
    producer = make_producer(pipeline.settings)
    try:
        publish(producer, pipeline.settings.topic_updates, [(u["id"], orjson.dumps(u)) for u in updates])
    finally:
        producer.close()


def console_errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE" or "Content Security" in e["message"]]


def test_events_in_date_order_with_sources_keyboard_and_a_shareable_filter(pipeline, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    pipeline.publish([(m.key, m.value) for m in read_articles([EXAMPLES])])
    pipeline.wait()
    expected = pipeline.worker.timeline()
    assert expected, "the example articles gave no events"
    base = pipeline.worker.base_url
    open_page(browser, base)
    shown = wait_for(lambda: (c := cards(browser)) and len(c) == len(expected) and c, 20, "every event")
    assert [c["id"] for c in shown] == [e["id"] for e in expected]
    assert [c["date"] for c in shown] == sorted(c["date"] for c in shown)
    for card, event in zip(shown, expected):
        assert card["sources"] == event["sources"]
        assert card["heading"] == day_label(event["date"], event["granularity"], event["mod"])
        assert card["summary"] == event["summary"]
        assert all(outlet in card["meta"] for outlet in event["outlets"])
        assert f"{event['reports']} independent report" in card["meta"]
        assert f"confidence {int(event['confidence'] * 100 + 0.5)}%" in card["meta"]
    assert browser.find_element(By.ID, "count").text.startswith(f"{len(expected)} event")
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "timeline-page.png"))

    # Keyboard: Tab from the last filter button reaches the first event, Enter opens it, Escape closes it.
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").send_keys(Keys.TAB)
    first = browser.switch_to.active_element
    assert first.get_attribute("data-id") == expected[0]["id"]
    outline = browser.execute_script("const s = getComputedStyle(document.activeElement);"
                                      "return [s.outlineStyle, s.outlineWidth];")
    assert outline[0] != "none" and outline[1] != "0px", "focus is not visible"
    most_told = max(expected, key=lambda e: (len(e["mentions"]), e["id"]))
    target = browser.find_element(By.CSS_SELECTOR, f"[data-id='{most_told['id']}']")
    browser.execute_script("arguments[0].focus()", target)
    target.send_keys(Keys.ENTER)
    dialog = browser.find_element(By.ID, "detail")
    wait_for(lambda: dialog.get_attribute("open") is not None, 5, "the event to open")
    assert browser.find_element(By.ID, "detail-title").get_property("textContent") == most_told["summary"]
    items = dialog.find_elements(By.CSS_SELECTOR, ".mention")
    assert len(items) == len(most_told["mentions"])
    for item, mention in zip(items, most_told["mentions"]):
        assert item.find_element(By.CSS_SELECTOR, ".sentence").get_property("textContent") == mention["sentence"]
        assert mention["timex"]["text"] in item.find_element(By.CSS_SELECTOR, ".timex").text
        assert mention["source"] in item.find_element(By.CSS_SELECTOR, ".mention-meta").text
        if mention["url"] and mention["url"].startswith(("http://", "https://")):
            a = item.find_element(By.CSS_SELECTOR, ".mention-title a")
            assert a.get_attribute("href") == mention["url"]
            assert set(a.get_attribute("rel").split()) >= {"noopener", "noreferrer"}
    assert len(dialog.find_elements(By.CSS_SELECTOR, ".explanation li")) == len(most_told["explanation"])
    assert urlsplit(browser.current_url).fragment == most_told["id"]
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    wait_for(lambda: dialog.get_attribute("open") is None, 5, "Escape to close the event")
    assert browser.switch_to.active_element.get_attribute("data-id") == most_told["id"]

    # A filter narrows the list, lands in the URL, and the URL alone brings the same view back.
    counts = {s: sum(s in e["sources"] for e in expected) for e in expected for s in e["sources"]}
    source = min(counts, key=lambda s: (counts[s], s))
    narrowed = [e["id"] for e in pipeline.worker.timeline(urlencode({"source": source}))]
    assert 0 < len(narrowed) < len(expected), counts
    field = browser.find_element(By.NAME, "source")
    field.send_keys(source, Keys.ENTER)
    wait_for(lambda: [c["id"] for c in cards(browser)] == narrowed, 10, "the filtered list")
    assert parse_qs(urlsplit(browser.current_url).query) == {"source": [source]}
    browser.back()  # history follows the filter
    wait_for(lambda: len(cards(browser)) == len(expected), 10, "Back to undo the filter")
    assert browser.find_element(By.NAME, "source").get_property("value") == ""
    browser.forward()
    wait_for(lambda: [c["id"] for c in cards(browser)] == narrowed, 10, "Forward to redo it")
    shared = browser.current_url
    browser.get("about:blank")
    browser.get(shared)
    wait_for(lambda: [c["id"] for c in cards(browser)] == narrowed, 10, "the shared filtered view")
    assert browser.find_element(By.NAME, "source").get_property("value") == source
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
    wait_for(lambda: len(cards(browser)) == len(expected), 10, "the whole timeline again")
    assert urlsplit(browser.current_url).query == ""
    assert console_errors(browser) == []

    # Narrow (phone) screen: nothing wider than the viewport.
    browser.set_window_size(390, 844)
    time.sleep(0.3)
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
    browser.save_screenshot(str(ARTIFACTS / "timeline-page-narrow.png"))
    browser.set_window_size(1200, 1600)


def test_dates_are_written_at_their_own_granularity(pipeline, browser):
    open_page(browser, pipeline.worker.base_url)
    cases = [("2022-03-15", "day", None), ("2022-02", "month", "END"), ("2022-02", "month", "START"),
             ("2022-03", "month", "MID"), ("2022-03", "month", None), ("2022", "year", None),
             ("2022-03-15", "month", None), ("2021", "year", "END"), ("2022-03-15", "day", "START"),
             ("2022-02-28", "week", None), ("2022-02-28", "week", "END"), ("1990", "decade", "START"),
             ("1800", "century", "END"), ("0300", "century", None), ("2000", "century", None)]
    got = browser.execute_async_script("""
        const [cases, done] = arguments;
        import('/static/format.js').then(f => done(cases.map(c => f.dateLabel(...c))));""", cases)
    assert got == [day_label(*c) for c in cases]
    assert got[:4] == ["15 March 2022", "late February 2022", "early February 2022", "mid-March 2022"]


def test_a_new_article_appears_live_and_a_merge_removes_the_absorbed_entry(pipeline, browser):
    base = pipeline.worker.base_url
    open_page(browser, base)
    before = {c["id"] for c in cards(browser)}
    browser.execute_script("window.sameDocument = true;")
    pipeline.publish_articles([{
        "id": "page-test-live-strike", "source": "Fjord Post", "url": "https://example.org/fjord-post/strike",
        "title": "Dock strike closes the harbour", "published_at": "2023-05-10T07:00:00Z",
        "body": "Dock workers in Tromsø went on strike on Monday over pay, the union said.\n\n"
                "The harbour stayed closed for the rest of the day."}])
    pipeline.wait()
    new = [e for e in pipeline.worker.timeline() if "page-test-live-strike" in e["articles"]]
    assert new, "the live article gave no event"
    arrived = wait_for(lambda: [c for c in cards(browser) if c["id"] == new[0]["id"]], 20, "the live event")
    assert arrived[0]["changed"], "a new event is not marked"
    assert browser.execute_script("return window.sameDocument === true"), "the page reloaded"
    assert new[0]["id"] not in before

    # Merges, written straight to timeline-updates as the assembler would: B is absorbed into A.
    validator = Draft202012Validator(load_schema("timeline-update"))
    a = synthetic_event("ev-0000face0001", "1901-06-02", "A synthetic ferry service opened", "PageTest")
    b = synthetic_event("ev-0000face0002", "1901-06-02", "Synthetic ferry service starts", "PageTest2")
    for update in (a, b):
        validator.validate(update)
    publish_updates(pipeline, [a, b])
    wait_for(lambda: {a["id"], b["id"]} <= {c["id"] for c in cards(browser)}, 20, "the two synthetic events")
    absorbed = {"id": b["id"], "change": "absorbed", "absorbed_into": a["id"], "date": b["date"],
                "granularity": "day", "summary": b["summary"], "mention_ids": ["m-b"]}
    merged = {**a, "change": "merged", "sources": ["PageTest", "PageTest2"], "reports": 2, "confidence": 0.75}
    for update in (absorbed, merged):
        validator.validate(update)
    publish_updates(pipeline, [absorbed, merged])
    after = wait_for(lambda: (c := {x["id"]: x for x in cards(browser)}) and b["id"] not in c
                     and c.get(a["id"], {}).get("sources") == merged["sources"] and c, 20, "the merge")
    assert after[a["id"]]["changed"]
    # Put the live timeline back as it was for whatever test comes next.
    gone = {**absorbed, "id": a["id"], "absorbed_into": b["id"]}
    publish_updates(pipeline, [gone])
    wait_for(lambda: a["id"] not in {c["id"] for c in cards(browser)}, 20, "the synthetic events to go")
    assert console_errors(browser) == []


def test_a_shared_link_opens_an_event_that_arrives_after_the_page(pipeline, browser):
    from selenium.webdriver.common.by import By

    late = synthetic_event("ev-0000face00aa", "1901-08-04", "A synthetic bridge reopened", "PageTest")
    open_page(browser, pipeline.worker.base_url, f"#{late['id']}")
    dialog = browser.find_element(By.ID, "detail")
    assert dialog.get_attribute("open") is None, "an unknown event opened"
    publish_updates(pipeline, [late])
    wait_for(lambda: dialog.get_attribute("open") is not None, 20, "the linked event to open on arrival")
    assert browser.find_element(By.ID, "detail-title").get_property("textContent") == late["summary"]
    browser.switch_to.active_element.send_keys("\ue00c")  # Escape
    wait_for(lambda: dialog.get_attribute("open") is None, 5, "Escape to close the event")
    publish_updates(pipeline, [{**late, "summary": "A synthetic bridge reopened again"}])
    time.sleep(1.0)
    assert dialog.get_attribute("open") is None, "a closed event opened again on its next update"
    publish_updates(pipeline, [{"id": late["id"], "change": "absorbed", "absorbed_into": "ev-0000face0002",
                                "date": late["date"], "granularity": "day", "summary": "x", "mention_ids": []}])


def synthetic_event(event_id: str, date: str, summary: str, source: str) -> dict:
    mention = {"mention_id": f"m-{event_id[-1]}", "article_id": f"synthetic-{event_id}", "title": summary,
               "outlet": source, "source": source, "url": "https://example.org/synthetic", "published_at": date,
               "published_basis": "field", "sentence": summary + " on Sunday.", "summary": summary, "date": date,
               "kind": "opening", "timex": {"text": "on Sunday", "value": date, "type": "DATE", "mod": None,
                                             "resolution": "written by the test"}}
    return {"id": event_id, "change": "created", "absorbed_into": None, "date": date, "granularity": "day",
            "mod": None, "kind": "opening", "summary": summary, "participants": [], "places": ["Nowhere"],
            "sources": [source], "outlets": [source], "articles": [mention["article_id"]], "mentions": [mention],
            "first_seen": "2024-01-01T00:00:00+00:00", "last_seen": "2024-01-01T00:00:00+00:00", "reports": 1,
            "confidence": 0.5, "explanation": []}


def test_hostile_article_text_stays_inert(pipeline, browser):
    from selenium.webdriver.common.by import By

    pipeline.publish_articles([{
        "id": "page-test-hostile", "source": "Night Desk <b>Wire</b>",
        "url": "javascript:window.pwned='url';alert('url')",
        "title": "<script>window.pwned='title'</script><img src=x onerror=\"window.pwned='title-img'\"> Ferry strike",
        "published_at": "2021-09-15",
        "body": "Ferry crews in Bergen <script>window.pwned='body';alert(1)</script> went on strike on Tuesday "
                "<img src=x onerror=\"window.pwned='body-img'\">, the union said. Details: "
                "javascript:window.pwned='body-url' and <a href=\"javascript:window.pwned='a'\">here</a>."}])
    pipeline.wait()
    hostile = [e for e in pipeline.worker.timeline() if "page-test-hostile" in e["articles"]]
    assert hostile, "the hostile article gave no event"
    event = hostile[0]
    mention = next(m for m in event["mentions"] if m["article_id"] == "page-test-hostile")
    assert "<script>" in mention["title"] and mention["url"].startswith("javascript:")

    # The same payloads in every field the page shows, whatever the extraction core makes of an article's text.
    payload = "<img src=x onerror=\"window.pwned='{0}'\"><script>window.pwned='{0}'</script>"
    crafted = synthetic_event("ev-0000face00ee", "1901-07-01", "Harbour vote " + payload.format("summary"), "Wire")
    crafted.update(participants=[payload.format("who")], places=["Oslo" + payload.format("where")],
                   outlets=[payload.format("outlet")])
    crafted["mentions"][0].update(sentence="The vote " + payload.format("sentence") + " on Sunday.",
                                  url="data:text/html,<script>window.pwned='data'</script>",
                                  title=payload.format("title"))
    crafted["mentions"][0]["timex"]["resolution"] = payload.format("timex")
    crafted["explanation"] = [{"mention_id": "m-e", "score": 1.0, "with": None, "note": payload.format("note"),
                               "parts": {"date": None, "actors": None, "places": None, "kind": None, "text": None}}]
    Draft202012Validator(load_schema("timeline-update")).validate(crafted)
    publish_updates(pipeline, [crafted])
    open_page(browser, pipeline.worker.base_url, f"#{crafted['id']}")
    dialog = browser.find_element(By.ID, "detail")
    wait_for(lambda: dialog.get_attribute("open") is not None, 40, "the crafted hostile event to open")
    text = dialog.get_property("textContent")
    for where in ("who", "where", "outlet", "sentence", "title", "timex", "note"):
        assert payload.format(where) in text, where
    assert crafted["mentions"][0]["url"] in text
    assert browser.execute_script("return window.pwned") is None and no_alert(browser)
    assert browser.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    publish_updates(pipeline, [{"id": crafted["id"], "change": "absorbed", "absorbed_into": "ev-0000face0002",
                                "date": crafted["date"], "granularity": "day", "summary": "x", "mention_ids": []}])

    open_page(browser, pipeline.worker.base_url, f"#{event['id']}")  # the fragment opens the event
    dialog = browser.find_element(By.ID, "detail")
    wait_for(lambda: dialog.get_attribute("open") is not None, 40, "the hostile event to open")
    item = wait_for(lambda: [i for i in dialog.find_elements(By.CSS_SELECTOR, ".mention")
                             if i.get_attribute("data-mention") == mention["mention_id"]], 20, "its article")[0]
    # Shown as text, character for character.
    assert item.find_element(By.CSS_SELECTOR, ".mention-title").get_property("textContent") == mention["title"]
    assert item.find_element(By.CSS_SELECTOR, ".sentence").get_property("textContent") == mention["sentence"]
    card = browser.find_element(By.CSS_SELECTOR, f"[data-id='{event['id']}']")
    assert card.find_element(By.CSS_SELECTOR, ".summary").get_property("textContent") == event["summary"]
    assert mention["url"] in item.text
    # Nothing ran, nothing was created from it, and no link leads to script.
    time.sleep(0.5)
    assert no_alert(browser)
    assert browser.execute_script("return window.pwned") is None
    assert browser.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    scripts = browser.execute_script("return [...document.scripts].map(s => s.getAttribute('src'))")
    assert scripts == ["/static/app.js"]
    assert item.find_elements(By.CSS_SELECTOR, ".mention-title a") == []
    hrefs = browser.execute_script("return [...document.querySelectorAll('a[href]')].map(a => [a.href, a.rel])")
    for href, rel in hrefs:
        assert href.startswith(("http://", "https://")), href
        if not href.startswith(pipeline.worker.base_url):
            assert {"noopener", "noreferrer"} <= set(rel.split())
    assert not browser.execute_script(
        "return [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => /^on/i.test(a.name)))")
    # Clicking the text where the link would have been does nothing either.
    item.find_element(By.CSS_SELECTOR, ".mention-title").click()
    time.sleep(0.3)
    assert no_alert(browser) and browser.execute_script("return window.pwned") is None
    assert urlsplit(browser.current_url).netloc == urlsplit(pipeline.worker.base_url).netloc
    assert console_errors(browser) == []
    browser.save_screenshot(str(ARTIFACTS / "timeline-page-hostile.png"))
