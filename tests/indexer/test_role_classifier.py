"""The learned classifier for sentences the rules leave open: the shipped weights, the encoders it
refuses (they keep the prototypes), and, with the real model, sentences written here in
reviewers' general language (none from a letter)."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.role_classifier import RoleClassifier, classifier_for, load, save
from indexer.roles import PROTOTYPES, ROLES, role_scores, rule_role, sentence_roles

MINILM = "sentence-transformers/all-MiniLM-L6-v2"
PROTOTYPE_COUNT = sum(len(texts) for texts in PROTOTYPES.values())


class SmallEncoder:
    """An encoder that calls itself all-MiniLM but gives 8 dimensions."""

    name = f"{MINILM} (made up)"
    dim = 8

    def __init__(self) -> None:
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        out = np.array([[len(t) % (k + 2) + 1.0 for k in range(self.dim)] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_the_shipped_weights_are_for_all_minilm_with_the_roles_in_order() -> None:
    shipped = load()
    assert shipped is not None
    assert shipped.roles == ROLES == ("finding", "guideline", "conclusion", "history", "other")
    assert (shipped.model, shipped.dim) == (MINILM, 384)
    assert shipped.cues == ("PAST", "NEGATED", "IF", "CONDITIONAL", "RULE", "PATIENT_WEAK", "LACK", "CASE", "RECORDS",
                            "RESULT", "NOTED", "PATIENT_SUBJECT", "GUIDE", "LITERATURE", "APPLIES", "HISTORY_WEAK",
                            "LIST_ENTRY", "DEFINITION", "REQUEST_REF")
    assert shipped.coef.shape == (5, 384 + 19) and shipped.intercept.shape == (5,)
    assert shipped.neighbour_bonus == 0.3


def test_only_an_encoder_of_the_same_model_and_dimension_gets_the_classifier(fake_encoder) -> None:
    assert classifier_for(SmallEncoder()) is None  # the model's name, another dimension
    assert classifier_for(fake_encoder) is None  # 384 dimensions, another model

    class TorchMiniLM:
        name, dim = f"{MINILM} (torch cpu fp32)", 384

    assert classifier_for(TorchMiniLM()) is load()  # any backend of the same model


def test_an_encoder_of_another_dimension_labels_open_sentences_with_the_prototypes() -> None:
    encoder = SmallEncoder()
    texts = ["MTUS recommends up to 10 visits.", "Swimming loosens stiff joints."]
    assert [rule_role(t) for t in texts] == ["guideline", None]
    (roles,) = sentence_roles([texts], encoder)
    assert encoder.texts == PROTOTYPE_COUNT + 1  # the prototypes, then the one open sentence
    assert roles[0] == "guideline" and roles[1] in ROLES


def test_a_weights_file_that_does_not_fit_this_code_is_not_loaded(tmp_path) -> None:
    def write(name: str, **changes) -> object:
        fields = dict(roles=ROLES, model=MINILM, dim=2, cues=("PAST",), neighbour_bonus=0.1,
                      coef=np.zeros((5, 3)), intercept=np.zeros(5))
        save(tmp_path / name, RoleClassifier(**{**fields, **changes}))
        return load(tmp_path / name)

    good = write("good.npz")
    assert good is not None and good.cues == ("PAST",) and good.neighbour_bonus == pytest.approx(0.1)
    assert write("cue.npz", cues=("NO_SUCH_CUE",)) is None
    assert write("shape.npz", coef=np.zeros((5, 4))) is None
    assert write("roles.npz", roles=("finding", "guideline", "conclusion", "history", "remark")) is None
    assert load(tmp_path / "absent.npz") is None


# -- with the real model -------------------------------------------------------------------------------
GUIDELINE = [
    "Muscle relaxants show no benefit beyond NSAIDs in pain and overall improvement.",
    "Imaging findings of disc bulges are common in people without symptoms.",
    "Tolerance develops with long-term use of benzodiazepines.",
    "Chronic pain programs combine exercise, education and psychological support.",
    "Acupuncture works best alongside an active exercise program.",
    "Custom orthotics help some people with plantar fasciitis.",
]
FINDING_IN_CONTEXT = [
    "Work status remains temporarily totally disabled.",
    "An MRI of the shoulder from last year showed a partial thickness tear of the supraspinatus.",
    "Electrodiagnostic studies from June showed mild carpal tunnel syndrome on the right.",
]
BEFORE = "The injured worker has used Norco since 2014."
AFTER = "There was no documentation of objective functional improvement."


@pytest.mark.slow
def test_open_sentences_in_reviewers_language_get_their_role_from_the_classifier(real_encoder) -> None:
    assert classifier_for(real_encoder) is load()
    assert [rule_role(t) for t in GUIDELINE + FINDING_IN_CONTEXT] == [None] * 9
    assert [roles[0] for roles in sentence_roles([[t] for t in GUIDELINE], real_encoder)] == ["guideline"] * 6
    # the prototypes took the disc-bulge sentence for a finding
    assert ROLES[int(role_scores(GUIDELINE[1:2], real_encoder)[0].argmax())] == "finding"
    # a finding without cue phrases, alone, and among the patient's findings (the neighbour bonus)
    assert sentence_roles([["Range of motion of the cervical spine was reduced in all planes."]], real_encoder) == [
        ["finding"]]
    items = [[BEFORE, t, AFTER] for t in FINDING_IN_CONTEXT]
    assert [roles[1] for roles in sentence_roles(items, real_encoder)] == ["finding"] * 3
    assert [roles[0] for roles in sentence_roles([[t] for t in FINDING_IN_CONTEXT], real_encoder)] == [
        "history", "history", "guideline"]  # alone, the classifier misses them: a known weakness
