"""The Litestar app: `create_app(settings)`. Handlers are thin; the work is in service.qa."""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import anyio
import msgspec
from litestar import Litestar, Request, Response, delete, get, post
from litestar.connection import ASGIConnection
from litestar.datastructures import State, UploadFile
from litestar.di import NamedDependency, Provide
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers import BaseRouteHandler
from litestar.params import Body, FromPath, JSONBody
from litestar.response import File, ServerSentEvent
from litestar.types import Message, Scope

from indexer.errors import ImrError, NotFoundError
from indexer.model import Letter
from service import qa
from service.engine import Engine
from service.exposure import NO_KEY_WRITE, is_loopback, rate_limit
from service.errors import MAX_BODY, MAX_UPLOAD, exception_handlers
from service.items import items_csv, list_items
from service.history import Conversations
from service.settings import ServiceSettings
from service.stats import Stats, index_stats
from service.stream import answer_events
from service.types import Answer, Indexed, SearchResult
from service.upload import index_upload

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
CASE_RE = re.compile(r"^CM\d{2}-\d{7}$|^[A-Za-z0-9_.-]{1,80}$")
# The page and the API: nothing inline, nothing from elsewhere, never framed.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
# An original letter (PDF or text) as served: no scripts, no loads; `object-src 'self'` keeps Chromium's
# PDF viewer working (a `sandbox` directive would make it refuse to render the PDF).
DOCUMENT_CSP = "default-src 'none'; object-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
RATE_UNITS = ("second", "minute", "hour", "day")
THROTTLED = ("/api/search", "/api/ask")
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


def engine_of(state: State) -> Engine:
    return state.engine


def settings_of(state: State) -> ServiceSettings:
    return state.settings


def require_key(connection: ASGIConnection, _handler: BaseRouteHandler) -> None:
    """Writes: with IMR_API_KEY, the key from everywhere; without it, only from loopback (service.exposure)."""
    settings: ServiceSettings = connection.app.state.settings
    if not settings.api_key:
        if not is_loopback(connection.client.host if connection.client else None):
            raise PermissionDeniedException(NO_KEY_WRITE)
        return
    given = connection.headers.get("x-api-key", "")
    if not hmac.compare_digest(given.encode(), settings.api_key.encode()):
        raise NotAuthorizedException("missing or wrong X-API-Key header")


def check_case(case_number: str) -> str:
    if not CASE_RE.match(case_number) or case_number.startswith("."):
        raise NotFoundError(f"case {case_number!r} is not in the index")
    return case_number


@post("/api/search", sync_to_thread=True, status_code=200)
def search_handler(data: JSONBody[qa.SearchRequest], engine: NamedDependency[Engine],
                   settings: NamedDependency[ServiceSettings]) -> SearchResult:
    return qa.search(engine, data, settings)


@post("/api/ask", sync_to_thread=True, status_code=200)
def ask_handler(data: JSONBody[qa.AskRequest], engine: NamedDependency[Engine],
                settings: NamedDependency[ServiceSettings], state: State) -> Response[Answer] | ServerSentEvent:
    kept: Conversations = state.conversations  # `conversation_id` without `history`: service.history
    data = kept.prepare(data)
    if not data.stream:
        return Response(kept.answered(data, qa.ask(engine, data, settings)))
    events = kept.answered_stream(data, qa.ask_stream(engine, data, settings))
    sse = ServerSentEvent(answer_events(events))  # see service/stream.py
    sse.media_type = "text/event-stream"
    return sse


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


@get("/api/items", sync_to_thread=True)
def items_handler(request: Request, engine: NamedDependency[Engine]) -> Response:
    """The items behind any number: service.filters' filters plus q, sort, page, per_page, format=csv."""
    params = {k: ",".join(request.query_params.getall(k)) for k in request.query_params}
    if params.get("format") == "csv":
        name, text = items_csv(engine, params)
        return Response(text, media_type="text/csv",
                        headers={"content-disposition": f'attachment; filename="{name}"'})
    return Response(list_items(engine, params))


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
    return index_upload(engine, data.filename or "letter", data.file.read())


@delete("/api/cases/{case_number:str}", guards=[require_key], sync_to_thread=True, status_code=200)
def delete_handler(case_number: FromPath[str], engine: NamedDependency[Engine]) -> dict[str, Any]:
    engine.letter(check_case(case_number))
    removed = engine.store.delete_letter(case_number)
    for path in engine.settings.docs.glob(f"{case_number}.*"):
        path.unlink(missing_ok=True)
    engine.invalidate([case_number])
    return {"case_number": case_number, "deleted_chunks": removed}


