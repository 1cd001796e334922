"""Collection questions and GET /api/items end to end: the 74 real letters indexed with the real
model, real HTTP through Litestar's TestClient, and a canned OpenAI-compatible server for the LLM's
proposed query. Expected numbers are eval/collection.jsonl's gold where the two agree."""

from __future__ import annotations

import csv
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from litestar.testing import TestClient

from indexer.model import pages_between
from service.app import create_app
from service.engine import Engine
from service.settings import ServiceSettings
from tests.conftest import ask


@pytest.fixture(scope="module")
def served(serve_real):
    with serve_real() as (client, engine, service):
        yield client, engine, service


def behind(client, answer: dict, row: int = 0) -> int:
    """How many items GET /api/items lists for a table row's link."""
    r = client.get("/api/items", params=answer["table"]["links"][row])
    assert r.status_code == 200, r.text
    return r.json()["total"]


def check_citations(answer: dict, engine: Engine) -> None:
    for c in answer["citations"]:
        letter = engine.letter(c["case_number"])
        assert letter.text[c["span"][0]:c["span"][1]] == c["quote"]
        assert tuple(c["pages"]) == pages_between(letter.page_starts, *c["span"])
        assert f"[{c['n']}]" in answer["answer"]


def test_a_count_comes_with_its_table_rule_filters_and_items(served):
    client, engine, _ = served
    answer = ask(client, "How many requests for a lumbar spine MRI were reviewed?")
    assert answer["kind"] == "count" and answer["table"] == {
        "columns": ["counted", "items"], "rows": [["lumbar MRI items", 13]],
        "links": [{"body_region": "lumbar", "treatment": "mri"}]}
    assert answer["count"] == {"total": 13, "Upheld": 12, "Overturned": 1}
    assert answer["answer"].startswith("13 lumbar MRI items are in the index: 12 upheld (denied) and 1 overturned "
                                       "(approved). For example, ")
    assert answer["rule"].startswith("Counted: disputed items (one decision each); among lumbar MRI items; 'MRI' "
                                     "means a request matching its synonym set (MRI, MRI's, MRA")
    assert answer["understood"]["filters"] == {}
    assert answer["understood"]["collection"]["where"] == {"body_region": "lumbar", "treatment": "mri"}
    assert [c["role"] for c in answer["citations"]][:3] == ["heading"] * 3
    assert all(c["request"].startswith("MRI") for c in answer["citations"][:3])
    check_citations(answer, engine)
    assert behind(client, answer) == 13


def test_a_reason_is_counted_among_the_items_named_with_the_reasons_of_them_all(served):
    client, engine, _ = served
    answer = ask(client, "how many MRI denials were because of no red flags?")
    assert answer["answer"].startswith("32 upheld MRI items are in the index; the reviewer gave the reason no objective "
                                       "findings or red flags in 28 of them (88%).")
    assert answer["table"]["rows"] == [["upheld MRI items", 32],
                                       ["upheld MRI items with the reason no objective findings or red flags", 28]]
    # the recurring reasons are of the 32 counted among, as the lead says: 28 of 32, not 28 of 28
    assert (answer["reasons"][0]["code"], answer["reasons"][0]["count"], answer["reasons"][0]["of"]) == (
        "no_objective_findings", 28, 32)
    check_citations(answer, engine)


def test_a_base_rate_says_which_neighbouring_treatment_it_also_counted_or_left_out(served):
    client, engine, _ = served
    answer = ask(client, "How often is physical therapy upheld?")
    # hand therapy (CM16-0248233) is physical AND occupational therapy: counted in both, and said so
    assert answer["table"]["rows"] == [["physical therapy items", 18, 19, 0.947]]
    assert answer["answer"].startswith("Of 19 physical therapy items in the index, 18 (95%) were upheld (denied) and "
                                       "1 (5%) overturned (approved). Also counted as occupational and hand therapy: "
                                       "1 request that could be either (hand therapy, or both named).")
    assert "not counted: PT/PTT, prothrombin time" in answer["rule"]
    assert answer["reasons"] and answer["reasons"][0]["of"] == 18  # the recurring reasons of the denials
    check_citations(answer, engine)
    assert behind(client, answer) == 18
    other = ask(client, "How many occupational therapy requests were there?")
    assert other["table"]["rows"] == [["occupational and hand therapy items", 1]]
    assert "Not counted as occupational and hand therapy: 18 physical therapy requests, which some would count " \
           "with it." in other["answer"]


