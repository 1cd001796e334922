"""A drug named by name that a case's request of the same class is not: the case lacks it
("the Prilosec" of a letter whose acid pill is pantoprazole), service.lacking.another_drug."""

from __future__ import annotations

import pytest

from service.lacking import another_drug
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "title", "expected"), [
    ("In CM16-0249170, was the Prilosec upheld?", "Pantoprazole 40mg, one by mouth, twice a day #60", True),
    ("Was the Protonix upheld in CM16-0249170?", "Pantoprazole 40mg, one by mouth, twice a day #60", False),  # its brand
    ("Why was the pantoprazole denied?", "Pantoprazole 40mg, one by mouth, twice a day #60", False),
    ("Why was the acid reflux pill denied?", "Pantoprazole 40mg, one by mouth, twice a day #60", False),  # a class
    ("Was the Naprosyn approved?", "Naproxen 500mg #60", False),
    ("Was the Motrin approved?", "Naproxen 500mg #60", True),
])
def test_a_drug_named_by_name_against_a_request_of_its_class(question: str, title: str, expected: bool) -> None:
    assert another_drug(understand(question), title) is expected


# a pantoprazole letter (upheld)
client = served_client("CM16-0249170")


def test_the_case_lacks_the_drug_named_and_says_what_it_decided(client) -> None:
    answer = ask(client, "In CM16-0249170, was the Prilosec upheld?")
    assert answer["lead"] == ('Case CM16-0249170 has no request for Prilosec. Its letter decided 1 item: 1. "Pantoprazole '
                              '40mg, one by mouth, twice a day #60 with one refill": denied (upheld).')


# a tramadol letter (upheld): no Fioricet (butalbital), a drug no treatment set stands for
tramadol = served_client("CM17-0017734")


def test_a_drug_of_no_set_asked_of_a_case_that_lacks_it(tramadol) -> None:
    # nat-2466: the tramadol is told, the Fioricet asked; before, "No: the denial of "Tramadol 50mg #60" was upheld"
    for question in ("CM17-0017734 - tramadol got denied. was the fioricet for her headaches approved at least?",
                     "CM17-0017734 - was the fioricet approved?"):
        answer = ask(tramadol, question)
        assert answer["lead"] == ('Case CM17-0017734 has no request for fioricet. Its letter decided 1 item: 1. "Tramadol '
                                  '50mg #60": denied (upheld).')
    # ... and the drug it has, by its brand, is answered
    assert ask(tramadol, "CM17-0017734 - was the ultram denied?")["answer"].startswith(
        'Yes: the denial of "Tramadol 50mg #60" was upheld')


def test_a_part_of_a_combination_is_not_a_drug_the_case_lacks(tramadol) -> None:
    # acetaminophen, a drug of no set, written joined to the tramadol the case has: before, "Case
    # CM17-0017734 has no request for acetaminophen."
    answer = ask(tramadol, "CM17-0017734 - why was the tramadol/acetaminophen denied?")
    assert answer["lead"].startswith("Denied (Upheld): ")
    assert [(c["case_number"], c["item_index"]) for c in answer["citations"]][:1] == [("CM17-0017734", 1)]


CREAM = "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"
PANTOPRAZOLE = "Pantoprazole 20mg #30"


@pytest.mark.parametrize(("question", "title", "treatments", "expected"), [
    # of several things asked, a drug named is another drug only against a request of its own kind: the cream asked
    # beside the Norco and the Soma shares only "medication" with them (it was "has no request for norco / soma / cream")
    ("CM17-0013716 norco + soma + the cream?", CREAM, ("topical", "medication"), False),
    ("was the tramadol and the cream denied for the 54 yo woman", CREAM, ("topical", "medication"), False),
    # ... and a drug of the request's own kind named beside another thing is still another drug
    ("CM17-0013716 the prilosec and the cream?", PANTOPRAZOLE, ("ppi", "medication"), True),
    # one thing asked: as before, a drug of any medication against a medication
    ("CM17-0013716 was the norco denied?", CREAM, ("topical", "medication"), True),
])
def test_a_drug_named_beside_another_thing_asked(question: str, title: str, treatments: tuple[str, ...],
                                                 expected: bool) -> None:
    assert another_drug(understand(question), title, treatments) is expected
