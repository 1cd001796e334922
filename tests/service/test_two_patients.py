"""A question describing two different patients ("Compare the 37 year old woman's neck MRI with the
53 year old man's") is answered about each of them, not as women against men."""

from __future__ import annotations

from service.two_patients import two_descriptions
from tests.conftest import ask, served_client


def test_two_descriptions_each_with_its_treatment():
    first, second = two_descriptions("Compare the 37 year old woman's neck MRI with the 53 year old man's neck MRI: "
                                     "why was one approved and the other not?")
    assert (first.words, first.person, first.treatment) == ("the 37 year old woman's neck MRI", "the 37 year old woman", "neck MRI")
    assert (second.words, second.person, second.treatment) == ("the 53 year old man's neck MRI", "the 53 year old man", "neck MRI")


def test_the_second_shares_the_first_ones_treatment():
    first, second = two_descriptions("Compare the 37 year old woman's MRI with the 34 year old man's: "
                                     "were they denied for the same reasons?")
    assert first.words == "the 37 year old woman's MRI"
    assert (second.words, second.treatment) == ("the 34 year old man's MRI", "MRI")


def test_the_first_ones_thing_and_outcome_set_against_the_seconds():
    # "why was the 45 yo woman's naproxen approved but not the 54 yo woman's?": the naproxen of each
    first, second = two_descriptions("why was the 45 yo woman's naproxen approved but not the 54 yo woman's?")
    assert (first.words, second.words) == ("the 45 yo woman's naproxen", "the 54 yo woman's naproxen")
    first, second = two_descriptions("why was the 54 year old woman's lumbar MRI denied and not the 45 year old's?")
    assert (first.words, second.words) == ("the 54 year old woman's lumbar MRI", "the 45 year old woman's lumbar MRI")
    first, second = two_descriptions("was the 45 yo woman's naproxen denied, or the 54 yo woman's?")
    assert (first.words, second.words) == ("the 45 yo woman's naproxen", "the 54 yo woman's naproxen")
    assert two_descriptions("why was the 45 yo woman's naproxen approved?") is None
    # ... set against by "when" or "though": "approved when the 50 yo man's wasn't?"
    first, second = two_descriptions("why was the 50 yo woman's acupuncture approved when the 50 yo man's wasn't?")
    assert (first.words, second.words) == ("the 50 yo woman's acupuncture", "the 50 yo man's acupuncture")
    first, second = two_descriptions("why was the 45 yo woman's naproxen approved even though the 54 yo woman's was denied?")
    assert (first.words, second.words) == ("the 45 yo woman's naproxen", "the 54 yo woman's naproxen")


def test_two_told_with_get_or_both_or_or():
    # "get approved": the auxiliary is no part of the thing
    first, second = two_descriptions("why did the 45 yo woman's naproxen get approved but the 54 yo woman's didn't?")
    assert (first.treatment, second.treatment) == ("naproxen", "naproxen")
    # "X got it approved and Y didn't": the first one's treatment, the second's too
    first, second = two_descriptions("the 50 yo woman got acupuncture approved and the 50 yo man didn't - what's the difference?")
    assert (first.treatment, second.words) == ("acupuncture", "the 50 yo man's acupuncture")
    # "X and Y both had ...": the thing after both, each one's
    first, second = two_descriptions("did the 29 yo woman and the 28 yo woman both have their lumbar MRIs denied?")
    assert (first.treatment, second.treatment) == ("lumbar MRIs", "lumbar MRIs")
    # "X's or Y's": either one
    first, second = two_descriptions("which got approved - the 45 yo woman's naproxen or the 54 yo woman's?")
    assert (first.words, second.words) == ("the 45 yo woman's naproxen", "the 54 yo woman's naproxen")


def test_vs_and_no_treatment():
    first, second = two_descriptions("the 62-year-old woman vs the 54 year old man")
    assert (first.person, second.person, second.words) == ("the 62-year-old woman", "the 54 year old man", "the 54 year old man")


def test_one_person_or_the_same_person_twice_is_not_two():
    assert two_descriptions("Why was the 37 year old woman's neck MRI denied?") is None
    assert two_descriptions("Compare women's and men's neck MRI approvals") is None
    assert two_descriptions("the 46 year old woman's MRI and the 46 year old woman's TENS unit") is None


# the 37-year-old woman's (upheld) and the 53-year-old man's (overturned) cervical MRIs; another
# 53-year-old man (lumbar MRI, cervical CT, no cervical MRI) and another 37-year-old woman without an MRI
client = served_client("CM16-0245128", "CM16-0246624", "CM17-0011703", "CM16-0248471")


