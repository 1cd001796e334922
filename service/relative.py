"""Look-alike patients told apart by a relative word: "the older truck driver", "the younger one",
"the guy hurt first". Of the letters the description fits equally (service.patients), the one
with the highest or lowest age, or the earliest or latest date of injury."""

from __future__ import annotations

import re

# "the older cook", "the youngest one", "the guy hurt first", "the one injured most recently"
_RELATIVE = re.compile(r"\b(?P<age>older|oldest|younger|youngest)\b"
                       r"|\b(?:hurt|injured)\s+(?P<when>first|earlier|earliest|last|later|latest|most\s+recently)\b",
                       re.IGNORECASE)


def relative(text: str) -> tuple[str, bool] | None:
    """The field a relative word compares ('age' or 'injured') and whether it asks for the highest
    value (the older one; the one hurt later), or None."""
    m = _RELATIVE.search(text)
    if not m:
        return None
    if m.group("age"):
        return "age", m.group("age").lower().startswith("old")
    return "injured", m.group("when").lower() not in ("first", "earlier", "earliest")


def picked(rows: list[tuple[str, int | None, str | None]], field: str, highest: bool) -> str | None:
    """Of (case number, age, date of injury as YYYY-MM-DD) rows, the case the relative word picks;
    None when a value is missing or two share the extreme."""
    values = [(case, age if field == "age" else injured) for case, age, injured in rows]
    if len(values) < 2 or any(v in (None, "", -1) for _c, v in values):
        return None
    best = max(v for _c, v in values) if highest else min(v for _c, v in values)
    cases = [c for c, v in values if v == best]
    return cases[0] if len(cases) == 1 else None


__all__ = ["picked", "relative"]
