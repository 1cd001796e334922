"""A patient the question sets aside ("the 40 yo woman with the headaches, not the cumulative
trauma one") tells the one asked about from a look-alike: the letter whose summary records how the
set-aside patient was hurt is not the patient, and the words set aside describe no one asked.
Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.not_patient import patient_set_aside
from tests.conftest import ask, served_client


def test_set_aside_reads_the_words_of_the_patient_set_aside():
    assert patient_set_aside("the 40 yo woman with the headaches, not the cumulative trauma one - her pills?") == (
        "the 40 yo woman with the headaches,                               - her pills?", "cumulative trauma")
    assert patient_set_aside("46 yo woman, not the one with the numb arm - why was her PT denied?")[1] == "the numb arm"
    assert patient_set_aside("why not the knee?") == ("why not the knee?", "")


# two 40-year-old women whose summaries both print headaches: CM17-0013625 (cumulative trauma,
# celecoxib and oral suspensions) and CM17-0017734 (post-traumatic headaches, tramadol)
client = served_client("CM17-0013625", "CM17-0017734")


def test_the_patient_set_aside_is_not_the_one_answered(client):
    body = ask(client, "the 40 yo woman with the headaches, not the cumulative trauma one - did she get her pain pills?")
    # "did she get her pain pills?" asks whether they were approved: the yes or no first
    assert body["answer"].startswith('No: the denial of "Tramadol 50mg #60" was upheld; it was not authorised [1]. '
                                     'Denied (Upheld): conservative care not tried or failed [2]. In case '
                                     'CM17-0017734, the request for "Tramadol 50mg #60" was denied (Upheld: not authorised)')
    assert {c["case_number"] for c in body["citations"]} == {"CM17-0017734"}
