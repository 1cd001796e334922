"""parse_letter: every real letter against the checked reference, the seed, traps, non-letters."""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from corpus.traps import COLON_REQUESTS, colon_traps
from indexer.errors import ParseError
from indexer.guideline import parse_guideline
from indexer.model import CitationPart, Guideline, Letter, LetterText
from indexer.parse import parse_file, parse_letter
from indexer.pdf import join_pages, read_letter

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL = SHARED / "corpus" / "dwc-imr-2016-2017"
REFERENCE = REAL / "reference.jsonl"
SEED = SHARED / "seeds" / "000_95e1945bc69d4d51.txt"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"
PDFTOTEXT = shutil.which("pdftotext")
NO_PDFTOTEXT = "pdftotext not installed (Debian poppler-utils; .ci/test-deps installs it): the .txt path is tested on its output"

# Where reference.jsonl disagrees with the letter itself (checked by eye against the PDF).
REFERENCE_ERRORS = {
    # "Certification(s)/Specialty:" wraps onto a second line; the reference kept only the first.
    ("CM17-0008519", "reviewer_specialty"): (
        "Physical Medicine & Rehabilitation, Pain Management, Occupational Medicine"
    ),
    ("CM17-0010885", "reviewer_specialty"): (
        "Preventive Medicine, Occupational Medicine, Public Health & General Preventive Medicine"
    ),
    ("CM17-0012517", "reviewer_specialty"): (
        "Preventive Medicine, Occupational Medicine, Public Health & General Preventive Medicine"
    ),
    # "The injured worker is a female who sustained an industrial injury": no age, but a sex.
    ("CM16-0249170", "sex"): "female",
}


def _references() -> list[dict]:
    if not REFERENCE.exists():
        return []
    return [json.loads(line) for line in REFERENCE.read_text().splitlines() if line.strip()]


REFERENCES = _references()


@functools.lru_cache(maxsize=None)
def _read(path: str) -> LetterText:
    return read_letter(Path(path))


@pytest.fixture(scope="module")
def pdftotext_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdftotext")


def _letter_text(ref: dict, source: str, pdftotext_dir: Path) -> LetterText:
    """The letter read from its PDF, or from the `.txt` that `pdftotext -layout` makes of it."""
    pdf = REAL / ref["pdf"]
    if source == "pdf":
        return _read(str(pdf))
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    txt = pdftotext_dir / f"{ref['case_number']}.txt"
    if not txt.exists():
        subprocess.run([PDFTOTEXT, "-layout", str(pdf), str(txt)], check=True, timeout=60)
    return read_letter(txt)


def _iso(date: str | None) -> str | None:
    if date is None:
        return None
    month, day, year = date.split("/")
    return f"{year}-{month}-{day}"


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def need_shared() -> None:
    if not REFERENCE.exists():
        pytest.skip(SKIP)


def test_reference_present_or_skipped() -> None:
    if not REFERENCE.exists():
        pytest.skip(SKIP)
    assert len(REFERENCES) == 74
    assert sum(len(ref["issues"]) for ref in REFERENCES) == 140


@pytest.mark.parametrize("source", ["pdf", "pdftotext"])
@pytest.mark.parametrize("ref", REFERENCES, ids=[ref["case_number"] for ref in REFERENCES])
def test_real_letter_matches_reference(ref: dict, source: str, pdftotext_dir: Path) -> None:
    """Every reference field, from our PDF reader and from a `pdftotext -layout` .txt."""
    letter = parse_letter(_letter_text(ref, source, pdftotext_dir))
    case = ref["case_number"]

    def expected(field: str, value: object) -> object:
        return REFERENCE_ERRORS.get((case, field), value)

    assert letter.case_number == case
    assert letter.layout == "2016"
    for field in ("date_assigned", "date_of_injury", "decision_date", "ur_denial_date"):
        assert getattr(letter, field) == _iso(ref[field]), field
    for field in ("priority", "reviewer_licensure", "reviewer_specialty", "age", "sex"):
        assert getattr(letter, field) == expected(field, ref[field]), field
    assert [item.request for item in letter.items] == [issue["request"] for issue in ref["issues"]]
    for item, issue in zip(letter.items, ref["issues"], strict=True):
        assert item.decision == issue["decision"]
        assert item.claims_administrator_guideline.raw == issue["claims_administrator_guideline"]
        assert item.maximus_guideline.raw == issue["maximus_guideline"]
        assert item.rationale == _norm(issue["decision_rationale"])
        assert item.pages[0] == issue["page"]
        start, end = item.rationale_span
        assert _norm(letter.text[start:end]) == item.rationale
        assert letter.text[item.heading_span[0] : item.heading_span[1]].endswith(item.decision)
        assert letter.text[item.span[0] : item.span[1]].startswith(letter.text[slice(*item.heading_span)])
    assert [item.index for item in letter.items] == list(range(1, len(ref["issues"]) + 1))


