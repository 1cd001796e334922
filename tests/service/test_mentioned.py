"""'Did the reviewer mention X?': the topic read from the question (service.mentioned.asked_mention), the
rationale sentences that speak of it (speaks_of), and the item answer opened with the yes or no."""

from __future__ import annotations

import pytest

from service.mentioned import Mention, asked_mention, asks_history, speaks_of
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "topic", "rest"), [
    ("did the reviewer mention the urine drug screen for the 40 yo woman's tramadol?", "the urine drug screen",
     "for the 40 yo woman's tramadol?"),
    ("for the 28 yo woman's lumbar MRI, did the reviewer say anything about physical therapy?", "physical therapy",
     "for the 28 yo woman's lumbar MRI?"),
    ("the facet injections for the 34 year old, did the reviewer say anything about a diagnostic block?",
     "a diagnostic block", "the facet injections for the 34 year old?"),
    ("CM17-0005924 - did the reviewer mention the fracture?", "the fracture", "CM17-0005924?"),
    ("did IMR talk about her weight?", "her weight", ""),
    ("was the MRI report discussed?", "the MRI report", ""),
    ("was the MRI report even mentioned in the rationale?", "the MRI report", ""),
    ("did they address the 8 prior sessions?", "the 8 prior sessions", ""),
    ("did they take the 8 prior sessions into account?", "the 8 prior sessions", ""),
    ("did they bring up her weight at all?", "her weight", ""),
    ("did the reviewer consider her diabetes when denying the surgery?", "her diabetes", "when denying the surgery?"),
    ("did IMR look at the x-rays for case CM16-0246635?", "the x-rays", "for case CM16-0246635?"),
    ("what did IMR decide, and did they mention the UDS?", "the UDS", "what did IMR decide?"),
    # the question goes on with the same subject: its other question kept whole
    ("On CM17-0005418, did the IMR reviewer address the diminished sensation in the L4 and L5 dermatomes, or deny both "
     "TFESIs for lack of MRI/EDX corroboration?", "the diminished sensation in the L4 and L5 dermatomes",
     "On CM17-0005418, did the IMR reviewer deny both TFESIs for lack of MRI/EDX corroboration?"),
    ("did the reviewer mention PT in any of the knee MRI denials?", "PT", "in any of the knee MRI denials?"),
    ("CM16-0246635 - did the reviewer mention anything about her weight?", "her weight", "CM16-0246635?"),
    ("does the rationale say anything at all about the MRI report?", "the MRI report", ""),
    # the reviewer told by the case before the verb: that case is what the rest asks of (it answered "the letter ...
    # has no request for shoulder x-rays")
    ("did the reviewer in the 62 yo lady's shoulder case look at x-rays?", "x-rays", "in the 62 yo lady's shoulder case"),
    ("did the reviewer for the 62 yo lady mention x-rays?", "x-rays", "for the 62 yo lady"),
])
def test_the_topic_and_the_rest_of_a_mention_question(question: str, topic: str, rest: str) -> None:
    assert asked_mention(question) == Mention(topic=topic, rest=rest)


@pytest.mark.parametrize("question", [
    "did the reviewer approve it?", "what did the reviewer say?", "what did the reviewer say about the PT?",
    "was it considered medically necessary?", "was it discussed?", "has my appeal been looked at?",
    "why was the 40 yo woman's tramadol denied?",
    "did she consider surgery before the PT?",  # the patient's doing
    "the 34 yo guy whose neck MRI got turned down - was it a neuro who looked at it?",  # who looked, asked
])
def test_questions_that_ask_no_mention(question: str) -> None:
    assert asked_mention(question) is None


