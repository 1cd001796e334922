"""Items of one letter that the question's word names alike ("CM16-0231745 exam denied?" of its "Initial exam" and its
"Physical exam 2 times 8": no treatment set stands for "exam") are each answered, the yes or no of each first
(service.flows.chosen._alike, service.flows.item._claims); "all three denied?" after three items names each of them
(service.conversation.ALL_OF_THESE). Real letters, the real model, real HTTP."""

from __future__ import annotations

import re

from service.conversation import ALL_OF_THESE
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

# CM16-0231745: physical exam, spinal manipulation, electrical stimulation, ultrasound, initial exam (all upheld);
# CM16-0234464: single positional MRIs of the cervical spine, the lumbar spine and the right hand, diclofenac,
# cyclobenzaprine, lidocaine ointment (all upheld); CM17-0012517: PT for the right shoulder, wrist and hand (upheld)
client = served_client("CM16-0231745", "CM16-0234464", "CM17-0012517")


def cited(body: dict) -> list[tuple[str, int]]:
    return list(dict.fromkeys((c["case_number"], c["item_index"]) for c in body["citations"]))


def test_a_word_naming_two_items_alike_answers_each(client) -> None:
    body = ask(client, "CM16-0231745 exam denied?")
    assert body["answer"].startswith('Yes: "Initial exam" was denied (upheld) [1]. "Physical exam 2 times 8" was '
                                     'denied (upheld) [2].')
    assert cited(body) == [("CM16-0231745", 5), ("CM16-0231745", 1)]
    # ... not when any one of them is asked of, or the word shared is a body part
    from service.understand import understand
    from service.flows.item import _word_naming_each
    assert _word_naming_each(understand("CM16-0231745 was any exam approved?"), []) is False
    # ... and the one a word of its own names, alone
    assert cited(ask(client, "CM16-0231745 was the initial exam denied?")) == [("CM16-0231745", 5)]


def test_all_three_after_three_items_is_each_of_them(client) -> None:
    assert [bool(ALL_OF_THESE.search(q)) for q in ("all three denied?", "were all 3 approved?", "all of them denied?",
                                                   "was it all her stuff?", "all denied?")] == [True, True, True, False, False]
    first_q = "CM16-0234464 positional MRIs"
    first = ask(client, first_q)
    second_q = "all three denied?"
    second = ask(client, second_q, history=[turn(first_q, first)])
    lead = second["answer"].split(" Denied (Upheld)")[0]
    assert lead.startswith("Yes: ")
    assert sorted(re.findall(r'"(Single positional MRI of [^"]+)" was denied \(upheld\)', lead)) == [
        "Single positional MRI of the cervical spine", "Single positional MRI of the lumbar spine",
        "Single positional MRI of the right hand"]
    # ... and the hand one after it is the hand MRI of that letter, not another letter's hand therapy
    third = ask(client, "what about the hand one", history=[turn(first_q, first), turn(second_q, second)])
    assert cited(third) == [("CM16-0234464", 3)]
