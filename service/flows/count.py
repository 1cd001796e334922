"""The count flow: a collection answer (service.collection: counts, shares, top N, comparisons,
per letter, trends, with the table and the rule); else counts by decision, with the top reasons."""

from __future__ import annotations

import re

import msgspec

from service.collection.flow import collection_answer, collection_query
from service.collection.patient import Patient, applies, choose, patient, scoped, undescribed
from service.decided_range import decision_span, year_from_now
from service.compose.common import Composer
from service.compose.pattern import reasons
from service.engine import Engine
from service.filters import item_condition, validate
from service.flows.common import _missing_treatment, _quoted_cases, answer, rated
from service.flows.pair import two_patients_answer
from service.gather import case_items, count_items
from service.groups import where_words
from service.outcomes import names_both
from service.partly import remainder_ever
from service.scope import Scope, asked_sets, scope
from service.people import tells_story
from service.story import N_REQUESTS
from service.patients import described_letters, printing_story, printing_told
from service.plan import Plan
from service.retrieve import retrieve_scored
from service.scope import items_where
from service.symptoms import in_diagnosis
from service.types import Answer
from service.understand import Query
from service.wording import kind_of


THIN_LETTERS = 3  # fewer letters than this with the outcome counted: the other outcome's reasons are given too


def count_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int, settings=None) -> Answer:
    """A collection answer (service.collection) for the shapes it reads; else counts by decision."""
    if (absent := _missing_treatment(engine, query, plan, question, seen, k)) is not None:
        return absent
    if (two := two_patients_answer(engine, query, question, seen, plan.filters, k)) is not None:
        return two  # "compare the 37 year old woman's MRI with the 34 year old man's": two people, not women and men
    filters = {k_: v for k_, v in plan.filters.items() if not (k_ == "decision" and query.decision)}
    if (read := collection_query(engine, query.text, filters, settings)) is not None:
        cq, how, client = read
        who = _patient(engine, query, cq, filters) if applies(cq) else None
        if who is None and cq.shape in ("count", "share") and (s := scope(engine, query, plan.filters)) is not None \
                and s.qualifier and s.items:
            return _count_scope(engine, plan, query, question, seen, k, s)  # "how often are positional MRIs approved?"
        if who is not None:  # "how many chiropractic requests did the 54 year old woman have": hers, not every woman's
            cq = scoped(cq, who, query.person, in_diagnosis(query.text, query.region_words)
                        or _unplaced(engine, undescribed(cq.where, query.person), who.cases))
            cq = _without_story(cq, query.story_treatments, query.text)
            if "body_region" in cq.where and _part_of_one(query):
                # "the 54 yr old woman: knee mri, chiro x3, emg, ncv - how many denied?": the knee is the MRI's, not
                # every thing listed
                cq = msgspec.structs.replace(cq, where={k_: v for k_, v in cq.where.items() if k_ != "body_region"})
        return _collection(engine, plan, query, question, seen, k, cq, how, client, who)
    return _count_scope(engine, plan, query, question, seen, k, scope(engine, query, plan.filters))