def test_a_two_part_count_gives_the_set_and_the_part_with_the_outcome_asked(served):
    client, engine, _ = served
    answer = ask(client, "How many physical therapy requests are in the index and how many got overturned?")
    assert answer["table"]["rows"] == [["physical therapy items", 19], ["overturned physical therapy items", 1]]
    assert answer["answer"].startswith("19 physical therapy items are in the index; 1 of them was overturned "
                                       "(approved) and 18 upheld (denied).")
    assert answer["count"] == {"total": 19, "Upheld": 18, "Overturned": 1, "counted": 1}
    check_citations(answer, engine)
    assert behind(client, answer, 0) == 19 and behind(client, answer, 1) == 1
    letters = ask(client, "How many letters had acupuncture requests and how many of them were approved?")
    assert letters["answer"].startswith("5 acupuncture letters are in the index; 3 of them have at least one "
                                        "overturned (approved) item.")
    # one count stays one number
    single = ask(client, "How many acupuncture requests were approved?")
    assert single["table"]["rows"] == [["overturned acupuncture items", 3]]
    assert single["answer"].startswith("3 overturned acupuncture items are in the index, of 5 acupuncture items in all (60%).")


def test_letters_counted_by_their_items(served):
    client, _engine, _ = served
    answer = ask(client, "How many letters had at least one item overturned?")
    assert answer["table"]["rows"] == [["letters with at least one overturned item", 13]]
    assert answer["answer"].startswith("13 letters have at least one overturned item.")
    assert behind(client, answer) == 14  # the overturned items in those letters
    listing = ask(client, "Which letters had nothing denied?")
    assert len(listing["table"]["rows"]) == 10 and listing["count"]["letters"] == 10
    assert listing["table"]["rows"][0] == ["CM16-0235724", 1]
    assert ask(client, "How many letters had every item upheld?")["table"]["rows"] == [["letters with every item upheld", 61]]
    assert ask(client, "On average, how many disputed items does a letter decide?")["table"]["rows"] == [
        ["items per letter", 140, 74, 1.892]]
    # a share of the letters by which of their items count
    every = ask(client, "What percentage of the letters had every request denied?")
    assert every["table"]["rows"] == [["letters", 61, 74, 0.824]]
    assert every["lead"] == ("Of 74 letters in the index, 61 (82%) are letters with every item upheld: a share of "
                             "0.824.")
    assert ask(client, "what share of letters had both approved and denied items?")["table"]["rows"] == [
        ["letters", 3, 74, 0.041]]


def test_rankings_comparisons_and_trends(served):
    client, _engine, _ = served
    top = ask(client, "Which two ODG chapters do IMR reviewers cite most often?")
    assert top["table"]["columns"] == ["ODG chapter", "items"]
    assert top["table"]["rows"] == [["Neck & Upper Back", 9], ["Low Back", 8]]
    assert behind(client, top, 0) == 9 and behind(client, top, 1) == 8
    compare = ask(client, "Compare the approval rates of cervical and lumbar MRIs.")
    assert compare["table"]["rows"] == [["cervical MRIs", 2, 9, 0.222], ["lumbar MRIs", 1, 13, 0.077]]
    assert behind(client, compare, 0) == 2
    trend = ask(client, "How many letters were decided per month?")
    assert trend["table"]["rows"] == [["2016-12", 2], ["2017-01", 24], ["2017-02", 48]]
    assert trend["table"]["links"][1] == {"date_from": "2017-01-01", "date_to": "2017-01-31"}
    assert behind(client, trend, 1) == 42  # the items of those 24 letters


