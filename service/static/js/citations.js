/* Citation cards under an answer, and copying an answer with its citations. */

import { DECISIONS, badge, el, guidelineText, icon, ICON_DOC, pagesText } from "./dom.js";
import { openLetter } from "./letter.js";

export function citationTarget(c) {
  return {
    case_number: c.case_number, span: c.span, pages: c.pages, request: c.request, decision: c.decision,
    guideline: c.guideline, item_index: c.item_index, n: c.n,
  };
}

/* Citation cards: one per disputed item, with each cited passage as a button. */
export function citationCards(citations) {
  const groups = new Map();
  for (const c of citations) {
    const key = `${c.case_number}#${c.item_index}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  const list = el("ol", { className: "cite-list", "aria-label": "Sources" });
  for (const group of groups.values()) {
    const first = group[0];
    const quotes = el("ol", { className: "cite-quotes" });
    for (const c of group) {
      const btn = el("button", {
        type: "button", className: "quote-btn", dataset: { n: String(c.n) },
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
      "aria-label": `Open letter ${first.case_number}, item ${first.item_index}: ${first.request}`,
    }, icon(ICON_DOC), first.case_number);
    open.addEventListener("click", (ev) => {
      ev.stopPropagation();
      openLetter(citationTarget(first), open);
    });
    const guideline = guidelineText(first.guideline);
    const pages = [...new Set(group.flatMap((c) => c.pages))].sort((a, b) => a - b);
    const card = el("li", { className: "cite-card", dataset: { case: first.case_number } },
      el("div", { className: "cite-head" },
        open,
        first.item_index ? el("span", { className: "cite-item" }, `Item ${first.item_index}`) : null,
        el("span", { className: "cite-pages" }, `Letter ${pagesText(pages)}`),
        badge(first.decision)),
      el("p", { className: "cite-request" }, first.request || "Letter passage"),
      guideline ? el("p", { className: "cite-guideline" }, el("span", { className: "label" }, "Guideline"), guideline) : null,
      quotes);
    card.addEventListener("click", () => openLetter(citationTarget(first), open));
    list.append(card);
  }
  return el("section", { className: "sources" }, el("h3", { className: "sources-title" }, "Sources"), list);
}

export async function copyAnswer(answer, button, status) {
  const lines = [answer.answer, ""];
  for (const c of answer.citations || []) {
    const d = DECISIONS[c.decision];
    const decision = d ? `${c.decision}, ${d.short}` : c.decision;
    lines.push(`[${c.n}] ${c.case_number}, item: ${c.request} (${decision}), ${pagesText(c.pages)} — ${guidelineText(c.guideline)}`);
  }
  const text = lines.join("\n").trim() + "\n";
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
  status.textContent = ok ? "Copied" : "Copy failed: select the text instead";
  setTimeout(() => { status.textContent = ""; }, 2500);
}
