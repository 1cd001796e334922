/* Answer text with its [n] markers as buttons that open the cited passage, and quotes folded after two
 * lines with a button to unfold them. */

import { DECISIONS, el, pagesText } from "./dom.js";
import { openLetter } from "./letter.js";

export function citationTarget(c) {
  return {
    case_number: c.case_number, span: c.span, pages: c.pages, request: c.request, title: c.title,
    decision: c.decision, guideline: c.guideline, item_index: c.item_index, n: c.n, role: c.role,
  };
}

/* A marker button: a 44 px tap target around a small visible pill (the pill is what is seen). */
export function marker(n, citation) {
  const button = el("button", { type: "button", className: "marker", dataset: { n: String(n) },
    "aria-label": `Citation ${n}`, disabled: !citation }, el("span", { className: "pill" }, String(n)));
  if (citation) {
    const d = DECISIONS[citation.decision];
    button.setAttribute("aria-label", `Citation ${n}: ${citation.case_number}, ${citation.title || citation.request}, `
      + `${d ? d.label : citation.decision}, ${pagesText(citation.pages)}. Open the letter`);
    button.title = `${citation.case_number} · ${pagesText(citation.pages)}`;
    button.addEventListener("click", () => openLetter(citationTarget(citation), button));
  }
  return button;
}

/* Text with "[n]" markers, as nodes: the markers bound to their citations (`byN`: n -> citation). */
export function richText(text, byN) {
  const nodes = [];
  const re = /\s?\[(\d+)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    if (m.index > last) nodes.push(text.slice(last, m.index));
    nodes.push(" ", marker(Number(m[1]), byN.get(Number(m[1]))));
    last = re.lastIndex;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/* A verbatim quote ("…" [n]), folded after two lines; "Show more" unfolds it. */
export function foldedQuote(quote, n, byN) {
  const body = el("span", { className: "quote-text" }, quote);
  const block = el("blockquote", { className: "quote folded" }, body, " ", n ? marker(n, byN.get(n)) : null);
  const toggle = el("button", { type: "button", className: "btn-link fold-toggle", "aria-expanded": "false", hidden: true },
    "Show more");
  toggle.addEventListener("click", () => {
    const open = block.classList.toggle("folded") === false;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Show less" : "Show more";
  });
  const wrap = el("div", { className: "quote-wrap" }, block, toggle);
  requestAnimationFrame(() => {
    if (body.scrollHeight > body.clientHeight + 2) toggle.hidden = false;
  });
  return wrap;
}

/* The quotes of a run of text: [{quote, n}] for every '"…" [n]' in it, and the text around them. */
export function splitQuotes(text) {
  const out = [];
  const re = /"((?:[^"]|"(?!\s*\[\d+\]))*)"\s*\[(\d+)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    const before = text.slice(last, m.index).trim();
    if (before) out.push({ text: before });
    out.push({ quote: `"${m[1]}"`, n: Number(m[2]) });
    last = re.lastIndex;
  }
  const after = text.slice(last).trim();
  if (after) out.push({ text: after });
  return out;
}
