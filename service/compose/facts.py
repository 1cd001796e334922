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
from service.compose.common import Composer, guideline_span, guideline_words

I = re.IGNORECASE
_WHO = r"(?:he|she|they|I|the\s+(?:patient|worker|injured\s+worker|claimant|applicant|employee|man|woman))"
_WHAT = r"\bwhat(?:'s|\s+(?:was|is))\s+(?:the|his|her|my|their|its)\s+"  # "what was the ...": asked, not told
# (fact, how a question asks for it)
ASKED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reviewer", re.compile(
        # "who reviewed it?" asks; "the surgeon who reviewed it" tells
        r"(?:^|[.?!;:,]\s*|\b(?:and|but|so|me|know|asking)\s+)who\s+(?:was\s+the\s+(?:IMR\s+)?(?:reviewer|doctor|physician)|"
        r"reviewed|decided|made\s+the\s+(?:decision|call)|"
        r"looked\s+at)\b|\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?:doctor|physician|specialist|specialty|"
        r"reviewer)\s+(?:reviewed|decided|was\s+(?:the\s+)?(?:IMR\s+)?reviewer|looked)\b|\breviewer'?s?\s+(?:specialty|"
        r"credentials?|licen[cs](?:e|ure)|qualifications?|certifications?|board)\b|\bwhere\s+is\s+the\s+reviewer\s+licensed\b"
        # "was it reviewed by an occupational medicine doctor?", "was the reviewer an orthopedist?"
        r"|^\s*(?:was|were|is)\b[^?.;]{0,150}?\breviewed\s+by\s+(?:an?|the)\s+|\b(?:was|is)\s+the\s+(?:IMR\s+)?reviewer\b[^?.;]{0,150}?\s(?:an?|board[- ]certified)\s+\w", I)),
    ("ur_denial_date", re.compile(
        r"\bwhen\s+(?:did|was)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)\s+(?:deny|denied|decide|"
        rf"decision|denial)\b|{_WHAT}(?:UR\s+denial\s+date|date\s+of\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review)\s+(?:denial|"
        r"decision))\b", I)),
    ("decision_date", re.compile(
        r"\bwhen\s+(?:was|did)\s+(?:the\s+)?(?:IMR\s+|final\s+)?(?:decision|determination|letter)\b|\bwhen\s+did\s+(?:IMR|"
        rf"the\s+reviewer)\s+(?:decide|rule|issue)\b|{_WHAT}(?:decision\s+date|date\s+of\s+the\s+(?:IMR\s+|final\s+)?"
        r"(?:decision|determination|letter))\b|\bwhen\s+was\s+[^?.;]{0,150}?\bdecided\b", I)),
    ("date_of_injury", re.compile(
        rf"{_WHAT}(?:date\s+of\s+(?:the\s+)?injury|DOI)\b|\bwhen\s+(?:was|did)\s+{_WHO}\s+(?:get\s+)?(?:injured|hurt)\b"
        rf"|\bwhen\s+did\s+{_WHO}\s+(?:hurt|injure)\b", I)),
    ("application_received", re.compile(
        r"\bwhen\s+was\s+(?:the\s+)?(?:IMR\s+)?(?:application|request\s+for\s+IMR)\s+(?:received|filed|submitted|made)\b"
        r"|\bwhen\s+did\s+(?:he|she|they|I|the\s+\w+)\s+(?:apply|file)\s+for\s+IMR\b", I)),
    ("date_assigned", re.compile(r"\bwhen\s+was\s+(?:the\s+case|it)\s+assigned\b", I)),
    # how long the review took: "did they decide within 30 days?", "was it decided in time?", "how
    # long did IMR take on it?" (of one letter; "how long does IMR take?" is a collection question)
    ("timing", re.compile(
        r"\b(?:decid\w*|decision|determination|rul(?:e|ed|ing)|answer\w*|respond\w*|review\w*|IMR)\b[^?.;]{0,40}?"
        r"\b(?:within|in\s+(?:under|less\s+than)|inside(?:\s+of)?)\s+(?:the\s+)?(?:\d{1,3}|thirty|fourteen|forty[- ]five)"
        r"[- ]days?\b|\b(?:decided|decide|ruled?|answered|done|made)\s+(?:it\s+)?(?:in|on)\s+time\b"
        r"|\bhow\s+long\s+did\s+(?:it|IMR|they|the\s+(?:review|reviewer|decision|IMR))\s+take\b", I)),
    ("guideline", re.compile(
        r"\b(?:which|what)\s+(?:MTUS\s+|ODG\s+|ACOEM\s+)?(?:guidelines?|sections?|chapters?|pages?|sources?|criteria|rules?)\s+"
        r"(?:(?:of|in)\s+(?:the\s+)?(?:MTUS|ODG|ACOEM|guidelines?)\s+)?"
        r"(?:(?:did|do|does|was|were|is)\s+)?(?:[\w'-]+\s+){0,4}?(?:us(?:e|ed|ing)|cit(?:e|ed|ing)|rel(?:y|ied|ying)|bas(?:e|ed)|"
        r"appl(?:y|ied)|follow(?:ed)?|quot(?:e|ed|ing))\b|\brel(?:y|ied)\s+on\s+(?:MTUS|ODG|ACOEM)|\b(?:MTUS|ODG)\s+or\s+(?:MTUS|ODG)\b|"
        r"\bwhat\s+guidelines?\b"
        # "was the Deprizine decided under a PPI section or something else?": the rule it was judged by
        r"|\b(?:decided|judged|reviewed|determined|evaluated|assessed|considered)\s+(?:under|per|according\s+to|by|against)\s+"
        r"(?:(?:an?|the|which|what|some)\s+)?(?:[\w'-]+\s+){0,3}?(?:guidelines?|sections?|chapters?|criteria|MTUS|ODG|ACOEM)\b",
        I)),
    ("priority", re.compile(r"\b(?:expedited|standard)\s+or\s+(?:an?\s+)?(?:expedited|standard)\b|\bwas\s+(?:it|the\s+"
                            r"(?:review|case))\s+expedited\b|\bwhat\s+priority\b", I)),
)
# the header line each date is printed on: "Decision Date:        01/25/2017"
_LABEL = {"decision_date": r"Decision\s+Date", "date_of_injury": r"Date\s+of\s+Injury", "ur_denial_date": r"UR\s+Denial\s+Date",
          "date_assigned": r"Date\s+Assigned", "application_received": r"Application(?:\s+Received)?", "priority": r"Priority"}