@pytest.mark.parametrize(("topic", "sentence", "expected"), [
    ("the UDS", "Urine drug testing was not documented.", 1),  # the abbreviation's treatment, in other words
    ("PT", "She completed physical therapy.", 1),
    ("the fracture", "Plain film radiographs revealed abnormality with appearance of C2 fracture.", 1),
    ("the fracture", "The patient fractured her wrist.", 1),  # a light stem
    ("the 8 prior sessions", "She has had 8 sessions of acupuncture.", 2),  # all but one of three words
    ("a diagnostic block", "No more than one set of therapeutic intraarticular lumbar facet blocks is recommended.", 0),
    ("her weight", "The patient is 5 feet tall.", 0),
    ("the x-ray he already had", "The patient received a cervical x-ray of unknown date.", 1),  # x-ray, not already
    ("the x-ray he already had", "The x-ray he had already was normal.", 2),
    ("first-line medications", "In addition, the patient has 2 conditions which are a relative contraindication to "
                               "opioid use.", 1),  # an opioid is a medication, in other words
    ("first-line medications", "In this case, there is no documented evidence that first-line medications or treatment "
                               "were attempted prior to prescribing an opioid.", 2),  # "first-line" one word
])
def test_a_sentence_speaks_of_the_topic(topic: str, sentence: str, expected: int) -> None:
    assert speaks_of(topic, sentence) == expected


# a cervical CT after a C2 fracture on x-ray (overturned), and a lumbar MRI (upheld) that says nothing of therapy
client = served_client("CM17-0005924", "CM16-0246635")


def test_yes_quotes_where_the_reviewer_said_it(client) -> None:
    answer = ask(client, "CM17-0005924 - did the reviewer mention the fracture?")
    # before: the item's usual answer, "Approved (Overturned): objective findings documented [1]."
    assert answer["lead"] == ('Yes: the reviewer wrote "Plain film radiographs revealed abnormality with appearance of C2 '
                              'fracture." [1] and "Given cervical spine trauma and the appearance of C2 fracture on plain '
                              'film radiography, proceeding with Computed Tomography (CT) for further evaluation of the C2 '
                              'vertebra was medically necessary and appropriate." [2]. Approved (Overturned): objective '
                              'findings documented [1].')
    assert len(answer["citations"]) <= 5


def test_no_names_the_request_and_the_topic_as_typed(client) -> None:
    # before: "Case CM16-0246635 has no request for physical therapy. Its letter decided 1 item: ..."
    for question in ("CM16-0246635 - did the reviewer say anything about physical therapy?",
                     "for the 28 yo woman's lumbar MRI, did the reviewer say anything about physical therapy?"):
        answer = ask(client, question)
        assert answer["kind"] == "item"
        assert answer["answer"].startswith('No: the reviewer\'s rationale for "MRI of the Lumbar spine without contrast" '
                                           'does not mention physical therapy. Denied (Upheld): no objective findings or '
                                           'red flags [1]. In case CM16-0246635, the request for')


def test_the_askers_own_words_are_said_back_and_the_outcome_told_needs_no_second_yes(client) -> None:
    # before: "No: ... does not mention my physical therapy. Yes: the denial of "MRI of the Lumbar spine without
    # contrast" was upheld; it was not authorised [1]. Denied (Upheld): ..."
    answer = ask(client, "I'm 28 and female, my lumbar MRI was denied, did the reviewer mention my physical therapy?")
    assert answer["lead"] == ('No: the reviewer\'s rationale for "MRI of the Lumbar spine without contrast" does not mention '
                              'your physical therapy. Denied (Upheld): no objective findings or red flags [1].')
    # an outcome told wrong is still put right
    answer = ask(client, "I'm 28 and female, my lumbar MRI was approved, did the reviewer mention my physical therapy?")
    assert 'No: the denial of "MRI of the Lumbar spine without contrast" was upheld; it was not authorised [1].' in answer[
        "lead"]


def test_said_back_turns_the_askers_words_to_the_second_person() -> None:
    from service.mentioned import said_back

    assert said_back("my x-rays") == "your x-rays"
    assert said_back("our PT notes and me") == "your PT notes and you"
    assert said_back("US of the shoulder") == "US of the shoulder"  # an ultrasound, not "us"


