"""A patient told by a sex and by treatments that, together, only a letter of the other sex holds: the
answer says no letter of that sex has them, names the letter that has, and answers about it, not about
another man's letter with one of them (service.other_sex). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 54-year-old woman's naproxen, pantoprazole and two creams (all upheld); a 33-year-old man's naproxen
# (overturned) and head CT; a 37-year-old woman's TENS unit, pillows and braces (all upheld)
client = served_client("CM17-0013716", "CM16-0247624", "CM16-0248471")


def test_the_one_letter_with_both_treatments_is_a_womans(client):
    answer = ask(client, "guy with the naproxen and the pantoprazole, what happened?")
    assert answer["answer"].startswith(
        "No letter of a man has naproxen and pantoprazole together; the one letter that has them is case "
        "CM17-0013716, a 54-year-old woman's. ")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013716"}


def test_the_treatments_a_man_is_told_by_and_the_one_asked(client):
    answer = ask(client, "the man with the TENS unit and the wedge pillow, did he get the wrist braces?")
    assert answer["answer"].startswith(
        "No letter of a man has TENS, pillow and braces together; the one letter that has them is case "
        'CM16-0248471, a 37-year-old woman\'s. No: the denial of "Wrist braces #2" was upheld; it was not authorised [1].')


def test_a_man_with_one_of_them_is_answered_as_before(client):
    answer = ask(client, "the guy with the naproxen, what happened?")
    assert not answer["answer"].startswith("No letter of a man")
    assert answer["citations"][0]["case_number"] == "CM16-0247624"


def test_a_product_name_only_a_womans_letter_has(served_products):
    answer = ask(served_products, "did my husband get his fanatrex approved?")
    assert answer["answer"].startswith(
        "No letter of a man has a request for fanatrex; the one letter that has it is case CM17-0013625, "
        'a 40-year-old woman\'s. No: the denial of "Fanatrex 25mg/ml oral suspension 420ml" was upheld')


# a 40-year-old woman's five compounded suspensions and celecoxib (all upheld); a 33-year-old man's
# cyclobenzaprine tablets, diclofenac and MRIs (all upheld)
served_products = served_client("CM17-0013625", "CM16-0234464")


def test_the_search_ranks_the_letter_the_answer_is_about(client):
    response = client.post("/api/search", json={"query": "guy with the naproxen and the pantoprazole, what happened?", "k": 3})
    assert response.status_code == 200
    assert response.json()["hits"][0]["case_number"] == "CM17-0013716"


# a 43-year-old man's home aide (upheld); a 37-year-old woman's TENS unit, pillows and braces (all upheld); a
# 63-year-old man's shoulder surgery, its brace and cryotherapy (all upheld)
served_one = served_client("CM16-0249735", "CM16-0248471", "CM17-0006797")


def test_one_treatment_only_a_letter_of_the_other_sex_has(served_one):
    answer = ask(served_one, "a woman with a home aide - was it approved?")
    assert answer["answer"].startswith(
        "No letter of a woman has a request for home aide; the one letter that has it is case CM16-0249735, "
        "a 43-year-old man's. Partly: utilization review authorised Home aide 6 hours per day")
    # ... at the body part told: a man's shoulder brace is no elbow brace
    braces = ask(served_one, "man who wanted the elbow braces, denied?")
    assert braces["answer"].startswith(
        "No letter of a man has a request for elbow braces; the one letter that has it is case CM16-0248471, "
        "a 37-year-old woman's. ")
    assert braces["citations"][0]["case_number"] == "CM16-0248471"


def test_treatments_no_letter_holds_together_each_held_only_by_the_other_sex(served_one):
    answer = ask(served_one, "guy, had the wedge pillow and the acupuncture - what happened?")
    assert answer["answer"].startswith(
        "No letter of a man has pillow or acupuncture; the one letter that has any of them is case CM16-0248471, "
        "a 37-year-old woman's. ")


def test_a_shoulder_brace_of_a_man_told_as_a_man_is_his(served_one):
    answer = ask(served_one, "the guy with the brace, denied?")
    assert not answer["answer"].startswith("No letter of a man")


# a 50-year-old woman's acupuncture for the neck and PT (both overturned); a 50-year-old man's acupuncture remainder
# (upheld)
served_fifty = served_client("CM17-0010885", "CM17-0007857")


def test_a_part_the_story_tells_is_no_part_of_the_treatment(served_fifty):
    # her face got hurt: her acupuncture, for the neck, is still hers; no "no letter of a woman has acupuncture"
    answer = ask(served_fifty, "my wife is 50, her face got hurt at work and she gets anxiety now. why did IMR deny her acupuncture")
    assert answer["answer"].startswith('IMR approved it: "Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck"')


def test_a_drug_said_within_a_compound_only_a_womans_letter_has(client):
    # tune nat-4761: "the compounded flurbiprofen cream": the words name a topical, the flurbiprofen is the drug told;
    # the one flurbiprofen cream is the 54-year-old woman's, not the 33-year-old man's naproxen
    answer = ask(client, "the man with the compounded flurbiprofen cream, why was it denied?")
    assert answer["answer"].startswith(
        "No letter of a man has a request for flurbiprofen; the one letter that has it is case CM17-0013716, "
        "a 54-year-old woman's. ")
    assert answer["citations"][0]["request"] == "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"
