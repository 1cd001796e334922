"""One reviewer specialty compared with the others ("are orthopedic surgeons harder on surgery requests?"): a
pattern over the collection, counted by specialty (service.reviewers_asked, service.flows.reviewers)."""

from service.flows.reviewers import _compared
from service.reviewers_asked import asks_reviewers, compares_specialty, specialty_compared


def test_a_specialty_compared_with_the_others_is_asked_of_the_reviewers():
    assert compares_specialty("are orthopedic surgeons harder on surgery requests?")
    assert specialty_compared("are orthopedic surgeons harder on surgery requests?") == "Orthopedic Surgery"
    assert specialty_compared("do family practice reviewers deny more MRIs than other reviewers?") == "Family Practice"
    assert asks_reviewers("are family practice reviewers stricter on MRI requests than other reviewers?")
    assert not compares_specialty("was the reviewer an orthopedic surgeon?")
    assert not compares_specialty("are MRIs denied more than other requests?")


def test_the_named_specialtys_letters_are_counted_against_the_others():
    decided = [("Orthopedic Surgery, Sports Medicine", "Upheld"), ("Orthopedic Surgery", "Upheld"),
               ("Family Practice", "Overturned")]
    assert _compared("Orthopedic Surgery", decided, "surgery requests") == (
        "Of the 3 letters with surgery requests, reviewers certified in Orthopedic Surgery decided 2 (2 denied, upheld); "
        "the other reviewers, 1 (0 denied, upheld).")
    assert _compared("Orthopedic Surgery", decided[:2], "surgery requests").endswith(
        "the other reviewers decided none: there is nothing to compare them with.")
