/* The page's elements and its mutable state. */

import { $ } from "./dom.js";

export const ui = {
  thread: $("thread"),
  welcome: $("welcome"),
  banner: $("banner"),
  form: $("composer"),
  question: $("question"),
  send: $("send"),
  filters: $("filters"),
  filterCount: $("filter-count"),
  category: $("f-category"),
  region: $("f-region"),
  stats: $("index-stats"),
  layout: $("layout"),
  panel: $("letter-panel"),
  letterTitle: $("letter-title"),
  letterMeta: $("letter-meta"),
  letterDoc: $("letter-doc"),
  letterFocus: $("letter-focus"),
  letterBody: $("letter-body"),
};

export const state = {
  busy: false,
  controller: null,
  letters: new Map(), // case number -> Promise of {letter, pages}
  openToken: 0,
  returnFocus: null,
};
