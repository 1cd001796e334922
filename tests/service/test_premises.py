"""A why-question that presumes both decisions presumes each of its own item (service.premises):
"why was the acupuncture approved but the MRI denied?" corrects neither."""

from __future__ import annotations

from service.premises import premises_by_item
from tests.conftest import ask, served_client


def test_each_outcome_word_goes_with_the_treatment_before_it() -> None:
    q = "Why was the acupuncture approved but the MRI denied for the 60 year old man?"
    words = ("acupuncture", "MRI")
    assert premises_by_item(q, words, [("mri", "imaging"), ("acupuncture",)]) == ["Upheld", "Overturned"]
    assert premises_by_item("Why was the MRI denied when the acupuncture was approved?", words,
                            [("acupuncture",), ("mri", "imaging")]) == ["Overturned", "Upheld"]
    # the outcome word of the treatment's own clause, before it or after
    assert premises_by_item("why didn't IMR approve the stocker's chiro but approved her MRI", ("chiro", "MRI"),
                            [("chiropractic",), ("mri", "imaging")]) == ["Upheld", "Overturned"]
    # one decision presumed: one premise for all (None here)
    assert premises_by_item("Why were the acupuncture and the MRI denied?", words, [("acupuncture",)]) is None
    # an item the question does not name has none
    assert premises_by_item(q, words, [("tens", "dme")]) == [None]


def test_a_condition_with_if_is_a_clause_of_its_own() -> None:
    # nat-2575: the acupuncture "went through" (approved) is no premise that it was denied
    q = "CM16-0230548: why was the MRI denied if the acupuncture went through?"
    assert premises_by_item(q, ("MRI", "acupuncture"), [("mri", "imaging"), ("acupuncture",)]) == ["Upheld", "Overturned"]
    assert premises_by_item("why was the PT approved if the chiro was denied?", ("PT", "chiro"),
                            [("chiropractic",), ("physical_therapy",)]) == ["Upheld", "Overturned"]


def test_no_correction_of_a_condition_that_is_right(client):
    answer = ask(client, "CM16-0230548: why was the MRI denied if the acupuncture went through?")
    assert answer["answer"].startswith("Denied (Upheld): no objective findings or red flags [1].")
    assert "IMR approved it" not in answer["answer"] and "IMR denied it" not in answer["answer"]


# a 60-year-old man's neck and hand MRI (denied) and acupuncture (approved)
client = served_client("CM16-0230548")


def test_no_correction_when_both_premises_are_right(client):
    answer = ask(client, "Why was the acupuncture approved but the MRI denied for the 60 year old man?")
    assert "Approved (Overturned): " in answer["answer"] and "Denied (Upheld): " in answer["answer"]
    assert "IMR denied it" not in answer["answer"] and "IMR approved it" not in answer["answer"]
    # ... and when one is wrong, each is confirmed or corrected first, once (service.yes_no.claims_sentence)
    wrong = ask(client, "Why was the acupuncture denied but the MRI approved for the 60 year old man?")
    assert wrong["lead"].startswith('No: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved '
                                    '(overturned), not denied [1]. "MRI of neck and right hand without contrast" was denied '
                                    '(upheld), not approved [2].')
    assert "IMR denied it" not in wrong["answer"] and "IMR approved it" not in wrong["answer"]


def test_an_outcome_told_of_another_treatment_is_no_premise_of_the_one_asked() -> None:
    from service.understand import understand

    told = understand("the 60 yo man - his MRI was turned down but what about the acupuncture?")
    assert (told.premise, told.treatments, told.asked) == (None, ("acupuncture",), True)
    assert "outcome: told of the MRI, not of what is asked" in told.notes
    # an asking part with outcome words of its own keeps them (each item's premise: premises_by_item)
    both = understand("his MRI was approved, why was the acupuncture denied?")
    assert (both.premise, any(n.startswith("outcome: told of") for n in both.notes)) == ("Overturned", False)
    # a rule's condition, told of the surgery, is the outcome the pattern question turns on (nat-888)
    rule = understand("when the surgery itself is denied at IMR, what happens to the post-op brace and the ice machine?")
    assert rule.premise == "Upheld"
    # told of the same treatment asked: still presumed
    assert understand("the MRI was turned down - but what about the lumbar MRI?").premise == "Upheld"


def test_no_correction_of_an_outcome_told_of_another_item(client):
    answer = ask(client, "the 60 yo man - his MRI was turned down but what about the acupuncture?")
    assert answer["lead"].startswith("Approved (Overturned)")
    assert "IMR approved it" not in answer["answer"]


