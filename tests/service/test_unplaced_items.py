"""A list of several treatments with a body part for only some of them (service.scope._unplaced):
"cervical pillows, wedge pillows, wrist/elbow braces" takes in the wedge pillow, which names no
body part, beside the cervical pillow and the wrist and elbow braces (not the lumbar support).
Over a real letter, the real model and real HTTP."""

from __future__ import annotations

from service.scope import _unplaced
from service.understand import understand
from tests.conftest import ask, served_client

# a 37-year-old woman: TENS unit, lumbar support, cervical and wedge pillows, wrist and elbow braces
client = served_client("CM16-0248471", "CM16-0249735")

QUESTION = "cervical pillows, wedge pillows, wrist/elbow braces - does IMR ever approve any of these?"


def test_a_treatment_named_without_a_body_part_takes_in_items_without_one(client) -> None:
    answer = ask(client, QUESTION)
    cited = sorted({c["request"] for c in answer["citations"] if c["item_index"]})
    assert cited == ["Cervical pillow", "Elbow braces #2", "Wedge pillow", "Wrist braces #2"]


def test_every_treatment_with_its_body_part_keeps_to_them() -> None:
    assert _unplaced(understand(QUESTION)) is True
    assert _unplaced(understand("cervical and lumbar MRIs - how often approved?")) is False
    assert _unplaced(understand("the neck pillow and the wrist braces - approved?")) is False
