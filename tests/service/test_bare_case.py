"""A case number typed without "CM" and its year (service.bare_case): "was the acupuncture in 0010885
denied too?" answered another letter's acupuncture; the number names a case when exactly one indexed
letter carries it. The reading is a pure function of the text and of which case numbers are indexed;
the last test asks over two real letters, the real model and real HTTP."""

from __future__ import annotations

from collections.abc import Iterable

from service.bare_case import with_case_numbers
from tests.conftest import ask, served_client

INDEXED = {"CM17-0010885", "CM17-0013625", "CM16-0090210", "CM16-0002016", "CM16-0012345", "CM17-0012345"}


def _indexed(case_numbers: Iterable[str]) -> list[str]:
    return [cn for cn in case_numbers if cn in INDEXED]


def test_seven_digits_with_a_leading_zero_name_the_one_case() -> None:
    assert with_case_numbers("was the acupuncture in 0010885 denied too?", _indexed) == (
        "was the acupuncture in CM17-0010885 denied too?",
        ["case number: read '0010885' as CM17-0010885 (the one indexed case with that number)"])


def test_a_number_after_case_or_claim_is_read() -> None:
    assert with_case_numbers("case 13625 - the celebrex?", _indexed)[0] == "case CM17-0013625 - the celebrex?"
    assert with_case_numbers("claim #0013625 the celebrex", _indexed)[0] == "claim #CM17-0013625 the celebrex"
    assert with_case_numbers("case no. 2016, the MRI", _indexed)[0] == "case no. CM16-0002016, the MRI"


def test_five_or_six_digits_alone_are_read() -> None:
    assert with_case_numbers("13625: was the celebrex denied?", _indexed)[0] == "CM17-0013625: was the celebrex denied?"


def test_numbers_of_other_kinds_are_left_as_typed() -> None:
    for text in ("decided 12/19/2016, the MRI?", "was the $13625 bill paid", "ibuprofen #90210", "90210 mg of it",
                 "2016 - why was the MRI denied", "it cost 13,625", "cm17 13625 the celebrex", "CM17-0013625 celebrex",
                 "the 0010885x form", "10885-1 in the file"):
        assert with_case_numbers(text, _indexed) == (text, []), text


def test_a_number_two_indexed_cases_carry_is_not_guessed() -> None:
    assert with_case_numbers("case 12345, the PT?", _indexed) == ("case 12345, the PT?", [])


def test_a_number_no_indexed_case_carries_is_left() -> None:
    assert with_case_numbers("case 0099999 the MRI", _indexed) == ("case 0099999 the MRI", [])


# CM17-0010885: a 50-year-old woman's initial acupuncture and additional PT, both overturned; CM17-0007857:
# a 50-year-old man's acupuncture, upheld
client = served_client("CM17-0010885", "CM17-0007857")


def test_the_bare_number_picks_its_letter(client) -> None:
    answer = ask(client, "was the acupuncture in 0010885 denied too?")
    assert answer["answer"].startswith('No: "Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck" '
                                       "was approved (overturned")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0010885"}


def test_the_answer_echoes_the_question_as_typed_and_notes_the_reading(client) -> None:
    answer = ask(client, "was the acupuncture in 0010885 denied too?")
    assert answer["question"] == "was the acupuncture in 0010885 denied too?"
    assert "case number: read '0010885' as CM17-0010885 (the one indexed case with that number)" in (
        answer["understood"]["notes"])
