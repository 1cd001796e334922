"""The reason a question asks to confirm, as reason codes (indexer.reasons): "was her PT denied
because it didn't help her?", "was it the number of visits?", "upheld for lack of red flags?".

An item answer then says first whether the reviewer gave that reason (service.flows.item): "Yes,
the reviewer gave that reason. Denied (Upheld): ..." or "That is not a reason the reviewer gave.
Denied (Upheld): ...", the reason given following. The words
are the asker's, lay or professional; each maps to the denial code and, through its pair, to the
approval code ("approved because she improved?").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.model import Item, Reason, Span
from indexer.treatments import GROUPS, find_treatments
from service.drugs import unsetted_mentions

I = re.IGNORECASE
# the clause that offers a reason: "because ...", "due to ...", "for lack of ...", "was it the number of ..."
_CLAUSE = re.compile(r"\b(?:because|'?cause|cuz|coz|bc|b/c|due\s+to|for\s+(?:lack|want)\s+of|on\s+account\s+of|owing\s+to"
                     # ... or a want told after the decision: "was it denied for no urine tests?", "upheld for not trying PT"
                     r"|(?:(?<=denied\s)|(?<=upheld\s)|(?<=rejected\s)|(?<=refused\s)|(?<=stopped\s))for(?=\s+(?:no|not|never|"
                     r"missing|lacking)\b))\b(?P<x>[^?.;]*)"
                     r"|\b(?:was|is)\s+it\s+(?:just\s+|only\s+|really\s+)?(?P<y>(?:the|a)\s+(?:number|amount|quantity|frequency|"
                     r"dose|dosage|duration|length|missing|lack\s+of|absence\s+of)\b[^?.;]*"
                     # ... or the excess itself: "was it too many visits?", "is it too much medication?"
                     r"|(?:too\s+(?:many|much|long|often)|excessive|over\s+the\s+(?:limit|guidelines?))\b[^?.;]*)"
                     # ... of the item a follow-up carried in place of "it": "was the Additional physical therapy ... in case
                     # CM17-0010885 too many visits?"
                     r"|\b(?:was|is)\s+the\s+[^?.;]{1,200}?\s+(?:just\s+|only\s+|really\s+)?(?P<t>too\s+(?:many|much|long|often)\b[^?.;]*)"
                     # the reason named as IMR's basis: "was IMR's basis lack of functional improvement?", or as the problem:
                     # "was the problem that she never had x-rays?"
                     r"|(?<!what\s)(?<!why\s)(?<!how\s)\b(?:was|is)\s+(?:IMR['’]?s|the\s+(?:IMR\s+)?reviewer['’]?s|the|their|its)\s+(?:basis|reason(?:ing)?|grounds?|"
                     r"rationale|problem|issue|trouble)(?:\s+for\s+(?:it|that|this|the\s+(?:denial|decision)))?\s+(?!for\b)(?P<b>[^?.;]*)"
                     # a finding told as the reviewer's: "The reviewer noted physical therapy was helping her.
                     # Which of her requests did that sink?"
                     # ... or asked of: "which denials did the reviewer say the request was incomplete?"
                     r"|\b(?:reviewer|IMR\s+doctor|IMR)\s+(?:noted|said|found|wrote|mentioned|pointed\s+out|stated"
                     r"|(?:(?<=did\sthe\sreviewer\s)|(?<=did\sreviewer\s)|(?<=did\sIMR\s))(?:say|note|find|write|mention|state))"
                     r"\s+(?:that\s+)?(?P<z>[^?.;]*)"
                     # ... or the condition of the letters asked for: "is there any letter where the reviewer said the request
                     # was incomplete?", "any cases where the request was incomplete?"
                     r"|\b(?:cases?|letters?|decisions?|examples?)\s+(?:where|in\s+which)\s+(?:the\s+(?:IMR\s+)?reviewer\s+"
                     r"(?:said|noted|found|wrote|mentioned|stated)\s+(?:that\s+)?)?(?P<w>[^?.;]*)", I)
_SAY_ASKED = re.compile(r"\b(?:reviewer|IMR)\s+(?:say|note|find|write|mention|state)\b(?!\s+(?:no|yes)\b)", I)
# ... in a question that lists those it was said of: "which denials did the reviewer say ...?" (not "what did the
# reviewer say about red flags?", "why did IMR say no to the shots?")
_WHICH_LIST = re.compile(r"^\s*(?:which|list)\b", I)
_NOT = r"(?:did\s*n[o']?t|does\s*n[o']?t|was\s*n[o']?t|were\s*n[o']?t|has\s*n[o']?t|had\s*n[o']?t|not|never)"
# ... or asked to confirm, yes or no: "did the reviewer say he had to try something else first?" (not "what did
# the reviewer say about ...": what was said, not a reason to confirm)
_DID_SAY = re.compile(r"(?:^|[.?!;:,]\s*|\s[-\u2013\u2014]+\s*)(?:so\s+|and\s+|but\s+)?did\s+(?:the\s+)?(?:IMR\s+)?(?:reviewer|IMR)\s+"
                      r"(?:say|note|find|state|write)\b", I)
# the asker's words for each denial reason
_WORDS: dict[str, re.Pattern[str]] = {code: re.compile(rx, I) for code, rx in {
    "no_functional_improvement": rf"{_NOT}\s+(?:really\s+)?(?:help\w*|work\w*|improv\w*|benefit\w*|get(?:ting)?\s+better)"
                                 r"|\bno\s+(?:(?:documented|objective|functional|measurable|real|significant)\s+){0,2}(?:improvement|benefit|progress|relief|gains?)\b"
                                 r"|\bfunctional\s+improvement"
                                 r"|\bno\s+better\b|\bnot\s+(?:helping|working|improving)\b"
                                 # "because they hadnt checked how the first ones went?": the response to the care had not seen
                                 # "because it wasnt doing anything for him?"
                                 r"|\b(?:was\s*n['’]?t|wasnt|is\s*n['’]?t|isnt|not)\s+doing\s+(?:anything|much|a\s+thing|nothing)\b"
                                 r"|\bdid\s*n['’]?t\s+do\s+(?:anything|much|a\s+thing)\b"
                                 r"|\b(?:check\w*|see|saw|seen|know|knew|evaluat\w*|assess\w*|look\w*\s+at)\s+(?:how|if|whether)\s+"
                                 r"(?:\w+\s+){0,4}?(?:went|worked|work|helped|help|did)\b",
    # (not what the patient is on: "because he was on too many pain meds?" asks of his medications, not the count asked,
    # though "because it was too much medication?" claims the quantity;
    # nor "too many other things", "too many health problems": other care or conditions, no quantity of this one)
    "exceeds_guideline": r"\bnumber\s+of\b|(?<!\bon\s)(?<!taking\s)(?<!using\s)\btoo\s+(?:many|much|long|often)\b"
                         r"(?!\s+other\b)"
                         r"(?!\s+(?:[\w-]+\s+)?(?:health|medical|problems?|conditions?|issues?|illness\w*|diseases?)\b)"
                         r"|\bquantity\b|\bamount\b|\bhow\s+many\b|\bfrequency\b"
                         r"|\bduration\b|\bexceed\w*|\bbeyond\s+the\s+(?:guideline|limit)|\bover\s+the\s+(?:limit|guideline)"
                         # "because he already had 8 sessions?", "she already had a lot of PT": the count had
                         r"|\balready\s+(?:had|did|done|got|been\s+to|gone\s+to|completed|finished)\s+(?:\d+|a\s+lot|lots|so\s+many|"
                         r"too\s+many|many|enough|plenty|(?:twelve|eight|six|ten|twenty|eighteen|\w+teen)\b)",
    "no_objective_findings": r"\bred\s+flags?\b|\b(?:no|normal|negative)\s+(?:\w+\s+)?(?:exam\w*|findings?|neuro\w*)"
                             r"|\bobjective\s+findings?\b|\bneuro(?:logical)?\s+deficits?\b|\bnerve\s+(?:damage|compression)\b"
                             # "because he had no numbness or weakness": no neurological symptom or sign
                             r"|\b(?:no|without|never\s+(?:had|has|reported))\s+(?:\w+\s+)?(?:numbness|tingling|weakness|"
                             r"radicul\w*|radiating\s+(?:pain|symptoms)|sciatica|nerve\s+symptoms?)\b"
                             # "because I don't have any numbness down my legs?"
                             rf"|(?:{_NOT}|\bdo\s*n[o'’]?t)\s+(?:have|has|had|get|got|feel|felt)\s+(?:any\s+)?(?:numbness|tingling|weakness|"
                             r"radicul\w*|radiating\s+(?:pain|symptoms)|sciatica|nerve\s+symptoms?)\b"
                             # "because her exam was normal"
                             r"|\b(?:exam\w*|findings?)\s+(?:was|were|is|are|came\s+back)\s+(?:normal|negative|unremarkable|fine)\b"
                             # "because she doesnt have carpal tunnel signs?": no clinical signs found
                             rf"|(?:{_NOT}|\bdo\s*n[o'’]?t|\bno)\s+(?:have|has|had|show\w*)?\s*(?:any\s+)?(?:[\w-]+\s+){{0,3}}?"
                             r"(?:signs?|findings?)\b",
    "conservative_care_not_tried": rf"{_NOT}\s+(?:try|tried|do|did|done|finish\w*|complet\w*)\s+(?:\w+\s+){{0,3}}?"
                                   r"(?:PT|therapy|conservative|exercises?|meds?|medications?|medicines?|pills?|first)\b"
                                   r"|\bconservative\s+(?:care|treatment)\b|\bfirst[- ]line\b|\b(?:PT|therapy)\s+first\b"
                                   # "because i havent maxed out my treatment?", "not exhausted other options", "no PT"
                                   r"|\bmax(?:ed|ing)?\s+out\b|\bexhaust(?:ed|ing)?\b|\btried\s+everything\b"
                                   r"|\bno\s+(?:PT|physical\s+therapy|therapy|physio\w*|exercises?)\b"
                                   # "he had to try something else first", "try other treatment before the shots" ("because she didnt
                                   # try the regular pain pills first?": pills not tried before the one asked)
                                   r"|\b(?:try|tried|trying)\s+(?:\w+\s+){0,3}?(?:first|before)\b"
                                   # "because he can take pills?": oral medication, tolerated, is the first line
                                   r"|\b(?:can|could|able\s+to)\s+(?:still\s+)?(?:take|swallow|tolerate|handle)\s+(?:\w+\s+)?"
                                   r"(?:pills?|tablets?|oral\w*|meds|medications?|medicines?)\b",
    # "not recommended", "they aren't recommended", "isnt generally recommended", "no longer recommended"
    "not_recommended": r"(?:\bnot|n['’]?t|\bnever|\bno\s+longer)\s+(?:\w+\s+)?recommended\b|\bexperimental\b"
                       r"|\bguidelines?\s+(?:do(?:es)?\s*n[o'’]?t|say\s+no)",
    "opioid_monitoring": r"\burine\b|\b(?:drug|tox\w*)\s+(?:test\w*|screen\w*)|\bUDS\b|\bpain\s+(?:contract|agreement)s?\b|\b4\s*A'?s\b"
                         r"|\bmonitoring\b",
    "incomplete_request": r"\b(?:no|missing)\s+(?:dose|dosage|frequency|body\s+part)\b|\bincomplete\b"
                          # "nobody wrote down whether she was renting it or buying it"
                          r"|\brent(?:ing|ed|al)?\b[^?.;]{0,20}\bor\s+(?:buy|bought|purchas)\w*|\b(?:buy|buying|purchas\w*)\b[^?.;]{0,20}"
                          r"\bor\s+rent\w*",
    "not_indicated": r"\bnot\s+indicated\b|\bwrong\s+diagnosis\b|\bhomebound\b"
                     # "because he wasn't on opioids?" (a urine drug test); "because she has too many other health
                     # problems?" (a relative contraindication)
                     rf"|{_NOT}\s+(?:\w+\s+)?(?:on|taking|using|prescribed)\s+(?:any\s+)?(?:opioids?|opiates?|narcotics?|pain\s+(?:meds|medications?|pills))\b"
                     r"|\b(?:health|medical)\s+(?:problems?|conditions?|issues?)\b|\bcontraindicat\w*"
                     rf"|{_NOT}\s+have\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:diagnosis|condition|MS|multiple\s+sclerosis|"
                     r"spinal\s+cord|neuropath\w*|spasms?|arthritis|carpal|CTS|GI|stomach\s+(?:problems?|issues?|risk))\b"
                     # "because of no GI symptoms?", "since she had no stomach problems?": the risk a stomach protector is for
                     r"|\b(?:no|without(?:\s+any)?|lack\s+of)\s+(?:\w+\s+)?(?:GI|gastrointestinal|gastric|stomach|gut)\s+"
                     r"(?:symptoms?|problems?|issues?|risks?|complaints?|history|events?|upset|bleeds?|bleeding)\b",
    "already_done": r"\balready\s+(?:had|done|did|got|been|taking|on|using)\b|\bduplicate\b|\brepeat\w*\b",
    # "denied just because the surgery was?", "since the operation itself got turned down": an add-on of a
    # procedure not approved
    "primary_not_approved": r"\b(?:the\s+|his\s+|her\s+|my\s+)?(?:surgery|operation|procedure|primary\s+request)(?:\s+itself)?\s+"
                            r"(?:was|were|got|had\s+been|is|has\s+been)\b(?!\s+(?:approv|authori|okay|overturn|certif|done|"
                            r"performed|successful|scheduled)\w*)|\bno\s+surgery\b",
    # "already taking Mobic": another drug of the kind already taken, the need for this one not explained
    "no_rationale": r"\balready\s+(?:taking|on|using)\b|\bno\s+(?:clear\s+)?(?:reason|rationale|explanation)\b",
}.items()}
# a duration said before "not recommended": "long-term NSAIDs aren't recommended"
_LONG = re.compile(r"\b(?:long[- ]?term|longer\s+than|chronic(?:ally)?\s+(?:use|used|taking)|prolonged|indefinite\w*|forever)\b", I)
# a test or study not done first: imaging and EMG corroborate (findings); plain films come first
_NO_STUDY = re.compile(rf"(?:\b(?:no|without|before|missing|lack\s+of|absence\s+of)\s+(?:[\w-]+\s+(?:or|and|nor)\s+)?(?:an?\s+|any\s+)?|{_NOT}\s+(?:had|have|get|got|do|done)\s+(?:an?\s+|any\s+)?)"
                       r"(?:(?:recent|new|current|updated|prior|previous|repeat)\s+)?"
                       r"(?P<s>MRI|imaging|EMG|NCS|nerve\s+(?:test|study)|x-?rays?|plain\s+films?|films?)\b", I)
# ... or wanted first: "because they wanted an x-ray first?", "they wanted an MRI before the shot"
_STUDY_FIRST = re.compile(r"\b(?:want(?:ed|s)?|need(?:ed|s)?|requir(?:ed|es?)|ask(?:ed|s)?\s+for)\s+(?:to\s+see\s+)?(?:an?\s+|the\s+)?"
                          r"(?P<s>MRI|imaging|EMG|NCS|nerve\s+(?:test|study)|x-?rays?|plain\s+films?|films?)\s+(?:first|before)\b", I)
_UNSUPPORTED = re.compile(r"\b(?:imaging|MRI|EMG|x-?rays?|studies|tests?)\b[^.?;]{0,30}\b(?:back(?:ed)?\s+up|corroborat\w*|"
                          r"confirm\w*|support\w*|show\w*)\b|\bradiat(?:e|es|ed|ing)\b|\bradicul\w*|\bsciatica\b"
                          # "no radiation down her leg" is pain that travels; "because of radiation?" of an x-ray is its dose
                          r"|\bradiation\s+(?:down|into|to|in|of\s+(?:the\s+|her\s+|his\s+)?pain)\b", I)


# how a reviewer names each study an asker may say was missing: the asker's "no x-rays" is the
# conservative-care code, yet a reviewer who faulted the missing physical therapy gave no reason
# about x-rays, so the study must be named in the item's findings for the reason to be confirmed
_STUDY_NAMES: dict[str, re.Pattern[str]] = {
    "x-rays": re.compile(r"\bx-?rays?\b|\bradiograph\w*|\bplain\s+films?\b|\bfilms?\b", I),
    "an MRI": re.compile(r"\bMRIs?\b|\bmagnetic\s+resonance\b|\bimaging\b", I),
    "an EMG": re.compile(r"\bEMG|\bNCS\b|\bNCV\b|\belectrodiagnostic\w*|\belectromyogra\w*|\bnerve\s+conduction\b"
                         r"|\bnerve\s+(?:tests?|stud(?:y|ies))\b", I),
    # ... and the care not tried first: "because she didn't do therapy first?" of a reviewer who faulted
    # the missing plain films is no reason given
    # ... or the medication: "because she never tried tylenol?" of a reviewer who faulted first-line medications not tried
    "other medication": re.compile(r"\bmedicat\w*|\bmedicines?\b|\bfirst[- ]line\b|\bdrugs?\b|\bpills?\b|\bNSAIDs?\b"
                                   r"|\banti-?inflammator\w*|\bacetaminophen\b|\bTylenol\b|\banalgesic\w*|\brelaxants?\b"
                                   r"|\bover-the-?\s*counter\b|\bOTC\b|\bsleep\s+aids?\b|\bopioids?\b|\bantidepressants?\b"
                                   r"|\banti-?(?:epilep|convuls)\w*", I),
    "therapy": re.compile(r"\bPT\b|\bphysical\s+therap\w*|\btherap(?:y|ies)\b|\bphysiotherap\w*|\brehab\w*|\bexercis\w*"
                          r"|\bconservative\b|\bfirst[- ]line\b", I),
}
# the care an asker says was not tried first ("didn't do therapy first", "never tried PT", "no PT")
_NO_CARE = re.compile(rf"{_NOT}\s+(?:try|tried|do|did|done|had|have|get|got|go\s+to|gone\s+to|finish\w*|complet\w*)\s+"
                      r"(?:\w+\s+){0,2}?(?P<s>PT|physical\s+therapy|therapy|physio\w*|exercises?)\b"
                      r"|\bno\s+(?P<s2>PT|physical\s+therapy|therapy|physio\w*)\b", I)


# a treatment said not tried: "because she never tried tylenol?", "he didn't take any ibuprofen", "never had chiro"
_NOT_TRIED = re.compile(rf"{_NOT}\s+(?:ever\s+)?(?:try|tried|take|taken|took|use|used|had|been\s+(?:on|given)|get|got|do|did|done)\s+"
                        r"(?P<r>[^?.;,]*)", I)


# care said tried, no negation: "she had tried other meds before", "he already did PT", "had been through therapy"
_TRIED = re.compile(r"\b(?:had|has|have|already|previously|did)\s+(?:already\s+|previously\s+)?(?:tried|failed|done|gone\s+through|"
                    r"been\s+through|completed|finished)\b", I)


def _untried(clause: str) -> list[tuple[str, str]]:
    """The treatments (set, word) a reason clause says were not tried ("never tried tylenol": the Tylenol, its drug
    having no set of its own read as a medication)."""
    if not (m := _NOT_TRIED.search(clause)):
        return []
    said = m.group("r")
    # (a study not had is read as one: "hadn't had an MRI yet" lacks findings, _NO_STUDY)
    studies = {w for t, w in find_treatments(said) if t in ("imaging", "nerve_study")}
    return [*((t, w) for t, w in find_treatments(said) if w not in studies),
            *(("medication", w) for w, _at in unsetted_mentions(said))]


def asked_studies(text: str) -> tuple[str, ...]:
    """The studies a reason clause of `text` says were missing ("denied because no x-rays?"), as
    _STUDY_NAMES's keys, in the order named."""
    named: list[str] = []
    for m in _CLAUSE.finditer(text):
        clause = m.group("x") or m.group("y") or m.group("t") or m.group("b") or ""
        for study in sorted([*_NO_STUDY.finditer(clause), *_STUDY_FIRST.finditer(clause)], key=lambda f: f.start()):
            key = next(k for k, rx in _STUDY_NAMES.items() if rx.search(study.group("s")))
            if key not in named:
                named.append(key)
        if _NO_CARE.search(clause) and "therapy" not in named:
            named.append("therapy")
        if any(t == "medication" for t, _w in _untried(clause)) and "other medication" not in named:
            named.append("other medication")
    return tuple(named)


