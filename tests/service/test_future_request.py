"""'mri denied, she wants injections now - any chance?': a new request asked of after a decision told. The letter's
decision with no yes or no of the denial told (which answers nothing asked), then that a new request goes through
UR (service.no_one.FUTURE_REQUEST, NEW_REQUEST). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client
from service.no_one import FUTURE_REQUEST, NEW_REQUEST


def test_future_request_words() -> None:
    for text in ("she wants injections now - any chance?", "what are her chances?", "what's the chance of that?",
                 "is there a chance she gets one?", "is there any hope?", "can she get it again next year?",
                 "could he try the MRI again?", "can I get the PT instead?"):
        assert FUTURE_REQUEST.search(text), text
    for text in ("any chance to appeal it?", "can she get her MRI?", "did she get the injections?",
                 "why was the MRI denied?", "can he get them later?"):
        assert not FUTURE_REQUEST.search(text), text


client = served_client("CM16-0246635", "CM17-0005246")


def test_any_chance_after_a_denial_told_says_the_decision_then_a_new_request() -> None:
    assert NEW_REQUEST == ("IMR decided only the request in its letter; a new request goes to the claims administrator's "
                           "utilization review (UR) first.")


def test_any_chance_of_another_treatment_says_no_yes(client) -> None:
    answer = ask(client, "woman 29 back pain mri denied, she wants injections now - any chance?")["answer"]
    assert answer.startswith("Case CM17-0005246 has no request for injections. Denied (Upheld): no objective findings "
                             "or red flags [1]. In case CM17-0005246, the request for \"MRI (magnetic resonance imaging) "
                             "of the lumbar spine\" was denied (Upheld: not authorised) [2].")
    assert "Yes" not in answer
    assert answer.endswith(NEW_REQUEST)


def test_any_chance_again_next_year_says_no_yes(client) -> None:
    answer = ask(client, "28 yo woman lumbar MRI denied, she wants to try again next year - any chance?")["answer"]
    assert answer.startswith("Denied (Upheld): no objective findings or red flags [1]. In case CM16-0246635, the "
                             "request for \"MRI of the Lumbar spine without contrast\" was denied")
    assert answer.endswith(NEW_REQUEST)
