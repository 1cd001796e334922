/* A finished answer, laid out: a one-line lead, what the answer covers (with "show all"), then its parts:
 * for one item "Why" (the reviewer's findings) and "Guideline" (the rule, every source with its sections and
 * pages); for a pattern the recurring reasons as rows with counts and quotes (a row filters by its reason);
 * for a list one line per item; for "not found" its kind and what to try. Quotes fold after two lines. */

import { el } from "./dom.js";
import { openBrowse } from "./browse.js";
import { state } from "./state.js";
import { foldedQuote, richText, splitQuotes } from "./quotes.js";
import { reasonLabel } from "./filters.js";
import { notFoundBox, relatedList } from "./notfound.js";

const CASE_LINE = /(?=\bIn case CM\d{2}-\d{7}\b)|(?=\bWhy: )|(?=\bGuideline: )/;

/* The answer's text as blocks: [{kind: "lead"|"item"|"why"|"guideline"|"text", text}]. */
export function blocks(text) {
  const out = [];
  for (const chunk of text.split(CASE_LINE)) {
    const part = chunk.trim();
    if (!part) continue;
    if (part.startsWith("Why: ")) out.push({ kind: "why", text: part.slice(5) });
    else if (part.startsWith("Guideline: ")) out.push({ kind: "guideline", text: part.slice(11) });
    else if (part.startsWith("In case ")) {
      const end = part.search(/\]\.(\s|$)/);
      if (end < 0) out.push({ kind: "item", text: part });
      else {
        out.push({ kind: "item", text: part.slice(0, end + 2) });
        const rest = part.slice(end + 2).trim();
        if (rest) out.push({ kind: "text", text: rest });
      }
    } else out.push({ kind: out.length ? "text" : "lead", text: part });
  }
  return out;
}

function quotesAndText(text, byN) {
  return splitQuotes(text).map((piece) => (piece.quote ? foldedQuote(piece.quote, piece.n, byN)
    : el("p", { className: "part-text" }, richText(piece.text, byN), " ")));
}

function part(label, cls, children) {
  return el("div", { className: `part ${cls}` }, el("span", { className: "part-label" }, `${label}: `), children, " ");
}

function itemParts(text, byN) {
  const nodes = [];
  for (const b of blocks(text)) {
    if (b.kind === "lead") nodes.push(el("p", { className: "answer-lead" }, richText(b.text, byN), " "));
    else if (b.kind === "item") nodes.push(el("p", { className: "item-line" }, richText(b.text, byN), " "));
    else if (b.kind === "why") nodes.push(part("Why", "part-why", quotesAndText(b.text, byN)));
    else if (b.kind === "guideline") nodes.push(part("Guideline", "part-guideline", quotesAndText(b.text, byN)));
    else nodes.push(el("p", {}, richText(b.text, byN), " "));
  }
  return nodes;
}

function listParts(text, lead, byN) {
  const rest = text.startsWith(lead) ? text.slice(lead.length) : text;
  const lines = rest.split(/(?=\bCM\d{2}-\d{7}: )/).map((l) => l.trim()).filter(Boolean);
  const items = el("ol", { className: "item-lines" });
  const after = [];
  for (const line of lines) {
    if (!/^CM\d{2}-\d{7}: /.test(line)) { after.push(el("p", {}, richText(line, byN), " ")); continue; }
    const more = line.search(/\s\d+ more are not shown;/);
    const mine = more > 0 ? line.slice(0, more) : line;
    items.append(el("li", {}, quotesAndText(mine, byN)));
    if (more > 0) after.push(el("p", {}, line.slice(more).trim()));
  }
  return [el("p", { className: "answer-lead" }, richText(lead, byN), " "), items.children.length ? items : null, ...after];
}

function reasonRows(answer, byN) {
  const list = el("ol", { className: "reasons", "aria-label": "Recurring reasons" });
  for (const g of answer.reasons) {
    state.reasonLabels[g.code] = g.label;
    const pct = g.of ? Math.round((100 * g.count) / g.of) : 0;
    const fill = el("span", { className: "bar-fill" });
    fill.style.width = `${pct}%`;
    const head = el("button", { type: "button", className: "reason-head", dataset: { code: g.code },
      "aria-label": `${g.label}: ${g.count} of ${g.of}. Show these items (filter by this reason)` },
    el("span", { className: "reason-label" }, g.label),
    el("span", { className: "reason-count" }, `${g.count} of ${g.of}`),
    el("span", { className: "bar", "aria-hidden": "true" }, fill));
    head.addEventListener("click", () => filterByReason(answer, g));
    const quotes = g.citations.map((n) => byN.get(n)).filter(Boolean)
      .map((c) => foldedQuote(`"${c.quote.replace(/\s+/g, " ").trim()}"`, c.n, byN));
    list.append(el("li", { className: "reason-row" }, head, el("div", { className: "reason-quotes" }, quotes)));
  }
  return list;
}

