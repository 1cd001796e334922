"""A drug asked in a form the index's requests of it are not in is not found: "was Voltaren gel ever approved?" of an
index whose Voltaren is 75mg tablets (service.forms.item_form: milligrams counted by "#" are pills), said with the form
as asked. Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.forms import asked_form, item_form, same_form
from tests.conftest import ask, served_client

# CM17-0011517: eight PT sessions and three refills of Voltaren 75mg #60 (both upheld); CM16-0234464: lidocaine
# ointment among its MRIs and pills
client = served_client("CM17-0011517", "CM16-0234464")


def test_milligrams_counted_are_pills() -> None:
    assert [item_form(t) for t in ("Three refills of Voltaren 75mg #60", "Norco 7.5-325mg #112",
                                   "Fanatrex 25mg/ml oral suspension 420ml", "Lidocaine ointment 5% 106.32gm",
                                   "Toradol 60mg IM", "TENS unit")] == ["oral", "oral", "oral", "cream", None, None]
    assert not same_form("cream", "Three refills of Voltaren 75mg #60")
    assert same_form("oral", "Three refills of Voltaren 75mg #60")


def test_a_gel_of_a_drug_requested_as_pills_is_not_found(client) -> None:
    body = ask(client, "was voltaren gel ever approved?")
    assert body["answer"].startswith("No letter in the index decides a request for voltaren gel.")
    body = ask(client, "CM17-0011517 voltaren gel denied?")
    assert body["answer"].startswith("Case CM17-0011517 has no request for voltaren gel. Its letter decided 2 items: ")
    # ... the pills themselves are found
    body = ask(client, "CM17-0011517 the voltaren - denied?")
    assert body["answer"].startswith('Yes: the denial of "Three refills of Voltaren 75mg #60" was upheld')


def test_a_drug_before_its_form_is_the_drug_asked(client) -> None:
    # "Voltaren gel" of a letter with diclofenac pills and a lidocaine ointment: neither
    body = ask(client, "CM16-0234464 what happened with the Voltaren gel?")
    assert body["answer"].startswith("Case CM16-0234464 has no request for Voltaren gel. Its letter decided 6 items: ")
    # ... and patches asked of a letter whose topical is an ointment
    assert asked_form("what happened with the pain patches?", ("pain patches",)) == "patch"
    body = ask(client, "CM16-0234464 what happened with the pain patches?")
    assert body["not_found"] == "case_lacks"
    body = ask(client, "CM16-0234464 what happened with the cream?")
    assert {(c["case_number"], c["item_index"]) for c in body["citations"]} == {("CM16-0234464", 6)}


def test_a_drug_named_is_no_other_drug_of_a_request_of_no_drug() -> None:
    from datetime import date

    from service.lacking import _back_elsewhere, another_drug
    from service.understand import understand

    q = understand("voltaren gel, 62F, R shoulder, repetitive work - MRI upheld or overturned?", date(2026, 12, 1))
    assert another_drug(q, "MRI of the right shoulder without contrast", ("mri", "imaging")) is False
    assert another_drug(q, "Lidocaine ointment 5% 106.32gm", ("topical", "medication")) is True
    # ... and a drug the story is on is no drug asked ("on Norco and a lidocaine patch ... 10 PT visits")
    q = understand("45, on Norco and a lidocaine patch. They approved 10 PT visits, did IMR give him the last 2?",
                   date(2026, 12, 1))
    assert another_drug(q, "2 sessions of physical therapy", ("physical_therapy",)) is False
    # "back" as a time word is no body part a request is placed in
    q = understand("I'm 63, IMR approved my nerve test back in December 2016, right?", date(2026, 12, 1))
    assert _back_elsewhere(q, ("upper extremity",)) is False
