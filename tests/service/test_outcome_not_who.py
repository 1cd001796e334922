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
    assert answer["answer"].startswith("IMR did not approve them: every denial was upheld. ")
    explained = {(c["case_number"], c["item_index"]) for c in answer["citations"] if c.get("item_index")}
    assert explained == {("CM17-0002106", 1), ("CM17-0002106", 2), ("CM17-0002106", 3)}
