"""A chair that broke under the patient, told in the first person with the verb's base form ("I had a chair break
under me at work") is how they were hurt (service.mechanism): it picks the 54-year-old man whose chair fell apart,
whose letter has no back MRI, not another 54-year-old's knee MRI. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0010362: a 54-year-old man whose chair fell apart: cervical and lumbar PT (both upheld); CM17-0010006: a
# 54-year-old woman: a left knee MRI, chiropractic, EMG and NCV (all upheld)
client = served_client("CM17-0010362", "CM17-0010006")


def test_the_broken_chair_picks_the_patient(client) -> None:
    answer = ask(client, "I'm 54, I had a chair break under me at work, my lower back is 7 or 8 out of 10, they turned "
                         "down my back MRI - why?")
    assert answer["answer"].startswith("The letter of the patient described, case CM17-0010362, has no request for "
                                       "lower back MRI.")
