"""A list asked for ("list all the approvals", "what got approved across all the letters?") cites every
item it counts, up to 15, not the three examples a count gives; a count ("how many were approved?")
keeps its examples. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# five approvals in four letters (naproxen; acupuncture and PT for the neck; an EMG/NCS; a neck CT), and
# one letter of four denials
client = served_client("CM17-0019011", "CM17-0010885", "CM16-0248034", "CM17-0005924", "CM17-0013716")

APPROVED = {("CM17-0019011", 1), ("CM17-0010885", 1), ("CM17-0010885", 2), ("CM16-0248034", 1), ("CM17-0005924", 1)}


def _cited(answer: dict) -> set[tuple[str, int]]:
    return {(c["case_number"], c["item_index"]) for c in answer["citations"]}


def test_every_approval_listed(client):
    for question in ("list all the approvals", "what got approved across all the letters?",
                     "show me every overturned decision"):
        answer = ask(client, question)
        assert answer["answer"].startswith("9 items are in the index; 5 of them were overturned (approved) and 4 upheld "
                                           "(denied). All of them: "), question
        assert _cited(answer) == APPROVED, question


def test_a_count_keeps_its_examples(client):
    answer = ask(client, "how many requests were approved?")
    assert answer["answer"].startswith("5 overturned items are in the index, of 9 items in all (56%). For example, ")
    assert len(_cited(answer)) == 3


def test_the_whole_collection_named_is_no_treatment(client):
    # "overall" was read as a treatment no letter decides
    answer = ask(client, "what was overturned overall")
    assert _cited(answer) == APPROVED


def test_a_count_whose_examples_are_all_of_them_says_so(client):
    # the one approved acupuncture, and the three approved neck requests (acupuncture, PT, CT): every one cited
    answer = ask(client, "how many acupuncture requests were approved?")
    assert answer["answer"].startswith("1 overturned acupuncture item is in the index, of 1 acupuncture item in all (100%). "
                                       'It is CM17-0010885, approved: "Initial acupuncture')
    three = ask(client, "how many neck requests were overturned?")
    assert three["answer"].startswith("3 overturned cervical items are in the index, of 3 cervical items in all (100%). "
                                      'All 3: CM17-0010885, approved: "Initial acupuncture')
