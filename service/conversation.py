"""Follow-up questions, read against the conversation before they are understood.

A follow-up leans on what came before: "What guideline did the reviewer cite for that?", "Why was
the cervical one denied?", "and in the other case?", "what about approvals?". `resolve` turns it
into a question that stands alone, from the earlier questions and the items their answers were
about, and says what it carried over:

    resolve("Why was it denied?", [Earlier("Was the lumbar MRI approved?", items=(mri,))])
    -> Resolved(question="Why was the MRI of the lumbar spine in case CM17-0005246 denied?",
                carried=("item: MRI of the lumbar spine (case CM17-0005246), from the previous answer",))

A question that names its own case, or its own treatment without leaning on a pronoun, is left as
it is. The rules read the wording of follow-ups in general (pronouns, "the X one", "the other
case", "what about X"), never a particular letter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import msgspec
from msgspec import Meta

from indexer.taxonomy import find_regions
from indexer.treatments import GROUPS, find_treatments, match_treatments
from service.compose.facts import OF_THE_LETTER, asked_facts
from service.mentioned import asks_history, result_asked
from service.no_one import WHAT_NOW, WHO_PAYS
from indexer.reasons import CODES
from service.collection.lexicon import REASONS
from service.reason_asked import asked_reasons, reason_clauses
from service.same_reason import asks_same_reason
from service.two_patients import two_descriptions
from service.understand import understand
from service.outcomes import read_outcomes
from service.yes_no import decision_asked
from service.reviewers import SPECIALTY_WORDS
from service.sides import other_side
from service.too_other import own_words, too_thing
from service.lay_group import letters_ultrasound
from service.other_alike import other_alike
from service.bare_outcome import bare_outcome, one_request_anything

if TYPE_CHECKING:
    from service.engine import Engine
    from service.types import Answer

CASE = re.compile(r"\bCM\s*[-\u2013]?\s*\d{2}\s*[-\u2013]?\s*(?:\d{7}|[1-9]\d{3,5})\b", re.IGNORECASE)
CONTEXT = re.compile(r"\s*\[[^\]]*\]\s*$")  # the context a resolution appended: "... [the MRI in case CM...]"
# "what about approvals?", "and the knee?", "how about in case CM17-...?", "same for acupuncture"
ELLIPSIS = re.compile(r"^\s*(?:(?:and\s+)?(?:what|how)\s+about|and(?:\s+for)?|(?:the\s+)?same(?:\s+(?:question|q|thing|deal))?\s+(?:for|with)|also)\s+(?P<x>.+?)"
                      r"\s*[?.!]*\s*$", re.IGNORECASE)
QUESTION_START = re.compile(r"^(?:why|what|which|who|how|when|where|was|were|is|are|did|does|do|has|have|can|could|"
                            r"should|would|will|tell|show|list|explain)\b", re.IGNORECASE)
# ... or a kind of request, told with "the": "and the other test?" after one of two nerve studies, "the other cream"
OTHER = re.compile(r"\b(?:the\s+)?other\s+(?P<what>case|letter|patient|one|item|request|decision)\b"
                   r"|\bthe\s+other\s+(?P<kind>test|study|scan|x-?ray|MRI|CT|shot|injection|cream|pill|medication|med|medicine|"
                   r"drug|brace|pillow|therapy|treatment|service|procedure|surgery)\b", re.IGNORECASE)
# "the cervical one", "the first request", "the approved item", "the third thing"
DESCRIBED = re.compile(r"\bthe\s+(?P<d>(?!other\b|same\b)[\w/-]+(?:\s+[\w/-]+)?)\s+(?:one|item|request|thing)\b",
                       re.IGNORECASE)
# a correction naming what was meant as "the X ones" ("no, the lumbar ones" after the cervical x-rays): the one of that
# kind, read as "the X one" is
_CORRECTED_ONES = re.compile(r"^(\s*(?:no|nope|wait|sorry|actually|oops)\b[^?]*?\bthe\s+(?!other\b|same\b)[\w/-]+(?:\s+[\w/-]+)?\s+one)s\b",
                             re.IGNORECASE)
NAMED_PRONOUN = re.compile(r"\b(?:that|this|the\s+same)\s+(?:one|request|item|decision|denial|approval|treatment|"
                           r"medication|drug|procedure|test|study|scan|service)\b|\bit\b", re.IGNORECASE)
END_PRONOUN = re.compile(r"\b(?:that|this|those|these|them)(?=\s*[?.!]*\s*$)", re.IGNORECASE)
LOOSE_PRONOUN = re.compile(r"\b(?:that|this|those|these|them|they)\b", re.IGNORECASE)
CASE_WORDS = re.compile(r"\b(?:(?:this|that|the\s+same)\s+(?:case|letter|patient|claimant|worker)|the\s+(?:case|letter|"
                        r"patient|claimant|injured\s+worker)|he|she|his|her|him)\b", re.IGNORECASE)
# the patient's care and records named with "the", of the patient just answered: "what did the doctor find on exam?", "what
# did the MRI report show?" (one doctor, one exam: not "the doctors", "which reviewers")
_THE_RECORD = re.compile(r"\bthe\s+(?:treating\s+|primary\s+|requesting\s+)?(?:doctor|physician|provider|treater|surgeon|exam|examination|"
                         r"records?|chart|notes|diagnosis|injury|accident|symptoms|x-?rays?|imaging|report)\b(?!['’]?s\b|\s+reviewers?\b)",
                         re.IGNORECASE)
# every one of the patient's requests of a kind: "both her tests", "all his stuff", "none of her requests"
THEIR_ALL = re.compile(r"\b(?:both|all|each|none)\s+(?:of\s+)?(?:his|her|their|my)\s+[\w-]+"
                       # "was any of it approved?" after one of her requests: any of them
                       r"|\b(?:any|none|all)\s+of\s+(?:it|them)\b"
                       # ... "anything" of them ("was anything approved?"), not the object of what care did: "denied because
                       # the first 6 didnt improve anything?", "it didn't help anything"
                       r"|(?<!\bimprove\s)(?<!\bhelp\s)(?<!\bdo\s)(?<!\bchange\s)(?<!\bfix\s)(?<!\brelieve\s)\banything\b",
                       re.IGNORECASE)
# whether any had an outcome, nothing named: "were any approved?", "was any denied?" after one of the patient's requests
# (any of that letter's, as "were any of them approved?" is)
_ANY_DECIDED = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?(?:were|was|did|have|has)\s+(?P<any>any)\s+(?:get\s+|been\s+)?"
                          r"(?:approved|denied|overturned|upheld|authori[sz]ed|okayed)\s*[?.!]*\s*$", re.IGNORECASE)
# an outcome asked with nothing named, after one of the patient's requests: "what got approved?", "which ones were
# denied?" (of the letter, not of every letter in the index)
THEIR_OUTCOME = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|then|but)\s*,?\s+)?(?:(?P<what>what)|which(?:\s+ones?|\s+of\s+(?:those|them|"
                           r"these|his|her|their)(?:\s+(?:requests|items|things))?)?)\s+"
                           # (negated too: "which weren't denied?", "which were not approved?", "what didn't they deny?")
                           r"(?P<rest>(?:(?:was|were)(?:n['’]?t|\s+not)?\s+|got\s+|(?:has|have)(?:n['’]?t|\s+not)?\s+been\s+"
                           r"|did(?:n['’]?t)?\s+(?:IMR|they|the\s+(?:IMR\s+)?reviewer)\s+(?:not\s+)?)"
                           r"(?:actually\s+|finally\s+)?(?:approv|deni|deny|overturn|uph[eo]ld|authori[sz]|turned\s+down|reject|refus|okay)\w*)"
                           # ("what got denied exactly, the refills?": a guess at it after a comma)
                           r"(?=(?:\s+(?:exactly|then|in\s+the\s+end))?(?:\s*,\s*(?:the\s+)?[\w -]{1,30}?)?\s*[?.!]*\s*$)",
                           re.IGNORECASE)
# the patient's other requests: "what else did he get?", "anything else?", "what other requests did she have?"
# (not "was he supposed to try something else first?": what the reviewer wanted before the item, of that item)
ELSE = re.compile(r"\b(?:what|anything|something|whatever)\s+else\b(?!\s+(?:first|before|beforehand)\b)|\b(?:what|which|any)\s+other\s+(?:requests?|items?|"
                  r"things?|treatments?|stuff|services?)\b", re.IGNORECASE)
# the items counted before, asked for: "which ones?", "list them", "show me those" (after "how many MRIs were approved?")
WHICH_ONES = re.compile(r"^\s*(?:(?:and|ok|okay|so)\s*,?\s+)?(?:(?:which|what)\s+(?:ones|are\s+they|were\s+they|were\s+those)"
                        r"|(?:list|show|name)\s+(?:me\s+)?(?:them|those|these|the\s+ones))\s*[?.!]*\s*$", re.IGNORECASE)
HOW_MANY = re.compile(r"^\s*how\s+many\s+(?:of\s+the\s+)?(?P<rest>.+)$", re.IGNORECASE)
# a question of the item answered before, naming nothing: "why?", "what was missing?", "what did the reviewer need to
# see?", "which guideline?", "who decided?", "what would it take to get approved?"
ABOUT_IT = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|but|then)\s*,?\s+)?(?:why(?:\s+not)?(?:\s+(?:tho|though|then|exactly))?\s*[?.!]*\s*$"
    r"|how\s+come\b|on\s+what\s+(?:basis|grounds)"
    # "why only 27?", "why only 6 visits?": UR's part of the item, against what was asked
    r"|why\s+(?:just|only)\s+\d"
    # "why only partly?", "why just some?": the part IMR decided of the item, against what UR gave
    r"|why\s+(?:just|only)\s+(?:partly|partially|part|some|half|a\s+(?:part|portion|few))\s*[?.!]*\s*$"
    # "so the denial stands?", "so the decision is final?": the item's outcome, as IMR left it
    r"|(?:the\s+)?(?:denial|decision|approval)(?:\s+still)?\s+(?:stands|stood|holds|held|is\s+final)\s*[?.!]*\s*$"
    # "why denied?", "why was it approved?", "why were they turned down?"
    r"|why\s+(?:(?:was|were)\s+(?:it|they|that|this)\s+)?(?:denied|approved|upheld|overturned|turned\s+down|rejected|refused|"
    r"not\s+approved|non-?certified)\s*[?.!]*\s*$"
    r"|what\s+(?:was|were|is|are)\s+(?:missing|lacking|the\s+(?:reasons?|problem|issue|guidelines?|rules?|basis|rationale|"
    r"findings?|criteria))\b"
    r"|what\s+(?:did|does|would)\s+(?:the\s+(?:IMR\s+)?reviewer|IMR|they)\s+(?:need|want|look\s+for|say|base|cite|rely)"
    # "why did UR say no in the first place?", "why did they turn it down?": the decision's reason
    r"|why\s+did\s+(?:UR|IMR|they|the\s+(?:IMR\s+|UR\s+)?reviewer)\s+(?:say\s+no|deny|turn\s+(?:it\s+|them\s+)?down|refuse|reject)\b"
    r"|(?:which|what)\s+guidelines?\b|(?:which|what)\s+(?:section|page)s?\b|who\s+(?:reviewed|decided)\b"
    # what the request was for, as its title says: "which levels?", "what dose?", "which side?"
    # ... or what of it: "which level was worse?", "which levels were they for?" (a detail of the letter)
    r"|(?:(?:at|on|for|of)\s+)?(?:which|what)\s+(?:spinal\s+)?(?:levels?|side|dose|dosage|strength|quantity)(?:\s+(?:was|were|is|are|did|does)\b"
    r"[^?.!;]{0,40}?)?\s*[?.!]*\s*$"
    # "what did the guideline say?", "why was the rest denied?" (UR's part told: the remainder IMR decided)
    r"|what\s+(?:did|does)\s+the\s+(?:guidelines?|MTUS|ODG|ACOEM|rule)\s+say\b"
    r"|why\s+(?:was|were|did)\s+(?:the\s+)?(?:rest|remainder|remaining\s+(?:part|portion|\w+))\b"
    # "and why not the rest", "how many did UR give him?": the remainder IMR decided, UR's part of the item
    r"|why\s+not\s+(?:the\s+)?(?:rest|remainder|others)\b"
    # "why not more?", "why not all of it?", "why not the full amount?": the part IMR left denied, after UR's part
    r"|why\s+not\s+(?:more|all(?:\s+of\s+(?:it|them))?|everything|the\s+(?:full|whole)\s+(?:amount|request|thing|\w+))\s*[?.!]*\s*$"
    # "and the other 2, why?", "the remaining 6 hours?" after UR's part was told: the part IMR decided
    r"|the\s+(?:other|remaining)\s+\d+\b"
    # "so IMR denied the rest?", "did they approve the remainder?": the part of the item UR did not authorise
    r"|(?:so\s+|and\s+)?(?:did\s+)?(?:IMR|they|the\s+reviewer)\s+(?:\w+\s+)?(?:deny|denied|approve|approved|uphold|upheld|"
    r"overturn|overturned|allow|allowed|give|gave|authori[sz]e|authori[sz]ed)\s+the\s+(?:rest|remainder)\b"
    r"|how\s+(?:many|much)\s+did\s+(?:UR|utili[sz]ation\s+review|the\s+(?:adjuster|claims\s+administrator|insurer|carrier))\s+"
    r"(?:give|approv|authori[sz]|certif|allow|let|okay|ok)\w*"
    # "how much was asked and how much did UR allow?", "what was the original request?": the request and UR's part of it
    r"|how\s+(?:many|much)\s+(?:was|were)\s+(?:originally\s+)?(?:asked|requested|prescribed|ordered)\b"
    r"|what\s+(?:was|were)\s+the\s+original\s+requests?\b"
    # "was there any red flag?", "were there no x-rays?": what the item's letter shows
    r"|(?:was|were)\s+there\s+(?:any|an?|no)\b"
    r"|when\s+was\s+(?:it\s+)?decided\b|what\s+would\s+it\s+take\b|what\s+(?:would|could)\s+(?:get|make)\b"
    # "what would have changed the outcome?", "what could change the decision?", "what would have to be different?"
    r"|what\s+(?:would|could|might)\s+have\s+(?:changed|made|gotten|got|helped|turned|swung|won)\b"
    r"|what\s+(?:would|could|might)\s+change\s+(?:the\s+)?(?:outcome|decision|result|it|that|things|their\s+minds?)\b"
    r"|what\s+would\s+(?:have\s+)?(?:had\s+)?to\s+(?:change|be\s+different)\b"
    r"|how\s+(?:can|could|do|would)\s+(?:we|I|they|you)\s+(?:get|win|appeal|fix|overturn)\b"
    # what to do next, after a decision: "so what do we do now", "what can he do next?", "now what?"
    r"|what\s+(?:do|can|should|could|would)\s+(?:we|I|he|she|they|you|my\s+\w+)\s+do\s*(?:now|next|about\s+(?:it|that|this))?"
    r"\s*[?.!]*\s*$|(?:now\s+what|what\s+now|what\s+next|what\s+are\s+(?:my|our|his|her|their)\s+options)\s*[?.!]*\s*$"
    # the units of the item, or UR's part of it: "how many visits did UR approve?", "how many sessions were asked for?",
    # "how many were approved in total?" (UR's part and IMR's)
    r"|how\s+many\s+(?:(?:were|was|got)\s+)?(?:approved|authori[sz]ed|allowed|given|certified)\s+(?:in\s+total|total|"
    r"altogether|all\s+together|in\s+all)\s*[?.!]*\s*$"
    r"|how\s+many\s+(?:[\w-]+\s+){0,2}?(?:visits|sessions|pills|tablets|capsules|refills|hours|days|weeks|treatments|"
    r"injections|units)\b|what\s+(?:did|was)\s+(?:UR|the\s+(?:adjuster|claims\s+administrator|insurer|carrier))\s+"
    r"(?:approv|authori[sz]|certif|allow)\w*)",
    re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:first|1st|second|2nd|third|3rd|fourth|4th|last)\b", re.IGNORECASE)  # ORDINALS' words
ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1}
APPROVE = re.compile(r"(?<!not\s)\b(?:approv\w*|overturn\w*|authori[sz]\w*|granted|(?<!non-)(?<!non)certified)\b",
                     re.IGNORECASE)
DENY = re.compile(r"\b(?:deni\w*|deny\w*|upheld|uphold\w*|non-?certif\w*|reject\w*|not\s+authori[sz]\w*|turned\s+down|refused)\b",
                  re.IGNORECASE)
OKAYED = re.compile(r"approv|overturn|authori|okay", re.IGNORECASE)  # THEIR_OUTCOME's words that approve
_NEGATED = re.compile(r"n['’]?t\b|\bnot\b", re.IGNORECASE)  # THEIR_OUTCOME's outcome said negated: "weren't denied" approves
SWAP = {  # outcome words and their opposites
    "denied": "approved", "approved": "denied", "denial": "approval", "approval": "denial", "denials": "approvals",
    "approvals": "denials", "deny": "approve", "approve": "deny", "denying": "approving", "approving": "denying",
    "upheld": "overturned", "overturned": "upheld", "uphold": "overturn", "overturn": "uphold",
    "non-certified": "certified", "noncertified": "certified", "certified": "non-certified",
    "turned down": "approved", "rejected": "approved", "refused": "approved",
}
SWAP_RE = re.compile(r"\b(?:non-?certified|" + "|".join(sorted(SWAP, key=len, reverse=True)) + r")\b", re.IGNORECASE)
WORD = re.compile(r"[a-z0-9]+")


class TurnItem(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    case_number: Annotated[str, Meta(min_length=1, max_length=40)]
    item_index: Annotated[int, Meta(ge=0, le=1000)]


class Turn(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """An earlier question of the conversation, as a client sends it in `history`: the question,
    the items its answer was about (the main one first), the other items it showed, its kind."""

    question: Annotated[str, Meta(max_length=2000)]
    items: Annotated[tuple[TurnItem, ...], Meta(max_length=50)] = ()
    shown: Annotated[tuple[TurnItem, ...], Meta(max_length=50)] = ()
    kind: Annotated[str, Meta(max_length=20)] = ""


class Fact(msgspec.Struct, frozen=True, kw_only=True):
    """An item an earlier answer was about, as the index has it."""

    case_number: str
    item_index: int
    title: str
    decision: str = ""
    body_regions: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()  # its reason codes (indexer.reasons), in the letter's order


class Earlier(msgspec.Struct, frozen=True, kw_only=True):
    """An earlier turn: its question, the items its answer was about (the main one first), the
    other items it showed, and the kind of answer (item, list, pattern, count, not_found)."""

    question: str
    items: tuple[Fact, ...] = ()
    shown: tuple[Fact, ...] = ()
    kind: str = ""
    letter: tuple[Fact, ...] = ()  # every item of the letter the answer was about (its main item's), when one
    age: int | None = None  # that letter's patient's age and sex, as its header gives them
    sex: str = ""
    alike: tuple[str, ...] = ()  # the other letters whose patient is of that age and sex (service.other_alike)


class Resolved(msgspec.Struct, frozen=True, kw_only=True):
    question: str  # the question to understand: standing alone
    carried: tuple[str, ...] = ()  # what came from the conversation, in words
    lead: tuple[tuple[str, int], ...] = ()  # the items the conversation was about, cited first when the answer counts them


# "how long after that did IMR decide?", "how many days from then?": a time counted from what "that" is
_AFTER_THAT = re.compile(r"\b(?:after|from|since)\s+(?:that|then|it)\b", re.IGNORECASE)
_HOW_LONG = re.compile(r"\bhow\s+(?:long|many\s+(?:days|weeks|months))\b", re.IGNORECASE)
# ... the previous question being of UR's denial: "when did UR turn down his MRI?", "when was the UR denial?"
_UR_SAID_NO = re.compile(r"\b(?:UR|utili[sz]ation\s+review|insurance(?:\s+company)?|insurer|adjuster|carrier|claims\s+administrator)"
                         r"\b[^?.]{0,30}?\b(?:den(?:y|ied|ies|ial)|turn\w*\s+(?:\w+\s+)?down|refus\w*|reject\w*|"
                         r"sa(?:id|ying|ys)\s+no|non-?certif\w*)\b", re.IGNORECASE)


def since_ur_denial(question: str, before: str) -> str:
    """A follow-up's time "after that" said as after UR's denial when the previous question was of it ("when did UR
    turn down his MRI? || how long after that did IMR decide?": from the UR denial, not from the application)."""
    if _HOW_LONG.search(question) and (m := _AFTER_THAT.search(question)) and _UR_SAID_NO.search(before):
        return question[: m.start()] + "after UR's denial" + question[m.end():]
    return question


# the item before, asked of across the letters: "do they usually deny that?", "is that usually approved?", "do they
# ever approve those?"
# ("ever" and a bare "it" stay of the item: "was it ever approved?"; "do they ever approve those?" is of the kind)
_USUALLY = re.compile(r"\b(?:usually|generally|typically|normally|always|often|mostly|tend\s+to)\b", re.IGNORECASE)
_EVER = re.compile(r"\bever\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"\b(?:that|this|those|these|them)(?:\s+(?:one|ones|request|requests|kind|treatment|drug|"
                            r"medication|test|scan|service))?\b", re.IGNORECASE)


# the habit said with an adjective, naming no outcome: "is that usual?", "is that common for them?", "is this unusual?"
# (of the item's own outcome: "is that usually denied?")
_USUAL_SAID = re.compile(r"^(?P<lead>\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s+)?(?:is|was|are|were)\s+(?:that|this|those|these)\s+)"
                         r"(?:(?:pretty|very|really|quite|fairly)\s+)?(?:usual|unusual|common|uncommon|typical|normal|standard|"
                         r"routine|rare)(?P<tail>(?:\s+for\s+(?:them|IMR|reviewers|these|those))?\s*[?.!]*\s*)$", re.IGNORECASE)
_OUTCOME_WORD = {"Upheld": "denied", "Overturned": "approved"}
# ... or said as how often it happens: "does that happen a lot?", "does this happen often?" (of the item's own outcome)
_HAPPENS = re.compile(r"^(?P<lead>\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s+)?)(?:does|do)\s+(?:that|this)\s+happen\s+"
                      r"(?:a\s+lot|lots|often|much|frequently|commonly|regularly|all\s+the\s+time)"
                      r"(?P<tail>(?:\s+(?:at\s+IMR|to\s+(?:others|other\s+(?:people|patients|workers))))?\s*[?.!]*\s*)$", re.IGNORECASE)


_WHY_ASKED = re.compile(r"\bwhy\b|\bhow\s+come\b|\bwhat\s+(?:was|were|is|are)\s+(?:the\s+)?(?:reasons?|problem|issue)\b", re.IGNORECASE)


def _reason_common(question: str, previous: Earlier, main: Fact, before: str) -> Resolved | None:
    """"is that common?", "does that happen a lot?" after the reason of one denial ("why was the 28 yo woman's lumbar
    MRI denied?", "was the Norco denied for no urine drug screen?"): how often that reason is given among the denials of
    its kind across the letters ("how many lumbar MRI requests were denied for no objective findings or red flags?"),
    not only how often the kind is denied. The reason is the one the question offered, when the reviewer gave it, else
    the item's first denial reason; None after any other turn, or a reason the count cannot name."""
    if not (_USUAL_SAID.match(question) or _HAPPENS.match(question)) or main.decision != "Upheld":
        return None
    if len(_these(previous, main)) != 1 or CASE.search(question):
        return None
    told = CONTEXT.sub("", before)
    offered = asked_reasons(told)
    if offered:
        code = next((c for c in main.codes if c in offered), "")
    elif _WHY_ASKED.search(told):
        code = next((c for c in main.codes if c in CODES and CODES[c].polarity == "denial"), "")
    else:
        return None
    label = CODES[code].label.lower() if code in CODES else ""
    if not label or code not in REASONS or not re.search(REASONS[code], label, re.IGNORECASE):
        return None
    if not (thing := _thing(main.title)):
        return None
    kind = thing.removeprefix("the ")
    if len({r for r, _w in find_regions(main.title)}) > 1:
        kind = find_treatments(main.title)[0][1]
    note = f"reason: {label}, the reviewer's for {main.title} (case {main.case_number}), counted among {kind} denials"
    return Resolved(question=f"how many {kind} requests were denied for {label}?", carried=(note,),
                    lead=((main.case_number, main.item_index),))


def _count_common(question: str, before: str) -> Resolved | None:
    """"is that common?", "does that happen a lot?" after a count or list of one kind with one outcome ("how many MRIs
    were denied?", "list the denied knee MRIs"): whether that kind usually has that outcome across the letters ("are
    knee MRIs usually denied?"), not one item of the list; None when the previous question names no one kind and
    outcome, or no one body part at most."""
    if not (_USUAL_SAID.match(question) or _HAPPENS.match(question)):
        return None
    base = CONTEXT.sub("", before)
    decisions = {o.decision for o in read_outcomes(base).found}
    kinds = list(dict.fromkeys(w for _t, w in find_treatments(base)))
    regions = list(dict.fromkeys(w for _r, w in find_regions(base)))
    if len(decisions) != 1 or len(kinds) != 1 or len(regions) > 1:
        return None
    kind = " ".join([*regions, kinds[0]])
    if not kind.endswith("s") or kind.endswith("therapy"):
        kind += " requests"
    outcome = _OUTCOME_WORD[decisions.pop()]
    return Resolved(question=f"are {kind} usually {outcome}?",
                    carried=(f"topic: {kind}, {outcome}, the previous question's count, across letters",))


def _across_letters(question: str, main: Fact, kind: str = "") -> Resolved | None:
    """"do they usually deny that?" after an item answer: the treatment of that item asked across the letters ("do
    they usually deny pantoprazole?"), not that item again; None when the question does not lean on the item with a
    pronoun and a word of habit, or the item names no treatment. "is that usual?", "does that happen a lot?" ask so
    of the item's own outcome ("is that usually denied?"). `kind`: the kind of request the previous answer answered
    several of, all with that outcome ("the 53 yo man's x-rays": "x-rays"), asked across the letters instead of
    the first of them."""
    if (said := _USUAL_SAID.match(question) or _HAPPENS.match(question)) and main.decision in _OUTCOME_WORD:
        verb = "is" if said.re is _HAPPENS else ""
        question = f"{said.group('lead')}{verb + ' that ' if verb else ''}usually {_OUTCOME_WORD[main.decision]}{said.group('tail')}"
    if CASE.search(question) or not (thing := _thing(main.title)) or (m := _DEMONSTRATIVE.search(question)) is None:
        return None
    if not (_USUALLY.search(question) or PLURAL.fullmatch(m.group(0)) and _EVER.search(question)):
        return None
    if kind:
        note = f"topic: {kind}, the kind of the {_OUTCOME_WORD[main.decision]} requests of case {main.case_number} in the " \
               f"previous answer, across letters"
        said = question[: m.start()] + kind + question[m.end():]
        return Resolved(question=re.sub(r"^(\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s+)?)is\b", r"\1are", said, flags=re.IGNORECASE)
                        if not kind.endswith("therapy") and kind.endswith("s") else said, carried=(note,))
    told = thing.removeprefix("the ")
    if len({r for r, _w in find_regions(main.title)}) > 1:
        # "do they usually approve that?" after an acupuncture of the neck, right hand and head: the kind, acupuncture,
        # not the few letters with that mix of body parts
        told = find_treatments(main.title)[0][1]
    note = f"topic: {told}, the treatment of {main.title} (case {main.case_number}) in the previous answer, across letters"
    return Resolved(question=question[: m.start()] + told + question[m.end():], carried=(note,))


# "because" as typed after the pronoun of a reason asked: "was it cause of the urine test?", "is that cuz of her age?"
_LAY_BECAUSE = re.compile(r"\b(?P<it>it|that|this)\s+(?:'?cause|cuz|coz|bc|b/c)(?=\s+(?:of|she|he|they|there|the|his|her)\b)",
                          re.IGNORECASE)


# the two people of the turn before, spoken of together: "what were their decisions?", "were both denied?"
_OF_THE_TWO = re.compile(r"\b(?:their|they|them|both|each|either|neither)\b", re.IGNORECASE)


# a word of assent opening a follow-up, before what it asks: "ok and her head?", "okay, so what about the neck one?"
_ASSENT = re.compile(r"^\s*(?:ok(?:ay)?|alright|all\s+right|got\s+it|i\s+see|thanks|thank\s+you|hmm+|cool)\s*[,.!-]*\s+"
                     r"(?=(?:and|so|but|then|what|how|why|who|which|was|were|did|is|are|the|his|her|their)\b)", re.IGNORECASE)


# a correction of what was asked before, then the thing meant: "sorry, I meant the elbow ones", "oops I meant cervical", "I
# mean his back", "no wait, the other 63 year old", "actually the EMG" (not "no, was it approved?": a question of its own)
_CORRECTION = re.compile(r"^\s*(?:(?:no+|nope|wait|sorry|oops|whoops|my\s+bad|actually|correction)\b[\s,.!:;-]*)*"
                         r"(?:(?<![\w'])I\s+(?:meant|mean|was\s+asking\s+about|wanted)(?:\s+to\s+(?:say|ask\s+about))?\b[\s,:-]*"
                         r"|(?<=[\s,.!:;-])(?=\w))"
                         # (the thing alone, a few words: not "no it was denied", "actually the EMG - why?")
                         r"(?P<x>(?!(?:it|that|this|they|he|she|I|we|you)\b)(?:[\w/'’]+(?:-[\w/'’]+)*\s*){1,6}?)\s*[?.!]*\s*$", re.IGNORECASE)


def resolve(question: str, earlier: Sequence[Earlier], corrected: str = "") -> Resolved:
    """`question` read against `earlier` turns (oldest first). `corrected`: the question with its misspelt
    treatment words fixed (service.spelling), so that "the flexaril one" names a treatment as "the flexeril one" does."""
    resolved = _resolved(question, earlier, corrected)
    if not earlier or not resolved.carried:
        return resolved
    return _claim_kept(question, resolve(earlier[-1].question, earlier[:-1]).question, resolved)


# a follow-up naming only the next thing: "and her neck?", "what about the wrist braces?", "and the CT of his neck?"
_NEXT_ONLY = re.compile(r"^\s*(?:(?:ok(?:ay)?|so)\s*,?\s+)?(?:and|(?:and\s+)?(?:what|how)\s+about)\s+"
                        r"(?!.*\b(?:why|was|were|is|are|did|does|do|has|have|had|who|which|when|how|what|can|could|will|would)\b)"
                        r"[^?]*\?*\s*$", re.IGNORECASE)
_LEAD_NEXT = re.compile(r"^\s*(?:(?:ok(?:ay)?|so)\s*,?\s+)?(?:and\s+)?(?:(?:what|how)\s+about\s+)?", re.IGNORECASE)
_TAIL_NOTE = re.compile(r"\s*(\[[^\]]*\])\s*$")
_CLAIM_WORD = {"Upheld": "denied", "Overturned": "approved"}


def _claim_kept(question: str, before: str, resolved: Resolved) -> Resolved:
    """"37 yo woman thoracic MRI denied?" || "and her neck?": the outcome the previous question claimed, claimed of
    the next thing too ("was the MRI Cervical Spine in case ... denied?"), so its answer opens with the yes or no
    again; a follow-up that asks anything of its own is left as resolved."""
    if not _NEXT_ONLY.match(question) or decision_asked(question) or read_outcomes(question).found:
        return resolved
    if "?" not in before or not (asked := decision_asked(before)) or decision_asked(resolved.question):
        return resolved  # (an outcome told, not asked: "my husband is 54, had his neck PT denied" || "what about ...")
    tail = _TAIL_NOTE.search(resolved.question)
    core = _LEAD_NEXT.sub("", resolved.question[: tail.start()] if tail else resolved.question).rstrip(" ?.!")
    if not core:
        return resolved
    last = core.split()[-1].lower()
    # (plural by its last word, or by its head: "the requests in case CM17-0006797")
    verb = "were" if " and " in core or (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or re.match(
        r"(?:the\s+|all\s+(?:the\s+)?)?(?:requests|items|things|treatments)\b", core, re.IGNORECASE) else "was"
    said = f"{verb} {core} {_CLAIM_WORD[asked]}?" + (f" {tail.group(1)}" if tail else "")
    return msgspec.structs.replace(resolved, question=said)


# a return to a patient asked of before another: "back to her - what about the injections?", "going back to the first
# one, why was his MRI denied?", "ok back to him: and the lidocaine?"
_BACK_TO = re.compile(r"^\s*(?:(?:ok(?:ay)?|so|and|now|but)\s*,?\s+)?(?:(?:go(?:ing)?|get(?:ting)?|com(?:e|ing)|let['’]?s\s+go)\s+)?"
                      r"back\s+to\s+(?:her|him|them|the\s+(?:first|earlier|previous|original)\s+(?:one|patient|case|letter|"
                      r"woman|man|lady|guy|worker)|the\s+(?:woman|man|lady|guy|patient|worker))\b\s*(?:[-,:;.!\u2013\u2014]+\s*)?"
                      r"(?:(?:and|so|now)\s*,?\s+)?(?P<rest>\S.*)$", re.IGNORECASE)


def _returned(question: str, earlier: Sequence[Earlier], corrected: str) -> Resolved | None:
    """"back to her - what about the creams?" after a turn about another patient: the rest read against the turns up to
    the last one about a patient other than the previous turn's (hers), not against the other patient's; None when the
    question does not go back so, or no earlier turn was about another letter."""
    if len(earlier) < 2 or (m := _BACK_TO.match(question)) is None or CASE.search(question):
        return None
    previous = earlier[-1]
    now = {f.case_number for f in previous.items or previous.letter}
    back = next((n for n in range(len(earlier) - 2, -1, -1)
                 if (main := _main(earlier[n])) is not None and main.case_number not in now), None)
    if back is None:
        return None
    rest = m.group("rest")
    told = _BACK_TO.match(corrected) if corrected else None
    found = _resolved(rest, earlier[: back + 1], told.group("rest") if told else "")
    main = _main(earlier[back])
    note = f"case: {main.case_number}, the patient asked of before the previous answer's"
    if CASE.search(found.question) or CONTEXT.search(found.question):
        return Resolved(question=found.question, carried=(note, *found.carried))
    return Resolved(question=f"{found.question.rstrip()} [in case {main.case_number}]", carried=(note, *found.carried))


def _resolved(question: str, earlier: Sequence[Earlier], corrected: str = "") -> Resolved:
    """resolve, before the previous question's claimed outcome is kept (_claim_kept)."""
    if not earlier:
        return Resolved(question=question)
    if (back := _returned(question, earlier, corrected)) is not None:
        return back
    previous = earlier[-1]
    before = resolve(previous.question, earlier[:-1]).question  # the previous question, standing alone
    if not CASE.search(question):  # "ok and her head?": "and her head?" (a case named stands as asked)
        question, corrected = _ASSENT.sub("", question), _ASSENT.sub("", corrected)
    question = _CORRECTED_ONES.sub(r"\1", question)
    if not CASE.search(question) and (m := _CORRECTION.match(question)) and not QUESTION_START.match(m.group("x")) and not (
            DESCRIBED.search(question)):  # ("no, the lumbar ones": the one described, below)
        # "sorry, I meant the elbow ones", "oops I meant cervical", "I mean his back", "no wait, the other 63 year old":
        # the thing meant, asked as the previous question was ("and the elbow ones?")
        question = f"and {m.group('x')}"
        corrected = f"and {meant.group('x')}" if corrected and (meant := _CORRECTION.match(corrected)) else ""
    question = since_ur_denial(question, before)
    question = _LAY_BECAUSE.sub(r"\g<it> because", question)  # "was it cause of a urine test?": because of
    if (m := _FIRST_LAST_N.match(question)) and not CASE.search(question) and (n_ones := _first_last(m, previous)):
        # "CM17-0011703" || "the last two?": the last two of its items, in the letter's order, each
        note = f"items: {', '.join(f.title for f in n_ones)} (case {n_ones[0].case_number}), the {m.group('end').lower()} " \
               f"{m.group('n').lower()} of the previous answer"
        named = _each_named(n_ones)
        asked = m.group("rest") or "what happened?"
        return Resolved(question=f"{asked.strip()} [{named} in case {n_ones[0].case_number}]", carried=(note,))
    if previous.kind == "item" and not CASE.search(question) and (main := _main(previous)) is not None and (
            contrast := _contrasted(question, main)):
        # "why approved when the MRI wasn't?" after the acupuncture: the acupuncture asked, the MRI the one it is set
        # against (not the MRI asked afresh)
        note = f"item: {main.title} (case {main.case_number}), from the previous answer; the {contrast} set against it"
        return Resolved(question=f"{_name(main)} - {question.strip()}", carried=(note,))
    if previous.kind == "item" and not CASE.search(question) and (main := _main(previous)) is not None and (
            _WHY_THEN.search(question)) and (named := find_treatments(question)) and all(
            w.lower() in main.title.lower() for _t, w in named):
        # "CM17-0010885 acupuncture" || "isnt acupuncture not recommended for neck pain? why approved then": a rule told
        # against its decision, asked of that item (not of every acupuncture letter)
        note = f"item: {main.title} (case {main.case_number}), from the previous answer"
        return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
    if previous.kind == "item" and not CASE.search(question) and (main := _main(previous)) is not None and (
            _REMAINDER.search(question)) and not find_treatments(question) and not any(
            f.case_number == main.case_number and f.item_index != main.item_index for f in previous.shown):
        # "43 yo woman chiro, UR approved 6" || "why not the other 6?": the part IMR decided of the one request answered
        note = f"item: {main.title} (case {main.case_number}), from the previous answer; the part UR did not authorise"
        return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
    if _OF_THE_TWO.search(question) and not CASE.search(question) and two_descriptions(before) is not None:
        # "the 48M with the elbow MRI and the 62F with the shoulder MRI" || "what were their decisions?": both of them
        return Resolved(question=f"{before.rstrip(' ?.!')} - {question}",
                        carried=("patients: the two described in the previous question",))
    if (found := _both_told(question, earlier)) is not None:
        return found
    if not CASE.search(question) and len({f.case_number for f in previous.items}) == 1 and (alike := other_alike(
            question, CONTEXT.sub("", before), previous.age, previous.sex, previous.alike, len(previous.letter) == 1)):
        # "was the 63 year old man's EMG approved?" || "the other 63 year old man - what about his?": the other letter
        # of a patient of that age and sex (not the one answered, nor another letter's EMG)
        return Resolved(question=alike[0], carried=(alike[1],))
    if (found := _of_the_described(question, previous, before)) is not None:
        return found
    if (found := _same_reason_as_before(question, earlier)) is not None:
        return found
    if (found := _the_others(question, previous)) is not None:
        return found  # "CM16-0234464 cyclobenzaprine" || "and the other meds?": the letter's other medications, each
    if (m := OTHER.search(question)) and m.group("kind") and (found := _the_other(question, earlier, before)) is not None:
        return found  # "and the other scan?": another of the items shown, not the letter's scans read afresh
    if "reviewer" in asked_facts(before) and not CASE.search(question) and (main := _main(previous)) is not None and (
            of_them := _OF_THE_REVIEWER.match(question)):
        # "who reviewed it?" || "were they an orthopedist?", "what kind of doctor?": the reviewer just told, of that item
        said = (f"was the reviewer{of_them.group('rest')}" if of_them.group("rest") is not None
                else f"was the reviewer{of_them.group('kind')}" if of_them.group("kind") is not None
                else "what kind of doctor was the reviewer?")
        note = f"item: {main.title} (case {main.case_number}), from the previous answer; its reviewer"
        return Resolved(question=f"{said.rstrip(' ?.!')}? [{_name(main)}]", carried=(note,))
    if (m := ELLIPSIS.match(question)) and not CASE.search(question) and _NEW_PERSON.match(m.group("x")) and (
            not _another_person(m.group("x"), CONTEXT.sub("", before))):
        # "and the guy with the elbow?", "and the lady with the hip?" after another patient's item: a new patient told
        # by what they have, asked standing alone (not the first patient's letter, which lacks it); the same treatment
        # said again of another patient is read in _ellipsis ("and the other woman with naproxen, the 45 year old?")
        told = m.group("x").strip(" ?.!")
        return Resolved(question=f"{told}?", carried=(f"patient: {told}, told anew (not the previous one)",))
    if (found := _of_the_letters_answered(question, previous, corrected)) is not None:
        return found
    if (found := _of_their_letter(question, previous, corrected, before)) is not None:
        return found
    if (found := _their_part(question, previous, before, corrected)) is not None:
        return found
    if (m := ELLIPSIS.match(question)) and (main := _main(previous)) is not None and not CASE.search(question) and (
            asked := next((a for w in ("what was", "who was") if asked_facts(a := f"{w} {m.group('x').strip(' ?.!')}")), "")):
        # "and the UR denial date?", "what about the reviewer?" after an item answer: that fact of its letter (not the
        # previous question for denials)
        note = f"item: {main.title} (case {main.case_number}), from the previous answer"
        return Resolved(question=f"{asked}? [{_name(main)}]", carried=(note,))
    if (m := ELLIPSIS.match(question)) and not QUESTION_START.match(m.group("x")):
        found = _ellipsis(m.group("x"), before, previous)
        if found is not None:
            return found
    if _BARE_THING.match(question) and not QUESTION_START.match(question) and not CASE.search(question) and not (
            APPROVE.search(question) or DENY.search(question) or _ACROSS.search(question)) and (
            named := find_treatments(question)) and not _shown(named, previous) and (
            found := _ellipsis(question.strip(" ?.!"), before, previous)) is not None:
        # "CM16-0249735 home aide" || "wheelchair?": a thing named alone, none of those shown, goes on as "and the
        # wheelchair?" does (one shown is read below, of the items shown)
        return found
    if CASE.search(question):
        return Resolved(question=question)
    if ELSE.search(question) and not find_treatments(question) and (found := _else(question, earlier)) is not None:
        return found
    if (found := _besides(question, earlier)) is not None:
        return found
    if (found := _of_those(question, earlier)) is not None:
        return found
    if (found := _the_other(question, earlier, before)) is not None:
        return found
    if (m := DESCRIBED.search(question)) and asks_same_reason(question) and (main := _main(previous)) is not None and (
            fact := _described(m.group("d"), previous, besides=main)) is not None and fact.case_number == main.case_number:
        # "and the neck one, same reason?" after the shoulder MRI: the neck MRI compared with it
        return _set_against(fact, main, question, m.group("d").lower())
    if (m := DESCRIBED.search(question)) and (fact := _described(m.group("d"), previous)) is not None:
        note = f"item: {fact.title} (case {fact.case_number}), the {m.group('d').lower()} one in the previous answer"
        if _bare(question, m) and _ORDINAL.search(m.group("d")) and len(_answered(previous)) > 1:
            # "the 53 yo man's imaging - what were they?" || "the last one?": that item alone (not the question of them
            # all again, with the item beside it)
            return Resolved(question=f"what about {_name(fact)}?", carried=(note,))
        if _bare(question, m):  # "and the cervical one?"
            return Resolved(question=_with_case(before, fact, True, _main(previous)), carried=(note,))
        return Resolved(question=question[: m.start()] + _name(fact) + question[m.end():], carried=(note,))
    # (a treatment named only in a reason offered is the reason: "approved because the xray showed a C2 fracture?")
    names_treatment = bool(find_treatments(_without_reasons(question)) or (corrected and find_treatments(
        _without_reasons(corrected))))
    main = _main(previous)
    if names_treatment and main is not None and _units_of_the_drug(question, main):
        names_treatment = False  # "how many pills were approved?" after his baclofen: the baclofen's pills
    if main is None and not CASE.search(question) and asked_facts(question) and not _PERSON_CORE.search(question) and (
            was := _PERSON_CORE.search(CONTEXT.sub("", before))):
        # "what date was the 60 yo man hurt?" (two letters' facts, no item) || "and when did IMR decide?": of the patient
        # told before, not of whatever letter the words find
        told = was.group(0)
        return Resolved(question=f"{question.rstrip()} [the {told}]", carried=(f"patient: the {told}, from the previous question",))
    if previous.kind in ("count", "list") and (m := WHICH_ONES.match(question)) and (
            listed := HOW_MANY.match(CONTEXT.sub("", before))):
        # "which ones?" after "how many MRIs were approved?": the list of them
        return Resolved(question=f"which {listed.group('rest')}", carried=(f"list: {before}, the previous question",))
    if previous.kind in ("count", "list") and (found := _count_common(question, before)) is not None:
        return found  # "how many MRIs were denied?" || "is that common?": are MRIs usually denied, across the letters
    if previous.kind in ("count", "list") and not names_treatment and (m := _HOW_MANY_DECIDED.match(question)) and (
            HOW_MANY.match(base := CONTEXT.sub("", before).strip())) and not (APPROVE.search(base) or DENY.search(base)):
        # "how many requests did the 53 yo man have?" || "how many were approved?": the part of that count
        asked = re.sub(r"^\s*(?:and|ok(?:ay)?|so|but)\s*,?\s+", "", question.strip(), flags=re.IGNORECASE)
        return Resolved(question=f"{base.rstrip(' ?.!')}, and {asked}",
                        carried=(f"count: {base}, the previous question",))
    if previous.kind == "count" and not names_treatment and (m := _ANY_OF_COUNT.match(question)) and (
            HOW_MANY.match(base := CONTEXT.sub("", before).strip())) and not (APPROVE.search(base) or DENY.search(base)):
        # "CM16-0234464" || "how many MRIs?" || "were any approved?": how many of those counted had that outcome
        told = CONTEXT.search(before)
        return Resolved(question=f"{base.rstrip(' ?.!')}, and how many were {m.group('outcome')}?"
                                 + (f" {told.group(0).strip()}" if told else ""),
                        carried=(f"count: {base}, the previous question",))
    if previous.kind in ("count", "list") and not names_treatment and (m := THEIR_OUTCOME.match(question)) and (
            found := _ellipsis("approvals" if bool(OKAYED.search(m.group(0))) != bool(_NEGATED.search(m.group("rest")))
                               else "denials", before, previous)) is not None:
        # "what got approved?" after "which MRIs were denied?": the previous question, for the other outcome
        return found
    if main is not None and not names_treatment and (m := THEIR_OUTCOME.match(question)):
        # "what got approved?" after one of her requests: "what got approved in case CM17-0010885?"; "which were
        # denied?", "which of those were denied?": "which requests were denied in case ...?"
        note = f"case: {main.case_number}, from the previous answer"
        asked = m.group(0).strip() if m.group("what") else f"which requests {m.group('rest')}"
        return Resolved(question=f"{asked} in case {main.case_number}?", carried=(note,))
    if main is not None and not names_treatment and (m := _ONLY_OUTCOME.match(question)) and len(
            {f.case_number for f in previous.items}) == 1:
        # "only the denied ones" after one of his requests: his letter's requests with that outcome (not every letter's)
        note = f"case: {main.case_number}, from the previous answer"
        # ... of the kind asked before, when it answered several of that kind: "the 33 yo man's MRIs" || "just the
        # approved ones" asks of his MRIs, not of his every request (one item of it told the letter: "the 60 yo man's
        # letter with the acupuncture" || "only the denied ones")
        kinds = list(dict.fromkeys(w for _t, w in find_treatments(CONTEXT.sub("", before))))
        kind = kinds[0] if len(kinds) == 1 and len(previous.items) > 1 else "requests"
        return Resolved(question=f"which {kind} were {m.group('o').lower()} in case {main.case_number}?", carried=(note,))
    if main is not None and not names_treatment and (m := _ONLY_OUTCOME.match(question)) and (kept := [
            f for f in previous.items if f.decision == _OUTCOME_OF.get(m.group("o").lower()[:5])]) and len(
            {f.case_number for f in previous.items}) > 1 and len(kept) <= 3:
        # "just the approved ones" after an answer of several letters (the 50 yo woman's neck PT and the 54 yo man's):
        # that answer's items with the outcome, each named by its case
        cases = list(dict.fromkeys(f.case_number for f in kept))
        note = f"items: those of the previous answer {m.group('o').lower()}, in case {' and '.join(cases)}"
        if len(kept) == 1:
            return Resolved(question=f"what was decided? [{_name(kept[0])}]", carried=(note,))
        if len(cases) == 1:
            return Resolved(question=f"which requests were {m.group('o').lower()} in case {cases[0]}?", carried=(note,))
        named = [_name(f) for f in kept]
        return Resolved(question=f"what was decided on {', '.join(named[:-1])} and {named[-1]}?", carried=(note,))
    if main is not None and not names_treatment and (m := _FAMILY_ASKED.match(question)):
        # "was the wife working?" after his home aide: what the letter says of his wife, looked for in its rationale
        note = f"item: {main.title} (case {main.case_number}), from the previous answer"
        said = " ".join(f"{m.group('who')} {m.group('rest') or ''}".split())
        return Resolved(question=f"did the reviewer mention {said}? [{_name(main)}]", carried=(note,))
    if main is not None and not names_treatment and previous.kind == "item" and _HOW_MANY_BARE.match(question):
        # "CM17-0011703 - were the x-rays denied?" || "how many were there?": the kind asked before, of that letter
        kind = next((w for _t, w in find_treatments(CONTEXT.sub("", before))), "requests")
        note = f"count: the {kind} of case {main.case_number}, from the previous question"
        return Resolved(question=f"how many {kind} were there? [in case {main.case_number}]", carried=(note,))
    if main is not None and not names_treatment and previous.kind == "item" and _HOW_MANY_THEIRS.match(question):
        # "the 37 yo woman with the TENS" || "how many things were denied?": of her letter, not of the whole index
        note = f"case: {main.case_number}, from the previous answer"
        return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))
    if main is not None and not names_treatment and previous.kind == "item" and _HOW_MANY_DECIDED.match(question) and not (
            find_treatments(_without_reasons(before)) or HOW_MANY.match(CONTEXT.sub("", before))):
        # "CM16-0231745 what was denied?" || "how many were approved?": of the letter asked of, no kind named before it
        note = f"case: {main.case_number}, from the previous answer"
        return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))
    if main is not None and names_treatment and previous.kind == "item" and (m := _HOW_MANY_OF_KIND.match(question)) and (
            m.group("theirs") or sum(1 for f in previous.letter if {t for t, _w in find_treatments(question)}
                                     & set(match_treatments(f.title))) >= 2):
        # "CM17-0013625" || "how many drugs were denied?": of her five drugs, not of every letter's
        note = f"case: {main.case_number}, from the previous answer"
        return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))
    if main is not None and not names_treatment and (m := _ANY_DECIDED.match(question)) and len(
            {f.case_number for f in previous.items}) == 1:
        # "were any approved?" after one of her requests: any of her letter's, as "were any of them approved?" asks
        note = f"case: {main.case_number}, from the previous answer"
        said = f"{question[: m.end('any')]} of them{question[m.end('any'):]}".rstrip()
        return Resolved(question=f"{said} [in case {main.case_number}]", carried=(note,))
    if previous.kind == "item" and main is not None and not names_treatment and len({f.case_number for f in previous.items}) == 1:
        these = _these(previous, main)
        several = 1 < len(these) <= MAX_THESE
        # "the 61 yo woman's hip MRI" || "not approved?": the outcome asked of the item answered (of each, when several)
        if said := bare_outcome(question, f"{_each_named(these)} in case {main.case_number}" if several else _name(main), several):
            note = (f"items: {', '.join(f.title for f in these)} (case {main.case_number}), from the previous answer" if several
                    else f"item: {main.title} (case {main.case_number}), from the previous answer")
            return Resolved(question=said, carried=(note,))
        # "did she get anything?" after the one request of her letter: was it approved
        if len(previous.letter) == 1 and (said := one_request_anything(question, _name(main))):
            return Resolved(question=said, carried=(f"item: {main.title} (case {main.case_number}), the one request of "
                                                    f"the previous answer's letter",))
    if main is not None and not names_treatment and THEIR_ALL.search(question):
        # "did they deny both her tests?" after her EMG: every request of her case, not the EMG again
        note = f"case: {main.case_number}, from the previous answer"
        return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))
    if main is not None and not names_treatment and (found := _for_another_part(question, main)) is not None:
        return found
    if main is not None and not names_treatment and (common := _reason_common(question, previous, main, before)) is not None:
        return common
    if main is not None and not names_treatment and (across := _across_letters(question, main,
                                                                                _answered_kind(previous, main, before))) is not None:
        return across
    if main is not None and not names_treatment and not find_regions(question) and (
            1 < len(these := _these(previous, main)) <= MAX_THESE) and (fact := _one_titled(question, these)) is not None:
        # "the 32 yo guy with PT and voltaren" || "how many refills did UR allow?": the Voltaren, whose title names
        # its refills, not the PT answered first
        note = f"item: {fact.title} (case {fact.case_number}), named by a word of its title among the previous answer's"
        return Resolved(question=f"{question.rstrip()} [{_name(fact)}]", carried=(note,))
    if main is not None and not names_treatment and (fitting := _fitting_equally(question, previous, before)):
        # "the 50 yo woman's neck PT" (two letters fit her equally) || "was it approved?": asked with the question before,
        # of each letter that fits (not the first one's, picked silently)
        return Resolved(question=f"{CONTEXT.sub('', before).rstrip(' ?.!')} - {question.strip()}",
                        carried=(f"patient: the one described in the previous question, whom {len(fitting)} letters fit "
                                 f"equally ({', '.join(fitting)})",))
    if main is not None and not names_treatment:
        note = f"item: {main.title} (case {main.case_number}), from the previous answer"
        for pattern in (NAMED_PRONOUN, END_PRONOUN):
            if (m := pattern.search(question)) and pattern is END_PRONOUN and PLURAL.fullmatch(m.group(0)) and (
                    1 < len(_these(previous, main)) <= MAX_THESE):
                break  # "so he can't get them?" after his two injections: each of them (below), not the first alone
            if m and (_SAME_OF_THESE.search(question) or _BOTH_WORD.search(question)) and (
                    1 < len(_these(previous, main)) <= MAX_THESE):
                # "was it the same doctor reviewing both?", "was it both levels?" after two items: both of them
                # (below), not the first
                break
            if m and pattern is NAMED_PRONOUN and (part := _pointed_part(question, previous, main)) is not None:
                # "that one for the back - why?" after his neck PT and his back PT: the back one, not the neck one answered
                said = question[: m.start()] + _name(part) + question[m.end():]
                return Resolved(question=said, carried=(f"item: {part.title} (case {part.case_number}), the one of the body part "
                                                        f"told among the previous answer's",))
            if m:
                return Resolved(question=question[: m.start()] + _name(main) + question[m.end():], carried=(note,))
        if ((PLURAL.search(question) or ALL_OF_THESE.search(question) or _WHICH_MORE.match(question))
                and 1 < len(both := _these(previous, main)) <= MAX_THESE and not find_regions(question)):
            # "why were they denied?" after "which of those were x-rays?" (both of them): each of the items before
            return _of_each(question, both)
        if LOOSE_PRONOUN.search(question) or CASE_WORDS.search(question) or WHO_PAYS.search(question) or (
                WHAT_NOW.search(question)) or reason_clauses(question) or _THE_RECORD.search(question):
            # ... "so do we pay out of pocket?", "can we appeal again?": of that item too
            return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
        if ({"guideline", "letter_pages"} & set(asked_facts(question)) and not find_regions(question)
                and 1 < len(both := _these(previous, main)) <= MAX_THESE
                # (not when one thing was asked before, the others only shown: "CM16-0234464 lumbar MRI" || "what pages?")
                and (not find_treatments(told := CONTEXT.sub("", before)) or TWO_TOLD.search(told) or PLURAL.search(told))):
            # "were both creams denied?" || "what guideline?", "what pages?": of each of the items just answered
            return _of_each(question, both)
        if ABOUT_IT.match(question) and not find_regions(question) and (
                not find_treatments(told := CONTEXT.sub("", before)) or TWO_TOLD.search(told) or _told_plural(told)) and (
                1 < len(both := _these(previous, main)) <= MAX_THESE) and (
                not CONTEXT.search(before) or _carried_each(before, both)):
            # "why?" after "CM17-0015198 - what happened?" (its PT and its chiro, each decided): each of them, as
            # "why were they denied?" is; "what pages?" after "CM16-0234464 cervical and lumbar MRI" (both answered): both
            return _of_each(question, both)
        if ABOUT_IT.match(question) and _DETAILS.search(question) and not find_regions(question) and (
                1 < len(both := _these(previous, main)) <= MAX_THESE):
            # "at which levels?" after his two epidurals: of each of them (a detail asked in the plural), not the first
            return _of_each(question, both)
        if _BARE_WHY.match(question) and len(these := _these(previous, main)) > MAX_THESE and len(these) == len(previous.letter):
            # "the 37 yo woman with the TENS unit - what was denied?" (all six of her requests) || "why?": why each of
            # her letter's requests was decided so (not the first of them alone)
            outcomes = {f.decision for f in these}
            said = {"Upheld": "denied", "Overturned": "approved"}.get(outcomes.pop(), "decided") if len(outcomes) == 1 else "decided"
            return Resolved(question=f"why were the requests in case {main.case_number} {said}?",
                            carried=(f"case: {main.case_number}, its {len(these)} requests in the previous answer",))
        if ABOUT_IT.match(question) and not find_regions(question):
            # "why?", "what was missing?", "which guideline?" after an item answer: of that item
            return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
        if asked_facts(question) and not find_regions(question) and not _ANOTHER.search(question):
            # "who was the reviewer", "what kind of doctor was the reviewer", "what was the date of injury" after an
            # item answer: a fact of that letter (not of a letter found anew)
            return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
        if _THE_DETAIL.match(question) and not (find_regions(question) or _ANOTHER.search(question) or _ACROSS.search(
                question) or APPROVE.search(question) or DENY.search(question)):
            # "what were the 2 conditions?" after the tramadol whose rationale counts "2 conditions which are a relative
            # contraindication": a detail of what was just said, of that item (not a question asked of every letter)
            return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
    if main is not None and names_treatment and (asks_history(question) or (
            (shown := result_asked(question)) and not shown & set(match_treatments(main.title)))):
        # "did she have x-rays first?" after her shoulder MRI: what her letter says of the x-rays, beside that item
        # (not a request for x-rays, which her case lacks)
        note = f"item: {main.title} (case {main.case_number}), from the previous answer"
        return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
    if main is not None and names_treatment and CASE_WORDS.search(question):
        note = f"case: {main.case_number}, from the previous answer"
        return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))
    if main is None and previous.kind == "term" and not names_treatment and ABOUT_IT.match(question) and (
            term := _TERM_ASKED.match(CONTEXT.sub("", before))):
        # "CM17-0013625" || "what is Tabradol" || "why denied": the thing the term named, in the case told before
        case = next((m.group(0) for e in reversed(earlier) for m in [CASE.search(e.question)] if m), None) or next(
            (f.case_number for e in reversed(earlier) for f in e.items), None)
        named = f"the {term.group('t')}" + (f" in case {case}" if case else "")
        return Resolved(question=f"{question.rstrip()} [{named}]", carried=(f"item: {named}, from the previous question",))
    if (previous.kind == "list" and not names_treatment and PLURAL.search(question) and (facts := asked_facts(question))
            and set(facts) <= OF_THE_LETTER and 1 < len(listed := _listed_letters(previous)) <= MAX_THESE):
        # "which neck MRIs were approved?" || "who reviewed them?": each letter listed, its fact (not the topic's
        # letters found anew, whatever their outcome)
        named = " and ".join(f"the {f.title.replace('[', '(').replace(']', ')')} in case {f.case_number}" for f in listed)
        return Resolved(question=f"{question.rstrip()} [{named}]",
                        carried=(f"items: {', '.join(f'{f.title} (case {f.case_number})' for f in listed)}, the previous "
                                 f"answer's list",))
    if main is None and not names_treatment and (topic := _topic(before)):
        if NAMED_PRONOUN.search(question) or LOOSE_PRONOUN.search(question):
            return Resolved(question=f"{question.rstrip()} [{topic}]",
                            carried=(f"topic: {topic}, from the previous question",))
        if previous.kind in ("count", "list", "pattern") and _BARE_WHY.match(question):
            # "how many lumbar MRIs were denied?" || "why?": why they were, across the letters counted
            said = CONTEXT.sub("", before)
            outcome = "approved" if _APPROVED_SAID.search(said) else "denied" if _DENIED_SAID.search(said) else ""
            asked = f"why were they {outcome}?" if outcome else question.rstrip()
            return Resolved(question=f"{asked} [{topic}]", carried=(f"topic: {topic}, from the previous question",))
    if main is not None and _WHICH_ONE_OF.match(question) and not CASE.search(question) and not _PERSON_TOLD.search(question) and (
            len({f.case_number for f in previous.items}) == 1) and len(previous.letter) > 1:
        # "the 54 yo woman with the creams" || "which one had lidocaine?", "which one was for nerve pain?": one of that
        # letter's requests, not any letter's
        note = f"case: {main.case_number}, from the previous answer (which one of its requests)"
        return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))
    return Resolved(question=question)


