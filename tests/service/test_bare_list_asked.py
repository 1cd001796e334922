"""A list of things typed bare, without articles, of one patient: each thing named that matches one of their
requests is asked, counted and listed. "63 yo man shoulder surgery, clearance, brace - what was decided?" dropped the
surgery (service.scope._listed read an umbrella word as listed only after "the"/"his"); "52 yo woman: exams,
manipulation, e-stim, ultrasound - how many were denied?" read neither "exams" (her physical and initial exams:
indexer.treatments' office visits) nor, in a count, the bare "ultrasound" (her therapeutic ultrasound:
service.lay_group, read now by service.collection.lexicon too); "which were denied?" said "All 3" of her 5."""

from __future__ import annotations

from indexer.treatments import find_treatments
from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

# CM17-0006797: a 63-year-old man, shoulder arthroscopy, pre-op clearance, brace, cryotherapy unit, PT (all upheld);
# CM16-0231745: a 52-year-old woman, physical exam, manipulation, e-stim, ultrasound, initial exam (all upheld)
client = served_client("CM17-0006797", "CM16-0231745")


def test_a_surgery_in_a_bare_list_is_asked() -> None:
    assert asked_sets(understand("63 yo man shoulder surgery, clearance, brace - what was decided?")) == (
        "preop_clearance", "brace", "surgery")
    assert asked_sets(understand("63 yo man: brace, clearance, shoulder surgery - what was decided?")) == (
        "brace", "preop_clearance", "surgery")
    # ... nor one joined by "and" after a possessive ("the 63 yo man's surgery and pre-op clearance": surgery was dropped)
    assert asked_sets(understand("the 63 yo man's surgery and pre-op clearance, were both turned down?")) == (
        "preop_clearance", "surgery")
    assert asked_sets(understand("the 63 yo man's surgery and the brace - denied?")) == ("brace", "surgery")
    # ... not the story told before a comma, nor a list with its articles (service.scope._LISTED)
    assert asked_sets(understand("after surgery, the brace was denied?")) == ("brace",)
    assert asked_sets(understand("he had surgery, then the brace was denied?")) == ("brace",)


def test_bare_exams_of_a_list_are_office_visits() -> None:
    assert find_treatments("52 yo woman: exams, manipulation, e-stim, ultrasound") == [
        ("office_visit", "exams"), ("chiropractic", "manipulation"), ("e_stim", "e-stim")]
    assert find_treatments("her manipulation, exams - denied?") == [("chiropractic", "manipulation"),
                                                                    ("office_visit", "exams")]
    assert find_treatments("On exam, she had tenderness, spasm") == []
    assert find_treatments("Exam: tenderness, spasm") == []


def test_every_thing_of_the_bare_list_is_counted(client) -> None:
    answer = ask(client, "52 yo woman: exams, manipulation, e-stim, ultrasound - how many were denied?")
    assert answer["answer"].startswith(
        "The 52-year-old woman (CM16-0231745) had 5 requests for office visits and follow-up examinations or "
        "chiropractic and manipulation or electrical stimulation (therapy) or therapeutic ultrasound; all 5 were upheld "
        "(denied).")


def test_which_of_the_bare_list_says_all_of_them(client) -> None:
    answer = ask(client, "52 yo woman: exams, manipulation, e-stim, ultrasound - which were denied?")
    assert answer["answer"].startswith("All 5 were denied (upheld) [1][2][3][4][5].")
    assert sorted({c["item_index"] for c in answer["citations"]}) == [1, 2, 3, 4, 5]


def test_the_surgery_of_the_bare_list_is_answered(client) -> None:
    answer = ask(client, "63 yo man: shoulder surgery, clearance, brace - what was decided?")
    assert sorted({c["item_index"] for c in answer["citations"]}) == [1, 2, 3]



def test_a_surgery_and_its_clearance_are_both_answered(client) -> None:
    answer = ask(client, "the 63 yo man's surgery and pre-op clearance, were both turned down?")
    assert answer["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert sorted({c["item_index"] for c in answer["citations"]}) == [1, 2]
