"""A job said loosely ("the office worker") that no case summary prints as typed: the letters whose
summaries print its own word ("a 66-year-old female office assistant") are the patient described.
The project's sample letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.people import loosely
from tests.conftest import ask, sample_client

# two office assistants (a lumbar MRI, CM15-0249515; PT for the low back, CM15-0249485), a police
# officer (Cymbalta, CM15-0249494), and a right knee MRI of another patient (CM15-0249506)
client = sample_client("CM15-0249515", "CM15-0249485", "CM15-0249494", "CM15-0249506")


def test_the_word_for_any_worker_is_left_off() -> None:
    assert loosely(("office worker", "warehouse employee", "farm worker")) == ("office", "warehouse", "farm")
    assert loosely(("worker", "truck driver")) == ("worker", "truck driver")


def test_an_office_worker_is_an_office_assistant(client) -> None:
    answer = ask(client, "what was denied for the office worker")
    assert answer["lead"] == ("2 letters fit the office worker equally. In CM15-0249515, the one request was denied "
                              "(upheld). In CM15-0249485, the one request was denied (upheld).")
    mri = ask(client, "the office worker's MRI - why was it denied?")
    assert {c["case_number"] for c in mri["citations"]} == {"CM15-0249515"}
