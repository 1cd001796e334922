"""Which of a letter's requests had a drug or an ingredient: "which one had lidocaine?" after the 54-year-old woman's
two creams, both of which list lidocaine, asks of both: each request whose own words name it is answered, not the
one that retrieval put first. Said first: 'Both name lidocaine: "A" [1] and "B" [2].'"""

from __future__ import annotations

import re

from service.choice import asks_which

I = re.IGNORECASE
# "which one had lidocaine?", "which ones contain dextromethorphan?", "which was the one with capsaicin?"
_HAD = re.compile(r"\bwhich\b[^?.;!]{0,30}?\b(?:had|has|have|contained|contains?|containing|included|includes?|including|"
                  r"with|was\s+(?:for|with)|were\s+(?:for|with)|listed|lists?)\s+(?:the\s+|some\s+|any\s+)?(?P<word>[a-z][\w-]{3,})", I)


def contained(text: str, requests: list[tuple[int, str]]) -> tuple[str, list[int]] | None:
    """The word `text` asks "which one had" and the indexes of the requests (index, request words) that name it,
    when two or more do and not all of them; else None.

        contained("which one had lidocaine?", [(1, "Naproxen 500mg #60"), (3, "Dextromethorphan 5%/Lidocaine/..."),
                                                (4, "Flurbiprofen 10%/Lidocaine 5%, 120grams #1")]) -> ("lidocaine", [3, 4])
    """
    if not asks_which(text) or not (m := _HAD.search(text)):
        return None
    word = m.group("word").lower()
    named = [n for n, request in requests if re.search(rf"(?<![a-z]){re.escape(word)}", request, I)]
    if len(named) < 2 or len(named) == len(requests):
        return None
    return word, named


def contained_sentence(word: str, named: list[tuple[str, str]]) -> str:
    """'Both name lidocaine: "A" [1] and "B" [2].' of the requests named (title, mark)."""
    said = [f'"{title}" {mark}' for title, mark in named]
    head = "Both name" if len(said) == 2 else f"All {len(said)} of these name"
    listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    return f"{head} {word}: {listed}."


__all__ = ["contained", "contained_sentence"]
