"""A yes/no question about a described patient whom two letters fit equally (service.flows.fitting) opens
with the yes or no of each letter, said once when they agree, else "It depends on which letter": "was the
53 year old man's MRI approved?" (one approved, one denied), "the guy whose neck MRI got denied - was
anything approved?" (neither letter has an approval). The words asking to confirm ("..., right?") tell no
letter apart (service.alike). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.alike import told_words
from service.understand import understand
from tests.conftest import ask, served_client

# two 53-year-old men: CM16-0246624's cervical MRI (overturned), CM17-0011703's lumbar MRI (upheld) and
# four more requests, all upheld; two men whose neck MRI was denied: CM16-0239607 (34, his one request) and
# CM16-0234464 (33, six requests, all upheld)
client = served_client("CM16-0246624", "CM17-0011703", "CM16-0239607", "CM16-0234464")

BOTH = ("2 letters fit the 53-year-old man equally and each has a request for MRI. In {0}, the one request for MRI "
        "was {1}. In {2}, the one request for MRI was {3}.")
APPROVED_FIRST = BOTH.format("CM16-0246624", "approved (overturned)", "CM17-0011703", "denied (upheld)")
DENIED_FIRST = BOTH.format("CM17-0011703", "denied (upheld)", "CM16-0246624", "approved (overturned)")


def test_confirmation_words_tell_no_letter_apart() -> None:
    assert told_words(understand("the 53 year old man's MRI was denied, right?")) == ()


@pytest.mark.parametrize(("question", "lead"), [
    ("was the 53 year old man's MRI approved?", f"It depends on which letter: {APPROVED_FIRST}"),
    ("the 53 year old man's MRI was denied, right?", f"It depends on which letter: {DENIED_FIRST}"),
    ("the guy whose neck MRI got denied - was anything approved?",
     "No: 2 letters fit the man described equally. In CM16-0234464, none of the 6 requests was approved (overturned). "
     "In CM16-0239607, the one request was denied (upheld)."),
    # which one, or why: no yes or no
    ("was the 53 year old man's MRI approved or denied?", APPROVED_FIRST),
    ("why was the 53 year old man's MRI denied?", DENIED_FIRST),
])
def test_yes_or_no_of_each_letter(client, question: str, lead: str) -> None:
    assert ask(client, question)["answer"].startswith(lead)
