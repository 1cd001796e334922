"""Facts of a letter a question asks for: who reviewed it, when it was decided, when the patient
was hurt, when utilization review denied, when the application came in, its priority.

"Who reviewed the 53 year old man's neck MRI?", "When was the IMR decision in CM16-0246624?",
"What was the date of injury for case CM16-0246624?" are answered first with the fact, cited to
the header line or the reviewer's credentials the letter prints, and then about the item as usual:

    The IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain Management and licensed
    in Florida [1].

The specialty is said as "a specialist in", never "certified in": in these letters "certified" is a
decision word (utilization review "certified" = approved), and a reader (or a reader of decisions
in the text) would take "certified in Anesthesiology" beside "Denied (Upheld)" as an approval.
"""

from __future__ import annotations

import re
from datetime import date

from indexer.model import Item, Letter, Span
from indexer.sentences import trim
from indexer.terms import tokens
from indexer.titles import modification, short_title
from indexer.treatments import find_treatments
from service.compose import why
from service.compose.body_part import PART_ASKED, body_part
from service.compose.common import Composer, guideline_span, guideline_words
from service.compose.patient_facts import (AGE_OR_SEX, DIAGNOSIS, HOW_HURT, JOB, age_and_sex, diagnosis, hurt_asked, job,
                                          mechanism)
from service.page_count import PAGE_COUNT
from service.reviewers import OPENING, SPECIALTY_WORDS, SURGEON, alternatives

I = re.IGNORECASE
_WHO = r"(?:he|she|they|I|the\s+(?:patient|worker|injured\s+worker|claimant|applicant|employee|man|woman))"
_WHAT = r"\bwhat(?:'s|\s+(?:was|is))\s+(?:the|his|her|my|their|its)\s+"  # "what was the ...": asked, not told
# a number of days asked: "within 30 days", "in under fourteen days"
_DAYS = re.compile(r"\b(?:within|in\s+(?:under|less\s+than)|inside(?:\s+of)?)\s+(?:the\s+)?(?P<n>\d{1,3}|thirty|fourteen|"
                   r"forty[- ]five)[- ]days?\b", I)
# the guideline asked bare, after an item's answer (service.conversation.ABOUT_IT, which adds the item in brackets):
# "which guideline?", "what section?", "and what was the guideline?"; answered with the rule sentence it cites too
_BARE_GUIDELINE = re.compile(r"^\s*(?:(?:and|so|ok|okay|but|then)\s*,?\s+)?(?:which|what)\s+(?:(?:was|were|is|are)\s+(?:the\s+)?)?"
                             r"(?:guidelines?|sections?|pages?|rules?|chapters?)\s*[?.!]*\s*(?:\[|$)", I)
# a date named as a noun, asked ("I need the date of injury, the UR denial date and the IMR decision date"), not
# told with its value after it ("date of injury 10/10/2016", "whose DOI was in November")
_NOT_TOLD = (r"(?!\s*(?:(?:was|were|is|of|on|in|from|:|-)\s*){0,2}(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
             r"before|after|between|last|this|early|late))")
# the insurer's side, in a user's words: "when did the insurance first say no?"
_UR = r"(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer|insurance(?:\s+company)?|claims\s+administrator)"
# a guideline source asked yes or no: "did the reviewer use ODG for her shoulder MRI?", "was ACOEM cited for the elbow MRI?"
_SOURCES = r"MTUS|ODG|ACOEM|Official\s+Disability\s+Guidelines|UpToDate|Up\s+To\s+Date"
SOURCE_ASKED = re.compile(
    r"\b(?:did|does|do)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewer|IMR|they|he|she|it)\s+(?:us(?:e|ed)|cit(?:e|ed)|rel(?:y|ied)\s+on|"
    rf"go\s+by|follow(?:ed)?|appl(?:y|ied)|quot(?:e|ed))\s+(?:the\s+|any\s+)?(?P<src>{_SOURCES})\b"
    rf"|\b(?:was|were|is)\s+(?:the\s+)?(?P<src2>{_SOURCES})(?:\s+guidelines?)?\s+(?:used|cited|relied\s+on|applied|followed|quoted)\b", I)
_SOURCE_NAMES = {"ODG": r"\bODG\b|Official\s+Disability\s+Guidelines", "MTUS": r"\bMTUS\b|Medical\s+Treatment\s+Utilization",
                 "ACOEM": r"\bACOEM\b|American\s+College\s+of\s+Occupational"}


# (fact, how a question asks for it)
# the days counted from the injury: "how long had she been hurt?", "how long has he been injured?", "how long after
# the injury did IMR decide?", "how long since her accident?"
FROM_INJURY = re.compile(
    r"\bhow\s+long\s+(?:had|has|was|is|have|were)\s+(?:he|she|they|I|(?:the|my|his|her)\s+[^?.;]{1,60}?)\s+(?:been\s+)?(?:hurt|injured|in\s+pain|off\s+work|out\s+of\s+work|suffering|dealing\s+with\s+it)\b"
    r"(?!\s+(?:worse|more|again))"
    r"|\bhow\s+long\s+(?:after|since|from)\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+)?(?:injury|accident|fall|date\s+of\s+injury|DOI)\b"
    r"|\bhow\s+long\s+(?:after|since)\s+(?:he|she|they|I)\s+(?:got|was|were)\s+(?:hurt|injured)\b"
    # "how long ago was he injured?", "how long ago did she get hurt?" (not "hurt worse")
    r"|\bhow\s+long\s+ago\s+(?:had|has|have|was|were|is|did)\s+(?:[\w'’/-]+\s+){0,6}?(?:been\s+)?(?:get\s+|got\s+)?(?:injured|hurt)\b"
    r"(?!\s+(?:worse|more|again))", re.IGNORECASE)


