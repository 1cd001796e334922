"""Reasons an asker claims in lay words (service.reason_asked): "too many other ..." is no quantity of the
request; "wasn't on opioids", "other health problems", "renting or buying". Pure rules, no index."""

from __future__ import annotations

from service.reason_asked import asked_reasons


def test_too_many_other_things_or_health_problems_is_no_quantity():
    assert asked_reasons("was the TENS denied because she was already doing too many other things?") == frozenset()
    assert asked_reasons("was her tramadol turned down because she has too many other health problems?") == {"not_indicated"}
    # a quantity of the request stays one
    assert asked_reasons("denied because he had too many sessions?") == {"exceeds_guideline"}
    assert asked_reasons("because it was too much medication?") == {"exceeds_guideline"}


def test_not_on_opioids_and_a_contraindication_are_not_indicated():
    assert asked_reasons("was the urine test denied because he wasn't on opioids?") == {"not_indicated"}
    assert asked_reasons("denied because he was not taking any narcotics?") == {"not_indicated"}
    assert asked_reasons("was it denied because of a contraindication?") == {"not_indicated"}


def test_renting_or_buying_not_said_is_an_incomplete_request():
    assert asked_reasons("they said no because nobody wrote down whether she was renting it or buying it?") == {
        "incomplete_request"}
    assert asked_reasons("denied because they didn't say buy or rent?") == {"incomplete_request"}


def test_no_stomach_symptoms_is_the_stomach_protector_not_indicated():
    assert asked_reasons("was the pantoprazole denied because of no GI symptoms?") == {"not_indicated"}
    assert asked_reasons("was the omeprazole turned down because she had no stomach problems?") == {"not_indicated"}
    assert asked_reasons("denied because there was no gastrointestinal risk?") == {"not_indicated"}
    # a stomach complaint told, not its lack: no reason offered
    assert asked_reasons("was the pantoprazole denied because of her stomach?") == frozenset()


def test_still_working_is_the_patients_job_not_care_that_works():
    # before: read as functional improvement documented, and "Yes: the reviewer's findings name it: ... seems to be
    # helping ..." by "working" as care that works
    assert asked_reasons("was the MRI denied because he was still working?") == frozenset()
    assert asked_reasons("was it because she is working full time?") == frozenset()
    # care that works stays a reason
    assert asked_reasons("denied because it was working for her?") == {"functional_improvement_documented"}
