/* The letter panel: the letter's pages with the cited passage highlighted at its exact offsets. */

import { badge, el, pagesText } from "./dom.js";
import { state, ui } from "./state.js";
import { getCase } from "./api.js";
import { thinking } from "./thread.js";
import { guidelineBlock } from "./citations.js";

const LABEL_LINE = /^\s*(Claims Administrator guideline|MAXIMUS\s+guideline|Decision rationale|State\(s\) of Licensure|Certification\(s\)\/Specialty|Case Number|Date Assigned|Decision Date|Priority)\b/;

/* Same-length display text: joins the hard line breaks inside layout paragraphs so the text
 * reflows in the panel (offsets are unchanged, so highlights stay exact). */
function reflow(text) {
  const chars = text.replace(/\f/g, " ").split("");
  const lines = text.split("\n");
  let offset = 0;
  let blankRun = 0;
  let seenText = false;
  for (let i = 0; i < lines.length - 1; i += 1) {
    const line = lines[i].replace(/\f/g, "");
    const next = lines[i + 1];
    const nl = offset + lines[i].length;
    const blank = line.trim() === "";
    if (blank) blankRun += 1; else blankRun = 0;
    if (!blank) seenText = true;
    const join = !blank && line.length >= 70 && next.trim() !== "" && !LABEL_LINE.test(next);
    if (!seenText || blankRun >= 2 || join) chars[nl] = " ";
    offset = nl + 1;
  }
  return chars.join("");
}

