"""How long the letter is, asked: "how many pages is the letter?", "how long is the determination?", "page count?".

A fact of one letter (service.compose.facts), never a count over the collection (service.understand): not the
guideline's pages either ("how many pages of the MTUS did it cite?").

    PAGE_COUNT.search("how many pages is the letter?") -> a match
    PAGE_COUNT.search("how many pages of the MTUS did they cite?") -> None
"""

from __future__ import annotations

import re

PAGE_COUNT = re.compile(r"\bhow\s+many\s+pages\b(?![^?.;\[]*\b(?:MTUS|ODG|ACOEM|guidelines?|cit\w+|quot\w+)\b)"
                        r"|\bhow\s+long\s+(?:is|was)\s+(?:the|this|that|her|his|their)\s+(?:IMR\s+)?(?:letter|determination|"
                        r"decision\s+letter|pdf)\b|\bpage\s+count\b"
                        r"|\bnumber\s+of\s+pages\b(?![^?.;\[]*\b(?:MTUS|ODG|ACOEM|guidelines?|cit\w+|quot\w+)\b)", re.IGNORECASE)
