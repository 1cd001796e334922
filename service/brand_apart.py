"""A drug's brand said before "and" in a topical's phrase ("voltaren and lidocaine ointment") is a product of its
own, not a drug of the compound: compounds are titled by their generics ("Flurbiprofen 10%/Lidocaine 5%"), so the
brand is asked beside the ointment, not within it (indexer.treatments reads the phrase as one compound).

    brands_apart(text, treatments) -> treatments with ("nsaid", "voltaren"), ("medication", "voltaren") added
"""

from __future__ import annotations

import re

from indexer.taxonomy import TOPICAL_FORM
from indexer.treatments import find_treatments
from service.drugs import drug_names

# a word, then "and"/"or"/"&" (or a comma), then a few words up to the topical's form word: "voltaren and lidocaine
# ointment", "the Mobic, lidocaine cream"
# (no verb between: "UR cut his flexeril and denied the numbing cream" tells the flexeril, asks of the cream)
# ... nor only the word next to it: a brand a list's other things stand between ("voltaren, cyclobenzaprine, lidoderm
# cream": the compound phrase would swallow the voltaren)
_BEFORE_TOPICAL = re.compile(r"\b(?P<w>[A-Za-z][\w-]{2,})\s*(?:,\s*|\s+(?:and|or|&|plus)\s+)(?:the\s+|some\s+|his\s+|her\s+)?"
                             r"(?:(?![a-z]+(?:ed|ing)\b)[\w%./-]+(?:,|\s+(?:and|or|&|plus))?\s+){0,4}?"
                             r"(?=(?:cream|gel|ointment|lotion|patch(?:es)?|rub)\b)",
                             re.IGNORECASE)


def brands_apart(text: str, treatments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`treatments` (set id, words), with the sets of each drug brand said before "and" in a topical's phrase that no
    treatment's words name yet, in the order said."""
    said = {w.lower() for _t, w in treatments}
    added: list[tuple[str, str]] = []
    for m in _BEFORE_TOPICAL.finditer(text):
        word = m.group("w")
        names = drug_names(word)
        if not names or word.lower() == names[0].lower() or word.lower() in said or TOPICAL_FORM.search(word):
            continue  # no drug, its generic (a compound's own word), or named already
        added += [hit for hit in find_treatments(word) if hit not in treatments and hit not in added]
    return [*treatments, *added]
