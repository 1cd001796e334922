"""Counting questions about the patient a question describes: counted within their letter (not over
every patient of that sex), a yes/no question about the outcome answered as the count's second
part, and the reasons said for exactly the items counted.

End to end with the real model: synthetic letters from corpus.generate (a 42-year-old man with
two X-rays, one approved and one upheld; a 70-year-old woman, one of four, the only one with
acupuncture), and tune-half real letters when ../shared is there.
"""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from corpus.generate import generate_letters
from service.collection.patient import choose, patient, split
from service.people import read_person
from tests.conftest import ask, served_client

# generate_letters(70, seed=0), by position: 64 is the 42-year-old man (X-rays: upheld, overturned);
# 23, 15, 59 and 69 are 70-year-old women (only 23 has acupuncture: two, both upheld); the rest
# have X-rays or acupuncture of other patients (28: a 60-year-old man's approved X-ray)
PICKED = (64, 23, 15, 59, 69, 7, 28, 45, 66, 3, 9, 11)
MAN, WOMAN = "CM17-0195703", "CM17-0195655"


def test_choose_the_patients_letters() -> None:
    fitting = ("A", "B", "C")
    assert choose("A", fitting, {"A"}) == ("A",)  # the clear one has it, no other fitting letter does
    assert choose("A", fitting, set()) == ("A",)  # nobody has it: the clear one, with none
    assert choose("A", fitting, {"B"}) == ("B",)  # the treatment named is firmer than age and sex
    assert choose("A", fitting, {"A", "B"}) == ("A", "B")  # both fit and both have it
    assert choose("A", fitting, {"A", "B"}, story=True) == ("A",)  # the story tells them apart
    assert choose(None, fitting, set()) == ("A", "B", "C")
    assert choose(None, tuple("ABCDEF"), set("ABCDEF")) == ()  # six fit: the description picks out no one


def test_split_says_how_many_had_the_outcome_asked_and_the_rest() -> None:
    assert split(0, "Overturned", 3) == "none was approved: all 3 were upheld (denied)"
    assert split(0, "Overturned", 2) == "neither was approved: both were upheld (denied)"
    assert split(1, "Overturned", 2) == "1 was overturned (approved) and 1 upheld (denied)"
    assert split(2, "Upheld", 2) == "both were upheld (denied)"
    assert split(0, "Upheld", 1) == "it was not denied: it was overturned (approved)"
    assert patient(read_person("the 54 year old woman"), ("CM17-0000001",)).who == "the 54-year-old woman"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, real_encoder):
    from indexer.pipeline import index_paths
    from indexer.settings import Settings
    from indexer.store import open_store
    from service.app import create_app
    from service.engine import Engine
    from service.settings import ServiceSettings

    letters = list(generate_letters(70, seed=0))
    root = tmp_path_factory.mktemp("patient-count")
    folder = root / "letters"
    folder.mkdir()
    for i in PICKED:
        (folder / letters[i].file_name).write_text(letters[i].text, encoding="utf-8")
    truth = {letters[i].case_number: letters[i].truth for i in PICKED}
    settings = Settings.from_env({}, db=root / "chroma", docs=root / "documents")
    store = open_store(settings)
    report = index_paths(settings, sorted(folder.glob("*.txt")), store=store, encoder=real_encoder)
    assert report.indexed == len(PICKED) and not report.failed
    with TestClient(create_app(ServiceSettings(index=settings), engine=Engine(settings, store, real_encoder))) as client:
        yield client, truth


def test_the_generated_patients_are_as_the_tests_say(synthetic) -> None:
    _client, truth = synthetic
    man, woman = truth[MAN], truth[WOMAN]
    assert (man["age"], man["sex"]) == (42, "male")
    assert [i["decision"] for i in man["issues"] if i["kind"] == "xray"] == ["Upheld", "Overturned"]
    assert [c for c, t in truth.items() if (t["age"], t["sex"]) == (70, "female")] == [
        "CM17-0195655", "CM14-0221535", "CM15-0183020", "CM16-0155667"]
    assert [i["decision"] for i in woman["issues"] if i["kind"] == "acupuncture"] == ["Upheld", "Upheld"]


