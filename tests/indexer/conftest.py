"""Indexer test fixtures: every real letter parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.model import Letter

REAL_PDFS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "pdf"


@pytest.fixture(scope="session")
def real_parsed(real_txt) -> dict[str, Letter]:
    """CASE -> the real letter, parsed and tagged from its PDF's text (each PDF read once per
    session, through the shared `real_txt` cache). Skips without ../shared."""
    from indexer.parse import parse_letter
    from indexer.pdf import read_letter
    from indexer.prepare import classify

    cases = sorted(p.stem for p in REAL_PDFS.glob("*.pdf"))
    out = {}
    for case in cases:
        letter = parse_letter(read_letter(real_txt(case)))
        out[case] = classify(letter)
    return out
