/* Search mode: the matching disputed items without a composed answer, each with its relevance in words. */

import { badge, el, icon, ICON_DOC, pagesText, relevanceChip } from "./dom.js";
import { postJSON } from "./api.js";
import { addTurn, reveal, showError, showUnderstood, thinking } from "./thread.js";
import { guidelineBlock, itemTitle } from "./citations.js";
import { openLetter } from "./letter.js";
import { recordTurn } from "./history.js";

export async function search(query, filters, signal, k = 10) {
  const view = addTurn(query, "search", filters);
  view.response.append(thinking("Searching…"));
  try {
    const result = await (await postJSON("/api/search", { query, k, filters }, signal)).json();
    showSearch(view, result, k);
    recordTurn({ mode: "search", question: query, filters, result, k });
  } catch (err) {
    if (err && err.name === "AbortError") return;
    showError(view.response, err);
  }
}

export function showStoredSearch(query, filters, result, k) {
  showSearch(addTurn(query, "search", filters), result, k);
}

function showSearch(view, result, k) {
  showUnderstood(view, result.understood);
  const list = hitList(result.hits || [], k);
  view.response.replaceChildren(list);
  reveal(list, view.turn);
}

function countLine(hits, k) {
  if (!hits.length) return "No matching decisions. Try other words or fewer filters.";
  const what = `${hits.length} matching ${hits.length === 1 ? "item" : "items"}`;
  return hits.length < k ? `${what}: every item the filters allow` : `${what}, best first (the first ${k})`;
}

function hitList(hits, k) {
  const section = el("section", { className: "results", "aria-label": "Search results" });
  section.append(el("p", { className: "results-count", role: "status" }, countLine(hits, k)));
  if (!hits.length) return section;
  const list = el("ol", { className: "hit-list" });
  for (const hit of hits) {
    const target = {
      case_number: hit.case_number, span: hit.span, pages: hit.pages, request: hit.request, title: hit.title,
      decision: hit.decision, guideline: hit.guideline, item_index: hit.item_index,
    };
    const open = el("button", {
      type: "button", className: "cite-case",
      "aria-label": `Open letter ${hit.case_number}${hit.title ? `, item: ${hit.title}` : ""}`,
    }, icon(ICON_DOC), hit.case_number);
    open.addEventListener("click", (ev) => {
      ev.stopPropagation();
      openLetter(target, open);
    });
    const meta = [hit.category, (hit.body_regions || []).join(", ")].filter(Boolean).join(" · ");
    const item = el("li", { className: "hit", dataset: { case: hit.case_number } },
      el("div", { className: "cite-head" },
        open,
        hit.section === "item" && hit.item_index ? el("span", { className: "cite-item" }, `Item ${hit.item_index}`) : el("span", { className: "cite-item" }, hit.section),
        el("span", { className: "cite-pages" }, pagesText(hit.pages)),
        relevanceChip(hit.relevance),
        hit.decision ? badge(hit.decision) : null),
      itemTitle(hit.title, hit.request),
      hit.text ? el("p", { className: "hit-snippet" }, hit.text.replace(/\s+/g, " ").trim()) : null,
      guidelineBlock(hit.guideline),
      meta ? el("p", { className: "hit-meta" }, meta) : null);
    item.addEventListener("click", (ev) => {
      if (ev.target.closest("details, summary, button, a")) return;
      openLetter(target, open);
    });
    list.append(item);
  }
  section.append(list);
  return section;
}
