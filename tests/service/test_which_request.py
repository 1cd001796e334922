""""Which request was not upheld?" about one patient (service.flows.chosen): the singular picks among
the patient's requests by the outcome asked, as "which ones" does; the item with that outcome is
explained even when another of theirs matched the question's words better."""

from __future__ import annotations

from service.flows.chosen import _EVERY_ITEM, _answer_items
from service.types import GuidelineRef, Hit
from service.understand import understand

CASE = "CM16-0230548"  # a 60-year-old man: MRI of neck and right hand upheld, acupuncture overturned


def _hit(index: int, request: str, decision: str, treatments: tuple[str, ...]) -> Hit:
    return Hit(case_number=CASE, request=request, decision=decision, section="item", text=request, score=1.0 / index,
               pages=(2,), guideline=GuidelineRef(), chunk_id=f"{CASE}/item-{index}", span=(0, len(request)),
               item_index=index, title=request, treatments=treatments, body_regions=("cervical", "wrist/hand"))


MRI = _hit(1, "MRI of neck and right hand without contrast", "Upheld", ("mri", "imaging"))
ACUPUNCTURE = _hit(2, "Acupuncture 3 times a week for 2 weeks, neck, right hand and head", "Overturned", ("acupuncture",))


def test_which_request_picks_the_patients_item_with_the_outcome_asked() -> None:
    # the MRI ranked first (it names the hand asked about), the question asks for the one not upheld
    query = understand("For the 60 year old man with the head contusion and the hurt right hand, "
                       "which request was not upheld?")
    chosen = _answer_items(None, query, [MRI, ACUPUNCTURE], CASE)
    assert [h.request for h in chosen] == ["Acupuncture 3 times a week for 2 weeks, neck, right hand and head"]


def test_the_singular_which_reads_as_the_patients_requests() -> None:
    assert _EVERY_ITEM.search("which request was not upheld?")
    assert _EVERY_ITEM.search("which item did IMR approve for her?")
    assert not _EVERY_ITEM.search("why was the MRI of his right hand denied?")