def test_a_count_about_the_patient_described_counts_their_letter_and_its_second_part(synthetic) -> None:
    client, _truth = synthetic
    answer = ask(client, "How many x-rays did the 42 year old man have, and were any approved?")
    assert answer["kind"] == "count"
    assert answer["answer"].startswith(f"The 42-year-old man ({MAN}) had 2 requests for X-ray; 1 was overturned "
                                       "(approved) and 1 upheld (denied). In his letter: ")
    assert answer["table"]["rows"] == [[f"X-ray items in {MAN}", 2], [f"overturned X-ray items in {MAN}", 1]]
    assert answer["count"] == {"total": 2, "Upheld": 1, "Overturned": 1, "counted": 1}
    assert {c["case_number"] for c in answer["citations"]} == {MAN}
    # each example says its decision in plain words outside the letter's quoted heading
    assert f"In his letter: {MAN}, approved: \"" in answer["answer"] or f"In his letter: {MAN}, denied: \"" in answer["answer"]
    assert answer["answer"].count(f"{MAN}, approved: \"") == 1 and answer["answer"].count(f"{MAN}, denied: \"") == 1
    assert f"the patient described: {MAN} (counted within his letter)" in answer["understood"]["notes"]
    # his description is no filter over the population: without it, every male patient's X-rays
    everyone = ask(client, "How many x-ray requests of male patients were there, and were any approved?")
    assert everyone["table"]["rows"] == [["X-ray items of men", 6], ["overturned X-ray items of men", 2]]


def test_the_reasons_are_those_of_exactly_the_items_counted(synthetic) -> None:
    client, _truth = synthetic
    pool = ask(client, "How many aquatic therapy requests did the 42 year old man have, and were any approved?")
    assert pool["answer"].startswith(f"The 42-year-old man ({MAN}) had 2 requests for aquatic therapy; 1 was "
                                     "overturned (approved) and 1 upheld (denied).")
    assert [(r["code"], r["count"], r["of"]) for r in pool["reasons"]] == [
        ("objective_findings_documented", 1, 1), ("within_guideline_limits", 1, 1)]
    assert "The most frequent reasons for the approvals: Objective findings documented: 1 of 1 approval." in pool["answer"]
    # none approved: the reasons of the denials counted
    mri = ask(client, "How many MRIs did the 42 year old man have, and were any approved?")
    assert mri["answer"].startswith(f"The 42-year-old man ({MAN}) had 2 requests for MRI; neither was approved: both "
                                    "were upheld (denied).")
    # both MRI rationales find "a prior study of the cervical spine was on file"; one also a normal exam
    assert [(r["code"], r["count"], r["of"]) for r in mri["reasons"]] == [
        ("already_done", 2, 2), ("no_objective_findings", 1, 2)]
    assert {ref["case_number"] for r in pool["reasons"] + mri["reasons"] for ref in r["items"]} == {MAN}


def test_the_treatment_named_picks_the_one_of_several_fitting_letters_that_has_it(synthetic) -> None:
    client, _truth = synthetic
    answer = ask(client, "How many acupuncture requests did the 70 year old woman have? Did any get approved?")
    assert answer["answer"].startswith(f"The 70-year-old woman ({WOMAN}) had 2 requests for acupuncture; neither was "
                                       "approved: both were upheld (denied). In her letter: ")
    assert answer["count"] == {"total": 2, "Upheld": 2, "Overturned": 0, "counted": 0}
    # none approved: the reasons said are those of her two denials, and only hers
    assert answer["reasons"] and all(r["of"] == 2 for r in answer["reasons"])
    assert {ref["case_number"] for r in answer["reasons"] for ref in r["items"]} == {WOMAN}
    none = ask(client, "How many H-wave units did the 42 year old man have?")
    assert none["answer"].startswith(f"The 42-year-old man ({MAN}) had 0 requests for H-wave")
    assert "His letter decided 14 items: 1. " in none["answer"]
    assert none["reasons"] == []


