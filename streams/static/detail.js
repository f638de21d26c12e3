// The opened event: its provenance (every article that told it and how its date was found) and why the
// mentions were merged into one event.
export { detailContent, mergedNotice };

import { el, badge, link } from "./dom.js";
import { dateLabel, weekday, percent, timeLabel } from "./format.js";

const BASIS_WORDS = {
  field: "from the article's publication date",
  dateline: "from the article's dateline",
  page: "from the date its page gives",
  message_timestamp: "inferred from the message time (the article gave no date)",
};
const PARTS = ["date", "actors", "places", "kind", "text"];

// filterLink(key, value) gives an element that applies one filter (supplied by the page).
function detailContent(event, filterLink) {
  const mentions = event.mentions || [];
  const byMention = new Map(mentions.map((m) => [m.mention_id, m]));
  return [
    facts(event, filterLink),
    el("h3", null, `Articles (${mentions.length})`),
    el("ol", { class: "mentions" }, mentions.map(mentionItem)),
    el("h3", null, "Why these mentions are one event"),
    explanation(event.explanation || [], byMention),
  ];
}

function mergedNotice(info) {
  const text = info.reason === "absorbed"
    ? "This event has been merged into another one."
    : "This event no longer matches the current filter.";
  return el("p", { class: "notice", attrs: { role: "status" } }, text);
}

function facts(event, filterLink) {
  const day = weekday(event.date);
  const row = (term, ...value) => [el("dt", null, term), el("dd", null, ...value)];
  const names = (list, key) => (list && list.length ? joinWith(list.map((n) => filterLink(key, n)), ", ") : "—");
  return el("dl", { class: "facts" },
    row("Date", el("time", { attrs: { datetime: event.date } }, dateLabel(event.date, event.granularity, event.mod)),
      day ? ` (${day})` : null, ` · ${event.granularity || "?"} precision`),
    row("What", event.kind || "—"),
    row("Who", names(event.participants, "entity")),
    row("Where", names(event.places, "entity")),
    row("Original sources", (event.sources || []).map((s) => badge(s, "source"))),
    row("Outlets", names(event.outlets, "source")),
    row("Independent reports", String(event.reports ?? "?"), ` · confidence ${percent(event.confidence)}`),
    row("First seen", timeLabel(event.first_seen)),
    row("Last seen", timeLabel(event.last_seen)),
  );
}

function joinWith(nodes, sep) {
  const out = [];
  nodes.forEach((n, i) => { if (i) out.push(sep); out.push(n); });
  return out;
}

function mentionItem(m) {
  const timex = m.timex || {};
  const title = m.title || m.url || m.article_id;
  const safe = link(m.url, title);
  return el("li", { class: "mention", data: { mention: m.mention_id || "" } },
    el("p", { class: "mention-title" }, safe),
    el("p", { class: "mention-meta" }, badge(m.source || "?", "source"),
      m.outlet && m.outlet !== m.source ? `carried by ${m.outlet}` : null,
      ` · published ${m.published_at || "?"} `, el("span", { class: "basis" }, BASIS_WORDS[m.published_basis] || "")),
    m.url && !safe.href ? el("p", { class: "mention-url" }, "Address (not a web link, shown as text): ", m.url) : null,
    el("blockquote", { class: "sentence" }, marked(m.sentence || "", timex.text || "")),
    el("p", { class: "timex" },
      el("span", { class: "timex-text" }, `“${timex.text || "?"}”`), " → ",
      el("code", null, timex.value || m.date || "?"),
      timex.mod ? ` (${timex.mod})` : null,
      timex.resolution ? el("span", { class: "resolution" }, ` · ${timex.resolution}`) : null),
  );
}

// The sentence with its temporal expression marked (as text nodes and a <mark>, never as markup).
function marked(sentence, phrase) {
  let at = phrase ? sentence.indexOf(phrase) : -1;
  if (at < 0 && phrase) at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el("mark", null, sentence.slice(at, at + phrase.length)),
    sentence.slice(at + phrase.length)];
}

function explanation(items, byMention) {
  if (!items.length) return el("p", null, "No explanation was recorded.");
  const name = (id) => {
    const m = byMention.get(id);
    return m ? (m.outlet && m.outlet !== m.source ? `${m.outlet} (${m.source})` : m.source) : id;
  };
  return el("ul", { class: "explanation" }, items.map((x) => el("li", null,
    el("strong", null, name(x.mention_id)),
    x.with ? [" ↔ ", el("strong", null, name(x.with))] : null,
    `: score ${typeof x.score === "number" ? x.score.toFixed(2) : "?"}`,
    el("span", { class: "parts" }, PARTS.filter((k) => x.parts && x.parts[k] !== null && x.parts[k] !== undefined)
      .map((k) => ` · ${k} ${Number(x.parts[k]).toFixed(2)}`)),
    x.note ? el("span", { class: "note" }, ` — ${x.note}`) : null,
  )));
}
