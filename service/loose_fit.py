"""A patient described by an age or a sex that no letter has, asking a treatment that one letter has:
"my wife is 63 and she tore her rotator cuff, why did they deny the shoulder surgery?", where the one
rotator cuff surgery is a 63-year-old man's. No letter fits the description exactly, so no letter is
"theirs"; the treatment asked is firmer than an age or a sex told second-hand (a relative's, a
colleague's patient). The answer is about the letter with the treatment, nearest the description
when several have it, and says first how its patient differs. Never another patient's letter that
lacks the treatment, never only "no letter fits".
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from service.engine import Engine
from service.gather import case_items
from service.lacking import asked_words, has_asked, products_named, title_names, with_limbs
from service.patients import printing_told
from service.plan import Plan
from service.quantity import asked_counts, request_counts
from service.scope import asked_sets
from service.types import Answer
from service.understand import Query

_NOUN = {"male": "man", "female": "woman"}
SEX_OFF = 1.0  # how far a letter of the other sex is from the description
AGE_YEAR = 0.15  # how far an age a year off the one told is; ten years off or more is as far as AGE_FAR
AGE_FAR = 1.5
ONE_MISS = 1.0  # the farthest of several letters with the treatment answered without a condition told


def age_off(told: int | None, age: int | None) -> float:
    """How far a letter's age is from the age told: 0 the same (or none told), AGE_YEAR a year for each year off,
    up to AGE_FAR (ten years or more, or the letter gives none); a sex missed (SEX_OFF) is about seven years."""
    if told is None:
        return 0.0
    if age is None:
        return AGE_FAR
    return round(min(abs(age - told) * AGE_YEAR, AGE_FAR), 2)


def distance(told_age: int | None, told_sex: str | None, age: int | None, sex: str | None) -> float:
    """How far a letter's patient (`age`, `sex`) is from the one described: the sum of the two misses."""
    return age_off(told_age, age) + (SEX_OFF if told_sex and sex != told_sex else 0.0)


def exact_exists(engine: Engine, query: Query) -> bool:
    """Whether some letter's patient has exactly the age and the sex told (each when told)."""
    person, clauses, params = query.person, [], []
    if person.age is not None:
        clauses.append("age = ?")
        params.append(person.age)
    if person.sex:
        clauses.append("sex = ?")
        params.append(person.sex)
    return bool(engine.store.catalog.query(f"SELECT 1 FROM letters WHERE {' AND '.join(clauses)} LIMIT 1", params))


def _product(query: Query) -> str | None:
    """The one drug product the question names by a brand or product name ("the tabradol"), or None."""
    named = products_named(query)
    return named[0] if len(named) == 1 else None


def _holds(query: Query, sets: tuple[str, ...], row, product: str | None) -> bool:
    """Whether a letter's item (service.gather.case_items row) is the treatment asked: by its product name
    when the question names one that some title names, else of the treatment set and the body part asked."""
    _index, title, _decision, treatments, regions = row
    if product:
        return title_names(product, title)
    if query.body_regions and regions and not with_limbs(query.body_regions) & set(regions):
        return False
    return has_asked(query, sets, [row])


def holders(engine: Engine, query: Query) -> list[tuple[str, int | None, str | None]]:
    """(case number, age, sex) of the letters with a request for the treatment asked."""
    sets = asked_sets(query)
    if not sets:
        return []
    rows = engine.store.catalog.query(
        "SELECT DISTINCT i.case_number, l.age, l.sex FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"JOIN letters l ON l.case_number = i.case_number WHERE t.treatment IN ({', '.join('?' * len(sets))}) "
        "ORDER BY i.case_number", list(sets))
    product = _product(query)
    items = {case: case_items(engine, case) for case, _age, _sex in rows}  # (each letter's items read once)
    if product and not any(_holds(query, sets, row, product) for case_rows in items.values() for row in case_rows):
        product = None  # "the Norco": no title names it; the drug's class stands
    return [(case, age, sex) for case, age, sex in rows if any(_holds(query, sets, row, product) for row in items[case])]


