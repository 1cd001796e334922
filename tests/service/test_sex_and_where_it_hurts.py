"""A patient told by a sex and where it hurts ("the lady with the hip pain"): the letters of that sex whose case
summaries name the part are the ones she may be; when none of them has the treatment asked, no other woman's
letter (neck acupuncture, a letter that never names the hip) is hers: the answer says none has it and names them."""

from __future__ import annotations

from tests.conftest import ask, served_client

# three women: hip MRI (61F), neck acupuncture and PT (50F), PT for the left shoulder, wrist and hip (47F)
client = served_client("CM16-0248655", "CM17-0010885", "CM17-0015849")


def test_the_women_whose_letters_name_the_hip_are_checked(client):
    answer = ask(client, "did the lady with the hip pain get acupuncture?")
    assert answer["abstained"]
    # (of the two here, the one whose summary reads closer is said to be hers; over the whole index, eight
    # women's summaries name the hip, and they are listed)
    assert answer["answer"] == (
        "The letter of the patient described, case CM17-0015849, has no request for acupuncture. Its letter decided "
        '1 item: 1. "Physical therapy treatments for the left shoulder wrist and hip": denied (upheld).')
    assert "CM17-0010885" not in answer["answer"]


def test_the_part_her_letter_names_is_hers(client):
    answer = ask(client, "did the woman with neck pain get acupuncture?")
    assert answer["citations"][0]["case_number"] == "CM17-0010885"
