// Building elements without ever parsing a string as HTML: every text goes in as a text node.
export { el, badge, link };

import { safeHref } from "./format.js";

// el("p", {class: "x", data: {id: "ev-1"}, attrs: {tabindex: "0"}}, "text", child, [more]).
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  const p = props || {};
  if (p.class) node.className = p.class;
  if (p.id) node.id = p.id;
  for (const [key, value] of Object.entries(p.data || {})) node.dataset[key] = String(value);
  for (const [key, value] of Object.entries(p.attrs || {})) {
    if (/^on/i.test(key)) throw new Error(`refusing an event-handler attribute: ${key}`);
    node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

function badge(text, kind) {
  return el("span", { class: `badge ${kind}` }, text);
}

// A link for http(s) URLs only (opened apart from this page); anything else is shown as plain text.
function link(url, text) {
  const href = safeHref(url);
  if (!href) return el("span", { class: "inert-url", attrs: { title: "not a web link" } }, text || url || "");
  const a = el("a", { attrs: { href, rel: "noopener noreferrer", target: "_blank" } }, text || href);
  return a;
}
