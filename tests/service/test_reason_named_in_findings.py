"""A reason offered that no reason code reads ("did the 24 year old's CT get overturned because of the
fracture?") gets no yes or no of the reason, but when one of the reviewer's finding sentences names it,
that sentence is quoted and cited after the decision; it was left to the Why part to say. Real letters,
the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 24-year-old man who fainted and fell: a retrospective cervical CT overturned (C2 fracture on x-ray); an elbow MRI upheld
client = served_client("CM17-0005924", "CM16-0242302")


def test_the_finding_that_names_the_reason_offered_is_quoted(client) -> None:
    answer = ask(client, "did the 24 year old's CT get overturned because of the fracture?")
    assert answer["lead"].startswith(
        '"Retrospective CT scan of the cervical spine (DOS 11/18/16)" was approved (overturned: authorised) [1]. The '
        'reviewer\'s findings name it: "Plain film radiographs revealed abnormality with appearance of C2 fracture." [2]')
    assert answer["citations"][1]["role"] == "finding"


def test_a_reason_no_finding_names_gets_the_decision_alone(client) -> None:
    answer = ask(client, "was the 48 yo man's elbow MRI denied because of the cost?")
    assert answer["lead"].startswith('The denial of "MRI without contrast of the right elbow" was upheld; it was not '
                                     "authorised [1]. Denied (Upheld): no objective findings or red flags [2].")
    assert "findings name it" not in answer["answer"]
