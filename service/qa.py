"""The service's two operations, shared by the API and the CLI: search and ask."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from typing import Annotated

import msgspec
from msgspec import Meta

from indexer.errors import ImrError
from indexer.model import Letter
from service import ask as flows
from service.bare_case import with_case_numbers
from service.condition_group import condition_letters
from service.conversation import Resolved, Turn, earlier_turns, resolve
from service.new_patient import parts_dropped
from service.reviewer_as import compared, same_reviewer_as
from service.engine import Engine
from service.filters import validate
from service.flows.across import across_flow
from service.flows.chosen import lead_with_answer
from service.flows.helped_first import helped_first
from service.flows.one_described import with_described
from service.flows.letters_led import letters_led
from service.flows.common import rated, unknown_case, unknown_reviewer
from service.glossary import meaning, terms_beside
from service.guess_why import guess_as_because
from service.kind_term import kind_beside, kind_first, kind_gloss
from service.lay_meaning import read_by_meaning
from service.flows.lists import approved_first, scope_first
from service.flows.no_one import no_one_answer
from service.flows.mention import asked_of_no_one, mention_flow
from service.flows.reviewed_by import reviewed_by_flow
from service.flows.reviewers import reviewers_flow
from service.flows.same_worker import same_worker_answer
from service.like_them import like_them
from service.mentioned import Mention, asked_mention
from service.misnamed import described_case
from service.other_sex import only_other_sex
from service.part_asked import part_not_theirs
from service.no_one import kin_asks_decided, no_one_named
from service.patients import by_relative, letter_matches, with_reviewer
from service.plan import make_plan
from service.retrieve import effective_filters, retrieve_scored
from service.scope import any_decided, scope
from service.settings import ServiceSettings
from service.spanish import gloss
from service.spelling import correct
from service.typed_words import retyped
from service.types import Answer, Hit, SearchResult
from service.understand import Query, understand

logger = logging.getLogger(__name__)

MAX_QUESTION = 2000

Text = Annotated[str, Meta(min_length=1, max_length=MAX_QUESTION)]
Context = tuple[Query, list[Hit], dict[str, Letter]]  # what an LLM answer is written from


class SearchRequest(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    query: Text
    k: Annotated[int, Meta(ge=1, le=50)] = 10
    filters: dict[str, str] | None = None


class AskRequest(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    question: Text
    k: Annotated[int, Meta(ge=1, le=50)] = 5
    filters: dict[str, str] | None = None
    stream: bool = False
    history: Annotated[tuple[Turn, ...], Meta(max_length=20)] = ()  # earlier turns, oldest first
    conversation_id: Annotated[str, Meta(pattern=r"^[A-Za-z0-9_-]{1,64}$")] | None = None  # service.history


def loggable(settings_mode: str, text: str) -> str:
    """A question as it may appear in logs: truncated, hashed or withheld (IMR_LOG_QUESTIONS)."""
    if settings_mode == "off":
        return "(withheld)"
    if settings_mode == "hash":
        import hashlib

        return "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:16]
    flat = " ".join(text.split())
    return repr(flat[:40] + ("…" if len(flat) > 40 else ""))


def _understand(text: str, field: str, engine: Engine | None = None, followed: bool = False) -> Query:
    if not text.strip():
        raise ImrError(f"{field} is empty: ask about a treatment, a case number or a guideline")
    if len(text) > MAX_QUESTION:
        raise ImrError(f"{field} is {len(text)} characters long; the limit is {MAX_QUESTION}")
    if engine is None:
        return understand(text)
    query = understand(text, words=engine.request_words(), known=engine.known_term)
    if not (query.person.described or query.case_numbers or followed):
        # "does IMR ever okay a recliner chair?": a thing of no one's, for the absent checks (a follow-up's is the
        # patient's of the turns before: "... || what about the sound wave thing?")
        return query
    # "my mom is 54, she needed a desk she could stand at": someone's thing in lay words no set's patterns name, read
    # by meaning
    read, note = read_by_meaning(text, engine.encoder.encode, engine.request_sets().__contains__, query.treatment_words)
    if not note:
        return query
    again = understand(read, words=engine.request_words(), known=engine.known_term)
    return msgspec.structs.replace(again, notes=(note, *again.notes))


# a mention question that asks nothing else ("did they mention the UDS?"), after an earlier turn: of the item
# in view, read as this question is (service.conversation resolves the "it")
_OF_IT = "what did the reviewer say about it?"


def _asked(text: str, told: Mention | None, engine: Engine, followed: bool = False) -> Query:
    """`text`, the question as service.qa reads it, understood; a question asking whether the reviewer
    mentioned something (`told`, service.mentioned: "did the reviewer mention the UDS for her tramadol?") keeps
    that topic as `mention`, looked for in the rationale and not as a request."""
    query = _understand(text, "question", engine, followed)
    if told is None and (group := like_them(query)):
        # "my husband is 53, hurt his back ... anyone like that get approved?": others like him, across letters
        query = _understand(group, "question", engine)
        return msgspec.structs.replace(query, notes=(f"anyone like them: read as '{group}'", *query.notes))
    if told is None:
        return query
    return msgspec.structs.replace(query, mention=told.topic, mention_history=told.history, mention_finding=told.finding,
                                   notes=(*query.notes, f"mention: {told.topic} (looked for in the reviewer's rationale)"))


def _asking(request_text: str, told: Mention | None, history: bool) -> str:
    """What is understood (and resolved against earlier turns) of a question: without its mention clause, "it"
    when that leaves nothing and there are earlier turns, the whole question when there are none."""
    if told is None:
        return request_text
    return told.rest or (_OF_IT if history else request_text)


def understood(query: Query, filters: dict[str, object]) -> dict[str, object]:
    data = {k: v for k, v in msgspec.to_builtins(query).items() if v not in (None, "", [], (), False)}
    data.pop("text", None)
    data["filters"] = filters
    return data


def carried(seen: dict[str, object], resolved: Resolved | None, asked: str) -> dict[str, object]:
    """`understood`, with what a follow-up took from the conversation (first among the notes)."""
    if resolved is None or not resolved.carried:
        return seen
    notes = [f"from the conversation: {line}" for line in resolved.carried]
    lead = {"lead_items": [list(key) for key in resolved.lead]} if resolved.lead else {}
    return {**seen, "carried": list(resolved.carried), "asked_as": resolved.question, **lead,
            "notes": notes + list(seen.get("notes", []))}  # type: ignore[arg-type]


def search(engine: Engine, request: SearchRequest, settings: ServiceSettings | None = None) -> SearchResult:
    """One hit per item; `settings.log_questions` says how the query is logged (default: truncated)."""
    settings = settings or ServiceSettings()
    _understand(request.query, "query", engine)  # (its limits checked on the query as sent)
    # a mention asked ("our file on the 34 yo man with the facet shots: did the reviewer look at the November office
    # visit?"): the rest understood, the topic looked for in the rationale, as the answer reads it (not "office visit"
    # as the request)
    told = asked_mention(request.query)
    query = _asked(_asking(request.query, told, False), told, engine)
    filters = effective_filters(query, validate(request.filters))
    started = time.perf_counter()
    if query.condition and "case_number" not in filters and (cases := condition_letters(engine, query.condition)):
        # "workers with cumulative trauma - did IMR approve anything?": their letters' items, as the answer
        # lists them (service.flows.condition), not other patients' approvals
        filters = {**filters, "case_number": list(cases)}
    if "decision" not in (request.filters or {}) and "decision" in filters and not any_decided(engine, query, filters):
        # "has IMR ever approved X?", "X: any approved?" with none approved: the X items, not others' approvals
        filters = {n: v for n, v in filters.items() if n != "decision"}
        query = msgspec.structs.replace(query, decision=None)
    if "case_number" not in (request.filters or {}) and described_case(engine, query, filters):
        # a case number in the question that does not fit the patient it describes (a client's filter stands)
        query = msgspec.structs.replace(query, case_numbers=())
        filters = {n: v for n, v in filters.items() if n != "case_number"}
    if only_other_sex(engine, query):
        # "guy with the naproxen and the pantoprazole": the one letter with both is a woman's, as the answer says
        query = msgspec.structs.replace(query, person=msgspec.structs.replace(query.person, sex=None))
    if (unparted := part_not_theirs(engine, query, {n: v for n, v in filters.items() if n != "decision"})) is not None:
        # "the 61 yo woman's MRI, was that for her knee?" of her hip MRI: the part a yes/no asks of the request ranks
        # nothing out, as the answer reads it (service.part_asked): her MRI, not another's knee MRI
        query = unparted
    person = with_reviewer(engine, query, letter_matches(engine, query, filters)) if not query.case_numbers else {}
    # "the younger of the two women ...": of the look-alikes, the one the relative word picks, as the answer does
    person = by_relative(engine, query, {n: v for n, v in filters.items() if n != "decision"}, person)
    hits, _sim = retrieve_scored(engine, query, filters, request.k, person=person)
    if not hits and "decision" not in (request.filters or {}) and "decision" in filters:
        # "in CM17-0011703, which requests weren't denied?" with every one denied: its requests, as the
        # answer lists them, not nothing
        filters = {n: v for n, v in filters.items() if n != "decision"}
        query = msgspec.structs.replace(query, decision=None)
        hits, _sim = retrieve_scored(engine, query, filters, request.k, person=person)
    if query.kind == "pattern" and (s := scope(engine, query, filters)) is not None and s.items:
        # the pattern's own requests first, as its answer's hits: "why do evaluation visits get denied?" the
        # evaluations, not "PT evaluation and treatment" cut to 2 sessions of PT; "when the surgery is denied,
        # what happens to the post-op brace?": the add-ons of those letters
        hits = scope_first(engine, query, filters, s, request.k)
    plan = make_plan(query, validate(request.filters), set(query.case_numbers))
    if plan.kind == "pattern" and plan.approval_minded and (s := scope(engine, query, plan.filters)) is not None:
        hits = approved_first(s, hits)  # "when does IMR approve acupuncture?": the approvals, as the answer leads
    if (query.kind == "count" and query.premise and not query.decision and "decision" not in filters
            and (s := scope(engine, query, filters)) is not None and s.items):
        # "how many chiropractic requests were denied for men?": the denials it counts first, as its answer
        # lists them (the others follow: the outcome word ranks, it does not filter)
        counted = {(i.case_number, i.item_index) for i in s.items if i.decision == query.premise}
        hits = sorted(hits, key=lambda h: (h.case_number, h.item_index) not in counted)
    hits = with_described(engine, query, filters, hits, person, request.k)  # his letter, when the search lost it
    hits = helped_first(engine, query, lead_with_answer(engine, query, hits, person))  # "did IMR help her at all?"
    # "which cases waited more than 10 weeks after UR said no?": the letters' items, as the answer lists them
    hits = list(rated(query, letters_led(engine, query, request.query, filters, hits, request.k)))
    logger.info("search %s: %d hits in %.0f ms", loggable(settings.log_questions, request.query), len(hits),
                1000 * (time.perf_counter() - started))
    return SearchResult(query=request.query, understood=understood(query, filters), hits=tuple(hits))


def ask(engine: Engine, request: AskRequest, settings: ServiceSettings | None = None) -> Answer:
    """The answer with citations; an LLM rewrites it when `settings.llm_url` is set."""
    settings = settings or ServiceSettings()
    answer, context = extractive_answer(engine, request, settings)
    if context is None or not settings.llm_url:
        return answer
    from service.llm import llm_answer

    return llm_answer(settings, *context, answer)


def ask_stream(engine: Engine, request: AskRequest, settings: ServiceSettings | None = None) -> Iterator[str | Answer]:
    """ask(), as it is written. Understanding, retrieval and the extractive answer run now (their
    errors raise here); the iterator then yields the LLM's unverified pieces as its server sends
    them (none without an LLM) and ends with the final Answer."""
    settings = settings or ServiceSettings()
    answer, context = extractive_answer(engine, request, settings)
    if context is None or not settings.llm_url:
        return iter([answer])
    from service.llm import stream_answer

    return stream_answer(settings, *context, answer)


def _with_case_numbers(engine: Engine, request: AskRequest) -> tuple[AskRequest, list[str]]:
    """`request` with the case numbers typed without "CM" and year (service.bare_case) written out, in the
    question and in the earlier turns' questions, and a note per number read in the question."""
    def indexed(case_numbers: Iterable[str]) -> Iterable[str]:
        return engine.store.catalog.hashes(case_numbers)

    question, notes = with_case_numbers(request.question, indexed)
    turns = tuple(msgspec.structs.replace(t, question=with_case_numbers(t.question, indexed)[0]) for t in request.history)
    if question == request.question and turns == request.history:
        return request, notes
    return msgspec.structs.replace(request, question=question, history=turns), notes


