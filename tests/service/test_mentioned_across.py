"""A mention asked of no one ("did any reviewer mention yoga?", "did the reviewers mention a home exercise
program?") reads every letter's rationales and lists where the topic is mentioned, each quoted and cited
(service.flows.mention); in other words too ("x-rays" of "plain film radiographs"). One patient or case
named is still one item's answer (service.flows.item). Tune-half real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.mentioned import asked_mention, speaks_of
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "topic", "rest"), [
    ("did any reviewer mention yoga?", "yoga", ""),
    ("has any reviewer ever mentioned a urine drug screen?", "a urine drug screen", ""),
    ("did the reviewers mention a home exercise program?", "a home exercise program", ""),
    ("was yoga mentioned in any letter?", "yoga", "in any letter?"),
    ("which reviewers mentioned yoga?", "yoga", ""),
    ("do any of the letters mention yoga?", "yoga", ""),
    ("which letters discuss a home exercise program?", "a home exercise program", ""),
    ("where did the reviewers mention yoga?", "yoga", "where?"),
])
def test_a_mention_asked_of_any_reviewer(text: str, topic: str, rest: str) -> None:
    told = asked_mention(text)
    assert (told.topic, told.rest) == (topic, rest)


@pytest.mark.parametrize(("topic", "sentence", "every", "spoken"), [
    ("a urine drug screen", "Urine toxicology was consistent with prescribed medications.", True, True),
    ("the UDS", "Urine drug testing is recommended.", True, True),
    ("a tox screen", "The urine drug screen was consistent with the medications prescribed.", True, True),
    ("an MRI", "such as magnetic resonance imaging for neural or other soft tissue", True, True),
    ("x-rays", "Plain film radiographs revealed abnormality.", True, True),
    ("a home exercise program", "progression in the patient's therapeutic exercise program", False, True),
    ("a home exercise program", "progression in the patient's therapeutic exercise program", True, False),
])
def test_spoken_of_in_other_words(topic: str, sentence: str, every: bool, spoken: bool) -> None:
    assert bool(speaks_of(topic, sentence, every)) is spoken


# a home exercise program: CM17-0010885 (PT approved), CM17-0015198 and CM17-0018279 (PT denied); a
# therapeutic exercise program, no home one: CM16-0231706; x-rays as "plain film radiographs": CM17-0005924
client = served_client("CM17-0010885", "CM17-0015198", "CM17-0018279", "CM16-0231706", "CM17-0005924")


def test_did_the_reviewers_mention_a_home_exercise_program(client) -> None:
    # was CM17-0018279's PT alone, as if the question were of its patient
    answer = ask(client, "did the reviewers mention a home exercise program?")
    assert answer["kind"] == "list"
    assert answer["lead"] == ("Yes: the reviewers' rationales mention a home exercise program in 3 of the 7 requests "
                              "in the index (3 letters).")
    assert answer["answer"].split(" [1]")[0] == (
        answer["lead"] + ' CM17-0010885: "Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck", '
        'approved (overturned): "The treating physician has provided medical documentation to explain why a home exercise '
        'program is not sufficient and why additional therapy is needed."')
    assert [c["case_number"] for c in answer["citations"]] == ["CM17-0010885", "CM17-0015198", "CM17-0018279"]
    assert "CM16-0231706" not in answer["answer"]


def test_did_any_reviewer_mention_x_rays(client) -> None:
    answer = ask(client, "did any reviewer mention x-rays?")
    assert answer["lead"] == "Yes: the reviewers' rationales mention x-rays in 1 of the 7 requests in the index (1 letter)."
    assert "Plain film radiographs revealed abnormality with appearance of C2 fracture." in answer["answer"]


def test_did_any_reviewer_mention_yoga(client) -> None:
    answer = ask(client, "did any reviewer mention yoga?")
    assert answer["answer"] == ("No: no reviewer's rationale in the index mentions yoga (of 7 requests). The nearest "
                                "items are shown as related, not as the answer.")
    assert answer["related"]


def test_a_case_named_is_still_its_items(client) -> None:
    answer = ask(client, "for CM17-0005924, did the reviewer mention an x-ray?")
    assert answer["kind"] == "item"
    assert answer["lead"].startswith('Yes: the reviewer wrote "Plain film radiographs revealed abnormality')


@pytest.mark.parametrize("question", ["which letters discuss a home exercise program?",
                                      "where did the reviewers mention a home exercise program?"])
def test_which_letters_mention_it(client, question: str) -> None:
    # where, not whether: no yes
    answer = ask(client, question)
    assert answer["lead"] == ("The reviewers' rationales mention a home exercise program in 3 of the 7 requests in the "
                              "index (3 letters).")


def test_which_letters_mention_what_none_does(client) -> None:
    answer = ask(client, "which reviewers mentioned yoga?")
    assert answer["answer"].startswith("No reviewer's rationale in the index mentions yoga (of 7 requests).")
