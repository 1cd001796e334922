/* The letter panel: the letter's pages with the cited passage highlighted at its exact offsets. */

import { badge, el, guidelineText, pagesText } from "./dom.js";
import { state, ui } from "./state.js";
import { getCase } from "./api.js";
import { thinking } from "./thread.js";

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

function renderPages(data, span) {
  const text = data.letter.text;
  const pages = data.pages && data.pages.length ? data.pages : [{ page: 1, start: 0, end: text.length }];
  const frag = document.createDocumentFragment();
  const marks = [];
  for (const pg of pages) {
    const display = reflow(text.slice(pg.start, pg.end));
    const body = el("div", { className: "page-text" });
    const s = span ? Math.max(span[0], pg.start) : 0;
    const e = span ? Math.min(span[1], pg.end) : 0;
    if (span && s < e) {
      const mark = el("mark", { className: "cited" }, display.slice(s - pg.start, e - pg.start));
      body.append(display.slice(0, s - pg.start), mark, display.slice(e - pg.start));
      marks.push(mark);
    } else {
      body.append(display);
    }
    frag.append(el("section", { className: "page", "aria-label": `Page ${pg.page} of ${pages.length}`, dataset: { page: String(pg.page) } },
      el("div", { className: "page-label", "aria-hidden": "true" }, el("span", {}, `Page ${pg.page} of ${pages.length}`), el("span", {}, data.letter.case_number)),
      body));
  }
  return { frag, marks };
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
  ui.letterDoc.href = `/api/cases/${encodeURIComponent(cn)}/document`;
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
  ui.letterFocus.replaceChildren(focusBox(target, letter));
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
    box.append(
      el("div", { className: "focus-row" },
        target.n ? el("span", { className: "qn" }, String(target.n)) : null,
        el("p", { className: "focus-request" }, target.item_index ? `Item ${target.item_index}: ` : "", target.request),
        target.decision ? badge(target.decision) : null),
      guidelineText(target.guideline) ? el("p", { className: "cite-guideline" }, el("span", { className: "label" }, "Guideline"), guidelineText(target.guideline)) : null,
      where ? el("p", { className: "focus-where" }, where) : null);
  }
  const items = letter.items || [];
  if (items.length > 1 || (!target.request && items.length)) {
    const list = el("ol", { className: "item-jump", "aria-label": "Disputed items in this letter" });
    for (const item of items) {
      const btn = el("button", { type: "button", className: "item-btn", "aria-label": `Show item ${item.index}: ${item.request}` },
        el("span", { className: "item-n" }, String(item.index)), el("span", { className: "item-req" }, item.request), badge(item.decision));
      btn.addEventListener("click", () => openLetter({
        case_number: letter.case_number, span: item.span, pages: item.pages, request: item.request,
        decision: item.decision, guideline: item.maximus_guideline, item_index: item.index,
      }, null));
      list.append(el("li", {}, btn));
    }
    box.append(el("details", { className: "items-details" }, el("summary", {}, `${items.length} disputed items in this letter`), list));
  }
  return box;
}
