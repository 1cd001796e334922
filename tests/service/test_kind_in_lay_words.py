"""Two requests named in lay words, each by its body part ("the back brace and the neck pillow"), are those
two of the letter's: "the neck pillow" is its "Cervical pillow", not the wedge pillow too
(service.lay_group.as_said, service.flows.chosen). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 37-year-old woman's TENS unit, lumbar support, cervical and wedge pillows, wrist and elbow braces, all upheld
client = served_client("CM16-0248471")


def test_each_thing_named_by_its_body_part(client) -> None:
    # tune nat-2883 answered 'Yes: all 3 were denied (upheld) [1][2][3].', the wedge pillow among them
    answer = ask(client, "CM16-0248471: the back brace and the neck pillow - both turned down?")
    assert answer["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert {c["request"] for c in answer["citations"]} == {"Lumbar support", "Cervical pillow"}