def _fitting_equally(question: str, previous: Earlier, before: str) -> list[str]:
    """The letters the previous answer said fit the patient described equally ("2 letters fit the 50-year-old woman
    equally": its items of more than one letter, a patient told by age and no case), when `question` asks of "it" or
    "her" and names no other patient, case, treatment or body part; else none."""
    told = CONTEXT.sub("", before)
    if previous.kind != "item" or CASE.search(before) or CASE.search(question) or not _PERSON_CORE.search(told):
        return []
    if _PERSON_CORE.search(question) or find_regions(question) or not (
            NAMED_PRONOUN.search(question) or LOOSE_PRONOUN.search(question) or CASE_WORDS.search(question)
            or _BARE_WHY.match(question)):
        return []
    fitting = list(dict.fromkeys(f.case_number for f in previous.items))
    return fitting if len(fitting) > 1 else []


# "which one ...?", "which ones ...?", "which was ...?" opening a follow-up: one of the previous answer's letter's requests
_WHICH_ONE_OF = re.compile(r"^\s*(?:(?:and|so|ok|okay)\s*,?\s+)?which\s+(?:one|ones|was|were|is|are)\b", re.IGNORECASE)


# the units of a drug counted: "how many pills were approved?", "how many tablets did UR allow?"
_DRUG_UNITS = re.compile(r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?(?P<u>pills?|tablets?|capsules?|doses?)\b", re.IGNORECASE)


def _units_of_the_drug(question: str, main: Fact) -> bool:
    """Whether the question counts the units of the drug answered before ("how many pills were approved?" after his
    baclofen), the unit being its only word of a treatment (not "how many pills besides the PT?")."""
    if (m := _DRUG_UNITS.search(question)) is None or "medication" not in match_treatments(main.title):
        return False
    return not find_treatments(_without_reasons(question[: m.start("u")] + question[m.end("u"):]))


# whether the item before was for a body part: "was it for his knee?", "is that for her neck?", "were they on the left
# knee?"
_FOR_PART = re.compile(r"^\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s+)?(?:was|is|were|are)\s+(?:it|that|this|they|those|these)\s+"
                       r"(?:(?:just|only|even|also)\s+)?(?:for|of|on|to)\s+(?:his|her|their|my|the|your)\s+", re.IGNORECASE)


def _for_another_part(question: str, main: Fact) -> Resolved | None:
    """"was it for his knee?" after his lumbar PT: the kind of the item before, asked in its case for the part named
    ("was the physical therapy in case CM17-0010362 for his knee?"), which that case may have no request for (said so,
    with what it has); not the item before with its own part beside the one asked. None when the part is the item's."""
    regions = {r for r, _w in find_regions(question)}
    kinds = find_treatments(main.title)
    if not _FOR_PART.match(question) or not regions or regions <= set(main.body_regions) or not kinds:
        return None
    word = kinds[0][1] if kinds[0][1].isupper() else kinds[0][1].lower()
    at = _FOR_PART.match(question)
    pronoun = re.search(r"\b(?:it|that|this|they|those|these)\b", question[: at.end()], re.IGNORECASE)
    asked = f"{question[: pronoun.start()]}the {word} in case {main.case_number}{question[pronoun.end():]}"
    note = f"item kind: {word} (case {main.case_number}), from the previous answer, asked for another body part"
    return Resolved(question=asked, carried=(note,))


# how many of the patient's requests, asked after one of them: "how many things were denied?", "how many of her requests
# got approved?" (not "how many were approved?", which may count the kind across letters)
_HOW_MANY_THEIRS = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?how\s+many\s+(?:(?:things|requests|items|treatments)\s+|"
                              r"of\s+(?:his|her|their|the|my)\s+(?:things|requests|items|treatments)\s+)"
                              r"(?:were|was|got|did\s+(?:IMR|they|the\s+reviewers?))\b", re.IGNORECASE)
# a yes or no of the patient's family, a fact about the patient: "was the wife working?", "is his husband disabled?"
_FAMILY_ASKED = re.compile(r"^\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s+)?(?:is|was|were|are|does|did|has|had)\s+(?P<who>(?:the|his|her|their)\s+"
                           r"(?:wife|husband|spouse|partner|family|kids|children|son|daughter|caregiver))\b(?P<rest>[\w' -]{0,40}?)"
                           r"\s*[?.!]*\s*$", re.IGNORECASE)
# a narrowing to an outcome, naming nothing else: "only the denied ones", "just the approved one?", "ok, only the upheld"
_ONLY_OUTCOME = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but|now)\s*,?\s+)?(?:only|just)\s+(?:the\s+)?(?P<o>denied|approved|upheld|"
                           r"overturned|authori[sz]ed)(?:\s+(?:ones?|items?|requests?|things?))?\s*[?.!]*\s*$", re.IGNORECASE)
