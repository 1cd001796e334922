"""Follow-ups that narrow or widen what the turn before answered (service.conversation): "is that usual?" (the
treatment across the letters, of the item's own outcome), "how many pills were approved?" (the drug's), "only the denied
ones" (of the letter answered), "was the wife working?" (what the letter says), "the other one?" (of the same letter
and kind), "the other ones?" (the rest of the letter)."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve

LUMBAR_MRI = Fact(case_number="CM17-0005246", item_index=1, title="MRI (magnetic resonance imaging) of the lumbar spine",
                  decision="Upheld", body_regions=("lumbar",))
NECK_ACUPUNCTURE = Fact(case_number="CM17-0010885", item_index=1,
                        title="Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck", decision="Overturned",
                        body_regions=("cervical",))


def after(question: str, main: Fact, letter: tuple[Fact, ...] = (), shown: tuple[Fact, ...] = ()) -> list[Earlier]:
    return [Earlier(question=question, items=(main,), shown=shown, kind="item", letter=letter or (main,))]


@pytest.mark.parametrize(("question", "said"), [
    ("is that usual?", "is lumbar MRI usually denied?"),
    ("is that common for them?", "is lumbar MRI usually denied for them?"),
    ("so is this unusual?", "so is lumbar MRI usually denied?"),
])
def test_a_habit_said_with_an_adjective_is_the_items_outcome_across_letters(question, said):
    got = resolve(question, after("why was the 29 yo woman's lumbar MRI denied?", LUMBAR_MRI))
    assert got.question == said
    assert got.carried == ("topic: lumbar MRI, the treatment of MRI (magnetic resonance imaging) of the lumbar spine "
                           "(case CM17-0005246) in the previous answer, across letters",)


def test_a_habit_adjective_after_an_approval_asks_of_approvals():
    got = resolve("is that common?", after("the 50 yo woman's neck acupuncture", NECK_ACUPUNCTURE))
    assert got.question == "is neck acupuncture usually approved?"


def test_a_habit_adjective_of_it_stays_of_the_item():
    got = resolve("is it usual?", after("why was the 29 yo woman's lumbar MRI denied?", LUMBAR_MRI))
    assert got.question == "is the MRI (magnetic resonance imaging) of the lumbar spine in case CM17-0005246 usual?"


BACLOFEN = Fact(case_number="CM16-0233904", item_index=1, title="Baclofen 100mg #3", decision="Upheld")
EIGHT_PT = Fact(case_number="CM17-0003890", item_index=1, title="Eight (8) physical therapy sessions", decision="Upheld")


def test_the_pills_counted_after_a_drug_are_that_drugs():
    got = resolve("how many pills were approved?", after("the 37 yo woman's baclofen", BACLOFEN))
    assert got.question == "how many pills were approved? [the Baclofen 100mg #3 in case CM16-0233904]"
    assert got.carried == ("item: Baclofen 100mg #3 (case CM16-0233904), from the previous answer",)


def test_pills_beside_another_treatment_or_after_no_drug_are_not_the_items():
    assert resolve("how many pills besides the PT?", after("the 37 yo woman's baclofen", BACLOFEN)).carried == ()
    assert resolve("how many pills were approved?", after("the 25 yo woman's PT", EIGHT_PT)).carried == ()


def test_how_many_of_the_kind_after_one_of_her_drugs_is_of_her_letter():
    items = tuple(Fact(case_number="CM17-0013625", item_index=n, title=t, decision="Upheld")
                  for n, t in enumerate(("Celecoxib 200mg #90", "Fanatrex 25mg/ml oral suspension 420ml",
                                         "Dicopanol 5mg/ml oral suspension, 150ml"), start=1))
    earlier = [Earlier(question="the 40 yo woman's celecoxib", items=items[:1], kind="item", letter=items)]
    got = resolve("how many of the suspensions were denied?", earlier)
    assert got.question == "how many of the suspensions were denied? [in case CM17-0013625]"
    assert got.carried == ("case: CM17-0013625, from the previous answer",)


NECK_HAND_MRI = Fact(case_number="CM16-0230548", item_index=1, title="MRI of neck and right hand without contrast",
                     decision="Upheld")
ACUPUNCTURE = Fact(case_number="CM16-0230548", item_index=2,
                   title="Acupuncture 3 times a week for 2 weeks, neck, right hand and head", decision="Overturned")


@pytest.mark.parametrize(("question", "said"), [
    ("only the denied ones", "which requests were denied in case CM16-0230548?"),
    ("ok, only the upheld", "which requests were upheld in case CM16-0230548?"),
])
def test_a_narrowing_to_an_outcome_is_of_the_letter_answered(question, said):
    got = resolve(question, after("the 60 yo man's acupuncture", ACUPUNCTURE, (NECK_HAND_MRI, ACUPUNCTURE)))
    assert got.question == said
    assert got.carried == ("case: CM16-0230548, from the previous answer",)


def test_a_narrowing_to_an_outcome_after_several_of_a_kind_is_of_that_kind():
    mris = tuple(Fact(case_number="CM16-0234464", item_index=n, title=t, decision="Upheld")
                 for n, t in enumerate(("Single positional MRI of the cervical spine",
                                        "Single positional MRI of the lumbar spine",
                                        "Single positional MRI of the right hand"), start=1))
    earlier = [Earlier(question="the 33 yo man's MRIs", items=mris, kind="item", letter=mris)]
    got = resolve("just the approved ones", earlier)
    assert got.question == "which MRIs were approved in case CM16-0234464?"
    assert got.carried == ("case: CM16-0234464, from the previous answer",)


def test_a_narrowing_to_an_outcome_after_two_letters_is_not_the_first_letters():
    tramadol = Fact(case_number="CM17-0017734", item_index=1, title="Tramadol 50mg #60", decision="Upheld")
    celecoxib = Fact(case_number="CM17-0013625", item_index=1, title="Celecoxib 200mg #90", decision="Upheld")
    earlier = [Earlier(question="the 40 yo woman's medications", items=(tramadol, celecoxib), kind="item",
                       letter=(tramadol,))]
    assert "CM17-0017734" not in resolve("just the approved ones", earlier).question


def test_a_narrowing_to_an_outcome_after_two_letters_keeps_that_answers_items_with_it():
    # the 50 yo woman's neck PT (approved) and the 54 yo man's and the 46 yo woman's (denied), answered together
    neck = Fact(case_number="CM17-0010885", item_index=2, decision="Overturned",
                title="Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck")
    his = Fact(case_number="CM17-0010362", item_index=1, decision="Upheld",
               title="Physical therapy for the cervical spine 2 times a week for 3 weeks")
    hers = Fact(case_number="CM17-0018279", item_index=1, decision="Upheld",
                title="Physical therapy 2 times a week for 6 weeks low back")
    earlier = [Earlier(question="the 50 yo woman's, the 54 yo man's and the 46 yo woman's PT", items=(neck, his, hers),
                       kind="item", letter=(neck,))]
    assert resolve("just the approved ones", earlier).question == (
        "what was decided? [the Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck in case "
        "CM17-0010885]")
    assert resolve("only the denied ones", earlier).question == (
        "what was decided on the Physical therapy for the cervical spine 2 times a week for 3 weeks in case CM17-0010362 "
        "and the Physical therapy 2 times a week for 6 weeks low back in case CM17-0018279?")


HOME_AIDE = Fact(case_number="CM16-0249735", item_index=1, title="Home aide 6 hours per day", decision="Upheld")


@pytest.mark.parametrize(("question", "said"), [
    ("was the wife working?", "did the reviewer mention the wife working? [the Home aide 6 hours per day in case CM16-0249735]"),
    ("and is his husband disabled?", "did the reviewer mention his husband disabled? [the Home aide 6 hours per day in case "
                                     "CM16-0249735]"),
])
def test_a_fact_of_the_patients_family_is_looked_for_in_the_letter_answered(question, said):
    got = resolve(question, after("the 43 yo man's home aide", HOME_AIDE))
    assert got.question == said
    assert got.carried == ("item: Home aide 6 hours per day (case CM16-0249735), from the previous answer",)


SHOULDER_MRI = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld",
                    body_regions=("shoulder",))
NECK_MRI = Fact(case_number="CM17-0002106", item_index=2, title="MRI of the cervical spine", decision="Upheld",
                body_regions=("cervical",))
KNEE_MRI = Fact(case_number="CM17-0010006", item_index=1, title="MRI of the left knee", decision="Upheld", body_regions=("knee",))
NECK_XRAY = Fact(case_number="CM17-0011703", item_index=2, title="Cervical spine x-rays", decision="Upheld")
BACK_XRAY = Fact(case_number="CM17-0011703", item_index=3, title="Lumbar spine x-rays", decision="Upheld")
NECK_CT = Fact(case_number="CM17-0011703", item_index=4, title="CT scan of the cervical spine", decision="Upheld")


def test_the_other_one_after_one_letters_item_is_of_that_letter_before_a_look_alike():
    got = resolve("the other one?", after("the 54 yo woman's shoulder MRI", SHOULDER_MRI, shown=(KNEE_MRI, NECK_MRI)))
    assert got.carried == ("item: MRI of the cervical spine (case CM17-0002106), the other item in the previous answer",)


def test_the_other_one_is_of_the_same_kind_before_words_shared():
    got = resolve("the other one?", after("the 53 yo man's cervical x-rays", NECK_XRAY, shown=(NECK_CT, BACK_XRAY)))
    assert got.carried == ("item: Lumbar spine x-rays (case CM17-0011703), the other item in the previous answer",)


def test_the_other_one_after_two_letters_may_be_the_other_letters():
    earlier = [Earlier(question="left MRIs", items=(SHOULDER_MRI, KNEE_MRI), shown=(NECK_MRI,), kind="list")]
    assert resolve("the other one?", earlier).carried == (
        "item: MRI of the left knee (case CM17-0010006), the other item in the previous answer",)


DME = tuple(Fact(case_number="CM16-0248471", item_index=n, title=t, decision="Upheld")
            for n, t in enumerate(("TENS unit", "Lumbar support", "Cervical pillow", "Wedge pillow", "Wrist braces #2",
                                   "Elbow braces #2"), start=1))


@pytest.mark.parametrize("question", ["the other ones?", "what about the others?"])
def test_the_others_of_a_letter_of_many_are_the_rest_of_it(question):
    got = resolve(question, after("the 37 yo woman's wrist braces", DME[4], DME))
    assert got.question == "what else was decided besides the Wrist braces? [in case CM16-0248471]"
    assert got.carried == ("case: CM16-0248471, from the previous answer, without Wrist braces #2 (item 5)",)


def test_the_others_of_a_letter_of_two_are_the_one_other():
    emg = Fact(case_number="CM17-0009887", item_index=2, title="EMG of the left upper extremity", decision="Upheld")
    ncs = Fact(case_number="CM17-0009887", item_index=1, title="NCS of the left upper extremity", decision="Upheld")
    got = resolve("and the others?", after("the 46 yo woman's EMG", emg, (ncs, emg)))
    assert got.question == "and the others? [the NCS of the left upper extremity in case CM17-0009887]"


def test_why_not_the_others_stays_of_the_item():
    got = resolve("why not the others?", after("the 37 yo woman's wrist braces", DME[4], DME))
    assert got.question == "why not the others? [the Wrist braces #2 in case CM16-0248471]"


@pytest.mark.parametrize(("question", "said"), [
    ("were any approved?", "were any of them approved? [in case CM16-0248471]"),
    ("so was any denied?", "so was any of them denied? [in case CM16-0248471]"),
])
def test_whether_any_had_an_outcome_after_one_letters_item_is_of_that_letter(question, said):
    got = resolve(question, after("the 37 yo woman's TENS", DME[0], DME))
    assert got.question == said
    assert got.carried == ("case: CM16-0248471, from the previous answer",)


HIP_MRI = Fact(case_number="CM16-0248655", item_index=1, title="MRI without contrast of the right hip", decision="Upheld",
               body_regions=("hip",))


@pytest.mark.parametrize(("question", "said", "note"), [
    ("and the 54 yo woman's knee?", "why was the 54 yo woman's knee MRI denied?",
     "question: the previous one, for the 54 yo woman's knee"),
    ("what about the 62 year old woman's shoulder?", "why was the 62 year old woman's shoulder MRI denied?",
     "question: the previous one, for the 62 year old woman's shoulder"),
])
def test_another_patients_body_part_asks_the_previous_question_of_them(question, said, note):
    got = resolve(question, after("why was the 61 yo woman's hip MRI denied?", HIP_MRI))
    assert (got.question, got.carried) == (said, (note,))
