"""A treatment named with no case and no patient, that several letters decide: "was the brace
approved?", "why was the lumbar MRI denied?". The item answer still explains the best match (the
README's first example); this adds one closing line saying that the question fits other letters too,
and how to choose:

    Other letters also decide lumbar MRI requests: CM17-0008519 (approved), CM16-0240900 (denied),
    CM16-0246635 (denied), CM17-0004344 (denied), CM16-0242419 (denied), and 7 more; name the case
    or the patient to choose.

Only when the question names nothing that picks a letter (no case number, no patient described or
told by a request, no reviewer, no spinal level, side, count or strength, nothing carried from the
conversation) and the other letters' items are of the same treatment: the one set asked, of the
body part asked (service.scope.where). The line names cases and their decisions only: no quote and
no [n] mark from other patients' letters. Letters decided otherwise than the answer's come first.
"""

from __future__ import annotations

import re

from indexer.terms import tokens
from service.dates import MONTH
from service.engine import Engine
from service.partly import partly_authorised
from service.quantity import asked_counts
from service.topic import GENERIC
from service.scope import asked_sets, where
from service.types import Hit
from service.understand import Query
from service.wording import kind_of

SHOWN = 5  # other letters named, at most
SAID = {"Upheld": "denied", "Overturned": "approved"}


# a month named with its day: "decided on January 26", "the Dec 5 RFA"
_MONTH_DAY = re.compile(rf"\b{MONTH}\s+\d", re.IGNORECASE)


def picks_nothing(query: Query, seen: dict) -> bool:
    """Whether the question names nothing that could pick one letter out of those deciding the thing asked: no
    case, no patient told by any field (age, sex, job, a request told of them, a story), no reviewer, level, side,
    number or date ("RFA dated 11/17/2016", "27 of the 30"), no remainder of a partly authorised request, nothing
    carried from the conversation."""
    person = query.person
    return not (query.case_numbers or person.described or person.sex or person.age is not None or person.ages
                or person.occupations or query.reviewer or query.levels or query.side
                or query.group or query.condition or query.story_treatments or query.told.treatments
                or query.set_aside.treatments or query.regions_told or seen.get("carried")
                or re.search(r"\d", _unnamed(query)) or _MONTH_DAY.search(query.text)
                or asked_counts(_unnamed(query)) or partly_authorised(query.text))


def _qualifiers(query: Query, title: str) -> set[str]:
    """The question's words that qualify the thing asked and that the answered item's heading prints ("upright or
    positional MRIs": "positional"), besides the treatment, body part, question and outcome words."""
    named = {w for words in (*query.treatment_words, *query.region_words) for w in tokens(words)}
    printed = set(tokens(title))
    return {w for w in tokens(_unnamed(query)) if len(w) > 3 and w in printed and w not in GENERIC and w not in named}


def _unnamed(query: Query) -> str:
    """The question without the words that name the treatment ("TENS" is no count of ten)."""
    text = query.text
    for words in query.treatment_words:
        text = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def others_line(engine: Engine, query: Query, filters: dict[str, object], chosen: list[Hit], hits: list[Hit],
                seen: dict) -> str:
    """The closing line naming the other letters that decide the same treatment (`hits`: the retrieval's order,
    nearest first), or '' (see above)."""
    cases = {h.case_number for h in chosen}
    if len(cases) != 1 or not picks_nothing(query, seen) or len(asked_sets(query)) != 1:
        return ""
    w = where(query, filters)
    if w is None:
        return ""
    rows = engine.store.catalog.query(
        f"SELECT i.case_number, i.decision, i.title, i.request FROM items i WHERE {w.sql} ORDER BY i.case_number",
        w.params)
    # the words that qualify the thing asked ("positional") must be printed by the others too
    qualifiers = set().union(*(_qualifiers(query, h.title or h.request) for h in chosen))
    decided: dict[str, set[str]] = {}
    for case, decision, title, request in rows:
        if case not in cases and qualifiers <= set(tokens(f"{title} {request}")):
            decided.setdefault(case, set()).add(decision)
    if not decided:
        return ""
    answered = {h.decision for h in chosen}
    ranked: dict[str, int] = {}
    for n, h in enumerate(hits):
        ranked.setdefault(h.case_number, n)
    order = sorted(decided, key=lambda case: (decided[case] <= answered, ranked.get(case, len(ranked)), case))
    named = ", ".join(f"{case} ({' and '.join(SAID[d] for d in ('Overturned', 'Upheld') if d in decided[case])})"
                      for case in order[:SHOWN])
    more = f", and {len(order) - SHOWN} more" if len(order) > SHOWN else ""
    return f"Other letters also decide {kind_of(w.label, 'requests')}: {named}{more}; name the case or the patient to choose."
