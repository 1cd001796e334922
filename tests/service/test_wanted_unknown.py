"""What the asker wants added or tried, named right after its verb ("my PT wants to add
iontophoresis"), is what is asked even beside a treatment the index has ("my PT"): when no letter
uses its word, the answer says so. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# physical therapy for the shoulders, elbows and wrists (upheld); PT for the neck (overturned)
client = served_client("CM17-0015198", "CM17-0010885")


def test_a_wanted_treatment_no_letter_names_is_not_found(client):
    answer = ask(client, "My PT wants to add iontophoresis to the treatment for my tennis elbow. "
                         "Any IMR decisions on that?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index mentions iontophoresis. ")


def test_a_wanted_thing_the_letters_have_is_answered(client):
    answer = ask(client, "my PT wants to add more sessions for my elbow, any chance?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist"
