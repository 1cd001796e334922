/* Upload a letter from the page: drop a PDF or text letter (anywhere on the page, or on the dialog), or
 * choose one; it is sent to POST /api/letters with a progress bar, then its parsed summary and a link to
 * the letter. When the server needs an API key, the dialog asks for it (kept for this tab only). */

import { $, badge, el } from "./dom.js";
import { state } from "./state.js";
import { loadStats } from "./filters.js";
import { openLetter } from "./letter.js";
import { itemTitle } from "./citations.js";

const KEY = "imr.apiKey";
const dialog = $("upload-dialog");
const input = $("upload-file");
const zone = $("drop-zone");
const keyBox = $("upload-key");
const keyInput = $("upload-key-input");
const keyWhy = $("upload-key-why");
const progress = $("upload-progress");
const bar = $("upload-bar");
const status = $("upload-status");
const result = $("upload-result");
const overlay = $("drop-overlay");
let pending = null; // the file waiting for a key

function storedKey() {
  try { return sessionStorage.getItem(KEY) || ""; } catch (_) { return ""; }
}

function reset() {
  keyBox.hidden = true;
  progress.hidden = true;
  result.replaceChildren();
}

export function openUpload() {
  reset();
  if (!dialog.open) dialog.showModal();
}

function send(file, key) {
  reset();
  progress.hidden = false;
  bar.value = 0;
  status.textContent = `Sending ${file.name}…`;
  const form = new FormData();
  form.append("data", file, file.name);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/letters");
  if (key) xhr.setRequestHeader("X-API-Key", key);
  xhr.upload.addEventListener("progress", (ev) => {
    if (ev.lengthComputable) bar.value = Math.round((100 * ev.loaded) / ev.total);
  });
  xhr.upload.addEventListener("load", () => {
    bar.removeAttribute("value"); // indeterminate while the server reads and indexes it
    status.textContent = `Reading and indexing ${file.name}…`;
  });
  xhr.addEventListener("load", () => done(file, key, xhr));
  xhr.addEventListener("error", () => failed("The upload did not reach the service; is `imr serve` running?"));
  xhr.send(form);
}

function done(file, key, xhr) {
  let body = {};
  try { body = JSON.parse(xhr.responseText || "{}"); } catch (_) { body = {}; }
  if (xhr.status === 401) {
    progress.hidden = true;
    pending = file;
    keyWhy.textContent = key ? "The key was not accepted: check it and try again." : "This server needs an API key for uploads (IMR_API_KEY).";
    keyBox.hidden = false;
    keyInput.value = "";
    keyInput.focus();
    return;
  }
  if (xhr.status < 200 || xhr.status >= 300) {
    failed(body.error || `${xhr.status} ${xhr.statusText}`);
    return;
  }
  if (key) {
    try { sessionStorage.setItem(KEY, key); } catch (_) { /* storage off */ }
  }
  progress.hidden = true;
  state.letters.delete(body.case_number);
  summary(body);
  loadStats();
}

function failed(message) {
  progress.hidden = true;
  result.replaceChildren(el("div", { className: "error-box", role: "alert" },
    el("strong", {}, "The letter was not indexed"), el("p", {}, message)));
}

function summary(body) {
  const items = el("ol", { className: "upload-items" }, (body.items || []).map((i) => el("li", {},
    itemTitle(i.title, i.request, "span"), " ", badge(i.decision))));
  const open = el("button", { type: "button", className: "btn btn-primary", id: "upload-open" }, `Open ${body.case_number}`);
  open.addEventListener("click", () => {
    dialog.close();
    openLetter({ case_number: body.case_number }, null);
  });
  const ask = el("button", { type: "button", className: "btn" }, "Ask about it");
  ask.addEventListener("click", () => {
    dialog.close();
    state.run(`What was decided in case ${body.case_number}?`, "ask", {});
  });
  const word = body.status === "unchanged" ? "was already indexed (unchanged)" : `is indexed (${body.chunks} passages)`;
  result.replaceChildren(el("div", { className: "upload-summary", role: "status" },
    el("p", {}, el("strong", {}, body.case_number), ` ${word}: ${(body.items || []).length} disputed `
      + `${(body.items || []).length === 1 ? "item" : "items"}.`),
    items, el("div", { className: "upload-actions" }, open, ask)));
}

function take(files) {
  const file = files && files[0];
  if (!file) return;
  openUpload();
  send(file, storedKey());
}

function hasFiles(ev) {
  return ev.dataTransfer && [...ev.dataTransfer.types].includes("Files");
}

export function setUpUpload() {
  $("open-upload").addEventListener("click", openUpload);
  input.addEventListener("change", () => { take(input.files); input.value = ""; });
  $("upload-key-send").addEventListener("click", () => { if (pending) send(pending, keyInput.value.trim()); });
  keyInput.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      if (pending) send(pending, keyInput.value.trim());
    }
  });
  for (const target of [zone, document]) {
    target.addEventListener("dragover", (ev) => {
      if (!hasFiles(ev)) return;
      ev.preventDefault();
      if (target === document && !dialog.open) overlay.hidden = false;
      zone.classList.add("over");
    });
  }
  document.addEventListener("dragleave", (ev) => {
    if (ev.relatedTarget === null) { overlay.hidden = true; zone.classList.remove("over"); }
  });
  document.addEventListener("drop", (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    overlay.hidden = true;
    zone.classList.remove("over");
    take(ev.dataTransfer.files);
  });
}