ASKED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reviewer", re.compile(
        # "who reviewed it?" asks; "the surgeon who reviewed it" tells
        r"(?:^|[.?!;:,]\s*|\s[-\u2013\u2014]+\s*|\b(?:and|but|so|me|know|asking)\s+)who\s+(?:(?:was|is)\s+the\s+(?:(?:IMR|expert|independent|"
        r"medical)\s+)*(?:reviewer|doctor|physician)|"
        r"reviewed|decided|made\s+the\s+(?:decision|call)|"
        r"looked\s+at)\b"
        # ... or the decision told before, and who made it: "when was the decision on her MRI, and who made it?"; or by
        # whom, closing: "when was it decided and by whom?" (not "who made it?" alone: the request's maker, maybe)
        r"|\b(?:decision|call|ruling|determination)\b[^?]{0,80}?\bwho\s+made\s+(?:it|that|this)\b"
        r"|\bby\s+whom\s*[?.!]*\s*$|\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?:doctor|physician|specialist|specialty|"
        r"reviewer)\s+(?:reviewed|decided|was\s+(?:the\s+)?(?:IMR\s+)?reviewer|looked)\b|\breviewer'?s?\s+(?:specialty|"
        r"credentials?|licen[cs](?:e|ure)|qualifications?|certifications?|board)\b|\bwhere\s+is\s+the\s+reviewer\s+licensed\b"
        # the reviewer named, then what of them asked: "IMR reviewer for the 62 yo woman's shoulder MRI - what
        # specialty?", "what specialty was the reviewer?"
        r"|\breviewer\b[^?.;]{0,120}?\bwhat\s+(?:specialty|kind\s+of\s+(?:doctor|specialist)|type\s+of\s+(?:doctor|specialist))\b"
        r"|\bwhat\s+(?:specialty|kind\s+of\s+(?:doctor|specialist)|type\s+of\s+(?:doctor|specialist))\s+(?:was|is)\s+(?:the\s+)?"
        r"(?:IMR\s+)?reviewer\b"
        # "what did the doctor who reviewed the elbow MRI specialize in?", "what's the specialty of the reviewer?", "the
        # elbow MRI reviewer - what's his field?", "which state is the reviewer licensed in?"
        r"|\bwhat\s+(?:did|does|do)\s+[^?.;]{0,120}?\bspeciali[sz]e\s+in\b"
        # ... or whether they specialize in a field named: "did the doctor who reviewed the elbow MRI specialize in
        # sports medicine?", "is the reviewer a specialist in pain management?"
        r"|\b(?:did|does|do|was|is)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewer|doctor|physician)\b[^?.;]{0,120}?\b(?:speciali[sz]e[ds]?\s+in|"
        r"(?:a\s+)?specialist\s+in)\b"
        r"|\b(?:specialty|speciali[sz]ation|field|credentials?|licen[cs](?:e|ure)|qualifications?|board\s+certification)\s+of\s+"
        r"(?:the\s+)?(?:IMR\s+)?(?:reviewer|reviewing\s+(?:doctor|physician)|(?:doctor|physician)\s+(?:who|that)\s+(?:reviewed|"
        r"decided|denied|approved|upheld|overturned))\b"
        r"|\breviewer\b[^?.;]{0,120}?\bwhat(?:['’]s|\s+is|\s+was)\s+(?:his|her|their|the)\s+(?:field|specialty|background|"
        r"speciali[sz]ation|credentials)\b"
        r"|\b(?:which|what)\s+states?\b[^?.;]{0,80}?\blicen[cs]ed\b"
        # "same reviewer for both?": who reviewed them (one letter, one reviewer)
        # (not the reviewer's reasons: "same reviewer reasons?", service.same_reason)
        r"|\bsame\s+(?:IMR\s+)?(?:reviewer|doctor|physician|specialist)\b(?!['’]?s?\s+(?:reasons?|reasoning|rationales?|grounds?|logic)\b)"
        # ... or of what kind, with no word for the reviewer: "CM17-0010362 and CM17-0018279 same specialty?"
        r"|\b(?:same|different)\s+(?:specialt(?:y|ies)|(?:kinds?|types?|sorts?)\s+of\s+(?:doctors?|reviewers?|specialists?|"
        r"physicians?))\b"
        # ... and what of them: "what about the same guy's license?"
        r"|\bsame\s+(?:guy|gal|person|one|doc)['’]s\s+(?:licen[cs](?:e|ure)|specialty|credentials?|board)"
        # "was it reviewed by an occupational medicine doctor?", "was the reviewer an orthopedist?"
        # the one who decided named, then what kind of doctor asked: "the doctor who said no to his back shots - what
        # kind of doctor was that?"; told as a statement to confirm: "the reviewer was an internist?"
        r"|\bwho\s+(?:said\s+(?:no|yes)|denied|approved|refused|decided|ruled|reviewed|turned\s+(?:\w+\s+)?down)\b[^?]{0,150}?"
        r"\bwhat\s+(?:kind|type|sort)\s+of\s+(?:doctor|physician|specialist)\b"
        r"|\bwhat\s+(?:kind|type|sort)\s+of\s+(?:doctor|physician|specialist)\s+(?:was|is)\s+(?:that|he|she|they|this|the\s+(?:IMR\s+)?reviewer)\b"
        r"|\b(?:the\s+)?(?:IMR\s+)?reviewer\s+(?:was|is)\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s*\?"
        r"|^\s*(?:was|were|is)\b[^?.;]{0,150}?\breviewed\s+by\s+(?:an?|the)\s+|\b(?:was|is)\s+the\s+(?:IMR\s+)?reviewer\b[^?.;]{0,150}?\s(?:an?|board[- ]certified)\s+\w"
        # "did the reviewer for the 60 year old's case have a specialty in neurology?", "does the reviewer specialize in ..."
        r"|\b(?:did|does|do)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewer|reviewing\s+(?:doctor|physician))\b[^?.;]{0,120}?\b(?:have\s+(?:a\s+|any\s+)?"
        r"(?:specialty|background|board\s+certification|training|certification)|speciali[sz]e)\b"
        # "was it a neuro who reviewed it?", "was it an orthopedist that decided?"
        r"|\b(?:was|is)\s+(?:it|this|that)\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:who|that)\s+(?:reviewed|decided|looked\s+at|"
        r"made\s+the\s+(?:decision|call))\b"
        # ... or asked bare, of the one who decided (a follow-up of "who decided it?"): "is he an orthopedist?", "was she a
        # surgeon?", "was the doctor who decided it an orthopedic surgeon?" (a doctor's specialty: no patient's job)
        r"|^\s*(?:(?:and|so|but)\s+)?(?:was|is)\s+(?:he|she|they|the\s+(?:doctor|physician|reviewer)(?:\s+(?:who|that)\s+"
        r"(?:decided|reviewed|denied|approved)(?:\s+(?:it|this|that|them))?)?)\s+(?:an?\s+)?(?:board[- ]certified\s+)?"
        r"(?:orthop(?:a)?ed\w*|\w*surgeon|neurolog\w*|internist|physiatrist|psychiatrist|anesthesiologist|rheumatologist|"
        r"pain\s+(?:management\s+)?(?:doctor|specialist|physician)|occupational\s+medicine|family\s+(?:doctor|physician|"
        r"practitioner)|(?:a\s+)?real\s+doctor|(?:an?\s+)?MD)\b"
        # ... or a field named with no article, after the case or a clause: "CM17-0019011 is she occupational medicine?",
        # "hip MRI - is the reviewer occupational medicine?", "was he reviewed by occ med?" (a specialty's words only:
        # "is she a cook?" asks of the patient)
        r"|" + OPENING + r"(?:(?:and|so|but)\s+)?(?:was|is)\s+(?:he|she|they|the\s+(?:IMR\s+)?(?:reviewer|doctor|physician))\s+(?:in\s+|an?\s+"
        r"(?:board[- ]certified\s+)?)?" + SPECIALTY_WORDS +
        # ... "was it an occ med doc?", "CM17-0019011 reviewer occupational medicine?"
        r"|" + OPENING + r"(?:(?:and|so|but)\s+)?(?:was|is)\s+(?:it|this|that)\s+an?\s+" + SPECIALTY_WORDS
        + r"(?:\s+(?:doc|doctor|physician|specialist|MD|reviewer))?\s*\?"
        r"|\breviewer\s+(?:an?\s+)?" + SPECIALTY_WORDS + r"\s*\?" +
        r"|\b(?:was|is)\s+(?:he|she|it|this|that|they)\s+reviewed\s+by\s+(?:an?\s+|the\s+)?" + SPECIALTY_WORDS +
        # ... or told by a pronoun after the reviewer named: "the reviewer in the 29 yo woman's case, was she a family doctor"
        # (a doctor's kind, not the patient's: "what did the reviewer say about her opioid - was she a candidate?")
        r"|\breviewer\b[^?.;]{0,120}?\b(?:was|is|were|are)\s+(?:he|she|they|it|that)\s+(?:an?|board[- ]certified)\s+"
        r"(?:board[- ]certified\s+)?(?:" + SPECIALTY_WORDS + r"|(?:[\w-]+\s+)?(?:doc(?:tor)?|physician|specialist|surgeon|MD)\b)"
        # the reviewer named, then what of them asked bare at the end: "the expert reviewer on the MRIs, 33M - specialty?"
        r"|\breviewer\b[^?.;]{0,120}?(?:[,;:]|\s[-\u2013\u2014]+)\s*(?:(?:and|what|which|his|her|their)\s+)?(?:specialty|"
        r"speciali[sz]ation|credentials|licen[cs](?:e|ure))\s*[?.!]*\s*$"
        # ... or asked bare, a follow-up of "who reviewed it?": "what's their specialty", "and his credentials?", "what
        # specialty?" (a specialty is a doctor's, never a patient's)
        r"|^\s*(?:(?:and|so|ok(?:ay)?)\s*,?\s+)?(?:what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+)?(?:his|her|their|the)\s+"
        r"(?:specialty|speciali[sz]ation|credentials|board\s+certification)\s*[?.!]*\s*(?:\[[^\]]*\]\s*)?$"
        r"|^\s*(?:(?:and|so|ok(?:ay)?)\s*,?\s+)?what\s+(?:specialty|speciali[sz]ation)\s*[?.!]*\s*(?:\[[^\]]*\]\s*)?$", I)),
    ("date_of_injury", re.compile(
        rf"{_WHAT}(?:date\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?injury|DOI)\b|\bwhen\s+(?:was|did)\s+{_WHO}\s+(?:get\s+)?(?:injured|hurt)\b"
        rf"|\bwhen\s+did\s+{_WHO}\s+(?:hurt|injure)\b"
        # the patient told by a description: "what date was the 70 year old truck driver hurt?", "when
        # did the cook get injured?", "what was the injury date?"
        r"|\b(?:what\s+(?:date|day|year)|when)\s+(?:was|did)\s+(?:[\w'’/-]+\s+){0,6}?(?:get\s+|got\s+)?(?:injured|hurt)\b"
        r"(?!\s+(?:worse|more))"
        rf"|{_WHAT}injury\s+date\b|\bwhen\s+was\s+(?:the|his|her|my|their)\s+injury\b"
        # "what date was the injury", "what day was her injury?"
        r"|\bwhat\s+(?:date|day)\s+(?:was|is)\s+(?:the|his|her|my|their)\s+injury\b"
        rf"|\b(?:need|want|give\s+me|list|tell\s+me|send\s+me|with)\b[^?.;]{{0,40}}?\b(?:date\s+of\s+(?:the\s+)?injury|injury\s+date|DOI)\b{_NOT_TOLD}"
        rf"|(?:^|[:,;]\s*|\s[-\u2013\u2014]\s*)(?:the\s+)?(?:date\s+of\s+(?:the\s+)?injury|injury\s+date|DOI)\b{_NOT_TOLD}"
        # "dates of injury for CM.. and CM..", "the injury dates of both letters"
        r"|\b(?:dates\s+of\s+(?:the\s+)?injur(?:y|ies)|injury\s+dates|DOIs)\b", I)),
    ("ur_denial_date", re.compile(
        # (also "what date did UR deny the 33 yo man's MRIs?")
        r"\b(?:when|what\s+(?:date|day))\s+(?:did|was)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)\s+(?:deny|denied|decide|"
        rf"decision|denial)\b|{_WHAT}(?:UR\s+denial\s+date|date\s+of\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review)\s+(?:denial|"
        r"decision))\b"
        rf"|\bwhen\s+did\s+(?:the\s+)?{_UR}\s+(?:first\s+|originally\s+|initially\s+)?(?:say\s+no|turn\s+(?:it|this|that|them|\w+)?\s*down|"
        r"refuse|reject|non-?\s?certify)\b"
        rf"|\b(?:UR|utili[sz]ation\s+review)\s+denial\s+date\b{_NOT_TOLD}|\bdate\s+of\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review)\s+"
        rf"(?:denial|decision)\b{_NOT_TOLD}"
        # "when was UR?", "when was UR on the 34 yo man's facet injections?"
        r"|\bwhen\s+was\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review)(?=\s*(?:[?.!]|$)|\s+(?:on|for|in|of)\b)", I)),
    ("decision_date", re.compile(
        r"\bwhen\s+(?:was|did)\s+(?:the\s+)?(?:IMR\s+|final\s+)?(?:decision|determination|letter)\b|\bwhen\s+did\s+(?:IMR|"
        rf"the\s+reviewer)\s+(?:decide|rule|issue)\b|{_WHAT}(?:decision\s+date|date\s+of\s+the\s+(?:IMR\s+|final\s+)?"
        r"(?:decision|determination|letter))\b|\bwhen\s+was\s+[^?.;]{0,150}?\bdecided\b"
        # "who reviewed it and when": the date closes the question
        r"|\band\s+when\s*(?:[?.!]|$)"
        rf"|\b(?:IMR|final)\s+decision\s+date\b{_NOT_TOLD}|\bdate\s+of\s+the\s+(?:IMR|final)\s+(?:decision|determination)\b{_NOT_TOLD}"
        # ... in a list of what is wanted: "give me the reviewer specialty, decision date, and which items were upheld"
        rf"|\b(?:need|want|give\s+me|list|tell\s+me|send\s+me|with)\b[^?.;]{{0,80}}?\bdecision\s+date\b{_NOT_TOLD}"
        # of two letters named: "which was decided first, CM.. or CM..?", "when were CM.. and CM.. decided?"
        r"|\bwhich\s+(?:one\s+|case\s+|letter\s+)?(?:was|got)\s+decided\s+(?:first|earlier|sooner|last|later)\b"
        r"|\bwhen\s+were\s+[^?.;]{0,150}?\bdecided\b", I)),
    ("application_received", re.compile(
        r"\bwhen\s+was\s+(?:the\s+)?(?:IMR\s+)?(?:application|request\s+for\s+IMR)\s+(?:received|filed|submitted|made)\b"
        r"|\bwhen\s+did\s+(?:he|she|they|I|the\s+\w+)\s+(?:apply|file)\s+for\s+IMR\b"
        # whether it came in on time: "was the IMR application late?", "was the application on time?"
        r"|\bapplication\b[^?.;]{0,40}?\b(?:late|on\s+time|in\s+time|timely|untimely)\b", I)),
    ("date_assigned", re.compile(r"\bwhen\s+was\s+(?:the\s+case|it)\s+assigned\b", I)),
    # how long the review took: "did they decide within 30 days?", "was it decided in time?", "how
    # long did IMR take on it?" (of one letter; "how long does IMR take?" is a collection question)
    ("timing", re.compile(
        r"\b(?:decid\w*|decision|determination|rul(?:e|ed|ing)|answer\w*|respond\w*|review\w*|IMR)\b[^?.;]{0,40}?"
        + _DAYS.pattern + r"|\b(?:decided|decide|ruled?|answered|done|made)\s+(?:it\s+)?(?:in|on)\s+time\b"
        r"|\bhow\s+long\s+did\s+(?:it|IMR|they|the\s+(?:review|reviewer|decision|IMR))\s+take\b"
        # counted from a step told: "and how long after UR?", "how long from the application to the IMR decision?", "and
        # how long after that did IMR decide?"
        r"|\bhow\s+long\s+(?:after|from|since)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer|"
        r"insurance|(?:IMR\s+)?application|denial|that|then)\b"
        # ... or from the injury: "how long had she been hurt?", "how long after his injury did IMR decide?"
        r"|" + FROM_INJURY.pattern, I)),
    # what utilization review did with the request: "what did UR say?", "what did the adjuster decide?", "UR's decision?"
    # (its date alone is ur_denial_date; its guideline alone, the guideline asked of UR)
    ("ur_decision", re.compile(
        rf"\bwhat\s+(?:did|had|was)\s+(?:the\s+)?{_UR}\s+(?:say|said|decide|decided|do|did|think|find|rule|ruled|conclude|"
        r"determine|decision|originally\s+(?:say|decide))\b"
        rf"|\b{_UR}['’]s\s+(?:original\s+|initial\s+|first\s+)?(?:decision|determination|ruling|answer|response)\b"
        rf"|\bwhat\s+(?:was|were)\s+(?:the\s+)?{_UR}\s+(?:decision|determination|ruling|answer|response)\b"
        rf"|\bhow\s+did\s+(?:the\s+)?{_UR}\s+(?:decide|rule)\b", I)),
    # how long the letter is: "how many pages is the letter?", "how long is the determination?", "page count?" (not the
    # guideline's pages: "how many pages of the MTUS did it cite?")
    ("page_count", PAGE_COUNT),
    # where in the letter an item is: "what pages is the pantoprazole on?", "which page of the letter?", "page number?"
    ("letter_pages", re.compile(r"\b(?:what|which)\s+pages?\s+(?:(?:is|are|was|were)\s+(?!(?:(?:the|that|this)\s+)?(?:MTUS|ODG|ACOEM|guidelines?)\b)"
                                r"(?:[\w'-]+\s+){0,5}?(?:on|in)\b|(?:of|in)\s+the\s+(?:letter|determination|decision|pdf)\b)"
                                r"|\bpages?\s+(?:numbers?\s+)?(?:of|in)\s+the\s+(?:letter|determination|pdf)\b"
                                r"|\bwhere\s+in\s+the\s+(?:letter|determination|pdf)\b|\bon\s+what\s+pages?\b", I)),
    ("guideline", re.compile(
        r"\b(?:which|what)\s+(?:MTUS\s+|ODG\s+|ACOEM\s+)?(?:guidelines?|sections?|chapters?|pages?|sources?|criteria|rules?)\s+"
        r"(?:(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:MTUS|ODG|ACOEM|guidelines?)\s+)?"
        r"(?:(?:did|do|does|was|were|is)\s+)?(?:[\w'-]+\s+){0,4}?(?:us(?:e|ed|ing)|cit(?:e|ed|ing)|rel(?:y|ied|ying)|bas(?:e|ed)|"
        r"appl(?:y|ied)|follow(?:ed)?|quot(?:e|ed|ing)|go(?:es)?\s+by|went\s+by|going\s+by)\b|\brel(?:y|ied)\s+on\s+(?:MTUS|ODG|ACOEM)|\b(?:MTUS|ODG)\s+or\s+(?:MTUS|ODG)\b|"
        r"\bwhat\s+guidelines?\b"
        # the guideline of a kind of request: "which guideline section covers home health services?"
        r"|\b(?:which|what)\s+(?:MTUS\s+|ODG\s+|ACOEM\s+)?(?:guidelines?|sections?|chapters?|rules?)(?:\s+sections?)?\s+"
        r"(?:covers?|applies\s+to|apply\s+to|governs?|deals?\s+with)\b"
        # the part of a guideline asked bare, closing a clause: "head CT - which ODG section?", "which MTUS sections?"
        r"|\b(?:which|what)\s+(?:MTUS\s+|ODG\s+|ACOEM\s+)?(?:guidelines?|sections?|chapters?|pages?)\s*(?:[?.!;,]|$)"
        # ... or of the guideline named after it: "what pages of the MTUS?", "which sections of the ODG?"
        r"|\b(?:which|what)\s+(?:sections?|chapters?|pages?)\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:MTUS|ODG|ACOEM|guidelines?)\s*(?:[?.!;,]|$)"
        # ... named as a noun after the decision asked: "IMR decision and guideline section"
        r"|(?:\band|[,;:]|\s[-\u2013\u2014]+)\s+(?:the\s+)?(?:guideline|MTUS|ODG|ACOEM)\s+(?:sections?|chapters?|pages?|"
        r"citations?|cited)\s*(?:[?.!]|$)"
        # ... or told by the one who used it: "MTUS section the reviewer relied on?"
        r"|\b(?:MTUS|ODG|ACOEM|guidelines?)\s+(?:sections?|chapters?|pages?)\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:(?:IMR|expert)\s+)?"
        r"(?:reviewer|IMR)\s+(?:us|cit|rel|bas|appl|follow|quot)\w*"
        # both sides' guidelines compared: "did UR and IMR use the same guideline?", "different criteria?"
        r"|\b(?:the\s+)?(?:same|different)\s+(?:guidelines?|sections?|criteria|rules?)\b"
        # the page of the guideline asked of the item just answered: "what page was the guideline on?", "what page is
        # that MTUS rule on?"
        r"|\b(?:which|what)\s+pages?\s+(?:is|was|were|are)\s+(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:guidelines?|MTUS|ODG|ACOEM|rules?|criteria|citation)\b"
        # ... asked bare, after an item's answer (service.conversation.ABOUT_IT): "which guideline?"
        + "|" + _BARE_GUIDELINE.pattern + "|" + SOURCE_ASKED.pattern +
        # what a decision rests on: "what did UR base its denial on?", "what was the denial based on?"
        r"|\bwhat\s+(?:did|does|do)\s+(?:[\w'’-]+\s+){1,3}?bas(?:e|ed)\s+(?:its|their|his|her|the|that|this)\s+(?:denial|decision|"
        r"determination|ruling|non-?certification)\s+on\b"
        r"|\bwhat\s+(?:was|were|is)\s+(?:(?:the|UR['’]?s|IMR['’]?s|its|their)\s+)?(?:denial|decision|determination|ruling)\s+based\s+on\b" +
        # "was the Deprizine decided under a PPI section or something else?": the rule it was judged by
        r"|\b(?:decided|judged|reviewed|determined|evaluated|assessed|considered)\s+(?:under|per|according\s+to|by|against)\s+"
        r"(?:(?:an?|the|which|what|some)\s+)?(?:[\w'-]+\s+){0,3}?(?:guidelines?|sections?|chapters?|criteria|MTUS|ODG|ACOEM)\b",
        I)),
    # who the patient is: "the lady on the pantoprazole, how old is she", "what does he do for work?"
    # a name asked: the letters are published redacted ("what's the name of the reviewer?", "are the reviewers' names
    # given?", "what is the patient's name?")
    ("names", re.compile(r"\bnames?\s+of\s+(?:the\s+)?(?:IMR\s+)?(?:reviewers?|patients?|doctors?|physicians?|injured\s+workers?|"
                         r"claimants?|applicants?)\b|\b(?:reviewer|patient|doctor|physician|worker|claimant|applicant)s?['’]s?\s+"
                         r"names?\b|\bnames?\s+(?:given|listed|shown|redacted)\b|\b(?:are|is)\s+(?:the\s+)?(?:reviewers?|"
                         r"doctors?|patients?)\s+(?:named|identified)\b", I)),
    ("age_and_sex", AGE_OR_SEX),
    ("job", JOB),
    ("diagnosis", DIAGNOSIS),
    ("mechanism", HOW_HURT),
    ("body_part", PART_ASKED),
    ("priority", re.compile(r"\b(?:expedited|standard)\s+or\s+(?:an?\s+)?(?:expedited|standard)\b|\bwas\s+(?:it|the\s+"
                            r"(?:review|case))\s+expedited\b|\bwhat\s+priority\b"
                            # "what was the priority?", "her review's priority", "was the tramadol in case CM.. expedited?"
                            r"|\b(?:the|its|his|her|their)\s+(?:(?:review|case|IMR)['’]?s?\s+)?priority\b(?!\s+(?:treatments?|requests?|items?))"
                            r"|\bexpedited\s*\?"
                            # "was the 57 yo man's case expedited?", "was her review rushed/urgent?"
                            r"|\b(?:case|review|IMR|appeal)\s+(?:expedited|urgent|rushed)\b"
                            # "was her IMR a standard review?", "was the review routine?"
                            r"|\ban?\s+(?:standard|regular|routine|expedited|urgent)\s+(?:review|case|IMR)\b"
                            r"|\b(?:case|review|IMR)\s+(?:standard|regular|routine)\s*\?", I)),
)
# the header line each date is printed on: "Decision Date:        01/25/2017"
_LABEL = {"decision_date": r"Decision\s+Date", "date_of_injury": r"Date\s+of\s+Injury", "ur_denial_date": r"UR\s+Denial\s+Date",
          "date_assigned": r"Date\s+Assigned", "application_received": r"Application(?:\s+Received)?", "priority": r"Priority"}
