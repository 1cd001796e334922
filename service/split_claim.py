"""A number split claimed of one request: "so the 43 yo woman's chiro was approved for 6 but not 12?",
"they gave her 6 visits but not the other 6?".

The claim is about the request as it was asked: how much of it was approved in the end, and that not
all of it was. Utilization review's partial certification is part of that story, never IMR's decision
misread: the letter tells what was asked (the original request), what UR authorised and what IMR
decided of the remaining portion. So the claim is answered from both, not checked as a premise that
IMR approved the item (which it may have upheld: the remaining 6 visits denied, the first 6 UR's).

    Yes: of the 12 asked for, utilization review authorised 6, and IMR upheld the denial of the
    remaining portion, "Chiropractic physiotherapy treatment 6 visits" [1].
"""

from __future__ import annotations

import re

from indexer.model import Item
from indexer.titles import modification
from service.quantity import request_counts
from service.yes_no import asked_at

_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_N = rf"(?:\d{{1,4}}|{'|'.join(_WORDS)})"
# "approved for 6 but not 12", "authorized 6 visits but not the full 12", "gave her 6 but not the other 6", "gave the
# 43 yo woman 6 chiro visits but not the other 6" (the number right before "but not", a few words after the verb)
_SPLIT = re.compile(
    r"\b(?:approved|authori[sz]ed|certified|okayed|OK'?d|allowed|granted|covered|given|gave|give|gives|"
    r"got|get|gets)\s+(?:[\w'’-]+\s+){0,5}?(?:for\s+)?(?:only\s+|just\s+)?(?P<got>" + _N + r")(?:\s+[a-z]+){0,3}?\s*,?\s+(?:but|and)\s+not\s+"
    r"(?:for\s+)?(?:(?:the|all|his|her|their)\s+)?(?P<rest>other\s+|remaining\s+|rest\s+of\s+the\s+)?(?:full\s+|whole\s+|all\s+)?"
    r"(?P<of>" + _N + r")\b", re.IGNORECASE)


# utilization review said to have done it: "UR approved 6 but not 12", "the adjuster certified 6 ..."
_UR_SAID = re.compile(r"\b(?:UR|utili[sz]ation\s+review|adjuster|insurer|insurance(?:\s+company)?|carrier|claims?\s+"
                      r"administrator|employer)(?:['’]s)?(?:\s+(?:only|just|had|has|have|was|were|initially|first))*\s*$",
                      re.IGNORECASE)


def _number(said: str) -> int:
    return _WORDS[said.lower()] if said.lower() in _WORDS else int(said)


def split_claimed(text: str) -> tuple[int, int] | None:
    """(how many the question says were approved, how many were asked for in all) of a number split
    it claims ("approved for 6 but not 12": (6, 12); "gave her 6 but not the other 6": (6, 12)), else None."""
    m = _SPLIT.search(text)
    if not m or _UR_SAID.search(text[max(0, m.start() - 40): m.start()]):
        return None  # "UR approved 6 but not 12 - did IMR give her the rest?": UR's part, told, not claimed
    got, of = _number(m.group("got")), _number(m.group("of"))
    return (got, got + of) if m.group("rest") or of <= got else (got, of)


def split_asked(text: str) -> bool:
    """Whether `text` asks the number split it claims ("was her chiro approved for 6 but not 12?"), not tells it in
    a story before another question ("they gave him 10 PT but not 12. can he appeal the other 2?": a yes there would
    read as the answer to the appeal)."""
    return bool(split_claimed(text)) and asked_at(text, _SPLIT.search(text).start())


def split_sentence(text: str, item: Item, mark: int) -> str:
    """The yes or no of the number split `text` claims of `item` (`mark`: the citation of its heading,
    which tells the original request, UR's part and IMR's decision), else ''."""
    claim = split_claimed(text)
    if not claim:
        return ""
    got, asked = claim
    title = item.title or item.request
    if not (modified := modification(item.request)):
        # IMR decided the whole request: all of it approved, or none of it
        if item.decision == "Overturned":
            return f'No: all of "{title}" was approved (overturned: authorised); utilization review authorised no part of it [{mark}].'
        return f'No: none of "{title}" was approved: IMR upheld the denial of the whole request [{mark}].'
    original, authorised = modified
    if item.decision == "Overturned":
        return (f'No: all of "{original}" was approved: utilization review authorised "{authorised}", and IMR approved '
                f'(overturned) the remaining portion, "{title}" [{mark}].')
    holds = asked in request_counts(original) and got in request_counts(authorised)
    said = f"of the {asked} asked for, utilization review authorised {got}" if holds else (
        f'of "{original}" (the original request), utilization review authorised "{authorised}"')
    return f'{"Yes" if holds else "No"}: {said}, and IMR upheld the denial of the remaining portion, "{title}" [{mark}].'


