"""After an item of a letter, "and the shoulder MRI - same reason?" or "was the back PT denied for the same reason?"
compares the thing named with the item before (service.same_reason); it explained the thing named alone, with
nothing said of the comparison. Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

_CT = Fact(case_number="CM17-0002106", item_index=3, title="CT scan of the head", decision="Upheld", body_regions=("head",))
_LETTER = (Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld"),
           Fact(case_number="CM17-0002106", item_index=2, title="MRI of the cervical spine", decision="Upheld"), _CT)


@pytest.mark.parametrize(("follow_up", "asked_as"), [
    # the one request of the letter the words name, set against the item before by their titles, the one asked first
    ("and the shoulder MRI - same reason?",
     "was the MRI of the left shoulder decided for the same reason as the CT scan of the head? [in case CM17-0002106]"),
    ("was the neck MRI denied for the same reason?",
     "was the MRI of the cervical spine decided for the same reason as the CT scan of the head? [in case CM17-0002106]"),
])
def test_the_item_before_is_compared_with(follow_up: str, asked_as: str) -> None:
    got = resolve(follow_up, [Earlier(question="why was the CT denied in CM17-0002106?", items=(_CT,), kind="item",
                                      letter=_LETTER)])
    assert got.question == asked_as


def test_the_same_thing_again_is_no_comparison() -> None:
    got = resolve("and the head CT - same reason?", [Earlier(question="why was the CT denied in CM17-0002106?", items=(_CT,),
                                                             kind="item", letter=_LETTER)])
    assert got.question == "and the head CT - same reason? [in case CM17-0002106]"


# a 54-year-old woman's shoulder MRI, cervical MRI and head CT, all upheld for no objective findings
client = served_client("CM17-0002106", "CM17-0010362")


def test_the_comparison_is_answered(client) -> None:
    ask(client, "why was the CT denied in CM17-0002106?", conversation_id="same-1")
    answer = ask(client, "and the shoulder MRI - same reason?", conversation_id="same-1")
    assert answer["lead"].startswith("Yes: the reviewer gave both the same reason, no objective findings or red flags [1][2].")


_MRI = Fact(case_number="CM17-0002106", item_index=1, title="MRI of the left shoulder", decision="Upheld")


@pytest.mark.parametrize(("follow_up", "asked_as"), [
    ("same reason?", "was the MRI of the left shoulder decided for the same reason as the CT scan of the head? "
                     "[in case CM17-0002106]"),
    ("was it for a different reason?", "was the MRI of the left shoulder decided for a different reason than the CT scan "
                                       "of the head? [in case CM17-0002106]"),
])
def test_a_bare_same_reason_compares_the_item_with_the_one_before(follow_up: str, asked_as: str) -> None:
    # "the 63 yo man's surgery" || "what about the brace?" || "same reason?" found nothing to answer
    earlier = [Earlier(question="why was the CT denied in CM17-0002106?", items=(_CT,), kind="item", letter=_LETTER),
               Earlier(question="what about the shoulder MRI?", items=(_MRI,), kind="item", letter=_LETTER)]
    got = resolve(follow_up, earlier)
    assert got.question == asked_as
    assert got.carried == ("items: MRI of the left shoulder and CT scan of the head (case CM17-0002106), from the previous "
                           "answers, compared",)


def test_a_bare_same_reason_of_two_items_answered_together(client) -> None:
    ask(client, "CM17-0010362 - why was the PT denied?", conversation_id="same-2")
    answer = ask(client, "same reason?", conversation_id="same-2")
    assert answer["lead"].startswith("Yes: the reviewer gave both the same reason, ")
    different = ask(client, "for different reasons?", conversation_id="same-2")
    assert different["lead"].startswith("No: the reviewer gave both the same reason, ")


@pytest.mark.parametrize(("before", "follow_up", "asked_as"), [
    ("how many lumbar MRIs were denied?", "why?", "why were they denied? [lumbar MRIs]"),
    ("how many acupuncture requests were approved?", "and why?", "why were they approved? [acupuncture]"),
])
def test_why_after_a_count_asks_why_across_the_letters_counted(before: str, follow_up: str, asked_as: str) -> None:
    # "how many lumbar MRIs were denied?" || "why?" found nothing to answer
    got = resolve(follow_up, [Earlier(question=before, items=(), kind="count")])
    assert got.question == asked_as
