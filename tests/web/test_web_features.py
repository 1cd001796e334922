"""The page's answers, conversations, history, links, upload and phone layout in a real browser: Debian's
Chromium driven by Playwright, against real servers over real indexes of real letters."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.test_web_page import LETTERS, PDFS, LiveServer, _serve, ask, browser, last_turn, norm, page, shot  # noqa: F401

from playwright.sync_api import Browser, Page, expect  # noqa: E402

pytestmark = pytest.mark.slow

# The lumbar MRI letters of test_web_page, a clean-title case (a partly authorised acupuncture request) and a
# facet injection letter whose guideline line names three sources.
CASES = LETTERS + ["CM17-0007857", "CM16-0219557"]
RELEVANCE = {"Strong match", "Partial match", "Weak match"}
WITH_MARKERS = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, real_encoder) -> Iterator[LiveServer]:
    from indexer.settings import Settings

    root = tmp_path_factory.mktemp("web-features")
    settings = Settings.from_env({}, db=root / "index", docs=root / "documents")
    with _serve(settings, real_encoder, [PDFS / f"{cn}.pdf" for cn in CASES]) as live:
        yield live


def writable(tmp_path_factory, real_encoder, name: str, **service):
    """A server over one letter that uploads write to: (live server, its settings)."""
    from indexer.settings import Settings

    root = tmp_path_factory.mktemp(name)
    settings = Settings.from_env({}, db=root / "index", docs=root / "documents")
    return _serve(settings, real_encoder, [PDFS / "CM16-0242419.pdf"], **service), settings


@pytest.fixture(scope="module")
def upload_server(tmp_path_factory, real_encoder):
    live, settings = writable(tmp_path_factory, real_encoder, "web-upload")
    with live:
        yield live, settings


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory, real_encoder):
    live, _settings = writable(tmp_path_factory, real_encoder, "web-keyed", api_key="page-test-key")
    with live:
        yield live


def answered(page: Page, action):
    """The turn `action` adds (asking, or clicking something that asks), once its answer, result list or
    error is complete."""
    before = page.locator(".turn").count() if page.url.startswith("http") else 0
    action()
    expect(page.locator(".turn")).to_have_count(before + 1, timeout=10_000)
    turn = page.locator(".turn").nth(before)
    expect(turn.locator(".answer-tools, .results, .error-box").first).to_be_visible(timeout=30_000)
    return turn


def asked(page: Page, question: str):
    return answered(page, lambda: ask(page, question))


def shown(text: str) -> str:
    """Answer text as the page shows it: markers as their numbers."""
    return norm(WITH_MARKERS.sub(r"\1", text))


# -- answers laid out ---------------------------------------------------------------------------------

def test_an_item_answer_has_a_lead_then_why_and_guideline(server: LiveServer, page: Page) -> None:
    question = "Why was the MRI denied in case CM17-0005246?"
    api = server.api("/api/ask", {"question": question, "k": 5})
    by_n = {c["n"]: c for c in api["citations"]}
    page.goto(server.url)
    turn = asked(page, question)
    expect(turn.locator(".answer-lead")).to_have_text(shown(api["lead"]))
    why = [norm(t) for t in turn.locator(".part-why .quote-text").all_inner_texts()]
    findings = [f'"{norm(c["quote"])}"' for c in api["citations"] if c["role"] == "finding"]
    assert why and why == findings[: len(why)]
    rule = turn.locator(".part-guideline .quote-text").first.inner_text()
    assert any(norm(rule) == f'"{norm(c["quote"])}"' for c in api["citations"] if c["role"] == "guideline")
    expect(turn.locator(".part-label")).to_have_text(["Why: ", "Guideline: "])
    expect(turn.locator(".coverage")).to_have_text("About case CM17-0005246, item 1 only.")
    # every marker in the laid-out answer opens its own citation
    numbers = [int(n) for n in turn.locator(".answer-text button.marker").evaluate_all("ms => ms.map(m => m.dataset.n)")]
    assert sorted(set(numbers)) == sorted(by_n)
    assert turn.locator(".cite-card .relevance").first.inner_text() in RELEVANCE
    shot(page, "10-item-why-and-guideline")


def test_a_pattern_answer_shows_reasons_with_counts_and_a_reason_filters(server: LiveServer, page: Page) -> None:
    question = "Why are lumbar MRI requests denied?"
    api = server.api("/api/ask", {"question": question, "k": 5})
    assert api["kind"] == "pattern" and api["reasons"]
    page.goto(server.url)
    turn = asked(page, question)
    rows = turn.locator(".reason-row")
    expect(rows).to_have_count(len(api["reasons"]))
    for i, group in enumerate(api["reasons"]):
        row = rows.nth(i)
        expect(row.locator(".reason-label")).to_have_text(group["label"])
        expect(row.locator(".reason-count")).to_have_text(f"{group['count']} of {group['of']}")
        width = row.locator(".bar-fill").evaluate("e => e.style.width")
        assert width == f"{round(100 * group['count'] / group['of'])}%"
        expect(row.locator(".quote")).to_have_count(len(group["citations"]))
    expect(turn.locator(".answer-lead")).to_have_text(shown(api["lead"]))
    shot(page, "11-pattern-reasons")
    first = api["reasons"][0]
    result = answered(page, rows.first.locator(".reason-head").click)
    assert result.get_attribute("class") == "turn turn-search"
    expect(page.locator("#filter-chips")).to_contain_text(f"reason: {first['label']}")
    hits = result.locator(".hit")
    expect(hits).to_have_count(first["count"])
    listed = {(h.get_attribute("data-case")) for h in hits.all()}
    assert listed == {ref["case_number"] for ref in first["items"]}
    assert set(result.locator(".hit .badge").all_inner_texts()) == {"Upheld — denied"}


def test_every_answer_says_what_it_covers_and_lists_them_all(server: LiveServer, page: Page) -> None:
    api = server.api("/api/ask", {"question": "Why was the lumbar MRI denied?", "k": 5})
    cov = api["coverage"]
    assert cov["total"] > cov["shown"] == 1
    page.goto(server.url)
    turn = asked(page, "Why was the lumbar MRI denied?")
    expect(turn.locator(".coverage-words")).to_have_text(f"1 of {cov['total']} {cov['label']}")
    result = answered(page, turn.locator(".show-all").click)
    expect(result.locator(".results-count")).to_have_text(f"{cov['total']} matching items: every item the filters allow")
    expect(result.locator(".hit")).to_have_count(cov["total"])
    assert set(result.locator(".badge").all_inner_texts()) == {"Upheld — denied"}
    for chip in ("treatment: mri", "body region: lumbar", "decision: Upheld — denied"):
        expect(page.locator("#filter-chips")).to_contain_text(chip)
    assert set(result.locator(".relevance").all_inner_texts()) <= RELEVANCE
    shot(page, "12-show-all")


def test_not_found_comes_in_kinds_each_with_what_to_try(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    turn = asked(page, "Why was ketamine denied?")
    expect(turn.locator(".not-found")).to_have_attribute("data-kind", "no_treatment")
    expect(turn.locator(".not-found-title")).to_have_text("No such treatment in the index")
    expect(turn.locator(".related-items h3")).to_have_text("Related items — not the answer")
    assert turn.locator(".related-items .hit").count() >= 1 and turn.locator(".cite-card").count() == 0

    turn = asked(page, "In which cases was the facet injection approved?")
    expect(turn.locator(".not-found")).to_have_attribute("data-kind", "no_outcome")
    expect(turn.locator(".not-found-title")).to_have_text("None with this outcome")
    expect(turn.locator(".answer-lead")).to_contain_text("The one facet injection and medial branch block request in the index was not approved")
    result = answered(page, turn.get_by_role("button", name="Show the 1 denied").click)
    expect(result.locator(".hit")).to_have_count(1)
    expect(result.locator(".hit").first).to_have_attribute("data-case", "CM16-0219557")

    expect(page.locator("#filter-chips")).to_contain_text("treatment: facet")  # what the action filtered by, shown
    page.click("#filters summary")
    page.click("#clear-filters")
    page.select_option("#f-category", "acupuncture")
    turn = asked(page, "Why was the lumbar MRI denied?")
    expect(turn.locator(".not-found")).to_have_attribute("data-kind", "filters_exclude")
    expect(turn.locator(".answer-lead")).to_have_text(
        "The filter category=acupuncture excludes every MRI item; remove it to see them.")
    shot(page, "13-not-found-filters")
    turn = answered(page, turn.get_by_role("button", name="Remove the category filter and ask again").click)
    expect(turn.locator(".cite-card").first).to_be_visible()
    assert page.locator("#f-category").input_value() == ""

    turn = asked(page, "Why was the MRI denied in case CM17-0005264?")
    expect(turn.locator(".not-found")).to_have_attribute("data-kind", "unknown_case")
    expect(turn.locator(".answer-lead")).to_contain_text("Did you mean CM17-0005246?")
    turn = answered(page, turn.get_by_role("button", name="Ask about CM17-0005246").click)
    expect(turn.locator(".user-text")).to_have_text("Why was the MRI denied in case CM17-0005246?")
    assert set(turn.locator(".cite-card").evaluate_all("cs => cs.map(c => c.dataset.case)")) == {"CM17-0005246"}


def test_titles_are_short_with_the_full_heading_a_click_away_and_every_guideline_source(server, page) -> None:
    found = server.api("/api/search", {"query": "acupuncture 8 sessions", "k": 5})
    hit = next(h for h in found["hits"] if h["case_number"] == "CM17-0007857")
    assert hit["title"] == "Acupuncture for 2 sessions" and hit["request"] != hit["title"]
    page.goto(server.url)
    page.click("label[for=mode-search]")
    result = asked(page, "acupuncture 8 sessions")
    card = result.locator(".hit[data-case='CM17-0007857']")
    expect(card.locator(".cite-request")).to_have_text("Acupuncture for 2 sessions")
    heading = card.locator(".full-heading p")
    expect(heading).to_be_hidden()
    card.locator(".full-heading summary").click()
    expect(heading).to_have_text(hit["request"])
    shot(page, "14-full-heading")

    question = "Which guidelines were cited for the facet joint injections in case CM16-0219557?"
    api = server.api("/api/ask", {"question": question, "k": 5})
    parts = api["citations"][0]["guideline"]["parts"]
    assert len(parts) == 3
    page.click("label[for=mode-ask]")
    turn = asked(page, question)
    listed = turn.locator(".cite-card .guideline-parts li")
    expect(listed).to_have_count(3)
    for i, part in enumerate(parts):
        expect(listed.nth(i)).to_contain_text(part["name"])
        for section in part["sections"]:
            expect(listed.nth(i)).to_contain_text(section)


def test_the_letter_tints_findings_and_guideline_sentences_differently(server: LiveServer, page: Page) -> None:
    letter = server.api("/api/cases/CM17-0005246")["letter"]
    text = letter["text"]
    roles = {"finding": [], "guideline": []}
    for item in letter["items"]:
        for s in item["sentences"]:
            if s["role"] in roles:
                roles[s["role"]].append(norm(text[s["span"][0]:s["span"][1]]))
    assert roles["finding"] and roles["guideline"]
    page.goto(server.url)
    asked(page, "Why was the MRI denied in case CM17-0005246?").locator("button.marker").first.click()
    panel = page.locator("#letter-panel")
    expect(panel.locator("mark.cited").first).to_be_visible()
    for role, sentences in roles.items():
        tinted = norm(" ".join(panel.locator(f".page-text .role-{role}").all_text_contents()))
        for sentence in sentences:
            assert sentence in tinted, (role, sentence)
    colours = {role: panel.locator(f".page-text .role-{role}").first.evaluate("e => getComputedStyle(e).backgroundColor")
               for role in roles}
    assert colours["finding"] != colours["guideline"]
    expect(panel.locator(".role-legend")).to_contain_text("Finding about this patient")
    assert "null" not in panel.locator("#letter-focus").inner_text()
    shot(page, "15-letter-roles")


def test_long_quotes_fold_after_two_lines(server: LiveServer, page: Page) -> None:
    page.set_viewport_size({"width": 700, "height": 860})
    page.goto(server.url)
    turn = asked(page, "Why are lumbar MRI requests denied?")
    toggle = turn.locator(".fold-toggle:visible").first
    expect(toggle).to_have_text("Show more")
    quote = toggle.locator("xpath=preceding-sibling::blockquote/span[@class='quote-text']")
    line = float(quote.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
    folded = quote.bounding_box()["height"]
    assert folded <= 2 * line + 2
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    assert quote.bounding_box()["height"] > folded


# -- conversation, history, links ----------------------------------------------------------------------

def test_follow_ups_are_read_against_the_conversation(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    asked(page, "Why was the lumbar MRI denied in case CM17-0005246?")
    turn = asked(page, "What guideline did the reviewer cite for that?")
    expect(turn.locator(".chip-carried")).to_have_text(
        "from the conversation: item: MRI (magnetic resonance imaging) of the lumbar spine (case CM17-0005246), "
        "from the previous answer")
    assert set(turn.locator(".cite-card").evaluate_all("cs => cs.map(c => c.dataset.case)")) == {"CM17-0005246"}
    expect(turn.locator(".part-guideline")).to_be_visible()
    link = urllib.parse.urlparse(turn.locator(".turn-link").get_attribute("href"))
    assert urllib.parse.parse_qs(link.query)["q"] == [
        "What guideline did the reviewer cite for the MRI (magnetic resonance imaging) of the lumbar spine in case "
        "CM17-0005246?"]
    shot(page, "16-follow-up")

    page.click("#new-conversation")
    asked(page, "Why are lumbar MRI requests denied?")
    turn = asked(page, "What about approvals?")
    expect(turn.locator(".chip-carried")).to_have_text("from the conversation: question: the previous one, for approvals")
    cases = set(turn.locator(".cite-card").evaluate_all("cs => cs.map(c => c.dataset.case)"))
    assert cases == {"CM17-0008519"}  # the one approved lumbar MRI
    assert set(turn.locator(".cite-card .badge").all_inner_texts()) == {"Overturned — approved"}


def test_conversations_are_kept_reopened_and_deleted(server: LiveServer, page: Page) -> None:
    first, second = "Why was the lumbar MRI denied?", "Why was the acupuncture approved?"
    page.goto(server.url)
    asked(page, first)
    page.reload()
    expect(page.locator(".turn .user-text")).to_have_text([first])  # a reload keeps the conversation
    expect(page.locator(".turn .cite-card").first).to_be_visible()
    page.click("#new-conversation")
    expect(page.locator(".turn")).to_have_count(0)
    asked(page, second)
    page.click("#open-history")
    rows = page.locator(".history-row")
    expect(rows).to_have_count(2)
    expect(rows.locator(".history-title")).to_have_text([second, first])
    expect(rows.first.locator(".history-meta")).to_contain_text("1 question")
    shot(page, "17-history")
    rows.nth(1).locator(".history-open").click()
    expect(page.locator("#history-panel")).to_be_hidden()
    expect(page.locator(".turn .user-text")).to_have_text([first])
    page.click("#open-history")
    rows.first.locator(".history-delete").click()
    expect(rows).to_have_count(1)
    assert page.evaluate("JSON.parse(localStorage.getItem('imr.conversations.v1')).map(c => c.title)") == [first]
    page.keyboard.press("Escape")
    expect(page.locator("#history-panel")).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "open-history"


def test_a_question_link_asks_it_again_with_its_filters(server: LiveServer, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    try:
        page.goto(server.url)
        page.click("#filters summary")
        page.select_option("#f-decision", "Upheld")
        page.click("label[for=mode-search]")
        turn = asked(page, "lumbar MRI")
        first_cases = turn.locator(".hit").evaluate_all("hs => hs.map(h => h.dataset.case)")
        href = turn.locator(".turn-link").get_attribute("href")
        query = urllib.parse.parse_qs(urllib.parse.urlparse(href).query)
        assert query == {"q": ["lumbar MRI"], "mode": ["search"], "decision": ["Upheld"]}
        other = context.new_page()
        again = answered(other, lambda: other.goto(href))
        expect(again.locator(".user-text")).to_have_text("lumbar MRI")
        assert again.locator(".hit").evaluate_all("hs => hs.map(h => h.dataset.case)") == first_cases
        expect(other.locator("#filter-chips")).to_have_text("decision: Upheld — denied ×")
        assert "?" not in other.url  # the link is read once; a reload reopens the conversation instead
    finally:
        context.close()


# -- layout -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("width,height", [(1280, 860), (390, 844)])
def test_filters_never_cover_the_answer_and_new_results_scroll_into_view(server, browser: Browser, width, height) -> None:
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone)
    page = context.new_page()
    try:
        page.goto(server.url)
        for question in ("Why was the lumbar MRI denied?", "Why are lumbar MRI requests denied?"):
            asked(page, question)
        page.click("#filters summary")
        page.select_option("#f-decision", "Upheld")
        card = asked(page, "How often is the lumbar MRI upheld?").locator(".answer")
        expect(page.locator("#filters")).not_to_have_attribute("open", "")
        bar = page.locator(".filter-bar").bounding_box()
        thread = page.locator("#thread").bounding_box()
        assert bar["y"] + bar["height"] <= thread["y"] + 0.5
        top = card.bounding_box()["y"]
        assert thread["y"] <= top <= thread["y"] + thread["height"] - 60, (top, thread)
        page.click("label[for=mode-search]")
        results = asked(page, "lumbar MRI").locator(".results")
        top = results.bounding_box()["y"]
        assert thread["y"] <= top <= thread["y"] + thread["height"] - 60
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        shot(page, f"18-scrolled-into-view-{width}")
    finally:
        context.close()


def test_every_control_is_a_44px_target_on_a_phone(server: LiveServer, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    try:
        page.goto(server.url)
        turn = asked(page, "Why was the MRI denied in case CM17-0005246?")
        # the notes under the question fold behind a toggle on a phone
        notes = turn.locator(".understood .chip:not(.chip-filter)")
        expect(notes.first).to_be_hidden()
        turn.locator(".understood-toggle").click()
        expect(notes.first).to_be_visible()
        page.click("#filters summary")
        small = page.evaluate("""() => {
          const out = [];
          for (const e of document.querySelectorAll('button, a[href], summary, select, textarea, input, .mode label')) {
            if (e.closest('[hidden], dialog:not([open])') || e.classList.contains('skip-link')) continue;
            if (e.matches('input[type=radio], input[type=file]')) continue;
            const r = e.getBoundingClientRect();
            if (!r.width || !r.height) continue;
            if (r.width < 43.5 || r.height < 43.5) out.push(`${e.tagName}.${e.className} ${Math.round(r.width)}x${Math.round(r.height)}`);
          }
          return out;
        }""")
        assert small == []
        marker = page.locator(".answer-text button.marker").first.bounding_box()
        pill = page.locator(".answer-text button.marker .pill").first.bounding_box()
        assert marker["width"] >= 44 and marker["height"] >= 44 and pill["height"] < 24  # small to see, big to tap
        shot(page, "19-phone-targets")
    finally:
        context.close()


def test_the_paste_limit_is_shown_before_sending(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    page.fill("#question", "why " * 537 + "ok")  # 2,150 characters
    expect(page.locator("#char-count")).to_have_text(
        "2,150 characters: 150 over the 2,000 limit; shorten it to send")
    expect(page.locator("#send")).to_be_disabled()
    page.press("#question", "Enter")
    expect(page.locator(".turn")).to_have_count(0)
    page.fill("#question", "x" * 1900)
    expect(page.locator("#char-count")).to_have_text("1,900 / 2,000 characters")
    expect(page.locator("#send")).to_be_enabled()


# -- upload and counts ------------------------------------------------------------------------------------

def test_upload_shows_progress_then_the_letter_summary_and_a_link(upload_server, page: Page) -> None:
    live, _settings = upload_server
    page.goto(live.url)
    expect(page.locator("#index-stats .stat-total")).to_have_text(re.compile(r"^1 letters · \d+ decisions$"))

    def slow(route):  # hold the request a moment so the progress indicator can be seen
        page.wait_for_timeout(600)
        route.continue_()

    page.route("**/api/letters", slow)
    page.click("#open-upload")
    page.set_input_files("#upload-file", str(PDFS / "CM17-0013754.pdf"))
    expect(page.locator("#upload-progress")).to_be_visible()
    summary = page.locator(".upload-summary")
    expect(summary).to_contain_text("CM17-0013754 is indexed", timeout=60_000)
    stored = live.api("/api/cases/CM17-0013754")["letter"]
    expect(summary.locator(".upload-items li")).to_have_count(len(stored["items"]))
    expect(page.locator("#upload-progress")).to_be_hidden()
    expect(page.locator("#index-stats .stat-total")).to_have_text(re.compile(r"^2 letters · "))
    shot(page, "20-upload-summary")
    page.click("#upload-open")
    expect(page.locator("#letter-title")).to_have_text("CM17-0013754")
    page.unroute("**/api/letters")

    # a text letter dropped anywhere on the page
    page.click("#letter-close")
    text = (PDFS / "CM17-0003890.pdf")
    from indexer.pdf import read_letter

    body = read_letter(text).text
    handle = page.evaluate_handle("""(body) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], 'CM17-0003890.txt', { type: 'text/plain' }));
      return dt;
    }""", body)
    page.dispatch_event("#thread", "drop", {"dataTransfer": handle})
    expect(page.locator(".upload-summary")).to_contain_text("CM17-0003890 is indexed", timeout=60_000)


def test_upload_asks_for_the_key_when_the_server_needs_one(keyed_server: LiveServer, page: Page) -> None:
    page.goto(keyed_server.url)
    page.click("#open-upload")
    page.set_input_files("#upload-file", str(PDFS / "CM17-0013754.pdf"))
    expect(page.locator("#upload-key")).to_be_visible(timeout=30_000)
    expect(page.locator("#upload-key-why")).to_have_text("This server needs an API key for uploads (IMR_API_KEY).")
    shot(page, "21-upload-key")
    page.fill("#upload-key-input", "wrong")
    page.click("#upload-key-send")
    expect(page.locator("#upload-key-why")).to_have_text("The key was not accepted: check it and try again.")
    page.fill("#upload-key-input", "page-test-key")
    page.press("#upload-key-input", "Enter")
    expect(page.locator(".upload-summary")).to_contain_text("CM17-0013754 is indexed", timeout=60_000)
    assert page.evaluate("sessionStorage.getItem('imr.apiKey')") == "page-test-key"


def test_counts_follow_letters_indexed_elsewhere_and_never_break(upload_server, page: Page, real_encoder) -> None:
    from indexer.pipeline import index_paths
    from indexer.store import open_store

    live, settings = upload_server
    page.goto(live.url)
    stats = live.api("/api/stats")
    total = page.locator("#index-stats .stat-total")
    expect(total).to_have_text(f"{stats['letters']} letters · {stats['items']} decisions")
    report = index_paths(settings, [PDFS / "CM17-0012614.pdf"], store=open_store(settings), encoder=real_encoder)
    assert report.indexed == 1
    expect(total).to_have_text(re.compile(rf"^{stats['letters'] + 1} letters · "), timeout=20_000)
    page.route("**/api/stats", lambda route: route.abort())
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    expect(page.locator("#index-stats")).to_have_class(re.compile(r"\bstale\b"))
    expect(total).to_have_text(re.compile(rf"^{stats['letters'] + 1} letters · "))
    assert page.locator("#banner").is_hidden()
