"""A count's items broken down by kind of treatment, when the question asks which kinds they were: "how many
overturned, and which kinds?" -> "By kind of treatment: acupuncture 3, MRI 3, medication 2, ...". Each item
counts once under each kind it is of (service.collection.dimensions, `kind`: an EMG/NCS under both, said so);
an item of no kind counts as "other".

    kinds_asked("how many overturned, and which kinds?") -> True
    kinds_asked("how many were overturned?") -> False
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from service.collection.dimensions import labelled
from service.filters import item_condition, validate

# "which kinds", "what types of treatment were they", "broken down by type", "a breakdown by category"
_KINDS = re.compile(r"\b(?:which|what)\s+(?:kinds?|types?|sorts?|categor(?:y|ies))\b"
                    r"|\b(?:by|per)\s+(?:the\s+)?(?:kind|type|sort|category)\b"
                    r"|\bbreak\s*(?:down|(?:it|them|that)\s+down)\b|\bbroken\s+down\b", re.IGNORECASE)


def kinds_asked(text: str) -> bool:
    """Whether a count's question asks of what kinds its items were."""
    return bool(_KINDS.search(text))


def kinds_sentence(query: Callable[..., list[tuple]], where: dict[str, str]) -> str:
    """'By kind of treatment: acupuncture 3, MRI 3, other 1.' for the items meeting `where` (the largest first,
    ties by name); "" when none does."""
    sql, params = item_condition(validate(where))
    ids = {int(i) for (i,) in query(f"SELECT i.id FROM items i WHERE {sql}", params)}
    if not ids:
        return ""
    counts = Counter(label for label, _item, _letter in labelled(query, "kind", sql, params))
    kinded = {item for _label, item, _letter in labelled(query, "kind", sql, params)}
    if other := len(ids - kinded):
        counts["other"] = other
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] == "other", kv[0].lower()))
    twice = " (an item of two kinds counts under each)" if sum(counts.values()) > len(ids) else ""
    return "By kind of treatment: " + ", ".join(f"{label} {n}" for label, n in ranked) + twice + "."


__all__ = ["kinds_asked", "kinds_sentence"]
