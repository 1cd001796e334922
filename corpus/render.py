"""Lay a letter out as `pdftotext -layout` would print it: wrapped lines, pages split by form feeds."""

from __future__ import annotations

import random
from typing import NamedTuple

BOILERPLATE = (
    "MAXIMUS Federal Services forwarded the full case file to an independent expert reviewer, who has "
    "no tie to the employer, the employee, the providers or the claims administrator. The reviewer has "
    "practised clinically for over five years, still practises at least 24 hours each week, and was "
    "chosen for clinical experience, training and expertise in a specialty that evaluates or treats the "
    "condition and the disputed items/services. The reviewer knows the governing laws and regulations, "
    "including the strength-of-evidence hierarchy used in Independent Medical Review determinations."
)
OLD_BOILERPLATE = (
    "MAXIMUS Federal Services forwarded the full case file to an independent expert reviewer, who has "
    "no tie to the employer, the employee, the providers or the claims administrator. The expert "
    "reviewer is Board Certified in {specialty} and is licensed to practice in {state}. The reviewer "
    "has practised clinically for over five years, still practises at least 24 hours each week, and was "
    "chosen for clinical experience, training and expertise in a specialty that evaluates or treats the "
    "condition and the disputed items/services. The reviewer knows the governing laws and regulations, "
    "including the strength-of-evidence hierarchy used in Independent Medical Review determinations."
)
SUMMARY_INTRO = "The expert reviewer wrote this clinical case summary after reviewing the whole case file:"
ISSUES_INTRO = "The Final Determination rests on the decisions on the disputed items/services listed below:"
FIELDS = ("Claims Administrator guideline: ", "MAXIMUS guideline: ", "Decision rationale: ")


class Block(NamedTuple):
    """One disputed item ready to lay out."""

    heading: str  # "REQUEST: Upheld" (older layout: "REQUEST:  Upheld")
    fields: tuple[str, str, str]  # guideline, guideline, rationale (without labels)


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap that keeps runs of two spaces after sentences (the older layout's habit)."""
    lines: list[str] = []
    cur = ""
    for word in text.replace("  ", " \x00").split(" "):
        word = word.replace("\x00", " ")
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word.rstrip()) <= width:
            cur = cur + " " + word
        else:
            lines.append(cur)
            cur = word.lstrip()
    if cur:
        lines.append(cur)
    return lines


class Layout(NamedTuple):
    lines: list[str]
    headings: list[tuple[int, int]]  # per item: first and last line index of its heading


def header_lines(h: dict[str, str], rng: random.Random) -> list[str]:
    c1 = rng.choice((22, 22, 23))
    c2 = c1 + 32 + rng.choice((0, 0, 1))

    def row(l1: str, v1: str, l2: str, v2: str) -> str:
        return (l1.ljust(c1) + v1).ljust(c2) + l2.ljust(21) + v2

    return [
        "Case Number:".ljust(c1) + h["case_number"],
        row("Date Assigned:", h["date_assigned"], "Date of Injury:", h["date_of_injury"]),
        row("Decision Date:", h["decision_date"], "UR Denial Date:", h["ur_denial_date"]),
        row("Priority:", h["priority"], "Application", h["application_received"]),
        " " * c2 + "Received:",
        "",
    ]


def layout_2016(h: dict[str, str], summary: list[str], blocks: list[Block], width: int,
                rng: random.Random, tight: set[tuple[int, int]]) -> Layout:
    """`tight` holds (item, field) pairs whose label follows the previous line with no blank line."""
    out = header_lines(h, rng)
    out.append(" " * 17 + "HOW THE IMR FINAL DETERMINATION WAS MADE")
    out += wrap(BOILERPLATE, width) + [""]
    out += ["The Expert Reviewer has the following credentials:",
            "State(s) of Licensure: " + h["reviewer_licensure"],
            "Certification(s)/Specialty: " + h["reviewer_specialty"], ""]
    out.append(" " * 32 + "CLINICAL CASE SUMMARY")
    out += wrap(SUMMARY_INTRO, width) + [""]
    for para in summary:
        out += wrap(para, width) + [""]
    out.append(" " * 23 + "IMR ISSUES, DECISIONS AND RATIONALES")
    out += wrap(ISSUES_INTRO, width) + [""]
    heads = []
    for i, b in enumerate(blocks):
        first = len(out)
        out += wrap(b.heading, width)
        heads.append((first, len(out) - 1))
        for f, (label, value) in enumerate(zip(FIELDS, b.fields)):
            if (i, f) not in tight:
                out.append("")
            out += wrap(label + value, width)
        out.append("")
    return Layout(out, heads)


def _double(lines: list[str]) -> list[str]:
    out = []
    for ln in lines:
        out += [ln + " ", ""]
    return out


def layout_older(h: dict[str, str], summary: list[str], blocks: list[Block], width: int) -> Layout:
    out = [" HOW THE IMR FINAL DETERMINATION WAS MADE ", ""]
    out += _double(wrap(OLD_BOILERPLATE.format(specialty=h["reviewer_specialty"], state=h["reviewer_licensure"]),
                        width))
    out += [" ", "", "CLINICAL CASE SUMMARY ", ""]
    out += _double(wrap(SUMMARY_INTRO, width)) + [" ", ""]
    for para in summary:
        out += _double(wrap(para, width)) + [" ", ""]
    out += ["IMR ISSUES, DECISIONS AND RATIONALES ", ""]
    out += _double(wrap(ISSUES_INTRO, width)) + [" ", ""]
    heads = []
    for b in blocks:
        first = len(out)
        out += _double(wrap(b.heading, width))
        heads.append((first, len(out) - 2))
        out += [" ", "", ""]
        for label, value in zip(FIELDS, b.fields):
            out += _double(wrap(label + value, width))
            out += [" ", ""]
    out += [" ", "", " ", ""]
    return Layout(out, heads)


def paginate(lines: list[str], per_page: int, wants: list[int]) -> tuple[str, list[int]]:
    """Split into pages of about `per_page` lines; break exactly before a line in `wants` when one
    falls in the last part of a page. Blank lines at page edges vanish, as in pdftotext output.
    Returns the text (pages joined and ended by form feeds) and the 1-based page of every line."""
    n = len(lines)
    page_of = [0] * n
    pages: list[str] = []
    start = 0
    wants = sorted(wants)
    while start < n:
        while start < n and not lines[start].strip():
            page_of[start] = len(pages) + 1
            start += 1
        if start >= n:
            break
        end = min(n, start + per_page)
        lo = start + (per_page * 3) // 5
        for t in wants:
            if lo <= t <= end and t > start:
                end = t
                break
        body = lines[start:end]
        while body and not body[-1].strip():
            body.pop()
        pages.append("".join(ln + "\n" for ln in body))
        for j in range(start, end):
            page_of[j] = len(pages)
        start = end
    return "\f".join(pages) + "\f", page_of
