"""The lexical segment's vocabulary as sorted arrays (service.terms)."""

from __future__ import annotations

import json

import numpy as np

from service.terms import Terms


def test_terms_find_ids_words_and_prefixes(tmp_path):
    path = tmp_path / "vocab.index.json"
    path.write_text(json.dumps({"knee": 0, "lumbar": 1, "kneecap": 2, "épaule": 3, "mri": 4, "": 5}), encoding="utf-8")
    terms = Terms(path)
    assert len(terms) == 6 and terms.width == len("kneecap")
    assert [terms.get(t) for t in ("knee", "kneecap", "épaule", "mri", "", "kne", "kneecaps", "kneecapsxx")] == [
        0, 2, 3, 4, 5, None, None, None]
    assert terms.get_many(["mri", "kneecapsxx", "lumbar", "hip"]) == [4, None, 1, None]
    assert "lumbar" in terms and "lumbarx" not in terms
    assert [terms.word(n) for n in (3, 0, 1)] == ["épaule", "knee", "lumbar"]
    assert terms.starting("kn") == ["knee", "kneecap"] and terms.starting("ép") == ["épaule"]
    assert terms.starting("zz") == [] and terms.starting("kneecapsxx") == []


def test_no_vocabulary_finds_nothing():
    terms = Terms(None)
    assert len(terms) == 0 and terms.get("knee") is None and terms.get_many(["knee"]) == [None]
    assert terms.starting("kn") == [] and terms.sorted.dtype == np.dtype("S1")
