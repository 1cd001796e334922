"""A patient described, and a treatment of theirs that no letter names ("was her hyperbaric oxygen
approved?"): not found, and what their letter did decide; never their other item as the answer.
Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0017734: a 40-year-old woman with lupus, tramadol upheld; CM17-0013754: a 45-year-old man, PT upheld
client = served_client("CM17-0017734", "CM17-0013754")


def test_a_described_patients_treatment_no_letter_names_is_not_found(client):
    answer = ask(client, "the 40 yo woman with lupus - was her hyperbaric oxygen approved?")
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith(
        "No letter in the index mentions hyperbaric oxygen. The letter of the patient described, case CM17-0017734, "
        "has no request for it either. Its letter decided 1 item: 1. \"Tramadol 50mg #60\": denied (upheld).")


def test_a_described_patients_own_treatment_is_answered(client):
    answer = ask(client, "the 40 yo woman with lupus - was her tramadol approved?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "Tramadol 50mg #60"


def test_a_treatment_no_letter_names_for_the_patient_described_is_not_found(client):
    answer = ask(client, "how about the hyperbaric oxygen for the 40 year old woman with lupus?")
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith("No letter in the index mentions hyperbaric oxygen. The letter of the patient "
                                       "described, case CM17-0017734, has no request for it either.")


def test_the_askers_people_are_no_treatment_asked(client):
    answer = ask(client, "my wife is 40 and has lupus, was her hyperbaric oxygen approved?")
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith("No letter in the index mentions hyperbaric oxygen. ")


def test_a_person_told_by_no_field_leaves_the_unknown_words_asked(client):
    # nat-2565 answered an acupuncture item: "a worker with bone pain" is no one letter's patient
    from service.lacking import told_by_nothing
    from service.understand import understand

    question = "vitamin D for a worker with bone pain - any IMR precedent?"
    assert told_by_nothing(understand(question).person)
    assert not told_by_nothing(understand("the 40 yo woman with lupus - was her vitamin D approved?").person)
    answer = ask(client, question)
    # (these two letters use no "bone" either, but "bone pain" is the condition the worker has, no thing asked:
    # service.lacking._CONDITION_WORD); the words apart are said apart (nat-3171 answered "No letter in the index
    # mentions oxygen breath." for "home oxygen for someone short of breath")
    assert answer["answer"].startswith("No letter in the index mentions vitamin. ")



def test_the_noun_after_a_treatment_named_is_no_thing_of_its_own() -> None:
    # "the worker with the sit stand desk": the desk is the sit-stand workstation's noun in the asker's words
    from service.lacking import _treatment_nouns

    assert _treatment_nouns("the worker with the sit stand desk") == frozenset({"desk"})
    assert _treatment_nouns("my wife's TENS gadget") == frozenset({"gadget"})
    assert _treatment_nouns("her hyperbaric oxygen") == frozenset()


# CM17-0009282: a 54-year-old woman's sit-stand workstation, overturned
desk = served_client("CM17-0009282", "CM17-0013754")


def test_a_patient_told_by_their_treatment_in_lay_words_is_found(desk):
    # "No letter in the index mentions desk." read the desk as a thing of its own
    answer = ask(desk, "was anything approved for the worker with the sit stand desk?")
    assert answer["answer"].startswith("Yes: in CM17-0009282, the one request was approved (overturned) [1].")