_WORDS = {"decision_date": "was decided on", "date_of_injury": "gives the date of injury as",
          "ur_denial_date": "gives utilization review's denial date as", "date_assigned": "was assigned to a reviewer on",
          "application_received": "gives the IMR application's receipt as"}


# the facts of a letter itself (not "guideline" nor "ur_decision", which are of one of its requests)
OF_THE_LETTER = frozenset({"reviewer", "names", "decision_date", "date_of_injury", "ur_denial_date", "application_received",
                           "date_assigned", "timing", "age_and_sex", "job", "diagnosis", "mechanism", "priority", "page_count"})


def asked_facts(text: str) -> tuple[str, ...]:
    """The facts of a letter `text` asks for, in the order of ASKED (its dates in the order of a timeline: injury,
    utilization review's denial, IMR's decision)."""
    return tuple(name for name, pattern in ASKED if pattern.search(text) or (name == "mechanism" and hurt_asked(text)))


def say_facts(c: Composer, letter: Letter, facts: tuple[str, ...], item: Item | None = None, *,
              text: str = "", named: str | None = None, also: tuple[Item, ...] = ()) -> str:
    """Say each fact asked of `letter` (the guideline: of its `item`), cited to where the letter
    prints it; returns the first sentence ('' when the letter gives none of them). A yes/no
    question (`text`) is answered yes or no first: whether the reviewer is of the specialty
    `named` ("was the reviewer an orthopedic surgeon?"), whether the review took the days it names
    ("decided within 30 days of UR's denial?"). The guideline is said of the items `also` answered too, each
    its own ("CM16-0231745 e-stim and ultrasound - which MTUS sections?")."""
    said = [s for fact in facts
            for s in ([_guideline(c, letter, one, text) for one in (item, *also)] if fact == "guideline"
                      else [_ur_decision(c, letter, item)] if fact == "ur_decision"
                      else [body_part(c, letter, one, text) for one in (item, *also)] if fact == "body_part"
                      else [_pages(c, letter, one) for one in (item, *also)] if fact == "letter_pages"
                      else [_fact(c, letter, fact, text, named, several=bool(item and also), item=item)]) if s]
    for sentence in said:
        c.say(sentence)
    return said[0] if said else ""


