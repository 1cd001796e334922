"""What the reviewers of a specialty reviewed, across letters: "which requests did neurosurgeons review?",
"what did the ER doctors decide?". Every letter whose reviewer is a specialist in the specialty named, each of
its items with its decision, cited to the item's heading, after the reviewer's credentials:

    3 requests, in 1 letter, were decided by a reviewer who is a specialist in Neurological Surgery (3 denied).
    CM17-0002106 (Neurological Surgery [1]): "MRI of the left shoulder", denied (upheld) [2]; ...

None when the question names a case, a patient, a treatment, a body part or an outcome (those have their
own answers: service.flows.reviewers, the count and list flows), counts ("how many ..."), or does not ask
what they reviewed. A specialty no letter's reviewer has is service.flows.common.unknown_reviewer's."""

from __future__ import annotations

import re

from indexer.model import Letter
from service.compose.common import Composer, trim
from service.compose import why
from service.compose.facts import credentials_span
from service.engine import Engine
from service.flows.common import answer
from service.plan import Plan
from service.scope import ScopeItem, scope
from service.types import Answer
from service.understand import Query

SAID = {"Upheld": "denied (upheld)", "Overturned": "approved (overturned)"}
SHORT = {"Upheld": "denied", "Overturned": "approved"}
EVERY_REASON = 10  # up to this many items, each one's reason is quoted; past it, the first item's of each letter
# the listing asked: "which requests did neurosurgeons review?", "what did the ER doctors decide?"
_ASKED = re.compile(r"\b(?:which|what|list|show(?:\s+me)?)\b[^?.;]*?\b(?:review(?:ed|ing)?|decid(?:e|ed)|look(?:ed)?\s+(?:at|over)"
                    r"|handled?|ruled?\s+on|see|saw|get|got)\b(?!\s+(?:it|this|that)\b)", re.IGNORECASE)
_COUNTED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bhow\s+often\b|\brates?\b|\bpercent", re.IGNORECASE)


def asks_what_reviewed(text: str) -> bool:
    """Whether the question asks what a specialty's reviewers reviewed, listed (not counted).

        asks_what_reviewed("which requests did neurosurgeons review?") -> True
        asks_what_reviewed("how many cases did a neuro doc review?") -> False
        asks_what_reviewed("which reviewers were orthopedic surgeons?") -> False   # the letters counted
    """
    return bool(_ASKED.search(text) and not _COUNTED.search(text))


def reviewed_by_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict) -> Answer | None:
    if (not query.reviewer or query.case_numbers or query.person.described or query.group or query.treatment_words
            or query.body_regions or query.decision or query.premise or not asks_what_reviewed(query.text)):
        return None
    s = scope(engine, query, {k: v for k, v in plan.filters.items() if k != "decision"})
    if s is None or not s.items:
        return None
    by_letter: dict[str, list[ScopeItem]] = {}
    for item in sorted(s.items, key=lambda i: (i.case_number, i.item_index)):
        by_letter.setdefault(item.case_number, []).append(item)
    letters = engine.letters(list(by_letter))
    m, L = len(s.items), len(by_letter)
    counts = {d: sum(i.decision == d for i in s.items) for d in ("Overturned", "Upheld")}
    split = ", ".join(f"{counts[d]} {SHORT[d]}" for d in ("Overturned", "Upheld") if counts[d])
    lead = (f"{m} request{'s' if m != 1 else ''}, in {L} letter{'s' if L != 1 else ''}, "
            f"{'were' if m != 1 else 'was'} decided by a reviewer who is a specialist in {query.reviewer} ({split}).")
    c = Composer()
    c.say(lead)
    for case, items in by_letter.items():
        c.say(_letter_sentence(c, letters[case], items, every=m <= EVERY_REASON))
    notes = [*seen.get("notes", ()), "asked what the reviewers of a specialty reviewed: each of their letters' items"]
    return answer(question, {**seen, "notes": notes}, c, (), kind="list", lead=lead, count={"total": m, **counts},
                  rule=f"each item of a letter whose reviewer is a specialist in {query.reviewer}")


def _letter_sentence(c: Composer, letter: Letter, items: list[ScopeItem], *, every: bool) -> str:
    """'CM17-0002106 (Neurological Surgery [1]): "MRI of the left shoulder", denied (upheld) [2], no objective
    findings or red flags: "..." [3]; ...' (the credentials cited with the letter's first item asked, as
    service.flows.reviewers cites them; the reason of each item when `every`, else of the first)."""
    span = credentials_span(letter)
    who = letter.reviewer_specialty or "specialty not stated"
    if span:
        who = f"{who} [{c.cite(letter, letter.items[items[0].item_index - 1], span, role='reviewer')}]"
    parts = []
    for item in items:
        it = letter.items[item.item_index - 1]
        n = c.cite(letter, it, trim(letter.text, it.heading_span), role="heading")
        said = f'"{it.title or it.request}", {SAID.get(it.decision, it.decision)} [{n}]'
        if (every or not parts) and (found := why.findings(letter, it, "", limit=1)):
            reason = why.lead_reason(it, found[0])
            said = f"{said}, {reason[:1].lower()}{reason[1:]}: {c.quote(letter, it, found[0], 'finding')}" if reason else said
        parts.append(said)
    return f"{letter.case_number} ({who}): {'; '.join(parts)}."
