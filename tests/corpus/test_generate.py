"""The synthetic letter generator: determinism, variety, decision wording, the traps, the sample."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from corpus.generate import GeneratedLetter, generate_letters, write_corpus
from corpus.traps import BREAKS, COLON_REQUESTS, colon_traps
from corpus.vocab import ASSOCIATED, KINDS

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "corpus" / "sample"
REAL_PDFS = REPO.parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "pdf"
SEED = REPO.parent / "shared" / "seeds" / "000_95e1945bc69d4d51.txt"
CASE = re.compile(r"CM\d{2}-\d{7}")
LABEL_AFTER_TEXT = re.compile(r"[^\n\f ] ?\n(Claims Administrator guideline:|MAXIMUS guideline:|Decision rationale:)")
SECTION_WRAP = re.compile(r"Section\(s\):(?: [^\n.]*)?\n[A-Za-z]")


@cache
def letters(n: int, seed: int = 0) -> tuple[GeneratedLetter, ...]:
    return tuple(generate_letters(n, seed))


def norm(s: str) -> str:
    return " ".join(s.split())


def heading_spans(letter: GeneratedLetter) -> list[tuple[int, int]]:
    """Where each item's heading ("REQUEST: Decision") lies in the text, found in order."""
    spans, pos = [], 0
    for item in letter.truth["issues"]:
        words = (item["request"] + ":").split() + [item["decision"]]
        m = re.compile(r"\s+".join(map(re.escape, words)) + r"\s*$", re.M).search(letter.text, pos)
        assert m, f"{letter.case_number}: heading of {item['request']!r} not found"
        end = m.start() + len(m.group().rstrip())
        spans.append((m.start(), end))
        pos = end
    return spans


def test_same_seed_same_bytes_and_other_seed_differs(tmp_path: Path) -> None:
    a = [(x.file_name, x.text, x.truth) for x in generate_letters(40, seed=7)]
    assert a == [(x.file_name, x.text, x.truth) for x in generate_letters(40, seed=7)]
    b = [(x.file_name, x.text) for x in generate_letters(40, seed=8)]
    assert [x[:2] for x in a] != b
    write_corpus(tmp_path / "one", 25, seed=3)
    write_corpus(tmp_path / "two", 25, seed=3)
    one = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert len(one) == 26 and one == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in one:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_write_corpus_files_and_truth(tmp_path: Path) -> None:
    calls = []
    paths = write_corpus(tmp_path, 12, seed=1, progress=lambda i, n: calls.append((i, n)))
    assert len(paths) == 12 and calls[-1] == (12, 12)
    rows = [json.loads(line) for line in (tmp_path / "truth.jsonl").read_text().splitlines()]
    assert [r["file"] for r in rows] == [p.name for p in paths]
    for row, path in zip(rows, paths):
        assert path.stem == row["case_number"] and path.read_text().endswith("\f")
        for item in row["issues"]:
            assert set(item) >= {"request", "decision", "claims_administrator_guideline", "maximus_guideline",
                                 "decision_rationale", "page", "category", "body_region"}
            assert all(v == norm(v) for k, v in item.items() if isinstance(v, str))


def test_treatment_variety_over_500_letters() -> None:
    kinds = {i["kind"] for x in letters(500) for i in x.truth["issues"]}
    assert len(kinds) >= 40
    assert len(KINDS) + len(ASSOCIATED) >= 40
    regions = {i["body_region"] for x in letters(500) for i in x.truth["issues"]}
    assert regions >= {"lumbar", "cervical", "thoracic", "shoulder", "knee", "hip", "wrist/hand", "elbow",
                       "ankle/foot"}
    requests = [i["request"] for x in letters(500) for i in x.truth["issues"]]
    assert any("was the original request" in r for r in requests)
    assert any(r.startswith("Associated surgical service: ") for r in requests)
    assert any(re.search(r"\b(left|right|bilateral)\b", r) for r in requests)


