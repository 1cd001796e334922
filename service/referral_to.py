"""A referral to a kind of care, told as one request: "any chiropractor referral approved?", "was the referral
to a chiropractor approved?". The question names two treatment sets (the consultation and the care it refers
to), but asks of the referral alone: a chiropractor's treatment sessions are another request (service.scope
keeps the items of both sets that are referrals).

    referral_to(("chiropractic", "consultation"), ("chiropractor", "referral"), "any chiropractor referral approved?")
        -> True
    referral_to(("chiropractic", "consultation"), ("chiro", "referral"), "the chiro visits and the ortho referral")
        -> False
"""

from __future__ import annotations

import re

# the words of a referral itself (not an evaluation or a visit: "the chiropractic evaluation" is the care's)
_REFERRAL = r"(?:consult\w*|referrals?|refer(?:red|ring)?)"


def referral_to(treatments: tuple[str, ...], words: tuple[str, ...], text: str) -> bool:
    """Whether `text` tells a referral to the care another of its treatment words names, right before the
    referral word ("a chiropractor referral") or after it ("a referral to a chiropractor")."""
    if "consultation" not in treatments or len(set(treatments)) < 2:
        return False
    for word in words:
        if re.fullmatch(_REFERRAL, word, re.IGNORECASE):
            continue
        w = re.escape(word)
        if re.search(rf"\b{w}\s+{_REFERRAL}\b|\b{_REFERRAL}\s+(?:to|with|for)\s+(?:(?:an?|the|his|her|my)\s+)?{w}\b",
                     text, re.IGNORECASE):
            return True
    return False


__all__ = ["referral_to"]
