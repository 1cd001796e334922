"""The chat page in a real browser: Debian's Chromium driven by Playwright, against a real server
(uvicorn on a free loopback port) over a real index of real letters plus one hostile letter."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "test-output" / "screenshots"
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Lumbar MRI items (all Upheld) and two Overturned MRI items for the filter test.
LETTERS = ["CM16-0242419", "CM17-0005246", "CM17-0012614", "CM17-0018054", "CM17-0008519", "CM16-0235724"]
HOSTILE_CASE = "CM17-0999901"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_REQUEST = f"MRI of the lumbar spine {SCRIPT}"

# The real 2016-2017 letter layout (pdftotext -layout of CM17-0005246), with markup planted in the
# disputed item's request and rationale. Pages are separated by form feeds.
HOSTILE_LETTER = f"""





Case Number:   {HOSTILE_CASE}
Date Assigned: 01/11/2017          Date of Injury: 11/28/2016
Decision Date: 02/06/2017          UR Denial Date: 12/23/2016
Priority:      Standard            Application   01/09/2017
                                   Received:

           HOW  THE IMR FINAL DETERMINATION WAS MADE

MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no
affiliation with the employer, employee, providers or the claims administrator. He/she has been
in active clinical practice for more than five years and is currently working at least 24 hours a
week in active practice. The expert reviewer was selected based on his/her clinical experience,
education, background, and expertise in the same or similar specialties that evaluate and/or treat
the medical condition and disputed items/Service. He/she is familiar with governing laws and
regulations, including the strength of evidence hierarchy that applies to Independent Medical
Review determinations.


The Expert Reviewer has the following credentials:
State(s) of Licensure: California
Certification(s)/Specialty: Family Practice

                     CLINICAL CASE SUMMARY
The expert reviewer developed the following clinical case summary based on a review of the
case file, including all medical records:


The injured worker is a 41 year old male who sustained an industrial injury November 28, 2016.
Diagnoses are lumbar strain and low back pain. He reported low back pain without radiation. The
examination showed tenderness of the lumbar paraspinal muscles and a normal neurologic exam. At
issue is a request for an MRI of the lumbar spine {SCRIPT}. According to utilization review
dated December 23, 2016, the request for an MRI of the lumbar spine is non-certified.

               IMR ISSUES, DECISIONS AND RATIONALES

The Final Determination was based on decisions for the disputed items/services set forth below:

{HOSTILE_REQUEST}: Upheld
\f




Claims Administrator guideline: The Claims Administrator based their decision on
recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation
Official Disability Guidelines (ODG), Low back chapter - MRI (magnetic resonance imaging).

MAXIMUS  guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):
Special Studies.

