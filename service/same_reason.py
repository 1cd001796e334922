"""Whether two (or all) of the items answered were decided for the same reason: "was the diclofenac denied for
the same reason as the flexeril?", "did the MRI and the EMG get turned down on the same grounds?".
The reviewer's reason codes of each (indexer.reasons) are compared: the lead reasons the same, one
shared beside others, or none shared, each reason said with the finding behind it cited.
"""

from __future__ import annotations

import re

from indexer.model import Item, Letter
from service.compose.common import Composer, trim
from service.compose.why import labels
from service.types import Hit

_SAME = re.compile(r"\b(?:the\s+)?(?:same|similar|identical)\s+(?:(?:IMR\s+)?reviewer(?:['’]?s)?\s+)?(?:reasons?|grounds?|basis|rationale|logic|thing)\b"
                   r"|\bfor\s+(?:a\s+)?different\s+reasons?\b|\b(?:same|different)\s+(?:reason|why)\b"
                   # "is that why the L5 one was denied too?", "was that also why ...?": the reason just told, of another
                   r"|\b(?:is|was)\s+that\s+also\s+why\b|\b(?:is|was)\s+that\s+why\b[^?.!]*?\b(?:too|also|as\s+well)\s*[?.!]*\s*$",
                   re.IGNORECASE)


def asks_same_reason(text: str) -> bool:
    """Whether `text` asks if things were decided for the same reason (or different ones)."""
    return bool(_SAME.search(text))


_DIFFERENT = re.compile(r"\bdifferent\b|\bdiffer(?:s|ed)?\b", re.IGNORECASE)


def same_reason_sentence(c: Composer, letters: dict[str, Letter], chosen: list[Hit], items: list[Item],
                         text: str = "") -> str:
    """'Yes: the reviewer gave both the same reason, X [1][2].', 'Partly: ...' or 'No, the reasons differ.
    "A": X [1]. "B": Y [2].' of two items with reason codes (of more, "all 3"); '' otherwise. A question (`text`)
    asking whether the reasons were different ("for a different reason?") gets the other opening: 'Yes, the reasons
    differ. ...', 'No: the reviewer gave both the same reason, ...'."""
    names = labels()
    codes = [[r.code for r in i.reasons if r.code in names] for i in items]
    if len(items) < 2 or not all(codes):
        return ""

    def mark(n: int, code: str) -> str:
        hit, item = chosen[n], items[n]
        letter = letters[hit.case_number]
        spans = next((r.spans for r in item.reasons if r.code == code and r.spans), ())
        span = trim(letter.text, spans[0] if spans else item.heading_span)
        return f"[{c.cite(letter, item, span, hit.chunk_id, 'finding' if spans else 'heading')}]"

    titles = [i.title or i.request for i in items]
    each = "both" if len(items) == 2 else f"all {len(items)}"
    different = bool(_DIFFERENT.search(text))
    leads = [codes_of[0] for codes_of in codes]

    # items of two letters are told by their case, and items decided otherwise by their decision: '"Naproxen 500mg #60"
    # in case CM17-0013716, denied: ...' beside the same title in another case, approved
    cross = len({h.case_number for h in chosen[: len(items)]}) > 1
    decided = len({h.decision for h in chosen[: len(items)]}) > 1

    def own(n: int) -> str:  # '"A": x [1]'
        where = f" in case {chosen[n].case_number}" if cross else ""
        how = f", {'approved' if chosen[n].decision == 'Overturned' else 'denied'}" if decided else ""
        return f'"{titles[n]}"{where}{how}: {names[leads[n]].lower()} {mark(n, leads[n])}'

    if len(set(leads)) == 1:
        return (f"{'No:' if different else 'Yes:'} the reviewer gave {each} the same reason, {names[leads[0]].lower()} "
                f"{''.join(mark(n, leads[0]) for n in range(len(items)))}.")
    if shared := [x for x in codes[0] if all(x in other for other in codes[1:])]:
        some = "one" if len(items) == 2 else "some"
        return (f"Partly: {each} name {names[shared[0]].lower()} {''.join(mark(n, shared[0]) for n in range(len(items)))}, "
                f"but the reviewer led with another reason for {some}. " + ". ".join(own(n) for n in range(len(items))) + ".")
    if decided and len(items) == 2:
        # (one approved, one denied: the decisions differ before their reasons do)
        # (each one's decision said in its own sentence, cited: the opening names neither)
        return (f'{"Yes" if different else "No"}, the reasons differ, and so do the decisions. '
                + ". ".join(own(n) for n in range(len(items))) + ".")
    return f'{"Yes" if different else "No"}, the reasons differ. ' + ". ".join(own(n) for n in range(len(items))) + "."
    return (f'{"Yes" if different else "No"}, the reasons differ. "{ta}": {names[a[0]].lower()} {mark(0, a[0])}. "{tb}": '
            f"{names[b[0]].lower()} {mark(1, b[0])}.")
