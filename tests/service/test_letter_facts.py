"""Facts of a letter a question asks for (service.compose.facts): who reviewed it, when it was
decided, the date of injury, UR's denial date, the priority. Read by rule; answered first, cited
to the line the letter prints, over real letters, the real model and real HTTP."""

from __future__ import annotations

import pytest

from service.compose.facts import asked_facts, same_specialty
from service.reviewers import read_reviewer
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "facts"), [
    ("Who reviewed the 53 year old man's neck MRI?", ("reviewer",)),
    ("What kind of doctor reviewed the lumbar MRI in CM17-0005246?", ("reviewer",)),
    # the reviewer named first, what of them asked after: their specialty
    ("IMR reviewer for the 62 yo woman's shoulder MRI - what specialty?", ("reviewer",)),
    ("what specialty was the reviewer for the hip MRI?", ("reviewer",)),
    # the sameness of their specialty asked with no word for the reviewer
    ("CM17-0010362 and CM17-0018279 same specialty?", ("reviewer",)),
    ("were CM16-0230548 and CM17-0010362 different kinds of doctors?", ("reviewer",)),
    ("what did the reviewer want before approving a specialty consult?", ()),
    ("When was the IMR decision for the 41 year old man?", ("decision_date",)),
    ("What is the decision date of CM17-0005246?", ("decision_date",)),
    ("What was the date of injury for case CM16-0246624?", ("date_of_injury",)),
    ("when did she get hurt?", ("date_of_injury",)),
    # the patient told by a description
    ("what date was the truck driver hurt? the older one", ("date_of_injury",)),
    ("when was the 36 year old stocker injured", ("date_of_injury",)),
    ("what was her injury date?", ("date_of_injury",)),
    ("CM16-0230548 what date was the injury", ("date_of_injury",)),
    ("when did the worker get hurt again?", ("date_of_injury",)),
    ("he was hurt when lifting boxes, what did IMR decide on his MRI?", ()),
    ("When was the MRI of the lumbar spine in case CM17-0005246 decided?", ("decision_date",)),
    ("When did UR deny the MRI?", ("ur_denial_date",)),
    ("Was the review for the 29 year old woman expedited or standard?", ("priority",)),
    ("Did the reviewer rely on MTUS or ODG for the 53 year old man's neck MRI?", ("guideline",)),
    ("What guideline was cited for the lumbar MRI in CM17-0005246?", ("guideline",)),
    ("Which MTUS section did they use to deny the TENS unit?", ("guideline",)),
    ("Which specialty reviewed the chiro with modalities for the 46M?", ("reviewer",)),
    ("What pages of the MTUS did the reviewer quote for the home aide?", ("guideline",)),
    ("For the 40 y/o female with the oral suspensions, was the Deprizine decided under a PPI section or something else?",
     ("guideline",)),
    ("Was the acupuncture judged against the ODG criteria?", ("guideline",)),
    # a yes/no question about the reviewer's specialty asks it
    ("was the acupuncture for the 60 year old man reviewed by an occupational medicine doctor?", ("reviewer",)),
    ("was the reviewer for her shoulder MRI an orthopedist?", ("reviewer",)),
    # told, not asked: a description of the letter or the patient
    ("Why was the MRI denied under the MTUS guidelines?", ()),
    ("The knee MRI was reviewed by an orthopedic surgeon: what did he decide?", ()),
    ("the man with date of injury 10/10/2016, why was his MRI denied?", ()),
    ("the letter with decision date 1/31/2017: why was PT denied?", ()),
    ("Why did the reviewer deny it?", ()),
    ("The orthopedic surgeon who reviewed the acupuncture dispute: what did he decide?", ()),
    ("Can you tell me who reviewed the knee MRI?", ("reviewer",)),
    # asked after a dash, and "... and when" asks the date
    ("the 52 yr old woman's EMG - who reviewed it and when", ("reviewer", "decision_date")),
    ("what was decided and when?", ("decision_date",)),
    ("when and where was he hurt?", ()),
    ("Which reviewer specialties show up in these letters?", ()),
    # how long the review of one letter took
    ("the neck MRI for the 53 year old man - did they decide within 30 days?", ("timing",)),
    ("was the lumbar MRI in CM17-0005246 decided in time?", ("timing",)),
    ("how long did IMR take on the 29 year old woman's MRI?", ("timing",)),
    ("he had pain within 30 days of the injury, why was the MRI denied?", ()),
    ("how long does IMR take?", ()),
    ("what date did UR deny the 33 yo man's MRIs?", ("ur_denial_date",)),
    ("was the 57 yo man's case expedited?", ("priority",)),
    # the reviewer's specialty or licence in other words
    ("what did the doctor who reviewed the elbow MRI specialize in", ("reviewer",)),
    ("what is the specialty of the reviewer on the elbow MRI?", ("reviewer",)),
    ("what was the specialty of the doctor who denied the hip MRI", ("reviewer",)),
    ("the elbow MRI reviewer - what's his field?", ("reviewer",)),
    ("which state is the reviewer of the elbow MRI licensed in", ("reviewer",)),
    ("what does the doctor want me to do for the hip", ()),
    ("was the 29 yo woman's IMR a standard review?", ("priority",)),
    ("was the 29 yo woman's review routine?", ("priority",)),
    # the priority asked of the item a follow-up carried, or with "the priority" alone
    ("what was the priority?", ("priority",)),
    ("was the Tramadol 50mg #60 in case CM17-0017734 expedited?", ("priority",)),
    ("what is the priority treatment for her back?", ()),
    # the one who decided, then what kind of doctor they were; a statement about the reviewer to confirm (nat-3455, nat-3475)
    ("the doctor who said no to his back shots - what kind of doctor was that?", ("reviewer",)),
    ("the 54 yo - the reviewer was an internist? and what did he say about the back PT?", ("reviewer",)),
    ("what kind of doctor asked for the MRI?", ()),
    # "was it a ... who reviewed it?" asks the reviewer
    ("the neck MRI for the 53 year old man - was it a neuro who reviewed it?", ("reviewer",)),
    ("was it an orthopedist that decided?", ("reviewer",)),
    ("the 34 yo guy whose neck MRI got turned down - was it a neuro who looked at it?", ("reviewer",)),
    # "did the reviewer have a specialty in ...?", "does the reviewer specialize in ...?" ask it; the records do not
    ("did the reviewer for the 60 year old's case have a specialty in neurology?", ("reviewer",)),
    ("does the reviewer specialize in pain management?", ("reviewer",)),
    ("did the reviewer have the MRI report?", ()),
    # dates named as nouns, as a paralegal lists them, in the order of a timeline (nat-3449, nat-3473); told with their
    # value, or a month, they ask nothing
    ("building a timeline on the 34 year old male: I need the date of injury, the UR denial date and the IMR decision date",
     ("date_of_injury", "ur_denial_date", "decision_date")),
    ("the 24 y/o who fractured C2: date of injury, UR denial date and IMR decision date please",
     ("date_of_injury", "ur_denial_date", "decision_date")),
    ("the man whose date of injury was in November - was his MRI approved?", ()),
    ("the UR denial date 12/13/2016 - what did IMR decide?", ()),
    # the insurer's denial in a user's words (nat-3472)
    ("the neck MRI went through - when did the insurance first say no, and when did IMR decide?",
     ("ur_denial_date", "decision_date")),
    # what utilization review did, asked of the item in view or of one named; its date or its guideline alone are not it
    ("what did UR say?", ("ur_decision",)),
    ("what did the adjuster decide on the 52 yo woman's PT?", ("ur_decision",)),
    ("what was UR's decision on the nerve test?", ("ur_decision",)),
    ("what did utilization review originally say", ("ur_decision",)),
    ("UR denied it and IMR upheld it, why?", ()),
    # of two letters named
    ("which was decided first, CM17-0002106 or CM17-0011703?", ("decision_date",)),
    ("when were CM17-0002106 and CM17-0011703 decided?", ("decision_date",)),
    ("dates of injury for CM17-0002106 and CM17-0011703", ("date_of_injury",)),
    ("how many did UR give him?", ()),
    # the part of a guideline asked of the guideline named after it, a follow-up's bare question (nat-4263)
    ("what pages of the MTUS?", ("guideline",)),
    ("which sections of the ODG?", ("guideline",)),
    ("what pages of the MTUS did they skip reading?", ()),
    # the reviewer's specialty asked bare, of the one who decided (after "who decided it?")
    ("is he an orthopedist?", ("reviewer",)),
    ("was the doctor who decided it an orthopedic surgeon?", ("reviewer",)),
    ("is he a truck driver?", ()),
    # ... or a field named with no article, after the case number or a dash; "reviewed by occ med"
    ("CM17-0019011 is she occupational medicine?", ("reviewer",)),
    ("the 61 yo woman's hip MRI - is the reviewer occupational medicine?", ("reviewer",)),
    ("CM16-0248034 was he reviewed by occ med?", ("reviewer",)),
    ("CM17-0006797 is he orthopedics?", ("reviewer",)),
    ("CM17-0019011 is she a cook?", ()),
    ("CM17-0019011 - was it an occ med doc?", ("reviewer",)),
    ("CM17-0019011 reviewer occupational medicine?", ("reviewer",)),
    ("CM17-0019011 was the doctor occupational medicine?", ("reviewer",)),
    ("CM17-0014288 shoulder MRI, was the doctor occ med?", ("reviewer",)),
    ("CM17-0006797 is he an orthopod?", ("reviewer",)),
    ("CM16-0246624 is he a neurologist or pain management?", ("reviewer",)),
    ("CM17-0015198 was it a chiropractor visit?", ()),
    ("CM17-0019011 is she on medicine for her stomach?", ()),
    # where in the letter an item is
    ("CM17-0013716 what pages is the pantoprazole on?", ("letter_pages",)),
    ("pantoprazole - what page of the letter?", ("letter_pages",)),
    ("which page is it on", ("letter_pages",)),
    ("what pages?", ("guideline",)),
])
def test_the_facts_a_question_asks_for(question: str, facts: tuple[str, ...]) -> None:
    assert asked_facts(question) == facts


