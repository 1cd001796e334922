"""A fact of the patient's letter asked of a description that several letters fit equally: "when was the
46 yo woman hurt?", "what does the 50 year old man do for work?", "who reviewed the 54 yo woman's case?".

The description is an age and a sex (and a date of injury, or a job many letters print), two to MAX_LETTERS
letters agree with it, and no other word of the question tells them apart (service.alike): each letter's
fact is said, cited where the letter prints it (service.compose.facts), as service.flows.fitting says each
letter's requests of a question about them:

    2 letters fit the 46-year-old woman equally; the question does not say which is hers. Case CM17-0009887
    gives the date of injury as November 14, 2016 [1]. Case CM17-0018279 gives the date of injury as
    October 14, 2016 [2].

A treatment asked with it ("when was the 46 yo woman with the EMG hurt?") or more told of the patient (a
story, a surgery had) picks the letter as before: service.flows.item answers it.
"""

from __future__ import annotations

import msgspec

from service.alike import alike
from service.collection.patient import patient
from service.compose.common import Composer
from service.compose.facts import OF_THE_LETTER, asked_facts, say_facts
from service.engine import Engine
from service.flows.common import answer, rated
from service.flows.fitting import MAX_LETTERS
from service.diagnosed import machine_worked
from service.mechanism import without_mechanisms
from service.patients import described_letters, job_letters
from service.people import job_words, tells_story
from service.retrieve import retrieve_scored
from service.scope import asked_sets
from service.types import Answer
from service.understand import Query

_THEIRS = {"female": "hers", "male": "his"}


def each_fitting_fact(engine: Engine, query: Query, question: str, seen: dict, filters: dict, k: int) -> Answer | None:
    """Each fitting letter's fact, when the question asks facts of the letter of a patient it describes by the
    fields only, and two to MAX_LETTERS letters fit it equally; else None."""
    facts = asked_facts(query.text)
    if (not facts or not set(facts) <= OF_THE_LETTER or query.case_numbers or not query.person.described
            or asked_sets(query) or query.story_treatments or query.body_regions):
        return None
    jobs = job_words(query.person)
    person = msgspec.structs.replace(query.person, occupations=()) if jobs else query.person
    if "mechanism" not in facts and tells_story(without_mechanisms(query.text), person):
        return None  # "when was the 54 yo woman who fell hurt?": more than the fields checked tells them apart
    if "mechanism" in facts and (person.occupations or machine_worked(query.text)):
        return None  # "what kind of injury did the 54 yo woman with the sewing machine have?": the machine tells her
    fields = {n: v for n, v in filters.items() if n != "decision"}
    fitting = job_letters(engine, query, fields) if jobs else described_letters(engine, query, fields)[1]
    if len(fitting) < 2:
        return None
    fitting = alike(engine, query, fitting, None, "").cases
    if not 2 <= len(fitting) <= MAX_LETTERS:
        return None
    letters = engine.letters(list(fitting))
    c = Composer()
    who = patient(query.person, fitting).who
    first = (f"{len(fitting)} letters fit {who} equally; the question does not say which is "
             f"{_THEIRS.get(query.person.sex or '', 'theirs')}.")
    c.say(first)
    said = [say_facts(c, letters[case], facts, text=query.text, named=query.reviewer) for case in fitting if case in letters]
    if not any(said):
        return None
    unselected = msgspec.structs.replace(query, decision=None)
    hits, _sim = retrieve_scored(engine, unselected, {"case_number": list(fitting)}, k)
    note = f"the description fits {len(fitting)} letters equally ({', '.join(fitting)}): each one's {', '.join(facts)}"
    seen = {**seen, "notes": [*seen.get("notes", []), note]}
    return answer(question, seen, c, rated(query, hits), kind="item", lead=" ".join([first, *(s for s in said if s)]))


__all__ = ["each_fitting_fact"]
