"""Question understanding: what a user's question asks for, in the index's own terms.

`understand("why was the lumbar MRI denied?")` -> a `Query` with decision "Upheld" (a denial that
stands), category "imaging", body region "lumbar", and `notes` saying which words led to each part,
so the user can see why the search was filtered the way it was.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Literal

import msgspec

from indexer.taxonomy import VOCABULARY, expand_terms, find_category, find_regions

Decision = Literal["Upheld", "Overturned"]


class Query(msgspec.Struct, frozen=True, kw_only=True):
    """A question, understood."""

    text: str  # the question as asked
    search_text: str  # spelling corrected, abbreviations expanded, brand/generic names added
    case_numbers: tuple[str, ...] = ()  # "CM16-0213037"
    decision: Decision | None = None  # "Upheld" = the denial stands; "Overturned" = approved
    category: str | None = None  # one of indexer.taxonomy.CATEGORIES
    body_regions: tuple[str, ...] = ()  # from indexer.taxonomy.BODY_REGIONS
    side: Literal["left", "right", "bilateral"] | None = None
    age: int | None = None
    sex: Literal["male", "female"] | None = None
    injury_date: str | None = None  # ISO date
    aggregate: bool = False  # "how often", "what share", ...: a counting question
    guideline_source: str | None = None  # "ODG" | "MTUS" | "ACOEM"
    corrections: tuple[tuple[str, str], ...] = ()  # (as typed, read as)
    notes: tuple[str, ...] = ()  # what was understood and from which words, for the user

    def filters(self, *, with_decision: bool = True) -> dict[str, object]:
        """Store filters: a str value must equal the field; a list means any of its values.

        Keys among decision, case_number, category, body_region, guideline_source (a short tag:
        "ODG", "MTUS" or "ACOEM", to match within the cited guideline's name). Counting questions
        usually want `with_decision=False` so both outcomes are counted.
        """
        out: dict[str, object] = {}
        if self.decision and with_decision:
            out["decision"] = self.decision
        if self.case_numbers:
            out["case_number"] = self.case_numbers[0] if len(self.case_numbers) == 1 else list(self.case_numbers)
        if self.category:
            out["category"] = self.category
        if self.body_regions:
            out["body_region"] = self.body_regions[0] if len(self.body_regions) == 1 else list(self.body_regions)
        if self.guideline_source:
            out["guideline_source"] = self.guideline_source
        return out


_CASE = re.compile(r"\bcm\s*[-\u2013]?\s*(\d{2})\s*[-\u2013]?\s*(\d{7})\b", re.IGNORECASE)
_UPHELD = re.compile(r"\buph[oe]ld\w*", re.IGNORECASE)
_OVERTURNED = re.compile(r"\boverturn\w*|\brevers(?:ed|al)\b", re.IGNORECASE)
_DENY = re.compile(
    r"\bden(?:y|ied|ies|ial|ials|ying)\b|\bnon-?\s?certif\w*|\bnot\s+(?:been\s+)?certified\b"
    r"|\bnot\s+(?:medically\s+)?necessary\b|\bunnecessary\b|\breject\w*|\brefus\w*",
    re.IGNORECASE,
)
_APPROVE = re.compile(
    r"\bapprov\w*|\bcertif(?:y|ied|ication)\b|\bauthori[sz]\w*|\bgrant\w*|\ballowed\b|\bmedically\s+necessary\b",
    re.IGNORECASE,
)
_NOT_DECISION = re.compile(r"request\s+for\s+authori[sz]ation|board[- ]certified|\bRFA\b", re.IGNORECASE)
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AGGREGATE = re.compile(
    r"\bhow\s+(?:often|many|frequently|common(?:ly)?|likely)\b|\bwhat\s+(?:share|percent(?:age)?|proportion"
    r"|fraction|portion|rate)\b|\brates?\s+of\b|\b(?:uphold|upheld|overturn|denial|approval|success)\s+rates?\b"
    r"|\bmost\s+(?:often|common(?:ly)?|frequent(?:ly)?)\b|\bcounts?\b|\bnumber\s+of\b|\bpercentage\b"
    r"|\bproportion\b|\bstatistic\w*",
    re.IGNORECASE,
)
_GUIDELINES = (
    ("ODG", re.compile(r"\bODG\b|official\s+disability\s+guidelines?", re.IGNORECASE)),
    ("MTUS", re.compile(r"\bMTUS\b|medical\s+treatment\s+utilization\s+schedule|chronic\s+pain\s+(?:medical\s+)?"
                        r"treatment\s+guidelines?", re.IGNORECASE)),
    ("ACOEM", re.compile(r"\bACOEM\b", re.IGNORECASE)),
)  # fmt: skip
_AGE = re.compile(
    r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b|\b(\d{1,3})\s*(?:y/o|yo|y\.o\.)(?!\w)|\baged?\s*:?\s*(\d{1,3})\b",
    re.IGNORECASE,
)
_FEMALE = re.compile(r"\b(?:wom[ae]n|females?|lady|ladies|girl)\b", re.IGNORECASE)
_MALE = re.compile(r"\b(?:m[ae]n|males?|gentleman|guy|boy)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SIDE = re.compile(r"\b(left|right|bilateral(?:ly)?|both|lt|rt)\b", re.IGNORECASE)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    r"(?P<iso>(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2}))"
    r"|(?P<m>\d{1,2})[/-](?P<d>\d{1,2})[/-](?P<y>\d{4}|\d{2})\b"
    rf"|(?P<mn>{_MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})"
    rf"|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{_MONTH}),?\s+(?P<dy>\d{{4}})",
    re.IGNORECASE,
)
_INJURY_CUE = re.compile(r"\binjur(?:ed|y|ies)\b|\bhurt\b|\bDOI\b|\baccident\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]{5,}")
# Common words of 5+ letters that the spelling corrector leaves alone (each is near some vocabulary
# word). Not a stopword list (that is indexer/stopwords.py): these are kept in the question as typed.
_COMMON = frozenset(
    "about above after again against among approve approved approving authorized authorised because before "
    "being below between cases certified cited cites claims could decided decision decisions denial denied "
    "documentation documented doctor during every explain female females found given granted guideline "
    "guidelines infection infections injured injury knows letter letters medical medically necessary needed "
    "number often other overturned patient patients physician physicians provider reason reasons records "
    "region regions reject "
    "rejected request requested requests review reviewer reviewers section sections should show since still "
    "spite their there these thing think those three treating treatment treatments under upheld usually what "
    "where which while whose worker workers would years".split()
)
_ENDINGS = ("s", "es", "ed", "d", "ing", "ic", "ics", "al", "ally", "ation", "ion", "ions", "ant", "ive", "y", "ies")
_BY_FIRST: dict[str, list[str]] = {}
for _w in sorted(VOCABULARY):
    _BY_FIRST.setdefault(_w[0], []).append(_w)


def understand(question: str, today: date | None = None) -> Query:
    """Read a question into a `Query`; every part found adds a line to `notes`."""
    today = today or date.today()
    notes: list[str] = []
    text, corrections = _correct(question)
    notes += [f"spelling: read '{typed}' as '{fixed}'" for typed, fixed in corrections]

    cases = tuple(dict.fromkeys(f"CM{m.group(1)}-{m.group(2)}" for m in _CASE.finditer(text)))
    notes += [f"case number: {c}" for c in cases]
    decision = _decision(text, notes)

    category = None
    if found := _category(text):
        category = found[0]
        notes.append(f"category: {category} (from '{found[1]}')")
    regions = find_regions(text)
    notes += [f"body region: {region} (from '{words}')" for region, words in regions]
    side = _side(text, notes)

    age = None
    if (m := _AGE.search(text)) and 10 <= int(n := next(g for g in m.groups() if g)) <= 110:
        age = int(n)
        notes.append(f"age: {age} (from '{m.group(0)}')")
    sex = _sex(text, notes)
    injury_date = _injury_date(text, today, notes)

    aggregate = False
    if m := _AGGREGATE.search(text):
        aggregate = True
        notes.append(f"counting question (from '{m.group(0)}')")
    guideline = None
    if found_g := min(((m.start(), name, m.group(0)) for name, rx in _GUIDELINES if (m := rx.search(text))),
                      default=None):  # fmt: skip
        guideline = found_g[1]
        notes.append(f"guideline: {guideline} (from '{found_g[2]}')")

    return Query(
        text=question, search_text=expand_terms(text), case_numbers=cases, decision=decision,
        category=category, body_regions=tuple(r for r, _ in regions), side=side, age=age, sex=sex,
        injury_date=injury_date, aggregate=aggregate, guideline_source=guideline,
        corrections=tuple(corrections), notes=tuple(notes),
    )  # fmt: skip


def _correct(question: str) -> tuple[str, list[tuple[str, str]]]:
    """Fix misspelt treatment words (5+ letters): one edit away from the vocabulary (two from 10+ letters)."""
    corrections: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _COMMON or _known(low):
            return word
        pool = [v for v in _BY_FIRST.get(low[0], ()) if abs(len(v) - len(low)) <= 2]
        near = difflib.get_close_matches(low, pool, n=3, cutoff=0.75)
        best = [v for v in near if _distance(low, v) <= (1 if len(low) < 10 else 2)]
        if not best:
            return word
        corrections.append((word, best[0]))
        return best[0]

    return _WORD.sub(fix, question), corrections


def _known(word: str) -> bool:
    """A vocabulary word, or one with an ending: "compounded", "electrodiagnostic", "therapies"."""
    if word in VOCABULARY:
        return True
    stems = [word[: -len(end)] for end in _ENDINGS if word.endswith(end) and len(word) - len(end) >= 4]
    return any(v.startswith(stem) for stem in stems for v in _BY_FIRST.get(word[0], ()))


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbouring letters as one edit (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


def _decision(text: str, notes: list[str]) -> Decision | None:
    up, over = _UPHELD.search(text), _OVERTURNED.search(text)
    if up and over:
        notes.append(f"decision: not filtered (both '{up.group(0)}' and '{over.group(0)}' mentioned)")
        return None
    if up or over:
        found, decision = (up, "Upheld") if up else (over, "Overturned")
        notes.append(f"decision: {decision} (from '{found.group(0)}')")
        return decision
    masked = _NOT_DECISION.sub(lambda m: " " * len(m.group(0)), text)
    deny = [m.group(0) for m in _DENY.finditer(masked)]
    masked = _DENY.sub(lambda m: " " * len(m.group(0)), masked)
    approve = []
    for m in _APPROVE.finditer(masked):
        before = masked[max(0, m.start() - 20) : m.start()]
        if neg := _NEGATED.search(before):
            deny.append(text[m.start() - len(before) + neg.start() : m.end()])
        else:
            approve.append(m.group(0))
    if deny and approve:
        notes.append(f"decision: not filtered (both '{deny[0]}' and '{approve[0]}' mentioned)")
        return None
    if deny:
        notes.append(f"decision: Upheld (from '{deny[0]}')")
        return "Upheld"
    if approve:
        notes.append(f"decision: Overturned (from '{approve[0]}')")
        return "Overturned"
    return None


def _category(text: str) -> tuple[str, str] | None:
    """The treatment asked about; a consult word ("examination findings") yields to a named treatment."""
    found = find_category(text)
    if found and found[0] == "evaluation/consult":
        other = find_category(text.replace(found[1], " " * len(found[1])))
        if other and other[0] != "evaluation/consult":
            return other
    return found


def _side(text: str, notes: list[str]) -> Literal["left", "right", "bilateral"] | None:
    sides: dict[str, str] = {}
    for m in _SIDE.finditer(text):
        if find_regions(text[m.end() : m.end() + 40]):
            word = m.group(1).lower()
            side = {"lt": "left", "rt": "right"}.get(word, word if word in ("left", "right") else "bilateral")
            sides.setdefault(side, m.group(0))
    if not sides:
        return None
    side = next(iter(sides)) if len(sides) == 1 else "bilateral"
    notes.append(f"side: {side} (from '{' and '.join(sides.values())}')")
    return side  # type: ignore[return-value]


def _sex(text: str, notes: list[str]) -> Literal["male", "female"] | None:
    female, male = _FEMALE.search(text), _MALE.search(text)
    if not (female or male):
        female, male = _SHE.search(text), _HE.search(text)
    if bool(female) == bool(male):
        return None
    found, sex = (female, "female") if female else (male, "male")
    notes.append(f"sex: {sex} (from '{found.group(0)}')")
    return sex  # type: ignore[return-value]


def _injury_date(text: str, today: date, notes: list[str]) -> str | None:
    for cue in _INJURY_CUE.finditer(text):
        m = _DATE.search(text, cue.end(), cue.end() + 40)
        if not m or (day := _to_date(m, today)) is None:
            continue
        notes.append(f"injury date: {day.isoformat()} (from '{m.group(0)}')")
        return day.isoformat()
    return None


def _to_date(m: re.Match[str], today: date) -> date | None:
    g = m.groupdict()
    if g["iso"]:
        y, mo, d = int(g["Y"]), int(g["M"]), int(g["D"])
    elif g["y"]:
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if y < 100:
            y += 2000 if 2000 + y <= today.year else 1900
    else:
        name, d, y = (g["mn"], g["md"], g["my"]) if g["mn"] else (g["dm"], g["dd"], g["dy"])
        mo, d, y = _MONTHS.index(name.lower()[:3]) + 1, int(d), int(y)
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return day if day <= today else None