# a 53-year-old man's cervical MRI (overturned); a 29-year-old woman's lumbar MRI (upheld)
client = served_client("CM16-0246624", "CM17-0005246")


def test_the_fact_comes_first_cited_to_the_line_the_letter_prints(client) -> None:
    who = ask(client, "Who reviewed the 53 year old man's neck MRI?")
    assert who["lead"] == ("The IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain Management and "
                           "licensed in Florida [1]. Approved (Overturned): objective findings documented [2].")
    first = who["citations"][0]
    assert (first["role"], first["quote"], first["item_index"]) == (
        "reviewer", "State(s) of Licensure: Florida\nCertification(s)/Specialty: Neurology, Pain Management", 0)
    when = ask(client, "What is the decision date of CM17-0005246?")
    assert when["lead"].startswith("Case CM17-0005246 was decided on ")
    assert when["citations"][0]["quote"].startswith("Decision Date:")
    injury = ask(client, "What was the date of injury for case CM16-0246624?")
    assert injury["lead"].startswith("Case CM16-0246624 gives the date of injury as November 11, 2016 [1].")
    assert injury["citations"][0]["quote"] == "Date of Injury: 11/11/2016"
    # the item answer follows as usual
    assert "MRI scan of the cervical spine" in injury["answer"]

    # the guideline the item's decision rests on, cited to the letter's guideline line
    guide = ask(client, "What guideline was cited for the lumbar MRI in CM17-0005246?")
    assert guide["lead"] == ('For "MRI (magnetic resonance imaging) of the lumbar spine" in case CM17-0005246, the '
                             "reviewer relied on MTUS Low Back Complaints 2004, Section(s): Special Studies [1]. "
                             "Denied (Upheld): no objective findings or red flags [2].")
    assert (guide["citations"][0]["role"], guide["citations"][0]["item_index"]) == ("guideline", 1)
    # a question that asks no fact has none
    why = ask(client, "Why was the lumbar MRI denied in CM17-0005246?")
    assert why["lead"] == "Denied (Upheld): no objective findings or red flags [1]."


