"""'Was X the only thing denied?' of a letter whose only request is X says so, in the sentence that
cites the item's heading ("In case ..., the only request, "X", was denied ..."): a sentence of its
own, uncited or cited by the heading, cost the answer its citation recall or precision (two
earlier attempts). Over the real tune letter CM16-0248655 (one request, a hip MRI, upheld), the
real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

client = served_client("CM16-0248655")


def test_the_letters_only_request_is_said_so(client) -> None:
    answer = ask(client, "was the hip MRI the only thing denied for the 61 yo lady?")
    assert ('In case CM16-0248655, the only request, "MRI without contrast of the right hip", was denied '
            "(Upheld: not authorised) [2].") in answer["answer"]


def test_without_only_the_request_is_said_as_ever(client) -> None:
    answer = ask(client, "was the hip MRI denied for the 61 yo lady?")
    assert 'In case CM16-0248655, the request for "MRI without contrast of the right hip" was denied' in answer["answer"]
