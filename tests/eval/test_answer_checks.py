"""Checks that read an answer: its stated decision, "not found", one patient, independent quotes, reasons.

Tiny hand-written answers with literal expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.decisions import decision_score, decisions_in, says_case_lacks, says_not_found, stated_decisions
from eval.metrics import first_item_right, one_patient
from eval.reasons import matches_finding, quotes_per_answer, reason_quoted, topic_reasons
from eval.roles_gold import read_roles, request_index
from eval.support import citation_independent, normalise
from service.types import Answer, Citation, GuidelineRef

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MRI = ("CM16-0000001", "MRI of the lumbar spine")
PT = ("CM16-0000001", "Physical therapy 8 sessions")
OTHER = ("CM16-0000009", "MRI of the lumbar spine")


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The request for "MRI" was denied (IMR upheld the utilization review denial, so the treatment is not '
     'authorised) [1].', ["Upheld", "Upheld", "Upheld"]),
    ('The request for "MRI" was approved (IMR overturned the utilization review denial, so the treatment is '
     'authorised) [1].', ["Overturned", "Overturned", "Overturned"]),
    ("IMR approved it; it was not denied.", ["Overturned", "Overturned"]),
    ("The MRI wasn't approved.", ["Upheld"]),
    ("The MRI was never authorized.", ["Upheld"]),
    ("UR denied his OxyContin, but IMR overturned that decision.", ["Overturned"]),
    # ... UR named with its short form after it
    ("IMR decides each disputed request that utilization review (UR) denied or modified.", []),
    ("Overturned means IMR reversed utilization review's (UR's) denial.", ["Overturned", "Overturned"]),
    ("The request is not medically necessary.", ["Upheld"]),
    ("The reviewer did not find it medically necessary.", ["Upheld"]),
    ("It was not denied but approved.", ["Overturned", "Overturned"]),
    ("The request was non-certified.", ["Upheld"]),
    ("The denial stands.", ["Upheld"]),
    ("No approval was given.", ["Upheld"]),
    ("No: in CM16-0231745, none of the 5 requests was approved (overturned).", ["Upheld"]),
    ("None of them were approved.", ["Upheld"]),
    ('The reviewer wrote: "the request is medically necessary" [2].', []),  # quoted letter text
    ("Cyclobenzaprine #63 was authorized by the Claims Administrator; the rest was non-certified.", ["Upheld"]),
    ("Was it approved or denied? The letter gives the guideline.", []),
    ("The reviewer cited MTUS, page 303.", []),
])
def test_decisions_in_a_sentence(sentence: str, expected: list[str]) -> None:
    assert decisions_in(sentence) == expected


def test_stated_decisions_read_only_the_sentences_about_the_gold_item() -> None:
    cites = [(1, *MRI), (2, *PT), (3, *OTHER)]
    text = ("In case CM16-0000001 the MRI of the lumbar spine was denied [1]. The physical therapy was approved [2]. "
            "In another case, CM16-0000009, an MRI was approved [3]. That patient had red flags.")
    assert stated_decisions(text, cites, [MRI]) == {"Upheld"}
    assert stated_decisions(text, cites, [PT]) == {"Overturned"}
    assert stated_decisions(text, cites, [OTHER]) == {"Overturned"}


def test_an_llm_answer_stating_the_wrong_decision_scores_zero_whatever_its_metadata() -> None:
    # the citation's metadata says Upheld; the sentence says approved
    stated = stated_decisions("The lumbar MRI was approved because the reviewer found it necessary [1].",
                              [(1, *MRI)], [MRI])
    assert stated == {"Overturned"}
    assert decision_score(stated, "Upheld") == 0.0
    assert decision_score(stated_decisions("It was denied [1].", [(1, *MRI)], [MRI]), "Upheld") == 1.0
    # a sentence with no marker and no case number is about what the previous one was about
    both = stated_decisions("It was denied [1]. Later it was approved.", [(1, *MRI)], [MRI])
    assert (both, decision_score(both, "Upheld")) == ({"Upheld", "Overturned"}, 0.0)
    assert decision_score(stated_decisions("The guideline is MTUS [1].", [(1, *MRI)], [MRI]), "Upheld") == 0.0


def test_premise_correction_reads_as_the_true_decision() -> None:
    text = "IMR did not approve it: the denial stands [1]. The lumbar MRI was not authorised."
    assert stated_decisions(text, [(1, *MRI)], [MRI]) == {"Upheld"}


def test_not_found_and_case_lacks() -> None:
    assert says_not_found("Nothing in the indexed letters answers this question.")
    assert says_not_found("No letter in the index mentions hyperbaric oxygen. Related: [1].")
    assert says_not_found("I could not find any decision about LASIK.")
    assert not says_not_found("The MRI was denied because no red flags were documented [1].")
    assert not says_not_found("The MRI was denied [1].")
    assert says_case_lacks("Case CM16-0000002 does not include acupuncture; it has an MRI [1].", ["CM16-0000002"])
    assert says_case_lacks("CM16-0000002 has no request for acupuncture.", ["CM16-0000002"])
    assert not says_case_lacks("Acupuncture was denied in case CM16-0000002 [1].", ["CM16-0000002"])
    assert not says_case_lacks("That case does not include acupuncture.", ["CM16-0000002"])  # which case?


def test_one_patient_and_first_item() -> None:
    assert one_patient("In case CM16-0000001 it was denied [1].", ["CM16-0000001"], ["CM16-0000001"]) == 1.0
    assert one_patient("Denied [1]. See also [2].", ["CM16-0000001", "CM16-0000009"], ["CM16-0000001"]) == 0.0
    assert one_patient("Unlike CM16-0000009, it was denied [1].", ["CM16-0000001"], ["CM16-0000001"]) == 0.0
    assert first_item_right(("CM16-0000001", " mri of the LUMBAR spine"), [MRI]) == 1.0
    assert first_item_right(PT, [MRI]) == 0.0
    assert first_item_right(None, [MRI]) == 0.0


def _citation(n: int, item: tuple[str, str], quote: str) -> Citation:
    return Citation(n=n, case_number=item[0], request=item[1], decision="Upheld", pages=(1,),
                    guideline=GuidelineRef(), quote=quote, span=(0, len(quote)))


def _answer(*citations: Citation) -> Answer:
    return Answer(question="q", answer="a", citations=citations, hits=(), understood={})


def test_citation_independent_checks_text_the_system_did_not_make() -> None:
    independent = {"CM16-0000001": ["MRI of the lumbar spine: Upheld",
                                    "There were no red flags\nor   neurological deficits documented."]}
    good = _citation(1, MRI, "no red flags or neurological deficits")  # spaces differ from the source
    heading = _citation(2, MRI, "MRI of the lumbar spine: Upheld")
    invented = _citation(3, MRI, "The patient improved with therapy.")
    other_letter = _citation(4, OTHER, "no red flags")
    assert citation_independent(_answer(good, heading), independent) == 1.0
    assert citation_independent(_answer(good, heading, invented, other_letter), independent) == 0.5
    assert citation_independent(_answer(), independent) is None
    assert normalise("“Quoted”\u00a0text — here") == '"quoted" text - here'


FINDING = "The patient has been on long term treatment with said medication."


def test_reason_metrics_hand_computed() -> None:
    assert matches_finding(FINDING, FINDING)
    assert matches_finding("Per MTUS, short courses only. " + FINDING, FINDING)  # the quote holds the finding
    assert matches_finding("has been on long term treatment with said medication", FINDING)  # a clause, 52 chars
    assert not matches_finding("long term treatment", FINDING)  # a fragment under 40 characters
    assert reason_quoted(["MTUS recommends a short course.", FINDING], [FINDING]) == 1.0
    assert reason_quoted(["MTUS recommends a short course."], [FINDING]) == 0.0
    assert reason_quoted([FINDING], []) is None  # the item has no finding sentence: not scored
    findings = {"A": ["no red flags were documented on examination"], "B": [FINDING], "C": ["x" * 50], "D": []}
    quotes = {"A": ["No red flags were documented on examination."], "B": [FINDING]}
    assert topic_reasons(quotes, findings) == 0.0  # 2 of the 3 gold letters with findings
    assert topic_reasons({**quotes, "C": ["x" * 50]}, findings) == 1.0
    assert topic_reasons(quotes, {"A": findings["A"], "B": [FINDING]}) == 1.0  # fewer than 3: all of them
    assert topic_reasons(quotes, {"D": []}) is None
    assert quotes_per_answer(["a", "", "  ", "b"]) == 2


def test_roles_gold_from_a_file(tmp_path: Path) -> None:
    index = request_index([{"case_number": "CM16-0000003", "issues": [{"request": "Acupuncture"}, {"request": "TENS"}]}])
    gold = read_roles(FIXTURES / "roles.jsonl", index)
    assert len(gold) == 3
    assert gold.findings("CM16-0000001", "cyclobenzaprine  7.5mg #90") == [
        "The patient has been on long term treatment with said medication."]
    assert gold.findings("CM16-0000003", "TENS") == []  # by item index: the item has no finding
    assert gold.findings("CM16-0000003", "Acupuncture") is None  # not in the gold
    assert len(read_roles(tmp_path / "absent.jsonl")) == 0


def test_a_case_number_typed_in_lower_case_is_the_case_named() -> None:
    from eval.kinds import Question
    from eval.scoring import _natural_right
    from service.types import Answer

    said = Answer(question="", answer="Case CM16-0234464 has no request for norco. Its letter decided 6 items.",
                  citations=(), hits=(), understood={})
    for typed in ("why was the norco denied in case cm16-0234464?", "Why was the Norco denied in case CM16-0234464?"):
        q = Question(id="x", kind="natural", question=typed, expect="case_lacks", answerable=False)
        assert _natural_right(q, said) == 1.0
