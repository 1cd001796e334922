"""Generate synthetic IMR determination letters, laid out like `pdftotext -layout` output.

    python -m corpus.generate OUT_DIR -n 200 --seed 0

Each letter is written as `<case number>.txt`; `truth.jsonl` holds one JSON line per letter with the
header fields, the reviewer, age and sex, and every disputed item (whitespace-normalised, as in the
real letters' reference parse), plus the item's treatment kind, category and body region.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus import cases, cite, prose, render
from corpus.vocab import ALL, SPECIALTIES, STATES

REGION_WEIGHTS = {"lumbar": 30, "cervical": 18, "thoracic": 4, "shoulder": 14, "knee": 14, "hip": 4,
                  "wrist/hand": 8, "elbow": 4, "ankle/foot": 4}
OLD_SHARE = 0.2
TRAP_SHARE = 0.45
TIGHT_SHARE = 0.12


@dataclass(frozen=True)
class GeneratedLetter:
    case_number: str
    file_name: str
    layout: str  # "2016" or "older"
    text: str
    truth: dict


def norm(s: str) -> str:
    return " ".join(s.split())


def _date(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def _case(rng: random.Random, old: bool) -> dict:
    if old:
        assigned = dt.date(2013, 6, 1) + dt.timedelta(days=rng.randrange(900))
    else:
        assigned = dt.date(2016, 1, 4) + dt.timedelta(days=rng.randrange(540))
    ur = assigned - dt.timedelta(days=rng.randint(5, 40))
    doi = ur - dt.timedelta(days=rng.randint(20, 3600))
    visit = ur - dt.timedelta(days=rng.randint(3, 30))
    since = max(doi, visit - dt.timedelta(days=rng.randint(40, 400)))
    names = list(REGION_WEIGHTS)
    regions = [rng.choices(names, list(REGION_WEIGHTS.values()))[0]]
    if rng.random() < 0.35:
        other = rng.choice([r for r in ALL if r != regions[0]])
        regions.append(other)
    states = rng.sample(STATES[1:], rng.choice((0, 0, 1, 1, 2)))
    states.insert(rng.randrange(len(states) + 1), "California")
    if old:
        states = [rng.choice(STATES)]
    spec = rng.choice(SPECIALTIES)
    if old:
        spec = spec.split(",")[0].replace("&", "and")
    return {
        "assigned": assigned, "ur": _date(ur), "doi": _date(doi), "visit": _date(visit),
        "since": since.strftime("%m/%Y"), "received": _date(ur + dt.timedelta(days=rng.randint(1, (assigned - ur).days))),
        "decided": _date(assigned + dt.timedelta(days=rng.randint(12, 40))),
        "age": rng.randint(19, 72), "sex": rng.choice(("male", "female")), "regions": regions, "sides": {},
        "pain": rng.randint(4, 9), "licensure": ",".join(states), "specialty": spec,
        "priority": "Expedited" if rng.random() < 0.03 else "Standard",
    }


def _traps(rng: random.Random, heads: list[tuple[int, int]], old: bool) -> list[int]:
    """Line indices to break a page before: inside a heading, before a heading, after a heading."""
    wants: list[int] = []
    if rng.random() >= TRAP_SHARE:
        return wants
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(heads))
        first, last = heads[i]
        kinds = ["after"] + (["before"] if i else []) + (["inside"] if last > first else [])
        k = rng.choice(kinds)
        if k == "inside":
            wants.append(first + (2 if old else 1))
        elif k == "before":
            wants.append(first)
        else:
            wants.append(last + (2 if old else 1))
    return wants


def make_letter(rng: random.Random, case_number: str, old: bool, case: dict) -> GeneratedLetter:
    items = cases.choose_items(rng, case, old)
    for it in items:
        cite.cite_item(it, old, rng)
        it.rationale = prose.rationale(rng, case, it, old)
    summary = prose.summary(rng, case, items)
    sep = ":  " if old else ": "
    blocks = [render.Block(f"{it.request}{sep}{it.decision}", (it.ca, it.mx, it.rationale)) for it in items]
    width = rng.randint(93, 99)
    h = {"case_number": case_number, "date_assigned": _date(case["assigned"]), "date_of_injury": case["doi"],
         "decision_date": case["decided"], "ur_denial_date": case["ur"], "priority": case["priority"],
         "application_received": case["received"], "reviewer_licensure": case["licensure"],
         "reviewer_specialty": case["specialty"]}
    if old:
        lay = render.layout_older(h, summary, blocks, width)
        per_page = rng.randint(50, 56)
    else:
        tight = set()
        if rng.random() < TIGHT_SHARE:
            tight.add((rng.randrange(len(items)), rng.randrange(3)))
        lay = render.layout_2016(h, summary, blocks, width, rng, tight)
        per_page = rng.randint(46, 54)
    text, page_of = render.paginate(lay.lines, per_page, _traps(rng, lay.headings, old))
    truth = {
        "case_number": case_number, "file": f"{case_number}.txt", "layout": "older" if old else "2016",
        "date_assigned": None if old else h["date_assigned"],
        "date_of_injury": None if old else case["doi"],  # header fields: the older layout has no header
        "decision_date": None if old else h["decision_date"], "ur_denial_date": None if old else case["ur"],
        "priority": None if old else case["priority"], "reviewer_licensure": case["licensure"],
        "reviewer_specialty": case["specialty"], "age": case["age"], "sex": case["sex"],
        "issues": [{"request": norm(it.request), "decision": it.decision,
                    "claims_administrator_guideline": norm(it.ca), "maximus_guideline": norm(it.mx),
                    "decision_rationale": norm(it.rationale), "page": page_of[lay.headings[k][0]],
                    "category": it.category, "body_region": it.region, "kind": it.kind}
                   for k, it in enumerate(items)],
    }
    return GeneratedLetter(case_number, truth["file"], truth["layout"], text, truth)


def generate_letters(n: int, seed: int = 0) -> Iterator[GeneratedLetter]:
    """Yield `n` letters; the same `n` and `seed` always give the same letters."""
    master = random.Random(f"imr-corpus:{seed}")
    counters: dict[int, int] = {}
    for i in range(n):
        rng = random.Random(f"imr-letter:{seed}:{i}")
        old = rng.random() < OLD_SHARE
        case = _case(rng, old)
        yy = case["assigned"].year % 100
        counters[yy] = counters.get(yy, 100000 + master.randrange(200000)) + master.randint(1, 9)
        yield make_letter(rng, f"CM{yy:02d}-{counters[yy]:07d}", old, case)


def write_corpus(out_dir: Path, n: int, seed: int = 0,
                 progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write `n` letters (one `.txt` each) and `truth.jsonl` into `out_dir`; return the letter paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with open(out_dir / "truth.jsonl", "w", encoding="utf-8", newline="\n") as truth:
        for i, letter in enumerate(generate_letters(n, seed), 1):
            path = out_dir / letter.file_name
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(letter.text)
            truth.write(json.dumps(letter.truth, ensure_ascii=False) + "\n")
            paths.append(path)
            if progress is not None:
                progress(i, n)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m corpus.generate", description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("-n", type=int, default=60, help="number of letters (default 60)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("-n must be >= 0")
    paths = write_corpus(args.out_dir, args.n, args.seed)
    print(f"wrote {len(paths)} letters and truth.jsonl to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