def test_real_letter_header_and_spans(need_shared: None) -> None:
    letter = parse_file(REAL / "pdf" / "CM16-0219557.pdf")
    assert letter.application_received == "2016-11-14"
    assert letter.priority == "Standard"
    # plain PDF text: the header's right column follows the left with one space, or on its own lines
    assert letter.text[slice(*letter.header_span)] == (
        "Case Number: CM16-0219557\n"
        "Date Assigned: 11/18/2016 Date of Injury: 10/10/2016\n"
        "Decision Date: 12/19/2016 UR Denial Date: 11/09/2016\n"
        "Priority: Standard Application\n"
        "Received:\n"
        "11/14/2016"
    )
    assert letter.text[slice(*letter.reviewer_span)].startswith("HOW THE IMR FINAL DETERMINATION WAS MADE\n")
    assert letter.text[slice(*letter.reviewer_span)].endswith(
        "Certification(s)/Specialty: Preventive Medicine, Occupational Medicine"
    )
    assert letter.summary.startswith("The applicant is a 34-year-old male who has filed a claim")
    assert letter.summary.endswith(
        "Both epidural and facet injections were proposed while the patient was seemingly kept off of work."
    )
    assert _norm(letter.text[slice(*letter.summary_span)]) == letter.summary
    (item,) = letter.items
    assert item.pages == (2,)
    assert item.maximus_guideline == Guideline(
        raw=(
            "Decision based on MTUS Low Back Complaints 2004, Section(s): Summary, and Chronic Pain Medical "
            "Treatment 2016, Section(s): Facet blocks. Decision based on Non-MTUS Citation ACOEM Occupational "
            "Medicine Practice Guidelines, 3rd ed., Low Back Disorders, pg. 607."
        ),
        parts=(
            CitationPart(
                family="MTUS",
                name="MTUS Low Back Complaints 2004",
                chapter="Low Back Complaints",
                year="2004",
                sections=("Summary",),
            ),
            CitationPart(
                family="MTUS",
                name="MTUS Chronic Pain Medical Treatment 2016",
                chapter="Chronic Pain Medical Treatment",
                year="2016",
                sections=("Facet blocks",),
            ),
            CitationPart(
                family="ACOEM",
                name="ACOEM Occupational Medicine Practice Guidelines, 3rd ed.",
                chapter="Low Back Disorders",
                pages=("607",),
            ),
        ),
        source="MTUS Low Back Complaints 2004",
        sources=(
            "MTUS Low Back Complaints 2004",
            "MTUS Chronic Pain Medical Treatment 2016",
            "ACOEM Occupational Medicine Practice Guidelines, 3rd ed.",
        ),
        sections=("Summary", "Facet blocks"),
        pages=("607",),
        outside_mtus=True,
    )


def _fields(letter: Letter) -> tuple:
    """Everything parsed from a letter but its text and offsets."""
    header = tuple(getattr(letter, f) for f in ("case_number", "date_assigned", "date_of_injury", "decision_date",
                                                  "ur_denial_date", "priority", "application_received",
                                                  "reviewer_licensure", "reviewer_specialty", "age", "sex",
                                                  "summary", "layout"))
    items = tuple((i.index, i.request, i.decision, i.claims_administrator_guideline, i.maximus_guideline,
                   i.rationale, i.pages) for i in letter.items)
    return header, items


