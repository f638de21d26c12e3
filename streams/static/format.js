// Pure helpers for the timeline page: dates written for people, safe links, small number formats.
export { dateLabel, weekday, periodKey, periodLabel, safeHref, percent, timeLabel, compareEvents, FILTER_KEYS };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// TIMEX3 modifiers, as words in front of a month or a year.
const MOD_WORDS = {
  START: "early", MID: "mid-", END: "late", APPROX: "about", BEFORE: "before", AFTER: "after",
  ON_OR_BEFORE: "on or before", ON_OR_AFTER: "on or after",
};
// Within one day the same modifiers say which part of it.
const DAY_MOD_WORDS = { START: "early on", MID: "midday on", END: "late on" };
const WEEK_MOD_WORDS = { START: "early in the", MID: "midway through the", END: "late in the" };
// The query-string keys the page keeps its filter in: the same as /timeline/?...
const FILTER_KEYS = ["entity", "source", "from", "to", "q"];

function parts(date) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date || "");
  if (!m) return null;
  const year = m[1];
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

// "1st", "2nd", "13th", "21st"
function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return n + (teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] || "th"));
}

// "15 March 2022", "late February 2022", "March 2022", "2022", "week of 14 March 2022", "early 1990s", "late 19th
// century": the date at its own granularity (a week is dated by its Monday, a decade or a century by its first year).
function dateLabel(date, granularity, mod) {
  const p = parts(date);
  if (!p) return date || "undated";
  const g = granularity || (p.day ? "day" : p.month ? "month" : "year");
  let base = p.year;
  if (g === "week" && p.day) {
    const week = `week of ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
    return WEEK_MOD_WORDS[mod] ? `${WEEK_MOD_WORDS[mod]} ${week}` : week;
  }
  if (g === "day" && p.day) base = `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
  else if (g !== "year" && p.month) base = `${MONTHS[p.month - 1]} ${p.year}`;
  else if (g === "decade") base = `${p.year}s`;
  else if (g === "century") base = `${ordinal(Math.floor(Number(p.year) / 100) + 1)} century`;
  if (g === "day" && p.day && DAY_MOD_WORDS[mod]) return `${DAY_MOD_WORDS[mod]} ${base}`;
  const word = MOD_WORDS[mod];
  if (!word) return base;
  return word.endsWith("-") ? word + base : `${word} ${base}`;
}

function weekday(date) {
  const p = parts(date);
  if (!p || !p.day) return "";
  const d = new Date(Date.UTC(Number(p.year), p.month - 1, p.day));
  return d.getUTCDate() === p.day ? WEEKDAYS[d.getUTCDay()] : "";
}

// Events are grouped by month ("2022-03"); an event known only to the year is grouped under the year.
function periodKey(event) {
  const p = parts(event.date);
  if (!p) return "undated";
  return p.month && event.granularity !== "year" ? `${p.year}-${String(p.month).padStart(2, "0")}` : p.year;
}

function periodLabel(key) {
  const p = parts(key);
  if (!p) return "Undated";
  return p.month ? `${MONTHS[p.month - 1]} ${p.year}` : `${p.year} (the year only)`;
}

// A link target only for absolute http: and https: URLs; null means "show it as text".
function safeHref(url) {
  if (typeof url !== "string" || !url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch (_) {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

function percent(value) {
  return typeof value === "number" && isFinite(value) ? `${Math.round(value * 100)}%` : "?";
}

function timeLabel(iso) {
  const t = Date.parse(iso || "");
  if (Number.isNaN(t)) return iso || "?";
  return new Date(t).toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

// The server's order: by date string, then id.
function compareEvents(a, b) {
  const da = a.date || "", db = b.date || "";
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
