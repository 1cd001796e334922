"""A claim with a group word after "but not": "the 33 yo guy - they okayed the MRIs but not the pills?"
checks the pills (his medications) too, the other outcome claimed for them; it checked the MRIs alone."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

client = served_client("CM16-0234464", "CM16-0219557")

QUESTION = "the 33 yo guy - they okayed the MRIs but not the pills?"


def test_the_group_told_apart_by_but_not_is_asked():
    assert asked_sets(understand(QUESTION)) == ("mri", "medication")
    # a group word that only tells the story is still not asked
    assert asked_sets(understand("he's on meds - why was his MRI denied?")) == ("mri",)


def test_the_pills_are_checked_against_the_claim(client):
    answer = ask(client, QUESTION)
    text = answer["answer"]
    assert text.startswith('No: "Single positional MRI of the lumbar spine" was denied (upheld), not approved [1].')
    assert '"Cyclobenzaprine 7.5mg #27" was denied (upheld), as the question says [3].' in text
