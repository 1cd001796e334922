"""Whether the item asked about was the only one with an outcome: "was the MRI the only thing denied?",
"was the acupuncture the only thing they approved?" ask of the item AND of the letter's other
requests. The answer says yes or no first, then the others: "No: besides "MRI of the neck", IMR also
denied (upheld) "Acupuncture ..." [2]."."""

from __future__ import annotations

import re
from collections.abc import Callable

from service.compose.listing import WORD
from service.outcomes import read_outcomes

# "the only thing denied", "the only one they approved", "the only request IMR turned down",
# "the only denial" (not "only 6 visits were approved", "the only reason given")
_ONLY = re.compile(r"\b(?:the\s+)?only\s+(?:thing|one|item|request|service|treatment|denial|approval|one\s+thing)s?\b"
                   r"(?!\s+(?:reason|explanation|guideline)\b)", re.IGNORECASE)


# "was it the only thing he got?": what the patient got is what IMR approved
_ONLY_GOT = re.compile(r"\bonly\s+(?:thing|one|item|request|service|treatment|one\s+thing)s?\s+(?:that\s+)?"
                       r"(?:[\w'-]+\s+){0,5}?(?:(?:actually|ever|even)\s+)?(?:got|gets|received|was\s+given)\b"
                       r"(?!\s+(?:denied|approved|upheld|overturned|turned|rejected|refused|cut|okayed|ok'?d|authori[sz]ed)\b)",
                       re.IGNORECASE)


# the rest claimed the other outcome: "omeprazole approved but everything else denied?", "the MRI was denied
# and all the rest approved, right?" (X the only one with the first outcome)
_REST_OTHER = re.compile(r"\b(?:but|and|while|,)\s+(?:everything|all|anything|each|every\s+other\s+\w+)\s+else\b"
                         r"|\b(?:but|and|while|,)\s+(?:all\s+)?the\s+(?:rest|others?|other\s+(?:ones|requests|items|things))\b",
                         re.IGNORECASE)


def only_claimed(text: str) -> str | None:
    """The outcome a question claims of the thing it names when it claims the other of all the rest
    ("omeprazole approved but everything else denied?": "Overturned"), else None."""
    m = _REST_OTHER.search(text)
    if not m:
        return None
    before = [o.decision for o in read_outcomes(text[: m.start()]).found]
    after = [o.decision for o in read_outcomes(text[m.end():]).found]
    return before[-1] if before and after and before[-1] != after[0] else None


def only_got(text: str) -> str | None:
    """"Overturned" when `text` asks whether the thing it names was the only one the patient got."""
    return "Overturned" if _ONLY_GOT.search(text) else None


# "only the acupuncture was approved?", "just his MRI got denied, right?": the thing named the only one with the outcome
# (not "only the overturned MRIs", a list narrowed, nor "only 6 visits were approved", UR's part)
_ONLY_THE = re.compile(r"(?:^|[-\u2013\u2014,;:.?!]\s*|\b(?:so|and|but)\s+)(?:only|just)\s+(?:the|his|her|their|my)\s+"
                       r"(?:[\w/'’-]+\s+){1,5}?(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+\s+)?"
                       r"(?:approved|denied|upheld|overturned|authori[sz]ed|okayed|turned\s+down|rejected|refused)\b", re.IGNORECASE)


def asks_only(text: str) -> bool:
    """Whether `text` asks whether the thing it names was the only one with an outcome (_ONLY, _ONLY_THE)."""
    return bool(_ONLY.search(text) or _ONLY_THE.search(text)) or only_claimed(text) is not None


def only_sentence(asked: str, answered: list[tuple[int, str, str]], rows: list[tuple[int, str, str]],
                  cited: Callable[[int], str]) -> str:
    """The yes/no of "was X the only thing <asked>?" of one letter: `answered` the items the answer
    explains, `rows` every item of the letter, each (number, title, decision); `cited(n)` the
    citation mark of item n. '' when the letter has no other request."""
    shown = {n for n, _t, _d in answered}
    others = [(n, t, d) for n, t, d in rows if n not in shown]
    if not others:
        return ""
    names = " and ".join(f'"{t}"' for _n, t, _d in answered)
    same = [(n, t) for n, t, d in others if d == asked]
    listed = "; ".join(f'"{t}" {cited(n)}' for n, t in same)
    if all(d == asked for _n, _t, d in answered):
        if same:
            return f"No: besides {names}, IMR also {WORD[asked]} {listed}."
        rest = "; ".join(f'"{t}": {WORD[d]} {cited(n)}' for n, t, d in others)
        return f"Yes: {names} {'was the only request' if len(answered) == 1 else 'were the only requests'} {WORD[asked]}; the other requests: {rest}."
    said = "; ".join(f'"{t}": {WORD[d]}' for _n, t, d in answered)
    if same:
        return f"No: {said}; IMR {WORD[asked]} {listed}."
    return f"No: {said}; none of the letter's {len(rows)} requests was {WORD[asked]}."


def only_request_sentence(answered: list[tuple[int, str, str]], rows: list[tuple[int, str, str]],
                          cited: Callable[[int], str]) -> str:
    """The yes/no of "was that the only thing?" asked with no outcome: whether the letter decided other requests
    than those answered, and each of them with its decision (in a sentence of its own, that names none of the items
    answered)."""
    shown = {n for n, _t, _d in answered}
    others = [(n, t, d) for n, t, d in rows if n not in shown]
    names = " and ".join(f'"{t}" {cited(n)}' for n, t, _d in answered)  # (cited first: the item the answer is of)
    if not others:
        return f"Yes: {names} {'was the only request' if len(answered) == 1 else 'were the only requests'} the letter decided."
    rest = "; ".join(f'"{t}": {WORD[d]} {cited(n)}' for n, t, d in others)
    return (f"No: {names} {'was not the only request' if len(answered) == 1 else 'were not the only requests'}. "
            f"The letter also decided {rest}.")


__all__ = ["asks_only", "only_claimed", "only_got", "only_request_sentence", "only_sentence"]
