"""The two items of one letter in view, then "same reviewer for both?": yes, one letter, one reviewer, said first
(service.compose.facts); "was it the same doctor reviewing both?" asks of both, not of the first ("it"), and a
question after it ("why denied?") asks of both too (service.conversation). Pure rules, then real letters, the
real model, real HTTP."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

PT = Fact(case_number="CM17-0015198", item_index=1,
          title="Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist", decision="Upheld")
CHIRO = Fact(case_number="CM17-0015198", item_index=2, title="Chiro with modalities 2 times a week for 6 weeks for neck, back",
             decision="Upheld")
BOTH = ("[the Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist and the Chiro with "
        "modalities 2 times a week for 6 weeks for neck, back in case CM17-0015198]")


def test_the_same_doctor_of_both_asks_of_both():
    earlier = [Earlier(question="CM17-0015198 PT and chiro", items=(PT, CHIRO), kind="item")]
    assert resolve("was it the same doctor reviewing both?", earlier).question == (
        f"was it the same doctor reviewing both? {BOTH}")


def test_a_question_after_both_carried_asks_of_both():
    earlier = [Earlier(question="CM17-0015198 PT and chiro", items=(PT, CHIRO), kind="item"),
               Earlier(question="same reviewer for both?", items=(PT, CHIRO), kind="item")]
    assert resolve("why denied?", earlier).question == f"why denied? {BOTH}"
    # ... not when the one before carried one of them alone
    one = [Earlier(question="CM17-0015198 PT and chiro", items=(PT, CHIRO), kind="item"),
           Earlier(question="the chiro?", items=(PT, CHIRO), kind="item")]
    assert resolve("why denied?", one).question == (
        "why denied? [the Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist in case CM17-0015198]")


client = served_client("CM17-0015198")


def test_same_reviewer_for_both_is_yes_first(client) -> None:
    answer = ask(client, "same reviewer for both? " + BOTH)
    assert answer["answer"].startswith(
        "Yes: one letter, one reviewer: the IMR reviewer of case CM17-0015198 is a specialist in Physical Medicine & "
        "Rehabilitation, Neuromuscular Medicine and licensed in Maryland [1].")
    # one item answered: yes, one letter, one reviewer, who decided that one and the other request
    assert ask(client, "CM17-0015198 PT - same reviewer?")["answer"].startswith(
        "Yes: one letter, one reviewer: the IMR reviewer of case CM17-0015198 is a specialist in Physical Medicine & "
        "Rehabilitation, Neuromuscular Medicine and licensed in Maryland [1], who decided both of its requests, "
        "\"Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist\" among them.")
    # ... the item the follow-up names, as the conversation carries it ("CM17-0015198 PT || same reviewer for the chiro?")
    assert ask(client, "same reviewer for the chiro? [the Chiro with modalities 2 times a week for 6 weeks for neck, back in "
                       "case CM17-0015198]")["answer"].startswith(
        "Yes: one letter, one reviewer: the IMR reviewer of case CM17-0015198 is a specialist in Physical Medicine & "
        "Rehabilitation, Neuromuscular Medicine and licensed in Maryland [1], who decided both of its requests, "
        "\"Chiro with modalities 2 times a week for 6 weeks for neck, back\" among them.")
    # ... "same reviewer as the chiro?" names a request of the letter, not a person: yes, as of both
    assert ask(client, "was that the same reviewer as the chiro? [the Physical therapy 2 times a week for 6 weeks "
                       "bilateral shoulder, elbow and wrist in case CM17-0015198]")["answer"].startswith(
        "Yes: one letter, one reviewer: the IMR reviewer of case CM17-0015198 is a specialist in Physical Medicine & "
        "Rehabilitation, Neuromuscular Medicine and licensed in Maryland [1], who decided both of its requests")
    # ... but not of a request the conversation did not carry in this letter (another patient's): no yes
    assert ask(client, "was it the same reviewer as the chiro?")["answer"].startswith("The IMR reviewer of case")
    # ... and "same doctor as ...?" asks of someone else: the reviewer said, no yes
    assert ask(client, "CM17-0015198 PT - same doctor as his treater?")["answer"].startswith("The IMR reviewer of case")


one = served_client("CM17-0003890")


def test_same_reviewer_of_a_one_request_letter_says_so_with_no_yes(one) -> None:
    assert ask(one, "CM17-0003890 the PT - same reviewer?")["answer"].startswith(
        "One letter, one reviewer: the IMR reviewer of case CM17-0003890 is a specialist in Family Practice and licensed in "
        "Arizona and California [1], who decided its one request.")


L4 = Fact(case_number="CM17-0005418", item_index=1,
          title="Right L4 transforaminal epidural steroid injection under fluoroscopic guidance", decision="Upheld")
L5 = Fact(case_number="CM17-0005418", item_index=2,
          title="Right L5 transforaminal epidural steroid injection under fluoroscopic guidance", decision="Upheld")


def test_it_beside_both_asks_of_both_items_just_answered():
    earlier = [Earlier(question="why didn't the 57 year old get his back shots?", items=(L4, L5), kind="item")]
    assert resolve("was it both levels?", earlier).question == (
        "was it both levels? [the Right L4 transforaminal epidural steroid injection under fluoroscopic guidance and the "
        "Right L5 transforaminal epidural steroid injection under fluoroscopic guidance in case CM17-0005418]")
    # ... one item before: "it" is that item
    alone = [Earlier(question="his L4 shot?", items=(L4,), kind="item")]
    assert resolve("was it both levels?", alone).question == (
        "was the Right L4 transforaminal epidural steroid injection under fluoroscopic guidance in case CM17-0005418 both "
        "levels?")
