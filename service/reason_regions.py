"""The body part of a reason offered is the reason's, not the request's: "they denied my MRI. Did they
deny it because I don't have any numbness down my legs?" of a worker who "hurt my lower back" asks of
the lumbar MRI; the legs are where the numbness the asker offers as the reason is not. Only when the
rest of the question names a body part and a treatment, so that the request is told there ("was her MRI
denied because there were no findings in her neck?" keeps the neck, no other part being told)."""

from __future__ import annotations

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments
from service.reason_asked import reason_clauses


def without_reason_regions(text: str) -> str:
    """`text` with each clause that offers a reason blanked, when that clause names a body part and the
    rest of `text` names a body part and a treatment; else `text` as it is (the same length always)."""
    out = text
    for start, end in reason_clauses(text):
        rest = out[:start] + " " * (end - start) + out[end:]
        if find_regions(text[start:end]) and find_regions(rest) and find_treatments(rest):
            out = rest
    return out