def test_the_dates_a_paralegal_lists_come_first_in_the_order_of_a_timeline(client) -> None:
    # the reasons alone answered "I need the date of injury, the UR denial date and the IMR decision date" (nat-3449)
    dates = ask(client, "the 53 year old man's neck MRI: I need the date of injury, the UR denial date and "
                        "the IMR decision date")
    assert dates["answer"].startswith(
        "Case CM16-0246624 gives the date of injury as November 11, 2016 [1]. Case CM16-0246624 gives utilization "
        "review's denial date as December 13, 2016 [2]. Case CM16-0246624 was decided on January 25, 2017 [3].")
    assert [c["quote"] for c in dates["citations"][:3]] == [
        "Date of Injury: 11/11/2016", "UR Denial Date: 12/13/2016", "Decision Date: 01/25/2017"]
    # ... the asker's work named first is no treatment the letters lack: "No letter in the index mentions timeline"
    timeline = ask(client, "timeline for the 53 year old man's neck MRI: I need the date of injury and the IMR decision date")
    assert timeline["answer"].startswith("Case CM16-0246624 gives the date of injury as November 11, 2016 [1]. Case "
                                         "CM16-0246624 was decided on January 25, 2017 [2].")


def test_the_reviewer_asked_in_other_words_comes_first(client) -> None:
    # "what did the doctor who reviewed ... specialize in" and "which state is the reviewer ... licensed in" answered the
    # item alone (the latter as a list across letters)
    for question in ("what did the doctor who reviewed the 53 year old man's neck MRI specialize in",
                     "which state is the reviewer of the 53 yo man's neck MRI licensed in"):
        assert ask(client, question)["lead"] == (
            "The IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain Management and licensed in Florida "
            "[1]. Approved (Overturned): objective findings documented [2]."), question


