"""A treatment named as a condition of what is asked, not as what is asked: "the back injections were turned
down. can he get them later if he does more PT?" asks of the injections ("them"); the PT is what he would do
first. service.understand reads the question without such a clause, as it reads it without a reason offered
("was it because there was no MRI?")."""

from __future__ import annotations

import re

from indexer.treatments import find_treatments
from service.asking import asking_span

# "if he does more PT", "once she finishes her therapy", "after he tries the injections", "unless they did an MRI",
# "as long as she goes to PT": who does it, then what is done, to the clause's end
_CONDITION = re.compile(
    r"\b(?:if|once|after|unless|provided(?:\s+that)?|as\s+long\s+as)\s+"
    r"(?:he|she|they|I|we|you|the\s+(?:patient|worker|claimant|applicant)|(?:my|his|her|our|their)\s+[\w-]+)\s+"
    r"(?:(?:first|still|just|actually)\s+)?"
    r"(?:does|do|did|tries|try|tried|finishes|finish|finished|completes|complete|completed|gets|get|got|has|have|had"
    r"|goes\s+(?:to|through)|go\s+(?:to|through)|went\s+(?:to|through)|starts|start|started|attends|attend|attended"
    r"|fails|fail|failed|uses|use|used|takes|take|took)\s+"
    r"(?P<thing>[^?.!,;]+)", re.IGNORECASE)
# the condition closing the question: "... once she tried PT?"
_CLOSING = re.compile(r"\s*\?\s*$")
# what the asking part asks of, told before by a pronoun: "can he get them later", "will they approve it"
_BACK = re.compile(r"\b(?:them|it|those|these|that|one)\b", re.IGNORECASE)


def condition_clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause of the asking part names a treatment as a condition ("if he does more PT"), when
    the rest of the asking part names none and asks of something told before by a pronoun ("can he get
    them later"), and the story before it names a treatment; or when the rest names the treatment asked before
    the condition, which closes the question ("did the 29 yo woman's lumbar MRI get approved once she tried PT?");
    [] otherwise."""
    start, end = asking_span(text)
    spans = [(m.start(), m.end()) for m in _CONDITION.finditer(text, start, end) if find_treatments(m.group("thing"))]
    if not spans:
        return []
    rest = text[start:end]
    for s, e in reversed(spans):
        rest = rest[: s - start] + " " * (e - s) + rest[e - start:]
    if len(spans) == 1 and _CLOSING.match(text, spans[0][1]) and find_treatments(rest[: spans[0][0] - start]):
        return spans
    if not find_treatments(text[:start]) or find_treatments(rest) or not _BACK.search(rest):
        return []
    return spans


__all__ = ["condition_clauses"]
