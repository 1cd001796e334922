"""The evaluation question type, its kinds, and the reference items questions are built from.

Every question records whether its wording carries the gold answer (`carries_answer`): a case
question "Why was the MRI denied in case CM…?" names the decision it is scored on, so a system
that turns the verb into a filter scores well without reading the letter. The report shows the
kinds that carry their answer apart from those that do not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import msgspec

from eval.phrasing import short_treatment

Kind = Literal[
    "case", "patient", "topic", "aggregate", "paraphrase", "unanswerable",
    "neutral", "wrong_verb", "negation", "lay", "person", "absent", "natural", "collection",
]
# What a good answer is: one item (or several same-named items of one letter), a set of items,
# a pattern across letters, a count, "nothing was found", or "this case has no such request".
Expect = Literal["item", "items", "pattern", "count", "not_found", "case_lacks"]
GoldItem = tuple[str, str]  # (case_number, request)

# kind -> (carries its answer in its wording: "yes" | "no" | "n/a", what it is)
KIND_INFO: dict[str, tuple[str, str]] = {
    "case": ("yes", "why was <treatment> <denied|approved> in case <n>: the verb is the gold decision"),
    "patient": ("yes", "the same by age, sex and date of injury (the three metadata fields verbatim)"),
    "paraphrase": ("yes", "case/patient questions with DOMAIN.md's abbreviations and one adjacent-letter swap"),
    "topic": ("yes", "why are <topic> requests <denied|approved>: gold is every item of that decision"),
    "aggregate": ("n/a", "how often are <topic> requests upheld/overturned: scored on the count"),
    "unanswerable": ("n/a", "a case number or treatment no letter has (the original 7)"),
    "neutral": ("no", "what was decided about / what happened with <treatment> in case <n>"),
    "wrong_verb": ("no", "asks why it was approved when IMR upheld the denial (and the reverse): a wrong premise"),
    "negation": ("no", "which <topic> requests / which requests in case <n> were not denied / weren't approved"),
    "lay": ("no", "lay words, misspellings (missing, doubled letters, phonetic) and brand names, neutral verb"),
    "person": ("no", "the patient described in a person's own words (a man in his fifties, hurt in Oct 2016)"),
    "absent": ("n/a", "a treatment no letter mentions (checked against every letter's text)"),
    "natural": ("no", "hand-written questions (eval/natural.jsonl), scored on item, decision and patient"),
    "collection": ("n/a", "questions about the whole collection (eval/collection.jsonl): exact counts, shares, top N, "
                   "comparisons, per letter, trends; scored on the answer's table"),
}
KINDS: tuple[str, ...] = tuple(KIND_INFO)
NEW_KINDS: frozenset[str] = frozenset({"neutral", "wrong_verb", "negation", "lay", "person", "absent", "natural",
                                       "collection"})
# Collection questions are about the whole index (gold over every indexed letter): both halves.
COLLECTION_KINDS: frozenset[str] = frozenset({"topic", "aggregate", "unanswerable", "absent", "collection"})


GROUP_TITLES = {
    "carries its answer": "Kinds whose wording carries the answer",
    "does not carry it": "Kinds whose wording does not carry the answer",
    "no decision asked": "Kinds that ask no decision (counts, not found)",
}


def group_of(kind: str) -> str:
    """"carries its answer" | "does not carry it" | "no decision asked", from KIND_INFO."""
    return {"yes": "carries its answer", "no": "does not carry it"}.get(KIND_INFO[kind][0], "no decision asked")


class Question(msgspec.Struct, frozen=True, kw_only=True):
    id: str  # stable, e.g. "real-case-CM16-0219557-1"
    kind: Kind
    question: str
    gold: tuple[GoldItem, ...] = ()  # the disputed items that answer it
    expected_decision: Literal["Upheld", "Overturned"] | None = None
    expected_count: int | None = None  # aggregate questions
    answerable: bool = True
    expect: Expect = "item"
    carries_answer: bool = False  # the wording states the gold decision
    wrong_premise: bool = False  # the wording states the opposite of the gold decision
    split: str = "both"  # "tune" | "test" (the half of its letter) | "both" (collection questions)
    tags: tuple[str, ...] = ()  # natural questions' tags
    expected_answer: dict[str, Any] | None = None  # collection questions: {value} | {label} | {rows}
    shape: str = ""  # collection questions: count | share | base_rate | top | per_letter | compare | trend


class RefItem(msgspec.Struct, frozen=True):
    """One disputed item of a reference letter (a reference.jsonl / truth.jsonl line)."""

    letter: dict[str, Any]
    index: int  # 1-based position in the letter
    request: str
    decision: str
    short: str  # short treatment name used in questions

    @property
    def key(self) -> GoldItem:
        return (self.letter["case_number"], self.request)

    @property
    def case_number(self) -> str:
        return str(self.letter["case_number"])


def ref_items(letters: Sequence[dict[str, Any]]) -> list[RefItem]:
    items: list[RefItem] = []
    for letter in letters:
        issues = letter.get("issues") or []
        shorts = [short_treatment(i["request"]) for i in issues]
        counts = Counter(shorts)
        for n, (issue, short) in enumerate(zip(issues, shorts), start=1):
            if counts[short] > 1:  # two items of one letter with one short name: say more
                short = short_treatment(issue["request"], max_words=20)
            items.append(RefItem(letter, n, issue["request"], issue["decision"], short))
    return items


def same_named(items: Sequence[RefItem], item: RefItem) -> tuple[GoldItem, ...]:
    """The item, plus any item of its letter with the same short name and decision."""
    return tuple(
        other.key for other in items
        if other.letter is item.letter and other.short == item.short and other.decision == item.decision
    )


def verb(decision: str) -> str:
    return "denied" if decision == "Upheld" else "approved"


def opposite(decision: str) -> str:
    return "Overturned" if decision == "Upheld" else "Upheld"


def half_of(item: RefItem, halves: Mapping[str, str] | None) -> str:
    return (halves or {}).get(item.case_number, "both")
