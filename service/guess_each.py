"""A reason offered of what several letters decided ("why were the 40 year old woman's meds denied - was it
because she didn't try PT first?", the description fitting two letters): the yes or no of that reason said of each
letter, as an item answer says it of one (service.reason_asked.confirmation):

    In CM17-0017734: Yes, the reviewer gave that reason for "Tramadol 50mg #60".
    In CM16-0234464: No, the reviewer did not give that reason for any of its 6 requests.

The answer opens with the yes or no of the reason, not of the decision (opening_of): "It depends on which letter: "
when the letters differ.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from indexer.model import Letter
from service.reason_asked import asked_reasons, asked_studies, besides_studies, confirmation, reason_clauses
from service.scope import ScopeItem


def guess_of_each(text: str, by_case: Mapping[str, Sequence[ScopeItem]], letters: Mapping[str, Letter]) -> list[str]:
    """One sentence per letter of `by_case` saying whether its reviewer gave the reason `text` offers; none when
    no reason is offered or no reason code reads it."""
    asked = asked_reasons(text)
    if not asked or not reason_clauses(text):
        return []
    studies, besides = asked_studies(text), besides_studies(text)
    said = []
    for case, theirs in by_case.items():
        letter = letters[case]
        items = [letter.items[i.item_index - 1] for i in theirs]
        if not any(item.reasons for item in items):
            continue  # no reason codes to compare with
        given = [item for item in items if confirmation(asked, item, studies=studies, text=letter.text,
                                                        besides=besides).startswith(("Yes", "Partly"))]
        names = ", ".join(f'"{item.title or item.request}"' for item in given)
        if not given:
            of = "its request" if len(items) == 1 else f"any of its {len(items)} requests"
            said.append(f"In {case}: No, the reviewer did not give that reason for {of}.")
        elif len(given) == len(items):
            said.append(f"In {case}: Yes, the reviewer gave that reason for {names if len(items) == 1 else f'all {len(items)} requests'}.")
        else:
            rest = len(items) - len(given)
            said.append(f"In {case}: Partly: the reviewer gave that reason for {names}, not for the other {rest}.")
    return said


def opening_of(guesses: Sequence[str], depends: str) -> str:
    """The yes or no that opens an answer over the letters whose sentences `guesses` are (guess_of_each): the reason
    offered is what is asked, not the decision, so yes only when every letter's reviewer gave it, no when none did, else
    `depends` ("It depends on which letter")."""
    said = {g.split(": ", 1)[1].split(",", 1)[0].split(":", 1)[0] for g in guesses}
    n = len(guesses)
    if said == {"Yes"}:
        return f"Yes, {'the reviewer' if n == 1 else 'both reviewers' if n == 2 else f'all {n} reviewers'} gave that reason: "
    if said == {"No"}:
        return ("No, the reviewer did not give that reason: " if n == 1 else "No, neither reviewer gave that reason: "
                if n == 2 else "No, none of the reviewers gave that reason: ")
    return f"{depends}: "