def besides_studies(text: str) -> frozenset[str]:
    """The codes the reason clauses of `text` offer in words other than a missing study ("because no PT or
    x-rays?": the lack of PT's)."""
    for rx in (_NO_STUDY, _STUDY_FIRST):  # the study's own words blanked, "no PT or" kept
        for m in list(rx.finditer(text)):
            text = text[:m.start("s")] + " " * (m.end("s") - m.start("s")) + text[m.end("s"):]
    for m in list(_NO_CARE.finditer(text)):  # ... and the care said not tried ("didn't do therapy first")
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return asked_reasons(text)


# a clause that names only another request (and its denial): "because of the naproxen", "because the surgery was denied"
_NOT_A_VERB = r"(?!(?:was|were|is|are|got|had|has|have|been)\b)"
_OTHER_ONE = re.compile(rf"^\s*(?:of\s+)?(?:the|his|her|my|their)\s+(?:{_NOT_A_VERB}[\w/-]+\s+){{0,2}}?{_NOT_A_VERB}[\w/-]+\s*"
                        r"(?:(?:was|got|had\s+been|were)(?:\s+(?:denied|turned\s+down|rejected|refused|not\s+approved))?\s*)?$",
                        re.IGNORECASE)
_DENIED_AFTER = re.compile(r"\s*(?:(?:was|got|had\s+been|were)(?:\s+(?:denied|turned\s+down|rejected|refused|not\s+approved))?)?"
                           r"[\s?.!]*$", re.IGNORECASE)


