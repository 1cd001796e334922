"""'was either item upheld?' / 'did IMR overturn any request?' of a named case: every item of the letter
answered, the yes or no of any one of them first, not one item picked (service.flows.chosen.EVERY_ITEM,
service.flows.group_yes_no.ANYTHING_ASKED). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0231745: 5 requests, all upheld; CM17-0010885: acupuncture and physical therapy, both overturned
client = served_client("CM16-0231745", "CM17-0010885")


def test_either_item_upheld_of_a_letter_all_denied_is_yes_of_all(client) -> None:
    answer = ask(client, "CM16-0231745 - was either item upheld?")["answer"]
    assert answer.startswith("Yes: in CM16-0231745, all 5 requests were denied (upheld) [1][2][3][4][5].")


def test_any_request_overturned_of_a_letter_all_denied_is_no(client) -> None:
    answer = ask(client, "did IMR overturn any request in case CM16-0231745?")["answer"]
    assert answer.startswith("No: in CM16-0231745, all 5 requests were denied (upheld) [1][2][3][4][5].")


def test_either_item_upheld_of_a_letter_all_approved_is_no(client) -> None:
    answer = ask(client, "CM17-0010885 - was either item upheld?")["answer"]
    assert answer.startswith("No: in CM17-0010885, none of the 2 requests was denied (upheld) [1][2].")


def test_any_request_for_a_treatment_stays_that_treatment(client) -> None:
    # "either request for PT": the treatment named is the group, not the letter's every item
    answer = ask(client, "was either request for PT denied in CM17-0010885?")["answer"]
    assert answer.startswith("No: \"Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck\" was "
                             "approved (overturned: authorised) [1].")
