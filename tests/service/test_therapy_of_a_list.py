""""Therapy" said bare after another thing of a list ("the back CT and therapy") is physical therapy,
and "the back program" a functional restoration program: a question about both answers both
(indexer.treatments_tests_therapies). Sample letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from tests.conftest import ask, sample_client

# two 67-year-old women: a cook (CM16-0162806: lumbar PT and lumbar CT, both denied) and CM17-0222234;
# a 40-year-old construction laborer (CM16-0162902: a HELP functional restoration program and an elbow CT, ...)
client = sample_client("CM16-0162806", "CM17-0222234", "CM16-0162902")


def test_therapy_after_the_back_ct_is_her_physical_therapy(client):
    answer = ask(client, "my wife is a cook, 67, the back CT and therapy - both denied?")
    assert answer["lead"].startswith("Yes: both were denied (upheld) [1][2].")
    assert 'the request for "CT scan of the lumbar spine" was denied (Upheld: not authorised) [1]' in answer["answer"]
    assert ('the request for "Physical therapy 2 times weekly for 3 weeks for the lumbar spine" was denied '
            '(Upheld: not authorised) [2]') in answer["answer"]


def test_the_back_program_is_her_functional_restoration_program(client):
    answer = ask(client, "the 40 yo laborer woman - the back program and the elbow CT, both denied?")
    assert answer["lead"].startswith("Yes: both were denied (upheld) [1][2].")
    assert 'the request for "HELP functional restoration program, 80 hours" was denied' in answer["answer"]
    assert 'the request for "CT of the left elbow without contrast" was denied' in answer["answer"]
