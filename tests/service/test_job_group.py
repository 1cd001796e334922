"""A job in the plural names a group of patients ("which of the cooks got the hot cold unit?"):
the list is of the letters whose case summary prints the job, those with the treatment listed with
their decisions and those without it named (service.job_group, service.flows.lists). Sample
letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.job_group import plural_job
from tests.conftest import ask, sample_client

# three cooks: lumbar PT and CT (CM16-0162806), hand therapy, pool, x-rays, Anaprox (CM16-0162844),
# Ultram, a hot/cold therapy unit and an EMG (CM17-0222233); a mechanic with a hot/cold unit
# (CM14-0138044), who is no cook
client = sample_client("CM16-0162806", "CM16-0162844", "CM17-0222233", "CM14-0138044")


def test_the_job_in_the_plural() -> None:
    assert plural_job("which of the cooks got the hot cold unit?") == "cook"
    assert plural_job("did the truck drivers get their MRIs?") == "truck driver"
    assert plural_job("the cook got PT?") is None
    assert plural_job("which of the injured workers got PT?") is None


def test_which_of_the_cooks_got_it(client):
    answer = ask(client, "which of the cooks got the hot cold unit?")
    assert answer["lead"] == ("3 letters are of a cook: CM16-0162806, CM16-0162844, CM17-0222233. The one cold/heat "
                              "therapy unit request in the cooks' letters was denied (upheld).")
    assert 'CM17-0222233: "Hot/cold therapy unit", upheld (denied) [' in answer["answer"]
    assert "CM16-0162806 and CM16-0162844 have no cold/heat therapy unit request." in answer["answer"]
    assert "CM14-0138044" not in answer["answer"]


def test_any_of_a_job_in_the_plural_is_a_list_of_theirs(client):
    assert plural_job("any cooks get the hot cold unit approved?") == "cook"
    answer = ask(client, "any cooks get the hot cold unit approved?")
    assert answer["kind"] == "list"
    assert answer["lead"].startswith("3 letters are of a cook: CM16-0162806, CM16-0162844, CM17-0222233.")
    assert "CM14-0138044" not in answer["answer"]


def test_a_job_no_letter_prints_is_said_so(client):
    answer = ask(client, "any truck drivers get a hot cold unit approved?")
    assert answer["answer"].startswith("No letter in the index is of a truck driver: no case summary prints the job.")
