"""Question generation: the real reference (when ../shared is present) and a hand-made truth file."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from eval.phrasing import abbreviate, add_typo, short_treatment, topics_of
from eval.questions import Question, read_jsonl, real_questions, synthetic_questions, write_jsonl

REFERENCE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "reference.jsonl"
)
CASE_NUMBER = re.compile(r"\bCM\d{2}-\d{7}\b")


@pytest.fixture(scope="module")
def reference() -> list[dict]:
    if not REFERENCE.exists():
        pytest.skip(f"real letters' reference parse not found at {REFERENCE} (../shared is absent here)")
    return [json.loads(line) for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def questions(reference: list[dict]) -> list[Question]:
    return real_questions(REFERENCE)


def test_counts_by_kind_on_real_reference(questions: list[Question]) -> None:
    # case: one per item (140 items); patient: items of letters whose (age, sex, date of injury) is
    # unique and known (6 descriptions are shared by 2 letters, one letter has no age/sex: 27 items out);
    # topic: 16 rules, 19 (topic, decision) groups with >= 2 items; aggregate: 16 topics x 2 decisions;
    # paraphrase: case/patient questions an abbreviation or brand/generic swap changes;
    # unanswerable: 2 absent case numbers + 5 absent treatments. New kinds: neutral and wrong_verb one
    # per item; lay one per item of a multi-item letter (76) or of a letter with a unique description
    # (57 of 64); person as patient but by vaguer descriptions (113); negation 19 topic-level (topics
    # with both decisions) + 30 case-level; absent: every entry of eval/absent.py (53).
    assert Counter(q.kind for q in questions) == {
        "case": 140, "patient": 113, "topic": 19, "aggregate": 32, "paraphrase": 105, "unanswerable": 7,
        "neutral": 140, "wrong_verb": 140, "lay": 133, "person": 113, "negation": 49, "absent": 53,
    }
    assert len({q.id for q in questions}) == len(questions)


def test_every_gold_pair_is_in_the_reference(reference: list[dict], questions: list[Question]) -> None:
    items = {(letter["case_number"], issue["request"]) for letter in reference for issue in letter["issues"]}
    decisions = {(letter["case_number"], issue["request"]): issue["decision"]
                 for letter in reference for issue in letter["issues"]}
    for q in questions:
        assert set(q.gold) <= items, q.id
        if q.kind not in ("unanswerable", "absent"):
            assert q.answerable
            assert all(decisions[g] == q.expected_decision for g in q.gold), q.id


def test_case_questions(questions: list[Question]) -> None:
    by_id = {q.id: q for q in questions}
    assert by_id["real-case-CM16-0219557-1"].question == (
        "Why were the facet joint injections L4-5, L5-S1 denied in case CM16-0219557?")
    assert by_id["real-case-CM16-0234464-5"].question == "Why was the cyclobenzaprine denied in case CM16-0234464?"
    approved = by_id["real-case-CM16-0230548-2"]
    assert approved.question == "Why was the acupuncture, neck, right hand and head approved in case CM16-0230548?"
    assert approved.expected_decision == "Overturned"
    for q in questions:
        if q.kind == "case":
            assert len(q.gold) == 1 and q.gold[0][0] in q.question
            assert ("denied" in q.question) == (q.expected_decision == "Upheld")
            assert "#" not in q.question and not re.search(r"\d\s*mg\b", q.question), q.question


def test_patient_questions_name_no_case_number(questions: list[Question]) -> None:
    patient = [q for q in questions if q.kind == "patient"]
    assert all(not CASE_NUMBER.search(q.question) for q in patient)
    by_id = {q.id: q for q in patient}
    assert by_id["real-patient-CM16-0219557-1"].question == (
        "Why were facet joint injections L4-5, L5-S1 denied for the 34-year-old male injured on 10/10/2016?")
    assert "real-patient-CM16-0249170-1" not in by_id  # that letter gives no age or sex


def test_topic_and_aggregate_questions(questions: list[Question]) -> None:
    by_id = {q.id: q for q in questions}
    lumbar = by_id["real-topic-lumbar-mri-upheld"]
    assert lumbar.question == "Why are lumbar MRI requests denied?"
    assert sorted({cn for cn, _ in lumbar.gold}) == [  # listed by hand from the reference
        "CM16-0234464", "CM16-0240900", "CM16-0242419", "CM16-0243453", "CM16-0245295", "CM16-0246635",
        "CM16-0247255", "CM17-0004344", "CM17-0005246", "CM17-0011703", "CM17-0012614", "CM17-0018054",
    ]
    acupuncture = by_id["real-aggregate-acupuncture-overturned"]
    assert acupuncture.question == "How many acupuncture requests were overturned?"
    assert acupuncture.expected_count == 3
    assert sorted(cn for cn, _ in acupuncture.gold) == ["CM16-0230548", "CM16-0242419", "CM17-0010885"]
    assert by_id["real-aggregate-physical-therapy-upheld"].expected_count == 18  # hand therapy included
    assert by_id["real-aggregate-esi-overturned"].expected_count == 0
    assert all(len(q.gold) >= 2 for q in questions if q.kind == "topic")
    assert all(q.expected_count == len(q.gold) for q in questions if q.kind == "aggregate")


def test_paraphrases_differ_from_their_originals(questions: list[Question]) -> None:
    by_id = {q.id: q for q in questions}
    paraphrases = [q for q in questions if q.kind == "paraphrase"]
    for p in paraphrases:
        original = by_id["real-" + p.id.removeprefix("real-paraphrase-")]
        assert p.question != original.question
        assert p.gold == original.gold and p.expected_decision == original.expected_decision
    flexeril = by_id["real-paraphrase-case-CM16-0234464-5"].question
    assert "Flexeril" in flexeril and "CM16-0234464" in flexeril
    assert "L/S" in by_id["real-paraphrase-case-CM17-0004344-1"].question


def test_unanswerable_questions(reference: list[dict], questions: list[Question]) -> None:
    cases = {letter["case_number"] for letter in reference}
    unanswerable = [q for q in questions if q.kind == "unanswerable"]
    assert all(not q.answerable and q.gold == () and q.expected_decision is None for q in unanswerable)
    assert "real-unanswerable-CM15-9999999" in {q.id for q in unanswerable}
    assert all(cn not in cases for q in unanswerable for cn in CASE_NUMBER.findall(q.question))


def test_generation_is_deterministic(questions: list[Question]) -> None:
    assert real_questions(REFERENCE) == questions
    other_seed = real_questions(REFERENCE, seed=14)
    assert [q.id for q in other_seed] == [q.id for q in questions]


def test_jsonl_round_trip(tmp_path: Path) -> None:
    qs = [
        Question(id="x-case-1", kind="case", question="Why?", gold=(("CM16-0000001", "MRI"),),
                 expected_decision="Upheld"),
        Question(id="x-aggregate-1", kind="aggregate", question="How many?", expected_count=0),
        Question(id="x-unanswerable-1", kind="unanswerable", question="What?", answerable=False),
    ]
    path = tmp_path / "sub" / "questions.jsonl"
    write_jsonl(qs, path)
    assert len(path.read_text().splitlines()) == 3
    assert read_jsonl(path) == qs


def _truth_letter(case: str, age: int, sex: str, doi: str, issues: list[tuple[str, str]]) -> dict:
    return {
        "case_number": case, "age": age, "sex": sex, "date_of_injury": doi,
        "issues": [{"request": r, "decision": d, "category": "x", "body_region": "lumbar",
                    "decision_rationale": "Not medically necessary."} for r, d in issues],
    }


def test_synthetic_questions_from_truth(tmp_path: Path) -> None:
    truth = tmp_path / "truth.jsonl"
    letters = [
        _truth_letter("CM16-1000001", 40, "female", "01/02/2015",
                      [("Physical therapy for the lumbar spine 2x4", "Upheld"), ("Flexeril 10mg #60", "Upheld")]),
        _truth_letter("CM16-1000002", 51, "male", "03/04/2015",
                      [("Physical therapy 8 sessions", "Overturned"), ("MRI of the lumbar spine", "Upheld")]),
        _truth_letter("CM16-1000003", 51, "male", "03/04/2015", [("Acupuncture 6 sessions", "Upheld")]),
    ]
    truth.write_text("".join(json.dumps(letter) + "\n" for letter in letters))
    qs = synthetic_questions(truth)
    by_id = {q.id: q for q in qs}
    # patient: letters 2 and 3 share a description; topic: no (topic, decision) has 2 items;
    # aggregate: only physical therapy has 2 items; paraphrase: 4 case + 2 patient (not acupuncture);
    # negation: physical therapy both ways + letter 1 "weren't approved" + letter 2 both ways; lay: the
    # 4 items of the two-item letters (letter 3's patient fits letter 2 too); person: letter 1's items
    assert Counter(q.kind for q in qs) == {
        "case": 5, "patient": 2, "aggregate": 2, "paraphrase": 6, "unanswerable": 7,
        "neutral": 5, "wrong_verb": 5, "negation": 5, "lay": 4, "person": 2, "absent": 53,
    }
    assert {q.split for q in qs} == {"both"}  # a truth file has no split
    assert by_id["synthetic-case-CM16-1000001-1"].question == (
        "Why was the physical therapy for the lumbar spine denied in case CM16-1000001?")
    assert by_id["synthetic-patient-CM16-1000001-2"].question == (
        "Why was Flexeril denied for the 40-year-old female injured on 01/02/2015?")
    assert by_id["synthetic-case-CM16-1000002-1"].expected_decision == "Overturned"
    pt = by_id["synthetic-aggregate-physical-therapy-upheld"]
    assert (pt.expected_count, pt.gold) == (1, (("CM16-1000001", "Physical therapy for the lumbar spine 2x4"),))
    assert all(q.id.startswith("synthetic-") for q in qs)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Acupuncture 3 times a week for 2 weeks, neck, right hand and head", "acupuncture, neck, right hand and head"),
        ("Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was authorized by the "
         "Claims Administrator. The remaining IMR eligible portion of the original request, Cyclobenzaprine "
         "7.5mg #27 is", "cyclobenzaprine"),
        ("Eight (8) physical therapy sessions", "physical therapy sessions"),
        ("Associated surgical service: Cryotherapy unit, seven day use", "cryotherapy unit"),
        ("MRI (magnetic resonance imaging) of the lumbar spine", "MRI of the lumbar spine"),
        ("Norco 7.5-325mg #112", "Norco"),
        ("Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck", "initial acupuncture for the neck"),
        ("Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1",
         "dextromethorphan/amitriptyline/lidocaine/capsaicin"),
        ("Right L5-S1 epidural steroid injection", "right L5-S1 epidural steroid injection"),
    ],
)
def test_short_treatment(request_text: str, expected: str) -> None:
    assert short_treatment(request_text) == expected


def test_topics_abbreviations_and_typo() -> None:
    assert topics_of("MRI of the lumbosacral spine without contrast") == ["lumbar-mri"]
    assert topics_of("EMG/NCS of the bilateral upper extremities") == ["emg-ncs"]
    assert topics_of("MRI/CT of the spine and pelvis") == ["ct-scan"]
    assert abbreviate("Why was physical therapy for the lumbar spine denied?") == "Why was PT for the L/S denied?"
    assert abbreviate("Why was Norco denied?") == "Why was hydrocodone/acetaminophen denied?"
    assert abbreviate("Why was hydrocodone/acetaminophen denied?") == "Why was Norco denied?"
    assert abbreviate("Why was omeprazole denied?") == "Why was Prilosec denied?"
    typo = add_typo("Why was the acupuncture denied in case CM16-0230548?", random.Random(1))
    assert typo != "Why was the acupuncture denied in case CM16-0230548?"
    assert typo.startswith("Why was the ") and typo.endswith(" denied in case CM16-0230548?")
    assert sorted(typo.split()[3]) == sorted("acupuncture")