def test_a_listing_of_an_outcome_and_a_breakdown_of_a_dimension(served):
    client, engine, _ = served
    approved = ask(client, "Show me all the approved requests")
    assert approved["kind"] == "count" and approved["count"] == {"total": 140, "Upheld": 126, "Overturned": 14, "counted": 14}
    assert approved["table"]["rows"] == [["items", 140], ["overturned items", 14]]
    assert approved["lead"] == "140 items are in the index; 14 of them were overturned (approved) and 126 upheld (denied)."
    assert {h["decision"] for h in approved["hits"]} == {"Overturned"}
    assert approved["coverage"]["filters"] == {"decision": "Overturned"} and behind(client, approved, 1) == 14
    check_citations(approved, engine)
    # none of that outcome: said within its kind, and the hits are the items counted
    knee = ask(client, "which knee requests were approved?")
    assert knee["lead"] == "11 knee items are in the index; 0 of them were overturned (approved) and 11 upheld (denied)."
    assert {h["decision"] for h in knee["hits"]} == {"Upheld"}
    reviewers = ask(client, "What kinds of reviewers decided these cases?")
    assert reviewers["table"]["columns"] == ["reviewer specialty", "letters"]
    assert reviewers["table"]["rows"][:4] == [["Family Practice", 22], ["Occupational Medicine", 22],
                                              ["Preventive Medicine", 22], ["Physical Medicine & Rehabilitation", 16]]
    assert len(reviewers["table"]["rows"]) == 10
    # the date of the decision, not of an injury; letters listed by when they were decided
    january = ask(client, "What requests were denied in January 2017?")
    assert january["lead"] == ("42 items decided in January 2017 are in the index; 36 of them were upheld (denied) and 6 "
                               "overturned (approved).")
    february = ask(client, "which letters were decided in February 2017?")
    assert february["lead"] == "48 letters have at least one item decided in February 2017."
    assert len(february["table"]["rows"]) == 48
    # ... the decisions "came out" or "were made" in a month, "IMR" before "decisions": decided then, nobody hurt then
    # (nat-3492 was read as an injury in December 2016 and got an approval of February 2017)
    for asked in ("which IMR decisions came out before the new year, in December 2016, and what were they on?",
                  "which IMR decisions were made in December 2016?"):
        december = ask(client, asked)
        assert december["lead"].startswith("2 items decided in December 2016 are in the index"), asked
        assert {h["case_number"] for h in december["hits"][:2]} == {"CM16-0219557", "CM16-0221706"}, asked
    # how long the review took: over the collection, one case, one patient
    took = ask(client, "How long does IMR take to decide?")
    assert took["lead"] == ("From the application's receipt to the IMR decision: 33.2 days on average (median 32.5, 25 "
                            "to 56), over 74 letters.")
    assert took["table"]["columns"] == ["counted", "letters", "median days", "fewest", "most", "mean days"]
    longest = ask(client, "what's the longest an IMR took after the case was assigned to a reviewer?")
    assert longest["lead"] == ("From the assignment to a reviewer to the IMR decision: the longest 37 days (the shortest "
                               "21; mean 27.0, median 27), over 74 letters.")
    assert longest["table"]["rows"] == [["days to the IMR decision", 74, 27.0, 27.0, 21, 37]]
    after_ur = ask(client, "How long after the UR denial was the IMR decision made on average?")
    assert after_ur["lead"].startswith("From utilization review's denial to the IMR decision: 49.5 days on average")
    one = ask(client, "How long did IMR take on case CM17-0005246?")
    assert one["lead"] == "From the application's receipt to the IMR decision: 28 days, in case CM17-0005246."
    hers = ask(client, "how many days did the 29 year old woman wait after UR denied her MRI?")
    assert hers["lead"] == "For the 29-year-old woman (CM17-0005246): 45 days from utilization review's denial to the IMR decision."
    # whether it ever happened: the items of that outcome, or none of them
    tens = ask(client, "Has IMR ever approved a TENS unit?")
    assert (tens["kind"], tens["not_found"]) == ("list", "no_outcome")
    # (with the electrical stimulation request decided under the TENS section: service.scope._decided_as)
    # ... asked yes or no, the no first
    assert tens["lead"] == ("No: none of the 3 TENS unit requests (and electrical stimulation decided under its guideline) "
                            "in the index was approved (overturned); all 3 were denied (upheld).")
    norco = ask(client, "Have reviewers ever overturned a denial of Norco?")
    assert norco["lead"] == ("No: the one hydrocodone (Norco, Vicodin) request in the index was not approved (overturned): "
                             "it was denied (upheld).")


