"""An outcome word in any inflection ("approving", "denies", "overturning") names no treatment
(service.topic.GENERIC): a question about approving oral suspensions is about the suspensions, never
"No letter in the index mentions approving". Over real letters, the real model and real HTTP."""

from __future__ import annotations

from service.topic import topic_tokens
from service.understand import understand
from tests.conftest import ask, served_client

# a 40-year-old woman: celecoxib and four oral suspensions (Fanatrex, Dicopanol, Deprizine, Tabradol)
client = served_client("CM17-0013625", "CM16-0234464")


def test_outcome_inflections_are_no_topic_words() -> None:
    query = understand("What would a reviewer need to see before approving compounded oral suspensions?")
    assert topic_tokens(query) == frozenset({"see", "oral", "would", "suspension", "compounded"})
    assert "denies" not in topic_tokens(understand("why does IMR keep upholding and denies acupuncture?"))
    # the other verbs service.outcomes reads as an outcome: "would IMR cover it?", "was it allowed?"
    assert topic_tokens(understand("cupping or acupressure instead of needles - would IMR cover it?")) == frozenset(
        {"cupping", "acupressure", "needle", "would"})
    assert topic_tokens(understand("was the ozone injection allowed or refused?")) == frozenset({"ozone", "injection"})


def test_a_question_about_approving_suspensions_answers_about_them(client) -> None:
    answer = ask(client, "What would a reviewer need to see before approving compounded oral suspensions?")
    assert answer["not_found"] == ""
    cited = [c["request"] for c in answer["citations"] if c["item_index"]]
    assert cited and "oral suspension" in cited[0]


def test_whom_the_asker_acts_for_and_their_chances_are_no_topic_words() -> None:
    # "No letter in the index mentions client tub, luck."
    assert topic_tokens(understand("my client got denied a hot tub, any luck at IMR for those?")) == frozenset({"hot", "tub"})
    # ... nor the system asked through, typed short (tune nat-4247: "No letter in the index mentions marijuana thru or comp.")
    assert topic_tokens(understand("can i get medical marijuana thru workers comp? any letters approve it?")) == frozenset(
        {"can", "marijuana"})


def test_the_asker_and_imr_expanded_are_no_topic_words() -> None:
    # "my" names no treatment, nor "independent" ("IMR" expanded), which every partly authorised
    # request's "The remaining IMR eligible portion" would seem to name
    query = understand("cold laser therapy for my wrist - has IMR ever approved it?")
    assert {"my", "independent"} & topic_tokens(query) == set()
    assert {"cold", "laser"} <= topic_tokens(query)



def test_how_often_and_the_parties_are_no_topic_words() -> None:
    # "adjuster here: ... the usual reasons?": no treatment named, so no treatment missing either
    query = understand("adjuster here: when IMR reverses our UR denials, what are the usual reasons?")
    assert topic_tokens(query) == frozenset()


def test_the_words_of_a_question_about_losing_at_imr_are_no_topic_words() -> None:
    # "we keep getting overturned ... what makes the reviewers side with the treating doctor": no treatment
    query = understand("adjuster - we keep getting overturned at IMR. what makes the reviewers side with the treating "
                       "doctor instead of UR?")
    assert topic_tokens(query) == frozenset({"doctor"})


# three letters with an overturned item: a cervical MRI, naproxen, acupuncture (beside an upheld MRI)
overturned = served_client("CM16-0246624", "CM17-0019011", "CM16-0230548")


def test_a_question_about_losing_at_imr_is_answered_with_the_overturned_items(overturned) -> None:
    answer = ask(overturned, "adjuster - we keep getting overturned at IMR. what makes the reviewers side with the "
                             "treating doctor instead of UR?")
    assert (answer["kind"], answer["not_found"]) == ("pattern", "")
    assert answer["answer"].startswith("Of 4 disputed requests in the index, 1 was denied (upheld) and 3 approved "
                                       "(overturned). What the 3 approved ones had: ")
    approvals = {c["case_number"] for c in answer["citations"] if c["decision"] == "Overturned"}
    assert approvals == {"CM16-0246624", "CM17-0019011", "CM16-0230548"}


def test_got_it_confirmed_by_a_tag_is_the_premise_of_an_approval():
    from service.outcomes import read_outcomes

    # before: no outcome read, and the answer opened with no yes or no
    for question in ("the 65 yo man got his viagra, didn't he?", "the 54 yo man got his neck PT, right?",
                     "she got her knee MRI, correct?"):
        assert [(o.decision, o.role, o.words) for o in read_outcomes(question).found] == [("Overturned", "premise", "got")]
    # ... not got, told of the care after it
    assert read_outcomes("he got his MRI last week and is feeling better").found == ()
