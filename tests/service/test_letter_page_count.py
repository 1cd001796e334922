""" "how many pages is the letter?" after a letter's answer: its page count, cited by its last page (service.page_count,
service.compose.facts), not a count over the collection (service.understand). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.compose.facts import asked_facts
from service.page_count import PAGE_COUNT
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

# CM17-0014288: shoulder MRI (upheld), 2 pages; CM17-0011703: five imaging and acupuncture requests (upheld), 4 pages
client = served_client("CM17-0014288", "CM17-0011703")


def test_the_page_count_is_asked_of_the_letter() -> None:
    assert [bool(PAGE_COUNT.search(t)) for t in (
        "how many pages is the letter?", "how long is the determination?", "page count?", "number of pages in the pdf?",
        "how many pages of the MTUS did they cite?", "how many pages were quoted from ODG?", "what page is the MRI on?")] == [
        True, True, True, True, False, False, False]
    assert asked_facts("how many pages is the letter?") == ("page_count",)


def test_how_many_pages_after_a_letter_is_its_page_count(client) -> None:
    for first_q, lead, page in (("why was the MRI denied for the 62 yo woman?", "The letter of case CM17-0014288 is 2 pages "
                                 "long [1].", 2),
                                ("CM17-0011703", "The letter of case CM17-0011703 is 4 pages long [1].", 4)):
        first = ask(client, first_q)
        body = ask(client, "how many pages is the letter?", history=[turn(first_q, first)])
        assert body["answer"].startswith(lead)
        assert body["citations"][0]["pages"] == [page]
