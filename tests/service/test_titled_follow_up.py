"""A follow-up of two items answered together asks of both: "were they both denied?" names them by their whole
titles, and the answer explains each (service.flows.chosen: a request named by its whole title); "what guideline?",
"what pages?" after them gives each one's (service.conversation). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

_EMG = Fact(case_number="CM17-0009887", item_index=2, title="EMG of the left upper extremity", decision="Upheld")
_NCS = Fact(case_number="CM17-0009887", item_index=1, title="NCS of the left upper extremity", decision="Upheld")


def test_a_guideline_asked_after_two_items_is_asked_of_both() -> None:
    earlier = [Earlier(question="the 46 yo woman emg and ncs", items=(_EMG, _NCS), kind="item", letter=(_NCS, _EMG))]
    for question in ("what guideline?", "what pages?"):
        got = resolve(question, earlier)
        assert got.question == (f"{question} [the EMG of the left upper extremity and the NCS of the left upper extremity "
                                "in case CM17-0009887]")


# a 54-year-old woman's naproxen, pantoprazole and two compounded creams, all denied
client = served_client("CM17-0013716", "CM17-0009887")

FLURBI = '"Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"'
DEXTRO = '"Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1"'


def test_both_creams_asked_after_them_are_both_answered(client) -> None:
    ask(client, "the 54 yo woman with the creams", conversation_id="titled-1")
    both = ask(client, "were they both denied?", conversation_id="titled-1")
    assert both["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert {(c["case_number"], c["item_index"]) for c in both["citations"]} >= {("CM17-0013716", 3), ("CM17-0013716", 4)}
    guideline = ask(client, "what guideline?", conversation_id="titled-1")
    assert guideline["answer"].startswith(f"For {FLURBI} in case CM17-0013716, the reviewer relied on MTUS Chronic Pain "
                                          "Medical Treatment 2016, Section(s): Topical analgesics [1]")
    assert f"For {DEXTRO} in case CM17-0013716, the reviewer relied on" in guideline["answer"]
