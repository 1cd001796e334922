"""The provider who asked, told of the patient ("what did the 52 yo woman's chiropractor ask for?", "which requests did
her chiropractor make, and were any approved?"): the provider tells whose letter, not the one request asked; every
request of that letter is answered (service.story: the provider's treatment is the patient's story)."""

from __future__ import annotations

from service.story import story_treatments
from tests.conftest import ask, served_client


def test_the_provider_who_asked_is_the_patients_story() -> None:
    what = "what did the 52 yo woman's chiropractor ask for?"
    assert story_treatments(what, [("chiropractic", "chiropractor")]) == ([], [("chiropractic", "chiropractor")])
    which = "which requests did the 52 yo woman's chiropractor make, and were any approved?"
    assert story_treatments(which, [("chiropractic", "chiropractor")]) == ([], [("chiropractic", "chiropractor")])
    # ... not the chiropractic asked of by the provider's name: "why was the 46 yo man's chiropractor denied?"
    why = "why was the 46 yo man's chiropractor denied?"
    assert story_treatments(why, [("chiropractic", "chiropractor")]) == ([("chiropractic", "chiropractor")], [])
    # ... nor with no "what": all they asked for
    everything = "what happened to everything the 52 yo woman's chiropractor asked for?"
    assert story_treatments(everything, [("chiropractic", "chiropractor")]) == ([], [("chiropractic", "chiropractor")])
    stuff = "did any of the stuff my wife's chiropractor ordered go through? she is 52"
    assert story_treatments(stuff, [("chiropractic", "chiropractor")]) == ([], [("chiropractic", "chiropractor")])
    visits = "the 52 yo woman's chiropractor asked for 12 visits - approved?"
    assert story_treatments(visits, [("chiropractic", "chiropractor")]) == ([("chiropractic", "chiropractor")], [])


# CM16-0231745: a 52-year-old woman's chiropractic letter, 5 requests (exams, manipulation, e-stim, ultrasound), all
# upheld; CM17-0000859: another 52-year-old woman's EMG and NCS, upheld
client = served_client("CM16-0231745", "CM17-0000859")


def test_what_her_chiropractor_asked_for_is_every_request_of_her_letter(client) -> None:
    answer = ask(client, "what did the 52 yo woman's chiropractor ask for?")
    assert answer["answer"].startswith("In CM16-0231745, all 5 requests were denied (upheld) [1][2][3][4][5].")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0231745"}
    which = ask(client, "which requests did the 52 yo woman's chiropractor make, and were any approved?")
    assert which["answer"].startswith("None: in CM16-0231745, none of the 5 requests was approved (overturned).")
    stuff = ask(client, "did any of the stuff my wife's chiropractor ordered go through? she is 52")
    assert stuff["answer"].startswith("No: in CM16-0231745, none of the 5 requests was approved (overturned).")
