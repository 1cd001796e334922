/* The conversation thread: turns, what the service understood, errors, the waiting indicator. */

import { el } from "./dom.js";
import { ui } from "./state.js";

function nearBottom() {
  const t = ui.thread;
  return t.scrollHeight - t.scrollTop - t.clientHeight < 120;
}

export function scrollThread(force) {
  if (force || nearBottom()) ui.thread.scrollTop = ui.thread.scrollHeight;
}

export function addTurn(text, mode, filters) {
  ui.welcome.hidden = true;
  const notes = el("ul", { className: "understood", "aria-label": "What the service understood" });
  const turn = el("article", { className: `turn turn-${mode}`, "aria-label": `${mode === "ask" ? "Question" : "Search"}: ${text}` });
  const bubble = el("div", { className: "user-bubble" },
    el("span", { className: "user-mode" }, mode === "ask" ? "Question" : "Search"),
    el("p", { className: "user-text" }, text));
  const filterChips = Object.entries(filters).map(([k, v]) => el("li", { className: "chip chip-filter" }, `${k.replace("_", " ")}: ${v}`));
  if (filterChips.length) notes.append(...filterChips);
  const response = el("div", { className: "response" });
  turn.append(bubble, notes, response);
  ui.thread.append(turn);
  scrollThread(true);
  return { turn, notes, response };
}

export function showUnderstood(notesList, understood) {
  const notes = (understood && understood.notes) || [];
  const filters = (understood && understood.filters) || {};
  notesList.replaceChildren();
  if (notes.length || Object.keys(filters).length) {
    notesList.append(el("li", { className: "understood-label" }, "Understood:"));
  }
  for (const note of notes) notesList.append(el("li", { className: "chip" }, note));
  for (const [k, v] of Object.entries(filters)) {
    notesList.append(el("li", { className: "chip chip-filter" }, `filter ${k.replace("_", " ")}: ${v}`));
  }
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