# a part claimed with no number: "was the home aide partially approved?", "did she get it approved in part?", "was
# part of it authorized?", "only partly covered?"
_DECIDED = r"(?:approved|authori[sz]ed|certified|okayed|OK'?d|allowed|granted|covered|given)"
_FIRST = (r"(?:first|initial)\s+(?:fill|prescription|script|bottle|batch|month|supply|round|part|portion|(?:\d+|two|three|"
          r"four|five|six|eight|ten|twelve|few)\s+(?:[\w-]+\s+)?(?:sessions|visits|pills|tablets|hours|days|weeks))\b")
_PART = re.compile(rf"\b(?:partial(?:ly)?|partly|part(?:ially)?[- ]way)\s+{_DECIDED}\b|\b{_DECIDED}\s+(?:only\s+)?(?:in\s+part|"
                   rf"partial(?:ly)?|partly)\b|\b(?:part|some|a\s+portion)\s+of\s+(?:it|them|the\s+[\w'’/-]+(?:\s+[\w'’/-]+)?)\s+"
                   rf"(?:was|were|got|been|get)\s+{_DECIDED}\b"
                   rf"|\b(?:was|were|did|has|had)\s+(?:part|some|a\s+portion)\s+of\s+(?:it|them|the\s+[\w'’/-]+(?:\s+[\w'’/-]+)?)\s+"
                   rf"(?:get\s+|been\s+)?{_DECIDED}\b|\b(?:get|got|gets|receive|received)\s+(?:a\s+)?partial\s+(?:approval|authori[sz]ation)\b"
                   # ... or less of it, no number said: "was his home aide approved for fewer hours?", "approved for less?"
                   rf"|\b{_DECIDED}\s+(?:only\s+)?(?:for\s+)?(?:fewer|less|a\s+(?:reduced|smaller|lower)\s+(?:number|amount))\b"
                   # ... or its first part, the part UR authorises when it authorises one: "was the first fill approved?", "did
                   # he get the initial 6 visits?"
                   rf"|\b(?:the|his|her|their|my)\s+{_FIRST}\s+(?:was|were|got|been|get)\s+{_DECIDED}\b"
                   rf"|\b(?:was|were|is|are|has|had)\s+(?:the|his|her|their|my)\s+{_FIRST}\s+(?:been\s+|ever\s+)?{_DECIDED}\b"
                   rf"|\b(?:{_DECIDED}|get|got|receive|received)\s+(?:the|his|her|their|my)\s+{_FIRST}",
                   re.IGNORECASE)
# ... not UR's part told: "Baclofen partly approved by UR (27 of the 30), then did IMR overrule UR on the last 3?",
# "UR partially certified it" (the remainder asked of, service.partly)
_BY_UR = re.compile(r"\s*(?:by|from)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review|adjuster|insurer|insurance|carrier|claims?\s+"
                    r"administrator|employer)\b", re.IGNORECASE)


def part_claimed(text: str) -> bool:
    """Whether `text` asks whether a request was approved in part, no number said ("was the home aide
    partially approved?"), and names no number split (split_claimed)."""
    return any(not _BY_UR.match(text, m.end()) and not _UR_SAID.search(text[max(0, m.start() - 40): m.start()])
               for m in _PART.finditer(text)) and not split_claimed(text)


def part_sentence(item: Item, mark: int) -> str:
    """The yes or no of a part claimed of `item` (`mark`: the citation of its heading, which tells the original
    request, what the claims administrator authorised and IMR's decision of the rest): yes when utilization
    review authorised part of it ('Yes, in part: of "Home aide 12 hours ..." (the original request), the claims
    administrator authorised "Home aide 6 hours ..." at utilization review, and IMR upheld the denial of the
    remaining portion, "..." [1].'); else no, IMR having decided the whole of it."""
    title = item.title or item.request
    if not (modified := modification(item.request)):
        if item.decision == "Overturned":
            return f'No: all of "{title}" was approved (overturned: authorised); utilization review authorised no part of it [{mark}].'
        return (f'No: "{title}" was not approved in any part: utilization review authorised no part of it, and IMR upheld '
                f'the denial of the whole request [{mark}].')
    original, authorised = modified
    said = f'of "{original}" (the original request), the claims administrator authorised "{authorised}" at utilization review, and IMR'
    if item.decision == "Overturned":
        return f'No: all of it was approved: {said} approved (overturned) the remaining portion, "{title}" [{mark}].'
    return f'Yes, in part: {said} upheld the denial of the remaining portion, "{title}" [{mark}].'


__all__ = ["part_claimed", "part_sentence", "split_asked", "split_claimed", "split_sentence"]
