"""'in which decisions did the reviewer not cite any medical evidence at all?': a listing opened by a
preposition ("in which decisions", "for which requests") is read as "which decisions ..." is
(service.collection.read.ITEM_LISTING), and "did the reviewer not cite any" as "did not cite any"
(service.collection.lexicon): the items whose guideline line cites no medical evidence. It answered "No
disputed items are in the index, so there is nothing to count." Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.collection.read import read
from service.collection.vocab import Vocabulary
from tests.conftest import ask, served_client

VOCAB = Vocabulary(chapters=(("MTUS", "Chronic Pain Medical Treatment", "2016"),), sections=("Summary",),
                   specialties=("Orthopedic Surgery",), months=("2017-01", "2017-02"))

# CM17-0006797: a shoulder arthroscopy (MTUS cited) and its 4 associated items, for which the reviewer cited no
# medical evidence; CM17-0019011: naproxen, MTUS cited
client = served_client("CM17-0006797", "CM17-0019011")


def test_in_which_decisions_is_a_listing_of_no_evidence() -> None:
    cq = read("in which decisions did the reviewer not cite any medical evidence at all, and what were those items?", VOCAB)
    assert cq is not None and (cq.shape, cq.where) == ("count", {"guideline_source": "none"})
    cq = read("for which requests did the reviewer cite no medical evidence?", VOCAB)
    assert cq is not None and (cq.shape, cq.where) == ("count", {"guideline_source": "none"})
    assert read("in the letters, did they approve it?", VOCAB) is None


def test_decisions_citing_no_evidence_are_counted_and_shown(client) -> None:
    answer = ask(client, "in which decisions did the reviewer not cite any medical evidence at all, and what were "
                         "those items?")["answer"]
    assert answer.startswith("4 items citing no medical evidence are in the index: 4 upheld (denied) and 0 overturned (approved).")
    assert '"Preoperative Medical Clearance: Upheld"' in answer
    assert "Naproxen" not in answer and "nothing to count" not in answer
