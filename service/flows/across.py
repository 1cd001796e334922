"""Questions across letters of what each letter gives of its patient or its reviewer, answered with the
letters and the value, each cited to the line that prints it:

- a date of their own in a time (service.across): "3 letters give a UR denial date in November 2016.
  They are: CM16-0219557, November 9, 2016 [1]; ...";
- the patient, the injury or the wait at one end (service.across.superlative): "The oldest patient in the
  index is 66 years old, in case ...";
- how the patients were hurt (service.across_mechanism), the case summary's sentence quoted;
- the reviewers licensed in a state or certified in a specialty (service.across_reviewers).

None when the question names a case, asks of requests or decisions, or asks no such thing."""

from __future__ import annotations

from datetime import date

from indexer.model import Letter

from service.across import ABOUT_ITEMS, FIELDS, PLURAL, Across, Superlative, across, holds, superlative
from service.across_mechanism import STEMS, WORDS, Mechanism, asked_mechanism, group_mechanism, told
from service.across_reviewers import Credential, asked_credential
from service.across_reviewers import holds as holds_credential
from service.collection.vocab import vocabulary
from service.compose.common import Composer
from service.compose.facts import _header_line, credentials_span, said_day
from service.compose.patient_facts import age_and_sex
from service.engine import Engine
from service.flows.common import answer
from service.outcomes import read_outcomes
from service.types import Answer, Table
from service.understand import Query

CITED = 20  # letters cited one by one; the rest are in the table


def across_flow(engine: Engine, query: Query, question: str, seen: dict) -> Answer | None:
    if not query.case_numbers and not query.treatments and (how := group_mechanism(query.text)) is not None:
        # "people who got hurt lifting something at work - what did they ask IMR for and did any of it get approved?"
        return _hurt_so(engine, how, question, seen, requests=True)
    if not query.case_numbers and not query.treatments and (end := superlative(query.text)) is not None and (
            end.measure == "decision"):
        return _at_one_end(engine, end, question, seen)  # "latest IMR decision?", "which letter was decided first?"
    if query.case_numbers or ABOUT_ITEMS.search(query.text):
        return None
    held = vocabulary(engine.store.catalog).specialties
    if (credential := asked_credential(query.text, held)) is not None:
        return _credentialed(engine, credential, question, seen)
    if query.treatments:
        return None
    if (end := superlative(query.text)) is not None:
        return _at_one_end(engine, end, question, seen)
    who = query.person  # described by more than how or when they were hurt ("the 45 year old man hurt in November 2016",
    # "the woman who fell"): one patient
    if who.age or who.ages or who.sex or who.occupations:
        return None
    if (how := asked_mechanism(query.text)) is not None:
        return _hurt_so(engine, how, question, seen)
    if (a := across(query.text)) is None:
        return None
    return _dated(engine, a, question, seen)


def _dated(engine: Engine, a: Across, question: str, seen: dict) -> Answer:
    """The letters whose date (UR denial, injury) falls in the time asked, each with the date cited."""
    rows = engine.store.catalog.query(f"SELECT case_number, {a.field} FROM letters ORDER BY {a.field}, case_number")
    given = [(case, day) for case, day in rows if day]
    chosen = [(case, day) for case, day in given if holds(a, day)]
    what = FIELDS[a.field]
    c = Composer()
    if not chosen:
        span = (f"; the {PLURAL[a.field]} the letters give run from {said_day(given[0][1])} to {said_day(given[-1][1])}"
                if given else "")
        lead = f"No letter in the index gives {what} {a.said}{span}."
        c.say(lead)
        return answer(question, _seen(seen, a), c, (), kind="list", lead=lead, count={"total": 0},
                      rule=_rule(a))
    n = len(chosen)
    lead = f"{n} letter{'s' if n != 1 else ''} {'give' if n != 1 else 'gives'} {what} {a.said}."
    c.say(lead)
    letters = engine.letters([case for case, _day_ in chosen[:CITED]])
    said = [_cited(c, letters[case], a.field, day) for case, day in chosen[:CITED] if case in letters]
    rest = f"; and {n - CITED} more, in the table" if n > CITED else ""
    c.say(f"{'They are' if n != 1 else 'It is'}: {'; '.join(said)}{rest}.")
    table = Table(columns=("case", what.removeprefix("a ")), rows=tuple(chosen),
                  links=tuple({"case_number": case} for case, _day_ in chosen))
    return answer(question, _seen(seen, a), c, (), kind="list", lead=lead, table=table, count={"total": n},
                  rule=_rule(a))


def _cited(c: Composer, letter: Letter, field: str, day: str) -> str:
    span = _header_line(letter, field)
    n = c.cite(letter, None, span, role="header") if span else 0
    return f"{letter.case_number}, {said_day(day)}" + (f" [{n}]" if n else "")


def _rule(a: Across) -> str:
    column = {"ur_denial_date": "UR Denial Date", "date_of_injury": "Date of Injury"}[a.field]
    return (f"each letter whose header's {column} falls {a.said}, counted once; the IMR decision date is not used")


