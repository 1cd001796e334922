"""A thing asked beside another, in a second question of its own or typed tersely ("X - denied? what about
the Y?"): both are answered, and one that no request in the index names is said to be absent rather than
dropped. Over real letters, the real model and real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# CM17-0006797: a 63-year-old man, right shoulder arthroscopy and its associated services (a shoulder brace,
# a cryotherapy unit, pre-op clearance, PT), all upheld; CM16-0234464: a 33-year-old man, three positional MRIs,
# diclofenac, cyclobenzaprine and a lidocaine ointment, all upheld (no letter of the two decides an opioid)
client = served_client("CM17-0006797", "CM16-0234464")


SURGERY = ("Right Shoulder Arthroscopy with rotator cuff repair vs debridement, subacromial decompression/acromioplasty "
           "and possible proximal biceps tenodynovitis")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_a_surgery_typed_with_a_dash_and_its_outcome_is_asked_beside_the_sling(client) -> None:
    answer = ask(client, "shoulder repair surgery - denied? what about the sling?")
    assert answer["not_found"] == ""
    assert _items(answer)[0] == SURGERY
    assert answer["answer"].startswith('Yes: "Right Shoulder Arthroscopy with rotator cuff repair vs debridement')
    assert "No letter in the index decides a request for sling." in answer["answer"]


def test_the_patients_surgery_told_by_age_and_asked_is_answered_with_the_brace(client) -> None:
    for question in ("was the 63 year old's shoulder surgery denied? and the brace?",
                     "the 63 year old's shoulder surgery - denied? and the sling?"):
        items = _items(ask(client, question))
        assert items[:2] == [SURGERY, "Associated surgical service: Shoulder Brace"], question


def test_a_drug_no_letter_decides_asked_after_one_held_is_said_absent(client) -> None:
    answer = ask(client, "the lidocaine ointment - denied? and the percocet?")
    assert answer["answer"].startswith("No letter in the index decides a request for percocet. Yes: the denial of "
                                       '"Lidocaine ointment 5% 106.32gm" was upheld')
    # ... and a drug the letter has is answered, nothing said absent
    answer = ask(client, "was the lidocaine ointment and the diclofenac denied?")
    assert _items(answer)[:2] == ["Lidocaine ointment 5% 106.32gm", "Diclofenac ER 100mg #60"]
    assert "No letter" not in answer["answer"]


def test_a_thing_typed_bare_with_its_outcome_is_asked_beside_the_next(client) -> None:
    # "shoulder surgery denied?" typed with no verb, then "what about the PT after?": both are asked
    for question, second in (("CM17-0006797 - shoulder surgery denied? what about the PT after?",
                              "Associated surgical service: Physical Therapy sessions, 12"),
                             ("the 63 yo man's shoulder surgery denied? what about the ice machine?",
                              "Associated surgical service: Cryotherapy unit, seven day use")):
        assert _items(ask(client, question))[:2] == [SURGERY, second], question
    # ... not a thing after which the one asked comes ("the PT after his shoulder surgery")
    assert _items(ask(client, "was the PT after his shoulder surgery denied?"))[0] == (
        "Associated surgical service: Physical Therapy sessions, 12")
