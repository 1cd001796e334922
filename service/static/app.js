/* IMR determinations: the chat page. ES modules under js/, loaded by the browser as they are (no build
 * step), no inline handlers (CSP script-src 'self'). Letter text and every other server string reach the
 * DOM through text nodes only: never innerHTML. This module wires the page's controls. */

import { $ } from "./js/dom.js";
import { MAX_QUESTION, state, ui } from "./js/state.js";
import { currentFilters, setFilters, updateFilterCount, watchStats } from "./js/filters.js";
import { ask, showAnswer } from "./js/answer.js";
import { search, showStoredSearch } from "./js/search.js";
import { closePanel } from "./js/letter.js";
import { initBrowse } from "./js/browse.js";
import { currentStored, onHistory, startConversation, toggleHistory } from "./js/history.js";
import { readQuestionURL } from "./js/share.js";
import { setUpUpload } from "./js/upload.js";

function mode() {
  return ui.form.querySelector("input[name=mode]:checked").value;
}

function setMode(value) {
  $(value === "search" ? "mode-search" : "mode-ask").checked = true;
}

function setBusy(busy) {
  state.busy = busy;
  ui.send.disabled = busy || ui.question.value.length > MAX_QUESTION;
  ui.form.classList.toggle("busy", busy);
}

/* Ask or search: the one way every control (the form, examples, "show all", a reason row, a link) runs a
 * question. The filter bar closes so it never covers the answer. */
async function run(text, how, filters, opts = {}) {
  if (!text || state.busy) return;
  if (opts.setFilters !== false) setFilters(filters);
  if (opts.setMode) setMode(how); // a shared link sets the composer's mode; "show all" and the like do not
  ui.filters.open = false;
  setBusy(true);
  const controller = new AbortController();
  state.controller = controller;
  try {
    if (how === "search") await search(text, filters, controller.signal, opts.k || 10);
    else await ask(text, filters, controller.signal);
  } finally {
    if (state.controller === controller) {
      state.controller = null;
      setBusy(false);
    }
  }
}
state.run = run;

function submit(ev) {
  ev.preventDefault();
  const text = ui.question.value.trim();
  if (!text || state.busy || text.length > MAX_QUESTION) return;
  ui.question.value = "";
  updateCount();
  run(text, mode(), currentFilters(), { setFilters: false });
}

/* The paste limit, said before sending: a count near it, and over it the send button waits. */
function updateCount() {
  const n = ui.question.value.length;
  const over = n - MAX_QUESTION;
  ui.charCount.textContent = over > 0
    ? `${n.toLocaleString()} characters: ${over.toLocaleString()} over the ${MAX_QUESTION.toLocaleString()} limit; shorten it to send`
    : n >= MAX_QUESTION * 0.9 ? `${n.toLocaleString()} / ${MAX_QUESTION.toLocaleString()} characters` : "";
  ui.charCount.classList.toggle("over", over > 0);
  ui.question.setAttribute("aria-invalid", String(over > 0));
  ui.send.disabled = state.busy || over > 0;
}

function clearThread() {
  if (state.controller) state.controller.abort();
  state.controller = null;
  setBusy(false);
  for (const turn of ui.thread.querySelectorAll(".turn")) turn.remove();
  ui.welcome.hidden = false;
  if (!ui.panel.hidden) closePanel();
}

function newConversation() {
  clearThread();
  startConversation();
  ui.question.value = "";
  updateCount();
  ui.question.focus();
}

/* A kept conversation, shown as it was; further questions continue it. */
function reopen(conversation) {
  clearThread();
  state.conversation = conversation;
  try { localStorage.setItem("imr.current.v1", conversation.id); } catch (_) { /* storage off */ }
  for (const turn of conversation.turns) {
    if (turn.mode === "search" && turn.result) showStoredSearch(turn.question, turn.filters || {}, turn.result, turn.k || 10);
    else if (turn.answer) showAnswer(turn.question, turn.filters || {}, turn.answer, turn.fallback);
  }
  toggleHistory(false);
  ui.question.focus();
}

ui.form.addEventListener("submit", submit);
ui.question.addEventListener("input", updateCount);
ui.question.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
    ev.preventDefault();
    ui.form.requestSubmit();
  }
});
for (const example of document.querySelectorAll(".example")) {
  example.addEventListener("click", () => run(example.textContent, "ask", currentFilters(), { setFilters: false }));
}
$("new-conversation").addEventListener("click", newConversation);
$("letter-close").addEventListener("click", closePanel);
$("open-history").addEventListener("click", () => toggleHistory());
$("history-close").addEventListener("click", () => { toggleHistory(false); $("open-history").focus(); });
$("clear-filters").addEventListener("click", () => setFilters({}));
ui.filters.addEventListener("change", updateFilterCount);
ui.filters.addEventListener("input", updateFilterCount);
document.addEventListener("keydown", (ev) => {
  if (ev.key !== "Escape") return;
  if (!ui.historyPanel.hidden) {
    ev.preventDefault();
    toggleHistory(false);
    $("open-history").focus();
  } else if (!ui.panel.hidden) {
    ev.preventDefault();
    closePanel();
  }
});
onHistory(reopen, (deleted) => {
  if (state.conversation && state.conversation.id === deleted.id) newConversation();
});
setUpUpload();
updateFilterCount();
updateCount();
watchStats();
initBrowse();

// A shared link asks its question in a new conversation; otherwise the conversation open before a reload
// comes back.
const shared = readQuestionURL(location.search);
if (shared) {
  history.replaceState(null, "", location.pathname + location.hash);
  startConversation();
  run(shared.question, shared.mode, shared.filters, { setMode: true });
} else {
  const kept = currentStored();
  if (kept && kept.turns.length) reopen(kept);
  else startConversation();
}
