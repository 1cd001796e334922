"""A body part told at one thing of several asked is that thing's (round 78): "do pillows and back supports usually get
denied?" asks of the lumbar supports and of pillows for any part (the cervical pillow too), not of lumbar pillows only
(service.scope.regions_placed). A part said before the first thing of a list, or after the list, is all of theirs."""

from __future__ import annotations

import pytest

from service.scope import asked_sets, regions_placed
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "placed"), [
    ("do pillows and back supports usually get denied? what reasons come up?", {"brace": frozenset({"lumbar"})}),
    ("acupuncture and neck MRIs - usually denied?", {"mri": frozenset({"cervical"})}),
    # ... all of theirs: before the first of the list, after the list, or one thing asked
    ("neck MRIs and acupuncture - usually denied?", {}),
    ("low back PT and chiro - usually denied?", {}),
    ("PT and chiro for the low back - usually denied?", {}),
    ("neck and back MRIs - why denied?", {}),
])
def test_the_part_told_at_one_thing(text: str, placed: dict) -> None:
    assert regions_placed(text, asked_sets(understand(text))) == placed


# CM16-0248471: a 37-year-old woman's TENS unit, lumbar support, cervical pillow, wedge pillow, wrist and elbow braces,
# all upheld
client = served_client("CM16-0248471")


def test_pillows_of_any_part_beside_back_supports(client) -> None:
    answer = ask(client, "do pillows and back supports usually get denied? what reasons come up?")
    assert answer["answer"].startswith("Yes: all 3 pillow / lumbar brace, splint and support requests in the index were "
                                       "denied (upheld).")
    assert {c["request"] for c in answer["citations"] if c["item_index"] > 0} >= {"Wedge pillow", "Lumbar support"}
