"""The service's two operations, shared by the API and the CLI: search and ask."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Annotated

import msgspec
from msgspec import Meta

from indexer.errors import ImrError
from indexer.model import Letter
from service import answer as compose
from service.engine import Engine
from service.filters import item_condition, validate
from service.retrieve import effective_filters, retrieve_scored
from service.settings import ServiceSettings
from service.types import Answer, Hit, SearchResult
from service.topic import asked_treatment, names_treatment, overlap, topic_tokens
from service.understand import Query, understand

logger = logging.getLogger(__name__)

MAX_QUESTION = 2000
ABSTAIN_SIMILARITY = 0.30  # best dense cosine below this: nothing in the index answers
CONFIDENT_SIMILARITY = 0.60  # at or above this a passage answers even if no heading names the words

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


def loggable(settings_mode: str, text: str) -> str:
    """A question as it may appear in logs: truncated, hashed or withheld (IMR_LOG_QUESTIONS)."""
    if settings_mode == "off":
        return "(withheld)"
    if settings_mode == "hash":
        import hashlib

        return "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:16]
    flat = " ".join(text.split())
    return repr(flat[:40] + ("…" if len(flat) > 40 else ""))


def _understand(text: str, field: str) -> Query:
    if not text.strip():
        raise ImrError(f"{field} is empty: ask about a treatment, a case number or a guideline")
    if len(text) > MAX_QUESTION:
        raise ImrError(f"{field} is {len(text)} characters long; the limit is {MAX_QUESTION}")
    return understand(text)


def understood(query: Query, filters: dict[str, object]) -> dict[str, object]:
    data = {k: v for k, v in msgspec.to_builtins(query).items() if v not in (None, "", [], (), False)}
    data.pop("text", None)
    data["filters"] = filters
    return data


def search(engine: Engine, request: SearchRequest, settings: ServiceSettings | None = None) -> SearchResult:
    """One hit per item; `settings.log_questions` says how the query is logged (default: truncated)."""
    settings = settings or ServiceSettings()
    query = _understand(request.query, "query")
    filters = effective_filters(query, validate(request.filters))
    started = time.perf_counter()
    hits, _sim = retrieve_scored(engine, query, filters, request.k)
    logger.info("search %s: %d hits in %.0f ms", loggable(settings.log_questions, request.query), len(hits),
                1000 * (time.perf_counter() - started))
    return SearchResult(query=request.query, understood=understood(query, filters), hits=tuple(hits))


def count_items(engine: Engine, query: Query, filters: dict[str, object]) -> tuple[dict[str, int], str, str | None]:
    """Counts by decision of the items about the treatment asked about, under the understood
    region and the filters: (counts, a label for the scope, the treatment words)."""
    scope_filters = {k: v for k, v in filters.items() if k != "decision"}
    where, params = item_condition(scope_filters)
    clauses, scope = [where], []
    term, is_class = asked_treatment(query)
    if query.category:
        # Post-operative services ("Associated surgical service: Physical therapy") count with
        # their own kind of treatment when their heading names it.
        clauses.append("i.category IN (?, 'associated surgical service')")
        params.append(query.category)
        scope.append(query.category if is_class else term or query.category)
    for region in query.body_regions:
        clauses.append("EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = i.id AND r.region = ?)")
        params.append(region)
        scope.insert(0, region)
    counts = {"total": 0, "Upheld": 0, "Overturned": 0}
    rows = engine.store.catalog.query(f"SELECT i.request, i.category, i.decision FROM items i WHERE "
                                      f"{' AND '.join(clauses)}", params)
    for request, category, decision in rows:
        named = bool(term) and names_treatment(term, request)
        if category != query.category and not named:
            continue  # a post-operative service of another kind
        if term and not is_class and not named:
            continue  # same category, another treatment: "CT scan" does not count MRIs
        counts["total"] += 1
        counts[decision] = counts.get(decision, 0) + 1
    return counts, " ".join(scope) or "disputed", None if is_class else term


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


def extractive_answer(engine: Engine, request: AskRequest, settings: ServiceSettings) -> tuple[Answer, Context | None]:
    """The extractive answer, and what an LLM may rewrite it from (None for an abstention or a count)."""
    query = _understand(request.question, "question")
    filters = effective_filters(query, validate(request.filters))
    seen = understood(query, filters)
    logger.info("ask %s", loggable(settings.log_questions, request.question))
    engine.require_index()
    missing = [cn for cn in query.case_numbers if cn not in engine.store.catalog.hashes([cn])]
    if query.case_numbers and len(missing) == len(query.case_numbers):
        return _abstain(request.question, seen, f"Case {', '.join(missing)} is not in the index, so I cannot say what was decided."), None
    if query.aggregate:
        counts, scope, term = count_items(engine, query, filters)
        # The decision word of a counting question picks the share to report, not the examples.
        hits, _sim = retrieve_scored(engine, msgspec.structs.replace(query, decision=None), filters, request.k)
        if term:
            hits = [h for h in hits if names_treatment(term, h.request)]
        letters = engine.letters([h.case_number for h in hits])
        text, citations = compose.aggregate_answer(query, counts, scope, hits, letters)
        return Answer(question=request.question, answer=text, citations=tuple(citations), hits=tuple(hits),
                      understood=seen, count=counts, abstained=counts["total"] == 0), None
    hits, similarity = retrieve_scored(engine, query, filters, request.k)
    if not hits or (not query.case_numbers and off_topic(query, hits, similarity)):
        return _abstain(request.question, seen, "Nothing in the indexed letters answers this question; "
                        "try naming the treatment, body region or case number."), None
    letters = engine.letters([h.case_number for h in hits])
    text, citations = compose.compose(query, hits, letters)
    extractive = Answer(question=request.question, answer=text, citations=tuple(citations), hits=tuple(hits),
                        understood=seen)
    return extractive, (query, hits, letters)


def off_topic(query: Query, hits: list, similarity: float) -> bool:
    """Nothing retrieved is about what was asked: weak similarity, or a treatment that no
    retrieved item's heading names and no passage matches closely."""
    if similarity < ABSTAIN_SIMILARITY:
        return True
    topic = topic_tokens(query)
    if not topic or similarity >= CONFIDENT_SIMILARITY:
        return False
    _term, is_class = asked_treatment(query)
    return all(overlap(topic, h.request) == 0 and not (is_class and h.category == query.category) for h in hits[:5])


def _abstain(question: str, seen: dict[str, object], reason: str) -> Answer:
    return Answer(question=question, answer=reason, citations=(), hits=(), understood=seen, abstained=True)
