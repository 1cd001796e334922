"""The kind of request a question tells in words a request's title prints, beyond its treatment set:
a drug taken as a liquid ("the 40 yo woman on all the liquid meds": the letters' "oral suspension",
"solution", "syrup", "elixir"), a referral to a named specialty ("the pain mgmt referral for the 40
yo woman": "Referral to pain management", not an "Orthopedic consultation"). Of the letters a
description fits, those with a request of that kind are the patient's.

    told_kinds("the 40 yo woman on all the liquid meds") -> ("liquid",)
    told_kinds("the lady with the compounded liquids") -> ("liquid",)
    told_kinds("the pain management referral for the 40 yo woman") -> ("pain management",)
    of_kind("pain management", "Referral to pain management") -> True
    of_kind("pain management", "Orthopedic consultation") -> False
"""

from __future__ import annotations

import re

from service.engine import Engine

# a visit to a specialist, as a question and a request title say it
_VISIT = r"(?:consult\w*|referrals?|refer(?:red)?|evaluations?|evals?|visits?|appointments?|appts?|follow[- ]?ups?)"
# a specialty: how a question names it, how a title prints it
_SPECIALTIES: dict[str, str] = {
    "pain management": r"pain\s+(?:management|medicine|specialists?|clinic|physicians?|doctors?)",
    "orthopedic": r"ortho(?:pa?edic|pa?edist|pa?edics|pedic|pedist)?s?",
    "neurology": r"neurolog(?:y|ist|ical)s?",
    "neurosurgery": r"neurosurg(?:ery|eon|ical)s?",
    "psychology": r"psych(?:ological|ologist|ology|iatric|iatrist|iatry)?s?",
    "spine surgery": r"spine\s+(?:surgeon|surgery|specialist)s?",
}
# ... named right before the visit ("the pain management referral", "an ortho consult") or after it ("a
# referral to pain management", "the consultation with the orthopedist")
_TOLD_SPECIALTY = {name: re.compile(rf"\b{rx}(?:\s+[a-z]+)?\s+{_VISIT}\b|\b{_VISIT}\s+(?:to|with|for|by)\s+"
                                    rf"(?:(?:an?|the|a)\s+)?{rx}\b", re.IGNORECASE)
                   for name, rx in _SPECIALTIES.items()}
_TITLE_SPECIALTY = {name: re.compile(rf"\b{rx}\b", re.IGNORECASE) for name, rx in _SPECIALTIES.items()}
_TITLE_VISIT = re.compile(rf"\b{_VISIT}\b", re.IGNORECASE)
# a drug taken as a liquid, as a question says it, and as a request prints it
_TOLD_LIQUID = re.compile(r"\b(?:liquid|drinkable)\s+(?:(?:pain\s+)?medicines?|medications?|meds|drugs?|pain\s*killers?|forms?)\b"
                          r"|\b(?:oral\s+)?suspensions\b|\bsyrups?\b|\belixirs?\b|\boral\s+solutions?\b"
                          # ... the liquids themselves: "the compounded liquids", "her oral liquids", "all those liquids"
                          r"|\b(?:compound(?:ed)?|oral|prescri(?:ption|bed)|medicated|the|those|these|her|his|my|their)\s+liquids\b",
                          re.IGNORECASE)
_TITLE_LIQUID = re.compile(r"\b(?:suspensions?|syrups?|elixirs?|liquids?|(?:oral\s+)?solutions?)\b|\d\s*mg\s*/\s*ml\b",
                           re.IGNORECASE)


def told_kinds(text: str) -> tuple[str, ...]:
    """The kinds of request `text` tells: "liquid", a specialty's name."""
    kinds = ["liquid"] if _TOLD_LIQUID.search(text) else []
    return (*kinds, *(name for name, rx in _TOLD_SPECIALTY.items() if rx.search(text)))


def of_kind(kind: str, title: str) -> bool:
    """Whether a request's title is of `kind`: a liquid drug, a visit to the specialty named."""
    if kind == "liquid":
        return bool(_TITLE_LIQUID.search(title))
    return bool(_TITLE_SPECIALTY[kind].search(title) and _TITLE_VISIT.search(title))


def having_kinds(engine: Engine, text: str, cases: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Of `cases`, in order, the letters with a request of each kind `text` tells; all of `cases` when
    it tells none, or none of them has one."""
    kinds = told_kinds(text)
    if not kinds or not cases:
        return tuple(cases)
    rows = engine.store.catalog.query(
        f"SELECT case_number, title FROM items WHERE case_number IN ({','.join('?' * len(cases))})", list(cases))
    titles: dict[str, list[str]] = {}
    for case, title in rows:
        titles.setdefault(case, []).append(title or "")
    held = tuple(case for case in cases if all(any(of_kind(k, t) for t in titles.get(case, ())) for k in kinds))
    return held or tuple(cases)


def visit_kinds(text: str) -> tuple[str, ...]:
    """The specialties `text` tells a visit to ("a pain management referral"), not the liquid form."""
    return tuple(k for k in told_kinds(text) if k != "liquid")


def kinds_unheld(engine: Engine, text: str) -> tuple[str, ...]:
    """The specialties `text` tells a visit to that no indexed request is of ("was there a pain management referral
    anywhere?" where the one referral is to a chiropractor)."""
    kinds = visit_kinds(text)
    if not kinds:
        return ()
    titles = [title or "" for (title,) in engine.store.catalog.query(
        "SELECT i.title FROM items i JOIN item_treatments t ON t.item_id = i.id WHERE t.treatment = 'consultation'")]
    return tuple(k for k in kinds if not any(of_kind(k, t) for t in titles))


__all__ = ["having_kinds", "kinds_unheld", "of_kind", "told_kinds", "visit_kinds"]