def _sentence_naming(item: Item, at: int) -> Span | None:
    """The rationale sentence (letter offsets) that holds letter offset `at`, or None."""
    return next((sentence.span for sentence in item.sentences if sentence.span[0] <= at < sentence.span[1]), None)


def _guideline(c: Composer, letter: Letter, item: Item | None, text: str = "") -> str:
    """ 'For "X" in case Y, the reviewer relied on MTUS ..., Section(s): ... [n].'; asked bare ("which guideline?"
    after an item's answer), with the rule sentence the item's answer quotes (service.compose.why) when the rationale
    has one: '..., and the rule it cites: "..." [m]' (which the item's answer then does not say again)."""
    span = guideline_span(letter, item) if item else None
    if item is None or span is None:
        return ""
    if _CLAIMS_SIDE.search(text) and (theirs := guideline_span(letter, item, claims=True)):
        # utilization review's guideline asked ("what guideline did the claims administrator cite?"), or both sides
        # compared ("did UR and IMR use the same guideline?")
        named = f'For "{item.title or item.request}" in case {letter.case_number}'
        ur = f"the claims administrator (utilization review) relied on {guideline_words(item, claims=True)} " \
             f"[{c.cite(letter, item, theirs, role='guideline')}]"
        if not _BOTH_SIDES.search(text):
            return f"{named}, {ur}."
        ours = f"the IMR reviewer relied on {guideline_words(item)} [{c.cite(letter, item, span, role='guideline')}]"
        said = f"{named}, {ur}; {ours}."
        if asked := _SAME_ASKED.search(text):
            same = _cited(item.claims_administrator_guideline) == _cited(item.maximus_guideline)
            yes = same != asked.group(0).lower().startswith("differ")  # "different guidelines?" is yes when not the same
            opening = ("Yes" if yes else "No") + (", the same guideline: " if same else ", different guidelines: ")
            return opening + said[0].lower() + said[1:]
        return said
    n = c.cite(letter, item, span, role="guideline")
    said = f'For "{item.title or item.request}" in case {letter.case_number}, the reviewer relied on {guideline_words(item)} [{n}]'
    if asked := SOURCE_ASKED.search(text):
        # "did the reviewer use ODG for her shoulder MRI?": yes when the citation line or the rationale names it
        source = asked.group("src") or asked.group("src2")
        named = re.compile(_SOURCE_NAMES.get(source.upper(), re.escape(source)), I)
        yes = bool(named.search(guideline_words(item)) or named.search(item.rationale))
        said = f"{'Yes' if yes else 'No'}: {said[0].lower()}{said[1:]}"
        if not yes:
            return f"{said}; the rationale does not cite {source} either."
        rationale = letter.text[item.rationale_span[0]: item.rationale_span[1]]
        if (m := named.search(rationale)) and (cited := _sentence_naming(item, item.rationale_span[0] + m.start())) is not None:
            return f"{said}; the rationale cites it: {c.quote(letter, item, cited, 'guideline')}"
        return f"{said}."
    if _PAGE_ASKED.search(text) and (paged := page_sentence(letter, item, text)) is not None:
        # the 2016-2017 letters' citation lines name sections; the pages are in the rationale ("As noted on page 82 of
        # the MTUS Chronic Pain Medical Treatment Guidelines, ...")
        return f"{said}; the rationale cites the page: {c.quote(letter, item, paged, 'guideline')}"
    if guideline_page_asked(text):
        # a page asked where the rationale cites none: the citation line names sources and sections only
        return f"{said}; the letter gives no page for it, only the source and section(s)."
    if not _BARE_GUIDELINE.search(text) or (rule := why.rule(letter, item, why.findings(letter, item, text))) is None:
        return f"{said}."
    return f"{said}, and the rule it cites: {c.quote(letter, item, rule, 'guideline')}"


