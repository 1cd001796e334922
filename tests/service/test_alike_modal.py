"""A modal verb tells no fact of the patient: "the 37 yo woman's neck MRI - what would she need to get it approved?"
fits both 37-year-old women with a denied neck MRI, as "what was missing?" does (service.alike: "would" is no word a
letter could print of one patient and not the other). Found asking by hand over the dev letters; real letters, the
real model, real HTTP."""

from __future__ import annotations

from service.alike import told_words
from service.understand import understand
from tests.conftest import ask, served_client


def test_a_modal_verb_tells_nothing_apart() -> None:
    assert told_words(understand("the 37 yo woman's neck MRI - what would she need to get it approved?")) == ()
    assert told_words(understand("could the 37 yo woman's neck MRI be approved if she had tingling?")) == ("tingling",)


# CM16-0245128 and CM17-0016204: two 37-year-old women, each with a cervical MRI upheld (the second also a thoracic one)
client = served_client("CM16-0245128", "CM17-0016204")


def test_what_she_would_need_names_both_look_alikes(client) -> None:
    answer = ask(client, "my wife is 37 and they denied her neck MRI. What would she need to show to get it approved?")
    assert answer["answer"].startswith("2 letters fit the 37-year-old woman equally and each has a request for cervical MRI.")
    assert {c["case_number"] for c in answer["citations"] if c["item_index"]} == {"CM16-0245128", "CM17-0016204"}