def test_a_follow_up_asks_a_fact_of_the_item_before(client) -> None:
    first = "Why was the lumbar MRI denied for the 29 year old woman?"
    history = [{"question": first, "kind": "item", "items": [{"case_number": "CM17-0005246", "item_index": 1}]}]
    when = ask(client, "When was it decided?", history=history)
    assert when["lead"].startswith("Case CM17-0005246 was decided on February 6, 2017 [1].")
    took = ask(client, "how long did that take?", history=history)
    assert took["lead"] == "From the application's receipt to the IMR decision: 28 days, in case CM17-0005246."


def test_what_utilization_review_did_is_told_of_the_item_in_view_not_of_a_letter_found_anew(client) -> None:
    # "what did UR say?" after an item's answer was answered about another letter, one whose text says "utilization review"
    first = "Why was the lumbar MRI denied for the 29 year old woman?"
    history = [{"question": first, "kind": "item", "items": [{"case_number": "CM17-0005246", "item_index": 1}]}]
    ur = ask(client, "what did UR say?", history=history)
    assert ur["answer"].startswith(
        'The claims administrator\'s utilization review (UR) denied "MRI (magnetic resonance imaging) of the lumbar spine" in case '
        "CM17-0005246: the letter gives the UR denial date as December 23, 2016 [1]; UR relied on Official Disability "
        "Guidelines (ODG), Low Back chapter, MRI (magnetic resonance imaging) [2]. The IMR letter does not give utilization review's own "
        "reasons. IMR upheld that denial: the treatment is not authorised [3].")
    assert [c["quote"] for c in ur["citations"][:1]] == ["UR Denial Date: 12/23/2016"]
    assert {c["case_number"] for c in ur["citations"]} == {"CM17-0005246"}


