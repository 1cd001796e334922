/* Browse: every disputed item, filtered by decision, treatment, region, guideline, reason and date,
 * with facet counts, sortable, paged, exportable as CSV (GET /api/items). A row opens the letter at
 * that item. Other filters (a collection answer's links: chapter, specialty, ...) show as chips. */

import { $, badge, el } from "./dom.js";
import { api, getCase } from "./api.js";
import { openLetter } from "./letter.js";

const SELECTS = [
  ["decision", "Decision"], ["treatment", "Treatment"], ["body_region", "Body region"],
  ["guideline_source", "Guideline"], ["reason", "Reason"],
];
const SORTS = [
  ["-decision_date", "Newest first"], ["decision_date", "Oldest first"], ["case_number", "Case number"],
  ["title", "Request (A–Z)"], ["decision", "Decision"],
];
const PER_PAGE = 25;
const view = { filters: {}, q: "", sort: "-decision_date", page: 1, token: 0, built: false };
let parts = null;

function query(extra) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(view.filters)) if (v) params.set(k, v);
  if (view.q) params.set("q", view.q);
  params.set("sort", view.sort);
  for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
  return params.toString();
}

function build(section) {
  const selects = {};
  const grid = el("div", { className: "browse-filters" });
  const q = el("input", { type: "search", id: "browse-q", placeholder: "Words in the request", "aria-label": "Words in the request" });
  grid.append(el("label", {}, "Request words", q));
  for (const [name, label] of SELECTS) {
    const select = el("select", { id: `browse-${name}`, name }, el("option", { value: "" }, `Any ${label.toLowerCase()}`));
    selects[name] = select;
    grid.append(el("label", {}, label, select));
  }
  const from = el("input", { type: "date", id: "browse-from", name: "date_from" });
  const to = el("input", { type: "date", id: "browse-to", name: "date_to" });
  const sort = el("select", { id: "browse-sort" }, ...SORTS.map(([v, t]) => el("option", { value: v }, t)));
  grid.append(el("label", {}, "Decided from", from), el("label", {}, "Decided to", to), el("label", {}, "Sort", sort));
  const clear = el("button", { type: "button", className: "btn btn-link", id: "browse-clear" }, "Clear filters");
  const csv = el("a", { className: "btn btn-small", id: "browse-csv", href: "/api/items?format=csv", download: "" }, "Export CSV");
  const chips = el("ul", { className: "browse-chips", "aria-label": "Other filters" });
  const status = el("p", { className: "browse-status", id: "browse-status", role: "status" });
  const list = el("div", { className: "browse-list" });
  const prev = el("button", { type: "button", className: "btn btn-small", id: "browse-prev" }, "Previous");
  const next = el("button", { type: "button", className: "btn btn-small", id: "browse-next" }, "Next");
  const pageInfo = el("span", { className: "browse-page" });
  section.append(
    el("div", { className: "browse-head" }, el("h2", {}, "Browse decisions"), csv),
    grid, el("div", { className: "browse-actions" }, chips, clear), status, list,
    el("nav", { className: "browse-pager", "aria-label": "Pages" }, prev, pageInfo, next));
  const changed = () => { view.page = 1; load(); };
  for (const [name, select] of Object.entries(selects)) {
    select.addEventListener("change", () => { view.filters[name] = select.value; changed(); });
  }
  from.addEventListener("change", () => { view.filters.date_from = from.value; changed(); });
  to.addEventListener("change", () => { view.filters.date_to = to.value; changed(); });
  sort.addEventListener("change", () => { view.sort = sort.value; changed(); });
  let typing = null;
  q.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => { view.q = q.value.trim(); changed(); }, 250);
  });
  clear.addEventListener("click", () => { view.filters = {}; view.q = ""; q.value = ""; changed(); });
  prev.addEventListener("click", () => { if (view.page > 1) { view.page -= 1; load(); } });
  next.addEventListener("click", () => { view.page += 1; load(); });
  parts = { selects, q, from, to, sort, chips, status, list, prev, next, pageInfo, csv };
}

function fillSelect(select, counts, value, labels) {
  const first = select.options[0];
  const names = Object.keys(counts || {});
  if (value && !names.includes(value)) names.unshift(value);
  const words = (name) => (labels && labels[name]) || name;
  select.replaceChildren(first, ...names.map((name) => el("option", { value: name },
    counts && counts[name] !== undefined ? `${words(name)} (${counts[name]})` : words(name))));
  select.value = value || "";
}