def _other_request(clause: str) -> bool:
    """Whether a reason clause names only another request, and perhaps its denial: "of the naproxen", "the naproxen
    was denied", "the naproxen was" (not "the PT helped", "her MRI was normal": a finding of it)."""
    if not _OTHER_ONE.match(clause) or _APPROVED_WORD.search(clause):
        return False
    return any(_DENIED_AFTER.fullmatch(clause, m.end()) for m in
               (re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clause, re.IGNORECASE) for _t, w in find_treatments(clause)) if m)


_APPROVED_WORD = re.compile(r"\b(?:approv|authori[sz]|overturn|okay|certif|grant)\w*", re.IGNORECASE)
# ... and for an approval's: "approved because it helped?", "because she got better?"
_HELPED = re.compile(r"\b(?:help(?:ed|s|ing)?|work(?:ed|s|ing)|improv\w*|(?:got|gett?ing|doing|did|feel(?:s|ing)?|felt)\s+better)\b", I)


# care the patient has, said to be working: "physical therapy was helping", "the meds are working"
_CARE_HELPING = re.compile(r"\b(?:PT|physical\s+therapy|therapy|physio\w*|conservative\s+(?:care|treatment)|treatment|meds?|"
                           r"medications?|chiro\w*|acupuncture|exercises?|injections?)\s+(?:(?:was|were|is|are|has\s+been|"
                           r"had\s+been)\s+)?(?:already\s+|still\s+|really\s+)?(?:help(?:ed|s|ing)?|work(?:ed|s|ing)|improv\w*)\b", I)
