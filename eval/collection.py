"""The collection questions (eval/collection.jsonl, exact gold from eval/collection_gold.py) as kind
`collection`. They are about the whole index: every letter is indexed whichever half is asked
about, and the gold counts over all 74 dev letters, so these questions are asked in every split
("both") and give the same number under --split tune and --split test."""

from __future__ import annotations

from pathlib import Path

from eval.collection_gold import OUT as COLLECTION
from eval.collection_gold import CollectionQuestion
from eval.kinds import Question
from eval.records import read_records


def collection_questions(path: Path = COLLECTION) -> list[Question]:
    """The questions of `path` as Questions of kind `collection`; [] when the file is absent."""
    out = []
    for record in read_records(path, CollectionQuestion, "eval/collection_gold.py"):
        out.append(Question(
            id=f"collection-{record.id}", kind="collection", question=record.question,
            gold=tuple((case, request) for case, request in record.items), expect="count",
            expected_answer=record.answer, shape=record.shape, split="both",
        ))
    return out