# the decision an outcome word of _ONLY_OUTCOME names, by its first five letters
_OUTCOME_OF = {"denie": "Upheld", "uphel": "Upheld", "appro": "Overturned", "overt": "Overturned", "autho": "Overturned"}
# how many there were of what was just asked, and nothing more: "how many were there?", "how many of them?"
_HOW_MANY_BARE = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but|wait)\s*,?\s+)?how\s+many\s+(?:(?:of\s+(?:them|those|these)\s+)?"
                            r"(?:were|are|was|is)\s+there|of\s+(?:them|those|these)|were\s+(?:they|there)|did\s+(?:he|she|they)\s+"
                            r"(?:have|get|ask\s+for|request))(?:\s+(?:in\s+all|in\s+total|total|altogether))?\s*\?*\s*$", re.IGNORECASE)
# how many of a kind of request were decided so, after one letter's answer: "how many drugs were denied?", "and how many of
# her meds got approved?"
_HOW_MANY_OF_KIND = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?how\s+many\s+(?:of\s+(?:(?P<theirs>his|her|their|my)|the)\s+)?"
                               r"(?:(?:[\w/-]+\s+){0,2}?(?:were|was|got|did)\b"
                               # ... asked bare: "CM16-0234464" || "how many MRIs?", "how many chiro requests?"
                               r"|[\w/-]+(?:\s+[\w/-]+){0,2}\s*\?\s*$)", re.IGNORECASE)
