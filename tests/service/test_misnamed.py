"""service.misnamed: a case number that does not fit the patient the same question describes.

Real tune-half letters: CM16-0249170 (one pantoprazole request) and CM16-0249735 (a 43-year-old
man with rib fractures; his home aide upheld)."""

from __future__ import annotations


from tests.conftest import ask, served_client


client = served_client("CM16-0249170", "CM16-0249735")


def test_the_patient_described_answers_when_the_case_named_lacks_the_treatment(client) -> None:
    got = ask(client, "CM16-0249170, the 43 year old man with the rib fractures: was the home aide upheld?")
    assert got["lead"].startswith("The case number given has no request for home aide; the patient described fits "
                                  "case CM16-0249735, which has. Yes: the denial of \"Home aide 6 hours per day, 5 times a week "
                                  "for 4 weeks to assist with mobility, transfer…\" was "
                                  "upheld; it was not authorised [1]. Denied (Upheld)")
    assert got["citations"][0]["case_number"] == "CM16-0249735"
    assert "CM16-0249170" not in got["answer"]


def test_the_case_named_still_lacks_it_when_no_one_else_is_described(client) -> None:
    got = ask(client, "CM16-0249170: was the home aide upheld?")
    assert got["abstained"] is True
    assert got["answer"].startswith("Case CM16-0249170 has no request for")


def test_the_search_leads_with_the_item_of_the_patient_described(client) -> None:
    got = client.post("/api/search", json={"query": "CM16-0249170, the 43 year old man with the rib fractures: "
                                                    "was the home aide upheld?"}).json()
    assert got["hits"][0]["case_number"] == "CM16-0249735"
    assert got["hits"][0]["title"].startswith("Home aide")


def test_a_case_the_client_filters_by_stands(client) -> None:
    question = "CM16-0249170, the 43 year old man with the rib fractures: was the home aide upheld?"
    got = ask(client, question, filters={"case_number": "CM16-0249170"})
    assert got["abstained"] is True
    assert got["answer"].startswith("Case CM16-0249170 has no request for")
    hits = client.post("/api/search", json={"query": question, "filters": {"case_number": "CM16-0249170"}}).json()["hits"]
    assert {h["case_number"] for h in hits} <= {"CM16-0249170"}
