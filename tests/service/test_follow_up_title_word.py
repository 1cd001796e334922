"""A follow-up naming another item of the letter just answered by a word of its title that names no treatment set
("what about clearance?" after the 63-year-old's shoulder brace) asks of that item (service.conversation), not of
every letter."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

BRACE = Fact(case_number="CM17-0006797", item_index=3, title="Associated surgical service: Shoulder Brace", decision="Upheld")
LETTER = (
    Fact(case_number="CM17-0006797", item_index=1, title="Right Shoulder Arthroscopy with rotator cuff repair vs debridement",
         decision="Upheld"),
    Fact(case_number="CM17-0006797", item_index=2, title="Preoperative Medical Clearance", decision="Upheld"),
    BRACE,
    Fact(case_number="CM17-0006797", item_index=4, title="Associated surgical service: Cryotherapy unit, seven day use",
         decision="Upheld"),
    Fact(case_number="CM17-0006797", item_index=5, title="Associated surgical service: Physical Therapy sessions, 12",
         decision="Upheld"),
)
EARLIER = [Earlier(question="the 63 yo with the shoulder surgery - was the brace ok'd?", items=(BRACE,), kind="item",
                   letter=LETTER)]


def test_a_word_of_another_items_title_names_that_item() -> None:
    resolved = resolve("what about clearance?", EARLIER)
    assert resolved.question == "was clearance approved? [the Preoperative Medical Clearance in case CM17-0006797]"
    assert resolved.carried == ("item: Preoperative Medical Clearance (case CM17-0006797), named by a word of its title",)


def test_a_word_no_title_holds_or_two_titles_hold_is_not_carried_so() -> None:
    assert "Preoperative" not in resolve("what about paperwork?", EARLIER).question
    # "associated" is in two other titles (the cryotherapy unit's and the therapy's): no one item named
    assert "[the" not in resolve("what about the associated?", EARLIER).question


SHOULDER = Fact(case_number="CM17-0014288", item_index=1, title="MRI of the right shoulder without contrast", decision="Upheld")


def test_a_side_named_alone_asks_that_sides_word_on_the_item_just_answered() -> None:
    earlier = [Earlier(question="the 62 year old woman's shoulder MRI - what did UR say?", items=(SHOULDER,), kind="item",
                       letter=(SHOULDER,))]
    imr = resolve("and IMR?", earlier)
    assert imr.question == "what did IMR decide, and why? [the MRI of the right shoulder without contrast in case CM17-0014288]"
    assert imr.carried == ("item: MRI of the right shoulder without contrast (case CM17-0014288), from the previous answer; "
                           "IMR's side",)
    assert resolve("what about the adjuster?", earlier).question == (
        "what did UR say? [the MRI of the right shoulder without contrast in case CM17-0014288]")


REFILLS = Fact(case_number="CM17-0002181", item_index=1, title="Two refills of Ibuprofen 600mg #90", decision="Upheld")


def test_a_word_of_the_answered_items_own_title_asks_of_it_again() -> None:
    earlier = [Earlier(question="the 41 yo guy with the ibuprofen - was the first fill approved?", items=(REFILLS,),
                       kind="item", letter=(REFILLS,))]
    assert resolve("and the refills?", earlier).question == (
        "were the refills approved? [the Two refills of Ibuprofen 600mg #90 in case CM17-0002181]")


def test_a_fact_asked_after_facts_of_two_letters_is_of_the_patient_told_before() -> None:
    # the first answer gave two letters' dates of injury, no item: the patient told is carried, not lost
    earlier = [Earlier(question="what date was the 60 yo man hurt?", items=(), kind="item")]
    resolved = resolve("and when did IMR decide?", earlier)
    assert resolved.question == "and when did IMR decide? [the 60 yo man]"
    assert resolved.carried == ("patient: the 60 yo man, from the previous question",)


SCOPE = Fact(case_number="CM17-0002892", item_index=1, title="Right knee arthroscopy with evaluation of ACL, medical meniscectomy",
             decision="Upheld")
PA = Fact(case_number="CM17-0002892", item_index=2, title="PA assist", decision="Upheld")


def test_an_abbreviation_in_capitals_names_the_item_whose_title_prints_it() -> None:
    earlier = [Earlier(question="the 55 yo man's knee scope", items=(SCOPE,), kind="item", letter=(SCOPE, PA))]
    assert resolve("and the PA?", earlier).question.endswith("[the PA assist in case CM17-0002892]")
