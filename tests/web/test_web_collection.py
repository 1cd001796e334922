"""Collection answers and the Browse view in a real browser: Debian's Chromium driven by Playwright,
against a real server (uvicorn on a free loopback port) over eight real letters (15 disputed items,
4 overturned, in four letters; decided in January and February 2017)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PDFS = REPO.parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "pdf"
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "test-output" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]
LETTERS = ["CM16-0242419", "CM17-0005246", "CM17-0012614", "CM17-0018054", "CM17-0008519", "CM16-0235724",
           "CM17-0019011", "CM16-0234464"]


from tests.web.test_web_page import _skip_reason  # noqa: E402  (one reason the page tests skip)


if (_reason := _skip_reason()) is not None:
    pytest.skip(_reason, allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory, real_encoder) -> Iterator[str]:
    import uvicorn

    from indexer.pipeline import index_paths
    from indexer.settings import Settings
    from indexer.store import open_store
    from service.app import create_app
    from service.engine import Engine
    from service.settings import ServiceSettings

    root = tmp_path_factory.mktemp("web-collection")
    settings = Settings.from_env({}, db=root / "chroma", docs=root / "documents")
    store = open_store(settings)
    report = index_paths(settings, [PDFS / f"{cn}.pdf" for cn in LETTERS], store=store, encoder=real_encoder)
    assert report.indexed == len(LETTERS) and not report.failed
    app = create_app(ServiceSettings(index=settings), engine=Engine(settings, store, real_encoder))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the test server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)  # CSP reports too
    page.goto(url)
    yield page
    context.close()
    assert not errors, f"JavaScript or CSP errors on the page: {errors}"


def ask(page: Page, question: str) -> None:
    page.fill("#question", question)
    page.keyboard.press("Enter")
    expect(page.locator(".turn").last.locator(".answer-tools")).to_be_visible(timeout=30_000)


def test_a_collection_answer_shows_its_chart_table_and_rule_and_its_numbers_open_browse(page: Page) -> None:
    ask(page, "How many letters had at least one item overturned?")
    turn = page.locator(".turn").last
    expect(turn.locator(".answer-text")).to_contain_text("4 letters have at least one overturned item.")
    table = turn.locator("table.collection-table")
    expect(table.locator("thead th")).to_have_text(["counted", "letters"])
    expect(table.locator("tbody th")).to_have_text(["letters with at least one overturned item"])
    bars = turn.locator(".chart svg rect.chart-bar")
    expect(bars).to_have_count(2)  # bars by outcome
    expect(turn.locator(".chart svg")).to_have_attribute("aria-label", "Items by outcome: 0 upheld, 4 overturned")
    expect(turn.locator(".collection-rule")).to_contain_text("Counted: letters (one per case number)")
    turn.screenshot(path=str(SHOTS / "collection-answer.png"))
    turn.locator("button.num-link").click()  # the number: the items behind it
    expect(page.locator("#browse")).to_be_visible()
    expect(page.locator("#conversation")).to_be_hidden()
    expect(page.locator("#browse-status")).to_have_text("4 items")
    expect(page.locator("#browse-decision")).to_have_value("Overturned")
    expect(page.locator(".browse-table tbody .badge")).to_have_text(["Overturned — approved"] * 4)


def test_a_trend_answer_draws_a_line_over_the_months(page: Page) -> None:
    ask(page, "How many disputed items were decided each month?")
    turn = page.locator(".turn").last
    expect(turn.locator(".chart-trend path.chart-line")).to_have_count(1)
    expect(turn.locator(".chart-trend circle.chart-dot")).to_have_count(2)
    expect(turn.locator("table.collection-table tbody tr")).to_have_count(2)
    expect(turn.locator("table.collection-table tbody th")).to_have_text(["2017-01", "2017-02"])
    expect(turn.locator("table.collection-table tbody button.num-link")).to_have_text(["9", "6"])


def test_how_long_reviews_took_is_a_table_of_days_and_no_outcome_bars(page: Page) -> None:
    ask(page, "How long does IMR take to decide?")
    turn = page.locator(".turn").last
    expect(turn.locator(".answer-text")).to_contain_text("From the application's receipt to the IMR decision:")
    expect(turn.locator("table.collection-table thead th")).to_have_text(
        ["counted", "letters", "median days", "fewest", "most", "mean days"])  # the figure asked, last
    expect(turn.locator(".chart")).to_have_count(0)


def test_browse_filters_sorts_opens_a_letter_at_its_item_and_exports_csv(page: Page, url: str) -> None:
    page.click("#browse-toggle")
    expect(page.locator("#browse-toggle")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#browse-status")).to_have_text("15 items")
    expect(page.locator("#browse-decision option")).to_have_text(["Any decision", "Upheld (11)", "Overturned (4)"])
    page.select_option("#browse-decision", "Overturned")
    expect(page.locator("#browse-status")).to_have_text("4 items")
    page.select_option("#browse-sort", "case_number")
    rows = page.locator(".browse-table tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.locator(".browse-case")).to_have_text(["CM16-0235724 · 1", "CM16-0242419 · 1", "CM17-0008519 · 1",
                                                       "CM17-0019011 · 1"])
    page.select_option("#browse-treatment", "mri")
    expect(page.locator("#browse-status")).to_have_text("2 items")
    csv_link = page.locator("#browse-csv")
    href = csv_link.get_attribute("href")
    assert href is not None and re.search(r"decision=Overturned", href) and "treatment=mri" in href and "format=csv" in href
    assert csv_link.get_attribute("download") == ""
    response = page.request.get(url + href)
    assert response.status == 200 and response.headers["content-type"].startswith("text/csv")
    lines = response.text().strip().splitlines()
    assert len(lines) == 3 and lines[1].startswith("CM16-0235724,1,MRI of the cervical spine bilateral without contrast")
    rows.first.locator(".browse-open").click()
    panel = page.locator("#letter-panel")
    expect(panel).to_be_visible()
    expect(page.locator("#letter-title")).to_have_text("CM16-0235724")
    expect(page.locator(".focus-request")).to_have_text("Item 1: MRI of the cervical spine bilateral without contrast")
    expect(page.locator("mark.cited").first).to_contain_text("MRI of the cervical spine bilateral without contrast")
    page.screenshot(path=str(SHOTS / "browse-letter.png"))
    page.click("#browse-clear")
    expect(page.locator("#browse-status")).to_have_text("15 items")
    page.click("#browse-toggle")
    expect(page.locator("#conversation")).to_be_visible()
