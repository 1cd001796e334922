"""A kind named by its own word beside a narrower treatment of that kind ("her celebrex approved and the
liquid medicines turned down, right?") is asked too, and each claim placed on the words naming its item
most narrowly: the question answered the celecoxib alone, with no yes or no (nat-3724)."""

from __future__ import annotations

from service.kind_named import kinds_named_apart
from service.premises import _named_at
from service.scope import asked_sets
from service.understand import understand
from tests.conftest import ask, served_client

CLAIM = "so the 40 year old woman got her celebrex approved and the liquid medicines turned down, right?"


def test_the_kinds_own_word_apart_is_added() -> None:
    assert kinds_named_apart("her celebrex approved and the liquid medicines turned down",
                             [("nsaid", "celebrex"), ("medication", "celebrex")]) == [
        ("nsaid", "celebrex"), ("medication", "celebrex"), ("medication", "medicines")]
    # ... not a word of the treatment itself, nor a kind named by its own word already
    assert kinds_named_apart("the Norco pain pills", [("hydrocodone", "Norco"), ("opioid", "Norco"),
                                                      ("medication", "Norco")]) == [
        ("hydrocodone", "Norco"), ("opioid", "Norco"), ("medication", "Norco")]
    # ... nor the kind's word said with the treatment ("Why are CT scan requests denied?" asked of all imaging)
    assert kinds_named_apart("Why are CT scan requests denied?", [("ct", "CT"), ("imaging", "CT")]) == [
        ("ct", "CT"), ("imaging", "CT")]
    assert kinds_named_apart("her meds", [("medication", "meds")]) == [("medication", "meds")]
    assert kinds_named_apart("was the celebrex denied?", [("nsaid", "celebrex"), ("medication", "celebrex")]) == [
        ("nsaid", "celebrex"), ("medication", "celebrex")]


def test_the_kind_claimed_by_its_own_word_is_asked() -> None:
    assert asked_sets(understand(CLAIM)) == ("nsaid", "medication")
    # ... not the kind of the one drug asked about
    assert asked_sets(understand("was the 40 yo woman's celebrex approved?")) == ("nsaid",)
    # ... and told with "all", no outcome word of its own (tune nat-4216 answered the celecoxib alone)
    assert asked_sets(understand("my mom is 40, hurts all over from her job. they denied the celebrex and all those liquid "
                                 "medicines. did any of them get approved?")) == ("nsaid", "medication")
    assert asked_sets(understand("40 yo woman, they denied her celebrex and she's on other meds, was it approved?")) == ("nsaid",)
    # ... not the patient told by them, nor what UR denied (nat-3729, nat-196)
    assert asked_sets(understand("the 40 year old woman with all the liquid meds, which ones were for sleep?")) == (
        "sleep_aid",)
    assert asked_sets(understand("UR denied all of the liquid meds for the 40 year old woman, but IMR approved the Celebrex at "
                                 "least, right?")) == ("nsaid",)


def test_a_claim_is_placed_on_the_narrowest_words() -> None:
    named = [(10, {"nsaid", "medication"}, 8), (40, {"medication"}, 9)]
    assert _named_at(named, ("anticonvulsant", "medication")) == [40]
    assert _named_at(named, ("nsaid", "medication")) == [10]
    assert _named_at(named, ("mri", "imaging")) == []


# a 40-year-old woman's celecoxib and four oral suspensions (Fanatrex, Dicopanol, Deprizine, Tabradol), all upheld
client = served_client("CM17-0013625")


def test_each_part_of_the_claim_answered(client) -> None:
    answer = ask(client, CLAIM)["answer"]
    assert answer.startswith('No: "Celecoxib 200mg #90" was denied (upheld), not approved [1].')
    assert '"Fanatrex 25mg/ml oral suspension 420ml" was denied (upheld), as the question says' in answer


def test_every_one_of_the_kind_told_with_all_is_answered(client) -> None:
    answer = ask(client, "my mom is 40, hurts all over from her job. they denied the celebrex and all those liquid medicines. "
                         "did any of them get approved?")
    assert answer["answer"].startswith("No: IMR denied them: ")
    assert {c["item_index"] for c in answer["citations"] if c["item_index"]} == {1, 2, 3, 4, 5}
