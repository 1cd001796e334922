"""Lay words, brand names and misspellings of the generated question kinds in other wordings
than the evaluation's seed (found asking the tune half's lay and paraphrase questions with seeds
1..40), end to end with the real model over tune-half real letters."""

from __future__ import annotations

import pytest

# tune-half letters: a 45-year-old man's physical therapy evaluation and treatment (2 sessions left
# after UR); a 43-year-old woman's chiropractic physiotherapy for the neck and back; a shoulder
# operation's associated services (clearance, brace, cryotherapy, 12 PT sessions); a sewing machine
# operator's naproxen, pantoprazole and two compound creams; a 33-year-old man's six items, one a
# lidocaine ointment; a 53-year-old man's lumbar MRI, lumbar x-rays and neck CT; an EMG and an NCS
# of the left upper extremity, two items
REAL = ["CM17-0013754", "CM16-0231706", "CM17-0006797", "CM17-0013716", "CM16-0234464", "CM17-0011703",
        "CM17-0009887"]


@pytest.fixture(scope="module")
def real(serve_real):
    with serve_real(REAL) as (client, _engine, _service):
        yield client


@pytest.mark.parametrize(("question", "case", "title"), [
    # a typo in the first letters ("ealuation", "pyhsiotherapy") is read as the word it misspells,
    # not as a word no letter uses
    ("What did IMR decide about the physio ealuation and treatment of a 45 year old man hurt in November 2016?",
     "CM17-0013754", "2 sessions of physical therapy"),
    ("Why was chiropractic pyhsiotherapy treatment for the C/S and back denied for the 43-year-old female "
     "injured on 10/23/2016?", "CM16-0231706", "Chiropractic physiotherapy treatment 6 visits"),
])
def test_a_misspelt_word_is_read_as_its_correction(real, question: str, case: str, title: str) -> None:
    answer = real.post("/api/ask", json={"question": question}).json()
    assert answer["kind"] == "item" and not answer["not_found"], answer["answer"][:200]
    top = answer["hits"][0]
    assert (top["case_number"], top["title"], top["decision"]) == (case, title, "Upheld")
    assert answer["lead"].startswith("Denied (Upheld)")


@pytest.mark.parametrize(("question", "case", "title"), [
    # lay words are words a misspelling may be read as: "phisio" and "physsio" are physio, "stmach"
    # the stomach, "heartbun" heartburn
    ("What was decided about the phisio in case CM17-0006797?", "CM17-0006797",
     "Associated surgical service: Physical Therapy sessions, 12"),
    ("Was the physsio in case CM17-0006797 approved or denied?", "CM17-0006797",
     "Associated surgical service: Physical Therapy sessions, 12"),
    ("What was the outcome for the stmach pills in case CM17-0013716?", "CM17-0013716", "Pantoprazole 20mg #30"),
    ("What did IMR decide on the heartbun medicine in case CM17-0013716?", "CM17-0013716", "Pantoprazole 20mg #30"),
])
def test_a_misspelt_lay_word_is_read_as_the_lay_word(real, question: str, case: str, title: str) -> None:
    answer = real.post("/api/ask", json={"question": question}).json()
    assert answer["kind"] == "item" and not answer["not_found"], answer["answer"][:200]
    top = answer["hits"][0]
    assert (top["case_number"], top["title"], top["decision"]) == (case, title, "Upheld")


def test_lay_words_are_spelling_vocabulary_but_ordinary_words_stay() -> None:
    from service.spelling import correct

    assert correct("the phisio and the stoach pills for heartbun") == (
        "the physio and the stomach pills for heartburn",
        [("phisio", "physio"), ("stoach", "stomach"), ("heartbun", "heartburn")])
    assert correct("she pulls the meditation tape")[1] == []


def test_the_form_said_after_a_brand_beats_the_form_the_brand_is_sold_in() -> None:
    from service.forms import asked_form

    assert asked_form("What was decided about the Lidoderm ointment?", ("Lidoderm",)) == "cream"
    assert asked_form("What was decided about the Lidoderm?", ("Lidoderm",)) == "patch"


@pytest.mark.parametrize("question", [
    # people call any lidocaine "Lidoderm" (a patch brand): the ointment they name is the item
    "What was decided about the Lidoderm ointment in case CM16-0234464?",
    "Was the Lidoerm ointment in case CM16-0234464 approved or denied?",
])
def test_a_brand_with_the_form_of_the_request_finds_it(real, question: str) -> None:
    answer = real.post("/api/ask", json={"question": question}).json()
    assert answer["kind"] == "item" and not answer["not_found"], answer["answer"][:200]
    top = answer["hits"][0]
    assert (top["case_number"], top["title"], top["decision"]) == (
        "CM16-0234464", "Lidocaine ointment 5% 106.32gm", "Upheld")
    assert answer["lead"].startswith("Denied (Upheld)")


@pytest.mark.parametrize(("question", "case", "title"), [
    # a "scan" is an MRI or a CT, not a plain x-ray; a "muscle" test the EMG, not the nerve conduction study
    ("What happened with the lower back scan request in case CM17-0011703?", "CM17-0011703", "MRI of the lumbar spine"),
    ("What was decided about the muscle nerve test of the left upper extremity in case CM17-0009887?",
     "CM17-0009887", "EMG of the left upper extremity"),
])
def test_a_lay_word_for_a_group_prefers_the_member_it_names(real, question: str, case: str, title: str) -> None:
    answer = real.post("/api/ask", json={"question": question}).json()
    assert answer["kind"] == "item" and not answer["not_found"], answer["answer"][:200]
    top = answer["hits"][0]
    assert (top["case_number"], top["title"], top["decision"]) == (case, title, "Upheld")


@pytest.mark.parametrize(("question", "left"), [
    ("What about the muscle nerve test?", ["ncs"]),
    ("Was the nerve and muscle testing approved?", ["ncs"]),
    ("Why was the back scan denied?", ["xray"]),
    ("Why were the scan and the x-rays denied?", []),  # the x-rays are named too
    ("Were the muscle relaxer and the nerve test denied?", []),  # the muscle is the relaxer's, not the test's
])
def test_the_members_a_groups_lay_words_leave_out(question: str, left: list[str]) -> None:
    from service.retrieve import left_out
    from service.understand import understand

    assert sorted(left_out(understand(question))) == left
