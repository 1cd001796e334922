"""A patient told by the things they were on: when no letter has every one, the letter holding the
most of them, the rarest weighing most, is theirs (service.rare_named); "the patient on X and Y" is a
patient described, so the outcome asked is checked against their letter, not a filter."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 40-year-old woman's Celebrex and four oral suspensions (Fanatrex, Dicopanol, Deprizine, Tabradol), all upheld;
# a 54-year-old woman's naproxen, pantoprazole and two compound creams, all upheld;
# a 37-year-old woman's braces, pillows and TENS unit
client = served_client("CM17-0013625", "CM17-0013716", "CM16-0248471")


def test_the_rare_things_named_outweigh_a_common_word(client):
    # "compounds" matches the other woman's two compound creams; the Deprizine and Dicopanol are hers alone
    answer = ask(client, "woman with the deprizine and dicopanol compounds, were those denied?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013625"}
    assert answer["answer"].startswith("Yes")


def test_the_patient_on_the_things_named(client):
    answer = ask(client, "the patient on the fanatrex and the tabradol and the celebrex - anything overturned?")
    assert not answer["abstained"]
    assert answer["answer"].startswith("No: in CM17-0013625, all 5 requests were denied (upheld)")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013625"}
