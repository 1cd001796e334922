"""Follow-ups in a user's words (service.conversation): "same question for the shoulder", "why tho", "why only
27?", "so the denial stands?", "was it cause of a urine test?", "do they usually deny that?", "what got denied
exactly, the refills?"."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve

HEAD_CT = Fact(case_number="CM17-0002106", item_index=3, title="CT scan of the head", decision="Upheld",
               body_regions=("head",))
SHOULDER_MRI = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld",
                    body_regions=("shoulder",))
NECK_MRI = Fact(case_number="CM17-0002106", item_index=2, title="MRI of the cervical spine", decision="Upheld",
                body_regions=("cervical",))
PPI = Fact(case_number="CM16-0249170", item_index=1, title="Pantoprazole 40mg, one by mouth, twice a day #60 with one refill",
           decision="Upheld")
TRAMADOL = Fact(case_number="CM17-0017734", item_index=1, title="Tramadol 50mg #60", decision="Upheld")
PT = Fact(case_number="CM17-0003890", item_index=1, title="Eight (8) physical therapy sessions", decision="Upheld")


def after(question: str, main: Fact, letter: tuple[Fact, ...] = ()) -> list[Earlier]:
    return [Earlier(question=question, items=(main,), kind="item", letter=letter or (main,))]


def test_same_question_for_a_part_the_letter_has_only_in_another_kind_of_request():
    # the letter has no shoulder CT; its one shoulder request is the MRI
    earlier = after("why was the head CT denied in CM17-0002106", HEAD_CT, (SHOULDER_MRI, NECK_MRI, HEAD_CT))
    got = resolve("same question for the shoulder", earlier)
    assert got.question == "what about the MRI of the left shoulder in case CM17-0002106?"
    assert got.carried == ("item: MRI of the left shoulder (case CM17-0002106), the shoulder one of the previous "
                           "answer's letter",)


@pytest.mark.parametrize("question", ["why tho", "why though?", "but why exactly?", "why only 27?",
                                      "so the denial stands?", "so the decision is final?"])
def test_bare_questions_of_the_item_before(question):
    got = resolve(question, after("25 yo woman, 8 PT visits denied", PT))
    assert got.question == f"{question} [the Eight (8) physical therapy sessions in case CM17-0003890]"


def test_a_reason_asked_with_cause_of_is_asked_with_because_of():
    got = resolve("was it cause of a urine test?", after("40 yo woman, tramadol denied", TRAMADOL))
    assert got.question == "was the Tramadol 50mg #60 in case CM17-0017734 because of a urine test?"


def test_a_habit_asked_of_that_is_the_treatment_across_letters():
    got = resolve("do they usually deny that?", after("CM16-0249170 pantoprazole", PPI))
    assert got.question == "do they usually deny Pantoprazole?"
    assert got.carried == ("topic: Pantoprazole, the treatment of Pantoprazole 40mg, one by mouth, twice a day #60 "
                           "with one refill (case CM16-0249170) in the previous answer, across letters",)
    got = resolve("is that usually approved?", after("CM16-0249170 pantoprazole", PPI))
    assert got.question == "is Pantoprazole usually approved?"
    assert resolve("do they ever approve those?", after("CM16-0249170 pantoprazole", PPI)).question == (
        "do they ever approve Pantoprazole?")
    # ... "ever" and "it" stay of the item
    assert resolve("was it ever approved?", after("CM16-0249170 pantoprazole", PPI)).question == (
        "was the Pantoprazole 40mg, one by mouth, twice a day #60 with one refill in case CM16-0249170 ever approved?")
    assert resolve("did they ever approve that?", after("CM16-0249170 pantoprazole", PPI)).question == (
        "did they ever approve the Pantoprazole 40mg, one by mouth, twice a day #60 with one refill in case CM16-0249170?")


def test_what_got_denied_with_a_guess_after_a_comma_is_of_the_case():
    got = resolve("what got denied exactly, the refills?", after("CM17-0002181 ibuprofen",
                  Fact(case_number="CM17-0002181", item_index=1, title="Two refills of Ibuprofen 600mg #90")))
    assert got.question == "what got denied in case CM17-0002181?"


def test_the_other_n_after_urs_part_is_the_part_imr_decided():
    pt = Fact(case_number="CM17-0013754", item_index=1, title="2 sessions of physical therapy", decision="Upheld")
    got = resolve("and the other 2, why?", after("the 45 yo man's PT, UR gave 10 of 12", pt))
    assert got.question == "and the other 2, why? [the 2 sessions of physical therapy in case CM17-0013754]"


def test_the_third_thing_is_the_third_item_shown():
    items = tuple(Fact(case_number="CM17-0013625", item_index=n, title=t, decision="Upheld")
                  for n, t in enumerate(("Celecoxib 200mg #90", "Fanatrex 25mg/ml oral suspension 420ml",
                                         "Dicopanol 5mg/ml oral suspension, 150ml"), start=1))
    earlier = [Earlier(question="CM17-0013625 celebrex", items=items[:1], shown=items[1:], kind="item", letter=items)]
    got = resolve("and the third thing?", earlier)
    # (the brand naming the celecoxib alone leaves the question: the Dicopanol asked, not the Celebrex beside it)
    assert got.question == "CM17-0013625 [the Dicopanol 5mg/ml oral suspension, 150ml in case CM17-0013625]"
    assert resolve("and the sleep one?", earlier).question == got.question
    # ... a word naming a kind both items are of stays: "CM17-0010362 neck PT" || "and the back one?"
    neck, low_back = (Fact(case_number="CM17-0010362", item_index=n, title=f"Physical therapy for the {part} spine 2 times a "
                           f"week for 3 weeks", decision="Upheld", body_regions=(region,))
                      for n, part, region in ((1, "cervical", "cervical"), (2, "lumbar", "lumbar")))
    earlier = [Earlier(question="CM17-0010362 neck PT", items=(neck,), shown=(low_back,), kind="item", letter=(neck, low_back))]
    assert resolve("and the back one?", earlier).question.startswith("CM17-0010362 PT [the Physical therapy for the lumbar")


def test_a_word_of_assent_before_the_follow_up_is_no_part_of_it():
    # "ok and her head?" asks as "and her head?" does: the letter's head request, not an "ok" no letter has
    earlier = after("CM17-0002106 shoulder MRI", SHOULDER_MRI, (SHOULDER_MRI, NECK_MRI, HEAD_CT))
    head = "what about the CT scan of the head in case CM17-0002106?"
    assert resolve("and her head?", earlier).question == head
    for said in ("ok and her head?", "okay, and her head?", "alright and her head?"):
        assert resolve(said, earlier).question == head, said
    # ... a case named stands as asked (nat-4676: "CM16-0242302 elbow MRI || ok and in CM16-0248655?" is that case's
    # one MRI, of the hip), and "ok" as a verb is left as asked
    assert resolve("ok and in CM16-0248655?", earlier).question == "ok and in CM16-0248655?"
    assert resolve("did they ok the epidural?", earlier).question == "did they ok the epidural?"
