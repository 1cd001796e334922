"""A reason offered that judges no medical necessity ("is it because they think she's an addict?",
"because of his age?", "faking it?", "it costs too much?"): "That is not a reason the reviewer gave."
first, unless the item's rationale speaks of it (service.reason_asked.not_of_necessity)."""

from __future__ import annotations

import pytest

from indexer.model import Guideline, Item
from service.reason_asked import not_of_necessity

FIRST_LINE = ("In this case, there is no documented evidence that first-line medications or treatment were attempted "
              "prior to prescribing an opioid.")
DEPENDENCE = "Efficacy diminishes over time and may lead to dependence."
NOT_GIVEN = "That is not a reason the reviewer gave."


def _item(rationale: str) -> Item:
    blank = Guideline(raw="")
    return Item(index=1, request="Tramadol 50mg #60", decision="Upheld", claims_administrator_guideline=blank,
                maximus_guideline=blank, rationale=rationale, pages=(1,), span=(0, 400), heading_span=(0, 30),
                rationale_span=(40, 400))


@pytest.mark.parametrize(("question", "rationale", "said"), [
    ("is it because they think she's an addict? [the Tramadol 50mg #60]", FIRST_LINE, NOT_GIVEN),
    ("was the MRI turned down because they think she's faking it?", FIRST_LINE, NOT_GIVEN),
    ("did they deny his back injections because of his age?", FIRST_LINE, NOT_GIVEN),
    ("denied cuz it costs too much?", FIRST_LINE, NOT_GIVEN),
    # the drug's standing with the FDA, unless the letter speaks of it
    ("did the compound creams get denied because they're not FDA approved?", FIRST_LINE, NOT_GIVEN),
    ("was the cream denied because it isn't FDA approved?",
     "Compounded products are not FDA approved. The request is not medically necessary.", ""),
    ("was the baclofen denied cuz they think she's hooked on it?", DEPENDENCE, ""),  # the letter speaks of it
    ("was it denied because it didn't help?", FIRST_LINE, ""),  # a reason of necessity (service.reason_asked.confirmation)
    ("is she an addict?", FIRST_LINE, ""),  # no reason offered
])
def test_a_reason_not_of_necessity(question: str, rationale: str, said: str) -> None:
    assert not_of_necessity(question, _item(rationale)) == said