def test_pdf_reader_and_pdftotext_parse_the_same(need_shared: None, pdftotext_dir: Path) -> None:
    """Plain PDF text (PDFium) and layout text (pdftotext) of each letter: every parsed field equal."""
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    for ref in REFERENCES:
        from_pdf = _fields(parse_letter(_letter_text(ref, "pdf", pdftotext_dir)))
        assert from_pdf == _fields(parse_letter(_letter_text(ref, "pdftotext", pdftotext_dir))), ref["case_number"]


def test_real_letters_as_txt_parse_the_same(need_shared: None, tmp_path: Path) -> None:
    """The text our reader makes, written as a pdftotext-style .txt (form feeds), parses the same."""
    for ref in REFERENCES:
        from_pdf = parse_letter(_read(str(REAL / ref["pdf"])))
        path = tmp_path / f"{ref['case_number']}.txt"
        path.write_text(from_pdf.text + "\f", encoding="utf-8")
        from_txt = parse_file(path)
        assert from_txt.page_starts == from_pdf.page_starts
        assert from_txt.items == from_pdf.items
        assert (from_txt.case_number, from_txt.age, from_txt.sex, from_txt.decision_date) == (
            from_pdf.case_number,
            from_pdf.age,
            from_pdf.sex,
            from_pdf.decision_date,
        )


def test_real_letter_with_page_break_moved_into_heading(need_shared: None) -> None:
    """Move a page break into the middle of a wrapped heading: same request, heading page first."""
    lt = _read(str(REAL / "pdf" / "CM17-0013754.pdf"))
    text = lt.text.replace("(12 sessions) was\nthe original request.", "(12 sessions) was\fthe original request.")
    assert text != lt.text
    letter = parse_letter(join_pages("moved.txt", text.split("\f")))
    (item,) = letter.items
    assert item.request == (
        "Physical therapy evaluation and treatment 3 times a week for 4 weeks (12 sessions) was the original "
        "request. Physical therapy for 10 sessions was authorized by the Claims Administrator. The remaining "
        "IMR eligible portion of the original request, 2 sessions of physical therapy is"
    )
    assert item.pages[:2] == (2, 3)


def test_seed_older_layout(need_shared: None) -> None:
    letter = parse_file(SEED)
    assert letter.layout == "older"
    assert letter.case_number == "000_95e1945bc69d4d51"
    assert (letter.age, letter.sex) == (57, "male")
    assert letter.reviewer_licensure == "Illinois"
    assert letter.reviewer_specialty == "Physical Medicine and Rehabilitation"
    assert letter.decision_date is None and letter.header_span == (0, 0)
    assert [(item.request, item.decision) for item in letter.items] == [
        ("PT 2X4 FOR THE L/S", "Upheld"),
        ("MRI FOR THE C/S AND L/S", "Upheld"),
    ]
    first, second = letter.items
    assert first.claims_administrator_guideline == Guideline(
        raw="Decision based on MTUS Chronic Pain Treatment Guidelines PHYSICAL MEDICINE Page(s): 98-99.",
        parts=(
            CitationPart(
                family="MTUS",
                name="MTUS Chronic Pain Treatment Guidelines",
                chapter="Chronic Pain Medical Treatment",
                sections=("PHYSICAL MEDICINE",),
                pages=("98-99",),
            ),
        ),
        source="MTUS Chronic Pain Treatment Guidelines",
        sources=("MTUS Chronic Pain Treatment Guidelines",),
        sections=("PHYSICAL MEDICINE",),
        pages=("98-99",),
    )
    assert first.maximus_guideline.pages == ("98-99",)
    assert second.claims_administrator_guideline.pages == ("177-179",)
    assert second.maximus_guideline.pages == ("177-179", "303-305")  # in the order of the parts
    assert second.maximus_guideline.sources == (
        "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints",
        "MTUS ACOEM Chapter 12 Low Back Complaints",
    )
    # One shared "Page(s):" list; each chapter gets the pages of the book it spans.
    assert [(p.chapter, p.pages) for p in second.maximus_guideline.parts] == [
        ("Neck and Upper Back Complaints", ("177-179",)),
        ("Low Back Complaints", ("303-305",)),
    ]
    assert first.rationale.startswith("The request for physical therapy 2x4 for the lumbar spine is non-certified.")
    assert second.rationale.endswith("Therefore, this request is not medically necessary.")
    assert letter.text[slice(*first.heading_span)] == "PT 2X4 FOR THE L/S:  Upheld"


