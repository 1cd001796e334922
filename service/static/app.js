/* IMR determinations: the chat page. Vanilla JS, no build step, no inline handlers (CSP 'self').
 * Letter text and every other server string reach the DOM through text nodes only: never innerHTML. */
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);

  const DECISIONS = {
    Upheld: { label: "Upheld — denied", short: "denied", cls: "badge-upheld",
      title: "Upheld: the utilization review denial stands; the treatment is not authorised" },
    Overturned: { label: "Overturned — approved", short: "approved", cls: "badge-overturned",
      title: "Overturned: the denial was reversed; the treatment must be authorised" },
  };

  const ui = {
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

  const state = {
    busy: false,
    controller: null,
    letters: new Map(), // case number -> Promise of {letter, pages}
    openToken: 0,
    returnFocus: null,
  };

  /* ---------- small DOM helpers (text only) ---------- */

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "className") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "hidden") node.hidden = Boolean(value);
      else if (key === "disabled") node.disabled = Boolean(value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function badge(decision) {
    const d = DECISIONS[decision];
    if (!d) return el("span", { className: "badge", text: decision || "Unknown" });
    return el("span", { className: `badge ${d.cls}`, title: d.title, dataset: { decision } }, d.label);
  }

  function guidelineText(g) {
    if (!g) return "";
    const parts = [];
    if (g.source) parts.push(g.source);
    if (g.sections && g.sections.length) parts.push(`Section(s): ${g.sections.join(", ")}`);
    if (g.pages && g.pages.length) parts.push(`Page(s): ${g.pages.join(", ")}`);
    if (!parts.length && g.raw) parts.push(g.raw);
    return parts.join(", ");
  }

  function pagesText(pages) {
    if (!pages || !pages.length) return "";
    if (pages.length === 1) return `p. ${pages[0]}`;
    return `pp. ${pages[0]}–${pages[pages.length - 1]}`;
  }

  function icon(path) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const p = document.createElementNS(ns, "path");
    p.setAttribute("d", path);
    p.setAttribute("fill", "none");
    p.setAttribute("stroke", "currentColor");
    p.setAttribute("stroke-width", "1.8");
    p.setAttribute("stroke-linecap", "round");
    p.setAttribute("stroke-linejoin", "round");
    svg.append(p);
    return svg;
  }

  const ICON_COPY = "M9 9h10v11H9zM5 15V4h10";
  const ICON_DOC = "M6 2h9l5 5v15H6zM15 2v5h5";

  /* ---------- API ---------- */

  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function errorOf(response) {
    let message = `${response.status} ${response.statusText}`.trim();
    try {
      const body = await response.json();
      if (body && body.error) message = body.error;
    } catch (_) { /* not JSON */ }
    return new ApiError(message, response.status);
  }

  async function api(url, options) {
    let response;
    try {
      response = await fetch(url, options);
    } catch (err) {
      if (err && err.name === "AbortError") throw err;
      throw new ApiError("could not reach the service; is `imr serve` running?", 0);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  function postJSON(url, body, signal, accept = "application/json") {
    return api(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept },
      body: JSON.stringify(body),
      signal,
    });
  }

  /* Server-Sent Events from a fetch body: yields {event, data}. */
  async function* readEvents(body) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const boundary = /\r\n\r\n|\n\n|\r\r/;
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let match;
      while ((match = boundary.exec(buffer))) {
        const block = buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
        const event = parseEvent(block);
        if (event) yield event;
      }
    }
    buffer += decoder.decode();
    const last = parseEvent(buffer);
    if (last) yield last;
  }

  function parseEvent(block) {
    let event = "message";
    const data = [];
    for (const line of block.split(/\r\n|\n|\r/)) {
      if (!line || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return null;
    return { event, data: data.join("\n") };
  }

  function getCase(caseNumber) {
    if (!state.letters.has(caseNumber)) {
      const promise = api(`/api/cases/${encodeURIComponent(caseNumber)}`).then((r) => r.json());
      promise.catch(() => state.letters.delete(caseNumber));
      state.letters.set(caseNumber, promise);
    }
    return state.letters.get(caseNumber);
  }

  /* ---------- filters and index stats ---------- */

  function currentFilters() {
    const filters = {};
    for (const field of ui.filters.querySelectorAll("select, input")) {
      const value = field.value.trim();
      if (value) filters[field.name] = value;
    }
    return filters;
  }

  function updateFilterCount() {
    const n = Object.keys(currentFilters()).length;
    ui.filterCount.textContent = n ? `· ${n} active` : "";
    ui.filters.classList.toggle("has-active", n > 0);
  }

  function fillSelect(select, counts, skip) {
    const names = Object.keys(counts || {}).filter((name) => !skip.includes(name)).sort((a, b) => a.localeCompare(b));
    for (const name of names) {
      const total = Object.values(counts[name]).reduce((a, b) => a + b, 0);
      select.append(el("option", { value: name }, `${name} (${total})`));
    }
  }

  async function loadStats() {
    try {
      const stats = await (await api("/api/stats")).json();
      fillSelect(ui.category, stats.by_category, []);
      fillSelect(ui.region, stats.by_body_region, ["unspecified"]);
      const upheld = (stats.by_decision && stats.by_decision.Upheld) || 0;
      const overturned = (stats.by_decision && stats.by_decision.Overturned) || 0;
      ui.stats.replaceChildren(
        el("span", {}, `${stats.letters} letters · ${stats.items} decisions`),
        el("span", { className: "stat-upheld" }, `${upheld} upheld`),
        el("span", { className: "stat-overturned" }, `${overturned} overturned`),
      );
      if (!stats.letters) {
        ui.stats.replaceChildren(el("span", {}, "No letters indexed"));
        showBanner("The index is empty: no letters are indexed yet.",
          "Run `imr index <folder of letters>` and reload this page.");
      }
    } catch (err) {
      showBanner("The service did not answer.", err.message);
    }
  }

  function showBanner(title, detail) {
    ui.banner.replaceChildren(el("strong", {}, title), " ", el("span", {}, detail || ""));
    ui.banner.hidden = false;
  }

  /* ---------- conversation ---------- */

  function nearBottom() {
    const t = ui.thread;
    return t.scrollHeight - t.scrollTop - t.clientHeight < 120;
  }

  function scrollThread(force) {
    if (force || nearBottom()) ui.thread.scrollTop = ui.thread.scrollHeight;
  }

  function addTurn(text, mode, filters) {
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

  function showUnderstood(notesList, understood) {
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

  function showError(container, err) {
    const empty = err.status === 503;
    const title = empty ? "Nothing to search yet" : err.status === 400 ? "The request was not accepted" : "The request failed";
    container.replaceChildren(el("div", { className: "error-box", role: "alert" },
      el("strong", {}, title),
      el("p", {}, err.message || String(err))));
  }

  function thinking(label) {
    return el("div", { className: "thinking", role: "status" },
      el("span", { className: "dots", "aria-hidden": "true" }, el("i"), el("i"), el("i")), label);
  }

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

  async function ask(question, filters, signal) {
    const view = addTurn(question, "ask", filters);
    const card = el("section", { className: "answer", "aria-label": "Answer" });
    const answerText = el("div", { className: "answer-text", "aria-live": "polite" });
    const wait = thinking("Reading the letters…");
    card.append(wait, answerText);
    view.response.append(card);
    try {
      const response = await postJSON("/api/ask", { question, k: 5, filters, stream: true }, signal, "text/event-stream");
      const writer = answerWriter(answerText);
      const write = writer.write;
      let text = "";
      let meta = null;
      if ((response.headers.get("content-type") || "").includes("application/json")) {
        meta = await response.json();
        text = meta.answer || "";
        wait.remove();
        write(text);
      } else {
        for await (const event of readEvents(response.body)) {
          if (event.event === "answer") {
            const piece = JSON.parse(event.data);
            if (wait.isConnected) wait.remove();
            text += piece;
            write(piece);
            scrollThread(false);
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

  function citationTarget(c) {
    return {
      case_number: c.case_number, span: c.span, pages: c.pages, request: c.request, decision: c.decision,
      guideline: c.guideline, item_index: c.item_index, n: c.n,
    };
  }

  /* Citation cards: one per disputed item, with each cited passage as a button. */
  function citationCards(citations) {
    const groups = new Map();
    for (const c of citations) {
      const key = `${c.case_number}#${c.item_index}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }
    const list = el("ol", { className: "cite-list", "aria-label": "Sources" });
    for (const group of groups.values()) {
      const first = group[0];
      const quotes = el("ol", { className: "cite-quotes" });
      for (const c of group) {
        const btn = el("button", {
          type: "button", className: "quote-btn", dataset: { n: String(c.n) },
          "aria-label": `Open citation ${c.n} in letter ${c.case_number}, ${pagesText(c.pages)}`,
        },
        el("span", { className: "qn", "aria-hidden": "true" }, String(c.n)),
        el("span", { className: "qt" }, `“${c.quote.replace(/\s+/g, " ").trim()}”`),
        el("span", { className: "qp" }, pagesText(c.pages)));
        btn.addEventListener("click", (ev) => {
          ev.stopPropagation();
          openLetter(citationTarget(c), btn);
        });
        quotes.append(el("li", {}, btn));
      }
      const open = el("button", {
        type: "button", className: "cite-case",
        "aria-label": `Open letter ${first.case_number}, item ${first.item_index}: ${first.request}`,
      }, icon(ICON_DOC), first.case_number);
      open.addEventListener("click", (ev) => {
        ev.stopPropagation();
        openLetter(citationTarget(first), open);
      });
      const guideline = guidelineText(first.guideline);
      const pages = [...new Set(group.flatMap((c) => c.pages))].sort((a, b) => a - b);
      const card = el("li", { className: "cite-card", dataset: { case: first.case_number } },
        el("div", { className: "cite-head" },
          open,
          first.item_index ? el("span", { className: "cite-item" }, `Item ${first.item_index}`) : null,
          el("span", { className: "cite-pages" }, `Letter ${pagesText(pages)}`),
          badge(first.decision)),
        el("p", { className: "cite-request" }, first.request || "Letter passage"),
        guideline ? el("p", { className: "cite-guideline" }, el("span", { className: "label" }, "Guideline"), guideline) : null,
        quotes);
      card.addEventListener("click", () => openLetter(citationTarget(first), open));
      list.append(card);
    }
    return el("section", { className: "sources" }, el("h3", { className: "sources-title" }, "Sources"), list);
  }

  async function copyAnswer(answer, button, status) {
    const lines = [answer.answer, ""];
    for (const c of answer.citations || []) {
      const d = DECISIONS[c.decision];
      const decision = d ? `${c.decision}, ${d.short}` : c.decision;
      lines.push(`[${c.n}] ${c.case_number}, item: ${c.request} (${decision}), ${pagesText(c.pages)} — ${guidelineText(c.guideline)}`);
    }
    const text = lines.join("\n").trim() + "\n";
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch (_) {
      const area = el("textarea", { className: "visually-hidden", "aria-hidden": "true" });
      area.value = text;
      document.body.append(area);
      area.select();
      try { ok = document.execCommand("copy"); } catch (__) { ok = false; }
      area.remove();
    }
    button.dataset.copied = ok ? "1" : "0";
    status.textContent = ok ? "Copied" : "Copy failed: select the text instead";
    setTimeout(() => { status.textContent = ""; }, 2500);
  }

  /* ---------- search mode ---------- */

  async function search(query, filters, signal) {
    const view = addTurn(query, "search", filters);
    view.response.append(thinking("Searching…"));
    try {
      const result = await (await postJSON("/api/search", { query, k: 10, filters }, signal)).json();
      showUnderstood(view.notes, result.understood);
      view.response.replaceChildren(hitList(result.hits || []));
    } catch (err) {
      if (err && err.name === "AbortError") return;
      showError(view.response, err);
    } finally {
      scrollThread(false);
    }
  }

  function hitList(hits) {
    const section = el("section", { className: "results", "aria-label": "Search results" });
    section.append(el("p", { className: "results-count", role: "status" },
      hits.length ? `${hits.length} matching ${hits.length === 1 ? "passage" : "passages"}` : "No matching decisions. Try other words or fewer filters."));
    if (!hits.length) return section;
    const list = el("ol", { className: "hit-list" });
    for (const hit of hits) {
      const target = {
        case_number: hit.case_number, span: hit.span, pages: hit.pages, request: hit.request, decision: hit.decision,
        guideline: hit.guideline, item_index: hit.item_index,
      };
      const open = el("button", {
        type: "button", className: "cite-case",
        "aria-label": `Open letter ${hit.case_number}${hit.request ? `, item: ${hit.request}` : ""}`,
      }, icon(ICON_DOC), hit.case_number);
      open.addEventListener("click", (ev) => {
        ev.stopPropagation();
        openLetter(target, open);
      });
      const guideline = guidelineText(hit.guideline);
      const meta = [hit.category, (hit.body_regions || []).join(", ")].filter(Boolean).join(" · ");
      const item = el("li", { className: "hit", dataset: { case: hit.case_number } },
        el("div", { className: "cite-head" },
          open,
          hit.section === "item" && hit.item_index ? el("span", { className: "cite-item" }, `Item ${hit.item_index}`) : el("span", { className: "cite-item" }, hit.section),
          el("span", { className: "cite-pages" }, pagesText(hit.pages)),
          hit.decision ? badge(hit.decision) : null),
        el("p", { className: "cite-request" }, hit.request || "Letter passage"),
        el("p", { className: "hit-snippet" }, hit.text.replace(/\s+/g, " ").trim()),
        guideline || meta ? el("p", { className: "cite-guideline" },
          guideline ? el("span", { className: "label" }, "Guideline") : null, guideline,
          meta ? el("span", { className: "hit-meta" }, meta) : null) : null);
      item.addEventListener("click", () => openLetter(target, open));
      list.append(item);
    }
    section.append(list);
    return section;
  }

  /* ---------- the letter panel ---------- */

  const LABEL_LINE = /^\s*(Claims Administrator guideline|MAXIMUS\s+guideline|Decision rationale|State\(s\) of Licensure|Certification\(s\)\/Specialty|Case Number|Date Assigned|Decision Date|Priority)\b/;

  /* Same-length display text: joins the hard line breaks inside layout paragraphs so the text
   * reflows in the panel (offsets are unchanged, so highlights stay exact). */
  function reflow(text) {
    const chars = text.replace(/\f/g, " ").split("");
    const lines = text.split("\n");
    let offset = 0;
    let blankRun = 0;
    let seenText = false;
    for (let i = 0; i < lines.length - 1; i += 1) {
      const line = lines[i].replace(/\f/g, "");
      const next = lines[i + 1];
      const nl = offset + lines[i].length;
      const blank = line.trim() === "";
      if (blank) blankRun += 1; else blankRun = 0;
      if (!blank) seenText = true;
      const join = !blank && line.length >= 70 && next.trim() !== "" && !LABEL_LINE.test(next);
      if (!seenText || blankRun >= 2 || join) chars[nl] = " ";
      offset = nl + 1;
    }
    return chars.join("");
  }

  function renderPages(data, span) {
    const text = data.letter.text;
    const pages = data.pages && data.pages.length ? data.pages : [{ page: 1, start: 0, end: text.length }];
    const frag = document.createDocumentFragment();
    const marks = [];
    for (const pg of pages) {
      const display = reflow(text.slice(pg.start, pg.end));
      const body = el("div", { className: "page-text" });
      const s = span ? Math.max(span[0], pg.start) : 0;
      const e = span ? Math.min(span[1], pg.end) : 0;
      if (span && s < e) {
        const mark = el("mark", { className: "cited" }, display.slice(s - pg.start, e - pg.start));
        body.append(display.slice(0, s - pg.start), mark, display.slice(e - pg.start));
        marks.push(mark);
      } else {
        body.append(display);
      }
      frag.append(el("section", { className: "page", "aria-label": `Page ${pg.page} of ${pages.length}`, dataset: { page: String(pg.page) } },
        el("div", { className: "page-label", "aria-hidden": "true" }, el("span", {}, `Page ${pg.page} of ${pages.length}`), el("span", {}, data.letter.case_number)),
        body));
    }
    return { frag, marks };
  }

  function showPanel() {
    ui.panel.hidden = false;
    ui.layout.classList.add("with-letter");
    document.body.classList.add("letter-open");
  }

  function closePanel() {
    ui.panel.hidden = true;
    ui.layout.classList.remove("with-letter");
    document.body.classList.remove("letter-open");
    markActive(null);
    state.openToken += 1;
    const back = state.returnFocus;
    state.returnFocus = null;
    if (back && back.isConnected) back.focus();
  }

  function markActive(opener) {
    for (const node of document.querySelectorAll(".is-active")) node.classList.remove("is-active");
    if (opener && (opener.classList.contains("marker") || opener.classList.contains("quote-btn"))) {
      opener.classList.add("is-active");
    }
  }

  async function openLetter(target, opener) {
    const token = ++state.openToken;
    markActive(opener);
    if (opener) state.returnFocus = opener;
    showPanel();
    const cn = target.case_number;
    ui.letterTitle.textContent = cn;
    ui.letterMeta.textContent = "";
    ui.letterDoc.href = `/api/cases/${encodeURIComponent(cn)}/document`;
    ui.letterDoc.setAttribute("aria-label", `Original document of ${cn} (opens in a new tab)`);
    ui.letterFocus.replaceChildren();
    ui.letterBody.replaceChildren(thinking("Opening the letter…"));
    let data;
    try {
      data = await getCase(cn);
    } catch (err) {
      if (token !== state.openToken) return;
      ui.letterBody.replaceChildren(el("div", { className: "error-box", role: "alert" },
        el("strong", {}, "The letter could not be opened"), el("p", {}, err.message)));
      return;
    }
    if (token !== state.openToken) return;
    const letter = data.letter;
    const meta = [];
    if (letter.decision_date) meta.push(`Decided ${letter.decision_date}`);
    if (letter.reviewer_specialty) meta.push(`Reviewer: ${letter.reviewer_specialty}`);
    meta.push(`${data.pages.length} ${data.pages.length === 1 ? "page" : "pages"}`);
    ui.letterMeta.textContent = meta.join(" · ");
    ui.letterFocus.replaceChildren(focusBox(target, letter));
    const { frag, marks } = renderPages(data, target.span);
    ui.letterBody.replaceChildren(frag);
    ui.letterBody.scrollTop = 0;
    ui.letterTitle.focus({ preventScroll: true });
    if (marks.length) {
      requestAnimationFrame(() => marks[0].scrollIntoView({ block: "center" }));
    }
  }

  function focusBox(target, letter) {
    const box = el("div", { className: "focus-box" });
    if (target.request) {
      const where = target.span ? `Highlighted passage on ${pagesText(target.pages) || "the letter"}` : "";
      box.append(
        el("div", { className: "focus-row" },
          target.n ? el("span", { className: "qn" }, String(target.n)) : null,
          el("p", { className: "focus-request" }, target.item_index ? `Item ${target.item_index}: ` : "", target.request),
          target.decision ? badge(target.decision) : null),
        guidelineText(target.guideline) ? el("p", { className: "cite-guideline" }, el("span", { className: "label" }, "Guideline"), guidelineText(target.guideline)) : null,
        where ? el("p", { className: "focus-where" }, where) : null);
    }
    const items = letter.items || [];
    if (items.length > 1 || (!target.request && items.length)) {
      const list = el("ol", { className: "item-jump", "aria-label": "Disputed items in this letter" });
      for (const item of items) {
        const btn = el("button", { type: "button", className: "item-btn", "aria-label": `Show item ${item.index}: ${item.request}` },
          el("span", { className: "item-n" }, String(item.index)), el("span", { className: "item-req" }, item.request), badge(item.decision));
        btn.addEventListener("click", () => openLetter({
          case_number: letter.case_number, span: item.span, pages: item.pages, request: item.request,
          decision: item.decision, guideline: item.maximus_guideline, item_index: item.index,
        }, null));
        list.append(el("li", {}, btn));
      }
      box.append(el("details", { className: "items-details" }, el("summary", {}, `${items.length} disputed items in this letter`), list));
    }
    return box;
  }

  /* ---------- wiring ---------- */

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
})();
