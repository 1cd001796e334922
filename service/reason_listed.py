"""The reasons a list across letters names as a condition of its items, as reason codes
(indexer.reasons): those offered as the cause ("because ...", service.reason_asked), and what the
reviewer found documented, told as what the items had ("which approved items had a neuro deficit
documented?", "approved because of a positive exam finding?", "approvals with a failed course of PT"),
or the criteria met ("which requests were approved because the criteria were met?": every approval
reason, each one the criteria the reviewer found met).

Each is read in a clause that conditions the items ("because", "with", "had", "where", "showing", ...),
never in the words that name them; the list's outcome gives the code's polarity (service.flows.lists:
each code counts with its pair).
"""

from __future__ import annotations

import re

from indexer.reasons import CODES
from service.reason_asked import asked_reasons

I = re.IGNORECASE
# what an item had, said as a condition of it: "had a neuro deficit documented", "with positive findings"
_CONDITION = re.compile(r"\b(?:because|due\s+to|based\s+on|with|had|has|having|where|whose|showing|showed|shows|"
                        r"documenting|documented|given|on\s+account\s+of|thanks\s+to)\b(?P<x>[^?.;]*)", I)
# the finding the reviewer found documented, each in the asker's words
_HAD: dict[str, re.Pattern[str]] = {code: re.compile(rx, I) for code, rx in {
    "objective_findings_documented": r"\bpositive\s+(?:[\w-]+\s+){0,2}?(?:findings?|tests?|signs?|exams?|examinations?|imaging|MRI)\b"
                                     r"|\bneuro(?:logical|logic)?\s+(?:deficits?|findings?|signs?|dysfunction)\b"
                                     r"|\bobjective\s+(?:exam\s+)?findings?\b|\bred\s+flags?\b"
                                     r"|\b(?:exam|examination|imaging|MRI|physical\s+exam)\s+findings?\b",
    "functional_improvement_documented": r"\bfunctional\s+(?:improvement|gains?)\b|\bimprove(?:d|ment)\b|\bgot\s+better\b",
    "conservative_care_failed": r"\bfail(?:ed|ure\s+of)\s+(?:a\s+)?(?:course\s+of\s+)?(?:conservative|PT|physical\s+therapy|therapy|"
                                r"meds?|medications?|first[- ]line)\b|\bconservative\s+(?:care|treatment)\s+(?:had\s+)?failed\b",
    "within_guideline_limits": r"\binitial\s+trial\b|\bwithin\s+(?:the\s+)?(?:guidelines?|guideline['’]s\s+limits?|limits?)\b",
    "monitoring_documented": r"\burine\s+drug\s+(?:screens?|tests?)\b|\bUDS\b|\bpain\s+(?:contract|agreement)s?\b|\b4\s*A['’]?s\b",
    "rationale_documented": r"\b(?:rationale|explanation)\s+(?:was\s+)?(?:documented|given|provided|explained)\b",
}.items()}
# a negation before the finding: "had no functional improvement", "with no documented red flags", "showed
# little improvement", "had a lack of objective findings"
_LACKED = re.compile(r"\b(?:no|not|never|without|little|lack(?:ed|ing)?(?:\s+of)?|absence\s+of)\b(?:\s+[\w-]+){0,3}\s*$|n['’]t\b"
                     r"(?:\s+[\w-]+){0,3}\s*$", I)
# the criteria met, of any approval: "because the criteria were met", "met the guideline criteria"
_CRITERIA = re.compile(r"\bcriteria\s+(?:(?:were|was|had\s+been|have\s+been|being)\s+)?met\b"
                       r"|\bmet\s+(?:the\s+)?(?:guidelines?['’]?\s+|MTUS\s+|ODG\s+)?criteria\b"
                       r"|\bmeet(?:s|ing)?\s+(?:the\s+)?(?:guidelines?['’]?\s+|MTUS\s+|ODG\s+)?(?:criteria|guidelines?)\b", I)
APPROVAL_CODES = frozenset(code for code, c in CODES.items() if c.polarity == "approval")


def listed_reasons(text: str) -> frozenset[str]:
    """The codes `text` names as a condition of the items it lists (empty when it names none)."""
    found = set(asked_reasons(text))
    for m in _CONDITION.finditer(text):
        for code, rx in _HAD.items():
            if not (had := rx.search(m.group("x"))):
                continue
            if not _LACKED.search(m.group("x")[:had.start()]):
                # (what it had, whatever a reason's words read of it: "letters where the reviewer said the patient had
                # red flags" found them, no lack of them)
                found = (found | {code}) - {CODES[code].pairs}
            elif CODES[code].pairs:
                # ... and what it had not, the denial's code the finding pairs with: "which PT requests had no
                # functional improvement?"
                found.add(CODES[code].pairs)
    if _CRITERIA.search(text):
        found |= APPROVAL_CODES
    return frozenset(found)
