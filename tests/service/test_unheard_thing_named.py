"""A question of the letters about a thing no letter names says so, with the nearest items as related
(service.lacking.absent_message): "is there any letter about a hot tub?" gave only "Nothing in the indexed
letters answers this question" (its words close to no passage). Its modifier after an article is said
with it: "hot tub", not "tub". Over real letters, the real model and real HTTP."""

from __future__ import annotations

from service.lacking import RELATED, _no_mention
from tests.conftest import ask, served_client

# CM17-0006797: a 63-year-old man, shoulder arthroscopy and its cryotherapy unit, brace, PT, clearance (all upheld);
# CM16-0248471: a 37-year-old woman, TENS unit, supports, pillows and braces (all upheld)
client = served_client("CM17-0006797", "CM16-0248471")


def test_the_words_no_letter_uses_with_their_modifier():
    assert _no_mention("is there any letter about a hot tub?", ["tub"]) == f"No letter in the index mentions hot tub. {RELATED}"
    assert _no_mention("any IMR letters on a jacuzzi for back pain?", ["jacuzzi"]) == (
        f"No letter in the index mentions jacuzzi. {RELATED}")
    assert _no_mention("did anyone get hyperbaric oxygen?", ["hyperbaric", "oxygen"]) == (
        f"No letter in the index mentions hyperbaric oxygen. {RELATED}")


def test_a_thing_no_letter_names_is_said_with_related_items(client) -> None:
    answer = ask(client, "is there any letter about a hot tub?")
    assert answer["answer"].startswith("No letter in the index mentions hot tub. ")
    assert answer["citations"] == []
    assert answer["related"]
    # a question of another matter than the letters' is still no one's
    other = ask(client, "what's the weather today?")
    assert other["answer"].startswith("Nothing in the indexed letters answers this question")
