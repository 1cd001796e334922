"""The reviewer language that indexer.roles reads: one compiled pattern per cue, grouped by what
the cue tells (a verdict, history, the case and its records, a guideline). General phrases of IMR
reviewers, never the words of one letter."""

from __future__ import annotations

import re

I = re.IGNORECASE

# -- the verdict ------------------------------------------------------------------------------------
VERDICT_OPENING = re.compile(r"^(?:no|yes)\s*,\s*(?:the|this)\b[^.]{0,200}?\b(?:request|treatment)", I)
# A verdict anywhere: "... is (not) medically necessary", "medical necessity ... not established".
NECESSARY = re.compile(
    r"(?<!may )(?<!may also )\b(?:is|are|was|were|be|been)\s+(?:\w+\s+){0,3}?(?:not\s+)?(?:a\s+)?medical(?:ly)?\s+"
    r"(?:necessary|necessity|appropriate)(?!\s+(?:for|in addition)\b)|"
    r"\bmedical necessity\s+(?:of|for)\s+(?:the|this)\s+(?:request|requested)|"
    r"\bmedical necessity\s+(?:has|have|was|is)\s+(?:not\s+)?(?:been\s+)?(?:established|met)|"
    r"\b(?:cannot|can not|could not|would not)\s+be\s+(?:\w+\s+){0,2}?(?:medically necessary|supported|warranted)",
    I,
)
# A weaker verdict, counted only when the request (or "it") is its subject or a connective leads.
SUPPORTED = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?)\s+(?:\w+\s+){0,2}?(?:not\s+)?(?:non-?certified|certified|approved|authori[sz]ed|"
    r"warranted|supported|justified|recommended|reasonable|(?:clinically\s+)?indicated|(?:clinically\s+)?appropriate|necessary)\b|"
    r"\b(?:do|does|did)\s+(?:not\s+)?support\s+(?:the\s+|this\s+)?(?:request|imaging|treatment|service|procedure|use)\b",
    I,
)
REQUEST_SUBJECT = re.compile(
    r"^(?:(?:therefore|thus|hence|consequently|accordingly|similarly|as such|in (?:this|that) situation|at present|"
    r"on review)\s*,?\s*)?"
    r"(?:(?:the|this|that|such|its)\s+)?(?:[\w-]+\s+){0,3}?(?:request|requested|it|authori[sz]ation)\b",
    I,
)
CONNECTIVE = re.compile(
    r"^(?:therefore|thus|hence|consequently|accordingly|so|as such|as a result|in conclusion|in summary|in short|"
    r"overall|similarly|for (?:these|the above) reasons|because of (?:these|the above) reasons|given the above"
    r"(?: issues)?|based on the above|in (?:this|that) situation|at present|on review|after review|upon review)\b",
    I,
)
GENERIC_VERDICT = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:satisfy|meet)\s+(?:the\s+)?(?:[\w/-]+\s+){0,6}?(?:guidelines?|criteria)\b|"
    r"\bfails?\s+(?:to\s+meet\s+)?(?:the\s+)?(?:[\w/-]+\s+){0,5}?(?:guidelines?|criteri(?:on|a))\b|"
    r"\b(?:is|are)\s+not\s+in\s+accordance\s+with\b|\bguidelines?\s+(?:have|has)\s+(?:not\s+)?been\s+met\b",
    I,
)
# The request set against the guideline, with no reason of its own: "The request in question, thus, was
# at odds with page 82 of the MTUS ...", "The request was, thus, not in keeping with ODG", "The request
# ran counter to ACOEM" (what follows names the rule it conflicts with, nothing of the records).
_THE_REQUEST = (r"(?:(?:therefore|thus|hence|consequently|accordingly|similarly)\s*,?\s*)?(?:the|this|that|such)\s+"
                r"(?:[\w-]+\s+){0,3}?request(?:\s+in\s+question)?\s*,?\s*")
AT_ODDS = re.compile(
    rf"^{_THE_REQUEST}(?:(?:(?:thus|therefore|hence|accordingly|likewise|similarly|also|were|was|is|are|being)\s*,?\s*){{1,3}}"
    r"(?:not\s+)?(?:at\s+odds\s+with|in\s+keeping\s+with|at\s+variance\s+with|contrary\s+to)"
    r"|(?:(?:thus|therefore|also)\s*,?\s*)?(?:ran|runs|run)\s+counter\s+to)\b",
    I,
)
# What makes the rest of a verdict sentence a reason: a case-specific or guideline clause.
REASON = re.compile(
    r"\b(?:no|not|lack\w*|without|absen\w+|absent|fail\w*|unclear|exceed\w*|excess\w*|beyond|only|already|"
    r"previous\w*|prior|until|unless|because|since|due to|given|as (?:the|there|it|he|she|they|this)|"
    r"recommend\w*|while|although|but)\b",
    I,
)
ANAPHORA = re.compile(
    r"\b(?:without further (?:\w+\s+)?(?:indication|evidence|documentation)[^,;]*|in the absence of such \w+|"
    r"given the above(?: issues)?|based on the above|because of these reasons|"
    r"for these reasons|based on (?:the )?[^,;]*?(?:records?|information|documentation|review)[^,;]*|"
    r"without such \w+)\b",
    I,
)

