""""The other 63 year old man": the other patient of the age and sex told, after an answer about one of them.

Two letters can hold patients of the same age and sex. After "was the 63 year old man's EMG approved?" answers
one of them, "the other 63 year old man - what about his?", "and the other 46 year old woman?" or, after one
request of a patient told by age, "and the other one?" ask of the other letter whose patient is of that age and
sex (not the letter answered again, nor another letter's look-alike request). `other_alike` reads such a
follow-up against what the previous answer's letter holds (its patient's age and sex, and the other letters of
the same age and sex: service.conversation.Earlier.alike).
"""

from __future__ import annotations

import re

# "the other 63 year old man", "the other 46 yo woman's", "the other 63 year old" (the sex said or not)
_OTHER_TOLD = re.compile(r"\b(?:the\s+)?other\s+(?P<age>\d{1,3})\s*(?:yo\b|y/o\b|yrs?\b|-?\s*years?[- ]old\b)"
                         r"(?:\s+(?P<sex>man|woman|lady|guy|gentleman|male|female|gal|fellow|dude|patient))?(?:['’]s)?",
                         re.IGNORECASE)
# "and the other one?", "what about the other one?", "the other one?": bare, nothing else asked
_OTHER_ONE = re.compile(r"^\s*(?:(?:and|ok(?:ay)?|so)\s*,?\s+)?(?:(?:what|how)\s+about\s+)?the\s+other\s+one\s*[?.!]*\s*$",
                        re.IGNORECASE)
# a patient told by age in the question before: "the 63 year old man's EMG"
_TOLD_BEFORE = re.compile(r"\b(?P<age>\d{1,3})\s*(?:yo\b|y/o\b|yrs?\b|-?\s*years?[- ]old\b)", re.IGNORECASE)
_WOMAN = frozenset({"woman", "lady", "female", "gal"})
_MAN = frozenset({"man", "guy", "gentleman", "male", "fellow", "dude"})
# what is left once the other patient is taken out: nothing asked ("and", "what about his?") or a question of theirs
_BARE = re.compile(r"^[\s\-\u2013\u2014,:;?.!]*(?:(?:and|so|ok(?:ay)?)\s*,?\s*)?(?:(?:what|how)\s+about\s*(?:his|hers|her|"
                   r"him|them|theirs)?)?[\s\-\u2013\u2014,:;?.!]*(?:(?:what|how)\s+about\s+(?:his|hers|her|him|them|theirs))?"
                   r"[\s?.!]*$", re.IGNORECASE)


# "was hers denied too?": hers standing for her requests, all of them (not one of them picked)
_HERS = re.compile(r"\b(?:was|were|is|are)\s+(?P<p>hers|his|theirs)(?=\s+(?:all\s+)?(?:denied|approved|upheld|overturned|"
                   r"authori[sz]ed|turned|rejected|okayed|too|also|as\s+well)\b|\s*[?.!]*$)", re.IGNORECASE)
_OWNER = {"hers": "her", "his": "his", "theirs": "their"}


def _sex_of(word: str | None) -> str:
    low = (word or "").lower()
    return "female" if low in _WOMAN else "male" if low in _MAN else ""


def other_alike(question: str, before: str, age: int | None, sex: str, alike: tuple[str, ...],
                one_item: bool) -> tuple[str, str] | None:
    """The question standing alone, asked of the one other letter of the age and sex of the letter answered, and a
    note of what was carried; None when the question asks of no other patient of that age and sex, or there is not
    exactly one such letter. `before`: the previous question standing alone; `age`, `sex`: the answered letter's
    patient's; `alike`: the other letters of that age and sex; `one_item`: whether the answered letter has one request
    (only then is a bare "the other one" the other patient rather than another request of the letter)."""
    if age is None or len(alike) != 1:
        return None
    other = alike[0]
    if (m := _OTHER_TOLD.search(question)) is not None:
        if int(m.group("age")) != age or (m.group("sex") and _sex_of(m.group("sex")) not in ("", sex)):
            return None
        rest = (question[: m.start()] + " " + question[m.end():]).strip()
    elif _OTHER_ONE.match(question) and one_item and (told := _TOLD_BEFORE.search(before)) and int(told.group("age")) == age:
        rest = ""
    else:
        return None
    note = f"case: {other}, the other letter of a {age}-year-old {sex or 'patient'} (not the one answered)"
    if _BARE.match(rest):
        return f"the requests in case {other}?", note
    rest = re.sub(r"^[\s\-\u2013\u2014,:;]+", "", rest)
    rest = _HERS.sub(lambda h: f"were {_OWNER[h.group('p').lower()]} requests", rest)
    return f"{rest.rstrip()} [in case {other}]", note
