"""An item of a neighbouring set that the reviewer decided under the asked set's own guideline
section ("Electrical stimulation 1 times 8", decided under "TENS, chronic pain (transcutaneous
electrical nerve stimulation)") is in the scope of a pattern or list about that set, and the answer
says so. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# TENS units: CM16-0248471, CM17-0017776; electrical stimulation under the TENS section: CM16-0231745
client = served_client("CM16-0248471", "CM17-0017776", "CM16-0231745")


def test_an_item_decided_under_the_sets_guideline_is_in_its_pattern(client):
    body = ask(client, "tens unit - why do they keep getting denied")
    assert body["answer"].startswith("Of 3 TENS unit requests (and electrical stimulation decided under its guideline) "
                                     "in the index, 3 were denied (upheld) and 0 approved (overturned). ")
    assert {c["case_number"] for c in body["citations"] if c["role"] == "finding"} == {
        "CM16-0248471", "CM17-0017776", "CM16-0231745"}


def test_the_neighbour_asked_by_its_own_name_stays_itself(client):
    body = ask(client, "electrical stimulation - why does IMR keep denying it?")
    assert body["answer"].startswith("Of 1 electrical stimulation (therapy) request in the index, 1 was denied "
                                     "(upheld) and 0 approved (overturned). ")
