"""Wording helpers for generated questions: short treatment names, topic rules, paraphrases.

Everything here is deterministic; the only randomness (the paraphrase typo) takes an explicit
`random.Random`.
"""

from __future__ import annotations

import random
import re

_NUM = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|sixteen|eighteen|twenty|twenty-four)"
)
# Quantities, frequencies and dosages, removed from a request to name the treatment.
_QUANTITY_PATTERNS = [
    r"\([^)]*\)",  # "(8 sessions)", "(DOS 11/18/16)", "(Mobic)"
    rf"\b{_NUM}\s+(?:months?|weeks?|days?)\s+(?:coverage|supply)\s+of\b",
    rf"\b{_NUM}(?:\s+to\s+{_NUM})?\s*(?:times?|x)\s*(?:a|per)?\s*(?:week|wk|day|month)"
    rf"(?:\s+for\s+{_NUM}\s+(?:weeks?|days?|months?))?",
    rf"\b{_NUM}\s*(?:times?|x)\s*{_NUM}\b",  # "2 times 8", "2x4"
    rf"\b{_NUM}\s+hours?\s+per\s+day\b",
    rf"\b{_NUM}\s+(?:sessions?|visits?|treatments?)\s+of\b",
    rf"\b(?:for\s+)?{_NUM}\s+(?:sessions?|visits?)\b",
    rf"\b(?:for|with)\s+{_NUM}\s+refills?\b",
    r"\b\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?\s*(?:%|(?:mg|mcg|ml|gm|grams|g)\b(?:/ml\b)?)",
    r"#\s*\d+",
    r"\b(?:with|without)\s+contrast\b",
    r"\bdaily trial\b",
]
_LEADING_NUMBER = re.compile(rf"^(?:{_NUM}\s+)+", re.IGNORECASE)
_BODY_WORDS = re.compile(
    r"spine|neck|back|knee|shoulder|hand|wrist|hip|elbow|head|foot|ankle|lumbar|cervical"
    r"|thoracic|extremit|pelvis|\bL\d|\bC\d",
    re.IGNORECASE,
)
_TRAILING_FUNCTION_WORDS = {"and", "for", "the", "of", "with", "to", "by", "followed", "a", "or", "vs"}
_PLURAL_HEADS = re.compile(
    r"\b(?:injections|sessions|x-rays|braces|treatments|visits|studies|pillows|refills)\b", re.I
)
# Brand names keep their capital; other Title-case words are lowercased.
BRAND_GENERIC = {
    "Flexeril": "cyclobenzaprine",
    "Norco": "hydrocodone/acetaminophen",
    "Ultram": "tramadol",
    "Prilosec": "omeprazole",
}
_BRANDS = set(BRAND_GENERIC) | {"Voltaren", "Motrin", "Mobic", "Protonix", "Celebrex", "Lyrica"}


def base_request(request: str) -> str:
    """The original request of a modified item, without the boilerplate; else the request."""
    text = " ".join(request.split())
    text = re.split(r"\s+was the original request\b", text, maxsplit=1, flags=re.I)[0]
    return re.sub(r"^Associated surgical service:\s*", "", text, flags=re.I)


def short_treatment(request: str, max_words: int = 10) -> str:
    """A natural short name for a request: no quantities, doses or frequencies.

    "Acupuncture 3 times a week for 2 weeks, neck, right hand and head" ->
    "acupuncture, neck, right hand and head"; "Cyclobenzaprine 7.5mg #90 was the original
    request. ..." -> "cyclobenzaprine".
    """
    text = base_request(request)
    for pattern in _QUANTITY_PATTERNS:
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+/", "/", text)
    text = re.sub(r"/\s+", "/", text)
    segments = [" ".join(s.split()).strip(" .:-") for s in re.split(r"[,;]", text)]
    segments = [s for s in segments if s]
    if not segments:
        return " ".join(base_request(request).split()[:max_words])
    kept = [segments[0]]
    for segment in segments[1:]:  # body sites after a comma stay: "acupuncture, neck"
        if _BODY_WORDS.search(segment):
            kept.append(segment)
        else:
            break
    joined = kept[0] + "".join(
        (" " if re.match(r"(?:for|of|to|in|on|at)\b", s, re.I) else ", ") + s for s in kept[1:]
    )
    words = _LEADING_NUMBER.sub("", joined).split()[:max_words]
    while len(words) > 1 and words[-1].lower().strip(",") in _TRAILING_FUNCTION_WORDS:
        words.pop()
    words = [_case_word(w) for w in words]
    return " ".join(words).strip(" ,") or base_request(request)


def _case_word(word: str) -> str:
    return "/".join(_case_part(part) for part in word.split("/"))


def _case_part(word: str) -> str:
    core = word.strip(",.")
    if core in _BRANDS or not core[:1].isupper() or any(c.isupper() or c.isdigit() for c in core[1:]):
        return word  # brands and acronyms (MRI, TENS, L4-5, EMG) keep their case
    return word.lower()


def was_were(treatment: str) -> str:
    return "were" if _PLURAL_HEADS.search(treatment) else "was"


