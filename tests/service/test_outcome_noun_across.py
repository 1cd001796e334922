"""An outcome asked as a noun across letters ("any approvals for the stomach medicine?") is a list of every request
of the kind, as "were any stomach medicines approved?" is (service.kinds._LIST); one patient's stays one letter's."""

from __future__ import annotations

from service.understand import understand


def test_approvals_or_denials_asked_of_a_kind_are_a_list() -> None:
    assert understand("any approvals for the stomach medicine?").kind == "list"
    assert understand("were there any denials of knee MRIs?").kind == "list"
    assert understand("any hip MRI approvals?").kind == "list"


def test_one_patients_approvals_are_not_a_list_across_letters() -> None:
    assert understand("the 54 yo woman - any approvals for her meds?").kind == "item"
    assert understand("any approval letter for the MRI?").kind == "item"
