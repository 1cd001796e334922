"""A follow-up naming a treatment misspelt ("the flexaril one") is read as the corrected question names it
(service.conversation.resolve's `corrected`): of the letter before when it has that treatment, not of the
item before by its pronoun."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

FANATREX = Fact(case_number="CM17-0013625", item_index=2, title="Fanatrex 25mg/ml oral suspension 420ml", decision="Upheld")
TABRADOL = Fact(case_number="CM17-0013625", item_index=5, title="Tabradol 1mg/ml oral suspension, 250ml", decision="Upheld")
BEFORE = [Earlier(question="40 yo woman, cumulative trauma, all liquid medicines", items=(FANATREX, TABRADOL),
                  kind="item", letter=(FANATREX, TABRADOL))]


def test_a_misspelt_treatment_of_the_letter_before_carries_the_case() -> None:
    found = resolve("the flexaril one, why was that refused", BEFORE, "the flexeril one, why was that refused")
    assert found.question == "the flexaril one, why was that refused [in case CM17-0013625]"
    assert found.carried == ("case: CM17-0013625, from the previous answer (its letter has the flexeril / flexeril / flexeril)",)


def test_without_the_correction_that_is_the_item_before() -> None:
    found = resolve("the flexaril one, why was that refused", BEFORE)
    assert "Fanatrex" in found.question
