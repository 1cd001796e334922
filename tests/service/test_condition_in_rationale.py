"""A condition no case summary prints is looked for in the reviewers' rationales: "the man with the rib fractures"
is the one whose rationale reads "the patient presents with rib fractures" (service.patients._summaries_tell)."""

from types import SimpleNamespace

from service.patients import _summaries_tell
from service.understand import understand

SUMMARIES = [(1, "The injured worker is a 43 year old male who was hurt in a fall."),
             (2, "The injured worker is a 24 year old male with neck pain after a fall.")]
ITEMS = [(1, "Based on progress report, the patient presents with rib fractures, hemothorax and a lumbar hematoma."),
         (2, "The CT scan of the cervical spine showed no acute fracture.")]


class _Catalog:
    def query(self, sql: str, _params):
        return SUMMARIES if "'summary'" in sql else ITEMS


ENGINE = SimpleNamespace(store=SimpleNamespace(catalog=_Catalog()))


def test_the_rationale_tells_the_condition() -> None:
    query = understand("the man with the rib fractures - was his hot tub approved?")
    _mechanisms, conditions = _summaries_tell(ENGINE, query, [1, 2])
    assert conditions == {1: 1.0, 2: 0.0}


def test_a_summary_printing_it_is_read_alone() -> None:
    query = understand("the man with the neck pain - was his hot tub approved?")
    _mechanisms, conditions = _summaries_tell(ENGINE, query, [1, 2])
    assert conditions == {1: 0.0, 2: 1.0}


def test_a_complaint_offered_as_the_reason_is_not_looked_for_there() -> None:
    query = understand("my wife is 54, the naproxen was denied, was it because it upset her stomach?")
    _mechanisms, conditions = _summaries_tell(ENGINE, query, [1, 2])
    assert conditions is None
