"""An LLM's reading of a collection question: a proposed CollectionQuery, never SQL.

The model gets the allowed shape (field names, the filter names and their values, the dimensions)
and answers with one JSON object. The reply is decoded strictly into the CollectionQuery type
(Literal fields, bounded numbers, unknown fields refused) and every filter value is validated by
service.filters; the service builds and runs the SQL itself. Any failure (transport, timeout, no
JSON, a field or value outside the shape) returns None and the rule-based reading stands.
"""

from __future__ import annotations

import logging

from indexer.taxonomy import BODY_REGIONS
from indexer.treatments import SETS
from service.collection.shape import DIMENSIONS, SHAPES, CollectionQuery, decode
from service.collection.vocab import Vocabulary
from service.filters import ALLOWED

logger = logging.getLogger(__name__)

SYSTEM = """You read a question about a collection of California workers' compensation IMR \
determination letters (each letter decides one or more disputed items: Upheld = denied, \
Overturned = approved) and answer with ONE JSON object describing what to count. No SQL, no prose.

Fields (omit those you do not need):
- "shape": one of {shapes}: count (items or letters), share (the part of a population), top (the \
labels of a dimension, most first), compare (two or more groups), trend (by decision month), mean \
(items per letter; with "measure": "days", the days a review took, per letter).
- "unit": "items" (default) or "letters".
- "where": the population, a JSON object of filters; "part": for share (and rate comparisons or \
trends) what is counted within it, e.g. {{"decision": "Overturned"}}.
- "measure": for mean, "items" (default) or "days"; "since": for days, from "received" (the \
application, default), "assigned" (to the reviewer), "ur_denial" (UR's denial) or "injury" (the date of injury) to \
the IMR decision; \
"stat": the figure asked, "mean" (default), "median", "fewest" (the shortest) or "most" (the longest).
- "by": for top, one of {dimensions}; "n": how many (0 = those tied at the top); "least": true for \
fewest first.
- "groups": for compare, a list of {{"label": "...", "where": {{...}}}}.
- "letters": for counts of letters, "any" (at least "min_items" items meet where and part), "all" \
(every item meets part) or "mixed" (items of both decisions).
- "total": for a count with a "part", true to give the population's size too ("how many X were \
there, and how many were approved?").

Filter names and values (all values are strings; several values comma-separated):
{filters}
- treatment set ids: {sets}
- body regions: {regions}
- guideline chapters as cited: {chapters}
- reviewer specialties: {specialties}
- decision months: {months}

Example: "What share of knee MRIs were approved?" -> {{"shape": "share", "where": {{"treatment": \
"mri", "body_region": "knee"}}, "part": {{"decision": "Overturned"}}}}"""


def messages(question: str, vocab: Vocabulary) -> list[dict[str, str]]:
    system = SYSTEM.format(
        shapes=", ".join(SHAPES), dimensions=", ".join(DIMENSIONS),
        filters="\n".join(f"- {name}: {what[:160]}" for name, what in ALLOWED.items()
                          if name not in ("treatment", "body_region")),
        sets=", ".join(s.id for s in SETS), regions=", ".join(BODY_REGIONS),
        chapters="; ".join(sorted({f"{c} ({f})" for f, c, _y in vocab.chapters}))[:600],
        specialties="; ".join(vocab.specialties)[:400], months=", ".join(vocab.months[-24:]),
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": " ".join(question.split())}]


def first_object(reply: str) -> str:
    """The first balanced {...} of a reply (models wrap JSON in prose or code fences)."""
    start = reply.find("{")
    depth, quoted, escaped = 0, False, False
    for at in range(start, len(reply)) if start >= 0 else ():
        ch = reply[at]
        if quoted:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return reply[start : at + 1]
    raise ValueError("the reply holds no JSON object")


def propose(settings, question: str, vocab: Vocabulary) -> CollectionQuery | None:
    """The model's collection query, checked; None on any failure."""
    from service.llm import _reason, reply_pieces

    try:
        reply = "".join(reply_pieces(settings, messages(question, vocab)))
        return decode(first_object(reply))
    except Exception as exc:  # noqa: BLE001 - any failure: the rule-based reading stands
        logger.info("LLM collection query not used: %s", _reason(exc))
        return None
