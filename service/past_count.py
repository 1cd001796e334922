"""A question of the patient's past care by count ("how many visits did she already have?", "how many PT
sessions has he had so far?") and the rationale sentence that gives that count ("Patient has already been
approved for 6 prior sessions ...", "8 previous physical therapy sessions were provided"): that sentence
answers it, so it leads the findings (service.compose.why).

"How many sessions did IMR approve?" and "how many visits did UR give him?" ask of a decision, not of the
patient's past care: the patient is the subject here, and the past is said ("already", "before", "so far",
or the perfect "has she had").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.model import Item, Letter, Sentence
from indexer.sentences import sentence_spans
from service.number_words import SPELT_NUMBER

_UNIT = r"(?:visits?|sessions?|treatments?|appointments?|injections?|shots?|blocks?)"
_WHO = (r"(?:she|he|they|I|we|the\s+(?:patient|claimant|applicant|worker|employee)|"
        r"(?:my|his|her|their)\s+(?:mom|mother|dad|father|husband|wife|son|daughter|client|brother|sister))")
_PAST = r"(?:already|previously|before(?:hand)?|so\s+far|prior|in\s+the\s+past|earlier|total)"


def _asks(past: str) -> re.Pattern[str]:
    """The question of a count had, its past said by `past`."""
    return re.compile(
        rf"\bhow\s+many\s+(?:(?:[\w-]+\s+){{0,3}}?{_UNIT}\s+)?(?:(?:did|does|do)\s+{_WHO}\s+(?:{past}\s+)?"
        rf"(?:have|do|get|attend|complete|go\s+to|receive)\b(?=.*\b{past}\b)"
        rf"|(?:did|does|do)\s+{_WHO}\s+{past}\s+(?:have|do|get|attend|complete|go\s+to|receive)\b"
        rf"|(?:has|have|had)\s+{_WHO}\s+(?:{past}\s+)?(?:had|done|gotten|got|attended|completed|been\s+to|received)\b)",
        re.IGNORECASE)


_ASKS = _asks(_PAST)
# ... of the care had before the request, not the total once IMR was done ("how many therapy sessions did he get in
# total once IMR was done?": UR's and IMR's, service.partly)
_ASKS_BEFORE = _asks(_PAST.replace("|total", ""))
# ... nor how many had an outcome ("how many had she had approved?": a count of her requests)
_DECIDED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:approved|denied|authori[sz]ed|certified|non-?certified|upheld|overturned|"
                            r"okayed|covered|rejected|turned\s+down)\b", re.IGNORECASE)
_NUMBER = rf"(?:\d{{1,3}}|{SPELT_NUMBER})"
# a number of sessions had: "6 prior sessions", "8 previous physical therapy sessions", "the prior eight physical
# therapy sessions", "has completed 12 visits", "had attended 24 sessions of chiropractic"
_COUNTED = re.compile(
    rf"\b(?:(?:prior|previous|past|completed|initial|previously\s+(?:authorized|approved|certified))\s+(?:\(?{_NUMBER}\)?)"
    rf"(?:\s+[\w-]+){{0,3}}\s+{_UNIT}"
    rf"|{_NUMBER}\s+(?:prior|previous|past|completed|initial)\s+(?:[\w-]+\s+){{0,3}}{_UNIT}"
    rf"|(?:had|has\s+had|completed|attended|received|undergone|underwent|already\s+(?:had|completed|received|"
    rf"attended|been\s+(?:approved|authorized)\s+for))\s+(?:at\s+least\s+|approximately\s+|about\s+)?{_NUMBER}\s+"
    rf"(?:[\w-]+\s+){{0,3}}{_UNIT})\b",
    re.IGNORECASE)


_ASKED_UNIT = re.compile(rf"\bhow\s+many\s+(?:[\w-]+\s+){{0,3}}?(?P<unit>{_UNIT})\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:had|has|have|did|does|do)\s+(?P<who>she|he|they)\b", re.IGNORECASE)
_ROLES = ("finding", "history")  # where a rationale tells the patient's past care


def count_sentence(question: str, answered: list[tuple[Letter, Item]],
                   quote: Callable[[Letter, Item, Sentence], str],
                   summary: Callable[[Letter, tuple[int, int]], str]) -> str:
    """The answer's opening to "how many visits had she already had?": the rationale sentence of the items
    `answered` that gives the count, quoted by `quote` ('The letter gives the count: "..." [1].'), else the case
    summary's (quoted by `summary`), else that the letter does not say (never another count)."""
    for letter, item in answered:
        for sentence in item.sentences:
            if sentence.role in _ROLES and gives_past_count(letter.text[sentence.span[0]:sentence.span[1]]):
                return f"The letter gives the count: {quote(letter, item, sentence)}."
    for letter in dict.fromkeys(letter for letter, _item in answered):
        for span in sentence_spans(letter.text, *letter.summary_span):
            if gives_past_count(letter.text[span[0]:span[1]]):
                return f"The reviewer's rationale gives no count; the case summary says {summary(letter, span)}."
    unit = m.group("unit").lower() if (m := _ASKED_UNIT.search(question)) else "visits"
    unit = unit if unit.endswith("s") else f"{unit}s"
    who = m.group("who").lower() if (m := _PRONOUN.search(question)) else "the patient"
    return f"The letter does not say how many {unit} {who} had already had."