Decision rationale: The guidelines support an MRI of the lumbar spine {IMG} only when
red flags or objective nerve dysfunction are documented {SCRIPT} and there is no such
documentation here. Therefore the request for an MRI of the lumbar spine is not medically necessary.
"""


def _skip_reason() -> str | None:
    if not CHROMIUM.exists():
        return "Chromium is missing: `apt-get install -y chromium` (Debian) to run the page tests"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is missing: `pip install playwright` (never `playwright install`)"
    if not PDFS.is_dir():
        return f"../shared/corpus not found at {PDFS}: the page tests index real letters from it"
    return None


if (_reason := _skip_reason()) is not None:
    pytest.skip(_reason, allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


from tests.conftest import LiveServer  # noqa: E402  (the suite's one live server: uvicorn in a thread)


def _serve(settings, encoder, letters: list[Path], **service: object):
    from indexer.pipeline import index_paths
    from indexer.store import open_store
    from service.app import create_app
    from service.engine import Engine
    from service.settings import ServiceSettings

    store = open_store(settings)
    if letters:
        report = index_paths(settings, letters, store=store, encoder=encoder)
        assert not report.failed, report.failed
        assert report.indexed == len(letters), report.summary()
    return LiveServer(create_app(ServiceSettings(index=settings, **service), engine=Engine(settings, store, encoder)))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, real_encoder) -> Iterator[LiveServer]:
    from indexer.settings import Settings

    root = tmp_path_factory.mktemp("web-index")
    hostile = root / "letters" / f"{HOSTILE_CASE}.txt"
    hostile.parent.mkdir()
    hostile.write_text(HOSTILE_LETTER, encoding="utf-8")
    letters = [PDFS / f"{cn}.pdf" for cn in LETTERS] + [hostile]
    settings = Settings.from_env({}, db=root / "chroma", docs=root / "documents")
    with _serve(settings, real_encoder, letters) as live:
        yield live


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory: pytest.TempPathFactory, real_encoder) -> Iterator[LiveServer]:
    from indexer.settings import Settings

    root = tmp_path_factory.mktemp("web-empty")
    settings = Settings.from_env({}, db=root / "chroma", docs=root / "documents")
    with _serve(settings, real_encoder, []) as live:
        yield live


class StreamingLLM:
    """A canned OpenAI-compatible server that streams `pieces` as chat-completion chunks."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        llm = self
        self.pieces: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for piece in llm.pieces:
                    chunk = {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory, real_encoder) -> Iterator[tuple[LiveServer, StreamingLLM]]:
    """One real letter (an upheld lumbar MRI), served in LLM mode against a canned streaming model."""
    from indexer.settings import Settings

    root = tmp_path_factory.mktemp("web-llm")
    llm = StreamingLLM()
    settings = Settings.from_env({}, db=root / "chroma", docs=root / "documents")
    try:
        with _serve(settings, real_encoder, [PDFS / "CM16-0242419.pdf"], llm_url=llm.url, llm_timeout=10) as live:
            yield live, llm
    finally:
        llm.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def norm(text: str) -> str:
    return " ".join(text.split())


def ask(page: Page, question: str) -> None:
    page.fill("#question", question)
    page.press("#question", "Enter")


def last_turn(page: Page):
    return page.locator(".turn").last


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_ask_streams_an_answer_and_a_marker_opens_the_letter_at_the_quote(server: LiveServer, page: Page) -> None:
    question = "why was the lumbar MRI denied?"
    expected = server.api("/api/ask", {"question": question, "k": 5})
    assert expected["citations"], "the API gave no citations for the lumbar MRI question"
    first = expected["citations"][0]

    page.goto(server.url)
    expect(page.locator("#index-stats")).to_contain_text("7 letters")
    ask(page, question)
    turn = last_turn(page)
    expect(turn.locator(".cite-card").first).to_be_visible(timeout=30_000)
    # what the service understood, under the question
    expect(turn.locator(".understood")).to_contain_text("body region: lumbar")
    expect(turn.locator(".understood")).to_contain_text("'denied' read as your premise that IMR denied it")
    # the streamed text is the API's answer; markers are buttons
    assert norm(turn.locator(".answer-text").inner_text()).startswith(norm(re.sub(r"\s*\[\d+\]", "", expected["answer"]))[:40])
    markers = turn.locator("button.marker")
    assert markers.count() == len(re.findall(r"\[\d+\]", expected["answer"])) >= 1
    card = turn.locator(".cite-card").first
    expect(card).to_contain_text(first["case_number"])
    expect(card).to_contain_text(first["request"])
    expect(card.locator(".badge")).to_have_text("Upheld — denied")
    expect(card).to_contain_text("MTUS Low Back Complaints 2004")
    shot(page, "01-answer-with-citations")

    markers.first.click()
    panel = page.locator("#letter-panel")
    expect(panel).to_be_visible()
    expect(page.locator("#letter-title")).to_have_text(first["case_number"])
    marks = panel.locator("mark.cited")
    expect(marks.first).to_be_visible()
    marked = norm(" ".join(marks.all_text_contents()))
    assert norm(first["quote"]) in marked
    cited_page = marks.first.locator("xpath=ancestor::section[contains(@class,'page')]")
    assert cited_page.get_attribute("data-page") == str(first["pages"][0])
    expect(cited_page.locator(".page-label")).to_contain_text(f"Page {first['pages'][0]} of")
    expect(panel.locator(".focus-where")).to_contain_text(f"p. {first['pages'][0]}")
    href = page.locator("#letter-doc").get_attribute("href")
    assert href == f"/api/cases/{first['case_number']}/document#page={first['pages'][0]}"  # opens at the cited page
    with urllib.request.urlopen(server.url + href.split("#")[0]) as response:
        assert response.headers["content-type"] == "application/pdf"
    # the highlight is scrolled into the letter's visible area
    body_box = page.locator("#letter-body").bounding_box()
    mark_box = marks.first.bounding_box()
    assert body_box and mark_box
    assert body_box["y"] <= mark_box["y"] <= body_box["y"] + body_box["height"]
    shot(page, "02-letter-open-with-highlight")

    # a card click opens the letter too; a follow-up question stays in the conversation
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    turn.locator(".sources").scroll_into_view_if_needed()
    quote = turn.locator(".quote-btn").nth(1)
    quote.click()
    expect(panel.locator("mark.cited").first).to_be_visible()
    assert norm(expected["citations"][1]["quote"]) in norm(" ".join(panel.locator("mark.cited").all_text_contents()))
    quote.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    shot(page, "03-citation-card-opens-letter")
    ask(page, "which guideline section is cited for it?")
    expect(page.locator(".turn")).to_have_count(2)
    expect(last_turn(page).locator(".answer-text")).not_to_be_empty(timeout=30_000)
    page.click("#new-conversation")
    expect(page.locator(".turn")).to_have_count(0)
    expect(page.locator("#welcome")).to_be_visible()
    expect(panel).to_be_hidden()


