"""Reading a JSON-lines file of typed records (the hand-written question files), with errors that
name the file, the line and where the fields are described."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import msgspec

from indexer.errors import ImrError

T = TypeVar("T")


def read_records(path: Path, kind: type[T], fields_in: str) -> list[T]:
    """Every non-empty line of `path` decoded as `kind`; [] when the file is absent."""
    path = Path(path)
    if not path.exists():
        return []
    decoder = msgspec.json.Decoder(kind)
    out: list[T] = []
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(decoder.decode(line))
        except msgspec.ValidationError as exc:
            raise ImrError(f"{path}:{number}: {exc}; see {fields_in} for the fields") from exc
        except msgspec.DecodeError as exc:
            raise ImrError(f"{path}:{number}: not a JSON object ({exc})") from exc
    return out
