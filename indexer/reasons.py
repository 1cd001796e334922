"""The reason taxonomy: why a disputed item was denied or approved, in a few normalised codes.

`CODES` (below) is the taxonomy: each code's label, polarity ("denial" for Upheld items,
"approval" for Overturned ones), description and the code of the opposite polarity it pairs
with; `markdown_table()` prints it for the README.

Rules: `code_reasons(letter, item)` reads the item's sentences with their roles (indexer.roles);
an Upheld item gets denial codes, an Overturned item approval codes.
- A code applies when one of its cue patterns (general reviewer language, `_RULES`) matches a
  `finding` sentence; its spans are every finding sentence that matches. Approval cues count only
  in a sentence with no negation outside the cue ("there was no documented improvement" is no
  approval).
- The codes the guideline alone can give (`not_recommended`, `exceeds_guideline`) also apply when
  only a `guideline` sentence says so, and then cite that sentence; `not_recommended` from a
  guideline sentence needs the sentence to name the requested treatment (or "this procedure").
- A finding about another body region than the item's ("there are no neck complaints" for a
  lumbar item) gives the item no code; functional improvement is no criterion for a diagnostic
  test (imaging, electrodiagnostics); a prior treatment named with its outcome ("6 prior sessions
  with no documented improvement") is about the outcome, not a repeat.
- Conclusions and history (the UR's own reasons) never give a code.
"""

from __future__ import annotations

import re

import msgspec

from indexer.model import Item, Letter, Reason, Sentence
from indexer.sentences import normalise


class Code(msgspec.Struct, frozen=True):
    label: str
    polarity: str  # "denial" | "approval"
    description: str
    pairs: str = ""  # the code of the opposite polarity, where one makes sense


CODES: dict[str, Code] = {
    "no_functional_improvement": Code(
        "No documented functional improvement", "denial",
        "no objective functional improvement, pain relief or other response to the same or a prior treatment",
        "functional_improvement_documented"),
    "no_objective_findings": Code(
        "No objective findings or red flags", "denial",
        "no objective examination or imaging findings, red flags, neurological deficit or surgical plan that the "
        "guideline asks for", "objective_findings_documented"),
    "conservative_care_not_tried": Code(
        "Conservative care not tried or failed", "denial",
        "conservative or first-line care (or a first-line test such as plain films) not tried, not completed, still "
        "helping, or its failure not documented", "conservative_care_failed"),
    "not_recommended": Code(
        "Not recommended by the guideline", "denial",
        "the guideline does not recommend the treatment, its form (a compound, an ointment) or its use for this body "
        "part or phase of care"),
    "exceeds_guideline": Code(
        "Beyond the guideline's quantity or duration", "denial",
        "the number of visits, the quantity, the frequency or the duration (use so far included) goes beyond the "
        "guideline", "within_guideline_limits"),
    "incomplete_request": Code(
        "Incomplete request", "denial",
        "the request does not state the dose, quantity, frequency, duration, body part, procedure, rental or purchase, "
        "or provider"),
    "opioid_monitoring": Code(
        "Opioid monitoring not documented", "denial",
        "urine drug screens, the 4 A's, a pain agreement or a risk assessment are not documented",
        "monitoring_documented"),
    "not_indicated": Code(
        "Not indicated for the diagnosis", "denial",
        "the documented diagnosis or condition is not one the treatment is for (no neuropathic pain, no spasm, not on "
        "opioids)", "indicated_for_diagnosis"),
    "no_rationale": Code(
        "No clear rationale", "denial",
        "the records do not explain why this treatment, or this form of it, is needed", "rationale_documented"),
    "already_done": Code(
        "Duplicate or repeat", "denial",
        "the study was already done, or the care is already authorised or under way, with no change that calls for more"),
    "primary_not_approved": Code(
        "Primary request not approved", "denial",
        "the item depends on a request (a surgery, the drug it protects against) that was not approved"),
    "functional_improvement_documented": Code(
        "Functional improvement documented", "approval",
        "the records show improvement in function or pain with the prior treatment", "no_functional_improvement"),
    "objective_findings_documented": Code(
        "Objective findings documented", "approval",
        "the records show the findings, red flags or neurological deficit the guideline asks for", "no_objective_findings"),
    "conservative_care_failed": Code(
        "Conservative care failed", "approval",
        "symptoms persist after conservative care, or it was tried without success", "conservative_care_not_tried"),
    "within_guideline_limits": Code(
        "Within the guideline's limits", "approval",
        "a first-time request or an initial trial within the guideline's quantity and duration", "exceeds_guideline"),
    "monitoring_documented": Code(
        "Monitoring documented", "approval",
        "urine drug screens, the 4 A's or a pain agreement are documented", "opioid_monitoring"),
    "indicated_for_diagnosis": Code(
        "Indicated for the diagnosis", "approval",
        "the guideline recommends the treatment for the documented condition or phase of care", "not_indicated"),
    "rationale_documented": Code(
        "Rationale documented", "approval", "the provider explained why the treatment is needed", "no_rationale"),
}  # fmt: skip


