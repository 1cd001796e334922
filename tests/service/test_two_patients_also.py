"""Two people each told by a clause, "and also" between them, the question after both ("the 62 yo lady whose
shoulder hurt from repetitive work, and also the guy who fell off the ladder, what happened to their MRIs?"):
each answered (service.two_patients.also_described, service.flows.pair)."""

from __future__ import annotations

from service.two_patients import also_described, two_descriptions
from tests.conftest import ask, served_client

# CM17-0014288: 62F, repetitive work, right shoulder MRI upheld; CM16-0242302: 48M, flipped off a ladder's
# bottom step, right elbow MRI upheld; CM17-0003890: 25F, lower back strain, 8 PT sessions upheld; CM17-0013754:
# 45M, numbness below the right knee, remaining 2 PT sessions upheld; CM17-0010362: 54M, PT for neck and low back
client = served_client("CM17-0014288", "CM16-0242302", "CM17-0003890", "CM17-0013754", "CM17-0010362")


def test_two_people_told_by_clauses_each_with_the_question_said_of_them():
    first, second = two_descriptions("the 45 yo woman who fell at work, and also the guy with the shoulder, "
                                     "what happened to their therapy?")
    assert (first.person, first.words, first.treatment, first.told) == (
        "the 45 yo woman who fell at work", "the 45 yo woman who fell at work - what happened to the therapy?", "therapy", True)
    assert (second.person, second.words) == ("the guy with the shoulder", "the guy with the shoulder - what happened to the therapy?")
    assert also_described("the 45 yo woman who fell at work, what happened to her therapy?") is None
    assert also_described("the guy with the shoulder and also his wife had PT?") is None


def test_each_told_person_is_answered(client):
    got = ask(client, "the 62 yo lady whose shoulder hurt from repetitive work, and also the guy who fell off the "
                      "ladder, what happened to their MRIs?")
    assert got["lead"] == ('For the 62 yo lady whose shoulder hurt from repetitive work, the request "MRI of the right '
                           'shoulder without contrast" (CM17-0014288) was denied (upheld); for the guy who fell off the '
                           'ladder, the request "MRI without contrast of the right elbow" (CM16-0242302) was denied (upheld).')
    got = ask(client, "the 25 yo woman with the lower back strain, and also the guy with the numbness down his leg, "
                      "what happened to their PT?")
    assert [c["case_number"] for c in got["citations"] if c["item_index"] > 0][:1] == ["CM17-0003890"]
    assert "CM17-0013754" in got["lead"] and "CM17-0010362" not in got["lead"]
