"""The patient a question describes, in a person's own words.

"my husband, a 48-year-old warehouse worker who hurt his back lifting boxes in March 2015", "a man
in his fifties", "the 63 yo woman", "my client is 41": age (exact, or a decade), sex, a month or
year of injury, and the words that describe the person (occupation, mechanism of injury), which
are matched against the letters' case summaries. An occupation is part of the person, never a
treatment: "a physical therapist who hurt her shoulder" asks about her, not about physical
therapy, so `mask_occupations` blanks it out before treatments are read.
"""

from __future__ import annotations

import re
from typing import Literal

import msgspec

from indexer.treatments import find_treatments
from service.age_band import BAND, NOT_AN_AGE, band
from service.diagnosed import normalised
from service.mechanism import mechanisms
from service.not_patient import ASKER, REVIEWER_WAS, others_masked
from service.outcomes import WORD as OUTCOME_WORD
from service.reviewers import read_reviewers

Sex = Literal["male", "female"]

_AGE = re.compile(
    r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b|\b(\d{1,3})\s*(?:y/o|yo|y\.o\.|M|F)(?!\w|\.\w)"
    r"|\baged?\s*:?\s*(\d{1,3})\b|(?:\b(?:is|was|turned|who\s+is|now|hes|shes|im|i\s+am)|['’]s|['’]m)\s+(\d{2})\b(?!\s*(?:mg|%|percent|times|visits|sessions|weeks|days|months|hours|minutes|pounds|lbs|#))"
    r"|\b(\d{2}),\s*(?:with|who|and|has|had|from)\b|,\s*(\d{2})\s*(?:[,:;]|\s[-\u2013\u2014]\s)"
    # after a word, closing the story before the question: "my neck hurts, 53. did they say no to the MRI?", "the
    # epidural shots for my back, 57 and still working full time - ..." (not a count after a number: "tramadol 50, 60.")
    r"|(?<=[a-z]),\s*(\d{2})(?:\.\s+(?=(?:did|was|were|why|is|are|can|could|does|do|so|what|how|will|they|my|i)\b)"
    r"|\s+and\s+(?=(?:still|now|currently|i|i'm|im|have|had|was|am|been)\b))"
    # closing the question after the person told by what they have: "and the woman with the naproxen, 45?"
    r"|\b(?:man|woman|lady|guy|gentleman|gal|fellow|patient|worker)\b[^,?.!;]{0,60}?,\s*(\d{2})\s*[?.!]*\s*$"
    # beside the sex's letter, bracketed or with a slash: "my patient (F, 62)", "(62, M)", "F/62"
    r"|\(\s*[MF]\s*[,/]?\s*(\d{2})\s*\)|\(\s*(\d{2})\s*[,/]\s*[MF]\s*\)|\b[MF]/(\d{2})\b(?![./-]\d)"
    # the age they were hurt at, closing the clause: "the guy who got hurt lifting boxes at 41, ibuprofen - ..."
    r"|\b(?:hurt|injured|injured\s+himself|injured\s+herself)\b(?:\s+[\w'’]+){0,4}?\s+at\s+(?:age\s+)?(\d{2})"
    r"(?=\s*(?:[,.;:?!]|$|\s[-\u2013\u2014]\s))"
    # set off by a dash and a comma, the story after it: "my neck MRI got cut - 33, smashed my hand in a door"
    r"|(?:^|\s)[-\u2013\u2014]\s*(\d{2}),\s*(?=(?:\w+ed|hurt|fell|broke|tore|got|i|i'm|im|he|she|my|his|her|male|female|man|woman|guy|lady)\b)"
    # the age right after who they are: "my dad 63 tripped at work", "my sister 37 have tendonitis"; typed
    # telegraphically, without the "my" and the "is", at the start of a sentence: "wife 50 and hurt neck", "dad 54,"
    r"|(?:\b(?:my|our)\s+|(?:^|(?<=[.?!;:]\s)|(?<=\s[-\u2013\u2014]\s))(?:(?:my|our)\s+)?)(?:client|patient|husband|wife|son|daughter|father|dad|mother|mom|brother|sister|uncle|aunt|"
    r"friend|employee|coworker|co-worker)\s+\(?\s*(\d{2})\b(?![./-]\d)(?!\s*(?:mg|%|times|visits|sessions|weeks|days|"
    r"months|years\s+ago|hours|#|x\b))"
    # beside the sex, tersely: "45, female.", "I'm the worker, 52 male", "female, 45" (not "18 female patients")
    r"|\b(\d{2}),?\s+(?:female|male|woman|man)\b(?!\s+(?:patients?|workers?|claimants?|employees?|applicants?|cases?|nurses?))"
    r"|\b(?:female|male),\s*(\d{2})\b(?![./-]\d)(?!\s*(?:mg|%|times|visits|sessions|weeks|days|months|hours|#|x\b))"
    # as Spanish says it ("tiene 45 años", "una mujer de 62 años"): "he have 45 years", "I am woman of 62 years"
    r"|\b(?:i|he|she|i\s+am|i'm|(?:wom[ae]n|man|lady|guy|person|male|female))\s+(?:have|has|of)\s+(\d{2})\s+"
    r"(?:years|yrs|a[nñ]os)\b(?!\s+(?:ago|of|in|since|at|on|working|experience|with\s+(?:the|this|that|my|his|her|our)\b))",
    re.IGNORECASE,
)
_UNITS = "one two three four five six seven eight nine".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_AGE = re.compile(rf"\b({'|'.join(_TENS)})(?:[- ]({'|'.join(_UNITS)}))?[- ](?:years?[- ]old|yo)\b", re.IGNORECASE)
_DECADE = re.compile(r"\b(?:in\s+(?:his|her|their)\s+)?(early|mid|late)?[- ]?(twenties|thirties|forties|fifties|sixties|"
                     r"seventies|eighties)\b", re.IGNORECASE)
# ... in digits: "my mom is in her early 60s", "a 50s woman" (not "back in the 70s")
_DECADE_DIGITS = re.compile(r"\bin\s+(?:his|her|their|my|your)\s+(?:(early|mid|late)[- ]?)?([2-8]0)['’]?s\b"
                            r"|\b(?:(early|mid|late)[- ]?)?([2-8]0)['’]?s\s+(?:wom[ae]n|m[ae]n|lady|guy|gal|female|male|"
                            r"gentleman|patient|worker)\b", re.IGNORECASE)
# "the young man with the C2 fracture", "a young woman": an adult under 36 (not "younger than")
_YOUNG = re.compile(r"\b(?:the|a|my|our|this|that)\s+young\s+(?:man|woman|guy|lady|gal|fellow|worker|patient|person|one)\b"
                    # ... without the article, before what tells them apart: "the CT for young man with the C2 fracture"
                    r"|(?<!\bany\s)(?<!\bevery\s)\byoung\s+(?:man|woman|guy|lady|gal|fellow|worker|patient|person)\s+(?:with|who|whose)\b",
                    re.IGNORECASE)
YOUNG = (16, 35)
# one person told by an age band after them: "the woman over 50", "the guy over 60", "a man under 40",
# "the lady in her 40s", "the patient over 65" (a band said of a group, "any woman over 50", "women
# over 60", is service.groups')
_ONE_BAND = re.compile(rf"\b(?:the|a|an|my|our|this|that)\s+(?:(?:young|older|elderly)\s+)?(?:woman|man|lady|guy|gal|gentleman|fellow|"
                       rf"patient|worker|employee|client|claimant|applicant|person)\s+(?:(?:who\s+is|who's|that\s+is|aged?)\s+)?"
                       rf"{BAND}" + NOT_AN_AGE, re.IGNORECASE)
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80}


