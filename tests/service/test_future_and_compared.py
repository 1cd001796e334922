""""Will IMR approve it?" is answered from IMR's past decisions, said as such, never as a yes or no that
reads as a prediction, and a description that fits two letters with the treatment gives each one's
(service.future); "is the 45 yo woman's naproxen case the same as the 54 yo woman's?" answers both
patients and whether they were decided alike (service.flows.pair). Real letters, the real model, real
HTTP (/api/ask)."""

from __future__ import annotations

from service.future import asks_future
from tests.conftest import ask, served_client

# four 37-year-old women: cervical MRIs upheld (CM16-0245128; CM17-0016204, with a thoracic one), a TENS unit
# and supports (CM16-0248471), baclofen (CM16-0233904); naproxen approved for a 45-year-old woman
# (CM17-0019011) and denied for a 54-year-old woman (CM17-0013716)
client = served_client("CM16-0245128", "CM17-0016204", "CM16-0248471", "CM16-0233904", "CM17-0019011", "CM17-0013716")


def test_asked_of_the_future() -> None:
    assert asks_future("my doctor wants an MRI, will IMR approve it?")
    assert asks_future("would they cover my back brace?")
    assert asks_future("is IMR going to deny it?")
    assert not asks_future("did IMR approve it?")
    assert not asks_future("why would IMR deny cognitive behavioral therapy?")
    assert not asks_future("UR denied my medical marijuana. What would IMR do?")
    # ... after a condition told with no comma
    assert asks_future("if my chiropractor writes better notes will IMR approve it next time?")
    assert not asks_future("if it was denied what will they want?")
    # ... of a thing named at length, as a follow-up writes the item out; not why it would be
    assert asks_future("would the Two refills of Ibuprofen 600mg #90 in case CM17-0002181 be approved with fewer refills?")
    assert not asks_future("why would the MRI be denied?")


def test_the_future_of_two_fitting_letters_gives_each_past_decision(client):
    answer = ask(client, "I'm 37 and a woman and my neck hurts. my doctor wants an MRI, will IMR approve it?")
    assert answer["lead"] == ("Past decisions, not a prediction: 2 letters fit the 37-year-old woman equally and each has a "
                              "request for cervical MRI. In CM17-0016204, the one request for cervical MRI was denied "
                              "(upheld). In CM16-0245128, the one request for cervical MRI was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0016204", "CM16-0245128"}


def test_the_future_of_one_fitting_letter_is_its_past_decision(client):
    answer = ask(client, "I'm 37 and a woman and my doctor wants a TENS unit, will IMR approve it?")
    assert answer["lead"].startswith('Past decision, not a prediction: the denial of "TENS unit" was upheld; it was not '
                                     'authorised [1].')


def test_two_patients_compared_as_the_same_answers_both(client):
    answer = ask(client, "is the 45 yo woman's naproxen case the same as the 54 yo woman's?")
    assert answer["lead"] == ("No: they were decided differently. The 45 yo woman's naproxen was approved (overturned); "
                              "the 54 yo woman's was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0019011", "CM17-0013716"}
    answer = ask(client, "was the 45 yo woman's naproxen decided differently from the 54 yo woman's?")
    assert answer["lead"].startswith("Yes: they were decided differently.")
