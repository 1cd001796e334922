"""'anything overturned for patients 60 or older?': anything with an outcome, asked of a group of patients
across letters (service.kinds._LIST), is a list of that group's items, as "which requests were overturned for
patients 60 or older?" is; not one item of whoever ranks first (it answered a 45-year-old woman's naproxen).
"anything approved for the 63 yo man?" stays one patient's. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.understand import understand
from tests.conftest import ask, served_client

# CM16-0230548: 60M, acupuncture overturned, MRI upheld; CM16-0248034: 63M, EMG/NCS overturned;
# CM17-0006797: 63M, shoulder surgery and 4 associated items, all upheld; CM17-0019011: 45F, naproxen overturned
client = served_client("CM16-0230548", "CM16-0248034", "CM17-0006797", "CM17-0019011")


def test_anything_with_an_outcome_of_a_group_is_a_list() -> None:
    query = understand("anything overturned for patients 60 or older?")
    assert (query.kind, query.group, query.decision) == ("list", (("age_min", "60"),), "Overturned")
    query = understand("was anything approved for women?")
    assert (query.kind, query.group) == ("list", (("sex", "female"),))
    assert understand("anything approved for the 63 yo man?").kind == "item"


def test_anything_overturned_for_patients_60_or_older_lists_theirs(client) -> None:
    answer = ask(client, "anything overturned for patients 60 or older?")["answer"]
    assert answer.startswith("8 items of patients aged 60 or over are in the index; 2 of them were overturned (approved) "
                             "and 6 upheld (denied).")
    assert "CM16-0248034" in answer and "CM16-0230548" in answer
    assert "CM17-0019011" not in answer and "Naproxen" not in answer
