"""Evaluation questions generated from a corpus's reference parse (real letters) or truth file.

Kinds:
- `case`: "Why was the MRI of the lumbar spine denied in case CM17-0004344?" (one item)
- `patient`: the same without the case number, by age, sex and date of injury
- `topic`: "Why are lumbar MRI requests denied?" -> every item of that decision the topic rule matches
- `aggregate`: "How often are acupuncture requests upheld?" -> `expected_count` (gold lists the items)
- `paraphrase`: a case or patient question with abbreviations, brand/generic swaps and one typo
- `unanswerable`: a case number or a treatment that no letter has -> `answerable=False`

Questions are generated at run time from `../shared/corpus/.../reference.jsonl` (never copied into
the repository) or from a generated corpus's `truth.jsonl` (the same fields). Generation is
deterministic: the only randomness is seeded per question id.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import msgspec

from eval.phrasing import TOPIC_RULES, abbreviate, add_typo, short_treatment, topic_label, topics_of, was_were

Kind = Literal["case", "patient", "topic", "aggregate", "paraphrase", "unanswerable"]
KINDS: tuple[str, ...] = ("case", "patient", "topic", "aggregate", "paraphrase", "unanswerable")
GoldItem = tuple[str, str]  # (case_number, request)


class Question(msgspec.Struct, frozen=True, kw_only=True):
    id: str  # stable, e.g. "real-case-CM16-0219557-1"
    kind: Kind
    question: str
    gold: tuple[GoldItem, ...] = ()  # the disputed items that answer it
    expected_decision: Literal["Upheld", "Overturned"] | None = None
    expected_count: int | None = None  # aggregate questions
    answerable: bool = True


class _Item(msgspec.Struct, frozen=True):
    letter: dict[str, Any]
    index: int  # 1-based position in the letter
    request: str
    decision: str
    short: str  # short treatment name used in questions

    @property
    def key(self) -> GoldItem:
        return (self.letter["case_number"], self.request)


def real_questions(reference_path: Path, *, seed: int = 13) -> list[Question]:
    """Questions over the real letters, from their checked reference parse."""
    return questions_from_letters(_read_records(reference_path), prefix="real", seed=seed)


def synthetic_questions(truth_path: Path, *, seed: int = 13) -> list[Question]:
    """Questions over a generated corpus, from its `truth.jsonl`."""
    return questions_from_letters(_read_records(truth_path), prefix="synthetic", seed=seed)


def questions_from_letters(
    letters: Sequence[dict[str, Any]], *, prefix: str, seed: int = 13
) -> list[Question]:
    """Every kind of question for `letters` (dicts shaped like reference.jsonl lines)."""
    items = _items(letters)
    case = _case_questions(items, prefix)
    patient = _patient_questions(items, prefix)
    return [
        *case,
        *patient,
        *_topic_questions(items, prefix),
        *_aggregate_questions(items, prefix),
        *_paraphrases([*case, *patient], prefix, seed),
        *_unanswerable_questions(letters, prefix),
    ]


def write_jsonl(questions: Iterable[Question], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    encoder = msgspec.json.Encoder()
    with path.open("wb") as f:
        for q in questions:
            f.write(encoder.encode(q) + b"\n")


def read_jsonl(path: Path) -> list[Question]:
    decoder = msgspec.json.Decoder(Question)
    return [decoder.decode(line) for line in path.read_bytes().splitlines() if line.strip()]


# --- internals ------------------------------------------------------------------------------


def _read_records(path: Path) -> list[dict[str, Any]]:
    return [msgspec.json.decode(line) for line in Path(path).read_bytes().splitlines() if line.strip()]


def _items(letters: Sequence[dict[str, Any]]) -> list[_Item]:
    items: list[_Item] = []
    for letter in letters:
        issues = letter.get("issues") or []
        shorts = [short_treatment(i["request"]) for i in issues]
        counts = Counter(shorts)
        for n, (issue, short) in enumerate(zip(issues, shorts), start=1):
            if counts[short] > 1:  # two items of one letter with one short name: say more
                short = short_treatment(issue["request"], max_words=20)
            items.append(_Item(letter, n, issue["request"], issue["decision"], short))
    return items


def _verb(decision: str) -> str:
    return "denied" if decision == "Upheld" else "approved"


def _same_named(items: list[_Item], item: _Item) -> tuple[GoldItem, ...]:
    """The item, plus any item of its letter with the same short name and decision."""
    return tuple(
        other.key for other in items
        if other.letter is item.letter and other.short == item.short and other.decision == item.decision
    )


def _case_questions(items: list[_Item], prefix: str) -> list[Question]:
    out = []
    for item in items:
        cn = item.letter["case_number"]
        text = f"Why {was_were(item.short)} the {item.short} {_verb(item.decision)} in case {cn}?"
        out.append(Question(
            id=f"{prefix}-case-{cn}-{item.index}", kind="case", question=text,
            gold=_same_named(items, item), expected_decision=item.decision,
        ))
    return out


def _describe(letter: dict[str, Any]) -> str | None:
    age, sex, doi = letter.get("age"), letter.get("sex"), letter.get("date_of_injury")
    if not (age and sex and doi):
        return None
    return f"the {age}-year-old {sex} injured on {doi}"


def _patient_questions(items: list[_Item], prefix: str) -> list[Question]:
    """Only for letters whose (age, sex, date of injury) no other letter shares."""
    descriptions = Counter(_describe(i.letter) for i in {id(i.letter): i for i in items}.values())
    out = []
    for item in items:
        who = _describe(item.letter)
        if who is None or descriptions[who] > 1:
            continue
        text = f"Why {was_were(item.short)} {item.short} {_verb(item.decision)} for {who}?"
        out.append(Question(
            id=f"{prefix}-patient-{item.letter['case_number']}-{item.index}", kind="patient",
            question=text, gold=_same_named(items, item), expected_decision=item.decision,
        ))
    return out


def _by_topic(items: list[_Item]) -> dict[str, list[_Item]]:
    grouped: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        for slug in topics_of(item.request):
            grouped[slug].append(item)
    return {slug: grouped[slug] for slug, *_ in TOPIC_RULES if slug in grouped}


def _topic_questions(items: list[_Item], prefix: str) -> list[Question]:
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
                    question=template.format(label), gold=gold, expected_decision=decision,
                ))
    return out


def _aggregate_questions(items: list[_Item], prefix: str) -> list[Question]:
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
                question=template.format(label), gold=gold, expected_decision=decision,
                expected_count=len(gold),
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
        Question(id=f"{prefix}-unanswerable-{cn}", kind="unanswerable", question=t.format(cn), answerable=False)
        for cn, t in _ABSENT_CASES if cn not in cases
    ]
    out += [
        Question(id=f"{prefix}-unanswerable-{slug}", kind="unanswerable", question=text, answerable=False)
        for slug, words, text in _ABSENT_TREATMENTS if not any(w in corpus_text for w in words)
    ]
    return out
