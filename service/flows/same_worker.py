"""Whether two letters are one worker's: "are CM16-0233904 and CM16-0245128 the same patient?".

IMR letters name neither the worker nor the claim: the answer compares what each letter prints of them
(the age and sex its case summary gives, the header's date of injury), each cited, and says that this is
all it can go by:

    Probably the same worker: both letters describe a 37-year-old female injured on October 26, 2016. The
    patient in case CM16-0233904 is a 37-year-old female: "..." [1]. Case CM16-0233904 gives the date of
    injury as October 26, 2016 [2]. ... IMR letters do not name the worker or the claim, so this is read
    from the age, sex and date of injury each letter gives.

Ages one year apart count as the same (a birthday between the two reviews); a different sex or date of
injury does not.
"""

from __future__ import annotations

import re

from indexer.model import Letter
from service.compose.common import Composer
from service.compose.facts import said_day, say_facts
from service.compose.patient_facts import a_patient
from service.engine import Engine
from service.flows.common import answer, rated
from service.retrieve import retrieve_scored
from service.types import Answer
from service.understand import Query

# "the same patient?", "one and the same?", "is this the same claimant as ...", "different workers?"
_SAME = re.compile(r"\bsame\s+(?:patient|worker|person|claimant|applicant|employee|individual|injured\s+worker|IW|claim|"
                   r"guy|man|woman|lady|people|patients|workers)\b|\bone\s+and\s+the\s+same\b"
                   r"|\bdifferent\s+(?:patients|workers|people|persons|claimants|individuals|claims)\b", re.IGNORECASE)
_NOTE = ("IMR letters do not name the worker or the claim, so this is read from the age, sex and date of injury "
         "each letter gives.")


def _who(letter: Letter) -> str:
    """'a 37-year-old female injured on October 26, 2016', from what the letter gives."""
    injured = f" injured on {said_day(letter.date_of_injury)}" if letter.date_of_injury else ""
    return f"{a_patient(letter)}{injured}"


def verdict(a: Letter, b: Letter) -> str:
    """Whether `a` and `b` describe one worker, in words, from their ages, sexes and dates of injury."""
    known = all(x is not None and x != "" for x in (a.age, b.age, a.sex, b.sex, a.date_of_injury, b.date_of_injury))
    if (a.sex and b.sex and a.sex != b.sex) or (a.date_of_injury and b.date_of_injury and a.date_of_injury != b.date_of_injury) or (
            a.age is not None and b.age is not None and abs(a.age - b.age) > 1):
        return (f"Not the same worker, by what the letters print: case {a.case_number} describes {_who(a)}; case "
                f"{b.case_number}, {_who(b)}.")
    if not known:
        return (f"The letters do not print enough to tell: case {a.case_number} describes {_who(a)}; case "
                f"{b.case_number}, {_who(b)}.")
    if a.age != b.age:
        return (f"Probably the same worker: both letters describe a {a.sex} injured on {said_day(a.date_of_injury)}, "
                f"aged {min(a.age, b.age)} and {max(a.age, b.age)} (a birthday between the two reviews).")
    return f"Probably the same worker: both letters describe {_who(a)}."


def same_worker_answer(engine: Engine, query: Query, question: str, seen: dict, k: int = 10) -> Answer | None:
    """The comparison, when the question names two letters in the index and asks whether they are one worker's;
    else None."""
    cases = list(dict.fromkeys(query.case_numbers))
    if len(cases) != 2 or not _SAME.search(query.text):
        return None
    letters = engine.letters(cases)
    if len(letters) != 2:
        return None
    a, b = letters[cases[0]], letters[cases[1]]
    c = Composer()
    lead = verdict(a, b)
    c.say(lead)
    for letter in (a, b):
        say_facts(c, letter, ("age_and_sex", "date_of_injury"))
    c.say(_NOTE)
    hits, _sim = retrieve_scored(engine, query, {"case_number": cases}, k)
    seen = {**seen, "notes": [*seen.get("notes", []), f"whether {cases[0]} and {cases[1]} are one worker's letters"]}
    return answer(question, seen, c, rated(query, hits), kind="item", lead=lead)


__all__ = ["same_worker_answer", "verdict"]