/* The letter's rationale sentences by role (finding, guideline), from the parsed items. */
function roleSpans(letter) {
  const spans = [];
  for (const item of letter.items || []) {
    for (const s of item.sentences || []) {
      if (s.role === "finding" || s.role === "guideline") spans.push({ start: s.span[0], end: s.span[1], role: s.role });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/* One page's text as nodes: finding and guideline sentences tinted, the cited span marked. */
function pageNodes(display, start, end, roles, span, marks) {
  const cuts = new Set([start, end]);
  for (const r of roles) {
    if (r.end > start && r.start < end) { cuts.add(Math.max(r.start, start)); cuts.add(Math.min(r.end, end)); }
  }
  if (span) { cuts.add(Math.min(Math.max(span[0], start), end)); cuts.add(Math.min(Math.max(span[1], start), end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i];
    const b = points[i + 1];
    if (a >= b) continue;
    const text = display.slice(a - start, b - start);
    const role = roles.find((r) => r.start <= a && b <= r.end);
    const cited = span && span[0] <= a && b <= span[1];
    let node = text;
    if (role) node = el("span", { className: `role role-${role.role}` }, text);
    if (cited) {
      node = el("mark", { className: "cited" }, node);
      marks.push(node);
    }
    nodes.push(node);
  }
  return nodes;
}

function renderPages(data, span) {
  const text = data.letter.text;
  const pages = data.pages && data.pages.length ? data.pages : [{ page: 1, start: 0, end: text.length }];
  const roles = roleSpans(data.letter);
  const frag = document.createDocumentFragment();
  const marks = [];
  for (const pg of pages) {
    const display = reflow(text.slice(pg.start, pg.end));
    const body = el("div", { className: "page-text" }, pageNodes(display, pg.start, pg.end, roles, span, marks));
    frag.append(el("section", { className: "page", "aria-label": `Page ${pg.page} of ${pages.length}`, dataset: { page: String(pg.page) } },
      el("div", { className: "page-label", "aria-hidden": "true" }, el("span", {}, `Page ${pg.page} of ${pages.length}`), el("span", {}, data.letter.case_number)),
      body));
  }
  return { frag, marks };
}

function legend() {
  return el("p", { className: "role-legend", "aria-label": "Tints in the letter" },
    el("span", { className: "role role-finding" }, "Finding about this patient"),
    el("span", { className: "role role-guideline" }, "Guideline"),
    el("span", { className: "legend-cited" }, "Cited passage"));
}

function showPanel() {
  ui.panel.hidden = false;
  ui.layout.classList.add("with-letter");
  document.body.classList.add("letter-open");
}

export function closePanel() {
  ui.panel.hidden = true;
  ui.layout.classList.remove("with-letter");
  document.body.classList.remove("letter-open");
  markActive(null);
  state.openToken += 1;
  const back = state.returnFocus;
  state.returnFocus = null;
  if (back && back.isConnected) back.focus();
}

function markActive(opener) {
  for (const node of document.querySelectorAll(".is-active")) node.classList.remove("is-active");
  if (opener && (opener.classList.contains("marker") || opener.classList.contains("quote-btn"))) {
    opener.classList.add("is-active");
  }
}

export async function openLetter(target, opener) {
  const token = ++state.openToken;
  markActive(opener);
  if (opener) state.returnFocus = opener;
  showPanel();
  const cn = target.case_number;
  ui.letterTitle.textContent = cn;
  ui.letterMeta.textContent = "";
  const page = target.pages && target.pages.length ? target.pages[0] : 0;
  ui.letterDoc.href = `/api/cases/${encodeURIComponent(cn)}/document${page ? `#page=${page}` : ""}`;
  ui.letterDoc.setAttribute("aria-label", `Original document of ${cn} (opens in a new tab)`);
  ui.letterFocus.replaceChildren();
  ui.letterBody.replaceChildren(thinking("Opening the letter…"));
  let data;
  try {
    data = await getCase(cn);
  } catch (err) {
    if (token !== state.openToken) return;
    ui.letterBody.replaceChildren(el("div", { className: "error-box", role: "alert" },
      el("strong", {}, "The letter could not be opened"), el("p", {}, err.message)));
    return;
  }
  if (token !== state.openToken) return;
  const letter = data.letter;
  const meta = [];
  if (letter.decision_date) meta.push(`Decided ${letter.decision_date}`);
  if (letter.reviewer_specialty) meta.push(`Reviewer: ${letter.reviewer_specialty}`);
  meta.push(`${data.pages.length} ${data.pages.length === 1 ? "page" : "pages"}`);
  ui.letterMeta.textContent = meta.join(" · ");
  ui.letterFocus.replaceChildren(focusBox(target, letter), legend());
  const { frag, marks } = renderPages(data, target.span);
  ui.letterBody.replaceChildren(frag);
  ui.letterBody.scrollTop = 0;
  ui.letterTitle.focus({ preventScroll: true });
  if (marks.length) {
    requestAnimationFrame(() => marks[0].scrollIntoView({ block: "center" }));
  }
}

function focusBox(target, letter) {
  const box = el("div", { className: "focus-box" });
  if (target.request) {
    const where = target.span ? `Highlighted passage on ${pagesText(target.pages) || "the letter"}` : "";
    box.append(...[
      el("div", { className: "focus-row" },
        target.n ? el("span", { className: "qn" }, String(target.n)) : null,
        el("p", { className: "focus-request" }, target.item_index ? `Item ${target.item_index}: ` : "", target.title || target.request),
        target.decision ? badge(target.decision) : null),
      target.title && target.request && target.title !== target.request
        ? el("details", { className: "full-heading" }, el("summary", {}, "Full heading"), el("p", {}, target.request)) : null,
      guidelineBlock(target.guideline),
      where ? el("p", { className: "focus-where" }, where) : null].filter(Boolean));
  }
  const items = letter.items || [];
  if (items.length > 1 || (!target.request && items.length)) {
    const list = el("ol", { className: "item-jump", "aria-label": "Disputed items in this letter" });
    for (const item of items) {
      const btn = el("button", { type: "button", className: "item-btn", "aria-label": `Show item ${item.index}: ${item.title || item.request}` },
        el("span", { className: "item-n" }, String(item.index)), el("span", { className: "item-req" }, item.title || item.request), badge(item.decision));
      btn.addEventListener("click", () => openLetter({
        case_number: letter.case_number, span: item.span, pages: item.pages, request: item.request, title: item.title,
        decision: item.decision, guideline: item.maximus_guideline, item_index: item.index,
      }, null));
      list.append(el("li", {}, btn));
    }
    box.append(el("details", { className: "items-details" }, el("summary", {}, `${items.length} disputed items in this letter`), list));
  }
  return box;
}
