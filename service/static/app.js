/* IMR determinations: the chat page. ES modules under js/, loaded by the browser as they are (no build
 * step), no inline handlers (CSP script-src 'self'). Letter text and every other server string reach the
 * DOM through text nodes only: never innerHTML. This module wires the page's controls. */

import { $ } from "./js/dom.js";
import { state, ui } from "./js/state.js";
import { currentFilters, loadStats, updateFilterCount } from "./js/filters.js";
import { ask } from "./js/answer.js";
import { search } from "./js/search.js";
import { closePanel } from "./js/letter.js";
import { initBrowse } from "./js/browse.js";

function mode() {
  return ui.form.querySelector("input[name=mode]:checked").value;
}

function setBusy(busy) {
  state.busy = busy;
  ui.send.disabled = busy;
  ui.form.classList.toggle("busy", busy);
}

async function submit(ev) {
  ev.preventDefault();
  const text = ui.question.value.trim();
  if (!text || state.busy) return;
  const filters = currentFilters();
  ui.question.value = "";
  setBusy(true);
  const controller = new AbortController();
  state.controller = controller;
  try {
    if (mode() === "search") await search(text, filters, controller.signal);
    else await ask(text, filters, controller.signal);
  } finally {
    if (state.controller === controller) {
      state.controller = null;
      setBusy(false);
    }
  }
}

function newConversation() {
  if (state.controller) state.controller.abort();
  state.controller = null;
  setBusy(false);
  for (const turn of ui.thread.querySelectorAll(".turn")) turn.remove();
  ui.welcome.hidden = false;
  if (!ui.panel.hidden) closePanel();
  ui.question.value = "";
  ui.question.focus();
}

ui.form.addEventListener("submit", submit);
ui.question.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
    ev.preventDefault();
    ui.form.requestSubmit();
  }
});
for (const example of document.querySelectorAll(".example")) {
  example.addEventListener("click", () => {
    ui.question.value = example.textContent;
    $("mode-ask").checked = true;
    ui.form.requestSubmit();
  });
}
$("new-conversation").addEventListener("click", newConversation);
$("letter-close").addEventListener("click", closePanel);
$("clear-filters").addEventListener("click", () => {
  for (const field of ui.filters.querySelectorAll("select, input")) field.value = "";
  updateFilterCount();
});
ui.filters.addEventListener("change", updateFilterCount);
ui.filters.addEventListener("input", updateFilterCount);
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && !ui.panel.hidden) {
    ev.preventDefault();
    closePanel();
  }
});

updateFilterCount();
loadStats();
initBrowse();
