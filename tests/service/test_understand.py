"""service.understand: what a question asks for, and the notes that say why."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest

from service.understand import Query, understand

TODAY = date(2024, 6, 1)


def test_lumbar_mri_denied() -> None:
    q = understand("why was the lumbar MRI denied?", today=TODAY)
    assert q.decision == "Upheld"
    assert q.category == "imaging"
    assert q.body_regions == ("lumbar",)
    assert q.case_numbers == ()
    assert q.aggregate is False
    assert q.notes == (
        "decision: Upheld (from 'denied')",
        "category: imaging (from 'MRI')",
        "body region: lumbar (from 'lumbar')",
    )
    assert q.filters() == {"decision": "Upheld", "category": "imaging", "body_region": "lumbar"}


def test_case_number() -> None:
    q = understand("Why was the MRI denied in case CM16-0213037?", today=TODAY)
    assert q.case_numbers == ("CM16-0213037",)
    assert q.decision == "Upheld"
    assert q.filters() == {"decision": "Upheld", "case_number": "CM16-0213037", "category": "imaging"}
    assert understand("cm16 0213037 and CM17-0000001", today=TODAY).case_numbers == ("CM16-0213037", "CM17-0000001")
    assert understand("cm160213037", today=TODAY).filters() == {"case_number": "CM16-0213037"}


def test_aggregate() -> None:
    q = understand("how often is physical therapy upheld?", today=TODAY)
    assert (q.aggregate, q.category, q.decision) == (True, "physical therapy", "Upheld")
    assert q.filters(with_decision=False) == {"category": "physical therapy"}
    for question in ("How many acupuncture requests were overturned?", "What share of ESIs are upheld?",
                     "what percentage of MRIs are approved", "What proportion of PT is denied?",
                     "rate of approval for Norco", "count the knee surgeries"):
        assert understand(question, today=TODAY).aggregate is True, question  # fmt: skip


def test_flexeril_woman() -> None:
    q = understand("was Flexeril approved for the 48 year old woman injured on 10/10/2016", today=TODAY)
    assert q.decision == "Overturned"
    assert q.age == 48
    assert q.sex == "female"
    assert q.injury_date == "2016-10-10"
    assert q.category == "medication: muscle relaxant"
    assert "cyclobenzaprine" in q.search_text
    assert q.notes == (
        "decision: Overturned (from 'approved')",
        "category: medication: muscle relaxant (from 'Flexeril')",
        "age: 48 (from '48 year old')",
        "sex: female (from 'woman')",
        "injury date: 2016-10-10 (from '10/10/2016')",
    )


def test_abbreviations() -> None:
    q = understand("PT for the L/S", today=TODAY)
    assert (q.category, q.body_regions) == ("physical therapy", ("lumbar",))
    assert q.search_text == "PT for the L/S physical therapy lumbar spine"
    assert "body region: lumbar (from 'L/S')" in q.notes
    q = understand("MRI FOR THE C/S AND L/S", today=TODAY)
    assert q.body_regions == ("cervical", "lumbar")
    assert q.filters() == {"category": "imaging", "body_region": ["cervical", "lumbar"]}


@pytest.mark.parametrize(
    ("question", "decision"),
    [
        ("why was the denial overturned", "Overturned"),
        ("was the denial upheld", "Upheld"),
        ("Which ESIs were non-certified?", "Upheld"),
        ("why was PT not certified", "Upheld"),
        ("why was the surgery not medically necessary", "Upheld"),
        ("requests rejected by the reviewer", "Upheld"),
        ("was Norco not approved", "Upheld"),
        ("which MRIs were authorised", "Overturned"),
        ("when is acupuncture certified", "Overturned"),
        ("was the TENS unit granted", "Overturned"),
        ("when is a knee MRI medically necessary", "Overturned"),
        ("what documents support the request for authorization", None),
        ("was it upheld or overturned", None),
        ("denied or approved?", None),
    ],
)
def test_decision_words(question: str, decision: str | None) -> None:
    assert understand(question, today=TODAY).decision == decision


def test_typos() -> None:
    q = understand("why was the lumbr MRI denied", today=TODAY)
    assert q.body_regions == ("lumbar",)
    assert q.corrections == (("lumbr", "lumbar"),)
    assert q.notes[0] == "spelling: read 'lumbr' as 'lumbar'"
    q = understand("phisical therapy for the right shoulder", today=TODAY)
    assert (q.category, q.body_regions, q.side) == ("physical therapy", ("shoulder",), "right")
    assert understand("was acupunture approved", today=TODAY).category == "acupuncture"
    q = understand("cyclobenzeprine past three weeks", today=TODAY)
    assert q.category == "medication: muscle relaxant"
    assert "Flexeril" in q.search_text
    corrections = understand("Nuerontin and Lyrcia", today=TODAY).corrections
    assert corrections == (("Nuerontin", "neurontin"), ("Lyrcia", "lyrica"))
    # real words and short words are left alone
    for question in ("Which physician found the infection?", "the examination within the conditions",
                     "electrodiagnostic testing and compounded creams", "knee pian"):
        assert understand(question, today=TODAY).corrections == (), question  # fmt: skip


def test_nothing_understood() -> None:
    q = understand("What is the weather like today?", today=TODAY)
    assert q == Query(text="What is the weather like today?", search_text="What is the weather like today?")
    assert (q.decision, q.category, q.age, q.sex, q.injury_date, q.side, q.guideline_source) == (None,) * 7
    assert (q.case_numbers, q.body_regions, q.notes, q.aggregate) == ((), (), (), False)
    assert q.filters() == {}


def test_people_and_dates() -> None:
    q = understand("Norco for the 57-year-old man, date of injury October 10, 2015, per ODG", today=TODAY)
    assert (q.age, q.sex, q.injury_date, q.guideline_source) == (57, "male", "2015-10-10", "ODG")
    assert q.filters() == {"category": "medication: opioid", "guideline_source": "ODG"}
    q = understand("DOI 10/10/16, aged 61, she had a left knee arthroscopy", today=TODAY)
    assert (q.age, q.sex, q.injury_date, q.side, q.category) == (61, "female", "2016-10-10", "left", "surgery")
    assert understand("he and she", today=TODAY).sex is None
    assert understand("injured on 13/45/2016", today=TODAY).injury_date is None
    assert understand("injured on 1/2/2030", today=TODAY).injury_date is None
    assert understand("for 2 years, right?", today=TODAY).age is None
    assert understand("is that right? MTUS or ACOEM", today=TODAY).side is None
    assert understand("what does MTUS say, and ACOEM?", today=TODAY).guideline_source == "MTUS"
    assert understand("left and right knees", today=TODAY).side == "bilateral"


def test_query_serialises() -> None:
    q = understand("was Flexeril approved?", today=TODAY)
    data = msgspec.json.decode(msgspec.json.encode(q))
    assert data["decision"] == "Overturned"
    assert msgspec.convert(data, Query) == q