def _seen(seen: dict, a: Across) -> dict:
    return {**seen, "notes": [*seen.get("notes", ()), f"asked across letters: their {FIELDS[a.field].removeprefix('a ')} "
                                                      f"{a.said}"]}



_ENDS = {("age", True): "oldest patient", ("age", False): "youngest patient",
         ("injury", True): "most recent date of injury", ("injury", False): "earliest date of injury",
         ("decision", True): "most recent IMR decision date", ("decision", False): "earliest IMR decision date",
         ("gap", True): "longest time from the date of injury to the IMR decision",
         ("gap", False): "shortest time from the date of injury to the IMR decision"}
_WHO = {"male": "man", "female": "woman"}
_WHOM = {"male": "men", "female": "women"}


def _at_one_end(engine: Engine, end: Superlative, question: str, seen: dict) -> Answer:
    """The letter(s) at one end of the patients' ages, their dates of injury or the days from injury to decision,
    with the value, cited (the summary's sentence giving the age; the header lines giving the dates)."""
    sex = " AND sex = ?" if end.sex else ""
    rows = engine.store.catalog.query(f"SELECT case_number, age, date_of_injury, decision_date FROM letters "
                                      f"WHERE 1 = 1{sex}", [end.sex] if end.sex else [])
    values: dict[str, int | str] = {}
    for case, age, injured, decided in rows:
        if end.measure == "age" and age is not None:
            values[case] = int(age)
        elif end.measure == "injury" and injured:
            values[case] = injured
        elif end.measure == "decision" and decided:
            values[case] = decided
        elif end.measure == "gap" and injured and decided:
            try:
                values[case] = (date.fromisoformat(decided) - date.fromisoformat(injured)).days
            except ValueError:
                continue
    name = _ENDS[(end.measure, end.most)]
    if end.sex:
        name = name.replace("patient", _WHO[end.sex])
    what = {"age": "an age", "injury": "a date of injury", "decision": "a decision date", "gap": "both dates"}[end.measure]
    c = Composer()
    if not values:
        lead = f"No letter in the index gives {what}" + (f" of a {_WHO[end.sex]}." if end.sex else ".")
        c.say(lead)
        return answer(question, seen, c, (), kind="list", lead=lead, count={"total": 0}, rule=_end_rule(end))
    best = (max if end.most else min)(values.values())
    cases = sorted(case for case, v in values.items() if v == best)
    letters = engine.letters(cases[:CITED])
    shown = {"age": f"{best} years old", "injury": said_day(str(best)), "decision": said_day(str(best)),
             "gap": f"{best} days"}[end.measure]
    n = len(values)
    among = f" of {_WHOM[end.sex]}" if end.sex else ""
    lead = (f"The {name} in the index is {shown}, in {_cases(cases)} (of {n} letter{'s' if n != 1 else ''}{among} giving "
            f"{what}).")
    c.say(lead)
    for case in cases[:CITED]:
        letter = letters[case]
        if end.measure == "age":
            c.say(age_and_sex(c, letter))
        elif end.measure in ("injury", "decision"):
            field = "date_of_injury" if end.measure == "injury" else "decision_date"
            c.say(f"Case {case}: {_cited(c, letter, field, str(best)).split(', ', 1)[1]}.")
        else:
            hurt = _cited(c, letter, "date_of_injury", letter.date_of_injury or "").split(", ", 1)[1]
            decided = _cited(c, letter, "decision_date", letter.decision_date or "").split(", ", 1)[1]
            c.say(f"Case {case}: injured on {hurt}, decided on {decided}.")
    column = {"age": "age", "injury": "date of injury", "decision": "decision date",
              "gap": "days from injury to decision"}[end.measure]
    table = Table(columns=("case", column), rows=tuple((case, values[case]) for case in cases),
                  links=tuple({"case_number": case} for case in cases))
    return answer(question, seen, c, (), kind="list", lead=lead, table=table, count={"total": len(cases)},
                  rule=_end_rule(end))


def _cases(cases: list[str]) -> str:
    if len(cases) == 1:
        return f"case {cases[0]}"
    return f"{len(cases)} letters: {', '.join(cases[:-1])} and {cases[-1]}"


def _end_rule(end: Superlative) -> str:
    said = {"age": "the age its header gives the patient", "injury": "its header's Date of Injury",
            "decision": "its header's Decision Date",
            "gap": "the days from its header's Date of Injury to its Decision Date"}[end.measure]
    return (f"per letter, {said}" + (f", among the letters of {_WHOM[end.sex]}" if end.sex else "")
            + f"; the {'highest' if end.most else 'lowest'}, every letter tied at it listed")


