"""Words a question quotes from a letter ("the reviewer wrote 'there is no documentation of
radicular complaints'"): the letter's own sentence, not the name of a treatment.

A question that quotes a reviewer asks which request the sentence was about. The quoted words are
no treatment that no letter has: when a letter among the hits prints them word for word, the
answer is that letter's item, not "not found".

    quotations("The reviewer said 'no red flags are documented' - whose MRI?")
        -> ("no red flags are documented",)
"""

from __future__ import annotations

import re

from service.diagnosed import normalised, quoted
from service.engine import Engine

MIN_WORDS = 4  # "no red flags are documented": shorter quotes are names ("'lumbar support'")


# typed without the marks: the sentence before a dash that asks whose or which it was ("Given the prior
# history of symptoms and treatment this is somewhat unique circumstances - which request was the
# reviewer talking about")
_UNMARKED = re.compile(r"^\s*([^\"\u201c\u201d?]{20,400}?)\s+[-\u2013\u2014]+\s+(?=(?:which|whose|what|who)\b)", re.IGNORECASE)


def quotations(text: str) -> tuple[str, ...]:
    """The normalised phrases of at least MIN_WORDS words that `text` quotes (service.diagnosed.quoted:
    straight or curly marks, single or double; not a possessive's apostrophe), or, quoting none, the
    sentence before a dash and a question of whose or which it was. Only a letter that prints it
    word for word makes it a quotation (`quotes_a_letter`)."""
    if found := quoted(text, MIN_WORDS):
        return found
    m = _UNMARKED.match(text)
    return (normalised(m.group(1)),) if m and len(normalised(m.group(1)).split()) >= MIN_WORDS else ()


def quotes_a_letter(engine: Engine, text: str, cases: list[str]) -> bool:
    """Whether one of the letters `cases` prints a phrase `text` quotes, word for word."""
    phrases = quotations(text)
    if not phrases or not cases:
        return False
    marks = ",".join("?" * len(cases))
    rows = engine.store.catalog.query(
        f"SELECT c.text FROM chunks c JOIN letters l ON l.id = c.letter_id WHERE l.case_number IN ({marks})", cases)
    printed = " ".join(normalised(t) for (t,) in rows)
    return any(f" {p} " in f" {printed} " for p in phrases)
