"""Gather and compose, one flow per kind of answer (service.plan decides the kind).

- item: the item asked about (in the case named, or of the patient described when one letter fits
  clearly), answered by service.compose.item; a case that lacks the treatment, or a treatment no
  letter has, is said so, with the nearest items as "related".
- list: every item of the treatment meeting the condition, with how many (service.compose.listing).
- pattern: the recurring reasons across letters, with counts and the base rate (compose.pattern).
- count: a collection answer (service.collection: counts, shares, top N, comparisons, per letter,
  trends, with the table and the rule); else counts by decision, with the top reasons.
"""

from __future__ import annotations

import re

import msgspec

from indexer.treatments import GROUPS, members
from service.collection.flow import collection_answer, collection_query
from service.collection.patient import Patient, applies, choose, patient, scoped, undescribed
from service.compose.common import Composer
from service.compose.facts import asked_facts, say_facts
from service.compose.item import CORRECTIONS, item_answer
from service.compose.listing import list_answer
from service.compose.pattern import pattern_answer, reasons
from service.engine import Engine
from service.filters import item_condition, validate
from service.gather import (Scope, absent_named, asked_sets, case_items, count_items, filter_that_excludes,
                            listing_filters, scope, unknown_case_hint, unknown_phrase)
from service.lacking import (RELATED, absent_message, case_lacks, described_lacks, plain_regions, region_fits,
                             theirs_instead)
from service.levels import levels
from service.misnamed import described_instead
from service.ordinal import meant_case, placed_item
from service.people import tells_story
from service.patients import described_letters, letter_matches, the_one, with_reviewer
from service.plan import Plan
from service.retrieve import retrieve_scored
from service.scope import items_where, scope_count, scope_counts, scope_exists, where
from service.symptoms import in_diagnosis
from service.topic import overlap, topic_tokens, typed_tokens
from service.types import Answer, Coverage, Hit
from service.understand import Query

MAX_ITEMS = 3  # items one answer explains
QUOTES = {1: 3, 2: 2, 3: 1}  # findings quoted per item, by how many items the answer explains


def relevance(query: Query, hit: Hit) -> str:
    sets = asked_sets(query)
    if sets and set(sets) & set(hit.treatments):
        return "strong" if not query.body_regions or set(query.body_regions) & set(hit.body_regions) else "partial"
    topic = topic_tokens(query)
    share = overlap(topic, hit.request) if topic else 0.0
    if share >= 0.5 and not sets:
        return "strong"
    if share > 0 or (query.category and hit.category == query.category) or set(query.body_regions) & set(hit.body_regions):
        return "partial"
    return "weak"


def rated(query: Query, hits: list[Hit]) -> tuple[Hit, ...]:
    return tuple(msgspec.structs.replace(h, relevance=relevance(query, h)) for h in hits)


def answer(question: str, seen: dict, c: Composer, hits, **fields) -> Answer:
    return Answer(question=question, answer=c.text(), citations=tuple(c.citations), hits=tuple(hits),
                  understood=seen, **fields)


def missing(question: str, seen: dict, message: str, kind: str, related=()) -> Answer:
    return Answer(question=question, answer=message, citations=(), hits=(), understood=seen, abstained=True,
                  kind="not_found", not_found=kind, lead=message, related=tuple(related))


def unknown_case(engine: Engine, query: Query, question: str, seen: dict) -> Answer:
    case = query.case_numbers[0]
    hint = unknown_case_hint(engine, case)
    message = f"Case {case} is not in the index, so I cannot say what was decided." + (
        f" Did you mean {hint}?" if hint else "")
    return missing(question, seen, message, "unknown_case")


