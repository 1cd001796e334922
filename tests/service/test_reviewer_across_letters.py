"""A reviewer's specialty asked of any letter ("is there a case where the reviewer was a family practice doctor and
approved it?", "any letters where the reviewer was an orthopedic surgeon ...") is a list across letters, not one
letter's item; the kind of doctor the reviewer was is no job of the patient's; "a physical medicine reviewer" is the
specialty (Physical Medicine & Rehabilitation), "physical medicine" alone the treatment."""

from __future__ import annotations

from service.understand import understand


def test_a_reviewer_of_any_letter_is_a_list_across_letters() -> None:
    q = understand("is there a case where the reviewer was a family practice doctor and approved it?")
    assert (q.kind, q.reviewer, q.person.described, q.person.occupations) == ("list", "Family Practice", False, ())
    q = understand("any letters where the reviewer was an orthopedic surgeon and the request was approved?")
    assert (q.kind, q.reviewer) == ("list", "Orthopedic Surgery")
    # one letter's reviewer, the patient described, stays that letter's
    q = understand("the 33 yo woman whose reviewer was an orthopedist - what was decided?")
    assert (q.kind, q.reviewer, q.person.age) == ("item", "Orthopedic Surgery", 33)
    # the patient's own job is still read
    assert understand("my husband is a doctor, 52, was his MRI approved?").person.occupations == ("is a doctor",)


def test_a_physical_medicine_reviewer_is_the_specialty_and_physical_medicine_alone_the_treatment() -> None:
    q = understand("were any requests approved by a physical medicine reviewer?")
    assert (q.kind, q.reviewer, q.treatments) == ("list", "Physical Medicine & Rehabilitation", ())
    assert understand("how many cases did physical medicine doctors review?").reviewer == "Physical Medicine & Rehabilitation"
    q = understand("was physical medicine approved for her back?")
    assert (q.reviewer, "physical_therapy" in q.treatments) == (None, True)
