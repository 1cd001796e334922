"""The visits a question says tell one of the letters a description fits apart: "the 46 yo guy's chiro - did he
get all 6 sessions?" is the letter whose request is six sessions, not the other 46-year-old man's chiropractic
2 times a week for 6 weeks (service.flows.chosen._stated, service.flows.fitting.each_fitting)."""

from __future__ import annotations

from service.flows.chosen import _answer_items
from service.types import GuidelineRef, Hit
from service.understand import understand


def _hit(case: str, request: str, decision: str, score: float) -> Hit:
    return Hit(case_number=case, request=request, decision=decision, section="item", text=request, score=score,
               pages=(2,), guideline=GuidelineRef(), chunk_id=f"{case}/item-1", span=(0, len(request)), item_index=1,
               title=request, treatments=("chiropractic",), body_regions=("lumbar",))


TWELVE = _hit("CM17-0015198", "Chiro with modalities 2 times a week for 6 weeks for neck, back", "Upheld", 1.0)
SIX = _hit("CM17-0004738", "Chiropractic care for the low back; six sessions", "Overturned", 0.5)


def test_the_visits_said_pick_the_request_making_them() -> None:
    query = understand("the chiro - did he get all 6 sessions?")
    assert [h.case_number for h in _answer_items(None, query, [TWELVE, SIX], None)] == ["CM17-0004738"]


def test_no_visits_said_keeps_the_search_order() -> None:
    query = understand("the chiro - why denied?")
    assert [h.case_number for h in _answer_items(None, query, [TWELVE, SIX], None)][:1] == ["CM17-0015198"]
