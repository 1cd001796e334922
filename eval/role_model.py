"""Train the role classifier for open sentences (indexer.role_classifier) on the tune half's gold.

`PYTHONPATH=. python -m eval.role_model [--out indexer/role_model.npz]` reads the gold roles of the
tune letters only (eval/gold/roles.jsonl, eval/split.json: the test half is never read), embeds
every sentence with the default encoder (`indexer.embed.load_encoder(Settings.from_env({}))`) and
fits a multinomial logistic regression (scikit-learn, used here only) on all of them, since the
rules leave too few open to learn from alone.

Its settings come from 5-fold cross-validation grouped by letter within the tune half. Each
candidate (`Candidate`: which cue flags beside the embedding; regularisation C; the weight of the
sentences the rules leave open; whether the hand-written prototypes of indexer.roles join the
training sentences; the bonus per decided neighbour) is scored on the held-out letters by
(1) role accuracy with the rules first and the classifier on the open sentences, then (2) the
classifier's accuracy on the "cueless" held-out sentences, in which no deciding cue occurs, as
if the rules had left them open: like the open sentences of letters the rules were not written
on, and six times as many as the tune half's open ones (22). The first candidate in GRID order
with the best (1, 2) wins. The prototypes (indexer.roles.PROTOTYPES, nearest-prototype scoring)
are scored the same way; the script prints every row and writes the winner's weights.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import msgspec
import numpy as np

from eval import labels
from indexer import roles as R
from indexer.role_classifier import WEIGHTS, RoleClassifier, cue_flags, features, model_name, save
from indexer.sentences import normalise

# Cue flags beside the embedding (names of indexer.role_cues patterns): none, those that can vary
# among open sentences, or also the cues that decide a role, absent from every open sentence
# (zeroed in the held-out sentences, see `cross_validate`).
OPEN_CUES = ("PAST", "NEGATED", "IF", "CONDITIONAL", "RULE", "PATIENT_WEAK", "LACK")
DECIDING_CUES = ("CASE", "RECORDS", "RESULT", "NOTED", "PATIENT_SUBJECT", "GUIDE", "LITERATURE", "APPLIES",
                 "HISTORY_WEAK", "LIST_ENTRY", "DEFINITION", "REQUEST_REF")
CUE_SETS = {"none": (), "open": OPEN_CUES, "all": OPEN_CUES + DECIDING_CUES}


class Candidate(msgspec.Struct, frozen=True):
    cues: str
    c: float
    open_weight: float
    prototypes: bool
    neighbour_bonus: float


GRID = [Candidate(*values) for values in itertools.product(
    tuple(CUE_SETS), (1.0, 3.0, 10.0, 30.0, 100.0), (1.0, 5.0), (False, True), (0.0, 0.05, 0.1, 0.2, 0.3, 0.5))]


class Sentences(msgspec.Struct, frozen=True):
    """Sentences flattened with their gold role index; for the tune gold also the letter, the rule
    role and the decided neighbours (as if the sentence itself were open)."""

    texts: list[str]
    gold: np.ndarray
    letters: np.ndarray
    rule: list[str | None]
    neighbours: list[list[str]]
    cueless: np.ndarray  # True where no deciding cue occurs: like the sentences the rules leave open


def tune_sentences(gold: dict | None = None, cases: set[str] | None = None) -> Sentences:
    gold = labels.read_gold() if gold is None else gold
    cases = labels.halves()["tune"] if cases is None else cases
    texts, roles, letters, rule, neighbours = [], [], [], [], []
    for key in sorted(k for k in gold if k[0] in cases):
        item = [normalise(s["text"]) for s in gold[key]["sentences"]]
        decided = [R.rule_role(t) for t in item]
        for i, text in enumerate(item):
            texts.append(text)
            roles.append(R.ROLES.index(gold[key]["sentences"][i]["role"]))
            letters.append(key[0])
            rule.append(decided[i])
            neighbours.append(R.decided_neighbours(decided[:i] + [None] + decided[i + 1 :], i))
    cueless = cue_flags(texts, DECIDING_CUES).sum(axis=1) == 0
    return Sentences(texts, np.array(roles), np.array(letters), rule, neighbours, cueless)


def prototype_sentences() -> tuple[list[str], np.ndarray]:
    texts = [t for texts in R.PROTOTYPES.values() for t in texts]
    return texts, np.array([R.ROLES.index(role) for role, texts in R.PROTOTYPES.items() for _ in texts])


def decide(data: Sentences, scores: np.ndarray, bonus: float) -> np.ndarray:
    """The role index each sentence gets from `scores` plus the neighbour bonus."""
    scores = np.array(scores, dtype=np.float64)
    for k, roles in enumerate(data.neighbours):
        for role in roles:
            scores[k, R.ROLES.index(role)] += bonus
    return scores.argmax(axis=1)


def measure(data: Sentences, predicted: np.ndarray) -> dict[str, float]:
    """Accuracy on the open sentences, with the rules first, and of the model alone on the cueless
    sentences (all of them, and their findings) and on every sentence."""
    is_open = np.array([r is None for r in data.rule])
    rules_first = np.array([p if r is None else R.ROLES.index(r) for p, r in zip(predicted, data.rule)])
    right = predicted == data.gold
    findings = data.cueless & (data.gold == R.ROLES.index("finding"))

    def share(mask: np.ndarray) -> float:
        return float(right[mask].mean()) if mask.any() else 0.0

    return {"open_right": int(right[is_open].sum()), "open": int(is_open.sum()),
            "rules_first": float((rules_first == data.gold).mean()), "cueless": share(data.cueless),
            "cueless_findings": share(findings), "model_all": share(np.ones(len(right), dtype=bool))}


def fit(data: Sentences, vectors: np.ndarray, cand: Candidate, protos: tuple[list[str], np.ndarray, np.ndarray],
        rows: np.ndarray | None = None):
    """Fit `cand` on the sentences `rows` (all by default), plus the prototypes if it says so."""
    from sklearn.linear_model import LogisticRegression

    rows = np.arange(len(data.texts)) if rows is None else rows
    cues = CUE_SETS[cand.cues]
    x = features([data.texts[k] for k in rows], vectors[rows], cues)
    y = data.gold[rows]
    weight = np.array([cand.open_weight if data.rule[k] is None else 1.0 for k in rows])
    if cand.prototypes:
        texts, gold, proto_vectors = protos
        x = np.vstack([x, features(texts, proto_vectors, cues)])
        y, weight = np.concatenate([y, gold]), np.concatenate([weight, np.ones(len(texts))])
    model = LogisticRegression(C=cand.c, max_iter=10000).fit(x, y, sample_weight=weight)
    return model, cues


def cross_validate(data: Sentences, vectors: np.ndarray, cand: Candidate, protos, folds: int = 5) -> np.ndarray:
    """Held-out role probabilities of every sentence, 5 folds grouped by letter. Each held-out
    sentence is seen as if the rules had left it open: without its deciding cues' flags."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros((len(data.texts), len(R.ROLES)))
    for train, held in GroupKFold(n_splits=folds).split(vectors, data.gold, data.letters):
        model, cues = fit(data, vectors, cand, protos, train)
        x = features([data.texts[k] for k in held], vectors[held], cues)
        x[:, [vectors.shape[1] + j for j, name in enumerate(cues) if name in DECIDING_CUES]] = 0.0
        out[np.ix_(held, model.classes_)] = model.predict_proba(x)
    return out


