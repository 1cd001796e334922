"""What another letter of the patient described has, when the letter the conversation settled on lacks the
treatment asked: "the 40 yo woman's celecoxib" || "and the tramadol?" is asked of her letter (which has no
tramadol request, service.lacking says so), and another 40-year-old woman's letter with a tramadol request is
named beside it as related, never answered in its place."""

from __future__ import annotations

import msgspec

from service.compose.listing import WORD
from service.engine import Engine
from service.gather import case_items
from service.lacking import has_asked
from service.patients import letter_matches
from service.understand import Query

CLOSE = 0.15  # another letter fits the description too when its fit is this close to the best one's


def described_elsewhere(engine: Engine, query: Query, sets: tuple[str, ...], case: str) -> str:
    """' Another letter that fits the patient described, case CM17-0017734, has "Tramadol 50mg #60": denied
    (upheld).': of the other letters that fit the description about as well as the best and print the age and sex
    told, the first with a request of the treatment asked; '' when the question describes no patient, or no other such letter has one."""
    if not query.person.described or not (sets or query.treatment_words):
        return ""
    matches = letter_matches(engine, msgspec.structs.replace(query, case_numbers=()), {})
    if not matches:
        return ""
    best = max(matches.values())
    close = [other for other, fit in sorted(matches.items(), key=lambda kv: -kv[1]) if other != case and fit >= best - CLOSE]
    letters = engine.letters(close) if close else {}
    person = query.person
    for other in close:
        letter = letters.get(other)
        if letter is None or (person.age is not None and letter.age != person.age) or (
                person.sex is not None and letter.sex != person.sex):
            continue  # the age and sex told, printed in its letter too: a 47-year-old man is no 48-year-old's look-alike
        items = case_items(engine, other)
        having = [row for row in items if has_asked(query, sets, [row])]
        if having:
            said = "; ".join(f'"{title}": {WORD[d]}' for _n, title, d, _t, _r in having)
            return f" Another letter that fits the patient described, case {other}, has {said}."
    return ""
