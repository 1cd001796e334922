"""The patient's job is who asks, never a thing asked of that no letter prints (service.lacking._thing_words): "I'm a
48 year old carpenter, I fell off ... and they denied an MRI of my shoulder" said "... has no request for carpenter /
shoulder MRI" (the job, followed by a comma, read as one of a list of things no letter names)."""

from __future__ import annotations

from service.lacking import _thing_words
from service.understand import understand
from tests.conftest import ask, served_client

STORY = ("I'm a 48 year old carpenter, I fell off the bottom step of a ladder, hurt my foot and shoulder, and they denied "
         "an MRI of my shoulder, why?")

# CM16-0242302: a 48-year-old man who flipped off the bottom step of a ladder; his one request is a right elbow MRI
client = served_client("CM16-0242302")


def test_the_job_is_no_thing_word():
    words = _thing_words(understand(STORY))
    assert "carpenter" not in words
    assert "ladder" in words
    assert "sewing" not in _thing_words(understand("I work as a sewing machine operator, I'm 54, was the hot tub denied?"))


def test_the_job_is_not_said_lacking(client) -> None:
    answer = ask(client, STORY)
    assert answer["answer"].startswith(
        "The letter of the patient described, case CM16-0242302, has no request for shoulder MRI. Its letter decided "
        "1 item: 1. \"MRI without contrast of the right elbow\": denied (upheld).")
