"""The adjuster's and defence attorney's desk (tune round 43): their files, the exposure on a drug, the
reviewer by a practitioner's name, the guideline said not to be cited, and three-turn conversations
whose later turns ask of the item in view. Pure rules, no index."""

from __future__ import annotations

from service.collection.cues import _BY_SOURCE
from service.collection.lexicon import mentions
from service.collection.vocab import Vocabulary
from service.compose.facts import asked_facts
from service.conversation import Earlier, Fact, resolve
from service.story import _drug_lists
from service.topic import topic_tokens
from service.understand import understand

PT = Fact(case_number="CM17-0013754", item_index=1, title="2 sessions of physical therapy", decision="Upheld")
SURGERY = Fact(case_number="CM17-0006797", item_index=1, title="Right Shoulder Arthroscopy", decision="Upheld")
ITEM_NOTE = "item: 2 sessions of physical therapy (case CM17-0013754), from the previous answer"


def test_later_turns_ask_of_the_item_in_view():
    earlier = [Earlier(question="the 45 yo man's PT", items=(PT,), kind="item")]
    for question in ("how many did UR give him?", "and why not the rest", "same reviewer for both?",
                     "so IMR denied the rest?", "how much was asked and how much did UR allow?",
                     "what was the original request?", "how many were requested?",
                     # ... UR's part and IMR's together (not every letter's approvals)
                     "how many were approved in total?", "how many got authorized altogether"):
        got = resolve(question, earlier)
        assert got.question == f"{question} [the 2 sessions of physical therapy in case CM17-0013754]"
        assert got.carried == (ITEM_NOTE,)


def test_a_treatment_told_by_its_place_after_the_one_before():
    earlier = [Earlier(question="63 yo man with the shoulder surgery", items=(SURGERY,), kind="item"),
               Earlier(question="was the surgery denied?", items=(SURGERY,), kind="item")]
    got = resolve("and the therapy after it?", earlier)
    assert got.question == "was the therapy after the surgery denied? [in case CM17-0006797]"
    assert got.carried == ("question: the previous one, for the therapy after the surgery",)


def test_dates_and_the_reviewer_asked_briefly():
    assert asked_facts("and how long after UR") == ("timing",)
    assert asked_facts("how long from the application to the IMR decision on her PT?") == ("timing",)
    assert asked_facts("when was UR?") == ("ur_denial_date",)
    assert asked_facts("when was UR on the 34 yo man's facet injections?") == ("ur_denial_date",)
    assert asked_facts("same reviewer for both?") == ("reviewer",)
    assert asked_facts("and what about the same guy's license?") == ("reviewer",)
    assert asked_facts("was the IMR application late on the baclofen case?") == ("application_received",)
    assert asked_facts("was the IMR application on time?") == ("application_received",)
    assert asked_facts("how long after the surgery can she start PT?") == ()  # no step of the review


def test_the_askers_files_name_no_treatment():
    assert topic_tokens(understand("which of my files got reversed at IMR?")) == frozenset()
    assert topic_tokens(understand("emergency room doctor reviewed one of my files - which one and how did it come out?")) \
        == frozenset({"doctor", "emergency", "room"})


def test_the_exposure_on_a_drug_is_no_drug_taken():
    assert _drug_lists("what's the exposure on the Norco for the 50 yo man?") == []
    assert _drug_lists("46F low back strain on flexeril ibuprofen norco") == [(23, 47)]


def test_a_reviewer_by_the_practitioners_name_across_letters():
    vocab = Vocabulary(specialties=("Neurological Surgery", "Emergency Medicine"))
    found = [(m.kind, m.filters) for m in mentions("which cases were reviewed by a neurosurgeon?", vocab)]
    assert found == [("specialty", {"specialty": "Neurological Surgery"})]
    # of one patient, the one who turned it down describes her letter (service.patients), no filter across letters
    found = [m.kind for m in mentions("how many things did the neurosurgeon turn down for the 54 year old woman?", vocab)]
    assert "specialty" not in found
    # the treating doctor is no reviewer
    found = [(m.kind, m.filters) for m in mentions("my family doctor asked for PT, which cases?",
                                                    Vocabulary(specialties=("Family Practice",)))]
    assert found == [("treatment", {"treatment": "physical_therapy"})]


def test_a_guideline_said_not_to_be_cited_is_no_filter():
    text = "which requests were decided on ODG alone, with no MTUS section cited at all?"
    assert [(m.kind, m.filters) for m in mentions(text, Vocabulary())] == [("guideline", {"guideline_only": "ODG"})]
    assert _BY_SOURCE.search("which requests were decided on ODG alone?") is not None


def test_the_one_who_decides_is_the_reviewer_not_the_patient():
    q = understand("the neurosurgeon reviewer - which case did he have and what did he decide?")
    assert (q.reviewer, q.person.sex) == ("Neurological Surgery", None)
    assert understand("did the orthopedic reviewer deny his surgery?").person.sex == "male"  # his surgery: the patient's
    assert understand("the 33 yo man - did the reviewer say he needed x-rays?").person.sex == "male"
