"""A typo in a short treatment or body word (3-4 letters as typed: "ncek", "bak", "kene", "TNES",
"Noco", "elow") is read as the word, so the body region or treatment it names is found; short
common words one letter from them ("had", "ten", "his", "face") are left as typed."""

from __future__ import annotations

from datetime import date

import pytest

from service.spelling import correct
from service.understand import understand

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(("typed", "read"), [
    ("ncek", "neck"), ("nek", "neck"), ("bcak", "back"), ("bak", "back"), ("kene", "knee"), ("kne", "knee"),
    ("hnad", "hand"), ("haed", "head"), ("sacn", "scan"), ("exm", "exam"), ("Noco", "norco"), ("elow", "elbow"),
    ("TNES", "TENS"), ("pian", "pain"), ("chro", "chiro"),
])
def test_a_short_word_with_a_letter_left_out_or_swapped_is_read(typed: str, read: str) -> None:
    assert correct(f"Why was the {typed} MRI denied?") == (f"Why was the {read} MRI denied?", [(typed, read)])


@pytest.mark.parametrize("word", ["had", "ten", "his", "face", "hip", "arm", "leg", "IM", "ESI", "the", "pain", "pin", "pan"])
def test_short_common_words_are_kept(word: str) -> None:
    assert correct(f"Was the {word} request approved?") == (f"Was the {word} request approved?", [])


def test_the_corrected_short_word_names_its_region_and_treatment() -> None:
    assert understand("Was the retro CT of the ncek approved in CM17-0005924?", today=TODAY).body_regions == ("cervical",)
    assert understand("Why was the kene MRI denied in CM17-0002892?", today=TODAY).body_regions == ("knee",)
    q = understand("Was the TNES unit approved in case CM17-0011703?", today=TODAY)
    assert q.treatments[0] == "tens"
    assert q.notes[0] == "spelling: read 'TNES' as 'TENS'"
    assert understand("Why was the Noco denied in case CM16-0234464?", today=TODAY).treatments[0] == "hydrocodone"


def test_a_typo_after_x_is_read_as_rays() -> None:
    assert correct("How many x-ras did IMR look at?") == ("How many x-rays did IMR look at?", [("ras", "rays")])


def test_a_typo_after_a_spine_letter_is_read_as_spine() -> None:
    assert correct("Why was the c-spne MRI denied?") == ("Why was the c-spine MRI denied?", [("spne", "spine")])
    assert correct("was the L-spne xray approved") == ("was the L-spine xray approved", [("spne", "spine")])
    assert understand("Why was the c-spne MRI denied in CM17-0005924?", today=TODAY).body_regions == ("cervical",)
    assert understand("was the pian cream denied", today=TODAY).treatments == ("topical", "medication")


@pytest.mark.parametrize(("typed", "read"), [("wehn", "when"), ("waht", "what"), ("wich", "which")])
def test_a_typo_in_a_question_word_is_read(typed: str, read: str) -> None:
    assert correct(f"{typed} IMR reverses UR denials") == (f"{read} IMR reverses UR denials", [(typed, read)])


@pytest.mark.parametrize("question", ["the hat he wore", "we were told", "where was it"])
def test_words_near_question_words_are_kept(question: str) -> None:
    assert correct(question) == (question, [])
