"""A kind of request named before a noun: "pillow requests", "NSAID requests", "TENS unit requests
(and interferential stimulator decided under its guideline)", never "pillows requests".

A treatment set's label ("pillows", "NSAIDs", "nerve studies (EMG, NCS/NCV, electrodiagnostic)",
"medications (any)") and a user's own words ("x-rays", "MRIs") name the kind as a plural noun; said
before "request(s)", "item(s)", "denials" it is a modifier, and a modifier is singular: each plural
head noun loses its -s ("studies" -> "study", "mattresses" -> "mattress"), a mass noun or a singular
word that ends in s stays ("physical therapy", "neurolysis", "NCS", "diabetes"). A group's "(any)"
is dropped (any member is one of the group), and what the label says in brackets at its end
qualifies the requests, so it follows the noun.
"""

from __future__ import annotations

import re

from indexer.treatments import LABELS

# a head noun: the last word of a part of the label (before a comma, "and"/"or", a slash or a bracket)
_HEAD = re.compile(r"\b[A-Za-z][\w-]*(?=$|,|\s+(?:and|or)\s|\s*/|\s+\()")
# singular words that end in s: "neurolysis", "stimulus", "bypass", "diabetes", "series", "lens"
_SINGULAR_S = re.compile(r"(?:ss|is|us|eries|ecies|abetes|ens|ous)$", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s+\([^()]*\))+$")  # bracketed parts at the end: "(oral liquid forms)"
_BRACKET = re.compile(r"\s+\([^()]*\)")
# a set's own gloss ends its label: "hydrocodone (Norco, Vicodin)", "sleep study (polysomnography)"
_GLOSSED = tuple(v for v in LABELS.values() if v.endswith(")") and not v.endswith(" (any)"))


def singular(word: str) -> str:
    """A plural noun's singular, for a modifier: "NSAIDs" -> "NSAID", "studies" -> "study",
    "mattresses" -> "mattress", "x-rays" -> "x-ray"; an abbreviation in capitals ("NCS", "PPS"), a
    short word and a word that is singular with its s ("neurolysis") stay."""
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():  # "MRIs", "CTs", "NSAIDs"
        return word[:-1]
    if len(word) <= 3 or not word.endswith("s") or _SINGULAR_S.search(word) or word.isupper():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-2] if word.endswith(("sses", "shes", "ches", "xes")) else word[:-1]


def modifier(label: str) -> str:
    """`label` as it reads before a noun, its brackets where they are: "pillows" -> "pillow",
    "braces, splints and supports" -> "brace, splint and support", "medications (any)" -> "medication"."""
    return _HEAD.sub(lambda m: singular(m.group(0)), label.replace(" (any)", "")).strip()


def kind_of(label: str, noun: str) -> str:
    """`label` before `noun` (already singular or plural), the brackets that qualify the requests
    after the noun: ("pillows", "requests") -> "pillow requests"; ("TENS unit (and interferential
    stimulator decided under its guideline)", "requests") -> "TENS unit requests (and interferential
    stimulator decided under its guideline)". A set's own gloss stays by its name ("sleep study
    (polysomnography) requests"), and so does every bracket of a label whose brackets are not all at
    its end (two sets, each with its gloss)."""
    label = label.replace(" (any)", "")
    tail = _TRAILING.search(label)
    head, after = (label[:tail.start()], tail.group(0)) if tail else (label, "")
    glossed = ""
    if after and (first := _BRACKET.match(after)) and (head + first.group(0)).endswith(_GLOSSED):
        glossed, after = first.group(0), after[first.end():]  # the gloss stays with its set
    if "(" in head:  # "hydrocodone (Norco, Vicodin) / tramadol (Ultram, Ultracet)"
        head, glossed, after = label, "", ""
    return " ".join(w for w in (modifier(head) + glossed, noun) if w) + after
