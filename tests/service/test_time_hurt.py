"""How long the patient had been hurt (service.compose.facts, the "timing" fact counted from the date of
injury): "how long had she been hurt?" after her request is the days from her injury to the IMR decision,
cited to both header lines; "when was she hurt?" stays the date alone."""

from __future__ import annotations

import pytest

from service.compose.facts import asked_facts
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "facts"), [
    ("how long had she been hurt?", ("timing",)),
    ("how long ago was he injured?", ("timing",)),
    ("how long has the 46 year old woman been hurt?", ("timing",)),
    ("how long since her injury?", ("timing",)),
    ("how long after his injury did IMR decide?", ("timing",)),
    ("when was she hurt?", ("date_of_injury",)),
    ("how long had she been hurt worse?", ()),
])
def test_how_long_hurt_is_asked_as_a_count_from_the_injury(question: str, facts: tuple[str, ...]) -> None:
    assert asked_facts(question) == facts


# a 46-year-old woman's low back physical therapy (upheld)
client = served_client("CM17-0018279")


def test_how_long_she_had_been_hurt_is_counted_from_the_date_of_injury(client) -> None:
    first = ask(client, "the 46 year old woman's low back PT")
    turn = {"question": "the 46 year old woman's low back PT", "kind": first["kind"],
            "items": [{"case_number": c["case_number"], "item_index": c["item_index"]}
                      for c in first["citations"] if c["item_index"] > 0][:1]}
    got = ask(client, "how long had she been hurt?", history=[turn])
    assert got["lead"].startswith("In case CM17-0018279, the patient was injured on October 14, 2016 [1] and IMR "
                                  "decided on February 27, 2017 [2], 136 days later (about 4 months).")
    assert [c["role"] for c in got["citations"][:2]] == ["header", "header"]
