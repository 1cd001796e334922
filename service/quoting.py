"""Words a question quotes from a letter ("the reviewer wrote 'there is no documentation of
radicular complaints'"): the letter's own sentence, not the name of a treatment.

A question that quotes a reviewer asks which request the sentence was about. The quoted words are
no treatment that no letter has: when a letter among the hits prints them word for word, the
answer is that letter's item, not "not found".

    quotations("The reviewer said 'no red flags are documented' - whose MRI?")
        -> ("no red flags are documented",)
"""

from __future__ import annotations

from service.diagnosed import normalised, quoted
from service.engine import Engine

MIN_WORDS = 4  # "no red flags are documented": shorter quotes are names ("'lumbar support'")


def quotations(text: str) -> tuple[str, ...]:
    """The normalised phrases of at least MIN_WORDS words that `text` quotes (service.diagnosed.quoted:
    straight or curly marks, single or double; not a possessive's apostrophe)."""
    return quoted(text, MIN_WORDS)


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
