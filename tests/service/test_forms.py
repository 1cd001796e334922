"""A drug's form asked about against a request's (service.forms): a patch is not a cream (nat-541)."""

from __future__ import annotations

import pytest

from service.forms import asked_form, drugs_before_form, in_another_form, item_form, same_form
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "words", "form"), [
    ("Did IMR approve the Lidoderm pain patch for me?", ("Lidoderm",), "patch"),
    ("Did IMR approve the Lidoderm for me?", ("Lidoderm",), "patch"),  # the brand comes as a patch only
    ("Why was the lidocaine cream denied?", ("lidocaine",), "cream"),
    ("Why was the Toradol shot denied?", ("Toradol",), "injection"),
    ("Why was the lidocaine denied?", ("lidocaine",), None),
    # of two drugs said with their forms, the first said is asked about, whatever order the words come in
    ("lidocaine ointment for my 33 yo patient - why non-certified? would lidoderm patches have gone through?",
     ("lidoderm", "lidocaine"), "cream"),
    # a brand among the drugs of a compound is its ingredient, in whatever form the compound is
    ("What was decided about the flurbiprofen/dextromethorfan/Lidoderm in case CM17-0013716?",
     ("flurbiprofen", "Lidoderm"), None),
])
def test_the_form_asked(text: str, words: tuple[str, ...], form: str | None) -> None:
    assert asked_form(text, words) == form


@pytest.mark.parametrize(("title", "form"), [
    ("Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1", "cream"),  # a topical weighed in grams
    ("Lidocaine ointment 5% 106.32gm", "cream"),
    ("Lidoderm 5% patch #30", "patch"),
    ("Naproxen 500mg #60", "oral"),  # milligrams counted: pills
    ("Toradol 60mg IM", None),
])
def test_the_form_of_a_request(title: str, form: str | None) -> None:
    assert item_form(title) == form


def test_same_form() -> None:
    assert same_form("patch", "Lidocaine ointment 5% 106.32gm") is False
    assert same_form("patch", "Naproxen 500mg #60") is False  # milligrams counted are pills
    assert same_form("patch", "Toradol 60mg IM") is True  # a request naming no form may be any
    assert same_form(None, "Lidocaine ointment 5% 106.32gm") is True


# a sewing machine operator's naproxen, pantoprazole and two compounded creams with lidocaine
# (all upheld); a 33-year-old man's lidocaine ointment among six items (all upheld)
client = served_client("CM17-0013716", "CM16-0234464")


def test_a_patch_asked_of_a_patient_whose_letter_has_creams_is_not_there(client):
    answer = ask(client, "I'm the sewing machine lady with the painful right arm. Did IMR approve the Lidoderm pain "
                         "patch for me?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "case_lacks")
    # no letter of the index has a lidocaine patch either (only creams and an ointment)
    assert answer["answer"].startswith("No letter in the index decides a request for Lidoderm pain patch. The letter of "
                                       "the patient described, case CM17-0013716, has no request for it either. Its "
                                       "letter decided 4 items: ")


def test_the_form_said_first_is_asked_when_another_drug_form_follows(client):
    # the lidocaine ointment asked about (the case has it), the Lidoderm patch a what-if after it
    answer = ask(client, "lidocaine ointment for my 33 yo pt - why non-certified? would lidoderm patches have gone through?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith('No: the denial of "Lidocaine ointment 5% 106.32gm" was upheld')


def test_the_drugs_said_before_a_form() -> None:
    assert drugs_before_form("Has anyone had a ketoprofen cream approved through IMR?") == ("ketoprofen",)
    assert drugs_before_form("was the flurbiprofen cream approved?") == ("flurbiprofen",)
    assert drugs_before_form("the Lidoderm pain patch") == ("Lidoderm",)
    assert drugs_before_form("was my cream approved?") == ()



# the creams above, and a 28-year-old woman's lumbar MRI, whose summary lists ketoprofen among her
# pills: the letters use the word, no request names it
keto_client = served_client("CM17-0013716", "CM16-0246635")


def test_a_drug_in_a_form_whose_set_reads_as_topical_is_not_found_when_no_request_names_it(keto_client):
    # "a ketoprofen cream" reads as some topical (indexer.treatments); no request names ketoprofen,
    # so the compounded creams are related, not the answer
    answer = ask(keto_client, "Has anyone had a ketoprofen cream approved through IMR?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_treatment")
    assert answer["answer"].startswith("No letter in the index decides a request for ketoprofen.")
    # the cream the letters have is still the answer
    answer = ask(keto_client, "was the flurbiprofen cream approved?")
    assert answer["kind"] == "item" and answer["hits"][0]["title"].startswith("Flurbiprofen 10%")


def test_a_request_in_another_form_said_in_one_line() -> None:
    names = ("lidocaine", "Lidoderm", "Lidopro", "Xylocaine", "Ztlido", "Zingo")
    assert in_another_form("patch", names, ["Diclofenac ER 100mg #60", "Lidocaine ointment 5% 106.32gm"]) == (
        'Its lidocaine request is an ointment ("Lidocaine ointment 5% 106.32gm"), a different form from a patch.')
    assert in_another_form("patch", names, ["Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"]) == (
        'Its lidocaine request is a cream ("Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"), a '
        "different form from a patch.")
    assert in_another_form("cream", names, ["Lidocaine ointment 5% 106.32gm"]) == ""  # the same form
    # the "caps" of Capsaicin is no capsule; two creams are said as two
    assert in_another_form("patch", names, ["Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1",
                                            "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"]) == (
        'Its 2 lidocaine requests are creams ("Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams '
        '#1"; "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"), a different form from a patch.')
    assert item_form("Capsaicin 0.025% 120grams") == "cream" and item_form("Capsaicin 0.075%") is None
    assert in_another_form("patch", names, ["Diclofenac ER 100mg #60"]) == ""  # no lidocaine


positional = served_client("CM16-0234464")


def test_the_case_lacking_a_patch_says_its_ointment(positional) -> None:
    # nat-5019, 5020: no Lidoderm patch, but a lidocaine ointment: said, after what the letter decided
    answer = ask(positional, "CM16-0234464 did they deny his lidoderm patches?")
    assert answer["not_found"] == "case_lacks"
    assert answer["answer"].startswith("Case CM16-0234464 has no request for lidoderm patch. Its letter decided 6 items:")
    assert answer["answer"].endswith('Its lidocaine request is an ointment ("Lidocaine ointment 5% 106.32gm"), a '
                                     "different form from a patch.")
