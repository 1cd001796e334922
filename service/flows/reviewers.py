"""The reviewers of a kind of request, across letters (service.reviewers_asked): the letters that
decided it (with the outcome asked, when one is), grouped by their reviewer's specialty as the
letter prints it, most letters first, each letter cited by its reviewer's credentials:

    3 acupuncture requests were approved (overturned), in 3 letters. Their reviewers, by specialty:
    Preventive Medicine and Occupational Medicine (2): CM16-0230548 [1], CM16-0242419 [2]; Preventive
    Medicine, Occupational Medicine and Public Health & General Preventive Medicine (1): CM17-0010885 [3].

None when the question names a case, a patient or a reviewer specialty, or no kind of request."""

from __future__ import annotations

import msgspec

from indexer.model import Letter
from service.compose.common import Composer, trim
from service.compose.facts import credentials_span
from service.engine import Engine
from service.flows.common import answer
from service.plan import Plan
from service.reviewers import alternatives
from service.reviewers_asked import asks_reviewers, compares_specialty, specialty_compared
from service.scope import Scope, ScopeItem, items_where, listing_filters, scope
from service.types import Answer, Table
from service.understand import Query
from service.wording import kind_of

SAID = {"Upheld": "denied (upheld)", "Overturned": "approved (overturned)"}
SHORT = {"Upheld": "denied", "Overturned": "approved"}
UNSTATED = "specialty not stated"


def specialty_label(raw: str | None) -> str:
    """The reviewer's certifications as one label: "Preventive Medicine, Occupational Medicine" ->
    "Preventive Medicine and Occupational Medicine"."""
    names = [s.strip() for s in (raw or "").split(",") if s.strip()]
    if not names:
        return UNSTATED
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def reviewers_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict) -> Answer | None:
    compared = compares_specialty(query.text)  # "are orthopedic surgeons harder on surgery requests?": every specialty's
    if (query.case_numbers or query.person.described or (query.reviewer and not compared) or query.group
            or not asks_reviewers(query.text)):
        return None
    named = specialty_compared(query.text) or query.reviewer if compared else None
    if compared:
        query = msgspec.structs.replace(query, reviewer=None, decision=None, premise=None)
    decision = query.decision or query.premise
    unscoped = {k: v for k, v in plan.filters.items() if k not in ("decision", "specialty")}
    s = scope(engine, query, unscoped)
    if s is None and decision and not query.treatment_words and not query.body_regions:
        # "which reviewers approved anything?", "what kind of doctors overturned requests?": every request decided
        s = Scope(items=items_where(engine, unscoped), label="", treatments=(), regions=())
    if s is None or not s.items:
        return None
    chosen = [i for i in s.items if i.decision == decision] if decision else list(s.items)
    c = Composer()
    n = len(s.items)
    none = bool(decision and not chosen)
    if none:  # "which reviewers approved knee MRIs?" where none was approved: those decided otherwise
        chosen, decision = list(s.items), None
    first: dict[str, ScopeItem] = {}
    for item in chosen:  # one per letter: its first item of the kind
        if item.case_number not in first or item.item_index < first[item.case_number].item_index:
            first[item.case_number] = item
    letters = engine.letters(list(first))
    groups: dict[str, list[str]] = {}
    for case in sorted(first):
        groups.setdefault(specialty_label(letters[case].reviewer_specialty), []).append(case)
    ordered = sorted(groups.items(), key=lambda g: (-len(g[1]), g[0] == UNSTATED, g[0]))
    counts = {"Upheld": sum(i.decision == "Upheld" for i in chosen), "Overturned": sum(i.decision == "Overturned" for i in chosen)}
    m, L = len(chosen), len(first)
    what = kind_of(s.label, "requests" if m != 1 else "request")
    in_letters = f"in {L} letter{'s' if L != 1 else ''}"
    if none:
        asked, other = SAID[str(query.decision or query.premise)], SAID[chosen[0].decision]
        lead = (f"The one {what} in the index was not {asked}: it was {other}, {in_letters}." if m == 1 else
                f"None of the {m} {what} in the index was {asked}: {'both' if m == 2 else f'all {m}'} were {other}, "
                f"{in_letters}.")
    elif decision:
        lead = f"{m} {what} {'were' if m != 1 else 'was'} {SAID[decision]}, {in_letters}."
    else:
        split = ", ".join(f"{counts[d]} {SHORT[d]}" for d in ("Overturned", "Upheld") if counts[d])
        lead = f"{m} {what} {'are' if m != 1 else 'is'} in the index ({split}), {in_letters}."
    c.say(lead)
    parts = []
    for label, cases in ordered:
        cited = ", ".join(_cited(c, letters[case], first[case], with_decision=not decision) for case in cases)
        parts.append(f"{label} ({len(cases)}): {cited}")
    if named and not decision:
        c.say(_compared(named, [(letters[case].reviewer_specialty, first[case].decision) for case in first], what))
    c.say(f"{'Their reviewers' if L != 1 else 'Its reviewer'}, by specialty: {'; '.join(parts)}.")
    base = listing_filters(s, decision, plan.filters)
    table = Table(columns=("reviewer specialty", "letters"), rows=tuple((label, len(cases)) for label, cases in ordered),
                  links=tuple({**base, "case_number": ",".join(cases)} for _label, cases in ordered))
    notes = [*seen.get("notes", ()), "asked of the reviewers: the letters grouped by their reviewer's specialty"]
    return answer(question, {**seen, "notes": notes}, c, (), kind="list", lead=lead, table=table,
                  count={"total": m, **counts}, rule=f"each letter with {kind_of(s.label, 'requests')}"
                  + (f" {SAID[decision]}" if decision else "") + ", counted once, under its reviewer's specialty as the letter "
                  "prints it")


def _compared(named: str, decided: list[tuple[str | None, str]], what: str) -> str:
    """The named specialty's letters against the others', each with how many were denied: "Of the 3 letters with
    surgery requests, reviewers certified in Orthopedic Surgery decided 3 (3 denied, upheld); the other reviewers
    decided none: there is nothing to compare them with." (each letter counted by its first item of the kind)."""
    wanted = alternatives(named)

    def theirs(raw: str | None) -> bool:
        return any(w.lower() in (raw or "").lower() for w in wanted)

    def tally(rows: list[str]) -> str:
        return f"{len(rows)} ({rows.count('Upheld')} denied, upheld)"

    mine = [d for raw, d in decided if theirs(raw)]
    rest = [d for raw, d in decided if not theirs(raw)]
    others = (f"the other reviewers, {tally(rest)}." if rest else
              "the other reviewers decided none: there is nothing to compare them with.")
    return (f"Of the {len(decided)} letters with {what}, reviewers certified in {' or '.join(wanted)} decided "
            f"{tally(mine) if mine else 'none'}; {others}")


def _cited(c: Composer, letter: Letter, item: ScopeItem, *, with_decision: bool) -> str:
    """'CM17-0010885 [1]' (or 'CM17-0010885 (approved) [1]'), cited to the reviewer's credentials the letter
    prints (or, without them, the item's heading)."""
    it = letter.items[item.item_index - 1]
    span = credentials_span(letter)
    n = c.cite(letter, it, span, role="reviewer") if span else c.cite(letter, it, trim(letter.text, it.heading_span),
                                                                        role="heading")
    return f"{letter.case_number}{f' ({SHORT[item.decision]})' if with_decision else ''} [{n}]"