def markdown_table() -> str:
    """The taxonomy as a Markdown table (for the README)."""
    rows = ["| code | polarity | label | what the reviewer found |", "|---|---|---|---|"]
    rows += [f"| `{code}` | {c.polarity} | {c.label} | {c.description} |" for code, c in CODES.items()]
    return "\n".join(rows)


GUIDELINE_CODES = ("not_recommended", "exceeds_guideline")

I = re.IGNORECASE
_NEG = r"(?:no|not|lack(?:s|ed|ing)?(?: of)?|without|absen(?:ce|t)(?: of)?|fail(?:s|ed)? to|unclear|unknown|neither|nor|none)"
_NEGATION = re.compile(rf"\b{_NEG}\b|\bdid not\b|\bdoes not\b|\bfailed\b", I)
_DURATION = r"(?:long[- ]?term|longer than|chronic use|prolonged|more than \d|beyond \d)"
_RULES: dict[str, re.Pattern[str]] = {
    # -- denial -------------------------------------------------------------------------------------
    "no_functional_improvement": re.compile(
        rf"\b{_NEG}\b[^.;]{{0,80}}?\b(?:functional|function|improve\w*|benefit|respon\w+|relief|efficacy|"
        rf"progress(?!\s+(?:a|in a)\s+strength)\w*|outcomes?|gains?|reduction in (?:pain|symptoms))\b|"
        rf"\b(?:improvement|benefit|response|outcome|relief)\b[^.;]{{0,40}}?\b(?:not|never)\s+(?:been\s+)?"
        rf"(?:documented|demonstrated|included|shown|noted|provided)\b|\bnot beneficial\b|\bunchanged\b",
        I,
    ),
    "no_objective_findings": re.compile(
        rf"\b(?:{_NEG}|did not have|does not have|do not establish|does not (?:indicate|document|demonstrate)|"
        rf"(?:was|were|is|are) (?:intact|unremarkable|normal|negative))\b[^.;]{{0,120}}?\b(?:red[- ]flags?|neurolog\w*|"
        rf"deficits?|radicul\w+|nerve (?:root )?(?:compromise|impingement|compression|dysfunction|entrapment)|"
        rf"objective (?:\w+ )?(?:findings|evidence|signs)|(?:exam(?:ination)?|physical) findings|significant findings|"
        rf"instability|derangement|tears?|(?:candidate|plan|indications?) for surgery|surg(?:ery|ical) (?:was|is) "
        rf"(?:planned|warranted)|abnormal\w*|pathology|acute spasm)\b|"
        rf"\b(?:reflexes|strength|sensation)\b[^.;]{{0,40}}\b(?:intact|unremarkable|normal)\b|"
        rf"\b(?:testing|tests?) (?:was|were) negative\b|\bpoorly visualized\b|\bact on the results\b",
        I,
    ),
    "conservative_care_not_tried": re.compile(
        rf"\b{_NEG}\b[^.;]{{0,100}}?\b(?:conservative|first[- ]line|tried and failed|trial and failure|failed|failure|"
        rf"exhaust\w*|intolerant|plain films?|radiographs|x-rays? of the)\b|\b(?:yet to complete|prior to the completion|"
        rf"until conservative|is responding to|(?:was|is|seems to be) helping|not (?:been )?shown to have failed|"
        rf"recently authorized (?:physical therapy|therapy|treatment)|(?:has |have )?started an? (?:\w+ ){{0,2}}program)\b",
        I,
    ),
    "not_recommended": re.compile(
        r"\b(?:not recommended|(?:do|does) not recommend|not supported for|at odds with|no (?:other )?commercially approved|"
        r"only recommended (?:topical )?(?:formulation|form)|the only recommended|(?:is|are) not indicated for (?:the )?"
        r"(?:treatment|use)|should be avoided|advise[sd]? against|(?:is|are) (?:\w+ )?recommended (?:as opposed to|rather than|"
        r"instead of)|(?:extenuating|exceptional) (?:factors|circumstances)[^.;]{0,60}\boutside (?:of )?(?:the )?guidelines|"
        r"usage is not supported)\b(?![^.;]{0,60}\b(?:unless|until|longer than|as a primary|for long|long[- ]term|"
        r"chronic use|more than|routine|beyond \d|beyond (?:the )?(?:initial|recommended|guideline|maximum))\b)",
        I,
    ),
    "exceeds_guideline": re.compile(
        rf"\b(?:exceed\w*|in excess of|excessive|beyond (?:the )?(?:initial|recommended|guideline|maximum)|more than the "
        rf"(?:recommended|guideline)|longer than|long[- ]?term (?:use|treatment)(?!\s+(?:can|may|could)\b)|"
        rf"quantity of (?:this|the) (?:request|medication)|since (?:at least )?\d{{1,2}}/|(?:for|over) (?:several|many) "
        rf"months|already (?:been )?(?:authorized|approved|certified) (?:for )?(?:an? )?initial|"
        rf"{_DURATION}[^.;]{{0,30}}not recommended|not recommended for "
        rf"{_DURATION}|(?:extenuating|exceptional) (?:factors|circumstances)[^.;]{{0,60}}\badditional)\b|"
        rf"\b{_NEG}\b[^.;]{{0,120}}?\bshort[- ]term\b",
        I,
    ),
    "incomplete_request": re.compile(
        r"\b(?:fail\w* to|did not|does not|not) (?:specify|state|include|indicate|identify)\b[^.;]{0,80}?\b(?:dose|dosage|"
        r"frequency|duration|quantity|amount|body part|type|rental|purchase|provider|procedures?|levels?|sites?)\b|"
        r"\bvague\b|\bopen to interpretation\b|\b(?:amount|quantity|dose)\b[^.;]{0,60}\bnot (?:included|specified|stated)\b",
        I,
    ),
    "opioid_monitoring": re.compile(
        rf"\b{_NEG}\b[^.;]{{0,80}}?\b(?:urine drug|drug screens?|UDS|toxicology|4 ?A'?s|four A'?s|aberrant|pain "
        rf"(?:agreement|contract)|opioid (?:agreement|contract|risk)|CURES)\b",
        I,
    ),
    "not_indicated": re.compile(
        r"\b(?:not|never) (?:been )?diagnosed\b|\bno (?:documented )?diagnosis\b|\bdoes not have (?:a |the |any )?(?:diagnosis|"
        r"condition)|\b(?:is|was) not (?:due to|caused by|consistent with)\b|\bfor which (?:this|the) (?:medication|drug|"
        r"treatment|modality) (?:is|would be) not\b|\bnot (?:utilizing|using|taking|on) (?:any )?opioids\b|"
        r"\bnot (?:arthritis|tendonitis|tendinitis)|\bnot (?:an? )?acute (?:sprain|"
        r"strain|injury)|\bundermined any theory\b|\bno (?:firm )?(?:documentation of )?acute (?:injury )?(?:muscle )?"
        r"spasm\b|\brelative contraindication\b|\b(?:lack|no)\b[^.;]{0,60}\bthe patient (?:has|had) (?:significant )?"
        r"(?:\w+ ){0,3}(?:neuropathy|neuralgia|insomnia|gastrointestinal|spasms?|dyspepsia)|\b(?:be )?at (?:a )?(?:high|"
        r"increased) risk\b|\b(?:any|no) diagnosis for which\b|\bhomebound\b[^.;]{0,100}\b(?:does not|not) (?:discuss|document)|"
        r"\bno (?:indication|evidence) (?:for|of) (?:a )?(?:long-term |ongoing |continued )?need\b",
        I,
    ),
    "no_rationale": re.compile(
        r"\b(?:no|lack of|without|not provide\w*|fail\w* to (?:outline|provide)|did not provide)\s+(?:a\s+|any\s+)?"
        r"(?:clear\s+|compelling\s+|objective\s+|medical\s+)?(?:or compelling\s+)?(?:rationale|reasoning|reason|explanation|"
        r"justification)\b|\b(?:unclear|not clear|not apparent|not clearly stated)\b[^.;]{0,30}?\b(?:why|as to why|"
        r"(?:the )?rationale|the (?:clinical )?indication|the need)\b|\b(?:rationale?|need)\b[^.;]{0,80}\bnot apparent\b|"
        r"\bno documentation (?:explaining|as to) why\b|\bno compelling clinical facts\b|\bno clear documentation of how\b|"
        r"\bcannot be (?:done|performed) (?:independently|at home)\b|\bwhy the patient cannot perform\b|"
        r"\b(?:not able|unable) to (?:utilize|use|take|tolerate|swallow) (?:oral )?(?:capsules|tablets|pills|oral)|"
        r"\bwhy (?:an? )?(?:over[- ]the[- ]counter|OTC|first-line|oral|generic)\b|"
        r"\b(?:treatment )?goals (?:were|are) (?:neither|not) (?:clearly )?(?:stated|formulated|documented|outlined)\b",
        I,
    ),
    "already_done": re.compile(
        r"\b(?:prior|previous|recent|repeat)\w*\s+(?:\w+\s+){0,3}?(?:MRI|x-?rays?|CT|imaging|study|studies|EMG|films?)\b|"
        r"\b(?:received|had|obtained) (?:an? )?(?:\w+\s+){0,4}?(?:MRI|x-?rays?|CT scan)\b|"
        r"\balready (?:been )?(?:authorized|approved|certified|provided)\b|"
        r"(?<!completion of the )(?<!completion of )\bpreviously (?:authorized|approved|certified|recommended)\b|"
        r"\bredundant\b|\bduplicat\w+|\balready (?:provided|showed|shows|demonstrated|documented|revealed)\b|\bon top of\b",
        I,
    ),
    "primary_not_approved": re.compile(
        r"\b(?:as|since|because|given that)\s+the\s+(?:requested\s+)?(?:[\w-]+\s+){0,3}?(?:is|was)\s+(?:determined\s+to\s+be\s+)?"
        r"not\s+(?:medically necessary|certified|approved|appropriate)|\bancillary\b|\bassociated (?:surgical )?service\b|"
        r"\bcontinued use of \w+ is not appropriate\b",
        I,
    ),
    # -- approval -----------------------------------------------------------------------------------
    "functional_improvement_documented": re.compile(
        r"\b(?:functional improvement (?:has been|was|is) documented|documented (?:objective )?functional improvement|"
        r"objective functional improvement from|reduction in work restrictions|improvement in (?:pain|function)|"
        r"with improvement|(?:is|was) \"?helping|helped|benefit(?:ed)? from|quantifiable (?:clinical )?change|"
        r"responded (?:well )?to|improved (?:with|after))\b",
        I,
    ),
    "objective_findings_documented": re.compile(
        r"\b(?:indication|presence|evidence|appearance|signs?|findings?) of (?:\w+ ){0,3}?(?:neurolog\w+|deficit|"
        r"dysfunction|fracture|radiculopathy|tear|instability|red flag|abnormalit\w+|compression|impingement)|"
        r"\b(?:reveal\w*|show\w*|demonstrat\w*|indicates?) (?:an? )?(?:\w+ ){0,3}?(?:deficit|fracture|tear|abnormalit\w+|"
        r"radiculopathy|spondylosis|anterolisthesis|stenosis|herniation|compression)|\bdecreased (?:sensation|strength|"
        r"reflexes)\b|\bpositive (?:straight leg|Spurling|drop arm|\w+ test)|\b(?:fell|fall|trauma|motor vehicle accident)\b|"
        r"\b(?:persistent|ongoing) (?:\w+ )?(?:symptoms|signs)\b|\b(?:symptoms|signs|pain) for (?:at least )?(?:\d+|several|many) "
        r"(?:years?|months?|weeks?)\b",
        I,
    ),
    "conservative_care_failed": re.compile(
        r"\b(?:failed (?:conservative|physical|a trial)|despite (?:conservative|treatment|therapy)|remains? symptomatic|"
        r"not (?:necessarily )?improved|unresponsive|refractory|conservative (?:care|treatment|therapy) (?:of|for) at least|"
        r"(?:has had|had) (?:prior|previous) (?:\w+ )?(?:therapy|treatment)|has been treated (?:for|by))\b",
        I,
    ),
    "within_guideline_limits": re.compile(
        r"\b(?:within (?:the )?guidelines?(?: recommendations?)?|first[- ]time request|(?:one|1)[- ]month (?:period|supply|"
        r"trial)|(?:does not|do not) document any prior|no prior (?:\w+ )?(?:sessions|visits|treatment))\b",
        I,
    ),
    "monitoring_documented": re.compile(
        r"\b(?:urine drug (?:screens?|tests?)|UDS|CURES|4 ?A'?s|pain agreement|opioid agreement)\b[^.;]{0,60}"
        r"\b(?:consistent|documented|appropriate|performed|signed|reviewed)\b",
        I,
    ),
    "indicated_for_diagnosis": re.compile(
        r"\b(?:compatible|consistent) with (?:the )?(?:\w+ ){0,4}?(?:guidelines?|MTUS|ODG|ACOEM|recommendations?|"
        r"treatment modalities)|\brecommend\w*\"?[^.;]{0,120}\b(?:present here|in this case|this patient)\b|"
        r"\bclinical impression of\b|\b(?:indicates|shows|documents?) that the (?:injured worker|patient|claimant) has\b|"
        r"\bin the (?:early|acute|subacute) (?:stage|phase)\b|\bsubacute\b",
        I,
    ),
    "rationale_documented": re.compile(
        r"\b(?:provided|documented|detail\w*|explain\w*)\b[^.;]{0,60}\b(?:why|rationale|explanation|circumstances)\b",
        I,
    ),
}
_REQUEST_WORDS = re.compile(r"[a-z][a-z-]{3,}", I)
_GENERIC_WORDS = frozenset(
    "with without times week weeks month months session sessions visits visit right left bilateral lower upper "
    "original request authorized claims administrator remaining eligible portion spine this that from medication "
    "unclassified other".split()
)
_THIS_TREATMENT = re.compile(r"\bth(?:is|e requested) (?:procedure|treatment|modality|medication|device|service)\b", I)


