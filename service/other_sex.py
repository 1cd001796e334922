"""A patient told by a sex and by two or more treatments that, together, only letters of the other
sex hold: "guy with the naproxen and the pantoprazole, what happened?", where the one letter with both
is a 54-year-old woman's. Another man's naproxen is no answer: the sex is the likelier slip (a
relative's case told second-hand, a colleague's patient), the treatments together firmer. The answer
says no letter of a man has them, names the letter that has, and answers about it.

So too one treatment (at the body part told) that only letters of the other sex hold, of a patient told by
nothing more than a sex (and an age): "a woman with a home aide - was it approved?", where the one home aide
is a 43-year-old man's; and treatments no letter holds together, when every letter holding any of them is
of the other sex ("guy, had a neuroplasty and those nerve burning shots").
"""

from __future__ import annotations

import re
from collections.abc import Callable

import msgspec

from indexer.treatments import find_treatments
from service.engine import Engine
from service.drugs import drug_names, unsetted_mentions
from service.lacking import asked_words, products_named, title_names
from service.loose_fit import exact_exists, holders
from service.patients import holding_all
from service.plan import Plan
from service.types import Answer
from service.understand import Query

_SEX_WORD = {"male": ("man", "men"), "female": ("woman", "women")}


def _named_sets(query: Query) -> dict[str, str]:
    """Treatment set -> the words naming it: the narrowest set of each treatment the question names,
    asked or told of the patient."""
    out: dict[str, str] = {}
    for treatment, words in find_treatments(query.text):
        if words.lower() not in {w.lower() for w in out.values()}:
            out.setdefault(treatment, words)
    return out


# a drug said within a compound's or a topical's words: "the compounded flurbiprofen cream", "her amitriptyline rub"
_FORM_AFTER = re.compile(r"^\s*(?:[\w%/.-]+\s+)?(?:cream|creams|gel|ointment|rub|lotion|compound|compounded|topical)\b",
                         re.IGNORECASE)
_FORM_BEFORE = re.compile(r"\b(?:compounded|compound|topical)\s+$", re.IGNORECASE)


def _drugs_named(query: Query) -> list[str]:
    """The drugs the question names by a brand or product name, or, when none is and no treatment word is a drug,
    by a name said within a compound's or a topical's words ("the compounded flurbiprofen cream": its words name a
    topical, the flurbiprofen the drug told)."""
    if products := products_named(query):
        return products
    if any(drug_names(w) for w in query.treatment_words):
        return []
    text = query.text
    return list(dict.fromkeys(w for w, at in unsetted_mentions(text)
                              if _FORM_AFTER.match(text[at + len(w):]) or _FORM_BEFORE.search(text[:at])))


def _holders(engine: Engine, query: Query) -> list[str]:
    """The letters holding a request for each of the two or more treatments the question names (when none
    holds them all, each letter holding any); of one named by a product name, the letters with a request
    titled by that name ("the Tabradol"); of one treatment named otherwise, of a patient told by no job or
    injury date (and by an age only where some letter fits it and the sex: else service.loose_fit answers), the
    letters with a request for it at the body part told (service.loose_fit.holders)."""
    wanted = _named_sets(query)
    if len(wanted) >= 2:
        return sorted(holding_all(engine, None, set(wanted)) or set().union(*(holding_all(engine, None, {w}) for w in wanted)))
    if len(products := _drugs_named(query)) == 1:
        rows = engine.store.catalog.query("SELECT case_number, title FROM items WHERE title LIKE ?", [f"%{products[0]}%"])
        return sorted({case for case, title in rows if title_names(products[0], title)})
    person = query.person
    if products or person.occupations or person.injury_month or person.injury_year or person.ages:
        return []
    if person.age is not None and not exact_exists(engine, query):
        return []  # no letter fits the age and sex told: the nearest with the treatment (service.loose_fit)
    # ... at the body part told with it ("the elbow braces"), not where the story says it hurts ("her face got hurt
    # ... her acupuncture": a woman's acupuncture for the neck is hers)
    plain = msgspec.structs.replace(query, body_regions=(), region_words=()) if query.regions_told else query
    return sorted({case for case, _age, _sex in holders(engine, plain)})


def only_other_sex(engine: Engine, query: Query) -> tuple[tuple[str, int | None], ...]:
    """(case number, age) of the letters holding what the question names (_holders), when every such
    letter is of the other sex than the one told (and of the age told, when one is); () otherwise."""
    person = query.person
    if query.case_numbers or not person.sex or not (holders := _holders(engine, query)):
        return ()
    letters = engine.store.catalog.query(
        f"SELECT case_number, sex, age FROM letters WHERE case_number IN ({','.join('?' * len(holders))})", holders)
    if any(sex is None or sex == person.sex for _case, sex, _age in letters):
        return ()
    if person.age is not None and not any(age is not None and abs(age - person.age) <= 1 for _c, _s, age in letters):
        return ()
    return tuple((case, age) for case, _sex, age in letters)


def other_sex_instead(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int,
                      item_flow: Callable[..., Answer]) -> Answer | None:
    """The answer about the letter holding every treatment named, when only letters of the other sex
    than the one told hold them; else None."""
    held = only_other_sex(engine, query)
    if not held:
        return None
    sex = query.person.sex
    other = "female" if sex == "male" else "male"
    cases = sorted(case for case, _age in held)
    notes = [*seen.get("notes", ()), f"sex: no {sex} patient's letter has them all; answered about {', '.join(cases)}"]
    unsexed = msgspec.structs.replace(query, person=msgspec.structs.replace(query.person, sex=None))
    found = item_flow(engine, plan, unsexed, question, {**seen, "notes": notes}, k)
    if found.abstained or not found.citations or found.citations[0].case_number not in cases:
        return None
    named_words = list(_named_sets(query).values())
    products = _drugs_named(query)
    together = len(named_words) > 1 and bool(holding_all(engine, None, set(_named_sets(query))))
    words = (f"{', '.join(named_words[:-1])} and {named_words[-1]} together" if together
             else f"{', '.join(named_words[:-1])} or {named_words[-1]}" if len(named_words) > 1
             else f"a request for {products[0] if products else asked_words(query)}")
    them = "them" if together else "any of them" if len(named_words) > 1 else "it"
    named = "; ".join(f"case {case}, a {f'{age}-year-old ' if age else ''}{_SEX_WORD[other][0]}'s" for case, age in held)
    said = (f"No letter of a {_SEX_WORD[sex][0]} has {words}; "
            + (f"the one letter that has {them} is {named}." if len(held) == 1
               else f"the letters that have {them} are {named}."))
    return msgspec.structs.replace(found, answer=f"{said} {found.answer}", lead=f"{said} {found.lead}".strip())


__all__ = ["only_other_sex", "other_sex_instead"]
