/* Ask mode: the answer as it streams, replaced by the checked text when the server says so, then its citations. */

import { DECISIONS, el, icon, ICON_COPY, pagesText } from "./dom.js";
import { ApiError, postJSON, readEvents } from "./api.js";
import { addTurn, scrollThread, showError, showUnderstood, thinking } from "./thread.js";
import { citationCards, citationTarget, copyAnswer } from "./citations.js";
import { openLetter } from "./letter.js";
import { collectionView } from "./collection.js";

/* Streamed answer text: appended piece by piece (a new paragraph per case); [n] markers become buttons. */
function answerWriter(container) {
  let carry = "";
  let paragraph = null;
  const appendText = (text) => {
    for (const segment of text.split(/(?=\bIn case CM\d{2}-\d{7}\b)/)) {
      if (!segment) continue;
      if (!paragraph || (segment.startsWith("In case ") && paragraph.textContent.trim())) {
        paragraph = el("p");
        container.append(paragraph);
      }
      paragraph.append(segment);
    }
  };
  const write = (piece) => {
    let text = carry + piece;
    const partial = text.match(/\[\d*$/);
    carry = partial ? partial[0] : "";
    if (partial) text = text.slice(0, partial.index);
    const re = /\[(\d+)\]/g;
    let last = 0;
    let m;
    while ((m = re.exec(text))) {
      if (m.index > last) appendText(text.slice(last, m.index));
      if (!paragraph) {
        paragraph = el("p");
        container.append(paragraph);
      }
      paragraph.append(el("button", {
        type: "button", className: "marker", disabled: true, dataset: { n: m[1] }, "aria-label": `Citation ${m[1]}`,
      }, m[1]));
      last = re.lastIndex;
    }
    if (last < text.length) appendText(text.slice(last));
  };
  const flush = () => {
    if (carry) appendText(carry);
    carry = "";
  };
  return { write, flush };
}

export async function ask(question, filters, signal) {
  const view = addTurn(question, "ask", filters);
  const card = el("section", { className: "answer", "aria-label": "Answer" });
  const answerText = el("div", { className: "answer-text", "aria-live": "polite" });
  const wait = thinking("Reading the letters…");
  card.append(wait, answerText);
  view.response.append(card);
  try {
    const response = await postJSON("/api/ask", { question, k: 5, filters, stream: true }, signal, "text/event-stream");
    let writer = answerWriter(answerText);
    let text = "";
    let meta = null;
    if ((response.headers.get("content-type") || "").includes("application/json")) {
      meta = await response.json();
      text = meta.answer || "";
      wait.remove();
      writer.write(text);
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
          if (wait.isConnected) wait.remove();
          text = replaced.answer;
          answerText.replaceChildren();
          writer = answerWriter(answerText);
          writer.write(text);
          if (replaced.fallback) card.insertBefore(fallbackNote(), answerText);
        } else if (event.event === "citations") {
          meta = JSON.parse(event.data);
        } else if (event.event === "error") {
          const body = JSON.parse(event.data || "{}");
          throw new ApiError(body.error || "the answer stream failed", body.status || 500);
        } else if (event.event === "end") {
          break;
        }
      }
    }
    if (!meta) throw new ApiError("the answer stream ended before its citations arrived", 502);
    writer.flush();
    const answer = { ...meta, answer: text.trim() };
    showUnderstood(view.notes, answer.understood);
    finishAnswer(card, answerText, answer);
  } catch (err) {
    if (err && err.name === "AbortError") return;
    showError(view.response, err);
  } finally {
    scrollThread(false);
  }
}

function fallbackNote() {
  return el("p", { className: "answer-note", role: "status" },
    "The model's answer could not be checked against the letters, so it was replaced by the extractive answer: the reviewers' own words.");
}

function finishAnswer(card, answerText, answer) {
  const byN = new Map((answer.citations || []).map((c) => [c.n, c]));
  if (answer.abstained) card.classList.add("abstained");
  for (const marker of answerText.querySelectorAll(".marker")) {
    const c = byN.get(Number(marker.dataset.n));
    if (!c) continue;
    marker.disabled = false;
    marker.setAttribute("aria-label",
      `Citation ${c.n}: ${c.case_number}, ${c.request}, ${DECISIONS[c.decision] ? DECISIONS[c.decision].label : c.decision}, ${pagesText(c.pages)}. Open the letter`);
    marker.title = `${c.case_number} · ${pagesText(c.pages)}`;
    marker.addEventListener("click", () => openLetter(citationTarget(c), marker));
    marker.addEventListener("mouseenter", () => spotlight(card, c.n, true));
    marker.addEventListener("mouseleave", () => spotlight(card, c.n, false));
  }
  if (answer.count && answer.count.total !== undefined) card.append(countBar(answer.count));
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

  if (answer.citations && answer.citations.length) card.append(citationCards(answer.citations));
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
