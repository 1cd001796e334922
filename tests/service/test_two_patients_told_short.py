"""Two patients told as a treater types them ("the 48M with the elbow MRI and the 62F with the shoulder MRI")
are two patients (service.two_patients), each treatment without the word that gives it ("elbow MRI", not
"with the elbow MRI"); and a next turn that speaks of them together ("what were their decisions?") asks of
both (service.conversation.resolve): it found nothing (tune nat-4267, nat-4268)."""

from __future__ import annotations

from service.conversation import Earlier, resolve
from service.two_patients import two_descriptions
from tests.conftest import ask, served_client


def test_two_patients_told_telegraphically():
    first, second = two_descriptions("the 48M with the elbow MRI and the 62F with the shoulder MRI - what were their "
                                     "decisions?")
    assert (first.person, first.treatment) == ("the 48 yo man", "elbow MRI")
    assert (second.person, second.treatment, second.words) == ("the 62 yo woman", "shoulder MRI",
                                                               "the 62 yo woman's shoulder MRI")
    assert two_descriptions("the 48M with the elbow MRI - why was it denied?") is None


def test_their_next_turn_asks_of_both():
    before = Earlier(question="the 48M with the elbow MRI and the 62F with the shoulder MRI", kind="item")
    resolved = resolve("what were their decisions?", [before])
    assert resolved.question == "the 48M with the elbow MRI and the 62F with the shoulder MRI - what were their decisions?"
    assert resolved.carried == ("patients: the two described in the previous question",)


# a 48-year-old man's right elbow MRI (upheld); a 62-year-old woman's right shoulder MRI (upheld)
client = served_client("CM16-0242302", "CM17-0014288")


def test_each_of_the_two_is_answered(client):
    answer = ask(client, "the 48M with the elbow MRI and the 62F with the shoulder MRI - what were their decisions?")
    assert answer["answer"].startswith("The 48 yo man's elbow MRI was denied (upheld); the 62 yo woman's shoulder MRI "
                                       "was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0242302", "CM17-0014288"}
