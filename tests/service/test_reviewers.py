"""The reviewer's specialty in a question (service.reviewers) and what it does to the reading."""

from __future__ import annotations

from datetime import date

import pytest

from service.reviewers import alternatives, read_reviewer, read_reviewers
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "specialty"), [
    ("What did the emergency medicine doctor who reviewed the low back physical therapy request decide?",
     "Emergency Medicine"),
    ("Was the PT reviewed by an orthopedic surgeon?", "Orthopedic Surgery"),
    ("The reviewer was a physiatrist. Why did he deny the TENS?", "Physical Medicine & Rehabilitation"),
    ("Which letters did an internist reviewer decide?", "Internal Medicine"),
    ("What do pain management specialists who review opioid requests want?", "Pain Management"),
    ("What did the toxicologist who looked at her file decide about the hip MRI?", "Medical Toxicology"),
    ("the internist who went over his case denied the PT", "Internal Medicine"),
    ("The sports medicine doctor who read the file on the ladder fall: was the elbow scan approved?", "Sports Medicine"),
    # the one who decides is the reviewer: "the neurosurgeon turned down", "the neurologist's ruling"
    ("How many things did the neurosurgeon turn down for the 54 year old woman?", "Neurological Surgery"),
    ("The neurologist's ruling on his neck MRI?", "Neurology"),
    ("the orthopedist denied the shoulder surgery, why?", "Orthopedic Surgery"),
    # ... or the one the cases were decided by: "how many cases were decided by chiropractors?"
    ("how many cases were decided by chiropractors?", "Chiropractic"),
    # ... or asked of the reviewer named before, by a pronoun: "the reviewer in her case, was she a family doctor"
    ("the reviewer in the 29 yo woman's case, was she a family doctor", "Family Practice"),
    ("the reviewer for the 34 yo man's facet injections, was he a neurologist?", "Neurology"),
    ("who is the reviewer on the elbow MRI case and are they an orthopedist?", "Orthopedic Surgery"),
    # a pain doctor, in lay words
    ("is the reviewer in CM17-0005418 a pain doctor?", "Pain Management"),
    # "neuro" alone names either a neurologist or a neurosurgeon (service.reviewers.alternatives)
    ("the neck MRI for the 53 year old man - was it a neuro who reviewed it?", "Neurology or Neurological Surgery"),
    ("was the reviewer a neuro?", "Neurology or Neurological Surgery"),
    ("the 34 yo guy whose neck MRI got turned down - was it a neuro who looked at it?", "Neurology or Neurological Surgery"),
    ("was it an internist that handled it?", "Internal Medicine"),
    # ... or asked what they said of it: "what did the internal medicine doc say about ..." ("medicine" is the field's)
    ("what did the internal medicine doc say about the 54 year old man's physical therapy?", "Internal Medicine"),
    ("why did the orthopedist think the knee surgery was not needed?", "Orthopedic Surgery"),
    ("what did the family medicine physician write about the brace?", "Family Practice"),
    ("what did the chiropractor say about the chiropractic?", None),  # a treatment too: the treating one may be meant
    # a field's adjective before "reviewers": "the pain management reviewers", "the orthopedic reviewers"
    ("did any of the pain management reviewers approve anything?", "Pain Management"),
    ("did any of the orthopedic reviewers approve anything?", "Orthopedic Surgery"),
    ("what do chiropractic reviewers say about massage?", "Chiropractic"),
    ("was the pain management referral reviewed by a neurologist?", "Neurology"),
    ("she had a neuro exam, why was the MRI denied?", None),
    ("did the chiropractor ask for more visits for the 46 yo man?", None),  # his treating chiropractor
    ("CM17-0015198 was the chiropractor approved", None),  # the chiropractic (a treatment), not who decided
    # not the reviewer's: a treatment, the treating physician, a surgeon who asks
    ("Why was physical medicine denied?", None),
    ("my family doctor asked for PT and the reviewer denied it", None),
    ("my family doctor said I need PT, what did IMR say?", None),
    ("Did the orthopedic surgeon ask for an MRI?", None),
    ("The neurologist who looked at my son last week wants an EMG", None),
    ("my pain doctor asked for the shots for my back, why were they denied?", None),
    ("why was the pain management consult denied?", None),  # the referral, a treatment
    ("the orthopedic consult that was reviewed last month, why denied?", None),
])
def test_the_reviewers_specialty_is_read_only_as_the_reviewers(question: str, specialty: str | None) -> None:
    found = read_reviewer(question)
    assert (found[0] if found else None) == specialty


def test_every_reviewer_specialty_compared_is_read() -> None:
    from service.reviewers import read_reviewers
    from service.understand import understand

    text = "do family practice reviewers deny more often than orthopedic surgery reviewers?"
    assert [name for name, _span in read_reviewers(text)] == ["Family Practice", "Orthopedic Surgery"]
    assert understand(text).treatments == ()  # "surgery" is the reviewer's


