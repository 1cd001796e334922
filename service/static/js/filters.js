/* The filter bar (collapsible, above the conversation: it never covers an answer), its chips, and the
 * index statistics in the header (which also fill the filter choices), refreshed while the page is open. */

import { el } from "./dom.js";
import { state, ui } from "./state.js";
import { api } from "./api.js";

const STATS_EVERY_MS = 10000;
const NAMES = { decision: "decision", category: "category", body_region: "body region", guideline_source: "guideline",
  reason: "reason", treatment: "treatment", date_from: "decided from", date_to: "decided to", case_number: "case" };

export function reasonLabel(code) {
  return state.reasonLabels[code] || (code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, " "));
}

export function currentFilters() {
  const filters = { ...state.extraFilters };
  for (const field of ui.filters.querySelectorAll("select, input")) {
    const value = field.value.trim();
    if (value) filters[field.name] = value;
  }
  return filters;
}

/* Set the bar to exactly these filters (a value with no control becomes a chip). */
export function setFilters(filters) {
  state.extraFilters = {};
  for (const field of ui.filters.querySelectorAll("select, input")) field.value = "";
  for (const [name, value] of Object.entries(filters || {})) {
    const field = ui.filters.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!field) {
      state.extraFilters[name] = value;
      continue;
    }
    if (field.tagName === "SELECT" && ![...field.options].some((o) => o.value === value)) {
      field.append(el("option", { value }, name === "reason" ? reasonLabel(value) : value));
    }
    field.value = value;
  }
  updateFilterCount();
}

function describe(name, value) {
  if (name === "decision") return value === "Upheld" ? "Upheld — denied" : value === "Overturned" ? "Overturned — approved" : value;
  if (name === "reason") return reasonLabel(value);
  return value;
}

export function updateFilterCount() {
  const filters = currentFilters();
  const n = Object.keys(filters).length;
  ui.filterCount.textContent = n ? `· ${n} active` : "";
  ui.filters.classList.toggle("has-active", n > 0);
  ui.filterChips.replaceChildren(...Object.entries(filters).map(([name, value]) => {
    const remove = el("button", { type: "button", className: "chip chip-filter chip-remove",
      "aria-label": `Remove the filter ${NAMES[name] || name}: ${describe(name, value)}` },
    `${NAMES[name] || name}: ${describe(name, value)}`, el("span", { "aria-hidden": "true" }, " ×"));
    remove.addEventListener("click", () => {
      const next = currentFilters();
      delete next[name];
      setFilters(next);
    });
    return el("li", {}, remove);
  }));
}

function fillSelect(select, counts, skip, label = (name) => name) {
  const chosen = select.value;
  const first = select.options[0];
  const names = Object.keys(counts || {}).filter((name) => !skip.includes(name)).sort((a, b) => label(a).localeCompare(label(b)));
  select.replaceChildren(first, ...names.map((name) => {
    const total = Object.values(counts[name]).reduce((a, b) => a + b, 0);
    return el("option", { value: name }, `${label(name)} (${total})`);
  }));
  if (chosen && ![...select.options].some((o) => o.value === chosen)) select.append(el("option", { value: chosen }, label(chosen)));
  select.value = chosen;
}

let lastStats = null;

/* The header's counts. While letters are indexed elsewhere the numbers change under the page: they are
 * refreshed every few seconds, and a failed refresh keeps the last counts (never an empty or broken header). */
export async function loadStats() {
  let stats;
  try {
    stats = await (await api("/api/stats")).json();
  } catch (err) {
    if (lastStats) {
      ui.stats.title = `Not refreshed: ${err.message}`;
      ui.stats.classList.add("stale");
    } else {
      showBanner("The service did not answer.", err.message);
    }
    return;
  }
  ui.stats.title = "";
  ui.stats.classList.remove("stale");
  lastStats = stats;
  fillSelect(ui.category, stats.by_category, []);
  fillSelect(ui.region, stats.by_body_region, ["unspecified"]);
  fillSelect(ui.reason, stats.by_reason, [], reasonLabel);
  const upheld = (stats.by_decision && stats.by_decision.Upheld) || 0;
  const overturned = (stats.by_decision && stats.by_decision.Overturned) || 0;
  if (!stats.letters) {
    ui.stats.replaceChildren(el("span", {}, "No letters indexed"));
    showBanner("The index is empty: no letters are indexed yet.",
      "Upload a letter (Upload, above), or run `imr index <folder of letters>`; this page picks them up by itself.");
    return;
  }
  hideBanner("empty");
  ui.stats.replaceChildren(
    el("span", { className: "stat-total" }, `${stats.letters} letters · ${stats.items} decisions`),
    el("span", { className: "stat-upheld" }, `${upheld} upheld`),
    el("span", { className: "stat-overturned" }, `${overturned} overturned`),
  );
}

export function watchStats() {
  loadStats();
  setInterval(() => { if (document.visibilityState === "visible") loadStats(); }, STATS_EVERY_MS);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") loadStats(); });
}

function showBanner(title, detail) {
  ui.banner.replaceChildren(el("strong", {}, title), " ", el("span", {}, detail || ""));
  ui.banner.dataset.kind = "empty";
  ui.banner.hidden = false;
}

function hideBanner(kind) {
  if (ui.banner.dataset.kind === kind) ui.banner.hidden = true;
}
