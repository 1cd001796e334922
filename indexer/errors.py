"""One error type that knows its HTTP status; subclasses say what was wrong and what to do."""

from __future__ import annotations


class ImrError(Exception):
    """Base error. `status` is the HTTP status a client should see."""

    status: int = 400

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status

    @property
    def message(self) -> str:
        return str(self)


class ParseError(ImrError):
    """A file could not be read or is not an IMR letter. The message names the file."""

    status = 400


class NotFoundError(ImrError):
    status = 404


class IndexEmptyError(ImrError):
    status = 503


class StoreUnavailableError(ImrError):
    status = 503


class AuthError(ImrError):
    status = 401


class IndexBusyError(ImrError):
    """Another process is writing the index folder."""

    status = 409


class IndexMissingError(ImrError):
    """No index where one was expected (a mistyped --db)."""

    status = 503
