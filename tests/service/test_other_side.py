"""A side the question gives a body part that the answered item does not have is said
(service.sides, service.flows.item): "an MRI of her left hip" answered by the letter's right hip
MRI. A side of another body part, a request naming no side, or both sides say nothing. Over real
letters, the real model and real HTTP for the answer."""

from __future__ import annotations

from service.sides import other_side, other_side_asked, other_unsided, told_sides
from tests.conftest import ask, served_client

HIP = ("My wife is 61. She fell at work in December and hurt her right shoulder and hip, the hip pain is 9 out of 10 "
       "and the hip x-ray was normal. Why won't they approve an MRI of her left hip?")


def test_the_side_given_each_body_part() -> None:
    assert told_sides(HIP) == {"shoulder": {"right"}, "hip": {"left"}}
    assert told_sides("pain in the rt knee and L shoulder") == {"knee": {"right"}, "shoulder": {"left"}}


def test_the_other_side_is_said_only_of_the_same_body_part() -> None:
    assert other_side(HIP, "MRI without contrast of the right hip", ("hip",)) == \
        "The letter's request is for the right hip, not the left hip the question names."
    assert other_side(HIP, "MRI of the right shoulder without contrast", ("shoulder",)) == ""
    assert other_side("my left knee hurts: why was the lumbar MRI denied?", "MRI of the lumbar spine", ("lumbar",)) == ""
    assert other_side("the left arm EMG", "EMG/NCS of the bilateral upper extremities", ("upper extremity",)) == ""


# a 61-year-old woman's right hip MRI (upheld)
client = served_client("CM16-0248655")


def test_an_item_of_the_other_side_is_answered_and_the_side_said(client) -> None:
    answer = ask(client, HIP)
    assert answer["hits"][0]["title"] == "MRI without contrast of the right hip"
    # said first, before the item it is not (before: at the end of a "why" answer, after the right hip's reasons)
    assert answer["answer"].startswith("The letter's request is for the right hip, not the left hip the question names. "
                                       "Denied (Upheld): no objective findings or red flags [1].")


def test_the_other_side_asked_after_the_requests_side_was_told() -> None:
    right_hip = "MRI without contrast of the right hip"
    assert other_side_asked("her right hip MRI wasn't approved - was the left hip approved?", right_hip, ("hip",)) == \
        "the left hip"
    assert other_side_asked("her right hip MRI wasn't approved - what about the other hip?", right_hip, ("hip",)) == \
        "the left hip"
    assert other_side_asked("his knee MRI wasn't approved, he's 47 - was the other knee approved?", "MRI of the left knee",
                            ("knee",)) == "the right knee"
    # the request's side not told (the side got wrong: service.sides.other_side), or told last, or no side requested
    assert other_side_asked("was her left hip MRI approved?", right_hip, ("hip",)) == ""
    assert other_side_asked("her left and right hip MRI?", right_hip, ("hip",)) == ""
    assert other_side_asked("her right knee MRI was denied - was the left knee approved?", "EMG/NCS of the bilateral "
                            "lower extremities", ("knee",)) == ""


def test_the_other_side_asked_is_said_missing_first_with_no_yes_or_no(client) -> None:
    answer = ask(client, "my mom is 61 and her right hip MRI wasn't approved - was the left hip approved?")
    assert answer["answer"].startswith("Case CM16-0248655 has no request for the left hip. ")
    assert not answer["answer"].startswith(("No", "Yes"))


def test_the_other_one_asked_with_no_side_told() -> None:
    # which knee was denied is not told, nor which is the other: no yes or no first (service.flows.item)
    assert other_unsided("my husband's knee MRI wasn't approved, he's 47 - was the other knee approved?", ("knee",))
    assert not other_unsided("her right knee MRI wasn't approved - was the other knee approved?", ("knee",))
    assert not other_unsided("was the other knee approved?", ("knee",))  # (a follow-up: service.conversation)
    assert not other_unsided("his knee MRI was denied - was the other knee approved?", ("hip",))


def test_a_yes_no_of_the_other_side_gets_the_side_first_and_no_yes_or_no(client) -> None:
    # "No:" or "Yes:" would be of a left hip MRI the letter has no request for: the side the request is for first
    for question in ("my mom is 61, was her left hip MRI approved?", "my mom is 61, was her left hip MRI denied?"):
        answer = ask(client, question)["answer"]
        assert answer.startswith("The letter's request is for the right hip, not the left hip the question names. "
                                 "Denied (Upheld): "), answer
        assert answer.count("The letter's request is for the right hip") == 1