def test_client_filters_narrow_the_population_and_unread_shapes_keep_the_old_answer(served):
    client, _engine, _ = served
    answer = ask(client, "How many MRI requests were there?", filters={"decision": "Overturned"})
    assert answer["table"]["rows"] == [["overturned MRI items", 3]]
    assert answer["understood"]["filters"] == {"decision": "Overturned"}
    old = ask(client, "statistics on acupuncture")  # a counting question with no shape to read
    assert old["table"] is None and old["rule"] == ""
    assert old["answer"].startswith("Of 5 acupuncture items in the index, 2 (40%) were upheld (denied) and 3 (60%) "
                                    "overturned (approved).")


def test_items_lists_filters_sorts_pages_and_counts_facets(served):
    client, _engine, _ = served
    r = client.get("/api/items", params={"treatment": "mri", "body_region": "lumbar", "sort": "case_number",
                                         "per_page": 5, "page": 2})
    body = r.json()
    assert (body["total"], body["page"], body["per_page"], len(body["items"])) == (13, 2, 5, 5)
    assert body["facets"]["decision"] == {"Upheld": 12, "Overturned": 1}
    assert body["facets"]["treatment"] == {"imaging": 13, "mri": 13, "tests": 13}
    assert body["labels"]["treatment"]["mri"] == "MRI"
    cases = [i["case_number"] for i in body["items"]]
    assert cases == sorted(cases)
    first = client.get("/api/items", params={"treatment": "mri", "body_region": "lumbar", "sort": "case_number",
                                             "per_page": 5}).json()["items"]
    assert first[-1]["case_number"] <= cases[0]
    item = body["items"][0]
    assert set(item) == {"case_number", "item_index", "title", "request", "decision", "category", "treatments",
                         "body_regions", "reasons", "guideline_families", "decision_date", "pages"}
    assert "lumbar" in item["body_regions"] and "mri" in item["treatments"]
    words = client.get("/api/items", params={"q": "lumbosacral MRI", "decision": "overturned"}).json()
    assert [i["title"] for i in words["items"]] == ["MRI of the lumbosacral spine without contrast, 1.5 Tesla or higher only"]
    assert client.get("/api/items", params={"q": "lumbar MRI"}).json()["total"] == 12  # every word, anywhere
    several = client.get("/api/items", params={"case_number": "CM16-0234464,CM16-0247274"}).json()
    assert several["total"] == 12


