"""Of the letters that might be the patient's, those holding the rarest of the things a question names:
"the woman with the Deprizine and Dicopanol compounds" is the one letter with an H2 blocker and a sleep
aid, not one whose two compound creams match the common word "compounds"."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from service.engine import Engine


def weightiest(engine: Engine, cases: Sequence[str], wanted: Collection[str]) -> set[str]:
    """Of `cases`, the letters whose requests hold the most weight of the treatment sets `wanted`, each
    weighing the log of how rare it is among the index's letters, when they hold two or more of them;
    else the empty set."""
    if len(wanted) < 2 or not cases:
        return set()
    rows = engine.store.catalog.query(
        "SELECT i.case_number, t.treatment FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"WHERE i.case_number IN ({','.join('?' * len(cases))})", list(cases))
    held: dict[str, set[str]] = {}
    for case, treatment in rows:
        if treatment in wanted:
            held.setdefault(case, set()).add(treatment)
    weight = {t: rarity(engine, t) for t in wanted}
    scores = {case: sum(weight[t] for t in sets) for case, sets in held.items() if len(sets) >= 2}
    top = max(scores.values(), default=0.0)
    return {case for case, score in scores.items() if top > 0 and score >= top - 1e-9}


def rarity(engine: Engine, treatment: str) -> float:
    """log(letters / letters with a request of `treatment`): 0 when every letter has one, or none does."""
    having = engine.store.catalog.query(
        "SELECT COUNT(DISTINCT i.case_number) FROM items i JOIN item_treatments t ON t.item_id = i.id "
        "WHERE t.treatment = ?", (treatment,))[0][0]
    letters = engine.store.catalog.query("SELECT COUNT(*) FROM letters", ())[0][0]
    return math.log(letters / having) if having and letters else 0.0


__all__ = ["rarity", "weightiest"]