def test_but_not_presumes_the_other_outcome_of_the_treatment_after_it() -> None:
    ct_xray = [("ct", "imaging"), ("xray", "imaging")]
    assert premises_by_item("why was the neck CT denied but not the xrays?", ("neck CT", "xrays"), ct_xray) == [
        "Upheld", "Overturned"]
    assert premises_by_item("why did they approve the acupuncture but not the MRI for the 60 yo man?",
                            ("acupuncture", "MRI"), [("mri", "imaging"), ("acupuncture",)]) == ["Upheld", "Overturned"]
    # "not" of no treatment: one premise for all (None here)
    assert premises_by_item("why was the neck CT denied but not approved later?", ("neck CT",), [("ct", "imaging")]) is None


def test_but_not_corrects_the_item_after_it_only(client):
    answer = ask(client, "why did they approve the MRI but not the acupuncture for the 60 yo man?")["answer"]
    assert answer.count('"MRI of neck and right hand without contrast" was denied (upheld), not approved') == 1
    assert answer.count('"Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was approved (overturned), not denied') == 1
    right = ask(client, "why did they approve the acupuncture but not the MRI for the 60 yo man?")["answer"]
    assert "IMR denied it" not in right and "IMR approved it" not in right


def test_a_thing_asked_apart_with_what_about_has_no_premise() -> None:
    q = "the 28 yo guy with the terocin and omeprazole - what about the pool therapy, and why were the nerve tests denied?"
    words = ("pool therapy", "nerve tests")
    items = [("aquatic_therapy",), ("nerve_study",)]
    assert premises_by_item(q, words, items) == [None, "Upheld"]
    assert premises_by_item("why were the nerve tests denied for him, and what about the pool therapy?", words,
                            items) == [None, "Upheld"]
    # "what about" with its own outcome word: the premise stands for both
    assert premises_by_item("what about the pool therapy being denied, and why were the nerve tests denied?", words,
                            items) is None


def test_each_item_takes_the_word_that_names_it_most_narrowly() -> None:
    from service.premises import in_order_asked

    q = "the 61yo woman - xray denied but CT approved? why the difference"
    words = ("xray", "CT")
    items = [("ct", "imaging"), ("xray", "imaging")]
    # the CT's item is imaging, as the x-ray's is: it is named by "CT"
    assert premises_by_item(q, words, items) == ["Overturned", "Upheld"]
    assert in_order_asked(q, words, items) == [1, 0]


def test_an_outcome_told_of_one_item_is_no_claim_checked_in_the_yes_or_no(client):
    # "had his MRI denied" tells (the MRI was denied); "was the acupuncture approved?" asks: the lead
    # answered "No: "MRI ..." was denied (upheld), not approved [1]. ..." as if the MRI's approval were claimed
    from service.premises import by_clause
    from service.yes_no import claimed

    text = "the 60 yo man had his MRI denied, was the acupuncture approved?"
    assert by_clause(text, claimed(text), ("MRI", "acupuncture"), [("mri", "imaging"), ("acupuncture",)]) == [
        None, "Overturned"]
    answer = ask(client, text)
    assert answer["answer"].startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was '
                                       'approved (overturned) [1].')


def test_a_thing_after_and_not_is_claimed_the_other_outcome():
    # "was the NCS approved and not the EMG?" claims the EMG was not approved (the answer over the
    # letter: tests/service/test_nerve_test_both.py)
    from service.premises import by_clause
    from service.yes_no import claimed

    items = [("ncs", "nerve_study"), ("emg", "nerve_study")]
    for text in ("was the 46 yo woman's NCS approved and not the EMG?", "was the 46 yo woman's NCS approved but not the EMG?"):
        assert by_clause(text, claimed(text), ("NCS", "EMG"), items) == ["Overturned", "Upheld"]
    text = "was the 46 yo woman's NCS denied and not the EMG?"
    assert by_clause(text, claimed(text), ("NCS", "EMG"), items) == ["Upheld", "Overturned"]


def test_items_of_one_kind_told_apart_by_level_are_claimed_where_their_level_is_said():
    # "was the L5 shot approved but the L4 denied?" read both claims at the one word "shot": the L4
    # injection's "denied" was answered as if the question claimed its approval
    from service.premises import by_clause
    from service.yes_no import claimed

    text = "in CM17-0005418 was the L5 shot approved but the L4 denied?"
    items = [("injection", "esi"), ("injection", "esi")]
    assert by_clause(text, claimed(text), ("shot",), items) == ["Overturned", "Overturned"]  # no levels given
    assert by_clause(text, claimed(text), ("shot",), items, None, [frozenset({"L4"}), frozenset({"L5"})]) == [
        "Upheld", "Overturned"]
