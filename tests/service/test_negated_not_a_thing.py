"""A negated auxiliary after a thing no letter prints is no word of the thing (service.lacking._phrases): "the hot tub
wasn't approved for anyone right?" names "hot tub", not "hot tub wasn't"."""

from __future__ import annotations

from service.lacking import _phrases


def test_the_negated_auxiliary_ends_the_phrase() -> None:
    assert _phrases("the hot tub wasn't approved for anyone right?", ["hot", "tub", "wasn"]) == ["hot tub"]
    assert _phrases("the hot tub didnt get approved?", ["hot", "tub", "didnt"]) == ["hot tub"]
    assert _phrases("was the hot tub approved?", ["hot", "tub"]) == ["hot tub"]
