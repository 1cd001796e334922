""""aren't recommended", "isnt generally recommended" offered as the reason is the guideline's not recommending
the treatment (reason code not_recommended, service.reason_asked), confirmed when the reviewer gave it.
Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.reason_asked import asked_reasons
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "codes"), [
    ("were the creams denied because they aren't recommended?", {"not_recommended"}),
    ("was the ointment denied because it isnt generally recommended?", {"not_recommended"}),
    ("denied because it's no longer recommended?", {"not_recommended"}),
    ("denied because the guidelines don’t support it?", {"not_recommended"}),
    ("was it denied because the doctor recommended it?", set()),
    # the treatment's effect denied in general is what the guideline weighs; the patient's response is not
    ("the 34 yo's back injections weren't approved, is that because they don't work?", {"not_recommended"}),
    ("denied because it does not work?", {"not_recommended"}),
    ("denied because it doesnt help her?", {"no_functional_improvement"}),
    ("denied because it didnt work for him?", {"no_functional_improvement"}),
    # a duration not recommended is the quantity or duration beyond the guideline, as the reviewer's "Long term use is
    # not recommended" is read (indexer.reasons)
    ("was the 41 yo man's ibuprofen refill denied because long-term NSAIDs aren't recommended?", {"exceeds_guideline"}),
])
def test_not_recommended_in_the_askers_words(question, codes) -> None:
    assert asked_reasons(question) == codes


# CM16-0234464: a 33-year-old man's lidocaine ointment, upheld: no sign he could not take oral medication, and an
# ointment not supported by the guideline; CM17-0002181: a 41-year-old man's two ibuprofen refills, upheld: no
# functional improvement, and "Long term use is not recommended"
client = served_client("CM16-0234464", "CM17-0002181")


def test_the_reviewer_gave_that_reason(client) -> None:
    answer = ask(client, "was the lidocaine ointment for the 33 yo man denied because it isn't recommended?")
    assert answer["lead"].startswith("Yes, the reviewer gave that reason (not recommended by the guideline) [1], beside another. "
                                     "Denied (Upheld): conservative care not tried or failed [2].")


def test_long_term_not_recommended_is_the_duration_the_reviewer_faulted(client) -> None:
    answer = ask(client, "was the 41 yo man's ibuprofen refill denied because long-term NSAIDs aren't recommended?")
    assert answer["lead"].startswith("Yes, the reviewer gave that reason (beyond the guideline's quantity or duration) [1], beside "
                                     "another. Denied (Upheld): no documented functional improvement [2].")
