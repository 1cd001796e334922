"""A drug a question names, by any of its names (indexer.drug_names.DRUGS).

"Is Celebrex ever approved?" asks about celecoxib, which has no treatment set of its own: its set
is the NSAIDs. `unsetted_names` gives the names to narrow such a question's items by (service.scope),
so the answer counts celecoxib requests, not every NSAID.
"""

from __future__ import annotations

import re
from functools import lru_cache


def drug_names(word: str) -> tuple[str, ...]:
    """Every name (generic and brands) of the drug `word` names, or () when it names no drug. A
    brand that joins the drug to another (Vimovo: naproxen with esomeprazole) names itself only: a
    naproxen request is not one for Vimovo."""
    from indexer.drug_names import COMBINATIONS, DRUGS

    low = word.lower()
    if low in COMBINATIONS:
        return (word,)
    for drug in DRUGS:
        names = (drug.generic.split("/")[0], *drug.brands)
        if low in (n.lower() for n in names):
            return names
    return ()


def unsetted_names(words: tuple[str, ...]) -> tuple[str, ...]:
    """The names of the drugs `words` name when each word names a drug that no treatment set of its
    own stands for (Celebrex, Prilosec; not Norco: hydrocodone has its set); else ()."""
    from indexer.treatments import SETS

    ids = {s.id for s in SETS}
    names: list[str] = []
    for word in words:
        found = drug_names(word)
        if not found or found[0].split()[0].lower() in ids:
            return ()
        names += found
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=1)
def _any_name() -> re.Pattern[str]:
    from indexer.drug_names import DRUGS

    names = sorted({n for d in DRUGS for n in (d.generic.split("/")[0], *d.brands)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE)


def unsetted_mentions(text: str) -> list[tuple[str, int]]:
    """Every drug name in `text` (word, position) whose drug has no treatment set of its own: "naproxen
    vs ibuprofen" names two NSAIDs, each counted as itself (service.collection.lexicon)."""
    return [(m.group(0), m.start()) for m in _any_name().finditer(text) if unsetted_names((m.group(0),))]


__all__ = ["drug_names", "unsetted_mentions", "unsetted_names"]
