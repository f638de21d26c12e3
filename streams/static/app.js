// The live timeline page: one server-sent event stream (/timeline/stream, scoped by the page's query string),
// rendered as a date-ordered list grouped by month and day. The URL is the state: the filter in its query,
// the opened event in its fragment.
import { el, badge } from "./dom.js";
import { detailContent, mergedNotice } from "./detail.js";
import { dateLabel, weekday, periodKey, periodLabel, percent, compareEvents, FILTER_KEYS } from "./format.js";

const MARK_MS = 4000;  // how long a new or changed event stays marked

const events = new Map();  // id -> current state
const marks = new Map();  // id -> {until, word}
const knownEntities = new Set();
const knownSources = new Set();
const $ = (id) => document.getElementById(id);
const timeline = $("timeline");
const dialog = $("detail");
const form = $("filters");
let stream = null;
let streamQuery = null;
let openId = null;
let renderQueued = false;

// -- the filter, in the URL ---------------------------------------------------------------------------------

function urlFilter() {
  const params = new URLSearchParams(location.search);
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = (params.get(key) || "").trim();
    if (value) out.set(key, value);
  }
  return out;
}

function formFilter() {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = (form.elements[key].value || "").trim();
    if (value) out.set(key, value);
  }
  return out;
}

function fillForm(filter) {
  for (const key of FILTER_KEYS) form.elements[key].value = filter.get(key) || "";
}

function applyFilter(filter) {
  const query = filter.toString();
  if (query !== urlFilter().toString()) {
    history.pushState(null, "", (query ? `?${query}` : location.pathname) + location.hash);
  }
  connect();
}

function filterLink(key, value) {
  const params = new URLSearchParams([[key, value]]);
  const a = el("a", { class: "filter-link", attrs: { href: `?${params}`, title: `Show only events with ${value}` } },
    value);
  a.addEventListener("click", (ev) => {
    ev.preventDefault();
    const filter = urlFilter();
    filter.set(key, value);
    fillForm(filter);
    closeDetail();
    applyFilter(filter);
  });
  return a;
}

// -- the stream ---------------------------------------------------------------------------------------------

function connect() {
  const query = urlFilter().toString();
  if (stream && streamQuery === query && stream.readyState !== EventSource.CLOSED) return;
  if (stream) stream.close();
  streamQuery = query;
  events.clear();
  document.body.dataset.state = "connecting";
  setStatus("Connecting…");
  stream = new EventSource(`/timeline/stream${query ? `?${query}` : ""}`);
  let resync = false;
  stream.addEventListener("snapshot", (msg) => {
    const data = JSON.parse(msg.data);
    const before = new Map(events);
    events.clear();
    for (const event of data.events) {
      events.set(event.id, event);
      // After a reconnection, what changed while away is marked as a live change would be.
      const old = before.get(event.id);
      if (resync && (!old || JSON.stringify(old) !== JSON.stringify(event))) mark(event.id, old ? "updated" : "new");
      remember(event);
    }
    resync = true;
    document.body.dataset.state = "live";
    setStatus(data.caught_up === false ? "Live (still reading the timeline…)" : "Live");
    schedule();
    if (!openId && linkedId()) openDetail(linkedId(), false);
    else if (openId) refreshDetail();
  });
  stream.addEventListener("event", (msg) => {
    const event = JSON.parse(msg.data);
    mark(event.id, events.has(event.id) ? "updated" : "new");
    events.set(event.id, event);
    remember(event);
    schedule();
    if (openId === event.id) refreshDetail();
    // A shared link can name an event that the worker had not read yet when the page loaded.
    else if (!openId && linkedId() === event.id) openDetail(event.id, false);
  });
  stream.addEventListener("remove", (msg) => {
    const info = JSON.parse(msg.data);
    if (!events.delete(info.id)) return;
    marks.delete(info.id);
    schedule();
    if (openId === info.id) $("detail-body").prepend(mergedNotice(info));
  });
  stream.addEventListener("error", () => {
    document.body.dataset.state = "reconnecting";
    setStatus(stream.readyState === EventSource.CLOSED ? "Disconnected" : "Reconnecting…");
  });
}

function linkedId() {
  return location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : "";
}

function remember(event) {
  for (const name of [...(event.participants || []), ...(event.places || [])]) knownEntities.add(name);
  for (const name of [...(event.sources || []), ...(event.outlets || [])]) knownSources.add(name);
}

function mark(id, word) {
  marks.set(id, { until: Date.now() + MARK_MS, word });
  setTimeout(() => {
    const m = marks.get(id);
    if (m && m.until <= Date.now()) {
      marks.delete(id);
      const card = timeline.querySelector(`[data-id="${CSS.escape(id)}"]`);
      if (card) {
        card.classList.remove("changed");
        card.querySelector(".flag")?.remove();
      }
    }
  }, MARK_MS + 50);
}

function setStatus(text) {
  $("status").textContent = text;
}

// -- the list -----------------------------------------------------------------------------------------------

function schedule() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(render);
}

