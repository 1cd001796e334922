"""A count about the patient described (service.flows.count._patient): when the question names two
treatments of theirs, the letter that has both is theirs, not every letter of that age and sex
with one of them. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 53-year-old men: a cervical MRI (CM16-0246624); a lumbar MRI, x-rays, a neck CT and
# acupuncture (CM17-0011703)
client = served_client("CM16-0246624", "CM17-0011703")


def test_the_letter_with_both_treatments_named_is_the_patients(client) -> None:
    answer = ask(client, "How long did IMR take on the 53 year old man's MRI and acupuncture?")
    assert answer["answer"].startswith("For the 53-year-old man (CM17-0011703): ")


def test_one_treatment_named_keeps_every_letter_that_has_it(client) -> None:
    answer = ask(client, "How long did IMR take on the 53 year old man's MRI?")
    assert answer["answer"].startswith("For the 2 letters that fit the 53-year-old man (CM16-0246624, CM17-0011703): ")
