"""Guideline citations as the letters print them, in the 2016 and the older style."""

from __future__ import annotations

import random

from corpus.cases import Item
from corpus.vocab import CP, Kind, Region

CA_NONE = "The Claims Administrator did not cite any medical evidence for its decision."
MX_NONE = "The Expert Reviewer did not cite any medical evidence for its decision."


def outside(who: str) -> str:
    return f"The {who} based their decision on recommendation(s) outside of the MTUS Guidelines. "


def mtus_part(kind: Kind, reg: Region, rng: random.Random) -> tuple[str, str] | None:
    """('MTUS Low Back Complaints 2004, Section(s): Special Studies', 'acoem') or None where MTUS is silent."""
    if kind.mtus is None:
        return None
    chapter, sections = kind.mtus
    family = "cp" if chapter == CP else "other"
    if chapter == "ACOEM":
        if not reg.acoem:
            return None
        chapter, family = reg.acoem, "acoem"
        if sections == "Special Studies" and rng.random() < 0.25:
            sections = rng.choice(("Diagnostic Criteria, Special Studies", "Special Studies, Diagnostic Criteria"))
    text = f"MTUS {chapter}, Section(s): {sections}" if sections and rng.random() < 0.88 else f"MTUS {chapter}"
    if family == "cp" and reg.acoem and kind.regions and rng.random() < 0.15:
        text = f"MTUS {reg.acoem}, Section(s): Initial Care, and {text[5:]}"
    return text, family


def odg_part(topic: str, reg: Region | None, rng: random.Random) -> str:
    ch = reg.odg if reg else rng.choice(("Pain Chapter", "Pain (Chronic) Chapter"))
    form = rng.randrange(4)
    if form == 0:
        return f"Official Disability Guidelines (ODG) {ch}, {topic}"
    if form == 1:
        return f"Official Disability Guidelines (ODG), {ch}, {topic}"
    if form == 2:
        return f"Official Disability Guidelines, {ch.replace(' Chapter', '')} - {topic}"
    return f"ODG {ch}, {topic}"


def cite_2016(kind: Kind, reg: Region, who: str, rng: random.Random, has_region: bool) -> tuple[str, str]:
    """Returns (citation, guideline family named in the rationale)."""
    m = mtus_part(kind, reg, rng)
    o = odg_part(kind.odg, reg if has_region else None, rng)
    r = rng.random()
    if m is None or r > 0.86:
        return outside(who) + f"Decision based on Non-MTUS Citation {o}.", "odg"
    if r < 0.68:
        return f"Decision based on {m[0]}.", m[1]
    return f"Decision based on {m[0]}. Decision based on Non-MTUS Citation {o}.", m[1]


def cite_older(kind: Kind, reg: Region, rng: random.Random, has_region: bool) -> tuple[str, str]:
    name, pages = kind.old_cite
    if name == "ACOEM" or name.startswith("MTUS ACOEM"):
        if name == "ACOEM":
            if not reg.acoem_old:
                return (f"Decision based on Non-MTUS Official Disability Guidelines (ODG), {reg.odg}, "
                        f"{kind.odg}."), "odg"
            name = "MTUS ACOEM " + reg.acoem_old
            pages = reg.surg_pages if pages == "surg" else (pages or reg.pages)
        return f"Decision based on {name} Page(s): {pages}.", "acoem"
    if name.startswith("ODG"):
        return f"Decision based on Non-MTUS {odg_part(kind.odg, reg if has_region else None, rng)}.", "odg"
    return f"Decision based on MTUS {name} Page(s): {pages}.", "cp"


def cite_item(it: Item, old: bool, rng: random.Random) -> None:
    """Fill the item's two guideline fields and the family its rationale names."""
    reg = it.extras["reg"]
    if "topic" in it.extras:  # associated surgical service
        o = odg_part(it.extras["topic"], reg, rng)
        it.ca = CA_NONE if rng.random() < 0.6 else outside("Claims Administrator") + \
            f"Decision based on Non-MTUS Citation {o}."
        it.mx = MX_NONE if rng.random() < 0.5 else outside("Expert Reviewer") + \
            f"Decision based on Non-MTUS Citation {o}."
        it.gname = "odg"
        if old:
            it.ca = CA_NONE if rng.random() < 0.6 else f"Decision based on Non-MTUS {o}."
            it.mx = MX_NONE if rng.random() < 0.5 else f"Decision based on Non-MTUS {o}."
        return
    kind: Kind = it.extras["kind"]
    has_region = it.region is not None
    if old:
        it.mx, it.gname = cite_older(kind, reg, rng, has_region)
        it.ca = it.mx if rng.random() < 0.6 else (CA_NONE if rng.random() < 0.4 else
                                                  cite_older(kind, reg, rng, has_region)[0])
        return
    it.mx, it.gname = cite_2016(kind, reg, "Expert Reviewer", rng, has_region)
    r = rng.random()
    if r < 0.16:
        it.ca = CA_NONE
    elif r < 0.55 and not it.mx.startswith("The "):
        it.ca = it.mx
    else:
        it.ca = cite_2016(kind, reg, "Claims Administrator", rng, has_region)[0]
