"""Follow-ups that are an outcome word alone, or "anything" of a one-request letter, after an item answer.

"the 61 yo woman's hip MRI" || "not approved?", "denied?", "so approved?": the outcome asked of the item just
answered ("was the MRI without contrast of the right hip in case CM16-0248655 not approved?"), not a question of
its own that finds whatever letter the word alone finds. "did she get anything?", "so she got nothing?" after the
request of a letter that has only that one: that request's approval asked, or its denial claimed, so the answer
leads with its yes or no. Pure functions of the follow-up and the items' names (service.conversation calls them).
"""

from __future__ import annotations

import re

_LEAD = r"^\s*(?:(?:and|so|but|ok(?:ay)?|then)\s*,?\s+)?"
# "approved?", "not approved?", "so denied?", "upheld then?" (nothing named, no pronoun)
_BARE = re.compile(_LEAD + r"(?P<not>not\s+)?(?P<o>approved|denied|upheld|overturned|authori[sz]ed|okayed|granted|rejected|"
                   r"refused|turned\s+down|covered)(?:\s+(?:then|too|either|after\s+all|in\s+the\s+end))?\s*[?.!]*\s*$",
                   re.IGNORECASE)
# "did she get anything?", "did he get anything at all?", "has she won anything?"
_ANY = re.compile(_LEAD + r"(?:did|does|has|had)\s+(?:she|he|they|I|the\s+(?:patient|worker))\s+(?:get|got|win|won|receive|"
                  r"received)\s+anything(?:\s+(?:at\s+all|approved|authori[sz]ed))?\s*[?.!]*\s*$", re.IGNORECASE)
# "so she got nothing?", "he gets nothing?", "nothing at all?", "so nothing?"
_NOTHING = re.compile(_LEAD + r"(?:(?:she|he|they|I)\s+(?:got|gets|get|won|received)\s+)?nothing(?:\s+at\s+all)?"
                      r"(?:\s+(?:approved|then))?\s*[?.!]*\s*$", re.IGNORECASE)


def bare_outcome(question: str, named: str, several: bool = False) -> str:
    """The outcome asked alone, asked of `named` ("the MRI ... in case ..."; `several`: two or more items named
    together): "was the ... not approved?"; '' when the question is not an outcome word alone."""
    if (m := _BARE.match(question)) is None:
        return ""
    return f"{'were' if several else 'was'} {named} {(m.group('not') or '').lower()}{m.group('o').lower()}?"


def one_request_anything(question: str, named: str) -> str:
    """"did she get anything?" ("was the ... approved?") or "so she got nothing?" ("was the ... not approved?") of
    the one request `named` of a letter that has only it; '' for any other question."""
    if _ANY.match(question):
        return f"was {named} approved?"
    if _NOTHING.match(question):
        return f"was {named} not approved?"
    return ""
