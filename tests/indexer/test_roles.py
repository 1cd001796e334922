"""Sentence roles: the rules on sentences written here in reviewers' language, the model fallback
through a deterministic fake encoder, and every real letter labelled."""

from __future__ import annotations

import pytest

from indexer.model import Guideline, Item, Letter
from indexer.roles import PROTOTYPES, ROLES, fallback_role, label_letters, list_entries, rule_role, sentence_roles
from indexer.sentences import trimmed_spans

FINDINGS = [
    "There was no documentation of objective functional improvement with the prior sessions.",
    "The injured worker has used Norco since 2014.",
    "X-ray report and timing of x-ray was not provided.",
    "Here, however, the attending provider's note made no mention of prior injections.",
    "Examination revealed decreased sensation in the L5 dermatome.",
    "She reports pain rated 7/10 despite six weeks of therapy.",
    "The request for 12 visits exceeds the guideline recommendation of 10 visits.",
]
GUIDELINES = [
    "MTUS recommends cyclobenzaprine as a short course of therapy.",
    "ODG criteria for lumbar MRI include a progressive neurological deficit.",
    "The MTUS is silent regarding this request.",
    "Opioids are not recommended as first-line therapy for chronic pain.",
    "(2) Frequency: 1 to 3 times per week.",
    "Baclofen is a muscle relaxant.",
]
CONCLUSIONS = [
    "Therefore, the request for lumbar MRI is not medically necessary.",
    "No, the request for physical therapy was not medically necessary, medically appropriate, or indicated here.",
    "Medical necessity has not been established.",
    "This request does not satisfy the guidelines, and it is not considered medically necessary.",
    "The request for six sessions of acupuncture remains non-certified.",
    "Based on the clinical information and the guidelines, the requested TENS unit is medically necessary.",
]
HISTORY = [
    "This is a request for an MRI of the lumbar spine.",
    "The UR non-certified the request on 12/01/2016.",
    "The patient is a 45-year-old female who sustained an industrial injury on 01/02/2015.",
    "Diagnoses include lumbar strain and cervical radiculopathy.",
    "Treatment to date has included medications and physical therapy.",
]
OTHER = [
    "This decision should not be interpreted as a recommendation to stop opioids abruptly.",
    "The injured worker is advised to discuss tapering with the treating physician.",
]


@pytest.mark.parametrize(
    ("role", "text"),
    [("finding", t) for t in FINDINGS] + [("guideline", t) for t in GUIDELINES] + [("conclusion", t) for t in CONCLUSIONS]
    + [("history", t) for t in HISTORY] + [("other", t) for t in OTHER],
)
def test_rule_role_reads_reviewers_cue_phrases(role: str, text: str) -> None:
    assert rule_role(text) == role


def test_a_rule_and_a_finding_together_is_a_finding() -> None:
    mixed = "Per MTUS, cyclobenzaprine is recommended for a short course; in this case there is no documentation of spasm."
    assert rule_role(mixed) == "finding"
    assert rule_role("MTUS recommends cyclobenzaprine for a short course.") == "guideline"


def test_a_verdict_is_a_conclusion_only_without_a_reason_of_its_own() -> None:
    assert rule_role("Given the above, this request is not medically necessary.") == "conclusion"
    assert rule_role("In the absence of such documentation, the request is not medically necessary.") == "conclusion"
    assert rule_role("Given the lack of documented improvement, the request is not medically necessary.") == "finding"
    assert rule_role("As the requested surgery is not medically necessary, the requested post-operative therapy is not "
                     "medically necessary.") == "finding"
    assert rule_role("Since guidelines do not recommend compounded creams, the request is not medically necessary.") == "guideline"
    # a guideline's own "may be appropriate" is no verdict
    assert rule_role("Long-term use may be appropriate if the patient is showing functional improvement.") == "guideline"


def test_the_request_set_against_the_guideline_alone_is_no_finding() -> None:
    # CM16-0219557's facet injections (nat-1360): the sentence after the finding names only the rules
    # the request conflicts with; gold: guideline
    assert rule_role("The request in question, thus, was at odds with page 82 of the MTUS Chronic Pain Medical Treatment "
                     "Guidelines (July 28, 2016), with the MTUS Guideline in ACOEM Chapter 12, Table 12-8, page 309, and "
                     "with the Third Edition ACOEM Guidelines Low Back Disorders Chapter, page 607.") == "guideline"
    assert rule_role("Therefore, the request ran counter to ACOEM.") == "guideline"
    assert rule_role("The request was at odds with itself.") == "conclusion"
    # ... a reason from the records, or another subject, keeps it a finding
    assert rule_role("The request was, thus, at odds with the applicant's failure to return to work.") == "finding"
    assert rule_role("The request for a second injection was not in keeping with ODG as there was no documented "
                     "relief.") == "finding"
    assert rule_role("The applicant's continued usage of Norco was at odds with MTUS.") == "finding"


def test_history_that_also_reports_a_result_is_a_finding() -> None:
    assert rule_role("The patient is diagnosed with a sprain and x-rays reveal degeneration at L5-S1.") == "finding"
    assert rule_role("The UR denied the request based on the lack of documentation of deficits.") == "history"


