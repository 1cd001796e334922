"""How the patients were hurt, asked across letters (service.across_mechanism): the letters whose case
summary tells the injury happened so, each quoted; a summary that names the same word about something
else ("pain is worse with lifting") does not count."""

from __future__ import annotations

from service.across_mechanism import asked_mechanism
from tests.conftest import ask, served_client

# tune letters: lifting (CM16-0231745), a fall (CM17-0002106), a trip and fall (CM17-0006797), off a ladder
# (CM16-0242302), repetitive work with "Pain is worse with lifting" (CM17-0014288), "Bending, lifting, pushing, and
# pulling remained problematic" (CM17-0019011)
client = served_client("CM16-0231745", "CM17-0002106", "CM17-0006797", "CM16-0242302", "CM17-0014288", "CM17-0019011")


def test_a_mechanism_asked_across_letters_is_read_as_its_group():
    assert asked_mechanism("which patients fell at work?").group == "fall"
    assert (asked_mechanism("how many injuries were from falls?").group,
            asked_mechanism("how many injuries were from falls?").count) == ("fall", True)
    assert asked_mechanism("anyone hurt lifting?").group == "lifting"
    assert asked_mechanism("car accidents?").group == "vehicle"
    # one patient told by how they were hurt, asking of a request: no question across letters
    assert asked_mechanism("the woman who fell at work last year, why was her knee MRI denied by the reviewer?") is None


def test_the_letters_told_of_a_fall_are_listed_with_the_summary_quoted(client):
    got = ask(client, "which patients fell at work?")
    assert got["lead"] == "3 letters of 6 in the index tell of an injury from a fall."
    assert [row[0] for row in got["table"]["rows"]] == ["CM16-0242302", "CM17-0002106", "CM17-0006797"]
    assert [" ".join(c["quote"].split()) for c in got["citations"]] == [
        "Mechanism of injury occurred when the injured worker flipped off the bottom step of a ladder.",
        "The mechanism of injury is detailed as a fall.", "The mechanism of injury is detailed as a trip and fall."]


def test_lifting_counts_only_the_letter_whose_injury_came_of_it(client):
    got = ask(client, "anyone hurt lifting?")
    assert got["answer"] == ("1 letter of 6 in the index tells of an injury from lifting. CM16-0231745: \"The mechanism of "
                             "injury is detailed as lifting.\" [1].")
    # how they were hurt is no patient described: "who fainted?" asks across letters
    assert ask(client, "who fainted?")["lead"] == "No letter's case summary in the index tells of an injury from fainting."
    assert ask(client, "car accidents?")["lead"] == "No letter's case summary in the index tells of an injury from a motor " \
                                                    "vehicle accident."


def test_the_requests_of_those_hurt_so_are_listed_with_their_decisions(client):
    # "people who got hurt lifting ... what did they ask IMR for and did any of it get approved?" was read as a
    # request for "lifting work" that no letter decides
    answer = ask(client, "people who got hurt lifting something at work - what did they ask IMR for and did any of it "
                         "get approved?")
    assert answer["answer"].startswith("1 letter of 6 in the index tells of an injury from lifting; of their 5 requests, "
                                       '0 were approved (overturned) and 5 denied (upheld). CM16-0231745: "The mechanism of '
                                       'injury is detailed as lifting." [1]. Its requests: "Physical exam 2 times 8: '
                                       'Upheld" [2] (denied); ')
    assert {(c["case_number"], c["item_index"]) for c in answer["citations"] if c["item_index"]} == {
        ("CM16-0231745", i) for i in range(1, 6)}


# falls: a trip and fall (CM17-0002106, 3 upheld), off a ladder (CM16-0242302, upheld), fainted and fell
# (CM17-0005924, its cervical CT overturned)
falls = served_client("CM17-0002106", "CM16-0242302", "CM17-0005924")


def test_an_outcome_asked_of_those_hurt_so_lists_the_letters_with_it_first(falls):
    # "was anything approved for patients who fell?" was read as a request for "fell" that no letter decides
    for question in ("was anything approved for patients who fell?",
                     "any case where the reviewer approved something because the patient fell?"):
        got = ask(falls, question)
        assert got["answer"].startswith(
            "3 letters of 3 in the index tell of an injury from a fall; of their 5 requests, 1 was approved (overturned) "
            'and 4 denied (upheld). CM17-0005924: "The injured worker is a 24 year old male, who sustained an industrial '
            'injury on November 09, 2016 when he fainted and fell." [1]. Its requests: "Retrospective CT scan of the '
            'cervical spine (DOS 11/18/16): Overturned" [2] (approved).'), question
