"""The Litestar app: `create_app(settings)`. Handlers are thin; the work is in service.qa."""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import msgspec
from litestar import Litestar, Request, Response, delete, get, post
from litestar.connection import ASGIConnection
from litestar.datastructures import State, UploadFile
from litestar.di import NamedDependency, Provide
from litestar.enums import RequestEncodingType
from litestar.exceptions import HTTPException, NotAuthorizedException, ValidationException
from litestar.handlers import BaseRouteHandler
from litestar.params import Body, FromPath, JSONBody
from litestar.response import File, ServerSentEvent, ServerSentEventMessage

from indexer.errors import AuthError, ImrError, NotFoundError, StoreUnavailableError
from indexer.model import Letter
from indexer.settings import Settings
from service import qa
from service.engine import Engine
from service.stats import Stats, index_stats
from service.types import Answer, SearchResult

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
CASE_RE = re.compile(r"^CM\d{2}-\d{7}$|^[A-Za-z0-9_.-]{1,80}$")
MAX_UPLOAD = 20 * 1024 * 1024
VERSION = "0.1.0"


class Health(msgspec.Struct, frozen=True, kw_only=True):
    status: str
    letters: int
    chunks: int
    model: str
    store: str
    location: str
    version: str


class CaseView(msgspec.Struct, frozen=True, kw_only=True):
    letter: Letter
    pages: list[dict[str, int]]


class Indexed(msgspec.Struct, frozen=True, kw_only=True):
    case_number: str
    items: list[dict[str, Any]]
    chunks: int
    status: str


def engine_of(state: State) -> Engine:
    return state.engine


def require_key(connection: ASGIConnection, _handler: BaseRouteHandler) -> None:
    settings: Settings = connection.app.state.settings
    if not settings.api_key:
        return
    given = connection.headers.get("x-api-key", "")
    if not hmac.compare_digest(given.encode(), settings.api_key.encode()):
        raise NotAuthorizedException("missing or wrong X-API-Key header")


def check_case(case_number: str) -> str:
    if not CASE_RE.match(case_number) or case_number.startswith("."):
        raise NotFoundError(f"case {case_number!r} is not in the index")
    return case_number


@post("/api/search", sync_to_thread=True, status_code=200)
def search_handler(data: JSONBody[qa.SearchRequest], engine: NamedDependency[Engine]) -> SearchResult:
    return qa.search(engine, data)


@post("/api/ask", sync_to_thread=True, status_code=200)
def ask_handler(data: JSONBody[qa.AskRequest], engine: NamedDependency[Engine]) -> Response[Answer] | ServerSentEvent:
    answer = qa.ask(engine, data)
    if data.stream:
        sse = ServerSentEvent(stream_answer(answer))
        sse.media_type = "text/event-stream"
        return sse
    return Response(answer)


def stream_answer(answer: Answer) -> Iterator[ServerSentEventMessage]:
    for sentence in re.split(r"(?<=\]\.)\s+|(?<=\.\")\s+(?=[A-Z])", answer.answer):
        yield ServerSentEventMessage(event="answer", data=json.dumps(sentence + " "))
    meta = msgspec.to_builtins(answer)
    meta.pop("answer", None)
    yield ServerSentEventMessage(event="citations", data=json.dumps(meta))
    yield ServerSentEventMessage(event="end", data="{}")


@get("/api/cases/{case_number:str}", sync_to_thread=True)
def case_handler(case_number: FromPath[str], engine: NamedDependency[Engine]) -> CaseView:
    letter = engine.letter(check_case(case_number))
    starts = list(letter.page_starts) + [len(letter.text)]
    pages = [{"page": i + 1, "start": a, "end": b} for i, (a, b) in enumerate(zip(starts, starts[1:]))]
    return CaseView(letter=letter, pages=pages)


