"""The learned role classifier for the sentences that the rules (indexer.roles.rule_role) leave open.

A multinomial logistic regression over the sentence's embedding and reviewer cue flags (whether
each of some patterns of indexer.role_cues occurs, named with the weights): the probability of
each role. The cues that decide a role never occur in an open sentence, so their weights tell
the classifier what a sentence without them tends to be. It was fitted by `python -m
eval.role_model` on the gold roles of the tune half's letters (eval/gold/roles.jsonl,
eval/split.json), with indexer.roles.PROTOTYPES as extra examples, and ships as
indexer/role_model.npz: numbers only (coef, intercept, the role order, the encoder's model name
and dimension, the cue names and the neighbour bonus that the training's cross-validation chose,
plus how it was trained), no letter text. Retrain with that command after changing the gold, the
cues, the prototypes or the encoder.

The weights mean something only for the embeddings they were fitted on: `classifier_for` returns
the classifier for an encoder of the same model (its name before " (backend)") and dimension, and
None for any other (another model, the unit tests' FakeEncoder), for which indexer.roles keeps
its prototypes.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import get_args

import msgspec
import numpy as np

from indexer import role_cues as cue
from indexer.model import Role

WEIGHTS = Path(__file__).with_name("role_model.npz")


class RoleClassifier(msgspec.Struct, frozen=True, kw_only=True):
    """Fitted weights: `coef` (roles x features), `intercept` (roles), features = vector + cue flags."""

    roles: tuple[str, ...]
    model: str  # the encoder's model name, e.g. "sentence-transformers/all-MiniLM-L6-v2"
    dim: int
    cues: tuple[str, ...]
    neighbour_bonus: float
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """(len(texts), len(roles)) role probabilities of each text, given its embedding."""
        logits = features(texts, vectors, self.cues) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        odds = np.exp(logits)
        return odds / odds.sum(axis=1, keepdims=True)


def cue_flags(texts: list[str], cues: tuple[str, ...]) -> np.ndarray:
    """(len(texts), len(cues)) 1.0 where the cue's pattern occurs (author-year citations removed)."""
    patterns = [getattr(cue, name) for name in cues]
    stripped = [cue.BRACKETED.sub(" ", t) for t in texts]
    return np.array([[1.0 if p.search(t) else 0.0 for p in patterns] for t in stripped], dtype=np.float64).reshape(
        len(texts), len(cues))


def features(texts: list[str], vectors: np.ndarray, cues: tuple[str, ...]) -> np.ndarray:
    """The classifier's input: each text's embedding, then its cue flags."""
    return np.hstack([np.asarray(vectors, dtype=np.float64), cue_flags(texts, cues)])


def model_name(encoder) -> str:
    """The encoder's model without its backend: "m (onnx int8)" -> "m"."""
    return str(getattr(encoder, "name", "")).split(" (")[0]


def load(path: Path = WEIGHTS) -> RoleClassifier | None:
    """The shipped classifier (read once per path), or None when the file is absent or does not fit
    this code (roles, cues, shape)."""
    return _load(Path(path).resolve())


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> RoleClassifier | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        out = RoleClassifier(
            roles=tuple(str(r) for r in data["roles"]), model=str(data["model"]), dim=int(data["dim"]),
            cues=tuple(str(c) for c in data["cues"]), neighbour_bonus=float(data["neighbour_bonus"]),
            coef=np.asarray(data["coef"], dtype=np.float64), intercept=np.asarray(data["intercept"], dtype=np.float64),
        )
    fits = set(out.roles) == set(get_args(Role)) and set(out.cues) <= set(dir(cue))
    if not fits or out.coef.shape != (len(out.roles), out.dim + len(out.cues)):
        return None
    return out


def classifier_for(encoder, path: Path = WEIGHTS) -> RoleClassifier | None:
    """The classifier if it was fitted on this encoder's model and dimension, else None."""
    found = load(path)
    if found is None or model_name(encoder) != found.model or int(getattr(encoder, "dim", -1)) != found.dim:
        return None
    return found


def save(path: Path, classifier: RoleClassifier, **provenance: str | float) -> None:
    """Write the weights (numbers and names only) for `load`, and how they were made (`provenance`:
    the encoder's full name, the training settings), which `load` does not need."""
    np.savez(
        path, **{key: np.array(value) for key, value in provenance.items()}, roles=np.array(classifier.roles),
        model=np.array(classifier.model), dim=np.array(classifier.dim), cues=np.array(classifier.cues),
        neighbour_bonus=np.array(classifier.neighbour_bonus), coef=classifier.coef.astype(np.float32),
        intercept=classifier.intercept.astype(np.float32),
    )