# --- topics: simple keyword rules over request text --------------------------------------------

# (slug, label used in questions, pattern that must match, optional second pattern that must match)
TOPIC_RULES: tuple[tuple[str, str, str, str | None], ...] = (
    ("lumbar-mri", "lumbar MRI", r"\bMRI\b|magnetic resonance", r"lumbar|lumbosacral|L/S|low back"),
    ("cervical-mri", "cervical MRI", r"\bMRI\b|magnetic resonance", r"cervical|neck|C/S"),
    ("knee-mri", "knee MRI", r"\bMRI\b|magnetic resonance", r"knee"),
    ("shoulder-mri", "shoulder MRI", r"\bMRI\b|\bMR\b|magnetic resonance", r"shoulder"),
    ("physical-therapy", "physical therapy", r"physical therapy|\bPT\b|hand therapy", None),
    ("chiropractic", "chiropractic", r"chiro|spinal manipulation", None),
    ("acupuncture", "acupuncture", r"acupuncture", None),
    ("opioid", "opioid",
     r"norco|hydrocodone|tramadol|ultram|oxycodone|percocet", None),
    ("muscle-relaxant", "muscle relaxant",
     r"cyclobenzaprine|flexeril|tabradol|baclofen|tizanidine|methocarbamol|carisoprodol", None),
    ("nsaid", "NSAID", r"naproxen|ibuprofen|motrin|diclofenac|voltaren|celecoxib|meloxicam|mobic"
     r"|\bnsaid", None),
    ("ppi", "proton pump inhibitor", r"omeprazole|prilosec|pantoprazole|protonix|\bPPI\b", None),
    ("tens", "TENS unit", r"\bTENS\b|transcutaneous electrical", None),
    ("esi", "epidural steroid injection", r"epidural steroid|\bESI\b", None),
    ("emg-ncs", "EMG/NCS", r"\bEMG\b|\bNCS\b|\bNCV\b|electromyograph|nerve conduction", None),
    ("ct-scan", "CT scan", r"\bCT\b|computed tomography", None),
    ("x-ray", "x-ray", r"x-rays?\b|radiograph", None),
)


def topics_of(request: str) -> list[str]:
    """Slugs of every topic rule the request matches."""
    text = base_request(request)
    slugs = []
    for slug, _label, first, second in TOPIC_RULES:
        if re.search(first, text, re.I) and (second is None or re.search(second, text, re.I)):
            slugs.append(slug)
    return slugs


def topic_label(slug: str) -> str:
    return next(label for s, label, _a, _b in TOPIC_RULES if s == slug)


# --- paraphrase: abbreviations, brand/generic swaps, one seeded typo ----------------------------

ABBREVIATIONS = (
    (r"\bthe lumbar spine\b", "the L/S"),
    (r"\blumbar spine\b", "L/S"),
    (r"\bthe cervical spine\b", "the C/S"),
    (r"\bcervical spine\b", "C/S"),
    (r"\bthe thoracic spine\b", "the T/S"),
    (r"\bthoracic spine\b", "T/S"),
    (r"\blumbosacral\b", "LS"),
    (r"\bphysical therapy\b", "PT"),
    (r"\bepidural steroid injections?\b", "ESI"),
    (r"\btranscutaneous electrical nerve stimulation\b", "TENS"),
    (r"\belectromyography\b", "EMG"),
    (r"\bnerve conduction stud(?:y|ies)\b", "NCS"),
    (r"\bhome exercise program\b", "HEP"),
)
_SWAPS = {**BRAND_GENERIC, **{g: b for b, g in BRAND_GENERIC.items()}, "hydrocodone": "Norco"}
_SWAP_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(_SWAPS, key=len, reverse=True)) + r")\b", re.I
)
_PROTECTED = {"denied", "approved", "upheld", "overturned", "injured", "case", "male", "female"}


def abbreviate(text: str) -> str:
    """Apply abbreviations and brand<->generic swaps (DOMAIN.md's list); may return `text` unchanged."""
    for pattern, short in ABBREVIATIONS:
        text = re.sub(pattern, short, text, flags=re.IGNORECASE)
    return _SWAP_RE.sub(lambda m: _SWAPS[_canonical_key(m.group(1))], text)


def _canonical_key(word: str) -> str:
    return next(k for k in _SWAPS if k.lower() == word.lower())


def add_typo(text: str, rng: random.Random) -> str:
    """Swap two adjacent inner letters of one longer lowercase word (not a decision word)."""
    tokens = text.split(" ")
    candidates = [
        i for i, t in enumerate(tokens)
        if len(t) >= 5 and t.isalpha() and t.islower() and t not in _PROTECTED
        and any(t[j] != t[j + 1] for j in range(1, len(t) - 2))
    ]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = tokens[i]
    positions = [j for j in range(1, len(word) - 2) if word[j] != word[j + 1]]
    j = rng.choice(positions)
    tokens[i] = word[:j] + word[j + 1] + word[j] + word[j + 2:]
    return " ".join(tokens)
