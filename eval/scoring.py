"""Score one system's outcome for one question: which metrics apply to which question kind.

- Retrieval (hit@1..10, mrr@10, ndcg@10) on questions that name items to find: case, patient,
  paraphrase and topic; precision@5 on topic questions only (one-item questions cap it at 0.2).
  Aggregate questions are scored on their count, not their ranking.
- For systems that answer (imr): decision accuracy (the decision the answer states, see
  metrics.stated_decision) on answerable non-aggregate questions; aggregate exactness
  (answer.count[expected_decision] == expected_count); abstention on unanswerable questions;
  `answered` (did not abstain) on answerable ones; citation validity, precision and recall on
  every answer that did not abstain.
- Baselines never abstain: abstention is 0.0 on every unanswerable question.
A system error for a question scores every metric that applies as 0.0.
"""

from __future__ import annotations

from collections.abc import Callable

from eval.metrics import (
    abstention,
    aggregate_exact,
    citation_precision_recall,
    citation_validity,
    retrieval_scores,
    stated_decision,
)
from eval.questions import Question
from eval.systems import Outcome
from indexer.model import Letter

RETRIEVAL_KINDS = frozenset({"case", "patient", "paraphrase", "topic"})
LetterLookup = Callable[[str], Letter | None]


def score(question: Question, outcome: Outcome, *, answers: bool, letter: LetterLookup) -> dict[str, float | None]:
    scores: dict[str, float | None] = {}
    if question.kind in RETRIEVAL_KINDS and question.gold:
        scores.update(retrieval_scores(outcome.ranked, question.gold))
        if question.kind != "topic":
            scores.pop("precision@5", None)
    if not answers:
        if not question.answerable:
            scores["abstention"] = 0.0
        return scores
    scores.update(_answer_scores(question, outcome, letter))
    return scores


def _answer_scores(question: Question, outcome: Outcome, letter: LetterLookup) -> dict[str, float | None]:
    answer = outcome.answer
    abstained = bool(answer and answer.abstained)
    scores: dict[str, float | None] = {}
    if not question.answerable:
        scores["abstention"] = abstention(abstained, answerable=False) if answer else 0.0
        return scores
    scores["answered"] = float(answer is not None and not abstained)
    if question.kind == "aggregate":
        counts = answer.count if answer else None
        predicted = counts.get(question.expected_decision or "", 0) if counts else None
        scores["aggregate_exact"] = aggregate_exact(predicted, question.expected_count or 0)
    elif question.expected_decision:
        stated = stated_decision(answer) if answer else None
        scores["decision_accuracy"] = float(stated == question.expected_decision)
    if answer is None:
        scores.update(citation_validity=0.0, citation_precision=0.0, citation_recall=0.0)
    elif not abstained:
        texts, starts = _letters_cited(answer, letter)
        scores["citation_validity"] = citation_validity(answer, texts, starts)
        precision, recall = citation_precision_recall(answer, texts)
        scores["citation_precision"], scores["citation_recall"] = precision, recall
    return scores


def _letters_cited(answer, letter: LetterLookup) -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    texts: dict[str, str] = {}
    starts: dict[str, tuple[int, ...]] = {}
    for case_number in {c.case_number for c in answer.citations}:
        found = letter(case_number)
        if found is not None:
            texts[case_number] = found.text
            starts[case_number] = tuple(found.page_starts)
    return texts, starts