# whether the patient had the care before, yes or no: "had she done PT before?", "has he had acupuncture previously?"
_HAD_BEFORE = re.compile(
    rf"\b(?:had|has|have|did|does)\s+{_WHO}\s+(?:ever\s+|already\s+|previously\s+)?(?:done|had|tried|gotten|got|been\s+to|gone\s+to|"
    rf"do|have|try|get|go\s+to|attend(?:ed)?|complete(?:d)?)\s+(?:any\s+|some\s+)?(?:[\w/-]+\s+){{0,3}}?"
    rf"(?:before(?:hand)?|previously|already|in\s+the\s+past|prior|earlier)\b", re.IGNORECASE)


def asks_had_before(question: str) -> bool:
    """Whether `question` asks yes or no whether the patient had the care before ("had she done PT before?"), not how
    many times (asks_count_before)."""
    return bool(_HAD_BEFORE.search(question)) and not asks_past_count(question)


def had_before_sentence(answered: list[tuple[Letter, Item]], quote: Callable[[Letter, Item, Sentence], str],
                        summary: Callable[[Letter, tuple[int, int]], str]) -> str:
    """The answer's opening to "had she done PT before?": of each letter answered, the rationale sentence that counts
    the care already had, quoted by `quote` ('Yes: the letter says so: "... the prior eight physical therapy sessions."
    [1].'), else the case summary's (quoted by `summary`), else that it does not say; each letter by its case when the
    answer is of two or more."""
    said = []
    letters = list(dict.fromkeys(letter for letter, _item in answered))
    for letter in letters:
        found = next((quote(letter, item, sentence) for l_, item in answered if l_ is letter for sentence in item.sentences
                      if sentence.role in _ROLES and gives_past_count(letter.text[sentence.span[0]:sentence.span[1]])), "")
        if not found:
            found = next((summary(letter, span) for span in sentence_spans(letter.text, *letter.summary_span)
                          if gives_past_count(letter.text[span[0]:span[1]])), "")
        if len(letters) == 1:
            return f"Yes: the letter says so: {found}." if found else "The letter does not say whether the patient had it before."
        said.append(f"in case {letter.case_number}, yes: {found}" if found else f"case {letter.case_number} does not say")
    return f"{said[0][0].upper()}{said[0][1:]}; " + "; ".join(said[1:]) + "."


def asks_count_before(question: str) -> bool:
    """Whether `question` asks how many visits or sessions the patient had before the request (not the total)."""
    m = _ASKS_BEFORE.search(question)
    return bool(m) and not _DECIDED_AFTER.match(question, m.end())


def asks_past_count(question: str) -> bool:
    """Whether `question` asks how many visits or sessions the patient already had."""
    return bool(_ASKS.search(question))


def gives_past_count(sentence: str) -> bool:
    """Whether `sentence` says how many sessions or visits the patient had."""
    return bool(_COUNTED.search(sentence))


__all__ = ["asks_count_before", "asks_had_before", "asks_past_count", "count_sentence", "gives_past_count", "had_before_sentence"]
