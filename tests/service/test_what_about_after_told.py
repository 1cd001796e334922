"""A decision told bare ("shoulder scope denied") and then "what about X?" or "and X?" asks X: the told one is the
story (service.asking.asking_span), answered only as context. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.asking import asking_span
from service.understand import understand
from tests.conftest import ask, served_client

# a 63-year-old man: a shoulder arthroscopy and 4 associated services (the cryotherapy unit among them), all upheld
client = served_client("CM17-0006797")


def test_what_about_after_a_bare_decision_asks_its_own_thing() -> None:
    text = "my client is 63, shoulder scope denied, what about the cold therapy unit?"
    start, end = asking_span(text)
    assert text[start:end] == "what about the cold therapy unit?"
    # ... after a dash too
    text = "the 63 yo, shoulder scope denied - what about the cold therapy unit?"
    start, end = asking_span(text)
    assert text[start:end] == "what about the cold therapy unit?"
    # ... and "and X?" added after it
    text = "my client is 63, shoulder scope denied, and the cold therapy unit?"
    start, end = asking_span(text)
    assert text[start:end] == "the cold therapy unit?"
    text = "the shoulder scope was denied - and the cold therapy unit?"
    start, end = asking_span(text)
    assert text[start:end] == "the cold therapy unit?"
    # ... not after a description of the patient by the decision
    text = "the man with the shoulder scope denied, and the cold therapy unit?"
    assert asking_span(text) == (0, len(text))
    # ... but a question before it is asked with it
    text = "was the shoulder scope denied, what about the cold therapy unit?"
    assert asking_span(text) == (0, len(text))
    text = "was the shoulder scope denied, and the cold therapy unit?"
    assert asking_span(text) == (0, len(text))
    assert understand("my client is 63, shoulder scope denied, what about the cold therapy unit?").treatments == (
        "cold_therapy", "dme")


def test_the_thing_asked_after_what_about_is_answered_first(client) -> None:
    answer = ask(client, "my client is 63, shoulder scope denied, what about the cold therapy unit?")
    assert answer["answer"].startswith(
        'Denied (Upheld): primary request not approved [1]. In case CM17-0006797, the request for "Associated '
        'surgical service: Cryotherapy unit, seven day use" was denied (Upheld: not authorised) [2].')
    # ... "and X?" asks whether X had the decision told too: its yes
    answer = ask(client, "my client is 63, shoulder scope denied, and the cold therapy unit?")
    assert answer["answer"].startswith(
        'Yes: the denial of "Associated surgical service: Cryotherapy unit, seven day use" was upheld; it was not '
        "authorised [1]. Denied (Upheld): primary request not approved [2].")
