"""The collection questions (eval/collection.jsonl, exact gold from eval/collection_gold.py) as kind
`collection`. They are about the whole index: every letter is indexed whichever half is asked
about, and the gold counts over all 74 dev letters, so these questions are asked in every split
("both") and give the same number under --split tune and --split test."""

from __future__ import annotations

from pathlib import Path

import msgspec

from eval.collection_gold import OUT as COLLECTION
from eval.collection_gold import CollectionQuestion
from eval.kinds import Question
from indexer.errors import ImrError


def collection_questions(path: Path = COLLECTION) -> list[Question]:
    """The questions of `path` as Questions of kind `collection`; [] when the file is absent."""
    path = Path(path)
    if not path.exists():
        return []
    decoder = msgspec.json.Decoder(CollectionQuestion)
    out = []
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = decoder.decode(line)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise ImrError(f"{path}:{number}: {exc}; see eval/collection_gold.py for the fields") from exc
        out.append(Question(
            id=f"collection-{record.id}", kind="collection", question=record.question,
            gold=tuple((case, request) for case, request in record.items), expect="count",
            expected_answer=record.answer, shape=record.shape, split="both",
        ))
    return out
