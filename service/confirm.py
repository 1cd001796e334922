"""A statement the asker wants confirmed, by the words that close it: "..., right?", "..., correct?",
"..., isn't that so?", "..., wasn't it?". One place for the words; each reader takes the form it needs:

- CONFIRMED: the confirmation words ("right", "correct", "true", "isn't that so", "am I right") closing
  the question (service.asking: a contrast said back to confirm);
- TAG_QUESTION: a tag question ("..., wasn't it?", "..., did they?");
- TO_CONFIRM: either of them (service.yes_no: the question asks yes or no of the statement);
- ANSWERED: the confirmation words or a bare "yes?"/"no?" typed after the statement (service.outcomes:
  the statement's outcome is a premise);
- CONFIRMED_THEN_TOLD: the confirmation words and their question mark, only a description after them
  ("they denied the MRI, right? the 62 year old woman": service.outcomes, a statement to confirm);
- CLAIM_CONFIRMED: after a comma or a dash, "right", "correct", "true", "yes", "is that right", "am I
  right" (service.scope: a claim of each thing named, "surgery denied, brace approved, right?").
"""

from __future__ import annotations

import re

_WORDS = r"right|correct|true|isn't\s+that\s+(?:right|so|true|correct)|am\s+I\s+right"
_TAG = r",\s*(?:was|were|is|are|did|does|do|has|have)(?:n't)?\s+(?:it|they|he|she)"
_END = r"\s*\?\s*$"

CONFIRMED = re.compile(rf",?\s*(?:{_WORDS}){_END}", re.IGNORECASE)
TAG_QUESTION = re.compile(rf"{_TAG}{_END}", re.IGNORECASE)
TO_CONFIRM = re.compile(rf"(?:,?\s*(?:{_WORDS})|{_TAG}){_END}", re.IGNORECASE)
# ("..., yes?", "IMR approved it, no?"; not "approve the cream or no?", which asks, as "or not?" does)
# (nor "did they say no?", "did IMR say yes": the answer said, asked of)
ANSWERED = re.compile(rf"(?<!\bor)(?<!\bor\s)(?<!\bsay)(?<!\bsays)(?<!\bsaid)(?<!\bsay\s)(?<!\bsays\s)(?<!\bsaid\s),?\s*(?:{_WORDS}|yes|no){_END}", re.IGNORECASE)
# ... or closing the question the asker then describes the patient after: "they denied the MRI, right? the 62
# year old woman" (no question mark after it)
# (after a comma or a word, never "the left or right?", "her right?": a side)
CONFIRMED_THEN_TOLD = re.compile(rf"(?:,\s*|(?<!\bor)(?<!\band)(?<!\bthe)(?<!\bhis)(?<!\bher)(?<!\bmy)(?<!\bleft)\s+)"
                                 rf"(?:{_WORDS})\s*\?(?=[^?]*$)", re.IGNORECASE)
CLAIM_CONFIRMED = re.compile(rf"(?:,|\s-)\s*(?:right|correct|true|yes|is\s+that\s+right|am\s+I\s+right){_END}", re.IGNORECASE)


def without_confirmation(text: str) -> str:
    """`text` without the words that close it to ask for confirmation ("..., right?": "...?")."""
    m = TO_CONFIRM.search(text) or ANSWERED.search(text)
    return f"{text[: m.start()]}?" if m else text


__all__ = ["ANSWERED", "CLAIM_CONFIRMED", "CONFIRMED", "CONFIRMED_THEN_TOLD", "TAG_QUESTION", "TO_CONFIRM", "without_confirmation"]
