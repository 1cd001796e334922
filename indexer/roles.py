"""Sentence roles: what each rationale sentence does.

- `finding`: what THIS patient's records show or lack ("there was no documentation of objective
  functional improvement", "the injured worker has used Norco since 2014"). A sentence that mixes
  a rule and a finding ("Per MTUS, ...; in this case there is no ...") is a finding, and so is a
  verdict that carries its case-specific reason ("Given the lack of improvement, the request is
  not medically necessary").
- `guideline`: what a guideline or the literature says, which guideline applies or is silent.
- `conclusion`: the verdict with no reason of its own: the closing "Therefore, the request ... is
  (not) medically necessary", an opening "No, the request ... was not medically necessary", "This
  request does not satisfy the guidelines".
- `history`: the request itself, the UR decision and background: age, injury, diagnoses, treatment
  to date, "This is a request for ...", "The UR non-certified ...".
- `other`: advice and boilerplate ("This decision should not be interpreted as ...").

How: `rule_role` reads reviewers' cue phrases (the verdict and what is left of the sentence
without it, the case markers "in this case", "the injured worker", "the records", dates, the
guideline names and their prescriptive language) and answers None when they do not settle it.
Those open sentences go to the embedding model: the role whose prototypes (a handful of general
example sentences per role, below) are nearest by cosine similarity wins. `label_letters` makes
one encode call for every open sentence of a batch and caches the prototypes' vectors per encoder.

With `encoder=None` (unit tests only) open sentences get `fallback_role`, a deterministic
reading of the weaker cues: a patient or a past-tense observation -> finding, prescriptive or
generic present tense -> guideline, else other.
"""

from __future__ import annotations

import re
import weakref

import msgspec
import numpy as np

from indexer.model import Letter, Role, Sentence
from indexer.sentences import normalise, trimmed_spans

ROLES: tuple[Role, ...] = ("finding", "guideline", "conclusion", "history", "other")
I = re.IGNORECASE

# -- the verdict ------------------------------------------------------------------------------------
_VERDICT_OPENING = re.compile(r"^(?:no|yes)\s*,\s*(?:the|this)\b[^.]{0,200}?\b(?:request|treatment)", I)
# A verdict anywhere: "... is (not) medically necessary", "medical necessity ... not established".
_NECESSARY = re.compile(
    r"(?<!may )(?<!may also )\b(?:is|are|was|were|be|been)\s+(?:\w+\s+){0,3}?(?:not\s+)?(?:a\s+)?medical(?:ly)?\s+"
    r"(?:necessary|necessity|appropriate)(?!\s+(?:for|in addition)\b)|"
    r"\bmedical necessity\s+(?:of|for)\s+(?:the|this)\s+(?:request|requested)|"
    r"\bmedical necessity\s+(?:has|have|was|is)\s+(?:not\s+)?(?:been\s+)?(?:established|met)|"
    r"\b(?:cannot|can not|could not|would not)\s+be\s+(?:\w+\s+){0,2}?(?:medically necessary|supported|warranted)",
    I,
)
# A weaker verdict, counted only when the request (or "it") is its subject or a connective leads.
_SUPPORTED = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+){0,2}?(?:not\s+)?(?:non-?certified|certified|approved|authori[sz]ed|"
    r"warranted|supported|justified|(?:clinically\s+)?indicated|(?:clinically\s+)?appropriate|necessary)\b|"
    r"\b(?:do|does|did)\s+(?:not\s+)?support\s+(?:the\s+|this\s+)?(?:request|imaging|treatment|service|procedure|use)\b",
    I,
)
_REQUEST_SUBJECT = re.compile(
    r"^(?:(?:therefore|thus|hence|consequently|accordingly|similarly|as such|in (?:this|that) situation|at present)\s*,?\s*)?"
    r"(?:(?:the|this|that|such|its)\s+)?(?:[\w-]+\s+){0,3}?(?:request|requested|it|usage|use|authori[sz]ation)\b",
    I,
)
_CONNECTIVE = re.compile(
    r"^(?:therefore|thus|hence|consequently|accordingly|so|as such|as a result|in conclusion|in summary|in short|"
    r"overall|similarly|for (?:these|the above) reasons|because of (?:these|the above) reasons|given the above"
    r"(?: issues)?|based on the above|in (?:this|that) situation|at present)\b",
    I,
)
_GENERIC_VERDICT = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:satisfy|meet)\s+(?:the\s+)?(?:[\w/-]+\s+){0,6}?(?:guidelines?|criteria)\b|"
    r"\bfails?\s+(?:to\s+meet\s+)?(?:the\s+)?(?:[\w/-]+\s+){0,5}?(?:guidelines?|criteri(?:on|a))\b|"
    r"\b(?:is|are)\s+not\s+in\s+accordance\s+with\b|\bguidelines?\s+(?:have|has)\s+(?:not\s+)?been\s+met\b",
    I,
)
# What makes the rest of a verdict sentence a reason: a case-specific or guideline clause.
_REASON = re.compile(
    r"\b(?:no|not|lack\w*|without|absen\w+|absent|fail\w*|unclear|exceed\w*|excess\w*|beyond|only|already|"
    r"previous\w*|prior|until|unless|because|since|due to|given|as (?:the|there|it|he|she|they|this)|"
    r"recommend\w*|while|although|but)\b",
    I,
)
_ANAPHORA = re.compile(
    r"\b(?:in the absence of such \w+|given the above(?: issues)?|based on the above|because of these reasons|"
    r"for these reasons|based on (?:the )?[^,;]*?(?:records?|information|documentation|review)[^,;]*|"
    r"without such \w+)\b",
    I,
)

