"""The reason taxonomy: why a disputed item was denied or approved, in a few normalised codes.

`CODES` (below) is the taxonomy: each code's label, polarity ("denial" for Upheld items,
"approval" for Overturned ones), description and the code of the opposite polarity it pairs
with; `markdown_table()` prints it for the README.

Rules: `code_reasons(letter, item)` reads the item's sentences with their roles (indexer.roles);
an Upheld item gets denial codes, an Overturned item approval codes. A code applies when one of
its cue patterns (general reviewer language, below) matches a `finding` sentence; its spans are
every finding sentence that matches. The codes the guideline alone can give (`not_recommended`,
`exceeds_guideline`) also apply when only a `guideline` sentence says so, and then cite that
sentence. Conclusions and history (the UR's own reasons) never give a code.
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
_RULES: dict[str, re.Pattern[str]] = {
    "no_functional_improvement": re.compile(
        rf"\b{_NEG}\b[^.;]{{0,90}}?\b(?:functional|function|improve\w*|benefit|respon\w+|relief|efficacy|progress\w*|"
        rf"outcomes?|gains?|reduction in (?:pain|symptoms))\b|\b(?:improvement|benefit|response|outcome|relief)\b[^.;]{{0,40}}?"
        rf"\b(?:not|never)\s+(?:been\s+)?(?:documented|demonstrated|included|shown|noted|provided)\b|"
        rf"\bnot beneficial\b|\bunchanged\b|\bno documented (?:objective )?(?:benefit|improvement)",
        I,
    ),
    "no_objective_findings": re.compile(
        rf"\b(?:{_NEG}|did not have|does not have|do not establish|does not (?:indicate|document|demonstrate)|"
        rf"(?:was|were|is|are) (?:intact|unremarkable|normal|negative))\b[^.;]{{0,120}}?\b(?:red[- ]flags?|neurolog\w*|"
        rf"deficits?|radicul\w+|nerve (?:root )?(?:compromise|impingement|compression|dysfunction|entrapment)|"
        rf"objective (?:\w+ )?(?:findings|evidence|signs)|(?:exam(?:ination)?|physical) findings|significant findings|"
        rf"instability|derangement|tears?|(?:candidate|plan|indications?) for surgery|surg(?:ery|ical) (?:was|is) "
        rf"(?:planned|warranted)|abnormal\w*|complaints|pathology|muscle spasm|acute spasm)\b|"
        rf"\b(?:reflexes|strength|sensation)\b[^.;]{{0,40}}\b(?:intact|unremarkable|normal)\b|\bimpingement testing was negative\b",
        I,
    ),
    "conservative_care_not_tried": re.compile(
        rf"\b{_NEG}\b[^.;]{{0,100}}?\b(?:conservative|first[- ]line|tried and failed|trial and failure|failed|failure|"
        rf"exhaust\w*|intolerant|plain films?|radiographs|x-rays? of the)\b|\b(?:yet to complete|prior to the completion|"
        rf"until conservative|is responding to|(?:was|is|seems to be) helping|not (?:been )?shown to have failed|"
        rf"recently authorized physical therapy)\b",
        I,
    ),
    "not_recommended": re.compile(
        r"\b(?:not recommended|(?:do|does) not recommend|not supported for|at odds with|no (?:other )?commercially approved|"
        r"only recommended (?:topical )?(?:formulation|form)|the only recommended|(?:is|are) not indicated for (?:the )?"
        r"(?:treatment|use))\b(?![^.;]{0,60}\b(?:unless|until|except|beyond|longer than|as a primary|for long|long[- ]term|"
        r"chronic use|more than)\b)",
        I,
    ),
    "exceeds_guideline": re.compile(
        r"\b(?:exceed\w*|in excess of|excessive|beyond (?:the )?(?:initial|recommended|guideline|maximum)|more than the "
        r"(?:recommended|guideline)|longer than|long[- ]term (?:use|treatment)|quantity of (?:this|the) request|"
        r"since (?:at least )?\d{1,2}/|(?:for|over) (?:several|many) months|already been authorized an initial trial|"
        r"additional sessions are not appropriate)\b",
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
        rf"(?:agreement|contract)|opioid (?:agreement|contract)|CURES|risk assessment|monitoring)\b",
        I,
    ),
    "not_indicated": re.compile(
        r"\b(?:not|never) (?:been )?diagnosed\b|\bno (?:documented )?diagnosis\b|\bdoes not have (?:a |the |any )?(?:diagnosis|"
        r"condition)|\b(?:is|was) not (?:due to|caused by|consistent with)\b|\bfor which (?:this|the) (?:medication|drug|"
        r"treatment|modality) (?:is|would be) not\b|\bnot (?:utilizing|using|taking|on) (?:any )?opioids\b|"
        r"\bpatient (?:has|had) (?:significant )?(?:diabetic|postherpetic|insomnia|gastrointestinal|muscle spasms)|"
        r"\bbut not (?:arthritis|tendonitis|tendinitis)|\bnot (?:an? )?acute (?:sprain|strain|injury)|"
        r"\bundermined any theory\b|\bno (?:firm )?(?:documentation of )?acute (?:injury )?(?:muscle )?spasm\b|"
        r"\bnot (?:a|an) (?:appropriate|approved) (?:treatment|indication)\b|\brelative contraindication\b",
        I,
    ),
    "no_rationale": re.compile(
        r"\b(?:no|lack of|without|not provide\w*|fail\w* to (?:outline|provide)|did not provide)\s+(?:a\s+|any\s+)?"
        r"(?:clear\s+|compelling\s+|objective\s+|medical\s+)?(?:or compelling\s+)?(?:rationale|reasoning|reason|explanation|"
        r"justification)\b|\b(?:unclear|not clear|not apparent|not clearly stated)\b[^.;]{0,30}?\b(?:why|what|as to|"
        r"rationale|indication)\b|\b(?:rationale|need)\b[^.;]{0,60}\bnot apparent\b|\bno documentation (?:explaining|as "
        r"to) why\b|\bno compelling clinical facts\b|\bno clear documentation of how\b",
        I,
    ),
    "already_done": re.compile(
        r"\b(?:prior|previous|recent|repeat)\w*\s+(?:\w+\s+){0,3}?(?:MRI|x-?rays?|CT|imaging|study|studies|EMG|films?)\b"
        r"(?![^.;]{0,30}\b(?:not|no)\b)|\b(?:received|had|obtained) (?:an? )?(?:\w+\s+){0,4}?(?:MRI|x-?rays?|CT scan)\b|"
        r"\balready (?:been )?(?:authorized|approved|certified|provided)\b|\bpreviously (?:authorized|approved|certified)\b|"
        r"\bredundant\b|\bduplicat\w+|\bcurrently undergo\w*|\bprior to the completion of (?:the )?previously\b|"
        r"\bwas authorized for a\b",
        I,
    ),
    "primary_not_approved": re.compile(
        r"\b(?:as|since|because|given that)\s+the\s+(?:requested\s+)?(?:[\w-]+\s+){0,3}?(?:is|was)\s+(?:determined\s+to\s+be\s+)?"
        r"not\s+(?:medically necessary|certified|approved|appropriate)|\bancillary\b|\bassociated (?:surgical )?service\b|"
        r"\bcontinued use of \w+ is not appropriate\b",
        I,
    ),
    "functional_improvement_documented": re.compile(
        r"\b(?:functional improvement|reduction in work restrictions|improvement in pain|with improvement|quantifiable "
        r"clinical change|helping with pain|seeing benefit|benefit from)\b",
        I,
    ),
    "objective_findings_documented": re.compile(
        r"\b(?:indication of|presence of|indicate an?|reveal\w*|appearance of|evidence of)\s+(?:\w+\s+){0,3}?(?:neurolog\w+|"
        r"deficit|dysfunction|fracture|abnormalit\w+|red flag|radiculopathy|degeneration|spondylosis)",
        I,
    ),
    "conservative_care_failed": re.compile(
        r"\b(?:conservative care of at least|remains symptomatic|has not (?:necessarily )?improved|prior therapy|"
        r"had prior|despite|failed)\b",
        I,
    ),
    "within_guideline_limits": re.compile(
        r"\b(?:within the guidelines?|first-time request|one month period|initial trial|does not document any prior|"
        r"no prior)\b",
        I,
    ),
    "monitoring_documented": re.compile(r"\b(?:urine drug|CURES|4 ?A'?s|pain agreement|opioid agreement)\b", I),
    "indicated_for_diagnosis": re.compile(
        r"\b(?:compatible with|clinically appropriate|clinical impression|meet guidelines|as were/are present|"
        r"recommended\" (?:in|as part)|subacute)\b",
        I,
    ),
    "rationale_documented": re.compile(r"\b(?:to explain why|detail circumstances|no reason to doubt)\b", I),
}


def codes_for(sentences: list[tuple[str, str]], decision: str) -> dict[str, list[int]]:
    """code -> indices of the sentences behind it, for (text, role) sentences of an item."""
    polarity = "approval" if decision == "Overturned" else "denial"
    out: dict[str, list[int]] = {}
    for code, spec in CODES.items():
        if spec.polarity != polarity:
            continue
        rule = _RULES[code]
        hits = [i for i, (text, role) in enumerate(sentences) if role == "finding" and rule.search(normalise(text))]
        if not hits and code in GUIDELINE_CODES:
            hits = [i for i, (text, role) in enumerate(sentences) if role == "guideline" and rule.search(normalise(text))]
        if hits:
            out[code] = hits
    return out


def code_reasons(letter: Letter, item: Item) -> tuple[Reason, ...]:
    """The item's reasons, each with the spans of the sentences behind it (needs `item.sentences`)."""
    sentences: tuple[Sentence, ...] = item.sentences
    pairs = [(letter.text[s.span[0] : s.span[1]], s.role) for s in sentences]
    return tuple(
        Reason(code=code, spans=tuple(sentences[i].span for i in hits)) for code, hits in codes_for(pairs, item.decision).items()
    )


def reason_letters(letters: list[Letter]) -> list[Letter]:
    """The letters with every item's `reasons` filled (their sentences must be labelled first)."""
    return [
        msgspec.structs.replace(
            letter, items=tuple(msgspec.structs.replace(it, reasons=code_reasons(letter, it)) for it in letter.items)
        )
        for letter in letters
    ]
