"""Score one system's outcome for one question: which metrics apply to which question.

Every system (imr and the baselines):
- retrieval (hit@1..10, mrr@10, ndcg@10) on questions whose gold is items to find (expect item,
  items or pattern); precision@5 only when several items are expected (items, pattern);
- `natural_right` on natural questions: the first item given (the answer's first cited item, or
  the first hit) is gold; for not_found, the answer abstains or says nothing was found; for
  case_lacks, it says the named case lacks the treatment (baselines cannot: 0.0);
- `abstention` on questions nothing answers (unanswerable, absent): abstained or said "not found"
  (baselines never abstain: 0.0).
Systems that answer (imr) also get, on answerable questions:
- `answered` (did not abstain); `aggregate_exact` on counting questions; `collection_exact` on
  collection questions (eval/collection_score.py: the answer's table against the exact gold);
- `decision_accuracy`: what the answer TEXT says about the gold item (eval/decisions.py) on
  one-item questions with a gold decision; `decision_meta`, the old metadata reading, beside it;
- `one_patient`: one-item questions about one letter: every case the answer cites or names is gold;
- `quotes_per_answer` on one-item answers; `reason_quoted` on why-questions about one item (case,
  patient, natural) whose gold item has finding sentences; `topic_reasons` on topic and natural
  pattern questions (eval/reasons.py);
- on every answer that did not abstain: citation validity (the system's own text), independence
  (text the system did not make), precision and recall.
A system error for a question scores every metric that applies as 0.0.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from eval.collection_score import collection_exact
from eval.metrics import (
    abstention,
    aggregate_exact,
    citation_independent,
    citation_precision_recall,
    citation_validity,
    decision_score,
    first_item_right,
    item_key,
    one_patient,
    quotes_per_answer,
    reason_quoted,
    retrieval_scores,
    says_case_lacks,
    says_not_found,
    stated_decision,
    stated_decisions,
    topic_reasons,
)
from eval.questions import Question
from eval.systems import Outcome

LetterLookup = Callable[[str], Any]  # case number -> Letter (the system's own parse) or None
Findings = Callable[[str, str], "list[str] | None"]  # (case, request) -> gold finding sentences
RANKED_EXPECT = frozenset({"item", "items", "pattern"})
WHY_KINDS = frozenset({"case", "patient", "natural"})
_CASE = re.compile(r"\bCM\d{2}-\d{7}\b", re.IGNORECASE)  # "cm16-0234464", as a user may type it


class Evidence:
    """What scoring needs besides the outcome: independent texts and the roles gold."""

    def __init__(self, independent: Mapping[str, Sequence[str]] | None = None, findings: Findings | None = None) -> None:
        self.independent = independent or {}
        self.findings = findings or (lambda case, request: None)


NO_EVIDENCE = Evidence()


def score(question: Question, outcome: Outcome, *, answers: bool, letter: LetterLookup,
          evidence: Evidence = NO_EVIDENCE) -> dict[str, float | None]:
    scores: dict[str, float | None] = {}
    if question.expect in RANKED_EXPECT and question.gold:
        scores.update(retrieval_scores(outcome.ranked, question.gold))
        if question.expect == "item":
            scores.pop("precision@5", None)
    if not answers:
        if question.kind == "natural":
            first = outcome.ranked[0] if outcome.ranked else None
            right = first_item_right(first, question.gold) if question.expect in RANKED_EXPECT else 0.0
            scores["natural_right"] = right
        if not question.answerable and question.kind != "natural":
            scores["abstention"] = 0.0
        return scores
    scores.update(_answer_scores(question, outcome, letter, evidence))
    return scores


def _single_letter(question: Question) -> bool:
    return question.expect == "item" and bool(question.gold) and len({g[0] for g in question.gold}) == 1


def _answer_scores(question: Question, outcome: Outcome, letter: LetterLookup, evidence: Evidence) -> dict[str, float | None]:
    answer = outcome.answer
    abstained = bool(answer and answer.abstained)
    text = answer.answer if answer else ""
    scores: dict[str, float | None] = {}
    if question.kind == "natural":
        scores["natural_right"] = _natural_right(question, answer)
    if not question.answerable:
        if question.kind != "natural":
            scores["abstention"] = abstention(abstained or says_not_found(text), answerable=False) if answer else 0.0
        return scores
    scores["answered"] = float(answer is not None and not abstained)
    citations = answer.citations if answer else ()
    if question.kind == "collection":
        scores["collection_exact"] = collection_exact(answer.table if answer else None, question.expected_answer or {},
                                                      question.shape)
    elif question.expect == "count":
        counts = answer.count if answer else None
        predicted = counts.get(question.expected_decision or "", 0) if counts else None
        scores["aggregate_exact"] = aggregate_exact(predicted, question.expected_count or 0)
    elif question.expected_decision and _single_letter(question):
        stated = stated_decisions(text, [(c.n, c.case_number, c.request) for c in citations], question.gold)
        scores["decision_accuracy"] = decision_score(stated, question.expected_decision) if not abstained else 0.0
        meta = stated_decision(answer) if answer else None
        scores["decision_meta"] = float(meta == question.expected_decision)
    if _single_letter(question) and answer is not None and not abstained:
        scores["one_patient"] = one_patient(text, [c.case_number for c in citations], [g[0] for g in question.gold])
        scores["quotes_per_answer"] = float(quotes_per_answer(c.quote for c in citations))
    scores.update(_reason_scores(question, citations, evidence))
    if answer is None:
        scores.update(citation_validity=0.0, citation_independent=0.0, citation_precision=0.0, citation_recall=0.0)
    elif not abstained:
        texts, starts = _letters_cited(answer, letter)
        scores["citation_validity"] = citation_validity(answer, texts, starts)
        scores["citation_independent"] = citation_independent(answer, evidence.independent)
        precision, recall = citation_precision_recall(answer, texts)
        scores["citation_precision"], scores["citation_recall"] = precision, recall
    return scores


def _natural_right(question: Question, answer: Any) -> float:
    if answer is None:
        return 0.0
    text = answer.answer
    if question.expect == "not_found":
        return float(answer.abstained or says_not_found(text))
    if question.expect == "case_lacks":
        cases = {c.upper() for c in _CASE.findall(question.question)} | {g[0] for g in question.gold}
        return float(says_case_lacks(text, cases))
    if answer.abstained:
        return 0.0
    first = next(((c.case_number, c.request) for c in answer.citations if c.request), None)
    return first_item_right(first, question.gold)


def _reason_scores(question: Question, citations: Sequence[Any], evidence: Evidence) -> dict[str, float | None]:
    """reason_quoted (why-questions about one item) and topic_reasons (topic/pattern questions)."""
    gold_keys = {item_key(*g) for g in question.gold}
    quotes_by_case: dict[str, list[str]] = {}
    for c in citations:
        if item_key(c.case_number, c.request) in gold_keys:
            quotes_by_case.setdefault(c.case_number, []).append(c.quote)
    if question.kind in WHY_KINDS and _single_letter(question):
        findings = [f for g in question.gold for f in (evidence.findings(*g) or [])]
        value = reason_quoted([q for qs in quotes_by_case.values() for q in qs], findings)
        return {"reason_quoted": value} if value is not None else {}
    if question.kind == "topic" or (question.kind == "natural" and question.expect == "pattern"):
        by_case: dict[str, list[str]] = {}
        for case, request in question.gold:
            by_case.setdefault(case, []).extend(evidence.findings(case, request) or [])
        value = topic_reasons(quotes_by_case, by_case)
        return {"topic_reasons": value} if value is not None else {}
    return {}


def _letters_cited(answer: Any, letter: LetterLookup) -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    texts: dict[str, str] = {}
    starts: dict[str, tuple[int, ...]] = {}
    for case_number in {c.case_number for c in answer.citations}:
        found = letter(case_number)
        if found is not None:
            texts[case_number] = found.text
            starts[case_number] = tuple(found.page_starts)
    return texts, starts