def _pages(c: Composer, letter: Letter, item: Item | None) -> str:
    """'In case CM17-0013716, "Pantoprazole 20mg #30" is on page 3 of the letter [1].': the pages its block spans,
    heading to rationale, cited by its heading."""
    if item is None or not item.pages:
        return ""
    first, last = min(item.pages), max(item.pages)
    where = f"page {first}" if first == last else f"pages {first}-{last}"
    n = c.cite(letter, item, trim(letter.text, item.heading_span), role="heading")
    return f'In case {letter.case_number}, "{item.title or item.request}" is on {where} of the letter [{n}].'


def _page_count(c: Composer, letter: Letter) -> str:
    """ 'The letter of case CM17-0014288 is 3 pages long [1].': the pages of the letter as published, cited by the
    first line of its last page (the letters print no page count of their own)."""
    if not letter.page_starts or not letter.text.strip():
        return f"The letter of case {letter.case_number} does not give its page count."
    count = letter.page_count
    last = letter.page_starts[-1]
    m = re.compile(r"\S[^\n]*").search(letter.text, last)
    n = c.cite(letter, None, (m.start(), m.end()), role="header") if m else 0
    return (f"The letter of case {letter.case_number} is {count} page{'s' if count != 1 else ''} long"
            + (f" [{n}]." if n else "."))


