/* A collection answer's parts below its sentence: the chart, the table, the rule it was counted
 * by, and a way to every item behind the numbers. */

import { el } from "./dom.js";
import { chart } from "./chart.js";
import { collectionTable } from "./table.js";
import { openBrowse } from "./browse.js";

export function collectionView(answer) {
  const section = el("section", { className: "collection", "aria-label": "The numbers behind the answer" });
  const drawn = chart(answer);
  if (drawn) section.append(drawn);
  section.append(collectionTable(answer.table, (filters) => openBrowse(filters)));
  if (answer.rule) section.append(el("p", { className: "collection-rule" }, el("span", { className: "label" }, "Rule"), " ", answer.rule));
  const behind = answer.coverage && answer.coverage.filters;
  if (behind) {
    const btn = el("button", { type: "button", className: "btn btn-small" }, "Browse the items behind this answer");
    btn.addEventListener("click", () => openBrowse(behind));
    section.append(el("div", { className: "collection-tools" }, btn));
  }
  return section;
}
