"""The question kinds that do not carry their answer, the split, natural questions (literal expectations)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from eval.absent import ABSENT_TREATMENTS, absent_treatments, present
from eval.independent import file_text, pdf_reader
from eval.kinds import KIND_INFO, Question
from eval.lay import brand_for, doubled_letter, lay_for, missing_letter, misspell, phonetic
from eval.natural import natural_questions
from eval.people import describe
from eval.questions import read_split, real_questions, select_split
from indexer.errors import ImrError

HERE = Path(__file__).resolve().parent
REAL = HERE.parents[1].parent / "shared" / "corpus" / "dwc-imr-2016-2017"
REFERENCE = REAL / "reference.jsonl"
CASE_NUMBER = re.compile(r"\bCM\d{2}-\d{7}\b")


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    if not REFERENCE.exists():
        pytest.skip(f"real letters' reference parse not found at {REFERENCE} (../shared is absent here)")
    return real_questions(REFERENCE, halves=read_split())


def test_wrong_verb_states_the_opposite_and_is_scored_on_the_truth(questions: list[Question]) -> None:
    by_id = {q.id: q for q in questions}
    upheld = by_id["real-wrong_verb-CM16-0234464-5"]
    assert upheld.question == "Why was the cyclobenzaprine approved in case CM16-0234464?"
    assert (upheld.expected_decision, upheld.wrong_premise, upheld.carries_answer) == ("Upheld", True, False)
    overturned = by_id["real-wrong_verb-CM16-0230548-2"]
    assert overturned.question == "Why was the acupuncture, neck, right hand and head denied in case CM16-0230548?"
    assert overturned.expected_decision == "Overturned"
    for q in questions:
        if q.kind == "wrong_verb":
            assert ("approved" in q.question) == (q.expected_decision == "Upheld"), q.question


def test_neutral_questions_name_no_single_decision(questions: list[Question]) -> None:
    neutral = [q for q in questions if q.kind == "neutral"]
    assert len(neutral) == 140
    for q in neutral:
        words = set(re.findall(r"[a-z]+", q.question.lower().replace("approved or denied", "")))
        assert not words & {"denied", "approved", "upheld", "overturned", "denial"}, q.question


def test_only_the_template_kinds_carry_their_answer(questions: list[Question]) -> None:
    carrying = {q.kind for q in questions if q.carries_answer}
    assert carrying == {"case", "patient", "paraphrase", "topic"}
    assert {k for k, (carries, _) in KIND_INFO.items() if carries == "yes"} == carrying


def test_negation_gold_is_the_decision_not_negated(questions: list[Question]) -> None:
    by_id = {q.id: q for q in questions}
    nsaid = by_id["real-negation-nsaid-overturned"]
    assert nsaid.question == "Which NSAID requests were not denied?"
    assert sorted(nsaid.gold) == [("CM16-0247624", "Naproxen 550mg #60"), ("CM17-0019011", "Naproxen 500mg #60")]
    mixed = by_id["real-negation-CM16-0230548-overturned"]
    assert mixed.question == "Which requests in case CM16-0230548 were not denied?"
    assert mixed.gold == (("CM16-0230548", "Acupuncture 3 times a week for 2 weeks, neck, right hand and head"),)
    assert mixed.split == "tune" and nsaid.split == "both"


def test_person_and_lay_questions_do_not_repeat_the_metadata(questions: list[Question]) -> None:
    for q in questions:
        if q.kind == "person" or (q.kind == "lay" and not CASE_NUMBER.search(q.question)):
            assert not re.search(r"\d{1,2}/\d{1,2}/\d{4}", q.question), q.question
            assert not re.search(r"\d+-year-old (?:male|female)", q.question), q.question
            assert not CASE_NUMBER.search(q.question)
    by_id = {q.id: q for q in questions}
    assert by_id["real-person-CM17-0018054-1"].question == (
        "My client is a lady in her mid sixties whose work injury was in November 2016. "
        "What did IMR decide about the MRI of the lumbar spine?")
    assert by_id["real-lay-CM16-0234464-5"].question == "Was the muscle relakser in case CM16-0234464 approved or denied?"


def test_split_keeps_one_half_of_the_item_questions_and_every_collection_question(questions: list[Question]) -> None:
    halves = read_split()
    test = select_split(questions, "test")
    tune = select_split(questions, "tune")
    assert {halves[q.gold[0][0]] for q in test if q.split != "both"} == {"test"}
    assert {halves[q.gold[0][0]] for q in tune if q.split != "both"} == {"tune"}
    assert {q.kind for q in test if q.split == "both"} == {"topic", "aggregate", "unanswerable", "absent", "negation"}
    assert len(select_split(questions, "all")) == len(questions)
    assert {q.id for q in test} & {q.id for q in tune} == {q.id for q in questions if q.split == "both"}
    with pytest.raises(ValueError, match="unknown split"):
        select_split(questions, "dev")


def test_at_least_30_absent_treatments_none_in_any_letter_text() -> None:
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} not found (../shared is absent here)")
    reader = pdf_reader()
    if not reader:
        pytest.skip("no second PDF reader (poppler's pdftotext) to read the letters' full text")
    texts = [file_text(pdf, reader) for pdf in sorted((REAL / "pdf").glob("*.pdf"))]
    assert len(texts) == 74 and all(len(t) > 1000 for t in texts)
    kept = absent_treatments(texts)
    assert len(kept) == len(ABSENT_TREATMENTS) == 53
    assert not [slug for slug, patterns, _ in ABSENT_TREATMENTS if present(patterns, texts)]


def test_absent_check_matches_word_starts_only() -> None:
    assert present(("soma\\b",), ["psychosomatic pain", "soma 350mg"]) is True
    assert present(("soma\\b",), ["somatic pain"]) is False
    assert present(("tai chi",), ["Tai\n  Chi classes"]) is True
    assert [s for s, _ in absent_treatments(["Hyperbaric oxygen was tried."])][:2] == ["dentures", "stem-cell"]


def test_misspellings_and_lay_words() -> None:
    rng = random.Random
    assert missing_letter("acupuncture", rng(0)) == "acupuncure"
    assert doubled_letter("baclofen", rng(0)) == "bacllofen"
    assert phonetic("cyclobenzaprine", rng(0)) == "siklobenzaprine"  # a known sound-alike
    assert phonetic("meniscus", rng(1)) == "meniskus"  # a sound rule
    assert misspell("MRI of the lumbar spine in case CM16-0219557", "missing", rng(0)) == (
        "MRI of the lumbr spine in case CM16-0219557")
    assert brand_for("cyclobenzaprine", rng(0)) == "Fexmid"
    assert brand_for("Norco", rng(1)) == "Vicodin"
    assert brand_for("MRI", rng(0)) is None
    assert lay_for("MRI of the lumbar spine", rng(0)) == "MRI of the low back"
    assert lay_for("right L5-S1 epidural steroid injection", rng(0)) == "right L5-S1 spinal injection"


def test_descriptions_pick_the_vaguest_unique_wording() -> None:
    a = {"case_number": "A", "sex": "male", "age": 52, "date_of_injury": "10/10/2016"}
    b = {"case_number": "B", "sex": "male", "age": 55, "date_of_injury": "10/12/2016"}
    c = {"case_number": "C", "sex": "female", "age": 52, "date_of_injury": "10/10/2016"}
    d = {"case_number": "D", "sex": "male", "age": 52, "date_of_injury": "10/20/2016"}
    rng = random.Random
    assert describe(c, [a, b, c], rng(0)) == "a lady in her fifties"  # the only woman
    assert describe(a, [a, b, c], rng(0)) == "a guy in his early fifties injured at work in Oct. 2016"
    assert describe(a, [a, b, c, d], rng(0)) == "a 52 yo guy injured on October 10th, 2016"
    assert describe(a, [a, d, {**a, "case_number": "E"}], rng(0)) is None  # a twin: no single patient
    assert describe({"case_number": "F", "sex": None, "age": None, "date_of_injury": "10/10/2016"}, [a], rng(0)) is None


def test_natural_questions_from_a_file() -> None:
    qs = natural_questions(HERE / "fixtures" / "natural.jsonl")
    assert [(q.id, q.kind, q.expect, q.answerable, q.split) for q in qs] == [
        ("natural-n1", "natural", "item", True, "test"),
        ("natural-n2", "natural", "not_found", False, "both"),  # split "none": asked in every split
        ("natural-n3", "natural", "case_lacks", False, "tune"),
    ]
    assert qs[0].gold == (("CM16-0000001", "Cyclobenzaprine 7.5mg #90"),) and qs[0].expected_decision == "Upheld"
    assert qs[0].tags == ("ur-vs-imr", "brand") and qs[2].wrong_premise is True
    assert [q.id for q in select_split(qs, "test")] == ["natural-n1", "natural-n2"]


def test_natural_questions_absent_file_and_bad_line(tmp_path: Path) -> None:
    assert natural_questions(tmp_path / "missing.jsonl") == []
    bad = tmp_path / "natural.jsonl"
    bad.write_text(json.dumps({"id": "x", "question": "q", "expect": "maybe"}) + "\n")
    with pytest.raises(ImrError, match=r"natural.jsonl:1: .*expect"):
        natural_questions(bad)
