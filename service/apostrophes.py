"""Apostrophes and sentence breaks a question typed without them, put back before anything reads
it. Apostrophes: "werent" is
"weren't", "Hes 43" is "He's 43", "the 54-year-old womans medications" is "the 54-year-old woman's
medications", "my dads shoulder" is "my dad's shoulder", "the 63 yos surgery" is "the 63 yo's
surgery". Users on a phone drop them; every reader of a question (who is described, what is asked,
negation) expects them.

Only forms that are no other word: "womans" and "mans" are never plurals ("women", "men"); a
regular plural ("sisters", "patients") is read as a possessive only after a word that asks for one
person ("my sisters doctor", "the patients MRI") and before a thing owned (a side, a body part, a
doctor, a treatment, a request), not before a verb ("my patients keep getting acupuncture cut short").

Sentence breaks: a question typed with no sentence punctuation at all ("My husband is 63 he tripped
and fell What happened to his MRI") starts a new sentence at a capitalised question word inside it.
"""

from __future__ import annotations

import re

_CONTRACTIONS = {
    "werent": "weren't", "wasnt": "wasn't", "isnt": "isn't", "arent": "aren't", "didnt": "didn't",
    "doesnt": "doesn't", "dont": "don't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "cant": "can't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't", "hes": "he's", "shes": "she's",
    "im": "I'm", "ive": "I've", "theyre": "they're", "youre": "you're", "thats": "that's", "whats": "what's",
    "whos": "who's", "theres": "there's", "didn": "didn't", "wasn": "wasn't",
}
_CONTRACTION = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b", re.IGNORECASE)
# a verb or a word that follows a plural subject, not an owned thing
_NOT_OWNED = (r"(?!(?:are|were|have|had|has|and|or|is|was|who|that|which|did|do|does|got|get|went|go|in|at|on|with|"
              r"from|for|to|of|also|both|all|both|too|than|then|said|say|says|the|a|an)\b)")
# never a plural: "womans", "mans" (women, men), "ladys"; an age's owner: "the 63 yos", "54 year olds"
_ALWAYS = re.compile(r"\b(wom[ae]n|man|lady|gentleman|guy|(?:\d{2}\s*)?(?:yo|y/o|year[- ]old|yr[- ]old|years?[- ]old))s"
                     rf"(?=\s+{_NOT_OWNED}[a-z0-9])", re.IGNORECASE)
# a regular plural after a word for one owner: "my sisters doctor", "her husbands right arm"
_KIN = (r"husband|wife|dad|mom|mother|father|sister|brother|daughter|son|boss|aunt|uncle|grandmother|grandfather|"
        r"grandma|grandpa|friend|client|patient|worker|claimant|applicant|employee|operator|driver|nurse|boyfriend|"
        r"girlfriend|partner|cousin|neighbor|coworker")
# ... before a thing owned: a side, a body part, a doctor, a request, a treatment ("my patients keep
# getting" is a plural)
_OWNED = (r"right|left|lower|upper|low|back|neck|shoulders?|knees?|hands?|wrists?|elbows?|hips?|legs?|feet|foot|ankles?|"
          r"arms?|head|spine|fingers?|doctors?|dr|physician|surgeon|pt|therapy|therapist|chiro\w*|mri|ct|x-?rays?|emg|ncs|"
          r"surgery|operation|meds|medications?|medicines?|pills?|prescriptions?|requests?|case|claim|letter|appeal|"
          r"injury|pain|treatments?|brace|injections?|shots?|acupuncture|epidural|esi|imr|ur|nerve|tens|home|job|"
          r"employer|lawyer|attorney|adjuster|insurance|carrier|rfa|visits?|sessions?|scan|test|stomach|ribs?|belly")
_AFTER_ONE = re.compile(rf"\b((?:my|his|her|our|their|the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{_KIN}))s(?=\s+(?:{_OWNED})\b)",
                        re.IGNORECASE)


def with_apostrophes(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with the apostrophes of contractions and possessives put back, and what was read as
    what (typed, read)."""
    read: list[tuple[str, str]] = []

    def contraction(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() == "im" and word == "IM":  # intramuscular
            return word
        fixed = _CONTRACTIONS[word.lower()]
        fixed = fixed if word[0].islower() or fixed[0].isupper() else fixed[0].upper() + fixed[1:]
        read.append((word, fixed))
        return fixed

    def owner(m: re.Match[str]) -> str:
        read.append((m.group(0), f"{m.group(1)}'s"))
        return f"{m.group(1)}'s"

    text = _CONTRACTION.sub(contraction, text)
    text = _ALWAYS.sub(owner, text)
    return _AFTER_ONE.sub(owner, text), read


_QUESTION_WORD = re.compile(r"(?<=[a-z0-9)%])\s+(?=(?:What|Why|How|Did|Was|Were|Is|Are|Does|Do|Which|Who|When|Can|Could|"
                            r"Any|Has|Have|Should|Would|Will)\b)")


def with_breaks(text: str) -> str:
    """`text` with a sentence break before each capitalised question word inside it, when it has no
    sentence punctuation at all."""
    if re.search(r"[.?!;]", text):
        return text
    return _QUESTION_WORD.sub(". ", text)


# a greeting before the question and thanks after it: no part of what is asked
_GREETING = re.compile(r"^\s*(?:(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon|evening)|greetings)(?:\s+(?:there|all|team|"
                       r"folks|everyone))?\s*[,.!:;-]+\s*|(?:hi|hello|hey)\s+)?(?:(?:a\s+)?(?:quick|simple|short)\s+question"
                       r"|i\s+have\s+a\s+(?:quick\s+)?question|question)\s*[,.!:;-]+\s*"
                       r"|^\s*(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|all|team|everyone))?\s*[,.!:;-]+\s*",
                       re.IGNORECASE)
_THANKS = re.compile(r"[\s,.;-]*\b(?:thanks|thank\s+you|thx|ty|cheers|appreciate\s+(?:it|your\s+help|the\s+help))"
                     r"(?:\s+(?:so\s+much|very\s+much|a\s+lot|in\s+advance))?\s*[.!]*\s*$", re.IGNORECASE)


def without_pleasantries(text: str) -> str:
    """`text` without a greeting before the question ("Hi there, quick question.") and thanks after it."""
    return _THANKS.sub("", _GREETING.sub("", text, count=1)) or text
