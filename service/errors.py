"""Errors as HTTP answers: each kind maps to its status here, and nowhere else. One small handler
per exception type (Litestar picks the nearest in the exception's MRO); every answer is
`{"error": message, "status": status}`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from litestar import Request, Response
from litestar.exceptions import HTTPException, NotAuthorizedException, ValidationException

from indexer.errors import (ImrError, IndexBusyError, IndexEmptyError, IndexMissingError, NotFoundError,
                            ParseError, StoreUnavailableError)

logger = logging.getLogger(__name__)

MAX_UPLOAD = 20 * 1024 * 1024  # POST /api/letters
MAX_BODY = 1024 * 1024  # every other request body

# The status of each indexer error kind; a kind not named here answers with its nearest base's.
STATUS: dict[type[ImrError], int] = {
    ImrError: 400,  # a bad input, setting or request; the message says what to change
    ParseError: 400,
    NotFoundError: 404,
    IndexEmptyError: 503,
    StoreUnavailableError: 503,
    IndexMissingError: 503,
    IndexBusyError: 409,  # another process is writing the index: try again when it is done
}

Handler = Callable[[Request, Any], Response]


def answer(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response({"error": message, "status": status}, status_code=status, headers=headers or {})


def imr_error(status: int) -> Handler:
    def handle(_request: Request, exc: ImrError) -> Response:
        return answer(status, str(exc))

    return handle


def not_authorized(_request: Request, exc: NotAuthorizedException) -> Response:
    return answer(401, str(exc.detail))


def invalid(_request: Request, exc: ValidationException) -> Response:
    extra = exc.extra if isinstance(exc.extra, list) else []
    parts = [f"{e.get('key') or 'body'}: {e.get('message')}" for e in extra if isinstance(e, dict)]
    return answer(400, "invalid request: " + ("; ".join(parts) if parts else str(exc.detail)))


def http_error(request: Request, exc: HTTPException) -> Response:
    status, message, headers = exc.status_code, str(exc.detail), dict(exc.headers or {})
    if status == 413:
        limit = MAX_UPLOAD if request.url.path == "/api/letters" else MAX_BODY
        what = "uploads" if limit == MAX_UPLOAD else "request bodies"
        message = f"request body too large: the limit is {limit // (1024 * 1024)} MiB for {what}"
    elif status == 429:
        wait = headers.get("RateLimit-Reset", "1")
        headers["Retry-After"] = wait
        from service.exposure import rate_limit

        limit = rate_limit(request.app.state.settings)
        message = f"too many requests from your address: the limit is {limit}; retry in {wait} s"
    return answer(status, message, headers)


def unicode_error(request: Request, exc: UnicodeError) -> Response:
    # e.g. a lone surrogate (escaped in JSON) reaching the tokenizer
    if "\x00" in request.url.path:
        return value_error(request, exc)
    return answer(400, "invalid request: text is not valid Unicode (lone surrogate or bad encoding)")


def value_error(request: Request, exc: ValueError) -> Response:
    if "\x00" in request.url.path:  # os.stat refuses NUL: no such file
        return answer(404, "not found: the path has a NUL byte")
    return unexpected(request, exc)


def unexpected(request: Request, exc: Exception) -> Response:
    """A store connection failure that reached here unconverted is a 503; anything else a 500."""
    chain: BaseException | None = exc
    while chain is not None:
        if type(chain).__module__.split(".")[0] in ("httpx", "httpcore") or isinstance(chain, ConnectionError):
            engine = getattr(request.app.state, "engine", None)
            where = engine.store.location if engine is not None else "(not open)"
            logger.warning("store unavailable on %s %s: %s", request.method, request.url.path, type(chain).__name__)
            return answer(503, f"the Chroma store at {where} is not answering; retry when it is back")
        chain = chain.__cause__ or chain.__context__
    logger.exception("unexpected error on %s %s", request.method, request.url.path)
    return answer(500, "internal error; see the server log")


def exception_handlers() -> dict[type[Exception], Handler]:
    """For create_app: one handler per exception type."""
    return {
        **{kind: imr_error(status) for kind, status in STATUS.items()},
        NotAuthorizedException: not_authorized,
        ValidationException: invalid,
        HTTPException: http_error,
        UnicodeError: unicode_error,
        ValueError: value_error,
        Exception: unexpected,
    }
