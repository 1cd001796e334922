"""A description that fits several letters equally, with a treatment named or not: every fitting
letter that decided what is asked is answered, said first, unless a word of the question (the body
part, a treatment only one of them has, a word only some of the letters print) tells them apart.
Real letters, the real model, real HTTP (/api/ask), and service.alike's word check on its own."""

from __future__ import annotations

from service.alike import apart
from tests.conftest import ask, served_client

# three 37-year-old women (tune): baclofen (CM16-0233904), a cervical MRI (CM16-0245128), a TENS unit,
# supports, pillows and braces (CM16-0248471); two 53-year-old men: a cervical MRI overturned
# (CM16-0246624), a lumbar MRI, x-rays, a cervical CT and acupuncture upheld (CM17-0011703)
client = served_client("CM16-0233904", "CM16-0245128", "CM16-0248471", "CM16-0246624", "CM17-0011703")


def test_a_treatment_two_fitting_letters_decided_answers_both(client):
    answer = ask(client, "the 53 yo man, did IMR approve his MRI?")
    assert answer["lead"] == ("It depends on which letter: 2 letters fit the 53-year-old man equally and each has a request for MRI. In CM16-0246624, "
                              "the one request for MRI was approved (overturned). In CM17-0011703, the one request for "
                              "MRI was denied (upheld).")
    assert 'CM16-0246624: "MRI scan of the cervical spine", overturned (approved) [' in answer["answer"]
    assert 'CM17-0011703: "MRI of the lumbar spine", upheld (denied) [' in answer["answer"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0246624", "CM17-0011703"}
    notes = answer["understood"]["notes"]
    assert "the description fits 2 letters (CM17-0011703, CM16-0246624)" in notes
    assert "with a request for MRI: 2 of them (CM17-0011703, CM16-0246624)" in notes
    assert "nothing else in the question tells these 2 apart" in notes


def test_the_body_part_named_singles_one_out(client):
    answer = ask(client, "the 53 yo man's neck MRI, was it approved?")
    assert "letters fit" not in answer["answer"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0246624"}


def test_a_treatment_one_fitting_letter_has_is_answered_alone(client):
    answer = ask(client, "the 37 yo woman - was her MRI denied?")
    assert "letters fit" not in answer["answer"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0245128"}


def test_requests_in_general_of_three_fitting_letters(client):
    answer = ask(client, "what happened with the 37 year old woman's requests?")
    # every letter that fits, in the order service.patients ranks them (none picked)
    assert answer["lead"] == ("3 letters fit the 37-year-old woman equally. In CM16-0233904, the one request was denied "
                              "(upheld). In CM16-0248471, all 6 requests were denied (upheld). In CM16-0245128, the one "
                              "request was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0233904", "CM16-0245128", "CM16-0248471"}


def test_what_imr_decided_for_them_is_their_requests_in_general(client):
    answer = ask(client, "what did IMR decide for the 53 yo man?")
    assert answer["lead"].startswith("2 letters fit the 53-year-old man equally. In ")


def test_a_word_some_letters_print_tells_them_apart() -> None:
    summaries = {"A": "a 37 year old cashier who fell", "B": "a 37 year old nurse who fell", "C": "a 37 year old nurse, lifting"}
    assert apart(("nurse",), summaries) == (("B", "C"), ("nurse",), ())
    assert apart(("nurse", "fell"), summaries) == (("B",), ("nurse", "fell"), ())
    assert apart(("year",), summaries) == (("A", "B", "C"), (), ())  # printed by all: tells nothing
    # printed by none: what it tells is unknown (the answer then claims no letters alike)
    assert apart(("forklift", "year"), summaries) == (("A", "B", "C"), (), ("forklift",))


def test_a_reason_asked_in_words_of_records_tells_no_letter_apart() -> None:
    # "missing" and "records" ask what the reviewer found; they are no fact of one 28-year-old woman
    # (CM16-0246635, a lumbar MRI; CM17-0017776, a thoracic MRI) that the other's letter lacks
    from service.alike import told_words
    from service.understand import understand
    assert told_words(understand("the 28 yo woman's back MRI - what was missing from her records?")) == ()
    assert told_words(understand("the 28 yo nurse's back MRI - what did her chart lack?")) == ("nurse",)


def test_the_others_compared_with_and_a_negative_auxiliary_tell_nothing() -> None:
    # "didnt" leaves "didn", "others" compares: no fact either; the two 50-year-old women with PT
    # (CM17-0006045 upheld, CM17-0010885 overturned) are both answered, not one picked
    from service.alike import told_words
    from service.understand import understand
    assert told_words(understand("what did the 50 year old lady have that the others didnt, to get her PT approved?")) == ()
    assert told_words(understand("the 50 yo cook's PT wasn't approved, was it?")) == ("cook",)


def test_the_words_asking_for_the_body_part_tell_nothing() -> None:
    # "what body part was her MRI for?" asks the part: one letter printing "body" does not single it out
    from service.alike import told_words
    from service.understand import understand

    assert told_words(understand("what body part was the 28 yo woman's MRI for")) == ()
    assert told_words(understand("the 28 yo nurse's MRI, which area of the body was it for?")) == ("nurse",)


def test_the_words_asking_how_to_say_it_tell_nothing() -> None:
    # "in simple words", "in plain English", "in layman's terms" ask for the answer's form: a letter printing
    # "words" or "simple" does not single out one of the two 37-year-old women with a neck MRI
    from service.alike import told_words
    from service.understand import understand

    assert told_words(understand("she is 37 and had a neck MRI denied, what was the reason in simple words")) == ()
    assert told_words(understand("the 37 yo woman's neck MRI, in layman's terms why was it denied")) == ()
    assert told_words(understand("explain in plain english why the 37 yo nurse's neck MRI was denied")) == ("nurse",)


def test_a_word_one_fitting_letter_prints_picks_it_of_requests_in_general(client):
    # three 37-year-old women; the question names no request, but only one letter speaks of spasticity: hers,
    # not each fitting letter's requests in a line
    answer = ask(client, "the 37 yo woman - what did the reviewer say about her spasticity?")
    assert "3 letters fit" not in answer["answer"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0233904"}
