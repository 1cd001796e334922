"""Choose a case's disputed items, their decisions, guideline citations and rationales."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpus import phrases as P
from corpus.vocab import ASSOCIATED, KINDS, REGIONS, Kind, Region

CATEGORY_WEIGHTS = (("imaging", 25), ("therapy", 25), ("medication", 25), ("injection", 8), ("surgery", 5),
                    ("dme", 7), ("evaluation", 5))
UPHELD_RATE = {"imaging": 0.90, "therapy": 0.89, "medication": 0.91, "injection": 0.96, "surgery": 0.90,
               "dme": 0.93, "evaluation": 0.84}
BY_CATEGORY: dict[str, list[Kind]] = {}
for _k in KINDS:
    BY_CATEGORY.setdefault(_k.category, []).append(_k)
BRANDS = {"Norco", "Ultram", "Percocet", "Flexeril", "Zanaflex", "Anaprox", "Prilosec", "Protonix", "Lidoderm",
          "Neurontin", "Lyrica", "Ambien", "Cymbalta", "Synvisc", "Terocin", "HELP", "TENS", "MRI", "CT", "FCE",
          "EMG/NCV", "EMG/NCS", "PRP", "H-wave", "X-rays", "X-ray"}
ONLY = {"meniscectomy": "knee", "subacromial": "shoulder", "lumbar": "lumbar", "cervical": "cervical",
        "Lumbar": "lumbar"}
FREQ = ((2, 4), (2, 3), (3, 4), (2, 6), (1, 6), (3, 2))


@dataclass
class Item:
    kind: str
    category: str
    region: str | None
    request: str
    thing: str  # how the rationale names it
    decision: str
    ca: str = ""
    mx: str = ""
    gname: str = "other"
    rationale: str = ""
    says: tuple[str, ...] = ()
    surgery: str = ""  # for associated services: the surgery's name
    extras: dict = field(default_factory=dict)


def thing_of(request: str) -> str:
    first = request.split(" ", 1)[0]
    if first in BRANDS or first.isupper() or (len(first) > 1 and first[1].isupper()):
        return request
    return request[0].lower() + request[1:]


def region_words(rng: random.Random, reg: Region, side: str) -> dict[str, str]:
    if not reg.sided:
        r, a = reg.name, reg.abbr
    elif side == "bilateral":
        r, a = "bilateral " + reg.plural, "BILATERAL " + reg.plural.upper()
    else:
        r = f"{side} {reg.name}"
        a = rng.choice(("R", "RT", "RIGHT")) if side == "right" else rng.choice(("L", "LT", "LEFT"))
        a = f"{a} {reg.abbr}"
    lower = reg.key == "lumbar"
    limbs, limb = ("lower extremities", "lower extremity") if lower else ("upper extremities", "upper extremity")
    lvl = rng.choice(reg.levels)
    s = side if side != "bilateral" else rng.choice(("left", "right"))
    return {"r": r, "R": r[0].upper() + r[1:], "A": a, "lvl": lvl, "LVL": lvl.upper(), "side": s,
            "Side": s.capitalize(), "limbs": limbs, "limb": limb, "LIMBS": limbs.upper()}


def pick_template(rng: random.Random, kind: Kind, region: str | None, need_n: bool) -> str | None:
    ok = []
    for t in kind.names:
        if need_n and "{n}" not in t:
            continue
        if any(w in t and region != reg for w, reg in ONLY.items()):
            continue
        ok.append(t)
    return rng.choice(ok) if ok else None


def make_item(rng: random.Random, case: dict, kind: Kind, old: bool) -> Item | None:
    regs = [r for r in case["regions"] if r in kind.regions]
    region = (rng.choice(regs) if regs else rng.choice(kind.regions)) if kind.regions else None
    if region and region not in case["sides"]:
        case["sides"][region] = rng.choice(("left", "right", "right", "left", "bilateral"))
    reg = REGIONS[region] if region else REGIONS[case["regions"][0]]
    words = region_words(rng, reg, case["sides"].get(region, "right"))
    modified = bool(kind.qty) and not old and rng.random() < 0.09
    tpl = pick_template(rng, kind, region, modified)
    if tpl is None:
        if modified:
            modified, tpl = False, pick_template(rng, kind, region, False)
        if tpl is None:
            return None
    a, b = rng.choice(FREQ)
    n = a * b if kind.category == "therapy" else rng.choice(kind.qty or (30,))
    words.update(f=rng.choice((f"{a} times a week for {b} weeks", f"{a}x{b}", f"{a} times weekly for {b} weeks")),
                 F=f"{a}X{b}", n=str(n), dos=case["visit"])
    req = tpl.format(**words)
    thing = thing_of(req)
    if modified:
        auth = n * rng.choice((1, 1, 2)) // 3 if n >= 3 else 1
        auth = max(1, min(auth, n - 1))
        rest = tpl.format(**{**words, "n": str(n - auth)})
        req = (f"{req} was the original request. {tpl.format(**{**words, 'n': str(auth)})} was authorized by the "
               f"Claims Administrator. The remaining IMR eligible portion of the original request, {rest} is")
        thing = thing_of(rest)
    elif old:
        use_old = kind.category != "medication" and rng.random() < 0.6
        req = kind.old.format(**words) if use_old else req.upper()
    decision = "Upheld" if rng.random() < UPHELD_RATE[kind.category] - (0.06 if kind.key == "psych" else 0) \
        else "Overturned"
    return Item(kind.key, kind.category, region, req, thing, decision, says=kind.says,
                extras={"words": words, "reg": reg, "kind": kind})


def associated(rng: random.Random, surgery: Item, k: int) -> list[Item]:
    out = []
    for key, cat, text, topic, old_text in rng.sample(ASSOCIATED, k):
        if surgery.decision == "Upheld":
            dec = "Upheld"
        else:
            dec = "Upheld" if rng.random() < 0.35 else "Overturned"
        out.append(Item(key, cat, surgery.region, "Associated surgical service: " + text, thing_of(text), dec,
                        surgery=surgery.thing, extras={"topic": topic, "old": old_text,
                                                      "reg": surgery.extras["reg"]}))
    return out


def n_items(rng: random.Random) -> int:
    r = rng.random()
    for limit, count in ((0.40, 1), (0.62, 2), (0.76, 3), (0.85, 4), (0.90, 5), (0.935, 6), (0.955, 7),
                         (0.968, 8), (0.978, 9)):
        if r < limit:
            return count
    return rng.randint(10, 21)


def choose_items(rng: random.Random, case: dict, old: bool) -> list[Item]:
    want = n_items(rng)
    items: list[Item] = []
    seen: set[str] = set()
    cats = [c for c, _ in CATEGORY_WEIGHTS]
    weights = [w for _, w in CATEGORY_WEIGHTS]
    tries = 0
    while len(items) < want and tries < 200:
        tries += 1
        kind = rng.choice(BY_CATEGORY[rng.choices(cats, weights)[0]])
        if kind.category == "surgery" and (old or want - len(items) < 2):
            continue
        it = make_item(rng, case, kind, old)
        if it is None or it.request in seen:
            continue
        seen.add(it.request)
        items.append(it)
        if kind.category == "surgery":
            k = min(rng.randint(1, 4), 21 - len(items), max(1, want - len(items)))
            items += associated(rng, it, k)
    return items[:21]


def sentence_case(s: str) -> str:
    return s[0].upper() + s[1:]
