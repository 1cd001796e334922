"""A thing no treatment set stands for and no letter prints, asked of a named case with nothing else asked: the case
lacks it (service.lacking.case_lacks_unknown). "CM16-0248471 what about her hot tub?" answered her TENS unit. Over real
letters, the real model and real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask, served_client

# CM16-0248471: a 37-year-old woman's TENS unit, lumbar support, cervical and wedge pillows, wrist and elbow braces,
# all upheld; CM17-0013625: a 40-year-old woman's celecoxib and four oral suspensions
client = served_client("CM16-0248471", "CM17-0013625")


@pytest.mark.parametrize(("question", "thing"), [
    ("CM16-0248471 what about her hot tub?", "hot tub"),
    ("CM16-0248471 was the hot tub approved?", "hot tub"),
    ("CM16-0248471 did she get a jacuzzi?", "jacuzzi"),
])
def test_a_thing_no_letter_prints_is_lacking(client, question: str, thing: str) -> None:
    answer = ask(client, question)
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith(f"Case CM16-0248471 has no request for {thing}. Its letter decided 6 items: "
                                       '1. "TENS unit": denied (upheld)')


def test_a_word_no_letter_prints_asked_with_more_is_no_thing_asked(client) -> None:
    # "pharmacist's" is printed by no letter, but the question asks what the reviewer thought: the case is answered
    answer = ask(client, "CM17-0013625 what did the reviewer think of the pharmacist's note?")
    assert answer["not_found"] == ""
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013625"}


def test_a_word_no_letter_prints_that_names_no_thing_is_no_thing_asked(client) -> None:
    # "did she win anything?" after a case: "win" is printed by no letter, but names no thing (tune nat-4365)
    answer = ask(client, "did she win anything? [in case CM16-0248471]")
    assert answer["not_found"] == ""
    assert answer["answer"].startswith("No: in CM16-0248471, all 6 requests were denied (upheld)")


def test_a_thing_the_case_has_is_answered(client) -> None:
    answer = ask(client, "CM16-0248471 what about the pillows?")
    assert answer["not_found"] == ""
    assert {c["item_index"] for c in answer["citations"]} == {3, 4}
