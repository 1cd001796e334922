"""A guideline source asked yes or no of one item ("did the reviewer use ODG for the 62 yo woman's shoulder MRI?", "was
ACOEM cited for the 48 yo man's elbow MRI?"): yes when the item's citation line or its rationale names the source, with the
rationale's sentence that cites it; else no (service.compose.facts). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.compose.facts import asked_facts
from tests.conftest import ask, served_client

# CM17-0014288: a 62-year-old woman's right shoulder MRI, upheld: "The ODG notes: Indications for imaging ..."; CM16-0242302:
# a 48-year-old man's right elbow MRI, upheld, the reviewer relying on ODG's Elbow chapter
client = served_client("CM17-0014288", "CM16-0242302")


def test_the_source_asked_is_the_guideline_fact() -> None:
    assert asked_facts("did the reviewer use ODG for the 62 yo woman's shoulder MRI?") == ("guideline",)
    assert asked_facts("was ACOEM cited for the 48 yo man's elbow MRI?") == ("guideline",)


def test_yes_with_the_sentence_citing_it_or_no(client) -> None:
    odg = ask(client, "did the reviewer use ODG for the 62 yo woman's shoulder MRI?")
    assert odg["answer"].startswith('Yes: for "MRI of the right shoulder without contrast" in case CM17-0014288, the reviewer '
                                    'relied on MTUS Shoulder Complaints 2004, Section(s): Special Studies; Official Disability '
                                    'Guidelines (ODG), Shoulder chapter, MRI [1]; the rationale cites it: "The ODG notes:')
    acoem = ask(client, "was ACOEM cited for the 48 yo man's elbow MRI?")
    assert acoem["answer"].startswith('No: for "MRI without contrast of the right elbow" in case CM16-0242302, the reviewer '
                                      'relied on Official Disability Guidelines (ODG), Elbow chapter, MRI [1]; the rationale '
                                      'does not cite ACOEM either.')
