"""Where the letters and questions come from, which half is asked about, and the evidence to score with.

- `real`: the 74 dev letters in ../shared/corpus/dwc-imr-2016-2017 (reference.jsonl = the checked
  reference parse), generated questions plus eval/natural.jsonl and eval/collection.jsonl; split by
  eval/split.json, default `test`. Every letter is indexed; only the chosen half's item questions
  are asked (collection questions, about the whole index, in both halves).
- `sample`: the bundled synthetic letters (corpus/sample, truth.jsonl); no split (`all`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from eval.collection import COLLECTION, collection_questions
from eval.independent import independent_texts, pdf_reader
from eval.natural import NATURAL, natural_questions
from eval.questions import SPLIT, Question, read_split, real_questions, select_split, synthetic_questions
from eval.roles_gold import ROLES, RolesGold, read_roles, request_index
from eval.scoring import Evidence
from indexer.errors import ImrError

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "corpus" / "dwc-imr-2016-2017"
SAMPLE = REPO / "corpus" / "sample"


@dataclass(frozen=True)
class Source:
    name: str  # "real" | "sample"
    letters_dir: Path
    split: str  # "tune" | "test" | "all"
    questions: list[Question]  # the split's questions
    evidence: Evidence
    info: dict[str, Any]  # for the report: split sizes, readers, gold files


def default_source() -> str:
    return "real" if (REAL / "reference.jsonl").exists() else "sample"


def _records(path: Path) -> list[dict[str, Any]]:
    return [msgspec.json.decode(line) for line in path.read_bytes().splitlines() if line.strip()]


def load_source(source: str, split: str | None = None, *, natural: Path = NATURAL, roles: Path = ROLES,
                split_file: Path = SPLIT, collection: Path = COLLECTION) -> Source:
    """The letters, the chosen split's questions and the scoring evidence of `real` or `sample`."""
    if source == "real":
        reference = REAL / "reference.jsonl"
        if not reference.exists():
            raise ImrError(f"{reference} not found: the real letters live in ../shared beside the checkout; "
                           "use --source sample")
        records, letters_dir, split = _records(reference), REAL / "pdf", split or "test"
        halves = read_split(split_file)
        independent = independent_texts(records, letters_dir)
        every_text = [t for texts in independent.values() for t in texts]
        questions = [*real_questions(reference, halves=halves, texts=every_text), *natural_questions(natural),
                     *collection_questions(collection)]
        sizes = {half: sum(1 for h in halves.values() if h == half) for half in ("tune", "test")}
    elif source == "sample":
        truth = SAMPLE / "truth.jsonl"
        if not truth.exists():
            raise ImrError(f"{truth} not found: run `imr generate corpus/sample` first")
        records, letters_dir, split = _records(truth), SAMPLE, split or "all"
        independent = independent_texts(records, letters_dir)
        questions = synthetic_questions(truth, texts=[t for texts in independent.values() for t in texts])
        sizes = {}
    else:
        raise ImrError(f"unknown source {source!r}: use `real` or `sample`")
    gold: RolesGold = read_roles(roles, request_index(records)) if source == "real" else RolesGold([])
    asked = len({g[0] for q in select_split(questions, split) if q.expect == "item" and q.kind != "natural"
                 for g in q.gold})
    info = {
        "source": source, "split": split, "letters indexed": len(records), "letters asked about (item questions)": asked,
        "split sizes": sizes, "independent text": "reference items + " + (pdf_reader() or "no PDF reader"),
        "roles gold items": len(gold), "natural questions": sum(q.kind == "natural" for q in questions),
        "collection questions": sum(q.kind == "collection" for q in questions),
    }
    return Source(name=source, letters_dir=letters_dir, split=split, questions=select_split(questions, split),
                  evidence=Evidence(independent, gold.findings), info=info)