def _names_request(text: str, request: str, category: str = "") -> bool:
    """Does `text` name the requested treatment (a word of the request, its expansions or its category;
    body regions do not count: "the knee" is not the treatment)?"""
    from indexer.taxonomy import find_regions
    from indexer.vocabulary import expand_terms

    for _region, words in find_regions(request):
        request = request.replace(words, " ")
    words = {w.lower() for w in _REQUEST_WORDS.findall(f"{expand_terms(request)} {category}")} - _GENERIC_WORDS
    found = {w.lower() for w in _REQUEST_WORDS.findall(expand_terms(text))}
    return bool(words & found) or bool(_THIS_TREATMENT.search(text))


def _hits(code: str, text: str) -> bool:
    """Does the cue of `code` apply to `text` (with the guards the module docstring names)?"""
    spec = CODES[code]
    for m in _RULES[code].finditer(text):
        if spec.polarity == "approval":
            if _NEGATION.search(re.split(r"[,;:]", text[: m.start()])[-1]) and code != "conservative_care_failed":
                continue
        elif code in ("no_functional_improvement", "no_objective_findings") and "recommend" in m.group(0).lower():
            continue
        elif code == "not_recommended" and re.search(r"\bfor which\b[^.;]{0,30}$", text[: m.start()], I):
            continue  # "... neuropathic pain, for which this medication is not recommended": not indicated
        elif code == "not_recommended" and re.search(rf"{_DURATION}[^.;]{{0,30}}$", text[: m.start()], I):
            continue  # "Long-term use is not recommended": the duration, not the treatment
        elif code == "already_done" and (
            re.search(rf"\b{_NEG}\b[^.;]{{0,40}}$", text[: m.start()], I) or _hits("no_functional_improvement", text)
        ):
            continue
        return True
    return False


