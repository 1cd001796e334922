/* "Not found", in its kinds, each with what to try: no such treatment (the nearest items shown as related,
 * not as the answer), none with the outcome asked, filters that exclude everything (named, one click to
 * drop), an unknown case number ("did you mean …?"), a case without the treatment asked about, a patient
 * described whom no letter fits. */

import { badge, el, pagesText, relevanceChip } from "./dom.js";
import { state } from "./state.js";
import { itemTitle } from "./citations.js";
import { openLetter } from "./letter.js";

const KINDS = {
  no_treatment: ["No such treatment in the index", [
    "Check the spelling, or try another name for it (a brand or generic name, an abbreviation).",
    "Search mode lists the decisions nearest to your words.",
  ]],
  no_outcome: ["None with this outcome", ["Ask about the other outcome, or list these items in Search mode."]],
  filters_exclude: ["The filters exclude everything", ["Remove the filter named, or widen the dates."]],
  unknown_case: ["Unknown case number", ["Check the number: CM, two digits for the year, a dash, seven digits."]],
  case_lacks: ["This case has no such request", ["Ask about one of the items its letter did decide."]],
  no_one_named: ["No case or patient given", [
    "Name the case number, or describe the patient (age, sex, how they were hurt).",
    "The related items are the nearest decisions, not the one meant.",
  ]],
  no_patient: ["No letter fits the patient described", [
    "Check the age, sex or job given, or name the case number.",
    "The related items are the nearest decisions, not this patient's.",
  ]],
};

function action(label, run) {
  const button = el("button", { type: "button", className: "btn btn-small try-action" }, label);
  button.addEventListener("click", run);
  return el("li", {}, button);
}

function actions(answer) {
  const out = [];
  const filters = { ...((answer.understood && answer.understood.filters) || {}) };
  delete filters.case_number; // named by the question, not chosen by the user
  if (answer.not_found === "filters_exclude") {
    const named = answer.answer.match(/\bfilter (\w+)=/);
    const names = named ? [named[1]] : Object.keys(filters).filter((k) => k !== "case_number");
    for (const name of names) {
      const rest = { ...filters };
      delete rest[name];
      out.push(action(`Remove the ${name.replace("_", " ")} filter and ask again`, () => state.run(answer.question, "ask", rest, { setFilters: true })));
    }
  } else if (answer.not_found === "unknown_case") {
    const m = answer.answer.match(/Did you mean (CM\d{2}-\d{7})\?/);
    const asked = answer.answer.match(/Case (CM\d{2}-\d{7})/);
    if (m && asked) out.push(action(`Ask about ${m[1]}`, () => state.run(answer.question.replace(new RegExp(asked[1].replace("-", "\\s*-?\\s*"), "i"), m[1]), "ask", filters)));
  } else if (answer.not_found === "no_outcome" && answer.count) {
    const asked = (answer.coverage && answer.coverage.filters && answer.coverage.filters.decision) || "";
    const other = asked === "Overturned" ? "Upheld" : "Overturned";
    const n = answer.count[other] || 0;
    const scope = { ...((answer.coverage && answer.coverage.filters) || {}), decision: other };
    if (n) out.push(action(`Show the ${n} ${other === "Upheld" ? "denied" : "approved"}`, () => state.run(
      (answer.coverage && answer.coverage.label) || answer.question, "search", scope, { k: 50 })));
  } else if (answer.not_found === "no_treatment" || answer.not_found === "case_lacks") {
    out.push(action("Search these words instead", () => state.run(answer.question, "search", filters)));
  }
  return out;
}

export function notFoundBox(answer) {
  const kind = KINDS[answer.not_found];
  if (!kind) return null;
  const [title, tips] = kind;
  const doable = actions(answer);
  return el("div", { className: `not-found not-found-${answer.not_found}`, dataset: { kind: answer.not_found } },
    el("strong", { className: "not-found-title" }, title),
    el("p", { className: "not-found-tip" }, "What to try: ", tips.join(" ")),
    doable.length ? el("ul", { className: "try-list" }, doable) : null);
}

/* The nearest items to a question nothing answers: shown as related, never as the answer. */
export function relatedList(related) {
  if (!related.length) return null;
  const list = el("ol", { className: "hit-list related-list" });
  for (const hit of related) {
    const open = el("button", { type: "button", className: "cite-case", "aria-label": `Open letter ${hit.case_number}` }, hit.case_number);
    open.addEventListener("click", () => openLetter({ case_number: hit.case_number, span: hit.span, pages: hit.pages,
      request: hit.request, title: hit.title, decision: hit.decision, guideline: hit.guideline, item_index: hit.item_index }, open));
    list.append(el("li", { className: "hit related" },
      el("div", { className: "cite-head" }, open,
        hit.item_index ? el("span", { className: "cite-item" }, `Item ${hit.item_index}`) : null,
        el("span", { className: "cite-pages" }, pagesText(hit.pages)), relevanceChip(hit.relevance), badge(hit.decision)),
      itemTitle(hit.title, hit.request)));
  }
  return el("section", { className: "related-items" },
    el("h3", { className: "sources-title" }, "Related items — not the answer"), list);
}
