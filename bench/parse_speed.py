"""PDF reading and parsing speed per reader, on the real letters, on one core.

    .venv/bin/python bench/parse_speed.py                 # all 74 letters in ../shared, core 0, 3 rounds
    taskset -c 0 .venv/bin/python bench/parse_speed.py    # the same, pinned from outside

Readers, each giving per-page text that `indexer.pdf.join_pages` normalises and joins:
- `pypdfium2`: the project's reader (`indexer.pdf.read_letter`, PDFium in process);
- `pdftotext`: poppler's `pdftotext -layout FILE -`, one process per letter (skipped when absent);
- `pdfplumber`: `page.extract_text(layout=True)`, the reader before pypdfium2 (skipped when the
  package is absent; one round, it is slow).
For each: ms a letter to read (best round), ms a letter to parse that text (`parse_letter`, best
round), letters whose items equal reference.jsonl (request, decision, both guidelines, rationale,
first page), and letters whose every parsed field (header, reviewer, age/sex, summary, every item
with its pages) equals the pdfplumber parse. Writes bench/out/parse_speed.json and prints Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.model import Letter, LetterText  # noqa: E402
from indexer.parse import parse_letter  # noqa: E402
from indexer.pdf import join_pages, read_letter  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "dwc-imr-2016-2017"


def read_pdftotext(path: Path) -> LetterText:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60)
    pages = out.stdout.decode("utf-8").split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return join_pages(str(path), pages)


def read_pdfplumber(path: Path) -> LetterText:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return join_pages(str(path), [page.extract_text(layout=True) or "" for page in pdf.pages])


def readers() -> dict[str, tuple[Callable[[Path], LetterText] | None, str]]:
    """name -> (reader or None, why it is missing)."""
    try:
        import pdfplumber  # noqa: F401

        plumber: Callable[[Path], LetterText] | None = read_pdfplumber
    except ImportError:
        plumber = None
    return {
        "pypdfium2": (read_letter, ""),
        "pdftotext": (read_pdftotext if shutil.which("pdftotext") else None, "pdftotext not installed (poppler-utils)"),
        "pdfplumber": (plumber, "pdfplumber not installed (no longer a dependency)"),
    }


def fields(letter: Letter) -> tuple:
    header = tuple(getattr(letter, f) for f in (
        "case_number", "date_assigned", "date_of_injury", "decision_date", "ur_denial_date", "priority",
        "application_received", "reviewer_licensure", "reviewer_specialty", "age", "sex", "summary", "layout"))
    return header, tuple((i.request, i.decision, i.claims_administrator_guideline, i.maximus_guideline,
                          i.rationale, i.pages) for i in letter.items)


def items_match(letter: Letter, ref: dict) -> bool:
    got = [(i.request, i.decision, i.claims_administrator_guideline.raw, i.maximus_guideline.raw, i.rationale,
            i.pages[0]) for i in letter.items]
    want = [(r["request"], r["decision"], r["claims_administrator_guideline"], r["maximus_guideline"],
             " ".join(r["decision_rationale"].split()), r["page"]) for r in ref["issues"]]
    return got == want


def timed(fn: Callable, items: list, rounds: int) -> tuple[float, list]:
    """(best ms per item over `rounds`, the last round's results)."""
    best, out = float("inf"), []
    for _ in range(rounds):
        started = time.perf_counter()
        out = [fn(x) for x in items]
        best = min(best, (time.perf_counter() - started) * 1000 / len(items))
    return best, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--core", type=int, default=0, help="pin to this CPU (-1: do not pin)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "parse_speed.json")
    args = ap.parse_args(argv)
    if not (REAL / "reference.jsonl").exists():
        print(f"{REAL} not found: this bench reads the real letters in ../shared", file=sys.stderr)
        return 2
    if args.core >= 0:
        os.sched_setaffinity(0, {args.core})
    refs = [json.loads(line) for line in (REAL / "reference.jsonl").read_text().splitlines() if line.strip()]
    paths = [REAL / ref["pdf"] for ref in refs]
    rows, parsed = [], {}
    for name, (reader, missing) in readers().items():
        if reader is None:
            rows.append({"reader": name, "skipped": missing})
            continue
        rounds = 1 if name == "pdfplumber" else args.rounds
        reader(paths[0])  # warm-up: imports, the library's first load
        read_ms, texts = timed(reader, paths, rounds)
        parse_ms, letters = timed(parse_letter, texts, args.rounds)
        parsed[name] = [fields(letter) for letter in letters]
        rows.append({"reader": name, "letters": len(paths), "read_ms": round(read_ms, 2),
                     "parse_ms": round(parse_ms, 2), "rounds": rounds,
                     "items_equal_reference": sum(items_match(x, r) for x, r in zip(letters, refs))})
    base = parsed.get("pdfplumber")
    for row in rows:
        if base is not None and row["reader"] in parsed:
            row["equal_pdfplumber_parse"] = sum(a == b for a, b in zip(parsed[row["reader"]], base))
    load = os.getloadavg()[0]
    print(f"{len(paths)} real letters, core {args.core}, load average {load:.2f}, {platform.python_version()}\n")
    print("| reader | read ms/letter | parse ms/letter | items = reference | all fields = pdfplumber parse |")
    print("|---|---|---|---|---|")
    for row in rows:
        if "skipped" in row:
            print(f"| {row['reader']} | skipped: {row['skipped']} | | | |")
            continue
        same = row.get("equal_pdfplumber_parse", "n/a")
        print(f"| {row['reader']} | {row['read_ms']:.1f} | {row['parse_ms']:.2f} | "
              f"{row['items_equal_reference']}/{row['letters']} | {same}/{row['letters']} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"core": args.core, "load_1min": load, "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