def test_upheld_share_and_associated_services_follow_surgery() -> None:
    items = [i for x in letters(2000) for i in x.truth["issues"]][:2000]
    share = sum(i["decision"] == "Upheld" for i in items) / len(items)
    assert 0.85 <= share <= 0.95
    for x in letters(2000):
        surgery = None
        for i in x.truth["issues"]:
            if i["request"].startswith("Associated surgical service: "):
                assert surgery is not None
                if surgery == "Upheld":
                    assert i["decision"] == "Upheld"
            else:
                surgery = i["decision"] if i["category"] == "surgery" else surgery


def test_item_counts() -> None:
    counts = [len(x.truth["issues"]) for x in letters(2000)]
    assert min(counts) >= 1 and max(counts) <= 21
    assert any(c >= 10 for c in counts)
    assert Counter(min(c, 5) for c in counts).most_common(1)[0][0] == 1


def test_both_layouts() -> None:
    layouts = Counter(x.layout for x in letters(500))
    assert 0.1 < layouts["older"] / 500 < 0.3 and layouts["2016"] > 300
    for x in letters(500)[:100]:
        if x.layout == "2016":
            assert x.text.startswith(f"Case Number:") and x.case_number in x.text
            assert "State(s) of Licensure: " in x.text and "Certification(s)/Specialty: " in x.text
        else:
            assert "Case Number:" not in x.text and ":  Upheld" in x.text or ":  Overturned" in x.text
        pages = x.text.split("\f")
        assert pages[-1] == "" and max(len(p.splitlines()) for p in pages) <= 56
        assert max(len(line) for line in x.text.splitlines()) <= 101


def test_every_trap_appears_over_500_letters() -> None:
    found: Counter[str] = Counter()
    for x in letters(500):
        spans = heading_spans(x)
        for k, (start, end) in enumerate(spans):
            heading = x.text[start:end]
            found["heading wraps"] += "\n" in heading.replace("\f", "")
            found["form feed inside heading"] += "\f" in heading
            found["form feed before heading"] += k > 0 and x.text[:start].endswith("\f")
            found["form feed after heading"] += bool(re.match(r" ?\n\f", x.text[end:]))
            assert x.truth["issues"][k]["page"] == x.text[:start].count("\f") + 1
        found["label without blank line"] += bool(LABEL_AFTER_TEXT.search(x.text))
        found["Section(s) value wraps"] += bool(SECTION_WRAP.search(x.text))
    assert all(found[k] for k in ("heading wraps", "form feed inside heading", "form feed before heading",
                                  "form feed after heading", "label without blank line",
                                  "Section(s) value wraps")), found


def test_rationale_agrees_with_decision() -> None:
    items = [i for x in letters(2000) for i in x.truth["issues"]]
    for i in items:
        r = i["decision_rationale"]
        sentences = len(re.findall(r"[.!?](?: |$)", r))
        assert 3 <= sentences <= 11, r
        if i["decision"] == "Upheld":
            assert "not medically necessary" in r or "non-certified" in r, r
        else:
            assert "medically necessary" in r and "not medically necessary" not in r and "non-certified" not in r
        if not i["request"].startswith("Associated"):
            assert re.search(r"MTUS|ACOEM|ODG|Official Disability Guidelines", r), r
    assert len({i["decision_rationale"] for i in items}) > 0.95 * len(items)


def test_case_numbers_unique_and_well_formed() -> None:
    numbers = [x.case_number for x in letters(2000)]
    assert len(set(numbers)) == len(numbers)
    assert all(CASE.fullmatch(n) and n + ".txt" == x.file_name for n, x in zip(numbers, letters(2000)))


def test_committed_sample_matches_a_fresh_generation(tmp_path: Path) -> None:
    write_corpus(tmp_path, 60, seed=2016)
    fresh = sorted(p.name for p in tmp_path.iterdir())
    assert fresh == sorted(p.name for p in SAMPLE.iterdir()), "regenerate: write_corpus(Path('corpus/sample'), 60, seed=2016)"
    for name in fresh:
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name