@get("/api/cases/{case_number:str}/document", sync_to_thread=True)
def document_handler(case_number: FromPath[str], engine: NamedDependency[Engine]) -> File:
    path = engine.document_path(check_case(case_number))
    media = "application/pdf" if path.suffix == ".pdf" else "text/plain; charset=utf-8"
    return File(path=path, filename=path.name, media_type=media, content_disposition_type="inline")


@get("/api/stats", sync_to_thread=True)
def stats_handler(engine: NamedDependency[Engine]) -> Stats:
    return index_stats(engine)


@get("/api/health", sync_to_thread=True)
def health_handler(engine: NamedDependency[Engine]) -> Health:
    engine.store.heartbeat()
    return Health(
        status="ok",
        letters=engine.store.letter_count(),
        chunks=engine.store.count(),
        model=engine.encoder.name,
        store=engine.store.kind,
        location=engine.store.location,
        version=VERSION,
    )


@post("/api/letters", guards=[require_key], sync_to_thread=True, request_max_body_size=MAX_UPLOAD)
def upload_handler(
    data: Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)], engine: NamedDependency[Engine]
) -> Indexed:
    from service.upload import index_upload

    return index_upload(engine, data.filename or "letter", data.file.read())


@delete("/api/cases/{case_number:str}", guards=[require_key], sync_to_thread=True, status_code=200)
def delete_handler(case_number: FromPath[str], engine: NamedDependency[Engine]) -> dict[str, Any]:
    engine.letter(check_case(case_number))
    removed = engine.store.delete_letter(case_number)
    for path in engine.settings.docs.glob(f"{case_number}.*"):
        path.unlink(missing_ok=True)
    engine.invalidate()
    return {"case_number": case_number, "deleted_chunks": removed}


def error_response(request: Request, exc: Exception) -> Response:
    if isinstance(exc, ImrError):
        status, message = exc.status, str(exc)
    elif isinstance(exc, NotAuthorizedException):
        status, message = 401, str(exc.detail)
    elif isinstance(exc, ValidationException):
        status, message = 400, _validation_message(exc)
    elif isinstance(exc, HTTPException):
        status, message = exc.status_code, str(exc.detail)
        if status == 413:
            message = f"request body too large: the limit is {MAX_UPLOAD // (1024 * 1024)} MiB for uploads"
    else:
        logger.exception("unexpected error on %s %s", request.method, request.url.path)
        status, message = 500, "internal error; see the server log"
    return Response({"error": message, "status": status}, status_code=status)


def _validation_message(exc: ValidationException) -> str:
    extra = exc.extra if isinstance(exc.extra, list) else []
    parts = [f"{e.get('key') or 'body'}: {e.get('message')}" for e in extra if isinstance(e, dict)]
    return "invalid request: " + ("; ".join(parts) if parts else str(exc.detail))


def create_app(settings: Settings, *, engine: Engine | None = None) -> Litestar:
    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        if engine is not None:
            app.state.engine = engine
        else:
            from indexer.embed import load_encoder
            from indexer.store import open_store

            app.state.engine = Engine(settings, open_store(settings), load_encoder(settings))
        yield

    route_handlers: list[Any] = [
        search_handler, ask_handler, case_handler, document_handler, stats_handler, health_handler,
        upload_handler, delete_handler,
    ]
    if STATIC.is_dir():
        from litestar.static_files import create_static_files_router

        route_handlers.append(create_static_files_router(path="/", directories=[STATIC], html_mode=True))
    from litestar.openapi import OpenAPIConfig

    return Litestar(
        route_handlers=route_handlers,
        dependencies={"engine": Provide(engine_of, sync_to_thread=False)},
        lifespan=[lifespan],
        state=State({"settings": settings}),
        exception_handlers={Exception: error_response},
        openapi_config=OpenAPIConfig(title="IMR search", version=VERSION, path="/schema"),
        request_max_body_size=1024 * 1024,
    )


__all__ = ["create_app", "AuthError", "StoreUnavailableError"]
