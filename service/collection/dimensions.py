"""What a collection answer can rank or trend by: each dimension's labels for the items in scope,
and the filters that list the items behind one label (for /api/items links).

`labelled(catalog, by, where, params)` -> [(label, item id, letter id)], one row per label an item
carries (an item citing two MTUS chapters counts once under each).

- kind: the kind of treatment: each treatment set that is no group (MRI, CT, physical therapy,
  ...), except that every drug counts as `medication`; treatment: every set, groups included;
  drug: the drug sets (per drug or class).
- guideline: each MTUS chapter with its year ("MTUS Chronic Pain Medical Treatment 2016"), and ODG,
  ACOEM and other sources by family; mtus_chapter / mtus_section ("Low Back Complaints 2004:
  Special Studies") / odg_chapter: parts of the reviewer's line (or the claims administrator's,
  with guideline_side=claims).
- specialty: each certification the letter lists for the reviewer (comma-separated in the letter).
"""

from __future__ import annotations

from collections.abc import Callable

from indexer.reasons import CODES
from indexer.treatments import GROUPS, LABELS, members

DRUGS = members("medication") | {"medication"}


def _kind(treatment: str) -> str | None:
    if treatment in DRUGS:
        return "medication"
    return None if treatment in GROUPS else treatment


Row = tuple[str, int, int]

# dimension -> (SQL selecting (raw label, item id, letter id) for `items i` WHERE {where}, label of a raw value)
_SQL: dict[str, str] = {
    "treatment": "SELECT t.treatment, i.id, i.letter_id FROM items i JOIN item_treatments t ON t.item_id = i.id",
    "body_region": "SELECT r.region, i.id, i.letter_id FROM items i JOIN item_regions r ON r.item_id = i.id",
    "decision": "SELECT i.decision, i.id, i.letter_id FROM items i",
    "category": "SELECT i.category, i.id, i.letter_id FROM items i",
    "guideline": "SELECT CASE WHEN g.family = 'MTUS' THEN 'MTUS ' || g.chapter || CASE WHEN g.year != '' THEN ' ' || "
                 "g.year ELSE '' END ELSE g.family END, i.id, i.letter_id FROM items i JOIN guideline_parts g "
                 "ON g.item_id = i.id AND g.side = :side",
    "guideline_source": "SELECT g.family, i.id, i.letter_id FROM items i JOIN guideline_parts g ON g.item_id = i.id "
                        "AND g.side = :side",
    "mtus_chapter": "SELECT g.chapter || CASE WHEN g.year != '' THEN ' ' || g.year ELSE '' END, i.id, i.letter_id "
                    "FROM items i JOIN guideline_parts g ON g.item_id = i.id AND g.side = :side AND g.family = 'MTUS'",
    "mtus_section": "SELECT g.chapter || CASE WHEN g.year != '' THEN ' ' || g.year ELSE '' END || ': ' || s.section, "
                    "i.id, i.letter_id FROM items i JOIN guideline_parts g ON g.item_id = i.id AND g.side = :side "
                    "AND g.family = 'MTUS' JOIN guideline_sections s ON s.item_id = i.id AND s.side = g.side "
                    "AND s.part = g.n",
    "odg_chapter": "SELECT g.chapter, i.id, i.letter_id FROM items i JOIN guideline_parts g ON g.item_id = i.id "
                   "AND g.side = :side AND g.family = 'ODG' AND g.chapter != ''",
    "reason": "SELECT x.code, i.id, i.letter_id FROM items i JOIN item_reasons x ON x.item_id = i.id",
    "month": "SELECT i.decision_month, i.id, i.letter_id FROM items i WHERE i.decision_month IS NOT NULL",
    "priority": "SELECT l.priority, i.id, i.letter_id FROM items i JOIN letters l ON l.id = i.letter_id "
                "WHERE l.priority IS NOT NULL",
    "sex": "SELECT l.sex, i.id, i.letter_id FROM items i JOIN letters l ON l.id = i.letter_id WHERE l.sex IS NOT NULL",
    "specialty": "SELECT l.reviewer_specialty, i.id, i.letter_id FROM items i JOIN letters l ON l.id = i.letter_id "
                 "WHERE l.reviewer_specialty IS NOT NULL",
    "letter": "SELECT i.case_number, i.id, i.letter_id FROM items i",
}
_SQL["kind"] = _SQL["drug"] = _SQL["treatment"]