def _typos(word: str) -> set[str]:
    """`word` typed with one letter left out (not the first) or two next ones swapped: "woamn",
    "femal", "femlae" ("oman", "omen" are other words)."""
    out = {word[:i] + word[i + 1:] for i in range(1, len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return out - {word}


# a sex word mistyped: "46 yo woamn", "40 femal", "mael" (4+ letters: "man" has too many neighbours)
_SEX_TYPOS = {sex: "|".join(sorted({t for w in words for t in _typos(w) if len(t) >= 4 and t != "male"}))
              for sex, words in (("female", ("woman", "women", "female")), ("male", ("male",)))}
_FEMALE = re.compile(rf"\b(?:{_SEX_TYPOS['female']})\b|"
                     r"\b(?:wom[ae]n|females?|lady|ladies|gals?|girl|wife|mother|mom|sister|daughter|aunt|grandmother|"
                     # a title in its own case: "Mrs Lee", not "MS" (multiple sclerosis)
                     r"she|her|hers|herself|(?-i:Mrs|Ms))\b", re.IGNORECASE)
_MALE = re.compile(rf"\b(?:{_SEX_TYPOS['male']})\b|"
                   r"\b(?:m[ae]n|males?|gentleman|guy|boy|husband|father|dad|brother|son|uncle|grandfather|"
                   # ... "Mr Lee", not "MR" (magnetic resonance: "what's an MR arthrogram")
                   r"he|him|his|himself|(?-i:Mr))\b", re.IGNORECASE)
# a sex by its letter beside an age: "46F", "52f", "52yo F", "52 y/o m", "a 52-year-old F", "F 52yo" (not
# "f/u", follow-up)
_AGED = r"(?:yo|y/o|y\.o\.|yrs?\s*old|years?[- ]old|-year-old)"
_LETTER = {x: re.compile(rf"\b\d{{2}}\s*(?:{_AGED}\s*)?{x}\b(?!/)|\d{{2}}\s*{_AGED}\s*{x.lower()}\b(?!/)|\b\d{{2}}{x.lower()}\b(?!/)"
                         # ... typed in lowercase with a space, opening the question or a clause: "54 f post-concussion"
                         rf"|(?:^|(?<=[.;:,(]\s))\d{{2}}\s+{x.lower()}\b(?!/)"
                         # ... or closing a clause, typed fast: "my mri neck denied 37 f why", "neck MRI, 37 f?"
                         rf"|\b\d{{2}}\s+{x.lower()}\b(?=\s*(?:[?.,;:!\u2013\u2014-]|$|(?:why|what|how|was|were|did|is)\b))"
                         rf"|\b{x}\s*,?\s*\d{{2}}\s*{_AGED}"
                         # ... bracketed or with a slash: "(F, 62)", "(62, M)", "F/62"
                         rf"|\(\s*{x}\s*[,/]?\s*\d{{2}}\s*\)|\(\s*\d{{2}}\s*[,/]\s*{x}\s*\)|\b{x}/\d{{2}}\b(?![./-]\d)") for x in "FM"}
_OCCUPATION_NOUN = (
    r"(?:therapist|technician|tech|technologist|nurse|pharmacist|chiropractor|acupuncturist|masseuse|masseur|surgeon|"
    r"physician|doctor|dentist|radiologist|assistant|aide|worker|driver|operator|clerk|mechanic|officer|teacher|"
    r"cook|chef|laborer|labourer|cashier|carpenter|electrician|plumber|firefighter|janitor|custodian|caregiver|"
    r"housekeeper|welder|painter|roofer|mover|loader|packer|picker|stocker|server|waiter|waitress|bartender|"
    r"guard|manager|supervisor|secretary|receptionist|technologist|paramedic|emt|attendant|handler|installer|"
    r"inspector|dispatcher|sorter|farmworker|gardener|landscaper|machinist|assembler|baker|butcher|hairdresser|"
    r"stylist|cleaner|maid|nanny|seamstress|tailor|sewer|trucker|employee|staffer|instructor|coach|trainer|psychologist|psychiatrist|counselor|"
    r"attorney|lawyer|paralegal|adjuster|physiatrist|orthopedist|neurologist|internist|anesthesiologist|"
    r"(?:farm|ranch|deck|dock|field|stage)[\s-]?hand)"  # a farm hand, never the hand hurt
)
# the jobs of people who never ask for a treatment (no provider, no lawyer)
_LAY_JOB_NOUN = (
    r"(?:worker|driver|operator|clerk|mechanic|officer|teacher|cook|chef|laborer|labourer|cashier|carpenter|"
    r"electrician|plumber|firefighter|janitor|custodian|housekeeper|welder|painter|roofer|mover|loader|packer|"
    r"picker|stocker|server|waiter|waitress|bartender|guard|manager|supervisor|secretary|receptionist|"
    r"dispatcher|sorter|farmworker|gardener|landscaper|machinist|assembler|baker|butcher|hairdresser|stylist|"
    r"cleaner|maid|nanny|seamstress|tailor|sewer|trucker|employee|staffer|(?:farm|ranch|deck|dock|field|stage)[\s-]?hand|"
    # an assistant or aide who is no provider ("the nursing assistant", not "the physician assistant")
    r"(?:nursing|nurse's|office|medical|dental|teacher's|teacher|teaching|administrative|store|warehouse|home\s+health|"
    r"health\s+care|personal\s+care)\s+(?:assistant|aide))"
)
_NOT_JOB_WORD = (r"(?:with|who|whose|and|or|had|has|have|was|were|is|are|got|gets|needs?|wants?|for|of|the|an?|his|"
                 r"her|my|their|to|on|in|at|after|from|by|whom?|which|that|did|does|do)\b")
# an age in brackets after who the patient is: "the retail stocker (36)", "the cook (35 yo)", "(56f)"
_BRACKETED_AGE = r"\(\s*\d{2}\s*(?:yo|y/o|years?[- ]old|[mf])?\s*\)"
# a job right after an age is a person, whatever follows: "the 65 year old mechanic were not upheld"
_AGED_JOB = re.compile(r"(?:(?:an?|the|my|our)\s+)?\d{1,3}(?:[- ]year[- ]old|\s*yo|\s*y/o)\s", re.IGNORECASE)
# the age right after the patient's job, typed without commas: "sewing machine operator 54 right elbow
# and wrist pain", "Chiropractor 63 tripped and fell", "Same guy 33 who smashed his hand", "the retail
# stocker (36)" (not "the aide
# 12 hours", "the therapist 2 times")
_JOB_AGE = re.compile(rf"\b(?:{_OCCUPATION_NOUN}|guy|man|woman|lady|gentleman|patient),?\s+(?:(?={_BRACKETED_AGE})\(\s*)?(\d{{2}})\b(?![./-]\d)(?!\s*(?:mg|%|x\b|times|visits|sessions|weeks|"
                      r"days|months|years\s+ago|hours|hrs|#|minutes|min|units|tabs|tablets|pills|mcg))", re.IGNORECASE)
# an aide or assistant by trade, never a service asked for (not a home health aide, nor a nurse's aide, who
# may be the care asked for): "the teacher's aide", "the teachers aide", "the 54 yo teacher's aide"
_AIDE_JOB = (r"(?:office|medical|dental|teacher['’]?s|teacher|teaching|administrative|store|warehouse)"
             r"\s+(?:assistant|aide)s?\b")
_AIDE_JOB_END = re.compile(rf"{_AIDE_JOB}$", re.IGNORECASE)
# "a physical therapist who hurt her shoulder", "works as an X-ray technician", "I'm a massage therapist"
_OCCUPATION = re.compile(
    rf"\b(?:(?:an?|the|my|our)\s+)?(?:\d{{1,3}}(?:[- ]year[- ]old|\s*yo|\s*y/o)\s+)?(?:(?:male|female|woman|man|retired|former)\s+)?"
    rf"{_AIDE_JOB}|"
    rf"\b(?:(?:works?|worked|working)\s+as\s+(?:an?\s+)?|(?:is|was|i'm|i\s+am|he's|she's|as)\s+an?\s+)"
    rf"(?:[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}s?\b"
    rf"|(?<!\bto\s)(?<!\bsee\s)(?<!\bby\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bvisit\s)"
    # ... or after an age without an article ("54 yo massage therapist with ...", typed telegraphically)
    # ... or after "for" without an article ("pantoprazole for sewing machine operator with elbow pain")
    rf"\b(?:(?:an?|the|my)\s+(?:\d{{1,3}}[- ]year[- ]old\s+|\d{{1,3}}\s*yo\s+)?|\d{{1,3}}(?:[- ]year[- ]old|\s*yo|\s*y/o)\s+"
    rf"|(?<=\bfor\s))"
    rf"(?:(?:male|female|woman|man|retired|former)\s+)?"
    rf"(?:[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}s?\b"
    rf"(?=\s*(?:,|who\b|that\b|whose\b|with\b|hurt|injur|fell\b|slipped|tripped|was\b|had\b|has\b|is\b|at\s+work|on\s+the\s+job|\d|{_BRACKETED_AGE}))"
    # ... or which one of those with the job a question asks about: "which truck driver got something approved?"
    rf"|\bwhich\s+(?:[\w/'’-]+\s+){{0,2}}?{_OCCUPATION_NOUN}\b(?=\s+(?:got|had|has|was|did|is|were|gets)\b)"
    # ... or a job that asks for nothing, told with the decade of the age after it: "the cashier in his
    # fifties - what happened?", "which cashier in his 50s got something approved?"
    rf"|\b(?:the|which|a|an|my|our|to|of)\s+(?:(?!{_NOT_JOB_WORD})[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}(?=,?\s+in\s+(?:his|her|their)\s+"
    r"(?:early\s+|mid[- ]?\s*|late\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|[2-8]0'?s)\b)"
    # ... or as whom a request was for, ending the question or its part: "why did IMR approve the
    # naproxen for the sewing machine operator?", "the cream for the sewing machine operator - why ...?"
    # (typed telegraphically without "the", one of them: "why imr approve naproxen for sewing machine operator")
    rf"|(?<=\bfor\s)(?P<for_whom>(?:the\s+(?:\d{{1,3}}[- ]year[- ]old\s+)?(?:[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}s?"
    rf"|(?!(?:any|every|each|no|other|all|an?|some|most|such|injured)\b)(?:\d{{1,3}}[- ]year[- ]old\s+)?(?:[\w/'’-]+\s+){{0,2}}"
    rf"{_OCCUPATION_NOUN})\b)"
    # ... or before a clause that turns to the outcome: "the TENS for the trucker but IMR said no?"
    r"(?=\s*(?:[?.!;]|$|[-\u2013\u2014:]\s)|\s*,|\s+(?:but|yet|though|although|so|and\s+(?:then|IMR|UR|they|the\s+IMR))\b)"
    # "how many of the sewing machine operator's meds": the patient's things (not "the chiropractor's
    # request", what a provider asked for, nor "a nurse's aide")
    # ... or typed without "the" after "of": "how many of sewing machine operator's meds"
    rf"|(?:\bthe\s+|(?<=\bof\s))(?:\d{{1,3}}[- ]year[- ]old\s+)?(?:[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}"
    rf"(?=['’]s\s+(?!(?:request|requests|rfa|order|orders|note|notes|report|reports|referral|recommendation|"
    rf"plan|prescription|opinion|letter|appeal|office)\b)\w)"
    # ... a job that asks for nothing is the patient's even before "'s requests": "which of the farm
    # worker's requests did IMR not turn down?" (a chiropractor's request is the provider's)
    rf"|(?:\bthe\s+|(?<=\bof\s))(?:[\w/'’-]+\s+){{0,2}}{_LAY_JOB_NOUN}(?=['’]s\s)"
    # ... or before what the patient got, or their case: "which requests did the cook get approved?",
    # "who reviewed the truck driver case?"
    rf"|(?P<owner>\b(?:the|my|our)\s+(?:(?!{_NOT_JOB_WORD})[\w/'’-]+\s+){{0,2}}{_LAY_JOB_NOUN})"
    r"(?=\s+(?:get|gets|got|have|has|had|received?|case|claim|letter|file)\b)"
    # ... or before a dash or colon that turns to the question: "the farm worker - was anything denied?"
    rf"|\b(?:the|my|our|a|an)\s+(?:(?!{_NOT_JOB_WORD})[\w/'’-]+\s+){{0,2}}{_LAY_JOB_NOUN}s?(?=\s*(?:[\u2013\u2014:]|\s-)\s)"
    # ... or right after an age, whatever follows: "the 40 year old delivery driver - which of her
    # requests weren't denied?", "the 28 year old farm worker: ...", "for the 40 yo female delivery
    # driver?" (no function word between: "a 40 yo with a home aide" asks for the aide; nor a possessive: "the 52 yo
    # woman's chiropractor" is her provider, asked for)
    rf"|\b\d{{1,3}}(?:[- ]year[- ]old|\s*yo|\s*y/o)\s+(?:(?:male|female|woman|man|retired|former)\s+)?"
    rf"(?:(?!{_NOT_JOB_WORD})(?![\w/-]+['’]s\s)[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}s?\b"
    # ... or opening the question, typed without an article, before a comma: "sewing machine operator, right
    # wrist and elbow - was the pill ok'd?" (not "injured worker, ...", what every letter calls the patient)
    rf"|(?:^|(?<=[.?!]\s))(?!injured\b)(?:(?!{_NOT_JOB_WORD})[\w/'’-]+\s+){{0,2}}{_LAY_JOB_NOUN}s?(?=\s*,)",
    re.IGNORECASE,
)
# "a neck fusion in 2014", "2 low back surgeries in 2011": the year of an operation, not of the injury
_TREATED_WHEN = re.compile(r"\b(?:surger(?:y|ies)|fusions?|operations?|replacements?|repairs?|arthroscop\w*|scopes?|"
                           r"laminectom\w*|discectom\w*|procedures?)\s*$", re.IGNORECASE)
_MONTHS = "january february march april may june july august september october november december".split()
_INJURY = re.compile(
    r"\b(?:injur\w*|hurt|fell|fall|accident|strain\w*|sprain\w*|since|in|on|back\s+in|lifting|slipped|tripped)\b"
    r"[^.?!]{0,40}?\b(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?)?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# "denied in January 2017", "letters decided in 2016", "UR said no on 12/12/2016": the date of a
# decision, not of an injury
_DECIDED_WHEN = re.compile(r"\b(?:den(?:y|ied|ials?)|approv\w*|decid\w*|decisions?|determin\w*|upheld|uph[oe]ld\w*|overturn\w*|"
                           r"revers\w*|issued|reviewed|certified|non-?certified|letters?|dated?|said\s+no|refus\w*|reject\w*|"
                           r"turned\s+(?:it|me|him|her|them)\s+down"
                           # ... the letter sent: "which IMR decisions came out in December 2016?", "were made in", "went out"
                           # (a short phrase of time between, set off by a comma: "came out before the new year, in ...")
                           r"|made|came\s+out|went\s+out|handed\s+down|released|sent(?:\s+out)?|mailed|published)"
                           r"(?:\s+(?:before|after|around|just|right|late|early)\b[^,.;?!]{0,30},)?\s+(?:back\s+)?$", re.IGNORECASE)


def _dated_by(text: str, m: re.Match[str]) -> str:
    """The words before the date an injury pattern matched, without its "in"/"on": "on IMR: of the
    letters decided" for "on IMR: of the letters decided in December 2016", whose date is a decision's."""
    start = m.start("month") if m.group("month") else m.start("year")
    return re.sub(r"\b(?:back\s+)?(?:in|on|of|during)\s*$", "", text[:start], flags=re.IGNORECASE)


# "in the Jan 2017 decision", "in the December 2016 UR denial": the month of a decision, said before it
_DECISION_NEXT = re.compile(r"\s*(?:(?:IMR|UR)\s+)?(?:decision|determination|ruling|denial|letter)s?\b", re.IGNORECASE)
# "the abdominal muscle strain case", "the rotator cuff tear patient": one patient, by their diagnosis
# ... typed without "the" after "for" or "about": "for abdominal muscle strain case: how many items went to imr"
_DIAGNOSED = (r"(?:\bthe\s+|(?<=\bfor\s)|(?<=\babout\s))(?!(?:same|other|first|second|third|last|next|previous|whole|entire|"
              r"every|each|any|a|an|this|that|my|his|her|their)\b)(?:[a-z/'-]+\s+){1,4}"
              r"(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bthis\s)(?:case|patient|claimant|applicant)\b(?!-)")  # not "in case CM..."
# ... typed telegraphically, without the article, before what tells them apart: "for woman with mild
# lumbar ddd", "pantoprazole for lady whose reflux got better", "guy whose chair broke" (not "any woman
# with", "women with")
_UNARTICLED = (r"(?<!\bany\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bno\s)(?<!\bother\s)\b(?:(?:young|younger|old|older|elderly)\s+)?"
               r"(?:woman|man|lady|guy|gentleman|gal|fellow|fella|husband|wife|client|claimant|applicant)\s+(?:with|who|whose)\b")
_PERSON = re.compile(_DIAGNOSED + "|" + _UNARTICLED + r"|\b(?:my|our|the|a|an)\s+(?:(?:young|younger|old|older|elderly)\s+)?(?:client|patient|husband|wife|son|daughter|father|dad|mother|mom|"
                     r"brother|sister|aunt|auntie|uncle|grandmother|grandma|grandfather|grandpa|niece|nephew|cousin|stepmom|stepdad|stepmother|stepfather|"
                     r"employee|worker|guy|man|woman|lady|gentleman|applicant|claimant|kid|fellow|fella|gal)\b|\bI'm\b|\bI\s+am\b"
                     # (not anyone's: "is there anybody who got a TENS unit approved?")
                     r"|(?<!anyone\s)(?<!anybody\s)(?<!someone\s)(?<!somebody\s)\bwho\s+(?:hurt|injured|fell|slipped|tripped|strained|was\s+hit|got|fainted|passed\s+out|blacked\s+out)\b"
                     r"|\b(?:patient|claimant|applicant)\s+(?:with|whose)\b"
                     # "She hurt herself lifting at work", "he fell off a ladder": the story of someone
                     r"|\b(?:she|he|I)\s+(?:hurt|injured|fell|slipped|tripped|strained|sprained|twisted|broke|fainted|smashed|crushed|"
                    r"jammed|pinched|"
                     r"hit\s+(?:her|his|my)\s+head|was\s+(?:hit|injured|hurt)|got\s+(?:hit|injured|hurt))\b"
                     # the asker's own story: "my neck still hurts and my right side tingles"
                     r"|\bmy\s+(?:(?:left|right|lower|upper|whole)\s+)?[a-z]+\s+(?:still\s+|really\s+|always\s+)?"
                     r"(?:hurts|aches|tingles|burns|is\s+(?:numb|killing\s+me|still\s+bad))\b", re.IGNORECASE)


_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
# "her five requests", "all 6 of his requests", "each of my three requests", "the 33 year old man's six
# requests": how many items their letter has; "the 40 yo woman's five meds" counts them too (a letter
# of her age with that many items fits her better; one with more contradicts nothing)
_ITEMS = r"(?:requests|items|treatments|things\s+requested|meds|medications|medicines|drugs|prescriptions)"
_REQUESTS = re.compile(
    r"\b(?:(?:her|his|my|their|\w+['’]s)\s+(?:(?:all|only|other)\s+)?|(?:all|each|any|none|one|both)\s+(?:of\s+)?(?:the\s+)?)"
    rf"(\d{{1,2}}|{'|'.join(_NUMBERS)})\s+(?:of\s+(?:her|his|my|their)\s+)?{_ITEMS}\b"
    rf"|\ball\s+(\d{{1,2}}|{'|'.join(_NUMBERS)})\s+of\s+(?:her|his|my|their)\s+{_ITEMS}\b"
    # ... or of the patient described: "were all 6 of the 37 yo woman's DME items denied?"
    rf"|\b(?:all|each|any|none|both)\s+(\d{{1,2}}|{'|'.join(_NUMBERS)})\s+of\s+the\s+(?:[\w/-]+\s+){{0,6}}?[\w/-]+['’]s\s+"
    rf"(?:[\w/-]+\s+)?{_ITEMS}\b"
    # ... or told of them: "the 33 yo man with 6 requests", "the one who had two items", "the guy that had 5 meds"
    rf"|\b(?:with|who\s+(?:had|has)|that\s+(?:had|has)|having)\s+(?:only\s+|just\s+)?(\d{{1,2}}|{'|'.join(_NUMBERS)})\s+"
    rf"{_ITEMS}\b"
    # ... or the things of the patient named after: "which of the 6 things for the 37 yo woman got approved?", "the five
    # requests of the 40 year old lady"
    rf"|\b(?:(?:which|what|any|none|each|all|some)\s+of\s+)?the\s+(\d{{1,2}}|{'|'.join(_NUMBERS)})\s+"
    r"(?:things|requests|items|treatments)\s+(?:for|of)\s+(?:the|this|that|my|his|her|our)\b",
    re.IGNORECASE)


# the person called by what sets them apart: "the sewing machine lady's creams", "the dizzy lady", "the
# forklift guy" (their job, a symptom, how they were hurt: words the case summary may print), not
# "the young man", "the other woman" or "the PPI for the lady", nor one called by a treatment or a
# party ("the PT guy", "the chiro lady", "the UR guy": as often the one who gives it or decides); typed
# telegraphically, without "the" after "for" or at the start: "why stomach pill denied for sewing machine
# lady", "sewing machine lady - the two creams, approved?"
_CALLED = re.compile(r"(?:\bthe\s+|(?<=\bfor\s)|^\s*)((?:[a-z][a-z-]*\s+){1,3}?)(?:lady|guy|gal|fellow|gentleman|man|woman)(?:['’]s)?(?![\w-])",
                     re.IGNORECASE)
_NOT_CALLED = frozenset(
    "young younger old older elderly other same first second third last next poor injured nice this that these those "
    "for of the a an to with and or in on at by from his her my their our your whose who was is were case one "
    "year years yr yrs yo ur imr insurance insurer adjuster claims review reviewer doctor nurse comp "
    "which what why how when where did does do any every some no each".split())


# ... after their age, even by a treatment they had: "the 63 yo shoulder surgery man", "the 53 yo fusion
# man", "the 54 yo chair guy's PT" (with an age before it, the phrase is the patient, never who gives it)
_AGED_CALLED = re.compile(
    r"\bthe\s+\d{1,3}\s*(?:-?\s*(?:years?|yrs?)[- ]old|yo|y/o|y\.o\.)\s+(?P<what>(?:[a-z][a-z-]*\s+){1,3}?)"
    r"(?:lady|guy|gal|fellow|gentleman|man|woman)(?:['’]s)?(?![\w-])", re.IGNORECASE)


def aged_called(text: str) -> list[tuple[int, int]]:
    """The spans of the words that call the person by what sets them apart after their age
    (`_AGED_CALLED`): "shoulder surgery" of "the 63 yo shoulder surgery man"."""
    return [m.span("what") for m in _AGED_CALLED.finditer(text)
            if not set(m.group("what").lower().split()) & _NOT_CALLED]


def without_aged_called(text: str) -> str:
    """`text` with what `aged_called` finds blanked (spaces, so the offsets stay): no treatment asked."""
    for start, end in aged_called(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def called(text: str) -> list[str]:
    """The phrases in `text` that call the person by what sets them apart (`_CALLED`)."""
    from indexer.treatments import find_treatments

    found, pos = [], 0
    # a phrase rejected does not hide one inside it: "MRI for dizzy lady" read from the start is no
    # one ("MRI for dizzy"), after "for" it is the dizzy lady
    while m := _CALLED.search(text, pos):
        if not set(m.group(1).lower().split()) & _NOT_CALLED and not find_treatments(m.group(1)):
            found.append(m.group(0))
            pos = m.end()
        else:
            pos = m.start() + 1
    found += [m.group(0) for m in _AGED_CALLED.finditer(text) if m.span("what") in aged_called(text)
              and not any(m.group(0) in f or f in m.group(0) for f in found)]
    return found


class Person(msgspec.Struct, frozen=True, kw_only=True):
    age: int | None = None
    ages: tuple[int, int] | None = None  # a decade: "in his fifties" -> (50, 59)
    sex: Sex | None = None
    injury_month: str | None = None  # "2016-10"
    injury_year: int | None = None
    described: bool = False  # the question describes a person (not only a treatment)
    occupations: tuple[str, ...] = ()
    requests: int | None = None  # "her five requests": how many items the patient's letter decided
    notes: tuple[str, ...] = ()


# "why did UR deny the home aide": what was decided, right after the decision word
_DECIDED_BEFORE = re.compile(rf"(?:{OUTCOME_WORD.pattern})\s*$", re.IGNORECASE)
# "the home aide was approved by IMR": what was decided, before a decision with no object of its
# own ("the nurse was denied her MRI" is a person denied something)
_DECIDED_AFTER = re.compile(
    rf"^\s*(?:was|were|is|are|got|get|gets|has\s+been|had\s+been)\s+(?:not\s+|never\s+|ever\s+|finally\s+)?"
    rf"(?:{OUTCOME_WORD.pattern})(?!\s+(?:her|his|my|their|the|a|an|any|some)\b)", re.IGNORECASE)


# "the insurance gave him a home aide 6 hours a day", "the doctor asked for a home health aide":
# a service given or asked for, not the person's job
_GIVEN_BEFORE = re.compile(
    r"\b(?:gave|give|gives|given|giving|got|get|gets|getting|grant(?:s|ed)?|allow(?:s|ed)?|provid(?:es?|ed)|"
    r"offer(?:s|ed)?|order(?:s|ed)?|request(?:s|ed)?|prescrib(?:es?|ed)|needs?|needed|wants?|wanted|"
    r"asked\s+for|asking\s+for|ask\s+for|pay\s+for|paid\s+for)\s+(?:(?:him|her|me|them|us)\s+)?$", re.IGNORECASE)


# what every letter calls its patient, no job: "an injured worker who can't manage stairs"
_ANY_PATIENT = re.compile(r"(?:an?|the|my)\s+(?:injured\s+|industrially\s+injured\s+|hurt\s+)?(?:worker|employee)",
                          re.IGNORECASE)


# patients told by their age alone, no job: "for older workers, why are MRIs denied?"
_AGED_WORKERS = re.compile(r"(?:the\s+)?(?:older|younger|old|young|elderly|aging|ageing|senior)\s+(?:injured\s+)?(?:workers|employees)",
                           re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\s+\w")
_LAY_JOB_END = re.compile(rf"\b{_LAY_JOB_NOUN}$", re.IGNORECASE)


# a case summary's sentence that names the patient's job: "a 36-year-old female certified nursing assistant with
# ...", "the applicant is a 62-year-old male construction laborer who ...", "she works as a cashier" (not "the 35
# year old male injured worker", any patient)
_SUMMARY_JOB = re.compile(rf"\b(?:works?|worked|working|employed)\s+as\s+(?:an?\s+)?(?:[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}\b"
                          rf"|\b\d{{1,3}}[- ]year[- ]old,?\s+(?:male|female|man|woman)\s+(?!injured\s|industrially\s)"
                          rf"(?:[\w/'’-]+\s+){{0,2}}{_OCCUPATION_NOUN}\b", re.IGNORECASE)


def names_job(text: str) -> bool:
    """Whether `text`, a case summary's sentence, names the patient's job (_SUMMARY_JOB)."""
    return bool(_SUMMARY_JOB.search(text)) and not re.search(r"\b(?:male|female|man|woman)\s+employee\b", text, re.IGNORECASE)


def mask_occupations(text: str) -> tuple[str, list[str]]:
    """`text` with occupation phrases blanked (same length), and the phrases. A phrase that is
    what was decided ("why did UR deny the home aide?", "the home aide was approved, wasn't
    it?") or what was given or asked for ("they gave him a home aide 6 hours a day") is a
    request, not the person's job."""
    found: list[str] = []

    def blank(m: re.Match[str]) -> str:
        if _ANY_PATIENT.fullmatch(m.group(0)) or _AGED_WORKERS.fullmatch(m.group(0)):
            return m.group(0)  # "the injured worker got PT approved?", "for older workers, why ...": any patient, no job
        # "did the cook get ... approved?": the one who got it, never a request; nor "why didn't IMR
        # approve the stocker's chiro?": a job that asks for nothing, whose things follow
        theirs = _POSSESSIVE.match(text, m.end()) and _LAY_JOB_END.search(m.group(0))
        # ... nor a job right after an age: "which requests of the 65 year old mechanic were not upheld?"
        # is a person whatever is said of them next (a request has no age)
        aged = _AGED_JOB.match(m.group(0)) or _AIDE_JOB_END.search(m.group(0))  # ... nor an aide by trade
        if not (m.group("owner") or theirs or aged) and (
                _DECIDED_BEFORE.search(text[: m.start()]) or _DECIDED_AFTER.match(text[m.end() :])
                or _GIVEN_BEFORE.search(text[: m.start()])
                or m.group("for_whom") and find_treatments(m.group(0))  # "hours for the home aide?"
                # a request named by who gives it: "the neck surgery and the assistant surgeon, both upheld?"
                or any(t == "assistant_surgeon" for t, _ in find_treatments(m.group(0)))):
            return m.group(0)
        found.append(m.group(0))
        return " " * len(m.group(0))

    masked = _OCCUPATION.sub(blank, text)
    return _JOB_BEFORE.sub(lambda m: _job_before(m, found), masked), found


# a job typed before the patient's treatment without the possessive: "the farm worker EMG - what did
# IMR decide", "cook PT denied why", "the custodian elbow xrays" (not "the home aide hours": no
# treatment follows; a treatment may come after a body part or side, two words at most)
_JOB_BEFORE = re.compile(rf"(?:^\s*|\b(?:the|my|our)\s+)(?:(?!{_NOT_JOB_WORD})[\w/-]+\s+){{0,2}}{_LAY_JOB_NOUN}(?=\s+\w)",
                         re.IGNORECASE)
_TREATMENT_SOON = re.compile(r"\s+(?:[\w/-]+\s+){0,2}?$")


def _job_before(m: re.Match[str], found: list[str]) -> str:
    if _ANY_PATIENT.fullmatch(m.group(0).strip()):
        return m.group(0)  # "does IMR side with the injured worker on PT?": any patient, no job
    rest = m.string[m.end(): m.end() + 60]
    first = find_treatments(rest)
    if not first or not _TREATMENT_SOON.fullmatch(rest[: rest.lower().find(first[0][1].lower())]):
        return m.group(0)
    found.append(m.group(0).strip())
    return " " * len(m.group(0))


# the patient's own kin, told by the patient's possessive: "whose wife", "his wife", "her husband's job" (the
# possessive is kept: "his" is still the patient's sex; "my wife" is the patient, not kin)
_KIN_OF_THEIRS = re.compile(r"\b(whose|his|her|their)\s+(?:wife|husband|spouse|mother|mom|father|dad|sister|brother|"
                            r"daughter|son|aunt|uncle|grandmother|grandfather|girlfriend|boyfriend)(?:['’]s)?\b", re.IGNORECASE)
# the one who decides, said by a pronoun ("what did he decide?", "which case did she have?", "did he deny it?"): the
# reviewer, when the question names one, never the patient
_REVIEWER_NAMED = re.compile(r"\breviewers?\b", re.IGNORECASE)
_DECIDER = re.compile(r"\b(?P<p>he|she)\s+(?:decide[ds]?|deny|denied|denies|approve[ds]?|uphold|upheld|upholds|"
                      r"overturn(?:ed|s)?|rule[ds]?|cite[ds]?|rel(?:y|ied|ies)\s+on)\b"
                      r"|\bcases?\s+did\s+(?P<q>he|she)\s+(?:have|get|handle|review|decide)\b", re.IGNORECASE)
_JOB_FEMALE = re.compile(r"\b(?:female|woman)\b", re.IGNORECASE)
_JOB_MALE = re.compile(r"\b(?:male|man)\b", re.IGNORECASE)
# what a job phrase says besides the job: "the 28 year old male farm worker", "works as a", "is an"
_NOT_THE_JOB = re.compile(
    r"^(?:(?:works?|worked|working)\s+as\s+|(?:is|was|i'm|i\s+am|he's|she's|as)\s+)?(?:(?:an?|the|my|which)\s+)?"
    r"(?:\d{1,3}(?:[- ]year[- ]old|\s*yo|\s*y/o)\s+)?"
    # ... nor a word comparing look-alikes: "the older truck driver" (service.relative)
    r"(?:(?:older|oldest|younger|youngest)\s+)?(?:(?:male|female|woman|man|retired|former)\s+)?", re.IGNORECASE)

# the job told by what the person does, as a case summary names it: "she cooks at a restaurant",
# "he drives a truck", "stocks shelves", "works in a warehouse" (the subject is the patient's:
# the asker's own work is masked before, service.asking)
# who does it: a subject, or typed telegraphically after the age and its comma ("my wife is 54, sews at work")
_DOES = (r"(?:\b(?:he|she|I|who|and|[a-z]+\s+(?:mom|mother|dad|father|wife|husband|son|daughter|sister|brother|client))"
         r"|\b\d{2}(?:\s*(?:yo|y/o|yrs?|years?[- ]old))?\s*,)\s+(?:still\s+|also\s+|used\s+to\s+)?")
_JOB_BY_VERB = tuple((re.compile(_DOES + rx, re.IGNORECASE), job) for rx, job in (
    (r"cooks\b(?!\s+(?:for\s+(?:him|her|me|us|the\s+family)|at\s+home|dinner|meals))", "cook"),
    (r"drives?\s+(?:an?\s+)?(?:big\s+rig|semi|truck|18[- ]wheeler)s?\b|drives?\s+(?:a\s+)?(?:delivery\s+)?truck\b", "truck driver"),
    (r"(?:drives?|driving)\s+(?:an?\s+)?(?:delivery\s+)?(?:van|route)\b|delivers?\s+(?:packages|parcels)\b", "delivery driver"),
    (r"drives?\s+(?:an?\s+)?(?:bus|forklift|cab|taxi)\b", "driver"),
    (r"stocks?\s+shelves\b", "stocker"),
    (r"works?\s+(?:in|at)\s+(?:a|the)\s+warehouse\b", "warehouse worker"),
    (r"works?\s+(?:on|at)\s+(?:a|the)\s+farm\b|works?\s+in\s+the\s+fields\b|picks?\s+(?:fruit|grapes|strawberries|lettuce)\b",
     "farm worker"),
    (r"works?\s+(?:in|on)\s+construction\b|works?\s+(?:on|at)\s+(?:a\s+)?construction\s+sites?\b", "construction"),
    (r"cleans?\s+(?:houses|homes|offices|hotel\s+rooms|rooms)\b", "housekeeper"),
    (r"waits?\s+tables\b", "server"),
    (r"works?\s+(?:at|on|behind)\s+(?:a|the)\s+(?:cash\s+)?register\b|runs?\s+(?:a|the)\s+(?:cash\s+)?register\b", "cashier"),
    (r"teaches\b", "teacher"),
    # "my wife is 54 and sews for a living", "I sew all day", "I run a sewing machine", "I work at a factory sewing"
    (r"sews?\b(?!\s+(?:at\s+home|for\s+fun|as\s+a\s+hobby))|(?:runs?|operates?|works?\s+(?:on|at))\s+(?:a|the)\s+sewing\s+machine"
     r"|works?\s+(?:at|in)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:factory|plant|shop)\s+sewing\b", "sewing"),
    (r"(?:fixes|repairs|works\s+on)\s+(?:cars|trucks|engines|vehicles)\b", "mechanic"),
))

# a job typed by its abbreviation, as a case summary spells it out (never a treatment: "RN first
# assist" is a request, so RN is read only as who the person is: "a 40 yo RN", "she's an LVN")
_JOB_SHORT = tuple((re.compile(rx), job) for rx, job in (
    (r"\b(?:CNA|cna)s?\b", "nursing assistant"),
    (r"\b(?:LVN|lvn)s?\b", "vocational nurse"),
    (r"\b(?:HHA)s?\b", "home health aide"),
    (r"(?:\b(?:an|the|my)\s+|\d\s*(?:yo|y/o|year[- ]old)\s+|\b(?:is|was|i'm|she's|he's)\s+an?\s+)RN\b(?!\s+first)", "nurse"),
))


def firmly_told(person: Person) -> bool:
    """Whether the description gives a field a letter's header or summary states firmly, beside a sex:
    an age, a decade, an injury date, a job, a number of requests."""
    return (person.age is not None or person.ages is not None or bool(person.injury_month)
            or person.injury_year is not None or bool(person.occupations) or person.requests is not None)


# the word for any worker that a job said loosely ends in: "office worker", "warehouse employee"
_ANY_WORKER = re.compile(r"(?<=\w)\s+(?:worker|employee|staff|staffer|person)$", re.IGNORECASE)


def loosely(jobs: tuple[str, ...]) -> tuple[str, ...]:
    """`jobs` without the word for any worker they end in ("office worker": "office"), where one
    comes before it."""
    return tuple(_ANY_WORKER.sub("", j) for j in jobs)


def job_words(person: Person) -> tuple[str, ...]:
    """The jobs the description gives, as a case summary prints them ("farm worker", "sewing machine
    operator"), lowercase, without article, age or sex, nor the word for the person that a phrase
    calling them by their job ends in ("the sewing machine lady's": "sewing machine")."""
    return tuple(dict.fromkeys(_AS_THE_WORK.get(j, _OPERATED.sub("", j)) for j in (
        normalised(_CALLED_BY.sub("", _NOT_THE_JOB.sub("", o))) for o in person.occupations) if j))


# the operator of a thing, told by the thing: a summary prints the work ("cumulative trauma from operating a
# sewing machine") as often as the trade ("a forklift operator"), and both print the thing operated
_OPERATED = re.compile(r"(?<=\S)\s+operators?$", re.IGNORECASE)


# a trade a case summary prints as the work done ("cumulative trauma from operating a sewing machine"):
# "she is a seamstress" tells the sewing job
_AS_THE_WORK = {"seamstress": "sewing", "seamstresses": "sewing", "tailor": "sewing", "sewer": "sewing"}


# the person that a phrase calling them by what sets them apart ends in (`_CALLED`), possessive or not
_CALLED_BY = re.compile(r"(?:\s+(?:lady|guy|gal|fellow|gentleman|man|woman))?(?:['’]s)?\s*$", re.IGNORECASE)


# two ages told with one unit, then a relative word: "a 24 and a 53 yo - was the younger one's approved?"
_AGE_PAIR = re.compile(r"\b(\d{2})\s*(?:yo\s+|y/o\s+|years?[- ]old\s+)?(?:and|&|or|vs\.?)\s+(?:an?\s+)?(\d{2})\s*"
                       r"(?:yo|y/o|years?[- ]old|-year-old)\b", re.IGNORECASE)
# "two young women with low back strain on light duty, 27 and 28 - ...the older one's": the ages of the
# people just named, bare
_BARE_AGE_PAIR = re.compile(r"\b(?:women|men|ladies|guys|gals|patients|workers|people|claimants)\b[^.?!]{0,60}?[,(]\s*"
                            r"(\d{2})\s*(?:and|&|or)\s*(\d{2})\s*(?=[)\-\u2013\u2014,:;]|$)", re.IGNORECASE)
_RELATIVE_AGE = re.compile(r"\b(?:older|oldest|younger|youngest)\b", re.IGNORECASE)


def read_person(text: str, *, case_number: bool = False) -> Person:
    notes: list[str] = []
    # who asks is not who was hurt: the asker's profession is no occupation of the patient
    unasked = REVIEWER_WAS.sub(lambda m: " " * len(m.group(0)), ASKER.sub(lambda m: " " * len(m.group(0)), text))
    masked, occupations = mask_occupations(unasked)
    notes += [f"occupation: '{o}' (a description of the person, not a treatment)" for o in occupations]
    masked, next_one = others_masked(masked)
    if next_one:  # "the 28 year old's MRI was denied - so was the 29 year old's?": the 29-year-old
        text = masked
    if by_what := [c for c in called(masked) if not any(c in o or o in c for o in occupations)]:
        occupations = [*occupations, *by_what]  # the person, as a job tells them (a treatment named stays asked)
        notes += [f"described as: '{c}' (a description of the person)" for c in by_what]
    if short := [job for rx, job in _JOB_SHORT if rx.search(unasked) and not any(job in o for o in occupations)]:
        occupations = [*occupations, *short]  # "the 36 yo CNA": a certified nursing assistant
        notes += [f"occupation: '{j}' (from its abbreviation)" for j in short]
    if by_verb := [job for rx, job in _JOB_BY_VERB if rx.search(unasked) and not any(job in o for o in occupations)]:
        occupations = [*occupations, *by_verb]  # "my mom is 67 and cooks at a restaurant": a cook
        notes += [f"occupation: '{j}' (from what the person does for work)" for j in by_verb]
    age = ages = None
    if m := _AGE.search(text):
        value = int(next(g for g in m.groups() if g))
        if 14 <= value <= 100:
            age = value
            notes.append(f"age: {age} (from '{m.group(0).strip(' ,')}')")
    if (pair := _AGE_PAIR.search(text) or _BARE_AGE_PAIR.search(text)) and (rel := _RELATIVE_AGE.search(text, pair.end())):
        # "two men had neck CTs, a 24 and a 53 yo - was the younger one's approved?": the one the word picks
        told = [int(pair.group(1)), int(pair.group(2))]
        age = max(told) if rel.group(0).lower().startswith("old") else min(told)
        notes = [n for n in notes if not n.startswith("age: ")] + [f"age: {age} (the {rel.group(0).lower()} of {told[0]} and {told[1]})"]
    if age is None and (m := _JOB_AGE.search(text)) and 14 <= int(m.group(1)) <= 100:
        age = int(m.group(1))
        notes.append(f"age: {age} (from '{m.group(0).strip(' ,')}')")
    if age is None and (m := _WORD_AGE.search(text)):
        age = _TENS[m.group(1).lower()] + (_UNITS.index(m.group(2).lower()) + 1 if m.group(2) else 0)
        notes.append(f"age: {age} (from '{m.group(0)}')")
    if age is None and (m := _DECADE.search(text)):
        base = _DECADES[m.group(2).lower()]
        low, high = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}.get((m.group(1) or "").lower(), (0, 9))
        ages = (base + low, base + high)
        notes.append(f"age: {ages[0]}-{ages[1]} (from '{m.group(0)}')")
    if age is None and ages is None and (m := _DECADE_DIGITS.search(text)):
        base = int(m.group(2) or m.group(4))
        low, high = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}.get((m.group(1) or m.group(3) or "").lower(), (0, 9))
        ages = (base + low, base + high)
        notes.append(f"age: {ages[0]}-{ages[1]} (from '{m.group(0)}')")
    if age is None and ages is None and (m := _ONE_BAND.search(text)):
        low, high = band(m)
        ages = (16 if low is None else low, 100 if high is None else high)
        notes.append(f"age: {ages[0]}-{ages[1]} (from '{m.group(0)}')")
    if age is None and ages is None and (m := _YOUNG.search(text)):  # "the young man": under 36
        ages = YOUNG
        notes.append(f"age: {ages[0]}-{ages[1]} (from '{m.group(0)}')")
    # ... the sex said inside a job ("the 40 yo female delivery driver") stays the person's
    # ... not the sex of the patient's kin: "the patient whose wife works days" is no woman
    masked = _KIN_OF_THEIRS.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), masked)
    if _REVIEWER_NAMED.search(masked) or read_reviewers(masked):
        # ... nor of the reviewer who decides: "the neurosurgeon reviewer - which case did he have and what did he
        # decide?" tells no man
        for m in _DECIDER.finditer(masked):
            start, end = m.span("p") if m.group("p") else m.span("q")
            masked = masked[:start] + " " * (end - start) + masked[end:]
    female = _FEMALE.search(masked) or _LETTER["F"].search(text) or next(filter(None, map(_JOB_FEMALE.search, occupations)), None)
    male = _MALE.search(masked) or _LETTER["M"].search(text) or next(filter(None, map(_JOB_MALE.search, occupations)), None)
    sex: Sex | None = None
    if bool(female) != bool(male):
        sex = "female" if female else "male"
        notes.append(f"sex: {sex} (from '{(female or male).group(0)}')")
    month = year = None
    if m := next((m for m in _INJURY.finditer(text) if not _DECIDED_WHEN.search(text[: m.start()])
                  and not _DECIDED_WHEN.search(_dated_by(text, m))
                  and not _DECISION_NEXT.match(text, m.end()) and not _TREATED_WHEN.search(text[: m.start()])), None):
        year = int(m.group("year"))
        if m.group("month"):
            month = f"{year}-{_MONTHS.index(next(n for n in _MONTHS if n.startswith(m.group('month').lower()[:3]))) + 1:02d}"
        notes.append(f"injured: {month or year} (from '{m.group(0).strip()}')")
    requests = None
    if m := _REQUESTS.search(text):
        said = next(g for g in m.groups() if g).lower()
        requests = int(said) if said.isdigit() else _NUMBERS[said]
        notes.append(f"requests in the letter: {requests} (from '{m.group(0)}')")
    described = bool(age or ages or _PERSON.search(masked) or occupations or month)
    return Person(age=age, ages=ages, sex=sex, injury_month=month, injury_year=year, described=described,
                  occupations=tuple(occupations), requests=requests if described else None, notes=tuple(notes))


# One person, not a population: "the 54 year old woman", "a man in his fifties", "my client",
# "she"; never "women", "patients in their fifties" or "workers over 50".
_ONE_PERSON = re.compile(
    # ... or an age before the person, typed without an article: "which 34 yo man's requests"
    _DIAGNOSED + r"|\b(?:the|a|an|my|our|this|that|\d{1,3}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o))\s+(?:[\w/-]+\s+){0,4}?"
    r"(?:woman|man|lady|gentleman|guy|girl|boy|patient|worker|"
    r"employee|client|claimant|applicant|person|husband|wife|son|daughter|father|dad|mother|mom|brother|sister)\b"
    r"|\b(?:he|she|him|her|hers|his|himself|herself|I|I'm|me)\b|" + _UNARTICLED +
    # one of several told apart by age: "the younger of the two women in their late 20s"
    r"|\bthe\s+(?:younger|older|youngest|oldest)\s+of\s+(?:the\s+)?(?:two|three|2|3|both|them)\b" +
    # an age that stands for the person: "the 33 year old's scans", "the 57-year-old" (not "the 33 year olds")
    r"|\b(?:the|this|that)\s+\d{2}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)(?![- ]?s\b)"
    # ... typed telegraphically, without the article: an age before a job ("which of 54 year old sewing
    # machine operator's requests"), an age that owns or is told of ("33-year-old with smashed hand",
    # "33 yo's scans"), an age with a sex letter ("54 f post-concussion", "63M")
    rf"|\b\d{{2}}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)\s+(?:[\w/-]+\s+){{0,3}}?{_OCCUPATION_NOUN}\b"
    r"|\b\d{2}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)(?:['\u2019]s\b|\s+(?:with|who|whose)\b)"
    r"|\b\d{2}\s*(?:M|F)\b(?!/)|\b\d{2}[mf]\b(?!/)|(?:^|(?<=[.;:,(]\s))\d{2}\s+[mf]\b(?!/)", re.IGNORECASE)
# "the sewing machine operator", "a truck driver": one person by their job (not "the nurses")
_ONE_BY_JOB = re.compile(r"(?:the|a|an|my|our)\s.*(?<!s)$", re.IGNORECASE)
# ... or one typed without the article after "for" ("for sewing machine operator with elbow pain"): its words alone
_JOB_ALONE = re.compile(r"(?!(?:an?|the|my|works?|worked|working|is|was|as|i'm|i|he's|she's)\b)[a-z][a-z/ -]*(?<!s)$",
                        re.IGNORECASE)
# A story that tells the person apart: "who hurt his back lifting boxes", "the woman with the torn cuff"
# "the guy who smashed his hand on a door", "the lady who twisted her knee": how they were hurt
_STORY = re.compile(_DIAGNOSED + r"|\bwho\s+(?:hurt|injured|fell|hit|struck|bumped|knocked|slipped|tripped|strained|sprained|twisted|broke|smashed|crushed|"
                    r"jammed|slammed|pinched|cut|burned|banged|lifted|passed\s+out|fainted|was|got|had|has|is|works?|worked)\b"
                    r"|\b(?:woman|man|lady|guy|gentleman|patient|worker|employee|client|claimant|applicant|person)\s+"
                    # ... or by what they are on: "the patient on the fanatrex and the tabradol"
                    r"(?:with|whose|from|on)\b"
                    # ... or by their age alone: "the 40 yo with the post-traumatic headaches"
                    r"|\b\d{2}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)\s+(?:with|whose)\b"
                    # how they were hurt, told in a sentence: "since she hit her head at work", "he fainted and fell"
                    r"|\b(?:she|he|I)\s+(?:hurt|injured|fell|slipped|tripped|strained|sprained|twisted|broke|fainted|smashed|crushed|"
                    r"jammed|pinched|"
                    r"hit\s+(?:her|his|my)\s+head|was\s+(?:hit|injured|hurt)|got\s+(?:hit|injured|hurt))\b"
                    # ... or an operation they had: "my mom had surgery for carpal tunnel", "she had carpal tunnel surgery"
                    r"|\b(?:she|he|I|my\s+(?:mom|mother|dad|father|wife|husband|son|daughter|sister|brother))\s+had\s+"
                    r"(?:(?:a|an|her|his|my)\s+)?(?:[\w-]+\s+){0,2}?(?:surgery|operation)\b",
                    re.IGNORECASE)


def tells_story(text: str, person: Person) -> bool:
    """Whether the description says more than age, sex and dates: an occupation, how they were hurt
    (service.mechanism: "the man who fainted")."""
    return bool(person.occupations or _STORY.search(text) or mechanisms(text))


# the asker, not a patient: "show me everything denied for women in their 20s", "tell me which ...",
# "can you give me the denials", "please let me know", "help me find" (an imperative's "me", opening the
# question or a clause; not "they wouldn't give me the MRI", where "me" is the patient)
ASKER_ME = re.compile(r"(?:^|[.;:?!\u2013\u2014-]\s*|\b(?:can|could|would|will)\s+you\s+|\bplease\s+|\bjust\s+)"
                      r"(?:show|tell|give|send|list\s+for|pull\s+up\s+for|let|help|remind)\s+me\b", re.IGNORECASE)


def one_person(text: str, person: Person) -> bool:
    """Whether `text` describes one person specifically enough to stand for their letter: one
    person (not a population) with an age, an injury date, an occupation or a story. The asker's
    "me" after a verb that asks ("show me", "tell me": `ASKER_ME`) is no one described."""
    text = ASKER_ME.sub(lambda m: m.group(0)[:-2] + "  ", text)
    if not person.described or not (_ONE_PERSON.search(text) or any(_ONE_BY_JOB.match(o) or _JOB_ALONE.match(o)
                                                                     for o in person.occupations)):
        return False
    return bool(person.age or person.ages or person.injury_month or person.injury_year or tells_story(text, person))


# Particular people, not a population: "the two 46-year-old women", "both of the 53 year old men"
# ("compare what happened to the two 46-year-old women's requests" asks about their letters, not
# about women against men)
_PARTICULAR_PEOPLE = re.compile(
    # ... typed without "the" after a preposition: "compare what happened to two 46-year-old women's requests"
    r"\b(?:(?:the|to|of|between)\s+(?:two|three|2|3)|both(?:\s+of)?(?:\s+the)?)\s+\d{1,3}\s*-?\s*(?:years?[- ]olds?|yrs?[- ]olds?|yo|y/o)"
    r"(?:\s+(?:wom[ae]n|m[ae]n|ladies|guys|patients|workers|claimants|applicants|females|males))?\b",
    re.IGNORECASE)


def ages_told(text: str) -> int:
    """How many different ages `text` tells ("the 37 year old woman's MRI with the 34 year old
    man's": 2)."""
    return len({next(g for g in m.groups() if g) for m in _AGE.finditer(text)})


def particular_people(text: str) -> bool:
    """Whether `text` names a few particular people by their age ("the two 46-year-old women")."""
    return bool(_PARTICULAR_PEOPLE.search(text))