def item_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    filters = plan.filters
    excluding = _excluding_filter(engine, query, filters) if query.decision else None  # asked once a question
    if excluding == "decision":
        # the question itself selected the outcome ("which of his knee MRIs weren't denied?") and no
        # item asked about has it: answer about the items, the outcome read as a premise to correct
        query = msgspec.structs.replace(query, premise=query.decision, decision=None)
        plan = msgspec.structs.replace(plan, filters={n: v for n, v in filters.items() if n != "decision"})
        return item_flow(engine, plan, query, question, seen, k)
    sets = asked_sets(query)
    if query.case_numbers and (sets or query.treatment_words):
        lacking = case_lacks(engine, query, sets)
        if lacking:
            # "CM16-0249170, the 43 year old man with the rib fractures: ...": his letter, when it is another
            instead = described_instead(engine, plan, query, question, seen, k, item_flow)
            return instead or missing(question, seen, lacking, "case_lacks")
    matches = with_reviewer(engine, query, letter_matches(engine, query, filters)) if not query.case_numbers else {}
    hits, similarity = retrieve_scored(engine, query, filters, max(k, 10), person=matches)
    if not hits:
        return _nothing(engine, query, question, seen, filters)
    if not query.case_numbers and (name := excluding if query.decision else _excluding_filter(engine, query, filters)):
        return missing(question, seen, f"The filter {name}={filters[name]} excludes every "
                       f"{' / '.join(query.treatment_words) or 'matching'} item; remove it to see them.",
                       "filters_exclude", related=rated(query, hits[:3]))
    if not query.case_numbers:
        absent = absent_message(engine, query, hits, similarity, filters)
        if absent and (one := the_one(matches)) and _alone(engine, query, filters, one):
            # "my wife, 62, shoulder tendinitis: was her cortisone shot approved?": no letter has
            # the treatment, and the patient described has a letter: say what theirs decided
            return missing(question, seen, f"{absent.removesuffix(RELATED).strip()} {theirs_instead(engine, one)}",
                           "case_lacks", related=rated(query, hits[:3]))
        if absent:
            return missing(question, seen, absent, "no_treatment", related=rated(query, hits[:3]))
        if (sets and plain_regions(query) and not query.person.described
                and scope_exists(engine, query, filters, regionless=True) is False):
            # "the TMJ splint": braces are in the index, none for that body part
            w = where(query, filters)
            none = _no_scope(engine, query, question, seen, filters, w.label, w.regions)
            return msgspec.structs.replace(none, related=rated(query, hits[:3]))
    one = the_one(matches)
    if query.decision and one and not query.case_numbers:
        # "did any of the 33-year-old man's requests get approved?": the patient's items have
        # none with that outcome; answer about theirs, the outcome a premise to correct
        mine = [row for row in case_items(engine, one) if not sets or set(sets) & set(row[3])]
        if mine and not any(row[2] == query.decision for row in mine):
            query = msgspec.structs.replace(query, premise=query.decision, decision=None)
            plan = msgspec.structs.replace(plan, filters={n: v for n, v in filters.items() if n != "decision"})
            return item_flow(engine, plan, query, question, seen, k)
    if lacking := described_lacks(engine, query, sets, one, matches):
        return missing(question, seen, lacking, "case_lacks", related=rated(query, hits[:3]))
    # "the second request in her letter": that item of the one letter meant
    if placed := placed_item(engine, query, filters, meant_case(query, one)):
        hits = [placed, *(h for h in hits if h.chunk_id != placed.chunk_id)]
    chosen = [placed] if placed else _answer_items(engine, query, hits, one)
    letters = engine.letters([h.case_number for h in chosen])
    c = Composer()
    # "who reviewed ...?", "when was it decided?": the letter's fact first, then the item
    first = letters[chosen[0].case_number]
    fact = say_facts(c, first, facts, first.items[chosen[0].item_index - 1]) if (facts := asked_facts(query.text)) else ""
    quotes = QUOTES[min(len(chosen), 3)]
    leads = []
    items = [letters[h.case_number].items[h.item_index - 1] for h in chosen]
    premise = query.premise
    if len(items) > 1 and premise and all(i.decision != premise for i in items) and len({i.decision for i in items}) == 1:
        c.say(CORRECTIONS[items[0].decision])  # "which of the knee MRIs weren't denied?": none; said once
        leads.append(CORRECTIONS[items[0].decision])
        premise = None
    for hit, item in zip(chosen, items):
        leads.append(item_answer(c, letters[hit.case_number], item, question, chunk_id=hit.chunk_id,
                                 premise=premise, findings=quotes, lead=True))
    coverage = _coverage(engine, query, plan, chosen) if not (query.case_numbers or one) else None
    # the items answered lead the sources, then the rest in their retrieval order
    shown = chosen + [h for h in hits if h not in chosen]
    lead = leads[0] if len(leads) == 1 or premise == query.premise else f"{leads[0]} {leads[1]}"
    return answer(question, seen, c, rated(query, shown[:k]), kind="item", lead=f"{fact} {lead}" if fact else lead,
                  coverage=coverage)


