""""same reason?" of two patients' items, each of its own letter: the conversation compares the last two answers'
items across their letters (service.conversation._same_reason_as_before), and the comparison tells each item by its
case, and by its decision when one was approved and the other denied (service.same_reason)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

SHOULDER = Fact(case_number="CM17-0014288", item_index=1, title="MRI of the right shoulder without contrast", decision="Upheld")
HIP = Fact(case_number="CM16-0248655", item_index=1, title="MRI without contrast of the right hip", decision="Upheld")


def test_same_reason_after_two_patients_compares_their_items():
    earlier = [Earlier(question="the 62 yo woman's shoulder MRI", items=(SHOULDER,), kind="item", letter=(SHOULDER,)),
               Earlier(question="the 61 yo woman's hip MRI", items=(HIP,), kind="item", letter=(HIP,))]
    got = resolve("same reason?", earlier)
    assert got.question == ("was the MRI without contrast of the right hip in case CM16-0248655 decided for the same reason "
                            "as the MRI of the right shoulder without contrast in case CM17-0014288?")
    assert got.carried == ("items: MRI without contrast of the right hip (case CM16-0248655) and MRI of the right shoulder "
                           "without contrast (case CM17-0014288), from the previous answers, compared",)
    assert resolve("different reason?", earlier).question.startswith(
        "was the MRI without contrast of the right hip in case CM16-0248655 decided for a different reason than")


# two women's naproxen: denied in CM17-0013716, approved in CM17-0019011
client = served_client("CM17-0013716", "CM17-0019011")


def test_the_same_title_in_two_letters_is_told_by_case_and_decision(client) -> None:
    got = ask(client, "was the Naproxen 500mg #60 in case CM17-0013716 decided for the same reason as the Naproxen "
                      "500mg #60 in case CM17-0019011?")
    assert got["answer"].startswith('No, the reasons differ, and so do the decisions. "Naproxen 500mg #60" '
                                    'in case CM17-0013716, denied: no documented functional improvement [1]. "Naproxen 500mg '
                                    '#60" in case CM17-0019011, approved: ')