# whether any of the things just counted had an outcome: "were any approved?", "were any of them denied?"
_ANY_OF_COUNT = re.compile(r"^\s*(?:(?:and|ok(?:ay)?|so|but)\s*,?\s+)?(?:were|was|did|have|has)\s+(?:any|none)(?:\s+of\s+"
                           r"(?:them|those|these))?\s+(?:get\s+|been\s+)?(?P<outcome>approved|denied|overturned|upheld)\s*\??\s*$",
                           re.IGNORECASE)
# how many of the things just counted had an outcome: "how many were approved?", "and how many got denied?", "how many of
# them were overturned"
_HOW_MANY_DECIDED = re.compile(r"^\s*(?:(?:and|ok(?:ay)?|so|but)\s*,?\s+)?how\s+many\s+(?:of\s+(?:them|those|these)\s+)?"
                               r"(?:were|was|got|did\s+(?:IMR|they|the\s+reviewers?)|did\s+(?:IMR|they)\s+)\s*"
                               r"(?:\w+\s+)?(?:approv\w*|overturn\w*|den(?:y|ied)|upheld|uphold|authori[sz]\w*|turned\s+down|"
                               r"okayed|reversed)\b", re.IGNORECASE)


# a bare "why?" ("and why?", "how come?", "why so?")
_BARE_WHY = re.compile(r"^\s*(?:(?:and|so|ok|okay|but)\s*,?\s+)?(?:why(?:\s+so)?|how\s+come)\s*[?.!]*\s*$", re.IGNORECASE)
# the outcome a count or a list was asked of ("how many lumbar MRIs were denied?")
_APPROVED_SAID = re.compile(r"\b(?:approv\w*|overturn\w*|authori[sz]\w*|granted|okayed|reversed)\b", re.IGNORECASE)
_DENIED_SAID = re.compile(r"\b(?:den(?:y|ied|ials?)|upheld|uphold\w*|reject\w*|refused|turned\s+down|non-?certif\w*)\b", re.IGNORECASE)
# a person told anew ("the 54 yo woman's brace?", "my husband's PT"): no follow-up of the patient before
_ANOTHER = re.compile(r"\b\d{1,2}\s*(?:yo\b|y/o\b|-?\s*years?[- ]old\b|yr)|\b(?:man|woman|lady|guy|gentleman|patient|"
                      r"worker|claimant|husband|wife|mom|mother|dad|father|son|daughter|client|men|women|people|anyone|"
                      r"anybody|everyone)\b", re.IGNORECASE)
# ... or a kind asked across letters ("any braces approved?", "how many MRIs", "do they ever approve TENS?"; not "any
# different", said of what was answered)
_ACROSS = re.compile(r"\b(?:any(?!\s+(?:different(?:ly)?|better|worse|more|less|longer|good|closer|help)\b)|ever|all|usually|"
                     r"generally|typically|how\s+(?:many|often)|most|other\s+(?:letters|cases))\b", re.IGNORECASE)
# the thing named as one of the patient's: "the brace", "her TENS", "that PT"
_ONE_OF_THEIRS = r"\b(?:the|his|her|their|that|this|my)\s+(?:[\w/-]+\s+){0,2}?"
# ... told as the patient's own: "his knee MRI", "her back brace"
_THEIRS_SAID = r"\b(?:his|her|their)\s+(?:[\w/-]+\s+){0,2}?"
# a thing asked "too" or "as well" is asked of the same patient: "was an MRI of the neck done too?" after their CT
_TOO = re.compile(r"\b(?:too|as\s+well)\s*[?.!]*\s*$", re.IGNORECASE)
# ... and one asked "for her", "for him": "the 45 yo woman naproxen" || "what about protonix for her?"
_FOR_THEM = re.compile(r"\b(?:for|of|to)\s+(?:him|her|them)\b", re.IGNORECASE)
# a follow-up that names a thing alone, a few words and no verb: "wheelchair?", "neck MRI?", "the hot pack?"
_BARE_THING = re.compile(r"^\s*(?:(?:the|a|an|his|her|their|my)\s+)?[\w/'-]+(?:\s+[\w/'-]+){0,2}\s*[?.!]*\s*$")


# the words a bare follow-up may say beside the thing it names: "acupuncture?", "and the PT approved?", "ok, chiro too?"
# ("what about the acupuncture?" asks the question before again, of it: service.conversation's ELLIPSIS)
_BARE_WORDS = frozenset({"and", "ok", "okay", "so", "also", "plus", "too", "then", "approved", "denied", "upheld", "overturned",
                         "authorized", "authorised", "covered", "okayed", "ok'd", "the", "was", "were", "as", "well"})


def _only_named(text: str, named: Sequence[tuple[str, str]]) -> bool:
    """Whether `text` says nothing but the treatments `named` and _BARE_WORDS ("acupuncture?", "and PT approved?")."""
    rest = text
    for _t, w in named:
        rest = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", " ", rest, flags=re.IGNORECASE)
    return all(w.lower() in _BARE_WORDS for w in re.findall(r"[\w'’]+", rest))


# a reason named after the pronoun of the item before: "was that because of the naproxen?", "was it denied because the
# naproxen was?"
# the item before offered as the reason for another: "was the stomach medicine denied because of that?"
_BECAUSE_OF_THAT = re.compile(r"\b(?:because\s+of|due\s+to|on\s+account\s+of)\s+(?P<that>that|this|it)\s*(?:[?.!]|$)",
                              re.IGNORECASE)
_REASON_AFTER = re.compile(r"\b(?:that|this|it)\b(?=(?:\s+[\w-]+){0,2}?\s+(?:because|due\s+to|since)\b)", re.IGNORECASE)


def _that_for_a_reason(question: str, main: Fact) -> Resolved:
    """"was that because of the naproxen?" after the pantoprazole: the pronoun is the item before, the
    treatment after "because" its reason."""
    m = _REASON_AFTER.search(question)
    note = f"item: {main.title} (case {main.case_number}), from the previous answer"
    return Resolved(question=question[: m.start()] + _name(main) + question[m.end():], carried=(note,))


# a patient described by age (and sex, and what they have): "the 33 yo man", "the 46 year old woman with back pain"
_PERSON_TOLD = re.compile(r"(?:\b(?:the|a|an|my|our|this)\s+)?\b\d{1,3}\s*(?:yo\b|y/o\b|yr\b|-?\s*years?[- ]old\b)"
                          r"(?:\s+(?:[\w-]+\s+){0,2}?(?:man|woman|lady|guy|gentleman|male|female|patient|worker|claimant|"
                          r"employee|[mf])\b(?:\s+(?:with|who|whose)\s+[^-?.,;:\u2013\u2014]*[^-?.,;:\s\u2013\u2014])?)?", re.IGNORECASE)
# a patient told by age (and sex): "29 year old woman", "63 yo man", "45 yo"
_PERSON_CORE = re.compile(r"\b\d{1,3}\s*(?:yo\b|y/o\b|yr\b|-?\s*years?[- ]old\b)(?:\s+(?:man|woman|lady|guy|gentleman|male|"
                          r"female|patient|worker|claimant|employee)\b)?", re.IGNORECASE)
# ... and nothing else: "the 28 year old woman's" (a follow-up asking the same of another patient)
_PERSON_ALONE = re.compile(r"(?:(?:the|a|an|my|that|this)\s+)?(?P<p>" + _PERSON_CORE.pattern + r")(?:['’]s)?",
                           re.IGNORECASE)
# ... and what is asked of them after a dash or comma: "- same reason?", ", was hers denied too?"
_PERSON_TAIL = re.compile(r"\s*[-\u2013\u2014,:;]+\s*(?P<t>(?!.*\b(?:he|she|they)\s+(?:ha[sd]|have|got|gets)\b)[^-\u2013\u2014,:;].*)", re.IGNORECASE)
# ... leaned on by a follow-up: "how many of his requests were denied?", "when was she hurt?", "what got approved?"
_OF_THEM = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)


# a question of the reviewer a previous answer told, naming them by a pronoun: "were they an orthopedist?", "is he a
# surgeon?", "what kind of doctor?" (not "were they approved?")
_OF_THE_REVIEWER = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?(?:(?:were|was|is|are)\s+(?:they|he|she)(?P<rest>\s+(?:an?|a\s+real)\s+"
                              r"[\w -]{3,40}?)|what\s+kind\s+of\s+(?:a\s+)?(?:doctor|physician|specialist)(?:\s+(?:is|was|were)"
                              r"\s+(?:they|he|she|that))?)\s*[?.!]*\s*$"
                              # ... "was it an orthopedist?", "was that a neurologist?": a doctor's kind named
                              r"|^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?(?:was|is)\s+(?:it|that|this)(?P<kind>\s+(?:an?\s+)?(?:"
                              + SPECIALTY_WORDS + r"|(?:[\w-]+\s+)?(?:doctor|physician|specialist|surgeon|MD)\b))\s*[?.!]*\s*$",
                              re.IGNORECASE)
# a patient told by what they have, as someone other than the one before: "the guy with the elbow", "the lady with the
# hip", "the woman with the shoulder MRI, 62" (not "his knee", "the 57 year old's epidurals")
# a detail of the item just answered, asked by a definite name alone: "what were the 2 conditions?", "what is the
# contraindication?", "and what are those side effects?"
_THE_DETAIL = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?(?:what|which)\s+(?:was|were|is|are)\s+(?:the|those|these)\s+"
                         r"(?:(?:\d+|two|three|four)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*[?.!]*\s*$", re.IGNORECASE)
