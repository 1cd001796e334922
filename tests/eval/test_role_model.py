"""The role classifier's training (eval.role_model): it reads the tune half only, scores candidates
as stated, and the shipped weights are what it fits (slow: the real model)."""

from __future__ import annotations

import msgspec
import numpy as np
import pytest

from eval.labels import halves
from eval.role_model import CUE_SETS, Candidate, Sentences, decide, fitted, measure, tune_sentences
from indexer.role_classifier import WEIGHTS, load


def test_the_training_sentences_are_the_tune_halfs_gold_only() -> None:
    data = tune_sentences()
    assert set(data.letters) == halves()["tune"] and not set(data.letters) & halves()["test"]
    assert len(data.texts) == 554
    assert sum(r is None for r in data.rule) == 22 and int(data.cueless.sum()) == 130


def test_decide_adds_the_bonus_per_decided_neighbour_and_measure_puts_the_rules_first() -> None:
    data = Sentences(texts=["a", "b", "c"], gold=np.array([0, 1, 1]), letters=np.array(["X", "X", "X"]),
                     rule=["finding", None, "guideline"], neighbours=[[], ["finding", "guideline"], []],
                     cueless=np.array([False, True, True]))
    scores = np.array([[0.1, 0.9, 0, 0, 0], [0.5, 0.45, 0, 0, 0], [0.2, 0.7, 0, 0, 0]])
    assert decide(data, scores, 0.0).tolist() == [1, 0, 1]
    assert decide(data, scores, 0.1).tolist() == [1, 0, 1]  # both neighbours: +0.1 each to finding and guideline
    data = msgspec.structs.replace(data, neighbours=[[], ["guideline"], []])
    predicted = decide(data, scores, 0.1)
    assert predicted.tolist() == [1, 1, 1]
    m = measure(data, predicted)
    # rules first: "a" keeps its rule role (finding, right), "b" open (right), "c" rule (right)
    assert (m["open_right"], m["open"], m["rules_first"]) == (1, 1, 1.0)
    assert m["cueless"] == 1.0 and m["model_all"] == pytest.approx(2 / 3)
    assert m["cueless_findings"] == 0.0  # there is no cueless finding


@pytest.mark.slow
def test_the_shipped_weights_are_the_chosen_candidate_fitted_on_the_tune_half() -> None:
    from indexer.embed import load_encoder
    from indexer.settings import Settings

    with np.load(WEIGHTS) as made:
        encoder_name, c, open_weight = str(made["encoder"]), float(made["c"]), float(made["open_weight"])
        prototypes = bool(made["prototypes"])
    assert encoder_name == "sentence-transformers/all-MiniLM-L6-v2 (onnx int8)"
    assert (c, open_weight, prototypes) == (3.0, 1.0, True)
    shipped = load()
    cues = next(name for name, names in CUE_SETS.items() if names == shipped.cues)
    encoder = load_encoder(Settings.from_env({"IMR_EMBED_BACKEND": "onnx-int8"}))
    again = fitted(encoder, Candidate(cues, c, open_weight, prototypes, shipped.neighbour_bonus))
    assert cues == "all" and again.cues == shipped.cues and again.neighbour_bonus == 0.3
    # The int8 encoder's vectors differ a little between CPUs (onnxruntime picks its int8 kernels by
    # instruction set: AVX2 or AVX-512 VNNI), and a logistic fit magnifies that in its weights (up to
    # 0.22 on an AVX2-only AMD EPYC against the machine the weights were fitted on). What must hold
    # anywhere is the roles they decide: the refit and the shipped weights agree on the tune half's
    # sentences (551 of 554 there), and exactly where the vectors are the fitting machine's.
    data = tune_sentences()
    vectors = np.asarray(encoder.encode(data.texts), dtype=np.float64)
    ours = again.probabilities(data.texts, vectors).argmax(axis=1)
    theirs = shipped.probabilities(data.texts, vectors).argmax(axis=1)
    assert (ours == theirs).mean() >= 0.99
    if np.allclose(again.coef, shipped.coef, atol=1e-5):
        np.testing.assert_allclose(again.intercept, shipped.intercept, atol=1e-5)
