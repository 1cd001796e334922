/* Ask mode: the answer streams in as text, and when it is complete it is laid out by its kind (render.js):
 * lead, coverage, Why and Guideline or reasons, sources. Follow-ups send the conversation's earlier turns. */

import { el, icon, ICON_COPY } from "./dom.js";
import { ApiError, postJSON, readEvents } from "./api.js";
import { addTurn, reveal, scrollThread, showError, showUnderstood, thinking } from "./thread.js";
import { citationCards, copyAnswer } from "./citations.js";
import { answerBody, coverageLine, notFoundParts } from "./render.js";
import { apiHistory, recordTurn } from "./history.js";
import { collectionView } from "./collection.js";

/* Streamed text, appended as it comes (a paragraph per case); [n] markers become buttons once complete. */
function answerWriter(container) {
  let paragraph = null;
  const write = (piece) => {
    for (const segment of piece.split(/(?=\bIn case CM\d{2}-\d{7}\b)/)) {
      if (!segment) continue;
      if (!paragraph || (segment.startsWith("In case ") && paragraph.textContent.trim())) {
        paragraph = el("p");
        container.append(paragraph);
      }
      paragraph.append(segment);
    }
  };
  return { write };
}

export async function ask(question, filters, signal) {
  const view = addTurn(question, "ask", filters);
  const card = el("section", { className: "answer", "aria-label": "Answer" });
  const answerText = el("div", { className: "answer-text", "aria-live": "polite" });
  const wait = thinking("Reading the letters…");
  card.append(wait, answerText);
  view.response.append(card);
  const history = apiHistory();
  try {
    const body = { question, k: 5, filters, stream: true, ...(history.length ? { history } : {}) };
    const response = await postJSON("/api/ask", body, signal, "text/event-stream");
    let writer = answerWriter(answerText);
    let text = "";
    let meta = null;
    let fallback = false;
    if ((response.headers.get("content-type") || "").includes("application/json")) {
      meta = await response.json();
      text = meta.answer || "";
    } else {
      for await (const event of readEvents(response.body)) {
        if (event.event === "answer") {
          const piece = JSON.parse(event.data);
          if (wait.isConnected) wait.remove();
          text += piece;
          writer.write(piece);
          scrollThread(false);
        } else if (event.event === "replace") {
          // the streamed text was unchecked: the checked one (or the extractive fallback) takes its place
          const replaced = JSON.parse(event.data);
          text = replaced.answer;
          answerText.replaceChildren();
          writer = answerWriter(answerText);
          writer.write(text);
          fallback = replaced.fallback;
        } else if (event.event === "citations") {
          meta = JSON.parse(event.data);
        } else if (event.event === "error") {
          const failed = JSON.parse(event.data || "{}");
          throw new ApiError(failed.error || "the answer stream failed", failed.status || 500);
        } else if (event.event === "end") {
          break;
        }
      }
    }
    if (!meta) throw new ApiError("the answer stream ended before its citations arrived", 502);
    if (wait.isConnected) wait.remove();
    const answer = { ...meta, answer: text.trim() };
    showUnderstood(view, answer.understood);
    finishAnswer(card, answer, fallback);
    reveal(card, view.turn);
    recordTurn({ mode: "ask", question, filters, answer, fallback });
  } catch (err) {
    if (err && err.name === "AbortError") return;
    showError(view.response, err);
  }
}

/* A stored answer (history), shown as it was. */
export function showAnswer(question, filters, answer, fallback) {
  const view = addTurn(question, "ask", filters);
  const card = el("section", { className: "answer", "aria-label": "Answer" });
  view.response.append(card);
  showUnderstood(view, answer.understood);
  finishAnswer(card, answer, fallback);
}

function fallbackNote() {
  return el("p", { className: "answer-note", role: "status" },
    "The model's answer could not be checked against the letters, so it was replaced by the extractive answer: the reviewers' own words.");
}

export function finishAnswer(card, answer, fallback) {
  const answerText = el("div", { className: "answer-text" }, answerBody(answer));
  card.replaceChildren();
  card.classList.toggle("abstained", Boolean(answer.abstained));
  card.dataset.kind = answer.kind || "";
  if (answer.not_found) card.dataset.notFound = answer.not_found;
  if (fallback) card.append(fallbackNote());
  card.append(answerText);
  const coverage = coverageLine(answer);
  if (coverage) card.append(coverage);
  if (answer.count && answer.count.total !== undefined && answer.kind === "count") card.append(countBar(answer.count));
  card.append(...notFoundParts(answer).filter(Boolean));
  if (answer.table) card.append(collectionView(answer));

  const tools = el("div", { className: "answer-tools" });
  const copy = el("button", { type: "button", className: "btn btn-small", "aria-label": "Copy the answer with its citations" },
    icon(ICON_COPY), el("span", {}, "Copy"));
  const copied = el("span", { className: "copy-status", role: "status" });
  copy.addEventListener("click", () => copyAnswer(answer, copy, copied));
  tools.append(copy, copied);
  const facts = [];
  if (answer.citations && answer.citations.length) facts.push(`${answer.citations.length} citations`);
  if (answer.abstained) facts.push("No answer in the indexed letters");
  else facts.push(answer.mode === "llm" ? "LLM answer" : "Extractive answer: the reviewers' own words");
  tools.append(el("span", { className: "answer-mode" }, facts.join(" · ")));
  card.append(tools);

  if (answer.citations && answer.citations.length) card.append(citationCards(answer.citations, answer.hits || []));
  for (const marker of card.querySelectorAll(".marker")) {
    const n = marker.dataset.n;
    marker.addEventListener("mouseenter", () => spotlight(card, n, true));
    marker.addEventListener("mouseleave", () => spotlight(card, n, false));
  }
}

function countBar(count) {
  return el("div", { className: "count-bar", "aria-label": "Counts by decision" },
    el("span", {}, el("strong", {}, String(count.total)), " decisions"),
    el("span", { className: "stat-upheld" }, el("strong", {}, String(count.Upheld || 0)), " upheld — denied"),
    el("span", { className: "stat-overturned" }, el("strong", {}, String(count.Overturned || 0)), " overturned — approved"));
}

function spotlight(card, n, on) {
  const row = card.querySelector(`.quote-btn[data-n="${n}"]`);
  if (row) row.classList.toggle("spotlight", on);
}
