"""How the patient was hurt, as a question tells it and as case summaries record it.

"the woman with cumulative trauma", "the one hurt lifting a patient", "the guy who was
rear-ended", "the man who fainted and fell": the mechanism of injury picks a patient out. Each
mechanism has the question's words and the words summaries use for it ("rear-ended": a motor
vehicle accident); service.patients counts a letter whose case summary records the mechanism as
agreeing with one more field of the description.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# (name, the question's words, the case summary's words)
MECHANISMS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("cumulative trauma", re.compile(r"\bcumulative\s+trauma|\brepetitive\s+(?:work|motions?|use|tasks?|strain)|\boveruse\b", _I),
     re.compile(r"\bcumulative\s+trauma|\brepetitive", _I)),
    # (a summary records lifting as how the injury happened, not as what makes the pain worse: "The mechanism of injury is
    # detailed as lifting.", "injured his back while lifting a box"; not "increased pain with reaching, pulling, pushing
    # and lifting")
    ("lifting", re.compile(r"\blift(?:ing|ed)\b", _I),
     re.compile(r"\b(?:mechanism|injur\w*|hurt|strain\w*|sprain\w*|while|when)\b[^.]{0,60}?\blift(?:ing|ed)\b", _I)),
    ("vehicle", re.compile(r"\b(?:car|auto|truck|vehicle|bus)\s+(?:accident|crash|wreck|collision)|\brear[- ]?ended\b"
                           r"|\bmotor\s+vehicle\b|\bMV[AC]\b", _I),
     re.compile(r"\bmotor\s+vehicle|\bMV[AC]\b|\b(?:car|auto|vehicle|truck)\s+(?:accident|crash|collision)|\brear[- ]?ended", _I)),
    ("assault", re.compile(r"\bpunched\b|\bassault\w*|\battacked\b|\bbeaten\b", _I),
     re.compile(r"\bassault\w*|\bpunch\w*|\battack\w*|\bstruck\s+by\s+(?:a|an)\s+(?:patient|person|customer|inmate|student)", _I)),
    ("fainted", re.compile(r"\bfaint\w*|\bpassed\s+out\b|\bsyncop\w*|\bblacked\s+out\b", _I),
     re.compile(r"\bfaint\w*|\bsyncop\w*|\bpassed\s+out\b", _I)),
    # "the man whose chair broke", "when her chair collapsed": a chair (stool) that failed under them
    ("chair", re.compile(r"\b(?:chair|stool)s?\b[^.?!]{0,30}?\b(?:broke|broken|break|breaks|breaking|collaps\w*|fell\s+apart|gave\s+(?:way|out)|"
                         r"slid|slipped|rolled|tipped|flipped)|\b(?:fell|fall\w*)\s+(?:off|out\s+of|from)\s+(?:a|an|the|his|her|my)\s+"
                         r"(?:\w+\s+)?(?:chair|stool)", _I),
     re.compile(r"\b(?:chair|stool)s?\b", _I)),
    # "she fell at work", "after a fall from the truck" (not "fell asleep", "a chair that fell apart"):
    # the summary may tell the fall as a slip or trip
    ("fall", re.compile(r"\b(?:fell|falling)\b(?!\s+(?:asleep|apart|behind|through|short|ill|sick))|\b(?:a|the|her|his|my)\s+fall\b"
                        # ... "the 54 yo woman who slipped": a fall, as summaries tell it ("a fall", "slipped")
                        r"|(?<=\bwho\s)(?:slipped|tripped)\b", _I),
     re.compile(r"\b(?:fell|falls?|falling|slipped|tripped)\b", _I)),
    ("ladder", re.compile(r"\bladders?\b", _I), re.compile(r"\bladders?\b", _I)),
    # "the door-smash guy", "the one whose hand got crushed", "caught his finger in a machine" (a
    # "pinched nerve" is a nerve root's compression, no crush: "the man with the pinched nerve in his back")
    ("crush", re.compile(r"\b(?:smash(?:ed|es|ing)?|crush(?:ed|es|ing)?|squash(?:ed|ing)?|jammed|slammed|pinched)\b(?!\s+nerves?\b)"
                         r"|\bcaught\s+(?:(?:her|his|my|their|the|a)\s+)?(?:\w+\s+)?(?:in|between|under)\b", _I),
     re.compile(r"\b(?:smash(?:ed|es|ing)?|crush(?:ed|es|ing)?|squash(?:ed|ing)?|jammed|slammed|pinched)\b(?!\s+nerves?\b)"
                r"|\bcaught\s+(?:(?:her|his|the|their|a)\s+)?(?:\w+\s+)?(?:in|between|under)\b", _I)),
    # "the woman who hit her head", "the guy with the concussion": the summary may tell it as a
    # head injury, a (post)concussional syndrome or the headaches that followed
    ("head", re.compile(r"\b(?:hit|struck|bumped|banged|knocked|smacked|hurt|injured)\s+(?:her|his|my|their|the)\s+head\b"
                        r"|\bhead\s+(?:injury|trauma|contusion|strike)\b|\bconcussion\b", _I),
     re.compile(r"\bhead\s+(?:injury|injuries|trauma|contusion|strike|laceration)|\b(?:hit|struck|bumped|banged|hitting|"
                r"striking)\s+(?:her|his|the|their)\s+head|\b(?:post-?)?concussi\w*|\b(?:m)?TBI\b|\bheadaches?\b", _I)),
    # "tripped and fell", "slipped on a wet floor", "he tripped at work" (not "slipped off the ladder")
    ("slip or trip", re.compile(r"\b(?:slip(?:ped|s)?|trip(?:ped|s)?)\s+(?:and|on|over|in)\b"
                                r"|\b(?:slipped|tripped)\s+(?:at\s+work|on\s+the\s+job|while)\b", _I),
     re.compile(r"\b(?:slip(?:ped|s)?|trip(?:ped|s)?)\s+(?:and|on|over|in)\b"
                r"|\b(?:slipped|tripped)\s+(?:at\s+work|on\s+the\s+job|while)\b", _I)),
)

_FALLS = frozenset({"fainted", "chair", "ladder", "slip or trip"})  # mechanisms that are falls of their own


def mechanisms(text: str) -> tuple[str, ...]:
    """The mechanisms of injury a question tells."""
    told = tuple(name for name, asked, _said in MECHANISMS if asked.search(text))
    # "fainted and fell", "fell off a ladder": the fall is how the other one hurt them
    return tuple(n for n in told if n != "fall" or not set(told) & _FALLS)


def recorded(name: str, summary: str) -> bool:
    """Whether a case summary records the mechanism `name`."""
    return any(said.search(summary) for n, _asked, said in MECHANISMS if n == name)


def without_mechanisms(text: str) -> str:
    """`text` with the words that tell how the patient was hurt blanked (spaces, so offsets stay):
    "the 54 yo woman who fell, was anything NOT denied?" -> "the 54 yo woman who     , was ...". What is
    left tells who they are by more than that, or not (service.flows.fitting: a mechanism every letter
    that fits records tells none of them apart)."""
    for _name, asked, _said in MECHANISMS:
        text = asked.sub(lambda m: " " * len(m.group(0)), text)
    return text
