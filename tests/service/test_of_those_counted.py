""""which of those were for the neck?" after a count over the letters ("how many MRIs were denied?") narrows
that count's list (service.conversation), keeping its outcome: the denied neck MRIs, not every neck MRI. Real
letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# neck MRIs: CM16-0239607 and CM16-0245128 upheld, CM16-0246624 overturned; a lumbar MRI, CM17-0005246, upheld
client = served_client("CM16-0239607", "CM16-0245128", "CM16-0246624", "CM17-0005246")


def test_which_of_those_narrows_the_count_before(client) -> None:
    history = [{"question": "how many MRIs were denied?", "kind": "count",
                "items": [{"case_number": "CM16-0239607", "item_index": 1}, {"case_number": "CM16-0245128", "item_index": 1},
                          {"case_number": "CM17-0005246", "item_index": 1}]}]
    neck = ask(client, "which of those were for the neck?", history=history)
    assert neck["lead"].startswith("2 of the 3 cervical MRI requests in the index were denied (upheld).")
    assert {c["case_number"] for c in neck["citations"]} == {"CM16-0239607", "CM16-0245128"}