_WORDS = {"decision_date": "was decided on", "date_of_injury": "gives the date of injury as",
          "ur_denial_date": "gives utilization review's denial date as", "date_assigned": "was assigned to a reviewer on",
          "application_received": "gives the IMR application's receipt as"}


def asked_facts(text: str) -> tuple[str, ...]:
    """The facts of a letter `text` asks for, in the order of ASKED."""
    return tuple(name for name, pattern in ASKED if pattern.search(text))


def say_facts(c: Composer, letter: Letter, facts: tuple[str, ...], item: Item | None = None) -> str:
    """Say each fact asked of `letter` (the guideline: of its `item`), cited to where the letter
    prints it; returns the first sentence ('' when the letter gives none of them)."""
    said = [s for s in (_guideline(c, letter, item) if fact == "guideline" else _fact(c, letter, fact)
                        for fact in facts) if s]
    for sentence in said:
        c.say(sentence)
    return said[0] if said else ""


def _guideline(c: Composer, letter: Letter, item: Item | None) -> str:
    """ "The reviewer based the decision on the ... request on MTUS ..., Section(s): ... [n]." """
    span = guideline_span(letter, item) if item else None
    if item is None or span is None:
        return ""
    n = c.cite(letter, item, span, role="guideline")
    return f'For "{item.title or item.request}" in case {letter.case_number}, the reviewer relied on {guideline_words(item)} [{n}].'


def _fact(c: Composer, letter: Letter, fact: str) -> str:
    cn = letter.case_number
    if fact == "reviewer":
        if not (letter.reviewer_specialty or letter.reviewer_licensure):
            return ""
        span = _credentials(letter)
        n = c.cite(letter, None, span, role="reviewer") if span else 0
        what = " and ".join(p for p in (f"a specialist in {letter.reviewer_specialty}" if letter.reviewer_specialty else "",
                                        f"licensed in {_states(letter.reviewer_licensure)}" if letter.reviewer_licensure
                                        else "") if p)
        return f"The IMR reviewer of case {cn} is {what}" + (f" [{n}]." if n else ".")
    if fact == "timing":
        return _timing(c, letter)
    value = getattr(letter, fact)
    span = _header_line(letter, fact)
    if not value or span is None:
        return ""
    n = c.cite(letter, None, span, role="header")
    if fact == "priority":
        return f"Case {cn} was a {value.lower()} review [{n}]."
    return f"Case {cn} {_WORDS[fact]} {_day(value)} [{n}]."


def _timing(c: Composer, letter: Letter) -> str:
    """ "Case X was assigned to a reviewer on A [n] and decided on B [m]: N days later." """
    spans = [_header_line(letter, f) for f in ("date_assigned", "decision_date")]
    try:
        days = (date.fromisoformat(letter.decision_date or "") - date.fromisoformat(letter.date_assigned or "")).days
    except ValueError:
        return ""
    if None in spans:
        return ""
    n, m = (c.cite(letter, None, span, role="header") for span in spans)
    return (f"Case {letter.case_number} was assigned to a reviewer on {_day(letter.date_assigned or '')} [{n}] and decided "
            f"on {_day(letter.decision_date or '')} [{m}], {days} day{'s' if days != 1 else ''} later.")


def _header_line(letter: Letter, fact: str) -> Span | None:
    """The span of "Label: value" in the letter's header (the first 3,000 characters when the
    parse gave no header span); the label may wrap ("Application\nReceived:\n12/23/2016")."""
    start, end = letter.header_span if letter.header_span[1] else (0, min(len(letter.text), 3000))
    value = r"(?:Standard|Expedited|Regular|Urgent)\b" if fact == "priority" else r"\d{1,2}/\d{1,2}/\d{2,4}"
    m = re.search(rf"{_LABEL[fact]}:?\s{{0,40}}?{value}", letter.text[start:end], re.IGNORECASE)
    return (start + m.start(), start + m.end()) if m else None


_CREDENTIALS = re.compile(r"State\(s\)\s+of\s+Licensure\s*:.*?(?:Certification\(s\)\s*/\s*Specialty\s*:[^\n]*|$)", re.S)


def _credentials(letter: Letter) -> Span | None:
    """The span of the reviewer's licensure and specialty lines."""
    start, end = letter.reviewer_span
    m = _CREDENTIALS.search(letter.text, start, end) if end else None
    return (m.start(), m.end()) if m else (letter.reviewer_span if end else None)


def _day(iso: str) -> str:
    """'2017-01-25' -> 'January 25, 2017'."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d:%B} {d.day}, {d.year}"


def _states(licensure: str) -> str:
    states = [s.strip() for s in licensure.split(",") if s.strip()]
    return states[0] if len(states) == 1 else ", ".join(states[:-1]) + " and " + states[-1]
