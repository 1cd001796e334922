"""The questions: templates filled at random (most are unique, so the query-embedding cache rarely hits)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

TEMPLATES = [
    "Why was the {region} MRI denied?",
    "was an MRI of the {region} spine approved for a {age} year old {sex}?",
    "Physical therapy for the {region} upheld, {n} sessions",
    "Why was Norco {dose} mg denied for chronic {region} pain?",
    "Norco hydrocodone denied {age} year old {sex} injured {date}",
    "What was decided about the {treatment} in case {case}?",
    "Why was the request in {case} upheld?",
    "{age} year old {sex} with {region} pain after a fall at work, injured on {date}: was {treatment} approved?",
    "acupuncture {n} visits for the {region} overturned",
    "epidural steroid injection at L4-5 denied for radiculopathy, patient aged {age}",
    "Why are lumbar MRI requests denied?",
    "Was cyclobenzaprine (Flexeril) upheld for muscle spasm of the {region}?",
    "TENS unit denied for {region} pain, {sex}, {age} years old",
    "chiropractic care {n} sessions {region} - why was it not medically necessary?",
]
REGIONS = ["lumbar", "cervical", "shoulder", "knee", "thoracic", "wrist", "hip", "ankle"]
TREATMENTS = ["MRI", "physical therapy", "Norco", "acupuncture", "epidural injection", "TENS unit",
              "surgery", "urine drug screen", "chiropractic treatment", "tramadol"]


def questions(n: int, cases: list[str], seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append(rng.choice(TEMPLATES).format(
            region=rng.choice(REGIONS), age=rng.randint(19, 72), sex=rng.choice(("male", "female")),
            n=rng.choice((6, 8, 12, 18, 24)), dose=rng.choice((5, 7.5, 10)), treatment=rng.choice(TREATMENTS),
            case=rng.choice(cases), date=f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(10, 15)}",
        ))
    return out


def sample_cases(db: Path, n: int, seed: int) -> list[str]:
    """`n` case numbers of the bench index at `db`, drawn with `seed` (read-only)."""
    con = sqlite3.connect(f"file:{db / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        cases = [r[0] for r in con.execute("SELECT case_number FROM letters")]
    finally:
        con.close()
    return random.Random(seed).sample(cases, min(n, len(cases)))
