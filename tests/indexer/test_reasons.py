"""The reason taxonomy and its rules: each code on sentences written here in reviewers' language,
the guards, and every real letter."""

from __future__ import annotations

import pytest

from indexer.model import Guideline, Item, Letter, Sentence
from indexer.reasons import CODES, code_reasons, codes_for, markdown_table, reason_letters
from indexer.roles import label_letters

F, G = "finding", "guideline"

EACH_CODE = [
    ("no_functional_improvement", "Upheld", "Physical therapy 6 sessions",
     "There was no documentation of objective functional improvement from the prior eight sessions.", F),
    ("no_objective_findings", "Upheld", "MRI of the lumbar spine",
     "The examination did not show any neurological deficit or red flags.", F),
    ("conservative_care_not_tried", "Upheld", "MRI of the knee",
     "There is no indication that the patient has failed conservative treatment such as physical therapy.", F),
    ("not_recommended", "Upheld", "Ultrasound therapy", "Therapeutic ultrasound is not recommended by the guidelines.", G),
    ("exceeds_guideline", "Upheld", "Chiropractic 12 visits",
     "The request for 12 visits exceeds the recommended initial trial of 6 visits.", F),
    ("incomplete_request", "Upheld", "TENS unit",
     "The request failed to specify the frequency, duration and body part to be treated.", F),
    ("opioid_monitoring", "Upheld", "Norco 10/325mg #90",
     "There is no documentation of urine drug screens or a signed pain agreement.", F),
    ("not_indicated", "Upheld", "Gabapentin 300mg #90", "The patient has not been diagnosed with neuropathic pain.", F),
    ("no_rationale", "Upheld", "Lidocaine cream",
     "There was no clear rationale for a topical cream instead of oral medication.", F),
    ("already_done", "Upheld", "MRI of the left knee",
     "The patient had an MRI of the left knee two months ago, and no change in symptoms is described.", F),
    ("primary_not_approved", "Upheld", "Post-operative physical therapy",
     "As the requested surgery is not medically necessary, the associated service is not medically necessary.", F),
    ("functional_improvement_documented", "Overturned", "Chiropractic 6 sessions",
     "Objective functional improvement has been documented with prior chiropractic care.", F),
    ("objective_findings_documented", "Overturned", "MRI of the cervical spine",
     "The records indicate the presence of a neurologic deficit with decreased sensation.", F),
    ("conservative_care_failed", "Overturned", "MRI of the lumbar spine",
     "The patient remains symptomatic despite conservative treatment for six weeks.", F),
    ("within_guideline_limits", "Overturned", "Acupuncture 6 sessions",
     "This is a first-time request within the guidelines for an initial trial.", F),
    ("monitoring_documented", "Overturned", "Norco 10/325mg #60",
     "Urine drug screens were consistent and a pain agreement is documented.", F),
    ("indicated_for_diagnosis", "Overturned", "Naproxen 550mg #60",
     "NSAIDs are recommended for acute low back pain, as is present in this case.", F),
    ("rationale_documented", "Overturned", "Physical therapy 6 sessions",
     "The provider documented why a home exercise program alone is not sufficient.", F),
]


def test_the_taxonomy_is_documented_and_paired() -> None:
    assert len(CODES) == 18
    assert {c.polarity for c in CODES.values()} == {"denial", "approval"}
    for code, spec in CODES.items():
        assert code.islower() and " " not in code and spec.label and spec.description
        if spec.pairs:
            assert CODES[spec.pairs].pairs == code and CODES[spec.pairs].polarity != spec.polarity
    assert sorted(code for code, c in CODES.items() if c.polarity == "approval") == [
        "conservative_care_failed", "functional_improvement_documented", "indicated_for_diagnosis", "monitoring_documented",
        "objective_findings_documented", "rationale_documented", "within_guideline_limits",
    ]
    table = markdown_table().splitlines()
    assert table[0] == "| code | polarity | label | what the reviewer found |" and len(table) == 20
    assert table[2].startswith("| `no_functional_improvement` | denial | No documented functional improvement |")


@pytest.mark.parametrize(("code", "decision", "heading", "text", "role"), EACH_CODE, ids=[row[0] for row in EACH_CODE])
def test_each_code_from_a_sentence_in_reviewers_language(code, decision, heading, text, role) -> None:
    assert codes_for([(text, role)], decision, request=heading) == {code: [0]}


def test_codes_follow_the_decision_and_the_role() -> None:
    improved = ("Objective functional improvement has been documented with prior chiropractic care.", F)
    lacking = ("There was no documentation of objective functional improvement from the prior sessions.", F)
    assert codes_for([improved], "Upheld") == {}
    assert codes_for([lacking], "Overturned") == {}
    # the same words as guideline text, history or conclusion give no code
    assert codes_for([(lacking[0], G), (lacking[0], "history"), (lacking[0], "conclusion")], "Upheld") == {}


