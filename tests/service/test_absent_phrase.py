"""A thing no letter has, named alone or asked of the letters ("any letters on a heated pool?", "hot tub or
jacuzzi", "what about a hot tub?"): said with all its words, though one of them is near a word the letters use
(service.lacking)."""

from __future__ import annotations

import pytest

from service.lacking import RELATED, _no_mention, _only_named


@pytest.mark.parametrize(("text", "topic", "only"), [
    ("hot tub or jacuzzi", {"hot", "tub", "jacuzzi"}, True),
    ("what about a hot tub?", {"hot", "tub"}, True),
    ("any on a heated pool?", {"heated", "pool"}, True),
    ("was the 45 yo woman's hot tub approved?", {"hot", "tub"}, False),
])
def test_a_question_that_only_names_a_thing(text: str, topic: set[str], only: bool) -> None:
    assert _only_named(text, frozenset(topic)) is only


def test_the_thing_said_with_all_its_words() -> None:
    assert _no_mention("hot tub or jacuzzi", ["tub", "jacuzzi"], frozenset({"hot", "tub", "jacuzzi"})) == (
        f"No letter in the index mentions hot tub or jacuzzi. {RELATED}")
    assert _no_mention("any letters on a heated swimming pool for back pain?", ["swimming"],
                       frozenset({"heated", "swimming", "pool"})) == (
        f"No letter in the index mentions heated swimming pool. {RELATED}")
    assert _no_mention("any letters on a heated pool?", ["pool"], frozenset({"heated", "pool"})) == (
        f"No letter in the index mentions heated pool. {RELATED}")
    # without the thing's other words, as before: the words holding the unknown tokens
    assert _no_mention("is there any letter about a hot tub?", ["tub"]) == f"No letter in the index mentions hot tub. {RELATED}"
