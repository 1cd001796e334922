"""A kind asked by its own name alone ("braces", "pillows") is every request of that kind, whatever the
letter calls it: a "Lumbar support" is a brace (service.lay_group.by_the_kinds_name); a word of its own
still says which one ("the wedge pillow"). Over the real tune letter CM16-0248471 (TENS unit, lumbar
support, cervical and wedge pillows, wrist and elbow braces, all upheld), the real model and real HTTP."""

from __future__ import annotations

from service.lay_group import by_the_kinds_name, said_words
from tests.conftest import ask, served_client

client = served_client("CM16-0248471")


def test_the_kinds_own_name_narrows_nothing() -> None:
    text = "the TENS, pillows, braces. did she get ANY of it?"
    assert by_the_kinds_name({"brace"}, said_words(text, "braces")) is True
    assert by_the_kinds_name({"pillow"}, said_words(text, "pillows")) is True
    assert by_the_kinds_name({"pillow"}, said_words("the wedge pillow and braces", "pillow")) is False
    assert by_the_kinds_name({"brace"}, said_words("her wrist braces and elbow braces", "braces")) is False
    assert by_the_kinds_name({"anticonvulsant"}, said_words("was the Lyrica denied?", "Lyrica")) is False


def test_the_lumbar_support_is_among_her_braces(client) -> None:
    answer = ask(client, "my cousin is 37 and hurts everywhere from repetitive work. her doctor asked for the TENS, "
                         "pillows, braces. did she get ANY of it?")
    assert answer["answer"].startswith("No: all 6 were denied (upheld) [1][2][3][4][5][6].")
    assert {c["request"] for c in answer["citations"] if c["item_index"]} == {
        "TENS unit", "Lumbar support", "Cervical pillow", "Wedge pillow", "Wrist braces #2", "Elbow braces #2"}


def test_braces_beside_a_back_brace_are_every_brace(client) -> None:
    # tune nat-1521: "back brace" places the lumbar support, yet "braces" asks of every brace (the wrist and elbow
    # braces were dropped once "braces" counted the lumbar support)
    answer = ask(client, "DME for the 37 yo cumulative trauma woman - pillows, braces, back brace - any of it approved?")
    assert {c["request"] for c in answer["citations"] if c["item_index"]} == {
        "Lumbar support", "Cervical pillow", "Wedge pillow", "Wrist braces #2", "Elbow braces #2"}


def test_braces_after_a_list_of_places_are_those() -> None:
    from service.lay_group import asked_by_kind

    # tune nat-2056, nat-1316: "wrist and elbow braces" are those two, not the lumbar support
    assert asked_by_kind("the 37 yo lady's wrist and elbow braces - approved?", "braces", {"brace"}) is False
    assert asked_by_kind("the TENS, pillows, braces. did she get ANY of it?", "braces", {"brace"}) is True


def test_wrist_and_elbow_braces_are_those_two(client) -> None:
    answer = ask(client, "the 37 yo cumulative trauma lady's wrist and elbow braces - approved?")
    assert {c["request"] for c in answer["citations"] if c["item_index"]} == {"Wrist braces #2", "Elbow braces #2"}
