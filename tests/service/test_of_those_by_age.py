""""which of them were over 50?" after a list over the letters ("which patients had acupuncture denied?")
narrows that list to the patients of that age band (service.conversation), keeping its outcome: it answered
the same list again, the "over 50" lost. Real tune letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# acupuncture: CM17-0011703 (53 M) and CM17-0007857 (50 M) upheld, CM17-0010885 (50 F) and CM16-0230548 (60 M) overturned
client = served_client("CM17-0011703", "CM17-0007857", "CM17-0010885", "CM16-0230548")


def test_which_of_them_over_50_narrows_the_list_before(client) -> None:
    history = [{"question": "which patients had acupuncture denied?", "kind": "list",
                "items": [{"case_number": "CM17-0011703", "item_index": 5}, {"case_number": "CM17-0007857", "item_index": 1}]}]
    over = ask(client, "which of them were over 50?", history=history)
    assert over["lead"].startswith("1 of the 2 acupuncture requests of patients aged 51 or over in the index was denied (upheld).")
    assert {c["case_number"] for c in over["citations"]} == {"CM17-0011703"}
