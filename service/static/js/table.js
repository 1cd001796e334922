/* A collection answer's table: its rows as the service counted them, every number a way to the
 * items behind it (the Browse view with that row's filters). */

import { el } from "./dom.js";
import { formatValue, isShare } from "./chart.js";

export function collectionTable(table, onItems) {
  const share = isShare(table.columns);
  const head = el("tr", {}, ...table.columns.map((c) => el("th", { scope: "col" }, c)));
  const body = el("tbody");
  table.rows.forEach((row, i) => {
    const link = (table.links || [])[i];
    const cells = row.map((cell, j) => {
      const last = j === row.length - 1;
      const text = formatValue(cell, last && share);
      if (j === 0) return el("th", { scope: "row" }, String(cell));
      if (!link || !last) return el("td", { className: "num", title: last && share ? String(cell) : null }, text);
      const btn = el("button", {
        type: "button", className: "btn-link num-link",
        "aria-label": `Show the items behind ${text} (${row[0]})`, title: "Show these items in Browse",
      }, text);
      btn.addEventListener("click", () => onItems(link));
      return el("td", { className: "num" }, btn);
    });
    body.append(el("tr", {}, ...cells));
  });
  return el("table", { className: "collection-table" }, el("thead", {}, head), body);
}