def test_copy_puts_the_answer_and_its_citations_on_the_clipboard(server: LiveServer, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    try:
        page.goto(server.url)
        ask(page, "why was the lumbar MRI denied?")
        expect(page.locator(".cite-card").first).to_be_visible(timeout=30_000)
        page.get_by_role("button", name="Copy the answer with its citations").click()
        expect(page.locator(".copy-status")).to_have_text("Copied")
        copied = page.evaluate("navigator.clipboard.readText()")
    finally:
        context.close()
    first_line, _, rest = copied.partition("\n")
    assert first_line.startswith("Denied (Upheld): ") and "[1]" in first_line
    assert re.search(r"^\[1\] CM\d{2}-\d{7}, item: .+ \(Upheld, denied\), p\. \d+ — MTUS ", rest, re.M), rest


def test_search_mode_lists_hits_without_an_answer(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    page.click("label[for=mode-search]")
    ask(page, "lumbar MRI")
    turn = last_turn(page)
    hits = turn.locator(".hit")
    expect(hits.first).to_be_visible(timeout=30_000)
    assert hits.count() >= 3
    assert turn.locator(".answer").count() == 0
    for i in range(hits.count()):
        hit = hits.nth(i)
        assert re.fullmatch(r"CM\d{2}-\d{7}", hit.locator(".cite-case").inner_text().strip())
        assert hit.locator(".badge").inner_text() in ("Upheld — denied", "Overturned — approved")
        assert re.search(r"pp?\. \d", hit.locator(".cite-pages").inner_text())
        assert hit.locator(".hit-snippet").inner_text().strip()
    expect(turn.locator(".understood")).to_contain_text("category: imaging")
    shot(page, "04-search-mode")
    hits.first.locator(".cite-case").click()
    expect(page.locator("#letter-panel mark.cited").first).to_be_visible()


def test_overturned_filter_keeps_only_overturned_decisions(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    page.click("#filters summary")
    expect(page.locator("#f-category option[value=imaging]")).to_have_count(1)
    page.select_option("#f-decision", "Overturned")
    expect(page.locator("#filter-count")).to_have_text("· 1 active")
    page.click("label[for=mode-search]")
    ask(page, "MRI of the spine")
    turn = last_turn(page)
    expect(turn.locator(".hit").first).to_be_visible(timeout=30_000)
    badges = turn.locator(".badge").all_inner_texts()
    assert badges and set(badges) == {"Overturned — approved"}, badges
    expect(turn.locator(".understood")).to_contain_text("decision: Overturned")

    page.click("label[for=mode-ask]")
    ask(page, "why was the MRI approved?")
    turn = last_turn(page)
    expect(turn.locator(".cite-card").first).to_be_visible(timeout=30_000)
    badges = turn.locator(".cite-card .badge").all_inner_texts()
    assert badges and set(badges) == {"Overturned — approved"}, badges
    shot(page, "05-overturned-filter")


def test_hostile_letter_text_is_shown_literally_and_never_runs(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    page.click("label[for=mode-search]")
    ask(page, f"MRI of the lumbar spine in case {HOSTILE_CASE}")
    turn = last_turn(page)
    hit = turn.locator(f".hit[data-case='{HOSTILE_CASE}']").first
    expect(hit).to_be_visible(timeout=30_000)
    expect(hit.locator(".cite-request")).to_have_text(HOSTILE_REQUEST)
    hit.locator(".cite-case").click()
    body = page.locator("#letter-body")
    expect(body.locator("mark.cited").first).to_be_visible()
    text = body.inner_text()
    assert SCRIPT in text and IMG in text
    expect(page.locator("#letter-focus .focus-request")).to_contain_text(SCRIPT)

    page.click("label[for=mode-ask]")
    ask(page, f"Why was the MRI denied in case {HOSTILE_CASE}?")
    turn = last_turn(page)
    expect(turn.locator(".cite-card").first).to_be_visible(timeout=30_000)
    expect(turn.locator(".cite-card").first).to_contain_text(SCRIPT)
    turn.locator("button.marker").first.click()
    expect(body.locator("mark.cited").first).to_be_visible()
    page.wait_for_timeout(200)  # let an injected <img onerror> fire, were there one
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#thread script, #thread img, #letter-panel script, #letter-panel img").count() == 0


def test_an_empty_index_says_so(empty_server: LiveServer, page: Page) -> None:
    page.goto(empty_server.url)
    expect(page.locator("#banner")).to_contain_text("index is empty")
    ask(page, "why was the lumbar MRI denied?")
    error = last_turn(page).locator(".error-box")
    expect(error).to_be_visible(timeout=30_000)
    expect(error).to_contain_text("the index is empty: run `imr index")
    page.click("label[for=mode-search]")
    ask(page, "lumbar MRI")
    expect(last_turn(page).locator(".error-box")).to_contain_text("index is empty")
    shot(page, "06-empty-index")


def test_a_failed_request_is_reported(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    page.route("**/api/ask", lambda route: route.abort())
    ask(page, "why was the lumbar MRI denied?")
    expect(last_turn(page).locator(".error-box")).to_contain_text("could not reach the service", timeout=30_000)
    page.unroute("**/api/ask")
    page.click("#filters summary")
    page.fill("#f-from", "2017-03-01")
    page.fill("#f-to", "2017-01-01")
    ask(page, "why was the lumbar MRI denied?")
    expect(last_turn(page).locator(".error-box")).to_contain_text("date_from=2017-03-01 is after date_to", timeout=30_000)


def test_keyboard_only(server: LiveServer, page: Page) -> None:
    page.goto(server.url)
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "question":
            break
    assert page.evaluate("document.activeElement.id") == "question", "Tab never reached the question box"
    page.keyboard.type("why was the lumbar MRI denied?")
    page.keyboard.press("Enter")
    marker = last_turn(page).locator("button.marker").first
    expect(marker).to_be_enabled(timeout=30_000)
    marker.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#letter-panel mark.cited").first).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "letter-title"
    page.keyboard.press("Escape")
    expect(page.locator("#letter-panel")).to_be_hidden()
    assert page.evaluate("document.activeElement.classList.contains('marker')")
    # every control is a real button, link or form field
    assert page.locator("[onclick], [onkeydown], div[role=button], span[role=button]").count() == 0


def test_phone_width_has_no_horizontal_scroll_and_the_letter_overlays(server: LiveServer, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(server.url)
        overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        assert page.evaluate(overflow) <= 0
        page.click("#filters summary")
        assert page.evaluate(overflow) <= 0
        page.click("#filters summary")
        ask(page, "why was the lumbar MRI denied?")
        expect(page.locator(".cite-card").first).to_be_visible(timeout=30_000)
        assert page.evaluate(overflow) <= 0
        assert page.evaluate("document.getElementById('thread').scrollWidth - document.getElementById('thread').clientWidth") <= 0
        shot(page, "07-phone-answer")
        page.locator("button.marker").first.click()
        panel = page.locator("#letter-panel")
        expect(panel.locator("mark.cited").first).to_be_visible()
        box = panel.bounding_box()
        assert box and box["x"] == 0 and box["width"] == 390
        assert page.evaluate(overflow) <= 0
        assert page.evaluate("document.getElementById('letter-body').scrollWidth - document.getElementById('letter-body').clientWidth") <= 0
        shot(page, "08-phone-letter")
        page.click("#letter-close")
        expect(panel).to_be_hidden()
    finally:
        context.close()


def test_the_page_works_under_a_self_only_content_security_policy(server: LiveServer, page: Page) -> None:
    index = (REPO / "service" / "static" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", index), "inline <script> in index.html"
    assert not re.search(r"\son[a-z]+\s*=", index), "inline event handler in index.html"
    assert not re.search(r"\sstyle\s*=", index), "inline style attribute in index.html"
    assert not re.search(r"(src|href)=\"(https?:)?//", index), "index.html loads something from outside the app"

    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)

    def with_csp(route) -> None:
        response = route.fetch()
        headers = {**response.headers, "content-security-policy": "default-src 'self'; img-src 'self'; style-src 'self'"}
        route.fulfill(response=response, headers=headers)

    page.route(server.url + "/", with_csp)
    page.goto(server.url)
    ask(page, "why was the lumbar MRI denied?")
    expect(page.locator(".cite-card").first).to_be_visible(timeout=30_000)
    page.locator("button.marker").first.click()
    expect(page.locator("#letter-panel mark.cited").first).to_be_visible()
    assert not violations, violations



def test_an_llm_answer_that_fails_its_check_is_replaced_on_the_page(llm_server, page: Page) -> None:
    live, llm = llm_server
    question = "why was the lumbar MRI denied?"
    llm.pieces = ["The lumbar MRI ", "was approved ", "[1]."]  # calls an upheld denial approved: it cannot stand
    fallback = live.api("/api/ask", {"question": question, "k": 5})
    assert fallback["mode"] == "extractive" and fallback["citations"]

    page.goto(live.url)
    ask(page, question)
    turn = last_turn(page)
    expect(turn.locator(".cite-card").first).to_be_visible(timeout=30_000)
    expect(turn.locator(".answer-note")).to_contain_text("could not be checked against the letters")
    shown = norm(turn.locator(".answer-text").inner_text())
    assert "approved" not in shown
    assert shown.startswith(norm(fallback["answer"].split(" [", 1)[0]))  # the replacement, up to its first marker
    assert turn.locator("button.marker").count() == len(re.findall(r"\[\d+\]", fallback["answer"]))
    expect(turn.locator(".answer-mode")).to_contain_text("Extractive answer")
    shot(page, "09-llm-answer-replaced")


def test_a_checked_llm_answer_replaces_its_unchecked_stream(llm_server, page: Page) -> None:
    live, llm = llm_server
    llm.pieces = ["IMR upheld the denial of ", "the lumbar MRI. [2]", " Lumbar MRI is always covered [9]."]
    page.goto(live.url)
    ask(page, "why was the lumbar MRI denied?")
    turn = last_turn(page)
    expect(turn.locator(".cite-card").first).to_be_visible(timeout=30_000)
    # the reply cites no finding, so the extractive Why follows it
    expect(turn.locator(".answer-text")).to_have_text(re.compile(
        r'^IMR upheld the denial of the lumbar MRI 1\. Why: "Guidelines have not been met; besides'))
    expect(turn.locator(".answer-mode")).to_contain_text("LLM answer")
    assert turn.locator(".answer-note").count() == 0
    turn.locator("button.marker").first.click()
    expect(page.locator("#letter-panel mark.cited").first).to_be_visible()


def test_a_failure_midway_through_the_answer_is_reported(llm_server, page: Page, monkeypatch) -> None:
    live, llm = llm_server

    def broken(*_args):  # fault injection: any failure after the stream has begun
        raise RuntimeError("injected fault")

    monkeypatch.setattr("service.llm.verify", broken)
    llm.pieces = ["The lumbar MRI ", "was denied [1]."]
    page.goto(live.url)
    ask(page, "why was the lumbar MRI denied?")
    error = last_turn(page).locator(".error-box")
    expect(error).to_contain_text("the answer failed while it was being written", timeout=30_000)
    assert last_turn(page).locator(".answer-text").count() == 0