TRAPS = (
    "Case Number:          CM16-0000001\n"
    "Date Assigned:        01/02/2017                      Date of Injury:      3-4-2015\n"
    "Decision Date:        02/03/2017                      UR Denial Date:      01/01/2017\n"
    "Priority:             Expedited                       Application          01/05/2017\n"
    "                                                      Received:\n"
    "\n"
    "                 HOW THE IMR FINAL DETERMINATION WAS MADE\n"
    "The Expert Reviewer has the following credentials:\n"
    "State(s) of Licensure: California\n"
    "Certification(s)/Specialty: Orthopedic Surgery\n"
    "\n"
    "                                CLINICAL CASE SUMMARY\n"
    "The expert reviewer developed the following clinical case summary based on a review of the\n"
    "case file, including all medical records:\n"
    "\n"
    "The injured worker is a 44 -year-old woman with knee pain.\n"
    "\f                      IMR ISSUES, DECISIONS AND RATIONALES\n"
    "The Final Determination was based on decisions for the disputed items/services set forth below:\n"
    "\n"
    "Physical therapy 2 times a week for 6 weeks for the\n"
    "\f"
    "lumbar spine: Upheld\n"
    "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,\n"
    "Section(s): Physical medicine\n"
    "treatment.\n"
    "MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.\n"
    "Decision rationale: The prior reviewer wrote: Upheld. A note of 1/2/17 says the knee result was\n"
    "Overturned: not relevant here. Therefore, the request is not medically necessary.\n"
    "\f"
    "MRI of the right knee: Overturned\n"
    "\f"
    "Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Special\n"
    "Studies, Surgical\n"
    "Considerations.\n"
    "\n"
    "MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside of the\n"
    "MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee &\n"
    "Leg, MRI's (magnetic resonance imaging).\n"
    "Decision rationale: The request for the MRI: Upheld by the guideline when the knee\n"
    "exam is equivocal. The request is medically necessary.\n"
)


def test_traps() -> None:
    lt = join_pages("traps.txt", TRAPS.split("\f"))
    letter = parse_letter(lt)
    assert letter.case_number == "CM16-0000001"
    assert (letter.date_assigned, letter.date_of_injury, letter.decision_date) == (
        "2017-01-02",
        "2015-03-04",
        "2017-02-03",
    )
    assert (letter.ur_denial_date, letter.application_received, letter.priority) == (
        "2017-01-01",
        "2017-01-05",
        "Expedited",
    )
    assert (letter.reviewer_licensure, letter.reviewer_specialty) == ("California", "Orthopedic Surgery")
    assert (letter.age, letter.sex) == (44, "female")
    assert letter.summary == "The injured worker is a 44 -year-old woman with knee pain."
    first, second = letter.items
    assert first.request == "Physical therapy 2 times a week for 6 weeks for the lumbar spine"
    assert first.decision == "Upheld"
    assert first.pages == (2, 3)
    assert first.claims_administrator_guideline == Guideline(
        raw=(
            "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment."
        ),
        parts=(
            CitationPart(
                family="MTUS",
                name="MTUS Chronic Pain Medical Treatment 2016",
                chapter="Chronic Pain Medical Treatment",
                year="2016",
                sections=("Physical medicine treatment",),
            ),
        ),
        source="MTUS Chronic Pain Medical Treatment 2016",
        sources=("MTUS Chronic Pain Medical Treatment 2016",),
        sections=("Physical medicine treatment",),
    )
    assert first.maximus_guideline == Guideline(
        raw="The Expert Reviewer did not cite any medical evidence for its decision.", no_evidence=True
    )
    assert first.rationale == (
        "The prior reviewer wrote: Upheld. A note of 1/2/17 says the knee result was Overturned: not relevant "
        "here. Therefore, the request is not medically necessary."
    )
    assert letter.text[slice(*first.rationale_span)].endswith("not medically necessary.")
    assert second.request == "MRI of the right knee"
    assert second.decision == "Overturned"
    assert second.pages == (4, 5)
    assert letter.text[slice(*second.heading_span)] == "MRI of the right knee: Overturned"
    assert second.claims_administrator_guideline.sections == ("Special Studies", "Surgical Considerations")
    assert second.maximus_guideline.source == "Official Disability Guidelines (ODG)"
    assert second.maximus_guideline.parts == (
        CitationPart(
            family="ODG",
            name="Official Disability Guidelines (ODG)",
            chapter="Knee & Leg",
            topic="MRI's (magnetic resonance imaging)",
        ),
    )
    assert second.maximus_guideline.outside_mtus is True
    assert second.rationale == (
        "The request for the MRI: Upheld by the guideline when the knee exam is equivocal. "
        "The request is medically necessary."
    )
    block = letter.text[second.span[0] : second.span[1]]
    assert block.startswith("MRI of the right knee: Overturned\fClaims Administrator guideline:")
    assert block.endswith("The request is medically necessary.")


