""""they denied the MRI but approved the needles, right?" claims two outcomes, one of each thing: the denial
is IMR's as the approval is, told by the same "they" (service.outcomes), "the needles" is the acupuncture
where it stands (service.premises), the letter answered is one that decided both things named
(service.all_named), and a claim checked item by item is not corrected again in an item's own answer
(service.flows.item). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.outcomes import read_outcomes
from service.premises import by_clause
from service.yes_no import claimed
from tests.conftest import ask, served_client

# CM16-0230548: a 60-year-old man's neck and hand MRI (upheld) and acupuncture (overturned); CM16-0234464: a
# 33-year-old man's three MRIs and three medications, all upheld, no acupuncture
client = served_client("CM16-0230548", "CM16-0234464")

MRI = '"MRI of neck and right hand without contrast"'
ACUPUNCTURE = '"Acupuncture 3 times a week for 2 weeks, neck, right hand and head"'
CLAIM = "they denied the MRI but approved the needles, right?"


def test_the_same_they_denied_and_approved() -> None:
    assert [(o.words, o.decision, o.role) for o in read_outcomes(CLAIM).found] == [
        ("denied", "Upheld", "asked"), ("approved", "Overturned", "asked")]
    # ... not UR's part of a request, nor what IMR did after them
    assert read_outcomes("they denied the PT but approved 6 of the 12 visits").found[0].role == "ur"
    assert read_outcomes("they denied the MRI but IMR approved it").found[0].role == "ur"


def test_a_lay_word_claims_its_own_thing() -> None:
    assert by_clause(CLAIM, claimed(CLAIM), ("MRI", "needles"), [("mri", "imaging"), ("acupuncture",)]) == [
        "Upheld", "Overturned"]


def test_both_parts_hold(client) -> None:
    answer = ask(client, CLAIM)["answer"]
    assert answer.startswith(f"Yes: {MRI} was denied (upheld) [1]. {ACUPUNCTURE} was approved (overturned) [2].")


def test_one_part_wrong(client) -> None:
    answer = ask(client, "the 60 yo man - the MRI and the needles were approved, right?")["answer"]
    assert answer.startswith(f"No: {MRI} was denied (upheld), not approved [1]. {ACUPUNCTURE} was approved "
                             "(overturned), as the question says [2]. Denied (Upheld): ")
    assert "IMR denied it" not in answer


def test_the_claims_after_a_colon_are_their_own_part() -> None:
    # nat-3626: the "who" of "who fell" before the colon read the claims after it as no yes/no
    told = "the 54 year old woman who fell: her shoulder MRI was denied and the head CT was approved?"
    assert [d for _at, d in claimed(told)] == ["Upheld", "Overturned"]
    assert claimed("the 54 year old woman who fell: which of her scans were denied?") == []
