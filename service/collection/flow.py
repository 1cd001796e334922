"""The collection flow: read the question (or take the LLM's checked proposal), run it on the
catalog, and compose the answer. service.flows.count.count_flow calls it and falls back to its own
counting answer when this reads no shape."""

from __future__ import annotations

import logging
import re

import msgspec

from service.collection.cues import source_yes_no
from service.collection.by_kind import kinds_asked, kinds_sentence
from service.collection.compose import caveats, examples, lead, letters_phrase
from service.collection.patient import Patient, decided, each_lead
from service.collection.patient import lead as patient_lead
from service.collection.read import read
from service.collection.run import EXAMPLES, SINCE_COLUMN, run
from service.collection.shape import CollectionQuery, ShapeError, as_strings, check, day_figures
from service.collection.vocab import vocabulary
from service.collection.words import label, rule
from service.compose.common import Composer
from service.compose.facts import dates_sentence
from service.filters import item_condition, validate
from service.types import Answer, Coverage

logger = logging.getLogger(__name__)


def collection_query(engine, question: str, filters: dict[str, object],
                     settings=None) -> tuple[CollectionQuery, str, dict[str, str]] | None:
    """The checked query (client filters added to its population), who read it ("rules" or
    "llm"), and the client filters as strings."""
    vocab = vocabulary(engine.store.catalog)
    proposals: list[tuple[CollectionQuery | None, str]] = []
    if settings is not None and settings.llm_url:
        from service.collection.llm import propose

        proposals.append((propose(settings, question, vocab), "llm"))
    proposals.append((read(question, vocab), "rules"))
    for proposal, how in proposals:
        if proposal is None:
            continue
        try:
            client = as_strings(filters)
            merged = msgspec.structs.replace(proposal, where={**proposal.where, **client})
            return check(merged), how, client
        except ShapeError as exc:
            logger.info("collection query from %s rejected: %s", how, exc)
    return None


