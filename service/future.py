"""A decision asked of the future: "my doctor wants an MRI, will IMR approve it?", "would they cover
my back brace?". The letters hold IMR's past decisions, not a forecast: the answer gives the
decision of each letter that fits the patient described, said as past, with no yes or no that
would read as a prediction (service.yes_no.yes_no_sentence, service.flows.fitting)."""

from __future__ import annotations

import re

# a yes/no question in the future: "will IMR approve it?", "would they cover it?", "is IMR going to
# deny it?", "am I going to get it?" (not "why would IMR deny it?", "what will they want?": asked of
# reasons, which the answer gives anyway)
# ... or after a condition told with no comma: "if my chiropractor writes better notes will IMR approve it next time?"
_FUTURE = re.compile(r"(?:^|[.;:?!,]\s*|\s[-\u2013\u2014]+\s*|\bif\s+[^?.;,]{1,80}?\s)(?:(?:so|and|but|then|ok|okay)\s+)?"
                     r"(?:will|would|(?:is|are|am)\s+(?:IMR|it|they|the\s+(?:IMR\s+)?reviewers?|I|we|he|she)\s+going\s+to)\s+"
                     r"(?:IMR|they|the\s+(?:IMR\s+)?reviewers?|I|we|he|she|it|my\s+[\w-]+|his\s+[\w-]+|her\s+[\w-]+"
                     # ... or the patient described: "will the 61 yo woman get her hip MRI?"
                     r"|the\s+(?:[\w'’/-]+\s+){0,6}?(?:wom[ae]n|m[ae]n|guy|lady|girl|boy|patient|worker|claimant|applicant))?\s*"
                     r"(?:ever\s+|still\s+|likely\s+|probably\s+)?(?:approv|den(?:y|ied)|cover|authori[sz]|grant|ok|pay|get|give|"
                     r"uphold|overturn|allow|accept|reject|refus|be\s+(?:approved|denied|covered|authori[sz]ed|upheld|overturned))\w*"
                     # ... of any thing named, a follow-up's item written out: "would the Two refills of Ibuprofen 600mg #90 in case
                     # CM17-0002181 be approved with fewer refills?"
                     r"|(?:^|[.;:?!,]\s*|\s[-\u2013\u2014]+\s*)(?:(?:so|and|but|then)\s+)?(?:will|would)\s+(?:the|his|her|my|their)\s+"
                     r"[^?.;]{1,120}?\s+be\s+(?:approved|denied|covered|authori[sz]ed|upheld|overturned)\b",
                     re.IGNORECASE)

PAST = "Past decision, not a prediction"  # "Past decision, not a prediction: the denial of "X" was upheld ..."
PAST_MANY = "Past decisions, not a prediction:"  # before each fitting letter's decisions


def asks_future(text: str) -> bool:
    """Whether `text` asks a yes/no of IMR's decision in the future ("will IMR approve it?")."""
    return bool(_FUTURE.search(text))


__all__ = ["PAST", "PAST_MANY", "asks_future"]