def test_items_as_csv(served):
    client, _engine, _ = served
    r = client.get("/api/items", params={"decision": "Overturned", "sort": "case_number", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"].startswith('attachment; filename="imr-items-')
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["case_number", "item_index", "title", "request", "decision", "category", "treatments",
                       "body_regions", "reasons", "guideline_families", "decision_date", "pages"]
    assert len(rows) == 15 and {row[4] for row in rows[1:]} == {"Overturned"}
    assert [row[0] for row in rows[1:]] == sorted(row[0] for row in rows[1:])


def test_items_say_which_parameter_is_wrong(served):
    client, _engine, _ = served
    cases = [({"colour": "red"}, "unknown parameter 'colour': use the filters decision, case_number"),
             ({"sort": "size"}, "parameter sort='size' is not valid: use one of: decision_date, -decision_date"),
             ({"per_page": "500"}, "parameter per_page='500' is not valid: use a number from 1 to 200"),
             ({"page": "0"}, "parameter page='0' is not valid: use a page number from 1"),
             ({"format": "xml"}, "parameter format='xml' is not valid: use json or csv"),
             ({"body_region": "nose"}, "filter body_region='nose' is not valid: use one of: lumbar, cervical"),
             ({"priority": "urgent"}, "filter priority='urgent' is not valid: use Standard or Expedited")]
    for params, message in cases:
        r = client.get("/api/items", params=params)
        assert r.status_code == 400 and r.json()["error"].startswith(message), (params, r.text)


# -- the LLM's proposed query ---------------------------------------------------------------------
class CannedLLM:
    def __init__(self) -> None:
        self.reply = ""
        self.status = 200
        self.requests: list[dict] = []
        state = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                state.requests.append(json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0)))))
                data = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": state.reply},
                                                "finish_reason": "stop"}]}).encode()
                self.send_response(state.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()


@pytest.fixture(scope="module")
def llm(served):
    _client, engine, service = served
    canned = CannedLLM()
    settings = ServiceSettings(index=service.index, llm_url=canned.url, llm_timeout=5, rate_limit="")
    with TestClient(create_app(settings, engine=engine)) as client:
        yield client, canned
    canned.server.shutdown()
    canned.server.server_close()


def test_the_llm_may_propose_the_query_and_the_service_runs_it(llm):
    client, canned = llm
    canned.reply = 'Here it is: {"shape": "count", "where": {"treatment": "acupuncture", "decision": "Overturned"}}'
    answer = ask(client, "How many acupuncture requests were there?")
    assert answer["table"]["rows"] == [["overturned acupuncture items", 3]]
    assert "collection query proposed by the LLM, checked and run by the service" in answer["understood"]["notes"]
    assert answer["mode"] == "extractive" and len(canned.requests) == 1  # the numbers are never rewritten
    sent = canned.requests[0]["messages"]
    assert "ONE JSON object" in sent[0]["content"] and sent[1]["content"] == "How many acupuncture requests were there?"


@pytest.mark.parametrize(("reply", "status"), [
    ('{"shape": "count", "where": {"sql": "1=1; DROP TABLE items"}}', 200),
    ('{"shape": "count", "select": "* FROM letters"}', 200),
    ('{"shape": "count", "where": {"treatment": "acupuncture OR 1=1"}}', 200),
    ("SELECT count(*) FROM items", 200),
    ('{"shape": "count"}', 500),
])
def test_any_failure_of_the_llm_leaves_the_rule_based_reading(llm, reply, status):
    client, canned = llm
    canned.reply, canned.status = reply, status
    try:
        answer = ask(client, "How many acupuncture requests were there?")
    finally:
        canned.status = 200
    assert answer["table"]["rows"] == [["acupuncture items", 5]]
    assert not any("LLM" in note for note in answer["understood"]["notes"])


def test_an_outcome_asked_alone_is_every_item_with_it(served):
    # "what got approved?" names no kind of request: every item with that outcome, counted among all,
    # as "which requests were approved?" is (not "nothing in the letters answers this question")
    client, engine, _ = served
    for question in ("what got approved?", "what was approved?", "so what was approved?"):
        answer = ask(client, question)
        assert answer["answer"].startswith("140 items are in the index; 14 of them were overturned (approved) and "
                                           "126 upheld (denied)."), question
        check_citations(answer, engine)
    denied = ask(client, "what was denied?")
    assert denied["answer"].startswith("140 items are in the index; 126 of them were upheld (denied) and 14 overturned "
                                       "(approved).")


def test_a_patients_days_count_the_letters_with_the_drug_asked_not_the_story(served) -> None:
    # the surgery she had and the naproxen that hurt her stomach are the story: the two letters with the pantoprazole
    # asked, each with its dates, not all five women with an NSAID or a surgery (tune nat-3447; service.flows.count)
    client, _engine, _service = served
    answer = ask(client, "my mom had surgery for carpal tunnel and the nerve at her elbow, and the naproxen hurt her "
                         "stomach so the doctor put her on pantoprazole twice a day. when did IMR decide on that, and how "
                         "long after the insurance said no?")
    # ... and of those, hers: the naproxen bothering her stomach is what her summary prints (nat-3447, helper r64)
    assert answer["answer"].startswith("For the woman described (CM16-0249170): 57 days from utilization review's denial "
                                       "to the IMR decision.")
    assert "CM17-0013716" not in answer["answer"]
