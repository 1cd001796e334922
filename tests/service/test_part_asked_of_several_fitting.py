"""The body part a yes/no asks of a request told before it, when several letters fit the patient as well and only one of
them has that request ("the 46 yo man's physical therapy - was it for his knee?": two 46-year-old men, one with PT):
that one's request is answered without the part (service.part_asked), not a 45-year-old man's PT found by the knee.
Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0015198: a 46-year-old man's PT for both shoulders, elbows and wrists, and chiropractic, upheld; CM17-0004738: a
# 46-year-old man's low back chiropractic; CM17-0013754: a 45-year-old man's PT for back pain radiating into the legs
client = served_client("CM17-0015198", "CM17-0004738", "CM17-0013754")


def test_the_one_of_them_with_the_request_is_answered(client) -> None:
    body = ask(client, "the 46 yo man's physical therapy - was it for his knee?")
    assert body["answer"].startswith('No: the request "Physical therapy 2 times a week for 6 weeks bilateral shoulder, '
                                     'elbow and wrist" in case CM17-0015198 is for the shoulder, the elbow and the wrist or '
                                     'hand [1].')