# ... people counted across letters, not one patient: "how many women over 50 ...", "did anyone ...", "which men ..."
_ACROSS_PEOPLE = re.compile(r"\b(?:men|women|people|patients|workers|claimants|anyone|anybody|everyone|any\s+(?:man|woman|"
                            r"patient|worker))\b", re.IGNORECASE)
# the items just answered set against each other: "which one was closer to being approved?", "which had the better
# chance?", "which is more likely to get through next time?"
_WHICH_MORE = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but|then)\s*,?\s+)?which(?:\s+one)?\b[^?]*?\b(?:closer|nearer|"
                         r"more\s+likely|less\s+likely|likelier|better|worse|stronger|weaker|best|worst)\b", re.IGNORECASE)
_NEW_PERSON = re.compile(r"(?:the|that|this)\s+(?:other\s+)?(?:guy|man|woman|lady|gentleman|girl|fellow|dude|gal|patient)\s+"
                         r"(?:with|who|whose|on)\b", re.IGNORECASE)
_SEX_WORD = re.compile(r"\b(?:man|woman|lady|guy|gentleman|male|female)\b", re.IGNORECASE)


def _another_person(plain: str, base: str) -> str:
    """The patient a follow-up tells (age, and sex when said) when it names nothing new besides: its treatments and
    body parts are all the previous question's ("the other woman with naproxen, the 45 year old"); '' otherwise."""
    person = _PERSON_CORE.search(plain)
    if person is None or not (treatments := {t for t, _w in find_treatments(plain)}):
        return ""
    if not treatments <= {t for t, _w in find_treatments(base)} or not (
            {r for r, _w in find_regions(plain)} <= {r for r, _w in find_regions(base)}):
        return ""
    told = person.group(0)
    if not _SEX_WORD.search(told) and (sex := _SEX_WORD.search(plain)):
        told = f"{told} {sex.group(0)}"
    return told


_AGE = re.compile(r"\d{1,3}")
ANOTHER_AGE = "another patient, of another age"
# a body part named with its side or level: "right hip", "the left shoulder's", "lumbar"
_SIDE = r"(?:(?:left|right|bilateral|both)\s+)?"


def _ages_differ(told: str, was: str) -> bool:
    """Whether two patients told by age ("62 year old woman", "61 yo woman") are of different ages."""
    a, b = _AGE.search(told), _AGE.search(was)
    return a is not None and b is not None and int(a.group(0)) != int(b.group(0))


def without_parts(question: str) -> str:
    """`question` without the body parts it names beside a treatment ("why was the 62 yo woman's hip MRI denied?"
    -> "why was the 62 yo woman's MRI denied?"); as it is when it names no treatment or only parts."""
    if not (named := {t for t, _w in find_treatments(question)}) or not (regions := find_regions(question)):
        return question
    out = question
    for _r, words in regions:
        stripped = re.sub(rf"\b(?:of\s+|for\s+|on\s+|in\s+)?(?:the\s+|his\s+|her\s+)?{_SIDE}{re.escape(words)}\b(?:['’]s)?\s*", "",
                          out, count=1, flags=re.IGNORECASE)
        if {t for t, _w in find_treatments(stripped)} == named:  # (not a part naming the treatment: "lumbar support")
            out = stripped
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()


# "both" standing for what the last two answers were about: "were both approved?", "were they both denied?", "both
# of them upheld?"
_BOTH = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?(?:(?:were|was|are|did|have|had|do)\s+(?:they\s+)?)?both"
                   r"(?:\s+of\s+them)?\b", re.IGNORECASE)


def _both_told(question: str, earlier: Sequence[Earlier]) -> Resolved | None:
    """"the 50 yo woman's neck PT" || "and the acupuncture?" || "were both approved?": the items of the last two
    answers, each about one item (of the last one's letter, where the one before fitted two patients), asked together
    (not a request named "both", nor the last one alone). None when the question names a treatment, a case or a
    patient, or the last two answers were not each about one item."""
    if len(earlier) < 2 or not _BOTH.match(question) or CASE.search(question) or find_treatments(question) or (
            _ANOTHER.search(question)):
        return None
    second = _main(earlier[-1])
    if second is None or len({(f.case_number, f.item_index) for f in earlier[-1].items}) != 1 or _main(earlier[-2]) is None:
        return None
    # ... the answer before may have been about two patients the description fitted: the one of the last answer's letter
    items = {(f.case_number, f.item_index): f for f in earlier[-2].items}
    ours = [f for key, f in items.items() if key[0] == second.case_number]
    if len(ours if ours else items) != 1:
        return None
    first = (ours or list(items.values()))[0]
    told = [first, second]
    if (first.case_number, first.item_index) == (second.case_number, second.item_index):
        return None
    titles = [f.title.replace("[", "(").replace("]", ")") for f in told]
    named = (f"the {titles[0]} and the {titles[1]} in case {first.case_number}" if first.case_number == second.case_number
             else f"the {titles[0]} in case {first.case_number} and the {titles[1]} in case {second.case_number}")
    note = f"items: {'; '.join(f'{f.title} (case {f.case_number})' for f in told)}, from the last two answers"
    return Resolved(question=f"{question.rstrip()} [{named}]", carried=(note,))


# a reason offered of what was asked before: "was it because she didn't do PT first?", "is that because ..."
_GUESSED = re.compile(r"^\s*(?:(?:so|and|ok(?:ay)?|but)\s*,?\s+)?(?:was|is)\s+(?:it|that|this)\s+(?:just\s+|only\s+|maybe\s+)?"
                      r"(?:because|cause|'cause|due\s+to|since)\b", re.IGNORECASE)


def _of_the_described(question: str, previous: Earlier, before: str) -> Resolved | None:
    """A follow-up of the patient described before, when the description fit several letters and the answer
    was of each ("the 33 yo man" || "how many of his requests were denied?"): the description carried, so the
    follow-up is of each fitting letter again ("the 33 yo man - how many of his requests were denied?"), not of
    the first one's item. None otherwise."""
    if len({f.case_number for f in previous.items}) < 2 or CASE.search(before) or CASE.search(question):
        return None
    person = _PERSON_TOLD.search(before)
    if person is not None and _GUESSED.match(question):
        # "why were the 40 yo woman's meds denied?" || "was it because she didn't try PT first?": the reason offered of
        # what was asked before, of each letter the description fits (not a request for PT)
        return Resolved(question=f"{before.strip().rstrip(' ?.!')} - {question.strip()}",
                        carried=(f"question: {before.strip()}, the previous one, several letters fitting; the reason "
                                 "offered asked of it",))
    if person is None or _ANOTHER.search(question) or not (
            _OF_THEM.search(question) or THEIR_OUTCOME.match(question) or THEIR_ALL.search(question)):
        return None
    told = person.group(0).strip()
    return Resolved(question=f"{told} - {question.strip()}",
                    carried=(f"patient: {told}, from the previous question (several letters fit)",))


_OF_THE_SIDE = re.compile(r"^(?P<thing>.+?)\s+of\s+the\s+(?P<part>(?:left|right)\s+[\w-]+)$", re.IGNORECASE)


def _side_first(title: str) -> str:
    """A title of one side's part said with the side first, as the question set against it reads ("MRI of the left
    shoulder" -> "left shoulder MRI": "and her neck MRI - same reason as the left shoulder MRI?" compares the two MRIs,
    where "as the MRI of the left shoulder" read the side as the neck MRI's too)."""
    m = _OF_THE_SIDE.match(title.strip())
    return f"{m.group('part')} {m.group('thing')}" if m else title


def _set_against(fact: Fact, main: Fact, question: str, told: str) -> Resolved:
    """ "was the <fact> decided for the same reason as the <main>?": the item told (`told`, "neck") compared with the
    previous answer's, of one letter ("for a different reason?" asked so, its yes and no the other way)."""
    note = f"items: {fact.title} and {main.title} (case {main.case_number}), the {told} one and the previous answer's, compared"
    first, second = (f.title.replace("[", "(").replace("]", ")") for f in (fact, main))
    how = "for a different reason than" if re.search(r"\bdifferen", question, re.IGNORECASE) else "for the same reason as"
    return Resolved(question=f"was the {first} decided {how} the {second}? [in case {main.case_number}]", carried=(note,))


def _same_reason_as_before(question: str, earlier: Sequence[Earlier]) -> Resolved | None:
    """A bare "same reason?" ("was it for the same reason?", naming no treatment and no case) after an item answer:
    that item compared with the one answered before it in the same letter ("the 63 yo man's surgery" || "what about
    the brace?" || "same reason?": the brace against the surgery), or the two items of an answer about two. None
    otherwise."""
    if not asks_same_reason(question) or CASE.search(question) or find_treatments(question) or _ANOTHER.search(question):
        return None
    if earlier and letters_ultrasound(question, [f.title for f in earlier[-1].letter]) != question:
        return None  # "and the ultrasound - same reason?" of a letter with ultrasound therapy: the therapy named (resolve)
    if DESCRIBED.search(question) or find_regions(question):
        return None  # "and the neck one, same reason?": the one described, set against the item answered (resolve)
    main = _main(earlier[-1]) if earlier else None
    if main is None:
        return None
    these = _these(earlier[-1], main)
    if 2 < len(these) <= MAX_THESE and these[0] == main:
        # "the 33 yo man's MRIs" || "were all three denied for the same reason?": each of the three, side by side
        return _of_each(question, these)
    other = these[1] if len(these) == 2 and these[0] == main else None
    if other is None and len(earlier) > 1 and (before := _main(earlier[-2])) is not None and (
            before.case_number == main.case_number and before.item_index != main.item_index):
        other = before
    if other is None and len(earlier) > 1 and (before := _main(earlier[-2])) is not None and (
            before.case_number != main.case_number) and len({f.case_number for f in earlier[-1].items}) == 1 and len(
            {f.case_number for f in earlier[-2].items}) == 1:
        # "the 62 yo woman's shoulder MRI" || "the 61 yo woman's hip MRI" || "same reason?": the two patients' items,
        # each of its own letter, compared (not the last one's reason alone)
        note = (f"items: {main.title} (case {main.case_number}) and {before.title} (case {before.case_number}), from the "
                f"previous answers, compared")
        how = "for a different reason than" if re.search(r"\bdifferen", question, re.IGNORECASE) else "for the same reason as"
        return Resolved(question=f"was {_name(main)} decided {how} {_name(before)}?", carried=(note,))
    if other is None and len(mates := [f for f in earlier[-1].shown if f.case_number == main.case_number
                                       and f.item_index != main.item_index]) == 1:
        # "CM17-0015198 chiro" || "same reason?": the one other request of its letter the answer showed, the PT
        other = mates[0]
    if other is None:
        # ... none to set it against: that item's own reason, not a question of nothing
        note = f"item: {main.title} (case {main.case_number}), from the previous answer"
        return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
    note = f"items: {main.title} and {other.title} (case {main.case_number}), from the previous answers, compared"
    first, second = (f.title.replace("[", "(").replace("]", ")") for f in (main, other))
    # ("for a different reason?": asked so, its yes and no the other way)
    how = "for a different reason than" if re.search(r"\bdifferen", question, re.IGNORECASE) else "for the same reason as"
    return Resolved(question=f"was the {first} decided {how} the {second}? [in case {main.case_number}]", carried=(note,))


def _shown(named: list[tuple[str, str]], previous: Earlier) -> bool:
    """Whether an item the previous answer showed is of a treatment named (its narrowest sets)."""
    sets = {t for t, _w in named if t not in GROUPS} or {t for t, _w in named}
    return any(sets & set(match_treatments(f.title)) for f in previous.items)


# a thing asked of after a claim that nothing was so: "not even the PT?", "even the acupuncture?"
_NOT_EVEN = re.compile(r"^\s*(?:(?:and|so|but|what|wait)\s*,?\s+)?(?:not\s+even|even)\b", re.IGNORECASE)


def _of_the_letters_answered(question: str, previous: Earlier, corrected: str = "") -> Resolved | None:
    """"so nothing was approved for the 53 yo man?" (three letters fit, each answered) || "not even the acupuncture?": of
    the one letter answered that has a request of it, not of another patient's acupuncture; None when the answer was about
    one letter, or not one of its letters has it, or the follow-up asks more than the thing."""
    if len({f.case_number for f in previous.items}) < 2 or CASE.search(question) or _ANOTHER.search(question) or (
            _ACROSS.search(question)):
        return None
    text = corrected or question
    if not (named := find_treatments(_without_reasons(text))) or not (
            _NOT_EVEN.match(text) or _TOO.search(text) or _only_named(text, named)
            or any(re.search(_THEIRS_SAID + re.escape(w), text, re.IGNORECASE) for _t, w in named)):
        return None
    sets = {t for t, _w in named if t not in GROUPS} or {t for t, _w in named}
    cases = {f.case_number for f in previous.items if sets & set(match_treatments(f.title))}
    if len(cases) != 1:
        return None
    case = cases.pop()
    note = f"case: {case}, the one letter of the previous answer's with the {' / '.join(w for _t, w in named)}"
    return Resolved(question=f"{question.rstrip()} [in case {case}]", carried=(note,))


# the item before, asked of by its pronoun: "was it ...?", "were they ...?"
_IT_SUBJECT = re.compile(r"\b(?:was|were|is|are)\s+(?:it|they|that|those)\b", re.IGNORECASE)


def _of_their_letter(question: str, previous: Earlier, corrected: str = "", before: str = "") -> Resolved | None:
    """A follow-up naming a treatment, no case and no one new, after an answer about one patient whose letter
    has a request of that treatment ("the 63 yo man with the shoulder surgery" || "was the brace approved?",
    "and the PT?", "why were the MRIs denied?"): of that letter, not of anyone's brace. None otherwise. The treatment
    is read in `corrected` where given (the question with its misspellings fixed: "the flexaril one")."""
    main = _main(previous) or (previous.letter[0] if previous.letter and (previous.kind == "not_found" or (
        # "CM17-0013625" || "how many drugs were denied?" || "and the celebrex - why?": a count or list of one case asked
        previous.kind in ("count", "list") and (len({c.upper() for c in CASE.findall(before)}) == 1 or (
            # "60 yo woman with 4 requests incl knee mri - how many were denied?" || "the chiro for her neck, why?": a
            # count of one patient described, whose letter the answer was about
            _ANOTHER.search(before) and not _ACROSS_PEOPLE.search(before)))
        and {f.case_number for f in previous.items} == {previous.letter[0].case_number})) else None)
    if main is None or not previous.letter or CASE.search(question) or _ANOTHER.search(question) or _ACROSS.search(question):
        return None
    if (m := _REASON_AFTER.search(question)) and not find_treatments(_without_reasons(question)[: m.start()]):
        # "was that because of the naproxen?": that, for a reason named (not "and the head ct, was that denied because
        # ...?": that is the CT named before it)
        return _that_for_a_reason(question, main)
    # ("and the ultrasound?" of a letter with the therapy: the therapy)
    typed, question = question, letters_ultrasound(question, [f.title for f in previous.letter])
    text = letters_ultrasound(corrected, [f.title for f in previous.letter]) if corrected else question
    if (thing := too_thing(question)) and (own := own_words(thing, [f.title for f in previous.letter])):
        # "was the nurse denied too?" after his home aide: another request than the one answered, of his letter; where
        # none of its requests has the thing's own word and it names no other request's kind, asked by that word
        kinds = [t for t, _w in find_treatments(thing)]
        kinds = {t for t in kinds if t not in GROUPS} or set(kinds)
        of_kind = [f for f in previous.letter if kinds & set(match_treatments(f.title))]
        # (a kind the letter lacks, "a neck MRI as well?" after a CT, is said so by the usual path)
        if (of_kind or not kinds) and all(f == main for f in of_kind):
            note = f"case: {main.case_number}, from the previous answer (no request of its letter is a {' '.join(own)})"
            return Resolved(question=f"{question.replace(thing, ' '.join(own)).rstrip()} [in case {main.case_number}]",
                            carried=(note,))
    # (what a reason offered names is not asked: "bc she's not having surgery?" after her elbow braces)
    named = find_treatments(_without_reasons(text))
    too = bool(_TOO.search(text) or _FOR_THEM.search(text))
    if not named or not (too or _only_named(text, named)
                         or any(re.search(_ONE_OF_THEIRS + re.escape(w), text, re.IGNORECASE) for _t, w in named)
                         # "was it too many shots?" after his epidurals: the amount of the thing answered, a reason offered
                         or (_IT_SUBJECT.search(text) and all(re.search(rf"\btoo\s+(?:many|much)\s+{re.escape(w)}", text,
                                                                        re.IGNORECASE) for _t, w in named))):
        return None
    # (the narrowest sets named: a TENS unit is no brace, though both are equipment)
    sets = {t for t, _w in named if t not in GROUPS} or {t for t, _w in named}
    if not any(sets & set(match_treatments(f.title)) for f in previous.letter):
        # (a thing named alone, "MRI?", is the question before asked of it where that reads: below, as "and the MRI?")
        if too or (_only_named(text, named) and not (_BARE_THING.match(question) and _ellipsis(
                question.strip(" ?.!"), before, previous) is not None)) or any(
                re.search(_THEIRS_SAID + re.escape(w), text, re.IGNORECASE) for _t, w in named):
            # "my husband is 54, had his neck PT denied" || "what about his knee MRI?": still his letter, which has
            # none (said so), not another 54-year-old man's
            if result_asked(question):
                # "were her x-rays normal?": what the letter says of the study she had, beside the item before
                note = f"item: {main.title} (case {main.case_number}), from the previous answer"
                return Resolved(question=f"{question.rstrip()} [{_name(main)}]", carried=(note,))
            note = f"case: {main.case_number}, from the previous answer (the {' / '.join(w for _t, w in named)} told as theirs)"
            return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))
        return None  # the letter has none: a question of its own
    note = f"case: {main.case_number}, from the previous answer (its letter has the {' / '.join(w for _t, w in named)})"
    if (m := _BECAUSE_OF_THAT.search(question)) and not sets & set(match_treatments(main.title)) and (thing := _thing(main.title)):
        # "was the stomach medicine denied because of that?" after her naproxen: the reason offered is the item before
        question = f"{question[: m.start('that')]}{thing}{question[m.end('that'):]}"
        note = f"{note}; 'that' read as {thing} (case {main.case_number}), from the previous answer"
    regions = {r for r, _w in find_regions(question)}
    if asks_same_reason(question) and (not sets & set(match_treatments(main.title))
                                       or bool(regions) and not regions <= set(main.body_regions)):
        # "and the shoulder MRI - same reason?" after the head CT: compared with the item before
        note = f"item: {main.title} (case {main.case_number}), from the previous answer, to compare with"
        if (target := _SAME_AS.search(question)) and all(
                re.search(rf"(?<!\w){re.escape(w)}(?!\w)", target.group("x"), re.IGNORECASE) for _t, w in named):
            # "same reason as the naproxen?" after the pantoprazole: the pantoprazole asked, set against the naproxen
            how = "for a different reason than" if re.search(r"\bdifferen", question, re.IGNORECASE) else "for the same reason as"
            title = main.title.replace("[", "(").replace("]", ")")
            return Resolved(question=f"was the {title} decided {how} the {target.group('x').strip()}? [in case {main.case_number}]",
                            carried=(note,))
        # ... the one request of the letter the words name, set against it by title ("and her neck MRI - same reason?":
        # her cervical MRI), so the answer leads with the one asked
        fits = [f for f in previous.letter if f != main and sets & set(match_treatments(f.title))
                and (not regions or regions & (set(f.body_regions) or {r for r, _w in find_regions(f.title)}))]
        if len(fits) == 1 and question == typed:
            # (not a bare word read by its letter, "ultrasound": its title alone, "Ultrasound 1 times 8", reads as a scan)
            return _set_against(fits[0], main, question, " / ".join(w for _t, w in named))
        said = re.sub(r"[?.!\s]+$", "", question)
        return Resolved(question=f"{said} as the {_side_first(main.title)} in case {main.case_number}?", carried=(note,))
    sided = [f for f in previous.letter if sets & set(match_treatments(f.title)) and regions & set(f.body_regions)]
    if sided and all(other_side(question, f.title, tuple(f.body_regions)) for f in sided):
        # "CM17-0014288" || "and the left shoulder MRI?": her one shoulder MRI is of the right shoulder; the left one
        # asked, which her letter lacks
        return _other_side_asked(question, sided[0])
    return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))


