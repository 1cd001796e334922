"""A treatment group named beside a drug of another kind is asked too (service.scope.asked_sets):
"his diclofenac and his muscle relaxer - were both denied?" answered the diclofenac alone, the
muscle relaxer (a group, cyclobenzaprine among it) dropped because a specific drug was named. The
groups a named drug belongs to ("the Norco pain pill") stay as they were; an umbrella kind named in a list
of things asked ("his MRI and his meds") is asked too (service.scope._listed). Over real letters, the real model and real HTTP for the answer."""

from __future__ import annotations

from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

# a 33-year-old man: three MRIs, diclofenac, the remaining cyclobenzaprine #27, lidocaine ointment (all upheld)
client = served_client("CM16-0234464")


def test_the_group_beside_the_drug_is_asked() -> None:
    assert asked_sets(understand("the 33 yo man, his diclofenac and his muscle relaxer - were both denied?")) == (
        "nsaid", "muscle_relaxant")
    assert asked_sets(understand("was the tramadol and the sleeping pill denied?")) == ("tramadol", "sleep_aid")
    assert asked_sets(understand("was the Norco pain pill denied?")) == ("hydrocodone",)
    assert asked_sets(understand("why was flexeril denied?")) == ("cyclobenzaprine",)
    assert asked_sets(understand("his MRI and his meds - denied?")) == ("mri", "medication")


def test_both_drugs_are_answered(client) -> None:
    answer = ask(client, "my husband is 33 and they cut off his diclofenac and his muscle relaxer - did IMR give "
                         "either one back?")
    items = list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))
    assert items[:2] == ["Diclofenac ER 100mg #60",
                         "Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was authorized "
                         "by the Claims Administrator. The remaining IMR eligible portion of the original request, "
                         "Cyclobenzaprine 7.5mg #27 is"]
