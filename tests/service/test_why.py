"""service.compose.why: the lead's reason label is the reason behind the finding the lead cites."""

from __future__ import annotations

from indexer.model import Guideline, Item, Reason
from service.compose.why import lead_reason


def _item(*reasons: Reason) -> Item:
    blank = Guideline(raw="")
    return Item(index=1, request="Nortriptyline 25mg #30", decision="Upheld", claims_administrator_guideline=blank,
                maximus_guideline=blank, rationale="", pages=(1,), span=(0, 400), heading_span=(0, 30),
                rationale_span=(40, 400), reasons=reasons)


def test_the_lead_names_the_reason_of_the_finding_it_cites() -> None:
    item = _item(Reason(code="exceeds_guideline", spans=((40, 90),)), Reason(code="not_indicated", spans=((200, 260),)))
    assert lead_reason(item, (200, 260)) == "Not indicated for the diagnosis"
    assert lead_reason(item, (40, 90)) == "Beyond the guideline's quantity or duration"
    # a finding no reason stands on, or none cited: the item's first reason
    assert lead_reason(item, (300, 320)) == "Beyond the guideline's quantity or duration"
    assert lead_reason(item) == "Beyond the guideline's quantity or duration"
    assert lead_reason(_item()) == ""