def test_each_patient_described_is_answered(client):
    answer = ask(client, "Compare the 37 year old woman's neck MRI with the 53 year old man's neck MRI: "
                         "why was one approved and the other not?")
    assert answer["lead"] == ("The 37 year old woman's neck MRI was denied (upheld); "
                              "the 53 year old man's was approved (overturned).")
    assert [(h["case_number"], h["item_index"], h["decision"]) for h in answer["hits"][:2]] == [
        ("CM16-0245128", 1, "Upheld"), ("CM16-0246624", 1, "Overturned")]
    cited = [c["case_number"] for c in answer["citations"]]
    assert cited[0] == "CM16-0245128" and "CM16-0246624" in cited and "CM17-0011703" not in cited
    assert 'In case CM16-0246624, the request for "MRI scan of the cervical spine" was approved' in answer["answer"]


def test_one_treatment_decided_for_two_people_the_second_by_age_alone():
    first, second = two_descriptions(
        "why did IMR approve the naproxen for the 45 year old woman but deny it for the 54 year old?", ("naproxen",))
    assert (first.words, second.words, second.person) == (
        "the 45 year old woman's naproxen", "the 54 year old woman's naproxen", "the 54 year old woman")
    first, second = two_descriptions(
        "why was naproxen approved for the 45 year old woman and denied for the 54 year old woman?", ("naproxen",))
    assert (first.treatment, second.words) == ("naproxen", "the 54 year old woman's naproxen")
    # no treatment named: nothing to give each of them
    assert two_descriptions("why was it approved for the 45 year old woman and denied for the 54 year old?") is None


def test_a_dash_ends_the_second_ones_treatment():
    _first, second = two_descriptions(
        "the 37 year old woman's neck MRI and the 53 year old man's neck MRI - why was one approved?")
    assert second.words == "the 53 year old man's neck MRI"


# two women's naproxen: the 45-year-old's first-time prescription (overturned), the 54-year-old
# sewing machine operator's (upheld, beside her pantoprazole and two creams)
naproxen = served_client("CM17-0019011", "CM17-0013716")


def test_one_drug_approved_for_one_woman_and_denied_for_the_other(naproxen):
    answer = ask(naproxen, "why did IMR approve the naproxen for the 45 year old woman but deny it for the 54 year old?")
    assert answer["lead"] == ("The 45 year old woman's naproxen was approved (overturned); "
                              "the 54 year old woman's was denied (upheld).")
    assert [(h["case_number"], h["title"], h["decision"]) for h in answer["hits"][:2]] == [
        ("CM17-0019011", "Naproxen 500mg #60", "Overturned"), ("CM17-0013716", "Naproxen 500mg #60", "Upheld")]


def test_the_first_ones_outcome_said_after_them():
    # "is the naproxen for the 45 yo woman approved but the 54 yo woman's denied?" answered the 45-year-old alone (nat-3732)
    first, second = two_descriptions("is the naproxen for the 45 yo woman approved but the 54 yo woman's denied?", ("naproxen",))
    assert (first.words, second.words) == ("the 45 yo woman's naproxen", "the 54 yo woman's naproxen")
    assert two_descriptions("is the naproxen for the 45 yo woman approved but the 54 yo woman's denied?") is None


def test_the_outcomes_claimed_of_the_two_are_checked(naproxen):
    answer = ask(naproxen, "is the naproxen for the 45 yo woman approved but the 54 yo woman's denied?")
    assert answer["lead"] == ("Yes: the 45 yo woman's naproxen was approved (overturned); "
                              "the 54 yo woman's was denied (upheld).")
    answer = ask(naproxen, "was the naproxen denied for the 45 year old woman but approved for the 54 year old?")
    assert answer["lead"] == ("No: the 45 year old woman's naproxen was approved (overturned); "
                              "the 54 year old woman's was denied (upheld).")


def test_two_people_asked_of_with_no_treatment_get_their_letters_decisions(naproxen):
    # "what happened to the 50 yo man and the 45 yo woman?" answered the first alone
    first, second = two_descriptions("what happened to the 45 yo woman and the 54 yo woman?")
    assert (first.treatment, second.treatment) == ("", "")
    answer = ask(naproxen, "what happened to the 45 yo woman and the 54 yo woman?")
    assert answer["lead"] == (
        'The 45 yo woman\'s letter (CM17-0019011) decided "Naproxen 500mg #60" approved (overturned); the 54 yo woman\'s '
        'letter (CM17-0013716) decided "Naproxen 500mg #60" denied (upheld), "Pantoprazole 20mg #30" denied (upheld), '
        '"Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1" denied (upheld), '
        '"Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1" denied (upheld).')
    assert [h["case_number"] for h in answer["hits"][:5]] == ["CM17-0019011"] + ["CM17-0013716"] * 4


acupuncture = served_client("CM17-0010885", "CM17-0007857")


def test_the_one_asked_and_the_one_set_against_are_both_answered(acupuncture) -> None:
    # before: the 50-year-old man's acupuncture alone, "IMR denied it", the woman asked about left out
    answer = ask(acupuncture, "why was the 50 yo woman's acupuncture approved when the 50 yo man's wasn't?")
    assert answer["answer"].startswith("The 50 yo woman's acupuncture was approved (overturned); the 50 yo man's was "
                                       "denied (upheld). In case CM17-0010885, ")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0010885", "CM17-0007857"}
