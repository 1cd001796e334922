"""Questions across letters about what each letter gives of its patient or its review, not about a
request: "which cases had a UR denial in December 2016?", "who was injured in 2013?", "how many
injuries happened in 2014?" (the letter's UR Denial Date or Date of Injury, not its decision date).

    across(text) -> Across | None

The question reads as a list (or a count) of the letters whose date falls in the time it names: a
year, a month of a year, a month of any year, before, after or since one. A decision date stays the
collection reader's (service.collection); a question that names a case or a treatment is no question
across letters.
"""

from __future__ import annotations

import re

import msgspec

from service.dates import MONTH, MONTHS

I = re.IGNORECASE
# the question asks over the letters: "which cases ...", "who was ...", "how many ...", "any ...", "list ..."
OPENING = re.compile(r"^\s*(?:(?:and|so|ok|okay|also)\s*,?\s+)?(?:which|who|whose|what|how\s+many|list|show|name|"
                     r"any(?:one|body)?|(?:were|was|are|is|did|do|does|has|have)\s+(?:there\s+)?(?:any(?:one|body)?)|"
                     r"are\s+there|is\s+there|count)\b", I)
COUNT = re.compile(r"^\s*(?:(?:and|so|ok|okay|also)\s*,?\s+)?(?:how\s+many|count)\b|\bnumber\s+of\b", I)
# the letter's date asked: utilization review's denial, the date of injury
_UR = re.compile(r"\b(?:UR|utili[sz]ation\s+review)(?:['’]s)?\s+(?:denial|denied|decision|non-?cert\w*)"
                 r"|\b(?:denied|non-?certified)\s+by\s+(?:UR|utili[sz]ation\s+review)\b", I)
_INJURY = re.compile(r"\b(?:injured|hurt|injur(?:y|ies)\s+(?:happen\w*|occur\w*|(?:was|were)\s+(?:in|before|after|during))|"
                     r"dates?\s+of\s+injury|DOI)\b", I)
_WHEN = re.compile(rf"\b(?P<rel>in|during|on|before|prior\s+to|after|since|from)\s+(?:the\s+(?:year|month)\s+(?:of\s+)?)?"
                   rf"(?:(?P<mn>{MONTH})(?:\s+(?:of\s+)?(?P<my>(?:19|20)\d\d))?|(?P<y>(?:19|20)\d\d))\b", I)
# a question of the requests decided (or of what the letters mention), not of the letters' own facts: "what did IMR decide for the man hurt in
# November 2016?", "the youngest one - what was denied?", "which reviewers licensed in Texas approved acupuncture?"
ABOUT_ITEMS = re.compile(r"\b(?:approv\w*|overturn\w*|upheld|uphold\w*|decid\w*|authori[sz]\w*|requests?|requested|why|"
                         r"(?<!UR\s)(?<!UR['’]s\s)den(?:y|ied|ies)(?!\s+by\s+(?:UR|utili[sz]ation))|IMR\s+(?:said|decision)|mention\w*)\b", I)
BARE = 5  # a question of this many words or fewer asks across letters without "which" ("UR denial in December?")
FIELDS = {"ur_denial_date": "a UR denial date", "date_of_injury": "a date of injury"}
PLURAL = {"ur_denial_date": "UR denial dates", "date_of_injury": "dates of injury"}


class Across(msgspec.Struct, frozen=True, kw_only=True):
    field: str  # the letters column: "ur_denial_date", "date_of_injury"
    low: str = ""  # ISO bounds, inclusive ("" open)
    high: str = ""
    month: int = 0  # a month of any year ("in December")
    count: bool = False  # "how many": the number first
    said: str = ""  # the time as asked ("in December 2016")


def across(text: str) -> Across | None:
    """The letters' date a question asks over, and the time it names; None for any other question."""
    if not OPENING.search(text) and len(re.findall(r"[\w'-]+", text)) > BARE:
        return None
    field = "ur_denial_date" if _UR.search(text) else "date_of_injury" if _INJURY.search(text) else ""
    when = _WHEN.search(text)
    if not field or not when:
        return None
    rel = when.group("rel").lower()
    said = " ".join(when.group(0).split())
    count = bool(COUNT.search(text))
    if when.group("mn") and not when.group("my"):  # "in December": that month of any year
        if rel not in ("in", "during"):
            return None
        return Across(field=field, month=MONTHS.index(when.group("mn").lower()[:3]) + 1, count=count, said=said)
    if when.group("mn"):
        month = MONTHS.index(when.group("mn").lower()[:3]) + 1
        first, last = f"{when.group('my')}-{month:02d}-01", f"{when.group('my')}-{month:02d}-31"
    else:
        first, last = f"{when.group('y')}-01-01", f"{when.group('y')}-12-31"
    low, high = {"before": ("", _day_before(first)), "prior to": ("", _day_before(first)), "after": (_day_after(last), ""),
                 "since": (first, ""), "from": (first, "")}.get(rel, (first, last))
    return Across(field=field, low=low, high=high, count=count, said=said)