def test_a_guideline_only_reason_cites_the_guideline_sentence_only_without_a_finding() -> None:
    rule = ("Chiropractic treatment is not recommended for the elbow and knee.", G)
    finding = ("The request is for treatment of the knee, which the guidelines do not recommend.", F)
    assert codes_for([rule], "Upheld", request="Chiropractic for the knee") == {"not_recommended": [0]}
    assert codes_for([rule, finding], "Upheld", request="Chiropractic for the knee") == {"not_recommended": [1]}
    # a guideline sentence about another treatment does not make this one "not recommended"
    assert codes_for([rule], "Upheld", request="MRI of the knee") == {}
    assert codes_for([("Long term use is not recommended.", G)], "Upheld") == {"exceeds_guideline": [0]}


def test_the_guards() -> None:
    # a finding about another part of the spine says nothing about this item
    neck = ("There are no neck complaints and no neurological deficit.", F)
    assert codes_for([neck], "Upheld", regions=("lumbar",)) == {}
    assert codes_for([neck], "Upheld", regions=("cervical",)) == {"no_objective_findings": [0]}
    # functional improvement is no criterion for a diagnostic test
    lacking = ("There was no functional improvement after the injections.", F)
    assert codes_for([lacking], "Upheld", category="imaging") == {}
    assert codes_for([lacking], "Upheld", category="injection") == {"no_functional_improvement": [0]}
    # prior care named with its outcome is about the outcome, not a repeat
    prior = ("The patient was previously approved for 6 sessions with no documented objective improvement.", F)
    assert codes_for([prior], "Upheld") == {"no_functional_improvement": [0]}
    # "for which this medication is not recommended" is the diagnosis, not the guideline's verdict
    neuropathic = ("The pain is neuropathic, for which this medication is not recommended.", F)
    assert codes_for([neuropathic], "Upheld", request="Naproxen 500mg") == {"not_indicated": [0]}
    # an approval cue after a negation is no approval
    assert codes_for([("There was no functional improvement documented.", F)], "Overturned") == {}


def _letter(sentences: list[tuple[str, str]], decision: str = "Upheld") -> Letter:
    head = "Norco 10/325mg #90: Upheld\nDecision rationale: "
    text = head
    spans = []
    for sentence, _role in sentences:
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence + " "
    item = Item(
        index=1, request="Norco 10/325mg #90", decision=decision, claims_administrator_guideline=Guideline(raw=""),
        maximus_guideline=Guideline(raw=""), rationale="", pages=(1,), span=(0, len(text)), heading_span=(0, 25),
        rationale_span=(len(head), len(text)), category="medication: opioid",
        sentences=tuple(Sentence(span=s, role=r) for s, (_t, r) in zip(spans, sentences)),  # type: ignore[arg-type]
    )
    return Letter(case_number="CM16-0000001", source="x.txt", text=text, page_starts=(0,), items=(item,))


def test_code_reasons_gives_the_spans_of_the_sentences_behind_each_code() -> None:
    letter = _letter([
        ("Opioids are recommended only with documented functional improvement.", G),
        ("There is no documentation of urine drug screens.", F),
        ("The injured worker has used Norco since 2014 without functional improvement.", F),
        ("Therefore, the request is not medically necessary.", "conclusion"),
    ])
    item = letter.items[0]
    reasons = code_reasons(letter, item)
    assert [(r.code, [letter.text[a:b] for a, b in r.spans]) for r in reasons] == [
        ("no_functional_improvement", ["The injured worker has used Norco since 2014 without functional improvement."]),
        ("opioid_monitoring", ["There is no documentation of urine drug screens."]),
    ]
    assert reason_letters([letter])[0].items[0].reasons == reasons


def test_every_real_item_gets_reasons_of_its_decision(real_parsed: dict[str, Letter], fake_encoder) -> None:
    letters = reason_letters(label_letters(list(real_parsed.values()), fake_encoder))
    items = [(letter, item) for letter in letters for item in letter.items]
    assert len(items) == 140
    with_reasons = 0
    for letter, item in items:
        polarity = "approval" if item.decision == "Overturned" else "denial"
        assert all(CODES[r.code].polarity == polarity for r in item.reasons), (letter.case_number, item.index)
        for reason in item.reasons:
            assert reason.spans and set(reason.spans) <= {s.span for s in item.sentences}
        with_reasons += bool(item.reasons)
    assert with_reasons >= 130  # nearly every item says why; a few say it in words no rule knows
