"""A reason offered of what two letters that fit decided: yes or no of each letter (service.guess_each)."""

from __future__ import annotations

from indexer.model import Guideline, Item, Letter, Reason
from service.guess_each import guess_of_each, opening_of
from service.scope import ScopeItem

TEXT = "why were the 40 year old woman's meds denied - was it because she didn't try PT first?"
BLANK = Guideline(raw="")


def _item(index: int, request: str, code: str, rationale: str) -> Item:
    return Item(index=index, request=request, decision="Upheld", claims_administrator_guideline=BLANK,
                maximus_guideline=BLANK, rationale=rationale, pages=(1,), span=(0, len(rationale)), heading_span=(0, 5),
                rationale_span=(0, len(rationale)), title=request, reasons=(Reason(code=code),))


def _letter(case: str, *items: Item) -> Letter:
    return Letter(case_number=case, source="", text=" ".join(i.rationale for i in items), page_starts=(0,), items=items)


def _scoped(letter: Letter) -> list[ScopeItem]:
    return [ScopeItem(letter.case_number, i.index, i.request, i.title, i.decision, "", ()) for i in letter.items]


FAULTED = _letter("CM17-0000001", _item(1, "Spinal manipulation 1 times 8", "conservative_care_not_tried",
                                        "There was no rationale for it prior to the completion of physical therapy."))
OTHER = _letter("CM17-0000002", _item(1, "Celecoxib 200mg #90", "exceeds_guideline", "Not for long-term use."),
                _item(2, "Tramadol 50mg #60", "exceeds_guideline", "Not for long-term use."))


def test_the_reason_offered_is_said_of_each_letter() -> None:
    by_case = {"CM17-0000001": _scoped(FAULTED), "CM17-0000002": _scoped(OTHER)}
    assert guess_of_each(TEXT, by_case, {"CM17-0000001": FAULTED, "CM17-0000002": OTHER}) == [
        'In CM17-0000001: Yes, the reviewer gave that reason for "Spinal manipulation 1 times 8".',
        "In CM17-0000002: No, the reviewer did not give that reason for any of its 2 requests."]


def test_no_reason_offered_says_nothing() -> None:
    by_case = {"CM17-0000001": _scoped(FAULTED)}
    assert guess_of_each("why were the 40 year old woman's meds denied?", by_case, {"CM17-0000001": FAULTED}) == []


def test_the_answer_opens_with_the_reasons_yes_or_no_not_the_decisions() -> None:
    yes = 'In CM17-0000001: Yes, the reviewer gave that reason for "Spinal manipulation 1 times 8".'
    no = "In CM17-0000002: No, the reviewer did not give that reason for any of its 2 requests."
    partly = 'In CM17-0000003: Partly: the reviewer gave that reason for "A", not for the other 1.'
    depends = "It depends on which letter"
    assert opening_of([yes, no], depends) == "It depends on which letter: "
    assert opening_of([no, no], depends) == "No, neither reviewer gave that reason: "
    assert opening_of([yes, yes], depends) == "Yes, both reviewers gave that reason: "
    assert opening_of([yes, partly], depends) == "It depends on which letter: "
    assert opening_of([no, no, no], depends) == "No, none of the reviewers gave that reason: "
