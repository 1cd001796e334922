"""A thing no letter has, listed side by side with one the patient described has ("percocet + the lidocaine for the 33
yo guy?"), does not make the whole question "not found": his lidocaine is answered, his letter's lack of Percocet said
first (service.gather.absent_named). Alone, or of no one described, it is still not found. Real letters, the real
model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# a 33-year-old man: positional MRIs, diclofenac, cyclobenzaprine, lidocaine ointment (all upheld)
client = served_client("CM16-0234464", "CM17-0013716")


@pytest.mark.parametrize(("question", "title"), [
    ("percocet + the lidocaine for the 33 yo guy?", "Lidocaine ointment 5% 106.32gm"),
    ("was the percocet or the flexeril approved for the 33 yo man",
     "Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was authorized by the Claims "
     "Administrator. The remaining IMR eligible portion of the original request, Cyclobenzaprine 7.5mg #27 is"),
])
def test_the_held_thing_listed_beside_is_answered(client, question: str, title: str) -> None:
    answer = ask(client, question)
    assert answer["answer"].startswith("Case CM16-0234464 has no request for percocet.")
    assert [(c["case_number"], c["request"]) for c in answer["citations"]][:1] == [("CM16-0234464", title)]


@pytest.mark.parametrize("question", ["percocet for the 33 yo guy?", "percocet and lidocaine - approved anywhere?"])
def test_alone_or_of_no_one_it_is_not_found(client, question: str) -> None:
    assert ask(client, question)["answer"].startswith("No letter in the index decides a request for percocet.")
