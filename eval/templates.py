"""The original question kinds (kept: they are cheap), generated from reference letters.

- `case`: "Why was the MRI of the lumbar spine denied in case CM17-0004344?" (one item)
- `patient`: the same without the case number, by age, sex and date of injury
- `topic`: "Why are lumbar MRI requests denied?" -> every item of that decision the topic rule matches
- `aggregate`: "How often are acupuncture requests upheld?" -> `expected_count` (gold lists the items)
- `paraphrase`: a case or patient question with abbreviations, brand/generic swaps and one typo
- `unanswerable`: a case number or a treatment that no letter has -> `answerable=False`
case, patient, paraphrase and topic questions carry the gold decision in their verb.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from eval.kinds import Question, RefItem, half_of, same_named, verb
from eval.phrasing import TOPIC_RULES, abbreviate, add_typo, topic_label, topics_of, was_were


def template_questions(
    letters: Sequence[dict[str, Any]], items: list[RefItem], *, prefix: str, seed: int,
    halves: Mapping[str, str] | None = None,
) -> list[Question]:
    case = _case_questions(items, prefix, halves)
    patient = _patient_questions(items, prefix, halves)
    return [
        *case,
        *patient,
        *_topic_questions(items, prefix),
        *_aggregate_questions(items, prefix),
        *_paraphrases([*case, *patient], prefix, seed),
        *_unanswerable_questions(letters, prefix),
    ]


def _case_questions(items: list[RefItem], prefix: str, halves: Mapping[str, str] | None) -> list[Question]:
    out = []
    for item in items:
        cn = item.letter["case_number"]
        text = f"Why {was_were(item.short)} the {item.short} {verb(item.decision)} in case {cn}?"
        out.append(Question(
            id=f"{prefix}-case-{cn}-{item.index}", kind="case", question=text,
            gold=same_named(items, item), expected_decision=item.decision,  # type: ignore[arg-type]
            carries_answer=True, split=half_of(item, halves),
        ))
    return out


def _describe(letter: dict[str, Any]) -> str | None:
    age, sex, doi = letter.get("age"), letter.get("sex"), letter.get("date_of_injury")
    if not (age and sex and doi):
        return None
    return f"the {age}-year-old {sex} injured on {doi}"


def _patient_questions(items: list[RefItem], prefix: str, halves: Mapping[str, str] | None) -> list[Question]:
    """Only for letters whose (age, sex, date of injury) no other letter shares."""
    descriptions = Counter(_describe(i.letter) for i in {id(i.letter): i for i in items}.values())
    out = []
    for item in items:
        who = _describe(item.letter)
        if who is None or descriptions[who] > 1:
            continue
        text = f"Why {was_were(item.short)} {item.short} {verb(item.decision)} for {who}?"
        out.append(Question(
            id=f"{prefix}-patient-{item.letter['case_number']}-{item.index}", kind="patient",
            question=text, gold=same_named(items, item), expected_decision=item.decision,  # type: ignore[arg-type]
            carries_answer=True, split=half_of(item, halves),
        ))
    return out


def _by_topic(items: list[RefItem]) -> dict[str, list[RefItem]]:
    grouped: dict[str, list[RefItem]] = defaultdict(list)
    for item in items:
        for slug in topics_of(item.request):
            grouped[slug].append(item)
    return {slug: grouped[slug] for slug, *_ in TOPIC_RULES if slug in grouped}


def _topic_questions(items: list[RefItem], prefix: str) -> list[Question]:
    """A topic question per decision with at least two items under the topic's rule."""
    out = []
    for slug, matched in _by_topic(items).items():
        label = topic_label(slug)
        for decision, template in (
            ("Upheld", "Why are {} requests denied?"),
            ("Overturned", "Why were {} requests approved?"),
        ):
            gold = tuple(i.key for i in matched if i.decision == decision)
            if len(gold) >= 2:
                out.append(Question(
                    id=f"{prefix}-topic-{slug}-{decision.lower()}", kind="topic",
                    question=template.format(label), gold=gold, expected_decision=decision,  # type: ignore[arg-type]
                    expect="items", carries_answer=True,
                ))
    return out


def _aggregate_questions(items: list[RefItem], prefix: str) -> list[Question]:
    """Counts by decision for every topic with at least two items (a count may be 0)."""
    out = []
    for slug, matched in _by_topic(items).items():
        if len(matched) < 2:
            continue
        label = topic_label(slug)
        for decision, template in (
            ("Upheld", "How often are {} requests upheld?"),
            ("Overturned", "How many {} requests were overturned?"),
        ):
            gold = tuple(i.key for i in matched if i.decision == decision)
            out.append(Question(
                id=f"{prefix}-aggregate-{slug}-{decision.lower()}", kind="aggregate",
                question=template.format(label), gold=gold, expected_decision=decision,  # type: ignore[arg-type]
                expected_count=len(gold), expect="count",
            ))
    return out


def _paraphrases(originals: list[Question], prefix: str, seed: int) -> list[Question]:
    """Rewrites of the case/patient questions that an abbreviation or a swap changes."""
    out = []
    for q in originals:
        rewritten = abbreviate(q.question)
        if rewritten == q.question:
            continue
        qid = f"{prefix}-paraphrase-{q.id.removeprefix(prefix + '-')}"
        rewritten = add_typo(rewritten, random.Random(f"{seed}:{qid}"))
        out.append(msgspec.structs.replace(q, id=qid, kind="paraphrase", question=rewritten))
    return out


_ABSENT_CASES = (
    ("CM15-9999999", "Why was the MRI of the lumbar spine denied in case {}?"),
    ("CM14-0000001", "What did IMR decide about physical therapy in case {}?"),
)
_ABSENT_TREATMENTS = (
    ("hyperbaric-oxygen", ("hyperbaric",), "Why was hyperbaric oxygen therapy for tinnitus denied?"),
    ("dental-implants", ("dental implant",), "Why were dental implants denied?"),
    ("stem-cell", ("stem cell",), "Why was stem cell therapy for the knee approved?"),
    ("lasik", ("lasik", "laser eye"), "How often is LASIK eye surgery upheld?"),
    ("cochlear-implant", ("cochlear",), "Why was the cochlear implant denied in the hearing loss cases?"),
)


def _unanswerable_questions(letters: Sequence[dict[str, Any]], prefix: str) -> list[Question]:
    """Case numbers absent from the corpus and treatments no letter mentions."""
    cases = {letter["case_number"] for letter in letters}
    corpus_text = " ".join(
        " ".join(str(v) for v in issue.values()) for letter in letters for issue in letter.get("issues") or []
    ).lower()
    out = [
        Question(id=f"{prefix}-unanswerable-{cn}", kind="unanswerable", question=t.format(cn), answerable=False,
                 expect="not_found")
        for cn, t in _ABSENT_CASES if cn not in cases
    ]
    out += [
        Question(id=f"{prefix}-unanswerable-{slug}", kind="unanswerable", question=text, answerable=False,
                 expect="not_found")
        for slug, words, text in _ABSENT_TREATMENTS if not any(w in corpus_text for w in words)
    ]
    return out