def collection_answer(engine, cq: CollectionQuery, how: str, question: str, seen: dict,
                      filters: dict[str, str], who: Patient | None = None) -> tuple[Answer, Composer]:
    """The answer (sentence, table, rule, counts, examples) and its Composer, for more to be said;
    `filters` are the client's filters the query was run under; `who`: the patient described,
    within whose letter `cq` counts (service.collection.patient)."""
    result = run(engine.store.catalog.query, cq)
    if who is None and cq.shape == "count" and (lead_items := seen.get("lead_items")):
        result = _led(engine, cq, result, lead_items)
    c = Composer()
    apart = who is not None and len(who.cases) > 1 and cq.shape in ("count", "share") and cq.unit == "items"
    if apart:  # several letters fit the description: each one's count, not their sum (service.collection.patient)
        first = each_lead(cq, {case: run(engine.store.catalog.query, _within(cq, case)) for case in who.cases}, who)
    else:
        first = lead(cq, result) if who is None else patient_lead(cq, result, who)
    if who is None and source_yes_no(question):  # "did any reviewer cite UpToDate?": its yes or no first
        first = f"{'Yes' if result.total else 'No'}: {first}"
    c.say(first)
    if who is None and cq.shape == "count" and cq.unit == "items" and kinds_asked(question) and (
            kinds := kinds_sentence(engine.store.catalog.query, {**cq.where, **cq.part})):
        c.say(kinds)  # "how many overturned, and which kinds?": the count broken down by kind of treatment
    if _WHEN.search(question) or (cq.shape == "mean" and cq.measure == "days" and cq.since == "injury"):
        # "when did UR deny it and how long did IMR take?": the two dates too, each cited by its header line, not the
        # days alone; of each of a patient's few letters ("... when did IMR decide on that, and how long after the
        # insurance said no?"); of the injury always ("how long had she been hurt when IMR decided?"): its date is asked
        dated = _dated_cases(engine, cq, who, result)
        letters = engine.letters(dated) if dated else {}
        for case in dated:
            if said := dates_sentence(c, letters[case], SINCE_COLUMN[cq.since]):
                c.say(said if len(dated) == 1 else f"In {case}, {said[0].lower()}{said[1:]}")
    shown = tuple(str(r[0]) for r in result.table.rows) if cq.shape == "top" else ()
    for caveat in caveats(engine.store.catalog.query, cq, shown):
        c.say(caveat)
    if who is not None:  # their items counted, each cited; or, when none, what their letter decided
        result = msgspec.structs.replace(result, examples=_each(
            [_theirs(engine, _within(cq, case)) for case in who.cases]) if apart else _theirs(engine, cq))
        if not result.examples and len(who.cases) == 1:
            c.say(decided(engine.store.catalog.query(
                "SELECT item_index, title, decision FROM items WHERE case_number = ? ORDER BY item_index",
                [who.cases[0]]), who))
    intro = "For example, " if who is None else f"In {who.their} letter: " if len(who.cases) == 1 else \
        "In those letters: "
    if who is None and cq.shown and len(result.examples) > EXAMPLES:  # the items (letters) asked for, not examples
        intro = "All of them: " if len(result.examples) >= result.total else f"The {len(result.examples)} most recent: "
    elif who is None and cq.shape == "count" and cq.unit == "items" and 0 < result.behind_items <= len(result.examples):
        # "how many hip MRIs were denied?": 1, or 3 of them, each cited: no example of more, but every one
        intro = "It is " if result.behind_items == 1 else f"All {result.behind_items}: "
    one = who is None and cq.shape == "mean" and cq.measure == "days" and (_one_case(cq) or _one_letter(result))
    if one:
        # "CM16-0231745 how many days ..., and did any of the items survive?": the letter's items, as a
        # patient's are said with their days; so are the items of the one letter a kind of request is in ("how
        # long did IMR take on the home aide request after UR said no?")
        result = msgspec.structs.replace(result, examples=_theirs(engine, msgspec.structs.replace(cq, total=True)))
        intro = "In that letter: "
    # the days a patient's review took, and their few items: why each was decided too, as an item
    # answer says (a count of their items gives the reasons of its own: service.flows.count)
    # ... and a comparison of outcomes by group: why each group's example was approved or denied
    # ... and every item a count or list across letters names, when they are few ("list the requests decided under the
    # MTUS shoulder guideline and how each came out": each one's finding, as a list answer quotes it)
    # (a treatment or category counted gets the reasons that recur instead: service.flows.count)
    every = (who is None and cq.unit == "items" and intro.startswith("All") and not {"treatment", "category"} & set(cq.where))
    # ... of a longer list, the first item of each of the first WHY_UP_TO letters ("which approvals came from reviewers who
    # relied on the ODG?": 5 items, 4 letters; a reason of three of them, not a bare list)
    letters_why = WHY_UP_TO if every and len(result.examples) > WHY_UP_TO else None
    why = question if ((who is not None or one) and cq.shape == "mean" and len(result.examples) <= WHY_UP_TO) or (
        who is None and cq.shape == "compare" and set(cq.part) == {"decision"}) or every else ""
    examples(c, engine.letters([case for case, _i in result.examples]), result.examples, intro, why=why,
             why_letters=letters_why)
    if who is None and cq.shape == "count" and cq.unit == "items" and not result.examples and (rest := _beside(engine, cq)):
        # none has the outcome asked ("which shoulder requests were not denied?": 0 of 8; "how many knee
        # requests were approved?": 0): those there are, cited, each with its decision, as a list of none
        # says what was decided instead
        examples(c, engine.letters([case for case, _i in rest]), rest, "Decided otherwise, for example: ",
                 why=question if len(rest) <= WHY_UP_TO and not {"treatment", "category"} & set(cq.where) else "")
    kept = [n for n in seen.get("notes", ()) if not str(n).startswith(("outcome:", "answer:"))]
    notes = [*kept, *cq.notes, *(["collection query proposed by the LLM, checked and run by the service"]
                                 if how == "llm" else [])]
    understood = {**seen, "notes": notes, "filters": filters, "collection": msgspec.to_builtins(cq)}
    if cq.shape == "count" and cq.total:
        (_a, size), (_b, n) = result.table.rows[:2]
        named = (label(cq.where, cq.unit), label({**cq.where, **cq.part}, cq.unit))
        result = msgspec.structs.replace(result, table=msgspec.structs.replace(
            result.table, rows=((named[0], size), (named[1], n))))
    elif cq.shape in ("count", "share", "mean") and not cq.listing and len(result.table.rows) == 1:
        row = result.table.rows[0]
        named = letters_phrase(cq) if cq.shape == "count" and cq.unit == "letters" else \
            label({**cq.where, **(cq.part if cq.shape == "count" else {})}, cq.unit)
        result = msgspec.structs.replace(result, table=msgspec.structs.replace(
            result.table, rows=((named if cq.shape != "mean" else row[0], *row[1:]),)))
    empty = result.total == 0 and cq.shape != "count"  # a count of 0 is an answer; a share of nothing is not
    coverage = Coverage(shown=len(result.examples), total=result.behind_items, label="items behind the number",
                        filters=result.behind) if result.examples else None
    if who is not None and result.examples:
        said = f"{who.their} items counted" if len(who.cases) == 1 else "items of those letters counted"
        coverage = Coverage(shown=len(result.examples), total=_size(cq, result), filters=dict(cq.where), label=said)
    answer = Answer(question=question, answer=c.text(), citations=tuple(c.citations), hits=(), understood=understood,
                    kind="count", count=result.counts, lead=first, table=result.table, rule=rule(cq),
                    abstained=empty, coverage=coverage)
    return answer, c


THEIRS = 6  # a patient's items cited, at most
WHY_UP_TO = 3  # a patient's items each quoted with its reason, when no more are cited


