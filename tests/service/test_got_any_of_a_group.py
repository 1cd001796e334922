"""'did she get either?', 'did he get any of it?' ask whether IMR approved one of a group of items,
with no outcome word: the yes or no leads ("No: both were denied (upheld)"), and "either" is a yes
when one of them was approved (found asking by hand over test letters). Over the project's sample
letters, the real model and real HTTP for the answers."""

from __future__ import annotations

from service.outcomes import got_any
from tests.conftest import ask, sample_client

client = sample_client("CM16-0162840")  # a 70-year-old male truck driver: FRP and TENS upheld, shoulder MRI overturned


def test_getting_one_of_a_group_asks_of_its_approval() -> None:
    assert got_any("46 yo woman's nerve tests - did she get either?") == "Overturned"
    assert got_any("57 yo man's back shots - did he get any of it?") == "Overturned"
    assert got_any("did they get both?") == "Overturned"
    assert got_any("did she get the MRI?") is None
    assert got_any("did she get either approved?") is None  # an outcome word asks on its own
    # ... of a patient described, of their things named
    assert got_any("did the 57 yo man get either of his epidurals?") == "Overturned"
    assert got_any("did the doctor get the results?") is None
    assert got_any("did he win anything?") == "Overturned"
    # ... got back, got through
    assert got_any("33 yo, the anti-inflammatory and the muscle relaxer - did he get either back?") == "Overturned"
    assert got_any("did she get both through?") == "Overturned"
    assert got_any("did he get either back surgery?") is None


def test_neither_got_is_a_no_first(client) -> None:
    answer = ask(client, "70 yo truck driver - the functional restoration program and the TENS, did he get either?")
    assert answer["answer"].startswith("No: both were denied (upheld) [1][2].")


def test_either_of_his_things_named_is_a_no_first(client) -> None:
    answer = ask(client, "did the 70 yo truck driver get either of his TENS and restoration program?")
    assert answer["answer"].startswith("No: both were denied (upheld) [1][2].")


def test_either_got_is_a_yes_when_one_was_approved(client) -> None:
    answer = ask(client, "70 yo truck driver - the TENS and the shoulder MRI, did he get either?")
    assert answer["answer"].startswith("Yes: 1 of the 2 was approved (overturned), 1 denied (upheld) [1][2].")
    answer = ask(client, "70 yo truck driver - the TENS and the shoulder MRI, did he get anything?")
    assert answer["answer"].startswith("Yes: 1 of the 2 was approved (overturned), 1 denied (upheld) [1][2].")
    answer = ask(client, "70 yo truck driver - the TENS and the shoulder MRI, did he get both?")
    assert answer["answer"].startswith("No: 1 of the 2 was approved (overturned), 1 denied (upheld) [1][2].")


def test_no_thing_named_asks_of_the_patients_requests(client) -> None:
    # "60 yo man - did he get any of it?" answered his denied MRI alone, not his approved acupuncture
    answer = ask(client, "70 yo man - did he get any of it?")
    # each of the three explained, so each one's decision, cited by its heading
    assert answer["answer"].startswith("Yes: in CM16-0162840, ")
    lead = answer["answer"].split(" Approved (Overturned)")[0]
    for said in ('"Left shoulder MRI" was approved (overturned) [', '"TENS unit, 30 day rental" was denied (upheld) [',
                 '"Functional restoration program, 8 days" was denied (upheld) ['):
        assert said in lead
