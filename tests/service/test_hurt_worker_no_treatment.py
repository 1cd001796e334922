"""How the worker is ("a hurt worker", "injured workers") names no treatment no letter has
(service.lacking.ROLE_WORDS): "has IMR ever okayed reiki or energy healing for a hurt worker?" answered
"No letter in the index mentions reiki or hurt." (tune nat-3328). Over real letters, the real model and
real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0246635: a 28-year-old woman, lumbar MRI (upheld); CM16-0246624: a 53-year-old man, cervical MRI (overturned)
client = served_client("CM16-0246635", "CM16-0246624")


def test_a_hurt_worker_is_no_treatment_not_found(client) -> None:
    answer = ask(client, "has IMR ever okayed reiki or energy healing for a hurt worker?")
    assert answer["answer"].startswith("No letter in the index mentions reiki or energy healing. ")
    assert answer["citations"] == []


def test_gotten_is_no_treatment_not_found(client) -> None:
    # "has anyone ever gotten a hot tub approved?" named "gotten or hot tub"
    answer = ask(client, "has anyone ever gotten a hot tub approved?")
    assert answer["answer"].startswith("No letter in the index mentions hot tub. ")


def test_a_gym_membership_is_named_whole(client) -> None:
    answer = ask(client, "any letters on a gym membership?")
    assert answer["answer"].startswith("No letter in the index decides a request for gym membership. ")
