/* The filter form and the index statistics (which also fill the filter choices). */

import { el } from "./dom.js";
import { ui } from "./state.js";
import { api } from "./api.js";

export function currentFilters() {
  const filters = {};
  for (const field of ui.filters.querySelectorAll("select, input")) {
    const value = field.value.trim();
    if (value) filters[field.name] = value;
  }
  return filters;
}

export function updateFilterCount() {
  const n = Object.keys(currentFilters()).length;
  ui.filterCount.textContent = n ? `· ${n} active` : "";
  ui.filters.classList.toggle("has-active", n > 0);
}

function fillSelect(select, counts, skip) {
  const names = Object.keys(counts || {}).filter((name) => !skip.includes(name)).sort((a, b) => a.localeCompare(b));
  for (const name of names) {
    const total = Object.values(counts[name]).reduce((a, b) => a + b, 0);
    select.append(el("option", { value: name }, `${name} (${total})`));
  }
}

export async function loadStats() {
  try {
    const stats = await (await api("/api/stats")).json();
    fillSelect(ui.category, stats.by_category, []);
    fillSelect(ui.region, stats.by_body_region, ["unspecified"]);
    const upheld = (stats.by_decision && stats.by_decision.Upheld) || 0;
    const overturned = (stats.by_decision && stats.by_decision.Overturned) || 0;
    ui.stats.replaceChildren(
      el("span", {}, `${stats.letters} letters · ${stats.items} decisions`),
      el("span", { className: "stat-upheld" }, `${upheld} upheld`),
      el("span", { className: "stat-overturned" }, `${overturned} overturned`),
    );
    if (!stats.letters) {
      ui.stats.replaceChildren(el("span", {}, "No letters indexed"));
      showBanner("The index is empty: no letters are indexed yet.",
        "Run `imr index <folder of letters>` and reload this page.");
    }
  } catch (err) {
    showBanner("The service did not answer.", err.message);
  }
}

function showBanner(title, detail) {
  ui.banner.replaceChildren(el("strong", {}, title), " ", el("span", {}, detail || ""));
  ui.banner.hidden = false;
}
