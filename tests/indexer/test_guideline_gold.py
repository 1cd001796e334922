"""The citation parse of every real letter (from its PDF) against the hand-checked gold.

eval/gold/citations.jsonl holds, for each of the 140 disputed items of the 74 dev letters, the
parts of the MAXIMUS guideline line and the citations inside the rationale (eval/gold/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.prepare import load_letter

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "corpus" / "dwc-imr-2016-2017"
REFERENCE = REAL / "reference.jsonl"
GOLD = ROOT / "eval" / "gold" / "citations.jsonl"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"
PART_FIELDS = ("family", "name", "chapter", "year", "topic", "sections", "pages", "host")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []


GOLD_ROWS = _rows(GOLD)
REFERENCES = {ref["case_number"]: ref for ref in _rows(REFERENCE)}
CASES = sorted({row["case_number"] for row in GOLD_ROWS})


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_gold_covers_every_item() -> None:
    assert len(GOLD_ROWS) == 140
    assert len(CASES) == 74
    assert sum(len(row["maximus_guideline"]) for row in GOLD_ROWS) == 164
    assert sum(len(row["citations"]) for row in GOLD_ROWS) == 219
    if REFERENCES:
        assert [(r["case_number"], r["request"]) for r in GOLD_ROWS] == [
            (case, issue["request"]) for case, ref in REFERENCES.items() for issue in ref["issues"]
        ]


@pytest.mark.parametrize("case", CASES)
def test_letter_citations_match_gold(case: str) -> None:
    if not REFERENCE.exists():
        pytest.skip(SKIP)
    ref = REFERENCES[case]
    letter = load_letter(REAL / ref["pdf"])
    rows = [row for row in GOLD_ROWS if row["case_number"] == case]
    assert len(letter.items) == len(rows)
    for item, row, issue in zip(letter.items, rows, ref["issues"], strict=True):
        assert (item.index, item.request) == (row["item"], row["request"])
        parts = [
            {f: list(v) if isinstance(v := getattr(part, f), tuple) else v for f in PART_FIELDS}
            for part in item.maximus_guideline.parts
        ]
        assert parts == row["maximus_guideline"], f"item {item.index} guideline"
        cited = [
            {"text": _norm(letter.text[c.span[0] : c.span[1]]), "family": c.family, "name": c.name, "pages": list(c.pages)}
            for c in item.citations
        ]
        assert cited == row["citations"], f"item {item.index} rationale citations"
        rationale = _norm(issue["decision_rationale"])
        start, end = item.rationale_span
        for c in item.citations:  # every span lies inside the rationale and reads as in the reference
            assert start <= c.span[0] < c.span[1] <= end
            assert _norm(letter.text[c.span[0] : c.span[1]]) in rationale