def _day_before(iso: str) -> str:
    """The last ISO string before `iso` (a first of a month): compared as text, "2010-01-00" sorts before any day of it."""
    return iso[:8] + "00"


def _day_after(iso: str) -> str:
    return iso[:8] + "32"


def holds(a: Across, value: str | None) -> bool:
    """Whether an ISO date `value` falls in the time `a` names."""
    if not value:
        return False
    if a.month:
        return int(value[5:7]) == a.month
    return (not a.low or value >= a.low) and (not a.high or value <= a.high)


# the patient at one end of the letters: "who is the oldest patient?", "the youngest worker?", "the oldest woman"
_PERSON = (r"(?:patient|worker|injured\s+worker|person|claimant|applicant|employee|man|woman|guy|lady|male|female|"
           r"men|women|one)s?")
_AGE_END = re.compile(rf"\b(?P<end>oldest|youngest)\s+(?P<who>{_PERSON})\b(?!\s+(?:injur|claim|case|letter|request))"
                      r"|^\s*(?:and\s+)?who(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?P<end2>oldest|youngest)\s*[?.!]*\s*$", I)
# the injury at one end: "which injury is the oldest / most recent?", "the earliest date of injury", "who was hurt most recently?"
_INJURY_END = re.compile(r"\b(?P<a>oldest|earliest|first|most\s+recent|latest|newest|last)\s+(?:injury|injuries|date\s+of\s+injury)\b"
                         r"|\binjury\s+(?:is|was)\s+(?:the\s+)?(?P<b>oldest|earliest|most\s+recent|latest|newest)\b"
                         r"|\b(?:injured|hurt)\s+(?:the\s+)?(?P<c>earliest|first|longest\s+ago|most\s+recently|last|latest)\b", I)
# the IMR decision at one end: "the latest decision date", "the most recent IMR decision", "which letter was decided
# first?" (not "the latest decision on her PT", of one request)
_DECISION_END = re.compile(r"\b(?P<a>oldest|earliest|first|most\s+recent|latest|newest|last)\s+(?:IMR\s+)?(?:decisions?|determinations?|"
                           r"letters?)(?:\s+dates?)?(?!\s+(?:on|for|about|of)\b)"
                           r"|\b(?:decision|determination)\s+date\s+(?:is|was)\s+(?:the\s+)?(?P<b>oldest|earliest|most\s+recent|latest|"
                           r"newest)\b"
                           r"|\b(?:decided|determined)\s+(?:the\s+)?(?P<c>earliest|first|most\s+recently|last|latest)\s*[?.!]*\s*$", I)
# the time from the injury to the review at one end: "the longest time between injury and review"
_GAP_END = re.compile(r"\b(?P<end>longest|shortest|most|least|biggest|smallest|greatest)\s+(?:time|gap|days|wait|delay|"
                      r"interval|stretch)\s+(?:between|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:injury|accident|being\s+(?:hurt|injured))"
                      r"\s+(?:and|to|until|till)\s+(?:the\s+)?(?:IMR\s+)?(?:review|decision|determination|IMR)\b", I)
_LATE = ("most recent", "latest", "newest", "last", "most recently")
SEXES = {"man": "male", "guy": "male", "male": "male", "men": "male", "woman": "female", "lady": "female",
         "female": "female", "women": "female"}


class Superlative(msgspec.Struct, frozen=True, kw_only=True):
    measure: str  # "age", "injury" (the date of injury), "decision" (its date) or "gap" (days from injury to decision)
    most: bool  # the oldest patient, the most recent injury, the longest time
    sex: str = ""  # "the oldest woman": among the letters of that sex


def superlative(text: str) -> Superlative | None:
    """The patient, the injury or the time from injury to review at one end of the letters, asked; else None."""
    if m := _AGE_END.search(text):
        end = (m.group("end") or m.group("end2")).lower()
        who = re.sub(r"s$", "", (m.group("who") or "").lower()) if m.group("who") not in ("men", "women") else m.group("who")
        return Superlative(measure="age", most=end == "oldest", sex=SEXES.get(who or "", ""))
    if m := _INJURY_END.search(text):
        end = " ".join((m.group("a") or m.group("b") or m.group("c")).lower().split())
        return Superlative(measure="injury", most=end in _LATE)
    if m := _DECISION_END.search(text):
        end = " ".join((m.group("a") or m.group("b") or m.group("c")).lower().split())
        return Superlative(measure="decision", most=end in _LATE)
    if m := _GAP_END.search(text):
        return Superlative(measure="gap", most=m.group("end").lower() in ("longest", "most", "biggest", "greatest"))
    return None
