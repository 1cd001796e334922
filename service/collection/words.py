"""A collection query in words: what was counted (a short label) and the rule behind the number.

`label(where)` -> "upheld lumbar MRI items citing ODG"; `rule(cq)` -> the whole rule, with what
each treatment set counts and leaves out, so an ambiguous word ("PT") is never read silently.
"""

from __future__ import annotations

import re

import msgspec

from indexer.reasons import CODES
from indexer.treatments import BY_ID
from service.collection.dimensions import LABELS, WORDS
from service.collection.shape import CollectionQuery
from service.groups import said as group_said
from service.wording import modifier

DECISION = {"Upheld": "upheld (denied)", "Overturned": "overturned (approved)"}
SHORT = {"Upheld": "upheld", "Overturned": "overturned"}


def readable(pattern: str) -> str:
    """A simple synonym pattern as words ("MRIs?" -> "MRI"), or '' when it is not simple."""
    text = re.sub(r"\(\?-i:(.*?)\)", r"\1", pattern)
    text = text.replace(r"\s+", " ").replace(r"\s?", " ").replace(r"\s*", "").replace("-?", "-").replace(r"\w*", "…")
    text = re.sub(r"\(\?:([^()|]*)\)\?", r"\1", text)
    text = re.sub(r"(\w)s\?", r"\1", text).replace("\\", "")
    return "" if re.search(r"[()\[\]|?*+{}]", text) else " ".join(text.split())


def synonyms(set_id: str, at_most: int = 5) -> str:
    words = [w for w in (readable(p) for p in BY_ID[set_id].synonyms) if w and len(w) < 40]
    return ", ".join(words[:at_most]) + (", ..." if len(words) > at_most else "")


def exclusions(set_id: str) -> str:
    words = [w for w in (readable(p) for p in BY_ID[set_id].exclusions) if w]
    return ", ".join(words)


def name(set_id: str) -> str:
    """A treatment set in words, without "(any)": "imaging", "medications"."""
    return LABELS.get(set_id, set_id).replace(" (any)", "")


def _families(value: str) -> str:
    names = {"none": "no medical evidence", "other": "another source"}
    return " or ".join(names.get(v, v) for v in value.split(","))


def label(where: dict[str, str], unit: str = "items") -> str:
    """What a population is, short: "upheld lumbar MRI items citing ODG"."""
    front, tail = [], []
    if d := where.get("decision"):
        front.append(SHORT[d])
    if p := where.get("priority"):
        front.append(p.lower())
    if r := where.get("body_region"):
        front.append(" or ".join(r.split(",")))
    if d := where.get("drug"):
        front.append(" or ".join(d.split(",")))
    elif t := where.get("treatment"):
        # before the unit a modifier ("upheld medication items"); alone, a noun ("requests for medications")
        front.append(" or ".join(modifier(name(s)) if unit else name(s) for s in t.split(",")))
    elif c := where.get("category"):
        front.append(" or ".join(c.split(",")))
    side = " (claims administrator's line)" if where.get("guideline_side") == "claims" else ""
    if g := where.get("guideline_source"):
        tail.append(f"citing {_families(g)}{side}")
    if g := where.get("guideline_only"):
        tail.append(f"citing {g} and no other source{side}")
    if ch := where.get("chapter"):
        tail.append(f"citing the chapter {ch}")
    if s := where.get("section"):
        tail.append(f"citing the section {s}")
    if n := where.get("source_name"):
        tail.append(f"citing {n}{side}")
    if r := where.get("reason"):
        tail.append("with the reason " + " or ".join(CODES[c].label.lower() for c in r.split(",") if c in CODES))
    if where.get("modified") == "yes":
        tail.append("left over from a request UR partly authorised")
    elif where.get("modified") == "no":
        tail.append("not partly authorised by UR")
    dates = (where.get("date_from"), where.get("date_to"))
    if dates[0] and dates[1] and dates[0][:7] == dates[1][:7] and dates[0].endswith("-01"):
        tail.append(f"decided in {_MONTHS[int(dates[0][5:7]) - 1]} {dates[0][:4]}")  # "decided in January 2017"
    elif dates[0] or dates[1]:
        tail.append("decided " + " ".join(x for x in (f"from {dates[0]}" if dates[0] else "",
                                                      f"to {dates[1]}" if dates[1] else "") if x))
    if s := where.get("specialty"):
        tail.append(f"reviewed by a reviewer who is a specialist in {' or '.join(s.split(','))}")
    if who := group_said(where):  # "women aged 20-29", "patients aged 51 or over" (service.groups)
        tail.append(f"of {who}")
    if c := where.get("case_number"):
        tail.append(f"in {', '.join(c.split(',')[:3])}" + (" ..." if c.count(",") > 2 else ""))
    return " ".join([*front, unit, *tail])


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December")


