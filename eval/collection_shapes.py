"""Answer shapes for the collection gold: counts, rates, comparisons, top-N, per-letter, by month.

Each function takes a rule (a predicate over reference items, from eval/collection_rules.py) and
returns a `compute(items) -> (answer, items behind it)`. Shares are rounded to 3 decimals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from eval import collection_rules as r
from eval.collection_rules import RefItem

Pred = Callable[[RefItem], bool]
Compute = Callable[[list[RefItem]], tuple[dict, list[RefItem]]]


def share(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


def upheld(item: RefItem) -> bool:
    return not item.overturned


def count(pred: Pred) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        chosen = [i for i in items if pred(i)]
        return {"value": len(chosen)}, chosen
    return compute


def rate(pred: Pred, num: Pred = lambda i: i.overturned) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        base = [i for i in items if pred(i)]
        hits = [i for i in base if num(i)]
        return {"value": share(len(hits), len(base))}, hits
    return compute


def compare(groups: dict[str, Pred], num: Pred = lambda i: i.overturned) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        rows, hits = [], []
        for label, pred in groups.items():
            base = [i for i in items if pred(i)]
            rows.append([label, share(sum(num(i) for i in base), len(base))])
            hits += [i for i in base if num(i) and i not in hits]
        return {"rows": rows}, hits
    return compute


def top(labels: Callable[[RefItem], list[str]], pred: Pred = lambda i: True, n: int = 1) -> Compute:
    """The most frequent label(s) over matching items (ties broken alphabetically)."""
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        chosen = [i for i in items if pred(i)]
        counts = Counter(label for i in chosen for label in dict.fromkeys(labels(i)))
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        behind = [i for i in chosen if ranked[0][0] in labels(i)]
        if n == 1:
            return {"label": ranked[0][0]}, behind
        return {"rows": [[label, c] for label, c in ranked]}, behind
    return compute


def monthly(pred: Pred = lambda i: True, num: Pred | None = None, per_letter: bool = False) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        rows = []
        for month in sorted({i.month for i in items}):
            base = [i for i in items if i.month == month and pred(i)]
            if per_letter:
                rows.append([month, len({i.case for i in base})])
            elif num is None:
                rows.append([month, len(base)])
            else:
                rows.append([month, share(sum(num(i) for i in base), len(base))])
        return {"rows": rows}, []
    return compute


def letters_where(test: Callable[[list[RefItem]], bool], behind: Pred = lambda i: True) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        chosen = [ls for ls in r.letters(items).values() if test(ls)]
        return {"value": len(chosen)}, [i for ls in chosen for i in ls if behind(i)]
    return compute


def per_letter_mean(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
    return {"value": share(len(items), len(r.letters(items)))}, []


def letter_rate(test: Callable[[RefItem], bool]) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        firsts = [ls[0] for ls in r.letters(items).values()]
        return {"value": share(sum(test(i) for i in firsts), len(firsts))}, []
    return compute


def letter_count(test: Callable[[RefItem], bool]) -> Compute:
    def compute(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
        return {"value": sum(test(ls[0]) for ls in r.letters(items).values())}, []
    return compute


def most_items(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
    groups = r.letters(items)
    most = max(len(ls) for ls in groups.values())
    rows = sorted([case, len(ls)] for case, ls in groups.items() if len(ls) == most)
    return {"rows": rows}, [i for case, _ in rows for i in groups[case]]


def top_specialty(items: list[RefItem]) -> tuple[dict, list[RefItem]]:
    counts = Counter(s for ls in r.letters(items).values() for s in ls[0].specialties)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return {"rows": [[s, c] for s, c in ranked]}, []
