/* The conversation thread: turns (with a shareable link each), what the service understood (and what a
 * follow-up carried over from the conversation), errors, the waiting indicator, and scrolling new results
 * into view. */

import { el } from "./dom.js";
import { ui } from "./state.js";
import { questionURL } from "./share.js";
import { copyText } from "./citations.js";

function nearBottom() {
  const t = ui.thread;
  return t.scrollHeight - t.scrollTop - t.clientHeight < 120;
}

export function scrollThread(force) {
  if (force || nearBottom()) ui.thread.scrollTop = ui.thread.scrollHeight;
}

/* Bring `node`'s top into view when it is not (a new answer or result list landing below the fold),
 * showing its turn from the question down when that fits. */
export function reveal(node, turn) {
  const box = node.getBoundingClientRect();
  const view = ui.thread.getBoundingClientRect();
  if (box.top >= view.top && box.top <= view.bottom - 80) return;
  const start = turn ? turn.getBoundingClientRect().top : box.top;
  const top = box.top - start < view.height / 2 ? start : box.top;
  ui.thread.scrollTo({ top: ui.thread.scrollTop + top - view.top - 12, behavior: "instant" });
}

export function addTurn(text, mode, filters) {
  ui.welcome.hidden = true;
  const notes = el("ul", { className: "understood", "aria-label": "What the service understood" });
  const turn = el("article", { className: `turn turn-${mode}`, "aria-label": `${mode === "ask" ? "Question" : "Search"}: ${text}` });
  const link = el("a", { className: "turn-link", href: questionURL(text, mode, filters),
    "aria-label": "Link to this question (copies it)" }, "Link");
  const linkStatus = el("span", { className: "link-status", role: "status" });
  link.addEventListener("click", (ev) => {
    ev.preventDefault();
    copyText(link.href, link, linkStatus, "Link copied");
  });
  const bubble = el("div", { className: "user-bubble" },
    el("span", { className: "user-mode" }, mode === "ask" ? "Question" : "Search"),
    el("p", { className: "user-text" }, text));
  const filterChips = Object.entries(filters).map(([k, v]) => el("li", { className: "chip chip-filter" }, `${k.replace("_", " ")}: ${v}`));
  if (filterChips.length) notes.append(...filterChips);
  const response = el("div", { className: "response" });
  turn.append(el("div", { className: "turn-head" }, linkStatus, link, bubble), notes, response);
  ui.thread.append(turn);
  turn.scrollIntoView({ block: "start", behavior: "instant" });
  return { turn, notes, response, link, mode, filters };
}

/* What was understood, under the question; a follow-up's carried parts first, marked. The turn's link
 * then asks the question as it stands alone. */
export function showUnderstood(view, understood) {
  const notes = (understood && understood.notes) || [];
  const filters = (understood && understood.filters) || {};
  view.notes.replaceChildren();
  if (notes.length || Object.keys(filters).length) {
    // on a phone the notes fold behind a toggle; what a follow-up carried over and the filters stay shown
    const toggle = el("button", { type: "button", className: "understood-toggle", "aria-expanded": "false" },
      `Understood (${notes.length})`);
    toggle.addEventListener("click", () => {
      const open = view.notes.classList.toggle("open");
      toggle.setAttribute("aria-expanded", String(open));
    });
    view.notes.append(el("li", { className: "understood-label" }, el("span", { className: "understood-word" }, "Understood:"), toggle));
  }
  for (const note of notes) {
    const carried = note.startsWith("from the conversation: ");
    view.notes.append(el("li", { className: carried ? "chip chip-carried" : "chip" }, note));
  }
  for (const [k, v] of Object.entries(filters)) {
    view.notes.append(el("li", { className: "chip chip-filter" }, `filter ${k.replace("_", " ")}: ${v}`));
  }
  if (understood && understood.asked_as) view.link.href = questionURL(understood.asked_as, view.mode, view.filters);
}

export function showError(container, err) {
  const empty = err.status === 503;
  const title = empty ? "Nothing to search yet" : err.status === 400 ? "The request was not accepted" : "The request failed";
  container.replaceChildren(el("div", { className: "error-box", role: "alert" },
    el("strong", {}, title),
    el("p", {}, err.message || String(err))));
}

export function thinking(label) {
  return el("div", { className: "thinking", role: "status" },
    el("span", { className: "dots", "aria-hidden": "true" }, el("i"), el("i"), el("i")), label);
}
