"""Questions about one patient's item that ask something of it other than its decision: the body part a yes/no names
(service.part_asked), which of a letter's requests had a drug (service.which_contain), care tried and findings asked
plainly (service.mentioned), a reason offered of an approval or of an add-on whose surgery was asked for
(service.reason_asked, service.surgery_planned), and "it" after an answer that several letters fit equally
(service.conversation). Found asking by hand over the tune letters; real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.compose.body_part import part_clause
from service.mentioned import Mention, asked_mention
from service.surgery_planned import unplanned_offered
from service.which_contain import contained, contained_sentence
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn


def test_the_part_a_yes_no_asks_is_a_clause() -> None:
    text = "the 27 yo woman's chiropractic - was it for her neck?"
    start, end = part_clause(text)
    assert text[start:end] == " for her neck?"
    assert part_clause("the 27 yo woman's chiropractic for her neck") is None


@pytest.mark.parametrize(("question", "mention"), [
    ("did she have numbness or weakness?", Mention(topic="numbness or weakness", rest="", finding=True)),
    ("did she have any red flags?", Mention(topic="any red flags", rest="", finding=True)),
    ("was she a candidate for surgery?", Mention(topic="surgery", rest="", finding=True)),
    ("was he a surgical candidate?", Mention(topic="surgery", rest="", finding=True)),
    ("did the reviewer think his pain was from the nerves?", Mention(topic="the nerves", rest="", finding=True)),
    ("the 57 yo man's epidurals - what meds had he tried?",
     Mention(topic="meds", rest="the 57 yo man's epidurals?", history=True)),
    ("the 29 yo woman's lumbar MRI - what treatment had she already tried?",
     Mention(topic="treatment", rest="the 29 yo woman's lumbar MRI?", history=True)),
    # ... not a request or care had, asked plainly
    ("did she have the MRI?", None),
    ("did she have surgery?", None),
])
def test_findings_and_care_asked_of_the_patient(question: str, mention: Mention | None) -> None:
    assert asked_mention(question) == mention


def test_which_request_had_a_drug() -> None:
    rows = [(1, "Naproxen 500mg #60"), (2, "Pantoprazole 20mg #30"),
            (3, "Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1"),
            (4, "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1")]
    assert contained("which one had lidocaine?", rows) == ("lidocaine", [3, 4])
    assert contained("which ones had lidocaine? [in case CM17-0013716]", rows) == ("lidocaine", [3, 4])
    assert contained("which one had flurbiprofen?", rows) is None  # (one: the usual answer names it)
    assert contained("why was the lidocaine denied?", rows) is None
    assert contained_sentence("lidocaine", [("A", "[1]"), ("B", "[2]")]) == 'Both name lidocaine: "A" [1] and "B" [2].'


def test_no_surgery_planned_offered() -> None:
    assert [unplanned_offered(t) for t in ("was it because no surgery was planned?", "because he wasn't having surgery?",
                                           "was it because the surgery was denied?", "was it because of the surgery?")] == [
        True, True, False, False]


# CM16-0247660: a 27-year-old woman's additional chiropractic for the lumbar spine, upheld; CM17-0013716: a 54-year-old
# woman's naproxen, pantoprazole and two creams, both creams with lidocaine and dextromethorphan, all upheld;
# CM17-0005418: a 57-year-old man's right L4 and L5 ESIs, upheld; CM16-0246635: a 28-year-old woman's lumbar MRI,
# upheld; CM17-0006797: a 63-year-old man's shoulder arthroscopy and its add-ons, upheld; CM17-0010885: a 50-year-old
# woman's neck acupuncture and PT, overturned; CM16-0246624 and CM17-0011703: two 53-year-old men's MRIs, one
# overturned and one upheld
client = served_client("CM16-0247660", "CM17-0013716", "CM17-0005418", "CM16-0246635", "CM17-0006797", "CM17-0010885",
                       "CM16-0246624", "CM17-0011703")


def _follow_up(client, first_q: str, second_q: str) -> dict:
    return ask(client, second_q, history=[turn(first_q, ask(client, first_q))])


def test_the_part_asked_of_her_chiropractic(client) -> None:
    body = ask(client, "the 27 yo woman's chiropractic - was it for her neck?")
    assert body["answer"].startswith('No: the request "Additional chiropractic three times a week for two weeks for the '
                                     'lumbar spine" in case CM16-0247660 is for the low back [1].')


def test_both_creams_with_lidocaine(client) -> None:
    body = _follow_up(client, "CM17-0013716 creams", "which ones had lidocaine?")
    assert body["answer"].startswith(
        'Both name lidocaine: "Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1" [1] and '
        '"Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1" [2].')


def test_the_meds_he_had_tried(client) -> None:
    body = ask(client, "the 57 yo man's epidurals - what meds had he tried?")
    assert body["kind"] == "item"
    assert body["answer"].startswith('On meds, the reviewer wrote "Within the documentation available for review, there '
                                     'are no recent MRI or electrodiagnostic studies supporting a diagnosis of radiculopathy')
    assert "the case summary says" in body["answer"] and "Current medications include Tramadol ER" in body["answer"]


def test_findings_asked_after_her_mri(client) -> None:
    first_q = "the 28 yo woman's lumbar MRI"
    body = _follow_up(client, first_q, "was she a candidate for surgery?")
    assert body["answer"].startswith('No: the reviewer wrote "Absent red flags or clear indications for surgery, a clear '
                                     'indication for MRI is not supported by the provided documents." [1].')
    body = _follow_up(client, first_q, "did she have numbness or weakness?")
    assert body["answer"].startswith('No: the reviewer\'s rationale for "MRI of the Lumbar spine without contrast" does not '
                                     'mention numbness or weakness; the case summary says "The injured worker denied any '
                                     'radiation of pain, paresthesias, weakness, or numbness and tingling')


def test_his_pain_from_the_nerves(client) -> None:
    body = _follow_up(client, "the 57 yo man's epidurals", "did the reviewer think his pain was from the nerves?")
    assert body["answer"].startswith('No: the reviewer wrote "Within the documentation available for review, there are no '
                                     'recent MRI or electrodiagnostic studies supporting a diagnosis of radiculopathy')


def test_no_surgery_planned_of_the_post_op_pt(client) -> None:
    body = _follow_up(client, "the 63 yo man's post-op physical therapy", "was it because no surgery was planned?")
    assert body["answer"].startswith("No: the surgery was asked for, but it was not approved, and this request fell with "
                                     "it [1].")


def test_a_denials_reason_of_an_approval(client) -> None:
    body = ask(client, "CM17-0010885 the neck PT - was it because of too many visits?")
    assert body["answer"].startswith("No: IMR approved it (overturned), so it had no such reason against it.")
    body = _follow_up(client, "the 50 yo woman's neck acupuncture", "was it too many sessions?")
    assert body["answer"].startswith("No: IMR approved it (overturned), so it had no such reason against it.")


def test_it_after_two_letters_fit(client) -> None:
    body = _follow_up(client, "the 53 yo man's MRI", "was it approved?")
    assert body["answer"].startswith("It depends on which letter: 2 letters fit the 53-year-old man equally and each has "
                                     "a request for MRI.")
    assert {c["case_number"] for c in body["citations"]} == {"CM16-0246624", "CM17-0011703"}
