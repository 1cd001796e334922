"""GET /api/items: the items behind any number, filtered, sorted, paged, with facets; or as CSV.

Parameters: every filter of service.filters (a value may list several, comma-separated, where the
filter allows), plus `q` (words that must all occur in the request), `sort` (decision_date,
-decision_date, case_number, -case_number, decision, -decision, title, -title), `page` (from 1)
and `per_page` (1-200), and `format` (json or csv). Facets count the filtered items (every page)
by decision, treatment set, body region, reason code, guideline source (the reviewer's line) and
decision month.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import msgspec

from indexer.reasons import CODES
from indexer.treatments import SETS
from service.engine import Engine
from service.filters import ALLOWED, FilterError, item_condition, validate

SORTS = {
    "decision_date": "i.decision_day, i.case_number, i.item_index",
    "-decision_date": "i.decision_day DESC, i.case_number, i.item_index",
    "case_number": "i.case_number, i.item_index", "-case_number": "i.case_number DESC, i.item_index",
    "decision": "i.decision, i.decision_day DESC, i.case_number, i.item_index",
    "-decision": "i.decision DESC, i.decision_day DESC, i.case_number, i.item_index",
    "title": "i.title COLLATE NOCASE, i.case_number, i.item_index",
    "-title": "i.title COLLATE NOCASE DESC, i.case_number, i.item_index",
}
PARAMS = {
    "q": "words that must all occur in the request (at most 200 characters)",
    "sort": "one of: " + ", ".join(SORTS),
    "page": "a page number from 1",
    "per_page": "a number from 1 to 200",
    "format": "json or csv",
}
MAX_PER_PAGE = 200
MAX_CSV = 50_000
FACETS = {
    "decision": "SELECT i.decision, count(*) FROM items i WHERE {w} GROUP BY 1",
    "treatment": "SELECT t.treatment, count(*) FROM items i JOIN item_treatments t ON t.item_id = i.id WHERE {w} GROUP BY 1",
    "body_region": "SELECT r.region, count(*) FROM items i JOIN item_regions r ON r.item_id = i.id WHERE {w} GROUP BY 1",
    "reason": "SELECT x.code, count(*) FROM items i JOIN item_reasons x ON x.item_id = i.id WHERE {w} GROUP BY 1",
    "guideline_source": "SELECT COALESCE(g.family, 'none'), count(DISTINCT i.id) FROM items i LEFT JOIN guideline_parts g "
                        "ON g.item_id = i.id AND g.side = 'maximus' WHERE {w} GROUP BY 1",
    "month": "SELECT i.decision_month, count(*) FROM items i WHERE {w} AND i.decision_month IS NOT NULL GROUP BY 1",
}
_LIST = "(SELECT group_concat({col}, ',') FROM (SELECT DISTINCT {col} FROM {table} WHERE item_id = i.id {extra}))"
COLUMNS = (
    "i.case_number, i.item_index, i.title, i.request, i.decision, i.category, "
    + _LIST.format(col="treatment", table="item_treatments", extra="") + ", "
    + _LIST.format(col="region", table="item_regions", extra="") + ", "
    + _LIST.format(col="code", table="item_reasons", extra="") + ", "
    + _LIST.format(col="family", table="guideline_parts", extra="AND side = 'maximus'")
    + ", COALESCE(i.decision_date, ''), i.heading_page"
)


class ItemRow(msgspec.Struct, frozen=True, kw_only=True):
    case_number: str
    item_index: int
    title: str
    request: str
    decision: str
    category: str
    treatments: tuple[str, ...]
    body_regions: tuple[str, ...]
    reasons: tuple[str, ...]
    guideline_families: tuple[str, ...]
    decision_date: str
    pages: tuple[int, ...]


class ItemPage(msgspec.Struct, frozen=True, kw_only=True):
    total: int
    page: int
    per_page: int
    items: tuple[ItemRow, ...]
    facets: dict[str, dict[str, int]]
    filters: dict[str, object]  # the filters applied, normalised
    labels: dict[str, dict[str, str]]  # treatment set ids and reason codes in words


def _bad(name: str, value: str) -> FilterError:
    return FilterError(f"parameter {name}={value!r} is not valid: use {PARAMS[name]}")


def _number(name: str, value: str | None, default: int, high: int) -> int:
    if value is None or value == "":
        return default
    if not value.isdigit() or not 1 <= int(value) <= high:
        raise _bad(name, value)
    return int(value)


def _where(params: dict[str, str]) -> tuple[str, list[object], dict[str, object]]:
    unknown = [k for k in params if k not in ALLOWED and k not in PARAMS]
    if unknown:
        raise FilterError(f"unknown parameter {unknown[0]!r}: use the filters {', '.join(ALLOWED)}, or "
                          f"{', '.join(PARAMS)}")
    filters = validate({k: v for k, v in params.items() if k in ALLOWED})
    where, args = item_condition(filters)
    q = (params.get("q") or "").strip()
    if len(q) > 200:
        raise _bad("q", q[:40] + "...")
    for word in re.findall(r"[\w/.-]+", q)[:12]:
        where += " AND i.request LIKE ? ESCAPE '\\'"
        args.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    return where, args, filters


def _row(r: tuple) -> ItemRow:
    split = lambda v: tuple(sorted(v.split(","))) if v else ()  # noqa: E731
    return ItemRow(case_number=r[0], item_index=r[1], title=r[2], request=r[3], decision=r[4], category=r[5],
                   treatments=split(r[6]), body_regions=split(r[7]), reasons=split(r[8]),
                   guideline_families=split(r[9]) or ("none",), decision_date=r[10], pages=(r[11],))


def _sort(params: dict[str, str]) -> str:
    sort = params.get("sort") or "-decision_date"
    if sort not in SORTS:
        raise _bad("sort", sort)
    return SORTS[sort]


def list_items(engine: Engine, params: dict[str, str]) -> ItemPage:
    if (fmt := params.get("format") or "json") not in ("json", "csv"):
        raise _bad("format", fmt)
    where, args, filters = _where(params)
    order = _sort(params)
    page = _number("page", params.get("page"), 1, 1_000_000)
    per_page = _number("per_page", params.get("per_page"), 25, MAX_PER_PAGE)
    catalog = engine.store.catalog
    total = catalog.query(f"SELECT count(*) FROM items i WHERE {where}", args)[0][0]
    rows = catalog.query(f"SELECT {COLUMNS} FROM items i WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                         [*args, per_page, (page - 1) * per_page])
    facets = {name: dict(sorted(((str(k), n) for k, n in catalog.query(sql.format(w=where), args)),
                                key=lambda kv: (-kv[1], kv[0]))) for name, sql in FACETS.items()}
    items = tuple(_row(r) for r in rows)
    shown = {v for i in items for v in (*i.treatments, *i.reasons)}
    labels = {"treatment": {s.id: s.label for s in SETS if s.id in facets["treatment"] or s.id in shown},
              "reason": {c: v.label for c, v in CODES.items() if c in facets["reason"] or c in shown}}
    return ItemPage(total=total, page=page, per_page=per_page, items=items, facets=facets, filters=filters,
                    labels=labels)


def _cell(value: object) -> str:
    text = ";".join(map(str, value)) if isinstance(value, tuple) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text  # no spreadsheet formulas


def items_csv(engine: Engine, params: dict[str, str]) -> tuple[str, str]:
    """(file name, CSV text) of every item the parameters select (at most MAX_CSV), sorted."""
    where, args, _filters = _where({k: v for k, v in params.items() if k not in ("page", "per_page", "format")})
    rows = engine.store.catalog.query(f"SELECT {COLUMNS} FROM items i WHERE {where} ORDER BY {_sort(params)} LIMIT ?",
                                      [*args, MAX_CSV])
    out = io.StringIO()
    writer = csv.writer(out)
    fields = ItemRow.__struct_fields__
    writer.writerow(fields)
    for r in rows:
        item = _row(r)
        writer.writerow([_cell(getattr(item, f)) for f in fields])
    return f"imr-items-{date.today().isoformat()}.csv", out.getvalue()
