"""Sentence-role and reason-code metrics against the hand-corrected gold (eval/gold/roles.jsonl).

Metrics (pure functions, tests/eval/test_labels.py):
- `role_accuracy`: over every gold sentence of the items given, the share whose predicted role
  equals the gold role. A predicted sentence is aligned to a gold sentence of the same item by
  whitespace-normalised text (each predicted sentence used once, in order); a gold sentence with
  no predicted sentence of the same text counts wrong. Predicted sentences that align with no gold
  sentence are not counted. 0.0 when there is no gold sentence.
- `reason_scores`: reason-code precision, recall and F1, micro-averaged over items: a code counts
  once per item; tp = codes in both, fp = predicted only, fn = gold only. Precision (recall) is 0.0
  when nothing is predicted (in the gold); F1 is 0.0 when both are 0.

`PYTHONPATH=. python -m eval.labels [--split tune|test|all]` parses the real letters (their PDFs,
with our parser), labels them with the real encoder (`indexer.embed.load_encoder` with default
settings) and prints the numbers for each half of eval/split.json.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from indexer.sentences import normalise

GOLD = Path(__file__).resolve().parent / "gold" / "roles.jsonl"
SPLIT = Path(__file__).resolve().parent / "split.json"
REAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dwc-imr-2016-2017"

ItemKey = tuple[str, int]  # (case number, 1-based item index)
Labelled = Sequence[tuple[str, str]]  # (sentence text, role)


def role_accuracy(gold: Mapping[ItemKey, Labelled], predicted: Mapping[ItemKey, Labelled]) -> float:
    """Share of gold sentences whose aligned predicted sentence has the gold role."""
    correct = total = 0
    for key, gold_sentences in gold.items():
        pool: dict[str, list[str]] = defaultdict(list)
        for text, role in predicted.get(key, ()):
            pool[normalise(text)].append(role)
        for text, role in gold_sentences:
            total += 1
            roles = pool.get(normalise(text))
            if roles:
                correct += roles.pop(0) == role
    return correct / total if total else 0.0


def reason_scores(gold: Mapping[ItemKey, Iterable[str]], predicted: Mapping[ItemKey, Iterable[str]]) -> dict[str, float]:
    """Micro precision, recall and F1 of reason codes over the gold items (plus tp, fp, fn)."""
    tp = fp = fn = 0
    for key, gold_codes in gold.items():
        want, got = set(gold_codes), set(predicted.get(key, ()))
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def read_gold(path: Path = GOLD) -> dict[ItemKey, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(row["case_number"], row["item_index"]): row for row in rows}


def halves(path: Path = SPLIT) -> dict[str, set[str]]:
    split = json.loads(path.read_text(encoding="utf-8"))
    return {"tune": set(split["tune"]), "test": set(split["test"])}


def predict(letters: Iterable, encoder) -> tuple[dict[ItemKey, Labelled], dict[ItemKey, set[str]]]:
    """Roles and reason codes the indexer gives every item of `letters` (parsed Letter objects)."""
    from indexer.reasons import code_reasons
    from indexer.roles import label_letters

    roles: dict[ItemKey, Labelled] = {}
    codes: dict[ItemKey, set[str]] = {}
    for letter in label_letters(list(letters), encoder):
        for item in letter.items:
            key = (letter.case_number, item.index)
            roles[key] = [(letter.text[s.span[0] : s.span[1]], s.role) for s in item.sentences]
            codes[key] = {reason.code for reason in code_reasons(letter, item)}
    return roles, codes


def scores(gold: Mapping[ItemKey, dict], roles: Mapping[ItemKey, Labelled], codes: Mapping[ItemKey, set[str]],
           cases: set[str]) -> dict[str, float]:
    """Role accuracy and reason P/R/F1 on the gold items of `cases`."""
    keys = [k for k in gold if k[0] in cases]
    gold_roles = {k: [(s["text"], s["role"]) for s in gold[k]["sentences"]] for k in keys}
    gold_codes = {k: [r["code"] for r in gold[k]["reasons"]] for k in keys}
    out = {"items": len(keys), "sentences": sum(len(v) for v in gold_roles.values())}
    out["role_accuracy"] = role_accuracy(gold_roles, roles)
    out.update({f"reason_{m}": v for m, v in reason_scores(gold_codes, codes).items()})
    return out


def evaluate(real: Path = REAL, encoder=None) -> dict[str, dict[str, float]]:
    """Parse the real letters, label them, and score each half (and all) against the gold."""
    from indexer.prepare import load_letter

    if encoder is None:
        from indexer.embed import load_encoder
        from indexer.settings import Settings

        encoder = load_encoder(Settings.from_env({}))
    gold = read_gold()
    letters = [load_letter(real / "pdf" / f"{case}.pdf") for case in sorted({k[0] for k in gold})]
    roles, codes = predict(letters, encoder)
    parts = halves()
    parts["all"] = parts["tune"] | parts["test"]
    return {name: scores(gold, roles, codes, cases) for name, cases in parts.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.labels", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "test", "all"], default="all",
                        help="which half of eval/split.json to report (all: both halves and the whole)")
    args = parser.parse_args(argv)
    if not (REAL / "pdf").is_dir():
        raise SystemExit(f"{REAL} not found: the label metrics need ../shared/corpus beside the checkout")
    results = evaluate()
    names = ["tune", "test", "all"] if args.split == "all" else [args.split]
    print(f"{'half':<6} {'items':>5} {'sents':>5} {'role acc':>8} {'reason P':>8} {'reason R':>8} {'reason F1':>9}")
    for name in names:
        r = results[name]
        print(f"{name:<6} {r['items']:>5} {r['sentences']:>5} {r['role_accuracy']:>8.3f} {r['reason_precision']:>8.3f} "
              f"{r['reason_recall']:>8.3f} {r['reason_f1']:>9.3f}")


if __name__ == "__main__":
    main()
