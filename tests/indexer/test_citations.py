"""rationale_citations: guideline names and pages cited in a rationale, with spans in the letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.citations import rationale_citations
from indexer.model import CitationPart, TextCitation
from indexer.prepare import load_letter


def _cited(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(text[c.span[0] : c.span[1]], c.family, c.name, c.pages) for c in rationale_citations(text, 0, len(text))]


def test_names_pages_and_families() -> None:
    text = (
        "As noted on page 82 of the MTUS Chronic Pain Medical Treatment Guidelines (July 28, 2016), one set is "
        "recommended. The MTUS Guideline in ACOEM Chapter 12, Table 12-8, page 309 says no. Per ODG's Low Back "
        "Chapter, MRI is for red flags; see also pp. 300, 309. Per UpToDate, it is used for ED."
    )
    assert _cited(text) == [
        ("page 82 of the MTUS Chronic Pain Medical Treatment Guidelines (July 28, 2016)", "MTUS",
         "MTUS Chronic Pain Medical Treatment Guidelines", ("82",)),
        ("MTUS Guideline in ACOEM Chapter 12, Table 12-8, page 309", "MTUS",
         "MTUS Guideline in ACOEM Chapter 12, Table 12-8", ("309",)),
        ("ODG's Low Back Chapter", "ODG", "ODG's Low Back Chapter", ()),
        ("pp. 300, 309", "", "", ("300", "309")),
        ("UpToDate", "other", "UpToDate", ()),
    ]  # fmt: skip


def test_spans_index_the_letter_text_across_line_and_page_breaks() -> None:
    letter = "HEADER\nDecision rationale: Per the California MTUS\n2016 Chronic Pain\fGuidelines, no."
    start = letter.index("Per")
    (c,) = rationale_citations(letter, start, len(letter))
    assert c == TextCitation(
        span=(letter.index("California"), letter.index(", no.")),
        family="MTUS",
        name="California MTUS 2016 Chronic Pain Guidelines",
    )
    assert rationale_citations(letter, 0, start) == ()  # only the given span is read


def test_family_rule_in_text() -> None:
    text = (
        "The ACOEM/MTUS Guidelines do not address it. The Third Edition ACOEM Guidelines Low Back Disorders Chapter "
        "notes on page 607 that it is not recommended. MTUS relies upon ACOEM 2004 Lower Back Disorders Chapter. The "
        "Official Disability Guidelines (ODG), Neck and Upper Back section recommends it, and the Chronic Pain Medical "
        "Treatment Guidelines 2016 agree, as defined in Section 9792.20(ef)."
    )
    assert [(t, f) for t, f, _, _ in _cited(text)] == [
        ("ACOEM/MTUS Guidelines", "MTUS"),
        ("Third Edition ACOEM Guidelines Low Back Disorders Chapter notes on page 607", "ACOEM"),
        ("MTUS", "MTUS"),
        ("ACOEM 2004 Lower Back Disorders Chapter", "MTUS"),
        ("Official Disability Guidelines (ODG), Neck and Upper Back section", "ODG"),
        ("Chronic Pain Medical Treatment Guidelines 2016", "MTUS"),
        ("Section 9792.20(ef)", "MTUS"),
    ]


def test_what_is_not_a_citation() -> None:
    text = (
        "Non MTUS guidelines were also used. The guidelines recommend 8 visits. (Fritz, 2007) (CMS, 2014) "
        "A professional certified by the Centers for Medicare and Medicaid. Page 2 of the QME report is blank."
    )
    assert _cited(text) == []


def test_several_names_in_one_sentence_stay_apart() -> None:
    text = "According to the MTUS Chronic Pain and ODG Pain guidelines, and the California MTUS and ACOEM Guidelines."
    assert [(t, f) for t, f, _, _ in _cited(text)] == [
        ("MTUS Chronic Pain", "MTUS"),
        ("ODG Pain guidelines", "ODG"),
        ("California MTUS", "MTUS"),
        ("ACOEM Guidelines", "ACOEM"),
    ]


def test_seed_letter() -> None:
    seed = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_95e1945bc69d4d51.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds not found: the seed test needs the shared folder beside the checkout")
    letter = load_letter(seed)
    first, second = letter.items
    assert first.maximus_guideline.parts == (
        CitationPart(family="MTUS", name="MTUS Chronic Pain Treatment Guidelines",
                     chapter="Chronic Pain Medical Treatment", sections=("Physical Medicine",), pages=("98-99",)),
    )  # fmt: skip
    cited = [[(" ".join(letter.text[c.span[0] : c.span[1]].split()), c.family) for c in i.citations] for i in letter.items]
    assert cited == [
        [("California MTUS Guidelines", "MTUS")],
        [("California MTUS/ACOEM Guidelines", "MTUS"), ("California MTUS Guidelines/ACOEM Guidelines", "MTUS")],
    ]
    assert second.title == "MRI FOR THE C/S AND L/S"
    assert second.treatments == ("mri", "imaging", "tests")
