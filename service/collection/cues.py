"""The words that make a question one about the collection as a whole (service.understand reads a
question with one of these as a counting question): rankings, comparisons, trends, averages and
letters counted by their items. ("vs" alone is no cue: requests say "repair vs debridement".)"""

from __future__ import annotations

import re

_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
COLLECTION = re.compile(
    rf"\b(?:which|what)\b[^?.]*?\b(?:the\s+)?(?:most|least|fewest|highest|lowest)\b(?!\s+recent)"
    rf"|\btop\s+{_N}\b|\b{_N}\s+most\b"
    r"|\bcompar(?:e|ed|es|ing|ison)\b|\b(?:more|less)\s+(?:often|likely|frequently)\b"
    r"|\b(?:each|every|per|by)\s+month\b|\bmonth[\s-]+by[\s-]+month\b|\bmonthly\b|\bover\s+time\b"
    r"|\bon\s+average\b|\bper\s+letter\b"
    r"|\b(?:letters|cases)\s+(?:had|have|has|with|where|whose|that\s+had)\s+(?:nothing|no\s+(?:items?|denials?|approvals?)"
    r"|every|all|both|at\s+least|more\s+than|only)\b",
    re.IGNORECASE,
)