def nearest_holder(engine: Engine, query: Query) -> tuple[str, int | None, str | None, int] | None:
    """(case, age, sex, how many letters have it) of the letter with the treatment asked nearest the
    patient described, when the question describes one by an age or a sex that no letter has exactly and
    names no case, and one letter with the treatment is nearer than the others; else None."""
    person = query.person
    if query.case_numbers or not person.described or (person.age is None and not person.sex):
        return None
    if exact_exists(engine, query) or not (having := holders(engine, query)):
        return None
    far = {h[0]: distance(person.age, person.sex, h[1], h[2]) for h in having}
    # of several letters with it, only those one miss away (the sex, or the age by a few years): of many lumbar MRIs
    # the one nearest a 30-year-old man by chance is no one's
    pool = having if len(having) == 1 else [h for h in having if far[h[0]] <= ONE_MISS]
    nearest = min((far[h[0]] for h in pool), default=None)
    tied = [h for h in pool if far[h[0]] == nearest] or having
    if len(tied) > 1:
        # two as near (or none one miss away): the one whose case summary prints the condition told ("my mom is 77
        # with shoulder tendinitis": of two older women's shoulder MRIs, the one printing "tendinitis"), else neither
        told = printing_told(engine, query, tuple(case for case, _age, _sex in tied))
        tied = [h for h in tied if h[0] in told] if len(told) == 1 else []
        if not tied:
            return None
    case, age, sex = tied[0]
    return case, age, sex, len(having)


def differs_sentence(query: Query, words: str, case: str, age: int | None, sex: str | None, of: int) -> str:
    """'The patient described does not fit exactly: no letter is of a 64-year-old woman; the one letter
    with rotator cuff surgery is case CM17-0006797, a 63-year-old man's.'"""
    person = query.person
    told = " ".join(filter(None, (f"{person.age}-year-old" if person.age is not None else "",
                                  _NOUN.get(person.sex or "", "patient"))))
    theirs = " ".join(filter(None, (f"{age}-year-old" if age is not None else "", _NOUN.get(sex or "", "patient"))))
    which = "the one letter with" if of == 1 else "the nearest of the letters with"
    return (f"The patient described does not fit exactly: no letter is of a {told}; {which} {words} is case {case}, "
            f"a {theirs}'s.")


def _words(query: Query) -> str:
    """The treatment asked, with the body part told when its words name none: "rotator cuff surgery" of
    "they wanted to fix her rotator cuff - did IMR deny the surgery?"."""
    words = asked_words(query)
    if query.region_words and not any(w.lower() in words.lower() for w in query.region_words):
        return f"{query.region_words[0]} {words}"
    return words


def loose_instead(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int,
                  item_flow: Callable[..., Answer]) -> Answer | None:
    """The answer about the letter with the treatment asked nearest the patient described, when no letter
    fits the description exactly (nearest_holder); else None."""
    if plan.client_case or (near := nearest_holder(engine, query)) is None:
        return None
    case, age, sex, of = near
    person = msgspec.structs.replace(query.person, age=None, ages=None, sex=None, described=False)
    named = msgspec.structs.replace(query, case_numbers=(case,), person=person)
    filters = {**plan.filters, "case_number": case}
    notes = [*seen.get("notes", ()), f"patient: no letter fits exactly; answered about {case}, the nearest with it"]
    found = item_flow(engine, msgspec.structs.replace(plan, filters=filters), named, question,
                      {**seen, "notes": notes, "filters": filters}, k)
    if found.abstained or not found.citations or found.citations[0].case_number != case:
        return None
    said = differs_sentence(query, _words(query), case, age, sex, of)
    return msgspec.structs.replace(found, answer=f"{said} {found.answer}", lead=f"{said} {found.lead}".strip())


def year_off_sentence(engine: Engine, query: Query) -> str:
    """When the letter of the age told lacks the treatment asked: the one letter of the same sex a year off whose
    request is that treatment at the body part told, at the counts told (when told), as the likely one: 'The closest
    match is case CM16-0247660, a 27-year-old woman's: "Additional chiropractic three times a week for two weeks for
    the lumbar spine", denied (upheld).'; '' when none or several are."""
    person = query.person
    if query.case_numbers or person.age is None or not person.sex or not query.body_regions:
        return ""
    sets = asked_sets(query)
    counts = asked_counts(query.text)
    fitting = []
    for case, age, sex in holders(engine, query):
        if sex != person.sex or age is None or abs(age - person.age) != 1:
            continue
        for row in case_items(engine, case):
            _index, title, decision, _treatments, regions = row
            said = request_counts(title)
            if (_holds(query, sets, row, None) and regions and set(regions) & set(query.body_regions)
                    and (not counts or (said and said <= counts))):
                fitting.append((case, age, title, decision))
    if len(fitting) != 1:
        return ""
    case, age, title, decision = fitting[0]
    plain = "denied (upheld)" if decision == "Upheld" else "approved (overturned)"
    return (f' The closest match is case {case}, a {age}-year-old {_NOUN[person.sex]}\'s: "{title}", {plain}; it does '
            f"not fit the age told exactly.")


__all__ = ["age_off", "differs_sentence", "distance", "exact_exists", "holders", "loose_instead", "nearest_holder",
           "year_off_sentence"]
