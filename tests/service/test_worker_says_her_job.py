"""A worker telling her own job, with no age or sex ("i sew all day at the factory"), is the patient
described: her letter, not another patient's item of the same name. All 74 real letters (three of
them decide a naproxen request), the real model, real HTTP."""

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
