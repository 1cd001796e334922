"""Two patients described and compared ("Compare the 37 year old woman's neck MRI with the 53 year
old man's"): an item answer for each (service.compose.item), one after the other, the lead saying
both decisions; their items lead the hits. Found by service.two_patients."""

from __future__ import annotations

import re

from indexer.titles import short_title
from service.compose.common import Composer
from service.compose.item import item_answer
from service.compose.listing import WORD as SAID
from service.engine import Engine
from service.flows.common import answer, rated
from service.retrieve import retrieve_scored
from service.two_patients import Found, find_two
from service.types import Answer
from service.yes_no import claimed
from service.understand import Query

QUOTES = 2  # findings quoted per patient's item (at most 5 quotes each)


def two_patients_answer(engine: Engine, query: Query, question: str, seen: dict, filters: dict,
                        k: int) -> Answer | None:
    """Both patients' items answered, or None when the question does not describe two patients
    who each fit one letter with the treatment asked."""
    pair = find_two(engine, query.text, filters, query.treatment_words)
    if pair is None:
        return None
    lead = _lead(pair)
    if same := _same_asked(query.text, pair):
        lead = f"{same} {lead}"  # "is the 45 yo woman's naproxen case the same as the 54 yo woman's?": no, then each
    elif held := claims_held(query.text, pair):
        lead = f"{held}: {lead[0].lower()}{lead[1:]}"  # "... approved but the 54 yo woman's denied?": yes, then each
    c = Composer()
    c.say(lead)
    chosen = [hit for found in pair for hit in found.hits]
    letters = engine.letters([hit.case_number for hit in chosen])  # one read for both patients
    for hit in chosen:
        letter = letters[hit.case_number]
        item_answer(c, letter, letter.items[hit.item_index - 1], question, chunk_id=hit.chunk_id,
                    findings=QUOTES if len(chosen) == 2 else 1, lead=False)
    hits, _sim = retrieve_scored(engine, query, {n: v for n, v in filters.items() if n != "decision"}, k)
    answered = {h.chunk_id for h in chosen}
    shown = chosen + [h for h in hits if h.chunk_id not in answered]
    note = "two patients described: " + " and ".join(
        f"{f.described.person} (case {', '.join(h.case_number for h in f.hits)})" for f in pair) + ", each answered"
    seen = {**seen, "notes": [note, *(n for n in seen.get("notes", []) if not str(n).startswith(("read as:", "answer:", "counting question")))]}
    return answer(question, seen, c, rated(query, shown[:k]), kind="item", lead=lead)


def _lead(pair: tuple[Found, Found]) -> str:
    """"The 37 year old woman's neck MRI was denied (upheld); the 53 year old man's was approved
    (overturned).": each patient's decision; a description that fits a few letters equally names them."""
    first, second = pair
    what2 = "" if second.described.treatment.lower() == first.described.treatment.lower() else f" {second.described.treatment}"
    line = f"{_said(first, ' ' + first.described.treatment)}; {_said(second, what2)}."
    return line[0].upper() + line[1:]


# whether the two were decided alike, asked: "is X's case the same as Y's?", "... decided differently from ...?"
# (not of the reasons: "were they denied for the same reasons?" asks why, which each answer says)
_OF_REASONS = r"(?!\s+(?:reasons?|grounds?|guidelines?|rules?|criteria|findings|rationale|reviewer|doctor)\b)"
_SAME = re.compile(rf"\b(?:same|similar|alike){_OF_REASONS}", re.IGNORECASE)
_DIFFERENT = re.compile(rf"\bdifferent(?:ly)?{_OF_REASONS}", re.IGNORECASE)


def _same_asked(text: str, pair: tuple[Found, Found]) -> str:
    """The yes or no of a question that asks whether the two were decided alike ("No: they were decided
    differently.", "Yes: both were denied (upheld)."), or of one that asks whether differently; '' when
    it asks neither, or a description fits several letters."""
    different, same = bool(_DIFFERENT.search(text)), bool(_SAME.search(text))
    if different == same or any(len(f.hits) != 1 for f in pair):
        return ""
    alike = pair[0].hits[0].decision == pair[1].hits[0].decision
    said = f"both were {SAID[pair[0].hits[0].decision]}" if alike else "they were decided differently"
    return f"{'Yes' if alike == same else 'No'}: {said}."


def claims_held(text: str, pair: tuple[Found, Found]) -> str:
    """"Yes" when the outcomes the question claims of the two hold ("is the naproxen for the 45 yo woman
    approved but the 54 yo woman's denied?": the first claim the first patient's, the second the second's;
    one claim both's: "were both denied?"), "No" when one does not; '' when it claims none, or more, or a
    description fits several letters."""
    said = claimed(text)
    if not said or len(said) > 2 or any(len(f.hits) != 1 for f in pair):
        return ""
    claims = [d for _at, d in said] if len(said) == 2 else [said[0][1]] * 2
    return "Yes" if all(c == f.hits[0].decision for c, f in zip(claims, pair)) else "No"


def _said(found: Found, what: str) -> str:
    if found.whole:  # no treatment asked: each of their letter's decisions ("the 24 yo man's CT scan ... was approved")
        each = ", ".join(f'"{short_title(h.request)}" {SAID[h.decision]}' for h in found.hits)
        return f"{found.described.person}'s letter ({found.hits[0].case_number}) decided {each}"
    if len(found.hits) == 1 and found.described.told:  # 'for the guy who fell off the ladder, the request "MRI ..." was ...'
        return (f'for {found.described.person}, the request "{short_title(found.hits[0].request)}" '
                f"({found.hits[0].case_number}) was {SAID[found.hits[0].decision]}")
    if len(found.hits) == 1:
        return f"{found.described.person}'s{what} was {SAID[found.hits[0].decision]}"
    each = ", ".join(f"{SAID[h.decision]} in {h.case_number}" for h in found.hits)
    return f"{found.described.person}'s{what} fits {len(found.hits)} letters equally: {each}"