function render() {
  renderQueued = false;
  const focused = document.activeElement && document.activeElement.closest
    ? document.activeElement.closest("[data-id]") : null;
  const focusedId = focused && timeline.contains(focused) ? focused.dataset.id : null;
  const sorted = [...events.values()].sort(compareEvents);
  const sections = [];
  let period = null, day = null, list = null;
  for (const event of sorted) {
    const key = periodKey(event);
    if (!period || period.key !== key) {
      period = { key, node: el("section", { class: "period", data: { period: key } }, el("h2", null, periodLabel(key))) };
      sections.push(period.node);
      day = null;
    }
    const dayKey = `${event.date}|${event.granularity}|${event.mod || ""}`;
    if (!day || day.key !== dayKey) {
      const dayName = event.granularity === "day" ? weekday(event.date) : "";
      list = el("ol", { class: "events" });
      day = { key: dayKey };
      period.node.append(el("div", { class: "day" },
        el("h3", { class: "day-label" }, el("time", { attrs: { datetime: event.date } },
          dateLabel(event.date, event.granularity, event.mod)), dayName ? el("span", { class: "weekday" }, dayName) : null),
        list));
    }
    list.append(card(event));
  }
  timeline.replaceChildren(...sections);
  $("empty").hidden = sorted.length > 0;
  $("count").textContent = countText(sorted.length);
  fillList($("entity-names"), knownEntities);
  fillList($("source-names"), knownSources);
  if (focusedId) timeline.querySelector(`[data-id="${CSS.escape(focusedId)}"]`)?.focus();
}

function card(event) {
  const m = marks.get(event.id);
  const live = m && m.until > Date.now();
  const outlets = event.outlets || [];
  return el("li", {
    class: live ? "event changed" : "event",
    data: { id: event.id, date: event.date },
    attrs: { tabindex: "0", "aria-haspopup": "dialog" },
  },
  el("p", { class: "when" }, el("span", { class: "kind" }, event.kind || "event"),
    live ? el("span", { class: "flag" }, m.word) : null),
  el("p", { class: "summary" }, event.summary || ""),
  el("p", { class: "sources" }, (event.sources || []).map((s) => badge(s, "source"))),
  el("p", { class: "meta" },
    outlets.length ? `via ${outlets.join(", ")} · ` : "",
    el("span", { class: "reports" }, `${event.reports ?? "?"} independent report${event.reports === 1 ? "" : "s"}`),
    " · ",
    el("span", { class: "confidence" }, `confidence ${percent(event.confidence)}`)));
}

function countText(n) {
  const filter = urlFilter();
  const words = [...filter.entries()].map(([k, v]) => `${k} “${v}”`).join(", ");
  return `${n} event${n === 1 ? "" : "s"}${words ? ` matching ${words}` : ""}`;
}

function fillList(datalist, names) {
  if (datalist.options.length === names.size) return;
  datalist.replaceChildren(...[...names].sort().map((n) => el("option", { attrs: { value: n } })));
}

// -- the opened event ---------------------------------------------------------------------------------------

function openDetail(id, focusAfter = true) {
  const event = events.get(id);
  if (!event) return;
  openId = id;
  refreshDetail();
  history.replaceState(null, "", `${location.search || location.pathname}#${encodeURIComponent(id)}`);
  if (!dialog.open) dialog.showModal();
  if (focusAfter) $("detail-close").focus();
}

function refreshDetail() {
  const event = events.get(openId);
  if (!event) return;
  $("detail-title").textContent = event.summary || event.id;
  $("detail-body").replaceChildren(...detailContent(event, filterLink));
}

function closeDetail() {
  if (dialog.open) dialog.close();
}

dialog.addEventListener("close", () => {
  const id = openId;
  openId = null;
  history.replaceState(null, "", location.search || location.pathname);
  if (id) timeline.querySelector(`[data-id="${CSS.escape(id)}"]`)?.focus();
});
dialog.addEventListener("click", (ev) => { if (ev.target === dialog) closeDetail(); });
$("detail-close").addEventListener("click", closeDetail);

timeline.addEventListener("click", (ev) => {
  const item = ev.target.closest("[data-id]");
  if (item) openDetail(item.dataset.id);
});
timeline.addEventListener("keydown", (ev) => {
  const item = ev.target.closest("[data-id]");
  if (!item || ev.target !== item) return;
  if (ev.key === "Enter" || ev.key === " ") {
    ev.preventDefault();
    openDetail(item.dataset.id);
  }
});

// -- filters ------------------------------------------------------------------------------------------------

form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  if (form.reportValidity()) applyFilter(formFilter());
});
form.addEventListener("reset", (ev) => {
  ev.preventDefault();
  fillForm(new URLSearchParams());
  applyFilter(new URLSearchParams());
});
form.addEventListener("change", () => {
  if (form.checkValidity()) applyFilter(formFilter());
});
window.addEventListener("hashchange", () => {
  const id = linkedId();
  if (id && id !== openId) openDetail(id);
  else if (!id) closeDetail();
});
window.addEventListener("popstate", () => {
  fillForm(urlFilter());
  connect();
});

fillForm(urlFilter());
connect();
