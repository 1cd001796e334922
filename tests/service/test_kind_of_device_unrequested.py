"""A device or procedure of its own kind (service.gather._KINDS) that no request names: an arm sling
is no shoulder brace, a medial branch block no facet joint injection, a wheelchair no walker. Asked
with no patient or case, the answer says nothing was found and shows the nearest as related; the
patient described whose letter calls it otherwise ("the sling" after his shoulder surgery) still
gets theirs, and the device by the name the letters use is still found. Over real letters, the
real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0006797: a 63-year-old man, shoulder surgery and its associated services, a shoulder brace
# among them (all upheld); CM16-0219557: lumbar facet joint injections L4-5, L5-S1 (upheld)
client = served_client("CM17-0006797", "CM16-0219557")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_an_arm_sling_is_not_the_shoulder_brace(client) -> None:
    answer = ask(client, "arm sling after a shoulder injury - approved at IMR?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for arm sling.")
    assert answer["related"][0]["request"] == "Associated surgical service: Shoulder Brace"


def test_a_medial_branch_block_is_not_a_facet_joint_injection(client) -> None:
    answer = ask(client, "my pain doc wants a medial branch block in my low back, will IMR approve it?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for medial branch block.")


def test_the_patients_sling_is_their_shoulder_brace(client) -> None:
    answer = ask(client, "why was the sling for after my dad's shoulder surgery turned down? he's 63 and tripped at work")
    assert answer["not_found"] == ""
    assert _items(answer)[0] == "Associated surgical service: Shoulder Brace"


def test_the_brace_and_the_facet_injection_by_their_names_are_found(client) -> None:
    assert _items(ask(client, "was the shoulder brace approved?"))[0] == "Associated surgical service: Shoulder Brace"
    assert _items(ask(client, "why were the facet injections denied?"))[0] == "Facet joint injections L4-5, L5-S1"