# a denial the reason is offered for, said just before it: "denied because", "which did that sink"
_DENIED_BEFORE = re.compile(r"\b(?:denied|deny|denies|upheld|uphold|turned?\s+down|rejected|refused|non-?cert\w*|"
                            r"not\s+(?:approved|authori[sz]ed|certified)|sunk|sink)\b", I)


def _treatment_keys(text: str) -> set[str]:
    """The treatments `text` names, by their narrowest sets, and the drugs of no set by their words."""
    return ({t for t, _w in find_treatments(text) if t not in GROUPS}
            | {w.lower() for w, _at in unsetted_mentions(text)})


def _other_care(clause: str, text: str, span: tuple[int, int]) -> bool:
    """Whether the reason `clause` (at `span` of `text`) names a treatment and the rest of `text` names others, none
    of them the clause's: "the tylenol didnt work" offered for the naproxen is of another care."""
    inside = _treatment_keys(clause)
    outside = _treatment_keys(text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:])
    return bool(inside) and bool(outside) and not inside & outside


# a reviewer's finding told, then asked to confirm: "the reviewer said ... Is that why it was refused?"
_IS_THAT_WHY = re.compile(r"\b(?:is|was)\s+that\s+(?:why|the\s+reason)\b", I)


# a treatment's effect denied in general, in the present and of no one: "they don't work", "shots don't really help",
# "it doesn't work" (not "it doesn't help her", "they don't work for him": the patient's response), or its evidence
_NO_EFFECT = re.compile(r"\b(?:they|it|these|those|(?:the\s+)?[\w-]+s)\s+(?:do\s*n[o'’]?t|does\s*n[o'’]?t)\s+(?:really\s+|even\s+|actually\s+)?"
                        r"(?:work|help)\b(?!\s+(?:for\s+|on\s+)?(?:him|her|me|them|us|my|his|their|the\s+(?:patient|worker|claimant)|anyone)\b)"
                        r"|\bno\s+(?:proof|evidence)\s+(?:that\s+)?(?:[\w-]+\s+){0,2}(?:works?|helps?|(?:is|are)\s+effective)\b"
                        r"|\b(?:not|n['’]t)\s+(?:proven|shown)\s+to\s+(?:work|help)\b|\bineffective\b|\bunproven\b", I)