# -- history ----------------------------------------------------------------------------------------
HISTORY_STRONG = re.compile(
    r"^(?:this|the)\s+(?:current\s+|present\s+)?request\s+(?:is|was)\s+(?:for|to)\b|"
    r"^(?:this|the)\s+is\s+an?\s+(?:\w+\s+)?request\b|\bwas the original request\b|\bclaims administrator\b|"
    r"\bIMR[- ]eligible\b|\b(?:utilization review|UR)\b[^.]{0,80}?\b(?:non-?certif\w*|denied|modified|certified|upheld)\b|"
    r"\b\d{1,3}[- ]years?[- ]old\b|\bsustained\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?injur|\b(?:was|were)\s+injured\b|"
    r"\bdate of injury\b|\bindustrial injury\b|\bmechanism of injury\b|\breveal\w*\s+the\s+diagnos|"
    r"^(?:in this case,\s*)?(?:(?:his|her|(?:the\s+)?(?:patient|claimant|injured worker|applicant|employee|worker)'s)\s+)?"
    r"(?:working\s+|primary\s+|current\s+|final\s+)?diagnos(?:is|es)\s+(?:include\w*|are|is|was|were)\b|"
    r"\b(?:has|had|have)\s+(?:a|the)\s+diagnos(?:is|es)\s+of\b|\b(?:is|are)\s+being\s+treated\s+for\b|"
    r"^(?:prior\s+|previous\s+)?treatments?(?:\s+to\s+date)?\s+(?:has|have)\s+included\b|\btreatment to date\b|"
    r"^(?:the\s+)?request for authori[sz]ation\b|^the (?:current\s+)?treatment plan (?:includes|included|is|was)\b|"
    r"^(?:(?:his|her|the (?:patient|claimant|injured worker)'s)\s+)?current medications (?:include|included|are|were)\b|"
    r"^the (?:treating |requesting |primary treating |attending )?(?:provider|physician|doctor|surgeon) (?:is|was|has been) "
    r"requesting\b|\bIMR application\b|\bapplication for independent medical review\b",
    I,
)
# The request, the UR and who the patient is: history whatever else the sentence says.
HISTORY_PROCEDURE = re.compile(
    r"\brequest\b|\bclaims administrator\b|\bIMR\b|\butilization review\b|\bUR\b|\bapplication\b", I
)
HISTORY_PERSON = re.compile(r"\b\d{1,3}[- ]years?[- ]old\b|\bsustained\b|\b(?:was|were)\s+injured\b", I)
HISTORY_WEAK = re.compile(r"\bRFA\b|\brequest for authori[sz]ation\b|\bis diagnosed with\b|\bstatus post\b", I)

