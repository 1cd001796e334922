"""Intervals, paired tests, comparisons and provenance, on tiny hand-computed cases."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from eval.comparison import comparisons, intervals, paired
from eval.provenance import git_state, index_hash, settings_record
from eval.significance import bootstrap_ci, paired_bootstrap_ci, paired_randomization
from indexer.settings import Settings


def test_paired_randomization_exact_for_small_n() -> None:
    # d = 1,1,1: of the 8 sign patterns only +++ and --- reach |mean| = 1
    assert paired_randomization([1, 1, 1], [0, 0, 0]) == 0.25
    # d = 1,0,1,0: mean = (s1 + s3) / 4 reaches 0.5 when s1 == s3: 8 of 16 patterns
    assert paired_randomization([1, 0, 1, 1], [0, 0, 0, 1]) == 0.5
    assert paired_randomization([1, 0], [1, 0]) == 1.0  # no difference
    assert paired_randomization([], []) is None
    with pytest.raises(ValueError, match="differ in length"):
        paired_randomization([1], [1, 0])


def test_paired_randomization_sampled_for_large_n() -> None:
    # 40 questions all won: no random sign pattern of 10,000 reaches |mean| = 1 (chance 2^-39 each)
    assert paired_randomization([1.0] * 40, [0.0] * 40) == pytest.approx(1 / 10001)
    assert paired_randomization([1.0] * 40, [0.0] * 40) == paired_randomization([1.0] * 40, [0.0] * 40)  # seeded


def test_bootstrap_intervals() -> None:
    assert bootstrap_ci([0.7, 0.7, 0.7]) == pytest.approx((0.7, 0.7))
    # two values 0 and 1: resampled means are 0, 0.5, 1 with chances 1/4, 1/2, 1/4
    assert bootstrap_ci([0.0, 1.0]) == (0.0, 1.0)
    assert bootstrap_ci([]) is None
    assert paired_bootstrap_ci([1, 1], [0, 0]) == (1.0, 1.0)


def _rows() -> list[dict]:
    return [
        {"id": "q1", "system": "imr", "group": "g", "scores": {"hit@1": 1.0, "answered": 1.0}},
        {"id": "q2", "system": "imr", "group": "g", "scores": {"hit@1": 1.0, "answered": 1.0}},
        {"id": "q3", "system": "imr", "group": "h", "scores": {"hit@1": 0.0, "answered": None}},
        {"id": "q1", "system": "bm25", "group": "g", "scores": {"hit@1": 0.0}},
        {"id": "q2", "system": "bm25", "group": "g", "scores": {"hit@1": 1.0}},
        {"id": "q3", "system": "bm25", "group": "h", "scores": {"hit@1": 0.0}},
    ]


def test_comparisons_pair_questions_by_id() -> None:
    # d = 1, 0, 0: every sign pattern gives |mean| = 1/3, so p = 1
    assert paired(_rows(), "imr", "bm25") == {
        "hit@1": {"n": 3, "a": pytest.approx(2 / 3), "b": pytest.approx(1 / 3), "diff": pytest.approx(1 / 3),
                  "ci": [0.0, 1.0], "p": 1.0},
    }
    assert list(comparisons(_rows())) == ["bm25"]
    assert comparisons(_rows(), "dense") == {}
    assert intervals(_rows())["imr"]["answered"] == [1.0, 1.0]
    assert intervals(_rows(), group="h") == {"imr": {"hit@1": [0.0, 0.0]}, "bm25": {"hit@1": [0.0, 0.0]}}


def test_index_hash_depends_on_ids_and_texts_not_order() -> None:
    a = index_hash([("CM1/item-1", "MRI text"), ("CM1/header", "Header")])
    assert a == index_hash([("CM1/header", "Header"), ("CM1/item-1", "MRI text")])
    assert a != index_hash([("CM1/header", "Header"), ("CM1/item-1", "MRI text.")])
    lines = "".join(f"{i}\t{hashlib.sha256(t.encode()).hexdigest()}\n" for i, t in
                    [("CM1/header", "Header"), ("CM1/item-1", "MRI text")])
    assert a == hashlib.sha256(lines.encode()).hexdigest()


def test_settings_record_hides_secrets_and_git_state(tmp_path: Path) -> None:
    from service.settings import ServiceSettings

    record = settings_record(ServiceSettings.from_env({"IMR_API_KEY": "hunter2", "IMR_PORT": "8123"}))
    assert record["api_key"] == "(set)" and record["port"] == 8123
    assert "hunter2" not in str(record)
    assert settings_record(ServiceSettings.from_env({}))["api_key"] == ""
    assert git_state(tmp_path) == {"commit": "", "dirty": None}
    here = git_state(Path(__file__).resolve().parents[2])
    assert len(here["commit"]) == 40 and here["dirty"] in (True, False)
