"""Metrics against tiny hand-computed cases (as ranx does)."""

from __future__ import annotations

import pytest

from eval.metrics import (
    abstention,
    aggregate_exact,
    citation_precision_recall,
    citation_validity,
    decision_accuracy,
    hit_at_k,
    mrr_at_k,
    ndcg_at_k,
    precision_at_k,
    retrieval_scores,
    stated_decision,
    summarise,
)
from eval.support import markers, sentences
from service.types import Answer, Citation, GuidelineRef, Hit

A = ("CM16-0000001", "MRI of the lumbar spine")
B = ("CM16-0000002", "Physical therapy 2 times a week")
C = ("CM16-0000003", "Acupuncture")
X = ("CM16-0000009", "Norco 10/325mg #60")
Y = ("CM16-0000008", "TENS unit")


def test_single_gold_ranked_second() -> None:
    ranked, gold = [B, A, C], {A}
    assert hit_at_k(ranked, gold, 1) == 0.0
    assert hit_at_k(ranked, gold, 2) == 1.0
    assert hit_at_k(ranked, gold, 5) == 1.0
    assert mrr_at_k(ranked, gold) == 0.5
    assert ndcg_at_k(ranked, gold, 10) == pytest.approx(0.6309297535714575)  # 1/log2(3)
    assert precision_at_k(ranked, gold, 5) == pytest.approx(0.2)
    assert precision_at_k(ranked, gold, 1) == 0.0


def test_three_gold_two_found() -> None:
    ranked, gold = [A, X, B, Y], [A, B, C]
    assert mrr_at_k(ranked, gold) == 1.0
    # DCG = 1 + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.1309...
    assert ndcg_at_k(ranked, gold, 10) == pytest.approx(0.7039180890341347)
    # k=2: DCG = 1; IDCG = 1 + 1/log2(3)
    assert ndcg_at_k(ranked, gold, 2) == pytest.approx(0.6131471927654584)
    assert precision_at_k(ranked, gold, 4) == 0.5
    assert precision_at_k(ranked, gold, 5) == pytest.approx(0.4)  # short lists are not padded


def test_mrr_cut_at_k() -> None:
    assert mrr_at_k([X, Y, A], [A], k=2) == 0.0
    assert mrr_at_k([X, Y, A], [A], k=3) == pytest.approx(1 / 3)


def test_duplicate_hits_count_once() -> None:
    ranked, gold = [A, A, B], [A, B]
    # relevance 1, 0, 1: DCG = 1 + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3)
    assert ndcg_at_k(ranked, gold, 10) == pytest.approx(0.9197207891481876)
    assert precision_at_k(ranked, gold, 3) == pytest.approx(2 / 3)


def test_request_matching_normalises_whitespace_and_case_not_case_number() -> None:
    gold = [("CM16-0219557", "Facet joint injections L4-5, L5-S1")]
    assert hit_at_k([("CM16-0219557", "  facet JOINT\n injections  L4-5, L5-S1 ")], gold, 1) == 1.0
    assert hit_at_k([("CM16-0219558", "Facet joint injections L4-5, L5-S1")], gold, 1) == 0.0
    assert hit_at_k([("CM16-0219557", "Facet joint injections L4-5")], gold, 1) == 0.0


def test_empty_gold_and_empty_ranking() -> None:
    assert hit_at_k([A], [], 5) == 0.0
    assert ndcg_at_k([A], [], 10) == 0.0
    assert mrr_at_k([], [A]) == 0.0
    assert ndcg_at_k([], [A]) == 0.0
    assert retrieval_scores([A], []) == {}


def test_retrieval_scores_keys_and_values() -> None:
    scores = retrieval_scores([B, A, C], [A])
    assert list(scores) == [f"hit@{k}" for k in range(1, 11)] + ["mrr@10", "ndcg@10", "precision@5"]
    assert (scores["hit@1"], scores["hit@2"], scores["hit@10"], scores["mrr@10"]) == (0.0, 1.0, 1.0, 0.5)


def test_decision_accuracy() -> None:
    answers = ["Upheld", "overturned", None, "Upheld", "Overturned"]
    expected = ["Upheld", "Overturned", "Upheld", None, "Upheld"]
    assert decision_accuracy(answers, expected) == pytest.approx(2 / 4)  # the None expectation is skipped
    assert decision_accuracy(["Upheld"], [None]) is None
    with pytest.raises(ValueError):
        decision_accuracy(["Upheld"], [])


