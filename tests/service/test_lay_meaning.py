"""A described patient's thing in lay words no treatment set's patterns name is read by meaning (service.lay_meaning:
"a machine that zaps the nerves" is the electrical stimulation); a thing no gloss is close to stays not found ("a
service dog", "a recliner chair"), and so does a brand no letter prints whose drug was requested by another brand
("Gralise" is not the Fanatrex). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.lay_meaning import phrases
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn


def test_the_phrases_of_a_thing_follow_its_article_and_name_no_treatment_nor_person():
    said = [words for _s, _e, words in phrases("my wife is 52 and her doctor wanted a machine that zaps the nerves, "
                                               "did they deny it?")]
    assert said == ["machine that zaps", "machine that zaps the nerves"]
    # a treatment the patterns name is theirs, and one word alone ("the needles") is not read
    assert phrases("did the 60 yr old guy get his needles approved?") == []
    assert phrases("the 63 yo man's knee MRI, denied?") == []
    # ... nor the body part told ("the fused neck"), nor what the words treat of ("the treatment words named")
    assert phrases("the 53 yo man with the fused neck - why was the CT of his low back denied?") == []
    assert phrases("the 40 yo lady - her stomach med, approved?", named=("stomach med",)) == []
    # a thing for or after a treatment named is still the thing
    assert [w for _s, _e, w in phrases("his surgeon wanted a cooling machine for after the operation",
                                       named=("operation",))] == ["cooling machine"]


def test_the_glosses_are_encoded_once_per_encoder():
    import numpy as np

    from service.lay_meaning import GLOSSES, _glosses

    class Counting:  # a stand-in encoder: this tests the cache, not the model
        calls = 0

        def encode(self, texts: list[str]) -> np.ndarray:
            self.calls += 1
            return np.ones((len(texts), 3))

    encoder = Counting()
    for _ in range(3):
        ids, _vectors = _glosses(encoder.encode)  # a new bound method each time
    assert encoder.calls == 1
    assert len(ids) == sum(len(lay) for _own, lay in GLOSSES.values())


# electrical stimulation, ultrasound, manipulation (52F); TENS unit, braces and pillows (37F); shoulder surgery with its
# brace and cryotherapy (63M); oral suspensions, among them Fanatrex (gabapentin) (40F); EMG/NCS (63M)
client = served_client("CM16-0231745", "CM16-0248471", "CM17-0006797", "CM17-0013625", "CM16-0248034")


def test_a_described_patients_thing_in_lay_words_is_their_request_of_that_meaning(client):
    answer = ask(client, "my wife is 52 and her doctor wanted a machine that zaps the nerves, did they deny it?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "Electrical stimulation 1 times 8"
    answer = ask(client, "the 52 year old woman who needed the sound wave treatment, was it approved?")
    assert answer["hits"][0]["title"] == "Ultrasound 1 times 8"
    answer = ask(client, "the 37 yo woman wanted a little machine that sends electric pulses for pain, approved?")
    assert answer["hits"][0]["title"] == "TENS unit"
    answer = ask(client, "my dad is 63 and his surgeon wanted a cooling machine for after the operation, denied?")
    assert answer["hits"][0]["title"] == "Associated surgical service: Cryotherapy unit, seven day use"


def test_a_thing_no_gloss_is_close_to_stays_not_found(client):
    answer = ask(client, "my brother needed a service dog, was it approved?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index mentions service dog. ")
    answer = ask(client, "did IMR ever okay a recliner chair for someone with back pain?")
    assert answer["not_found"] == "no_treatment"


def test_a_brand_no_letter_prints_is_not_another_brand_of_its_drug(client):
    answer = ask(client, "has IMR ever approved Gralise?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith(
        "No letter in the index mentions Gralise, a brand of gabapentin; the gabapentin request the index has is of "
        "another brand: CM17-0013625's \"Fanatrex 25mg/ml oral suspension 420ml\" (denied). ")


def test_two_things_told_of_one_described_patient_held_by_two_letters(client):
    answer = ask(client, "the 63 yo man with the shoulder surgery and the EMG - both denied?")
    assert answer["answer"].startswith("The letter of the patient described, case CM17-0006797, decided the shoulder "
                                       "surgery but has no request for EMG: no one letter has both. ")
    assert "CM16-0248034, decided \"EMG/NCS of the bilateral upper extremities\": approved (overturned)" in answer["answer"]


def test_a_follow_ups_thing_in_lay_words_is_the_patients_of_the_turn_before(client):
    first_q = "the 52 yo woman's chiro requests"
    first = ask(client, first_q)
    answer = ask(client, "what about the sound wave thing?", history=[turn(first_q, first)])
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "Ultrasound 1 times 8"


def test_a_wanted_things_second_word_is_no_pronoun_opening_what_is_said_of_it(client):
    from service.lacking import _WANTED_PHRASE

    assert [m.group(0) for m in _WANTED_PHRASE.finditer("my mom is 54, she needed a chair that helps her back")] == []
    assert [m.group("a", "b") for m in _WANTED_PHRASE.finditer("my brother needed a service dog")] == [("service", "dog")]