def test_a_mention_asked_alone_is_of_the_item_in_view(client) -> None:
    first = "was the 28 yo woman's lumbar MRI approved?"
    history = [{"question": first, "items": [{"case_number": "CM16-0246635", "item_index": 1}], "kind": "item"}]
    answer = ask(client, "did IMR talk about her weight?", history=history)
    assert answer["lead"].startswith('No: the reviewer\'s rationale for "MRI of the Lumbar spine without contrast" does not '
                                     'mention her weight.')
    answer = ask(client, "were red flags discussed?", history=history)
    assert answer["lead"].startswith('Yes: the reviewer wrote "Absent red flags or clear indications for surgery, a clear '
                                     'indication for MRI is not supported by the provided documents." [1].')


def test_a_question_about_what_was_said_stays_the_usual_answer(client) -> None:
    answer = ask(client, "CM17-0005924 - what did the reviewer say?")
    assert answer["lead"] == "Approved (Overturned): objective findings documented [1]."


# naproxen, pantoprazole and two compounds, all upheld: only the pantoprazole's rationale speaks of the stomach
meds = served_client("CM17-0013716")


def test_a_mention_naming_no_request_answers_the_item_that_speaks_of_it(meds) -> None:
    # before: 'No: the reviewer's rationale for "Naproxen 500mg #60" does not mention gastrointestinal risk.'
    answer = ask(meds, "CM17-0013716 - did the reviewer mention gastrointestinal risk?")
    assert answer["lead"] == ('Yes: the reviewer wrote "Additionally, there was no indication that the patient would be at '
                              'a high risk of gastrointestinal events to support the request for a proton pump inhibitor." '
                              '[1] and "The California MTUS 2016 Chronic Pain Guidelines recommend proton pump inhibitors '
                              'for patients at risk for gastrointestinal events." [2]. Denied (Upheld): not indicated for '
                              'the diagnosis [1].')


@pytest.mark.parametrize(("question", "topic", "rest"), [
    ("the 29 yo woman's lumbar MRI - had she done PT before?", "PT", "the 29 yo woman's lumbar MRI?"),
    ("the 62 yo lady's shoulder MRI - did she try physical therapy first?", "physical therapy",
     "the 62 yo lady's shoulder MRI?"),
    ("the 46 yo woman's EMG - has she had an MRI?", "an MRI", "the 46 yo woman's EMG?"),
])
def test_the_patients_past_care_asked_beside_a_request(question: str, topic: str, rest: str) -> None:
    assert asked_mention(question) == Mention(topic=topic, rest=rest, history=True)


@pytest.mark.parametrize("question", [
    "had she done PT before?",  # no other request: the PT is what is asked about
    "the 25 yo woman had 8 PT sessions already, why was more PT denied?",
    "has she had her MRI approved?",
    # what the patient takes, told in the story, is no other request (tune nat-3189 answered 'The letter of the
    # patient described, case CM17-0018279, has no request for low back norco / flexeril.')
    "my sister is 46, mild disc degeneration in her low back, not working right now, takes norco and flexeril. had "
    "she done physical therapy before, and did IMR give her more?",
])
def test_past_care_with_no_other_request_is_no_mention(question: str) -> None:
    assert asked_mention(question) is None


history = served_client("CM17-0005246", "CM17-0009887")


def test_past_care_asked_quotes_the_rationale_or_else_the_summary(history) -> None:
    answer = ask(history, "the 29 yo woman's lumbar MRI - had she done PT before?")
    assert answer["answer"].startswith(
        'The reviewer\'s rationale for "MRI (magnetic resonance imaging) of the lumbar spine" does not mention PT; the '
        'case summary says "She was icing and now placing heat on the lower back and undergoing physical therapy, '
        'reducing pain, but temporary." [1]. Denied (Upheld): ')
    assert answer["citations"][0]["case_number"] == "CM17-0005246"
    mri = ask(history, "the 46 yo woman's EMG - has she had an MRI?")
    assert mri["answer"].startswith('On an MRI, the reviewer wrote "MRI does not indicate nerve compression." [1]. ')


