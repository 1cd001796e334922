"""A patient told by a sex alone, a pronoun ("UR denied his naproxen, what did IMR decide?"): no description
to fit letters by (service.people: no age, no one named), yet "his" is no woman's. Where the best hit is of
a letter of the other sex and a letter of the sex told has a request of the kind asked among the hits, the
hits of the letters of the sex told come first: the man's naproxen, not the woman's."""

from __future__ import annotations

from service.engine import Engine
from service.scope import asked_sets
from service.types import Hit
from service.understand import Query


def told_sex_first(engine: Engine, query: Query, hits: list[Hit]) -> list[Hit]:
    """`hits`, those of the letters of the sex a pronoun tells first, when the best one is of the other sex
    and one of theirs is a request of the kind asked; `hits` as they are otherwise."""
    sex = query.person.sex
    sets = set(asked_sets(query))
    if not hits or not sex or not sets or query.case_numbers or query.person.described:
        return hits
    sexes = {case: letter.sex for case, letter in engine.letters(list({h.case_number: None for h in hits})).items()}
    if sexes.get(hits[0].case_number) in (None, sex):
        return hits
    theirs = [h for h in hits if sexes.get(h.case_number) == sex]
    if not any(sets & set(h.treatments) for h in theirs):
        return hits
    return theirs + [h for h in hits if sexes.get(h.case_number) != sex]


__all__ = ["told_sex_first"]
