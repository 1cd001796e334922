"""service.other_alike, and its use by service.conversation.resolve: "the other 63 year old man" after an answer
about one of two 63-year-old men is the other letter of that age and sex."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.other_alike import other_alike

EMG = Fact(case_number="CM16-0248034", item_index=1, title="EMG/NCS of the bilateral upper extremities", decision="Overturned")
NCS = Fact(case_number="CM17-0009887", item_index=1, title="NCS of the left upper extremity", decision="Upheld")
EMG_LEFT = Fact(case_number="CM17-0009887", item_index=2, title="EMG of the left upper extremity", decision="Upheld")


def test_the_other_of_that_age_and_sex_is_asked_of_the_other_letter():
    got = other_alike("the other 63 year old man - what about his?", "was the 63 year old man's EMG approved?",
                      63, "male", ("CM17-0006797",), True)
    assert got == ("the requests in case CM17-0006797?",
                   "case: CM17-0006797, the other letter of a 63-year-old male (not the one answered)")
    got = other_alike("and the other 46 yo woman?", "the 46 year old woman's nerve tests", 46, "female",
                      ("CM17-0018279",), False)
    assert got is not None and got[0] == "the requests in case CM17-0018279?"


def test_a_question_of_their_own_keeps_its_words():
    got = other_alike("the other 46 yo woman - was hers denied too?", "the 46 year old woman's low back PT", 46,
                      "female", ("CM17-0009887",), True)
    assert got is not None and got[0] == "were her requests denied too? [in case CM17-0009887]"
    got = other_alike("the other 63 year old man - why was his surgery denied?", "the 63 yo man's EMG", 63, "male",
                      ("CM17-0006797",), True)
    assert got is not None and got[0] == "why was his surgery denied? [in case CM17-0006797]"


def test_the_other_one_is_the_other_patient_only_after_a_one_request_letter_of_a_patient_told_by_age():
    assert other_alike("and the other one?", "was the 63 year old man's EMG approved?", 63, "male",
                       ("CM17-0006797",), True)[0] == "the requests in case CM17-0006797?"
    # (another request of the letter answered, when it has more than one)
    assert other_alike("and the other one?", "the 46 year old woman's NCS", 46, "female", ("CM17-0018279",), False) is None
    # (no patient told by age before)
    assert other_alike("and the other one?", "was the EMG in case CM16-0248034 approved?", 63, "male",
                       ("CM17-0006797",), True) is None


def test_another_age_or_sex_or_not_exactly_one_look_alike_is_not_read():
    assert other_alike("the other 62 year old man?", "the 63 yo man's EMG", 63, "male", ("CM17-0006797",), True) is None
    assert other_alike("the other 63 year old woman?", "the 63 yo man's EMG", 63, "male", ("CM17-0006797",), True) is None
    assert other_alike("the other 37 year old woman?", "the 37 yo woman's baclofen", 37, "female",
                       ("CM16-0245128", "CM16-0248471"), True) is None
    assert other_alike("the other 63 year old man?", "the 63 yo man's EMG", None, "", (), True) is None


def test_resolve_reads_the_other_patient_from_the_earlier_turn():
    earlier = [Earlier(question="was the 63 year old man's EMG approved?", items=(EMG,), kind="item", letter=(EMG,),
                       age=63, sex="male", alike=("CM17-0006797",))]
    got = resolve("the other 63 year old man - what about his?", earlier)
    assert got.question == "the requests in case CM17-0006797?"
    assert got.carried == ("case: CM17-0006797, the other letter of a 63-year-old male (not the one answered)",)
    # ... and the claim asked before is kept of them: "and the other one?" after "was ... approved?"
    assert resolve("and the other one?", earlier).question == "were the requests in case CM17-0006797 approved?"


def test_resolve_without_a_look_alike_is_as_before():
    earlier = [Earlier(question="the 46 year old woman's nerve tests", items=(NCS, EMG_LEFT), kind="item",
                       letter=(NCS, EMG_LEFT))]
    got = resolve("and the other one?", earlier)
    assert got.question != "the requests in case CM17-0018279?"
