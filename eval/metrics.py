"""Scoring functions: pure, each checked against tiny hand-computed cases (tests/eval/test_metrics.py).

Retrieval metrics take `ranked`: identifiers of what the system returned, best first, as
(case_number, request) pairs, and `gold`: the pairs that answer the question. A returned item
matches a gold item when the case numbers are equal and the requests are equal after whitespace
normalisation and case folding. Relevance is binary; a gold item counts once, at its first rank.
With an empty gold set every retrieval metric is 0.0 (ranx's convention); the runner does not
score retrieval for questions without gold.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eval.decisions import decision_score, decisions_in, says_case_lacks, says_not_found, stated_decisions
from eval.reasons import quotes_per_answer, reason_quoted, topic_reasons
from eval.support import citation_independent, citation_precision_recall, citation_validity

__all__ = [
    "abstention", "aggregate_exact", "citation_independent", "citation_precision_recall", "citation_validity",
    "decision_accuracy", "decision_score", "decisions_in", "first_item_right", "hit_at_k", "item_key", "mrr_at_k",
    "ndcg_at_k", "one_patient", "precision_at_k", "quotes_per_answer", "reason_quoted", "retrieval_scores",
    "says_case_lacks", "says_not_found", "stated_decision", "stated_decisions", "summarise", "topic_reasons",
]

ItemKey = tuple[str, str]


def item_key(case_number: str, request: str) -> ItemKey:
    """The identity used to match a returned item to a gold item."""
    return (case_number.strip(), " ".join(request.split()).casefold())


def _relevance(ranked: Sequence[tuple[str, str]], gold: Iterable[tuple[str, str]], k: int) -> list[int]:
    """1/0 per rank in the top k; a gold item already seen higher up counts 0."""
    wanted = {item_key(*g) for g in gold}
    seen: set[ItemKey] = set()
    rels = []
    for pair in ranked[:k]:
        key = item_key(*pair)
        rels.append(int(key in wanted and key not in seen))
        seen.add(key)
    return rels


def hit_at_k(ranked: Sequence[tuple[str, str]], gold: Iterable[tuple[str, str]], k: int) -> float:
    """1.0 when any gold item is in the top k, else 0.0."""
    return float(any(_relevance(ranked, gold, k)))


def mrr_at_k(ranked: Sequence[tuple[str, str]], gold: Iterable[tuple[str, str]], k: int = 10) -> float:
    """Reciprocal rank of the first gold item in the top k (0.0 when none)."""
    for rank, rel in enumerate(_relevance(ranked, gold, k), start=1):
        if rel:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(ranked: Sequence[tuple[str, str]], gold: Iterable[tuple[str, str]], k: int = 10) -> float:
    """Binary nDCG: sum of 1/log2(rank+1) over gold hits, over the same for an ideal ranking."""
    gold = list(gold)
    n_gold = len({item_key(*g) for g in gold})
    if n_gold == 0:
        return 0.0
    dcg = sum(rel / math.log2(rank + 1) for rank, rel in enumerate(_relevance(ranked, gold, k), start=1))
    idcg = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(n_gold, k) + 1))
    return dcg / idcg


def precision_at_k(ranked: Sequence[tuple[str, str]], gold: Iterable[tuple[str, str]], k: int) -> float:
    """Gold items in the top k, over k (a short list is not padded: missing ranks count 0)."""
    return sum(_relevance(ranked, gold, k)) / k


def retrieval_scores(
    ranked: Sequence[tuple[str, str]], gold: Sequence[tuple[str, str]], max_k: int = 10
) -> dict[str, float]:
    """The retrieval metrics the report shows: hit@1..max_k, mrr@10, ndcg@10, precision@5.

    Empty when `gold` is empty (nothing to retrieve).
    """
    if not gold:
        return {}
    scores = {f"hit@{k}": hit_at_k(ranked, gold, k) for k in range(1, max_k + 1)}
    scores["mrr@10"] = mrr_at_k(ranked, gold, 10)
    scores["ndcg@10"] = ndcg_at_k(ranked, gold, 10)
    scores["precision@5"] = precision_at_k(ranked, gold, 5)
    return scores


def _norm_decision(value: str | None) -> str | None:
    return value.strip().casefold() if value else None


def decision_accuracy(answers: Sequence[str | None], expected: Sequence[str | None]) -> float | None:
    """Share of questions with an expected decision whose stated decision equals it.

    `answers[i]` is the decision the system stated for question i ("Upheld", "Overturned" or None
    when it stated none); pairs whose expected decision is None are not scored. None when no pair
    is scored.
    """
    if len(answers) != len(expected):
        raise ValueError(f"{len(answers)} answers but {len(expected)} expected decisions")
    pairs = [(_norm_decision(a), _norm_decision(e)) for a, e in zip(answers, expected) if e]
    if not pairs:
        return None
    return sum(a == e for a, e in pairs) / len(pairs)


def stated_decision(answer: Any) -> str | None:
    """The decision an Answer's METADATA gives: its first citation's, else its first hit's; None if
    abstained. Scored as `decision_meta`, beside `decision_accuracy`, which reads the answer's text
    (eval/decisions.py): metadata can be right while the text states the wrong decision."""
    if getattr(answer, "abstained", False):
        return None
    for source in (answer.citations, answer.hits):
        for entry in source:
            if entry.decision:
                return entry.decision
    return None


def first_item_right(first: tuple[str, str] | None, gold: Iterable[tuple[str, str]]) -> float:
    """1.0 when the first item a system gives (its answer's first cited item, or its first hit) is gold."""
    return float(first is not None and item_key(*first) in {item_key(*g) for g in gold})


_CASE_NUMBER = re.compile(r"\bCM\d{2}-\d{7}\b")


def one_patient(text: str, cited_cases: Iterable[str], gold_cases: Iterable[str]) -> float:
    """1.0 when every case the answer cites or names is a gold case (no other patient), else 0.0."""
    wanted = set(gold_cases)
    return float(set(cited_cases) <= wanted and set(_CASE_NUMBER.findall(text)) <= wanted)


def aggregate_exact(predicted_count: int | None, expected_count: int) -> float:
    """1.0 when the count is exactly right, else 0.0 (no count at all is wrong)."""
    return float(predicted_count is not None and int(predicted_count) == int(expected_count))


def abstention(answer_abstained: bool, answerable: bool) -> float:
    """1.0 when the system abstained exactly on the unanswerable question, else 0.0."""
    return float(bool(answer_abstained) == (not answerable))


def summarise(per_question_scores: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Means by kind and overall, each with its count.

    Each entry is `{"id": ..., "kind": ..., "scores": {metric: float | None}}`; a None (or missing)
    metric is not scored for that question and does not count in n. Returns
    `{"n": N, "overall": {metric: {"mean": m, "n": n}},
    "by_kind": {kind: {"n": N_kind, "metrics": {metric: {"mean": m, "n": n}}}}}`.
    """
    overall: dict[str, list[float]] = defaultdict(list)
    by_kind: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    questions_by_kind: dict[str, int] = defaultdict(int)
    total = 0
    for entry in per_question_scores:
        total += 1
        kind = str(entry.get("kind", ""))
        questions_by_kind[kind] += 1
        for metric, value in (entry.get("scores") or {}).items():
            if value is None:
                continue
            overall[metric].append(float(value))
            by_kind[kind][metric].append(float(value))

    def means(values: Mapping[str, list[float]]) -> dict[str, dict[str, float | int]]:
        return {m: {"mean": sum(v) / len(v), "n": len(v)} for m, v in sorted(values.items())}

    return {
        "n": total,
        "overall": means(overall),
        "by_kind": {
            kind: {"n": questions_by_kind[kind], "metrics": means(by_kind.get(kind, {}))}
            for kind in sorted(questions_by_kind)
        },
    }
