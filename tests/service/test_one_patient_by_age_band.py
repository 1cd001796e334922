"""One patient told by an age band after them ("the woman over 50", "the guy over 60", "the lady under
30"): the band constrains the patient as an age does (service.age_band, service.people), and when several
letters fit it, each is answered (service.flows.fitting). A band said of a group ("any woman over 50",
"women over 60") stays a group (service.groups). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.people import read_person
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "ages"), [
    ("did the woman over 50 get her MRI approved?", (51, 100)),
    ("the guy over 60 - was his PT denied?", (61, 100)),
    ("the lady in her 40s - MRI approved?", (40, 49)),
    ("the man under 40 - was his MRI denied?", (16, 39)),
    ("why was the MRI of the patient over 65 denied?", (66, 100)),
    # a group, or no age: no band of one patient
    ("did any woman over 50 get an MRI approved?", None),
    ("list the denied MRIs for women over 60", None),
    ("the woman with over 50 visits of PT", None),
])
def test_one_patient_by_an_age_band(text: str, ages: tuple[int, int] | None) -> None:
    assert read_person(text).ages == ages


def test_a_band_of_one_patient_is_no_group() -> None:
    query = understand("did the woman over 50 get her MRI approved?")
    assert (query.kind, query.person.described, query.person.ages, query.group) == ("item", True, (51, 100), ())


# women of 61 and 62 (hip and shoulder MRIs), of 54 (shoulder and neck MRIs, head CT) and of 28 (lumbar
# MRI), all upheld; a man of 63 (shoulder surgery, its PT upheld)
client = served_client("CM16-0248655", "CM17-0014288", "CM17-0002106", "CM16-0246635", "CM17-0006797")


def test_the_woman_over_50_is_each_woman_over_50(client) -> None:
    # idx22 answered CM17-0017776's thoracic MRI, a woman in her 20s
    answer = ask(client, "did the woman over 50 get her MRI approved?")
    assert answer["lead"] == ("No: 3 letters fit the woman described equally and each has a request for MRI. In CM16-0248655, "
                              "the one request for MRI was denied (upheld). In CM17-0002106, none of the 2 requests for MRI "
                              "was approved (overturned). In CM17-0014288, the one request for MRI was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0248655", "CM17-0014288", "CM17-0002106"}


def test_the_lady_under_30_is_the_one_under_30(client) -> None:
    answer = ask(client, "the lady under 30 - was her MRI denied?")
    assert answer["lead"] == ('Yes: the denial of "MRI of the Lumbar spine without contrast" was upheld; it was not '
                              'authorised [1]. Denied (Upheld): no objective findings or red flags [2].')
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0246635"}


def test_the_guy_over_60(client) -> None:
    answer = ask(client, "the guy over 60 - was his PT denied?")
    assert answer["lead"] == ('Yes: the denial of "Associated surgical service: Physical Therapy sessions, 12" was upheld; '
                              'it was not authorised [1]. Denied (Upheld): primary request not approved [2].')
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0006797"}


# women in their 40s: a naproxen (CM17-0019011, 45), low back PT (CM17-0018279, 46), a nerve study of the
# arm (CM17-0009887, 46), chiropractic (CM16-0231706, 43), five medications (CM17-0013625, 40), tramadol
# (CM17-0017734, 40); and a woman of 54 (CM17-0002106) and a man of 46 (CM17-0015198)
FORTIES = ("CM17-0019011", "CM17-0018279", "CM17-0009887", "CM16-0231706", "CM17-0013625", "CM17-0017734")


@pytest.fixture(scope="module")
def forties(serve_real):
    with serve_real([*FORTIES, "CM17-0002106", "CM17-0015198"]) as (http, engine, _service):
        yield http, engine


def test_every_letter_in_the_band_is_a_candidate(forties) -> None:
    # a band or decade is a field of the header, as an age is (service.patients._by_fields): every letter
    # in it is a candidate, not only those whose summaries read closest (over the 74 letters, 'the lady in
    # her 40s - was her MRI approved?' answered 'The letter of the patient described, case CM17-0019011, has
    # no request for MRI.', a 43-year-old woman's lumbar MRI never checked); before, no letter by fields
    from service.patients import _by_fields

    http, engine = forties
    ids = _by_fields(engine, understand("the lady in her 40s - was her MRI approved?"))
    rows = engine.store.catalog.query(f"SELECT case_number FROM letters WHERE id IN ({','.join('?' * len(ids))})", ids)
    assert {r[0] for r in rows} == set(FORTIES)
    answer = ask(http, "the lady in her 40s - was her nerve test approved?")
    assert answer["lead"] == ('No: "NCS of the left upper extremity" was denied (upheld), not approved [1]. "EMG of the '
                              'left upper extremity" was denied (upheld), not approved [2].')
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0009887"}


# men with MRIs: 33 (CM16-0234464), 34 (CM16-0239607), 48 (CM16-0242302), 53 (CM16-0246624, CM17-0011703) and 60
# (CM16-0230548); a man of 24 with a neck CT (CM17-0005924)
men_client = served_client("CM16-0234464", "CM16-0239607", "CM16-0242302", "CM16-0246624", "CM17-0011703",
                           "CM16-0230548", "CM17-0005924")


def test_more_letters_in_a_band_than_an_age_picks_are_each_answered(men_client) -> None:
    # six letters in the band: past MAX_LETTERS (5), which an age or a sex alone picks no one out of; a band
    # says the asker does not know the age, so each is answered (service.flows.fitting.MAX_BAND_LETTERS); before,
    # one letter's three MRIs alone ("IMR denied them: ...")
    answer = ask(men_client, "the guy over 30 - was his MRI approved?")
    assert answer["lead"] == (
        "It depends on which letter: 6 letters fit the man described equally and each has a request for MRI. In CM16-0246624, the one request "
        "for MRI was approved (overturned). In CM16-0234464, none of the 3 requests for MRI was approved (overturned). "
        "In CM17-0011703, the one request for MRI was denied (upheld). In CM16-0242302, the one request for MRI was "
        "denied (upheld). In CM16-0239607, the one request for MRI was denied (upheld). In CM16-0230548, the one "
        "request for MRI was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {
        "CM16-0234464", "CM16-0239607", "CM16-0242302", "CM16-0246624", "CM17-0011703", "CM16-0230548"}
