"""The indexer's errors: plain kinds whose messages say what was wrong and what to do.

They know nothing of HTTP: the service maps each kind to a status in one place
(service/errors.py), the CLI turns any of them into a one-line message."""

from __future__ import annotations


class ImrError(Exception):
    """Base error: a bad input, setting or request."""

    @property
    def message(self) -> str:
        return str(self)


class ParseError(ImrError):
    """A file could not be read or is not an IMR letter. The message names the file."""


class NotFoundError(ImrError):
    """A case (or its original file) is not in the index."""


class IndexEmptyError(ImrError):
    """The index holds no letters yet."""


class StoreUnavailableError(ImrError):
    """The store cannot be reached or could not take a write."""


class IndexBusyError(ImrError):
    """Another process is writing the index folder."""


class IndexMissingError(ImrError):
    """No index where one was expected (a mistyped --db)."""
