"""'which approvals came from reviewers who relied on the ODG?': approvals or denials listed by the guideline
source their reviewers cited, no treatment named, are counted and shown over the collection
(service.collection.cues._BY_SOURCE; service.collection.read reads 'approvals' and 'denials' as the items
listed). It answered "No letter in the index decides a request for relied ODG." With a treatment named
("which denials cited ODG for an MRI?") the list of that treatment keeps the source as its filter (service.cited).
Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.collection.read import read
from service.collection.vocab import Vocabulary
from service.understand import understand
from tests.conftest import ask, served_client

VOCAB = Vocabulary(chapters=(("MTUS", "Chronic Pain Medical Treatment", "2016"),), sections=("Summary",),
                   specialties=("Family Practice",), months=("2017-01", "2017-02"))

# CM17-0010885: acupuncture and PT overturned, both citing ODG; CM16-0246624: cervical MRI overturned citing ODG;
# CM17-0019011: naproxen overturned, MTUS and ACOEM only
client = served_client("CM17-0010885", "CM16-0246624", "CM17-0019011")


def test_approvals_by_the_source_cited_are_counted() -> None:
    assert understand("which approvals came from reviewers who relied on the ODG?").kind == "count"
    assert understand("which denials cited ACOEM?").kind == "count"
    assert understand("which denials cited ODG for an MRI?").kind != "count"
    cq = read("which approvals came from reviewers who relied on the ODG?", VOCAB)
    assert cq is not None and cq.where == {"decision": "Overturned", "guideline_source": "ODG"}


def test_the_approvals_citing_odg_are_shown(client) -> None:
    answer = ask(client, "which approvals came from reviewers who relied on the ODG?")["answer"]
    assert answer.startswith("3 overturned items citing ODG are in the index, of 3 items citing ODG in all (100%).")
    assert "CM17-0010885" in answer and "CM16-0246624" in answer
    assert "Naproxen" not in answer and "relied ODG" not in answer