def asked_reasons(text: str, told: bool = False) -> frozenset[str]:
    """The codes the reason clauses of `text` name (empty when it offers no reason). A finding told
    as the reviewer's ("The reviewer noted PT was helping her. Which of her requests did that
    sink?") offers one when `told` (it picks the item: service.flows.chosen.by_reason), or when the
    question asks whether it was the reason ("... Is that why the rest was refused?"); else it is
    what the asker read, not a reason to confirm ("A reviewer wrote '...' Whose request was that?")."""
    found: set[str] = set()
    for m in _CLAUSE.finditer(text):
        # (a finding asked of as the reviewer's, "did the reviewer say ...", offers it)
        if m.group("z") and not (told or _IS_THAT_WHY.search(text) or (_SAY_ASKED.search(m.group(0)) and (
                _WHICH_LIST.match(text) or _DID_SAY.search(text)))):
            continue
        clause = m.group("x") or m.group("y") or m.group("t") or m.group("b") or m.group("z") or m.group("w") or ""
        before = text[max(0, m.start() - 80):m.start()] if not m.group("z") else text  # the reviewer's: what it did
        named = {code for code, rx in _WORDS.items() if rx.search(clause)}
        if "not_recommended" in named and (m_ := _WORDS["not_recommended"].search(clause)) and _LONG.search(clause[:m_.start()]):
            # "because long-term NSAIDs aren't recommended?": the duration, not the treatment (as indexer.reasons reads
            # the reviewer's "Long term use is not recommended")
            named = (named - {"not_recommended"}) | {"exceeds_guideline"}
        if _NO_EFFECT.search(clause):
            # "because they don't work?", "because facet injections don't help?": the treatment's effect in general, what
            # the guideline weighs, not this patient's response to it ("because it didn't help her")
            named = (named - {"no_functional_improvement"}) | {"not_recommended"}
        if study := _NO_STUDY.search(clause) or _STUDY_FIRST.search(clause):  # "hadn't had an MRI yet", "wanted an x-ray first"
            plain = re.match(r"x-?rays?|plain|films?", study.group("s"), I)
            named.add("conservative_care_not_tried" if plain else "no_objective_findings")
        if _untried(clause):  # "because she never tried tylenol?": care not tried first
            named.add("conservative_care_not_tried")
        elif "conservative_care_not_tried" in named and _TRIED.search(clause) and not re.search(_NOT, clause, I):
            # "had she tried other meds before?", "because she had already tried PT?": care tried, said so (its failure,
            # the opposite of none tried)
            named = (named - {"conservative_care_not_tried"}) | {"conservative_care_failed"}
        if not m.group("y") and not m.group("t") and _other_request(clause):
            # "was the pantoprazole denied because of the naproxen?", "... because the naproxen was denied?": the other
            # request it went with, not approved
            named.add("primary_not_approved")
        if _UNSUPPORTED.search(clause):  # "nothing on imaging backed up the radiculopathy", "pain radiating down"
            named.add("no_objective_findings")
        if "no_functional_improvement" in named and _other_care(clause, text, m.span()):
            # "was the naproxen denied because the tylenol didnt work?": other care tried and failed, no lack of
            # improvement from the thing asked
            named = (named - {"no_functional_improvement"}) | {"conservative_care_failed"}
        if "no_functional_improvement" not in named and _HELPED.search(clause) and not _EMPLOYED.search(clause):
            if _CARE_HELPING.search(clause) and _DENIED_BEFORE.search(before):
                # "denied because physical therapy was helping?": the care already given works, so
                # the request was not shown to follow care that failed
                named.add("conservative_care_not_tried")
            else:
                named.add("functional_improvement_documented")
        found |= named
    return frozenset(found)


# the outcome a reason was offered for was not the outcome: "was his neck MRI denied because there
# were no neuro findings?" of an MRI IMR approved
_NOT_THAT_OUTCOME = {
    "Upheld": "No: IMR did not approve it (the denial was upheld), so that was no reason for an approval.",
    "Overturned": "No: IMR approved it (overturned), so that was no reason for a denial.",
}


def confirmation(asked: frozenset[str], item: Item, claimed: str | None = None, corrected: bool = False,
                 studies: tuple[str, ...] = (), text: str = "", besides: frozenset[str] = frozenset(),
                 mark: Callable[[tuple[Span, ...]], int] | None = None) -> str:
    """What to say first about the reason asked: '' when none is asked or the item has no reason
    codes to compare with. `claimed`: the outcome the question offers the reason for ("denied
    because ...?"); another than the item's is said first, unless the answer corrects it already
    (`corrected`: "IMR approved it: ... was approved (overturned: authorised) [1]."). `studies`: the studies the question says
    were missing (asked_studies), each of which the item's findings must name, read in `text` (the
    letter's; the whole rationale when not given). `besides`: the codes the question offers in words
    other than its studies (besides_studies). `mark`: cites one of the finding sentences it is given; a reason
    confirmed cites one behind it ("Yes, the reviewer gave that reason [1].")."""
    from indexer.reasons import CODES

    if not asked:
        return ""
    if claimed and claimed != item.decision:
        return "" if corrected else _NOT_THAT_OUTCOME[item.decision]
    if not claimed and item.decision == "Overturned" and all(c in CODES and CODES[c].polarity == "denial" for c in asked):
        return APPROVED_NO_REASON  # "was it too many visits?" of an approval: nothing to have that reason
    if not item.reasons:
        return ""
    # "approved because of red flags?": the approval code paired with the denial code the words name (the
    # asker's words name the topic); not a denial's paired with an approval's, the opposite reason offered:
    # "denied because he was doing better?" of a denial for no documented improvement
    wanted = _wanted(asked)
    if opposite := opposite_reason(asked, item):
        return f"{OPPOSITE} ({CODES[opposite.code].label.lower()})."
    if given := [r.code for r in item.reasons if r.code in wanted]:
        spans = next(r.spans for r in item.reasons if r.code == given[0])
        if unnamed := [s for s in studies if not _STUDY_NAMES[s].search(_findings_text(item, text))]:
            if kept := [c for c in given if c in besides] or (given if len(unnamed) < len(studies) else []):
                # "because no PT or x-rays?": the lack of PT the reviewer faulted, the x-rays not
                spans = next(r.spans for r in item.reasons if r.code == kept[0])
                return (f"Partly: the reviewer gave that reason ({CODES[kept[0]].label.lower()})"
                        f"{f' [{mark(spans)}]' if mark and spans else ''}, but does not fault a lack of {' or '.join(unnamed)}.")
            return f"That is not a reason the reviewer gave (the reviewer does not fault a lack of {' or '.join(unnamed)})."
        cited = f" [{mark(spans)}]" if mark and spans else ""  # (cited only when said)
        if given[0] == item.reasons[0].code:  # the lead's reason too
            return f"Yes, the reviewer gave that reason{cited}."
        return f"Yes, the reviewer gave that reason ({CODES[given[0]].label.lower()}){cited}, beside another."
    return NOT_GIVEN


