"""Which letters a count (or share) of letters counts, by their items: every item with the outcome
("every item upheld", "approved everything", "nothing denied"), both outcomes, at least N items."""

from __future__ import annotations

import re

from service.outcomes import WORD

I = re.IGNORECASE
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_ALL = re.compile(r"\b(?:every|all|each)\s+(?:of\s+(?:its|their|the)\s+)?(?:disputed\s+)?(?:items?|requests?|treatments?|"
                  r"issues?)\b|\bentirely\b|\beverything\b|\ball\s+of\s+(?:it|them)\b"
                  r"|\bonly\s+(?:upheld|overturned|denied|approved|denials|approvals)\b", I)
_NONE = re.compile(r"\b(?:nothing|no\s+(?:items?|requests?|treatments?)|none\s+of\s+(?:its|their|the)\s+(?:items|requests)"
                   r"|not\s+(?:a\s+single|one|any)\s+(?:item|request))\b(?:\s+\w+){0,3}?\s+(?P<word>\w+)\b", I)
_NO_DECISION = re.compile(r"\bno\s+(?P<word>denials?|approvals?)\b", I)
_MIXED = re.compile(r"\bboth\s+(?:upheld|denied|overturned|approved)\w*\s+and\s+(?:upheld|denied|overturned|approved)\w*"
                    # "both an approval and a denial", "an approval and a denial both", "at least one approval and one denial"
                    r"|\b(?:both\s+|at\s+least\s+)?(?:an?|one)\s+(?:approval|denial|overturn\w*|uph[eo]ld\w*)\s+and\s+(?:an?|one)\s+"
                    r"(?:approval|denial|overturn\w*|uph[eo]ld\w*)\b"
                    r"|\bmixed\b|\bsplit\s+decisions?\b|\bsome\s+(?:items?\s+)?(?:upheld|denied|approved|overturned)\s+and\s+"
                    r"some\b", I)
_MIN = re.compile(rf"\b(?:more\s+than|over)\s+(?P<a>{N})\s+(?:disputed\s+)?(?:items?|requests?|treatments?|issues?|things?)\b"
                  rf"|\b(?:at\s+least\s+(?P<b>{N})|(?P<c>{N})\s+or\s+more)\s+(?:disputed\s+)?(?:items?|requests?|treatments?"
                  rf"|issues?|things?)\b|\b(?:several|multiple)\s+(?:disputed\s+)?(?:items|requests|treatments|issues|things)\b", I)


# a count bounded above: "only one item", "just one request", "a single item", "exactly 2 items", "fewer than 3
# items", "at most two requests"
_ONLY = re.compile(rf"\b(?:(?:only|just|exactly)\s+(?P<a>{N})|a\s+single|one\s+single)\s+(?:disputed\s+)?(?:items?|requests?|"
                   rf"treatments?|issues?|things?)\b|\b(?P<b>{N})\s+(?:disputed\s+)?(?:items?|requests?|treatments?|issues?|things?)\s+only\b"
                   rf"|\b(?:fewer|less)\s+than\s+(?P<c>{N})\s+(?:disputed\s+)?(?:items|requests|treatments|issues|things)\b"
                   rf"|\b(?:at\s+most|no\s+more\s+than)\s+(?P<d>{N})\s+(?:disputed\s+)?(?:items?|requests?|treatments?|issues?|things?)\b", I)


def bounded(text: str) -> tuple[int, int] | None:
    """(at least, at most) of a count of items bounded above ("only one item": (1, 1), "exactly 2 items": (2, 2),
    "fewer than 3 items": (1, 2), "at most two requests": (1, 2)), else None."""
    m = _ONLY.search(text)
    if not m:
        return None
    if m.group("c"):
        most = number(m.group("c")) - 1
        return (1, most) if most >= 1 else None
    if m.group("d"):
        return (1, number(m.group("d"))) if number(m.group("d")) >= 1 else None
    n = number(m.group("a") or m.group("b")) or 1
    return (n, n)


def number(word: str | None) -> int:
    if not word:
        return 0
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 0)


def letter_mode(text: str, outcome: dict[str, str], named: bool) -> tuple[str, dict[str, str], int]:
    """Which letters count, the outcome their items have, and how many of them at least: "every
    item upheld", "nothing denied", "both outcomes", "more than one item". `outcome`: the outcome's
    filter the question names (`named`: whether it names one)."""
    mode, part, least = "any", outcome, 1
    if _MIXED.search(text):
        mode, part = "mixed", {}
    elif none := (_NONE.search(text) or _NO_DECISION.search(text)):
        word = WORD.fullmatch(none.group("word")) or WORD.search(text[none.start():])
        if word:
            mode, part = "all", {"decision": "Overturned" if word.group("deny") else "Upheld"}
    elif _ALL.search(text) and named:
        mode = "all"
    elif m := _MIN.search(text):
        least = max(2, number(m.group("a")) + 1) if m.group("a") else max(1, number(m.group("b") or m.group("c")) or 2)
    return mode, part, least
