"""'can we appeal this?', 'what do we do now?', 'is that final?' asked of a decision the answer gives: the
decision first, then that IMR's decision is final and binding (service.no_one.WHAT_NOW); 'did I win my
appeal?' asks the outcome only. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client
from service.no_one import WHAT_NOW, only_what_now

FINAL = ("IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6). The letters themselves say "
         "nothing of contesting it.")


def test_what_now_words() -> None:
    for text in ("can we appeal this?", "what do we do now?", "is that final?", "how can I fight it?",
                 "any way to reverse it?", "next steps?", "CM16-0219557 facets - final and binding?",
                 "can the denied shoulder surgery be resubmitted?", "can we request it again?", "should I reapply?",
                 "how do I resubmit the MRI?", "is there anything I can do?", "what are my options?",
                 "what can she do now?", "what should my husband do?", "what now?", "what happens next?",
                 "CM17-0005418 is this decision final?", "was that determination final?",
                 "is there any chance the surgery gets approved later?", "could it get covered down the road?",
                 "my pt got cut off after 8 visits, can IMR give me more?", "will they approve her any more?"):
        assert WHAT_NOW.search(text), text
    for text in ("did I win my appeal for the MRI?", "why was the appeal denied?", "what did IMR do?",
                 "was the request submitted on time?", "did they ask for it again in 2017?",
                 "the doctor resubmitted the MRI - what did IMR say?", "what did she do at work?",
                 "what happened next in the letter?", "did IMR give her more visits?"):
        assert not WHAT_NOW.search(text), text


client = served_client("CM16-0246635")


def test_can_we_appeal_after_a_case_gives_the_decision_then_final_and_binding(client) -> None:
    answer = ask(client, "the lumbar MRI in CM16-0246635 was denied - can we appeal this?")["answer"]
    assert answer.startswith("Denied (Upheld): no objective findings or red flags [1]. In case CM16-0246635, the "
                             "request for \"MRI of the Lumbar spine without contrast\" was denied (Upheld: not "
                             "authorised) [2].")
    assert answer.endswith(FINAL)


def test_is_that_final_after_a_case_says_yes_first(client) -> None:
    # "is that final?" asks yes or no: its yes first (round 54), then the decision, then that the letters say nothing
    # of contesting it (final and binding said once)
    answer = ask(client, "the lumbar MRI in CM16-0246635 was denied - is that final?")["answer"]
    assert answer.startswith("Yes: IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6). Denied "
                             "(Upheld): no objective findings or red flags [1]. In case CM16-0246635, the request for \"MRI "
                             "of the Lumbar spine without contrast\" was denied (Upheld: not authorised) [2].")
    assert answer.endswith("The letters themselves say nothing of contesting it.")
    assert answer.count("final and binding") == 1


def test_what_can_she_do_now_after_her_denial_says_it_is_final(client) -> None:
    answer = ask(client, "my daughter is 28, her low back MRI got denied. what can she do now?")["answer"]
    assert answer.startswith("Denied (Upheld): no objective findings or red flags [1]. In case CM16-0246635, the "
                             "request for \"MRI of the Lumbar spine without contrast\" was denied")
    assert answer.endswith(FINAL)


def test_only_what_now_asked() -> None:
    assert only_what_now("whats the next step [the MRI of the Lumbar spine without contrast in case CM16-0246635]")
    assert only_what_now("ok so what now?")
    assert not only_what_now("the lumbar MRI in CM16-0246635 was denied - can we appeal this?")
    assert not only_what_now("my daughter is 28, her low back MRI got denied. what can she do now?")


def test_whats_the_next_step_after_an_item_says_final_first(client) -> None:
    # nat-5027: the next step asked of the item answered before: that the decision is final is the answer, then the item
    history = [{"question": "CM16-0246635 lumbar mri", "kind": "item",
                "items": [{"case_number": "CM16-0246635", "item_index": 1}]}]
    answer = ask(client, "whats the next step", history=history)["answer"]
    assert answer.startswith(FINAL + " Denied (Upheld): no objective findings or red flags [1]. In case CM16-0246635, the "
                             "request for \"MRI of the Lumbar spine without contrast\" was denied")
    assert answer.count("final and binding") == 1


def test_did_i_win_my_appeal_asks_the_outcome_only(client) -> None:
    answer = ask(client, "did I win my appeal for the lumbar MRI in CM16-0246635?")["answer"]
    assert answer.startswith("No: the denial of \"MRI of the Lumbar spine without contrast\" was upheld; it was not authorised [1].")
    assert "final and binding" not in answer


def test_resubmitting_after_a_case_gives_the_decision_not_a_yes(client) -> None:
    # "Yes: the denial ... was upheld" read the denial told in passing as the thing asked
    answer = ask(client, "can the denied lumbar MRI in CM16-0246635 be resubmitted?")["answer"]
    assert answer.startswith("Denied (Upheld): no objective findings or red flags [1].")
    assert answer.endswith(FINAL)


# two right-sided transforaminal ESIs (L4, L5), both upheld
two = served_client("CM17-0005418")


def test_is_this_decision_final_of_a_case_says_yes_then_every_request(two) -> None:
    # "CM17-0005418 is this decision final?" answered its L5 injection alone, and no yes (FINAL_ASKED read "the
    # decision", not "this decision")
    answer = ask(two, "CM17-0005418 is this decision final?")
    assert answer["answer"].startswith("Yes: IMR's decision is final and binding (California Labor Code 4610.5 and "
                                       "4610.6). In CM17-0005418, both requests were denied (upheld).")
    assert sorted({c["item_index"] for c in answer["citations"]}) == [1, 2]
    assert answer["answer"].count("final and binding") == 1


# a 63-year-old man's right shoulder arthroscopy and four services around it, all upheld
shoulder = served_client("CM17-0006797")


def test_any_chance_of_approval_later_gives_the_decision_then_final(shoulder) -> None:
    # "is there any chance the surgery gets approved later?" answered 'No letter in the index decides a request for
    # chance the surgery.'
    answer = ask(shoulder, "the 63 y/o who needed the rotator cuff fixed, is there any chance the surgery gets approved later?")
    assert answer["answer"].startswith('IMR denied it: the denial of "Right Shoulder Arthroscopy with rotator cuff repair')
    assert answer["answer"].endswith("IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6). "
                                     "The letters themselves say nothing of contesting it.")
