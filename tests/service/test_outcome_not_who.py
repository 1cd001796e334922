"""Who the patient is does not turn on the outcome a question asks about: "54 yo woman with
shoulder, neck and head scans - were any of them approved?" is her three scans, none approved,
not another 54-year-old woman's approved request or another patient's approved neck MRI. Real
letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask


@pytest.fixture(scope="module")
def client(serve_real):
    # all 74 letters: which 54-year-old woman is meant is told by how her case summary reads beside
    # every other's (CM17-0002106: 54F, shoulder MRI, neck MRI and head CT, all upheld; CM17-0001749:
    # 54F, partial hospitalisation overturned; CM16-0246624: 53M, neck MRI overturned)
    with serve_real() as (http, _engine, _service):
        yield http


def test_any_of_her_scans_approved_answers_about_hers(client):
    answer = ask(client, "54 yo woman with shoulder, neck and head scans - were any of them approved?")
    assert answer["answer"].startswith('No: IMR denied them: "CT scan of the head" [1], "MRI of the cervical spine" [2] and '
                                      '"MRI of the left shoulder" [3] were denied (upheld: not authorised). ')
    explained = {(c["case_number"], c["item_index"]) for c in answer["citations"] if c.get("item_index")}
    assert explained == {("CM17-0002106", 1), ("CM17-0002106", 2), ("CM17-0002106", 3)}


def test_the_age_given_beats_an_age_one_year_off(client):
    # 28-year-old women: a lumbar MRI upheld (CM16-0246635), a thoracic MRI and a TENS unit
    # (CM17-0017776, whose summary reads closest), lumbar injections (CM16-0247274); a
    # 29-year-old woman's lumbar MRI, upheld the same day (CM17-0005246)
    answer = ask(client, "When was the IMR decision on the 28 year old woman's low back MRI, and was it upheld?")
    assert answer["lead"].startswith("Case CM16-0246635 was decided on February 6, 2017 [1].")
    assert {c["case_number"] for c in answer["citations"][:3]} == {"CM16-0246635"}


def test_an_age_one_year_off_is_found_when_no_letter_has_the_age_given(client):
    answer = ask(client, "was the 30 year old woman's low back MRI denied?")
    assert answer["citations"][0]["case_number"] == "CM17-0005246"
