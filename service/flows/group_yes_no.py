"""The yes or no over several requests asked at once: "were both denied?" (every one), "did she get
either?", "was anything approved?" (any one), "was nothing approved?" (every one denied). Said by
service.flows.group of one letter's requests, and by service.flows.fitting of each letter a described
patient fits."""

from __future__ import annotations

import re

from service.outcomes import ANYTHING_BARE, HELPED_AT_ALL

# the group words a yes of one member answers: "did she get either?", "was any of it approved?"
# ... "did IMR help her at all?": any of her requests approved
_ANY_OF = re.compile(rf"\b(?:either|any\s+of\s+(?:it|them|those|these))\b|\b{HELPED_AT_ALL}\b", re.IGNORECASE)
# a yes or no of any request: "was anything for the 63 yo man with the shoulder surgery overturned?"
# ... typed without its auxiliary, after the patient told apart: "the 54 yo woman with the MRIs - anything
# approved?" (service.outcomes.ANYTHING_BARE); or with the one who decided: "did they deny anything in CM17-0019011?",
# "did IMR approve anything for her?"
ANYTHING_ASKED = re.compile(r"\b(?:was|were|has|had|did)\s+(?:anything|any\s+of\s+(?:his|her|their|my|the|it|them))\b"
                            # ... of a group named by its members' word: "CM16-0231745 - was either item upheld?",
                            # "did IMR overturn any request in case ...?", "were any items denied?"
                            r"|\b(?:was|were|has|had|did|is|are)\s+(?:(?:IMR|they|the\s+reviewers?)\s+\w+\s+)?(?:either|any)\s+"
                            r"(?:of\s+the\s+)?(?:items?|requests?|treatments?|issues?|ones?)\b"
                            r"|\b(?:is|was)\s+there\s+anything\b"
                            # "did I get anything?", "did my husband win any of it?": got, of the patient's requests
                            r"|\b(?:did|do|have|has)\s+(?:I|we|he|she|they|you|(?:my|his|her|our|their)\s+\w+)\s+(?:ever\s+)?"
                            r"(?:get|got|gotten|win|won|receive|received)\s+(?:anything|any\s+of\s+(?:it|them))\b"
                            r"|\b(?:did|has|have)\s+(?:IMR|they|the\s+(?:IMR\s+)?reviewers?|reviewers?)\s+(?:ever\s+)?"
                            rf"(?:approve|deny|overturn|uphold|authori[sz]e|okay|turn\s+down|reject|refuse|approved|denied|"
                            rf"overturned|upheld)\s+anything\b|{ANYTHING_BARE}", re.IGNORECASE)
# ... or of none: "was nothing approved for the 60 yo man who got hit on the head?" (yes when every one was
# denied; the outcome asked is read with its negation, service.outcomes)
NOTHING_ASKED = re.compile(r"\b(?:was|were|has|had|is)\s+nothing\b", re.IGNORECASE)
# ... asked as which of them: said, no yes or no ("which of them was approved?", and "UR non-certified both
# the MRIs and the acupuncture. Which one did IMR reverse?")
WHICH_ONE = re.compile(r"\bwhich\s+ones?\b(?!\s+of\b)"
                       # ... "CM17-0009887 which of the two was denied?" (not "which of the two MRIs": a kind named)
                       r"|\bwhich\s+(?:one\s+)?of\s+(?:the\s+(?:two|three|four)|them|these|those)\b"
                       r"(?!\s+(?!(?:was|is|has|does)\b)[\w-]+s\b)", re.IGNORECASE)
WHICH_OF = re.compile(rf"\bwhich\s+(?:one\s+)?of\b|{WHICH_ONE.pattern}", re.IGNORECASE)


def yes_or_no(decisions: list[str], wanted: str, text: str, presumed: bool) -> str:
    """The yes or no of a group asked about: yes when every one of `decisions` is `wanted` ("were both
    denied?"), or any one when `text` asks of either or any of them and presumes nothing ("did she get
    either?")."""
    hit = any if (_ANY_OF.search(text) or ANYTHING_ASKED.search(text)) and not presumed else all
    return "Yes" if hit(d == wanted for d in decisions) else "No"


__all__ = ["ANYTHING_ASKED", "NOTHING_ASKED", "WHICH_OF", "WHICH_ONE", "yes_or_no"]
