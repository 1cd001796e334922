"""Of the letters a description fits equally, the one a why-question's premise picks out: "the 53 yo man - why was
it approved?" of three 53-year-old men, one whose request was approved and two whose requests were denied, asks of
the approved one. The premise is what the asker was told of their case; the letter that agrees with it is theirs
(and, when it is wrong of every letter, none is picked: the answer corrects it as usual). Only a description of age,
sex and dates, and no treatment or body part named: a story ("with foot pain", "who fell off a ladder") tells the letter
apart itself, and a treatment named may be the one the premise is wrong of ("why did they deny the 50 yo woman's neck
PT?" of a woman whose neck PT was approved, another's denied).
"""

from __future__ import annotations

from service.diagnosed import condition_phrases
from service.engine import Engine
from service.gather import case_items
from service.patients import described_letters
from service.people import tells_story
from service.understand import Query


def premise_picks(engine: Engine, query: Query, sets: tuple[str, ...] = ()) -> str | None:
    """The one letter, of those agreeing with every field the description gives, with a request (of the treatment
    sets asked, when any are) decided as the why-question's premise says; None when no premise, a story told, or
    none or several such letters."""
    if (not query.why or not query.premise or query.case_numbers or query.story_treatments or sets or query.treatments
            or query.body_regions or tells_story(query.text, query.person) or condition_phrases(query.text)):
        return None
    _clear, fitting = described_letters(engine, query, {})
    if len(fitting) < 2:
        return None
    agreeing = [case for case in fitting if any(decision == query.premise and (not sets or set(sets) & set(item_sets))
                                                for _n, _title, decision, item_sets, _regions in case_items(engine, case))]
    return agreeing[0] if len(agreeing) == 1 else None