def test_a_fact_of_two_letters_named_is_said_of_each(client) -> None:
    # the first letter's alone was said ("same reviewer specialty?"), or none ("which was decided first?")
    first = ask(client, "which was decided first, CM16-0246624 or CM17-0005246?")
    assert first["answer"].startswith("Case CM16-0246624 was decided on January 25, 2017 [1]. Case CM17-0005246 was "
                                      "decided on February 6, 2017 [2].")
    same = ask(client, "CM16-0246624 vs CM17-0005246: same reviewer specialty?")
    assert [c["case_number"] for c in same["citations"][:2]] == ["CM16-0246624", "CM17-0005246"]
    assert [c["role"] for c in same["citations"][:2]] == ["reviewer", "reviewer"]
    # ... whether the specialties are the same, first (nat-5017)
    assert same["answer"].startswith("No: different specialties. The IMR reviewer of case CM16-0246624 is a specialist "
                                     "in Neurology, Pain Management")


class _Letter:
    def __init__(self, specialty: str) -> None:
        self.reviewer_specialty = specialty


@pytest.mark.parametrize(("specialties", "text", "said"), [
    (["Family Practice", "Family Practice"], "were A and B reviewed by the same kind of doctor?",
     "Yes: both reviewers are specialists in Family Practice."),
    (["Neurology, Pain Management", "Family Practice"], "A vs B: same reviewer specialty?", "No: different specialties."),
    (["Family Practice", "Family Practice, Sports Medicine"], "A and B - different specialties?",
     "Partly: both reviewers are specialists in Family Practice, not in the same specialties otherwise."),
    (["Family Practice", "Family Practice"], "who reviewed A and B?", ""),  # no sameness asked
    # asked without the word reviewer; "different?" is answered yes when they differ
    (["Internal Medicine", "Emergency Medicine"], "A and B same specialty?", "No: different specialties."),
    (["Internal Medicine", "Emergency Medicine"], "were A and B different kinds of doctors?", "Yes: different specialties."),
    (["Family Practice", "Family Practice"], "A and B different specialties?",
     "No: both reviewers are specialists in Family Practice."),
])
def test_the_same_specialty_of_two_letters(specialties: list[str], text: str, said: str) -> None:
    assert same_specialty([_Letter(s) for s in specialties], text) == said


def test_how_long_the_review_took_comes_first_cited_to_both_header_lines(client) -> None:
    took = ask(client, "The cervical MRI for the 53 year old man with numb fingers: did they decide within 30 days?")
    assert took["lead"].startswith("Yes: case CM16-0246624 was assigned to a reviewer on December 29, 2016 [1] and decided "
                                   "on January 25, 2017 [2], 27 days later.")
    assert [c["role"] for c in took["citations"][:2]] == ["header", "header"]
    # counted from utilization review's denial when the question says so
    ur = ask(client, "was the 53 year old man's neck MRI decided within 30 days of UR's denial?")
    assert ur["lead"].startswith("No: in case CM16-0246624, utilization review denied it on December 13, 2016 [1] and "
                                 "IMR decided on January 25, 2017 [2], 43 days later.")
    assert ur["citations"][0]["quote"].startswith("UR Denial Date")


def test_how_long_the_patient_had_been_hurt_counts_from_the_injury(client) -> None:
    # "how long had he been hurt?" after his MRI answered the MRI again; the days from the injury, both lines cited
    got = ask(client, "the 53 year old man's neck MRI - how long had he been hurt when IMR decided?")
    assert got["lead"] == "For the 53-year-old man (CM16-0246624): 75 days from the injury to the IMR decision."
    assert "The patient was injured on November 11, 2016 [1]; IMR decided on January 25, 2017 [2]." in got["answer"]
    assert got["citations"][0]["quote"].startswith("Date of Injury")
    said = ask(client, "how long had he been hurt? [the MRI scan of the cervical spine in case CM16-0246624]")
    assert said["lead"].startswith("In case CM16-0246624, the patient was injured on November 11, 2016 [1] and IMR decided "
                                   "on January 25, 2017 [2], 75 days later (about 2 months).")
    assert asked_facts("how long had she been hurt?") == ("timing",)
    assert asked_facts("how long after the injury did IMR decide?") == ("timing",)
    assert asked_facts("how long has the 54 yo woman with the shoulder MRI been injured?") == ("timing",)
    assert asked_facts("how long had she been on Norco?") == ()


