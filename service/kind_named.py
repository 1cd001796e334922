"""A kind of request named by its own word beside a treatment of that kind: "her celebrex approved and
the liquid medicines turned down, right?" names the celecoxib and, apart, her medications. find_treatments
gives each set the first words naming it (the celecoxib, for "medication" too); the kind's own word,
said apart from every treatment named, is added as a second word naming it, so a claim or a question of
its own about the kind is read (service.scope) and the kind's other requests asked of too; a kind's word
beside the treatment, with nothing joining them, is the treatment's own ("CT scan", "Norco pain pills").
"""

from __future__ import annotations

import re

from indexer.treatments import find_treatments, own_words

# what sets a thing apart from the one named before or after it: "her celebrex approved and the liquid medicines"
# (not "CT scan", "the Norco pain pills": one thing, its kind's word beside it)
_JOINED = re.compile(r"\b(?:and|or|but|plus|also|while|whereas|then)\b|[,;:?!.]", re.IGNORECASE)
# the kinds that take in many requests, asked of by their own word ("the meds", "the equipment")
_KINDS = ("medication", "dme", "injection", "imaging", "surgery")


def kinds_named_apart(text: str, treatments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`treatments` (set id, words), with (kind, its own word) after them for each kind named by a
    narrower treatment's words and, apart from every treatment's words, by a word of its own."""
    text = " ".join(text.split())
    low = text.lower()
    spans = [(at, at + len(w)) for _sid, w in treatments if (at := low.find(w.lower())) >= 0]
    added: list[tuple[str, str]] = []
    for sid, words in treatments:
        if sid not in _KINDS or {s for s, _w in find_treatments(words)} == {sid}:
            continue  # named by its own word already
        for at, own in own_words(text, sid):
            apart = all(_JOINED.search(text[b:at] if b <= at else text[at + len(own):a]) for a, b in spans)
            if apart and {s for s, _w in find_treatments(own)} == {sid} and (sid, own) not in added:
                added.append((sid, own))
    return [*treatments, *added]
