"""Body parts that only describe the patient's symptoms, not what was requested.

"more chiropractic ... for the 27-year-old with tingling in her right thigh", "the woman whose
knee gives way", "with pain shooting down into his left leg", "the 46F with left-sided neck pain":
the thigh, knee, leg and neck are where the patient hurts, told to pick the patient out; the chiropractic asked about is for her low back. A
region named only in such a phrase is no condition on the item (service.lacking.plain_regions).
"""

from __future__ import annotations

import re

# (an injury of the part describes the patient as its pain does: "the woman with the head injury")
_SYMPTOM = (r"(?:pain|pains|tingling|numbness|numb|aching|aches?|spasms?|weakness|burning|swelling|tenderness|"
            r"paresthesias?|cramping|stiffness|symptoms?|radiating|radiates|shooting|going|goes|that\s+goes|feeling|sensation|"
            r"injury|injuries|trauma|contusions?|sprains?|strains?|fractures?)")
_POSSESSIVE = r"(?:(?:his|her|my|their|the|both)\s+)?(?:(?:left|right|lower|upper)\s+)?"
# "with tingling in her right", "with pain shooting down into his left", "complains of numbness in the"
_BEFORE = re.compile(
    rf"\b(?:with|has|had|having|gets?|got|complains?\s+of|reports?)\s+(?:\w+\s+){{0,3}}?{_SYMPTOM}"
    rf"(?:\s+(?:down|up|out))?(?:\s+(?:in|into|to|down|of|on|around|through))+\s+{_POSSESSIVE}$",
    re.IGNORECASE,
)
# "whose knee", before "hurts", "aches", "goes numb", "gives way"
_WHOSE = re.compile(rf"\bwhose\s+{_POSSESSIVE}$", re.IGNORECASE)
_WHOSE_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:hurts?|aches?|goes\s+numb|went\s+numb|gives?\s+way|tingles?|burns?)\b",
                          re.IGNORECASE)
# "with left-sided neck pain", "who has chronic low back aching", "with elbow and wrist pain": the
# region names the complaint (the EMG/NCS for neck pain is of the arm); then the symptom, after it
_BEFORE_REGION = re.compile(r"\b(?:with|has|had|having|complains?\s+of|reports?)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_ACHE = re.compile(r"aches?$", re.IGNORECASE)  # "with the post-traumatic headaches": the region word is the symptom
_SYMPTOM_AFTER = re.compile(rf"^(?:\s*(?:,|and|or|&)\s*[\w-]+){{0,2}}\s+{_SYMPTOM}\b", re.IGNORECASE)
# "the 50 yo woman with the burning face", "the guy with the numb left arm", "with her sore knee": the
# symptom said before where it is felt, after "with" (the patient's, as "with knee pain" is)
_FELT_BEFORE = re.compile(r"\b(?:with|has|had|having|gets?|got)\s+(?:(?:the|a|an|his|her|my|their|both)\s+)?"
                          r"(?:(?:very|really|so|bad(?:ly)?)\s+)?(?:burning|numb|tingly|tingling|sore|stiff|weak|swollen|"
                          r"achy|aching|painful|throbbing|hurting|injured)\s+(?:(?:and\s+)?(?:numb|tingly|weak|stiff|"
                          r"swollen|sore|painful)\s+)?(?:(?:left|right|lower|upper)\s+)?$", re.IGNORECASE)
# "did the reviewer even count the leg numbness?", "because of her neck pain": the patient's
# symptom, owned ("for the neck pain" is what a request treats)
_OWNED_BEFORE = re.compile(r"(?<!\bfor\s)\b(?:the|her|his|my|their)\s+(?:(?:left|right)\s+)?$", re.IGNORECASE)


# "for the abdominal muscle strain case", "the lumbar radiculopathy patient": the region is in the
# diagnosis that picks the patient out (a region after the noun is no longer in it)
_IN_DIAGNOSIS_AFTER = re.compile(r"^(?:\s+[a-z/'-]+){0,3}\s+(?:case|patient|claimant|applicant)\b(?!-)", re.IGNORECASE)
_IN_DIAGNOSIS_BEFORE = re.compile(r"\bthe\s+(?:[a-z/'-]+\s+){0,3}$", re.IGNORECASE)


def only_symptoms(text: str, regions: list[tuple[str, str]]) -> bool:
    """Whether every body region of `regions` (region, words) is named in `text` only where it
    describes the patient's symptoms."""
    if not regions:
        return False
    for _region, words in regions:
        spans = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)]
        if not spans:
            return False
        for at in spans:
            before = text[max(0, at - 80):at]
            after = text[at + len(words):]
            if not (_BEFORE.search(before) or _FELT_BEFORE.search(before) or (_WHOSE.search(before) and _WHOSE_AFTER.match(after))
                    or (_BEFORE_REGION.search(before) and (_SYMPTOM_AFTER.match(after) or _ACHE.search(words)))
                    or (_OWNED_BEFORE.search(before) and _SYMPTOM_AFTER.match(after))):
                return False
    return True


# "smashed my hand in a door", "hurt her back and neck lifting", "fell on his left knee": the part
# named in how the patient got hurt (a list of them too)
_HURT_BEFORE = re.compile(
    r"\b(?:smash|crush|squash|jamm|slamm|pinch|hurt|injur|broke|twist|sprain|strain|fractur|bang|bump|fell\s+on|"
    r"landed\s+on)\w*\s+(?:(?:his|her|my|their|the|a)\s+)?(?:(?:left|right)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}[\w-]+(?:\s*,\s*|\s+and\s+|\s+&\s+)(?:(?:his|her|my|their|the)\s+)?(?:(?:left|right)\s+)?){0,3}$",
    re.IGNORECASE)


def told_in_injury(text: str, regions: list[tuple[str, str]], treatment_words: tuple[str, ...]) -> list[tuple[str, str]]:
    """The regions of `regions` (region, words) that `text` names only where it tells how the
    patient got hurt, when every other one is named with a treatment of `treatment_words` ("my
    neck MRI got cut - 33, smashed my hand in a door" asks of the neck); else []."""
    told, kept = [], []
    for region, words in regions:
        spans = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)]
        (told if spans and all(_HURT_BEFORE.search(text[max(0, at - 80):at]) for at in spans) else kept).append(
            (region, words))
    things = "|".join(re.escape(w) for w in treatment_words)
    if not told or not kept or not things:
        return []
    for _region, words in kept:
        part = re.escape(words)
        if not re.search(rf"(?<!\w){part}\s+(?:[\w/-]+\s+)?(?:{things})(?!\w)|(?<!\w)(?:{things})\s+(?:of|for|on)\s+"
                         rf"(?:(?:the|his|her|my|their)\s+)?(?:(?:left|right)\s+)?{part}(?!\w)", text, re.IGNORECASE):
            return []
    return told


def in_diagnosis(text: str, region_words: tuple[str, ...]) -> bool:
    """Whether every region word is named in `text` only inside the diagnosis a patient is called by
    ("for the abdominal muscle strain case": no condition on what of theirs is counted)."""
    if not region_words:
        return False
    for words in region_words:
        spans = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)]
        if not spans or not all(_IN_DIAGNOSIS_BEFORE.search(text[max(0, at - 80):at])
                                and _IN_DIAGNOSIS_AFTER.match(text[at + len(words):]) for at in spans):
            return False
    return True