def codes_for(sentences: list[tuple[str, str]], decision: str, *, request: str = "", category: str = "",
              regions: tuple[str, ...] = ()) -> dict[str, list[int]]:
    """code -> indices of the sentences behind it, for the (text, role) sentences of an item."""
    from indexer.taxonomy import find_regions

    polarity = "approval" if decision == "Overturned" else "denial"
    texts = [normalise(text) for text, _role in sentences]
    spine = {"cervical", "thoracic", "lumbar"}
    own = set(regions)
    elsewhere = [bool(own & spine) and bool(r := {g for g, _ in find_regions(t)}) and r <= spine and not (r & own)
                 for t in texts]
    out: dict[str, list[int]] = {}
    for code, spec in CODES.items():
        if spec.polarity != polarity:
            continue
        if code == "no_functional_improvement" and category in ("imaging", "electrodiagnostics"):
            continue
        hits = [i for i, (t, (_, role)) in enumerate(zip(texts, sentences))
                if role == "finding" and not elsewhere[i] and _hits(code, t)]
        if not hits and code in GUIDELINE_CODES:
            hits = [i for i, (t, (_, role)) in enumerate(zip(texts, sentences)) if role == "guideline" and _hits(code, t)
                    and (code != "not_recommended" or not request or _names_request(t, request, category))]
        if hits:
            out[code] = hits
    return out


def code_reasons(letter: Letter, item: Item) -> tuple[Reason, ...]:
    """The item's reasons, each with the spans of the sentences behind it (needs `item.sentences`)."""
    sentences: tuple[Sentence, ...] = item.sentences
    pairs = [(letter.text[s.span[0] : s.span[1]], s.role) for s in sentences]
    found = codes_for(pairs, item.decision, request=item.title or item.request, category=item.category,
                      regions=item.body_regions)
    return tuple(Reason(code=code, spans=tuple(sentences[i].span for i in hits)) for code, hits in found.items())


def reason_letters(letters: list[Letter]) -> list[Letter]:
    """The letters with every item's `reasons` filled (their sentences must be labelled first)."""
    return [
        msgspec.structs.replace(
            letter, items=tuple(msgspec.structs.replace(it, reasons=code_reasons(letter, it)) for it in letter.items)
        )
        for letter in letters
    ]
