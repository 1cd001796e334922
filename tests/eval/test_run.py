"""The runner, the baselines' chunk mapping, the gate check and `imr eval`, with literal expectations."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from eval import run as runner
from eval.baselines import fixed_chunks, item_of, plain_tokens
from eval.questions import Question, questions_from_letters
from eval.run import below_thresholds, gate_questions, limit_per_kind, run_eval
from eval.scoring import Evidence, score
from eval.systems import Outcome
from eval.workspace import Workspace
from indexer.model import Guideline, Item, Letter
from eval.sources import Source
from indexer.settings import Settings
from service.types import Answer, Citation, GuidelineRef

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"


def test_fixed_chunks_overlap_by_100() -> None:
    assert fixed_chunks("x" * 2500) == [(0, 1000), (900, 1900), (1800, 2500)]
    assert fixed_chunks("x" * 1000) == [(0, 1000)]
    assert fixed_chunks("") == []


def _item(index: int, request: str, span: tuple[int, int]) -> Item:
    g = Guideline(raw="")
    return Item(index=index, request=request, decision="Upheld", claims_administrator_guideline=g,
                maximus_guideline=g, rationale="", pages=(1,), span=span, heading_span=span, rationale_span=span)


def test_plain_chunk_maps_to_the_item_it_overlaps_most() -> None:
    letter = Letter(case_number="CM16-0000001", source="s", text="x" * 3000, page_starts=(0,),
                    items=(_item(1, "MRI", (800, 1200)), _item(2, "PT", (1200, 3000))))
    assert item_of(letter, (0, 1000)) == "MRI"  # 200 of MRI, none of PT
    assert item_of(letter, (900, 1900)) == "PT"  # 300 of MRI, 700 of PT
    assert item_of(letter, (0, 700)) == ""  # the header: no item


def test_limit_per_kind_spreads_evenly() -> None:
    qs = [Question(id=f"c{i}", kind="case", question="q") for i in range(10)]
    qs += [Question(id="u0", kind="unanswerable", question="q", answerable=False)]
    assert [q.id for q in limit_per_kind(qs, 3)] == ["c0", "c3", "c6", "u0"]
    assert limit_per_kind(qs, None) == qs


def test_gate_questions_keep_the_natural_questions_numbered_up_to_natural_through() -> None:
    qs = [Question(id=f"natural-nat-{n:03d}", kind="natural", question="q") for n in (7, 40, 41, 4912, 4913, 5100)]
    qs += [Question(id=f"c{i}", kind="case", question="q") for i in range(4)]
    gate = {"limit": 15, "natural_through": 4912}
    assert [q.id for q in gate_questions(qs, gate, 2)] == ["c0", "c2", "natural-nat-007", "natural-nat-041"]
    assert [q.id for q in gate_questions(qs, gate, 10)] == [
        "c0", "c1", "c2", "c3", "natural-nat-007", "natural-nat-040", "natural-nat-041", "natural-nat-4912"]
    assert [q.id for q in gate_questions(qs, {}, 3)] == [
        "c0", "c1", "c2", "natural-nat-007", "natural-nat-041", "natural-nat-4913"]


def test_below_thresholds_names_each_failure() -> None:
    summaries = {"imr": {"overall": {"hit@1": {"mean": 0.8, "n": 5}, "mrr@10": {"mean": 0.9, "n": 5}}}}
    gate = {"thresholds": {"imr": {"hit@1": 0.85, "mrr@10": 0.9, "abstention": 0.5}}}
    assert below_thresholds(summaries, gate) == [
        "imr hit@1: 0.800 < 0.850", "imr abstention: not measured (threshold 0.500)"]


def test_score_by_kind() -> None:
    gold = (("CM1", "MRI"),)
    case = Question(id="q", kind="case", question="q", gold=gold, expected_decision="Upheld")
    ranked = Outcome(ranked=(("CM2", "PT"), ("CM1", "mri")))
    scores = score(case, ranked, answers=False, letter=lambda cn: None)
    assert (scores["hit@1"], scores["hit@5"], scores["mrr@10"]) == (0.0, 1.0, 0.5)
    assert "precision@5" not in scores and "decision_accuracy" not in scores
    unanswerable = Question(id="u", kind="unanswerable", question="q", answerable=False)
    assert score(unanswerable, Outcome(), answers=False, letter=lambda cn: None) == {"abstention": 0.0}
    abstained = Answer(question="q", answer="no", citations=(), hits=(), understood={}, abstained=True)
    assert score(unanswerable, Outcome(answer=abstained), answers=True, letter=lambda cn: None) == {"abstention": 1.0}
    aggregate = Question(id="a", kind="aggregate", question="q", gold=gold, expected_decision="Upheld", expected_count=1,
                         expect="count")
    counted = msgspec.structs.replace(abstained, abstained=False, count={"total": 3, "Upheld": 1, "Overturned": 2})
    assert score(aggregate, Outcome(answer=counted), answers=True, letter=lambda cn: None) == {
        "answered": 1.0, "aggregate_exact": 1.0, "citation_validity": None, "citation_independent": None,
        "citation_precision": None, "citation_recall": None}
    failed = score(case, Outcome(error="boom"), answers=True, letter=lambda cn: None)
    assert (failed["decision_accuracy"], failed["decision_meta"], failed["answered"]) == (0.0, 0.0, 0.0)


def _cited_answer(text: str, request: str = "MRI", decision: str = "Upheld", case: str = "CM1") -> Answer:
    cite = Citation(n=1, case_number=case, request=request, decision=decision, pages=(1,), guideline=GuidelineRef(),
                    quote="The patient has had no red flags documented in the records.", span=(0, 59))
    return Answer(question="q", answer=text, citations=(cite,), hits=(), understood={})


def test_score_reads_the_answer_text_and_the_evidence() -> None:
    gold = (("CM1", "MRI"),)
    wrong_verb = Question(id="w", kind="wrong_verb", question="Why was the MRI approved in case CM1?", gold=gold,
                          expected_decision="Upheld", wrong_premise=True)
    said_approved = Outcome(ranked=gold, answer=_cited_answer("The MRI was approved [1]."))
    evidence = Evidence({"CM1": ["The patient has had no red flags documented in the records."]},
                        lambda case, request: ["The patient has had no red flags documented in the records."])
    scores = score(wrong_verb, said_approved, answers=True, letter=lambda cn: None, evidence=evidence)
    # metadata says Upheld, the text says approved: decision_accuracy 0, decision_meta 1
    assert (scores["decision_accuracy"], scores["decision_meta"]) == (0.0, 1.0)
    assert (scores["one_patient"], scores["quotes_per_answer"], scores["citation_independent"]) == (1.0, 1.0, 1.0)
    assert "reason_quoted" not in scores  # a wrong_verb question is not a why-question of the gold set
    case = msgspec.structs.replace(wrong_verb, kind="case", wrong_premise=False)
    corrected = Outcome(ranked=gold, answer=_cited_answer("IMR did not approve the MRI; it was denied [1]."))
    scores = score(case, corrected, answers=True, letter=lambda cn: None, evidence=evidence)
    assert (scores["decision_accuracy"], scores["reason_quoted"]) == (1.0, 1.0)
    assert "citation_validity" in scores and scores["citation_validity"] == 0.0  # no system letter to check against


def test_score_natural_questions() -> None:
    item = Question(id="n1", kind="natural", question="What did IMR decide about the MRI?", gold=(("CM1", "MRI"),),
                    expected_decision="Upheld")
    answered = Outcome(ranked=(("CM2", "PT"),), answer=_cited_answer("The MRI was denied [1]."))
    scores = score(item, answered, answers=True, letter=lambda cn: None)
    assert (scores["natural_right"], scores["decision_accuracy"], scores["hit@1"]) == (1.0, 1.0, 0.0)
    assert score(item, answered, answers=False, letter=lambda cn: None)["natural_right"] == 0.0  # ranked[0] is CM2
    lacks = Question(id="n3", kind="natural", question="Why was acupuncture denied in case CM16-0000001?",
                     expect="case_lacks", answerable=False)
    said = Outcome(answer=_cited_answer("Case CM16-0000001 has no request for acupuncture; it has an MRI [1].",
                                        case="CM16-0000001"))
    assert score(lacks, said, answers=True, letter=lambda cn: None) == {"natural_right": 1.0}
    assert score(lacks, said, answers=False, letter=lambda cn: None) == {"natural_right": 0.0}
    absent = Question(id="n2", kind="natural", question="Was LASIK approved?", expect="not_found", answerable=False)
    unrelated = Outcome(answer=_cited_answer("The eye surgery was denied [1]."))  # an unrelated item, as if found
    assert score(absent, unrelated, answers=True, letter=lambda cn: None) == {"natural_right": 0.0}
    nothing = Outcome(answer=_cited_answer("No letter in the index mentions LASIK."))
    assert score(absent, nothing, answers=True, letter=lambda cn: None) == {"natural_right": 1.0}


def test_run_eval_end_to_end_with_fake_encoder(fake_encoder, tmp_path: Path) -> None:
    """Four generated letters, every system, the report folder (fake model: shape, not quality)."""
    truth = SAMPLE / "truth.jsonl"
    if not truth.exists():
        pytest.skip("corpus/sample/truth.jsonl not generated yet")
    records = [json.loads(line) for line in truth.read_text().splitlines() if line.strip()][:4]
    letters = tmp_path / "letters"
    letters.mkdir()
    for record in records:
        shutil.copy(SAMPLE / record["file"], letters / record["file"])
    questions = limit_per_kind(questions_from_letters(records, prefix="t"), 2)
    settings = Settings.from_env({})
    with Workspace(settings, letters, encoder=fake_encoder, root=tmp_path / "ws") as workspace:
        assert workspace.report.indexed == 4
        result = run_eval(settings, letters_dir=letters, questions=questions, out_dir=tmp_path / "out",
                          progress=False, workspace=workspace)
    assert list(result["summaries"]) == ["imr", "imr-v1", "bm25", "dense", "plain-rag"]
    assert len(result["run"]["index_hash"]) == 64 and len(result["run"]["git"]["commit"]) == 40
    assert result["run"]["features"]["bm25"]["abstains / says not found"] is False
    assert result["run"]["features"]["imr-v1"]["sentence roles and reason codes in the answer"] is False
    assert set(result["stats"]["comparisons"]) == {"imr-v1", "bm25", "dense", "plain-rag"}
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["hit_at_k.png", "metrics.png", "per_question.jsonl", "report.json", "report.md"]
    rows = [json.loads(line) for line in (tmp_path / "out" / "per_question.jsonl").read_text().splitlines()]
    assert len(rows) == 5 * len(questions)
    assert {r["system"] for r in rows} == {"imr", "imr-v1", "bm25", "dense", "plain-rag"}
    assert "| imr |" in result["markdown"] and "| plain-rag |" in result["markdown"]


def test_cli_eval_check_exits_1_naming_the_metric(plugin_cli, monkeypatch, tmp_path: Path) -> None:
    summaries = {"imr": {"n": 1, "overall": {"hit@1": {"mean": 0.5, "n": 1}}, "by_kind": {}}}
    seen = {}

    def fake_source(source, split):
        seen.update(source=source, split=split)
        return Source(name=source, letters_dir=tmp_path, split=split or "all", questions=[], evidence=Evidence(), info={})

    monkeypatch.setattr(runner, "load_source", fake_source)
    monkeypatch.setattr(runner, "run_eval", lambda *a, **k: {"summaries": summaries, "markdown": "| table |"})
    gate = tmp_path / "gate.json"
    gate.write_text(json.dumps({"thresholds": {"imr": {"hit@1": 0.9}}}))
    result = CliRunner().invoke(plugin_cli, ["eval", "--source", "sample", "--split", "tune", "--out",
                                               str(tmp_path / "o"), "--check", str(gate)])
    assert seen == {"source": "sample", "split": "tune"}
    assert result.exit_code == 1
    assert "| table |" in result.output
    assert "imr hit@1: 0.500 < 0.900" in result.output


def test_http_system_scores_like_the_in_process_one(fake_encoder, tmp_path: Path) -> None:
    """ImrHttp through the real app (Litestar's TestClient) gives the same outcomes as ImrLocal."""
    from litestar.testing import TestClient

    from eval.run import evaluate
    from eval.systems import ImrHttp, ImrLocal
    from service.app import create_app
    from service.settings import ServiceSettings

    truth = SAMPLE / "truth.jsonl"
    if not truth.exists():
        pytest.skip("corpus/sample/truth.jsonl not generated yet")
    records = [json.loads(line) for line in truth.read_text().splitlines() if line.strip()][:3]
    letters = tmp_path / "letters"
    letters.mkdir()
    for record in records:
        shutil.copy(SAMPLE / record["file"], letters / record["file"])
    questions = limit_per_kind(questions_from_letters(records, prefix="t"), 2)
    with Workspace(Settings.from_env({}), letters, encoder=fake_encoder, root=tmp_path / "ws") as workspace:
        local, _ = evaluate([ImrLocal(workspace.engine)], questions, progress=False)
        with TestClient(create_app(ServiceSettings(index=workspace.settings), engine=workspace.engine)) as client:
            remote, rows = evaluate([ImrHttp("", client=client)], questions, progress=False)
    assert not [r["error"] for r in rows if "error" in r]
    assert remote == local


def test_bm25_baseline_tokenizer_is_plain() -> None:
    # bm25s's English stopwords go ("the", "was", "not"); no abbreviation, drug or spelling tables
    assert plain_tokens("Why was the L/S MRI not denied? Flexeril 10mg") == [
        "why", "l", "s", "mri", "denied", "flexeril", "10mg"]


def test_turns_of_splits_a_conversation() -> None:
    from eval.systems import turns_of

    assert turns_of("was her PT approved? || and the MRI?") == ["was her PT approved?", "and the MRI?"]
    assert turns_of("was the PT approved?") == ["was the PT approved?"]


def test_ranked_of_answer_puts_cited_items_first() -> None:
    from eval.systems import ranked_of_answer
    from service.types import Hit

    ref = GuidelineRef()
    def hit(case: str, request: str, index: int) -> Hit:
        return Hit(case_number=case, request=request, decision="Upheld", section="item", text="t", score=1.0, pages=(1,),
                   guideline=ref, chunk_id=f"{case}/item-{index}", span=(0, 1), item_index=index)
    cite = Citation(n=1, case_number="CM1", request="MRI", decision="Upheld", pages=(1,), guideline=ref, quote="q",
                    span=(0, 1), item_index=2)
    answer = Answer(question="and the MRI?", answer="x [1]", citations=(cite,), understood={},
                    hits=(hit("CM1", "PT", 1), hit("CM1", "MRI", 2), hit("CM2", "TENS", 1)))
    assert ranked_of_answer(answer) == (("CM1", "MRI"), ("CM1", "PT"), ("CM2", "TENS"))
