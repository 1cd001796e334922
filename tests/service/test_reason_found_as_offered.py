"""A reason offered that a reason code reads the wrong way round ("facet injections upheld - because he has
radicular symptoms?" read as a lack of findings) is confirmed when a finding sentence of the item names it
(the symptoms that made facet blocks unfit), not denied with "That is not a reason the reviewer gave."; a
negated offer ("because he had no radicular symptoms?") is not. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 34-year-old man's lumbar facet injections upheld: radicular symptoms undermined facetogenic pain
client = served_client("CM16-0219557")


def test_a_finding_that_names_the_reason_offered_confirms_it(client) -> None:
    answer = ask(client, "CM16-0219557 facet injections upheld - because he has radicular symptoms?")
    assert answer["lead"].startswith(
        'Yes: the reviewer\'s findings name it: "The applicant\'s superimposed radicular symptoms and the fact that the '
        'attending provider sought concomitant authorization')


def test_the_reason_offered_negated_is_not_confirmed_by_its_words(client) -> None:
    answer = ask(client, "CM16-0219557 facet injections upheld - because he had no radicular symptoms?")
    assert answer["lead"].startswith("That is not a reason the reviewer gave.")
