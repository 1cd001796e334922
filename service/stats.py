"""Counts of letters and items, by decision, treatment category and body region (SQL on the catalog)."""

from __future__ import annotations

import msgspec

from service.engine import Engine


class Stats(msgspec.Struct, frozen=True, kw_only=True):
    letters: int
    items: int
    by_decision: dict[str, int]
    by_category: dict[str, dict[str, int]]
    by_body_region: dict[str, dict[str, int]]
    by_reason: dict[str, dict[str, int]]  # reason code -> decision -> items (indexer.reasons)


def index_stats(engine: Engine) -> Stats:
    catalog = engine.store.catalog
    by_decision = dict(catalog.query("SELECT decision, count(*) FROM items GROUP BY decision"))
    by_category: dict[str, dict[str, int]] = {}
    for category, decision, n in catalog.query(
            "SELECT category, decision, count(*) FROM items GROUP BY category, decision ORDER BY category"):
        by_category.setdefault(category or "unclassified", {})[decision] = n
    by_region: dict[str, dict[str, int]] = {}
    for region, decision, n in catalog.query(
            "SELECT COALESCE(r.region, 'unspecified'), i.decision, count(*) FROM items i "
            "LEFT JOIN item_regions r ON r.item_id = i.id GROUP BY 1, 2 ORDER BY 1"):
        by_region.setdefault(region, {})[decision] = n
    by_reason: dict[str, dict[str, int]] = {}
    for code, decision, n in catalog.query(
            "SELECT x.code, i.decision, count(*) FROM item_reasons x JOIN items i ON i.id = x.item_id GROUP BY 1, 2 "
            "ORDER BY 1"):
        by_reason.setdefault(code, {})[decision] = n
    return Stats(letters=catalog.letter_count(), items=sum(by_decision.values()), by_decision=by_decision,
                 by_category=by_category, by_body_region=by_region, by_reason=by_reason)