def _item_block(n: int) -> str:
    return (
        f"Item number {n} for the lumbar spine: {'Upheld' if n % 3 else 'Overturned'}\n"
        "Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.\n"
        "MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.\n"
        f"Decision rationale: Reason {n}: see the notes. The request is not medically necessary.\n"
    )


def test_twenty_one_items() -> None:
    body = "".join(_item_block(n) + ("\f" if n % 4 == 0 else "") for n in range(1, 22))
    text = "IMR ISSUES, DECISIONS AND RATIONALES\nset forth below:\n\n" + body
    letter = parse_letter(join_pages("many.txt", text.split("\f")))
    expected = [f"Item number {n} for the lumbar spine" for n in range(1, 22)]
    assert [item.request for item in letter.items] == expected
    assert [item.decision for item in letter.items].count("Overturned") == 7
    assert letter.items[20].rationale == "Reason 21: see the notes. The request is not medically necessary."
    assert letter.items[4].pages == (2,)


def test_modified_request_heading() -> None:
    text = (
        "IMR ISSUES, DECISIONS AND RATIONALES\n"
        "The Final Determination was based on decisions for the disputed items/services set forth below:\n"
        "\n"
        "Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was\n"
        "authorized by the Claims Administrator. The remaining IMR eligible portion of the\n"
        "\n"
        "original request, Cyclobenzaprine 7.5mg #27 is: Upheld\n"
        "\n"
        "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\n"
        "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI\n"
        "symptoms & cardiovascular risk, Muscle relaxants (for pain), Ultrasound, therapeutic.\n"
        "Decision rationale: Not indicated.\n"
    )
    (item,) = parse_letter(join_pages("mod.txt", [text])).items
    assert item.request == (
        "Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was authorized by the "
        "Claims Administrator. The remaining IMR eligible portion of the original request, Cyclobenzaprine "
        "7.5mg #27 is"
    )
    assert item.maximus_guideline.sections == (
        "NSAIDs, GI symptoms & cardiovascular risk",
        "Muscle relaxants (for pain)",
        "Ultrasound, therapeutic",
    )


ISSUE_EXAMPLE = (
    "IMR ISSUES, DECISIONS AND RATIONALES\n"
    "The Final Determination was based on decisions for the disputed items/services set forth below:\n"
    "\n"
    "Voltaren 1% gel, 100 grams: Upheld\n"
    "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\n"
    "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\n"
    "Decision rationale: The gel was used for months with no record of benefit. Therefore, the\n"
    "request is not medically necessary.\n"
    "Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS:\n"
    "11/11/2016: Upheld\n"
    "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\n"
    "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\n"
    "Decision rationale: Lidoderm is for localized neuropathic pain after a first-line trial.\n"
)


@pytest.mark.parametrize("page_break", [False, True])
def test_request_with_colon_wrapped_before_its_decision(page_break: bool) -> None:
    """The issue's case: "..., DOS:" ends a line, then "11/11/2016: Upheld"."""
    text = ISSUE_EXAMPLE.replace("DOS:\n", "DOS:\f") if page_break else ISSUE_EXAMPLE
    voltaren, lidoderm = parse_letter(join_pages("dos.txt", text.split("\f"))).items
    assert voltaren.rationale == "The gel was used for months with no record of benefit. Therefore, the request is not medically necessary."
    assert lidoderm.request == (
        "Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS: 11/11/2016"
    )
    assert lidoderm.decision == "Upheld"
    assert lidoderm.pages == ((1, 2) if page_break else (1,))
    assert lidoderm.rationale == "Lidoderm is for localized neuropathic pain after a first-line trial."


