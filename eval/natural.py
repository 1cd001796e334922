"""Hand-written natural questions (eval/natural.jsonl, written over the dev letters), as kind `natural`.

One JSON object per line:
`{"id", "question", "tags": [...], "expect": "item"|"items"|"pattern"|"not_found"|"case_lacks",
"gold": [[case, request], ...], "decision": "Upheld"|"Overturned"|null, "wrong_premise": bool,
"split": "tune"|"test"|"both"|"none", "note"}`. "none" (about no letter, e.g. a treatment no letter
has) and "both" are asked in every split. A missing file gives no questions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import msgspec

from eval.kinds import Question
from eval.records import read_records

NATURAL = Path(__file__).resolve().parent / "natural.jsonl"


class NaturalRecord(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    question: str
    tags: tuple[str, ...] = ()
    expect: Literal["item", "items", "pattern", "not_found", "case_lacks"]
    gold: tuple[tuple[str, str], ...] = ()
    decision: Literal["Upheld", "Overturned"] | None = None
    wrong_premise: bool = False
    split: Literal["tune", "test", "both", "none"] = "both"
    note: str = ""


def natural_questions(path: Path = NATURAL) -> list[Question]:
    """The questions of `path` as Questions of kind `natural`; [] when the file is absent."""
    out = []
    for record in read_records(path, NaturalRecord, "eval/natural.py"):
        out.append(Question(
            id=f"natural-{record.id}", kind="natural", question=record.question, gold=record.gold,
            expected_decision=record.decision, answerable=record.expect not in ("not_found", "case_lacks"),
            expect=record.expect, wrong_premise=record.wrong_premise,
            split="both" if record.split == "none" else record.split, tags=record.tags,
        ))
    return out
