"""A worker in his or her own words, as dictated: her own job with no age or sex ("i sew all day at
the factory") is the patient described, her letter, not another patient's item of the same name; a
dose and counts said aloud ("seven point five", "sixty three of my ninety") are his. All 74 real
letters (three of them decide a naproxen request), the real model, real HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ask


@pytest.fixture(scope="module")
def client(serve_real):
    with serve_real(None) as (http, _engine, _service):
        yield http


def test_the_job_she_tells_in_her_own_words_picks_her_letter(client) -> None:
    # nat-3504: answered with a 45-year-old woman's Naproxen 500mg #60 (CM17-0019011, approved)
    answer = ask(client, "i sew all day at the factory on a sewing machine and my right elbow forearm and wrist are "
                         "killing me like nine out of ten my doctor started me on naproxen five hundred did the "
                         "independent review let me keep it")
    assert answer["answer"].startswith("Denied (Upheld): ")
    assert 'In case CM17-0013716, the request for "Naproxen 500mg #60" was denied (Upheld: not authorised)' in answer["answer"]
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013716"}


def test_a_dictated_dose_and_counts_are_his_remainder(client) -> None:
    # nat-3563: "sixty three of my ninety ... seven point five ... the other twenty seven" answered about his diclofenac
    answer = ask(client, "they gave me sixty three of my ninety muscle relaxers the cyclobenzaprine seven point five what "
                         "happened with the other twenty seven im the guy who smashed his hand in a door")
    first = answer["answer"].split(" [2]")[0]  # the item answered first
    assert first.endswith('In case CM16-0234464, the request for "Cyclobenzaprine 7.5mg #27" was denied (Upheld: not '
                          'authorised)')
