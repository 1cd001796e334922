"""Misspelt treatment words in a question, read as the vocabulary's (indexer.vocabulary.VOCABULARY
and the lay words here) or the indexed letters' requests: one or two edits away ("gabapentine", "transforminal"), spelt
as they sound ("servical", "fisical", "acupunksher"), or a typo that ends like a word
("tramadal", "diclofenic"). Words of 5+ letters; a short word (3-4 letters: "ncek", "bak", "kene",
"TNES", "elow") only as a typo of the short treatment and body words (SHORT_WORDS), by a letter
left out or two neighbours swapped. Common words are left as typed."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable

from indexer.terms import stem
from indexer.vocabulary import VOCABULARY

_WORD = re.compile(r"[A-Za-z]{5,}")
# Common words of 5+ letters that the spelling corrector leaves alone (each is near some vocabulary
# word). Not a stopword list (that is indexer/stopwords.py): these are kept in the question as typed.
_COMMON = frozenset(
    "about above after again against among approve approved approving authorized authorised because before "
    "being below between cases certified cited cites claims could decided decision decisions denial denied "
    "documentation documented doctor during every explain female females found given granted guideline "
    "guidelines infection infections injured injury knows letter letters medical medically necessary needed "
    "number often other overturned patient patients physician physicians provider reason reasons records "
    "region regions reject "
    "rejected request requested requests review reviewer reviewers section sections should show since still "
    "spite their there these thing think those three treating treatment treatments under upheld usually what "
    "where which while whose worker workers would years typical median orthopedist".split()
)
# Words people who are not reviewers name treatments by (indexer.treatments' lay synonyms): a typo
# of one is read as it ("phisio", "stmach pills", "heartbun medicine"). Not "medication" or
# "swelling": one letter from "meditation" and "smelling", words a question may mean.
LAY_WORDS = frozenset(
    "physio physiotherapy physiotherapist rehab rehabilitation stomach heartburn reflux ulcer numbing painkiller "
    "narcotic opiate antispasmodic insomnia anxiety depression needle ointment lotion tablets capsules "
    "adjustment nerve backbone tailbone whiplash headache migraine liniment health".split()
)
_VOCABULARY = VOCABULARY | LAY_WORDS
_ENDINGS = ("s", "es", "ed", "d", "ing", "ic", "ics", "al", "ally", "ation", "ion", "ions", "ant", "ive", "y", "ies")
_COMPLETIONS = ("", *_ENDINGS)  # what a stem takes to make a vocabulary word
_BY_FIRST: dict[str, list[str]] = {}
for _w in sorted(_VOCABULARY):
    _BY_FIRST.setdefault(_w[0], []).append(_w)


# Short words a question names a treatment or a body part by (4-5 letters): their typos are 3-4
# letters, too short for the edit distance above to tell from other words, so only a letter left
# out (not the first) or two neighbours swapped (not the first) is read: "ncek", "nek", "bcak", "kene",
# "TNES", "Noco", "elow", "sacn".
SHORT_WORDS = frozenset(w for w in _VOCABULARY if 4 <= len(w) <= 5) | frozenset(
    "neck back knee hand head foot feet hips arms legs scan exam tens home shot pill rays pain chiro".split()) | frozenset(
    # ... and the question words that tell what is asked ("wehn IMR reverses", "waht about"), whose typo
    # hides the question ("where": its typo "were" is a word)
    "when what which".split())
# Words (and abbreviations) such a typo spells: left as typed ("had" is no "hand", "ten" no "TENS").
_SHORT_COMMON = frozenset(
    "arm ams bac cram face fact fee fete foo grin had han hip his hoe leg les nec path pail san sine spin som sot ten tes "
    "wist writ writs zing hme pach ray pan pin".split()
)


def _short_typos() -> dict[str, str]:
    """Each typo of a SHORT_WORDS word (a letter left out or two neighbours swapped, the first letter
    kept) -> the word, when one word alone is spelt so and the typo is no word of its own."""
    found: dict[str, set[str]] = {}
    for w in SHORT_WORDS:
        typos = {w[:i] + w[i + 1:] for i in range(1, len(w))}
        typos |= {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 1) if w[i] != w[i + 1]}
        for t in typos:
            if len(t) >= 3:
                found.setdefault(t, set()).add(w)
    return {t: next(iter(ws)) for t, ws in found.items()
            if len(ws) == 1 and t not in _SHORT_COMMON and t not in _VOCABULARY}


_SHORT_TYPOS = _short_typos()
# "x-ras": x-rays; "c-spne", "l-spien": the spine of a region's letter
_SHORT_WORD = re.compile(r"(?:(?<![\w/'-])|(?<=\b[xcltXCLT]-))[A-Za-z]{3,4}(?![\w/'-])", re.IGNORECASE)


# The words of IMR's decisions ("aproved", "denyed", "denail", "overturend", "uphled"): a typo of one hides
# what the question asks or presumes (service.outcomes), so it is read as the word when it is the
# word with a letter left out (not the first), two neighbours swapped (not the first) or the same
# sound, and no word of its own ("dental" is one letter from "denial", and stays)
OUTCOME_WORDS = frozenset(
    "approve approved approval approvals denied denial denials upheld uphold overturned overturn overturns rejected "
    "refused authorized authorised certified".split())


def _outcome_typos() -> dict[str, str]:
    """Each typo of an OUTCOME_WORDS word (5+ letters) -> the word, when one word alone is spelt so."""
    found: dict[str, set[str]] = {}
    for w in OUTCOME_WORDS:
        typos = {w[:i] + w[i + 1:] for i in range(1, len(w))}
        typos |= {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 1) if w[i] != w[i + 1]}
        for t in typos - {w}:
            if len(t) >= 5:
                found.setdefault(t, set()).add(w)
    return {t: next(iter(ws)) for t, ws in found.items()
            if len(ws) == 1 and t not in _COMMON and t not in _VOCABULARY and t not in OUTCOME_WORDS}


_OUTCOME_TYPOS = _outcome_typos()


def _outcome_word(low: str) -> str | None:
    """The outcome word `low` misspells (OUTCOME_WORDS), or None."""
    if low in OUTCOME_WORDS:
        return None
    return _OUTCOME_TYPOS.get(low) or _OUTCOME_SOUNDS.get(_sound(low))


def correct(question: str, words: frozenset[str] = frozenset(),
            known: Callable[[str], bool] | None = None) -> tuple[str, list[tuple[str, str]]]:
    """Fix misspelt treatment words (5+ letters): one edit away from the vocabulary (two from 10+
    letters). `words`: more vocabulary, e.g. the words of the indexed letters' requests, so that
    "transforminal" is read as the "transforaminal" the letters use. `known(term)`: whether the
    indexed letters use a word (as an index term, indexer.terms): a word reviewers write is no
    typo ("no neurologic findings" is not "neurolytic", a treatment)."""
    corrections: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _COMMON or low in words or _known(low) or (known is not None and known(stem(low))):
            return word
        if outcome := _outcome_word(low):
            corrections.append((word, outcome))
            return outcome
        pool = [v for v in (*_BY_FIRST.get(low[0], ()), *(w for w in words if w[:1] == low[:1]))
                if abs(len(v) - len(low)) <= 2]
        near = difflib.get_close_matches(low, pool, n=3, cutoff=0.75)
        best = ([v for v in near if _distance(low, v) <= (1 if len(low) < 10 else 2)] or _sounds_like(low, words)
                # ... or two edits in the ending of a long drug name whose first six letters are right ("naproxine"; not
                # a word with an ending more or less, "function" of "functional", nor another word's, "operation")
                or [v for v in near if len(low) >= 8 and v[:6] == low[:6] and _distance(low, v) <= 2 and _is_drug(v)
                    and not v.startswith(low) and not low.startswith(v)])
        if not best or _inflected(low, best[0]):  # "month" is no typo of "months", nor "claim" of "claims"
            return word
        corrections.append((word, best[0]))
        return best[0]

    def fix_short(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        read = _SHORT_TYPOS.get(low)
        if read is None or low in words:
            return word
        read = read.upper() if word.isupper() else read  # "TNES": "TENS", as the capitals name it
        corrections.append((word, read))
        return read

    return _SHORT_WORD.sub(fix_short, _WORD.sub(fix, question)), corrections


# Spellings of one sound, as people write what they hear: "servical", "fisical", "naproksen",
# "injecshun", "backlofen", "acupunksher", "deprizeen". Applied in order to a lowercased word.
_SOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in (
    (r"ph", "f"), (r"[ts]ion\b", "shun"), (r"t(?:ure|ur)\b|(?:sh|ch)(?:ure|ur|er)\b", "cher"), (r"(?:ine|een)\b", "in"),
    (r"ck", "k"), (r"c(?=[eiy])", "s"), (r"[cq]", "k"), (r"x", "ks"),
    (r"z", "s"), (r"y", "i"), (r"(?<=[kstpgwr])h", ""), (r"(.)\1+", r"\1"), (r"(?<=\w\w\w)e\b", ""),
    (r"(?<=\w\w\w)[aeou]r\b", "er"),  # an unstressed ending: "chiropracter", "lumbur"
    (r"(?<=\w\w\w)(?:al|el|il|le|l)\b", "l"),  # ... and another: "cervicle", "spinel", "flexerall"
))


@functools.lru_cache(maxsize=65536)
def _sound(word: str) -> str:
    """`word` spelt by its sound: _sound("cervical") == _sound("servical") == "servikal"."""
    for pattern, by in _SOUNDS:
        word = pattern.sub(by, word)
    return word


_BY_SOUND: dict[str, list[str]] = {}  # _sound(word) -> vocabulary words
for _w in sorted(_VOCABULARY):
    if len(_w) >= 5:
        _BY_SOUND.setdefault(_sound(_w), []).append(_w)


def _sounds_like(word: str, words: frozenset[str] = frozenset()) -> list[str]:
    """The vocabulary word spelt the same by sound ("servical", "fisical", "naproksen",
    "injecshun"). Only the same sound: words one sound apart are often both real ("paraffin" and
    "Parafon", "fraction" and "traction")."""
    key = _sound(word)
    found = [*_BY_SOUND.get(key, ()), *_sound_index(words).get(key, ())]
    return sorted(set(found), key=lambda v: (_distance(word, v), v))[:1]


@functools.lru_cache(maxsize=2)
def _sound_index(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """_sound(word) -> the words of `words` spelt so (built once per word set: the engine keeps
    one until it reads the requests again)."""
    index: dict[str, list[str]] = {}
    for w in words:
        index.setdefault(_sound(w), []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def _is_drug(word: str) -> bool:
    """Whether `word` is a drug's name (indexer.drug_names)."""
    from indexer.drug_names import DRUGS

    low = word.lower()
    return any(low in (*(g.lower() for g in drug.generic.split("/")), *(b.lower() for b in drug.brands)) for drug in DRUGS)