function showChips() {
  const known = new Set([...SELECTS.map(([n]) => n), "date_from", "date_to"]);
  parts.chips.replaceChildren();
  for (const [k, v] of Object.entries(view.filters)) {
    if (!v || known.has(k)) continue;
    const remove = el("button", { type: "button", className: "chip-remove", "aria-label": `Remove the filter ${k}` }, "×");
    remove.addEventListener("click", () => { delete view.filters[k]; view.page = 1; load(); });
    parts.chips.append(el("li", { className: "chip chip-filter" }, `${k.replace(/_/g, " ")}: ${v} `, remove));
  }
}

async function openItem(row, opener) {
  const data = await getCase(row.case_number);
  const item = (data.letter.items || []).find((i) => i.index === row.item_index);
  if (!item) return;
  openLetter({
    case_number: row.case_number, span: item.span, pages: item.pages, request: item.request,
    decision: item.decision, guideline: item.maximus_guideline, item_index: item.index,
  }, opener);
}

function rowView(row, labels) {
  const open = el("button", { type: "button", className: "browse-open", "aria-label": `Open ${row.case_number}, item ${row.item_index}: ${row.title}` },
    row.title);
  open.addEventListener("click", () => openItem(row, open));
  const named = row.treatments.map((t) => (labels.treatment && labels.treatment[t]) || t);
  const tags = [...named, ...row.body_regions].join(", ");
  return el("tr", { dataset: { case: row.case_number, item: String(row.item_index) } },
    el("td", {}, open, tags ? el("span", { className: "browse-tags" }, tags) : null),
    el("td", {}, badge(row.decision)),
    el("td", { className: "browse-case" }, `${row.case_number} · ${row.item_index}`),
    el("td", { className: "browse-date" }, row.decision_date || ""),
    el("td", { className: "browse-guide" }, row.guideline_families.join(", ")));
}

export async function load() {
  const token = ++view.token;
  parts.status.textContent = "Loading…";
  parts.csv.href = `/api/items?${query({ format: "csv" })}`;
  let data;
  try {
    data = await (await api(`/api/items?${query({ page: view.page, per_page: PER_PAGE })}`)).json();
  } catch (err) {
    if (token !== view.token) return;
    parts.status.textContent = err.message;
    parts.list.replaceChildren();
    return;
  }
  if (token !== view.token) return;
  for (const [name] of SELECTS) fillSelect(parts.selects[name], data.facets[name], view.filters[name], (data.labels || {})[name]);
  parts.from.value = view.filters.date_from || "";
  parts.to.value = view.filters.date_to || "";
  parts.sort.value = view.sort;
  showChips();
  const pages = Math.max(1, Math.ceil(data.total / data.per_page));
  parts.status.textContent = `${data.total} ${data.total === 1 ? "item" : "items"}`;
  parts.pageInfo.textContent = `Page ${data.page} of ${pages}`;
  parts.prev.disabled = data.page <= 1;
  parts.next.disabled = data.page >= pages;
  const head = el("tr", {}, ...["Request", "Decision", "Case · item", "Decided", "Guideline"].map((t) => el("th", { scope: "col" }, t)));
  parts.list.replaceChildren(el("table", { className: "browse-table" }, el("thead", {}, head),
    el("tbody", {}, ...data.items.map((row) => rowView(row, data.labels || {})))));
}

function show(on) {
  const section = $("browse");
  section.hidden = !on;
  $("conversation").hidden = on;
  const toggle = $("browse-toggle");
  toggle.setAttribute("aria-pressed", on ? "true" : "false");
  toggle.textContent = on ? "Ask" : "Browse";
  if (on && !view.built) {
    build(section);
    view.built = true;
  }
}

/* Browse the items that match `filters` (a collection answer's link). */
export function openBrowse(filters) {
  show(true);
  view.filters = { ...(filters || {}) };
  view.q = "";
  parts.q.value = "";
  view.page = 1;
  load();
  $("browse").querySelector("h2").scrollIntoView({ block: "start" });
}

export function initBrowse() {
  const toggle = $("browse-toggle");
  if (!toggle) return;
  toggle.addEventListener("click", () => {
    const on = $("browse").hidden;
    show(on);
    if (on) load();
  });
}
