"""A statement to confirm opened by the asking words ("am I right that ...", "correct me if I'm wrong but ...",
"can you confirm ...") is answered yes or no first, as "..., right?" is (service.outcomes, service.yes_no). Real
letters, the real model, real HTTP."""

from __future__ import annotations

from service.outcomes import read_outcomes
from tests.conftest import ask, served_client

# CM16-0248034: a 63-year-old man's EMG/NCS, overturned; CM17-0005246: a 29-year-old woman's lumbar MRI, upheld
client = served_client("CM16-0248034", "CM17-0005246")


def test_the_outcome_after_the_asking_words_is_asked() -> None:
    assert [(o.words, o.role) for o in read_outcomes("am I right that the 63 yo man's EMG was overturned").found] == [
        ("overturned", "asked")]


def test_a_statement_opened_to_confirm_opens_yes_or_no(client) -> None:
    answer = ask(client, "am I right that the 63 yo man's EMG was overturned")["answer"]
    assert answer.startswith('Yes: "EMG/NCS of the bilateral upper extremities" was approved (overturned: authorised) [1]. ')
    answer = ask(client, "correct me if I'm wrong but the 29 yo woman's lumbar MRI was approved")["answer"]
    assert answer.startswith('No: the denial of "MRI (magnetic resonance imaging) of the lumbar spine" was upheld; it was '
                             'not authorised [1]. ')
    answer = ask(client, "can you confirm the 29 yo woman's lumbar MRI was denied")["answer"]
    assert answer.startswith("Yes: ")