def _count_scope(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int, s: Scope | None) -> Answer:
    """Counts by decision of the items of `s` (else of the question's terms), with the top reasons; the collection
    counts by filters only, so a scope narrowed by a word before the treatment ("positional MRIs") is counted here."""
    if s is not None and s.items:  # the treatment sets: the same items the reasons below are counted over
        counts, label = s.counts(), s.label
    else:
        counts, label, _term = count_items(engine, query, plan.filters)
    c = Composer()
    total = counts.get("total", 0)
    hits, _sim = retrieve_scored(engine, msgspec.structs.replace(query, decision=None),
                                 {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, k)
    if total == 0:
        c.say(f"No {kind_of(label, 'items')} are {where_words(plan.filters)}, so there is nothing to count.")
        return answer(question, seen, c, (), kind="count", count=counts, abstained=True, lead=c.text())
    up, over = counts.get("Upheld", 0), counts.get("Overturned", 0)
    lead = (f"Of {total} {kind_of(label, 'item' + ('s' if total != 1 else ''))} {where_words(plan.filters)}, {up} ({100 * up / total:.0f}%) "
            f"{'were' if up != 1 else 'was'} upheld (denied) and {over} ({100 * over / total:.0f}%) overturned (approved).")
    c.say(lead)
    groups = []
    if s is not None and s.items:
        focus = query.decision or "Upheld"
        chosen = s.with_decision(focus)
        if chosen:
            c.say(f"The most frequent reasons for the {'denials' if focus == 'Upheld' else 'approvals'}:")
            groups = reasons(c, chosen, focus, engine.letters(_quoted_cases(s)), question, top=3)
    return answer(question, seen, c, rated(query, hits), kind="count", count=counts, lead=lead, reasons=tuple(groups))


def _collection(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int, cq, how: str,
                client: dict[str, str], who: Patient | None = None, *, listed: str | None = None) -> Answer:
    """`listed`: the outcome of the items a list shows (the hits are of it too)."""
    answer, c = collection_answer(engine, cq, how, question, seen, client, who)
    if not answer.abstained and "date_from" not in cq.where and (
            from_now := year_from_now(question, decision_span(engine))):
        c.sentences.insert(0, from_now)  # "how many decisions last year were overturned?": every year's, said so
    asked = msgspec.structs.replace(query, decision=None)
    unselected = {k_: v for k_, v in plan.filters.items() if k_ != "decision"}
    if listed and answer.count.get("counted"):  # none with that outcome: the hits are those counted beside it
        unselected["decision"] = listed
    hits, _sim = retrieve_scored(engine, asked, unselected, k)
    if who is not None:  # their letter's items lead the hits, those counted first
        theirs, _sim = retrieve_scored(engine, asked, {**unselected, "case_number": list(who.cases)}, k)
        counted = {(c.case_number, c.item_index) for c in answer.citations}
        theirs.sort(key=lambda h: (h.case_number, h.item_index) not in counted)
        hits = (theirs + [h for h in hits if h.case_number not in who.cases])[:k]
    elif cited := list(dict.fromkeys(c.case_number for c in answer.citations if c.item_index > 0)):
        # "which letters had nothing denied?": the items the answer cites lead the hits
        theirs, _sim = retrieve_scored(engine, asked, {**unselected, "case_number": cited}, k)
        order = {(c.case_number, c.item_index): n for n, c in enumerate(answer.citations)}
        theirs = sorted((h for h in theirs if (h.case_number, h.item_index) in order),
                        key=lambda h: order[(h.case_number, h.item_index)])
        hits = (theirs + [h for h in hits if h not in theirs])[:k]
    groups = []
    # reasons for a treatment (or a reviewer's letters, or the remainders UR left, or a group of patients:
    # "which overturned items were for patients over 50?") counted
    # ... or the items of a body part, asked why: "which shoulder requests were denied and why?"
    named = bool(asked_sets(query) or query.reviewer or cq.where.get("modified") == "yes" or query.group
                 or (query.why and "body_region" in cq.where))
    if named and cq.shape in ("count", "share") and cq.unit == "items" and not answer.abstained:
        focus, filters = _reasons_scope(cq, answer.count)
        chosen = list(items_where(engine, validate(filters)))
        # "how often is naproxen approved vs denied?": both outcomes named, both outcomes' reasons
        other = "Upheld" if focus == "Overturned" else "Overturned"
        both = names_both(question) or remainder_ever(question) is not None  # "does IMR ever approve the remaining portion?"
        # ... or the outcome counted comes from fewer than THIN_LETTERS letters ("how often is naproxen approved?": 2
        # approvals): the other outcome's reasons too, so that what sets the two apart shows (across letters: one patient's
        # count gives the reasons of the outcome asked; a list, "which were approved?", those of what it lists)
        thin = who is None and query.kind == "count" and len({i.case_number for i in chosen}) < THIN_LETTERS
        rest = list(items_where(engine, validate({**filters, "decision": other}))) if both or thin else []
        for decision, items in ((focus, chosen), (other, rest)):
            if items:
                c.say(f"The most frequent reasons for the {'denials' if decision == 'Upheld' else 'approvals'}:")
                s = Scope(items=tuple(items), label="", treatments=(), regions=())
                groups += reasons(c, items, decision, engine.letters(_quoted_cases(s)), question, top=3)
    return msgspec.structs.replace(answer, answer=c.text(), citations=tuple(c.citations), hits=rated(query, hits),
                                   reasons=tuple(groups))


def _part_of_one(query: Query) -> bool:
    """Whether every body part the question says is said right before one of several things it lists ("knee mri,
    chiro x3, emg, ncv"): the part of that thing only."""
    if len(query.treatment_words) < 2 or not query.region_words:
        return False
    things = "|".join(re.escape(w) for w in query.treatment_words)
    return all(re.search(rf"(?<![\w-]){re.escape(r)}\s+(?:{things})(?![\w-])", query.text, re.IGNORECASE)
               for r in query.region_words)


def _without_story(cq, story: tuple[str, ...], text: str = ""):
    """`cq` without the treatments that only tell who the patient is ("the 37 yo lady with the TENS - how many
    of her requests were denied?": every request of hers counted, not the TENS unit alone). With none of them left,
    the drug that named one goes too ("with 4 requests incl the naproxen"), and the body part when the question says
    how many requests she had ("60 yo woman with 4 requests incl knee mri - how many were denied?": all four)."""
    said = [t for t in cq.where.get("treatment", "").split(",") if t]
    if not story or not said or not set(said) & set(story):
        return cq
    kept = [t for t in said if t not in story]
    gone = {"treatment"} | (set() if kept else {"drug"} | ({"body_region"} if N_REQUESTS.search(text) else set()))
    where = {k: v for k, v in cq.where.items() if k not in gone} | ({"treatment": ",".join(kept)} if kept else {})
    return msgspec.structs.replace(cq, where=where)


def _patient(engine: Engine, query: Query, cq, filters: dict) -> Patient | None:
    """The patient the count question describes, with their letter(s) (service.collection.patient)."""
    one, fitting = described_letters(engine, query, {k: v for k, v in filters.items() if k != "decision"})
    candidates = list(dict.fromkeys([*([one] if one else []), *fitting]))
    if query.person.requests is not None and (
            counted := [c for c in candidates if len(case_items(engine, c)) == query.person.requests]):
        # "how many of the 52 yo woman's 5 requests were approved?": of two 52-year-old women, the one with five
        candidates, fitting = counted, tuple(c for c in fitting if c in counted)
        one = one if one in counted else counted[0] if len(counted) == 1 else None
    if not candidates:
        return None
    what = {k: v for k, v in undescribed(cq.where, query.person, in_diagnosis(query.text, query.region_words)).items() if k != "decision"}
    having = _having(engine, what, candidates)
    asked = _without_story(msgspec.structs.replace(cq, where=what), query.story_treatments).where
    if query.story_treatments and asked.get("treatment") and asked != what and (
            theirs := _having(engine, {k_: v for k_, v in asked.items() if k_ != "body_region"}, candidates)):
        # "the naproxen hurt her stomach so the doctor put her on pantoprazole - when did IMR decide on that?": the
        # letters with the pantoprazole asked, not every one with an NSAID or a surgery of the story
        having = theirs
    if not having and query.story_treatments and "body_region" in what:
        # "my mom had carpal tunnel surgery and the nerve at her elbow released, then her pantoprazole got denied":
        # the parts told with the surgery she had are the story's, not the pantoprazole's
        having = _having(engine, {k_: v for k_, v in what.items() if k_ != "body_region"}, candidates)
    if len(named := [t for t in what.get("treatment", "").split(",") if t]) > 1:
        # "her neck acupuncture and PT": a letter that has each treatment named fits better than
        # one with only some of them (two 50-year-old women had neck PT; one had acupuncture too)
        every = set(candidates)
        for treatment in named:
            every &= _having(engine, {**what, "treatment": treatment}, candidates)
        having = every or having
    cases = choose(one, fitting, having, tells_story(query.text, query.person) or bool(query.reviewer))
    if len(cases) > 1 and len(told := printing_told(engine, query, cases)) == 1:
        cases = told  # of the few that have what is asked, the one whose summary prints the conditions told
    having_fit = tuple(c for c in fitting if c in having)
    if query.story_treatments and len(having_fit) > 1 and len(hers := printing_story(engine, query, having_fit)) == 1:
        cases = hers  # ... or what the surgery they had was for ("my mom had carpal tunnel surgery": "status post carpal tunnel")
    return patient(query.person, cases) if cases else None


def _unplaced(engine: Engine, where: dict[str, str], cases: tuple[str, ...]) -> bool:
    """Whether, within the patient's letter(s), the body region asked would leave out an item of what
    is counted whose request names no body part ("Eight (8) physical therapy sessions" of the woman
    with the low back strain): one patient's request that names none is not for another part. Not
    when one of those items names a different part (her neck PT beside an unplaced one)."""
    regions = set(str(where.get("body_region") or "").split(",")) - {""}
    if not regions:
        return False
    what = {k: v for k, v in where.items() if k not in ("body_region", "decision")}
    sql, params = item_condition(validate(what))
    rows = engine.store.catalog.query(
        f"SELECT i.id, r.region FROM items i LEFT JOIN item_regions r ON r.item_id = i.id WHERE {sql} AND "
        f"i.case_number IN ({','.join('?' * len(cases))})", [*params, *cases])
    placed: dict[int, set[str]] = {}
    for item_id, region in rows:
        placed.setdefault(item_id, set()).update([region] if region else [])
    return any(not named for named in placed.values()) and all(not named or named & regions
                                                                for named in placed.values())


def _having(engine: Engine, what: dict, candidates: list[str]) -> set[str]:
    """The case numbers of `candidates` with an item that is `what` (collection filters)."""
    sql, params = item_condition(validate(what))
    return {case for (case,) in engine.store.catalog.query(
        f"SELECT DISTINCT i.case_number FROM items i WHERE {sql} AND i.case_number IN "
        f"({','.join('?' * len(candidates))})", [*params, *candidates])}


def _reasons_scope(cq, counts: dict[str, int]) -> tuple[str, dict[str, str]]:
    """The decision whose reasons a count (or share) states, and the filters of exactly the items
    behind it: those counted, of the outcome counted or selected (else the denials); for a
    two-part count whose part is empty, the rest of what was counted ("none was approved: all 3
    were upheld", and why)."""
    part = cq.part.get("decision")
    if cq.total and part and not counts.get("counted", 0):
        other = "Upheld" if part == "Overturned" else "Overturned"
        return other, {**cq.where, "decision": other}
    focus = part or cq.where.get("decision") or "Upheld"
    if cq.total and set(cq.part) == {"reason"}:
        # "how many MRI denials were because of no red flags?": the reasons of every item counted
        # among (28 of 32), not only of those with the reason asked (28 of 28)
        return focus, {**cq.where, "decision": focus}
    return focus, {**cq.where, **cq.part, "decision": focus}
