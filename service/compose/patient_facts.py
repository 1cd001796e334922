"""Who the patient is, as a letter gives it: their age and sex (the header's fields, said with the case
summary's sentence that gives them) and their job (the summary's sentence that names one).

"the lady on the pantoprazole, how old is she" is answered first with the fact, quoted from the case
summary and cited, then about the item as usual (service.compose.facts):

    The patient in case CM17-0013716 is a 54-year-old female: "This case involves a now 54-year-old
    female with a history of an occupational claim from 11/12/2016." [1]
"""

from __future__ import annotations

import re

from indexer.model import Letter, Span
from indexer.sentences import sentence_spans
from service.compose.common import Composer
from service.people import names_job

I = re.IGNORECASE
_WHO = r"(?:he|she|they|the\s+(?:patient|worker|injured\s+worker|claimant|applicant|employee|man|woman|lady|guy))"
# the patient's age or sex asked: "how old is she", "what age was the patient?", "what's his age", "is it a man
# or a woman?", "male or female?" (not "how old was the x-ray", "how old does she have to be")
AGE_OR_SEX = re.compile(
    rf"\bhow\s+old\s+(?:is|was|'s)\s+{_WHO}\b(?!\s+(?:have|has|need)\s+to\b)|\bhow\s+old\s*[?.]?\s*$"
    rf"|\bwhat\s+age\s+(?:is|was)\s+{_WHO}\b|\bwhat(?:'s|\s+is|\s+was)\s+(?:his|her|their|the\s+patient['’]s)\s+age\b"
    r"|\b(?:what\s+(?:sex|gender)\s+(?:is|was))\b"
    # ... the choice closing the question (not "did any man or woman over 50 get acupuncture?")
    r"|(?:^|[,:;]\s*|\s[-\u2013\u2014]+\s*|\b(?:is|was)\s+(?:it|the\s+patient|the\s+worker|this|that)\s+)(?:an?\s+)?"
    r"(?:(?:man|male|guy)\s+or\s+(?:a\s+)?(?:woman|female|lady)|(?:woman|female|lady)\s+or\s+(?:a\s+)?(?:man|male|guy))\s*[?.]?\s*$", I)
# the patient's job asked: "what does she do for work?", "what was his job?", "what's her occupation?"
JOB = re.compile(
    rf"\bwhat\s+(?:does|did)\s+{_WHO}\s+do\s+for\s+(?:a\s+living|work)\b|\bwhat\s+(?:does|did)\s+{_WHO}\s+do\s*[?.]?\s*$"
    r"|\bwhat(?:'s|\s+is|\s+was)\s+(?:his|her|their|the\s+patient['’]s)\s+(?:job|occupation|line\s+of\s+work|profession|trade)\b"
    rf"|\bwhat\s+(?:job|occupation|kind\s+of\s+work|line\s+of\s+work)\s+(?:does|did|is|was|had)\s+{_WHO}\b"
    rf"|\bwhere\s+(?:does|did)\s+{_WHO}\s+work\b", I)


def _sentences(letter: Letter) -> list[Span]:
    start, end = letter.summary_span
    return [s for s in sentence_spans(letter.text, start, end) if letter.text[s[0]:s[1]].strip()] if end else []


def age_and_sex(c: Composer, letter: Letter) -> str:
    """'The patient in case X is a 54-year-old female: "..." [n].', quoting the case summary's first sentence
    that gives the age; '' when the letter gives neither."""
    if letter.age is None and not letter.sex:
        return ""
    who = " ".join(p for p in (f"{letter.age}-year-old" if letter.age is not None else "", letter.sex or "") if p)
    article = "an" if who[0] in "8aeiou" or who.startswith(("11-", "18-")) else "a"
    gives = re.compile(rf"\b{letter.age}\b" if letter.age is not None else rf"\b{letter.sex}\b", I)
    span = next((s for s in _sentences(letter) if gives.search(letter.text, *s)), None)
    said = f"The patient in case {letter.case_number} is {article} {who}"
    return f"{said}: {c.quote(letter, None, span, 'summary')}" if span else f"{said}."


# the sentence that tells how the patient was hurt, which may tell the work ("cumulative trauma from operating a
# sewing machine")
_MECHANISM = re.compile(r"\bmechanism\s+of\s+(?:the\s+)?injury\b|\b(?:while|when)\s+(?:he|she|they)\s+(?:was|were)\b", I)


def job(c: Composer, letter: Letter) -> str:
    """The case summary's sentence that names the patient's job, quoted and cited; else that it names none, with
    the sentence that tells how they were hurt (or the one that introduces them)."""
    spans = _sentences(letter)
    if span := next((s for s in spans if names_job(letter.text[s[0]:s[1]])), None):
        return f"The case summary of case {letter.case_number} names the patient's work: {c.quote(letter, None, span, 'summary')}"
    if not spans:
        return ""
    told = next((s for s in spans if _MECHANISM.search(letter.text, *s)), None)
    if told:
        return (f"The case summary of case {letter.case_number} names no job; it tells how the injury happened: "
                f"{c.quote(letter, None, told, 'summary')}")
    return (f"The case summary of case {letter.case_number} names no job; it introduces the patient as: "
            f"{c.quote(letter, None, spans[0], 'summary')}")
