"""Questions whose wording does not carry their answer (issue 14).

- `neutral`: "What was decided about the MRI of the lumbar spine in case CM…?" (no decision verb)
- `wrong_verb`: "Why was the MRI approved in case CM…?" when IMR upheld the denial (and the reverse);
  the gold decision is the true one: the answer should say so.
- `negation`: "Which lumbar MRI requests were not denied?" (over the whole index) and "Which requests
  in case CM… weren't approved?" (letters with two or more items).
- `lay`: lay words, brand names (eval/lay.py) and a misspelling (missing letter, doubled letter or a
  phonetic spelling), with a neutral verb; by case number in letters with several items, else by
  the patient's description.
- `person`: the patient in a person's own words (eval/people.py) and the treatment, neutral verb.
- `absent`: treatments no letter mentions (eval/absent.py), at least 30.
Item questions carry the half of their letter (`split`); collection questions are "both".
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eval.absent import absent_treatments
from eval.kinds import Question, RefItem, half_of, opposite, same_named, verb
from eval.lay import TYPO_KINDS, brand_for, lay_for, misspell
from eval.people import describe
from eval.phrasing import topic_label, topics_of, was_were

_NEUTRAL = (
    "What was decided about the {t} in case {cn}?",
    "What happened with the {t} request in case {cn}?",
    "What did IMR decide on the {t} in case {cn}?",
    "Was the {t} in case {cn} approved or denied?",
    "What was the outcome for the {t} in case {cn}?",
)
_PERSON = (
    "What was decided about the {t} for {who}?",
    "My client is {who}. What did IMR decide about the {t}?",
    "What happened with the {t} request of {who}?",
    "I'm {who}. Was my {t} approved?",
)


def hard_questions(
    letters: Sequence[dict[str, Any]], items: Sequence[RefItem], *, prefix: str, seed: int,
    halves: Mapping[str, str] | None = None, texts: Iterable[str] = (),
) -> list[Question]:
    """Every new kind over `letters` (reference dicts) and their `items`."""
    return [
        *neutral_questions(items, prefix, seed, halves),
        *wrong_verb_questions(items, prefix, halves),
        *negation_questions(items, prefix, halves),
        *lay_questions(letters, items, prefix, seed, halves),
        *person_questions(letters, items, prefix, seed, halves),
        *absent_questions(letters, prefix, texts),
    ]


def _rng(seed: int, qid: str) -> random.Random:
    return random.Random(f"{seed}:{qid}")


def _item_question(item: RefItem, items: Sequence[RefItem], kind: str, qid: str, text: str,
                   halves: Mapping[str, str] | None, **extra: Any) -> Question:
    return Question(id=qid, kind=kind, question=text, gold=same_named(items, item),  # type: ignore[arg-type]
                    expected_decision=item.decision, split=half_of(item, halves), **extra)  # type: ignore[arg-type]


def neutral_questions(items: Sequence[RefItem], prefix: str, seed: int, halves: Mapping[str, str] | None) -> list[Question]:
    out = []
    for item in items:
        qid = f"{prefix}-neutral-{item.case_number}-{item.index}"
        text = _rng(seed, qid).choice(_NEUTRAL).format(t=item.short, cn=item.case_number)
        out.append(_item_question(item, items, "neutral", qid, text, halves))
    return out


def wrong_verb_questions(items: Sequence[RefItem], prefix: str, halves: Mapping[str, str] | None) -> list[Question]:
    out = []
    for item in items:
        qid = f"{prefix}-wrong_verb-{item.case_number}-{item.index}"
        wrong = verb(opposite(item.decision))
        text = f"Why {was_were(item.short)} the {item.short} {wrong} in case {item.case_number}?"
        out.append(_item_question(item, items, "wrong_verb", qid, text, halves, wrong_premise=True))
    return out


def negation_questions(items: Sequence[RefItem], prefix: str, halves: Mapping[str, str] | None) -> list[Question]:
    """Topic-level over every item given (split "both") and case-level in letters with 2+ items."""
    out = []
    by_topic: dict[str, list[RefItem]] = {}
    for item in items:
        for slug in topics_of(item.request):
            by_topic.setdefault(slug, []).append(item)
    for slug, matched in by_topic.items():
        label = topic_label(slug)
        for decision, template in (("Overturned", "Which {} requests were not denied?"),
                                   ("Upheld", "Which {} requests weren't approved?")):
            gold = tuple(i.key for i in matched if i.decision == decision)
            if gold and len(gold) < len(matched):  # the negation must exclude something
                out.append(Question(id=f"{prefix}-negation-{slug}-{decision.lower()}", kind="negation",
                                    question=template.format(label), gold=gold, expected_decision=decision,
                                    expect="items"))
    by_letter: dict[str, list[RefItem]] = {}
    for item in items:
        by_letter.setdefault(item.case_number, []).append(item)
    for cn, own in by_letter.items():
        if len(own) < 2:
            continue
        for decision, template in (("Overturned", "Which requests in case {} were not denied?"),
                                   ("Upheld", "Which requests in case {} weren't approved?")):
            gold = tuple(i.key for i in own if i.decision == decision)
            if gold:
                out.append(Question(id=f"{prefix}-negation-{cn}-{decision.lower()}", kind="negation",
                                    question=template.format(cn), gold=gold, expected_decision=decision,
                                    expect="items", split=half_of(own[0], halves)))
    return out


def lay_name(item: RefItem, rng: random.Random, typo: str) -> str:
    """The item's short name in lay words or a brand name (when a rule applies), then misspelt."""
    worded = brand_for(item.short, rng) if rng.random() < 0.5 else None
    worded = worded or lay_for(item.short, rng) or brand_for(item.short, rng) or item.short
    return misspell(worded, typo, rng)


