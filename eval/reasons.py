"""Does an answer give the reviewer's reasons? Metrics against the gold sentence roles (issue 11).

The gold finding sentences come from eval/gold/roles.jsonl (eval/roles_gold.py reads it); a
`finding` sentence says what this patient's records show or lack. Pure functions: quotes and
findings are passed in as text.

- `reason_quoted(quotes, findings)`: 1.0 when a quote matches a finding sentence of the gold item;
- `topic_reasons(quotes_by_case, findings_by_case)`: 1.0 when finding quotes come from at least
  3 gold letters (or from all of them, when fewer have findings);
- `quotes_per_answer(quotes)`: how many non-empty quotes an answer gives.
A quote matches a finding when, both normalised (support.normalise), the quote contains the
finding, or the finding contains the quote and the quote has at least 40 characters (or is the
whole finding): a clause of a finding counts, a two-word fragment does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from eval.support import normalise

MIN_QUOTE_CHARS = 40
TOPIC_LETTERS = 3


def matches_finding(quote: str, finding: str) -> bool:
    q, f = normalise(quote), normalise(finding)
    if not q or not f:
        return False
    return f in q or (q in f and len(q) >= min(len(f), MIN_QUOTE_CHARS))


def reason_quoted(quotes: Iterable[str], findings: Sequence[str]) -> float | None:
    """1.0 when any quote matches any finding; None when the item has no finding sentence."""
    if not findings:
        return None
    return float(any(matches_finding(q, f) for q in quotes for f in findings))


def topic_reasons(
    quotes_by_case: Mapping[str, Sequence[str]], findings_by_case: Mapping[str, Sequence[str]],
    need: int = TOPIC_LETTERS,
) -> float | None:
    """1.0 when finding quotes come from min(need, gold letters with findings) gold letters; None if none."""
    gold = {case: f for case, f in findings_by_case.items() if f}
    if not gold:
        return None
    covered = sum(
        any(matches_finding(q, f) for q in quotes_by_case.get(case, ()) for f in findings)
        for case, findings in gold.items()
    )
    return float(covered >= min(need, len(gold)))


def quotes_per_answer(quotes: Iterable[str]) -> int:
    return sum(1 for q in quotes if q and q.strip())
