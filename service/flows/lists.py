"""The list flow (every item of the treatment meeting the condition, with how many:
service.compose.listing) and the pattern flow (the recurring reasons across letters, with counts
and the base rate: service.compose.pattern), both over the scope the question names."""

from __future__ import annotations

import re

import msgspec

from indexer.reasons import CODES
from service.collection.flow import collection_query
from service.collection.read import COUNTING, LISTED
from service.collection.shape import CollectionQuery, as_strings, check
from service.compose.common import Composer
from service.compose.listing import SHOWN, list_answer, plural, reason_answer, usual_answer
from service.compose.pattern import pattern_answer
from service.engine import Engine
from service.flows.condition import condition_flow
from service.flows.common import _missing_treatment, _no_scope, _quoted_cases, answer, missing, rated
from service.flows.count import _collection
from service.flows.item import item_flow
from service.groups import where_words, without_group
from service.job_group import job_group, plural_job
from service.lacking import RELATED, ROLE_WORDS, told_by_nothing
from service.kinds import ANY_LETTER, EVERY_OF_KIND
from service.outcomes import asked_decision, asks_ever, asks_usual, read_outcomes, usual_asked
from service.reason_listed import APPROVAL_CODES, listed_reasons
from service.scope import Scope, asked_sets, items_where, listing_filters, scope
from service.topic import topic_tokens
from service.plan import Plan
from service.retrieve import retrieve_scored
from service.types import Answer, Coverage
from service.understand import Query
from service.wording import kind_of