EACH = 2  # of each letter a description fits, counted on its own: its items cited, at least


def _each(refs: list[tuple[tuple[str, int], ...]]) -> tuple[tuple[str, int], ...]:
    """The items cited of several letters, each letter's counted on its own: THEIRS in all (EACH of each, at
    least), taken in turn from each letter, so that a letter with fewer leaves its share to the others; in
    letter order."""
    most, kept, turn = max(THEIRS, EACH * len(refs)), [0] * len(refs), 0
    while sum(kept) < most and any(k < len(r) for k, r in zip(kept, refs)):
        if kept[turn] < len(refs[turn]):
            kept[turn] += 1
        turn = (turn + 1) % len(refs)
    return tuple(ref for r, k in zip(refs, kept) for ref in r[:k])


DATED_UP_TO = 3  # a patient's letters (or the one letter asked of) whose two dates are said, beside their days
# a date asked beside the days: "when did UR deny it and how long did IMR take?", "what dates?"
_WHEN = re.compile(r"\bwhen\b|\bwhat\s+(?:date|day)\b|\bdates?\b", re.IGNORECASE)


def _dated_cases(engine, cq: CollectionQuery, who: Patient | None, result) -> list[str]:
    """The letters whose two dates a mean of days is said with: the patient's few letters, the one letter named, or the
    one letter a kind of request is in; [] for any other count."""
    if cq.shape != "mean" or cq.measure != "days" or cq.over or cq.under:
        return []
    if who is not None:
        cases = list(who.cases)
    elif _one_case(cq):
        cases = [str(cq.where["case_number"])]
    elif _one_letter(result):
        cases = list(dict.fromkeys(case for case, _i in _theirs(engine, msgspec.structs.replace(cq, total=True))))[:1]
    else:
        return []
    return cases if len(cases) <= DATED_UP_TO else []


def _one_letter(result) -> bool:
    """Whether a mean of days was taken over one letter (the one letter a kind of request is in)."""
    # a listing of the letters over (under) a number of days is no mean: one letter listed is no one letter's mean
    return (len(result.table.rows) == 1 and "mean days" in result.table.columns
            and day_figures(result.table.columns, result.table.rows[0])["letters"] == 1)


def _one_case(cq: CollectionQuery) -> bool:
    """Whether `cq` counts within one letter named by its case number."""
    return bool(cq.where.get("case_number")) and "," not in str(cq.where["case_number"])


def _led(engine, cq: CollectionQuery, result, lead_items) -> object:
    """`result` with the items a conversation was about cited first among its examples, when the count counts them
    ("why was the 28 yo woman's lumbar MRI denied?" || "is that common?": hers first among the lumbar MRIs denied for
    that reason), the examples as many as before."""
    keys = [tuple(key) for key in lead_items]
    counted = [key for key in keys if key in run(engine.store.catalog.query, _within(cq, key[0])).examples]
    if not counted or not result.examples:
        return result
    rest = tuple(e for e in result.examples if e not in counted)
    return msgspec.structs.replace(result, examples=(*counted, *rest)[:max(len(result.examples), len(counted))])


def _within(cq: CollectionQuery, case: str) -> CollectionQuery:
    """`cq` counted within one letter."""
    return msgspec.structs.replace(cq, where={**cq.where, "case_number": case})


def _theirs(engine, cq: CollectionQuery, most: int = THEIRS) -> tuple[tuple[str, int], ...]:
    """The items of the patient's letter(s) that the answer counts (the population, for a share or
    a two-part count), in letter order, `most` of them."""
    sql, params = item_condition(validate(cq.where if cq.total or cq.shape == "share" else {**cq.where, **cq.part}))
    return tuple((case, index) for case, index in engine.store.catalog.query(
        f"SELECT i.case_number, i.item_index FROM items i WHERE {sql} ORDER BY i.case_number, i.item_index LIMIT ?",
        [*params, most]))


BESIDE = 3  # the items of a count's population cited when none has the part asked


def _beside(engine, cq: CollectionQuery) -> tuple[tuple[str, int], ...]:
    """The first items, by case number, of the population a count of an outcome counts in: `cq.where` of
    a two-part count, else `cq.where` but its decision; () for a count of no outcome."""
    where = cq.where if cq.total else {k: v for k, v in cq.where.items() if k != "decision"}
    if not cq.total and where == cq.where:
        return ()
    sql, params = item_condition(validate(where))
    return tuple((case, index) for case, index in engine.store.catalog.query(
        f"SELECT i.case_number, i.item_index FROM items i WHERE {sql} ORDER BY i.case_number, i.item_index LIMIT ?",
        [*params, BESIDE]))


def _size(cq: CollectionQuery, result) -> int:
    rows = result.table.rows
    if cq.total:
        return int(rows[0][1])
    return int(rows[0][2]) if cq.shape == "share" else result.total