def _known(word: str) -> bool:
    """A vocabulary word, or one with another ending: "compounded", "electrodiagnostic", "therapies".
    Only a whole ending counts: "tramadal" and "diclofenic" end like words ("-al", "-ic") but
    "tramad" and "diclofen" take no ending to make "tramadol" or "diclofenac", so they are typos."""
    if word in _VOCABULARY:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            # a silent e goes before an ending that starts with a vowel ("massaging"), not before
            # an "s" ("bracs" is a typo of "braces")
            silent = ("e",) if ending[0] in "aeiouy" else ()
            if any(stem + end in _VOCABULARY for end in (*_COMPLETIONS, *silent)):
                return True
    return False


def _inflected(word: str, other: str) -> bool:
    """Whether `word` is `other` with another ending ("month" and "months", "authorizes" and
    "authorized", "joints" and "joint"): the same word in another form, not a typo of it. Not
    "bracs" and "braces" (a letter left out) or "tramadole" and "tramadol"."""
    common = 0
    while common < min(len(word), len(other)) and word[common] == other[common]:
        common += 1
    ends = {word[common:], other[common:]}
    return common >= 4 and ends <= {"", "s", "d", "es", "ed", "ing"} and ends != {"s", "es"}


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbouring letters as one edit (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


# OUTCOME_WORDS by their sound ("denyed", "aprooved"): _sound(word) -> the word
_OUTCOME_SOUNDS = {_sound(w): w for w in OUTCOME_WORDS}