# -- the case and the records -----------------------------------------------------------------------
CASE = re.compile(
    r"(?i:\bin (?:this|the present|the current|the) (?:case|instance|situation)\b|\bin (?:this|the) \w+'s case\b|"
    r"\bin the case of this\b|\bregarding this (?:claimant|patient|worker)\b|"
    r"\bthis (?:patient|claimant|applicant|worker|injured worker|employee|individual|IW|member)\b|"
    r"\bthe (?:injured worker|applicant|claimant|employee|IW)(?:'s)?\b|"
    r"(?:^|[,;]\s*)here\b|\bhere\s*(?:[,.;]|$)|\bpresent here\b)|"
    r"\b(?:he|she|him|his|her)\b|^(?:He|She|His|Her)\s+[a-z]"
)
RECORDS = re.compile(
    r"\bmedical records?\b|\bthe records?\b|\brecords?\s+(?:provided|submitted|reviewed|available|reveal|indicate|show|document)|"
    r"\bdocumentation\s+(?:submitted|provided|available|presented|reviewed|indicat\w+|note\w*|reveal\w*|show\w*|does|did|fail\w*)|"
    r"\b(?:submitted|provided|available|presented)\s+(?:and\s+reviewed\s+)?(?:documentation|records|medical|notes|documents)\b|"
    r"\bfor review\b|\b(?:progress|clinical|office|physician|chart|therapy|medical|clinic)\s+(?:notes?|reports?|visits?)\b|"
    r"\breport\s+dated\b|\bdated\s+\d|\b\d{1,2}[-/]\s?\d{1,2}[-/]\s?\d{2,4}\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+|of\s+)?\d{4}\b|"
    r"\bthe (?:treating|attending|requesting|primary treating|prescribing|referring) (?:provider|physician|doctor|surgeon)\b"
    r"(?!\s+(?:should|must|may|can)\b)|"
    r"\bthe provider\b|\btreater\b|\bit is (?:\w+\s+)?(?:noted|documented|not certain|unclear|not clear)\b|"
    r"\b(?:was|were|has been|have been)\s+(?:prescribed|performed|ordered|authorized|approved|provided|noted|documented|"
    r"seen|treated|referred)\b|\b(?:was|were)\s+(?:\w+\s+)?recommended\s+and\b|"
    r"\bphysical exam(?:ination)?\s+(?:revealed|showed|documents|documented|findings)|"
    r"\b(?:notes?|records?|reports?|documentation|chart)\s+(?:did|does|do)\s+not\b|"
    r"\black of (?:\w+\s+){0,2}documentation\b|\bno documentation\b|\bnot (?:been )?documented\b|\billegible\b|"
    r"\bthere (?:is|was|has been) (?:\w+\s+)?documentation\b|\b(?:exam(?:ination)?|physical|objective) findings (?:include|"
    r"included|were|are|revealed|showed)\b",
    I,
)
# "the patient has/was/reported ...": the case, unless a guideline's condition ("when ... and the patient is").
PATIENT_SUBJECT = re.compile(
    r"(?<!if )(?<!when )(?<!unless )(?<!whether )(?<!that )\b(?:the|this)\s+patient\s+(?:has|had|was|is|did|does|remains|"
    r"reported|reports|presented|presents|complained|complains|states|stated|underwent|received|utilized|continues)\b",
    I,
)
NOTED = re.compile(r"\b(?:is|are|was|were)\s+(?:not\s+)?noted\b", I)
# The request itself ("the requested imaging", "this request"): about the case, except as a verdict's subject.
REQUEST_REF = re.compile(
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?request(?:ed)?\b(?!\s+for\s+authori)|\b\w+\s+requested\b|"
    r"\b(?:the|this)\s+(?:associated|ancillary)\s+(?:surgical\s+)?service\b|\bthe first (?:course|trial|request)\b",
    I,
)
# A test's or an examination's result: "MRI does not indicate ...", "x-rays reveal ...", "Impingement testing was negative".
RESULT = re.compile(
    r"\b(?:MRI|x-?rays?|radiographs?|films?|CT|EMG|NCS|NCV|imaging|exam(?:ination)?|testing|test)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:revealed|reveals?|showed|shows|demonstrated|demonstrates|documents|documented|does not|did not|was|were)\b|"
    r"\b(?:tenderness|spasm|range of motion|strength|reflexes|sensation|gait|swelling|effusion|crepitus|straight leg raise|"
    r"musculoskeletal)\b[^.;]{0,40}\b(?:within (?:defined )?normal limits|normal|intact|decreased|limited|restricted|"
    r"positive|negative|unremarkable|\d\+?/5)\b|\b(?:limited|decreased|restricted)\s+(?:\w+\s+)?range of motion\b|"
    r"\b(?:urine drug (?:screens?|tests?)|UDS|CURES)\b[^.;]{0,40}\b(?:was|were)\b|"
    r"\bwithin (?:defined )?normal limits\b|^objectively\b|\b\d\+?/5\b|\b(?:pain|VAS)[^.;]{0,30}\b\d{1,2}/10\b",
    I,
)
LACK = re.compile(
    r"\bthere (?:is|was|were|are|has been|have been) (?:no|not|a lack|lack|insufficient)\b|\black of\b|"
    r"\bno (?:documentation|documented|evidence|indication|mention|discussion|record|report|clear|objective|significant|red)\b|"
    r"\bnot (?:been )?(?:documented|provided|noted|submitted|included|mentioned|described|demonstrated|established|"
    r"specified|stated|clear|apparent)\b|\bfail(?:s|ed)? to (?:document|provide|show|specify|demonstrate|indicate|outline)\b|"
    r"\bunclear\b|\bunknown\b|\billegible\b|\bnot (?:identified|quantified|outlined|discussed|addressed|reported|"
    r"recorded|described|under consideration)\b|^(?:[\w-]+(?:\s[\w-]+)?,\s+)?no\s+(?:[\w-]+\s+){1,8}?(?:was|were|is|are|has been|"
    r"have been)\b",
    I,
)
# a lack told in the past tense is what this patient's records lacked ("there was a lack of imaging
# studies demonstrating radiculopathy"), even where it names studies or guideline words
PAST_LACK = re.compile(r"^(?:[\w-]+,\s+)?(?:in addition,\s+|moreover,\s+|however,\s+|also,\s+|furthermore,\s+)?there (?:was|were|had been) "
                       r"(?:no|not|a lack|lack|insufficient)\b", I)
