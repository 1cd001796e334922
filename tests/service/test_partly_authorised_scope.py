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
    # the adjuster's shorthand: "UR certs part of a request"
    assert partly_authorised("when UR certs part of a request (some of the visits, or the pills but not the refills) - "
                             "does IMR ever give back the rest?")
    assert partly_authorised("UR cert'd part of the PT and the rest went to IMR")
    assert not partly_authorised("UR approved the MRI, why did IMR deny the PT?")
    assert not partly_authorised("what do reviewers want before approving more acupuncture?")


def test_a_pattern_over_partly_authorised_requests_is_over_their_remainders(client) -> None:
    answer = ask(client, "When UR okays the first 6 acupuncture visits and the rest goes to IMR, what do reviewers "
                         "want before extending acupuncture?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 1 acupuncture request (the remainder after UR authorised part) in the index, "
                                       "1 was denied (upheld) and 0 approved (overturned).")


def test_a_pattern_not_speaking_of_it_is_over_every_request(client) -> None:
    answer = ask(client, "what do reviewers want before approving more acupuncture?")
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 2 acupuncture requests in the index, 1 was denied (upheld) and 1 approved")


# pantoprazole 40mg #60 with one refill, denied whole by UR (upheld); baclofen, the remaining #3 of 30
# (UR authorised #27; upheld)
one_items = served_client("CM16-0249170", "CM16-0233904")


def test_a_request_ur_denied_whole_is_said_so_when_asked(one_items) -> None:
    answer = ask(one_items, "pantoprazole 40mg BID #60 with one refill - did UR approve part of it, and what did IMR decide?")
    assert answer["hits"][0]["title"].startswith("Pantoprazole 40mg")
    assert answer["answer"].endswith("Utilization review authorised no part of this request: IMR decided the whole of it.")


def test_a_remainder_is_not_said_to_be_whole(one_items) -> None:
    answer = ask(one_items, "UR approved part of the baclofen - what did IMR decide on the rest?")
    assert answer["hits"][0]["title"].startswith("Baclofen 100mg")
    assert "authorised no part" not in answer["answer"]


def test_modified_duty_is_the_patients_work() -> None:
    assert not partly_authorised("27 yr old woman, strained her low back, working modified duty - why no more chiro?")
    assert partly_authorised("his request was modified by UR - what did IMR do with the rest?")
