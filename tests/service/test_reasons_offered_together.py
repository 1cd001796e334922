"""A reason offered in the asker's words: "because i havent maxed out my treatment?" offers conservative
care not exhausted; "because no PT or x-rays?" offers two, each answered: the lack of PT the reviewer
faulted is confirmed, the x-rays it did not fault are said not to be its reason (service.reason_asked;
found asking by hand over test letters)."""

from __future__ import annotations

from indexer.model import Guideline, Item, Reason
from service.reason_asked import asked_reasons, asked_studies, besides_studies, confirmation

RATIONALE = "There was no clear rationale for chiropractic treatment prior to the completion of physical therapy."


def _item() -> Item:
    blank = Guideline(raw="")
    return Item(index=1, request="Spinal manipulation 1 times 8", decision="Upheld", claims_administrator_guideline=blank,
                maximus_guideline=blank, rationale=RATIONALE, pages=(1,), span=(0, 400), heading_span=(0, 30),
                rationale_span=(40, 400), reasons=(Reason(code="conservative_care_not_tried"),))


def test_not_maxed_out_is_conservative_care() -> None:
    assert asked_reasons("was it denied because i havent maxed out my treatment?") == {"conservative_care_not_tried"}
    assert asked_reasons("denied because no PT?") == {"conservative_care_not_tried"}


def test_no_nerve_symptom_is_no_objective_finding() -> None:
    # "was his neck MRI denied because he had no numbness or weakness?" (nat-2783)
    assert asked_reasons("was his neck MRI denied because he had no numbness or weakness?") == {"no_objective_findings"}
    assert asked_reasons("denied because she never had radiating pain?") == {"no_objective_findings"}
    assert asked_reasons("the man with no numbness - why was his MRI denied?") == frozenset()  # no reason offered


def test_two_reasons_in_one_clause_are_each_answered() -> None:
    text = "was the spinal manipulation denied because no PT or x-rays?"
    # the PT is a care said not tried, which the item's findings must name as the x-rays are
    assert asked_studies(text) == ("x-rays", "therapy")
    assert besides_studies(text) == frozenset()
    assert besides_studies("denied because no x-rays and the number of visits?") == {"exceeds_guideline"}
    assert besides_studies("denied because no x-rays?") == frozenset()
    assert confirmation(asked_reasons(text), _item(), "Upheld", studies=asked_studies(text),
                        besides=besides_studies(text)) == (
        "Partly: the reviewer gave that reason (conservative care not tried or failed), but does not fault a lack of x-rays.")
    # ... the x-rays alone: not its reason
    assert confirmation(asked_reasons("denied because no x-rays?"), _item(), "Upheld", studies=("x-rays",)) == (
        "That is not a reason the reviewer gave (the reviewer does not fault a lack of x-rays).")
