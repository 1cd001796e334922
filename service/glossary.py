"""The words of the IMR process a question asks the meaning of: "what does upheld mean?", "does
overturned mean I won?", "what is UR?", "what's the MTUS?", "difference between upheld and
overturned".

Only a question that asks for nothing else: a term asked beside a case, a patient or a treatment
("what does upheld mean for my MRI?") is a question about that item, read as usual. The meanings
are those of ../shared/DOMAIN.md and the letters' own boilerplate; the decision words say which side
the treatment ends on, since users read "upheld" as "approved".
"""

from __future__ import annotations

import re

# term -> (how a question names it, what it means)
TERMS: dict[str, tuple[str, str]] = {
    "Upheld": (r"upheld|uphold|upholds|upholding",
               "Upheld means IMR agreed with utilization review (UR): the denial stands and the treatment is "
               "not authorised."),
    "Overturned": (r"overturned|overturn|overturns|overturning",
                   "Overturned means IMR reversed utilization review's (UR's) denial: the treatment is medically "
                   "necessary and must be authorised."),
    "IMR": (r"IMR|independent\s+medical\s+review",
            "IMR is Independent Medical Review: a physician expert reviewer, in the same or a similar specialty, "
            "decides each disputed request that utilization review (UR) denied or modified (California Labor "
            "Code 4610.5 and 4610.6). MAXIMUS Federal Services runs it for the Division of Workers' "
            "Compensation (DWC), and its decision is final and binding."),
    "UR": (r"UR|utili[sz]ation\s+review",
           "UR is utilization review: the claims administrator's review of the treating physician's request for "
           "authorization (RFA). It approves, modifies or denies (\"non-certifies\") the request; IMR reviews "
           "its denials and modifications."),
    "MTUS": (r"MTUS|medical\s+treatment\s+utili[sz]ation\s+schedule",
             "MTUS is the Medical Treatment Utilization Schedule, California's treatment guidelines for workers' "
             "compensation: the ACOEM practice guideline chapters, the Chronic Pain Medical Treatment Guidelines, "
             "the Acupuncture guidelines and others. IMR reviewers apply it first."),
    "ODG": (r"ODG|official\s+disability\s+guidelines?",
            "ODG is the Official Disability Guidelines, the evidence-based guidelines IMR reviewers use most "
            "often where the MTUS is silent (cited as \"Non-MTUS Citation\")."),
    "ACOEM": (r"ACOEM",
              "ACOEM is the American College of Occupational and Environmental Medicine; its practice guideline "
              "chapters (Low Back, Knee, Shoulder ... Complaints) are part of the MTUS."),
    "RFA": (r"RFA|request\s+for\s+authori[sz]ation",
            "An RFA is a request for authorization: the treating physician's request that the claims "
            "administrator authorise a treatment. Utilization review decides it."),
    "non-certified": (r"non-?certified|non-?certify|non-?certification|non-?cert",
                      "Non-certified is utilization review's word for denied: the request was not authorised. "
                      "IMR then upholds the denial or overturns it."),
    "modified": (r"modified",
                 "Modified means utilization review authorised part of the request (fewer visits, a smaller "
                 "quantity); IMR decides only the remaining part (\"the remaining IMR eligible portion\")."),
    "medically necessary": (r"medically\s+necessary|medical\s+necessity",
                            "Medically necessary is the standard IMR applies: a request that meets the guidelines "
                            "for this patient is medically necessary and is authorised (overturned); \"not "
                            "medically necessary\" closes a rationale whose denial is upheld."),
    "DWC": (r"DWC|division\s+of\s+workers'?\s+comp(?:ensation)?",
            "DWC is California's Division of Workers' Compensation; it runs IMR through MAXIMUS Federal "
            "Services and publishes every IMR letter."),
    "MAXIMUS": (r"MAXIMUS(?:\s+Federal(?:\s+Services)?)?",
                "MAXIMUS Federal Services is the organisation that runs IMR for California's Division of "
                "Workers' Compensation under contract; \"MAXIMUS guideline\" in a letter is the guideline the "
                "IMR reviewer relied on."),
    "expedited": (r"expedited",
                  "Expedited is the priority of a review when the worker faces an imminent and serious threat to "
                  "health; it is decided faster than a standard review."),
}
_NAMES = {term: re.compile(rf"^(?:{rx})$", re.IGNORECASE) for term, (rx, _m) in TERMS.items()}
_ANY_TERM = "|".join(f"(?:{rx})" for rx, _m in TERMS.values())
_T = rf"[\"'“‘]?(?P<{{g}}>{_ANY_TERM})[\"'”’]?"
_END = r"\s*(?:in\s+(?:these|the|my|an?|this)\s+(?:letters?|decisions?|determinations?|cases?|IMR)\s*)?[?.!]*\s*$"
_THE = r"(?:(?:the|an?)\s+)?(?:(?:word|term|abbreviation|acronym)\s+)?"
# no case number and no patient described by age: the asker's own letter, not one the index holds ("the baclofen for
# the 37 year old woman was upheld. does that mean she gets it?" asks her item)
_OF_NO_ONE = r"(?![^?]*\bCM\s*-?\d)(?![^?]*\b\d{1,2}\s*-?\s*(?:years?|yrs?|yo|y/o|y\.o)\b)"
_ASKS = [
    # "what does upheld mean?", "what does IMR stand for", "wat do 'overturned' mean"
    re.compile(rf"^\s*(?:so\s+|and\s+|ok(?:ay)?,?\s+)?wh?at\s+(?:does|do|did|is)\s+{_THE}{_T.format(g='a')}\s+"
               rf"(?:mean|means|stand\s+for|refer\s+to){_END}", re.IGNORECASE),
    # "what is UR?", "what's the MTUS?", "what is an RFA", "who is MAXIMUS"
    re.compile(rf"^\s*(?:so\s+|and\s+)?(?:what|who)(?:'s|’s|s|\s+is|\s+are|\s+was)\s+{_THE}{_T.format(g='a')}{_END}",
               re.IGNORECASE),
    # "meaning of upheld", "define overturned", "upheld meaning?", "IMR = ?"
    re.compile(rf"^\s*(?:(?:the\s+)?meaning\s+of|define|definition\s+of|explain)\s+{_THE}{_T.format(g='a')}{_END}",
               re.IGNORECASE),
    re.compile(rf"^\s*{_THE}{_T.format(g='a')}\s*(?:meaning|means\s+what|=)\s*{_END}", re.IGNORECASE),
    # "does overturned mean I won?", "does upheld mean they said no", "upheld means denied, right?"
    # ... not of a patient described by age or a case: "does upheld mean the 37 yo woman gets her baclofen?" asks her item
    re.compile(rf"^{_OF_NO_ONE}"
               rf"\s*(?:so\s+)?(?:does|is)\s+{_THE}{_T.format(g='a')}\s+(?:mean|means|=|the\s+same\s+as)\b[^?]{{0,60}}\?*\s*$",
               re.IGNORECASE),
    re.compile(rf"^\s*(?:so\s+)?{_THE}{_T.format(g='a')}\s+means\s+[^?]{{0,40}}(?:,\s*|\s+)(?:right|correct|yes|no|true)\s*\?+\s*$",
               re.IGNORECASE),
    # the word told of the asker's own letter, then what it means asked: "my IMR came back upheld, does that mean I get
    # the surgery?", "the letter says overturned - does this mean I won?" (no case number: no one letter; nor a patient
    # described by age, whose letter it is: "the baclofen for the 37 year old woman was upheld. does that mean she gets it?")
    re.compile(rf"^{_OF_NO_ONE}[^?]{{0,80}}?(?<![\w-]){_T.format(g='a')}(?![\w-])[\s\"'”’]*(?:[,.;:!]|\s[-\u2013\u2014]+)\s*"
               rf"(?:so\s+|and\s+|but\s+)?(?:does|is|do)\s+(?:that|this|it)\s+(?:mean|means)\b[^?]{{0,80}}\?*\s*$", re.IGNORECASE),
    # "what's the difference between upheld and overturned?", "upheld vs overturned"
    re.compile(rf"^\s*(?:what(?:'s|’s|s|\s+is)\s+the\s+)?difference\s+between\s+{_THE}{_T.format(g='a')}\s+and\s+{_THE}"
               rf"{_T.format(g='b')}{_END}", re.IGNORECASE),
    re.compile(rf"^\s*{_THE}{_T.format(g='a')}\s+(?:vs\.?|versus|or)\s+{_THE}{_T.format(g='b')}{_END}", re.IGNORECASE),
]


