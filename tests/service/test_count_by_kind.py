"""A count broken down by kind of treatment when the question asks which kinds (service.collection.by_kind)."""

from __future__ import annotations

import pytest

from service.collection.by_kind import kinds_asked
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "asked"), [
    ("how many overturned, and which kinds?", True),
    ("of the women's requests, how many got overturned and what kind of treatment were they?", True),
    ("how many approvals were there, broken down by type?", True),
    ("how many were overturned?", False),
    ("how many MRIs were denied?", False),
])
def test_the_kinds_are_asked_by_which_kinds_or_a_breakdown(question: str, asked: bool) -> None:
    assert kinds_asked(question) is asked


# acupuncture and neck PT overturned (CM17-0010885), naproxen overturned (CM17-0019011), EMG/NCS overturned
# (CM16-0248034), a lumbar MRI upheld (CM17-0005246)
letters = served_client("CM17-0010885", "CM17-0019011", "CM16-0248034", "CM17-0005246")


def test_how_many_overturned_and_which_kinds_gives_the_breakdown(letters) -> None:
    # answered '14 overturned items are in the index ... For example, ...' with no kind said
    answer = ask(letters, "how many overturned, and which kinds?")
    assert answer["answer"].startswith(
        "4 overturned items are in the index, of 5 items in all (80%). By kind of treatment: acupuncture 1, EMG "
        "(electromyography) 1, medication 1, nerve conduction studies (NCS/NCV) 1, physical therapy 1 (an item of two "
        "kinds counts under each).")
    assert {(c["case_number"], c["item_index"]) for c in answer["citations"]} >= {
        ("CM16-0248034", 1), ("CM17-0010885", 1), ("CM17-0010885", 2), ("CM17-0019011", 1)}


def test_a_count_not_asking_kinds_gives_none(letters) -> None:
    assert "By kind" not in ask(letters, "how many were overturned?")["answer"]
