"""Hand-written rules behind the collection gold (eval/collection.jsonl), over the reference parse.

Written by reading all 140 requests and both guideline lines of every item of the 74 dev letters.
They are independent of the system's own tables (indexer/taxonomy.py is not imported) so that the
gold does not share the system's mistakes. Matching is case-insensitive on the request text (the
item heading) unless a rule says otherwise; the guideline rules read the MAXIMUS (IMR reviewer's)
guideline line, not the claims administrator's, unless they say so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import msgspec

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "reference.jsonl"

# Corrections to reference.jsonl, each checked against the letter's own text.
# CM16-0249170: the summary says "The injured worker is a female"; the reference has no sex.
SEX_FIXES = {"CM16-0249170": "female"}
# Specialty lists that wrap onto a second line in the letter were cut at the wrap in the reference.
SPECIALTY_FIXES = {"Occupational": "Occupational Medicine", "Public Health &": "Public Health & General Preventive Medicine"}


class RefItem(msgspec.Struct, frozen=True, kw_only=True):
    case: str
    request: str
    decision: str  # "Upheld" | "Overturned"
    ca_guideline: str
    guideline: str  # the MAXIMUS guideline line
    month: str  # decision month, "YYYY-MM"
    priority: str
    specialties: tuple[str, ...]
    age: int | None
    sex: str | None
    assigned: str = ""  # the letter's dates, YYYY-MM-DD ("" when the letter gives none)
    ur_denial: str = ""
    decided: str = ""

    @property
    def key(self) -> list[str]:
        return [self.case, self.request]

    @property
    def overturned(self) -> bool:
        return self.decision == "Overturned"


def load(path: Path = REFERENCE) -> list[RefItem]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        letter = json.loads(line)
        month_, _, year = letter["decision_date"].split("/")
        specialties = tuple(SPECIALTY_FIXES.get(s.strip(), s.strip()) for s in letter["reviewer_specialty"].split(","))
        for issue in letter["issues"]:
            items.append(RefItem(
                case=letter["case_number"], request=issue["request"], decision=issue["decision"],
                ca_guideline=issue["claims_administrator_guideline"], guideline=issue["maximus_guideline"],
                month=f"{year}-{month_}", priority=letter["priority"], specialties=specialties,
                age=letter["age"], sex=SEX_FIXES.get(letter["case_number"], letter["sex"]),
                assigned=iso(letter["date_assigned"]), ur_denial=iso(letter["ur_denial_date"]),
                decided=iso(letter["decision_date"]),
            ))
    return items


def iso(us_date: str | None) -> str:
    """'11/18/2016' -> '2016-11-18' ('' for none)."""
    if not us_date:
        return ""
    month_, day, year = us_date.split("/")
    return f"{year}-{month_}-{day}"


def _rx(pattern: str) -> Callable[[RefItem], bool]:
    compiled = re.compile(pattern, re.IGNORECASE)
    return lambda item: bool(compiled.search(item.request))


# Treatments, by request text. An item may match several (e.g. "MRI/CT of the spine and pelvis").
MRI = _rx(r"\bMRI\b|\bMR arthrogram\b|magnetic resonance")
CT = _rx(r"\bCT\b")
XRAY = _rx(r"x-ray")
IMAGING = lambda i: MRI(i) or CT(i) or XRAY(i)  # noqa: E731
# Nerve studies: EMG, NCS and NCV, alone or together.
ELECTRODIAGNOSTIC = _rx(r"\bEMG\b|\bNCS\b|\bNCV\b|nerve conduction|electromyograph")
# Physical therapy named as such, or hand therapy. "Physical exam 2 times 8" (CM16-0231745) names an
# exam, although its rationale discusses therapy visits: not counted. No PT/PTT lab occurs.
PHYSICAL_THERAPY = _rx(r"physical therapy|hand therapy")
# Chiropractic care in any spelling, and spinal manipulation.
CHIROPRACTIC = _rx(r"chiro|manipulation")
ACUPUNCTURE = _rx(r"acupuncture")
EPIDURAL = _rx(r"epidural")
TENS = _rx(r"\bTENS\b|electrical stimulation")
ARTHROSCOPY = _rx(r"arthroscopy")
# Oral NSAIDs (Voltaren 75mg is oral diclofenac); the flurbiprofen compound is a topical cream, not counted.
NSAID = _rx(r"naproxen|ibuprofen|motrin|diclofenac|voltaren|celecoxib|meloxicam")
# Baclofen, cyclobenzaprine, and Tabradol (a cyclobenzaprine oral suspension).
MUSCLE_RELAXANT = _rx(r"baclofen|cyclobenzaprine|tabradol")
OPIOID = _rx(r"norco|tramadol")
PPI = _rx(r"pantoprazole")
# Every drug request, by the drug names that occur in the requests.
MEDICATION = _rx(
    r"viagra|baclofen|cyclobenzaprine|tabradol|diclofenac|voltaren|lidocaine|naproxen|ibuprofen|motrin"
    r"|celecoxib|meloxicam|pantoprazole|deprizine|fanatrex|dicopanol|nortriptyline|norco|tramadol"
    r"|dextromethorphan|flurbiprofen"
)
# The remainder of a request the claims administrator partly authorized (or authorized only in part).
MODIFIED = _rx(r"was the original request")

# Body regions, by request text. "back" alone (neck, back) is not counted as lumbar.
LUMBAR = _rx(r"lumbar|lumbosacral|low back|\bL\d")
CERVICAL = _rx(r"cervical|neck")
THORACIC = _rx(r"thoracic")
SHOULDER = _rx(r"shoulder")
KNEE = _rx(r"knee")
HIP = _rx(r"\bhip\b")
ELBOW = _rx(r"elbow")
WRIST_HAND = _rx(r"wrist|\bhand\b")
HEAD = _rx(r"\bhead\b")
REGIONS: dict[str, Callable[[RefItem], bool]] = {
    "lumbar spine / low back": LUMBAR, "cervical spine / neck": CERVICAL, "thoracic spine": THORACIC,
    "shoulder": SHOULDER, "knee": KNEE, "hip": HIP, "elbow": ELBOW, "wrist / hand": WRIST_HAND, "head": HEAD,
}


def both(*rules: Callable[[RefItem], bool]) -> Callable[[RefItem], bool]:
    return lambda item: all(rule(item) for rule in rules)


# Guideline sources in the IMR reviewer's guideline line.
NO_EVIDENCE = re.compile(r"did not cite any medical evidence")
_MTUS_PART = re.compile(r"Decision based on MTUS (.*?)(?=Decision based on Non-MTUS|$)")
_NON_MTUS_PART = re.compile(r"Non-MTUS Citation (.*)")
_ODG = re.compile(r"Official Disability Guidelines|\bODG\b")
_OTHER = re.compile(r"UpToDate|www\.")  # the only non-MTUS sources besides ODG and ACOEM in these letters
MTUS_CHAPTERS = (
    "Chronic Pain Medical Treatment", "Low Back Complaints", "Neck and Upper Back Complaints", "Acupuncture Treatment",
    "Knee Complaints", "Shoulder Complaints", "General Approaches", "Forearm, Wrist, and Hand Complaints",
    "Elbow Complaints", "Opioid Treatment", "Postsurgical Treatment", "Stress-Related Conditions",
)
_CHAPTER = re.compile(rf"({'|'.join(re.escape(c) for c in MTUS_CHAPTERS)}) (\d{{4}})")
# Every MTUS section name in the reviewers' lines (read off all 140), longest first where one contains another.
MTUS_SECTIONS = (
    "Physical medicine treatment", "Special Studies", "Manual therapy & manipulation", "Electrodiagnostic testing (EMG/NCS)",
    "NSAIDs (non-steroidal anti-inflammatory drugs)", "NSAIDs, GI symptoms & cardiovascular risk",
    "NSAIDs, hypertension and renal function", "NSAIDs, specific drug list & adverse effects", "Topical analgesics",
    "Muscle relaxants (for pain)", "Physical Methods", "TENS, chronic pain (transcutaneous electrical nerve stimulation)",
    "Office visits", "Summary", "Surgical Considerations", "Proton Pump Inhibitors (PPIs)", "Initial Approaches to Treatment",
    "Facet blocks", "Ultrasound, therapeutic", "Cyclobenzaprine (Flexeril)", "Recommendations", "Home health services",
    "Psychological evaluations", "Psychological treatment", "Anti-inflammatory medications", "Initial Care",
    "Antidepressants for chronic pain", "Tricyclics", "General Approach", "Diagnostic Criteria", "Celebrex (celecoxib)",
    "Gabapentin (Neurontin)", "Insomnia treatment", "3.3.6", "4.1", "4.2", "3.3.7.1", "3.3.7.2", "3.3.9",
)
# ODG chapters, by the words the citations use for them.
ODG_CHAPTERS = {
    "Low Back": r"Low Back|Lower Back|Low back",
    "Neck and Upper Back": r"Neck",
    "Pain (Chronic)": r"\(ODG\) Pain",
    "Head": r"\bHead\b",
    "Shoulder": r"Shoulder",
    "Knee": r"Knee",
    "Hip & Pelvis": r"Hip",
    "Elbow": r"Elbow",
    "Forearm, Wrist and Hand": r"Forearm",
    "Preface (physical therapy)": r"Preface",
}


def mtus_part(item: RefItem) -> str:
    match = _MTUS_PART.search(item.guideline)
    return match.group(1) if match else ""


def non_mtus_part(item: RefItem) -> str:
    match = _NON_MTUS_PART.search(item.guideline)
    return match.group(1) if match else ""


def cites_mtus(item: RefItem) -> bool:
    return bool(mtus_part(item))


def cites_odg(item: RefItem) -> bool:
    return bool(_ODG.search(non_mtus_part(item)))


def cites_acoem(item: RefItem) -> bool:
    """ACOEM named outside MTUS (MTUS's own ACOEM-based chapters do not count)."""
    return "ACOEM" in non_mtus_part(item)


def cites_other(item: RefItem) -> bool:
    return bool(_OTHER.search(non_mtus_part(item)))


def cites_nothing(item: RefItem) -> bool:
    return bool(NO_EVIDENCE.search(item.guideline))


def chapters(item: RefItem) -> list[str]:
    """MTUS chapters with their year, e.g. "Low Back Complaints 2004"."""
    return [f"{name} {year}" for name, year in _CHAPTER.findall(mtus_part(item))]


def sections(item: RefItem) -> list[str]:
    """(chapter: section) labels; a section belongs to the chapter it follows."""
    out = []
    part = mtus_part(item)
    starts = [(m.start(), f"{m.group(1)} {m.group(2)}") for m in _CHAPTER.finditer(part)]
    for n, (start, chapter) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(part)
        text = part[start:end].split("Section(s):", 1)[1] if "Section(s):" in part[start:end] else ""
        for section in MTUS_SECTIONS:
            if re.search(rf"(?:^|[\s,]){re.escape(section)}(?=[,.]|\s|$)", text):
                text = text.replace(section, "", 1)
                out.append(f"{chapter}: {section}")
    return out


def odg_chapters(item: RefItem) -> list[str]:
    part = non_mtus_part(item)
    if not _ODG.search(part):
        return []
    return [name for name, pattern in ODG_CHAPTERS.items() if re.search(pattern, part)]


def letters(items: Iterable[RefItem]) -> dict[str, list[RefItem]]:
    out: dict[str, list[RefItem]] = {}
    for item in items:
        out.setdefault(item.case, []).append(item)
    return out