# the words that open a follow-up before the thing it asks of: "and the", "what about her"
_ASKED_LEAD = re.compile(r"^\s*(?:(?:and|what\s+about|how\s+about)\s+)?(?:the|his|her|their|my)?\s*", re.IGNORECASE)


# the one another is set against, named after it: "same reason as the naproxen?", "a different reason than the MRI"
_SAME_AS = re.compile(r"\b(?:same|different|other)\s+reasons?\s+(?:as|than|from)\s+(?:the\s+|his\s+|her\s+|my\s+)?"
                      r"(?P<x>[^?.!]+?)\s*(?:[?.!]|$)", re.IGNORECASE)


# a body part told as the patient's: "her wrist", "his left knee", "my lower back"
_THEIR_PART = r"\b(?:his|her|their|my)\s+(?:(?:left|right|lower|upper|low|mid|bad|other)\s+){{0,2}}{word}\b"


# a request set against the one asked of: "when the MRI wasn't", "while her neck PT got denied", "but the x-rays were
# approved"
_CONTRAST = re.compile(r"\b(?:when|while|whilst|whereas|though|although|but|if)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?"
                       r"(?P<x>[\w/-]+(?:\s+[\w/-]+){0,4}?)\s+(?:(?:was|were|is|are|did|does|got|had)\s*n[o'’]?t\b|(?:was|were|got)\s+"
                       r"(?:not\s+)?(?:den(?:y|ied)|approv\w*|upheld|overturn\w*|rejected|refused|turned\s+down|okayed)\b)",
                       re.IGNORECASE)


def _contrasted(question: str, main: Fact) -> str:
    """The words of the request a follow-up sets against the item before, when it names no other ("why approved when
    the MRI wasn't?" after the acupuncture: "MRI"); '' when it sets none, or names the item's own kind there."""
    if _INSTEAD.search(question) and (named := find_treatments(question)) and not any(
            w.lower() in main.title.lower() for _t, w in named):
        return named[0][1]  # "why not an MRI instead?" after the head CT: the MRI its alternative
    if not (m := _CONTRAST.search(question)) or not (named := find_treatments(m.group("x"))):
        return ""
    if find_treatments(question[:m.start()] + " " * (m.end() - m.start()) + question[m.end():]):
        return ""
    if {t for t, _w in named} & {t for t, _w in find_treatments(main.title)}:
        return ""
    return named[0][1]


# a decision asked against what the asker holds: "why approved then", "so why was it denied?", "then why"
_WHY_THEN = re.compile(r"\bwhy\b[^?.!]{0,40}\bthen\b|\bthen\s+why\b|\bso\s+why\b", re.IGNORECASE)
# another treatment named as the alternative: "why not an MRI instead?", "rather than PT?"
_INSTEAD = re.compile(r"\binstead\b|\brather\s+than\b", re.IGNORECASE)
# the part of a request UR did not authorise: "why not the other 6?", "the remaining 2"
# (not "the rest", which after a letter of several requests is its other requests)
_REMAINDER = re.compile(r"\b(?:the\s+)?(?:other|remaining|last|leftover)\s+(?:\d+|two|three|four|five|six|eight|ten|twelve)\b"
                        r"(?!\s*(?:yo\b|y/o\b|years?\b|-year))", re.IGNORECASE)


def _without_reasons(text: str) -> str:
    """`text` with each clause that offers a reason blanked ("because she wasnt in a PT program"), the same length."""
    for start, end in reason_clauses(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _their_part(question: str, previous: Earlier, before: str, corrected: str = "") -> Resolved | None:
    """A follow-up naming a body part as the patient's and no treatment, no case and no one new, after an answer
    about one patient asked with no treatment (`before`: "my sister 37 with the tingling face" || "what about her
    wrist?"): of that letter, which may have no request for it, not of another patient of that age whose letter has
    one. None otherwise (a treatment asked before is asked again of the part: "did IMR approve PT for his low back?"
    || "and for his neck?")."""
    main = _main(previous)
    if main is None or CASE.search(question) or _ANOTHER.search(question) or _ACROSS.search(question) or find_treatments(
            corrected or question) or find_treatments(CONTEXT.sub("", before)):
        return None
    words = [w for _r, w in find_regions(question)
             if re.search(_THEIR_PART.format(word=re.escape(w)), question, re.IGNORECASE)]
    if not words:
        return None
    note = f"case: {main.case_number}, from the previous answer (the {' / '.join(words)} told as the patient's)"
    return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))


def _else(question: str, earlier: Sequence[Earlier]) -> Resolved | None:
    """"what else did he get?" after an item answer: the question about the case of its items, with
    them set aside (service.besides), and those of the case that earlier answers were about, so that
    the answer is the patient's other requests: "what else did he get besides the neck and hand MRI?
    [in case CM16-0230548]"."""
    main = _main(earlier[-1])
    if main is None:
        return None
    told = [f for f in dict.fromkeys(f for turn in earlier for f in turn.items) if f.case_number == main.case_number]
    things = [thing for f in told if (thing := _thing(f.title))]
    aside = f" besides {' and '.join(things)}" if things else ""
    asked = re.sub(r"\s*[?.!]*\s*$", "", question)
    note = (f"case: {main.case_number}, from the previous answer, without "
            + "; ".join(f"{f.title} (item {f.item_index})" for f in told))
    return Resolved(question=f"{asked}{aside}? [in case {main.case_number}]", carried=(note,))


def _besides(question: str, earlier: Sequence[Earlier]) -> Resolved | None:
    """"besides the meds, what else was denied?", "other than medications, what got approved?" after an
    answer about one patient's item: that patient's other requests (service.besides sets the thing
    aside), "[in case N]" added; None when the question sets nothing aside, sets aside a thing the
    conversation did not speak of in that case, asks of a treatment of its own or describes a patient of
    its own ("... for the 45 year old woman?")."""
    from service.besides import set_aside
    from service.people import read_person

    main = _main(earlier[-1])
    if main is None:
        return None
    rest, aside = set_aside(question)
    if not aside.treatments or aside.tells or find_treatments(rest) or read_person(rest).described:
        return None
    # ... what is set aside is what the conversation was about in that case ("besides the meds" after her
    # diclofenac); a thing it never spoke of is asked as itself ("anything else besides the MRI?" after PT)
    told = {t for turn in earlier for f in (*turn.items, *turn.shown) if f.case_number == main.case_number
            for t, _w in find_treatments(f.title)}
    if not told & set(aside.treatments):
        return None
    note = f"case: {main.case_number}, from the previous answer, without {aside.words}"
    return Resolved(question=f"{question.rstrip()} [in case {main.case_number}]", carried=(note,))


# "which of those were liquids?", "which of them were medications?": of the items the previous answer gave
OF_THOSE = re.compile(r"^\s*(?:(?:and|ok|okay|so)\s*,?\s+)?(?:(?:which|what|how\s+many)\s+(?:ones\s+)?of\s+(?:those|these|them)\b"
                      # "which ones were for the knee?" after a count or a list
                      r"|which\s+ones\b(?=\s+(?:were|was|are|is|got|had)\b))", re.IGNORECASE)


# "how many of those were approved?": a count of an outcome over what "those" are
_OF_THOSE_COUNTED = re.compile(r"^\s*(?:(?:and|ok|okay|so)\s*,?\s+)?how\s+many\s+of\s+(?P<those>those|these|them)\s+"
                               r"(?=(?:were|was|got|did\s+(?:IMR|they|the\s+reviewers?))\s+(?:\w+\s+)?(?:approv|overturn|den(?:y|ied)|"
                               r"uph[eo]ld|authori[sz]|turned\s+down|okayed|reversed))", re.IGNORECASE)


def _of_those(question: str, earlier: Sequence[Earlier]) -> Resolved | None:
    """"which of those were liquids?" after an answer about one letter's items: of that letter's requests,
    "[in case N]" added; None when the previous answer gave items of several letters, or none."""
    if not OF_THOSE.search(question) or THEIR_OUTCOME.match(question) or (
            earlier[-1].kind == "item" and _HOW_MANY_BARE.match(question)):
        return None  # ("which of those were denied?": an outcome alone, of the letter's requests, below; "how many of
        # them?" after one item's answer: the kind asked, counted in its letter, below)
    previous = earlier[-1]
    if (counted := _listed_counted(question, earlier)) is not None:
        return counted
    cases = list(dict.fromkeys(f.case_number for f in (*previous.items, *previous.shown)))
    if len(cases) != 1 and len(answered := list(dict.fromkeys(f.case_number for f in previous.items))) == 1 and (
            _OF_THOSE_COUNTED.match(question)) and len(_answered(previous)) > 1:
        cases = answered  # "how many of those were denied?" after his two injections (other letters' only shown)
    if len(cases) != 1:
        return _of_those_counted(question, earlier)
    note = f"case: {cases[0]}, the letter the previous answer was about"
    if (m := _OF_THOSE_COUNTED.match(question)) and len({f.title for f in previous.items}) == 1:
        # "how many of those were approved?" after one item's answer: "those" are her requests, counted (not that
        # item's units)
        return Resolved(question=f"{question[:m.start('those')]}the requests{question[m.end('those'):].rstrip()} "
                                 f"[in case {cases[0]}]", carried=(f"{note}, its requests counted",))
    if (m := _OF_THOSE_COUNTED.match(question)) and len(these := _answered(previous)) > 1:
        # "how many of those were denied?" after an answer about several of her requests: those counted, each named
        # (all of her letter's: her requests), not one of them answered
        asked = f"{question[:m.start('those')]}them{question[m.end('those'):].rstrip()}"
        if previous.letter and {f.item_index for f in these} >= {f.item_index for f in previous.letter}:
            return Resolved(question=f"{question[:m.start('those')]}the requests{question[m.end('those'):].rstrip()} "
                                     f"[in case {cases[0]}]", carried=(f"{note}, all its requests counted",))
        named = _each_named(these)
        return Resolved(question=f"{asked} [{named} in case {cases[0]}]",
                        carried=(f"items: {', '.join(f.title for f in these)} (case {cases[0]}), from the previous answer, "
                                 "counted",))
    return Resolved(question=f"{question.rstrip()} [in case {cases[0]}]", carried=(note,))


# requests asked in the plural: "the 52 yo woman's chiropractic requests", "her MRIs", "his meds"
_PLURAL_ASKED = re.compile(r"\b(?:requests|items|ones|things|treatments|medications|meds|drugs|pills|MRIs|scans|tests|"
                           r"studies|injections|shots|sessions|visits)\b", re.IGNORECASE)


def _listed_counted(question: str, earlier: Sequence[Earlier]) -> Resolved | None:
    """"how many of those were denied?" after an answer listing a patient's requests: a count over what was
    listed. Every request of each letter listed, when the previous question named no treatment ("the 60 yo man's
    requests", two letters fitting him); the one request found, when requests of a kind were asked in the plural
    ("the 52 yo woman's chiropractic requests", one of them); None otherwise."""
    previous = earlier[-1]
    if not (m := _OF_THOSE_COUNTED.match(question)) or previous.kind != "item" or not (these := _answered(previous)):
        return None
    told = CONTEXT.sub("", resolve(previous.question, earlier[:-1]).question)
    cases = list(dict.fromkeys(f.case_number for f in these))
    head, tail = question[: m.start("those")], question[m.end("those"):].rstrip()
    if len(cases) > 1 and not find_treatments(told) and not CASE.search(told):
        listed = f"{', '.join(cases[:-1])} and {cases[-1]}"
        return Resolved(question=f"{head}the requests{tail} [in cases {listed}]",
                        carried=(f"cases: {listed}, the letters the previous answer listed, their requests counted",))
    if len(these) == 1 and find_treatments(told) and _PLURAL_ASKED.search(told):
        one = these[0]
        return Resolved(question=f"{head}them{tail} [the {one.title.replace('[', '(').replace(']', ')')} in case "
                                 f"{one.case_number}]",
                        carried=(f"item: {one.title} (case {one.case_number}), the one the previous answer listed, counted",))
    return None


def _answered(previous: Earlier) -> list[Fact]:
    """The distinct items the previous answer was about, in order."""
    seen: dict[tuple[str, int], Fact] = {}
    for f in previous.items:
        seen.setdefault((f.case_number, f.item_index), f)
    return list(seen.values())


# what a "which" question over the collection asks for: "which MRIs were denied?"
_WHICH = re.compile(r"^\s*(?:which|what)\s+(?P<rest>.+)$", re.IGNORECASE)
_AUX = re.compile(r"^\s*(?:were|was|are|is|got|had)\s+", re.IGNORECASE)


def _of_those_counted(question: str, earlier: Sequence[Earlier]) -> Resolved | None:
    """"which of those were for the neck?" after a count or a list over the letters ("how many MRIs were
    denied?"): the previous question as a list, narrowed by what this one adds ("which MRIs were denied, for the
    neck?"); None after any other answer, or when nothing is added."""
    previous = earlier[-1]
    if previous.kind not in ("count", "list") or not (m := OF_THOSE.search(question)):
        return None
    before = CONTEXT.sub("", resolve(previous.question, earlier[:-1]).question)
    listed = HOW_MANY.match(before) or _WHICH.match(before)
    added = _AUX.sub("", question[m.end():]).strip(" ?.!,")
    if not listed or not added:
        return None
    asked = listed.group("rest").strip().rstrip("?.! ")
    return Resolved(question=f"which {asked}, {added}?", carried=(f"list: {before}, the previous question",))


# the words that end what comes before a kind of request named: its owner ("the 40 yo woman's"), an article, a verb
_KIND_STOP = re.compile(r"(?:['’]s|\b(?:the|a|an|his|her|their|my|our|your|its|all|both|of|for|and|or|were|was|are|is|did|"
                        r"get|got|had|have|has|with|why|what|how|which|whose|any|yo|old|man|woman|guy|lady|patient|worker))$",
                        re.IGNORECASE)


def _answered_kind(previous: Earlier, main: Fact, before: str) -> str:
    """The kind of request the previous question named when its answer was about several of them in one letter, all
    of one outcome: "the 40 yo woman's liquid meds" answered with her four oral suspensions gives "liquid meds", "the 53
    yo man's x-rays" (cervical and lumbar) "x-rays"; its words as the asker wrote them, with the words just before
    that narrow it ("positional MRIs"), not the body parts that differ between them. '' otherwise (one item, two
    outcomes, or a kind one of them is not of)."""
    these = _these(previous, main)
    if len(these) < 2 or len({f.decision for f in these}) != 1:
        return ""
    told = CONTEXT.sub("", before)
    for kind, word in find_treatments(told):
        if not all(kind in match_treatments(f.title) for f in these):
            continue
        at = told.lower().find(word.lower())
        if at < 0:
            continue
        words = []
        regions_differ = len({tuple(sorted(f.body_regions)) for f in these}) > 1
        for w in reversed(told[:at].split()[-2:]):
            if _KIND_STOP.search(w) or re.search(r"\d", w) or (regions_differ and find_regions(w)):
                break
            words.insert(0, w)
        return " ".join([*words, word])
    return ""


def _thing(title: str) -> str:
    """A request named by its treatment and its body parts, as a question sets it aside: "MRI of neck
    and right hand without contrast" -> "the neck and hand MRI"; '' when no treatment is named."""
    treatments = find_treatments(title)
    if not treatments:
        return ""
    parts = " and ".join(dict.fromkeys(w for _r, w in find_regions(title)))
    return f"the {parts} {treatments[0][1]}" if parts else f"the {treatments[0][1]}"


def _bare(question: str, m: re.Match[str]) -> bool:
    """Whether the question is only the phrase `m` matched ("and in the other case?")."""
    rest = (question[: m.start()] + question[m.end():]).strip(" ?.!,")
    rest = re.sub(r"^(?:(?:and\s+)?(?:what|how)\s+about|and|also)\b\s*(?:(?:in|for|with|of)\b)?", "", rest, flags=re.I)
    return not rest.strip(" ?.!,")


# the thing told as the patient's own: "his knee", "her pillows"
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)


# the requests of one outcome, told as several: "the denied ones", "the approved requests", "the ones they denied"
_OUTCOME_ONES = re.compile(r"\b(?:ones|requests|items|things)\b", re.IGNORECASE)
_OWNED = re.compile(r"^(?:['’]s)?\s*")  # what follows a patient told: "'s cyclobenzaprine"


def _without_person(base: str) -> str:
    """"the 33 yo man's cyclobenzaprine" || "what about case CM17-0013716?": the patient told left out, as the case told
    stands for the patient (not a patient described whose letter is another); `base` as it is when it names a case or
    when the patient is told by a treatment ("the 33 yo man with the MRIs")."""
    if CASE.search(base) or (person := _PERSON_TOLD.search(base)) is None:
        return base
    kept = f"{base[: person.start()]}the {_OWNED.sub('', base[person.end():])}"
    return kept if {t for t, _w in find_treatments(kept)} == {t for t, _w in find_treatments(base)} else base


# a side of the dispute named alone: "and IMR?", "what about the reviewer?", "and UR?", "what about the adjuster?"
_PARTY = re.compile(r"(?:the\s+)?(?:(?P<imr>IMR|independent\s+(?:medical\s+)?review(?:er)?|(?:IMR\s+|expert\s+)?reviewer)"
                    r"|(?P<ur>UR|utilization\s+review|(?:the\s+)?(?:adjuster|carrier|insurer|insurance(?:\s+company)?|"
                    r"claims\s+administrator)))(?:['’]s)?(?:\s+(?:decision|side|answer|say|said))?", re.IGNORECASE)