def _scoped(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Scope | Answer:
    """The scope a list or pattern is about, or the answer to give instead: not found, or the
    item flow when the question names no treatment set."""
    everyone = msgspec.structs.replace(plan, filters={k_: v for k_, v in plan.filters.items() if k_ not in plan.group_filters})
    if (absent := _missing_treatment(engine, query, everyone, question, seen, k)) is not None:
        return absent  # a treatment no letter has, of anyone
    s = scope(engine, query, plan.filters)
    if s is None:
        return item_flow(engine, msgspec.structs.replace(plan, kind="item"), query, question, seen, k)
    if not s.items and plan.group and (others := scope(engine, query, everyone.filters)) and others.items:
        # "which TENS units for men were approved?": the TENS units are all women's
        n = len(others.items)
        hits, _sim = retrieve_scored(engine, msgspec.structs.replace(query, decision=None),
                                     {k_: v for k_, v in everyone.filters.items() if k_ != "decision"}, 3)
        return missing(question, seen, f"No {kind_of(s.label, 'request')} {where_words(plan.filters)} was decided; {n} "
                       f"{kind_of(others.label, 'request' + ('s' if n != 1 else ''))} of other patients {'are' if n != 1 else 'is'}. {RELATED}",
                       "filters_exclude", related=rated(query, hits))
    if not s.items:
        return _no_scope(engine, query, question, seen, plan.filters, s.label, s.regions)
    return s


def list_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    if query.condition and not query.case_numbers:  # "did they approve anything for people with carpal tunnel?"
        return condition_flow(engine, plan, query, question, seen, k)
    if (across := _by_reason_across(engine, plan, query, question, seen, k)) is not None:
        return across
    if (every := _every_item(engine, plan, query, question, seen, k)) is not None:
        return every
    s = _scoped(engine, plan, query, question, seen, k)
    if isinstance(s, Answer):
        return s
    if (job := plural_job(query.text)) and not query.case_numbers:
        if group := job_group(engine, job):
            return _of_job_group(engine, plan, query, question, seen, k, s, job, group)
        # "any truck drivers get an MRI approved?" where no letter is a truck driver's: not everyone's MRIs
        hits, _sim = retrieve_scored(engine, msgspec.structs.replace(query, decision=None),
                                     {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, 3)
        return missing(question, seen, f"No letter in the index is of a {job}: no case summary prints the job. {RELATED}",
                       "no_patient", related=rated(query, hits))
    if not query.case_numbers and (offered := listed_reasons(query.text)) and (
            decided := plan.focus or query.premise or _said_by_reasons(offered)):
        # "which approved MRIs had a neuro deficit documented?": the outcome presumed is the list's; "are there cases where
        # the patient had no improvement from PT?": the outcome its reasons have
        return _by_reason(engine, msgspec.structs.replace(plan, focus=decided), query, question, seen, k, s, offered)
    # none has the outcome asked ("has IMR ever approved X?"): the hits are the items of the other
    asked = query if not query.decision or s.with_decision(query.decision) else msgspec.structs.replace(query, decision=None)
    hits, _sim = retrieve_scored(engine, asked, {k_: v for k_, v in plan.filters.items() if k_ != "decision"}, 10)
    listed = {(i.case_number, i.item_index) for i in s.items}  # the items listed lead the hits ("is Celebrex
    if not any((h.case_number, h.item_index) in listed for h in hits):  # ever approved?": not a naproxen),
        # found among their own letters when the search found none of them ("MRIs of the arm: any approved?")
        cases = list(dict.fromkeys(i.case_number for i in s.items))[:40]
        more, _sim = retrieve_scored(engine, asked, {**{k_: v for k_, v in plan.filters.items() if k_ != "decision"},
                                                     "case_number": cases}, 10)
        hits = [*more, *hits]
    hits = sorted(hits, key=lambda h: (h.case_number, h.item_index) not in listed)
    letters = engine.letters(list(dict.fromkeys(i.case_number for i in s.items))[:40])
    c = Composer()
    lead, coverage = list_answer(c, s, plan.focus, letters, [(h.case_number, h.item_index) for h in hits],
                                 others=asks_ever(query.text), where=where_words(plan.filters),
                                 all_had=_every_asked(query),
                                 yes_no=bool(_ANY_YES_NO.match(query.text) and not _CLAIMED_OF_ALL.search(query.text)),
                                 usual=asks_usual(query.text), question=question)
    coverage = msgspec.structs.replace(coverage, filters=listing_filters(s, plan.focus, plan.filters))
    none = coverage.total == 0  # "none of the 9 acupuncture requests was approved": an answer, of its own kind
    return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=lead, coverage=coverage,
                  count=s.counts(), not_found="no_outcome" if none else "")


def _every_asked(query: Query) -> str | None:
    """The outcome a yes/no question asks every request of a kind had ("were both pantoprazole requests
    denied?": "Upheld"); None for any other question."""
    if not (query.asked and _YES_NO.match(query.text) and EVERY_OF_KIND.search(query.text)):
        return None
    asked = {o.decision for o in read_outcomes(query.text).found if o.role == "asked"}
    return asked.pop() if len(asked) == 1 else None


def _said_by_reasons(offered: frozenset[str]) -> str | None:
    """The outcome the reasons say, when only denials have them or only approvals: "which requests did IMR say were
    incomplete?" lists denials; None for none, or reasons of both."""
    if not offered:
        return None
    return "Overturned" if offered <= APPROVAL_CODES else "Upheld" if offered.isdisjoint(APPROVAL_CODES) else None


def _by_reason_across(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer | None:
    """"Which requests were approved because of a positive exam finding?", "which approved items had a
    neuro deficit documented?": a list by reason that names no kind of request, case, patient or
    reviewer is of every request in the index (of the body part named, under the client's filters)
    with the outcome asked or presumed; None for any other list."""
    # (a patient told by nothing, in a question after any letter, is anyone's: "are there letters where the reviewer
    # said the patient had red flags?")
    if asked_sets(query) or query.treatments or query.case_numbers or query.reviewer or (
            query.person.described and not (told_by_nothing(query.person) and ANY_LETTER.search(query.text))):
        return None
    offered = listed_reasons(query.text)
    decision = plan.focus or query.premise or _said_by_reasons(offered)
    if not decision or not offered:
        return None
    filters = {k_: v for k_, v in plan.filters.items() if k_ != "decision"}
    if query.body_regions and "body_region" not in filters:
        filters["body_region"] = list(query.body_regions)
    s = Scope(items=items_where(engine, filters), label=" or ".join(query.body_regions) or "disputed", treatments=(),
              regions=tuple(query.body_regions))
    return _by_reason(engine, msgspec.structs.replace(plan, focus=decision, filters=filters | (
        {"decision": decision} if "decision" in plan.filters else {})), query, question, seen, k, s, offered)


def _by_reason(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int, s: Scope,
               offered: frozenset[str]) -> Answer:
    """"Which PT requests were denied because of too many visits?", "is there a case where acupuncture was
    denied because it didn't help?": of the scope's items with the outcome asked, those whose reviewer
    gave the reason offered (its code, or its pair for an approval), each with the finding behind it."""
    wanted = offered | {CODES[code].pairs for code in offered if code in CODES and CODES[code].pairs}
    decided = s.with_decision(plan.focus)
    having = [i for i in decided if wanted & set(i.codes)]
    reasons = " or ".join(dict.fromkeys(CODES[code].label.lower() for code in sorted(wanted)
                                         if code in CODES and CODES[code].polarity == _POLARITY[plan.focus]))
    if plan.focus == "Overturned" and APPROVAL_CODES <= wanted:
        reasons = "the guideline's criteria met"  # "approved because the criteria were met": any approval reason
    c = Composer()
    letters = engine.letters(list(dict.fromkeys(i.case_number for i in having[:SHOWN])))
    # "is there a case where ...?", "were any ... because ...?": yes or no first
    lead = reason_answer(c, s, plan.focus, having, len(decided), reasons, frozenset(wanted), letters,
                         yes_no=bool(_YES_NO.match(query.text)), where=where_words(plan.filters))
    listed = [(i.case_number, i.item_index) for i in having]
    hits = scope_first(engine, query, plan.filters, Scope(items=tuple(having), label=s.label, treatments=s.treatments,
                                                          regions=s.regions), k) if having else []
    hits = sorted(hits, key=lambda h: (h.case_number, h.item_index) not in set(listed))
    coverage = Coverage(shown=min(SHOWN, len(having)), total=len(having), label=kind_of(s.label, plural(plan.focus)),
                        filters=listing_filters(s, plan.focus, plan.filters))
    return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=lead, coverage=coverage,
                  count=s.counts(), not_found="" if having else "no_outcome")


# a question answered yes or no ("did anyone get an EMG approved?", "has IMR ever approved PT?", "any acupuncture
# approved?"), not a request for the list ("which ...", "list ...", "how many ...")
_ANY_YES_NO = re.compile(r"^\s*(?:so\s+|and\s+)?(?:is|are|was|were|has|have|had|did|does|do|any)\b", re.IGNORECASE)
# ... but not a claim of every one ("is it true IMR never approves hand MRIs?": one approval of three makes it "No", not
# the "Yes" of the denials counted)
_CLAIMED_OF_ALL = re.compile(r"\b(?:never|always)\b", re.IGNORECASE)
_POLARITY = {"Upheld": "denial", "Overturned": "approval"}
_YES_NO = re.compile(r"^\s*(?:so\s+|and\s+)?(?:is|are|was|were|has|have|had|did|does|do)\b", re.IGNORECASE)


def _of_job_group(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int, s: Scope,
                  job: str, group: tuple[str, ...]) -> Answer:
    """The list asked of the patients a job in the plural names ("which of the cooks got the hot cold
    unit?"): the group's letters, those with the treatment listed with their decisions, and those
    without it named."""
    items = tuple(i for i in s.items if i.case_number in group)
    theirs = msgspec.structs.replace(s, items=items)
    having = list(dict.fromkeys(i.case_number for i in items))
    hits, _sim = retrieve_scored(engine, msgspec.structs.replace(query, decision=None),
                                 {**{k_: v for k_, v in plan.filters.items() if k_ != "decision"},
                                  "case_number": list(group)}, max(k, len(items)))
    listed = {(i.case_number, i.item_index) for i in items}
    hits = sorted(hits, key=lambda h: (h.case_number, h.item_index) not in listed)
    c = Composer()
    who = f"{len(group)} letters are of a {job}" if len(group) > 1 else f"One letter is of a {job}"
    opening = f"{who}: {', '.join(group)}."
    c.say(opening)
    plural_label = kind_of(s.label, "request")
    if not items:
        lead = f"{opening} None of them has a {plural_label}."
        c.say(f"None of them has a {plural_label}.")
        return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=lead, not_found="no_outcome")
    lead, coverage = list_answer(c, theirs, plan.focus, engine.letters(having),
                                 [(h.case_number, h.item_index) for h in hits], where=f"in the {job}s' letters")
    if without := [case for case in group if case not in having]:
        c.say(f"{' and '.join(without)} {'has' if len(without) == 1 else 'have'} no {plural_label}.")
    coverage = msgspec.structs.replace(coverage, filters={**listing_filters(theirs, plan.focus, plan.filters),
                                                          "case_number": list(group)})
    seen = {**seen, "notes": [*seen.get("notes", []), f"the {job}s: the letters whose case summary prints "
                                                        f"'{job}' ({', '.join(group)})"]}
    return answer(question, seen, c, rated(query, hits[:k]), kind="list", lead=f"{opening} {lead}", coverage=coverage,
                  count=theirs.counts())


