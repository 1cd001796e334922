"""A reason guessed, then asked to confirm: "she had no red flags, is that why?", "no drug tests - is that the
reason it was denied?". Read as the reason clause service.reason_asked confirms ("is that because she had no red
flags?"), so the answer says first whether the reviewer gave that reason, and the guess names no request asked.
"""

from __future__ import annotations

import re

# the guess: the clause before "is that why" in its sentence, told apart by a comma, a dash or a full stop
# ... and what follows "why" only the outcome said again ("is that why it was denied?", "is that why they said no?")
_GUESS_WHY = re.compile(
    r"(?P<lead>^|[.?!]\s+)(?P<guess>[^\s?.!,][^?.!]*?)\s*(?:,|;|\s[-\u2013\u2014]+|\.)\s*(?:so\s+|and\s+)?"
    r"(?:is|was)\s+(?:that|this|it)\s+(?:why|the\s+reason(?:\s+why)?)"
    r"(?:\s+(?:it|they|she|he|IMR|the\s+reviewer)\s+(?:was|were|got)?\s*(?:\w+\s+){0,2}?(?:denied|upheld|turned\s+down|"
    r"rejected|refused|deny|said\s+no|got\s+denied)(?:\s+it)?)?\s*\?",
    re.IGNORECASE)


def guess_as_because(text: str) -> str:
    """`text` with each reason guessed before "is that why?" asked as "is that because <guess>?" (`_GUESS_WHY`)."""
    return _GUESS_WHY.sub(lambda m: f"{m.group('lead')}is that because {m.group('guess')}?", text)


__all__ = ["guess_as_because"]