def test_a_reviewers_specialty_is_no_treatment_and_no_patients_job() -> None:
    q = understand("What did the emergency medicine doctor who reviewed the low back physical therapy request decide?",
                   today=date(2026, 11, 30))
    assert (q.reviewer, q.kind, q.treatments, q.body_regions) == ("Emergency Medicine", "item", ("physical_therapy",),
                                                                  ("lumbar",))
    assert not q.person.described and not any(n.startswith("occupation") for n in q.notes)
    rehab = understand("Why did the physical medicine and rehabilitation reviewer deny the TENS unit?",
                       today=date(2026, 11, 30))
    assert (rehab.reviewer, rehab.treatments[0]) == ("Physical Medicine & Rehabilitation", "tens")


def test_a_specialist_who_looked_at_the_file_is_the_reviewer_not_a_treatment() -> None:
    q = understand("What did the toxicologist who looked at the 61-year-old woman's file decide about imaging her hip?",
                   today=date(2026, 11, 30))
    assert (q.reviewer, q.treatments, q.category, q.body_regions) == ("Medical Toxicology", ("imaging",), "imaging",
                                                                      ("hip",))


def test_the_specialist_who_read_the_file_is_no_patients_occupation() -> None:
    q = understand("The sports medicine doctor who read the file on the ladder fall: was the elbow scan approved?",
                   today=date(2026, 11, 30))
    assert (q.reviewer, q.person.occupations, q.body_regions) == ("Sports Medicine", (), ("elbow",))


def test_which_reviewers_of_a_specialty_lists_their_letters() -> None:
    # "which reviewers were orthopedic surgeons?" answered 'No letter in the index decides a request for
    # orthopedic surgeons.' (an item question); a reviewer is a letter's, as in "which cases were reviewed by ..."
    assert [(q.kind, q.reviewer) for q in map(understand, ("which reviewers were orthopedic surgeons?",
                                                           "which reviewer was an internist?"))] == [
        ("count", "Orthopedic Surgery"), ("count", "Internal Medicine")]
    assert understand("which reviewer denied her MRI?").kind == "item"



# two letters whose reviewer is an orthopedic surgeon (a shoulder arthroscopy and its services; 2 of 8
# acupuncture sessions) and one whose reviewer is not
letters = served_client("CM17-0006797", "CM17-0007857", "CM16-0230548")


def test_a_count_of_letters_shows_one_item_of_each_letter(letters) -> None:
    answer = ask(letters, "which reviewers were orthopedic surgeons?")
    assert answer["answer"].startswith("2 letters have at least one item reviewed by a reviewer who is a specialist in Orthopedic "
                                       "Surgery. For example, ")
    assert sorted({c["case_number"] for c in answer["citations"]}) == ["CM17-0006797", "CM17-0007857"]


def test_a_specialty_no_letters_reviewer_has_is_not_found(letters) -> None:
    # not the chiropractic requests: no letter was decided by a chiropractor
    answer = ask(letters, "how many cases were decided by chiropractors?")
    assert (answer["kind"], answer["not_found"], answer["citations"]) == ("not_found", "no_reviewer", [])
    assert answer["answer"] == ("No letter in the index was decided by a reviewer who is a specialist in Chiropractic. The "
                                "reviewers' specialties in the index: Occupational Medicine, Orthopedic Surgery, "
                                "Preventive Medicine, Sports Medicine.")


def test_reviewers_of_two_specialties_compared_by_what_they_deny(letters) -> None:
    # "orthopedic surgery reviewers" was read as a treatment no letter decides
    answer = ask(letters, "do occupational medicine reviewers deny more often than orthopedic surgery reviewers?")
    assert answer["kind"] == "count"
    assert answer["answer"].startswith("The share upheld (denied), by group: Occupational Medicine: 1 of 2 (50%); "
                                       "Orthopedic Surgery: 6 of 6 (100%).")


def test_a_lay_word_for_two_specialties_stands_for_either() -> None:
    assert alternatives("Neurology or Neurological Surgery") == ("Neurology", "Neurological Surgery")
    assert alternatives("Orthopedic Surgery") == ("Orthopedic Surgery",)


def test_the_orthopedic_reviewers_are_the_letters_reviewers(letters) -> None:
    # "did any of the orthopedic reviewers approve anything?" answered 'No letter in the index decides a request
    # for orthopedic.'
    answer = ask(letters, "did any of the orthopedic reviewers approve anything?")
    assert answer["answer"].startswith("No: none of the 6 disputed requests (reviewer: Orthopedic Surgery) in the index was "
                                       "approved (overturned); all 6 were denied (upheld).")
    assert sorted({c["case_number"] for c in answer["citations"]}) == ["CM17-0006797", "CM17-0007857"]


def test_a_specialty_compared_with_a_reviewers_is_read_too() -> None:
    # "do pain doctors overturn more often than family doctors?" read no reviewer: "nothing to count"
    assert read_reviewers("do pain doctors overturn more often than family doctors?") == [
        ("Pain Management", (3, 15)), ("Family Practice", (41, 54))]
    assert read_reviewers("my family doctor asked for PT and the reviewer denied it") == []


def test_two_specialties_compared_by_who_decides_are_the_reviewers(letters) -> None:
    answer = ask(letters, "do orthopedists deny more often than occupational medicine doctors?")
    assert answer["kind"] == "count"
    assert answer["answer"].startswith("The share upheld (denied), by group: Orthopedic Surgery: 6 of 6 (100%); "
                                       "Occupational Medicine: 1 of 2 (50%).")