# -- history ----------------------------------------------------------------------------------------
_HISTORY_STRONG = re.compile(
    r"^(?:this|the)\s+(?:current\s+|present\s+)?request\s+(?:is|was)\s+(?:for|to)\b|"
    r"^(?:this|the)\s+is\s+an?\s+(?:\w+\s+)?request\b|\bwas the original request\b|\bclaims administrator\b|"
    r"\bIMR[- ]eligible\b|\b(?:utilization review|UR)\b[^.]{0,80}?\b(?:non-?certif\w*|denied|modified|certified|upheld)\b|"
    r"\b\d{1,3}[- ]years?[- ]old\b|\bsustained\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?injur|\b(?:was|were)\s+injured\b|"
    r"\bdate of injury\b|\bindustrial injury\b|\bmechanism of injury\b|\breveal\w*\s+the\s+diagnos|"
    r"^(?:in this case,\s*)?(?:(?:his|her|the (?:patient|claimant|injured worker|applicant|employee|worker)'s)\s+)?"
    r"(?:working\s+|primary\s+|current\s+|final\s+)?diagnos(?:is|es)\s+(?:include\w*|are|is|was|were)\b|"
    r"\b(?:has|had|have)\s+(?:a|the)\s+diagnos(?:is|es)\s+of\b|^(?:prior\s+|previous\s+)?treatments?(?:\s+to\s+date)?"
    r"\s+(?:has|have)\s+included\b|\btreatment to date\b|^(?:the\s+)?request for authori[sz]ation\b",
    I,
)
_HISTORY_WEAK = re.compile(r"\bRFA\b|\brequest for authori[sz]ation\b|\bis diagnosed with\b", I)