def _alone(engine: Engine, query: Query, filters: dict, one: str) -> bool:
    """Whether `one` is the only letter the description fits: the only one agreeing with every
    field it gives (age, sex, dates), or a story tells them apart. Two 45-year-old women are two
    patients, whichever one's summary reads closer to the treatment asked."""
    _clear, fitting = described_letters(engine, query, {k: v for k, v in filters.items() if k != "decision"})
    return fitting == (one,) or tells_story(query.text, query.person)


def lead_with_answer(engine: Engine, query: Query, hits: list[Hit], matches: dict[str, float]) -> list[Hit]:
    """`hits` with the item an item question is about first (the one `ask` would explain: the
    treatment, the patient described, the other treatments named), the rest in their order; a
    search and an answer to the same question then agree on the top item."""
    items = [h for h in hits if h.item_index > 0]
    if query.kind != "item" or not items:
        return hits
    one = the_one(matches)
    top = placed_item(engine, query, {}, meant_case(query, one)) or _answer_items(engine, query, items, one)[0]
    return [top, *(h for h in hits if h.chunk_id != top.chunk_id)]


def _excluding_filter(engine: Engine, query: Query, filters: dict) -> str | None:
    """The client filter that leaves none of the treatment asked about (which the index has), or None."""
    client = {k: v for k, v in filters.items() if k != "case_number"}
    found = scope_exists(engine, query, client, decision=str(client["decision"]) if "decision" in client else None
                         ) if client else None
    if found is None or found:
        return None
    return filter_that_excludes(engine, query, client)


def _answer_items(engine: Engine, query: Query, hits: list[Hit], one: str | None) -> list[Hit]:
    """The items the answer explains: the best hit (ranked with the patient described, when one
    is), and the other items of its letter that match the question as well (two injections at two
    levels). Other letters' items stay in the hits, never in the answer."""
    pool = [h for h in hits if h.item_index > 0]
    if query.case_numbers:
        pool = [h for h in pool if h.case_number in query.case_numbers] or pool
    sets = asked_sets(query)
    if one and not query.case_numbers:
        # the patient described: their letter only, when it has the treatment asked about (a
        # description can fit a letter by chance; a treatment named is firmer)
        mine = [h for h in pool if h.case_number == one]
        if mine and (not sets or any(set(sets) & set(h.treatments) and region_fits(query, h) for h in mine)):
            pool = mine
    if sets:
        pool = [h for h in pool if set(sets) & set(h.treatments)] or pool
        if not query.case_numbers:
            pool = _in_context(engine, query, sets, pool)
    top = pool[0]
    if one and not sets and not query.case_numbers and top.case_number == one and _EVERY_ITEM.search(query.text):
        # "which of the 60-year-old man's requests were approved and which denied?", "was anything
        # not approved for her?": the patient's requests, each of them; "which of his requests
        # were approved?": those with that outcome, or all of them (corrected) when none has it
        theirs = [top, *(h for h in pool[1:] if h.case_number == one)]
        return ([h for h in theirs if h.decision == query.premise] or theirs)[:MAX_ITEMS]
    same = [h for h in pool[1:] if h.case_number == top.case_number and _alike(query, h, top)]
    # several named ("his surgery, the pre-op clearance and the Motrin"), or a group in the plural
    # ("which of her medications"): every item of the letter that is one of them
    plural_group = bool(sets) and all(t in GROUPS for t in sets) and any(
        w.lower().endswith("s") for w in query.treatment_words)
    named = len(set(sets)) > 1 or len(query.treatment_words) > 1 or plural_group
    if named:  # "his surgery, the pre-op clearance and the Motrin"
        same += [h for h in pool[1:] if h.case_number == top.case_number and h not in same
                 and set(sets) & set(h.treatments)]
    return [top, *same][:MAX_ITEMS]