def test_aggregate_exact_and_abstention() -> None:
    assert aggregate_exact(3, 3) == 1.0
    assert aggregate_exact(2, 3) == 0.0
    assert aggregate_exact(None, 0) == 0.0
    assert aggregate_exact(0, 0) == 1.0
    assert abstention(True, answerable=False) == 1.0
    assert abstention(False, answerable=True) == 1.0
    assert abstention(True, answerable=True) == 0.0
    assert abstention(False, answerable=False) == 0.0


# --- citations ------------------------------------------------------------------------------

LETTER = "Case Number: CM17-0010885\nHeader\fDecision rationale: MRI is not indicated here.\n"
STARTS = (0, 33)  # page 2 starts after the form feed


def _citation(n: int, quote: str, span: tuple[int, int], pages: tuple[int, ...],
              case: str = "CM17-0010885", decision: str = "Upheld", request: str = "MRI") -> Citation:
    return Citation(n=n, case_number=case, request=request, decision=decision, pages=pages,
                    guideline=GuidelineRef(), quote=quote, span=span)


def _answer(text: str, citations: list[Citation], hits: tuple[Hit, ...] = (), abstained: bool = False) -> Answer:
    return Answer(question="q", answer=text, citations=tuple(citations), hits=hits, understood={},
                  abstained=abstained)


def test_citation_validity_counts_bad_spans_pages_and_unbound_markers() -> None:
    assert LETTER.index("\f") == 32
    start = LETTER.index("MRI is not")
    quote = "MRI is not indicated here."
    span = (start, start + len(quote))
    good = _citation(1, quote, span, (2,))
    wrong_pages = _citation(2, quote, span, (1,))
    not_verbatim = _citation(3, "MRI is never indicated.", span, (2,))
    answer = _answer("The MRI was denied [1]. It was not indicated [2][4]. See [3].", [good, wrong_pages, not_verbatim])
    # 1 valid of 3 citations + 1 unbound marker ([4])
    assert citation_validity(answer, {"CM17-0010885": LETTER}, {"CM17-0010885": STARTS}) == 0.25


def test_citation_validity_spanning_pages_and_unknown_letter() -> None:
    span = (26, 44)  # "Header\fDecision r..." crosses the page break
    quote = LETTER[26:44]
    texts, starts = {"CM17-0010885": LETTER}, {"CM17-0010885": STARTS}
    assert citation_validity(_answer("x [1].", [_citation(1, quote, span, (1, 2))]), texts, starts) == 1.0
    assert citation_validity(_answer("x [1].", [_citation(1, quote, span, (2,))]), texts, starts) == 0.0
    other = _citation(1, quote, span, (1, 2), case="CM17-0000000")
    assert citation_validity(_answer("x [1].", [other]), texts, starts) == 0.0
    assert citation_validity(_answer("No answer.", []), texts, starts) is None


def test_sentences_and_markers() -> None:
    text = "MRI was denied. [1] Acupuncture was approved [2, 3]. Why? Because 7.5 mg is high."
    assert sentences(text) == ["MRI was denied [1].", "Acupuncture was approved [2, 3].", "Why?",
                               "Because 7.5 mg is high."]
    assert markers(text) == [1, 2, 3]


RATIONALE = ("MTUS guidelines recommend acupuncture for chronic neck pain. "
             "The applicant documented no functional improvement after prior sessions.")


def _support_case() -> tuple[Answer, dict[str, str]]:
    letter = "Header\f" + RATIONALE
    first = RATIONALE.split(". ")[0] + "."
    second = RATIONALE.split(". ")[1]
    s1 = letter.index(first)
    s2 = letter.index(second)
    cits = [
        _citation(1, first, (s1, s1 + len(first)), (2,), request="Initial acupuncture", decision="Overturned"),
        _citation(2, second, (s2, s2 + len(second)), (2,), request="Initial acupuncture", decision="Overturned"),
        _citation(3, first, (s1, s1 + len(first)), (2,), request="Initial acupuncture", decision="Overturned"),
    ]
    text = ("MTUS guidelines recommend acupuncture for chronic neck pain [1]. "
            "The applicant had no documented functional improvement [1][2]. "
            "Therefore the reviewer ordered surgery [2]. See the letter.")
    return _answer(text, cits), {"CM17-0010885": letter}


