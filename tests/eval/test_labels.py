"""Role and reason metrics on tiny hand-computed cases; the gold set's shape; the real-letter
numbers on the test half with the real model (slow)."""

from __future__ import annotations

import json

import pytest

from eval.labels import GOLD, REAL, halves, read_gold, reason_scores, role_accuracy
from indexer.reasons import CODES

A, B = ("CM16-0000001", 1), ("CM16-0000001", 2)


def test_role_accuracy_aligns_by_normalised_text_and_counts_unaligned_gold_wrong() -> None:
    gold = {A: [("No  improvement was documented.", "finding"), ("MTUS recommends it.", "guideline"),
                ("Therefore, not necessary.", "conclusion")],
            B: [("This is a request for PT.", "history")]}
    predicted = {A: [("MTUS recommends it.", "finding"), ("No improvement was\ndocumented.", "finding"),
                     ("An extra sentence.", "other")],
                 B: [("This is a request for PT.", "history")]}
    # A: 1 right ("No improvement"), 1 wrong role, 1 unaligned; B: 1 right -> 2 of 4
    assert role_accuracy(gold, predicted) == 0.5
    assert role_accuracy(gold, {}) == 0.0
    assert role_accuracy({}, predicted) == 0.0


def test_role_accuracy_uses_each_predicted_sentence_once() -> None:
    gold = {A: [("Same.", "finding"), ("Same.", "guideline")]}
    assert role_accuracy(gold, {A: [("Same.", "finding"), ("Same.", "guideline")]}) == 1.0
    assert role_accuracy(gold, {A: [("Same.", "guideline")]}) == 0.0  # one used for the first gold, none left
    assert role_accuracy(gold, {A: [("Same.", "finding")]}) == 0.5


def test_reason_scores_are_micro_over_items() -> None:
    gold = {A: ["no_objective_findings", "conservative_care_not_tried"], B: ["not_recommended"]}
    predicted = {A: ["no_objective_findings", "no_rationale"], B: []}
    scores = reason_scores(gold, predicted)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 2)
    assert scores["precision"] == 0.5
    assert scores["recall"] == pytest.approx(1 / 3)
    assert scores["f1"] == pytest.approx(0.4)  # 2 * 0.5 * (1/3) / (0.5 + 1/3)
    assert reason_scores(gold, {}) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 3}
    assert reason_scores(gold, {k: list(v) for k, v in gold.items()})["f1"] == 1.0


def test_the_gold_set_covers_every_item_of_both_halves() -> None:
    gold = read_gold()
    parts = halves()
    assert len(gold) == 140 and len({case for case, _ in gold}) == 74
    assert {case for case, _ in gold} == parts["tune"] | parts["test"] and not parts["tune"] & parts["test"]
    roles = {"finding", "guideline", "conclusion", "history", "other"}
    for (case, index), row in gold.items():
        assert row["sentences"], (case, index)
        assert all(s["role"] in roles and s["text"] == " ".join(s["text"].split()) for s in row["sentences"])
        polarity = "approval" if row["decision"] == "Overturned" else "denial"
        for reason in row["reasons"]:
            assert CODES[reason["code"]].polarity == polarity
            assert reason["sentences"] and all(0 <= i < len(row["sentences"]) for i in reason["sentences"])
    corrected = [json.loads(line)["corrected"] for line in GOLD.read_text().splitlines()]
    assert sum(c["roles"] for c in corrected) == 118 and sum(c["reasons"] for c in corrected) == 141


def _need_real() -> None:
    if not (REAL / "pdf").is_dir():
        pytest.skip("../shared/corpus not found: the label metrics need the real letters beside the checkout")


@pytest.fixture(scope="module")
def real_scores(real_encoder):
    _need_real()
    from eval.labels import evaluate

    return evaluate(encoder=real_encoder)


@pytest.mark.slow
def test_real_letters_test_half_roles_and_reasons(real_scores) -> None:
    test = real_scores["test"]
    assert test["items"] == 66 and test["sentences"] == 522
    assert test["reason_f1"] >= 0.85
    assert test["role_accuracy"] >= 0.95  # the target; measured 0.958 (torch and onnx-int8)