# the patient's requests in general, not one of them: "his requests", "anything", "each of them"
_EVERY_ITEM = re.compile(r"\b(?:requests|items|issues|things|anything|everything|each|all\s+of|any\s+of\s+(?:his|her|their|my|the)"
                         r"|none\s+of|which\s+ones?|what\s+else)\b", re.IGNORECASE)


def _in_context(engine: Engine, query: Query, sets: tuple[str, ...], pool: list[Hit]) -> list[Hit]:
    """The items of letters that also decide the other treatments the question names ("the post-op
    PT ... when the surgery itself was turned down": the PT of a letter with a surgery), when
    some are; else `pool`. A group of the treatment asked ("opioid" for Norco) is no other one."""
    context = {t for t in query.treatments if t not in sets and not any(s in members(t) for s in sets)}
    context |= set(query.story_treatments)
    if not context:
        return pool
    cases = {h.case_number for h in pool}
    with_context = {case for case in cases
                    if any(context & set(treatments) for _n, _t, _d, treatments, _r in case_items(engine, case))}
    return [h for h in pool if h.case_number in with_context] or pool


def _alike(query: Query, hit: Hit, top: Hit) -> bool:
    """Whether `hit` answers the question as well as `top` does: the same treatment sets, a body
    region asked about (if any), and as many of the question's own words in its heading."""
    sets = asked_sets(query)
    if sets and not (set(sets) & set(hit.treatments) and set(hit.treatments) == set(top.treatments)):
        return False
    if not sets and hit.title.split()[:2] != top.title.split()[:2]:
        return False
    if query.body_regions and not set(query.body_regions) & set(hit.body_regions):
        return False
    if query.levels and (named := levels(hit.request)) and not named & set(query.levels):
        return False  # "the L5 TFESI" is not the L4 one
    typed = typed_tokens(query)
    return overlap(typed, hit.request) >= overlap(typed, top.request) - 0.05


def _nothing(engine: Engine, query: Query, question: str, seen: dict, filters: dict) -> Answer:
    name = filter_that_excludes(engine, query, {k: v for k, v in filters.items() if k != "case_number"})
    if name:
        return missing(question, seen, f"The filter {name}={filters[name]} excludes every {' / '.join(query.treatment_words) or 'matching'} "
                       f"item; remove it to see them.", "filters_exclude")
    if filters:
        shown = ", ".join(f"{k}={v}" for k, v in filters.items())
        return missing(question, seen, f"No item matches the filters {shown}; remove one to see more.", "filters_exclude")
    return missing(question, seen, "Nothing in the indexed letters answers this question; try naming the treatment, "
                   "body region or case number.", "no_treatment")


def _coverage(engine: Engine, query: Query, plan: Plan, chosen: list[Hit]) -> Coverage | None:
    decision = chosen[0].decision
    counted = scope_count(engine, query, plan.filters, decision)
    if counted is None or (not counted[1] and not scope_exists(engine, query, plan.filters)):
        return None
    s, of = counted
    word = "denials" if decision == "Upheld" else "approvals"
    return Coverage(shown=len(chosen), total=of, label=f"{s.label} {word}",
                    filters=listing_filters(s, decision, plan.filters))


