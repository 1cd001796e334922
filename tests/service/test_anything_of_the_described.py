"""A yes or no of any request of a patient described by a treatment ("was anything for the 63 yo man
with the shoulder surgery overturned?": No, none of his 5), and the treatments a description names
pick the letter that has them all ("the 50 yo woman with acupuncture and PT", not the 50-year-old
woman with PT only). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, served_client

# a 63-year-old man: a shoulder arthroscopy and its 4 associated services, all upheld; two 50-year-old
# women: neck PT (upheld), and acupuncture and PT (both overturned)
client = served_client("CM17-0006797", "CM17-0006045", "CM17-0010885")


def test_the_described_treatment_is_the_story_of_anything_asked() -> None:
    q = understand("was anything for the 63 yo man with the shoulder surgery overturned?")
    assert (q.treatments, q.story_treatments) == ((), ("surgery",))
    q = understand("were any of her requests denied, the 50 yo woman with acupuncture and PT?")
    assert (q.treatments, q.story_treatments) == ((), ("acupuncture", "physical_therapy"))
    # ... opening the question before a dash, "anything" asked after it ("any of them" asks of the things told)
    q = understand("the 37 year old woman with all the braces and pillows - did she get anything at all?")
    assert (q.treatment_words, q.story_treatments) == ((), ("brace", "dme", "pillow", "pillow_bed"))
    q = understand("the 37 year old woman with the braces and pillows - were any of them approved?")
    assert (q.treatment_words, q.story_treatments) == (("braces", "pillows"), ())


def test_anything_overturned_is_answered_no_of_every_request(client) -> None:
    answer = ask(client, "was anything for the 63 yo man with the shoulder surgery overturned?")
    assert answer["answer"].startswith("No: in CM17-0006797, none of the 5 requests was approved (overturned).")


def test_the_letter_with_every_treatment_told(client) -> None:
    answer = ask(client, "were any of her requests denied, the 50 yo woman with acupuncture and PT?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0010885"}
    # (none of them denied: the no of the question first, service.flows.item of_theirs)
    assert answer["answer"].startswith("No: in CM17-0010885, both requests were approved (overturned) [1][2].")


def test_every_thing_she_is_described_with_is_the_story() -> None:
    q = understand("Which of her requests weren't denied? The 37 year old woman with the TENS unit and the pillows.")
    assert (q.treatments, q.story_treatments) == ((), ("tens", "dme", "pillow"))
    # care told otherwise ("was helping her") is no request a letter must have: it picks no letter
    q = understand("She fell at work in October 2016, hit her head and gets dizzy. The reviewer noted physical "
                   "therapy was helping her. Which of her requests did that sink?")
    assert q.story_treatments == ("physical_therapy",)


def test_neither_after_the_case_number_claims_a_denial_of_both(client) -> None:
    # "CM17-0010885 neither was approved right?" opened 'Yes: "Additional physical therapy ..." was approved'
    from service.outcomes import read_outcomes

    assert [(o.words, o.decision) for o in read_outcomes("CM17-0010885 neither was approved right?").found] == [
        ("not approved", "Upheld")]
    for text in ("CM17-0010885 neither was approved right?", "CM17-0010885 - neither one was approved, right?"):
        answer = ask(client, text)
        assert answer["answer"].startswith('No: IMR approved them: "Additional physical therapy, 1 to 2 times per week for '
                                           '3 weeks, for the neck" [1] and "Initial acupuncture, 1 to 2 times per week for '
                                           '4 weeks, for the neck" [2] were approved (overturned: authorised).')
