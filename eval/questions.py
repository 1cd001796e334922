"""Evaluation questions, generated from a corpus's reference parse (real letters) or truth file.

The kinds (eval/kinds.py KIND_INFO says which carry their answer in their wording):
- the original ones (eval/templates.py): case, patient, topic, aggregate, paraphrase, unanswerable;
- the ones that do not carry their answer (eval/hard.py): neutral, wrong_verb, negation, lay,
  person, absent;
- natural: hand-written (eval/natural.py, eval/natural.jsonl).

Questions are generated at run time from `../shared/corpus/.../reference.jsonl` (never copied into
the repository) or from a generated corpus's `truth.jsonl` (the same fields), over every letter
given, so patient descriptions and topic gold are judged against the whole index. Each item
question carries the half of its letter (`split`, from eval/split.json); `select_split` keeps one
half's item questions and every collection question. Generation is deterministic: the only
randomness is seeded per question id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec

from eval.hard import hard_questions
from eval.kinds import KINDS, NEW_KINDS, Question, ref_items
from eval.templates import template_questions

__all__ = [
    "KINDS", "NEW_KINDS", "Question", "SPLIT", "questions_from_letters", "read_jsonl", "read_split",
    "real_questions", "select_split", "synthetic_questions", "write_jsonl",
]

SPLIT = Path(__file__).resolve().parent / "split.json"
SPLITS = ("tune", "test", "all")


def read_split(path: Path = SPLIT) -> dict[str, str]:
    """Case number -> "tune" | "test", from eval/split.json."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {cn: half for half in ("tune", "test") for cn in data.get(half, [])}


def select_split(questions: Iterable[Question], split: str) -> list[Question]:
    """Questions of `split` ("tune" | "test") plus those of both halves; "all" keeps everything."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    return [q for q in questions if split == "all" or q.split in (split, "both")]


def real_questions(reference_path: Path, *, seed: int = 13, halves: Mapping[str, str] | None = None,
                   texts: Iterable[str] = ()) -> list[Question]:
    """Questions over the real letters, from their checked reference parse."""
    return questions_from_letters(_read_records(reference_path), prefix="real", seed=seed, halves=halves,
                                  texts=texts)


def synthetic_questions(truth_path: Path, *, seed: int = 13, texts: Iterable[str] = ()) -> list[Question]:
    """Questions over a generated corpus, from its `truth.jsonl` (no split: every question is "both")."""
    return questions_from_letters(_read_records(truth_path), prefix="synthetic", seed=seed, texts=texts)


def questions_from_letters(
    letters: Sequence[dict[str, Any]], *, prefix: str, seed: int = 13, halves: Mapping[str, str] | None = None,
    texts: Iterable[str] = (),
) -> list[Question]:
    """Every generated kind for `letters` (dicts shaped like reference.jsonl lines).

    `halves` maps case numbers to "tune"/"test" (item questions take their letter's half);
    `texts` are the letters' full texts, so out-of-corpus treatments are checked against them too.
    """
    items = ref_items(letters)
    return [
        *template_questions(letters, items, prefix=prefix, seed=seed, halves=halves),
        *hard_questions(letters, items, prefix=prefix, seed=seed, halves=halves, texts=texts),
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


def _read_records(path: Path) -> list[dict[str, Any]]:
    return [msgspec.json.decode(line) for line in Path(path).read_bytes().splitlines() if line.strip()]