def choose(data: Sentences, vectors: np.ndarray, protos) -> tuple[Candidate, list[tuple[Candidate, dict]]]:
    table, probs = [], {}
    for cand in GRID:
        key = (cand.cues, cand.c, cand.open_weight, cand.prototypes)
        if key not in probs:
            probs[key] = cross_validate(data, vectors, cand, protos)
        table.append((cand, measure(data, decide(data, probs[key], cand.neighbour_bonus))))
    best = max(table, key=lambda row: (row[1]["rules_first"], row[1]["cueless"]))  # max keeps the first
    return best[0], table


def fitted(encoder, cand: Candidate, data: Sentences | None = None) -> RoleClassifier:
    """`cand` fitted on the whole tune half with `encoder`'s vectors."""
    data = tune_sentences() if data is None else data
    vectors = np.asarray(encoder.encode(data.texts), dtype=np.float64)
    texts, gold = prototype_sentences()
    model, cues = fit(data, vectors, cand, (texts, gold, np.asarray(encoder.encode(texts), dtype=np.float64)))
    coef = np.zeros((len(R.ROLES), model.coef_.shape[1]))
    intercept = np.full(len(R.ROLES), -1e3)  # a role absent from the training data is never chosen
    coef[model.classes_], intercept[model.classes_] = model.coef_, model.intercept_
    return RoleClassifier(roles=R.ROLES, model=model_name(encoder), dim=int(encoder.dim), cues=cues,
                          neighbour_bonus=cand.neighbour_bonus, coef=coef, intercept=intercept)


def train(encoder, out: Path = WEIGHTS) -> tuple[Candidate, list, dict]:
    """Cross-validate, fit the winner on the whole tune half and write it to `out`."""
    data = tune_sentences()
    vectors = np.asarray(encoder.encode(data.texts), dtype=np.float64)
    texts, gold = prototype_sentences()
    protos = (texts, gold, np.asarray(encoder.encode(texts), dtype=np.float64))
    baseline = measure(data, decide(data, R.role_scores(data.texts, encoder), R.NEIGHBOUR_BONUS))
    best, table = choose(data, vectors, protos)
    save(out, fitted(encoder, best, data), encoder=encoder.name, c=best.c, open_weight=best.open_weight,
         prototypes=best.prototypes, trained_on="tune half of eval/split.json")
    return best, table, baseline


def main(argv: list[str] | None = None) -> None:
    from indexer.embed import load_encoder
    from indexer.settings import Settings

    parser = argparse.ArgumentParser(prog="python -m eval.role_model", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where to write the weights (default: %(default)s)")
    args = parser.parse_args(argv)
    encoder = load_encoder(Settings.from_env({}))
    best, table, baseline = train(encoder, args.out)

    def row(name: str, m: dict) -> str:
        return (f"{name:<34} {m['open_right']:>3}/{m['open']:<3} {m['rules_first']:>11.4f} {m['cueless']:>7.3f} "
                f"{m['cueless_findings']:>8.3f} {m['model_all']:>9.3f}")

    print(f"tune half, 5-fold CV by letter, encoder {encoder.name}")
    print(f"{'candidate':<34} {'open':>7} {'rules first':>11} {'cueless':>7} {'findings':>8} {'model all':>9}")
    print(row("prototypes (indexer.roles)", baseline))
    for cand, m in table:
        name = f"cues={cand.cues} C={cand.c:g} w={cand.open_weight:g} p={int(cand.prototypes)}"
        name += f" b={cand.neighbour_bonus:g}"
        print(row(name, m))
    print(f"chosen: {best}; weights written to {args.out}")


if __name__ == "__main__":
    main()
