"""Spanish words in an English question, read as their English glosses.

Many California workers and their families write in English with Spanish words mixed in: "mi
esposo's back", "mi mama tiene 62, su hombro derecho duele - why no MRI del hombro?". The words
that say who the patient is (mother, husband), their age ("tiene 62", "62 años") and where it
hurts (hombro, rodilla) carry the question; each is read as its English word, so that the rest of
the reading (service.people, indexer.taxonomy's body regions) finds them. Only words that are not
also English words are read this way ("pie", "once", "red" are left alone).
"""

from __future__ import annotations

import re

_GLOSSES: dict[str, str] = {
    # who: "mi mamá", "su esposo", "la señora"
    "mamá": "mother", "mama": "mother", "madre": "mother", "papá": "father", "padre": "father",
    "esposo": "husband", "marido": "husband", "esposa": "wife", "hermano": "brother", "hermana": "sister",
    "hijo": "son", "hija": "daughter", "mujer": "woman", "hombre": "man", "señora": "woman", "señor": "man",
    "abuela": "grandmother", "abuelo": "grandfather", "tía": "aunt", "tío": "uncle",
    # where it hurts
    "hombro": "shoulder", "hombros": "shoulders", "espalda": "back", "cuello": "neck", "rodilla": "knee",
    "rodillas": "knees", "mano": "hand", "manos": "hands", "muñeca": "wrist", "muñecas": "wrists",
    "codo": "elbow", "codos": "elbows", "cadera": "hip", "caderas": "hips", "tobillo": "ankle",
    "tobillos": "ankles", "brazo": "arm", "brazos": "arms", "pierna": "leg", "piernas": "legs",
    "cabeza": "head", "dedo": "finger", "dedos": "fingers", "cintura": "low back",
    # how it happened and how it feels
    "dolor": "pain", "duele": "hurts", "duelen": "hurt", "cayó": "fell", "escalera": "ladder",
    # what was decided: "negaron la resonancia", "aprobaron la terapia"
    "negaron": "denied", "rechazaron": "denied", "aprobaron": "approved", "autorizaron": "approved",
    "trabajo": "work", "derecho": "right", "derecha": "right", "izquierdo": "left", "izquierda": "left",
}
# the same words typed without their accents ("mama", "munieca" aside): "munecas", "tia", "cayo"
_PLAIN = str.maketrans("áéíóúñ", "aeioun")
_GLOSS = {**{w.translate(_PLAIN): e for w, e in _GLOSSES.items() if w.translate(_PLAIN) not in ("tia", "tio")}, **_GLOSSES}
_WORD = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(map(re.escape, _GLOSS), key=len, reverse=True)) + r")(?![\w'’-])",
                   re.IGNORECASE)
# the age as Spanish says it: "tiene 62", "tiene 62 años", "62 años" -> "is 62", "62 years old"
_TIENE = re.compile(r"\btiene\s+(\d{2})(?:\s+a[nñ]os)?\b", re.IGNORECASE)
_ANOS = re.compile(r"\b(\d{2})\s+a[nñ]os\b(?!\s+(?:ago|atr[aá]s))", re.IGNORECASE)
# "por qué": why; "mi mama": my mother (not "5 mi", miles)
_WHY = re.compile(r"\bpor\s*qu[eé]\b", re.IGNORECASE)
# the decision said of "it" or "them" (a follow-up): "por qué la negaron?", "lo aprobaron?" -> "why was it denied?"
_DECIDED_IT = re.compile(r"\b(?P<it>la|lo|las|los)\s+(?P<verb>negaron|rechazaron|aprobaron|autorizaron)\b", re.IGNORECASE)
_MY = re.compile(r"(?<![\d\s])(?<!\d\s)\bmi(?=\s+[^\W\d])|^mi(?=\s+[^\W\d])", re.IGNORECASE)


def gloss(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with its Spanish words read as English, and the (typed, read) pairs."""
    pairs: list[tuple[str, str]] = []

    def put(m: re.Match[str], english: str) -> str:
        pairs.append((m.group(0), english))
        return english

    text = _TIENE.sub(lambda m: put(m, f"is {m.group(1)}"), text)
    text = _ANOS.sub(lambda m: put(m, f"{m.group(1)} years old"), text)
    text = _WHY.sub(lambda m: put(m, "why"), text)
    text = _DECIDED_IT.sub(lambda m: put(m, f"{'were they' if m.group('it').lower().endswith('s') else 'was it'} "
                                            f"{_GLOSS[m.group('verb').lower()]}"), text)
    text = _MY.sub(lambda m: put(m, "my"), text)
    text = _WORD.sub(lambda m: put(m, _GLOSS[m.group(1).lower()]), text)
    return text, pairs
