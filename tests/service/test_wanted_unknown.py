"""What the asker wants added or tried, named right after its verb ("my PT wants to add
iontophoresis"), is what is asked even beside a treatment the index has ("my PT"): when no letter
uses its word, the answer says so. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# physical therapy for the shoulders, elbows and wrists (upheld); PT for the neck (overturned)
client = served_client("CM17-0015198", "CM17-0010885")


def test_a_wanted_treatment_no_letter_names_is_not_found(client):
    answer = ask(client, "My PT wants to add iontophoresis to the treatment for my tennis elbow. "
                         "Any IMR decisions on that?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index mentions iontophoresis. ")


def test_a_wanted_thing_the_letters_have_is_answered(client):
    answer = ask(client, "my PT wants to add more sessions for my elbow, any chance?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist"


# tramadol (upheld); acupuncture (overturned) and an MRI of the neck and hand (upheld)
tramadol_acupuncture = served_client("CM17-0017734", "CM16-0230548")


def test_what_is_approved_or_covered_by_a_word_no_letter_uses_is_not_found(tramadol_acupuncture):
    # a list question ("did IMR ever approve ...") beside a class the index has ("pain pills")
    answer = ask(tramadol_acupuncture, "did IMR ever approve a Narcan kit to go with someone's pain pills?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for Narcan. ")


def test_what_a_question_opens_with_joined_to_a_known_treatment_is_what_is_asked(tramadol_acupuncture):
    answer = ask(tramadol_acupuncture, "moxibustion along with acupuncture - approved anywhere?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index mentions moxibustion. ")
    # ... not a word that modifies the treatment after it, nor an opening naming no treatment
    answer = ask(tramadol_acupuncture, "addtl acupuncture 3x2 60yo m - approved?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "Acupuncture 3 times a week for 2 weeks, neck, right hand and head"
    answer = ask(tramadol_acupuncture, "Hello - why was the tramadol denied for the 40 year old woman?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["title"] == "Tramadol 50mg #60"


def test_what_a_question_opens_with_as_its_subject_is_what_is_asked(tramadol_acupuncture):
    # nat-3554: "are carafate or sucralfate ever certified ... on anti-inflammatories?" listed NSAID requests
    answer = ask(tramadol_acupuncture, "are carafate or sucralfate ever certified to protect the stomach of someone on "
                                       "pain pills?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index decides a request for carafate. ")
    # ... a subject the letters have is answered
    answer = ask(tramadol_acupuncture, "is tramadol ever approved?")
    assert answer["not_found"] == "no_outcome"  # it was denied
    assert answer["hits"][0]["title"] == "Tramadol 50mg #60"
    # ... and a generic noun is no drug no letter names
    answer = ask(tramadol_acupuncture, "are scripts for pain pills ever covered?")
    assert not answer["answer"].startswith(("No letter in the index mentions scripts", "No letter in the index decides "
                                                                                       "a request for scripts"))


def test_a_pronoun_opening_the_question_is_no_subject_asked() -> None:
    # "anything" is a word no letter prints: "was anything approved for ...?" must not read it as a drug asked
    from service.lacking import _WANTED_THING

    for question in ("was anything approved for the 33 yo man?", "is everything denied?", "was either approved?",
                     "are scripts covered?"):
        m = _WANTED_THING.search(question)
        assert m is None or not m.group("s"), question
    m = _WANTED_THING.search("are carafate or sucralfate ever certified?")
    assert (m.group("s"), m.group("t")) == ("carafate", "sucralfate")


def test_where_and_how_it_is_paid_for_are_no_thing_asked(tramadol_acupuncture):
    # "anywhere" is where it was asked, not a second thing no letter mentions
    answer = ask(tramadol_acupuncture, "pilates classes - approved anywhere?")
    assert answer["answer"].startswith("No letter in the index mentions pilates classes. ")
    # "paid for thru comp" asks of the letters' kind of decision, and "paid" names nothing
    answer = ask(tramadol_acupuncture, "can a worker get a medical marijuana card paid for thru comp?")
    assert answer["answer"].startswith("No letter in the index mentions marijuana card. ")
    # ... and so does "would they cover it": the thing no letter mentions said, not "Nothing in the indexed letters
    # answers this question" (the words of two letters only: "would" is of none of them)
    answer = ask(tramadol_acupuncture, "hyperbaric chamber - would they cover it")
    assert answer["answer"].startswith("No letter in the index mentions hyperbaric chamber")


def test_a_conditions_word_is_no_thing_asked_beside_one(tramadol_acupuncture):
    # "crush" names the injury, not a second thing no letter mentions
    answer = ask(tramadol_acupuncture, "hyperbaric chamber for a crush injury - covered?")
    assert answer["answer"].startswith("No letter in the index mentions hyperbaric chamber. ")


# a home aide (upheld), for a man hurt at work who needs help at home
home_aide = served_client("CM16-0249735", "CM17-0010362")


def test_a_wanted_thing_in_two_words_no_letter_prints_together_is_not_found(home_aide):
    # "stair" and "lift" each near some word of the letters, never the two together, and no treatment
    answer = ask(home_aide, "my dad needs a stair lift after his back injury, will IMR cover it?")
    assert answer["not_found"] == "no_treatment"
    assert answer["answer"].startswith("No letter in the index mentions stair lift. ")


def test_a_wanted_treatment_in_two_words_is_answered(home_aide):
    answer = ask(home_aide, "my husband needs a home aide, will IMR cover it?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["case_number"] == "CM16-0249735"


# baclofen (upheld), for a patient whose letter speaks of the spinal cord
spinal_cord = served_client("CM16-0233904", "CM16-0249735")


def test_the_verb_of_trying_is_no_thing_asked(spinal_cord):
    answer = ask(spinal_cord, "my doc wants to try a spinal cord stim trial, what are the odds?")
    assert answer["not_found"] == "no_treatment"
    missing = answer["answer"].removeprefix("No letter in the index mentions ").split(".")[0]
    assert answer["answer"].startswith("No letter in the index mentions spinal")
    assert "try" not in missing.split()


def test_a_two_word_thing_beside_a_treatment_named_is_the_story(home_aide):
    # "a desk job" wanted beside the PT asked: the PT is what is asked, not a thing no letter decides
    answer = ask(home_aide, "he needs a desk job now, was the 54 yo man's neck PT approved?")
    assert answer["not_found"] == ""
    assert answer["hits"][0]["case_number"] == "CM17-0010362"
