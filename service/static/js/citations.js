/* Source cards under an answer (one per disputed item: short title, full heading one click away, decision,
 * every guideline source with its sections and pages, relevance in words), and copying an answer. */

import { DECISIONS, badge, el, guidelineParts, guidelineText, icon, ICON_DOC, pagesText, relevanceChip } from "./dom.js";
import { openLetter } from "./letter.js";
import { citationTarget } from "./quotes.js";

export { citationTarget };

/* The item's short title, and its full heading behind a disclosure when they differ. */
export function itemTitle(title, request, tag = "p") {
  const short = title || request || "Letter passage";
  const node = el(tag, { className: "cite-request" }, short);
  if (!request || request === short) return node;
  return el("div", { className: "cite-title" }, node,
    el("details", { className: "full-heading" }, el("summary", {}, "Full heading"), el("p", {}, request)));
}

export function guidelineBlock(guideline) {
  const parts = guidelineParts(guideline);
  if (!parts.length) return null;
  if (parts.length === 1) return el("p", { className: "cite-guideline" }, el("span", { className: "label" }, "Guideline"), parts[0]);
  return el("div", { className: "cite-guideline" }, el("span", { className: "label" }, "Guidelines"),
    el("ul", { className: "guideline-parts" }, parts.map((p) => el("li", {}, p))));
}

/* Citation cards: one per disputed item, with each cited passage as a button. `hits` give relevance. */
export function citationCards(citations, hits = []) {
  const relevance = new Map(hits.map((h) => [`${h.case_number}#${h.item_index}`, h.relevance]));
  const groups = new Map();
  for (const c of citations) {
    const key = `${c.case_number}#${c.item_index}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  const list = el("ol", { className: "cite-list", "aria-label": "Sources" });
  for (const [key, group] of groups) {
    const first = group[0];
    const quotes = el("ol", { className: "cite-quotes" });
    for (const c of group) {
      const btn = el("button", {
        type: "button", className: "quote-btn", dataset: { n: String(c.n), role: c.role || "" },
        "aria-label": `Open citation ${c.n} in letter ${c.case_number}, ${pagesText(c.pages)}`,
      },
      el("span", { className: "qn", "aria-hidden": "true" }, String(c.n)),
      el("span", { className: "qt" }, `“${c.quote.replace(/\s+/g, " ").trim()}”`),
      el("span", { className: "qp" }, pagesText(c.pages)));
      btn.addEventListener("click", (ev) => {
        ev.stopPropagation();
        openLetter(citationTarget(c), btn);
      });
      quotes.append(el("li", {}, btn));
    }
    const open = el("button", {
      type: "button", className: "cite-case",
      "aria-label": `Open letter ${first.case_number}, item ${first.item_index}: ${first.title || first.request}`,
    }, icon(ICON_DOC), first.case_number);
    open.addEventListener("click", (ev) => {
      ev.stopPropagation();
      openLetter(citationTarget(first), open);
    });
    const pages = [...new Set(group.flatMap((c) => c.pages))].sort((a, b) => a - b);
    const card = el("li", { className: "cite-card", dataset: { case: first.case_number, item: String(first.item_index) } },
      el("div", { className: "cite-head" },
        open,
        first.item_index ? el("span", { className: "cite-item" }, `Item ${first.item_index}`) : null,
        el("span", { className: "cite-pages" }, `Letter ${pagesText(pages)}`),
        relevanceChip(relevance.get(key)),
        badge(first.decision)),
      itemTitle(first.title, first.request),
      guidelineBlock(first.guideline),
      quotes);
    card.addEventListener("click", (ev) => {
      if (ev.target.closest("details, summary, button, a")) return;
      openLetter(citationTarget(first), open);
    });
    list.append(card);
  }
  return el("section", { className: "sources" }, el("h3", { className: "sources-title" }, `Sources (${groups.size})`), list);
}

export async function copyAnswer(answer, button, status) {
  const lines = [answer.answer, ""];
  for (const c of answer.citations || []) {
    const d = DECISIONS[c.decision];
    const decision = d ? `${c.decision}, ${d.short}` : c.decision;
    lines.push(`[${c.n}] ${c.case_number}, item: ${c.request} (${decision}), ${pagesText(c.pages)} — ${guidelineText(c.guideline)}`);
  }
  const text = lines.join("\n").trim() + "\n";
  await copyText(text, button, status, "Copied");
}

export async function copyText(text, button, status, done) {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch (_) {
    const area = el("textarea", { className: "visually-hidden", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    try { ok = document.execCommand("copy"); } catch (__) { ok = false; }
    area.remove();
  }
  button.dataset.copied = ok ? "1" : "0";
  status.textContent = ok ? done : "Copy failed: select the text instead";
  setTimeout(() => { status.textContent = ""; }, 2500);
}
