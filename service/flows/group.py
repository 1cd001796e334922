"""A yes/no asked of several of one patient's items at once ("were both denied?", "none of her chiro stuff
got approved?", "did they deny both her tests?"): the words that ask it, the yes or no over all of them,
and the items' decisions said at once (service.flows.item opens the answer with them)."""

from __future__ import annotations

import re
from collections.abc import Callable

# a yes/no asked of several items at once: "were both denied?", "did IMR give either one back?",
# "was all of it denied?", "did they approve any of it?"
OF_THE_GROUP = re.compile(r"\b(?:both|either|neither|all\s+of\s+(?:it|them)|any\s+of\s+(?:it|them|those|these)|"
                          # "none of the 52 yo woman's chiro stuff got approved?": a claim of every one of them
                          r"none\s+of\s+(?:it|them|those|these|(?:the|his|her|their|my)\s+)|"
                          # "which of the two did the state reviewer okay?": which ones had the outcome
                          r"which\s+(?:one\s+)?of\s+(?:the\s+two|them|these|those)|"
                          r"all\s+(?:denied|upheld|approved|overturned)"
                          # "were all 3 MRIs denied?", "were all his shots approved?"
                          r"|(?:were|are|got)\s+all\s+(?:\d+|two|three|four|five|the|his|her|their|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+s"
                          # ... of a patient described: "were all the 52 yo woman's chiro things denied?"
                          r"|(?:were|are|got)\s+all\s+(?:the|of\s+the)\s+\d{1,3}\s*(?:yo|y/o|years?[- ]old)\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+s"
                          # "...the shoulder, neck and head scans - were all three turned down?"
                          r"|(?:were|are|got)\s+all\s+(?:\d+|two|three|four|five|six)(?=\s+(?:of\s+them\s+)?(?:turned|denied|upheld|"
                          r"approved|overturned|rejected|refused|okayed|ok'?d|authori[sz]ed|covered)\b|\s*\?))\b",
                          re.IGNORECASE)
# ... asked as which of them: said, no yes or no
WHICH_OF = re.compile(r"\bwhich\s+(?:one\s+)?of\b", re.IGNORECASE)
SAID = {"Upheld": "denied (upheld)", "Overturned": "approved (overturned)"}
# the group words a yes of one member answers: "did she get either?", "was any of it approved?"
_ANY_OF = re.compile(r"\b(?:either|any\s+of\s+(?:it|them|those|these))\b", re.IGNORECASE)
# a yes or no of any request: "was anything for the 63 yo man with the shoulder surgery overturned?"
ANYTHING_ASKED = re.compile(r"\b(?:was|were|has|had|did)\s+(?:anything|any\s+of\s+(?:his|her|their|my|the|it|them))\b",
                            re.IGNORECASE)


def yes_or_no(decisions: list[str], wanted: str, text: str, presumed: bool) -> str:
    """The yes or no of a group asked about: yes when every one of `decisions` is `wanted` ("were both
    denied?"), or any one when `text` asks of either or any of them and presumes nothing ("did she get
    either?")."""
    hit = any if (_ANY_OF.search(text) or ANYTHING_ASKED.search(text)) and not presumed else all
    return "Yes" if hit(d == wanted for d in decisions) else "No"


def group_outcome(decisions: list[str]) -> str:
    """The items' decisions said at once: "Both were denied (upheld).", "All 3 were approved
    (overturned).", "1 of the 2 was approved (overturned), 1 denied (upheld)." """
    n = len(decisions)
    if len(set(decisions)) == 1:
        return f"{'Both' if n == 2 else f'All {n}'} were {SAID[decisions[0]]}."
    approved = decisions.count("Overturned")
    return (f"{approved} of the {n} {'was' if approved == 1 else 'were'} {SAID['Overturned']}, "
            f"{n - approved} {SAID['Upheld']}.")


def each_said(rows: list[tuple[int, str, str]], cited: Callable[[int], str]) -> str:
    """Each of a letter's items (number, title, decision) with its decision, cited by `cited` (its
    heading's mark), a sentence each: '"MRI of neck and right hand without contrast" was denied (upheld)
    [1]. "Acupuncture ..." was approved (overturned) [2]' (the yes or no over a mixed pair, item by item;
    one sentence per item, so that none says two decisions of one item)."""
    return ". ".join(f'"{title}" was {SAID[decision]} {cited(n)}' for n, title, decision in rows)


__all__ = ["ANYTHING_ASKED", "OF_THE_GROUP", "SAID", "WHICH_OF", "each_said", "group_outcome", "yes_or_no"]
