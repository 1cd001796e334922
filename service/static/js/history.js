/* Conversations kept in this browser (localStorage): the current one is saved after every answer and comes
 * back on reload; the History panel lists them, reopens one and deletes one. Earlier turns of the current
 * conversation travel with each question (`history`), so follow-ups are read against them. */

import { el } from "./dom.js";
import { state, ui } from "./state.js";

const KEY = "imr.conversations.v1";
const CURRENT = "imr.current.v1";
const MAX_CONVERSATIONS = 30;
const MAX_TURNS = 40;
const SENT_TURNS = 6; // earlier turns sent with a question

function read() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) || "[]");
    return Array.isArray(list) ? list : [];
  } catch (_) {
    return [];
  }
}

/* Save, dropping the oldest conversations while the browser's storage is full. */
function write(list) {
  let kept = list.slice(0, MAX_CONVERSATIONS);
  for (;;) {
    try {
      localStorage.setItem(KEY, JSON.stringify(kept));
      return;
    } catch (_) {
      if (kept.length <= 1) return;
      kept = kept.slice(0, -1);
    }
  }
}

function newId() {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function startConversation() {
  state.conversation = { id: newId(), title: "", updated: Date.now(), turns: [] };
  try { localStorage.setItem(CURRENT, state.conversation.id); } catch (_) { /* storage off */ }
}

/* The conversation the page had open before a reload, or null. */
export function currentStored() {
  let id = null;
  try { id = localStorage.getItem(CURRENT); } catch (_) { return null; }
  return read().find((c) => c.id === id) || null;
}

function itemsOf(answer) {
  const key = (x) => `${x.case_number}#${x.item_index}`;
  const items = [];
  for (const c of answer.citations || []) {
    if (c.item_index && !items.some((i) => key(i) === key(c))) items.push({ case_number: c.case_number, item_index: c.item_index });
  }
  const shown = [];
  for (const h of answer.hits || []) {
    if (h.item_index && ![...items, ...shown].some((i) => key(i) === key(h))) shown.push({ case_number: h.case_number, item_index: h.item_index });
  }
  return { items: items.slice(0, 50), shown: shown.slice(0, 10) };
}

/* The earlier turns as the API takes them: question, kind, the items answered and the others shown. */
export function apiHistory() {
  const turns = state.conversation ? state.conversation.turns : [];
  return turns.slice(-SENT_TURNS).map((t) => {
    if (t.mode === "search") {
      const { shown } = itemsOf({ hits: (t.result && t.result.hits) || [] });
      return { question: t.question, kind: "list", items: [], shown };
    }
    return { question: t.question, kind: t.answer.kind || "", ...itemsOf(t.answer) };
  });
}

function compactHit(h) {
  const { text, ...rest } = h;
  return text ? { ...rest, text: text.slice(0, 400) } : rest;
}

function compact(turn) {
  const out = { ...turn, at: Date.now() };
  if (turn.answer) out.answer = { ...turn.answer, hits: (turn.answer.hits || []).map(compactHit),
    related: (turn.answer.related || []).map(compactHit) };
  if (turn.result) out.result = { ...turn.result, hits: (turn.result.hits || []).map(compactHit) };
  return out;
}

export function recordTurn(turn) {
  if (!state.conversation) startConversation();
  const conv = state.conversation;
  conv.turns = [...conv.turns, compact(turn)].slice(-MAX_TURNS);
  conv.title = conv.title || turn.question.slice(0, 120);
  conv.updated = Date.now();
  write([conv, ...read().filter((c) => c.id !== conv.id)]);
  if (!ui.historyPanel.hidden) renderHistory();
}

export function deleteConversation(id) {
  write(read().filter((c) => c.id !== id));
  renderHistory();
}

let handlers = { open: () => {}, deleted: () => {} };

export function onHistory(open, deleted) {
  handlers = { open, deleted };
}

function when(ms) {
  const d = new Date(ms);
  return `${d.toLocaleDateString()} ${d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
}

export function renderHistory() {
  const list = read();
  if (!list.length) {
    ui.historyList.replaceChildren(el("li", { className: "history-empty" }, "No conversations yet."));
    return;
  }
  ui.historyList.replaceChildren(...list.map((c) => {
    const current = state.conversation && state.conversation.id === c.id;
    const open = el("button", { type: "button", className: "history-open", "aria-label": `Reopen: ${c.title}` },
      el("span", { className: "history-title" }, c.title || "(no question)"),
      el("span", { className: "history-meta" }, `${c.turns.length} ${c.turns.length === 1 ? "question" : "questions"} · ${when(c.updated)}${current ? " · open now" : ""}`));
    open.addEventListener("click", () => handlers.open(c));
    const remove = el("button", { type: "button", className: "btn btn-icon history-delete", "aria-label": `Delete: ${c.title}` }, "×");
    remove.addEventListener("click", () => {
      deleteConversation(c.id);
      handlers.deleted(c);
    });
    return el("li", { className: "history-row", dataset: { id: c.id } }, open, remove);
  }));
}

export function toggleHistory(show) {
  const open = show === undefined ? ui.historyPanel.hidden : show;
  ui.historyPanel.hidden = !open;
  ui.historyButton.setAttribute("aria-expanded", String(open));
  if (open) {
    renderHistory();
    document.getElementById("history-title").focus();
  }
}