def scope_first(engine: Engine, query: Query, filters: dict, s: Scope, k: int) -> list:
    """The hits of a pattern with the scope's own items first (found among their letters when the
    search found none of them): "what happens to the post-op brace when the surgery is denied?"
    leads with the add-ons of denied surgeries, not any brace."""
    unselected = {k_: v for k_, v in filters.items() if k_ != "decision"}
    hits, _sim = retrieve_scored(engine, query, unselected, k)
    listed = {(i.case_number, i.item_index) for i in s.items}
    if not any((h.case_number, h.item_index) in listed for h in hits):
        cases = list(dict.fromkeys(i.case_number for i in s.items))[:40]
        more, _sim = retrieve_scored(engine, query, {**unselected, "case_number": cases}, k)
        hits = [*more, *(h for h in hits if h not in more)]
    return sorted(hits, key=lambda h: (h.case_number, h.item_index) not in listed)[:k]


def approved_first(s: Scope, hits: list) -> list:
    """The hits of an approval-minded pattern ("when does IMR approve acupuncture?", "what do
    reviewers want to see before approving a neck MRI?") with the scope's approved items first, as
    its answer explains them first (service.compose.pattern); the rest in their order. An approval
    of another kind of request (not in the scope) is no lead."""
    approved = {(i.case_number, i.item_index) for i in s.with_decision("Overturned")}
    return sorted(hits, key=lambda h: (h.case_number, h.item_index) not in approved)


