""""Which truck driver got something approved?": the job after "which" describes the people asked
among (service.people), "something" asks of their requests (service.flows.chosen.EVERY_ITEM), and
every letter that prints the job is answered. Sample letters, the real model, real HTTP."""

from __future__ import annotations

from service.people import job_words
from service.understand import understand
from tests.conftest import ask, sample_client

# two truck drivers: a 28-year-old man (pain management consultation overturned, a cream and EMG/NCS
# upheld) and a 70-year-old man (shoulder MRI overturned, a restoration program and TENS upheld)
client = sample_client("CM16-0162904", "CM16-0162840")


def test_which_before_a_job_reads_the_job() -> None:
    q = understand("which truck driver got something approved?")
    assert (job_words(q.person), q.treatments) == (("truck driver",), ())
    # a treatment that is also a job's word stays the treatment
    assert understand("which home aide was approved?").treatments == ("home_health",)


def test_every_truck_driver_is_answered(client) -> None:
    answer = ask(client, "which truck driver got something approved?")
    assert answer["answer"].startswith("2 letters fit the truck driver equally.")
    assert "In CM16-0162904, 1 of the 3 requests was approved (overturned)." in answer["answer"]
    assert "In CM16-0162840, 1 of the 3 requests was approved (overturned)." in answer["answer"]