/* A reason row's click: the items giving that reason, in Search mode, with the reason as a filter. */
function filterByReason(answer, g) {
  const focus = /\bapprovals\b/.test(answer.lead || "") ? "Overturned" : "Upheld";
  const scope = { ...((answer.coverage && answer.coverage.filters) || {}) };
  const filters = { ...scope, reason: g.code, decision: scope.decision || focus };
  state.run(answer.question, "search", filters, { k: 50 });
}

function patternParts(answer, byN) {
  const text = answer.answer;
  const first = answer.reasons.length ? text.indexOf(`${answer.reasons[0].label}: `) : -1;
  const base = (first > 0 ? text.slice(0, first) : "").replace(/\s*The most frequent reasons for the \w+:\s*$/, "").trim();
  const nodes = [el("p", { className: "answer-lead" }, richText(answer.lead || base, byN), " ")];
  if (base && base !== answer.lead) nodes.push(el("p", { className: "base-rate" }, richText(base, byN), " "));
  if (answer.reasons.length) nodes.push(reasonRows(answer, byN));
  const lastGroup = answer.reasons[answer.reasons.length - 1];
  const lastN = lastGroup && lastGroup.citations.length ? lastGroup.citations[lastGroup.citations.length - 1] : null;
  const at = lastN ? text.lastIndexOf(`[${lastN}]`) : -1;
  const tail = at >= 0 ? text.slice(at + `[${lastN}]`.length).trim() : "";
  if (tail && tail !== ".") nodes.push(el("p", {}, richText(tail, byN)));
  if (!answer.reasons.length && first < 0) nodes.push(...itemParts(text.startsWith(answer.lead) ? text.slice(answer.lead.length) : text, byN));
  return nodes;
}

/* The answer's text, laid out by its kind. */
export function answerBody(answer) {
  const byN = new Map((answer.citations || []).map((c) => [c.n, c]));
  const text = (answer.answer || "").trim();
  if (answer.mode === "llm") return itemParts(text, byN);
  if (answer.kind === "pattern" || (answer.kind === "count" && answer.reasons && answer.reasons.length)) {
    return patternParts(answer, byN);
  }
  if (answer.kind === "list" && answer.lead && !answer.not_found) return listParts(text, answer.lead, byN);
  return itemParts(text, byN);
}

/* "3 of 12 lumbar MRI denials · Show all 12": what the answer covers, and the full list. */
export function coverageLine(answer) {
  const cov = answer.coverage;
  const cases = [...new Set((answer.citations || []).map((c) => c.case_number))];
  if (!cov || !cov.total) {
    if (answer.kind !== "item" || answer.abstained || cases.length !== 1) return null;
    const items = [...new Set((answer.citations || []).filter((c) => c.item_index).map((c) => c.item_index))];
    return el("p", { className: "coverage" }, `About case ${cases[0]}${items.length ? `, item ${items.join(", ")}` : ""} only.`);
  }
  const line = el("p", { className: "coverage" }, el("span", { className: "coverage-words" },
    `${cov.shown} of ${cov.total} ${cov.label}`));
  if (cov.total > cov.shown) {
    const all = el("button", { type: "button", className: "btn btn-small show-all",
      "aria-label": `Show all ${cov.total} ${cov.label} in Search mode` }, `Show all ${cov.total}`);
    all.addEventListener("click", () => state.run(cov.label, "search", cov.filters || {}, { k: 50 }));
    line.append(" · ", all);
  }
  if (document.getElementById("browse")) {
    const browse = el("button", { type: "button", className: "btn btn-small browse-link",
      "aria-label": `Browse the ${cov.total} ${cov.label}` }, "Browse them");
    browse.addEventListener("click", () => openBrowse(cov.filters || {}));
    line.append(" · ", browse);
  }
  return line;
}

export function notFoundParts(answer) {
  return [notFoundBox(answer), relatedList(answer.related || [])];
}

export { reasonLabel };
