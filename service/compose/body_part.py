"""The body part a request was for, asked of one item: "what body part was her PT for?", "was her PT for the back or
the neck?" (a choice), "was it for her neck?" (yes or no). Said from the request's own words when they name one,
else from the guideline the reviewer judged it under ("MTUS Low Back Complaints"), else from the first sentence of the
rationale that names one; each cited. A choice or a yes/no is answered first by the part found.

    The request "Eight (8) physical therapy sessions" in case CM17-0003890 names no body part; the reviewer judged it
    under MTUS Low Back Complaints 2004, a guideline for the low back [1].
"""

from __future__ import annotations

import re

from indexer.model import Item, Letter
from indexer.sentences import sentence_spans
from indexer.taxonomy import classify_request
from service.compose.common import Composer, guideline_span, trim

I = re.IGNORECASE
# the part asked: "what body part was her PT for?", "which part of the body was the MRI of?", "what area was it for?"
_PART_WORD = r"(?:(?:low|lower|upper|mid|middle|left|right)\s+)?[a-z]+"  # "neck", "low back", "right shoulder"
PART_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:body\s+parts?|(?:parts?|areas?|regions?)\s+of\s+(?:the|her|his|their|my)\s+body|areas?|"
    r"regions?)\s+(?:was|is|were|are|did|does)\b"
    r"|\b(?:what|which)\s+(?:parts?|areas?|regions?)\s+of\s+(?:the|her|his|their|my)\s+body\b"
    r"|\bwhat\s+body\s+parts?\s*\?"
    # ... as a choice of two parts: "was her PT for the back or the neck?"
    r"|" + (_CHOICE := r"\bfor\s+(?:the|her|his|their|my)\s+(?P<one>" + _PART_WORD + r")\s+or\s+(?:for\s+)?"
                       r"(?:(?:the|her|his|their|my)\s+)?(?P<two>" + _PART_WORD + r")\s*\?") +
    # ... or one part, yes or no: "was it for her neck?", "was the PT for his low back?"
    r"|" + (_ONE := r"^(?:.*[-\u2013\u2014,;:]\s*)?(?:was|is|were|are)\s+(?:it|that|this|they|those|(?:the|her|his|their|my)\s+"
                    r"[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:only|just)\s+)?for\s+(?:the|her|his|their|my)\s+(?P<part>" + _PART_WORD +
                    r")\s*\?\s*$"),
    I)
_CHOICE_RE = re.compile(_CHOICE, I)
_ONE_RE = re.compile(_ONE, I)
_SAID = {"lumbar": "the low back", "cervical": "the neck", "thoracic": "the mid or upper back", "shoulder": "the shoulder",
         "elbow": "the elbow", "wrist/hand": "the wrist or hand", "hip": "the hip", "knee": "the knee",
         "ankle/foot": "the ankle or foot", "head": "the head", "upper extremity": "the arm", "lower extremity": "the leg",
         "pelvis": "the pelvis", "chest/abdomen": "the chest or abdomen"}


_BOTH = {"upper extremity": "both arms", "lower extremity": "both legs"}


def _parts(regions: tuple[str, ...], both: bool = False) -> str:
    """The body parts in words; `both`: the request says bilateral ("EMG/NCS of the bilateral upper extremities": both
    arms)."""
    said = [(_BOTH.get(r) if both else None) or _SAID.get(r, r) for r in regions]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def part_clause(text: str) -> tuple[int, int] | None:
    """Where `text` asks a choice of two parts or a yes/no of one ("was it for her neck?"), or None."""
    if m := _CHOICE_RE.search(text):
        return m.start(), m.end()
    if m := _ONE_RE.search(text):
        return text.lower().rfind(" for ", 0, m.start("part")), m.end()  # (" for her neck?")
    return None


def _asked(text: str) -> tuple[tuple[str, ...], bool] | None:
    """The parts a choice or a yes/no names (each read as a body region) and whether it is a choice; None when the
    question asks the part plainly."""
    if m := _CHOICE_RE.search(text):
        return tuple(r for w in (m.group("one"), m.group("two")) for r in classify_request(w)[1]), True
    if m := _ONE_RE.search(text):
        return classify_request(m.group("part"))[1], False
    return None


def body_part(c: Composer, letter: Letter, item: Item | None, text: str) -> str:
    """The body part `item` of `letter` was for, cited; a choice or a yes/no (`text`) answered first; '' without an
    item."""
    if item is None:
        return ""
    cn, name = letter.case_number, item.title or item.request
    regions, said = item.body_regions, ""
    if regions:
        n = c.cite(letter, item, trim(letter.text, item.heading_span), role="heading")
        both = bool(re.search(r"\bbilateral\b", item.request, I))
        said = f'The request "{name}" in case {cn} is for {_parts(regions, both)} [{n}].'
    elif (span := guideline_span(letter, item)) and (regions := classify_request(item.maximus_guideline.raw)[1]):
        n = c.cite(letter, item, span, role="guideline")
        said = (f'The request "{name}" in case {cn} names no body part; the reviewer judged it under '
                f'{item.maximus_guideline.source or "a guideline"}, a guideline for {_parts(regions)} [{n}].')
    else:
        start, end = item.rationale_span
        for s in sentence_spans(letter.text, start, end):
            if regions := classify_request(letter.text[s[0]:s[1]])[1]:
                said = (f'The request "{name}" in case {cn} names no body part; the reviewer\'s rationale speaks of '
                        f'{_parts(regions)}: {c.quote(letter, item, s, "finding")}')
                break
    if not said:
        return f'Neither the request "{name}" in case {cn} nor its guideline or rationale names a body part.'
    asked = _asked(text)
    if not asked or not asked[0]:
        return said
    parts, choice = asked
    hit = [r for r in parts if r in regions]
    lead = (_parts(tuple(hit)).capitalize() if hit else "Neither") if choice else ("Yes" if hit else "No")
    return f"{lead}: {said[0].lower()}{said[1:]}"