def test_whether_the_reviewer_is_of_a_specialty_is_answered_yes_or_no(client) -> None:
    no = ask(client, "Was the reviewer on the 53 year old man's neck MRI an orthopedic surgeon?")
    assert no["lead"].startswith("No: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain Management "
                                 "and licensed in Florida [1], not Orthopedic Surgery.")
    yes = ask(client, "was CM16-0246624 reviewed by a neurologist?")
    assert yes["lead"].startswith("Yes: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain "
                                  "Management and licensed in Florida [1].")
    # ... told as a statement to confirm (nat-3475)
    told = ask(client, "the 53 yo man with numb fingers - the reviewer was an orthopedic surgeon?")
    assert told["lead"].startswith("No: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain "
                                   "Management and licensed in Florida [1], not Orthopedic Surgery.")
    # ... asked after who it was: "who is the reviewer ... and are they an orthopedist?"
    after = ask(client, "who is the reviewer on the 53 yo man's neck MRI and are they an orthopedist?")
    assert after["lead"].startswith("No: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain "
                                    "Management and licensed in Florida [1], not Orthopedic Surgery.")
    pain = ask(client, "is the reviewer in CM16-0246624 a pain doctor?")
    assert pain["lead"].startswith("Yes: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain "
                                   "Management and licensed in Florida [1].")
    # ... asked whether they specialize in it: it was read as a lack ("has no request for medicine", "... specialist")
    field = ask(client, "did the doctor who reviewed the 53 yo man's neck MRI specialize in neurology?")
    assert field["lead"].startswith("Yes: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain Management "
                                    "and licensed in Florida [1].")
    specialist = ask(client, "is the reviewer of the 53 yo man's neck MRI a specialist in orthopedic surgery?")
    assert specialist["lead"].startswith("No: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain "
                                         "Management and licensed in Florida [1], not Orthopedic Surgery.")
    assert "has no request" not in field["answer"] + specialist["answer"]


def test_a_neuro_asked_is_either_and_the_answer_says_which(client) -> None:
    yes = ask(client, "the neck MRI for the 53 year old man that was approved - was it a neuro who reviewed it?")
    assert yes["lead"].startswith("Yes: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain Management "
                                  "and licensed in Florida [1]: a neurologist, not a neurosurgeon (\"neuro\" can mean either).")
    no = ask(client, "the 29 yo woman's lumbar MRI - was the reviewer a neuro?")
    assert no["lead"].startswith("No: the IMR reviewer of case CM17-0005246 is a specialist in Family Practice")
    assert "not Neurology or Neurological Surgery." in no["lead"]


def test_what_kind_of_doctor_the_one_who_decided_was_is_the_reviewer(client) -> None:
    # "the doctor who said no ... - what kind of doctor was that?" got the item alone (nat-3455)
    kind = ask(client, "my wife is 29, low back pain, the doctor who said no to her back MRI - what kind of doctor was that?")
    assert kind["lead"].startswith("The IMR reviewer of case CM17-0005246 is a specialist in Family Practice")


def test_the_decision_asked_beside_the_fact_is_answered_yes_or_no(client) -> None:
    # nat-2630: "was ... approved, and who reviewed it?" asks both: the fact, then the yes or no
    both = ask(client, "was the 29 year old woman's lumbar MRI approved, and who reviewed it?")
    assert both["lead"].startswith("The IMR reviewer of case CM17-0005246 is a specialist in ")
    assert 'No: the denial of "MRI (magnetic resonance imaging) of the lumbar spine" was upheld' in both["lead"]
    # ... not the decision told of the reviewer
    told = ask(client, "was the reviewer who approved the 53 year old man's neck MRI a neurologist?")
    assert told["lead"].startswith("Yes: the IMR reviewer of case CM16-0246624 is a specialist in Neurology")
    assert told["lead"].count("Yes:") == 1
    # ... and the outcome asked tersely after a dash, beside the fact: "CM.. celebrex - upheld? who reviewed"
    terse = ask(client, "CM17-0005246 lumbar MRI - upheld? who reviewed")
    assert terse["lead"].startswith("The IMR reviewer of case CM17-0005246 is a specialist in ")
    assert 'Yes: the denial of "MRI (magnetic resonance imaging) of the lumbar spine" was upheld' in terse["lead"]


