"""A thing named again by its head noun alone: "elbow CT and the back program - so the CT was approved and
the program denied?" names the back program twice, the second time as "the program".

A treatment phrase of two words or more ("back program", "TENS unit", "shoulder scope") whose last word
is no treatment word of its own ("program", "unit") is said again where that word follows an article
or a possessive ("the program", "her unit", "that program") after the phrase, unless another phrase of
the question ends in the same word (then "the program" could be either).
"""

from __future__ import annotations

import re

from indexer.treatments import find_treatments

_HEAD = re.compile(r"[A-Za-z][\w-]*$")
_DETERMINER = r"(?:the|that|this|his|her|their|my|our)\s+"


def head_noun(words: str, all_words: tuple[str, ...] | list[str] = ()) -> str | None:
    """The head noun `words` (a treatment phrase as typed) can be named again by, else None: its last
    word, when it has two or more and that word names no treatment of its own nor ends another of
    `all_words`."""
    parts = words.split()
    head = _HEAD.search(parts[-1]) if len(parts) > 1 else None
    if not head or find_treatments(head.group(0)):
        return None
    word = head.group(0).lower()
    if any(w != words and w.split() and w.split()[-1].lower() == word for w in all_words):
        return None
    return word


def named_again(text: str, words: str, all_words: tuple[str, ...] | list[str] = ()) -> list[int]:
    """Where `words` (a treatment phrase of `text`) is named again by its head noun alone, after it is
    first said: the places of the head noun."""
    head = head_noun(words, all_words)
    first = text.lower().find(words.lower())
    if head is None or first < 0:
        return []
    again = re.compile(rf"\b{_DETERMINER}(?P<head>{re.escape(head)})(?!\w)", re.IGNORECASE)
    return [m.start("head") for m in again.finditer(text, first + len(words))]


__all__ = ["head_noun", "named_again"]