def asked_terms(question: str) -> tuple[str, ...]:
    """The terms whose meaning the question asks, and nothing else; () when it asks anything more."""
    for rx in _ASKS:
        if m := rx.match(question):
            said = [m.group(g) for g in ("a", "b") if g in rx.groupindex and m.group(g)]
            return tuple(dict.fromkeys(_term(s) for s in said))
    return ()


# ... asked beside a question about a case or a patient: "my dad is 57, they denied his back shots. what does
# overturned mean?", "her tramadol was upheld - what does upheld mean? does she get it?", "the 45 yo woman's
# naproxen, what does IMR stand for and what did they decide?"
_BESIDE = re.compile(rf"(?:^|[.?!,;:]\s*|\s[-\u2013\u2014]+\s*|\band\s+|\bso\s+)(?:wh?at\s+(?:does|do|is)\s+{_THE}{_T.format(g='a')}\s+"
                     rf"(?:mean|means|stand\s+for|refer\s+to)\b|what(?:'s|’s|\s+is)\s+{_THE}{_T.format(g='b')}\s*(?:[?.!]|$))",
                     re.IGNORECASE)


def terms_beside(question: str) -> tuple[str, ...]:
    """The terms whose meaning the question asks beside something else (asked_terms gives those of a
    question that asks nothing more), in the order asked."""
    if asked_terms(question):
        return ()
    return tuple(dict.fromkeys(_term(m.group("a") or m.group("b")) for m in _BESIDE.finditer(question)))


def _term(said: str) -> str:
    plain = re.sub(r"\s+", " ", said.strip())
    return next(term for term, rx in _NAMES.items() if rx.match(plain))


def meaning(terms: tuple[str, ...]) -> str:
    """The meanings, in the order asked."""
    return " ".join(TERMS[t][1] for t in terms)