def test_guideline_citations_and_dates_are_not_the_patient() -> None:
    assert rule_role("Acupuncture is more effective than placebo for neck pain. (He, 2004)") == "guideline"
    assert rule_role("As noted on page 82 of the MTUS (July 28, 2016), one set of blocks is recommended.") == "guideline"


def test_sentences_the_rules_leave_open_and_the_fallback_without_a_model() -> None:
    assert rule_role("Manipulation moves a joint beyond its usual range.") is None
    assert fallback_role("Manipulation moves a joint beyond its usual range.") == "other"
    assert fallback_role("The patient was seen again in December.") == "finding"
    assert fallback_role("Heat is useful for acute pain.") == "guideline"


def _letter(rationale: str, case: str = "CM16-0000001") -> Letter:
    head = "Physical therapy 6 sessions: Upheld\nDecision rationale: "
    text = head + rationale
    item = Item(
        index=1, request="Physical therapy 6 sessions", decision="Upheld", claims_administrator_guideline=Guideline(raw=""),
        maximus_guideline=Guideline(raw=""), rationale=" ".join(rationale.split()), pages=(1,), span=(0, len(text)),
        heading_span=(0, 35), rationale_span=(len(head), len(text)),
    )
    return Letter(case_number=case, source="x.txt", text=text, page_starts=(0,), items=(item,))


def test_label_letters_makes_one_model_call_for_every_open_sentence_of_the_batch(fake_encoder) -> None:
    open_a = "Manipulation moves a joint beyond its usual range."
    open_b = "Swimming loosens stiff joints."
    letters = [
        _letter(f"MTUS recommends up to 10 visits. {open_a} There was no documentation of improvement."),
        _letter(f"{open_b}  Therefore, the request is not medically necessary.", case="CM16-0000002"),
    ]
    out = label_letters(letters, fake_encoder)
    prototypes = sum(len(texts) for texts in PROTOTYPES.values())
    assert fake_encoder.calls == 2 and fake_encoder.texts == prototypes + 2  # prototypes once, then both open sentences
    first, second = (letter.items[0] for letter in out)
    assert [s.role for s in first.sentences][0::2] == ["guideline", "finding"]
    assert first.sentences[1].role in ROLES and second.sentences[1].role == "conclusion"
    assert [out[1].text[a:b] for a, b in (s.span for s in second.sentences)] == [
        open_b, "Therefore, the request is not medically necessary."]
    label_letters(letters, fake_encoder)
    assert fake_encoder.calls == 3  # prototypes are cached per encoder


def test_label_letters_calls_an_encoder_factory_only_for_open_sentences(fake_encoder) -> None:
    made = []

    def factory():
        made.append(1)
        return fake_encoder

    decided = _letter("MTUS recommends up to 10 visits. Therefore, the request is not medically necessary.")
    (out,) = label_letters([decided], factory)
    assert made == [] and [s.role for s in out.items[0].sentences] == ["guideline", "conclusion"]
    label_letters([_letter("Swimming loosens stiff joints.")], factory)
    assert made == [1]
    (fallback,) = label_letters([_letter("Swimming loosens stiff joints.")], None)
    assert [s.role for s in fallback.items[0].sentences] == ["other"]


def test_every_real_item_gets_its_trimmed_sentences_with_a_role(real_parsed: dict[str, Letter], fake_encoder) -> None:
    letters = label_letters(list(real_parsed.values()), fake_encoder)
    assert fake_encoder.calls == 2  # prototypes, then the open sentences of all 74 letters in one call
    roles = []
    for letter in letters:
        for item in letter.items:
            assert [s.span for s in item.sentences] == trimmed_spans(letter.text, *item.rationale_span)
            roles += [s.role for s in item.sentences]
    assert len(roles) == 1076 and set(roles) == set(ROLES)
    decided = [rule_role(letter.text[a:b]) for letter in letters for item in letter.items for a, b in
               (s.span for s in item.sentences)]
    assert sum(r is not None for r in decided) / len(decided) > 0.9  # the rules settle most sentences


def test_a_guidelines_list_run_on_as_sentences_is_guideline_until_the_reviewer_speaks_of_the_patient() -> None:
    texts = [
        "Most guidelines stop the medication under any of the following circumstances: Patient asks to stop.",
        "Pain has resolved.",
        "No documented improvement in pain and function.",
        "Patient is not following the treatment plan.",
        "In this case, there is no documentation of functional improvement on the regimen.",
        "No documented improvement in pain was noted at the last visit.",
    ]
    assert sorted(list_entries(texts)) == [1, 2, 3]
    assert [roles[0] for roles in sentence_roles([[t] for t in texts[2:4]], None)] == ["finding", "finding"]
    assert sentence_roles([texts], None)[0][1:5] == ["guideline", "guideline", "guideline", "finding"]


def test_a_list_ends_at_a_record_a_long_sentence_or_a_verdict() -> None:
    opener = "Treatment may be continued as follows: pain relief is documented."
    assert list_entries([opener, "Function improves.", "The progress notes of 3/4/2016 show no relief."]) == {1}
    assert list_entries([opener, "Therefore the request is not medically necessary.", "Pain relief."]) == set()
    assert list_entries([opener, " ".join(["word"] * 46) + ".", "Pain relief."]) == set()
    assert list_entries(["Guidelines recommend it for pain.", "No documented improvement."]) == set()
