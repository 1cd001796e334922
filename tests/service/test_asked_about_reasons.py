"""A question about what the reviewer or a guideline said, after one that asks about an item, asks
about that item's reasons: what it names is the reviewer's words, not another item
(service.asking.asking_span)."""

from __future__ import annotations

from datetime import date

from service.asking import asking_span
from service.understand import understand
from tests.conftest import ask, served_client

TODAY = date(2017, 6, 1)
OINTMENT = ("33M who smashed his hand in a door - why was the lidocaine ointment denied; did the reviewer say only "
            "the Lidoderm patch is recommended?")


def test_a_question_about_the_reviewers_words_asks_about_the_item_before_it() -> None:
    start, end = asking_span(OINTMENT)
    assert OINTMENT[start:end] == "why was the lidocaine ointment denied;"
    assert understand(OINTMENT, today=TODAY).treatment_words == ("lidocaine",)
    text = "why was the MRI denied? did the reviewer mention the radiculopathy?"
    assert text[slice(*asking_span(text))] == "why was the MRI denied?"
    # no question before it: it asks on its own
    text = "He had an MRI. Did the reviewer say the PT was too much?"
    assert text[slice(*asking_span(text))] == "Did the reviewer say the PT was too much?"


# a 33-year-old man's six items (all upheld), among them a lidocaine ointment; no letter has a patch
client = served_client("CM16-0234464")


def test_the_item_asked_before_the_reviewers_words_is_answered(client) -> None:
    answer = ask(client, OINTMENT)
    assert answer["kind"] == "item"
    assert answer["hits"][0]["title"] == "Lidocaine ointment 5% 106.32gm"
    assert answer["answer"].startswith('Denied (Upheld): conservative care not tried or failed [1]. In case CM16-0234464, '
                                       'the request for "Lidocaine ointment 5% 106.32gm" was denied')
