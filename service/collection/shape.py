"""The allow-listed shape of a collection query: what may be counted, over what, by what.

Every field is a closed type (Literal, bounded int, filters by the names of service.filters): a
proposal (the rule-based reader's or an LLM's) that does not fit fails to decode, and `check`
then validates every filter value with service.filters.validate.

- shape: count (items or letters), share (`part` of the population `where`), top (the labels of a
  dimension `by`, most first; `n` = 0: those tied at the top), compare (`groups`, each a
  population beside `where`; the share of `part` in each, or its count), trend (by decision
  month), mean (items per letter; or, with `measure` "days", the days from `since` (the
  application's receipt, the assignment to a reviewer, or UR's denial) to the IMR decision, per letter;
  `stat` the figure asked, last in the table: mean, median, fewest or most days; or, with
  `measure` "age", the age the letter gives its patient, per letter).
- letters: for counts of letters, which letters count: `any` (at least `min_items` items in
  `where` and `part`, and at most `max_items` when it is not 0: "letters with only one item"), `all` (every item of the letter in `where` meets `part`), `mixed` (items of
  both decisions).
- total: for counts, the size of the population `where` as well as the count of its `part` (a
  two-part count: "how many acupuncture requests were there, and how many were approved?").
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from indexer.errors import ImrError
from service.filters import ALLOWED, validate

FilterName = Literal[tuple(ALLOWED)]  # type: ignore[valid-type]
Where = dict[FilterName, Annotated[str, Meta(max_length=2000)]]  # type: ignore[valid-type]
Shape = Literal["count", "share", "top", "compare", "trend", "mean"]
Unit = Literal["items", "letters"]
Dimension = Literal[
    "kind", "treatment", "drug", "body_region", "decision", "category", "guideline", "guideline_source",
    "mtus_chapter", "mtus_section", "odg_chapter", "reason", "month", "priority", "specialty", "sex", "letter",
]
LetterMode = Literal["any", "all", "mixed"]
Measure = Literal["items", "days", "age"]  # mean: items per letter, days from `since` to the IMR decision, or the patient's age
Since = Literal["received", "assigned", "ur_denial", "injury"]
Stat = Literal["mean", "median", "fewest", "most"]  # mean of days: the figure asked ("median", "the longest")
STAT_COLUMNS = {"mean": "mean days", "median": "median days", "fewest": "fewest", "most": "most"}
AGE_COLUMNS = {"mean": "mean age", "median": "median age", "fewest": "youngest", "most": "oldest"}
SINCE_WORDS = {"received": "the application's receipt", "assigned": "the assignment to a reviewer",
               "ur_denial": "utilization review's denial", "injury": "the injury"}
SHAPES: tuple[str, ...] = Shape.__args__  # type: ignore[attr-defined]
DIMENSIONS: tuple[str, ...] = Dimension.__args__  # type: ignore[attr-defined]


class Group(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    label: Annotated[str, Meta(min_length=1, max_length=80)]
    where: Where = {}


class CollectionQuery(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    shape: Shape
    unit: Unit = "items"
    where: Where = {}  # the population
    part: Where = {}  # share: the part counted; letters "all": what every item meets
    by: Dimension | None = None  # top: the labels ranked
    n: Annotated[int, Meta(ge=0, le=50)] = 0  # top: how many (0: those tied at the top)
    least: bool = False  # top: fewest first
    groups: Annotated[tuple[Group, ...], Meta(max_length=8)] = ()  # compare
    letters: LetterMode = "any"
    min_items: Annotated[int, Meta(ge=1, le=100)] = 1
    max_items: Annotated[int, Meta(ge=0, le=100)] = 0  # letters "any": at most this many items meet it (0: no bound)
    listing: bool = False  # "which letters ...": list them
    shown: Annotated[int, Meta(ge=0, le=20)] = 0  # count: the items (letters) cited, when more than a few examples are asked
    of_where: bool = False  # compare, no part: each group's count as a share of `where` ("what share of the denials cited ODG vs MTUS?")
    total: bool = False  # count: the population `where` too, beside its `part` ("how many X, and how many approved")
    measure: Measure = "items"  # mean: items per letter, or days to the IMR decision ("how long does IMR take?")
    since: Since = "received"  # mean of days: from the application's receipt, the assignment, or UR's denial
    stat: Stat = "mean"  # mean of days: the figure asked, the table's last column ("the median", "the longest")
    over: Annotated[int, Meta(ge=0, le=36500)] = 0  # mean of days: the letters that took more than this many days, listed
    under: Annotated[int, Meta(ge=0, le=36500)] = 0  # ... or fewer than this many
    notes: tuple[str, ...] = ()  # how the question was read, in words


def either_outcome(where: Where) -> dict[str, str]:
    """The population without its outcome: "overturned cervical MRI items" -> "cervical MRI items"."""
    return {k: v for k, v in where.items() if k != "decision"}


def day_figures(columns: tuple[str, ...], row: tuple[object, ...]) -> dict[str, object]:
    """A days (or ages) table's row by name: letters, mean, median, fewest, most (its columns in any order)."""
    names = AGE_COLUMNS if "mean age" in columns else STAT_COLUMNS
    return {"letters": row[1], **{stat: row[columns.index(name)] for stat, name in names.items()}}


class ShapeError(ImrError):
    """A proposed collection query that does not fit the allowed shape."""


_decoder = msgspec.json.Decoder(CollectionQuery)


def decode(raw: bytes | str) -> CollectionQuery:
    """A proposal as JSON text, decoded strictly and checked (ShapeError otherwise)."""
    try:
        proposal = _decoder.decode(raw)
    except msgspec.ValidationError as exc:
        raise ShapeError(f"the collection query does not fit the allowed shape: {exc}") from exc
    except msgspec.DecodeError as exc:
        raise ShapeError(f"the collection query is not JSON: {exc}") from exc
    return check(proposal)


def check(cq: CollectionQuery) -> CollectionQuery:
    """Every filter value valid and normalised; the fields each shape needs present."""
    if cq.shape == "top" and cq.by is None:
        raise ShapeError("a top query needs `by`: " + ", ".join(DIMENSIONS))
    if cq.shape == "compare" and len(cq.groups) < 2:
        raise ShapeError("a compare query needs at least two groups")
    if cq.total and (cq.shape != "count" or not cq.part):
        raise ShapeError("`total` is for a count with a `part`: the population and the part of it counted")
    if cq.shape == "share" and not cq.part and cq.letters == "any" and cq.min_items == 1:
        raise ShapeError("a share query needs `part`: the part of the population counted")
    try:
        where, part = as_strings(validate(cq.where)), as_strings(validate(cq.part))
        groups = tuple(Group(label=g.label, where=as_strings(validate(g.where))) for g in cq.groups)
    except ImrError as exc:
        raise ShapeError(str(exc)) from exc
    return msgspec.structs.replace(cq, where=where, part=part, groups=groups)


def as_strings(filters: dict[str, object]) -> dict[str, str]:
    """Validated filters back as strings (lists comma-joined): how queries and links carry them."""
    return {k: ",".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v) for k, v in filters.items()}