def _every_item(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer | None:
    """"Which requests were overturned?", "show me all the approved requests": a list that names an
    outcome and no treatment, reviewer, case or patient is every item with that outcome (under the
    question's other words: a body part, dates), counted and shown as a collection count is; None
    for any other list."""
    client = {k_: v for k_, v in plan.filters.items() if k_ != "decision"}
    if not query.decision and query.group and (asked := asked_decision(query.text)):
        # "did anyone over 60 win?", "did anyone over 60 get approved?": the outcome asked of a group is the one listed
        query = msgspec.structs.replace(query, decision=asked)
    if (not query.decision and query.group and not asked_sets(query) and not query.reviewer and not query.case_numbers
            and (read := _outcome_only(query, client, True, either=True)) is not None):
        # "show me the requests of men in their 40s": every item of the group, each outcome counted
        cq, how, strings = read
        return _collection(engine, plan, query, question, seen, k, cq, how, strings)
    if not query.decision or asked_sets(query) or query.reviewer or query.case_numbers or query.person.described:
        return None
    # "which requests for patients in their 20s got approved?": the items of the group with the outcome
    # (not the letters of patients, which a collection reading counts)
    grouped = bool(query.group)
    read = ((grouped and _outcome_only(query, client, grouped)) or collection_query(engine, query.text, client)
            or _outcome_only(query, client, grouped))
    if read is None:
        return None
    cq, how, strings = read
    if cq.shape != "count" or cq.unit != "items" or cq.where.get("decision") != query.decision or "treatment" in cq.where:
        return None
    # the items of that outcome counted within all of them: "0 of the 11 knee requests were approved"
    cq = msgspec.structs.replace(cq, where={k_: v for k_, v in cq.where.items() if k_ != "decision"},
                                 part={"decision": query.decision}, total=True,
                                 shown=0 if COUNTING.search(query.text) else LISTED)
    return _collection(engine, plan, query, question, seen, k, cq, how, strings, listed=query.decision)


def _outcome_only(query: Query, client: dict, group: bool = False, either: bool = False
                  ) -> tuple[CollectionQuery, str, dict[str, str]] | None:
    """"What was approved?", "what got denied?": an outcome and no other word a collection query is
    read by (no kind of request, body part, date or other topic word), so every item with it is
    counted; None for any other question. `either`: no outcome asked ("show me the requests of men in
    their 40s"): every item is counted."""
    if group:  # "what did the women over 60 get approved?": the patients are the plan's filters, no topic or date
        query = msgspec.structs.replace(query, text=without_group(query.text),
                                        search_text=without_group(query.search_text))
    if (query.treatments or query.body_regions or query.category or query.levels or query.guideline_source
            or topic_tokens(query) - ROLE_WORDS - _FILLERS - (_REQUESTED if either else frozenset())
            or not (query.decision or either) or re.search(r"\d", query.text)):
        # "what was denied in 2016?": a date no population here reads (an age band of a group is a filter)
        return None
    strings = as_strings(client)
    cq = CollectionQuery(shape="count", unit="items", where={**strings, **({"decision": query.decision} if query.decision else {})},
                         notes=("read as: a count of items",))
    return check(cq), "rules", strings


# ... and the words that say the whole collection is asked: "what got approved across all the letters?",
# "what was overturned overall?"
_FILLERS = frozenset({"so", "ok", "okay", "then", "actually", "finally", "ever", "across", "overall", "letters", "letter",
                      "index", "collection", "database", "anywhere", "altogether", "everywhere",
                      # ... and who, of the group: "did anyone over 60 win?"
                      "anyone", "anybody", "someone", "somebody", "win", "won", "wins"})
_REQUESTED = frozenset({"request", "requests", "item", "items", "treatment", "treatments", "decision", "decisions", "case",
                        "cases", "everything", "show", "list", "me", "all"})


def pattern_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    s = _every_request(engine, plan, query) or _scoped(engine, plan, query, question, seen, k)
    if isinstance(s, Answer):
        return s
    letters = engine.letters(_quoted_cases(s))
    c = Composer()
    if _YES_NO.match(query.text) and (usual := usual_asked(query.text)) and s.treatments:
        # "do reviewers usually turn down PT?": yes or no with the count, then the reasons grouped
        hits = scope_first(engine, query, plan.filters, s, k)
        lead = usual_answer(c, s, usual, letters, [(h.case_number, h.item_index) for h in hits], question,
                            where=where_words(plan.filters))
        coverage = Coverage(shown=len({i.case_number for i in s.items}), total=len(s.items), label=kind_of(s.label, "requests"),
                            filters=listing_filters(s, None, plan.filters))
        return answer(question, seen, c, rated(query, hits), kind="pattern", lead=lead, coverage=coverage,
                      count={**s.counts(), "focus": len(s.with_decision(usual))})
    # "is naproxen usually denied, and why?" of a kind usually approved: the approvals' reasons too
    other = "Overturned" if (plan.focus or "Upheld") == "Upheld" else "Upheld"
    both = plan.approval_minded or (asks_usual(query.text) and len(s.with_decision(other)) > len(
        s.with_decision(plan.focus or "Upheld")))
    lead, groups = pattern_answer(c, s, plan.focus or "Upheld", letters, question, approval_minded=both,
                                  where=where_words(plan.filters))
    hits = scope_first(engine, query, plan.filters, s, k)
    focus = s.with_decision(plan.focus or "Upheld")
    coverage = Coverage(shown=len({ref.case_number for g in groups for ref in g.items}), total=len(s.items),
                        label=kind_of(s.label, "requests"), filters=listing_filters(s, None, plan.filters))
    return answer(question, seen, c, rated(query, hits), kind="pattern", lead=lead, reasons=tuple(groups),
                  coverage=coverage, count={**s.counts(), "focus": len(focus)})


def _every_request(engine: Engine, plan: Plan, query: Query) -> Scope | None:
    """The scope of a pattern that names no kind of request, no treatment word, no case, patient or reviewer ("adjuster
    here: when IMR reverses our UR denials, what are the usual reasons?", "why does IMR usually
    uphold the denial?"): every request in the index (under the client's filters), so the reasons
    recur across letters, not within the one letter the search found first. None for any other."""
    if (asked_sets(query) or query.treatments or query.case_numbers or query.person.described or query.reviewer
            or query.body_regions or topic_tokens(query) - ROLE_WORDS):  # "side with the treating doctor": no kind
        return None  # a treatment the index lacks ("why is craniosacral therapy not authorised?") is not found
    items = items_where(engine, plan.filters)
    return Scope(items=items, label="disputed", treatments=(), regions=()) if items else None