def _wanted(asked: frozenset[str]) -> set[str]:
    from indexer.reasons import CODES

    return asked | {CODES[c].pairs for c in asked if c in CODES and CODES[c].pairs and CODES[c].polarity == "denial"}


def opposite_reason(asked: frozenset[str], item: Item) -> Reason | None:
    """The item's reason that is the opposite of one offered ("was he getting better on it?" of a denial for no documented
    functional improvement), when it gives none of those offered; else None."""
    from indexer.reasons import CODES

    wanted = _wanted(asked)
    opposite = [r for r in item.reasons if r.code in {CODES[c].pairs for c in asked if c in CODES
                                                      and CODES[c].polarity == "approval"} - wanted]
    return opposite[0] if opposite and not any(r.code in wanted for r in item.reasons) else None


def asks_finding(text: str) -> bool:
    """Whether the question asks what the reviewer found, yes or no ("did the reviewer say he was getting better on
    it?"), not a reason offered for the decision ("was it denied because he wasn't getting better?")."""
    return bool(_DID_SAY.search(text)) and not _BECAUSE.search(text)


_BECAUSE = re.compile(r"\b(?:because|'?cause|cuz|coz|bc|b/c|due\s+to|for\s+(?:lack|want)\s+of|on\s+account\s+of|owing\s+to|"
                      r"reason)\b", I)
OPPOSITE = "Not for that reason: the reviewer gave the opposite one"
NOT_GIVEN = "That is not a reason the reviewer gave."
# ... a reason against it offered of an approval, no outcome claimed ("was it too many visits?" of approved PT)
APPROVED_NO_REASON = "No: IMR approved it (overturned), so it had no such reason against it."
# ... said before the decision of a reason no reason code reads and the reviewer's sentences do not name
NOT_SAID = "No, the reviewer did not give that reason:"
# reasons an asker offers that are no judgment of medical necessity, as the asker says them and as a reviewer
# would, if ever the letter touches them ("efficacy diminishes over time and may lead to dependence"; "over age 40")
_NOT_OF_NECESSITY: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple((re.compile(a, I), re.compile(r, I)) for a, r in (
    # "is it because they think she's an addict?"
    (r"\baddict\w*|\bjunkie\b|\bdrug[- ]seek\w*|\bhooked\b|\bdependen\w*|\b(?:mis)?us(?:e|ing)\s+(?:drugs|pills)\b|\babus\w*",
     r"\baddict\w*|\babus\w*|\bmisuse\b|\baberrant\b|\bdependen\w*|\bdiversion\b"),
    # "because they think she's faking it?", "because he's lying?"
    (r"\bfak(?:e|es|ed|ing)\b|\blying\b|\bliars?\b|\bmalinger\w*|\bexaggerat\w*|\bmaking\s+it\s+up\b|\bpretend\w*",
     r"\bmalinger\w*|\bexaggerat\w*|\bsecondary\s+gain\b|\bsymptom\s+magnif\w*|\binconsistent\s+effort\b"),
    # "because of his age?", "because she's too old?"
    (r"\b(?:his|her|their|my|the\s+patient['’]?s)\s+age\b|\btoo\s+(?:old|young)\b",
     r"\bage\b|\byears?\s+of\s+age\b|\belderly\b"),
    # "were the x-rays denied because of radiation?": the dose of an imaging study, not pain that radiates
    (r"\bradiation\b(?!\s+(?:down|into|to|in|of\s+(?:the\s+|her\s+|his\s+)?pain)\b)|\bexposure\b",
     r"\bradiation\s+(?:exposure|dose)|\bionizing\b|\bexposure\s+to\s+radiation\b"),
    # "because they're not FDA approved?", "because it's off-label?": the drug's standing with the FDA, unless the
    # letter speaks of it (some reviewers fault a compound's missing FDA approval)
    (r"\bFDA\b|\boff[- ]label\b", r"\bFDA\b|\bFood\s+and\s+Drug\s+Administration\b|\boff[- ]label\b"),
    # "because it costs too much?", "to save money?"
    (r"\bcosts?\b|\bmoney\b|\bexpensive\b|\bpric(?:e|ey|y)\b|\bcheap\w*",
     r"\bcost\w*|\bexpens\w*|\bpric(?:e|es|ing)\b"),
))


def not_of_necessity(text: str, item: Item) -> str:
    """ "That is not a reason the reviewer gave." when a reason clause of `text` offers one that judges no
    medical necessity ("is it because they think she's an addict?", "because of his age?") and the
    item's rationale says nothing of it; else '' (the letter touches it: its own words answer)."""
    for m in _CLAUSE.finditer(text):
        clause = m.group("x") or m.group("y") or m.group("t") or m.group("b") or ""
        offered = [said for asker, said in _NOT_OF_NECESSITY if asker.search(clause)]
        if offered and not any(said.search(item.rationale) for said in offered):
            return "That is not a reason the reviewer gave."
    return ""


