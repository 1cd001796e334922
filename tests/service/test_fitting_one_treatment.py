"""One treatment asked of a patient described only by an age and a sex, when two or three letters
fit and each decides a request for it (of the body part named): each letter's request, with its
decision and reason, not one of them picked by how its summary reads. Real letters, the real
model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# three 37-year-old women: a cervical MRI upheld (CM17-0016204 and CM16-0245128), baclofen upheld (CM16-0233904)
client = served_client("CM17-0016204", "CM16-0245128", "CM16-0233904")


def test_two_letters_deciding_the_treatment_asked_are_both_answered(client):
    answer = ask(client, "why was the 37 year old woman's neck MRI denied?")
    assert answer["lead"].startswith("2 letters fit the 37-year-old woman equally. In CM")
    assert "In CM17-0016204, the one request for cervical MRI was denied (upheld)." in answer["lead"]
    assert "In CM16-0245128, the one request for cervical MRI was denied (upheld)." in answer["lead"]
    assert 'CM16-0245128: "MRI of the cervical spine without contrast", upheld (denied) [' in answer["answer"]
    assert {h["case_number"] for h in answer["hits"][:2]} == {"CM17-0016204", "CM16-0245128"}


def test_one_letter_deciding_the_treatment_asked_is_answered_alone(client):
    answer = ask(client, "why was the 37 year old woman's baclofen denied?")
    assert answer["lead"].startswith("Denied (Upheld): ")
    assert answer["hits"][0]["case_number"] == "CM16-0233904"
