"""What a question sets aside: "anything besides the PT denied?", "other than the neck MRI, did she
get anything approved?", "what else did IMR say no to, besides the MRIs?" ask about the patient's
OTHER requests. The thing set aside names no treatment asked about (service.understand reads the
question without it) and its items rank after the others (service.retrieve)."""

from __future__ import annotations

import re

import msgspec

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments, members

# "besides the acupuncture", "other than her neck MRI", "apart from the naproxen", "except for the PT":
# the thing ends at a comma, a dash, a question mark or the verb or pronoun that goes on with the question
_BESIDES = re.compile(
    r"\b(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?)\s+"
    r"(?P<thing>(?:the|his|her|their|my|our)\s+[^,?;!.\u2013\u2014]+?)"
    r"(?=\s*(?:[,?;!.\u2013\u2014]|\s-\s|$)|\s+(?:for|did|does|do|was|were|is|are|has|had|got|get|what|which|anything|any|denied|approved|upheld|overturned"
    r"|rejected|refused|okayed|ok'?d|authori[sz]ed|covered|non-?certified|turned|shot|knocked)\b)",
    re.IGNORECASE)


class SetAside(msgspec.Struct, frozen=True):
    treatments: tuple[str, ...] = ()  # indexer.treatments set ids of what is set aside
    regions: tuple[str, ...] = ()  # the body regions its words name ("the neck MRI": cervical)
    words: str = ""  # as the question says it ("the neck MRI")


def set_aside(text: str) -> tuple[str, SetAside]:
    """`text` with each "besides the X" phrase that names a treatment blanked (spaces, so the
    offsets stay), and what those phrases set aside; `text` unchanged when none does."""
    ids: list[str] = []
    regions: list[str] = []
    said: list[str] = []
    out = text
    for m in _BESIDES.finditer(text):
        thing = m.group("thing")
        found = find_treatments(thing)
        if not found:
            continue
        ids += [t for t, _w in found]
        regions += [r for r, _w in find_regions(thing)]
        said.append(thing.strip())
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    if not ids:
        return text, SetAside()
    return out, SetAside(tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(regions)), " / ".join(said))


def is_set_aside(aside: SetAside, item_sets: set[str] | tuple[str, ...], regions: list[str] | tuple[str, ...]) -> bool:
    """Whether an item (its treatment sets and body regions) is what the question sets aside: the
    narrowest sets named ("the naproxen": an NSAID, not every medication), of the body region named
    when one is ("other than the neck MRI": not the shoulder's MRI)."""
    named = {t for t in aside.treatments if not any(o != t and o in members(t) for o in aside.treatments)}
    if not named & set(item_sets):
        return False
    return not aside.regions or bool(set(aside.regions) & set(regions))


__all__ = ["SetAside", "is_set_aside", "set_aside"]
