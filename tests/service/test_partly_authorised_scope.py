"""A list or pattern over requests utilization review partly authorised ("when UR okays the first 6
visits and the rest goes to IMR") is over those requests' remainders only (service.partly,
service.plan), and says so; a question that does not speak of it is over every request. Over real
letters, the real model and real HTTP."""

from __future__ import annotations

from service.partly import partly_authorised
from tests.conftest import ask, served_client

# the remaining 2 of 8 acupuncture sessions (upheld, CM17-0007857); initial neck acupuncture and neck
# PT (both overturned, CM17-0010885)
client = served_client("CM17-0007857", "CM17-0010885")


def test_the_words_of_a_partly_authorised_request() -> None:
    assert partly_authorised("When UR okays the first 6 acupuncture visits and the rest goes to IMR, what then?")
    assert partly_authorised("medication requests where UR certified part and the rest went to IMR")
    assert partly_authorised("UR gave 6 of the 12 visits")
    assert not partly_authorised("UR approved the MRI, why did IMR deny the PT?")
    assert not partly_authorised("what do reviewers want before approving more acupuncture?")


def test_a_pattern_over_partly_authorised_requests_is_over_their_remainders(client) -> None:
    answer = ask(client, "When UR okays the first 6 acupuncture visits and the rest goes to IMR, what do reviewers "
                         "want before extending acupuncture?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 1 acupuncture (the remainder after UR authorised part) request in the index, "
                                       "1 was denied (upheld) and 0 approved (overturned).")


def test_a_pattern_not_speaking_of_it_is_over_every_request(client) -> None:
    answer = ask(client, "what do reviewers want before approving more acupuncture?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 2 acupuncture requests in the index, 1 was denied (upheld) and 1 approved")
