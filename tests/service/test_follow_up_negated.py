"""Outcome follow-ups said in the negative, after one patient's request (service.conversation.THEIR_OUTCOME):
"which weren't denied?" asks of that letter's requests, as "which were denied?" does."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

CELECOXIB = Fact(case_number="CM17-0013625", item_index=1, title="Celecoxib 200mg #90", decision="Upheld")
TABRADOL = Fact(case_number="CM17-0013625", item_index=5, title="Tabradol 1mg/ml oral suspension, 250ml", decision="Upheld")


def after(question: str, kind: str = "item") -> list[Earlier]:
    return [Earlier(question=question, items=(TABRADOL,), kind=kind, letter=(CELECOXIB, TABRADOL))]


def test_which_were_not_denied_asks_of_the_letters_requests():
    earlier = after("the 40 year old woman's oral suspensions")
    for said, rest in (("which weren't denied?", "weren't denied"), ("which were not denied?", "were not denied"),
                       ("which weren't approved?", "weren't approved"), ("and which ones were not approved?",
                                                                          "were not approved")):
        got = resolve(said, earlier)
        assert got.question == f"which requests {rest} in case CM17-0013625?"
        assert got.carried == ("case: CM17-0013625, from the previous answer",)


def test_what_didnt_they_deny_keeps_its_words():
    got = resolve("what didn't they deny?", after("the 40 year old woman's oral suspensions"))
    assert got.question == "what didn't they deny in case CM17-0013625?"


def test_the_plain_outcome_is_read_as_before():
    got = resolve("which were denied?", after("the 40 year old woman's oral suspensions"))
    assert got.question == "which requests were denied in case CM17-0013625?"
