"""A reason guessed, then asked to confirm ("she had no red flags, is that why?") is read as the reason clause
"is that because she had no red flags?" (service.guess_why), so the answer says first whether the reviewer gave it.
Over real letters, the real model and real HTTP for the follow-up."""

from __future__ import annotations

from service.guess_why import guess_as_because
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

# a 28-year-old woman's lumbar MRI, denied for no red flags
client = served_client("CM16-0246635")


def test_the_guess_is_asked_as_a_reason_clause() -> None:
    assert guess_as_because("she had no red flags, is that why?") == "is that because she had no red flags?"
    assert guess_as_because("no drug tests - is that the reason it was denied?") == "is that because no drug tests?"
    assert guess_as_because("why was the MRI denied? she never had x-rays. is that why?") == \
        "why was the MRI denied? is that because she never had x-rays?"
    # ... not a bare "is that why?", with no guess, nor a question that guesses nothing
    assert guess_as_because("is that why?") == "is that why?"
    assert guess_as_because("the 28 yo woman, why was her MRI denied?") == "the 28 yo woman, why was her MRI denied?"


def test_a_guess_after_a_why_answer_gets_its_yes_or_no(client) -> None:
    first_q = "why was the 28 year old woman's lumbar MRI denied?"
    history = [turn(first_q, ask(client, first_q))]
    answer = ask(client, "she had no red flags, is that why?", history=history)["answer"]
    assert answer.startswith("Yes, the reviewer gave that reason [1]. Denied (Upheld): "), answer
    answer = ask(client, "she never did physical therapy, is that why?", history=history)["answer"]
    assert answer.startswith("That is not a reason the reviewer gave. Denied (Upheld): "), answer
