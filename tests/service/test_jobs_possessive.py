"""A job that asks for nothing, before "'s" and the patient's things, is the patient's even right
after an outcome word: "why didn't IMR approve the stocker's chiro?" asks of the stocker's chiro,
not of a stocker requested (service.people.mask_occupations). A provider's ("the chiropractor's
treatment") stays what was decided."""

from __future__ import annotations

from service.understand import understand


def test_a_lay_job_before_its_things_is_the_patient() -> None:
    query = understand("why didn't IMR approve the stocker's chiro but approved her MRI?")
    assert query.person.occupations == ("the stocker",)
    assert query.person.described is True
    assert query.treatment_words == ("chiro", "MRI")
    assert understand("why did UR deny the cook's hot cold unit?").person.occupations == ("the cook",)


def test_a_provider_or_a_service_decided_stays_a_request() -> None:
    assert understand("why did IMR deny the chiropractor's treatment?").person.occupations == ()
    # ... and the patient's provider after their age and a possessive: her chiropractor, asked for
    query = understand("did the 52 yo woman's chiropractor get paid")
    assert query.person.occupations == ()
    assert (query.age, query.sex, query.treatments) == (52, "female", ("chiropractic",))
    assert understand("why did UR deny the home aide?").person.occupations == ()


def test_an_aide_by_trade_is_the_patient_not_a_home_aide() -> None:
    # "teacher's aide" is a job: not the teacher's things, and no home health aide asked for
    query = understand("was anything approved for the 54 yo teacher's aide?")
    assert query.person.occupations == ("the 54 yo teacher's aide",)
    assert query.treatments == ()
    assert understand("why was the teachers aide denied").person.occupations == ("the teachers aide",)
    assert understand("why was the teachers aide denied").treatments == ()
    assert understand("the nurse's aide with the bad back - was her MRI approved?").treatment_words == ("MRI",)
    # ... while the aide a patient is given stays a request
    assert understand("why was the home aide denied for the 43 yo man?").treatment_words == ("home aide",)
