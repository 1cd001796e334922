"""The search vocabulary: abbreviations, lay words and the other names of drugs, so that a
question's wording meets a letter's.

`expand_terms(text)` appends the expansions of abbreviations ("L/S": lumbar spine), the other
name of each brand/generic drug (indexer.drug_names), the drug a lay name of a topical means
("pepper cream": capsaicin) and a strength's number alone ("75mg": 75), so that lexical search
matches either wording. `lay_term` gives the letters' word for a lay phrase; `VOCABULARY` is the
words a misspelling may be read as (service.spelling). Rule-based: general vocabulary, never
per-letter special cases.
"""

from __future__ import annotations

import re

from indexer.drug_names import DRUGS, alternation, drug_name, drug_names_lower

ABBREVIATIONS: dict[str, str] = {
    "L/S": "lumbar spine", "C/S": "cervical spine", "T/S": "thoracic spine", "LS": "lumbosacral spine",
    "PT": "physical therapy", "OT": "occupational therapy", "HEP": "home exercise program",
    "ROM": "range of motion", "SLR": "straight leg raise", "HNP": "herniated nucleus pulposus",
    "EMG": "electromyography", "NCV": "nerve conduction velocity", "NCS": "nerve conduction studies",
    "ESI": "epidural steroid injection", "TFESI": "transforaminal epidural steroid injection",
    "ILESI": "interlaminar epidural steroid injection", "TENS": "transcutaneous electrical nerve stimulation",
    "DME": "durable medical equipment", "UDS": "urine drug screen", "FCE": "functional capacity evaluation",
    "FRP": "functional restoration program", "RFA": "request for authorization", "UR": "utilization review",
    "DOI": "date of injury", "DOS": "date of service", "MMI": "maximum medical improvement",
    "NSAID": "nonsteroidal anti-inflammatory drug", "PPI": "proton pump inhibitor",
    "IMR": "independent medical review", "MRI": "magnetic resonance imaging", "CT": "computed tomography",
    "PRP": "platelet-rich plasma", "CBT": "cognitive behavioral therapy", "ORIF": "open reduction internal fixation",
    "UE": "upper extremity", "LE": "lower extremity", "BUE": "bilateral upper extremities",
    "BLE": "bilateral lower extremities", "TPI": "trigger point injection", "MBB": "medial branch block",
}  # fmt: skip

_FREQ = re.compile(r"\b(\d{1,2})\s*[xX]\s*(\d{1,2})\b")
_ABBR_RE = re.compile(rf"(?<!\w)(?:{alternation(ABBREVIATIONS)})s?(?!\w)", re.IGNORECASE)
_ABBR_KEY = {k.lower(): k for k in ABBREVIATIONS}
# The same pattern for lowercased text (as indexer.drug_names has for drug names): a
# case-insensitive alternation of hundreds of names is about 3x slower in `re`, and expand_terms
# runs on every chunk when the lexical index is built.
_ABBR_LOWER = re.compile(rf"(?<!\w)(?:{alternation(k.lower() for k in ABBREVIATIONS)})s?(?!\w)")

# Lay words, for search to meet the letters' word: a pepper cream is capsaicin
# (the heat of chili peppers), a numbing cream or patch lidocaine.
_TOPICAL_NOUN = r"(?:creams?|patch(?:es)?|ointments?|gels?|rubs?|lotions?)"  # no pepper spray
_LAY_TERMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:(?:hot|chil(?:i|li|e)|cayenne)\s+)?peppers?\s+{_TOPICAL_NOUN}\b", re.IGNORECASE), "capsaicin"),
    (re.compile(rf"\bnumbing\s+(?:{_TOPICAL_NOUN}|sprays?)\b", re.IGNORECASE), "lidocaine"),
    # not a drug, but told the same way: an MRI taken standing is the letters' "positional" (upright) MRI
    (re.compile(r"\b(?:standing|stand-up|upright|weight[- ]bearing)\s+(?:MRI|scan)s?\b", re.IGNORECASE), "positional"),
    # ... and a drug taken as a liquid is the letters' "oral suspension"
    (re.compile(r"\b(?:liquid|drinkable)\s+(?:medicines?|medications?|meds|drugs?|pain\s+killers?|forms?)\b|\bsyrups?\b",
                re.IGNORECASE), "oral suspension"),
)


