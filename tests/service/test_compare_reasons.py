"""A comparison of outcomes by group ("shoulder MRIs versus neck MRIs - which does IMR approve more
often?") cites, for each group, an item of the outcome counted and one of the other, from another
letter, each with the finding that decided it. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# shoulder MRIs: CM17-0014288, CM17-0002106 (both upheld); neck MRIs: CM16-0246624 (overturned),
# CM17-0016204 and CM17-0002106 (upheld)
client = served_client("CM17-0014288", "CM17-0002106", "CM16-0246624", "CM17-0016204")


def test_each_group_gives_an_approved_and_a_denied_item_with_its_reason(client):
    body = ask(client, "shoulder MRIs versus neck MRIs - which does IMR approve more often?")
    text = body["answer"]
    assert text.startswith("Among MRI items, the share overturned (approved), by group: shoulder MRIs: 0 of 2 (0%); "
                           "neck MRIs: 1 of 3 (33%). For example, ")
    assert 'CM16-0246624, approved: "MRI scan of the cervical spine: Overturned" [' in text
    assert ('Why: "The medical records report further conservative care of at least 1 month and presence of '
            'neurologic deficit which is decreased sensation." [') in text
    assert [c["case_number"] for c in body["citations"] if c["role"] == "finding"] == [
        "CM17-0014288", "CM17-0002106", "CM16-0246624", "CM17-0016204"]
