"""Two requests of one kind named together, their getting asked: "did she get the neck pillows and
wedge pillows?" asks of the letter's two pillows, each one's approval (service.lay_group.names_several,
service.flows.chosen, service.flows.item._claims). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.lay_group import names_several
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "word", "several"), [
    ("did she get the neck pillows and wedge pillows?", "pillows", True),
    ("did she get the cervical pillow and the wedge pillow?", "pillow", True),
    ("did she get the neck and wedge pillows?", "pillows", True),
    ("her wrist braces and elbow braces", "braces", True),
    ("did she get the wedge pillow?", "pillow", False),
    ("was the knee MRI denied? why was the MRI denied?", "MRI", False),  # one MRI, said again
    ("did she get the TENS and wedge pillow?", "pillow", False),  # the TENS is a request of its own
    # ... once, before a list of body parts
    ("they wanted to scan my shoulder and neck and my head. did I get anything?", "scan", True),
    ("MRI of the neck, low back and hand - approved?", "MRI", True),
    ("the x-rays of both knees - approved?", "x-rays", False),  # one part
    ("the MRI for the woman with neck and back pain", "MRI", False),  # her pain's parts
    ("the MRI of the neck and the PT", "MRI", False),  # the PT is a request of its own
])
def test_several_of_one_kind_named(text: str, word: str, several: bool) -> None:
    assert names_several(text, word) is several


# a 37-year-old woman: a TENS unit, a lumbar support, a cervical and a wedge pillow, wrist and elbow braces,
# every one upheld; a 60-year-old man: a neck and hand MRI upheld, acupuncture overturned
# a 54-year-old woman: a left shoulder MRI, a cervical MRI and a head CT, all upheld
client = served_client("CM16-0248471", "CM16-0230548", "CM17-0002106")
PILLOWS = ('No: "Wedge pillow" was denied (upheld), not approved [1]. "Cervical pillow" was denied (upheld), '
           'not approved [2].')


@pytest.mark.parametrize(("question", "lead"), [
    ("did she get the neck pillows and wedge pillows?", PILLOWS),
    ("did she get the neck and wedge pillows?", PILLOWS),
    ("did she get the TENS unit and the lumbar support?",
     'No: "TENS unit" was denied (upheld), not approved [1]. "Lumbar support" was denied (upheld), not approved [2].'),
    ("did she get the wedge pillow?", 'No: the denial of "Wedge pillow" was upheld; it was not authorised [1].'),
])
def test_getting_each_of_two(client, question: str, lead: str) -> None:
    assert ask(client, question)["answer"].startswith(lead)


def test_getting_one_but_not_the_other_claims_no_approval_of_each(client) -> None:
    # tune nat-2174: one of each asked, not the approval of both (no "No: the MRI was denied, not approved")
    answer = ask(client, "did the 60 yo with the head contusion get the acupuncture but not the MRI?")["answer"]
    assert answer.startswith("Approved (Overturned): within the guideline's limits [1].")


def test_one_kind_at_a_list_of_body_parts_asks_of_each(client) -> None:
    # "scan my shoulder and neck and my head" asked of the head CT alone
    answer = ask(client, "I'm a 54 year old lady, they wanted to scan my shoulder and neck and my head. did I get anything?")
    assert answer["answer"].startswith("No: all 3 were denied (upheld) [1][2][3].")
    assert [(c["case_number"], c["item_index"]) for c in answer["citations"][:3]] == [
        ("CM17-0002106", 3), ("CM17-0002106", 2), ("CM17-0002106", 1)]
