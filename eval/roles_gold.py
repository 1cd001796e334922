"""The gold sentence roles (eval/gold/roles.jsonl, written by hand over the dev letters), for eval/reasons.py.

One item a line: `{"case_number", "item_index", "request", "decision", "sentences": [{"text", "role"}], ...}`.
A missing file gives an empty gold, and the reason metrics are then not scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import msgspec

from indexer.errors import ImrError

ROLES = Path(__file__).resolve().parent / "gold" / "roles.jsonl"


class RolesGold:
    """Finding sentences per gold item, looked up by (case number, request) or item index."""

    def __init__(self, records: Iterable[Mapping[str, Any]], request_index: Mapping[tuple[str, str], int] = ()) -> None:
        self.by_index: dict[tuple[str, int], list[str]] = {}
        self.by_request: dict[tuple[str, str], list[str]] = {}
        for record in records:
            findings = [s["text"] for s in record.get("sentences") or [] if s.get("role") == "finding"]
            case = str(record["case_number"])
            self.by_index[(case, int(record["item_index"]))] = findings
            if record.get("request"):
                self.by_request[(case, _req(record["request"]))] = findings
        self.request_index = {(case, _req(request)): index for (case, request), index in dict(request_index).items()}

    def __len__(self) -> int:
        return len(self.by_index)

    def findings(self, case_number: str, request: str) -> list[str] | None:
        """The item's finding sentences; None when the gold does not have the item."""
        key = (case_number, _req(request))
        if key in self.by_request:
            return self.by_request[key]
        index = self.request_index.get(key)
        return self.by_index.get((case_number, index)) if index is not None else None


def _req(request: str) -> str:
    return " ".join(str(request).split()).casefold()


def read_roles(path: Path = ROLES, request_index: Mapping[tuple[str, str], int] = ()) -> RolesGold:
    """The roles gold at `path` (empty when the file is absent)."""
    path = Path(path)
    if not path.exists():
        return RolesGold([], request_index)
    records = []
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        if line.strip():
            try:
                records.append(msgspec.json.decode(line))
            except msgspec.DecodeError as exc:
                raise ImrError(f"{path}:{number}: not a JSON object ({exc})") from exc
    return RolesGold(records, request_index)


def request_index(records: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], int]:
    """(case number, request) -> 1-based item index, from reference records (items in letter order)."""
    return {(str(r["case_number"]), str(issue["request"])): n
            for r in records for n, issue in enumerate(r.get("issues") or [], start=1)}
