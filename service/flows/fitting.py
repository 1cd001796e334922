"""A described patient's requests in general ("did the 33 yo guy get anything approved at all?")
when the description fits two or three letters equally: each letter's requests with their
decisions, the outcome asked counted in each, so the asker sees every patient it may be rather
than one picked by chance.

    2 letters fit the 33-year-old man equally. In CM16-0247624, 1 of the 2 requests was approved
    (overturned). In CM16-0234464, none of the 6 requests was approved (overturned). CM16-0247624: ...
"""

from __future__ import annotations

import msgspec

from service.collection.patient import patient
from service.compose.common import Composer
from service.compose.listing import WORD, item_line
from service.engine import Engine
from service.filters import validate
from service.flows.chosen import _EVERY_ITEM
from service.flows.common import answer, rated
from service.outcomes import read_outcomes
from service.patients import described_letters
from service.people import tells_story
from service.retrieve import retrieve_scored
from service.scope import ScopeItem, asked_sets, items_where
from service.types import Answer
from service.understand import Query

MAX_LETTERS = 3  # more letters than this: the description picks out no one
SHOWN = 6  # items listed per letter


def each_fitting(engine: Engine, query: Query, question: str, seen: dict, filters: dict, k: int) -> Answer | None:
    """The answer naming every letter the description fits equally, or None when the question
    names a case or a treatment, asks of no requests in general, describes the patient by more than
    an age and a sex, or the description agrees with one letter only (or with more than MAX_LETTERS)."""
    if query.case_numbers or asked_sets(query) or not query.person.described or not _EVERY_ITEM.search(query.text):
        return None
    if (query.story_treatments or query.body_regions or query.person.injury_month or query.person.occupations
            or tells_story(query.text, query.person)):
        return None  # more than an age and a sex (a surgery had, where it hurts, a job, how): it tells them apart
    # the letters agreeing with every field the description gives: whichever one's summary reads
    # closer to the question, two 33-year-old men are two patients (service.flows.item._alone)
    _clear, fitting = described_letters(engine, query, {n: v for n, v in filters.items() if n != "decision"})
    if not 2 <= len(fitting) <= MAX_LETTERS:
        return None
    asked = query.decision or query.premise or next(
        (o.decision for o in read_outcomes(query.text).found if o.role == "asked"), None)  # "did IMR approve any ...?"
    items = items_where(engine, validate({"case_number": list(fitting)}))
    by_case = {case: [i for i in items if i.case_number == case] for case in fitting}
    if asked:  # the letters with the outcome asked first
        by_case = dict(sorted(by_case.items(), key=lambda kv: not any(i.decision == asked for i in kv[1])))
    who = patient(query.person, fitting).who
    lead = " ".join([f"{len(fitting)} letters fit {who} equally.",
                     *(f"In {case}, {_told(theirs, asked)}." for case, theirs in by_case.items())])
    c = Composer()
    c.say(lead)
    letters = engine.letters(list(fitting))
    for case, theirs in by_case.items():
        first = sorted(theirs, key=lambda i: (asked is not None and i.decision != asked, i.item_index))
        for item in first[:SHOWN]:
            c.say(item_line(c, item, letters))
        if len(theirs) > SHOWN:
            c.say(f"{case} has {len(theirs) - SHOWN} more requests, not shown.")
    unselected = msgspec.structs.replace(query, decision=None)
    hits, _sim = retrieve_scored(engine, unselected, {"case_number": list(fitting)}, max(k, len(items)))
    note = f"the description fits {len(fitting)} letters equally ({', '.join(fitting)}): each one's requests"
    seen = {**seen, "notes": [*seen.get("notes", []), note]}
    return answer(question, seen, c, rated(query, hits[:k]), kind="item", lead=lead)


def _told(items: list[ScopeItem], asked: str | None) -> str:
    """"none of the 6 requests was approved (overturned)", "1 of the 2 was", "2 requests: 1 approved
    (overturned), 1 denied (upheld)"."""
    n = len(items)
    if asked:
        have = sum(1 for i in items if i.decision == asked)
        if n == 1:
            return f"the one request was {'' if have else 'not '}{WORD[asked]}"
        amount = "none" if not have else ("all" if have == n else str(have))
        return f"{amount} of the {n} requests {'was' if have <= 1 and amount != 'all' else 'were'} {WORD[asked]}"
    over = sum(1 for i in items if i.decision == "Overturned")
    if n == 1:
        return f"the one request was {WORD[items[0].decision]}"
    if over in (0, n):
        return f"{'both' if n == 2 else f'all {n}'} requests were {WORD['Overturned' if over else 'Upheld']}"
    return f"{n} requests: {over} {WORD['Overturned']}, {n - over} {WORD['Upheld']}"