def _hurt_so(engine: Engine, how: Mechanism, question: str, seen: dict, requests: bool = False) -> Answer:
    """The letters whose case summary tells the injury happened as asked, each with the summary's sentence quoted;
    `requests`: each letter's requests too, with what IMR decided, each cited."""
    total = engine.store.catalog.query("SELECT count(*) FROM letters")[0][0]
    stems = STEMS[how.group]  # only the letters whose case summary has one of the group's words are read
    cases = [case for (case,) in engine.store.catalog.query(
        "SELECT DISTINCT l.case_number FROM letters l JOIN chunks c ON c.letter_id = l.id WHERE c.section = 'summary' "
        f"AND ({' OR '.join('c.text LIKE ?' for _ in stems)}) ORDER BY 1", [f"%{stem}%" for stem in stems])]
    letters = engine.letters(cases)
    found = [(case, span) for case in cases if case in letters and (span := told(letters[case], how.group))]
    words = WORDS[how.group]
    rule = (f"each letter whose case summary tells the injury happened by {words}: in its sentence of the mechanism "
            "of injury, or in a sentence that says the injury came of it; counted once")
    c = Composer()
    n = len(found)
    if not found:
        lead = f"No letter's case summary in the index tells of an injury from {words}."
        c.say(lead)
        return answer(question, seen, c, (), kind="list", lead=lead, count={"total": 0}, rule=rule)
    lead = (f"{n} letter{'s' if n != 1 else ''} of {total} in the index tell{'s' if n == 1 else ''} of an injury from "
            f"{words}.")
    if requests and (wanted := next((o.decision for o in read_outcomes(question).found if o.role != "ur"), None)):
        # "was anything approved for patients who fell?": the letters with an approval first (in their order)
        found.sort(key=lambda cs: not any(item.decision == wanted for item in letters[cs[0]].items))
    if requests:
        items = [item for case, _span in found for item in letters[case].items]
        approved = sum(item.decision == "Overturned" for item in items)
        lead = lead[:-1] + (f"; of their {len(items)} requests, {approved} {'was' if approved == 1 else 'were'} approved "
                            f"(overturned) and {len(items) - approved} denied (upheld).")
    c.say(lead)
    for case, span in found[:CITED]:
        c.say(f"{case}: {c.quote(letters[case], None, span, 'summary')}.")
        if requests:
            c.say("Its requests: " + "; ".join(f"{c.quote(letters[case], item, item.heading_span, 'heading')} "
                                               f"({'approved' if item.decision == 'Overturned' else 'denied'})"
                                               for item in letters[case].items) + ".")
    if n > CITED:
        c.say(f"And {n - CITED} more, in the table.")
    table = Table(columns=("case", "how the injury happened"),
                  rows=tuple((case, " ".join(letters[case].text[span[0]:span[1]].split())) for case, span in found),
                  links=tuple({"case_number": case} for case, _span in found))
    return answer(question, seen, c, (), kind="list", lead=lead, table=table, count={"total": n}, rule=rule)


def _credentialed(engine: Engine, credential: Credential, question: str, seen: dict) -> Answer:
    """The letters whose reviewer is licensed in the state (or holds the specialty) asked, each cited to the
    reviewer's credentials it prints; a count says how many letters of the index."""
    rows = engine.store.catalog.query("SELECT case_number, reviewer_licensure, reviewer_specialty FROM letters "
                                      "ORDER BY case_number")
    chosen = [case for case, licensure, specialty in rows if holds_credential(credential, licensure, specialty)]
    stated = sum(bool(lic if credential.kind == "licensure" else spec) for _case, lic, spec in rows)
    has = (f"a reviewer licensed in {credential.value}" if credential.kind == "licensure" else
           f"a reviewer with the specialty {credential.value}")
    column = "State(s) of Licensure" if credential.kind == "licensure" else "Certification(s)/Specialty"
    rule = (f"each letter whose reviewer's {column}, as the letter prints it, includes {credential.value}; the letters "
            "do not name their reviewers, so each letter counts one reviewer, and one doctor may have reviewed several")
    n = len(chosen)
    c = Composer()
    lead = (f"{n} letter{'s' if n != 1 else ''} of {len(rows)} in the index name{'s' if n == 1 else ''} {has} "
            f"({stated} give{'s' if stated == 1 else ''} the reviewer's "
            f"{'licensure' if credential.kind == 'licensure' else 'specialty'}).")
    c.say(lead)
    letters = engine.letters(chosen[:CITED])
    cited = []
    for case in chosen[:CITED]:
        letter = letters[case]
        span = credentials_span(letter)
        cited.append(f"{case} [{c.cite(letter, None, span, role='reviewer')}]" if span else case)
    if cited:
        rest = f"; and {n - CITED} more, in the table" if n > CITED else ""
        c.say(f"{'They are' if n != 1 else 'It is'}: {', '.join(cited)}{rest}.")
    table = Table(columns=("case", column), rows=tuple(
        (case, lic if credential.kind == "licensure" else spec) for case, lic, spec in rows if case in set(chosen)),
        links=tuple({"case_number": case} for case in chosen))
    return answer(question, seen, c, (), kind="list", lead=lead, table=table, count={"total": n}, rule=rule)
