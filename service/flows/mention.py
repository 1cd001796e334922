"""A mention asked of no one: "did any reviewer mention yoga?", "did the reviewers mention a home exercise
program?", "was yoga mentioned in any letter?". No case, no patient and no earlier turn tells whose
rationale to read, so every letter's is read (service.mentioned.mentions: every word of the topic, light stems,
abbreviations and treatment sets, "UDS" a urine drug screen): each item whose reviewer speaks of the topic
is listed with the sentence that says most of it, quoted and cited, up to MAX_LISTED; none: said so, the
nearest items as related."""

from __future__ import annotations

import re

from service.compose.common import Composer
from service.compose.listing import WORD
from service.engine import Engine
from service.flows.common import answer, missing, rated
from service.lacking import RELATED
from service.mentioned import Mention, mentions
from service.retrieve import retrieve_scored
from service.types import Answer
from service.understand import Query

MAX_LISTED = 10  # items listed, each with its sentence quoted
# what may be left of the question beside the mention and still ask of no one: "in any letter?", "ever?", "where?"
_NO_ONE = re.compile(r"^\W*(?:(?:in|across|by)\s+(?:any|all|the|every)\s+(?:of\s+the\s+)?(?:letters?|cases?|decisions?|"
                     r"reviews?|rationales?|determinations?)|at\s+all|ever|anywhere|where|which\s+ones?|in\s+which(?:\s+\w+)?)?\W*$",
                     re.IGNORECASE)


# a question that asks where, not whether: "which letters discuss ...?", "where did the reviewers mention ...?"
_WHICH = re.compile(r"^\W*(?:which|what|where|in\s+which)\b", re.IGNORECASE)


def asked_of_no_one(told: Mention | None, query: Query, history: bool) -> bool:
    """Whether the mention `told` is asked across letters: nothing else is asked (`_NO_ONE`), and no case,
    no patient described and no earlier turn tells whose rationale is meant."""
    return (told is not None and not history and not query.case_numbers and not query.person.described
            and not query.group and bool(_NO_ONE.match(told.rest)))


def mention_flow(engine: Engine, query: Query, question: str, seen: dict, k: int) -> Answer:
    topic = query.mention
    cases = [row[0] for row in engine.store.catalog.query("SELECT case_number FROM letters ORDER BY case_number")]
    letters = engine.letters(cases)
    found = [(letter, item, said) for case in cases if (letter := letters.get(case)) is not None
             for item in letter.items if (said := mentions(topic, letter, item, every=True))]
    total = sum(len(letter.items) for letter in letters.values())
    seen = {**seen, "notes": [*seen.get("notes", []), f"mention asked of no one: every letter's rationales read for "
                                                      f"{topic}"]}
    hits, _sim = retrieve_scored(engine, query, {}, max(k, 3))
    if not found:
        message = (f"{'No reviewer' if _WHICH.match(question) else 'No: no reviewer'}'s rationale in the index mentions "
                   f"{topic} (of {total} requests). {RELATED}")
        return missing(question, seen, message, "no_treatment", related=rated(query, hits))
    cases_found = list(dict.fromkeys(letter.case_number for letter, _i, _s in found))
    lead = (f"{'' if _WHICH.match(question) else 'Yes: '}the reviewers' rationales mention {topic} in {len(found)} of the "
            f"{total} requests in the index ({len(cases_found)} {'letter' if len(cases_found) == 1 else 'letters'}).")
    lead = lead[0].upper() + lead[1:]
    c = Composer()
    c.say(lead)
    for letter, item, said in found[:MAX_LISTED]:
        c.say(f'{letter.case_number}: "{item.title or item.request}", {WORD[item.decision]}: '
              f"{c.quote(letter, item, said[0].span, said[0].role)}.")
    if len(found) > MAX_LISTED:
        c.say(f"{len(found) - MAX_LISTED} more, not shown.")
    listed = {(letter.case_number, item.index) for letter, item, _s in found}
    hits = sorted(hits, key=lambda h: (h.case_number, h.item_index) not in listed)
    return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=lead)


__all__ = ["asked_of_no_one", "mention_flow"]
