/* The page's elements and its mutable state. */

import { $ } from "./dom.js";

export const ui = {
  thread: $("thread"),
  welcome: $("welcome"),
  banner: $("banner"),
  form: $("composer"),
  question: $("question"),
  send: $("send"),
  charCount: $("char-count"),
  filters: $("filters"),
  filterCount: $("filter-count"),
  filterChips: $("filter-chips"),
  category: $("f-category"),
  region: $("f-region"),
  reason: $("f-reason"),
  stats: $("index-stats"),
  layout: $("layout"),
  panel: $("letter-panel"),
  letterTitle: $("letter-title"),
  letterMeta: $("letter-meta"),
  letterDoc: $("letter-doc"),
  letterFocus: $("letter-focus"),
  letterBody: $("letter-body"),
  historyPanel: $("history-panel"),
  historyList: $("history-list"),
  historyButton: $("open-history"),
};

export const MAX_QUESTION = 2000; // the service's limit (service/qa.py MAX_QUESTION)

export const state = {
  busy: false,
  controller: null,
  letters: new Map(), // case number -> Promise of {letter, pages}
  openToken: 0,
  returnFocus: null,
  extraFilters: {}, // filters with no control in the bar (treatment), shown as removable chips
  conversation: null, // {id, title, updated, turns: [...]}, kept in localStorage (history.js)
  reasonLabels: {}, // reason code -> label, from answers seen
};
