"""An age in brackets after the patient's job ("the retail stocker (36)", "the cook (35 yo)",
"the cashier (56f)") describes the patient as "the retail stocker, 36" does; a count in brackets
("the home aide (12 hours)") does not. Sample letters, the real model, real HTTP for the answer."""

from __future__ import annotations

import pytest

from service.people import read_person
from service.understand import understand
from tests.conftest import ask, sample_client

# a 36-year-old female retail stocker: knee MRI overturned, TENS upheld (CM16-0162879); a 35-year-old
# man whose right knee MRI was upheld (CM15-0249506)
client = sample_client("CM16-0162879", "CM15-0249506")


@pytest.mark.parametrize(("question", "age", "jobs"), [
    ("the retail stocker (36) - tens purchase denied, but her knee mri was overturned right?", 36, ("the retail stocker",)),
    ("the cook (35 yo) ankle xray", 35, ("the cook",)),
    ("the cashier (56f) - ultram?", 56, ("the cashier",)),
])
def test_an_age_in_brackets_after_a_job(question, age, jobs):
    assert read_person(question).age == age
    assert understand(question).person.occupations == jobs


def test_a_count_in_brackets_is_no_age():
    q = understand("why was the home aide (12 hours) denied?")
    assert (q.person.age, q.person.occupations, q.treatment_words) == (None, (), ("home aide",))


def test_the_bracketed_age_picks_the_patient(client):
    answer = ask(client, "the retail stocker (36) - tens purchase denied, but her knee mri was overturned right?")
    # (the lowercase "tens" of a request told is the TENS unit: both claims are checked, each one's decision first)
    assert answer["answer"].startswith('Yes: "Magnetic resonance imaging (MRI) of the bilateral knees" was approved '
                                       '(overturned) [1]. "TENS unit for home use, purchase" was denied (upheld) [2]. ')
    assert 'In case CM16-0162879, the request for "Magnetic resonance imaging (MRI) of the bilateral knees" was approved' in (
        answer["answer"])
