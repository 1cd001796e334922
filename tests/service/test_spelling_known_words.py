"""A word the indexed letters use is no typo (service.spelling.correct's `known`): "no neurologic
findings" was read as "neurolytic", a treatment, so "which request was turned down because there
were no neurologic findings?" answered that the patient's letter has no request for neurolytic.
(The request "Injection of neurolytic substance, lumbar spine" of a letter in the index makes "neurolytic" a word
questions are read against.) Over real letters, the real model and real HTTP for the whole question."""

from __future__ import annotations

from service.spelling import correct
from tests.conftest import ask, served_client

# a 60-year-old man: MRI of neck and right hand (upheld: no evidence of neurological dysfunction),
# acupuncture (overturned)
client = served_client("CM16-0230548")


def test_a_word_the_letters_use_is_left_as_typed() -> None:
    requested = frozenset({"neurolytic", "acupuncture"})  # words of the indexed requests
    assert correct("no neurologic findings", requested)[0] == "no neurolytic findings"  # no letters to know it by
    known = {"neurologic", "acupuncture"}.__contains__  # the index terms the letters use
    assert correct("no neurologic findings", requested, known) == ("no neurologic findings", [])
    # a typo of a treatment word the letters do not use is still read
    assert correct("the acupunture", requested, known)[0] == "the acupuncture"


def test_the_reason_asked_selects_the_item(client) -> None:
    answer = ask(client, "for the 60 year old man with the hand injury, which request was turned down because "
                         "there were no neurologic findings?")
    assert answer["not_found"] == ""
    assert answer["answer"].startswith("Yes, the reviewer gave that reason [1]. Denied (Upheld)")
    assert answer["citations"][0]["request"] == "MRI of neck and right hand without contrast"
