"""The patient told by one of their requests: "the person whose PT for shoulders, elbows and wrists got
denied - were they also denied chiro?", "the guy whose knee scope was approved - what about his PT?".

What is told (service.besides: `SetAside.tells`) is a treatment, the body parts said with it and the
decision said of it. A letter fits by its item that fits best: one of the treatment's narrowest sets
(required), the body parts told that the item is of (and none other), and the decision told (an item
decided otherwise fits half as well: the asker may have the outcome wrong, never the patient). The
letters whose item fits best are the patient's (service.patients), so three letters with a PT request
are not three patients alike when one PT was for the shoulders, elbows and wrists.
"""

from __future__ import annotations

from indexer.treatments import members
from service.besides import SetAside, is_set_aside
from service.engine import Engine

CANDIDATES = 50  # letters whose item fits best, offered as the patient's beside those the description finds
OTHER_OUTCOME = 0.5  # how well an item decided otherwise than told fits, of one decided as told


def _narrowest(aside: SetAside) -> tuple[str, ...]:
    """The narrowest sets of what is told ("the knee scope": an arthroscopy, not any surgery)."""
    return tuple(t for t in aside.treatments if not any(o != t and o in members(t) for o in aside.treatments))


def fit(aside: SetAside, decision: str, regions: set[str]) -> float:
    """How well one item (already of a set told) fits what is told (0..1): the body parts told and its
    own, how many of all of them both have ("PT for the shoulder, wrist and hand": a PT of the shoulder,
    wrist and hip fits less than one of the shoulder and hand), halved when it was decided otherwise
    than told."""
    told = set(aside.regions)
    share = len(told & regions) / len(told | regions) if told else 1.0
    return share * (OTHER_OUTCOME if aside.outcome and decision != aside.outcome else 1.0)


def told_fits(engine: Engine, aside: SetAside, cases: list[str] | tuple[str, ...] | None = None) -> dict[str, float]:
    """Case number -> how well its best item fits the request that tells who the patient is, for the
    letters (of `cases`, when given) with an item of its treatment; {} when nothing is told so."""
    sets = _narrowest(aside)
    if not aside.tells or not sets or cases is not None and not cases:
        return {}
    where = f" AND i.case_number IN ({','.join('?' * len(cases))})" if cases is not None else ""
    rows = engine.store.catalog.query(
        "SELECT i.case_number, i.decision, (SELECT group_concat(region, '|') FROM item_regions r WHERE r.item_id = i.id) "
        f"FROM items i WHERE i.id IN (SELECT item_id FROM item_treatments WHERE treatment IN ({','.join('?' * len(sets))})){where}",
        [*sets, *(cases or ())])
    out: dict[str, float] = {}
    for case, decision, regions in rows:
        out[case] = max(out.get(case, 0.0), fit(aside, decision, set(filter(None, (regions or "").split("|")))))
    return out


def best_told(engine: Engine, aside: SetAside, cases: list[str] | tuple[str, ...] | None = None) -> set[str]:
    """Of `cases` (every letter when None, the first CANDIDATES), those whose item fits what is told
    best; empty when none has an item of its treatment or nothing is told."""
    fits = told_fits(engine, aside, cases)
    best = max(fits.values(), default=0.0)
    if best <= 0:
        return set()
    return set(sorted(case for case, f in fits.items() if f == best)[:CANDIDATES] if cases is None else
               (case for case, f in fits.items() if f == best))




def nothing_else(engine: Engine, aside: SetAside, one: str | None, asked: tuple[str, ...]) -> str:
    """What to say when the letter `one` of the patient told by a request has no other request, and the
    question asks of the others ("the woman whose PT for the shoulder, wrist and hand was denied -
    anything else denied?"): 'The letter of the patient described, case X, has no request besides the
    PT ...: its letter decided 1 item: ...'; '' otherwise (a treatment asked, `asked`, is answered or
    said missing as any is: service.lacking)."""
    from service.gather import case_items
    from service.lacking import decided

    if not aside.tells or not one or asked:
        return ""
    items = case_items(engine, one)
    if not items or not all(is_set_aside(aside, sets, regions) for _n, _t, _d, sets, regions in items):
        return ""
    return f"The letter of the patient described, case {one}, has no request besides {aside.words}. {decided(items)}"


def told_otherwise(engine: Engine, aside: SetAside, case: str) -> int | None:
    """The index of the item of `case` that the request told of the patient is (the one that fits it
    best), when it was decided otherwise than the question tells ("the guy whose knee scope was
    approved": his arthroscopy was denied); None when told rightly, or no decision is told."""
    from service.gather import case_items

    sets = set(_narrowest(aside))
    if not aside.tells or not aside.outcome or not sets:
        return None
    theirs = [(fit(aside, decision, set(regions)), -n, n, decision) for n, _t, decision, item_sets, regions in case_items(engine, case)
              if sets & set(item_sets)]
    if not theirs:
        return None
    best = max(theirs)
    return best[2] if best[3] != aside.outcome and best[0] > 0 else None


__all__ = ["best_told", "fit", "nothing_else", "told_fits", "told_otherwise"]
