"""Two readings of a described patient's question, over real letters, the real model and real HTTP:
how many requests the patient had, told of them ("the 33 yo man with 6 requests"), picks their letter
among patients of that age (service.people); and a choice typed without its question mark ("was the
ibuprofen fully denied or just the refills") is answered with the decision, never a yes or no
(service.choice)."""

from __future__ import annotations

from tests.conftest import ask, served_client

# two 33-year-old men: six requests, all upheld; two requests, the naproxen overturned. And a letter
# whose ibuprofen UR authorised, the two refills upheld at IMR.
client = served_client("CM16-0234464", "CM16-0247624", "CM17-0002181")


def test_the_count_told_picks_the_patient(client):
    answer = ask(client, "was anything approved for the 33 yo man with 6 requests?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0234464"}
    assert answer["answer"].startswith("No: in CM16-0234464, all 6 requests were denied (upheld) [1][2][3][4][5][6].")
    # ... or the things of the patient named after them
    answer = ask(client, "which of the 6 things for the 33 yo man got approved?")
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0234464"}
    assert answer["answer"].startswith("None: in CM16-0234464, all 6 requests were denied (upheld) [1][2][3][4][5][6].")
    # ... and without the count, both letters fit
    answer = ask(client, "was anything approved for the 33 yo man?")
    assert answer["answer"].startswith("It depends on which letter: 2 letters fit the 33-year-old man equally.")


def test_a_choice_without_its_question_mark_gets_no_yes(client):
    answer = ask(client, "was the ibuprofen fully denied or just the refills")
    assert answer["answer"].startswith('Denied (Upheld): no documented functional improvement [1]. In case CM17-0002181, '
                                       'the request for "Two refills of Ibuprofen 600mg #90" was denied (Upheld: not '
                                       'authorised) [2]. The original request was Ibuprofen 600mg #90 with 2 refill; '
                                       'Ibuprofen 600mg #90 was authorized by the Claims Administrator')
