"""'was the MRI the only thing denied?' asks of the MRI and of the letter's other requests: yes or no
first, then the others (found asking by hand over test letters)."""

from __future__ import annotations

from service.only import asks_only, only_request_sentence, only_sentence

ROWS = [(1, "MRI of neck and right hand without contrast", "Upheld"),
        (2, "Acupuncture 3 times a week for 2 weeks", "Overturned"),
        (3, "TENS unit", "Upheld")]


def _cited(n: int) -> str:
    return f"[{n}]"


def test_the_question_asks_whether_it_was_the_only_one() -> None:
    assert asks_only("was the MRI the only thing denied for the 60 year old?")
    assert asks_only("Was the acupuncture the only one they approved?")
    assert not asks_only("was the MRI denied?")
    assert not asks_only("was that the only reason given?")


def test_yes_when_no_other_request_has_the_outcome() -> None:
    assert only_sentence("Overturned", [ROWS[1]], ROWS, _cited) == (
        'Yes: "Acupuncture 3 times a week for 2 weeks" was the only request approved (overturned); the other requests: '
        '"MRI of neck and right hand without contrast": denied (upheld) [1]; "TENS unit": denied (upheld) [3].')


def test_no_names_the_others_with_the_outcome() -> None:
    assert only_sentence("Upheld", [ROWS[0]], ROWS, _cited) == (
        'No: besides "MRI of neck and right hand without contrast", IMR also denied (upheld) "TENS unit" [3].')


def test_no_when_the_item_itself_had_the_other_outcome() -> None:
    assert only_sentence("Overturned", [ROWS[0]], ROWS, _cited) == (
        'No: "MRI of neck and right hand without contrast": denied (upheld); IMR approved (overturned) '
        '"Acupuncture 3 times a week for 2 weeks" [2].')
    assert only_sentence("Overturned", [ROWS[0]], [ROWS[0], ROWS[2]], _cited) == (
        'No: "MRI of neck and right hand without contrast": denied (upheld); none of the letter\'s 2 requests was '
        'approved (overturned).')


def test_the_only_thing_asked_with_no_outcome_lists_the_letters_other_requests() -> None:
    # "CM16-0230548 acupuncture || was that the only thing?": the item first, then each other request and its decision
    assert asks_only("was that the only thing? [the Acupuncture 3 times a week for 2 weeks in case CM16-0230548]")
    assert only_request_sentence([ROWS[1]], ROWS, _cited) == (
        'No: "Acupuncture 3 times a week for 2 weeks" [2] was not the only request. The letter also decided '
        '"MRI of neck and right hand without contrast": denied (upheld) [1]; "TENS unit": denied (upheld) [3].')
    assert only_request_sentence([ROWS[2]], [ROWS[2]], _cited) == (
        'Yes: "TENS unit" [3] was the only request the letter decided.')
