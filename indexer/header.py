"""Letter-level fields: header dates, reviewer credentials, the clinical case summary."""

from __future__ import annotations

import re
from typing import Literal

from indexer.model import Span

CASE_NUMBER = re.compile(r"\bCM\d{2}-\d{7}\b")
_CASE_LABEL = re.compile(r"Case\s+Number\s*:\s*(CM\d{2}-\d{7})\b")
_DATE = r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b"
DATE_LABELS = {
    "date_assigned": r"Date\s+Assigned\s*:",
    "date_of_injury": r"Date\s+of\s+Injury\s*:",
    "decision_date": r"Decision\s+Date\s*:",
    "ur_denial_date": r"UR\s+Denial\s+Date\s*:",
    # pdftotext wraps "Application Received:" with the value on the first line; plain PDF text
    # gives "Application", "Received:" and the value on three lines.
    "application_received": r"Application\s+(?:Received\s*:\s*)?",
}
# The value runs to two spaces or the line end; plain (reading-order) PDF text puts the right
# column's next label after it with one space ("Priority: Standard Application").
_PRIORITY = re.compile(r"Priority\s*:[ \t]*(\S+(?: (?!Application\b|Received\b|Date\b|UR\b)\S+)*)")

HOW_TITLE = re.compile(r"HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE")
SUMMARY_TITLE = re.compile(r"CLINICAL\s+CASE\s+SUMMARY")
ISSUES_TITLE = re.compile(r"IMR\s+ISSUES\s*,?\s+DECISIONS\s*,?\s+AND\s+RATIONALES")
_SUMMARY_INTRO = re.compile(r"including\s+all\s+medical\s+records\s*:")

_LICENSURE = re.compile(r"State\(s\)\s+of\s+Licensure\s*:[ \t]*")
_SPECIALTY = re.compile(r"Certification\(s\)\s*/\s*Specialty\s*:[ \t]*")
_OLD_CREDENTIALS = re.compile(
    r"\b(?:is|are)\s+Board\s+Certified\s+in\s+(?P<specialty>.+?)\s+and\s+(?:is\s+)?licensed\s+to\s+"
    r"practice\s+in\s+(?P<licensure>.+?)\.(?:\s|$)",
    re.IGNORECASE,
)
_AGE = re.compile(r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b", re.IGNORECASE)
_SEX_WORD = re.compile(
    r"\b(male|female|man|woman|gentleman|lady|boy|girl)\b", re.IGNORECASE
)
_SEX_ALONE = re.compile(r"\b(?:is|was)\s+an?\s+(male|female|man|woman|gentleman|lady)\b", re.IGNORECASE)
_SEX = {"male": "male", "man": "male", "gentleman": "male", "boy": "male",
        "female": "female", "woman": "female", "lady": "female", "girl": "female"}  # fmt: skip


def iso_date(month: str, day: str, year: str) -> str | None:
    m, d, y = int(month), int(day), int(year)
    if y < 100:
        y += 2000
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def case_number(header: str) -> str | None:
    labelled = _CASE_LABEL.search(header)
    if labelled:
        return labelled.group(1)
    bare = CASE_NUMBER.search(header)
    return bare.group(0) if bare else None


def header_fields(header: str) -> dict[str, str | None]:
    fields: dict[str, str | None] = {}
    for name, label in DATE_LABELS.items():
        match = re.search(label + r"\s*" + _DATE, header)
        fields[name] = iso_date(*match.groups()) if match else None
    priority = _PRIORITY.search(header)
    fields["priority"] = priority.group(1).strip() if priority else None
    return fields


def reviewer_fields(section: str) -> tuple[str | None, str | None]:
    """(licensure, specialty) from the "HOW THE IMR FINAL DETERMINATION WAS MADE" section."""
    licensure = _labelled_value(section, _LICENSURE)
    specialty = _labelled_value(section, _SPECIALTY)
    if licensure is None and specialty is None:
        old = _OLD_CREDENTIALS.search(" ".join(section.split()))
        if old:
            return old["licensure"].strip(), old["specialty"].strip()
    return licensure, specialty


def _labelled_value(section: str, label: re.Pattern[str]) -> str | None:
    """The value after `label`, joined with the lines that continue it (a value may wrap)."""
    match = label.search(section)
    if not match:
        return None
    lines = re.split(r"[\n\f]", section[match.end() :])
    parts = [lines[0].strip()]
    for line in lines[1:]:
        line = line.strip()
        if not line or ":" in line or (line.isupper() and len(line) > 3):
            break
        parts.append(line)
    value = " ".join(" ".join(parts).split())
    return value or None


def age_sex(summary: str) -> tuple[int | None, Literal["male", "female"] | None]:
    age: int | None = None
    sex: str | None = None
    match = _AGE.search(summary)
    if match:
        age = int(match.group(1))
        word = _SEX_WORD.search(summary, match.end(), match.end() + 60)
        if word:
            sex = _SEX[word.group(1).lower()]
    if sex is None:
        alone = _SEX_ALONE.search(summary)
        if alone:
            sex = _SEX[alone.group(1).lower()]
    return age, sex  # type: ignore[return-value]


def summary_span(text: str, start: int, end: int) -> Span:
    """The case summary proper inside [start, end): after the title and the boilerplate intro."""
    intro = _SUMMARY_INTRO.search(text, start, end)
    if intro:
        start = intro.end()
    else:
        title = SUMMARY_TITLE.search(text, start, end)
        if title:
            start = title.end()
    return strip_span(text, start, end)


def strip_span(text: str, start: int, end: int) -> Span:
    """Shrink [start, end) past leading and trailing whitespace (form feeds included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)
