"""service.choice: "X or Y" read once, for the yes/no lead (service.yes_no) and the claims of
several items (service.flows.item)."""

from service.choice import asks_choice, asks_either_thing, says_or
from tests.conftest import ask, served_client


def test_a_choice_of_two_things_is_asked_up_to_its_question_mark() -> None:
    assert asks_choice("did IMR okay her Naprosyn or knock it back?")
    assert asks_choice("did the reviewer rest the denial on the GI risk or on the NSAID use itself?")
    # ... not one yes or no: "or not?", "yes or no"
    assert not asks_choice("the 50 year old woman's physical therapy - approved or not?")
    assert not asks_choice("yes or no: did the 60 yo man who got hit in the head get his acupuncture?")
    # ... nor "or" without its question mark, nor "either" and "nor"
    assert not asks_choice("facet inj L4-S1 34yo m chronic LBP upheld or overturned")
    assert not asks_choice("did IMR approve either one?")
    assert not asks_choice("Neither the cervical nor the lumbar PT was approved for the 54 year old man, correct?")
    # ... unless the question opens as one and stops without its question mark
    assert asks_choice("was the ibuprofen fully denied or just the refills")
    assert not asks_choice("the ibuprofen fully denied or just the refills")
    # a later "or" asks, after an "or not"
    assert asks_choice("approved or not, and was it the MRI or the PT?")
    # ... but an "or" of the story told before the question asks nothing
    assert not asks_choice("34 yo man with right neck and shoulder pain, no numbness or tingling - was his neck MRI "
                           "approved?")
    assert not asks_choice("no numbness or tingling, was his neck MRI approved?")


def test_any_or_either_nor_is_said() -> None:
    assert says_or("the 50 year old woman's physical therapy - approved or not?")
    assert says_or("did IMR approve either one?")
    assert says_or("Neither the cervical nor the lumbar PT was approved, correct?")
    assert says_or("facet inj L4-S1 34yo m chronic LBP upheld or overturned")
    # ... as a word: not "order", "for", "north"
    assert not says_or("was the order for the north clinic's MRI approved?")



head_hit = served_client("CM16-0230548")  # a 60-year-old man: a neck and hand MRI upheld, acupuncture overturned


def test_one_or_the_other_decided_apart_says_which_had_the_outcome_asked(head_hit) -> None:
    # "was the MRI or the acupuncture denied?" of a letter that denied one and approved the other: which, first
    answer = ask(head_hit, "the 60 yo man who hit his head - was the MRI or the acupuncture denied?")
    assert answer["answer"].startswith(
        '"MRI of neck and right hand without contrast" [1] was denied (upheld). "Acupuncture 3 times a week for 2 weeks, '
        'neck, right hand and head" [2] was approved (overturned). ')


def test_got_one_but_not_the_other_claims_both_outcomes(head_hit) -> None:
    answer = ask(head_hit, "the 60 yo man got his MRI but not the acupuncture?")
    assert answer["answer"].startswith(
        'No: "MRI of neck and right hand without contrast" was denied (upheld), not approved [1]. "Acupuncture 3 times a '
        'week for 2 weeks, neck, right hand and head" was approved (overturned), not denied [2]. ')
    right = ask(head_hit, "the 60 yo man got the acupuncture but not the MRI, right?")
    assert right["answer"].startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was '
                                      'approved (overturned) [1]. ')


def test_a_request_told_with_the_wrong_outcome_before_another_asked_is_corrected_first(head_hit) -> None:
    # "the MRI was approved, what about the acupuncture?": the acupuncture is asked; the MRI told was denied, said first
    answer = ask(head_hit, "the 60 yo man - the MRI was approved, what about the acupuncture?")
    assert answer["answer"].startswith('"MRI of neck and right hand without contrast" was denied (upheld), not approved [1]. '
                                       'Approved (Overturned): ')
    # ... and told rightly, nothing is said of it
    right = ask(head_hit, "the 60 yo man - the MRI was denied, what about the acupuncture?")
    assert right["answer"].startswith("Approved (Overturned): ")


def test_only_the_one_claimed_with_an_outcome_is_checked_against_the_rest(head_hit) -> None:
    answer = ask(head_hit, "the 60 yo man who hit his head - only the acupuncture was approved?")
    assert answer["answer"].startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" was the only '
                                       'request approved (overturned); the other requests: "MRI of neck and right hand '
                                       'without contrast": denied (upheld) [1].')


def test_either_of_two_things_asked() -> None:
    assert asks_either_thing("did he get his knee scope or the motrin?")
    assert asks_either_thing("did the 60 yo man get his MRI or the acupuncture?")
    assert asks_either_thing("did IMR approve her naproxen or her pantoprazole?")
    # a choice of two outcomes, or of two reasons, is no thing of either
    assert not asks_either_thing("did IMR okay her Naprosyn or knock it back?")
    assert not asks_either_thing("did the reviewer rest the denial on the GI risk or on the NSAID use itself?")
    assert not asks_either_thing("approved or denied?")


# CM16-0230548: a 60-year-old man's neck and hand MRI (upheld) and acupuncture (overturned); CM17-0013716: a 54-year-old
# woman's naproxen, pantoprazole and two compounded creams (all upheld)
either = served_client("CM16-0230548", "CM17-0013716")


def test_either_thing_got_is_a_yes_or_a_no(either) -> None:
    answer = ask(either, "did the 54 yo woman get her naproxen or her pantoprazole?")
    assert answer["answer"].startswith('No: IMR denied them: "Naproxen 500mg #60" [1] and "Pantoprazole 20mg #30" [2] were '
                                       'denied (upheld: not authorised).')
    answer = ask(either, "did the 60 yo man get his MRI or the acupuncture?")
    assert answer["answer"].startswith('Yes: "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" [1] was '
                                       'approved (overturned). "MRI of neck and right hand without contrast" [2] was denied (upheld).')
