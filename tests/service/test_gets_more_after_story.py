"""An outcome told in the story and then "so do I get any more sessions?": the asking is whether the patient gets
more of the request (its approval), not whether the story's "IMR agreed with UR" holds (service.yes_no)."""

from __future__ import annotations

from service.yes_no import claimed, decision_asked
from tests.conftest import ask, served_client

STORY = "I'm 45, my PT got cut by UR and IMR agreed with UR, so do I get any more sessions?"


def test_the_story_outcome_is_no_claim_to_say_yes_to() -> None:
    assert claimed(STORY) == []
    assert decision_asked(STORY) == "Overturned"
    # ... the outcome asked itself stays the claim: "IMR agreed with UR, right?"
    assert claimed("my PT got cut by UR and IMR agreed with UR, right?") == [(28, "Upheld")]


client = served_client("CM17-0013754")


def test_getting_more_sessions_after_an_upheld_denial_is_no(client) -> None:
    answer = ask(client, STORY)
    assert answer["answer"].startswith(
        'No: the denial of "2 sessions of physical therapy" was upheld; it was not authorised [1].')
