"""A list by a reason told as what the items lacked ("which items did the reviewer say had no functional
improvement?"): the denial's reason code alone, not the approval's finding it negates
(service.reason_listed), so the denials the reviewer gave that reason for are listed, not "No letter ...
decides a request for functional improvement". Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.reason_listed import listed_reasons
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "codes"), [
    ("which items did the reviewer say had no functional improvement?", {"no_functional_improvement"}),
    ("which requests did the reviewer say showed no functional improvement?", {"no_functional_improvement"}),
    ("which items did the reviewer say had no red flags?", {"no_objective_findings"}),
    # a finding had stays the approval's
    ("which approvals had functional improvement?", {"functional_improvement_documented"}),
    ("which approved items had a neuro deficit documented?", {"objective_findings_documented"}),
])
def test_a_finding_lacked_is_the_denials_reason(question, codes) -> None:
    assert listed_reasons(question) == codes


# CM17-0003890: a 25-year-old woman's 8 PT sessions, upheld (no functional improvement from the PT before);
# CM17-0010885: neck acupuncture approved as an initial trial, and PT
client = served_client("CM17-0003890", "CM17-0010885")


def test_items_said_to_have_no_functional_improvement_are_listed(client) -> None:
    answer = ask(client, "which items did the reviewer say had no functional improvement?")["answer"]
    assert answer == ('The reviewer gave that reason (no documented functional improvement) in 1 of the 1 denied (upheld) '
                      'disputed request in the index: CM17-0003890: "Eight (8) physical therapy sessions", upheld (denied) [1]. '
                      '"In this case, the claimant has undergone 8 sessions of physical therapy which were not beneficial '
                      '(1/5/17 note)." [2]')