def _findings_text(item: Item, text: str) -> str:
    """The item's sentences about this patient, read in the letter `text` (all but the guideline's and
    the closing formula: "there was a lack of imaging studies" may be left unlabelled as a finding);
    its whole rationale without `text`."""
    if not text or not item.sentences:
        return item.rationale
    return " ".join(text[a:b] for a, b in (s.span for s in item.sentences if s.role not in ("guideline", "conclusion")))


def reason_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses of `text` that offer a reason ("because they wanted an x-ray first"),
    their opening word included: what they name is the reason offered, not a request asked about."""
    return [m.span() for m in _CLAUSE.finditer(text) if m.group("x") is not None or m.group("b") is not None
            # ... "was it the missing x-ray?": the study missing, offered as the reason
            or m.group("y") is not None and re.match(r"(?:the|a)\s+(?:missing|lack|absence)\b", m.group("y"), I)]

# the words of an offered reason that name nothing in particular: "because of the fracture?" names "fracture"
_PLAIN = frozenset("""the a an of his her their my its it was were is are be been being he she they there that this
    because cause cuz coz due to for on account owing lack want not no any some had has have did does do with from in at by
    and or but so just only really all got get gets getting been patient worker claimant request imr reviewer
    hes shes theyre hadnt didnt wasnt werent isnt doesnt dont cant can could able still already too doing having going
    being him them anything something nothing much very wasn hadn didn isn doesn don weren aren haven hasn couldn wouldn won
    problem issue trouble basis reason reasons reasoning grounds rationale""".split())
# how long it has lasted, said in the asker's own measure ("for a couple of years" of "for 2 years"): not matched
_HOW_LONG = frozenset("couple few several many long time ago year years month months week weeks day days"
                      " right correct true yes okay".split())  # ... nor the asking of a confirmation ("..., right?")


# the reviewer's words for the asker's lay ones: "radiating arm pain" is pain "radiating in the right upper extremity"
_LAY_WORDS = {"arm": ("upper", "extremity"), "arms": ("upper", "extremity"), "leg": ("lower", "extremity"),
              "legs": ("lower", "extremity"), "numbness": ("sensation", "sensory", "paresthesia", "hypoesthesia"),
              "numb": ("sensation", "sensory", "paresthesia", "hypoesthesia"), "tingling": ("paresthesia", "sensation"),
              "home": ("independently", "self-directed"), "pt": ("physical", "therapy"),
              "pills": ("oral", "medicat", "capsul", "tablet"), "pill": ("oral", "medicat", "capsul", "tablet"),
              "swallow": ("oral", "capsul", "tablet"), "normal": ("intact", "unremarkable"),
              "working": ("respond", "helping", "benefit", "improv"), "helping": ("respond", "benefit", "improv"), "meds": ("medicat",), "shot": ("inject",), "shots": ("inject",),
              "surgery": ("surgical", "operat"), "operation": ("surgery", "surgical"), "appointments": ("visit",),
              # ... and the verb's other forms the prefix does not reach: "because of the fall?" by "... fainted and fell"
              "fall": ("fell",), "fell": ("fall",), "broke": ("broken", "fractur"), "broken": ("broke", "fractur"),
              # "because no surgery was planned?": "absent ... clear indications for surgery", "not a surgical candidate"
              **{plan: ("indicat", "consider", "candidat", "contempl", "intend", "propos", "schedul")
                 for plan in ("plan", "plans", "planned", "planning")}}


# the patient at work: "because he was still working?", "since she's working full time" (a job, not care that works)
_EMPLOYED = re.compile(r"\b(?:he|she|they|I|we)\s*(?:is|was|were|am|are|['’]s|['’]re|['’]m)\s+(?:still\s+|back\s+)?working\b"
                       r"(?!\s+(?:for|on)\s+(?:him|her|them|me|us)\b)", I)


def named_in_findings(text: str, item: Item, letter_text: str) -> tuple[int, int] | None:
    """The span of the item's first finding sentence (in `letter_text`) that names every content word of the reason
    the question offers and no reason code reads ("did the 24 year old's CT get overturned because of the
    fracture?": "Plain film radiographs revealed abnormality with appearance of C2 fracture."), else None. A
    word matches a word of the sentence that starts with its first five letters ("fractured", "fractures")."""
    words = _offered_words(text)
    if not words or len(words) > 4 or not item.sentences:
        return None
    lay = dict(_LAY_WORDS)
    if _EMPLOYED.search(text):  # "because he was still working?": at his job, not the care working ("benefit")
        lay["working"] = ("employ", "duty", "job")
    negated = any(_LACK_SAID.search(text[a:b]) for a, b in reason_clauses(text))
    # ... a finding first, else the patient's history the reviewer tells ("it is documented that this individual has
    # had carpal tunnel symptoms for 2 years")
    for role in ("finding", "history"):
        best: tuple[int, tuple[int, int]] | None = None
        for sentence in item.sentences:
            if sentence.role != role:
                continue
            said = re.findall(r"[a-z]+", letter_text[sentence.span[0]:sentence.span[1]].lower())
            # (a lack said as one: "because she's not having surgery?" by "no documentation ... undergoing surgical
            # intervention", not by "she had surgery in 2015")
            if negated and not _LACK_SAID.search(letter_text[sentence.span[0]:sentence.span[1]]):
                continue
            # (nor a thing the patient had by a sentence that says it lacking: "because she'd already had an MRI?" is
            # not named by "there was no documentation of an MRI being performed": said_lacking)
            if not negated and said_lacking(words, letter_text[sentence.span[0]:sentence.span[1]], lay):
                continue
            if all(any(w.startswith(alt[:5]) for w in said for alt in (word, *lay.get(word, ()))) for word in words):
                # (the one naming most of the reviewer's words for them: "because she can swallow pills?" by "... not
                # able to utilize oral capsules or tablets", not "... a prescription for oral suspension Deprizine")
                named = sum(any(w.startswith(alt[:5]) for w in said) for word in words
                            for alt in (word, *lay.get(word, ())))
                if best is None or named > best[0]:
                    best = (named, sentence.span)
        if best is not None:
            return best[1]
    return None


# a lack said just before the thing lacked: "no documentation of an MRI being performed", "without any x-rays", "lack
# of physical therapy notes", "not been tried"
_LACK_BEFORE = re.compile(r"\b(?:no|not|never|without|lack(?:ed|s|ing)?|absen\w*|none|nor|neither|fail\w*\s+to\s+document)"
                          r"(?:\s+[a-z-]+){0,5}?\s*$", I)


# ... twice over, which says it had: "lack of clinical documentation indicating the patient was not able to utilize oral
# capsules" (she can take pills)
_DOUBLE_LACK = re.compile(r"\b(?:no|not|never|without|lack\w*|absen\w*|fail\w*)\b(?:\s+[a-z-]+){0,8}?\s+"
                          r"(?:no|not|never|without|lack\w*|absen\w*|un\w*able|fail\w*)\b(?:\s+[a-z-]+){0,5}?\s*$", I)


def said_lacking(words: list[str], sentence: str, lay: dict[str, tuple[str, ...]] | None = None) -> bool:
    """Whether `sentence` says each of the offered `words` (or their lay equivalents) lacking: a lack word no more than
    five words before a place that names it ("MRI scans are generally recommended ... and there was no documentation of
    an MRI being performed")."""
    lay = lay if lay is not None else dict(_LAY_WORDS)
    low = sentence.lower()
    found = False
    for word in words:
        starts = [m.start() for alt in (word, *lay.get(word, ())) for m in re.finditer(rf"\b{re.escape(alt[:5])}", low)]
        if not starts:
            return False
        if not any(_LACK_BEFORE.search(low[:at]) and not _DOUBLE_LACK.search(low[:at]) for at in starts):
            return False
        found = True
    return found


def contradicted_in_findings(text: str, item: Item, letter_text: str) -> tuple[int, int] | None:
    """The span of the item's first finding sentence that says lacking the thing `text` offers as the patient's
    ("was the CT denied because she'd already had an MRI?": "... there was no documentation of an MRI being
    performed."), when the offer is not itself a lack; else None."""
    words = _offered_words(text)
    if not words or len(words) > 4 or any(_NEGATED_OFFER.search(text[a:b]) for a, b in reason_clauses(text)):
        return None
    return next((s.span for s in item.sentences if s.role == "finding"
                 and said_lacking(words, letter_text[s.span[0]:s.span[1]])), None)


def _offered_words(text: str) -> list[str]:
    """The content words of the reasons `text` offers ("because she missed appointments": missed, appointments); the
    asker's short lay words the reviewer says otherwise ("PT") kept."""
    return [w for a, b in reason_clauses(text) for w in re.findall(r"[a-z]+", text[a:b].lower())
            if w not in _PLAIN and w not in _HOW_LONG and (len(w) > 2 or w in _LAY_WORDS)]


def absent_from_rationale(text: str, item: Item, letter_text: str) -> bool:
    """Whether no content word of the reason `text` offers is in any of the item's sentences but the guideline's
    ("because she missed appointments?" of a PT denial for no documented benefit; "because she's over 40?" of a
    shoulder MRI whose guideline names age 40 as an indication): the reviewer did not give it. False when it offers
    none, or the item has no sentences."""
    words = _offered_words(text)
    if not words or not item.sentences:
        return False
    said = re.findall(r"[a-z]+", " ".join(letter_text[s.span[0]:s.span[1]] for s in item.sentences
                                          if s.role != "guideline").lower())
    return not any(w.startswith(alt[:5]) for w in said for word in words for alt in (word, *_LAY_WORDS.get(word, ())))


# a lack said, by the asker or a finding ("wasn't in a PT program", "lack of documentation ..."; not "normal": "his
# reflexes were normal" is named by "reflexes and strength are intact")
_LACK_SAID = re.compile(r"\b(?:no|not|never|without|lack\w*|absen\w*|none|nothing)\b|n['’]t\b"
                        r"|\b(?:was|were|is|are|did|does|do|had|has|have|ca|wo)nt\b", I)
_NEGATED_OFFER = re.compile(r"\b(?:no|not|never|without|lack\w*|absen\w*|none|nothing|normal|negative)\b|n['’]t\b"
                            r"|\b(?:was|were|is|are|did|does|do|had|has|have|ca|wo)nt\b", I)


def found_as_offered(text: str, item: Item, letter_text: str) -> tuple[int, int] | None:
    """The span of the item's finding sentence that names the reason `text` offers as a thing the patient has, said
    plainly ("facet injections upheld - because he has radicular symptoms?": "The applicant's superimposed radicular
    symptoms and ..."), when no reason code of the item matched it; None when the offer is negated ("because he had no
    radicular symptoms?"), which a sentence naming the same words would contradict."""
    if any(_NEGATED_OFFER.search(text[a:b]) for a, b in reason_clauses(text)):
        return None
    return named_in_findings(text, item, letter_text)


# a reason offered about timing: "denied because it was too late?", "too long after the fall", "too soon after the
# injury", "because of the delay"
_TIMING_OFFERED = re.compile(r"\btoo\s+(?:late|early|soon|long|old|recent|quickly|fast)\b|\b(?:timing|untimely|late|delay\w*|"
                             r"deadline|time\s+limits?|waited\s+too\s+long)\b", re.IGNORECASE)
# ... and a finding that tells the time since the injury or the request: "the injury is about 20 days old", "3 months
# after the injury", "within 2 weeks"
_TIMING_FOUND = re.compile(r"\b\d+\s*(?:-\s*)?(?:days?|weeks?|months?|years?)\s+(?:old|ago|after|since|post|from\s+the\s+"
                           r"(?:injury|accident|fall|incident))\b|\bwithin\s+(?:the\s+(?:first\s+)?)?\d+\s*(?:days?|weeks?|months?)\b",
                           re.IGNORECASE)


def timing_offered(text: str) -> bool:
    """Whether a reason the question offers is about timing ("was it denied because it was too late?")."""
    return any(_TIMING_OFFERED.search(text[a:b]) for a, b in reason_clauses(text))


def timing_in_findings(item: Item, letter_text: str) -> tuple[int, int] | None:
    """The span of the item's first finding (else history) sentence that tells a time since the injury or the
    request ("The medical records reveal the injury is about 20 days old, ..."), else None."""
    for role in ("finding", "history"):
        for sentence in item.sentences:
            if sentence.role == role and _TIMING_FOUND.search(letter_text[sentence.span[0]:sentence.span[1]]):
                return sentence.span
    return None