def test_whether_the_review_was_expedited_is_answered_yes_or_no(client) -> None:
    no = ask(client, "was the 29 yo woman's case expedited?")
    assert no["lead"].startswith("No: case CM17-0005246 was a standard review [1].")
    assert no["citations"][0]["quote"].startswith("Priority:")
    yes = ask(client, "was the 29 yo woman's IMR a standard review?")
    assert yes["lead"].startswith("Yes: case CM17-0005246 was a standard review [1].")
    # ... and a choice of both is told, with no yes or no
    choice = ask(client, "Was the review for the 29 year old woman expedited or standard?")
    assert choice["lead"].startswith("Case CM17-0005246 was a standard review [1].")


def test_the_pages_an_item_is_on_come_first(client) -> None:
    answer = ask(client, "CM16-0246624 - what page of the letter is the MRI on?")
    # its heading at the foot of page 1, its rationale on page 2
    assert answer["answer"].startswith('In case CM16-0246624, "MRI scan of the cervical spine" is on pages 1-2 of the letter [1]. ')
    assert answer["citations"][0]["pages"] == [1]


def test_whether_he_is_of_a_specialty_asked_after_who_decided_is_answered_no(client) -> None:
    ask(client, "CM16-0246624 neck MRI", conversation_id="facts-spec")
    ask(client, "who decided it?", conversation_id="facts-spec")
    answer = ask(client, "is he an orthopedist?", conversation_id="facts-spec")
    assert answer["answer"].startswith("No: the IMR reviewer of case CM16-0246624 is a specialist in ")
    assert "not Orthopedic Surgery." in answer["answer"]


def test_a_field_asked_with_no_article_is_answered_yes_or_no(client) -> None:
    assert read_reviewer("CM17-0005246 is she family practice?") == ("Family Practice", (20, 35))
    assert read_reviewer("hip MRI - is the reviewer occupational medicine?") == ("Occupational Medicine", (26, 47))
    assert read_reviewer("CM16-0248034 was he reviewed by occ med?") == ("Occupational Medicine", (32, 39))
    assert read_reviewer("CM16-0248034 is he in family practice?") == ("Family Practice", (22, 37))
    assert read_reviewer("CM17-0019011 - was it an occ med doc?") == ("Occupational Medicine", (25, 32))
    assert read_reviewer("CM17-0019011 reviewer occupational medicine?") == ("Occupational Medicine", (22, 43))
    lead = ask(client, "CM17-0005246 is she family practice?")["lead"]
    assert lead.startswith("Yes: the IMR reviewer of case CM17-0005246 is a specialist in Family Practice and licensed in ")
    # ... beside the word 'reviewer', tersely, or of 'the doctor' (nat-4769, nat-4771)
    terse = ask(client, "CM17-0005246 reviewer family practice?")["lead"]
    assert terse.startswith("Yes: the IMR reviewer of case CM17-0005246 is a specialist in Family Practice and licensed in ")
    other = ask(client, "CM17-0005246 reviewer occ med?")["lead"]
    assert other.startswith("No: the IMR reviewer of case CM17-0005246 is a specialist in Family Practice and licensed in ")
    assert "not Occupational Medicine." in other
    doctor = ask(client, "CM16-0246624 neck MRI, was the doctor neurology?")["lead"]
    assert doctor.startswith("Yes: the IMR reviewer of case CM16-0246624 is a specialist in Neurology, Pain Management ")