def rule(cq: CollectionQuery) -> str:
    """The rule behind the answer's numbers, in words."""
    unit = "letters (one per case number)" if cq.unit == "letters" else "disputed items (one decision each)"
    parts = [f"Counted: {unit}"]
    if cq.where:
        parts.append(f"among {label(cq.where)}")
    sets = [s for f in (cq.where, cq.part, *(g.where for g in cq.groups)) for s in f.get("treatment", "").split(",") if s]
    for set_id in dict.fromkeys(sets):
        words = synonyms(set_id)
        said = f"'{name(set_id)}' means a request matching its synonym set" + (f" ({words})" if words else "")
        if BY_ID[set_id].includes:
            said += " or any set it includes (" + ", ".join(name(m) for m in BY_ID[set_id].includes[:6]) + \
                (", ..." if len(BY_ID[set_id].includes) > 6 else "") + ")"
        if excl := exclusions(set_id):
            said += f"; not counted: {excl}"
        parts.append(said)
    if cq.shape == "share" and cq.unit == "letters" and (cq.letters != "any" or cq.min_items > 1 or cq.max_items):
        parts.append(f"the share is the {letters_phrase(msgspec.structs.replace(cq, where={}))} over all of them, "
                     "rounded to 3 decimals")
    elif cq.shape == "share":
        parts.append(f"the share is those that are {label(cq.part, '').strip() or 'counted'} over all of them, "
                     "rounded to 3 decimals")
    elif cq.shape == "compare":
        what = f"the share {label(cq.part, '').strip()}" if cq.part else "the count"
        parts.append(f"for each of {', '.join(g.label for g in cq.groups)}: {what}"
                     + (" (rounded to 3 decimals)" if cq.part else ""))
    elif cq.shape == "top":
        dim = WORDS[cq.by or "kind"]
        parts.append(f"ranked by {dim} ({'fewest' if cq.least else 'most'} {cq.unit} first, ties by name), an item "
                     f"counted once under each {dim} it has" + (f"; top {cq.n}" if cq.n else "; those tied at the top"))
        if cq.by == "kind":
            parts.append("a kind of treatment is a treatment set that is no group (MRI, CT, physical therapy, ...); "
                         "every drug counts as medication")
    elif cq.shape == "trend":
        parts.append("per decision month (YYYY-MM), every month of the collection"
                     + (f"; the share {label(cq.part, '').strip()} rounded to 3 decimals" if cq.part else ""))
    elif cq.shape == "mean" and cq.measure == "days":
        column = {"received": "Application Received", "assigned": "Date Assigned", "ur_denial": "UR Denial Date",
                  "injury": "Date of Injury"}[cq.since]
        figure = {"mean": "the mean rounded to 1 decimal", "median": "the median", "fewest": "the fewest (the shortest review)",
                  "most": "the most (the longest review)"}[cq.stat]
        if cq.over or cq.under:
            figure = f"the letters with {'more' if cq.over else 'fewer'} than {cq.over or cq.under} days, listed"
        parts.append(f"per letter, the days from its {column} to its Decision Date (letters giving both); {figure}")
    elif cq.shape == "mean" and cq.measure == "age":
        parts.append("per letter, the age its Clinical Case Summary gives the patient (letters giving one); "
                     + ("the median" if cq.stat == "median" else "the mean rounded to 1 decimal"))
    elif cq.shape == "mean":
        parts.append("items divided by letters, rounded to 3 decimals")
    elif cq.unit == "letters":
        parts.append({"any": f"a letter counts when {_how_many(cq)} of its items "
                             + (f"are {label(cq.part, '').strip()}" if cq.part else "are in scope"),
                      "all": f"a letter counts when every item in scope is {label(cq.part, '').strip()}",
                      "mixed": "a letter counts when its items in scope include both outcomes"}[cq.letters])
    if cq.where.get("body_region") or any("body_region" in g.where for g in cq.groups) or cq.by == "body_region":
        parts.append("body regions are those the request names (indexer/taxonomy.py: 'back' alone reads as lumbar)")
    return "; ".join(parts) + "."


def letters_phrase(cq: CollectionQuery) -> str:
    """What the letters counted have: "letters with at least one overturned item"."""
    merged = {**cq.where, **cq.part}
    if cq.letters == "all":
        scope = label(cq.where, "item") if cq.where else "item"
        return f"letters with every {scope} {label(cq.part, '').strip()}"
    if cq.letters == "mixed":
        scope = f" among {label(cq.where)}" if cq.where else ""
        return f"letters with both upheld (denied) and overturned (approved) items{scope}"
    if not merged and cq.min_items == 1 and not cq.max_items:
        return "letters"
    least = _how_many(cq)
    return f"letters with {least} {label(merged, 'item' if least in ('at least one', 'exactly one') else 'items')}"


def _how_many(cq: CollectionQuery) -> str:
    """How many of a letter's items count it: "at least one", "at least 2", "exactly one", "1 to 2"."""
    if cq.max_items and cq.max_items == cq.min_items:
        return "exactly one" if cq.min_items == 1 else f"exactly {cq.min_items}"
    if cq.max_items:
        return f"{cq.min_items} to {cq.max_items}"
    return "at least one" if cq.min_items == 1 else f"at least {cq.min_items}"
