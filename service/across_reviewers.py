"""The reviewers' licensure and board certification, asked across letters: "how many reviewers were
licensed in California?", "which reviewers are board certified in orthopaedic surgery?".

    asked_credential(text, specialties) -> Credential | None

Each letter names one reviewer (not by name) in its paragraph of credentials ("State(s) of Licensure:
California, Texas", "Certification(s)/Specialty: Orthopedic Surgery"), so the reviewers are counted
as letters; a specialty is one the index holds (service.collection.vocab), however the question spells
it ("orthopaedic", "physical medicine and rehabilitation").
"""

from __future__ import annotations

import re

import msgspec

from service.across import COUNT, OPENING

I = re.IGNORECASE
STATES = ("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
          "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
          "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
          "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
          "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
          "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia")
_REVIEWERS = re.compile(r"\b(?:reviewers?|doctors?|physicians?|specialists?|MDs?|(?:letters|cases)\s+(?:were\s+)?"
                        r"(?:reviewed|decided))\b", I)
_STATE_NAMES = "|".join(sorted((s.replace(" ", r"\s+") for s in STATES), key=len, reverse=True))
_LICENSED = re.compile(rf"\blicen[cs]ed\s+(?:to\s+practi[cs]e\s+(?:medicine\s+)?)?in\s+(?:the\s+state\s+of\s+)?"
                       rf"(?P<state>{_STATE_NAMES})\b", I)
_CERTIFIED = re.compile(r"\b(?:board[- ]certified|certified|speciali[sz](?:e|es|ed|ing)|specialty|specialties)\s+in\s+"
                        r"(?P<said>[a-z&/,' -]+?)\s*(?:[?.!;]|$|\b(?:and\s+(?:how|which|what|were|was|did)|who|that)\b)", I)


class Credential(msgspec.Struct, frozen=True, kw_only=True):
    kind: str  # "licensure" (a state) or "specialty"
    value: str  # "California", "Orthopedic Surgery" (as the letters print it)
    count: bool = False


def _plain(text: str) -> str:
    text = text.lower().replace("orthopaedic", "orthopedic").replace("&", " and ").replace("paediatric", "pediatric")
    return " ".join(re.sub(r"[^a-z ]", " ", text).split())


def asked_credential(text: str, specialties: tuple[str, ...]) -> Credential | None:
    """The state or specialty a question across letters asks the reviewers of; None for any other question."""
    if not OPENING.search(text) or not _REVIEWERS.search(text):
        return None
    count = bool(COUNT.search(text))
    if m := _LICENSED.search(text):
        state = " ".join(m.group("state").split())
        return Credential(kind="licensure", value=next(s for s in STATES if s.lower() == state.lower()), count=count)
    if m := _CERTIFIED.search(text):
        said = _plain(m.group("said"))
        held = sorted(specialties, key=len, reverse=True)
        if found := next((s for s in held if _plain(s) == said), None) or next(
                (s for s in held if said.startswith(_plain(s))), None):
            return Credential(kind="specialty", value=found, count=count)
    return None


def holds(c: Credential, licensure: str | None, specialty: str | None) -> bool:
    """Whether a letter's reviewer (its licensure and specialty as printed) has the credential asked."""
    printed = licensure if c.kind == "licensure" else specialty
    return c.value.lower() in {p.strip().lower() for p in (printed or "").split(",")}
