"""What follows an item answer (round 54): a reason offered with a drug in it ("is it because she never tried
tylenol?": the Tylenol is the reason, not a request the case lacks), "so the decision is final?" (yes first), "do they
usually approve that?" of a request of several body parts (the kind across letters), "and the neck one, same reason?"
(compared with the item answered). Real letters, the real model, real HTTP for the answers."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.no_one import FINAL_ASKED
from service.reason_asked import asked_reasons, asked_studies
from tests.conftest import ask, served_client

TRAMADOL_Q = "is the Tramadol 50mg #60 in case CM17-0017734 because she never tried tylenol?"
ACUPUNCTURE = Fact(case_number="CM16-0230548", item_index=2, decision="Overturned", body_regions=("cervical", "wrist/hand", "head"),
                   title="Acupuncture 3 times a week for 2 weeks, neck, right hand and head")
SHOULDER_MRI = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld",
                    body_regions=("shoulder",))
NECK_MRI = Fact(case_number="CM17-0002106", item_index=2, title="MRI of the cervical spine", decision="Upheld",
                body_regions=("cervical",))


def test_a_drug_said_not_tried_offers_care_not_tried_first():
    assert asked_reasons(TRAMADOL_Q) == frozenset({"conservative_care_not_tried"})
    assert asked_studies(TRAMADOL_Q) == ("other medication",)
    assert asked_reasons("was it denied because he didn't take any ibuprofen?") == frozenset({"conservative_care_not_tried"})
    assert asked_studies("was it denied because he never had chiro?") == ()  # (no medication)


def test_the_decision_asked_final():
    for text in ("so the decision is final?", "is that final?", "the decision's final then?", "is the IMR decision binding?"):
        assert FINAL_ASKED.search(text), text
    for text in ("what was the final decision?", "what did the final determination say?", "who made the final call?"):
        assert not FINAL_ASKED.search(text), text


def test_usually_after_a_request_of_several_body_parts_asks_the_kind():
    got = resolve("do they usually approve that?", [Earlier(question="CM16-0230548 acupuncture", items=(ACUPUNCTURE,),
                                                            kind="item", letter=(ACUPUNCTURE,))])
    assert got.question == "do they usually approve Acupuncture?"


def test_the_neck_one_same_reason_is_compared_with_the_item_answered():
    earlier = [Earlier(question="CM17-0002106 why was the shoulder MRI denied?", items=(SHOULDER_MRI,),
                       shown=(NECK_MRI,), kind="item", letter=(SHOULDER_MRI, NECK_MRI))]
    got = resolve("and the neck one, same reason?", earlier)
    assert got.question == ("was the MRI of the cervical spine decided for the same reason as the MRI of the left shoulder? "
                            "[in case CM17-0002106]")
    # ... asked without a reason, the neck one alone
    assert resolve("and the neck one?", earlier).question == (
        "CM17-0002106 why was the MRI denied? [the MRI of the cervical spine in case CM17-0002106]")


tramadol = served_client("CM17-0017734")
TURN = {"question": "40 yo woman tramadol", "kind": "item", "items": [{"case_number": "CM17-0017734", "item_index": 1}]}


def test_a_drug_not_tried_is_the_reason_confirmed_not_a_request_lacking(tramadol):
    answer = ask(tramadol, "is it because she never tried tylenol?", history=[TURN])
    assert answer["kind"] == "item"
    assert answer["answer"].startswith("Yes, the reviewer gave that reason [1]. Denied (Upheld): conservative care not "
                                       "tried or failed [1].")
    assert '[1] "In this case, there is no documented evidence that first-line medications or treatment were attempted ' \
           'prior to prescribing an opioid."' not in answer["answer"]  # (quoted once, as [1])
    assert '"In this case, there is no documented evidence that first-line medications or treatment were attempted prior ' \
           'to prescribing an opioid." [1]' in answer["answer"]


def test_so_the_decision_is_final_says_yes_first(tramadol):
    answer = ask(tramadol, "so the decision is final?", history=[TURN])
    assert answer["answer"].startswith("Yes: IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6). "
                                       "Denied (Upheld): conservative care not tried or failed [1].")
    assert answer["answer"].endswith("The letters themselves say nothing of contesting it.")
    assert answer["answer"].count("final and binding") == 1
