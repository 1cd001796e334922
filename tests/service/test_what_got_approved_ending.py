""""the 40 yo construction worker: what got approved?" asks of every request of the one patient
described (service.flows.chosen.EVERY_ITEM), as "what got approved for her?" does: one patient's
eight denials are all told, not one of them explained as "it". Sample letters, the real model,
real HTTP."""

from __future__ import annotations

from service.flows.chosen import EVERY_ITEM
from tests.conftest import ask, sample_client

# a 40-year-old construction laborer whose 8 requests were all denied (CM16-0162902); a
# 40-year-old delivery driver (CM16-0162789)
client = sample_client("CM16-0162902", "CM16-0162789")


def test_what_was_decided_closing_the_question_is_every_item() -> None:
    assert EVERY_ITEM.search("the 40 yo construction worker: what got approved?")
    assert EVERY_ITEM.search("the 62 yo man - what did IMR deny")
    assert not EVERY_ITEM.search("what got approved about the ultrasound?")
    # ... and "which were approved?" with no kind named (it was read as one item: "IMR denied it: ... CT scan of head")
    assert EVERY_ITEM.search("the 33 yo guy - which were approved")
    assert not EVERY_ITEM.search("which MRIs were approved?")


def test_every_request_of_the_patient_is_told(client):
    answer = ask(client, "the 40 yo construction worker: what got approved?")
    assert answer["answer"].startswith('IMR denied them: "Gabapentin 600mg #40" [1], "Work hardening program, 12 sessions" '
                                      '[2] and "HELP functional restoration program, 80 hours" [3] were denied (upheld: '
                                      "not authorised). In CM16-0162902, all 8 "
                                       "requests were denied (upheld) [1][2][3][4][5][6][7][8].")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0162902"}
    assert len({c["item_index"] for c in answer["citations"]}) == 8