def test_colon_traps_break_every_gap() -> None:
    traps = colon_traps()
    assert len(traps) == 3224 and len({t.name for t in traps}) == len(traps)
    assert [(t.name, t.text) for t in traps[:50]] == [(t.name, t.text) for t in colon_traps()[:50]]
    for request in COLON_REQUESTS:
        assert re.search(r"\w: \S", request)  # a colon inside the request, not only before the decision
    by_name = {t.name: t for t in traps}
    # "DOS:" is word 20 of 21: a line can end just after it, with each kind of break
    for kind, brk in BREAKS.items():
        trap = by_name[f"request 1, second item, {kind} after word 20"]
        assert f"DOS:{brk}11/11/2016: Upheld\n" in trap.text
    for trap in traps:
        assert trap.text.endswith("\n\f") and trap.text.count("\f") == 1 + (", page after" in trap.name)
        assert [item["page"] for item in trap.items] in ([1, 1], [1, 2])
        assert max(len(line) for line in trap.text.splitlines()) <= 97


# --- nothing copied from the real letters ------------------------------------------------------------
WINDOW = 60
FORM = (  # the letter format's own labels and headings, which every letter must carry
    "was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request,",
    "The Expert Reviewer has the following credentials: State(s) of Licensure:", "Certification(s)/Specialty:",
    "HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES",
    "The expert reviewer is Board Certified in", "and is licensed to practice in",
    "based their decision on recommendation(s) outside of the MTUS Guidelines.",
    "did not cite any medical evidence for its decision.", "Claims Administrator guideline:",
    "MAXIMUS guideline:", "Decision rationale:", ": Upheld", ": Overturned", "Case Number:", "Date Assigned:",
    "Date of Injury:", "Decision Date:", "UR Denial Date:", "Priority:", "Application", "Received:",
    "the request is not medically necessary.", "the request is medically necessary.",  # the decision formula
)


@cache
def real_windows() -> frozenset[str]:
    if shutil.which("pdftotext") is None or not REAL_PDFS.is_dir():
        pytest.skip("pdftotext or ../shared/corpus not available: cannot compare with the real letters")
    texts = [subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True,
                            check=True).stdout for p in sorted(REAL_PDFS.glob("*.pdf"))[:24]]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8", errors="replace"))
    out = set()
    for t in texts:
        t = norm(t)
        out.update(t[i:i + WINDOW] for i in range(len(t) - WINDOW + 1))
    return frozenset(out)


def copied_runs(text: str, allowed: list[str]) -> list[str]:
    text = norm(text)
    for phrase in sorted(set(allowed), key=len, reverse=True):
        text = text.replace(phrase, "\x00")
    real = real_windows()
    return [text[i:i + WINDOW] for i in range(len(text) - WINDOW + 1)
            if "\x00" not in text[i:i + WINDOW] and text[i:i + WINDOW] in real]


def test_nothing_copied_from_real_letters() -> None:
    rows = [json.loads(line) for line in (SAMPLE / "truth.jsonl").read_text().splitlines()]
    citations = [i[k] for r in rows for i in r["issues"] for k in ("claims_administrator_guideline",
                                                                   "maximus_guideline")]
    found = {r["file"]: copied_runs((SAMPLE / r["file"]).read_text(), citations + list(FORM)) for r in rows}
    titles = [k.mtus[1] for k in KINDS if k.mtus] + [k.odg for k in KINDS]
    for src in sorted((REPO / "corpus").glob("*.py")):
        found[src.name] = copied_runs(src.read_text(), titles + list(FORM))
    assert not {name: runs for name, runs in found.items() if runs}


def test_parser_reads_the_committed_sample_as_truth() -> None:
    parse = pytest.importorskip("indexer.parse", reason="indexer.parse not written yet")
    rows = [json.loads(line) for line in (SAMPLE / "truth.jsonl").read_text().splitlines()]
    assert len(rows) == 60 and {r["layout"] for r in rows} == {"2016", "older"}
    for row in rows:
        letter = parse.parse_file(SAMPLE / row["file"])
        got = [(i.request, i.decision, i.claims_administrator_guideline.raw, i.maximus_guideline.raw, i.rationale,
                i.pages[0]) for i in letter.items]
        want = [(i["request"], i["decision"], i["claims_administrator_guideline"], i["maximus_guideline"],
                 i["decision_rationale"], i["page"]) for i in row["issues"]]
        assert got == want, row["file"]