WORDS = {  # what a dimension's labels are, in words (a table's first column)
    "kind": "kind of treatment", "treatment": "treatment set", "drug": "drug", "body_region": "body region",
    "decision": "decision", "category": "category", "guideline": "guideline", "guideline_source": "guideline source",
    "mtus_chapter": "MTUS chapter", "mtus_section": "MTUS section", "odg_chapter": "ODG chapter",
    "reason": "reason", "month": "decision month", "priority": "priority", "sex": "patient's sex",
    "specialty": "reviewer specialty", "letter": "letter",
}


def _labels(by: str, raw: str) -> list[str]:
    if by == "kind":
        kind = _kind(raw)
        return ["medication" if kind == "medication" else LABELS[kind]] if kind else []
    if by == "drug":
        return [LABELS[raw]] if raw in DRUGS and raw not in GROUPS else []
    if by == "treatment":
        return [LABELS.get(raw, raw)]
    if by == "reason":
        return [CODES[raw].label if raw in CODES else raw]
    if by == "specialty":
        return [s.strip() for s in raw.split(",") if s.strip()]
    return [raw] if raw else []


def labelled(query: Callable[..., list[tuple]], by: str, where: str, params: list[object],
             side: str = "maximus") -> list[Row]:
    """(label, item id, letter id) for every label the items meeting `where` carry (deduplicated)."""
    sql = _SQL[by].replace(":side", "?")
    glue = " AND " if " WHERE " in sql else " WHERE "
    args = ([side] if ":side" in _SQL[by] else []) + list(params)
    out: dict[tuple[str, int], Row] = {}
    for raw, item, letter in query(f"{sql}{glue}{where}", args):
        for label in _labels(by, str(raw)):
            out.setdefault((label, item), (label, item, letter))
    return list(out.values())


def link(by: str, label: str) -> dict[str, str]:
    """The filters that select the items behind one label of `by` (empty when none can)."""
    if by in ("treatment", "kind", "drug"):
        ids = [s for s, words in LABELS.items() if words == label] or (["medication"] if label == "medication" else [])
        return {"treatment": ids[0]} if ids else {}
    if by == "body_region":
        return {"body_region": label}
    if by in ("decision", "category", "priority", "sex", "specialty"):
        return {by: label}
    if by == "guideline":
        return {"guideline_source": "MTUS", "chapter": label[5:]} if label.startswith("MTUS ") else {"guideline_source": label}
    if by == "guideline_source":
        return {"guideline_source": label}
    if by == "mtus_chapter":
        return {"guideline_source": "MTUS", "chapter": label}
    if by == "mtus_section":
        chapter, _, section = label.partition(": ")
        return {"guideline_source": "MTUS", "chapter": chapter, "section": section}
    if by == "odg_chapter":
        return {"guideline_source": "ODG", "chapter": label}
    if by == "reason":
        code = next((c for c, v in CODES.items() if v.label == label), "")
        return {"reason": code} if code else {}
    if by == "month":
        return month_range(label)
    if by == "letter":
        return {"case_number": label}
    return {}


def month_range(month: str) -> dict[str, str]:
    """date_from/date_to of a YYYY-MM month."""
    import calendar

    year, mon = int(month[:4]), int(month[5:7])
    return {"date_from": f"{month}-01", "date_to": f"{month}-{calendar.monthrange(year, mon)[1]:02d}"}
