"""'do we have to pay for it ourselves?' asked of a decision: the decision, then what the letters and
the law allow (final and binding; the letters say nothing of payment), no more (service.no_one.WHO_PAYS);
as a follow-up, of the item answered before (service.conversation). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.no_one import WHO_PAYS
from tests.conftest import ask, served_client

PAID = ("IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6). The letters say nothing of who "
        "pays for the treatment.")


def test_who_pays_words() -> None:
    for text in ("do we have to pay for it ourselves?", "who pays for it now?", "so do we pay out of pocket?",
                 "are we stuck with the bill?", "out of pocket then?", "does she have to pay for them herself?",
                 "who is going to pay for the MRI?", "who paid for the 24 year old's neck CT?", "who covers the brace now?"):
        assert WHO_PAYS.search(text), text
    for text in ("did they deny my MRI?", "why was the payment for the TENS unit denied?", "what did IMR say?",
                 "was the pay stub in the records?", "who reviewed the brace?"):
        assert not WHO_PAYS.search(text), text


def test_who_pays_as_a_follow_up_asks_of_the_item_before() -> None:
    pt = Fact(case_number="CM17-0003890", item_index=1, title="Eight (8) physical therapy sessions", decision="Upheld")
    earlier = [Earlier(question="the 25 yo woman's 8 PT sessions were upheld", items=(pt,), kind="item")]
    got = resolve("so do we pay out of pocket?", earlier)
    assert got.question == "so do we pay out of pocket? [the Eight (8) physical therapy sessions in case CM17-0003890]"


client = served_client("CM16-0246635")


def test_who_pays_after_a_case_gives_the_decision_then_what_the_letters_allow(client) -> None:
    answer = ask(client, "the lumbar MRI in CM16-0246635 was denied - do we have to pay for it ourselves?")["answer"]
    assert answer.startswith("Denied (Upheld): no objective findings or red flags [1]. In case CM16-0246635, the "
                             "request for \"MRI of the Lumbar spine without contrast\" was denied (Upheld: not "
                             "authorised) [2].")
    assert answer.endswith(PAID)