@pytest.mark.parametrize("question", [
    # getting it asks whether it was approved, not what the patient had before
    "the 53 yo man with the neck fusion and two old back surgeries - did he get any of his scans or x-rays approved?",
    "the 52 yo woman who hurt her back and belly lifting - did she get any of the manipulation, e-stim or ultrasound?",
    "the 60 yo man's MRI - did he get acupuncture?",
])
def test_getting_a_request_is_no_past_care(question: str) -> None:
    assert asked_mention(question) is None


@pytest.mark.parametrize("question, topic, rest", [
    ("did the reviewer want her to try PT before the shoulder MRI in CM17-0014288?", "PT",
     "the shoulder MRI in CM17-0014288?"),
    ("CM17-0006797 did the reviewer want him to do more PT before the surgery?", "PT", "CM17-0006797 the surgery?"),
    ("for CM17-0014288 did they want an x-ray first?", "an x-ray", "for CM17-0014288?"),
    ("did IMR expect the patient to have a trial of acupuncture prior to the MRI?", "acupuncture", "the MRI?"),
    # ... the body part of the care wanted first is the item's too, when the item names none (tune nat-721)
    ("For the 37 year old woman with tingling in her face and toes, did the reviewer want a plain x-ray of her neck "
     "before the MRI?", "a plain x-ray of her neck",
     "For the 37 year old woman with tingling in her face and toes, the MRI of the neck?"),
])
def test_what_the_reviewer_wanted_done_first(question: str, topic: str, rest: str) -> None:
    assert asked_mention(question) == Mention(topic=topic, rest=rest)


@pytest.mark.parametrize("question", [
    "did the reviewer want him to try something else first in CM17-0006797?",  # no treatment: a reason asked
    "did they want the MRI?",
    "did she want the surgery first?",  # the patient, not the reviewer
    # "the first six" is an ordinal, not "beforehand": what it takes to approve more, across letters
    "what do reviewers want to see before approving more acupuncture after the first six?",
    "what do reviewers want before approving acupuncture after the first six sessions?",
])
def test_wanted_first_needs_a_treatment_and_the_reviewer(question: str) -> None:
    assert asked_mention(question) is None


wanted = served_client("CM17-0006797", "CM17-0014288")


def test_wanted_first_quotes_the_reviewer_or_says_it_is_not_mentioned(wanted) -> None:
    surgery = ask(wanted, "CM17-0006797 did the reviewer want him to do more PT before the surgery?")
    assert surgery["answer"].startswith(
        'Yes: the reviewer wrote "There was also lack of clinical documentation indicating the patient has exhausted '
        'adequate conservative treatments beyond 6 sessions of physical therapy." [1].')
    assert surgery["citations"][0]["request"].startswith("Right Shoulder Arthroscopy")
    mri = ask(wanted, "did the reviewer want her to try PT before the shoulder MRI in CM17-0014288?")
    assert mri["answer"].startswith('No: the reviewer\'s rationale for "MRI of the right shoulder without contrast" '
                                    "does not mention PT.")


# "did she need xrays first?" after her shoulder MRI: her past care, not a request for x-rays
def test_needing_something_first_asks_the_patients_past_care():
    assert asks_history("did she need xrays first? [the MRI of the right shoulder without contrast in case CM17-0014288]")
    assert not asks_history("did she need xrays?")


def test_what_the_reviewer_said_of_a_thing_beside_the_item_is_a_mention() -> None:
    # before: "The letter of the patient described, case CM17-0014288, has no request for x-rays."
    assert asked_mention("the 62 yo woman's shoulder MRI - what did the reviewer say about x-rays?") == Mention(
        topic="x-rays", rest="the 62 yo woman's shoulder MRI?", history=True)
    # ... not of the item itself: its usual answer
    assert asked_mention("what did the reviewer say about the PT?") is None
    assert asked_mention("what did the reviewer say about the 54 yo man's PT?") is None


def test_what_the_reviewer_said_of_a_thing_is_quoted_with_no_yes_or_no(client) -> None:
    answer = ask(client, "the 28 yo woman's lumbar MRI - what did the reviewer say about red flags?")
    assert answer["lead"].startswith('On red flags, the reviewer wrote "Absent red flags or clear indications for surgery, a '
                                     'clear indication for MRI is not supported by the provided documents." [1].')
