"""The subject of a verb before a treatment's head word is no kind of the treatment
(service.gather.unknown_phrase): "the 27 yo woman got shots in her knee denied" names shots, not a
"woman got shots" no letter decides. A sample letter, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, sample_client

# a 27-year-old woman: a PRP injection of the left knee and trigger point injections, both upheld
client = sample_client("CM16-0162857")


def test_the_subject_before_got_is_not_part_of_the_treatment(client) -> None:
    answer = ask(client, "the 27 yo woman got shots in her knee denied, what kind of shot was it and why?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "PRP injection, left knee"
    assert answer["answer"].startswith("Denied (Upheld)")


def test_an_unknown_kind_after_got_is_still_not_found(client) -> None:
    answer = ask(client, "a coworker got prolotherapy shots, were they approved?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for prolotherapy shots.")
