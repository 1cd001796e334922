"""A patient told by a sex and a symptom in lay words only ("the guy whose hands go numb") is not
picked out against the treatment asked: a man's letter that has it is his, though another man's
summary prints the symptom closer to the question's words (service.lacking.described_lacks)."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two men: one whose right hand went numb after he smashed it in a door (three MRIs, three drugs, all
# upheld; no nerve study), one treated for numbness of both arms (an EMG/NCS, overturned)
client = served_client("CM16-0234464", "CM16-0248034")


def test_the_treatment_asked_picks_the_man_not_the_closer_symptom(client) -> None:
    answer = ask(client, "the guy whose hands go numb - was he approved for nerve testing?")
    assert answer["kind"] == "item" and not answer["not_found"]
    top = answer["hits"][0]
    assert (top["case_number"], top["title"], top["decision"]) == (
        "CM16-0248034", "EMG/NCS of the bilateral upper extremities", "Overturned")
    assert answer["lead"].startswith('Yes: "EMG/NCS of the bilateral upper extremities" was approved (overturned: '
                                    "authorised) [1]. Approved (Overturned)")


def test_his_age_picks_him_and_his_letter_lacks_it(client) -> None:
    # an age is firm: the 33-year-old's letter has no nerve study, and that is the answer
    answer = ask(client, "the 33 yo guy whose hand goes numb - was he approved for nerve testing?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("The letter of the patient described, case CM16-0234464, has no request "
                                       "for nerve testing.")


# a woman whose letter decided only her pantoprazole (her summary: epigastric pain, left shoulder
# impingement), and two women's naproxen (one upheld, one overturned)
diagnosed = served_client("CM16-0249170", "CM17-0013716", "CM17-0019011")


def test_a_diagnosis_told_picks_her_though_her_letter_lacks_it(diagnosed) -> None:
    answer = ask(diagnosed, "was the naproxen approved for the woman with the epigastric pain and left shoulder impingement?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    assert answer["answer"].startswith("The letter of the patient described, case CM16-0249170, has no request for")
