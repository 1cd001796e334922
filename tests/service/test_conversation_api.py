"""Follow-up questions through the API: `history` from the client, or a `conversation_id` the server
keeps; real letters, the real model, real HTTP through Litestar's TestClient."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from service.app import create_app
from service.engine import Engine
from service.settings import ServiceSettings
from tests.conftest import ask

CASES = ["CM16-0242419", "CM17-0005246", "CM17-0012614", "CM16-0234464"]


@pytest.fixture(scope="module")
def client(real_index, real_encoder):
    settings, store = real_index(CASES)
    app = create_app(ServiceSettings(index=settings), engine=Engine(settings, store, real_encoder))
    with TestClient(app) as client:
        yield client


def turn(question: str, answer: dict) -> dict:
    """The turn a page sends back: the items the answer was about, then the others it showed."""
    items = list(dict.fromkeys((c["case_number"], c["item_index"]) for c in answer["citations"] if c["item_index"]))
    shown = [k for k in dict.fromkeys((h["case_number"], h["item_index"]) for h in answer["hits"]) if k not in items]
    return {"question": question, "kind": answer["kind"],
            "items": [{"case_number": c, "item_index": i} for c, i in items],
            "shown": [{"case_number": c, "item_index": i} for c, i in shown]}


def cited(answer: dict) -> set[tuple[str, int]]:
    return {(c["case_number"], c["item_index"]) for c in answer["citations"]}


def test_that_means_the_item_of_the_previous_answer(client):
    first_q = "Why was the lumbar MRI denied in case CM17-0005246?"
    first = ask(client, first_q)
    assert cited(first) == {("CM17-0005246", 1)}
    follow = "What guideline did the reviewer cite for that?"
    alone = ask(client, follow)
    assert "carried" not in alone["understood"]
    answer = ask(client, follow, history=[turn(first_q, first)])
    assert answer["understood"]["carried"] == [
        "item: MRI (magnetic resonance imaging) of the lumbar spine (case CM17-0005246), from the previous answer"]
    assert answer["understood"]["notes"][0] == ("from the conversation: item: MRI (magnetic resonance imaging) of the "
                                                "lumbar spine (case CM17-0005246), from the previous answer")
    assert answer["understood"]["asked_as"] == ("What guideline did the reviewer cite for the MRI (magnetic resonance "
                                                "imaging) of the lumbar spine in case CM17-0005246?")
    assert answer["question"] == follow
    assert cited(answer) == {("CM17-0005246", 1)}
    assert "Guideline: " in answer["answer"] and "MTUS Low Back Complaints 2004" in answer["answer"]


def test_the_cervical_one_is_the_cervical_item_shown_before(client):
    history = [{"question": "Why was the lumbar MRI denied in case CM16-0234464?", "kind": "item",
                "items": [{"case_number": "CM16-0234464", "item_index": 2}],
                "shown": [{"case_number": "CM16-0234464", "item_index": 3},
                          {"case_number": "CM16-0234464", "item_index": 1}]}]
    answer = ask(client, "And why was the cervical one denied?", history=history)
    assert answer["understood"]["carried"] == [
        "item: Single positional MRI of the cervical spine (case CM16-0234464), the cervical one in the previous answer"]
    assert cited(answer) == {("CM16-0234464", 1)}
    assert answer["lead"].startswith("Denied (Upheld)")


def test_a_conversation_id_keeps_the_turns_on_the_server(client):
    first = ask(client, "Why was the lumbar MRI denied?", conversation_id="chat-1")
    assert first["conversation_id"] == "chat-1"
    (main,) = {cn for cn, _i in cited(first)}
    answer = ask(client, "and in the other case?", conversation_id="chat-1")
    carried = answer["understood"]["carried"]
    assert len(carried) == 1 and carried[0].endswith(", the other case in the previous answer")
    other = carried[0].removeprefix("case: ").split(",")[0]
    assert other != main and {cn for cn, _i in cited(answer)} == {other}
    assert answer["understood"]["asked_as"] == f"Why was the lumbar MRI denied? [in case {other}]"
    assert "lumbar" in answer["citations"][0]["title"].lower()
    # another conversation knows nothing of it
    fresh = ask(client, "and in the other case?", conversation_id="chat-2")
    assert "carried" not in fresh["understood"]


def test_what_about_approvals_asks_the_previous_question_for_the_other_outcome(client):
    first_q = "In which cases was the lumbar MRI denied?"
    first = ask(client, first_q)
    assert first["kind"] == "list" and first["coverage"]["total"] == 4
    answer = ask(client, "What about approvals?", history=[turn(first_q, first)])
    assert answer["understood"]["asked_as"] == "In which cases was the lumbar MRI approved?"
    assert answer["understood"]["carried"] == ["question: the previous one, for approvals"]
    assert answer["not_found"] == "no_outcome" and not answer["abstained"]
    assert answer["lead"] == "None of the 4 lumbar MRI requests in the index was approved (overturned); all 4 were denied (upheld)."


def test_what_about_another_treatment_keeps_the_question(client):
    first_q = "Why was the lumbar MRI denied?"
    first = ask(client, first_q)
    answer = ask(client, "what about the acupuncture?", history=[turn(first_q, first)])
    assert answer["understood"]["asked_as"] == "Why was the acupuncture denied?"
    assert cited(answer) == {("CM16-0242419", 1)}
    assert answer["lead"].startswith('IMR approved it: "') and "was approved (overturned: authorised) [1]." in answer["lead"]


def test_history_and_conversation_ids_are_checked(client):
    r = client.post("/api/ask", json={"question": "why?", "history": [{"question": "q"}] * 21})
    assert r.status_code == 400 and "history" in r.json()["error"]
    r = client.post("/api/ask", json={"question": "why?", "conversation_id": "../../etc"})
    assert r.status_code == 400 and "conversation_id" in r.json()["error"]
    r = client.post("/api/ask", json={"question": "why?", "history": [{"question": "q", "items": [{"case": 1}]}]})
    assert r.status_code == 400
    # an item no longer in the index is left out, not an error: the topic of the question is carried
    gone = [{"question": "Why was the knee MRI denied?", "kind": "item",
             "items": [{"case_number": "CM99-0000001", "item_index": 1}]}]
    answer = ask(client, "Why was it denied?", history=gone)
    assert answer["understood"]["carried"] == ["topic: knee MRI, from the previous question"]


def test_a_bare_why_is_of_the_item_answered_before(client):
    # "why?" after an answer named nothing: 'Nothing in the indexed letters answers this question; ...'
    first = ask(client, "the 29 yo woman's lumbar MRI - was it denied?", conversation_id="chat-why")
    assert {cn for cn, _i in cited(first)} == {"CM17-0005246"}
    answer = ask(client, "why?", conversation_id="chat-why")
    assert answer["understood"]["carried"] == [
        "item: MRI (magnetic resonance imaging) of the lumbar spine (case CM17-0005246), from the previous answer"]
    assert answer["answer"].startswith("Denied (Upheld): ")
    assert {cn for cn, _i in cited(answer)} == {"CM17-0005246"}


def test_her_past_care_and_the_reviewer_asked_after_her_item(client):
    first_q = "Why was the lumbar MRI denied in case CM17-0005246?"
    first = ask(client, first_q)
    # "had she done PT before" was answered "Case CM17-0005246 has no request for PT."
    answer = ask(client, "had she done PT before", history=[turn(first_q, first)])
    assert answer["answer"].startswith('The reviewer\'s rationale for "MRI (magnetic resonance imaging) of the lumbar '
                                       'spine" does not mention PT; the case summary says "She was icing and now placing '
                                       'heat on the lower back and undergoing physical therapy, reducing pain, but '
                                       'temporary." [1]. ')
    # "who was the reviewer" was answered with another letter's reviewer
    answer = ask(client, "who was the reviewer", history=[turn(first_q, first)])
    assert answer["answer"].startswith("The IMR reviewer of case CM17-0005246 is a specialist in Family Practice")
