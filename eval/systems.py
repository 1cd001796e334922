"""The system under test, called in process or over HTTP, and what one question gives back.

Every system (this one and the baselines in eval/baselines.py) answers `run(question)` with an
`Outcome`: the ranked (case_number, request) pairs of what it returned, best first, and, for
systems that answer questions, the `Answer`. Letters for the citation checks come from
`letter(case_number)`: the engine's store in process, `GET /api/cases/{case}` over HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import msgspec

from indexer.errors import ImrError
from indexer.model import Letter
from service import qa
from service.conversation import Turn, turn_of
from service.engine import Engine
from service.types import Answer, SearchResult

RANK_DEPTH = 10  # hits asked for and scored (MRR@10, nDCG@10)
ASK_K = 5  # the service's default number of hits behind an answer


class Outcome(msgspec.Struct, frozen=True, kw_only=True):
    ranked: tuple[tuple[str, str], ...] = ()
    answer: Answer | None = None
    error: str = ""  # the error a system raised for this question (scored as a miss)


class System(Protocol):
    name: str

    def run(self, question: str) -> Outcome: ...

    def letter(self, case_number: str) -> Letter | None: ...


def ranked_of(result: SearchResult) -> tuple[tuple[str, str], ...]:
    return tuple((hit.case_number, hit.request) for hit in result.hits)


TURN_SEPARATOR = " || "  # a natural question's turns: "was the PT approved? || and the MRI?"


def turns_of(question: str) -> list[str]:
    return [part.strip() for part in question.split(TURN_SEPARATOR) if part.strip()]


def converse(turns: list[str], ask: Callable[[str, tuple[Turn, ...]], Answer]) -> Outcome:
    """Each turn asked (by `ask`, with the turns before it as history); the last answer scored, ranked by what it cites."""
    history: list[Turn] = []
    for part in turns:
        answer = ask(part, tuple(history))
        history.append(turn_of(part, answer))
    return Outcome(ranked=ranked_of_answer(answer), answer=answer)


def ranked_of_answer(answer: Answer) -> tuple[tuple[str, str], ...]:
    """A conversation's last turn ranked by its answer: the items it cites, in order, then its other hits."""
    cited = [(c.case_number, c.request) for c in answer.citations if c.item_index > 0]
    return tuple(dict.fromkeys(cited + [(h.case_number, h.request) for h in answer.hits if h.item_index > 0]))


class ImrLocal:
    """search (top 10, for the ranking) and ask (for the answer) through service.qa."""

    name = "imr"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def run(self, question: str) -> Outcome:
        if len(turns := turns_of(question)) > 1:
            return self._conversation(turns)
        try:
            result = qa.search(self.engine, qa.SearchRequest(query=question, k=RANK_DEPTH))
            answer = qa.ask(self.engine, qa.AskRequest(question=question, k=ASK_K))
        except ImrError as exc:
            return Outcome(error=str(exc))
        return Outcome(ranked=ranked_of(result), answer=answer)

    def _conversation(self, turns: list[str]) -> Outcome:
        try:
            return converse(turns, lambda part, history: qa.ask(
                self.engine, qa.AskRequest(question=part, k=ASK_K, history=history)))
        except ImrError as exc:
            return Outcome(error=str(exc))

    def letter(self, case_number: str) -> Letter | None:
        return self.engine.store.get_letter(case_number)


class ImrHttp:
    """The same over a running `imr serve`: POST /api/search and /api/ask, GET /api/cases/{case}.

    `client` is any httpx.Client (Litestar's TestClient in tests); by default one is opened on `url`.
    """

    name = "imr"

    def __init__(self, url: str, timeout: float = 60.0, client: Any = None) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.client = client or httpx.Client(timeout=timeout)
        self._letters: dict[str, Letter | None] = {}

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        import httpx

        try:
            response = self.client.request(method, f"{self.url}{path}", json=body)
        except httpx.TransportError as exc:
            raise ImrError(f"cannot reach the service at {self.url}: {exc}; start it with `imr serve`") from exc
        response.raise_for_status()
        return response.json()

    def run(self, question: str) -> Outcome:
        import httpx

        if len(turns := turns_of(question)) > 1:
            try:
                return converse(turns, lambda part, history: msgspec.convert(self._call(
                    "POST", "/api/ask", {"question": part, "k": ASK_K, "history": msgspec.to_builtins(history)}), Answer))
            except httpx.HTTPStatusError as exc:
                return Outcome(error=f"HTTP {exc.response.status_code}: {exc.response.text[:300]}")
        try:
            result = self._call("POST", "/api/search", {"query": question, "k": RANK_DEPTH})
            answer = self._call("POST", "/api/ask", {"question": question, "k": ASK_K})
        except httpx.HTTPStatusError as exc:
            return Outcome(error=f"HTTP {exc.response.status_code}: {exc.response.text[:300]}")
        return Outcome(
            ranked=ranked_of(msgspec.convert(result, SearchResult)), answer=msgspec.convert(answer, Answer)
        )

    def letter(self, case_number: str) -> Letter | None:
        import httpx

        if case_number not in self._letters:
            try:
                view = self._call("GET", f"/api/cases/{case_number}")
                self._letters[case_number] = msgspec.convert(view["letter"], Letter)
            except httpx.HTTPStatusError:
                self._letters[case_number] = None
        return self._letters[case_number]
