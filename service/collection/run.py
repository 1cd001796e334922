"""Run a checked CollectionQuery on the catalog: SQL with parameters, then plain arithmetic.

The result is a `Table` whose rows carry their label first and the number asked for last (shares
as fractions rounded to 3 decimals), with per row the filters that list the items behind it; the
population's counts by decision; and a few example items behind the main number.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

import msgspec

from service.collection.dimensions import WORDS, labelled, link, month_range
from service.collection.shape import AGE_COLUMNS, STAT_COLUMNS, CollectionQuery, either_outcome
from service.filters import item_condition, validate
from service.types import Table

Query = Callable[..., list[tuple]]
EXAMPLES = 3
EXAMPLES_LISTED = 8  # the items of the letters a wait lists, cited at most
MAX_CASE_LINK = 200  # letters listed by case number in a link; past this the link lists the items by filters


class Result(msgspec.Struct, frozen=True, kw_only=True):
    table: Table
    counts: dict[str, int]  # the population (or, for counts, what was counted) by decision
    behind: dict[str, str]  # filters listing the items behind the main number
    examples: tuple[tuple[str, int], ...]  # (case number, item index) of items behind it
    total: int  # the population's size in the query's unit (items or letters)
    behind_items: int = 0  # how many items are behind the main number
    of_decided: int = 0  # items counted by decision: how many items of the kind were decided either way


def share(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


class _Items:
    """Items meeting a condition: id -> (letter id, decision)."""

    def __init__(self, query: Query, *conditions: dict[str, str]) -> None:
        clauses, params = [], []
        for filters in conditions:
            sql, args = item_condition(validate(filters))
            clauses.append(f"({sql})")
            params += args
        self.where, self.params = " AND ".join(clauses) or "1", params
        rows = query(f"SELECT i.id, i.letter_id, i.decision FROM items i WHERE {self.where}", params)
        self.items = {r[0]: (r[1], r[2]) for r in rows}

    def letters(self) -> set[int]:
        return {letter for letter, _d in self.items.values()}

    def size(self, unit: str) -> int:
        return len(self.letters()) if unit == "letters" else len(self.items)

    def counts(self) -> dict[str, int]:
        up = sum(1 for _l, d in self.items.values() if d == "Upheld")
        return {"total": len(self.items), "Upheld": up, "Overturned": len(self.items) - up}


def run(query: Query, cq: CollectionQuery) -> Result:
    return {"count": _count, "share": _share, "top": _top, "compare": _compare, "trend": _trend,
            "mean": _mean}[cq.shape](query, cq)


def _merged(*filters: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in filters:
        out.update(f)
    return out


def _examples(query: Query, ids: set[int] | list[int], n: int = EXAMPLES, per_letter: bool = False
              ) -> tuple[tuple[str, int], ...]:
    """(case number, item index) of up to `n` of the items `ids`, newest first; `per_letter`: the
    first of each letter only (a count of letters shows letters, not one letter's items)."""
    wanted = list(ids)[:2000]
    if not wanted:
        return ()
    rows = query(f"SELECT case_number, item_index FROM items WHERE id IN ({','.join('?' * len(wanted))}) "
                 "ORDER BY decision_day DESC, case_number, item_index" + ("" if per_letter else " LIMIT ?"),
                 [*wanted] if per_letter else [*wanted, n])
    if per_letter:
        first: dict[str, tuple] = {}
        for r in rows:  # each letter's first (newest) row, in order
            first.setdefault(r[0], r)
        rows = list(first.values())
    return tuple((r[0], r[1]) for r in rows[:n])


def _case_link(query: Query, letters: set[int], base: dict[str, str]) -> dict[str, str]:
    if not letters or len(letters) > MAX_CASE_LINK:
        return base
    ids = sorted(letters)
    cases = [r[0] for r in query(f"SELECT case_number FROM letters WHERE id IN ({','.join('?' * len(ids))}) "
                                 "ORDER BY case_number", ids)]
    return {**base, "case_number": ",".join(cases)}


def _count(query: Query, cq: CollectionQuery) -> Result:
    counted = _Items(query, cq.where, cq.part)
    behind = _merged(cq.where, cq.part)
    letters: set[int] | None = None
    if cq.unit == "items":
        ids = set(counted.items)
        n = len(ids)
    else:
        letters = _letters(cq, _Items(query, cq.where), counted)
        ids = {i for i, (letter, _d) in counted.items.items() if letter in letters}
        if cq.letters != "any" or cq.min_items > 1 or cq.max_items:  # the items of those letters, by case number
            behind = _case_link(query, letters, behind)
        n = len(letters)
    rows: list[tuple[object, ...]] = [("counted", n)]
    links = [behind]
    if cq.listing and letters:
        per = Counter(letter for i, (letter, _d) in counted.items.items() if i in ids)
        names = dict(query(f"SELECT id, case_number FROM letters WHERE id IN ({','.join('?' * len(per))})", list(per)))
        rows = sorted(((names[lid], k) for lid, k in per.items()), key=lambda r: str(r[0]))
        links = [{**_merged(cq.where, cq.part), "case_number": str(case)} for case, _k in rows]
    up = sum(1 for i in ids if counted.items[i][1] == "Upheld")
    counts = {"total": len(ids), "Upheld": up, "Overturned": len(ids) - up, **({"letters": n} if letters is not None else {})}
    if cq.total:  # the population too: its size first, then the part counted
        population = _Items(query, cq.where)
        size = len(_letters(msgspec.structs.replace(cq, part={}), population, population)) if letters is not None \
            else len(population.items)
        rows, links = [("in the index", size), ("counted", n)], [dict(cq.where), behind]
        counts = {**population.counts(), "counted": n, **({"letters": size} if letters is not None else {})}
    of_decided = len(_Items(query, either_outcome(cq.where), cq.part).items) \
        if cq.unit == "items" and "decision" in cq.where and not cq.total and not cq.listing else 0
    return Result(table=Table(columns=("counted", cq.unit), rows=tuple(rows), links=tuple(links)), counts=counts,
                  behind=behind, examples=_examples(query, ids, cq.shown or EXAMPLES, per_letter=letters is not None), total=n,
                  behind_items=len(ids), of_decided=of_decided)


def _letters(cq: CollectionQuery, population: _Items, counted: _Items) -> set[int]:
    """The letters a count of letters counts (see service.collection.shape)."""
    if cq.letters == "all":
        failing = {letter for i, (letter, _d) in population.items.items() if i not in counted.items}
        return population.letters() - failing
    if cq.letters == "mixed":
        seen: dict[int, set[str]] = defaultdict(set)
        for letter, decision in counted.items.values():
            seen[letter].add(decision)
        return {letter for letter, decisions in seen.items() if len(decisions) > 1}
    per = Counter(letter for letter, _d in counted.items.values())
    return {letter for letter, k in per.items() if k >= cq.min_items and (not cq.max_items or k <= cq.max_items)}


def _share(query: Query, cq: CollectionQuery) -> Result:
    base = _Items(query, cq.where)
    part = _Items(query, cq.where, cq.part)
    num, den = part.size(cq.unit), base.size(cq.unit)
    behind = _merged(cq.where, cq.part)
    if cq.unit == "letters" and (cq.letters != "any" or cq.min_items > 1 or cq.max_items):  # "every request denied", "both outcomes"
        letters = _letters(cq, base, part)
        num, behind = len(letters), _case_link(query, letters, behind)
    row = ("share", num, den, share(num, den))
    return Result(table=Table(columns=("counted", cq.unit if cq.unit == "letters" else "items", "of", "share"),
                              rows=(row,), links=(behind,)),
                  counts=base.counts(), behind=behind, examples=_examples(query, set(part.items) or set(base.items)),
                  total=den, behind_items=len(part.items))


def _rank(rows: list[tuple[object, ...]], least: bool) -> list[tuple[object, ...]]:
    """Most (or fewest) first by the last cell, then by label."""
    sign = 1 if least else -1
    return sorted(rows, key=lambda r: (sign * float(r[-1]), str(r[0])))  # type: ignore[arg-type]


def _top(query: Query, cq: CollectionQuery) -> Result:
    base = _Items(query, cq.where)
    side = cq.where.get("guideline_side", "maximus")
    by_label: dict[str, set[int]] = defaultdict(set)
    for label, item, _letter in labelled(query, cq.by or "kind", base.where, base.params, side):
        by_label[label].add(item)
    part = set(_Items(query, cq.where, cq.part).items) if cq.part else None
    rows: list[tuple[object, ...]] = []
    for label, ids in by_label.items():
        size = len({base.items[i][0] for i in ids}) if cq.unit == "letters" else len(ids)
        if part is None:
            rows.append((label, size))
        else:
            hits = ids & part
            rows.append((label, len({base.items[i][0] for i in hits}) if cq.unit == "letters" else len(hits), size,
                         share(len(hits), len(ids))))
    ranked = _rank(rows, cq.least)
    if cq.n:
        ranked = ranked[: cq.n]
    elif ranked:
        ranked = [r for r in ranked if r[-1] == ranked[0][-1]]
    links = tuple(_merged(cq.where, cq.part, link(cq.by or "kind", str(r[0]))) for r in ranked)
    columns = (WORDS[cq.by or "kind"], cq.unit) if part is None else (WORDS[cq.by or "kind"], "part", "of", "share")
    top_ids = by_label.get(str(ranked[0][0]), set()) if ranked else set()
    return Result(table=Table(columns=columns, rows=tuple(ranked), links=links), counts=base.counts(),
                  behind=links[0] if links else dict(cq.where), total=base.size(cq.unit),
                  examples=_examples(query, (top_ids & part) if part else top_ids),
                  behind_items=len((top_ids & part) if part else top_ids))


def _compare(query: Query, cq: CollectionQuery) -> Result:
    rows: list[tuple[object, ...]] = []
    links: list[dict[str, str]] = []
    examples: list[tuple[str, int]] = []
    everyone = _Items(query, cq.where)
    for group in cq.groups:
        base = _Items(query, cq.where, group.where)
        if cq.part:
            part = _Items(query, cq.where, group.where, cq.part)
            num, den = part.size(cq.unit), base.size(cq.unit)
            rows.append((group.label, num, den, share(num, den)))
            picked = [*_examples(query, set(part.items) or set(base.items))[:1]]
            if set(cq.part) == {"decision"}:  # and one of the other outcome, from another letter: each
                # group's approved and denied items side by side (their reasons are quoted: service.collection.flow)
                used = {case for case, _i in (*examples, *picked)}
                picked += [e for e in _examples(query, set(base.items) - set(part.items), EXAMPLES + len(used))
                           if e[0] not in used][:1]
            examples += picked
        else:
            rows.append((group.label, base.size(cq.unit)))
            examples += _examples(query, set(base.items))[:1]
        links.append(_merged(cq.where, group.where, cq.part))
    columns = ("group", "part", "of", "share") if cq.part else ("group", cq.unit)
    return Result(table=Table(columns=columns, rows=tuple(rows), links=tuple(links)), counts=everyone.counts(),
                  behind=dict(cq.where), examples=tuple(examples), total=everyone.size(cq.unit),
                  behind_items=len(everyone.items))


def _trend(query: Query, cq: CollectionQuery) -> Result:
    dates = {k: v for k, v in cq.where.items() if k in ("date_from", "date_to")}
    months = [r[0] for r in query(
        "SELECT DISTINCT i.decision_month FROM items i WHERE i.decision_month IS NOT NULL AND "
        f"{item_condition(validate(dates))[0]} ORDER BY 1", item_condition(validate(dates))[1])]
    base = _Items(query, cq.where)
    part = _Items(query, cq.where, cq.part) if cq.part else None
    month_of = {item: label for label, item, _l in labelled(query, "month", base.where, base.params)}

    def sizes(items: _Items) -> Counter[str]:  # one pass: items (or letters) per month
        seen = {(month_of.get(i), letter if cq.unit == "letters" else i) for i, (letter, _d) in items.items.items()}
        return Counter(month for month, _key in seen)

    totals, parts = sizes(base), sizes(part) if part is not None else None
    rows: list[tuple[object, ...]] = [
        (m, totals[m]) if parts is None else (m, parts[m], totals[m], share(parts[m], totals[m])) for m in months]
    links = tuple(_merged(cq.where, cq.part, month_range(m)) for m in months)
    columns = ("decision month", cq.unit) if part is None else ("decision month", "part", "of", "share")
    return Result(table=Table(columns=columns, rows=tuple(rows), links=links), counts=base.counts(),
                  behind=_merged(cq.where, cq.part), examples=(), total=base.size(cq.unit),
                  behind_items=len(part.items if part is not None else base.items))


SINCE_COLUMN = {"received": "application_received", "assigned": "date_assigned", "ur_denial": "ur_denial_date",
                "injury": "date_of_injury"}


def _days(query: Query, cq: CollectionQuery) -> Result:
    """Days from the letter's earlier date (`cq.since`) to its decision date, over the letters of
    the population: mean, median, fewest and most, and how many letters give both dates."""
    base = _Items(query, cq.where)
    ids = sorted(base.letters())
    column = SINCE_COLUMN[cq.since]
    if cq.over or cq.under:
        return _waits(query, cq, base, ids, column)
    days: list[float] = []
    for start in range(0, len(ids), 900):  # SQLite's bound on parameters
        chunk = ids[start:start + 900]
        days += [r[0] for r in query(
            f"SELECT julianday(decision_date) - julianday({column}) FROM letters WHERE id IN ({','.join('?' * len(chunk))})"
            f" AND decision_date IS NOT NULL AND {column} IS NOT NULL", chunk) if r[0] is not None]
    days.sort()
    n = len(days)
    mean = round(sum(days) / n, 1) if n else 0.0
    median = (days[n // 2] if n % 2 else (days[n // 2 - 1] + days[n // 2]) / 2) if n else 0.0
    figures = {"mean": mean, "median": round(median, 1), "fewest": int(days[0]) if n else 0, "most": int(days[-1]) if n else 0}
    order = [s for s in figures if s != cq.stat] + [cq.stat]  # the figure asked last, as every table has it
    row = ("days to the IMR decision", n, *(figures[s] for s in order))
    return Result(table=Table(columns=("counted", "letters", *(STAT_COLUMNS[s] for s in order)), rows=(row,),
                              links=(dict(cq.where),)),
                  counts=base.counts(), behind=dict(cq.where), examples=(), total=n, behind_items=len(base.items))


def _waits(query: Query, cq: CollectionQuery, base: _Items, ids: list[int], column: str) -> Result:
    """The letters whose days from `column` to the decision are more than `cq.over` (or fewer than
    `cq.under`), longest first (shortest first for `under`): a table of case and days, their items as examples,
    and how many letters give both dates (`total`: the letters listed)."""
    waits: list[tuple[str, int, int]] = []  # (case number, days, letter id)
    for start in range(0, len(ids), 900):  # SQLite's bound on parameters
        chunk = ids[start:start + 900]
        waits += [(r[0], int(round(r[1])), r[2]) for r in query(
            f"SELECT case_number, julianday(decision_date) - julianday({column}), id FROM letters WHERE id IN "
            f"({','.join('?' * len(chunk))}) AND decision_date IS NOT NULL AND {column} IS NOT NULL", chunk)
            if r[1] is not None]
    given = len(waits)
    chosen = sorted((w for w in waits if (w[1] > cq.over if cq.over else w[1] < cq.under)),
                    key=lambda w: (-w[1] if cq.over else w[1], w[0]))
    letters = {w[2] for w in chosen}
    mine = {i: v for i, v in base.items.items() if v[0] in letters}
    order = {w[2]: n for n, w in enumerate(chosen)}
    refs = query(f"SELECT case_number, item_index, letter_id FROM items WHERE id IN ({','.join('?' * len(mine))})",
                 list(mine)) if mine else []
    examples = tuple((r[0], r[1]) for r in sorted(refs, key=lambda r: (order[r[2]], r[1])))[:EXAMPLES_LISTED]
    up = sum(1 for _l, d in mine.values() if d == "Upheld")
    return Result(table=Table(columns=("case", "days to the IMR decision"), rows=tuple((w[0], w[1]) for w in chosen),
                              links=tuple({"case_number": w[0]} for w in chosen)),
                  counts={"total": len(mine), "Upheld": up, "Overturned": len(mine) - up, "letters": given},
                  behind=_case_link(query, letters, dict(cq.where)), examples=examples, total=len(chosen),
                  behind_items=len(mine))


def _ages(query: Query, cq: CollectionQuery) -> Result:
    """The age each letter of the population gives its patient: mean, median, youngest and oldest,
    and how many letters give an age."""
    base = _Items(query, cq.where)
    ids = sorted(base.letters())
    ages: list[int] = []
    for start in range(0, len(ids), 900):  # SQLite's bound on parameters
        chunk = ids[start:start + 900]
        ages += [int(r[0]) for r in query(
            f"SELECT age FROM letters WHERE id IN ({','.join('?' * len(chunk))}) AND age IS NOT NULL", chunk)]
    ages.sort()
    n = len(ages)
    median = (ages[n // 2] if n % 2 else (ages[n // 2 - 1] + ages[n // 2]) / 2) if n else 0.0
    figures = {"mean": round(sum(ages) / n, 1) if n else 0.0, "median": round(float(median), 1),
               "fewest": ages[0] if n else 0, "most": ages[-1] if n else 0}
    order = [s for s in figures if s != cq.stat] + [cq.stat]  # the figure asked last, as every table has it
    row = ("patient's age", n, *(figures[s] for s in order))
    return Result(table=Table(columns=("counted", "letters", *(AGE_COLUMNS[s] for s in order)), rows=(row,),
                              links=(dict(cq.where),)),
                  counts=base.counts(), behind=dict(cq.where), examples=(), total=n, behind_items=len(base.items))


def _mean(query: Query, cq: CollectionQuery) -> Result:
    if cq.measure == "days":
        return _days(query, cq)
    if cq.measure == "age":
        return _ages(query, cq)
    base = _Items(query, cq.where)
    items, letters = len(base.items), len(base.letters())
    row = ("items per letter", items, letters, share(items, letters))
    return Result(table=Table(columns=("counted", "items", "letters", "items per letter"), rows=(row,),
                              links=(dict(cq.where),)),
                  counts=base.counts(), behind=dict(cq.where), examples=(), total=letters, behind_items=items)