# -- the case and the records -----------------------------------------------------------------------
_CASE = re.compile(
    r"\bin (?:this|the present|the current|the) (?:case|instance|situation)\b|\bin (?:this|the) \w+'s case\b|"
    r"\bin the case of this\b|\bregarding this (?:claimant|patient|worker)\b|"
    r"\bthis (?:patient|claimant|applicant|worker|injured worker|employee|individual|IW|member)\b|"
    r"\bthe (?:injured worker|applicant|claimant|employee|IW)(?:'s)?\b|\b(?:he|she|him|his|her)\b|"
    r"(?:^|[,;]\s*)here\b|\bhere\s*(?:[,.;]|$)|\bpresent here\b",
    I,
)
_RECORDS = re.compile(
    r"\bmedical records?\b|\bthe records?\b|\brecords?\s+(?:provided|submitted|reviewed|available|reveal|indicate|show|document)|"
    r"\bdocumentation\s+(?:submitted|provided|available|presented|reviewed|indicat\w+|note\w*|reveal\w*|show\w*|does|did|fail\w*)|"
    r"\b(?:submitted|provided|available|presented)\s+(?:and\s+reviewed\s+)?(?:documentation|records|medical|notes|documents)\b|"
    r"\bfor review\b|\b(?:progress|clinical|office|physician|chart|therapy|medical|clinic)\s+(?:notes?|reports?|visits?)\b|"
    r"\breport\s+dated\b|\bdated\s+\d|\b\d{1,2}[-/]\s?\d{1,2}[-/]\s?\d{2,4}\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?\d{4}\b|"
    r"\bthe (?:treating|attending|requesting|primary treating|prescribing|referring) (?:provider|physician|doctor|surgeon)\b|"
    r"\bthe provider\b|\btreater\b|\bit is (?:\w+\s+)?(?:noted|documented|not certain|unclear|not clear)\b|"
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?request(?:ed)?\b(?!\s+for\s+authori)|\b(?:was|were|has been|have been)\s+(?:prescribed|performed|ordered|authorized|approved|"
    r"provided|noted|documented|seen|treated|referred)\b|\bon (?:exam|examination)\b|\bphysical exam(?:ination)?\s+"
    r"(?:revealed|showed|documents|documented|findings)",
    I,
)
_LACK = re.compile(
    r"\bthere (?:is|was|were|are|has been|have been) (?:no|not|a lack|lack|insufficient)\b|\black of\b|"
    r"\bno (?:documentation|documented|evidence|indication|mention|discussion|record|report|clear|objective|significant|red)\b|"
    r"\bnot (?:been )?(?:documented|provided|noted|submitted|included|mentioned|described|demonstrated|established|"
    r"specified|stated|clear|apparent)\b|\bfail(?:s|ed)? to (?:document|provide|show|specify|demonstrate|indicate|outline)\b|"
    r"\bunclear\b|\bunknown\b",
    I,
)
_LITERATURE = re.compile(
    r"\b(?:studies|study|trials?|literature|published|evidence (?:to|for|from|that)|efficacy|placebo|meta-analys\w+|"
    r"to recommend)\b",
    I,
)
_PAREN_DATE = re.compile(r"\((?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4}\)")

# -- guidelines -------------------------------------------------------------------------------------
_GUIDE = re.compile(
    r"\b(?:MTUS|ACOEM|ODG|CPMTG|guidelines?|Official Disability|Chronic Pain (?:Medical )?Treatment|UpToDate|literature|"
    r"evidence[- ]based|trials?|studies|study|meta-analys\w+|Cochrane|FDA|CMS|Medicare)\b",
    I,
)
_RULE = re.compile(
    r"\b(?:recommend(?:s|ed|ation|ations)?|is (?:an?|the) option|are (?:an?\s+)?options?|first[- ]line|second[- ]line|should|"
    r"must|may|can|criteria|indications?|is defined|are defined|defined as|refers? to|encompass\w*|is used|are used|useful|"
    r"efficacy|effective|risks?|side effects?|contraindicat\w+|patients|individuals|those with|is indicated|are indicated)\b",
    I,
)
_OTHER = re.compile(
    r"\b(?:this|the)\s+(?:medical necessity\s+)?decision\s+(?:addresses|should not be interpreted|does not)\b|"
    r"\b(?:is|are)\s+advised\s+to\b|\bclinical documents were reviewed\b|\bwere reviewed in regards? to\b",
    I,
)
_PATIENT_WEAK = re.compile(r"\b(?:the|this)\s+patient\b|\bpatient's\b|^patient\b", I)
_CONDITIONAL = re.compile(r"\b(?:if|when|unless|whether|should|must|may|can|could|would|those|patients)\b", I)
_PAST = re.compile(r"\b(?:was|were|had|did|has had|has been|have been)\b", I)


def _rest_of_verdict(text: str) -> str | None:
    """The sentence without its verdict clause, or None when there is no verdict."""
    hits = list(_NECESSARY.finditer(text))
    strong = bool(hits)
    if not hits:
        hits = list(_SUPPORTED.finditer(text))
    if not hits:
        return None
    cut = hits[-1].start()
    head = text[:cut]
    boundaries = [m.end() for m in re.finditer(r"[,;:]|\b(?:and|therefore|thus|so|hence)\b", head, I)]
    rest = head[: boundaries[-1]] if boundaries else ""
    if not strong and not (_REQUEST_SUBJECT.match(text) or _CONNECTIVE.match(text)):
        return None
    return rest


def _is_bare(rest: str) -> bool:
    """True when what is left of a verdict sentence carries no reason of its own."""
    rest = _ANAPHORA.sub(" ", rest)
    rest = _GENERIC_VERDICT.sub(" ", rest)
    return not _REASON.search(rest) and not _LACK.search(rest)


def rule_role(text: str) -> Role | None:
    """The role that reviewers' cue phrases give `text`, or None when they leave it open."""
    text = normalise(text)
    cues = _PAREN_DATE.sub(" ", text)
    if _OTHER.search(text):
        return "other"
    if _VERDICT_OPENING.match(text):
        return "conclusion"
    case = bool(_CASE.search(cues) or _RECORDS.search(cues))
    rest = _rest_of_verdict(text)
    if rest is not None:
        if _is_bare(rest):
            return "conclusion"
        if case or _LACK.search(rest) or not _GUIDE.search(rest):
            return "finding"
        return "guideline"
    if _GENERIC_VERDICT.search(text) and _is_bare(_GENERIC_VERDICT.sub(" ", text)):
        return "conclusion"
    if _HISTORY_STRONG.search(text):
        return "history"
    lack = bool(_LACK.search(cues))
    if case or (lack and not (_LITERATURE.search(cues) or _GUIDE.search(cues))):
        return "finding"
    if _GUIDE.search(cues) or (_RULE.search(cues) and not _PATIENT_WEAK.search(cues)):
        return "guideline"
    if _HISTORY_WEAK.search(text):
        return "history"
    if _PATIENT_WEAK.search(cues) and not _CONDITIONAL.search(cues):
        return "finding"
    return None


def fallback_role(text: str) -> Role:
    """Deterministic role for a sentence the rules leave open, without a model (unit tests)."""
    if _PATIENT_WEAK.search(text) or _PAST.search(text):
        return "finding"
    if _RULE.search(text) or re.search(r"\b(?:is|are)\b", text):
        return "guideline"
    return "other"


# -- the embedding model for open sentences ---------------------------------------------------------
# General example sentences in reviewers' language, written for this module (not from any letter).
PROTOTYPES: dict[Role, tuple[str, ...]] = {
    "finding": (
        "Examination showed tenderness over the paraspinal muscles with full strength and normal reflexes.",
        "Her pain has not changed since the last visit despite the medication.",
        "The x-ray showed mild degenerative changes and no fracture.",
        "Sensation was decreased along the left forearm.",
        "He has taken the medication for more than six months without a documented benefit.",
        "The notes do not say how many therapy visits were completed or what they achieved.",
        "The worker reports that the pain improved after the injections.",
    ),
    "guideline": (
        "Guidelines recommend this medication only for a short course of treatment.",
        "Imaging is indicated when red flags or a progressive neurological deficit are present.",
        "Passive modalities are not recommended as an isolated treatment for chronic pain.",
        "Randomized trials show little benefit over placebo for this condition.",
        "Continued treatment depends on documented objective functional improvement.",
        "This class of drugs carries a risk of dependence with prolonged use.",
        "The initial trial is six visits over two weeks.",
    ),
    "conclusion": (
        "Therefore, the requested treatment is not medically necessary.",
        "The request is medically necessary and appropriate.",
        "Medical necessity for the requested service has not been established.",
        "Accordingly, the service cannot be certified at this time.",
    ),
    "history": (
        "The injured worker is a 52-year-old man who hurt his lower back lifting boxes at work.",
        "Diagnoses include cervical strain and lumbar radiculopathy.",
        "This is a request for twelve sessions of physical therapy.",
        "Utilization review modified the request to six sessions.",
        "Treatment so far has consisted of medications, physical therapy and injections.",
    ),
    "other": (
        "This determination does not mean that the medication should be stopped abruptly.",
        "The worker should discuss a safe tapering plan with the treating physician.",
        "The reviewer has no affiliation with the parties.",
    ),
}
_PROTO_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _prototype_vectors(encoder) -> tuple[list[Role], np.ndarray]:
    cached = _PROTO_CACHE.get(encoder)
    if cached is None:
        labels = [role for role, texts in PROTOTYPES.items() for _ in texts]
        vectors = np.asarray(encoder.encode([t for texts in PROTOTYPES.values() for t in texts]), dtype=np.float32)
        cached = (labels, vectors)
        _PROTO_CACHE[encoder] = cached
    return cached


def nearest_roles(texts: list[str], encoder) -> list[Role]:
    """Each text's role by its most similar prototype (one encode call for all of `texts`)."""
    if not texts:
        return []
    labels, protos = _prototype_vectors(encoder)
    sims = np.asarray(encoder.encode(texts), dtype=np.float32) @ protos.T
    return [labels[int(i)] for i in sims.argmax(axis=1)]


def sentence_roles(texts: list[str], encoder) -> list[Role]:
    """Roles of `texts`: rules first, then one model call (or `fallback_role` without a model)."""
    roles = [rule_role(t) for t in texts]
    open_ = [i for i, r in enumerate(roles) if r is None]
    if encoder is None:
        guessed = [fallback_role(texts[i]) for i in open_]
    else:
        guessed = nearest_roles([normalise(texts[i]) for i in open_], encoder)
    for i, role in zip(open_, guessed):
        roles[i] = role
    return roles  # type: ignore[return-value]


def label_letters(letters: list[Letter], encoder) -> list[Letter]:
    """The letters with every item's rationale sentences and their roles (`Item.sentences`)."""
    spans = [[trimmed_spans(letter.text, *item.rationale_span) for item in letter.items] for letter in letters]
    texts = [letter.text[a:b] for letter, per in zip(letters, spans) for item_spans in per for a, b in item_spans]
    roles = iter(sentence_roles(texts, encoder))
    out = []
    for letter, per in zip(letters, spans):
        items = tuple(
            msgspec.structs.replace(item, sentences=tuple(Sentence(span=s, role=next(roles)) for s in item_spans))
            for item, item_spans in zip(letter.items, per)
        )
        out.append(msgspec.structs.replace(letter, items=items))
    return out