def _ellipsis(x: str, before: str, previous: Earlier) -> Resolved | None:
    """"what about X?": the previous question, with X in place of what it replaces."""
    base = CONTEXT.sub("", before)
    if m := CASE.search(x):  # "what about case CM17-0004344?"
        case = re.sub(r"\s|[-\u2013]", "", m.group(0)).upper()
        case = f"{case[:4]}-{case[4:]}"
        base = _without_person(base)
        asked = CASE.sub(case, base, count=1) if CASE.search(base) else f"{base.rstrip()} [in case {case}]"
        return Resolved(question=asked, carried=(f"question: the previous one, for case {case}",))
    if (party := _PARTY.fullmatch(x.strip(" ?.!"))) and (main := _main(previous)) is not None:
        # "the 62 year old woman's shoulder MRI - what did UR say?" || "and IMR?": the other side's word on that item
        ur = party.group("ur") is not None
        asked = "what did UR say?" if ur else "what did IMR decide, and why?"
        note = f"item: {main.title} (case {main.case_number}), from the previous answer; {'UR' if ur else 'IMR'}'s side"
        return Resolved(question=f"{asked} [{_name(main)}]", carried=(note,))
    if (m := OTHER.search(x)) and _other([previous], _what(m)) is not None:
        return None  # "what about the other one?": read below
    if (m := DESCRIBED.search(x)) and _described(m.group("d"), previous) is not None:
        return None  # "and the approved one?": read below
    plain = re.sub(r"^(?:the|a|an)\s+|\s+(?:ones?|requests?|items?|cases?|decisions?)$", "", x.strip(), flags=re.I)
    approve, deny = bool(APPROVE.search(plain)), bool(DENY.search(plain))
    if approve != deny and len(WORD.findall(plain.lower())) <= 3 and _OUTCOME_ONES.search(x) and (
            main := _main(previous)) is not None and not find_treatments(plain):
        # "why was her acupuncture approved?" || "and the denied ones?": the requests of her letter of that outcome (none,
        # maybe), not the acupuncture asked again for the other outcome
        word = "approved" if approve else "denied"
        asked = (f"why were the requests in case {main.case_number} {word}?" if re.match(r"\s*why\b", base, re.IGNORECASE)
                 else f"which requests were {word} in case {main.case_number}?")
        return Resolved(question=asked, carried=(f"case: {main.case_number}, from the previous answer; its {word} requests",))
    if approve != deny and len(WORD.findall(plain.lower())) <= 3:
        wanted = "approvals" if approve else "denials"
        if (APPROVE if approve else DENY).search(base) and not (DENY if approve else APPROVE).search(base):
            return Resolved(question=before, carried=(f"outcome: {wanted}, as in the previous question",))
        if not (APPROVE.search(base) or DENY.search(base)):
            word = "approved" if approve else "denied"
            return Resolved(question=f"{base.rstrip(' ?.!')} {word}?" + _tail(before),
                            carried=(f"question: the previous one, for {wanted}",))
        swapped = SWAP_RE.sub(_swap, base)
        return Resolved(question=swapped + _tail(before), carried=(f"question: the previous one, for {wanted}",))
    treatments = find_treatments(plain)
    regions = find_regions(plain)
    if (told := _another_person(plain, base)) and (was := _PERSON_CORE.search(base)):
        # "and the other woman with naproxen, the 45 year old?" after "the 54 yo woman with the naproxen - denied?": the
        # previous question of the patient told now (the treatment said again is the one asked before)
        return Resolved(question=base[: was.start()] + told + base[was.end():],
                        carried=(f"question: the previous one, for the {told}",))
    if treatments and (person := _PERSON_ALONE.search(plain)) and (was := _PERSON_CORE.search(base)) and (
            old_words := [w for _t, w in find_treatments(base)]):
        # "and the 57 year old's epidurals?" after "why were the 34 yo man's facet injections denied?": the previous
        # question of the patient and the treatment told now (not the new treatment in the first patient's letter)
        told, thing = person.group("p"), (plain[: person.start()] + plain[person.end():]).strip(" ,?.!")
        swapped = base[: was.start()] + told + base[was.end():]
        if thing and (rewritten := _replace_words(swapped, old_words, thing)) != swapped:
            return Resolved(question=rewritten, carried=(f"question: the previous one, for the {told}'s {thing}",))
    if regions and not treatments and (person := _PERSON_ALONE.search(plain)) and (was := _PERSON_CORE.search(base)) and (
            old_parts := [w for _r, w in find_regions(base)]):
        # "and the 54 yo woman's knee?" after "why was the 61 yo woman's hip MRI denied?": the previous question of the
        # patient and the body part told now (not the first patient's letter, for a knee it lacks)
        told, part = person.group("p"), (plain[: person.start()] + plain[person.end():]).strip(" ,?.!")
        swapped = base[: was.start()] + told + base[was.end():]
        if part and (rewritten := _replace_words(swapped, old_parts, part)) != swapped:
            return Resolved(question=rewritten, carried=(f"question: the previous one, for the {told}'s {part}",))
    if not treatments and not regions and (person := _PERSON_ALONE.fullmatch(plain.strip(" ?.!"))) and (
            was := _PERSON_CORE.search(base)):
        # "and the 28 year old woman's?" after "was the 29 year old woman's lumbar MRI approved?": the previous question
        # of the patient told now
        told = person.group("p")
        # (another age told: service.new_patient drops the first patient's body part when no letter of exactly that
        # age has the treatment at it)
        another = f" ({ANOTHER_AGE})" if _ages_differ(told, was.group(0)) else ""
        return Resolved(question=base[: was.start()] + told + base[was.end():],
                        carried=(f"question: the previous one, for the {told}{another}",))
    if not treatments and not regions and (person := _PERSON_ALONE.match(plain.strip())) and (
            tail := _PERSON_TAIL.fullmatch(plain.strip()[person.end():])) and (was := _PERSON_CORE.search(base)):
        # "and the 28 yo woman's - same reason?", "the 54 yo woman's, was hers denied too?": the previous question's
        # thing, of the patient told now, with what is asked of it
        told = person.group("p")
        another = f" ({ANOTHER_AGE})" if _ages_differ(told, was.group(0)) else ""
        thing = (base[: was.start()] + told + base[was.end():]).rstrip(" ?.!")
        return Resolved(question=f"{thing} - {tail.group('t').strip().rstrip(' ?.!')}?",
                        carried=(f"question: the previous one, for the {told}{another}",))
    if (it := _AFTER_IT.search(plain)) and (old_words := [w for _t, w in find_treatments(base)]):
        # "and the therapy after it?" after "was the surgery denied?": the previous question, of the therapy after the
        # surgery
        told = f"{plain[: it.start('it')]}the {old_words[0]}{plain[it.end('it'):]}"
        if (rewritten := _replace_words(base, old_words, told)) != base:
            main = _main(previous)  # ... in the letter of the one before
            case = f" [in case {main.case_number}]" if main is not None and not CASE.search(rewritten) else ""
            return Resolved(question=rewritten.rstrip() + case, carried=(f"question: the previous one, for the {told}",))
    if not treatments and not regions:
        if (main := _main(previous)) is not None and (fact := _by_title_word(plain, previous, main)) is not None:
            # "the 63 yo with the shoulder surgery - was the brace ok'd?" || "what about clearance?": his "Preoperative
            # Medical Clearance", named by a word of its title that names no treatment set
            note = f"item: {fact.title} (case {fact.case_number}), named by a word of its title"
            return Resolved(question=f"{x.strip().rstrip(' ?.!')}? [{_name(fact)}]", carried=(note,))
        return None
    main = _main(previous)
    if regions and not treatments and main is not None and (told := {r for r, _w in find_regions(base)}) and (
            {r for r, _w in regions} <= told):
        # "my husband is 54, his neck and back PT got denied" || "what about his back?": the part told before, of
        # several: that item of the letter answered, when one of its kind has it
        wanted = {r for r, _w in regions}
        kinds = set(match_treatments(main.title))
        fits = [f for f in previous.letter or previous.items if f.case_number == main.case_number
                and wanted & set(f.body_regions) and (not kinds or kinds & set(match_treatments(f.title)))]
        if len(fits) == 1 and (other := _other_side_asked(plain, fits[0])):
            return other
        if len(fits) == 1 and fits[0] != main and asks_same_reason(x):
            return _set_against(fits[0], main, x, plain)  # "and the lumbar - same reason?" after the cervical MRI
        if len(fits) == 1:
            note = f"item: {fits[0].title} (case {main.case_number}), the {plain} one of the previous answer's letter"
            return Resolved(question=f"what about {_name(fits[0])}?", carried=(note,))
    if regions and not treatments and main is not None and (only := _only_of_part(previous, main, regions)) is not None:
        if other := _other_side_asked(plain, only):
            return other
        if only != main and asks_same_reason(x):
            return _set_against(only, main, x, plain)  # "the lumbar - denied for the same reason?" after the cervical MRI
        # "why was the head CT denied?" || "same question for the shoulder": the letter has no shoulder CT but one
        # shoulder request (its MRI): that one, not a shoulder CT it lacks
        note = f"item: {only.title} (case {main.case_number}), the {plain} one of the previous answer's letter"
        return Resolved(question=f"what about {_name(only)}?", carried=(note,))
    if regions and not treatments and main is not None and not CASE.search(before) and (
            _PERSON_CORE.search(base) or _OF_THEM.search(x)) and (kept := _kept_patients_part(previous, main, regions, plain, x)) is not None:
        # "37 yo woman thoracic MRI denied?" || "and her neck?": the patient the first answer settled (one letter), not
        # every letter the description fits (another 37-year-old woman's neck MRI)
        return kept
    said = _said(base)
    rewritten = base
    if treatments:  # a new treatment: the old treatment's words and regions give way
        # ... those asked, not those that tell who the patient is: "the 40 year old on tramadol, did she ask for Lyrica
        # too?" || "what about gabapentin?" asks for gabapentin of the woman on tramadol
        asked = [w.lower() for w in understand(base).treatment_words]
        named = [w for _t, w in find_treatments(base)]
        old = [w for w in named if any(w.lower() in a or a in w.lower() for a in asked)] or named
        old += [w for _r, w in find_regions(base)] if not regions else []
        rewritten = _replace_words(base, old, plain)
    elif said[1]:
        rewritten = _replace_words(base, said[1], plain)
    else:
        rewritten = f"{base.rstrip(' ?.!')} for the {plain}?"
    if rewritten == base:
        return None
    what = "treatment" if treatments else "body region"
    # ... in the letter the previous question was read in, when the conversation gave it ("CM17-0010362" || "why was
    # the neck PT denied?" || "and the low back?": that letter's low back PT, not another patient's)
    # ... or in the one letter the previous answer was about when the thing is told as the patient's own ("the 48 yo
    # man's elbow MRI" || "what about his knee?": his letter, which may have no knee request, not another man's knee MRI;
    # not when the question before told its own part so, "PT for his low back" || "and for his neck?": asked anew)
    main = _main(previous)
    one_letter = len({f.case_number for f in previous.items}) == 1
    theirs = bool(_POSSESSIVE.search(x)) and not _POSSESSIVE.search(base) and one_letter
    # ... or when the patient was described, not named, and the answer settled on one letter: "the 40 yo woman's
    # celecoxib" || "and the tramadol?" asks of her letter (which may have none), not of another 40-year-old woman's
    theirs = theirs or bool(treatments and one_letter and _PERSON_CORE.search(base) and not _PERSON_CORE.search(x))
    case = f" [in case {main.case_number}]" if (CONTEXT.search(before) and CASE.search(before) or theirs) and (
        main is not None) and not CASE.search(rewritten) else ""
    return Resolved(question=rewritten + case, carried=(f"question: the previous one, for the {what} {plain}",))


def _other_side_asked(plain: str, item: Fact) -> Resolved | None:
    """The body part asked of the other side than the one request of the letter answered before of that part: "the 62
    yo woman's right shoulder MRI" || "what about the left shoulder?" asks of a left shoulder her letter has no request
    for, not again of her right shoulder's MRI; the item told, then the side asked (service.sides.other_side_asked);
    None when the side asked is the item's, or none is told."""
    if not other_side(plain, item.title, tuple(item.body_regions)):
        return None
    asked = _ASKED_LEAD.sub("", plain).strip(" ?.!")
    note = f"item: {item.title} (case {item.case_number}), of the other side than the {asked} asked"
    return Resolved(question=f"{_name(item)} - what about the {asked}?", carried=(note,))


def _only_of_part(previous: Earlier, main: Fact, regions: Sequence[tuple[str, str]]) -> Fact | None:
    """The one request of the letter answered before that is of the body part asked, when no request of the
    previous item's kind is of it (the part asked of another kind of request); None otherwise."""
    wanted = {r for r, _w in regions}
    letter = [f for f in previous.letter or previous.items if f.case_number == main.case_number]
    of_part = [f for f in letter if wanted & set(f.body_regions)]
    kinds = {t for t in match_treatments(main.title) if t not in GROUPS}  # (the narrowest: a CT is no MRI, both imaging)
    if len(of_part) != 1 or not kinds or kinds & set(match_treatments(of_part[0].title)):
        return None
    return of_part[0]


def _kept_patients_part(previous: Earlier, main: Fact, regions: Sequence[tuple[str, str]], said: str = "",
                        asked: str = "") -> Resolved | None:
    """The requests of the body part asked in the one letter the previous answer was about (a patient described, not
    named): those of the previous item's kind, else of its group (a CT or x-ray after an MRI: imaging), else any of
    the part; None when the answer was about more than one letter or the letter has none of the part. `said`: the
    words asked, whose side of the part none of the requests may be ("her left arm's nerve tests" || "and her right
    arm?": the side asked, which her letter lacks). `asked`: the whole question, which may ask whether the part's
    request was decided for the same reason ("and the lumbar - same reason?")."""
    if len({f.case_number for f in previous.items}) != 1:
        return None
    wanted = {r for r, _w in regions}
    letter = [f for f in previous.letter or previous.items if f.case_number == main.case_number]
    of_part = [f for f in dict((f.item_index, f) for f in letter).values()
               if wanted & set(f.body_regions) and f.item_index != main.item_index]
    narrow = {t for t in match_treatments(main.title) if t not in GROUPS}
    broad = set(match_treatments(main.title))
    fits = ([f for f in of_part if narrow & set(match_treatments(f.title))]
            or [f for f in of_part if broad & set(match_treatments(f.title))] or of_part)
    if not fits:
        return None
    if said and all(other_side(said, f.title, tuple(f.body_regions)) for f in fits):
        return _other_side_asked(said, fits[0])
    plain = " and ".join(w for _r, w in regions)
    if len(fits) == 1 and asks_same_reason(asked):
        return _set_against(fits[0], main, asked, plain)  # "and the lumbar - same reason?" after the cervical MRI
    named = _each_named(fits)
    note = (f"item{'s' if len(fits) > 1 else ''}: {'; '.join(f.title for f in fits)} (case {main.case_number}), the "
            f"{plain} {'ones' if len(fits) > 1 else 'one'} of the previous answer's letter")
    return Resolved(question=f"what about {named} in case {main.case_number}?", carried=(note,))


# a treatment told by its place beside the one before: "the therapy after it", "the brace for that"
_AFTER_IT = re.compile(r"\b(?:after|following|before|for|with)\s+(?P<it>it|that|this)\s*[?.!]*$", re.IGNORECASE)


def _replace_words(text: str, old: Sequence[str], new: str) -> str:
    """`text` with the first of the `old` phrases replaced by `new` and the rest removed."""
    out, placed = text, False
    for phrase in sorted(set(old), key=lambda w: text.lower().find(w.lower())):
        at = out.lower().find(phrase.lower())
        if at < 0:
            continue
        out = out[:at] + ("" if placed else new) + out[at + len(phrase):]
        placed = True
    return re.sub(r"\s{2,}", " ", out).strip() if placed else text


def _said(text: str) -> tuple[list[str], list[str]]:
    """The treatment words and the region words of a question."""
    return [w for _t, w in find_treatments(text)], [w for _r, w in find_regions(text)]


def _topic(text: str) -> str:
    treatments, regions = _said(CONTEXT.sub("", text))
    words = list(dict.fromkeys(regions + treatments))
    return " ".join(words)


def _tail(text: str) -> str:
    m = CONTEXT.search(text)
    return " " + m.group(0).strip() if m else ""


def _swap(m: re.Match[str]) -> str:
    word = m.group(0)
    new = SWAP.get(word.lower().replace("noncert", "non-cert"), word)
    return new[:1].upper() + new[1:] if word[:1].isupper() else new


def _name(fact: Fact) -> str:
    title = fact.title.replace("[", "(").replace("]", ")")
    return f"the {title} in case {fact.case_number}"


# the others of a kind, in the plural: "and the other meds?", "what about her other scans?"
_OTHERS = re.compile(r"\b(?:the|his|her|their|my)\s+other\s+(?P<kind>meds|medications|medicines|drugs|pills|scans|tests|"
                     r"studies|injections|shots|braces|therapies|treatments|requests|items|things|ones)\b", re.IGNORECASE)


# "the others" asked alone: "and the others?", "what about the others?" (not "why not the others?", of UR's part)
_BARE_OTHERS = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?)\s*,?\s+)?(?:(?:what|how)\s+about\s+)?(?:the|his|her|their)\s+others\s*[?.!]*\s*$",
                          re.IGNORECASE)


def _the_others(question: str, previous: Earlier) -> Resolved | None:
    """"and the other meds?" after one item of a letter answered: the letter's other items of that kind (of any kind for
    "requests", "things", "ones"), each named, when two or more; else None."""
    main = _main(previous)
    if not (m := _OTHERS.search(question) or _BARE_OTHERS.match(question)) or main is None or CASE.search(question):
        return None
    kind = m.groupdict().get("kind") or ""
    kinds = {t for t, _w in find_treatments(kind)} - GROUPS or {t for t, _w in find_treatments(kind)}
    others = [f for f in previous.letter if f.item_index != main.item_index and f.case_number == main.case_number
              and (not kinds or kinds & set(match_treatments(f.title)))]
    if len(others) > MAX_THESE and not kinds:
        # "the other ones?" after one of her six requests: the rest of her letter, as "what else was decided?" is
        return _else("what else was decided?", [previous])
    if not (1 < len(others) <= MAX_THESE or len(others) == 1 and not kinds):
        return None  # ("and the others?" after one of her two requests: the one other)
    named = _each_named(others)
    note = f"items: {', '.join(f.title for f in others)} (case {main.case_number}), the others of the previous answer's letter"
    return Resolved(question=f"{question.rstrip()} [{named} in case {main.case_number}]", carried=(note,))


def _listed_letters(previous: Earlier) -> list[Fact]:
    """The items a list answer was about, the first of each letter, in order."""
    return list({f.case_number: f for f in reversed(previous.items)}.values())[::-1]


_FILLER = frozenset({"what", "about", "with", "that", "this", "those", "these", "there", "their", "they", "then", "also",
                     "other", "some", "them", "have", "does", "were", "was", "and", "the", "his", "her", "for", "one"})


# the words of a question that say what is asked, not what it is asked of ("how many", "allow", "approved")
_ASKING_WORDS = frozenset("""about after again allow allowed approve approved approval asked before being could decide decided
    denied denial does doing given happen happened many much reason reasons reviewer should their there these those
    under until what when where which while would""".split())


