"""A reason the question names picks the patient's item (service.flows.chosen.by_reason), and how
she was hurt picks the patient (service.mechanism "head"):

- "which of her scans was denied because physical therapy was helping?": care that works is care
  not failed (service.reason_asked: conservative care not tried), the reason the reviewer gave for
  her shoulder MRI, not for her head CT (lack of red flags), which the retrieval ranked first;
- "The reviewer noted physical therapy was helping her. Which of her requests did that sink?": a
  finding told as the reviewer's is a reason offered;
- "the 54 yo woman who hit her head": of the 54-year-old women, the one whose case summary records
  a postconcussional syndrome, not one whose summary reads closer to the question.
Over real letters, the real model and real HTTP."""

from __future__ import annotations

from service.reason_asked import asked_reasons
from tests.conftest import ask, served_client

# CM17-0002106: a 54-year-old woman who fell, postconcussional syndrome: MRI of the left shoulder
# (upheld: not shown to have failed conservative care, PT was helping), MRI of the cervical spine
# and CT scan of the head (upheld); CM17-0001749 and CM17-0009282: two other 54-year-old women
client = served_client("CM17-0002106", "CM17-0001749", "CM17-0009282")


def _items(answer: dict) -> list[str]:
    return list(dict.fromkeys(c["request"] for c in answer["citations"] if c["item_index"]))


def test_care_that_helps_is_a_reason_for_a_denial_not_an_approval() -> None:
    assert asked_reasons("which of her scans was denied because physical therapy was helping?") == {
        "conservative_care_not_tried"}
    assert asked_reasons("was it approved because the PT helped?") == {"functional_improvement_documented"}
    told = "The reviewer noted physical therapy was helping her. Which of her requests did that sink?"
    assert asked_reasons(told, told=True) == {"conservative_care_not_tried"}
    assert asked_reasons(told) == frozenset()  # picks the item; not a reason to confirm
    assert asked_reasons("the reviewer said there were no red flags. Is that why the MRI was refused?") == {
        "no_objective_findings"}
    assert asked_reasons("The reviewer noted she had surgery in 2015; was the PT approved?") == frozenset()


def test_the_reason_picks_her_shoulder_mri(client) -> None:
    answer = ask(client, "which of the 54 year old woman's scans was denied because physical therapy was helping? "
                         "she hit her head in October 2016")
    assert answer["answer"].startswith("Yes, the reviewer gave that reason (conservative care not tried or failed) [1], "
                                       "beside another. Denied (Upheld)")
    assert _items(answer)[0] == "MRI of the left shoulder"


def test_a_finding_told_as_the_reviewers_picks_the_item(client) -> None:
    answer = ask(client, "She fell at work in October 2016, hit her head and gets dizzy. The reviewer noted physical "
                         "therapy was helping her. Which of her requests did that sink?")
    assert _items(answer)[0] == "MRI of the left shoulder"


def test_the_woman_who_hit_her_head(client) -> None:
    answer = ask(client, "the 54 yo woman who hit her head - which request did IMR deny for lack of red flags?")
    assert answer["answer"].startswith("Yes, the reviewer gave that reason [1]. Denied (Upheld)")
    assert answer["citations"][0]["case_number"] == "CM17-0002106"
    assert _items(answer)[0] == "CT scan of the head"


def test_several_items_asked_at_once_are_said_at_once() -> None:
    from service.flows.group import group_outcome

    assert group_outcome(["Upheld", "Upheld"]) == "Both were denied (upheld)."
    assert group_outcome(["Overturned", "Overturned", "Overturned"]) == "All 3 were approved (overturned)."
    assert group_outcome(["Upheld", "Overturned"]) == "1 of the 2 was approved (overturned), 1 denied (upheld)."


def test_the_search_leads_with_the_item_the_reason_picks(client) -> None:
    response = client.post("/api/search", json={"query": "She fell at work in October 2016, hit her head and gets dizzy. "
                                                          "The reviewer noted physical therapy was helping her. Which of "
                                                          "her requests did that sink?", "k": 3})
    assert response.status_code == 200
    assert response.json()["hits"][0]["request"] == "MRI of the left shoulder"