def _ur_decision(c: Composer, letter: Letter, item: Item | None) -> str:
    """What utilization review did with the item, as far as the IMR letter tells it: denied it (or authorised
    part of it), on the date the header prints, relying on the claims administrator's guideline; then what
    IMR made of that denial. The letter does not give UR's own reasoning: said so, not made up."""
    if item is None:
        return ""
    title = item.title or item.request

    def heading() -> int:
        return c.cite(letter, item, trim(letter.text, item.heading_span), role="heading")

    if modified := modification(item.request):
        original, authorised = (short_title(part) for part in modified)
        did = (f"The claims administrator's utilization review (UR) modified the request for {original} in case "
               f"{letter.case_number}: it authorised {authorised} and denied the rest, the part IMR decided [{heading()}]")
    else:
        did = f"The claims administrator's utilization review (UR) denied \"{title}\" in case {letter.case_number}"
    parts = [did]
    if letter.ur_denial_date and (line := _header_line(letter, "ur_denial_date")) is not None:
        parts.append(f"the letter gives the UR denial date as {said_day(letter.ur_denial_date)} "
                     f"[{c.cite(letter, None, line, role='header')}]")
    if (theirs := guideline_span(letter, item, claims=True)) is not None:
        parts.append(f"UR relied on {guideline_words(item, claims=True)} [{c.cite(letter, item, theirs, role='guideline')}]")
    outcome = ("IMR upheld that denial: the treatment is not authorised" if item.decision == "Upheld" else
               "IMR overturned that denial: the treatment is authorised" if item.decision == "Overturned" else "")
    said = parts[0] + (": " + "; ".join(parts[1:]) if len(parts) > 1 else "") + "."
    return (f"{said} The IMR letter does not give utilization review's own reasons."
            + (f" {outcome[0].upper()}{outcome[1:]} [{heading()}]." if outcome else ""))


# a guideline's page asked: "what page of the chronic pain guidelines did the reviewer cite?", "pg?", "which pp."
_PAGE_ASKED = re.compile(r"\b(?:pages?|pgs?|pp)\b", I)
# ... of the letter itself, not of the guideline: "how many pages is the letter?"
_LETTER_PAGE = re.compile(r"\bpages?\b[^?]{0,30}\b(?:letter|determination|pdf)\b|\b(?:letter|determination|pdf)\b[^?]{0,20}\bpages?\b", I)
# a page a rationale sentence cites: "page 82", "pages 300-301", "pg. 607", "pp. 300, 309"
_PAGE_CITED = re.compile(r"\b(?:pages?|pgs?\.?|pp\.?)\s*\d", I)


def guideline_page_asked(text: str) -> bool:
    """Whether `text` asks a page of the guideline ("what page was the guideline on?"), not of the letter."""
    return bool(_PAGE_ASKED.search(text)) and not _LETTER_PAGE.search(text)


def page_sentence(letter: Letter, item: Item, text: str) -> Span | None:
    """The rationale sentence of `item` that cites a guideline's page, the one sharing most words with the
    question `text` other than the request's (the guideline it names: "chronic pain", "ACOEM"), the first of
    equals; None when none does."""
    wanted = set(tokens(text)) - {"page", "pages", "pg", "pp"} - set(tokens(item.request))
    best: tuple[int, int, Span] | None = None
    for position, sentence in enumerate(item.sentences):
        said = letter.text[sentence.span[0]:sentence.span[1]]
        if not _PAGE_CITED.search(said):
            continue
        # a rule sentence preferred (the item's answer then does not quote it again), a long one avoided
        score = 2 * len(wanted & set(tokens(said))) + (sentence.role == "guideline") - (len(said) > why.MAX_QUOTE_CHARS)
        if best is None or (-score, position) < (-best[0], best[1]):
            best = (score, position, tuple(sentence.span))
    return best[2] if best else None


# utilization review's side of the guideline, asked ("what guideline did the claims administrator cite?"), and both
# sides ("did UR and IMR use the same guideline?", "compare the guidelines UR and the reviewer cited")
_UR_SIDE = r"(?:UR|utili[sz]ation\s+review|(?:the\s+)?claims?\s+administrator|(?:the\s+)?(?:adjuster|carrier|insurer|insurance))"
_IMR_SIDE = r"(?:IMR|MAXIMUS|(?:the\s+)?(?:IMR\s+)?reviewer)"
# (the guideline asked of UR: "what guideline did the claims administrator cite?", "UR's criteria"; not "IMR upheld UR on
# my request; which guideline did the reviewer rely on?")
_CLAIMS_SIDE = re.compile(
    rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,3}}?(?:guidelines?|sections?|criteria|rules?|sources?)\s+(?:did|does|do|was|were|had|has)\s+"
    rf"(?:the\s+)?{_UR_SIDE}\b|\b{_UR_SIDE}['’]s\s+(?:own\s+)?(?:guidelines?|criteria|citations?|sources?)\b"
    rf"|\b{_UR_SIDE}\s+(?:and|vs\.?|versus|or)\s+(?:the\s+)?{_IMR_SIDE}\b|\b{_IMR_SIDE}\s+(?:and|vs\.?|versus|or)\s+(?:the\s+)?{_UR_SIDE}\b"
    # ... or what utilization review based its denial on: "what did UR base its denial on?", "what was UR's denial based on?"
    rf"|\b{_UR_SIDE}\s+bas(?:e|ed)\s+(?:its|their|the|that|this)\s+(?:denial|decision|determination|non-?certification)\s+on\b"
    rf"|\b{_UR_SIDE}['’]s\s+(?:denial|decision|determination|non-?certification)\s+(?:was\s+)?based\s+on\b", I)
_BOTH_SIDES = re.compile(rf"\b{_UR_SIDE}\s+(?:and|vs\.?|versus|or)\s+(?:the\s+)?{_IMR_SIDE}\b|\b{_IMR_SIDE}\s+(?:and|vs\.?|versus|or)\s+"
                         rf"(?:the\s+)?{_UR_SIDE}\b|\bsame\b|\bcompar\w*|\bdiffer\w*", I)
_SAME_ASKED = re.compile(r"\bsame\b|\bdiffer\w*", I)


def _cited(guide) -> tuple[frozenset[str], frozenset[str]]:
    """A guideline's sources and sections, for telling whether two sides cited the same."""
    return frozenset(guide.sources), frozenset(s.lower() for s in guide.sections)


# a question answered yes or no: "was it reviewed by ...?", "did they decide within 30 days?"
_YES_NO = re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:was|were|is|did|does|do|has|had)\b|(?:" + OPENING + r"|[-]\s*)(?:was|were|is|did|does)\s+"
                     r"(?:it|they|the|IMR|he|she|this|that)\b"
                     # ... asked after another question: "who is the reviewer ... and are they an orthopedist?"
                     r"|\band\s+(?:was|were|is|are)\s+(?:they|he|she)\s+(?:an?|board[- ]certified)\s"
                     # ... or a statement to confirm: "the reviewer was an internist?"
                     r"|\breviewer\s+(?:was|is)\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s*\?"
                     # ... or the field beside the word, tersely: "CM17-0019011 reviewer occupational medicine?"
                     r"|\breviewer\s+(?:an?\s+)?" + SPECIALTY_WORDS + r"\s*\?", I)


# a specialist by the specialty's name, where a lay word stands for more than one (service.reviewers.alternatives)
_PERSON = {"Neurology": "neurologist", "Neurological Surgery": "neurosurgeon"}