def _one_titled(question: str, these: Sequence[Fact]) -> Fact | None:
    """The one of `these` whose title holds a word of `question` (of five letters or more, at a word's start) that no
    other of them holds ("refills" of "Three refills of Voltaren 75mg #60" beside "Eight physical therapy sessions")."""
    said = {w for w in WORD.findall(question.lower()) if len(w) >= 5 and w not in _ASKING_WORDS and w not in _FILLER}
    holding = [f for f in these if any(re.search(rf"\b{re.escape(w)}", f.title.lower()) for w in said)]
    return holding[0] if len(holding) == 1 else None


def _by_title_word(words: str, previous: Earlier, main: Fact) -> Fact | None:
    """The one other item of the answered letter whose title holds every word of `words` (of four letters or more,
    at a word's start: "clearance" of "Preoperative Medical Clearance"), when the words name no treatment set; the item
    answered itself when only its title holds them."""
    said = [w for w in WORD.findall(words.lower()) if len(w) >= 4 and w not in _FILLER]
    # ... or an abbreviation, typed in capitals and printed so in the title ("and the PA?" of "PA assist")
    caps = [w for w in re.findall(r"\b[A-Z]{2,3}\b", words) if w not in ("IMR", "UR")]
    if not (said or caps) or len(said) + len(caps) > 3:
        return None
    fits = [f for f in previous.letter if f.case_number == main.case_number
            and all(re.search(rf"\b{re.escape(w)}", f.title.lower()) for w in said)
            and all(re.search(rf"\b{w}\b", f.title) for w in caps)]
    others = [f for f in fits if f.item_index != main.item_index]
    # ... or the item just answered, none other holding them: "the 41 yo guy with the ibuprofen - was the first fill
    # approved?" || "and the refills?" of his "Two refills of Ibuprofen 600mg #90"
    return others[0] if len(others) == 1 else main if fits == [main] else None


def _with_case(before: str, fact: Fact, item: bool, old: Fact | None = None) -> str:
    """The previous question, asked about `fact`'s case (and its item when `item`). The words of the `old` item's
    title that `fact`'s lacks leave the question ("was the right L4 epidural approved?" || "and the L5 one?": the
    L5 one, not "L4" beside it)."""
    base = CONTEXT.sub("", before)
    if item and old is not None and old.case_number == fact.case_number and old.item_index != fact.item_index:
        gone = set(WORD.findall(old.title.lower())) - set(WORD.findall(fact.title.lower()))
        # ... and the lay words for a body part of the old item's alone ("CM17-0010362 neck PT" || "and the other
        # one?": the lumbar PT, not "neck" beside it)
        theirs = set(old.body_regions) - set(fact.body_regions)
        gone |= {w.lower() for r, w in find_regions(base) if r in theirs and " " not in w}
        # ... and a word naming the old item's kind alone, by a name its title does not print ("CM17-0013625 celebrex"
        # || "and the sleep one?": the Dicopanol, not "celebrex" beside it)
        was, now = set(match_treatments(old.title)), set(match_treatments(fact.title))
        gone |= {w.lower() for w in WORD.findall(base) if (kinds := {t for t, _w in find_treatments(w)} - GROUPS)
                 and kinds <= was and not kinds & now}
        # ... and a word naming a group only the old item is of ("what was decided for his shoulder surgery?" || "the
        # last one?": the therapy after the surgery, not "surgery" beside it)
        gone |= {w.lower() for w in WORD.findall(base) if (kinds := {t for t, _w in find_treatments(w)}) and kinds <= GROUPS
                 and kinds <= was and not kinds & now}
        base = re.sub(r"\s{2,}", " ", re.sub(r"\b[a-z0-9]+\b", lambda m: "" if m.group(0).lower() in gone else m.group(0),
                                            base, flags=re.IGNORECASE)).strip()
    if CASE.search(base):
        replaced = CASE.sub(fact.case_number, base, count=1)
        return replaced + (f" [{_name(fact)}]" if item else "")
    return f"{base.rstrip()} [{_name(fact) if item else 'in case ' + fact.case_number}]"


# a term asked: "what is Tabradol?", "what's a TENS unit?"
_TERM_ASKED = re.compile(r"^\s*what(?:\s+is|\s+are|['’]s)\s+(?:an?\s+|the\s+)?(?P<t>[^?.!]+?)\s*[?.!]*\s*$", re.IGNORECASE)
# two things told in one question: "cervical and lumbar MRI", "the EMG or the NCS", "both pillows"
TWO_TOLD = re.compile(r"\b(?:and|or|both|either)\b", re.IGNORECASE)
PLURAL = re.compile(r"\b(?:they|them|those|these|both)\b", re.IGNORECASE)
# a detail of the requests asked in the plural: "which levels?", "what sides?", "what doses?"
_DETAILS = re.compile(r"\b(?:levels|sides|doses|dosages|strengths|quantities)\b", re.IGNORECASE)
MAX_THESE = 4  # the items before a plural pronoun names, at most
# ... or a count of them: "all three denied?", "were all 3 approved?", "all of the MRIs denied?"
ALL_OF_THESE = re.compile(r"\ball\s+(?:(?:the\s+)?(?:two|three|four|2|3|4)|of\s+(?:the|them|those|these))\b", re.IGNORECASE)
# the same thing asked of several: "was it the same doctor reviewing both?", "same reviewer for all of them?"
_SAME_OF_THESE = re.compile(r"\bsame\b[^?.;]*?\b(?:both|them|all|each)\b", re.IGNORECASE)
# "both" beside a pronoun: "was it both levels?", "is it for both?" (the two just answered, not "it" alone)
_BOTH_WORD = re.compile(r"\bboth\b", re.IGNORECASE)


def _told_plural(text: str) -> bool:
    """Whether `text` names a treatment in the plural ("the 40 year old woman's oral suspensions", "his MRIs", "the
    x-rays"; not "TENS", "the chiro"): several of them asked, each answered."""
    return any(len(w) > 3 and w[-1] == "s" and (w[-2].isupper() or w[-2].islower() and w[-2] not in "siu")
               for _t, w in find_treatments(text))


def _carried_each(before: str, these: Sequence[Fact]) -> bool:
    """Whether the context the previous question carried names each of `these` ("same reviewer for both? [the
    Physical therapy ... and the Chiro ... in case ...]"): a question after it asks of each of them too."""
    m = CONTEXT.search(before)
    return bool(m) and all(f"the {f.title.replace('[', '(').replace(']', ')')}" in m.group(0) for f in these)


def _these(previous: Earlier, main: Fact) -> list[Fact]:
    """The distinct items the previous answer was about, of the main item's letter, in order."""
    seen: dict[tuple[str, int], Fact] = {}
    for f in previous.items:
        if f.case_number == main.case_number:
            seen.setdefault((f.case_number, f.item_index), f)
    return list(seen.values())


# a lack said of one letter, and what that letter decided: "The letter of the patient described, case CM16-0249170,
# has no request for naproxen. Its letter decided 1 item: 1. ..." (service.lacking)
_LACK_SAID = re.compile(r"\b[Cc]ase (?P<case>CM\d{2}-\d{7}),? has no request\b.*?\bIts letter decided (?P<n>\d+) items?:", re.DOTALL)


def lacking_listed(answer: Answer) -> list[tuple[str, int]]:
    """(case, item index) of each item of the one letter a "case lacks" answer listed as what it decided; [] for
    any other answer."""
    if answer.not_found != "case_lacks" or not (m := _LACK_SAID.search(answer.answer)):
        return []
    return [(m.group("case"), n) for n in range(1, int(m.group("n")) + 1)]


def _of_each(question: str, facts: Sequence[Fact]) -> Resolved:
    """`question` asked of each of `facts` (one letter's items the previous answer was about), side by side."""
    case = facts[0].case_number
    note = f"items: {', '.join(f.title for f in facts)} (case {case}), from the previous answer"
    return Resolved(question=f"{question.rstrip()} [{_each_named(facts)} in case {case}]", carried=(note,))


def _each_named(facts: Sequence[Fact]) -> str:
    """The items named one after another, as a follow-up puts them in the question: "the MRI of the lumbar spine and
    the Cervical spine x-rays" (brackets in a title made round: the question's context is bracketed)."""
    return " and ".join(f"the {f.title.replace('[', '(').replace(']', ')')}" for f in facts)


def _pointed_part(question: str, previous: Earlier, main: Fact) -> Fact | None:
    """The one item of the main item's letter, among those the previous answer was about or showed, of a body part the
    question tells beside its pointer and the main item lacks ("that one for the back" after the neck PT, its back PT
    shown beside); None otherwise."""
    told = {r for r, _w in find_regions(question)}
    if not told or told & set(main.body_regions):
        return None
    fits = list(dict.fromkeys(f for f in (*previous.items, *previous.shown) if f.case_number == main.case_number
                              and told <= set(f.body_regions)))
    return fits[0] if len(fits) == 1 else None


def _main(previous: Earlier) -> Fact | None:
    """The item the previous answer was about, when it was about one (an item answer)."""
    if previous.kind and previous.kind != "item":
        return None
    distinct = list(dict.fromkeys((f.case_number, f.item_index) for f in previous.items))
    if previous.items and (previous.kind == "item" or len(distinct) == 1):
        return previous.items[0]
    return None


def _the_other(question: str, earlier: Sequence[Earlier], before: str) -> Resolved | None:
    """"and in the other case?", "why the other one?", "and the other test?": the other case or item of the previous
    answer (service.conversation._other) put in the question, or None."""
    if not (m := OTHER.search(question)) or (fact := _other(earlier, _what(m), _kinds(m), m.group("kind") or "")) is None:
        return None
    what = "case" if _what(m) in ("case", "letter", "patient") else "item"
    note = (f"case: {fact.case_number}, the other case in the previous answer" if what == "case" else
            f"item: {fact.title} (case {fact.case_number}), the other item in the previous answer")
    if _bare(question, m):  # "and in the other case?"
        return Resolved(question=_with_case(before, fact, what == "item", _main(earlier[-1])), carried=(note,))
    return Resolved(question=question[: m.start()] + _name(fact) + question[m.end():], carried=(note,))


def _kinds(m: re.Match[str]) -> frozenset[str]:
    """The treatment sets of the kind of request OTHER's match `m` names ("the other scan": imaging), else none."""
    return frozenset(s for s, _w in find_treatments(m.group("kind"))) if m.group("kind") else frozenset()


def _what(m: re.Match[str]) -> str:
    """What OTHER's match `m` asks another of: "case", "patient", "one" ...; a kind of request ("the other test") is
    another item."""
    return (m.group("what") or "item").lower()


def _other(earlier: Sequence[Earlier], what: str, kinds: frozenset[str] = frozenset(), word: str = "") -> Fact | None:
    """"the other case" / "the other one": an item the previous answer showed that is not its
    main item (another case for "case"), or one an earlier answer was about; items whose title says the kind's own
    `word` first ("the other x-ray": an x-ray, not the CT beside it), then those of the kind named ("the other scan":
    `kinds`, imaging), then those about the same treatment, then the nearest."""
    previous = earlier[-1]
    pool = list(previous.items) + [f for f in previous.shown if f not in previous.items]
    pool += [f for turn in reversed(earlier[:-1]) for f in turn.items if f not in pool]
    if len(pool) < 2:
        return None
    first = pool[0]
    if what in ("case", "letter", "patient"):
        others = [f for f in pool[1:] if f.case_number != first.case_number]
    else:
        others = [f for f in pool[1:] if (f.case_number, f.item_index) != (first.case_number, first.item_index)]
    if not others:
        return None
    words = _content(first.title)
    said = _said_kind(word)
    # after one letter's answer, "the other one" is another of that letter's items before another letter's look-alike
    one_letter = what not in ("case", "letter", "patient") and len({f.case_number for f in previous.items}) == 1
    sets = set(match_treatments(first.title))
    return max(others, key=lambda f: (one_letter and f.case_number == first.case_number, bool(said and said.search(f.title)),
                                      one_letter and len(sets & set(match_treatments(f.title))), bool(kinds & {s for s, _w in find_treatments(f.title)}),
                                      len(words & _content(f.title)), -others.index(f)))


def _said_kind(word: str) -> re.Pattern[str] | None:
    """The kind's word as a title says it, singular or plural ("x-ray": "x-rays", "X-ray", "xray"), or None."""
    if not word:
        return None
    stem = re.escape(word.lower().rstrip("s")).replace(r"\-", "-").replace("-", "").replace("xray", "x-?ray")
    return re.compile(rf"(?<![\w-]){stem}s?(?![\w-])", re.IGNORECASE)


def _content(text: str) -> set[str]:
    return set(WORD.findall(text.lower())) - {"of", "the", "a", "an", "and", "for", "with", "to", "in", "on", "x"}


def _described(words: str, previous: Earlier, besides: Fact | None = None) -> Fact | None:
    """"the cervical one": the item of the previous answer that the words describe (another than `besides`: "the neck
    one, same reason?" is compared with the item answered)."""
    pool = [f for f in dict.fromkeys(list(previous.items) + list(previous.shown))
            if besides is None or (f.case_number, f.item_index) != (besides.case_number, besides.item_index)]
    if not pool:
        return None
    low = words.lower()
    for word, at in ORDINALS.items():
        if re.search(rf"\b{word}\b", low):
            placed = _placed_pool(previous, besides) or pool
            return placed[at] if -len(placed) <= at < len(placed) else None
    regions = {r for r, _w in find_regions(words)}
    wanted = "Overturned" if APPROVE.search(words) else "Upheld" if DENY.search(words) else ""
    tokens = set(WORD.findall(low)) - {"the", "a", "of", "one"}
    # a purpose: "the sleep one" is the one for sleep (a sleep aid), "the stomach one" the acid pill
    purpose = {t for t, _w in find_treatments(f"the one for {words}")} - GROUPS

    def score(f: Fact) -> int:
        title = set(WORD.findall(f.title.lower())) | {r for r, _w in find_regions(f.title)}
        return (3 * len(regions & (set(f.body_regions) | title)) + 2 * (wanted != "" and f.decision == wanted)
                + len(tokens & title) + 3 * bool(purpose & set(match_treatments(f.title))))

    # ... among those described alike, one of the kind answered before: "the cervical x-rays" || "no, the lumbar ones" is
    # the lumbar x-rays, not the lumbar MRI of the same letter
    kind = set(match_treatments(previous.items[0].title)) if previous.items else set()
    best = max(pool, key=lambda f: (score(f), len(kind & set(match_treatments(f.title)))))
    return best if score(best) > 0 else None


# "the last two?", "and the first 2 - why?", "what about the last three ones?": several of the items before, by order
_FIRST_LAST_N = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but)\s*,?\s+)?(?:(?:what|how)\s+about\s+)?(?:the\s+)?(?P<end>first|last)\s+"
                           r"(?P<n>two|2|three|3)(?:\s+(?:ones|items|requests|things|of\s+them))?\s*(?:[-,:?]+\s*(?P<rest>"
                           r"(?:why|what|how|were|was|did)\b[^?]*\??)|[?.!]*)\s*$", re.IGNORECASE)
_HOW_MANY_SAID = {"two": 2, "2": 2, "three": 3, "3": 3}


def _first_last(m: re.Match, previous: Earlier) -> list[Fact]:
    """The items "the first two" or "the last three" (`m`, of _FIRST_LAST_N) name: of the previous answer's letter, in
    its order, when the answer was about one letter; [] when it has fewer than asked."""
    cases = {f.case_number for f in previous.items}
    if len(cases) != 1:
        return []
    pool = sorted(previous.letter, key=lambda f: f.item_index) if previous.letter else _answered(previous)
    n = _HOW_MANY_SAID[m.group("n").lower()]
    if len(pool) < n:
        return []
    return pool[:n] if m.group("end").lower() == "first" else pool[-n:]


def _placed_pool(previous: Earlier, besides: Fact | None) -> list[Fact]:
    """What "the last one", "the second one" count among: the items the previous answer was about, when several; after
    an answer about one item, its letter's items in their order (not other letters' items only shown beside it)."""
    answered = _answered(previous)
    # ... every item of one letter answered ("the 40 yo woman with the celecoxib - what did she ask for?"): the letter's
    # order, whatever order the answer explained them in
    whole = len(answered) > 1 and len({f.case_number for f in answered}) == 1 and {
        (f.case_number, f.item_index) for f in answered} == {(f.case_number, f.item_index) for f in previous.letter}
    pool = answered if len(answered) > 1 and not whole else sorted(previous.letter, key=lambda f: f.item_index)
    return [f for f in pool if besides is None or (f.case_number, f.item_index) != (besides.case_number, besides.item_index)]


def earlier_turns(engine: Engine, turns: Sequence[Turn]) -> list[Earlier]:
    """The turns a client sent, with their items as the index has them (items no longer in the
    index are left out)."""
    cases = list(dict.fromkeys(i.case_number for t in turns for i in (*t.items, *t.shown)))
    letters = engine.letters(cases) if cases else {}

    def facts(refs: Sequence[TurnItem]) -> tuple[Fact, ...]:
        out = []
        for ref in refs:
            letter = letters.get(ref.case_number)
            if letter is None or not 0 < ref.item_index <= len(letter.items):
                continue
            item = letter.items[ref.item_index - 1]
            out.append(Fact(case_number=ref.case_number, item_index=ref.item_index, title=item.title or item.request,
                            decision=item.decision, body_regions=item.body_regions,
                            codes=tuple(dict.fromkeys(r.code for r in item.reasons))))
        return tuple(out)

    def whole(refs: Sequence[TurnItem]) -> tuple[Fact, ...]:  # the main item's letter, every item of it
        letter = letters.get(refs[0].case_number) if refs else None
        return facts([TurnItem(case_number=letter.case_number, item_index=n) for n in range(1, len(letter.items) + 1)]
                     ) if letter is not None else ()

    def alike(refs: Sequence[TurnItem]) -> dict[str, object]:  # its patient's age and sex, and the others'
        letter = letters.get(refs[0].case_number) if refs else None
        if letter is None or letter.age is None or not letter.sex:
            return {}
        rows = engine.store.catalog.query("SELECT case_number FROM letters WHERE age = ? AND sex = ? AND case_number != ?",
                                          (letter.age, letter.sex, letter.case_number))
        return {"age": letter.age, "sex": letter.sex, "alike": tuple(sorted(r[0] for r in rows))}

    # (after a lack said of one letter, the letter whose items it listed: "the lady with no age on her letter ..." ||
    # "why did they refuse the acid pill": hers)
    return [Earlier(question=t.question, items=facts(t.items), shown=facts(t.shown), kind=t.kind,
                    letter=whole(t.items) or (whole(t.shown) if t.kind == "not_found" else ()),
                    **alike(t.items)) for t in turns]  # type: ignore[arg-type]


def turn_of(question: str, answer: Answer, shown: int = 10) -> Turn:
    """The turn a question and its answer make, for the next question's history."""
    items = list(dict.fromkeys((c.case_number, c.item_index) for c in answer.citations if c.item_index > 0))
    rest = [(h.case_number, h.item_index) for h in answer.hits if h.item_index > 0] or lacking_listed(answer)
    others = [key for key in dict.fromkeys(rest) if key not in items][:shown]
    return Turn(question=question, items=tuple(TurnItem(case_number=c, item_index=i) for c, i in items[:50]),
                shown=tuple(TurnItem(case_number=c, item_index=i) for c, i in others), kind=answer.kind)
