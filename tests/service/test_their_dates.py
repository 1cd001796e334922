"""The days a patient's review took come with the two dates behind them, each cited (service.collection.flow):
"when did UR deny it and how long did IMR take?" gave the days alone. Over real letters, the real model and real
HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# three women: a pantoprazole twice a day (CM16-0249170, her age not given); a 54-year-old's naproxen, pantoprazole
# and two compound creams (CM17-0013716); a 40-year-old's tramadol (CM17-0017734)
client = served_client("CM16-0249170", "CM17-0013716", "CM17-0017734")

def test_the_days_of_one_patient_come_with_their_dates(client) -> None:
    answer = ask(client, "the 40 yo woman with the tramadol, when did UR deny it and how long did IMR take?")
    assert answer["answer"].startswith(
        "For the 40-year-old woman (CM17-0017734): 52 days from utilization review's denial to the IMR decision. "
        "Utilization review denied it on January 3, 2017 [1]; IMR decided on February 24, 2017 [2].")
    assert [c["role"] for c in answer["citations"][:2]] == ["header", "header"]
