"""Clinical shorthand a question is typed with, spelt out before anything reads it: "w/" is
"with", "w/o" "without", "retro" "retrospective", "b/l" "bilateral", "rt"/"lt" before a body part "right"/"left", "hx"
"history", "s/p" "after" (a procedure), "f/u" "follow-up", a drug's short name its name ("lido" lidocaine, "oxy" oxycodone), and "pt" where it can only be the patient ("the
27 yo pt", "pt w/ neck pain", "pt's MRI"). Adjusters and treating physicians write so; every reader
of a question (who is described, the story told, the side) expects the words.

"PT" in capitals is physical therapy, and so is "pt" where it may be ("was the pt approved", "8 pt
sessions"): only a "pt" that a person's age, sex or condition comes before ("the rotator cuff tear pt"), or
that "with", "without", "who" or "whose" follows, that is "on" a drug or a duty, or that owns something, is the patient.
"""

from __future__ import annotations

import re

_PARTS = (r"(?:\w+[- ])?(?:knees?|shoulders?|hands?|wrists?|elbows?|hips?|ankles?|feet|foot|legs?|arms?|thumbs?|"
          r"fingers?|toes?|thighs?|sides?|sided|upper|lower|forearms?|heels?|ribs?|eyes?|ears?|L\d|C\d|S1|SI)\b")
# the words of a visit to a specialist, said shortly ("consult", "eval") or not
_SPECIALIST_VISIT = (r"(?:consults?|consultations?|evals?|evaluations?|referrals?|visits?|appointments?|"
                     r"follow-?\s?ups?|doc|doctors?|surgeons?|specialists?)\b")
