"""The word said right before the treatment asked, printed by some of its requests' headings, narrows a list
across letters to those (service.scope._qualifier): "did anyone get a positional MRI approved?" is asked of the
three positional MRIs (all denied), not of every MRI (one of which was approved). Over real letters, the real
model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# three single positional MRIs (upheld) of a 33-year-old man; a cervical MRI (overturned); a retrospective
# cervical CT (overturned); a lumbar MRI and a cervical CT (upheld) among five items
client = served_client("CM16-0234464", "CM16-0246624", "CM17-0005924", "CM17-0011703")


def test_a_positional_mri_asked_lists_the_positional_ones(client) -> None:
    answer = ask(client, "did anyone get a positional MRI approved?")
    assert answer["answer"].startswith("No: none of the 3 positional MRI requests in the index was approved (overturned); "
                                       "all 3 were denied (upheld).")


def test_an_mri_asked_plainly_lists_every_mri(client) -> None:
    answer = ask(client, "did anyone get an MRI approved?")
    assert answer["answer"].startswith("Yes: 1 of the 5 MRI requests in the index was approved (overturned).")


def test_a_retrospective_ct_asked_lists_the_retrospective_one(client) -> None:
    answer = ask(client, "any retrospective CT scans approved?")
    assert answer["answer"].startswith("Yes: the one retrospective CT scan request in the index was approved (overturned).")
