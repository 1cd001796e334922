"""A drug named in lay words ("numbing cream" is lidocaine) is a treatment the letters have, not
an unknown phrase. Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a lidocaine ointment 5% (upheld) among one patient's six requests; another patient's naproxen (overturned)
client = served_client("CM16-0234464", "CM17-0019011")


def test_a_numbing_cream_is_the_lidocaine_ointment(client):
    answer = ask(client, "was the numbing cream approved?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith('No: the denial of "Lidocaine ointment 5% 106.32gm" was upheld; it was not authorised [1]. '
                                       "Denied (Upheld): ")
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["title"]) == ("CM16-0234464",
                                                                             "Lidocaine ointment 5% 106.32gm")


def test_a_brand_in_another_form_than_any_request_is_not_found(client):
    # Lidoderm comes as a patch; the only lidocaine request is an ointment
    answer = ask(client, "Has anyone gotten Lidoderm patches approved through IMR?")
    assert (answer["kind"], answer["not_found"]) == ("not_found", "no_treatment")
    assert answer["answer"].startswith("No letter in the index decides a request for Lidoderm patch.")
    assert answer["related"][0]["title"] == "Lidocaine ointment 5% 106.32gm"


def test_pills_for_muscle_spasms_are_the_muscle_relaxant(client):
    # nat-2572 ("pills for muscle spasms - has IMR okayed any?") listed every medication's approvals (naproxen)
    answer = ask(client, "pills for muscle spasms - has IMR okayed any?")
    assert answer["answer"].startswith("The one muscle relaxant request in the index was not approved (overturned): "
                                       "it was denied (upheld). CM16-0234464")
    assert [c["request"] for c in answer["citations"] if c["request"]][0].startswith("Cyclobenzaprine 7.5mg #90 was the")
