"""A question that offers one thing or another: "X or Y" read once for the flows that ask it.

"Did IMR okay her Naprosyn or knock it back?", "did the reviewer rest the denial on the GI risk or on
the NSAID use itself?" ask which of two (a choice: no yes or no answers it); "approved or not?" and
"yes or no: ..." ask one yes or no. Any "or", "either" or "nor" ("did the approval stick for the
acupuncture, or only the MRI?", "did IMR give either one back?", "neither ... nor ...") is enough
to keep a question from claiming one outcome of each item it names.
"""

from __future__ import annotations

import re

from indexer.treatments import find_treatments

# "either", "nor", or "or" (the choice group: a choice of two things asked, up to its question mark or the end,
# not "or not?" nor "yes or no"; within the clause asked: not "no numbness or tingling - was his neck MRI
# approved?", whose "or" is in the story told before the question)
_OR = re.compile(r"\b(?:either|nor)\b|\bor\b(?P<choice>\s+(?!not\b|no\b)"
                 r"(?:(?!\s[-\u2013\u2014]+\s|,\s*(?:was|were|is|are|did|does|do|has|have|had)\s)[^?.;:!])*(?:\?|$))?",
                 re.IGNORECASE)


def says_or(text: str) -> bool:
    """Whether `text` says "or", "either" or "nor" anywhere."""
    return _OR.search(text) is not None


# which of the things named had an outcome: "which of the 54 yo man's PT was approved, neck or back?", "which one
# got approved?", "so which of his MRIs weren't denied?" (a clause that opens with "which", not a relative
# clause: "the PT which was denied")
# ... or after the case number it asks of: "CM17-0009887 which of the two was denied?"
_WHICH = re.compile(r"(?:^|[.;:?!]\s*|\s[-\u2013\u2014]+\s*|,\s*|\bCM\d{2}-\d{7}\s+)(?:(?:so|and|but|then|ok|okay)\s+)?"
                    r"(?:in\s+)?which\b", re.IGNORECASE)


def asks_which(text: str) -> bool:
    """Whether `text` asks which of the things it names had an outcome (a clause opening with "which")."""
    return _WHICH.search(text) is not None


# a question typed without its question mark, known by its opening: "was the ibuprofen fully denied or just
# the refills" (not "facet inj L4-S1 34yo m chronic LBP upheld or overturned", which asks no choice of things)
_ASKED_BARE = re.compile(r"^\s*(?:was|were|is|are|did|does|do|has|have|had)\b", re.IGNORECASE)


def asks_choice(text: str) -> bool:
    """Whether `text` asks a choice between two things ("... approve it or knock it back?"), not
    "approved or not?" nor "yes or no: ..."."""
    return any(m.group("choice") and (m.group("choice").endswith("?") or _ASKED_BARE.match(text))
               for m in _OR.finditer(text))


# the clause a choice's "or" closes, back to where it opens: "did he get his knee scope or the motrin?"
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:?!]\s*|\s[-\u2013\u2014]+\s*|,\s*)", re.IGNORECASE)


def asks_either_thing(text: str) -> bool:
    """Whether the choice `text` asks is of two things each naming a treatment ("did he get his knee scope or the
    motrin?", "did IMR approve her MRI or her acupuncture?"): a yes/no of either, not a choice of two outcomes
    ("did IMR okay her Naprosyn or knock it back?") nor of two reasons."""
    for m in _OR.finditer(text):
        choice = m.group("choice")
        if not choice or not (choice.endswith("?") or _ASKED_BARE.match(text)):
            continue
        opened = max((o.end() for o in _CLAUSE_OPENS.finditer(text, 0, m.start()) if o.end() <= m.start()), default=0)
        if find_treatments(text[opened:m.start()]) and find_treatments(choice):
            return True
    return False


__all__ = ["asks_choice", "asks_either_thing", "asks_which", "says_or"]