_SHORT: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a, re.IGNORECASE), b) for a, b in (
    (r"(?<![\w/])w/o(?![\w/])", "without"),
    (r"(?<![\w/])w/(?=\s|[a-z])", "with "),
    (r"(?<![\w/])b/l(?![\w/])|\bbilat\b", "bilateral"),
    (rf"\brt\.?(?=[ -]{_PARTS})", "right"),
    (rf"\blt\.?(?=[ -]{_PARTS})", "left"),
    (r"(?<![\w/])(?:h/o|hx of)(?![\w/])", "history of"),
    (r"\bhx\b", "history"),
    (r"(?<![\w/])s/p(?![\w/])", "after"),
    (r"(?<![\w/])f/u(?![\w/])", "follow-up"),
    # a TENS unit typed in lowercase after its article: "what about the back program and the tens?" (not
    # "tens of thousands")
    (r"(\b(?:the|his|her|my|our|their)\s)tens\b(?!\s+of\b)", r"\1TENS"),
    # drugs by the short names prescribers and patients use: "the lido cream", "his oxy", "gaba",
    # "cyclo", "hydros", "percs"
    (r"\blido\b", "lidocaine"),
    (r"\boxys?\b(?!\s*(?:IR|contin)\b)", "oxycodone"),
    (r"\bgabas?\b", "gabapentin"),
    (r"\bcyclos?\b", "cyclobenzaprine"),
    (r"\bhydros?\b", "hydrocodone"),
    (r"\bpercs?\b", "Percocet"),
    # a request for a service already given, as the letters title it ("Retrospective CT scan of the
    # cervical spine (DOS 11/18/16)"): "the retro CT", "retro request for the MRI" (not "retrolisthesis")
    (r"\bretro\b(?!-)", "retrospective"),
    # "why" typed as "y" opening a question: "y did they deny my pt", "y was the MRI denied"
    (r"(?:^|(?<=[.?!;:]\s))\s*y(?=\s+(?:did|didn'?t|didnt|was|wasn'?t|wasnt|were|is|isn'?t|are|do|does|doesn'?t|would|"
     r"wouldn'?t|won'?t|wont|can'?t|cant|not|they|IMR)\b)", "why"),
    # a request for a specialist by its short names, as the letters write it out ("Orthopedic consultation",
    # "Referral to pain management"): "ortho consult", "neuro referral", "psych eval", "pain mgmt referral",
    # "the ortho doc"; the request word after it spelt out too (not "neuro deficit", "psych meds", which are
    # no visit, nor a "consult" or "eval" of no specialty)
    (rf"\bortho(?=[ -]{_SPECIALIST_VISIT})", "orthopedic"),
    # ... not "a neuro doc", "neuro specialist", "neuro surgeon": a neurologist or a neurosurgeon (service.reviewers)
    (rf"\bneuro(?=[ -]{_SPECIALIST_VISIT})(?![ -](?:doc|doctors?|specialists?|surgeons?)\b)", "neurology"),
    (rf"\bpsych(?=[ -]{_SPECIALIST_VISIT})", "psychological"),
    (r"\b(?<=pain\s)(?:mgmt|mgt|mngmt|manag)\b\.?", "management"),
    (rf"(\b(?:orthopedic|neurology|psychological|management|spine|surgical|specialist|pain)[ -])consult(?=s?\b)",
     r"\1consultation"),
    (rf"(\b(?:orthopedic|neurology|psychological|management|spine|surgical|specialist|pain)[ -])eval(?=s?\b)",
     r"\1evaluation"),
    # the patient: "pt's", "the 27 yo pt", "pt with", "pt who"
    (r"\bpt(?='s\b|s'(?!\w))", "patient"),
    (r"(\d\d\s?(?:yo|y/o|[MF]|years?[- ]old)\s+)pt\b", r"\1patient"),
    # ... and one whose sex comes before: "my 29 yo female pt", "the male pt"
    (r"(\b(?:fe)?male\s+)pt\b", r"\1patient"),
    (r"\bpt(?=\s+(?:with|without|w/|who|whose)\b)", "patient"),
    # ... and one on a drug or a duty ("pt on naproxen, pantoprazole 40 bid", "pt on modified duty"), not
    # therapy on a day, a body part or hold ("pt on hold", "pt on the shoulder", "pt on mondays")
    (rf"\bpt(?=\s+on\s+(?!(?:the|a|an|his|her|my|their|both|each|hold|it|that|this|top|(?:mon|tues|wednes|thurs|fri|satur|sun)"
     rf"days?)\b|{_PARTS})[A-Za-z])", "patient"),
    # ... and one whose sex and age follow, bracketed or told: "my pt (F, 62)", "my pt is a 62 yo woman"
    (r"\bpt(?=\s*\(\s*(?:[MF]\s*[,/]?\s*\d\d\b|\d\d\s*(?:[,/]?\s*[MF]\b|yo\b|y/o|years?\b))"
     r"|\s+(?:is|was)\s+(?:an?\s+)?\d\d\b(?!\s*(?:visits?|sessions?|times|weeks|days|mg|%|x\b)))", "patient"),
    # ... and one named by their condition: "the rotator cuff tear pt", "the shoulder impingement pt"
    (r"(\b(?:tear|strain|sprain|fracture|impingement|tendinitis|tendonitis|bursitis|radiculopathy|injury|herniation|"
     r"stenosis|neuropathy|syndrome|contusion|laceration|concussion|DDD|HNP)\s+)pt\b", r"\1patient"),
))


def spelled_out(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with its clinical shorthand spelt out, and what was read as what (typed, read)."""
    read: list[tuple[str, str]] = []

    def out(by: str):
        def sub(m: re.Match[str]) -> str:
            if m.group(0).endswith("PT"):  # capitals: physical therapy
                return m.group(0)
            fixed = m.expand(by)
            kept = m.group(1) if m.re.groups else ""  # "the 27 yo pt": the age as typed
            read.append((m.group(0)[len(kept):].strip(), fixed[len(kept):].strip()))
            return fixed

        return sub

    for pattern, by in _SHORT:
        text = pattern.sub(out(by), text)
    return re.sub(r"with  +", "with ", text), read