# Tune-half real letters: a 33-year-old man with three MRIs (all upheld); two 46-year-old women
# (nerve studies in one letter, PT in the other); two 53-year-old men (one with an upheld lumbar
# MRI, two x-rays and more; one with an approved cervical MRI); two 54-year-old women who fell; a
# 25-year-old woman with a low back strain whose one request, "Eight (8) physical therapy sessions", names no body part.
REAL = ["CM16-0234464", "CM17-0009887", "CM17-0018279", "CM17-0011703", "CM16-0246624",
        "CM17-0002106", "CM17-0010006", "CM17-0003890"]


@pytest.fixture(scope="module")
def real(serve_real):
    with serve_real(REAL) as (client, _engine, _service):
        yield client


@pytest.mark.parametrize(("question", "lead"), [
    ("How many MRIs did the 33-year-old man have, and were any approved?",
     "The 33-year-old man (CM16-0234464) had 3 requests for MRI; none was approved: all 3 were upheld (denied)."),
    ("The 46 year old woman had nerve studies on her arm. How many were there, and did any get approved?",
     "The 46-year-old woman (CM17-0009887) had 2 requests for upper extremity nerve studies (EMG, NCS/NCV, "
     "electrodiagnostic); neither was approved: both were upheld (denied)."),
    # two letters fit the description, and both have an MRI: each is counted on its own, and named
    ("How many MRIs did the 53 year old man have, and were any approved?",
     "2 letters fit the 53-year-old man equally, so each is counted on its own. The 53-year-old man (CM16-0246624) "
     "had 1 request for MRI; it was overturned (approved). The 53-year-old man (CM17-0011703) had 1 request for MRI; "
     "it was not approved: it was upheld (denied)."),
    ("How many x-rays did the 53 year old man have?",
     "The 53-year-old man (CM17-0011703) had 2 requests for X-ray: both were upheld (denied)."),    # two 54-year-old women who fell: the reviewer named ("the neurosurgeon turned down") picks hers
    ("How many things did the neurosurgeon turn down for the 54 year old woman who fell, and was any of it approved?",
     "The 54-year-old woman (CM17-0002106) had 3 requests: all 3 were upheld (denied)."),
    # her request names no body part: the part asked leaves it out of nothing
    ("how many low back PT requests did the 25 year old woman have?",
     "The 25-year-old woman (CM17-0003890) had 1 request for physical therapy: it was upheld (denied)."),
])
def test_real_letters_count_the_patient_described(real, question: str, lead: str) -> None:
    answer = ask(real, question)
    assert answer["kind"] == "count" and answer["answer"].startswith(lead)


# two 52-year-old women: one with five requests (an exam, manipulation, electrical stimulation,
# ultrasound, an initial exam: all upheld), one with a single EMG/NCS (upheld)
fifty_two = served_client("CM16-0231745", "CM17-0000859")


def test_how_many_requests_she_had_picks_her_letter(fifty_two) -> None:
    answer = ask(fifty_two, "how many of the 52 yo woman's 5 requests were approved?")
    assert answer["answer"].startswith("The 52-year-old woman (CM16-0231745) had 5 requests; none was approved: "
                                       "all 5 were upheld (denied).")
    assert {h["case_number"] for h in answer["hits"]} == {"CM16-0231745"}


braces = served_client("CM16-0248471", "CM16-0233904")  # two 37-year-old women: a TENS unit and five more; baclofen


def test_a_thing_that_tells_who_she_is_is_not_what_is_counted(braces) -> None:
    # "the 37 yo lady with the TENS": the TENS picks her letter; her requests are counted, not the TENS alone
    for question in ("the 37 yo lady with the TENS - how many of her requests were denied?",
                     "the 37 yo lady with the TENS - how many things were denied?"):
        answer = ask(braces, question)
        assert answer["answer"].startswith("The 37-year-old woman (CM16-0248471) had 6 requests; all 6 were upheld "
                                           "(denied)."), question
