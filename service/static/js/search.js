/* Search mode: matching passages without a composed answer. */

import { badge, el, guidelineText, icon, ICON_DOC, pagesText } from "./dom.js";
import { postJSON } from "./api.js";
import { addTurn, scrollThread, showError, showUnderstood, thinking } from "./thread.js";
import { openLetter } from "./letter.js";

export async function search(query, filters, signal) {
  const view = addTurn(query, "search", filters);
  view.response.append(thinking("Searching…"));
  try {
    const result = await (await postJSON("/api/search", { query, k: 10, filters }, signal)).json();
    showUnderstood(view.notes, result.understood);
    view.response.replaceChildren(hitList(result.hits || []));
  } catch (err) {
    if (err && err.name === "AbortError") return;
    showError(view.response, err);
  } finally {
    scrollThread(false);
  }
}

function hitList(hits) {
  const section = el("section", { className: "results", "aria-label": "Search results" });
  section.append(el("p", { className: "results-count", role: "status" },
    hits.length ? `${hits.length} matching ${hits.length === 1 ? "passage" : "passages"}` : "No matching decisions. Try other words or fewer filters."));
  if (!hits.length) return section;
  const list = el("ol", { className: "hit-list" });
  for (const hit of hits) {
    const target = {
      case_number: hit.case_number, span: hit.span, pages: hit.pages, request: hit.request, decision: hit.decision,
      guideline: hit.guideline, item_index: hit.item_index,
    };
    const open = el("button", {
      type: "button", className: "cite-case",
      "aria-label": `Open letter ${hit.case_number}${hit.request ? `, item: ${hit.request}` : ""}`,
    }, icon(ICON_DOC), hit.case_number);
    open.addEventListener("click", (ev) => {
      ev.stopPropagation();
      openLetter(target, open);
    });
    const guideline = guidelineText(hit.guideline);
    const meta = [hit.category, (hit.body_regions || []).join(", ")].filter(Boolean).join(" · ");
    const item = el("li", { className: "hit", dataset: { case: hit.case_number } },
      el("div", { className: "cite-head" },
        open,
        hit.section === "item" && hit.item_index ? el("span", { className: "cite-item" }, `Item ${hit.item_index}`) : el("span", { className: "cite-item" }, hit.section),
        el("span", { className: "cite-pages" }, pagesText(hit.pages)),
        hit.decision ? badge(hit.decision) : null),
      el("p", { className: "cite-request" }, hit.request || "Letter passage"),
      el("p", { className: "hit-snippet" }, hit.text.replace(/\s+/g, " ").trim()),
      guideline || meta ? el("p", { className: "cite-guideline" },
        guideline ? el("span", { className: "label" }, "Guideline") : null, guideline,
        meta ? el("span", { className: "hit-meta" }, meta) : null) : null);
    item.addEventListener("click", () => openLetter(target, open));
    list.append(item);
  }
  section.append(list);
  return section;
}