def _missing_treatment(engine: Engine, query: Query, plan: Plan, question: str, seen: dict, k: int) -> Answer | None:
    """Not found, for a list, pattern or count about a treatment no letter has."""
    words = unknown_phrase(engine, query) or (absent_named(engine, query, plan.filters) if query.treatments else "")
    if not words:
        return None
    hits, _sim = retrieve_scored(engine, query, {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, 3)
    return missing(question, seen, f"No letter in the index decides a request for {words}. {RELATED}", "no_treatment",
                   related=rated(query, hits))


def _scoped(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Scope | Answer:
    """The scope a list or pattern is about, or the answer to give instead: not found, or the
    item flow when the question names no treatment set."""
    if (absent := _missing_treatment(engine, query, plan, question, seen, k)) is not None:
        return absent
    s = scope(engine, query, plan.filters)
    if s is None:
        return item_flow(engine, msgspec.structs.replace(plan, kind="item"), query, question, seen, k)
    if not s.items:
        return _no_scope(engine, query, question, seen, plan.filters, s.label, s.regions)
    return s


def list_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    if (every := _every_item(engine, plan, query, question, seen, k)) is not None:
        return every
    s = _scoped(engine, plan, query, question, seen, k)
    if isinstance(s, Answer):
        return s
    hits, _sim = retrieve_scored(engine, query, {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, 10)
    letters = engine.letters(list(dict.fromkeys(i.case_number for i in s.items))[:40])
    c = Composer()
    lead, coverage = list_answer(c, s, plan.focus, letters, [(h.case_number, h.item_index) for h in hits])
    coverage = msgspec.structs.replace(coverage, filters=listing_filters(s, plan.focus, plan.filters))
    none = coverage.total == 0  # "none of the 9 acupuncture requests was approved": an answer, of its own kind
    return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=lead, coverage=coverage,
                  count=s.counts(), not_found="no_outcome" if none else "")


def _every_item(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer | None:
    """"Which requests were overturned?", "show me all the approved requests": a list that names an
    outcome and no treatment, reviewer, case or patient is every item with that outcome (under the
    question's other words: a body part, dates), counted and shown as a collection count is; None
    for any other list."""
    if not query.decision or asked_sets(query) or query.reviewer or query.case_numbers or query.person.described:
        return None
    client = {k_: v for k_, v in plan.filters.items() if k_ != "decision"}
    read = collection_query(engine, question, client)
    if read is None:
        return None
    cq, how, strings = read
    if cq.shape != "count" or cq.unit != "items" or cq.where.get("decision") != query.decision or "treatment" in cq.where:
        return None
    # the items of that outcome counted within all of them: "0 of the 11 knee requests were approved"
    cq = msgspec.structs.replace(cq, where={k_: v for k_, v in cq.where.items() if k_ != "decision"},
                                 part={"decision": query.decision}, total=True)
    return _collection(engine, plan, query, question, seen, k, cq, how, strings, listed=query.decision)


def pattern_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    s = _scoped(engine, plan, query, question, seen, k)
    if isinstance(s, Answer):
        return s
    letters = engine.letters(_quoted_cases(s))
    c = Composer()
    lead, groups = pattern_answer(c, s, plan.focus or "Upheld", letters, question, approval_minded=plan.approval_minded)
    hits, _sim = retrieve_scored(engine, query, {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, k)
    focus = s.with_decision(plan.focus or "Upheld")
    coverage = Coverage(shown=len({ref.case_number for g in groups for ref in g.items}), total=len(s.items),
                        label=f"{s.label} requests", filters=listing_filters(s, None, plan.filters))
    return answer(question, seen, c, rated(query, hits), kind="pattern", lead=lead, reasons=tuple(groups),
                  coverage=coverage, count={**s.counts(), "focus": len(focus)})


def _quoted_cases(s: Scope) -> list[str]:
    """The letters a pattern answer may quote: a few holders of each code, and the first letters."""
    by_code: dict[str, list[str]] = {}
    for item in s.items:
        for code in item.codes:
            by_code.setdefault(code, []).append(item.case_number)
    cases: list[str] = [i.case_number for i in s.items[:6]]
    for holders in by_code.values():
        cases += holders[:4]
    return list(dict.fromkeys(cases))[:60]


def _no_scope(engine: Engine, query: Query, question: str, seen: dict, filters: dict, label: str,
              regions: tuple[str, ...]) -> Answer:
    """Not found, for a scope (`label`, of `regions`) without items: other body parts, a filter, or none."""
    wider = scope_counts(engine, query, filters, regions=False) if regions else None
    if wider is not None and wider[1]:
        n = sum(wider[1].values())
        message = (f"No {label} request is in the index; {n} {wider[0].label} request{'s' if n != 1 else ''} for "
                   f"other body regions {'are' if n != 1 else 'is'}.")
        return missing(question, seen, message, "no_treatment")
    name = filter_that_excludes(engine, query, filters) if filters else None
    if name:
        return missing(question, seen, f"The filter {name}={filters[name]} excludes every {label} item; remove it "
                       "to see them.", "filters_exclude")
    return missing(question, seen, f"No letter in the index decides a request for {label}.", "no_treatment")


def count_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int, settings=None) -> Answer:
    """A collection answer (service.collection) for the shapes it reads; else counts by decision."""
    if (absent := _missing_treatment(engine, query, plan, question, seen, k)) is not None:
        return absent
    filters = {k_: v for k_, v in plan.filters.items() if not (k_ == "decision" and query.decision)}
    if (read := collection_query(engine, question, filters, settings)) is not None:
        cq, how, client = read
        who = _patient(engine, query, cq, filters) if applies(cq) else None
        if who is not None:  # "how many chiropractic requests did the 54 year old woman have": hers, not every woman's
            cq = scoped(cq, who, query.person, in_diagnosis(query.text, query.region_words))
        return _collection(engine, plan, query, question, seen, k, cq, how, client, who)
    s = scope(engine, query, plan.filters)
    if s is not None and s.items:  # the treatment sets: the same items the reasons below are counted over
        counts, label = s.counts(), s.label
    else:
        counts, label, _term = count_items(engine, query, plan.filters)
    c = Composer()
    total = counts.get("total", 0)
    hits, _sim = retrieve_scored(engine, msgspec.structs.replace(query, decision=None),
                                 {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, k)
    if total == 0:
        c.say(f"No {label} items are in the index, so there is nothing to count.")
        return answer(question, seen, c, (), kind="count", count=counts, abstained=True, lead=c.text())
    up, over = counts.get("Upheld", 0), counts.get("Overturned", 0)
    lead = (f"Of {total} {label} item{'s' if total != 1 else ''} in the index, {up} ({100 * up / total:.0f}%) "
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
    named = bool(asked_sets(query) or query.reviewer)  # reasons for a treatment (or a reviewer's letters) counted
    if named and cq.shape in ("count", "share") and cq.unit == "items" and not answer.abstained:
        focus, filters = _reasons_scope(cq, answer.count)
        chosen = list(items_where(engine, validate(filters)))
        if chosen:
            c.say(f"The most frequent reasons for the {'denials' if focus == 'Upheld' else 'approvals'}:")
            s = Scope(items=tuple(chosen), label="", treatments=(), regions=())
            groups = reasons(c, chosen, focus, engine.letters(_quoted_cases(s)), question, top=3)
    return msgspec.structs.replace(answer, answer=c.text(), citations=tuple(c.citations), hits=rated(query, hits),
                                   reasons=tuple(groups))


def _patient(engine: Engine, query: Query, cq, filters: dict) -> Patient | None:
    """The patient the count question describes, with their letter(s) (service.collection.patient)."""
    one, fitting = described_letters(engine, query, {k: v for k, v in filters.items() if k != "decision"})
    candidates = list(dict.fromkeys([*([one] if one else []), *fitting]))
    if not candidates:
        return None
    what = {k: v for k, v in undescribed(cq.where, query.person, in_diagnosis(query.text, query.region_words)).items() if k != "decision"}
    sql, params = item_condition(validate(what))
    having = {case for (case,) in engine.store.catalog.query(
        f"SELECT DISTINCT i.case_number FROM items i WHERE {sql} AND i.case_number IN "
        f"({','.join('?' * len(candidates))})", [*params, *candidates])}
    cases = choose(one, fitting, having, tells_story(query.text, query.person))
    return patient(query.person, cases) if cases else None


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
    return focus, {**cq.where, **cq.part, "decision": focus}


FLOWS = {"item": item_flow, "list": list_flow, "pattern": pattern_flow, "count": count_flow}
