"""Index terms: how chunk texts and questions become the words lexical search matches.

Documents and queries both pass through `expand_terms` (indexer.vocabulary), so "L/S" meets
"lumbar spine" and "Flexeril" meets "cyclobenzaprine"; then lowercase words, the parts of
"l4-5" or "l/s", a light plural fold, stopwords left out.
"""

from __future__ import annotations

import functools
import re

from indexer.vocabulary import expand_terms

_TOKEN = re.compile(r"[a-z0-9]+(?:[/-][a-z0-9]+)*")
STOPWORDS = frozenset(
    "a an and are as at be been but by for from had has have he her his in is it its of on or she that the "
    "their there these this to was were which with why what how who when does did do was request requests "
    "requested case".split()
)


def stem(word: str) -> str:
    """A light plural/inflection fold: 'injections' -> 'injection', 'MRIs' -> 'mri'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=200_000)
def _terms(tok: str) -> tuple[str, ...]:
    """The index terms of one lowercased token: itself and, for "l4-5" or "l/s", its parts; stemmed,
    stopwords left out. Cached: letters repeat a small vocabulary."""
    parts = [tok] + (tok.replace("/", "-").split("-") if ("/" in tok or "-" in tok) else [])
    return tuple(stem(p) for p in parts if p and p not in STOPWORDS)


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(expand_terms(text).lower()):
        out += _terms(tok)
    return out


def unexpanded_tokens(text: str) -> list[str]:
    """`tokens` without the abbreviation and brand/generic expansions: the words as written."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower()):
        out += _terms(tok)
    return out
