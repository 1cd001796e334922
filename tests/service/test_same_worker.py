"""Whether two letters are one worker's (service.flows.same_worker): what each prints of the worker (age, sex, date
of injury), cited, over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two letters of a 37-year-old woman injured October 26, 2016 (baclofen; a cervical MRI), and a 60-year-old man's
client = served_client("CM16-0233904", "CM16-0245128", "CM16-0230548")


def test_two_letters_of_one_age_sex_and_date_of_injury_are_probably_one_worker(client) -> None:
    same = ask(client, "are CM16-0233904 and CM16-0245128 the same patient?")
    assert same["lead"] == ("Probably the same worker: both letters describe a 37-year-old female injured on "
                            "October 26, 2016.")
    assert same["answer"].endswith("IMR letters do not name the worker or the claim, so this is read from the age, "
                                   "sex and date of injury each letter gives.")
    assert [(c["case_number"], c["quote"]) for c in same["citations"] if c["role"] == "header"] == [
        ("CM16-0233904", "Date of Injury: 10/26/2016"), ("CM16-0245128", "Date of Injury: 10/26/2016")]


def test_letters_of_another_age_or_date_of_injury_are_not(client) -> None:
    other = ask(client, "CM16-0230548 and CM16-0245128 - same claimant?")
    assert other["lead"] == ("Not the same worker, by what the letters print: case CM16-0230548 describes a 60-year-old "
                             "male injured on November 1, 2016; case CM16-0245128, a 37-year-old female injured on "
                             "October 26, 2016.")
    # a question naming two cases without asking whether they are one worker's is answered as before
    assert not ask(client, "why was the MRI denied in CM16-0245128 and the baclofen in CM16-0233904?")["lead"].startswith(
        ("Probably", "Not the same"))