# the one priority a yes/no question names ("was her review expedited?", "was it a standard review?"), not a
# choice of both ("expedited or standard?")
_PRIORITY_ASKED = re.compile(r"^(?!.*\b(?:expedited|standard|urgent|regular|routine)\s+or\b).*?\b(expedited|urgent|rushed|"
                             r"standard|regular|routine)\b", I | re.S)
_SAME_PRIORITY = {"expedited": ("urgent", "rushed"), "standard": ("regular", "routine")}


# the same reviewer asked of the items answered: "same reviewer for both?", "was it the same doctor reviewing both?"
_SAME_REVIEWER = re.compile(r"\bsame\s+(?:IMR\s+)?(?:reviewer|doctor|physician|specialist|doc)\b(?!['’]?s?\s+(?:reasons?|reasoning|rationales?|grounds?|logic)\b)"
                            r"|\breviewed\s+by\s+the\s+same\b", I)


# the same reviewer asked against someone named ("same doctor as the one who treated him?"): not of the letter's items
_SAME_AS = re.compile(r"\bsame\s+(?:IMR\s+)?(?:reviewer|doctor|physician|specialist|doc)\s+as\b", I)


# ... but "same reviewer as the brace?" names a request, not a person: of the letter's items (another patient or case
# told after "as" is another letter: "same reviewer as the 61 yo woman's hip MRI?")
_AS_A_REQUEST = re.compile(r"\bsame\s+(?:IMR\s+)?(?:reviewer|doctor|physician|specialist|doc)\s+as\s+(?:the|his|her|their|my)\s+"
                           r"(?P<what>[^?.;!]{1,60})", I)
_ANOTHER_TOLD = re.compile(r"\b(?:\d{1,3}|CM\d|cm\d|man|woman|guy|lady|male|female|patient|worker|one\s+who|treat\w*)", I)


def _as_a_request(text: str, case_number: str) -> bool:
    """Whether "same reviewer as ..." names a request of the letter answered ("... as the brace? [in case
    CM17-0006797]", the letter the conversation carried), no one else; not when the letter carried is another ("the 40
    yo woman's tramadol || same reviewer as the celecoxib?": the other 40-year-old woman's celecoxib)."""
    m = _AS_A_REQUEST.search(text)
    return bool(m and case_number in text and find_treatments(m.group("what")) and not _ANOTHER_TOLD.search(m.group("what")))


def _same_reviewer(said: str, letter: Letter, item: Item) -> str:
    """ "same reviewer?" of one item answered ("CM17-0015198 PT || same reviewer for the chiro?"): one letter has one
    reviewer, who decided each of its requests, the one answered among them; yes first when the letter has others."""
    who = said[: -1] if said.endswith(".") else said
    n = len(letter.items)
    if n < 2:
        return f"One letter, one reviewer: {who[0].lower()}{who[1:]}, who decided its one request."
    every = "both of its requests" if n == 2 else f"all {n} of its requests"
    named = short_title(item.title or item.request)
    return f'Yes: one letter, one reviewer: {who[0].lower()}{who[1:]}, who decided {every}, "{named}" among them.'


# the same kind of reviewer asked of several letters named: "CM16-0246624 vs CM17-0005246: same reviewer specialty?",
# "were A and B reviewed by the same kind of doctor?", "different specialties?"
_SAME_KIND = re.compile(r"\b(?:same|different)\s+(?:(?:IMR\s+)?(?:reviewer|doctor|physician|specialist|doc)(?:'?s)?\s+)?"
                        r"(?:specialt(?:y|ies)|kinds?\s+of\s+(?:doctors?|reviewers?|specialists?|physicians?)|type\s+of\s+"
                        r"(?:doctors?|reviewers?|specialists?)|reviewers?|doctors?|physicians?|specialists?)\b", I)


def same_specialty(letters: list[Letter], text: str) -> str:
    """Whether the reviewers of the letters named share a specialty, when `text` asks: "Yes: both reviewers are
    specialists in Family Practice.", "No: different specialties.", "Partly: ..."; '' when not asked or not known."""
    if len(letters) < 2 or not _SAME_KIND.search(text) or _SAME_AS.search(text):
        return ""
    held = [frozenset(p.strip() for p in (letter.reviewer_specialty or "").split(",") if p.strip()) for letter in letters]
    if not all(held):
        return ""
    who = "both reviewers" if len(letters) == 2 else f"all {len(letters)} reviewers"
    # "different specialties?" asks the other way round: yes when they differ
    different = bool(_DIFFERENT.search(text)) and not _SAME.search(text)
    if all(h == held[0] for h in held):
        return f"{'No' if different else 'Yes'}: {who} are specialists in {letters[0].reviewer_specialty}."
    if common := frozenset.intersection(*held):
        return f"Partly: {who} are specialists in {', '.join(sorted(common))}, not in the same specialties otherwise."
    return "Yes: different specialties." if different else "No: different specialties."


_DIFFERENT = re.compile(r"\bdifferent\b", I)
_SAME = re.compile(r"\bsame\b", I)


def _fact(c: Composer, letter: Letter, fact: str, text: str = "", named: str | None = None, several: bool = False,
          item: Item | None = None) -> str:
    """One fact of `letter`, said; `several`: more than one of its items answered; `item`: the one answered."""
    cn = letter.case_number
    if fact == "reviewer":
        if not (letter.reviewer_specialty or letter.reviewer_licensure):
            return ""
        span = credentials_span(letter)
        n = c.cite(letter, None, span, role="reviewer") if span else 0
        what = " and ".join(p for p in (f"a specialist in {letter.reviewer_specialty}" if letter.reviewer_specialty else "",
                                        f"licensed in {_states(letter.reviewer_licensure)}" if letter.reviewer_licensure
                                        else "") if p)
        said = f"The IMR reviewer of case {cn} is {what}" + (f" [{n}]." if n else ".")
        if several and _SAME_REVIEWER.search(text):
            # "CM17-0015198 PT and chiro || same reviewer for both?": one letter decides them, by one reviewer
            return f"Yes: one letter, one reviewer: {said[0].lower()}{said[1:]}"
        if item is not None and _SAME_REVIEWER.search(text) and (not _SAME_AS.search(text) or _as_a_request(text, cn)):
            return _same_reviewer(said, letter, item)  # (of two letters named, each one's reviewer: no item)
        if named and letter.reviewer_specialty and _YES_NO.search(text):
            held = [p.strip().lower() for p in letter.reviewer_specialty.split(",")]
            either = alternatives(named)  # "a neuro": a neurologist or a neurosurgeon, said which
            which = [n for n in either if n.lower() in held]
            if named == SURGEON:  # "is he a surgeon?": any surgical specialty, said as the letter's
                return (f"Yes: {said[0].lower()}{said[1:]}" if which else
                        f"No: {said[0].lower()}{said[1:-1]}, not a surgical specialty.")
            if which and len(either) > 1:
                other = next(n for n in either if n not in which)
                return (f"Yes: {said[0].lower()}{said[1:-1]}: a {_PERSON.get(which[0], which[0])}, not a "
                        f"{_PERSON.get(other, other)} (\"neuro\" can mean either).")
            if which:
                return f"Yes: {said[0].lower()}{said[1:]}"
            return f"No: {said[0].lower()}{said[1:-1]}, not {' or '.join(either)}."
        return said
    if fact == "names":
        return (f"Case {cn}'s letter names neither the patient nor the reviewer: DWC publishes the letters redacted; "
                f"the reviewer is given by specialty and licensure.")
    if fact == "page_count":
        return _page_count(c, letter)
    if fact == "timing":
        return _timing(c, letter, text)
    if fact == "age_and_sex":
        return age_and_sex(c, letter)
    if fact == "job":
        return job(c, letter)
    if fact == "diagnosis":
        return diagnosis(c, letter)
    if fact == "mechanism":
        return mechanism(c, letter, text)
    value = getattr(letter, fact)
    span = _header_line(letter, fact)
    if not value or span is None:
        return ""
    n = c.cite(letter, None, span, role="header")
    if fact == "priority":
        said = f"Case {cn} was a {value.lower()} review [{n}]."
        # "was the 57 yo man's case expedited?": yes or no first (not "expedited or standard?", a choice)
        if (asked := _PRIORITY_ASKED.search(text)) and _YES_NO.search(text):
            held = asked.group(1).lower() in (value.lower(), *_SAME_PRIORITY.get(value.lower(), ()))
            return f"{'Yes' if held else 'No'}: {said[0].lower()}{said[1:]}"
        return said
    return f"Case {cn} {_WORDS[fact]} {said_day(value)} [{n}]."


