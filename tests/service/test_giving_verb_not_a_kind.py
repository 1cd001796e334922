"""A verb of giving a treatment and whom it is given to name no kind of it (service.gather.unknown_phrase):
"... they wanted to put shots into the joints of his spine at two levels - did that go through or not?"
answered "No letter in the index decides a request for put shots." (tune nat-3284). Over real letters,
the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM16-0219557: a 34-year-old man off work with low back pain, facet joint injections L4-5, L5-S1 (upheld);
# CM17-0005418: a 57-year-old man, right L4 and L5 transforaminal epidurals (upheld)
client = served_client("CM16-0219557", "CM17-0005418")


def test_shots_put_into_the_spine_are_the_injections_asked(client) -> None:
    answer = ask(client, "a guy I work with is 34, hurt his lower back and he's off work. they wanted to put shots "
                         "into the joints of his spine at two levels - did that go through or not?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "Facet joint injections L4-5, L5-S1"
    assert 'the request for "Facet joint injections L4-5, L5-S1" was denied (Upheld: not authorised)' in answer["answer"]


def test_shots_given_to_him_are_the_injections_asked(client) -> None:
    answer = ask(client, "the 34 year old man - they wanted to give him shots in his back, approved?")
    assert answer["not_found"] == ""
    assert answer["citations"][0]["request"] == "Facet joint injections L4-5, L5-S1"


def test_an_unknown_kind_given_is_still_said(client) -> None:
    answer = ask(client, "did they give her ketamine shots?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for ketamine shots.")
