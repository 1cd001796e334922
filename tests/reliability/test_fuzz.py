"""Hostile letters through read_letter + parse_letter + chunk_letter: a ParseError naming the file,
or a parsed letter; never another exception, never a hang."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.chunk import chunk_letter
from indexer.errors import ParseError
from indexer.parse import parse_letter
from indexer.pdf import read_letter
from indexer.tokens import wordpieces

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PDFS = SHARED / "corpus" / "dwc-imr-2016-2017" / "pdf"
SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"
DEADLINE_S = 20  # per case, wall clock (a hang fails the case, it does not stall the suite)
RAN = {"cases": 0, "parsed": 0, "parse_errors": 0}


def real_lines() -> list[str]:
    """Lines of a few real letters (the shared corpus, else the bundled sample)."""
    if PDFS.exists():
        texts = [read_letter(p).text for p in sorted(PDFS.glob("*.pdf"))[:4]]
    else:
        texts = [p.read_text() for p in sorted(SAMPLE.glob("*.txt"))[:4]]
    return [line for text in texts for line in text.split("\n")]


LINES = real_lines()
COUNT = wordpieces()


class Hang(Exception):
    pass


def _alarm(_signum, _frame):
    raise Hang("a case ran past its deadline")


def run_case(path: Path, deadline: int = DEADLINE_S) -> None:
    """The pipeline's front half on one file, under a wall-clock deadline."""
    RAN["cases"] += 1
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(deadline)
    try:
        letter = parse_letter(read_letter(path))
        chunks = chunk_letter(letter, COUNT)
        assert chunks and all(c.case_number == letter.case_number for c in chunks)
        RAN["parsed"] += 1
    except ParseError as exc:
        RAN["parse_errors"] += 1
        message = str(exc)
        assert message.startswith(str(path)), message
        assert "\n" not in message.strip() and "Traceback" not in message
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


SETTINGS = settings(derandomize=True, deadline=None, database=None, max_examples=60,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])


@SETTINGS
@given(text=st.text(max_size=3000))
def test_random_text(tmp_path, text):
    run_case(write(tmp_path, "random.txt", text.encode("utf-8", "surrogatepass")))


@SETTINGS
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(0, 600), cut=st.integers(0, 40000),
       how=st.sampled_from(["truncate", "shuffle", "drop", "duplicate"]))
def test_truncated_and_shuffled_real_letters(tmp_path, seed, n, cut, how):
    rng = random.Random(seed)
    start = rng.randrange(max(1, len(LINES) - n))
    lines = LINES[start : start + n] if how != "truncate" else LINES[:n]
    if how == "shuffle":
        rng.shuffle(lines)
    elif how == "drop":
        lines = [line for line in lines if rng.random() > 0.3]
    elif how == "duplicate":
        lines = lines + lines
    text = "\n".join(lines)
    if how == "truncate":
        text = text[:cut]
    run_case(write(tmp_path, "mangled.txt", text.encode()))


@SETTINGS
@given(lines=st.lists(st.sampled_from(LINES), max_size=200),
       encoding=st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "utf-8-sig"]))
def test_odd_encodings(tmp_path, lines, encoding):
    text = "\n".join(lines) + " café naïve résumé"
    run_case(write(tmp_path, "encoded.txt", text.encode(encoding, "replace")))


@SETTINGS
@given(lines=st.lists(st.sampled_from(LINES), min_size=1, max_size=300), every=st.integers(1, 50),
       junk=st.binary(min_size=1, max_size=8))
def test_nul_bytes_and_binary_junk(tmp_path, lines, every, junk):
    data = "\n".join(lines).encode()
    mixed = b"".join(data[i : i + every] + (b"\x00" if i % 2 else junk) for i in range(0, len(data), every))
    run_case(write(tmp_path, "nul.txt", mixed))


@pytest.mark.parametrize("name,make", [
    ("one-huge-line.txt", lambda: b"x" * (1024 * 1024)),
    ("huge-line-in-letter.txt", lambda: "\n".join(LINES[:200]).encode() + b"\n" + b"Upheld: " * 140_000),
    ("twenty-mb-of-letters.txt",
     lambda: ("\n".join(LINES) + "\n").encode() * (20 * 1024 * 1024 // len("\n".join(LINES)) + 1)),
    ("twenty-mb-of-words.txt", lambda: b"MRI Upheld guideline: a \f lumbar " * 700_000),
    ("twenty-mb-one-line.txt", lambda: b"Decision rationale: " * 1_100_000),
    ("twenty-mb-binary.txt", lambda: random.Random(1).randbytes(20 * 1024 * 1024)),
    ("form-feeds.txt", lambda: b"\f" * 2_000_000),
    ("only-labels.txt", lambda: b"IMR ISSUES, DECISIONS AND RATIONALES\n" + b"X: Upheld\nDecision rationale:\n" * 50_000),
    ("not-a-pdf.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 100),
    ("truncated.pdf", lambda: sorted(PDFS.glob("*.pdf"))[0].read_bytes()[:5000] if PDFS.exists() else b"%PDF-1.4\n"),
    ("empty.txt", lambda: b""),
])
def test_large_and_broken_files(tmp_path, name, make):
    run_case(write(tmp_path, name, make()), deadline=8)


def test_fuzz_case_count():
    print(f"fuzz cases: {RAN}")
    assert RAN["cases"] >= 200, RAN