# where the days are counted from, when the question says: UR's denial, the IMR application
_FROM_UR = re.compile(r"\b(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)(?:'s)?\s+(?:denial|denied|said\s+no|"
                      r"decision|non-?cert\w*|turned)|\b(?:denial|non-?cert\w*)\s+(?:by|from)\s+(?:UR|utili[sz]ation)"
                      r"|\bhow\s+long\s+(?:after|from|since)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review)\b"
                      # "how many days from UR to IMR?"
                      r"|\b(?:from|since|after)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review)\s+(?:to|until|till)\b", I)
_FROM_APPLICATION = re.compile(r"\b(?:application|applied|appeal(?:ed)?|filed|filing|request(?:ed)?\s+IMR)\b", I)
_NUMBERS = {"thirty": 30, "fourteen": 14, "forty five": 45, "forty-five": 45}
_SINCE = {"ur_denial_date": "utilization review denied it on", "date_of_injury": "the patient was injured on", "application_received": "the IMR application was received on",
          "date_assigned": "was assigned to a reviewer on"}


def _timing(c: Composer, letter: Letter, text: str = "") -> str:
    """ "Case X was assigned to a reviewer on A [n] and decided on B [m], N days later."; counted
    from UR's denial or the application when the question says so, and answered yes or no first
    when it names a number of days ("within 30 days of UR's denial?")."""
    since = ("date_of_injury" if FROM_INJURY.search(text) else "ur_denial_date" if _FROM_UR.search(text) else
             "application_received" if _FROM_APPLICATION.search(text) else "date_assigned")
    spans = [_header_line(letter, f) for f in (since, "decision_date")]
    try:
        days = (date.fromisoformat(letter.decision_date or "") - date.fromisoformat(getattr(letter, since) or "")).days
    except ValueError:
        return ""
    if None in spans:
        return ""
    n, m = (c.cite(letter, None, span, role="header") for span in spans)
    start = (f"Case {letter.case_number} was assigned to a reviewer on" if since == "date_assigned" else
             f"In case {letter.case_number}, {_SINCE[since]}")
    said = (f"{start} {said_day(getattr(letter, since) or '')} [{n}] and IMR decided on {said_day(letter.decision_date or '')} [{m}], "
            f"{days} day{'s' if days != 1 else ''} later.")
    if since == "date_assigned":
        said = said.replace(" and IMR decided on ", " and decided on ", 1)
    if since == "date_of_injury" and days >= 60:  # "130 days later (about 4 months)"
        said = f"{said[:-1]} (about {round(days / 30.44)} months)."
    if (asked := _DAYS.search(text)) and _YES_NO.search(text):
        limit = int(asked.group("n")) if asked.group("n").isdigit() else _NUMBERS[asked.group("n").lower()]
        return f"{'Yes' if days <= limit else 'No'}: {said[0].lower()}{said[1:]}"
    return said


# how each date a count of days starts from is said before the decision's
_DATED_FROM = {"ur_denial_date": "Utilization review denied it on", "date_of_injury": "The patient was injured on", "application_received": "The IMR application was received on",
               "date_assigned": "It was assigned to a reviewer on"}


def dates_sentence(c: Composer, letter: Letter, since: str) -> str:
    """ 'Utilization review denied it on January 26, 2017 [1]; IMR decided on February 27, 2017 [2].': the two dates
    of `letter` a count of days runs between (`since`: "ur_denial_date", "application_received" or "date_assigned"),
    each cited by its header line; '' when the letter lacks one."""
    spans = [_header_line(letter, f) for f in (since, "decision_date")]
    if None in spans or not getattr(letter, since, None) or not letter.decision_date:
        return ""
    n, m = (c.cite(letter, None, span, role="header") for span in spans)
    return f"{_DATED_FROM[since]} {said_day(getattr(letter, since))} [{n}]; IMR decided on {said_day(letter.decision_date)} [{m}]."


# a date told as the decision's, right after the deciding verb ("IMR approved my nerve test back in December
# 2016"), not IMR's receipt of the case ("IMR got it on 12/29/2016": the assignment)
_DECIDED_THEN = re.compile(r"\b(?:decid\w*|decision|approv\w*|den(?:y|ied)|overturn\w*|upheld|reversed|ruled|turned\s+"
                           r"(?:\w+\s+)?down|refused|said\s+no)\b(?![^.?!]{0,40}?\b(?:got|received|assigned|applied|filed)\b)"
                           r"[^.?!]{0,40}?\b(?:on|in|during)\s+(?:\d{1,2}/|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", I)


def told_date_wrong(c: Composer, letter: Letter, text: str) -> str:
    """ 'IMR decided case X on January 26, 2017 [n], not in December 2016.' when the question tells
    the decision's month or day ("IMR approved my nerve test back in December 2016, right?") and the
    letter prints another; else ''."""
    from service.dated import letter_dates

    told = letter_dates(text).get("decision_date", "") if _DECIDED_THEN.search(text) else ""
    printed = letter.decision_date or ""
    if not told or not printed or printed.startswith(told) or (span := _header_line(letter, "decision_date")) is None:
        return ""
    n = c.cite(letter, None, span, role="header")
    when = f"in {date.fromisoformat(told + '-01'):%B %Y}" if len(told) == 7 else f"on {said_day(told)}"
    return f"IMR decided case {letter.case_number} on {said_day(printed)} [{n}], not {when}."


def _header_line(letter: Letter, fact: str) -> Span | None:
    """The span of "Label: value" in the letter's header (the first 3,000 characters when the
    parse gave no header span); the label may wrap ("Application\nReceived:\n12/23/2016")."""
    start, end = letter.header_span if letter.header_span[1] else (0, min(len(letter.text), 3000))
    value = r"(?:Standard|Expedited|Regular|Urgent)\b" if fact == "priority" else r"\d{1,2}/\d{1,2}/\d{2,4}"
    m = re.search(rf"{_LABEL[fact]}:?\s{{0,40}}?{value}", letter.text[start:end], re.IGNORECASE)
    return (start + m.start(), start + m.end()) if m else None


_CREDENTIALS = re.compile(r"State\(s\)\s+of\s+Licensure\s*:.*?(?:Certification\(s\)\s*/\s*Specialty\s*:[^\n]*|$)", re.S)


def credentials_span(letter: Letter) -> Span | None:
    """The span of the reviewer's licensure and specialty lines."""
    start, end = letter.reviewer_span
    m = _CREDENTIALS.search(letter.text, start, end) if end else None
    return (m.start(), m.end()) if m else (letter.reviewer_span if end else None)


def said_day(iso: str) -> str:
    """'2017-01-25' -> 'January 25, 2017'."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d:%B} {d.day}, {d.year}"


def _states(licensure: str) -> str:
    states = [s.strip() for s in licensure.split(",") if s.strip()]
    return states[0] if len(states) == 1 else ", ".join(states[:-1]) + " and " + states[-1]