def _trap_parse(trap) -> tuple[dict, ...]:
    pages = trap.text.split("\f")[:-1]  # the text ends with a form feed, as pdftotext's does
    letter = parse_letter(join_pages("trap.txt", pages))
    return tuple({"request": i.request, "decision": i.decision, "rationale": i.rationale, "page": i.pages[0],
                  "claims_administrator_guideline": i.claims_administrator_guideline.raw,
                  "maximus_guideline": i.maximus_guideline.raw} for i in letter.items)


TRAPS_BY_REQUEST = {request: [t for t in colon_traps() if t.name.startswith(f"request {n + 1},")]
                    for n, request in enumerate(COLON_REQUESTS)}


@pytest.mark.parametrize("request_text", COLON_REQUESTS, ids=[f"request-{n + 1}" for n in range(len(COLON_REQUESTS))])
def test_colon_requests_wrapped_at_every_gap(request_text: str) -> None:
    """Each colon-bearing request, first or second item, its heading broken at every word gap (a line
    break, a blank line, a page break) and at every pair of gaps: both items read exactly."""
    traps = TRAPS_BY_REQUEST[request_text]
    words = len(request_text.split())
    assert len(traps) == 2 * (3 * words + words * (words - 1) // 2)  # every gap, including before the decision
    wrong = [trap.name for trap in traps if _trap_parse(trap) != trap.items]
    assert wrong == []


def test_colon_trap_spelled_out() -> None:
    """One trap read in full: the page breaks just after "DOS:", the plain item comes first."""
    (trap,) = [t for t in colon_traps() if t.name == "request 1, second item, page after word 20"]
    assert "#30 with 1 refill,\nDOS:\f11/11/2016: Upheld\n" in trap.text
    plain, colon = _trap_parse(trap)
    assert (plain["request"], plain["decision"], plain["page"]) == (
        "Topical diclofenac gel 1%, 100 grams, for the left knee", "Upheld", 1)
    assert plain["rationale"].endswith("so the request is medically necessary")
    assert (colon["request"], colon["decision"], colon["page"]) == (
        "Lidocaine 5% patch, apply 12 hours on and 12 hours off to the painful area, #30 with 1 refill, "
        "DOS: 11/11/2016", "Upheld", 1)
    assert colon["rationale"].startswith("The notes describe aching pain")


def test_guideline_variants() -> None:
    outside = parse_guideline(
        "The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. "
        "Decision based on Non-MTUS Citation ODG Hip & Pelvis."
    )
    assert (outside.source, outside.outside_mtus, outside.no_evidence) == (
        "Official Disability Guidelines (ODG)",
        True,
        False,
    )
    several = parse_guideline(
        "Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, "
        "Wrist, and Hand Complaints 2004, Section(s): Diagnostic Criteria."
    )
    assert several.sources == (
        "MTUS Neck and Upper Back Complaints 2004",
        "MTUS Forearm, Wrist, and Hand Complaints 2004",
    )
    assert several.sections == ("Special Studies", "Diagnostic Criteria")
    assert parse_guideline("Decision based on MTUS ACOEM, pg. 607 and pages 46-47.").pages == ("607", "46-47")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: file is empty"),
        ("junk.pdf", bytes(range(256)) * 8, "junk.pdf: not a readable PDF"),
        ("prose.txt", b"The quick brown fox.\nNothing: Upheld here.\n", "prose.txt: not an IMR"),
        ("letter.docx", b"PK\x03\x04 not really", "letter.docx: unsupported file type"),
        (
            "noitems.txt",
            b"IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on nothing.\n",
            "noitems.txt: no disputed items found",
        ),
    ],
)
def test_non_letters(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParseError, match=message):
        parse_file(path)


def test_letter_type_is_returned() -> None:
    letter = parse_letter(join_pages("one.txt", ["IMR ISSUES, DECISIONS AND RATIONALES\n\n" + _item_block(1)]))
    assert isinstance(letter, Letter)
    assert letter.case_number == "one"
    assert letter.items[0].heading_span == (38, 80)
