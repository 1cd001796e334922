"""The API end to end: real model, real Chroma in tmp, real HTTP through Litestar's TestClient."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from litestar.testing import TestClient

from indexer.model import pages_between
from indexer.settings import Settings
from service.settings import ServiceSettings
from indexer.store import open_store
from service.app import create_app
from service.engine import Engine

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
# Letters with lumbar MRI items (upheld), acupuncture (overturned), PT and others.
CASES = ["CM16-0242419", "CM17-0005246", "CM17-0012614", "CM16-0230548", "CM16-0219557", "CM17-0013754",
         "CM17-0003890", "CM16-0234464"]


@pytest.fixture(scope="module")
def api(serve_real):
    with serve_real(CASES, api_key="s3cret") as (client, engine, _service):
        yield client, engine


def check_citations(answer: dict, engine: Engine) -> None:
    """Every citation: quote verbatim at its span in its letter, pages right; every marker bound."""
    numbers = {c["n"] for c in answer["citations"]}
    for marker in re.findall(r"\[(\d+)\]", answer["answer"]):
        assert int(marker) in numbers
    for c in answer["citations"]:
        letter = engine.letter(c["case_number"])
        start, end = c["span"]
        assert letter.text[start:end] == c["quote"]
        assert tuple(c["pages"]) == pages_between(letter.page_starts, start, end)


def test_search_finds_upheld_lumbar_mri_items_first(api):
    client, _engine = api
    r = client.post("/api/search", json={"query": "why was the lumbar MRI denied?", "k": 5})
    assert r.status_code == 200
    body = r.json()
    top3 = [(h["case_number"], h["decision"]) for h in body["hits"][:3]]
    assert sorted(top3) == [("CM16-0242419", "Upheld"), ("CM17-0005246", "Upheld"), ("CM17-0012614", "Upheld")]
    assert all("lumbar" in h["request"].lower() for h in body["hits"][:3])
    # "denied" is the user's premise: checked against the letter, never a filter
    assert body["understood"]["premise"] == "Upheld" and "decision" not in body["understood"]
    assert ("outcome: 'denied' read as your premise that IMR denied it (checked against the letter)"
            in body["understood"]["notes"])
    assert [h["relevance"] for h in body["hits"][:3]] == ["strong", "strong", "strong"]
    # one hit per disputed item, never duplicates
    keys = [(h["case_number"], h["item_index"]) for h in body["hits"]]
    assert len(keys) == len(set(keys))


def test_case_question_answers_for_that_case_only(api):
    client, engine = api
    r = client.post("/api/ask", json={"question": "Why was the MRI denied in case CM16-0242419?"})
    assert r.status_code == 200
    answer = r.json()
    assert answer["mode"] == "extractive"
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0242419"}
    assert {c["request"] for c in answer["citations"]} == {"MRI of the lumbar spine"}
    assert answer["kind"] == "item" and answer["lead"] == "Denied (Upheld): duplicate or repeat [1]."
    assert answer["answer"].startswith('Denied (Upheld): duplicate or repeat [1]. In case CM16-0242419, the request for '
                                       '"MRI of the lumbar spine" was denied (Upheld: not authorised)')
    # Why quotes the reviewer's findings about this patient; Guideline the rule they failed
    assert [c["role"] for c in answer["citations"]] == ["finding", "heading", "finding", "guideline", "guideline"]
    assert answer["citations"][0]["quote"].endswith("there was a prior Lumbar MRI in 03/2016.")
    assert "Why: " in answer["answer"] and "Guideline: " in answer["answer"]
    check_citations(answer, engine)


def test_overturned_intent_finds_approved_acupuncture(api):
    client, engine = api
    answer = client.post("/api/ask", json={"question": "why was acupuncture approved?"}).json()
    assert answer["citations"][0]["case_number"] in {"CM16-0230548", "CM16-0242419"}
    assert answer["citations"][0]["request"].lower().startswith("acupuncture")
    assert answer["citations"][0]["decision"] == "Overturned"
    assert "was approved (Overturned: authorised)" in answer["answer"]
    # one of the two approved acupuncture requests, and the answer says so
    assert answer["coverage"] == {"shown": 1, "total": 2, "label": "acupuncture approvals",
                                  "filters": {"treatment": "acupuncture", "decision": "Overturned"}}
    check_citations(answer, engine)


def test_aggregate_question_counts_from_metadata(api):
    client, engine = api
    answer = client.post("/api/ask", json={"question": "How often is physical therapy upheld?"}).json()
    assert answer["count"] == {"total": 2, "Upheld": 2, "Overturned": 0}
    assert answer["answer"].startswith("Of 2 physical therapy items in the index, 2 (100%) were upheld (denied)")
    # with the reasons that recur among them
    assert [(r["code"], r["count"], r["of"]) for r in answer["reasons"]][:1] == [("no_functional_improvement", 2, 2)]
    check_citations(answer, engine)


def test_unknown_case_and_unanswerable_questions_abstain(api):
    client, _engine = api
    answer = client.post("/api/ask", json={"question": "What was decided in case CM15-9999999?"}).json()
    assert answer["abstained"] is True
    assert answer["answer"] == "Case CM15-9999999 is not in the index, so I cannot say what was decided."
    assert answer["citations"] == []


def test_streamed_answer_sends_text_then_citations_then_end(api):
    client, _engine = api
    r = client.post("/api/ask", json={"question": "why was the lumbar MRI denied?", "stream": True})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = re.findall(r"^event: (\w+)\r?$", r.text, flags=re.M)
    assert events[0] == "answer"
    assert events[-2:] == ["citations", "end"]
    assert set(events[:-2]) == {"answer"}


def test_filters_are_validated_and_applied(api):
    client, _engine = api
    body = client.post("/api/search", json={"query": "MRI", "filters": {"decision": "Overturned"}}).json()
    assert {h["decision"] for h in body["hits"]} == {"Overturned"}
    r = client.post("/api/search", json={"query": "MRI", "filters": {"colour": "red"}})
    assert r.status_code == 400
    assert r.json()["error"].startswith("unknown filter 'colour': allowed filters are decision, case_number")
    r = client.post("/api/search", json={"query": "MRI", "filters": {"body_region": "nose"}})
    assert r.status_code == 400
    assert "body_region='nose' is not valid" in r.json()["error"]
    r = client.post("/api/search", json={"query": "MRI", "filters": {"date_from": "2017-13-01"}})
    assert r.status_code == 400


def test_bad_requests_get_clear_400s(api):
    client, _engine = api
    assert client.post("/api/ask", json={"question": ""}).json() == {
        "error": "invalid request: question: Expected `str` of length >= 1", "status": 400}
    r = client.post("/api/ask", json={"question": "   "})
    assert r.status_code == 400 and "question is empty" in r.json()["error"]
    r = client.post("/api/ask", json={"question": "x" * 2001})
    assert r.status_code == 400 and "<= 2000" in r.json()["error"]
    r = client.post("/api/search", content=b"{nope", headers={"content-type": "application/json"})
    assert r.status_code == 400
    r = client.post("/api/search", json={"query": "MRI", "k": 500})
    assert r.status_code == 400


def test_case_and_document_endpoints(api):
    client, _engine = api
    body = client.get("/api/cases/CM16-0242419").json()
    assert body["letter"]["case_number"] == "CM16-0242419"
    assert [i["request"] for i in body["letter"]["items"]][1] == "MRI of the lumbar spine"
    # the stored letter carries each rationale sentence's span and role, and the item's reasons
    (mri, _acupuncture) = client.get("/api/cases/CM16-0230548").json()["letter"]["items"]
    assert [s["role"][:4] for s in mri["sentences"]] == ["hist"] * 3 + ["guid"] * 5 + ["find", "guid", "conc"]
    assert [r["code"] for r in mri["reasons"]] == ["no_objective_findings", "conservative_care_not_tried", "not_recommended"]
    assert mri["reasons"][0]["spans"] == [mri["sentences"][8]["span"]]
    assert body["pages"][0]["page"] == 1 and body["pages"][0]["start"] == 0
    r = client.get("/api/cases/CM16-0242419/document")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    r = client.get("/api/cases/CM99-0000000")
    assert r.status_code == 404 and r.json()["error"] == "case CM99-0000000 is not in the index"
    assert client.get("/api/cases/..%2F..%2Fetc%2Fpasswd/document").status_code == 404


def test_stats_and_health(api):
    client, _engine = api
    stats = client.get("/api/stats").json()
    assert stats["letters"] == len(CASES)
    assert sum(stats["by_decision"].values()) == stats["items"]
    assert stats["by_category"]["acupuncture"] == {"Overturned": 2}
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["store"] == "embedded" and health["letters"] == len(CASES)
    assert "all-MiniLM-L6-v2" in health["model"]
    assert client.get("/schema/openapi.json").status_code == 200


def test_upload_and_delete_need_the_api_key(api, tmp_path):
    client, _engine = api
    letter = (PDFS / "CM17-0018054.pdf").read_bytes()
    r = client.post("/api/letters", files={"data": ("CM17-0018054.pdf", letter, "application/pdf")})
    assert r.status_code == 401
    r = client.post("/api/letters", files={"data": ("notes.txt", b"just some notes", "text/plain")},
                    headers={"X-API-Key": "s3cret"})
    assert r.status_code == 400 and "notes.txt" in r.json()["error"]
    r = client.post("/api/letters", files={"data": ("CM17-0018054.pdf", letter, "application/pdf")},
                    headers={"X-API-Key": "s3cret"})
    assert r.status_code == 201, r.text
    assert r.json()["case_number"] == "CM17-0018054" and r.json()["status"] == "indexed"
    assert client.get("/api/cases/CM17-0018054").status_code == 200
    assert client.delete("/api/cases/CM17-0018054").status_code == 401
    r = client.delete("/api/cases/CM17-0018054", headers={"X-API-Key": "wrong"})
    assert r.status_code == 401
    r = client.delete("/api/cases/CM17-0018054", headers={"X-API-Key": "s3cret"})
    assert r.status_code == 200 and r.json()["deleted_chunks"] > 0
    assert client.get("/api/cases/CM17-0018054").status_code == 404


def test_empty_index_says_what_to_do(tmp_path, real_encoder):
    settings = Settings.from_env({}, db=tmp_path / "empty", docs=tmp_path / "docs")
    engine = Engine(settings, open_store(settings), real_encoder)
    with TestClient(create_app(ServiceSettings(index=settings), engine=engine)) as client:
        r = client.post("/api/ask", json={"question": "why was the lumbar MRI denied?"})
        assert r.status_code == 503
        assert r.json()["error"].startswith("the index is empty: run `imr index")


def test_reason_is_a_filter_and_a_facet(api):
    client, engine = api
    r = client.post("/api/search", json={"query": "physical therapy", "filters": {"reason": "no_functional_improvement"}})
    assert r.status_code == 200
    hits = r.json()["hits"]
    assert hits and all("no_functional_improvement" in {x.code for x in engine.letter(h["case_number"]).items[
        h["item_index"] - 1].reasons} for h in hits)
    stats = client.get("/api/stats").json()
    assert sum(stats["by_reason"]["no_functional_improvement"].values()) == len(
        {(h["case_number"], h["item_index"]) for h in client.post("/api/search", json={
            "query": "request", "k": 50, "filters": {"reason": "no_functional_improvement"}}).json()["hits"]})
    bad = client.post("/api/search", json={"query": "PT", "filters": {"reason": "because"}})
    assert bad.status_code == 400
    assert bad.json()["error"].startswith("filter reason='because' is not valid: use a reason code: "
                                          "no_functional_improvement, no_objective_findings,")


def test_a_procedure_no_request_names_is_not_found(api):
    client, _engine = api
    for question, phrase in (("Has gastric bypass surgery ever been approved?", "gastric bypass"),
                             ("Why were dental implants denied?", "dental implants")):
        answer = client.post("/api/ask", json={"question": question}).json()
        assert (answer["kind"], answer["not_found"], answer["citations"]) == ("not_found", "no_treatment", [])
        assert answer["answer"].startswith(f"No letter in the index decides a request for {phrase}.")


def test_a_group_named_answers_about_that_group(api):
    client, _engine = api
    answer = client.post("/api/ask", json={"question": "Why are muscle relaxant requests denied?"}).json()
    assert answer["kind"] == "pattern"
    assert answer["answer"].startswith("Of 1 muscle relaxant request in the index, 1 was denied (upheld)")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0234464"}
    assert re.fullmatch(r"[A-Z][a-z ,'/()-]+: 1 of 1 muscle relaxant denial \[1\]\.", answer["lead"]), answer["lead"]


def test_a_decision_verb_before_a_procedure_is_no_treatment_word(api):
    client, _engine = api
    answer = client.post("/api/ask", json={"question": "What convinced the reviewer to approve knee surgery?"}).json()
    assert not answer["answer"].startswith("No letter in the index decides a request for approve")


def test_words_after_a_treatment_are_no_procedure_of_their_own(api):
    client, _engine = api
    # "after surgery" names when the therapy was, not a surgery called "after"
    answer = client.post("/api/ask", json={"question": "What happened with the therapy after surgery?"}).json()
    assert answer["kind"] != "not_found", answer["answer"]
    assert "physical_therapy" in " ".join(answer["understood"]["notes"])


def test_a_list_of_one_reviewer_specialtys_denials(api):
    client, _engine = api
    # of CASES, only CM16-0234464's reviewer is in Physical Medicine & Rehabilitation: 6 items, all upheld;
    # "physical medicine" here names the reviewer, not physical therapy
    answer = client.post("/api/ask", json={
        "question": "Which requests did physical medicine and rehabilitation reviewers deny?"}).json()
    assert answer["kind"] == "list"
    assert ("reviewer specialty: Physical Medicine & Rehabilitation (from 'physical medicine and rehabilitation')"
            in answer["understood"]["notes"])
    assert not any(n.startswith("treatment:") for n in answer["understood"]["notes"])
    assert answer["lead"].startswith("All 6 disputed requests (reviewer: Physical Medicine & Rehabilitation) in the index")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0234464"}


def test_what_reviewers_of_a_specialty_denied_is_a_list_not_one_letter(api):
    client, _engine = api
    # "the ... reviewers" are many letters' reviewers ("the orthopedic surgeon" would be one letter's)
    answer = client.post("/api/ask", json={
        "question": "what did the physical medicine and rehabilitation reviewers deny?"}).json()
    assert answer["kind"] == "list"
    assert answer["lead"].startswith("All 6 disputed requests (reviewer: Physical Medicine & Rehabilitation) in the index")


def test_a_group_in_the_plural_explains_each_of_the_patients_items_in_it(api):
    client, _engine = api
    # CM16-0234464 (a 33-year-old man): three MRIs, then diclofenac, cyclobenzaprine and lidocaine ointment
    answer = client.post("/api/ask", json={"question": "Which of the 33-year-old man's medications were denied?"}).json()
    assert answer["kind"] == "item"
    explained = {c["item_index"] for c in answer["citations"] if c["role"] == "heading"}
    assert explained == {4, 5, 6}
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0234464"}


def test_a_patient_no_letter_has_is_not_answered_with_another(api):
    client, _engine = api
    answer = client.post("/api/ask", json={"question": "What was decided for the 99 year old astronaut?"}).json()
    assert answer["kind"] == "not_found"
    # a patient of an age some letter has: answered about that letter, even with no treatment named
    answer = client.post("/api/ask", json={"question": "Did any of the 33 year old man's requests get approved?"}).json()
    assert answer["kind"] == "item" and answer["citations"][0]["case_number"] == "CM16-0234464"
    assert answer["answer"].startswith("No: in CM16-0234464, all 6 requests were denied (upheld) [1][2][3][4][5][6].")