def lay_term(text: str) -> str | None:
    """The letters' word for a lay phrase of `text` ("numbing cream": lidocaine), or None."""
    return next((generic for lay, generic in _LAY_TERMS if lay.search(text)), None)


# Words a misspelling may be read as (service.understand): treatments, body parts and drug names.
VOCABULARY: frozenset[str] = frozenset(
    w.lower()
    for d in DRUGS
    for w in re.findall(r"[A-Za-z]{4,}", " ".join([d.generic, *d.brands]))
    if w.lower() not in {"with", "medical", "food", "acid", "amino", "forte", "methyl"}
) | frozenset(
    "physical therapy therapist acupuncture acupuncturist chiropractic chiropractor injection epidural facet "
    "steroid surgery surgeon surgical arthroscopy imaging lumbar cervical thoracic shoulder elbow wrist ankle "
    "knee lumbosacral spine spinal electromyography electrodiagnostics psychological psychotherapy functional "
    "restoration occupational massage traction ultrasound brace pillow opioid relaxant relaxer muscle topical "
    "anticonvulsant antidepressant benzodiazepine radiograph xray arthrogram evaluation consultation referral "
    "manipulation aquatic biofeedback cognitive behavioral platelet trigger stimulation stimulator "
    "transcutaneous urine toxicology wheelchair walker crutches orthotics cryotherapy compound cream patch "
    "meniscectomy laminectomy discectomy fusion decompression arthroplasty rotator carpal tunnel extremity "
    "modalities magnetic resonance tomography radiofrequency ablation rhizotomy neurotomy medial branch "
    "hyaluronic viscosupplementation interferential acetaminophen hydrocodone proton inhibitor nonsteroidal "
    "herniated radiculopathy sciatica sciatic hernia pelvis pelvic abdomen groin thigh forearm finger thumb "
    "cortisone psychologist psychiatrist counseling polysomnography inflammatory orthopedic arthroscopic "
    "hydrotherapy trapezius sacroiliac transforaminal interlaminar preoperative postoperative clearance "
    "fluoroscopic fluoroscopy acromioplasty chondroplasty microdiscectomy foraminotomy kyphoplasty vertebroplasty "
    "tenodesis debridement neuroplasty adhesiolysis hypnotherapy ergonomic orthosis compression pneumatic "
    "transportation membership".split()
)


_NUMBER_ALONE = re.compile(r"(?<![\w./-])(\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*)(?![\w./-])")
_STRENGTH = re.compile(r"(?<![\w./-])(\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*)(?:mg|mcg|gm?|ml|%)(?![\w/-])")


def expand_terms(text: str) -> str:
    """`text` plus the expansions of its abbreviations and the other names of the drugs it names."""
    lowered = text.lower()
    extra: list[str] = []
    for m in _ABBR_LOWER.finditer(lowered):
        word = m.group(0)
        key = _ABBR_KEY.get(word) or _ABBR_KEY.get(word[:-1])
        if key:
            extra.append(ABBREVIATIONS[key])
    for m in _FREQ.finditer(text):
        extra.append(f"{m.group(1)} times a week for {m.group(2)} weeks")
    for m in drug_names_lower(lowered):
        drug, is_brand = drug_name(m.group(0))
        extra.extend([drug.generic.replace("/", " ")] if is_brand else drug.brands)
    extra.extend(generic for lay, generic in _LAY_TERMS if lay.search(text))
    seen: set[str] = set()
    kept = [e for e in extra if e.lower() not in lowered and not (e.lower() in seen or seen.add(e.lower()))]
    # a strength with its unit is one search token ("75mg"): its number alone too, as people say
    # it ("the Voltaren 75", "Norco 10/325"), unless the text has it alone already
    strengths = dict.fromkeys(m.group(1) for m in _STRENGTH.finditer(lowered))
    if strengths:
        alone = set(_NUMBER_ALONE.findall(lowered))
        kept += [n for n in strengths if n not in alone]
    return " ".join([text, *kept]) if kept else text
