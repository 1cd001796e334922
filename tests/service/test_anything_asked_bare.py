"""'anything approved?' asked of a described patient without its auxiliary ("the 54 yo woman with the ... -
anything approved?"), and "did they deny anything in CM...?" of a letter that denied nothing: both ask, so
the answer opens with its yes or no, not a correction of a premise (service.outcomes.ANYTHING_BARE,
service.flows.item). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.outcomes import read_outcomes
from tests.conftest import ask, served_client

# CM17-0002106: a 54-year-old woman, a head CT and MRIs of the neck and the left shoulder, all upheld;
# CM17-0019011: one request, naproxen, overturned
client = served_client("CM17-0002106", "CM17-0019011")


def test_bare_anything_approved_is_asked() -> None:
    read = read_outcomes("the 54 yo woman with the neck and shoulder MRIs and the head CT - anything approved?")
    assert (read.asked, read.premise, read.wanted) == (True, None, "Overturned")
    read = read_outcomes("her meds, anything ever denied?")
    assert (read.asked, read.premise, read.wanted) == (True, None, "Upheld")


def test_anything_approved_of_the_woman_with_the_scans_is_no(client) -> None:
    answer = ask(client, "the 54 yo woman with the neck and shoulder MRIs and the head CT - anything approved?")["answer"]
    assert answer.startswith("No: in CM17-0002106, all 3 requests were denied (upheld) [1][2][3].")
    assert "IMR denied them" not in answer


def test_did_they_deny_anything_of_an_approval_is_no(client) -> None:
    answer = ask(client, "Did they deny anything in CM17-0019011?")["answer"]
    assert answer.startswith('No: "Naproxen 500mg #60" was approved (overturned: authorised) [1].')
    assert "IMR approved it" not in answer
    answer = ask(client, "did IMR approve anything in CM17-0019011?")["answer"]
    assert answer.startswith('Yes: "Naproxen 500mg #60" was approved (overturned: authorised) [1].')
