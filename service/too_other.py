"""A thing asked "too" after one of the letter's requests ("was the nurse denied too?" after his home aide): "too" asks
of ANOTHER request of the same letter, so a thing whose own word no request of the letter has (the nurse: no request
is a nurse's, though a home nurse and a home aide are both home health care) is one the letter lacks, said so with
what it decided; never the item answered before, again.

    too_thing("was the nurse denied too?") -> "nurse"
    own_words("home nurse", ("Home aide 6 hours per day",)) -> ["nurse"]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer.taxonomy import find_regions

# "was the nurse denied too?", "and were his home nurse visits approved as well?", "did she get the nurse too?"
_TOO_THING = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?(?:was|were|is|are|did|does|has|had)\s+(?:(?:he|she|they)\s+"
                        r"(?:get|got|have)\s+)?(?:the|his|her|their|my|a|an|any)\s+(?P<thing>[\w/-]+(?:\s+[\w/-]+){0,2}?)\s+"
                        r"(?:(?:also\s+)?(?:get\s+|got\s+|been\s+)?(?:denied|approved|upheld|overturned|rejected|refused|"
                        r"authori[sz]ed|certified|turned\s+down|cut|okayed)\s+)?(?:too|as\s+well|also)\s*[?.!]*"
                        r"\s*(?:\[[^\]]*\]\s*)?$", re.IGNORECASE)
# words of a thing that tell no kind: "visits", "request", "one"
_PLAIN = frozenset("visit visits request requests one ones thing things service services care home order orders "
                   "session sessions treatment treatments".split())


def too_thing(text: str) -> str:
    """The thing a "was the X denied too?" question asks of, or ''."""
    m = _TOO_THING.match(text)
    return m.group("thing") if m else ""


def own_words(thing: str, titles: Sequence[str]) -> list[str]:
    """The words of `thing` (4 letters or more, not plain) that no title of `titles` has, a word matching one that
    starts with its first five letters ("braces" of "brace")."""
    said = [w for t in titles for w in re.findall(r"[a-z]+", t.lower())]
    # (a body part is where, not what: "a neck MRI" after a CT of the cervical spine)
    return [w for w in re.findall(r"[a-z]+", thing.lower()) if len(w) >= 4 and w not in _PLAIN and not find_regions(w)
            and not any(s.startswith(w[:5]) or w.startswith(s[:5]) and len(s) >= 4 for s in said)]
