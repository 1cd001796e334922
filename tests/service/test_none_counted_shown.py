"""A count of an outcome that none has still cites what was decided (service.collection.flow):
"which shoulder requests were not denied?" answered "8 shoulder items are in the index; 0 of them
were overturned (approved) and 8 upheld (denied)." and showed none. A count of a treatment only
other patients had says whose it lacks (service.flows.common): "how many TENS units were approved
for men?" answered "No letter in the index decides a request for TENS." Real letters, the real
model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0014288: a 62-year-old woman, right shoulder MRI (upheld); CM17-0002106: a 54-year-old woman, left
# shoulder MRI, cervical MRI, head CT (upheld); CM16-0248471: a 37-year-old woman, TENS unit and more (upheld)
client = served_client("CM17-0014288", "CM17-0002106", "CM16-0248471")


def test_none_not_denied_cites_the_denials(client) -> None:
    answer = ask(client, "which shoulder requests were not denied?")
    assert answer["answer"].startswith("2 shoulder items are in the index; 0 of them were overturned (approved) and 2 "
                                       "upheld (denied). Decided otherwise, for example: ")
    assert {(c["case_number"], c["request"]) for c in answer["citations"]} == {
        ("CM17-0002106", "MRI of the left shoulder"), ("CM17-0014288", "MRI of the right shoulder without contrast")}


def test_a_treatment_only_other_patients_had_says_whose(client) -> None:
    answer = ask(client, "how many TENS units were approved for men?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for TENS of men.")
    answer = ask(client, "how many TENS units were approved for women?")
    assert answer["not_found"] != "no_treatment"
