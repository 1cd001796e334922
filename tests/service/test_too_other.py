"""A thing asked "too" after one of the letter's requests asks of another request of that letter ("was the nurse
denied too?" after his home aide): one whose own word no request of the letter has is one the letter lacks, said with
what it decided, never the item answered before again (service.too_other, service.conversation, service.flows.item).
Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve
from service.too_other import own_words, too_thing
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "thing"), [
    ("was the nurse denied too?", "nurse"),
    ("and were his home nurse visits approved as well?", "home nurse visits"),
    ("was the nurse denied too? [in case CM16-0249735]", "nurse"),
    ("why was it denied?", ""),
])
def test_the_thing_asked_too(question, thing):
    assert too_thing(question) == thing


def test_the_own_words_of_a_thing_no_title_has():
    titles = ("Home aide 6 hours per day, 5 times a week for 4 weeks", "Lumbar support", "Wrist braces #2")
    assert [own_words(t, titles) for t in ("home nurse", "nurse", "lumbar support", "wrist brace")] == [
        ["nurse"], ["nurse"], [], []]
    # a body part is where, not what: "a neck MRI" after a CT of the cervical spine is the MRI asked
    assert own_words("neck MRI", ("Retrospective CT scan of the cervical spine (DOS 11/18/16)",)) == []


HOME_AIDE = Fact(case_number="CM16-0249735", item_index=1, title="Home aide 6 hours per day", decision="Upheld")


@pytest.mark.parametrize("question", ["was the nurse denied too?", "was the home nurse denied too?"])
def test_a_nurse_too_after_his_home_aide_is_of_his_letter_by_its_own_word(question):
    got = resolve(question, [Earlier(question="was the home aide for the 43 yo man denied?", items=(HOME_AIDE,),
                                     kind="item", letter=(HOME_AIDE,))])
    assert got.question == "was the nurse denied too? [in case CM16-0249735]"


# a 43-year-old man's home aide (UR cut it to 6 hours a day; the rest upheld), his letter's one request
client = served_client("CM16-0249735")


def test_the_letter_lacks_the_nurse_asked_too(client):
    body = ask(client, "was the nurse denied too? [in case CM16-0249735]")
    assert body["answer"] == ('Case CM16-0249735 has no request for a nurse. Its letter decided 1 item: 1. "Home aide 6 '
                              'hours per day, 5 times a week for 4 weeks to assist with mobility, transfer…": denied (upheld).')