LITERATURE = re.compile(
    r"\b(?:(?:study|studies|trials?|review) (?:have |has )?(?:found|showed|shows?|concluded|reported|suggest\w*|indicate\w*|"
    r"demonstrat\w*)|"
    r"(?:clinical|controlled) trials?|randomi[sz]ed|literature|published|evidence (?:to|for|from|that)|efficacy|placebo|"
    r"meta-analys\w+|to recommend)\b",
    I,
)
# Dates and author-year citations inside brackets belong to guidelines, not to the patient's records.
BRACKETED = re.compile(r"\((?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4}\)|\([^()]{1,80}?\b(?:19|20)\d\d[a-z]?\)")

# -- guidelines -------------------------------------------------------------------------------------
GUIDE = re.compile(
    r"\b(?:MTUS|ACOEM|ODG|CPMTG|guidelines?|Official Disability|Chronic Pain (?:Medical )?Treatment|UpToDate|literature|"
    r"evidence[- ]based|meta-analys\w+|Cochrane|FDA|CMS|Medicare)\b",
    I,
)
# Which guideline applies: "MTUS is silent", "ODG was consulted", "do not specifically address the request".
APPLIES = re.compile(
    r"\b(?:MTUS|ACOEM|ODG|guidelines?)\b[^.;]{0,60}?\b(?:(?:is|are)\s+silent|silent\b|(?:do|does)\s+not\s+(?:specifically\s+)?"
    r"address|(?:were|was)\s+(?:also\s+)?(?:used|consulted)|relies?\s+(?:up)?on|make\s+no\s+recommendation)",
    I,
)
RULE = re.compile(
    r"\b(?:recommend(?:s|ed|ation|ations)?|is (?:an?|the) option|are (?:an?\s+)?options?|first[- ]line|second[- ]line|should|"
    r"must|may|can|criteria|indications?|is defined|are defined|defined as|refers? to|encompass\w*|(?:is|are) (?:\w+ly )?used|useful|"
    r"efficacy|effective|risks?|side effects?|contraindicat\w+|patients|individuals|those with|is indicated|are indicated|"
    r"needs? to be|requires?)\b",
    I,
)
# A definition: "Baclofen is a muscle relaxant.", "Home health care is the provision of ..."
DEFINITION = re.compile(r"^(?!there\b)(?:[\w/-]+\s+){1,6}?(?:is|are)\s+(?:a|an|the)\s+(?!request\b)", I)
# A list entry of a quoted guideline: "(2) Frequency: 1 to 3 times per week.", "(d) Treatments may be extended ...".
LIST_ENTRY = re.compile(r"^(?:\(?\d{1,2}\)|\([a-z]\)|\d{1,2}\.\s)")
# A guideline's list that runs on as sentences: "... tapering ... under any of the following
# circumstances: Patient expresses a desire to stop.", then "Resolution of pain.", "No documented
# improvement in pain and function." (indexer.roles.list_entries).
LIST_OPENER = re.compile(r"\b(?:the\s+following|as\s+follows)\b[^.:;]{0,60}:", I)
# What ends such a list: this patient ("the patient", "this claimant", "he", a record, a date).
CASE_PATIENT = re.compile(r"\b(?:the|this)\s+patient\b", I)
OTHER = re.compile(
    r"\b(?:this|the)\s+(?:medical necessity\s+)?decision\s+(?:addresses|should not be interpreted|does not)\b|"
    r"\b(?:is|are)\s+advised\s+to\b|\bclinical documents were reviewed\b|\bwere reviewed in regards? to\b",
    I,
)
PATIENT_WEAK = re.compile(r"\b(?:the|this)\s+patient\b|\bpatient's\b|^patient\b", I)
CONDITIONAL = re.compile(
    r"\b(?:if|when|unless|whether|should|must|may|can|could|would|those|patients|needs? to|requires?)\b", I
)
PAST = re.compile(r"\b(?:was|were|had|did|has had|has been|have been)\b", I)
NEGATED = re.compile(r"\b(?:not|no|never|neither|nor)\b", I)
IF = re.compile(r"\b(?:if|when|unless|in general)\b", I)
GENERIC_MODAL = re.compile(r"\b(?:may|might|can|could|should)\s+(?:also\s+)?$", I)