def test_citation_precision_recall_hand_computed() -> None:
    answer, texts = _support_case()
    # S1 supported by [1] alone (needed). S2 supported by [1]+[2]: [2] alone supports it (needed),
    # [1] is not needed ([2] without it still supports). S3 unsupported: [2] not needed.
    # S4 has claims but no citation. Citation [3] is never marked.
    # precision = 2 needed / (4 markers + 1 unmarked) = 0.4; recall = 2 supported / 4 claims = 0.5
    assert citation_precision_recall(answer, texts) == (pytest.approx(0.4), pytest.approx(0.5))


def test_support_threshold_is_eighty_percent_of_content_words() -> None:
    _, texts = _support_case()
    letter = texts["CM17-0010885"]
    start = letter.index("MTUS")
    cite = _citation(1, "x", (start, start + 59), (2,), request="Initial acupuncture", decision="Overturned")
    # content words: acupuncture chronic neck pain helps -> 4 of 5 covered = 0.8: supported
    assert citation_precision_recall(_answer("Acupuncture helps chronic neck pain [1].", [cite]), texts) == (1.0, 1.0)
    # content words: acupuncture helps greatly neck -> 2 of 4 covered: unsupported
    assert citation_precision_recall(_answer("Acupuncture helps greatly the neck [1].", [cite]), texts) == (0.0, 0.0)
    # the decision gloss: "approved" comes with an Overturned citation's title
    assert citation_precision_recall(_answer("Initial acupuncture was approved [1].", [cite]), texts) == (1.0, 1.0)


def test_a_yes_is_no_claim_as_a_no_is_none() -> None:
    _, texts = _support_case()
    letter = texts["CM17-0010885"]
    start = letter.index("MTUS")
    cite = _citation(1, "x", (start, start + 59), (2,), request="Initial acupuncture", decision="Overturned")
    # content words: initial acupuncture approved ("yes", as "no", is a stopword): 3 of 3 covered
    # (counted as a word, "yes" left 3 of 4 = 0.75: unsupported)
    assert citation_precision_recall(_answer("Yes: initial acupuncture was approved [1].", [cite]), texts) == (1.0, 1.0)
    assert citation_precision_recall(_answer("No: initial acupuncture was approved [1].", [cite]), texts) == (1.0, 1.0)


def test_passage_is_taken_from_the_letter_not_the_quote() -> None:
    forged = _citation(1, "MTUS guidelines recommend surgery.", (0, 6), (1,), request="MRI")
    answer = _answer("MTUS guidelines recommend surgery [1].", [forged])
    assert citation_precision_recall(answer, {"CM17-0010885": "Header\fRest"}) == (0.0, 0.0)
    assert citation_precision_recall(_answer("", []), {}) == (None, None)


def test_stated_decision() -> None:
    cite = _citation(1, "q", (0, 1), (1,), decision="Overturned")
    hit = Hit(case_number="CM1", request="r", decision="Upheld", section="item", text="t", score=1.0,
              pages=(1,), guideline=GuidelineRef(), chunk_id="c", span=(0, 1))
    assert stated_decision(_answer("a", [cite], (hit,))) == "Overturned"
    assert stated_decision(_answer("a", [], (hit,))) == "Upheld"
    assert stated_decision(_answer("a", [cite], (hit,), abstained=True)) is None


def test_summarise_means_by_kind_and_overall() -> None:
    rows = [
        {"id": "q1", "kind": "case", "scores": {"hit@1": 1.0, "mrr@10": 1.0}},
        {"id": "q2", "kind": "case", "scores": {"hit@1": 0.0, "mrr@10": 0.5}},
        {"id": "q3", "kind": "unanswerable", "scores": {"abstention": 1.0, "hit@1": None}},
    ]
    assert summarise(rows) == {
        "n": 3,
        "overall": {
            "abstention": {"mean": 1.0, "n": 1},
            "hit@1": {"mean": 0.5, "n": 2},
            "mrr@10": {"mean": 0.75, "n": 2},
        },
        "by_kind": {
            "case": {"n": 2, "metrics": {"hit@1": {"mean": 0.5, "n": 2}, "mrr@10": {"mean": 0.75, "n": 2}}},
            "unanswerable": {"n": 1, "metrics": {"abstention": {"mean": 1.0, "n": 1}}},
        },
    }
