"""How people who are not reviewers name treatments: lay words, brand names, misspellings.

Written for the evaluation, independently of the system's tables (indexer/drug_names.py and
indexer/taxonomy.py are never read here): the brands are the US trade names of the generics the
letters request, less common ones first, so many are names the system has not been given. Misspellings go beyond an adjacent
swap: a missing letter, a doubled letter, or a phonetic spelling ("siklobenzaprine").
Every function is deterministic given its `random.Random`.
"""

from __future__ import annotations

import random
import re

# generic (as it appears in a request, lowercased) -> brand names
BRANDS: dict[str, tuple[str, ...]] = {
    "cyclobenzaprine": ("Amrix", "Fexmid", "Flexeril"),
    "baclofen": ("Lioresal", "Ozobax", "Gablofen"),
    "diclofenac": ("Zorvolex", "Cambia", "Zipsor"),
    "naproxen": ("Naprosyn", "Anaprox", "Aleve", "EC-Naprosyn"),
    "ibuprofen": ("Advil", "Caldolor"),
    "motrin": ("Advil",),
    "voltaren": ("Zorvolex", "Cataflam"),
    "pantoprazole": ("Protonix",),
    "celecoxib": ("Celebrex", "Elyxyb"),
    "meloxicam": ("Mobic", "Vivlodex", "Qmiiz"),
    "tramadol": ("Ultram", "ConZip", "Ryzolt"),
    "nortriptyline": ("Pamelor", "Aventyl"),
    "lidocaine": ("Lidoderm", "Xylocaine", "Zingo"),
    "norco": ("Vicodin", "Lortab", "Xodol"),
    "hydrocodone": ("Vicodin", "Lortab", "Xodol"),
    "omeprazole": ("Prilosec", "Zegerid"),
    "gabapentin": ("Neurontin", "Gralise", "Horizant"),
    "tizanidine": ("Zanaflex",),
    "viagra": ("sildenafil",),  # a brand in the letter: the generic is the unfamiliar word
}

# a pattern in the short treatment name -> lay words for it (the whole match is replaced)
LAY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\bMRI\b(?:\s+scan)?(?:\s+(?:of|for)\s+(?:the\s+)?)?(?:lumbar|lumbosacral)(?:\s+spine)?",
     ("lower back scan", "MRI of the low back")),
    (r"\b(?:lumbar|lumbosacral)(?:\s+spine)?\s+MRI\b", ("lower back scan",)),
    (r"\bMRI\b(?:\s+scan)?(?:\s+(?:of|for)\s+(?:the\s+)?)?cervical(?:\s+spine)?", ("neck scan", "MRI of the neck")),
    (r"\bcervical spine MRI\b", ("neck MRI",)),
    (r"\bMRI\b(?:\s+of)?(?:\s+the)?(\s+(?:right|left))?\s+knee", ("knee scan",)),
    (r"\bCT scan\b", ("CAT scan", "cat scan")),
    (r"\bX-?rays?\b", ("xrays", "plain films")),
    # EMG records the muscles, NCS/NCV the nerves: a letter often has both as separate items, so
    # "nerve conduction test" names only NCS/NCV (it named a lone EMG before)
    (r"\bEMG(?:/| and )NC[SV]\b", ("nerve testing", "nerve and muscle testing")),
    (r"\bEMG\b", ("muscle nerve test", "needle muscle test")),
    (r"\bNC[SV]\b", ("nerve testing", "nerve conduction test")),
    (r"\bepidural steroid injection\b", ("steroid shot in the back", "spinal injection")),
    (r"\bTENS unit\b", ("electric muscle stimulator", "nerve stimulator unit")),
    (r"\b(?:additional\s+)?physical therapy(?:\s+sessions)?\b", ("physio", "rehab sessions", "therapy visits")),
    (r"\bchiropractic(?:\s+care|\s+treatment)?\b|\bchiro\b", ("chiropractor visits", "back adjustments")),
    (r"\barthroscopy\b", ("scope surgery",)),
    (r"\burine drug testing\b", ("drug test", "urine test")),
    (r"\bcyclobenzaprine\b|\bbaclofen\b|\btizanidine\b", ("muscle relaxer",)),
    (r"\bnaproxen\b|\bibuprofen\b|\bmeloxicam\b|\bcelecoxib\b|\bMotrin\b|\bVoltaren\b", ("anti-inflammatory",)),
    (r"\bNorco\b|\btramadol\b|\bhydrocodone\b", ("pain pills", "pain meds")),
    (r"\bpantoprazole\b|\bomeprazole\b", ("stomach pills", "heartburn medicine")),
    (r"\bacupuncture\b", ("needle therapy",)),
)