def extractive_answer(engine: Engine, request: AskRequest, settings: ServiceSettings) -> tuple[Answer, Context | None]:
    """The extractive answer, and what an LLM may rewrite it from (None when nothing was quoted).

    A straight pipeline: understand the question (service.understand), plan the kind of answer and
    what filters (service.plan), then gather and compose with that kind's flow (service.ask)."""
    typed = request.question  # the answer echoes the question as typed
    request, read_numbers = _with_case_numbers(engine, request)  # "the acupuncture in 0010885": CM17-0010885
    # "she had no red flags, is that why?": the guess asked as a reason clause, before a follow-up is resolved too
    request = msgspec.structs.replace(request, question=guess_as_because(request.question))
    told = asked_mention(request.question)
    query = _asked(_asking(request.question, told, False), told, engine, bool(request.history))
    filters = validate(request.filters)
    logger.info("ask %s", loggable(settings.log_questions, request.question))
    engine.require_index()
    resolved = None
    if request.history:
        # "por qué la negaron?": "why was it denied?"; "wat guideline": "what guideline"
        asking = retyped(gloss(_asking(request.question, told, True))[0])[0]
        corrected, _fixed = correct(asking, engine.request_words(), engine.known_term)
        resolved = resolve(asking, earlier_turns(engine, request.history), corrected)
    if resolved is not None and resolved.carried:  # a follow-up: understood as it stands alone
        if told is None and (told := asked_mention(resolved.question)) is not None:
            # "did she have x-rays first?" after her shoulder MRI: the x-rays looked for beside the item carried
            query = _asked(told.rest or resolved.question, told, engine, True)
        else:
            query = _asked(resolved.question, told, engine, True)
            if (dropped := parts_dropped(engine, resolved, query)) is not None:
                # "same question for the 62 yo woman" after the 61-year-old's hip MRI: her MRI, at whatever part
                resolved = msgspec.structs.replace(resolved, question=dropped)
                query = _asked(dropped, told, engine, True)
    question = resolved.question if resolved is not None and resolved.carried else request.question
    known = {cn for cn in query.case_numbers if engine.store.catalog.hashes([cn])}
    plan = make_plan(query, filters, known)
    seen = carried(understood(query, plan.filters), resolved, request.question)
    if read_numbers:
        seen = {**seen, "notes": list(seen.get("notes", [])) + read_numbers}  # type: ignore[call-overload]
    if plan.kind == "unknown_case":
        answer = unknown_case(engine, query, question, seen)
    elif (same := same_worker_answer(engine, query, question, seen, request.k)) is not None:
        answer = same  # "are CM16-0233904 and CM16-0245128 the same patient?": what each letter prints of the worker
    elif not request.history and (over_letters := across_flow(engine, query, question, seen)) is not None:
        answer = over_letters  # "which cases had a UR denial in December 2016?": the letters by a date of their own
    elif (no_reviewer := unknown_reviewer(engine, query, question, seen)) is not None:
        answer = no_reviewer  # "how many cases were decided by chiropractors?" where none was
    elif (reviewed := reviewed_by_flow(engine, plan, query, question, seen)) is not None:
        answer = reviewed  # "which requests did neurosurgeons review?": their letters' items, each with its decision
    elif (by_reviewer := reviewers_flow(engine, plan, query, question, seen)) is not None:
        answer = by_reviewer  # "which reviewers approved acupuncture?": the letters by their reviewer's specialty
    elif asked_of_no_one(told, query, bool(request.history)):
        answer = mention_flow(engine, query, question, seen, request.k)  # "did any reviewer mention yoga?"
    elif plan.kind == "item" and not request.history and no_one_named(query) and not kin_asks_decided(engine, query):
        answer = no_one_answer(engine, plan, query, question, seen, request.k)  # "my PT got denied, can I appeal?"
    elif plan.kind == "count":  # an LLM may propose the collection query (checked, run by the service)
        answer = flows.count_flow(engine, plan, query, question, seen, request.k, settings)
    else:
        answer = flows.FLOWS[plan.kind](engine, plan, query, question, seen, request.k)
    answer = msgspec.structs.replace(answer, question=typed)
    if request.history and request.history[-1].items and same_reviewer_as(request.question) and (
            cases := list(dict.fromkeys(c.case_number for c in answer.citations))) and len(cases) == 1:
        # "was that the same reviewer as the 54 yo woman's naproxen?": the letter before set against hers, first
        pair = engine.letters([request.history[-1].items[0].case_number, cases[0]])
        if len(pair) == 2 and (said := compared(pair[request.history[-1].items[0].case_number], pair[cases[0]],
                                                request.question)):
            answer = msgspec.structs.replace(answer, answer=f"{said} {answer.answer}", lead=f"{said} {answer.lead}".strip())
    if plan.kind != "term" and (beside := terms_beside(query.text)):
        # "my dad is 57, they denied his back shots. what does overturned mean?": his injections, then the word
        answer = msgspec.structs.replace(answer, answer=f"{answer.answer} {meaning(beside)}".strip())
    if plan.kind != "term" and not answer.abstained and (kind := kind_beside(query.text)):
        # "what is Deprizine and why was it denied?": the item's answer, then what the kind is
        answer = msgspec.structs.replace(answer, answer=f"{answer.answer} {kind_gloss(kind)}".strip())
    elif plan.kind != "term" and not answer.abstained and (kind := kind_first(query.text)):
        # "CM17-0013625" || "the fanatrex, what is it?": what it is first, then the item's answer
        answer = msgspec.structs.replace(answer, answer=f"{kind_gloss(kind)} {answer.answer}".strip())
    if answer.abstained or not answer.citations or answer.table is not None:  # numbers are not rewritten
        return answer, None
    return answer, (query, list(answer.hits), engine.letters([c.case_number for c in answer.citations]))
