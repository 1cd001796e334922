"""A yes/no asked tersely, its auxiliary dropped ("CM16-0234464 - any of the MRIs approved?"), is answered with its
no first, as "were any of the MRIs approved?" is (service.flows.item)."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# a letter of six denials (three positional MRIs); one of five chiropractic-office denials
client = served_client("CM16-0234464", "CM16-0231745", "CM16-0248471")


@pytest.mark.parametrize(("question", "opening"), [
    ("CM16-0234464 - any of the MRIs approved?", 'No: IMR denied them: "Single positional MRI of the right hand" [1], '),
    ("def atty - CM16-0231745, any of the 5 items overturned (exams, manipulation, e-stim, ultrasound)?",
     'No: IMR denied them: "Spinal manipulation 1 times 8" [1], '),
    # after a comma, closing what was told first
    ("33 year old guy, diclofenac and cyclobenzaprine, were any of them approved?",
     'No: IMR denied them: "Diclofenac ER 100mg #60" [1] and "Cyclobenzaprine 7.5mg #27" [2] were denied'),
    # "either one" as "any" ("IMR denied them: ..." with no no first)
    ("CM16-0248471 TENS and lumbar support - either one approved?",
     'No: IMR denied them: "TENS unit" [1] and "Lumbar support" [2] were denied'),
])
def test_any_asked_tersely_is_answered_no_first(client, question: str, opening: str) -> None:
    assert ask(client, question)["answer"].startswith(opening)
