"""Two items in one question, and the patient's other requests after one (issue 11): two questions
asked one after the other ("first, was the Celebrex denied? and second, why the Tabradol?"), a
statement to confirm of two items of one kind told apart by their body parts ("the neck PT was
approved but back PT denied, correct?": a yes or no of each part), a thing asked apart that claims
nothing ("did the surgery get the green light, and what happened with the ice machine?"), and
"what else did he get?" after an answer about one item. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from indexer.treatments import find_treatments
from service.asking import asking_span
from service.conversation import Earlier, Fact, resolve
from service.outcomes import read_outcomes
from service.premises import by_clause
from service.yes_no import claimed
from tests.conftest import ask, served_client

NECK_PT = ("physical_therapy",)


@pytest.mark.parametrize(("text", "regions", "claims"), [
    # the same treatment twice: placed by the body part said with it
    ("the 54 yo man's neck PT was approved but back PT denied, correct?", [("cervical",), ("lumbar",)],
     ["Overturned", "Upheld"]),
    ("the 54 yo man's neck PT was approved but back PT denied, correct?", [("lumbar",), ("cervical",)],
     ["Upheld", "Overturned"]),
    ("was the 54 yo man's neck PT approved and his back PT denied?", [("cervical",), ("lumbar",)],
     ["Overturned", "Upheld"]),
    ("PT for the 54 yo man's neck was approved and PT for his back denied, right?", [("cervical",), ("lumbar",)],
     ["Overturned", "Upheld"]),
])
def test_one_treatment_twice_is_placed_by_its_body_part(text: str, regions, claims) -> None:
    assert by_clause(text, claimed(text), ("PT",), [NECK_PT, NECK_PT], regions) == claims


def test_a_thing_asked_apart_is_claimed_nothing() -> None:
    text = "was the 60 yo man's MRI approved and what about the acupuncture?"
    sets = [("mri", "imaging"), ("acupuncture",)]
    assert by_clause(text, claimed(text), ("MRI", "acupuncture"), sets) == ["Overturned", None]
    text = ("The surgeon wanted to operate and asked for an ice machine and a sling for afterwards. Did the surgery get "
            "the green light, and what happened with the ice machine?")
    assert by_clause(text, claimed(text), ("ice machine", "surgery"), [("cold_therapy",), ("surgery",)]) == [
        None, "Overturned"]
    text = "the 40 yo lady - first, was the Celebrex denied? and second, why the Tabradol?"
    sets = [("nsaid", "medication"), ("cyclobenzaprine", "muscle_relaxant", "medication")]
    assert by_clause(text, claimed(text), ("Celebrex", "Tabradol"), sets) == [
        "Upheld", None]


@pytest.mark.parametrize(("text", "asked"), [
    ("the 40 yo lady with cumulative trauma - first, was the Celebrex denied? and second, why the Tabradol?",
     "the 40 yo lady with cumulative trauma - first, was the Celebrex denied? and second, why the Tabradol?"),
    ("for the 60 year old man who hit his head: why was the MRI denied? also, was the acupuncture approved?",
     "why was the MRI denied? also, was the acupuncture approved?"),
    # a statement to confirm claims both sides of its "but"
    ("the 50 yo woman's acupuncture was approved but her PT was denied, right?",
     "the 50 yo woman's acupuncture was approved but her PT was denied, right?"),
    # one question, then a reason offered of it: the one question
    ("why was the ESI denied? was it because there was no MRI?", "why was the ESI denied?"),
])
def test_the_asking_part_holds_both_questions(text: str, asked: str) -> None:
    start, end = asking_span(text)
    assert text[start:end].strip() == asked


def test_the_needles_in_a_persons_words() -> None:
    assert find_treatments("and what about the needles for his neck, hand and head?") == [("acupuncture", "needles")]
    assert find_treatments("the adjuster refused more therapy and also the needles") == [
        ("physical_therapy", "therapy"), ("acupuncture", "needles")]
    assert find_treatments("pins and needles in her hand") == []
    assert find_treatments("cupping or acupressure instead of needles - would IMR cover it?") == []


def test_the_green_light_in_a_persons_words() -> None:
    found = read_outcomes("Did the surgery get the green light?").found
    assert [(o.words, o.decision, o.role) for o in found] == [("green light", "Overturned", "asked")]


MRI = Fact(case_number="CM16-0230548", item_index=1, title="MRI of neck and right hand without contrast",
           decision="Upheld", body_regions=("cervical", "wrist/hand"))
NECK = Fact(case_number="CM17-0010362", item_index=1, title="Physical therapy for the cervical spine 2 times a week "
            "for 3 weeks", decision="Upheld", body_regions=("cervical",))
BACK = Fact(case_number="CM17-0010362", item_index=2, title="Physical therapy for the lumbar spine 2 times a week "
            "for 3 weeks", decision="Upheld", body_regions=("lumbar",))


def test_what_else_sets_aside_what_was_answered() -> None:
    earlier = [Earlier(question="was the neck MRI approved for the 60 yo man?", items=(MRI,), kind="item")]
    got = resolve("what else did he get?", earlier)
    assert got.question == "what else did he get besides the neck and hand MRI? [in case CM16-0230548]"
    assert got.carried == ("case: CM16-0230548, from the previous answer, without MRI of neck and right hand without "
                           "contrast (item 1)",)
    # ... and what earlier answers of the case were about
    earlier = [Earlier(question="why was the 54 yo man's neck PT denied?", items=(NECK,), kind="item"),
               Earlier(question="what else did he get?", items=(BACK,), kind="item")]
    got = resolve("anything else?", earlier)
    assert got.question == ("anything else besides the cervical Physical therapy and the lumbar Physical therapy? "
                            "[in case CM17-0010362]")
    # a thing named is asked as itself: no set-aside carried
    assert resolve("anything else besides the MRI?", earlier[:1]).question == "anything else besides the MRI?"


# a 60-year-old man: neck and hand MRI upheld, acupuncture overturned; a 54-year-old man: neck and
# low back PT both upheld; a 40-year-old woman: celecoxib, Tabradol and three other suspensions upheld;
# a 63-year-old man: shoulder arthroscopy and its add-ons upheld; a 50-year-old woman: acupuncture and
# additional neck PT both overturned
client = served_client("CM16-0230548", "CM17-0010362", "CM17-0013625", "CM17-0006797", "CM17-0010885")


def cited(answer: dict) -> list[tuple[str, int]]:
    return list(dict.fromkeys((c["case_number"], c["item_index"]) for c in answer["citations"]))


def test_a_statement_about_two_items_is_confirmed_part_by_part(client) -> None:
    answer = ask(client, "the 54 yo man's neck PT was approved but back PT denied, correct?")
    assert answer["answer"].startswith(
        'No: "Physical therapy for the cervical spine 2 times a week for 3 weeks" was denied (upheld), not approved [1]. '
        '"Physical therapy for the lumbar spine 2 times a week for 3 weeks" was denied (upheld), as the question says [2].')
    assert cited(answer) == [("CM17-0010362", 1), ("CM17-0010362", 2)]
    answer = ask(client, "the 50 yo woman's acupuncture was approved but her PT was denied, right?")
    assert answer["answer"].startswith(
        'No: "Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck" was approved (overturned), '
        'not denied [1]. "Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck" was approved '
        '(overturned), as the question says [2].')


def test_two_questions_answer_both_items(client) -> None:
    answer = ask(client, "the 40 yo lady with cumulative trauma - first, was the Celebrex denied? and second, why the "
                         "Tabradol?")
    assert answer["answer"].startswith('Yes: "Celecoxib 200mg #90" was denied (upheld) [1]. ')
    assert cited(answer) == [("CM17-0013625", 1), ("CM17-0013625", 5)]
    assert sum(c["item_index"] == 5 for c in answer["citations"]) <= 5  # the Tabradol's own quotes, within the cap
    answer = ask(client, "My dad is 63 and tripped and fell at work in November 2016. The MRI showed the tendon in his "
                         "right shoulder is almost completely torn. The surgeon wanted to operate and asked for an ice "
                         "machine and a sling for afterwards. Did the surgery get the green light, and what happened "
                         "with the ice machine?")
    assert answer["answer"].startswith('No: "Right Shoulder Arthroscopy with rotator cuff repair vs debridement…" was '
                                       'denied (upheld), not approved [1]. ')
    assert cited(answer) == [("CM17-0006797", 1), ("CM17-0006797", 4)]
    answer = ask(client, "why was the neck MRI denied for the 60 yo man who hit his head at work, and what about the "
                         "needles for his neck, hand and head?")
    assert cited(answer) == [("CM16-0230548", 1), ("CM16-0230548", 2)]
    assert "the request for \"Acupuncture 3 times a week for 2 weeks, neck, right hand and head\" was approved" in (
        answer["answer"])


def test_which_of_the_two_says_both(client) -> None:
    answer = ask(client, "My wife is 50 and took a blow to the face at work. The adjuster turned down her neck therapy "
                         "and also the needles. Which of the two did the state reviewer okay?")
    assert answer["answer"].startswith("Both were approved (overturned) [1][2]. ")  # no yes or no to a "which"
    assert cited(answer) == [("CM17-0010885", 1), ("CM17-0010885", 2)]


def turn(question: str, answer: dict) -> dict:
    return {"question": question, "kind": answer["kind"],
            "items": [{"case_number": c, "item_index": i} for c, i in cited(answer)]}


def test_what_else_did_he_get_lists_his_other_requests(client) -> None:
    first_q = "was the neck MRI approved for the 60 yo man who hit his head at work?"
    first = ask(client, first_q)
    assert cited(first) == [("CM16-0230548", 1)]
    answer = ask(client, "what else did he get?", history=[turn(first_q, first)])
    assert answer["understood"]["asked_as"] == "what else did he get besides the neck and hand MRI? [in case CM16-0230548]"
    assert answer["answer"].startswith("In CM16-0230548, besides the neck and hand MRI, the one request was approved "
                                       "(overturned). ")
    assert cited(answer) == [("CM16-0230548", 2)]
    first_q = "the 40 yo lady with cumulative trauma - was the Celebrex denied?"
    first = ask(client, first_q)
    answer = ask(client, "what other requests did she have?", history=[turn(first_q, first)])
    assert answer["answer"].startswith('In CM17-0013625, besides the Celecoxib, all 4 requests were denied (upheld). '
                                       'Besides the 3 explained below: "')
    assert {i for _c, i in cited(answer)} == {2, 3, 4, 5}


# a 53-year-old man with an old neck fusion: cervical and lumbar x-rays, cervical CT, lumbar MRI and the rest of
# his acupuncture, all upheld
fusion = served_client("CM17-0011703")


def test_both_of_a_kind_and_another_claimed_otherwise_is_checked_claim_by_claim(fusion) -> None:
    # "both x-rays denied and the CT approved" (nat-2756) claims two outcomes: not one yes over all three
    answer = ask(fusion, "the 53 yo guy with the neck fusion: both x-rays denied and the CT approved, right?")
    assert answer["answer"].startswith(
        'No: "CT scan of the cervical spine" was denied (upheld), not approved [1]. "Cervical spine x-rays" was denied '
        '(upheld), as the question says [2]. "Lumbar spine x-rays" was denied (upheld), as the question says [3].')
    # ... one outcome claimed of all of them stays one yes or no
    answer = ask(fusion, "the 53 yo guy with the neck fusion: both x-rays denied and the CT too, right?")
    assert answer["answer"].startswith("Yes: all 3 were denied (upheld) [1][2][3].")
