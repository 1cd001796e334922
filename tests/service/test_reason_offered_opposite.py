"""A reason offered for a denial that is the opposite of the reviewer's ("denied because he was doing
better?" of a denial for no documented improvement) is not confirmed: 'Not for that reason: ...'
(service.reason_asked.confirmation); one no reason code reads ("denied because of the cost?") gets no yes
of the denial, only the decision and the reviewer's reason (service.yes_no.reason_unread_sentence,
service.flows.item). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.reason_asked import asked_reasons, asks_finding
from tests.conftest import ask, served_client

# a 41-year-old man: two refills of ibuprofen, upheld for no documented functional improvement
client = served_client("CM17-0002181")


def test_doing_better_is_an_improvement_offered() -> None:
    assert asked_reasons("ibuprofen refills - denied because he was doing better?") == {"functional_improvement_documented"}
    assert asked_reasons("denied because she felt better?") == {"functional_improvement_documented"}
    assert asked_reasons("ibuprofen refills - denied because it didn't help?") == {"no_functional_improvement"}


def test_the_opposite_reason_is_not_confirmed(client) -> None:
    answer = ask(client, "ibuprofen refills - denied because he was doing better?")["answer"]
    assert answer.startswith("Not for that reason: the reviewer gave the opposite one (no documented functional "
                             "improvement). Denied (Upheld): no documented functional improvement [1].")
    assert '"The patient had decreased pain with medications, however, there was no documentation of functional ' \
           'improvement." [1]' in answer
    # ... the reviewer's own reason is still confirmed
    answer = ask(client, "ibuprofen refills - denied because it didn't help?")["answer"]
    assert answer.startswith("Yes, the reviewer gave that reason [1]. Denied (Upheld): no documented functional improvement [1].")


def test_a_reason_no_code_reads_gets_no_yes(client) -> None:
    answer = ask(client, "ibuprofen refills - denied because of the cost?")["answer"]
    # (cost is no reason of medical necessity: said so first since hand47's 79b3a0c, then the decision; no yes)
    assert answer.startswith("That is not a reason the reviewer gave. Denied (Upheld): no documented functional "
                             "improvement [1].")
    # ... but the outcome offered wrong is still corrected
    answer = ask(client, "ibuprofen refills - approved because of the cost?")["answer"]
    assert answer.startswith('No: the denial of "Two refills of Ibuprofen 600mg #90" was upheld; it was not authorised [1].')


def test_a_finding_asked_is_no_reason_offered() -> None:
    assert asks_finding("did the reviewer say he was getting better on the ibuprofen?")
    assert asks_finding("the 41 yo man - did the reviewer find the ibuprofen was helping him?")
    assert not asks_finding("ibuprofen refills - denied because he was doing better?")
    assert not asks_finding("did the reviewer give that as the reason?")
    assert not asks_finding("what did the reviewer say about his improvement?")


def test_the_opposite_finding_asked_is_a_no_with_the_finding(client) -> None:
    # "did the reviewer say he was getting better on it?" asks what the reviewer found, not a reason offered
    answer = ask(client, "did the reviewer say the 41 yo man was getting better on the ibuprofen?")["answer"]
    assert answer.startswith('No: the reviewer found the opposite: "The patient had decreased pain with medications, '
                             'however, there was no documentation of functional improvement." [1]')
    assert "Not for that reason" not in answer


def test_care_said_tried_is_the_opposite_of_none_tried() -> None:
    # "did the reviewer say she had tried other meds before the tramadol?" was answered "Yes, the reviewer gave that
    # reason" of a denial for no first-line medication tried
    assert asked_reasons("did the reviewer say the 40 yo woman had tried other meds before the tramadol?") == frozenset(
        {"conservative_care_failed"})
    assert asked_reasons("was it denied because she hadn't tried other meds first?") == frozenset({"conservative_care_not_tried"})
    assert asked_reasons("was it denied because she never tried tylenol?") == frozenset({"conservative_care_not_tried"})
