"""'neuro' said of the reviewer across letters: a neurologist or a neurosurgeon, whichever a letter's reviewer is
(service.reviewers, service.collection.lexicon, service.filters). Pure rules, no index."""

from __future__ import annotations

from service.collection.lexicon import mentions
from service.collection.vocab import Vocabulary
from service.filters import item_condition, validate
from service.shorthand import spelled_out

VOCAB = Vocabulary(specialties=("Neurology", "Neurological Surgery", "Family Practice"))


def _specialty(question: str, vocab: Vocabulary = VOCAB) -> list[dict]:
    return [m.filters for m in mentions(question, vocab) if m.kind == "specialty"]


def test_a_neuro_who_reviewed_is_either_specialty_the_letters_hold():
    assert _specialty("how many cases did a neuro review?") == [{"specialty": "Neurology,Neurological Surgery"}]
    assert _specialty("how many letters were reviewed by a neuro?") == [{"specialty": "Neurology,Neurological Surgery"}]
    assert _specialty("how many cases did a neuro doc review?") == [{"specialty": "Neurology,Neurological Surgery"}]
    assert _specialty("which cases did a neuro surgeon review?") == [{"specialty": "Neurological Surgery"}]
    # only the one some letter's reviewer holds
    assert _specialty("how many cases did a neuro review?", Vocabulary(specialties=("Neurology",))) == [
        {"specialty": "Neurology"}]


def test_a_neuro_doc_is_no_neurology_request():
    assert spelled_out("how many cases did a neuro doc review?")[0] == "how many cases did a neuro doc review?"
    assert spelled_out("was the neuro consult approved?")[0] == "was the neurology consultation approved?"


def test_a_specialty_filter_of_several_matches_any_of_them():
    filters = validate({"specialty": "Neurology,Neurological Surgery"})
    assert filters == {"specialty": ["Neurology", "Neurological Surgery"]}
    sql, params = item_condition(filters)
    assert sql.count("instr(") == 2 and " OR " in sql and params == ["Neurology", "Neurological Surgery"]
    assert item_condition(validate({"specialty": "Neurology"}))[1] == ["Neurology"]