def lay_questions(letters: Sequence[dict[str, Any]], items: Sequence[RefItem], prefix: str, seed: int,
                  halves: Mapping[str, str] | None) -> list[Question]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.case_number] = counts.get(item.case_number, 0) + 1
    out = []
    for n, item in enumerate(items):
        qid = f"{prefix}-lay-{item.case_number}-{item.index}"
        rng = _rng(seed, qid)
        name = lay_name(item, rng, TYPO_KINDS[n % len(TYPO_KINDS)])
        if counts[item.case_number] > 1:
            text = rng.choice(_NEUTRAL).format(t=name, cn=item.case_number)
        else:
            who = describe(item.letter, letters, rng)
            if who is None:
                continue
            text = rng.choice(_PERSON[:3]).format(t=name, who=who)
        out.append(_item_question(item, items, "lay", qid, text, halves, tags=(TYPO_KINDS[n % len(TYPO_KINDS)],)))
    return out


def person_questions(letters: Sequence[dict[str, Any]], items: Sequence[RefItem], prefix: str, seed: int,
                     halves: Mapping[str, str] | None) -> list[Question]:
    out = []
    for item in items:
        qid = f"{prefix}-person-{item.case_number}-{item.index}"
        rng = _rng(seed, qid)
        who = describe(item.letter, letters, rng)
        if who is None:
            continue
        text = rng.choice(_PERSON).format(t=item.short, who=who)
        out.append(_item_question(item, items, "person", qid, text, halves))
    return out


def absent_questions(letters: Sequence[dict[str, Any]], prefix: str, texts: Iterable[str] = ()) -> list[Question]:
    """Treatments absent from the reference texts of `letters` and from `texts` (full letter texts)."""
    reference = [" ".join(str(v) for v in issue.values()) for letter in letters for issue in letter.get("issues") or []]
    return [
        Question(id=f"{prefix}-absent-{slug}", kind="absent", question=text, answerable=False, expect="not_found")
        for slug, text in absent_treatments([*reference, *texts])
    ]
