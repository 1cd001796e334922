"""A premise mixing two patients of one age and sex: "the 63 yo man with the EMG - why was his shoulder surgery
denied?" when the EMG's letter has no surgery and another 63-year-old man's has. The letter of the patient described
lacks it, said so, and the other letter is named as another patient's, not answered as theirs
(service.lacking._in_others_of_the_fields)."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 63-year-old men: EMG/NCS of the arms (overturned); a shoulder arthroscopy and its services (all upheld)
client = served_client("CM16-0248034", "CM17-0006797")


def test_the_other_patient_of_the_age_and_sex_is_named_as_such(client) -> None:
    answer = ask(client, "the 63 yo man with the EMG - why was his shoulder surgery denied?")
    assert answer["answer"] == (
        'The letter of the patient described, case CM16-0248034, has no request for shoulder surgery. Its letter decided '
        '1 item: 1. "EMG/NCS of the bilateral upper extremities": approved (overturned). CM17-0006797 is another '
        "patient's letter (the same age and sex, not the one told): it decided \"Right Shoulder Arthroscopy with rotator "
        'cuff repair vs debridement…": denied (upheld).')
