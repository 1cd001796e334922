"""How much a request asked for, asked of it ("how many sessions did they ask for?", "how many hours a day?", "how
many refills?", "what was the dose?"): the number lives in the request's heading only ("Eight (8) physical therapy
sessions", "Home aide 12 hours per day, ...", "... #60 with one refill", "Pantoprazole 40mg ..."), so the answer
opens with it as the heading states it, citing the heading: 'The request was for 12 sessions: "Physical therapy
evaluation and treatment 3 times a week for 4 weeks (12 sessions)" [1].' Of a request UR partly authorised, the
number of the original request (what was asked for), with UR's part and IMR's said after it (service.compose.item).
Not how many went through ("how many were approved?": service.ur_part)."""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.model import Item
from indexer.titles import modification
from service.number_words import number_value

_NUMBER = (r"(?:\d{1,4}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen|"
           r"eighteen|twenty|thirty|sixty|ninety)")
# the units a count is asked in, each with the words a heading says it in
_UNITS = {
    "sessions": r"(?:sessions?|visits?|treatments?)",
    "hours": r"hours?",
    "refills": r"refills?",
    "tablets": r"(?:tablets?|pills?|capsules?)",
}
_ASKED_UNIT = re.compile(r"\bhow\s+many\s+(?:(?:[\w/-]+\s+){0,2}?)(sessions|visits|treatments|hours|refills|"
                         r"tablets|pills|capsules)\b", re.IGNORECASE)
_DOSE = re.compile(r"\bwhat\s+(?:was|is|were)\s+(?:the|its|his|her|their)\s+(?:dose|dosage|strength)\b|"
                   r"\bwhat\s+(?:dose|dosage|strength)\b|\bhow\s+many\s+(?:mg|milligrams)\b", re.IGNORECASE)
# how many went through, not what was asked: service.ur_part says UR's part and IMR's
_OUTCOME = re.compile(r"\b(?:approv\w*|authori[sz]\w*|allow\w*|give|gave|given|certif\w*|cover\w*|ok\w*|deni\w*|deny|cut|"
                      r"grant\w*|got|get|end\s+up|"
                      r"left|remaining|remained|in\s+total|altogether|already|had|before|prior|previously|did\s+(?:he|"
                      r"she|they|I)\s+(?:have|do|attend|complete))\b", re.IGNORECASE)
_STRENGTH = re.compile(r"(?<![\w.])(?:\d{1,4}(?:\.\d+)?\s*-\s*)?\d{1,4}(?:\.\d+)?\s*(?:mg|mcg|%|mg/ml)(?:\s*/\s*\d+(?:\.\d+)?\s*(?:mg|mcg|%))?",
                       re.IGNORECASE)
_PER_WEEK = re.compile(r"\b(?:(?:\d|one|two)\s+to\s+)?(\d{1,2}|one|two|three|four|five|six)\s*(?:x|times)\s*(?:a|per)?\s*weeks?\s+(?:x|for)\s*"
                       r"(\d{1,2}|one|two|three|four|five|six|eight)\s+weeks?\b", re.IGNORECASE)


# a drug's quantity as a heading writes it: "#90", "# 60" (how many tablets, pills or capsules)
_QUANTITY = re.compile(r"#\s*(\d{1,4})\b")


_ASKED_FOR = re.compile(r"\b(?:ask(?:ed|s)?\s+for|request(?:ed|s)?|want(?:ed|s)?|order(?:ed|s)?|prescrib\w*|put\s+in\s+for)\b",
                        re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:in\s+total|altogether|all\s+together|in\s+all)\b", re.IGNORECASE)


def asked_amount(question: str) -> str:
    """The unit of the amount `question` asks a request was for ("sessions", "hours", "refills", "tablets" or
    "dose"), '' when it asks no amount or asks how much went through."""
    # ("how many pills did she ask for in total?": the total asked, not what went through)
    said = _TOTAL.sub(" ", question) if _ASKED_FOR.search(question) else question
    if _OUTCOME.search(said):
        return ""
    if _DOSE.search(question):
        return "dose"
    return unit_asked(question)


def unit_asked(question: str) -> str:
    """The unit a how-many question counts ("sessions", "hours", "refills", "tablets"), whatever it asks of them ("how
    many refills did UR allow?": "refills"), or ''."""
    if found := _ASKED_UNIT.search(question):
        word = found[1].lower()
        return next((unit for unit, words in _UNITS.items() if re.fullmatch(words, word)), "")
    return ""


def amount_in(request: str, unit: str) -> str:
    """The amount of `unit` a request's heading states, verbatim ("12 sessions", "Eight (8) physical therapy
    sessions", "12 hours per day", "one refill", "40mg"; "2 times a week for 6 weeks (12 sessions)" where the
    sessions are a count a week for some weeks); '' where it states none. Of a modified request, the original's."""
    text = " ".join(request.split())
    if modified := modification(text):
        text = modified[0]
    if unit == "dose":
        return found[0] if (found := _STRENGTH.search(text)) else ""
    words = _UNITS[unit]
    per_day = r"(?:\s+(?:per|a)\s+day)?" if unit == "hours" else ""
    between = r"(?:[A-Za-z]+\s+){0,3}?" if unit in ("sessions", "tablets", "refills") else ""  # "Eight physical therapy sessions"
    phrase = re.compile(rf"(?<![\w.#]){_NUMBER}(?:\s*\(\d{{1,4}}\))?\s+{between}{words}\b{per_day}",
                        re.IGNORECASE)
    if found := phrase.search(text):
        return found[0]
    if unit in ("sessions", "tablets") and (after := re.search(rf"\b{words}\s*,\s*({_NUMBER})\s*$", text, re.IGNORECASE)):
        return f"{after[1]} {unit}"  # "Physical Therapy sessions, 12": the count after the unit, at the heading's end
    if unit == "sessions" and (week := _PER_WEEK.search(text)):
        most = "up to " if " to " in week[0] else ""
        return f"{week[0]} ({most}{number_value(week[1]) * number_value(week[2])} sessions)"
    if unit == "tablets" and (count := _QUANTITY.search(text)):
        return f"{count[0]} (a quantity of {count[1]})"  # "Cyclobenzaprine 7.5mg #90": 90 of them
    if unit == "refills" and (refill := re.search(r"\bwith\s+(?:a\s+)?refills?\b", text, re.IGNORECASE)):
        return "one refill" if "a " in refill[0].lower() else ""
    return ""


def amount_said(item: Item, unit: str, mark: Callable[[], int]) -> str:
    """'The request was for 12 sessions: "Physical therapy ... (12 sessions)" [1].', citing the heading (`mark`);
    'The request states no dose: "Lumbar support" [1].' where its heading states none."""
    request = " ".join(item.request.split())
    heading = modification(request)[0] if modification(request) else (item.title or request)
    if amount := amount_in(request, unit):
        amount = amount[0].lower() + amount[1:] if amount[:1].isalpha() else amount  # "Eight (8) ...": mid-sentence
        return f'The request was for {amount}: "{heading}" [{mark()}].'
    named = "dose" if unit == "dose" else f"number of {unit}"
    return f'The request states no {named}: "{heading}" [{mark()}].'