# whole-word phonetic misspellings people write (checked first), then general sound rules
PHONETIC_WORDS: dict[str, str] = {
    "cyclobenzaprine": "siklobenzaprine", "acupuncture": "acupunksher", "chiropractic": "kiropractic",
    "chiropractor": "kiropracter", "naproxen": "naproksen", "ibuprofen": "ibuprophen",
    "pantoprazole": "pantoprazol", "meloxicam": "meloxikam", "tramadol": "tramadal",
    "baclofen": "backlofen", "physical": "fisical", "therapy": "therapie", "injection": "injecshun",
    "epidural": "epideral", "arthroscopy": "arthroskopy", "celecoxib": "selecoxib", "lidocaine": "lidocane",
    "nortriptyline": "nortriptiline", "diclofenac": "diklofenac", "cervical": "servical",
    "lumbar": "lumbur", "shoulder": "sholder", "thoracic": "thorasic", "extremity": "extremitee",
}
_SOUND_RULES: tuple[tuple[str, str], ...] = (
    (r"ph", "f"), (r"cy", "si"), (r"ce", "se"), (r"ci", "si"), (r"c(?=[aou])", "k"), (r"x", "ks"),
    (r"qu", "kw"), (r"tion", "shun"), (r"y(?=[^aeiou]|$)", "i"), (r"ine\b", "een"),
)
TYPO_KINDS: tuple[str, ...] = ("missing", "doubled", "phonetic")


def brand_for(text: str, rng: random.Random) -> str | None:
    """`text` with its first generic (or brand) replaced by another brand name; None if it has none."""
    for generic, brands in BRANDS.items():
        match = re.search(rf"\b{re.escape(generic)}\b", text, re.IGNORECASE)
        if match:
            return text[: match.start()] + rng.choice(brands) + text[match.end():]
    return None


def lay_for(text: str, rng: random.Random) -> str | None:
    """`text` with its first lay-worded part replaced; None if no rule matches."""
    for pattern, words in LAY_WORDS:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            return text[: match.start()] + rng.choice(words) + text[match.end():]
    return None


def missing_letter(word: str, rng: random.Random) -> str:
    """Drop one inner letter (not the first or last)."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1:]


def doubled_letter(word: str, rng: random.Random) -> str:
    """Double one inner consonant that is not doubled already."""
    spots = [i for i in range(1, len(word) - 1)
             if word[i].isalpha() and word[i].lower() not in "aeiou" and word[i] != word[i + 1] and word[i] != word[i - 1]]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[: i + 1] + word[i] + word[i + 1:]


def phonetic(word: str, rng: random.Random) -> str:
    """A sound-alike spelling: a known one, else one sound rule that changes the word."""
    known = PHONETIC_WORDS.get(word.lower())
    if known:
        return known
    rules = [(p, r) for p, r in _SOUND_RULES if re.search(p, word[1:])]
    if not rules:
        return word
    pattern, repl = rng.choice(rules)
    return word[0] + re.sub(pattern, repl, word[1:], count=1)


def misspell(text: str, kind: str, rng: random.Random) -> str:
    """`text` with its longest alphabetic word (6+ letters, not a case number) misspelled by `kind`."""
    words = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z]{6,}", text)]
    if not words:
        return text
    start, word = max(words, key=lambda pair: (len(pair[1]), -pair[0]))
    spelled = {"missing": missing_letter, "doubled": doubled_letter, "phonetic": phonetic}[kind](word, rng)
    return text[:start] + spelled + text[start + len(word):]