def security_headers(settings: ServiceSettings):
    """A before_send hook: the security headers on every response, errors and static files included."""

    async def before_send(message: Message, scope: Scope) -> None:
        if message["type"] != "http.response.start":
            return
        path = scope.get("path", "")
        csp = DOCUMENT_CSP if path.startswith("/api/cases/") and path.endswith("/document") else CSP
        present = {k.lower() for k, _v in message.get("headers", [])}
        extra = [(b"content-security-policy", csp.encode())] + [
            (k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present
        ]
        message["headers"] = [*message.get("headers", []), *extra]

    return before_send


def rate_limit_config(settings: ServiceSettings):
    """Litestar's per-client limit on search and ask from IMR_RATE_LIMIT (`N/unit`, or `auto`:
    service.exposure.rate_limit), or None."""
    from litestar.middleware.rate_limit import RateLimitConfig

    spec = rate_limit(settings)
    if not spec:
        return None
    count, _, unit = spec.partition("/")
    unit = unit.strip().lower().rstrip("s") or "minute"
    if not count.strip().isdigit() or int(count) < 1 or unit not in RATE_UNITS:
        raise ImrError(f"IMR_RATE_LIMIT={spec!r} is not valid: give N/second, N/minute, N/hour or N/day, auto, "
                       "or empty")

    async def throttled(request: Request) -> bool:
        return request.url.path in THROTTLED

    return RateLimitConfig(rate_limit=(unit, int(count)), check_throttle_handler=throttled)  # type: ignore[arg-type]


def cors_config(settings: ServiceSettings):
    from litestar.config.cors import CORSConfig

    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    if not origins:
        return None
    return CORSConfig(allow_origins=origins, allow_methods=["GET", "POST", "DELETE"],
                      allow_headers=["content-type", "x-api-key"], allow_credentials=False)


MALLOC_ARENAS = 2  # glibc heaps shared by the serving threads (glibc's default: up to 8 per core)


def bound_heaps(arenas: int = MALLOC_ARENAS) -> bool:
    """Let the serving threads share `arenas` glibc heaps (mallopt M_ARENA_MAX), unless the
    environment sets MALLOC_ARENA_MAX itself; returns whether it was set. Each thread that
    allocates otherwise gets a heap of its own, and memory freed in one is never reused by
    another: at 1M chunks, 8 clients grew the embedded service's own memory (RssAnon) to
    2,091 MB, against 1,958 MB with 2 heaps, at the same latency (bench/query_latency.py)."""
    import ctypes
    import os

    if os.environ.get("MALLOC_ARENA_MAX"):
        return False
    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(-8, arenas))  # -8: M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc
        return False


def serving_threads(settings: ServiceSettings) -> None:
    """One intra-op thread per query encoding: a single short query gains nothing from more,
    and concurrent requests already run in parallel threads (measured p95 251-963 ms -> 27-39 ms
    for query embedding on 2 busy cores, bench/query_latency.py). The threads share a few glibc
    heaps (`bound_heaps`)."""
    from indexer.embed import resolve_backend

    bound_heaps()

    if resolve_backend(settings.index) == "torch" and not settings.index.device.startswith("cuda"):
        import torch

        torch.set_num_threads(1)


def create_app(settings: ServiceSettings, *, engine: Engine | None = None) -> Litestar:
    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        if engine is not None:
            app.state.engine = engine
        else:
            from indexer.embed import load_encoder
            from indexer.store import open_store

            # only `imr index` creates an index; its writes leave Chroma to `imr index` (indexer.store)
            store = open_store(settings.index, create=False, defer_chroma=True)
            app.state.engine = Engine(settings.index, store, load_encoder(settings.index))
            await anyio.to_thread.run_sync(app.state.engine.warm)
        yield

    route_handlers: list[Any] = [
        search_handler, ask_handler, case_handler, document_handler, stats_handler, items_handler, health_handler,
        upload_handler, delete_handler,
    ]
    if STATIC.is_dir():
        from litestar.static_files import create_static_files_router

        route_handlers.append(create_static_files_router(path="/", directories=[STATIC], html_mode=True))
    from litestar.openapi import OpenAPIConfig

    limiter = rate_limit_config(settings)
    return Litestar(
        route_handlers=route_handlers,
        dependencies={"engine": Provide(engine_of, sync_to_thread=False),
                      "settings": Provide(settings_of, sync_to_thread=False)},
        lifespan=[lifespan],
        state=State({"settings": settings, "conversations": Conversations()}),
        exception_handlers=exception_handlers(),
        openapi_config=OpenAPIConfig(title="IMR search", version=VERSION, path="/schema"),
        request_max_body_size=MAX_BODY,
        middleware=[limiter.middleware] if limiter else [],
        cors_config=cors_config(settings),
        before_send=[security_headers(settings)],
        logging_config=None,  # logging is configured once, by the CLI (Litestar's default would replace it)
    )


__all__ = ["create_app"]
