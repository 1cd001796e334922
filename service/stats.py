"""Counts of letters and items, by decision, treatment category and body region."""

from __future__ import annotations

from collections import Counter

import msgspec
import numpy as np

from service.engine import Engine


class Stats(msgspec.Struct, frozen=True, kw_only=True):
    letters: int
    items: int
    by_decision: dict[str, int]
    by_category: dict[str, dict[str, int]]
    by_body_region: dict[str, dict[str, int]]


def index_stats(engine: Engine) -> Stats:
    by_decision: Counter[str] = Counter()
    by_category: dict[str, Counter[str]] = {}
    by_region: dict[str, Counter[str]] = {}
    items = 0
    lex = engine.lexical()  # the warm index's metadata (live rows only): no store round trip per item
    for row in np.flatnonzero(lex.mask({"window": 1})):
        meta = lex.meta[row]
        items += 1
        decision = str(meta.get("decision", ""))
        by_decision[decision] += 1
        by_category.setdefault(str(meta.get("category") or "unclassified"), Counter())[decision] += 1
        for region in meta.get("body_regions") or ["unspecified"]:
            by_region.setdefault(str(region), Counter())[decision] += 1
    return Stats(
        letters=engine.store.letter_count(),
        items=items,
        by_decision=dict(by_decision),
        by_category={k: dict(v) for k, v in sorted(by_category.items())},
        by_body_region={k: dict(v) for k, v in sorted(by_region.items())},
    )
