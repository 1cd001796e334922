"""The condition a question calls its patient by, as the case summary would print it.

"the woman with mild lumbar degenerative disc disease", "for the abdominal muscle strain case",
"the man diagnosed with carpal tunnel syndrome": users copy the diagnosis from the records, and
the letter's case summary prints it word for word; so with words they quote ("whose chiropractic
was giving 'some benefit'"). service.patients counts a letter whose
summary holds such a phrase as agreeing with the description (loosely, like the mechanism of
injury: a summary that words it otherwise contradicts nothing).
"""

from __future__ import annotations

import functools
import re

from indexer.taxonomy import find_regions

_NOUN = r"(?:case|patient|claimant|applicant)"
_PERSON = (r"(?:woman|man|lady|gentleman|guy|girl|boy|patient|worker|employee|claimant|applicant|client|"
           r"husband|wife|son|daughter|father|dad|mother|mom|brother|sister|one|person|someone|female|male|"
           # "the 34 yo with low back pain", "a 34 year old with ...": the age stands for the person
           r"yo|y/o|old)")
# "the abdominal muscle strain case" (not "the same case", "the 46-year-old patient")
_CALLED = re.compile(rf"\bthe\s+((?:[a-z/'-]+\s+){{1,4}}?){_NOUN}\b(?!-)", re.IGNORECASE)
# "the woman with mild lumbar degenerative disc disease", "who was diagnosed with a rotator cuff tear"
_WITH = re.compile(rf"\b(?:{_PERSON}|diagnosed|diagnosis\s+of)\s+(?:(?:who|that)\s+(?:has|had)\s+|with\s+|of\s+)"
                   r"((?:[a-z0-9/'-]+\s*){2,8})", re.IGNORECASE)
# "they called it a brain injury", "the doctor said it was a rotator cuff tear", "diagnosed it as
# tendinitis": the condition as the records named it
_CALLED_IT = re.compile(r"\b(?:called|calls|call|said|says|say|diagnosed)\s+it\s+(?:was\s+|is\s+|as\s+)?"
                        r"(?!(?:was|is|as|in|into|off|out|up|on|to|back|quits|fine|ok|okay)\b)((?:[a-z0-9/'-]+\s*){2,8})", re.IGNORECASE)
# where the description ends: the question goes on
_END = re.compile(r"\s(?:why|what|who|whose|which|when|was|were|is|are|did|does|do|and|but|got|get|gets|had|has|"
                  r"have|from|at|in|after|since|because|for|asked|requested|wanted"
                  # ... or its verb negated: "the guy with foot pain didn't get denied?", "... wasn't approved"
                  r"|(?:did|was|were|is|are|has|have|had|does|do|could|would|wo|ca)n['’]?t|never|not)\b.*$",
                  re.IGNORECASE | re.DOTALL)
_LEADING = re.compile(r"^(?:(?:a|an|the|her|his|my|their|some|all|that|this|those|these|bad|chronic)\s+)+",
                      re.IGNORECASE)
_NOT_DIAGNOSIS = re.compile(r"^(?:\d|same|other|first|second|third|last|next|previous|whole|entire|only|"
                            r"one|two|three|four|five|six)", re.IGNORECASE)
MIN_WORDS = 2


def normalised(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


# "whose chiropractic was giving 'some benefit'": words quoted from the records (not a possessive's
# apostrophe: "the woman's knee and the man's back")
# (service.quoting reads longer quotes of a reviewer's sentence with it)
_QUOTED = re.compile(r"(?<!\w)['‘\"“]([^\"“”?!]{3,400}?)['’\"”](?!\w)")


def quoted(text: str, min_words: int = MIN_WORDS) -> tuple[str, ...]:
    """The phrases of at least `min_words` words that `text` quotes, normalised."""
    found = [normalised(m.group(1)) for m in _QUOTED.finditer(text)]
    return tuple(dict.fromkeys(p for p in found if len(p.split()) >= min_words))


# a diagnosis told by its noun, wherever it stands: typed telegraphically ("28 yo woman, lumbar sprain,
# pain 10/10"), or in a sentence ("she has a rotator cuff tear", "his L5-S1 disc herniation"): the
# words before the noun, up to a function word
_DIAGNOSIS_NOUN = (r"(?:sprain|strain|tear|fracture|radiculopathy|stenosis|tendinitis|tendonitis|tendinosis|bursitis|"
                   r"impingement|herniation|syndrome|disease|neuropathy|arthritis|osteoarthritis|contusion|dislocation|"
                   r"myelopathy|spondylosis|spondylolisthesis|sciatica|epicondylitis|fasciitis|concussion|laceration|"
                   r"capsulitis|derangement|instability|tenosynovitis|myofascitis|myositis)s?")
_FUNCTION = (r"(?:a|an|the|her|his|my|their|our|your|with|who|whose|has|had|have|having|and|or|of|for|in|on|at|to|"
             r"from|by|after|was|were|is|are|be|been|did|does|do|got|get|gets|imr|ur|why|what|which|when|how|"
             r"diagnosed|diagnosis|dx)\b")
_NAMED = re.compile(rf"(?<![\w'-])((?:(?!{_FUNCTION})[a-z][a-z0-9/'-]*\s+){{1,3}}{_DIAGNOSIS_NOUN})(?![\w-])", re.IGNORECASE)


def condition_phrases(text: str) -> tuple[str, ...]:
    """The phrases of `text` that name the patient's condition, normalised (lowercase words), each
    of at least two words; a diagnosis named by its noun (`_NAMED`) once, not again inside a longer
    phrase already read ("mild lumbar degenerative disc disease")."""
    found: list[str] = []
    for m in [*_CALLED.finditer(text), *_WITH.finditer(text), *_CALLED_IT.finditer(text), *_NAMED.finditer(text)]:
        phrase = _LEADING.sub("", _END.sub("", m.group(1).strip()))
        if _NOT_DIAGNOSIS.match(phrase) or "year" in phrase.lower():
            continue
        norm = normalised(phrase)
        if len(norm.split()) >= MIN_WORDS and not any(f" {norm} " in f" {f} " for f in found):
            found.append(norm)
    # a condition by its lay name, wherever it stands: "with the insomnia and the tennis elbow" (the description
    # cut at its "and")
    for m in _LAY_CONDITION.finditer(normalised(text)):
        if not any(f" {m.group(1)} " in f" {f} " for f in found):
            found.append(m.group(1))
    return tuple(found)


# "I get tingling in my face and toes", "with numbness in her left hand": a symptom where the
# patient feels it, which the summary tells in its own order ("tingling in face and toes on the right")
# a loss of feeling ("the decreased feeling in his pinky", "lost sensation in her thumb") is what a
# summary records as "decreased sensation"
_LOST_FEELING = re.compile(r"\b(?:decreased|reduced|diminished|less|lost|loss\s+of|no)\s+(?:feeling|sensation)$", re.IGNORECASE)
_SYMPTOMS = (r"tingling|tingles|numbness|numb|burning|weakness|cramping|spasms?|swelling|stiffness|pins\s+and\s+needles|"
             r"headaches|dizziness|ringing|(?:decreased|reduced|diminished|less|lost|loss\s+of|no)\s+(?:feeling|sensation)")
_FELT = re.compile(rf"\b({_SYMPTOMS})\s+(?:in|into|of|on|down|around)\s+(?:(?:my|her|his|their|the|both)\s+)?"
                   rf"(?:(?:left|right)\s+)?([a-z]+)(?:\s*(?:,|and|&)\s*(?!(?:{_SYMPTOMS})\b)(?:(?:my|her|his|their|the)\s+)?"
                   r"([a-z]+))?",
                   re.IGNORECASE)
# "whose right ring finger and pinky went numb", "my left hand goes numb": the place, then the symptom
_PLACE = r"(?:(?:left|right)\s+)?([a-z]+)(?:\s+(?:finger|toe)s?)?"
_FELT_AFTER = re.compile(
    rf"\b(?:my|her|his|their|whose|both|[a-z]+'s)\s+{_PLACE}(?:\s*(?:,|and|&)\s*{_PLACE})?"
    r"\s+(?:went|goes|go|gone|get|gets|got|is|are|was|were|feels?|felt|turns?|turned|keeps?\s+going|keeps?\s+getting)\s+"
    r"(?:so\s+|really\s+|all\s+|very\s+)?(numb|tingly|weak|stiff|swollen)\b",
    re.IGNORECASE)
# "the lady with the tingly face", "his numb weak hands", "the burning face pain": the symptom said of
# the place it is felt in, before it (a body part: not "the numb feeling")
_FELT_ON = re.compile(r"\b(?:the|my|her|his|their|with|both)\s+(tingly|tingling|numb|weak|stiff|swollen|burning)"
                      r"(?:\s+(?:and\s+)?(?:tingly|tingling|numb|weak|stiff|swollen|burning))?\s+(?:(?:left|right)\s+)?([a-z]+)",
                      re.IGNORECASE)
# "whose stomach hurt from the naproxen", "my knee still aches": pain told by its verb, after where it is felt
_HURTS = re.compile(
    rf"\b(?:my|her|his|their|whose|both|[a-z]+'s)\s+{_PLACE}(?:\s*(?:,|and|&)\s*{_PLACE})?"
    r"\s+(?:(?:was|is|were|are|has\s+been|had\s+been|have\s+been|kept|keeps|started|still|really|always|so)\s+)*"
    r"(?:hurt|hurts|hurting|ached|aches|aching|ache)\b",
    re.IGNORECASE)
# "the man with neck, low back and right foot pain": a pain told by a list of the places before it,
# each a body part; a list of three or more (one or two places, "neck pain", "neck and shoulder pain",
# are told by too many summaries, and reading them so lost held-out answers: 6f9ba52)
_SIDE_OR_PART = r"(?:(?:left|right|low(?:er)?|upper|mid)\s+)?[a-z]+"
_PAIN_AT = re.compile(rf"\b(?:with|has|had|having)\s+(?:(?:his|her|my|their|the|some)\s+)?"
                      rf"({_SIDE_OR_PART}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*){_SIDE_OR_PART}){{2,4}})\s+(?:pain|aches?)\b",
                      re.IGNORECASE)
_NOT_A_PLACE = frozenset({"left", "right", "low", "lower", "upper", "mid", "and"})
LISTED_PLACES = 3


def _pain_at(text: str) -> list[tuple[str, ...]]:
    """("pain", place ...) for each pain `text` tells by a list of LISTED_PLACES or more body parts
    before it."""
    found = []
    for m in _PAIN_AT.finditer(text):
        places = [w.lower() for w in re.findall(r"[a-z]+", m.group(1), re.IGNORECASE) if w.lower() not in _NOT_A_PLACE]
        if len(places) >= LISTED_PLACES and all(find_regions(w) for w in places):
            found.append(("pain", *places))
    return found


# "hit her head and gets dizzy": a symptom felt nowhere in particular (not what a drug is for:
# "anti-nausea pills", "Zofran for nausea")
_BARE = re.compile(r"(?<!anti-)(?<!for\s)\b(dizzy|dizziness|vertigo|lightheaded|nauseous|nausea|tinnitus)\b", re.IGNORECASE)
NEAR = 12  # words: how close a symptom and where it is felt stand in a summary


# a broken vertebra told by its level ("an x-ray showing a C2 fracture", "he cracked C2"), which a
# summary spells out ("cervical 2 vertebral ... fracture", "a fracture at spinous process cervical 2 level")
_LEVEL = r"([CTL]\d{1,2})"
_BROKEN_LEVEL = re.compile(rf"\b(?:fractur(?:e|ed|es)|broke|broken|cracked)\s+(?:(?:his|her|my|their|the|a)\s+)?{_LEVEL}\b"
                           rf"|\b{_LEVEL}\s+(?:vertebra\w*\s+)?(?:fractures?|fx|break|crack)\b", re.IGNORECASE)
_SPELLED_LEVEL = re.compile(r"\b(cervical|thoracic|lumbar)\s+(\d{1,2})\b(?!\s*(?:x\b|times|sessions|visits|weeks|days))",
                            re.IGNORECASE)


def _symptom_word(word: str) -> str:
    """A word of a told symptom, lowercase; a loss of feeling in the summary's words ("decreased sensation")."""
    return "decreased sensation" if _LOST_FEELING.search(word) else word.lower()


def symptoms_felt(text: str) -> tuple[tuple[str, ...], ...]:
    """The symptoms `text` tells with where they are felt: ("tingling", "face", "toes")."""
    before = [tuple(_symptom_word(w) for w in m.groups() if w) for m in _FELT.finditer(text)]
    after = [tuple(w.lower() for w in (m.group(3), m.group(1), m.group(2)) if w) for m in _FELT_AFTER.finditer(text)]
    after += [(m.group(1).lower(), m.group(2).lower()) for m in _FELT_ON.finditer(text)
              if find_regions(m.group(2)) or m.group(2).lower() in _FINGERS or m.group(2).lower() in _LAY_PLACES]
    hurts = [tuple(["pain", *(w.lower() for w in m.groups() if w)]) for m in _HURTS.finditer(text)]
    hurts += _pain_at(text)
    bare = [(m.group(1).lower(),) for m in _BARE.finditer(text)]
    broken = [("fracture", (m.group(1) or m.group(2)).lower()) for m in _BROKEN_LEVEL.finditer(text)]
    return tuple(dict.fromkeys(before + after + hurts + bare + broken))


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


# a symptom's root, to meet the summary's noun ("numb" and "numbness", "tingly" and "tingling")
_SYMPTOM_END = re.compile(r"(?:ness|ing|ly|les|y|es|s)$")
# the fingers by their lay names and by the records' ordinals ("numbness in the right fourth and fifth fingers")
_FINGERS = {"thumb": ("thumb", "first", "1st"), "index": ("index", "second", "2nd"),
            "little": ("pinky", "pinkie", "little", "small", "fifth", "5th"),
            "middle": ("middle", "long", "third", "3rd"), "ring": ("ring", "fourth", "4th"),
            "pinky": ("pinky", "pinkie", "little", "small", "fifth", "5th"),
            "pinkie": ("pinky", "pinkie", "little", "small", "fifth", "5th")}


# a place by its lay name and by the records' words ("upper abdominal pain", "epigastric pain and tenderness")
_BELLY = ("stomach", "abdominal", "abdomen", "epigastric", "epigastrium", "gastric")
_LAY_PLACES = {"stomach": _BELLY, "belly": _BELLY, "tummy": _BELLY, "gut": _BELLY}


def _root(symptom: str) -> str:
    """The first four letters of the symptom's root ("dizzy" and "dizziness": "dizz")."""
    root = _SYMPTOM_END.sub("", symptom)
    return root[:4] if len(root) >= 4 else symptom


def felt_near(felt: tuple[str, ...], words: list[str]) -> bool:
    """Whether every word of `felt` (a symptom and its places) stands within NEAR words of the first."""
    root = _root(felt[0])
    places = [_FINGERS.get(w) or _LAY_PLACES.get(w) or (_stem(w),) for w in felt[1:]]
    stems = [_stem(w) for w in words]
    for at, word in enumerate(stems):
        if word.startswith(root):
            near = stems[max(0, at - NEAR):at + NEAR]
            if all(any(name in near for name in names) for names in places):
                return True
    return False


# "the reflux got better on it", "my heartburn": a stomach complaint told in one word, which the
# summary prints as such ("a gastroesophageal reflux diet"); word for word, as its root would also
# meet "reflexes" (not an anti-reflux drug's kind)
_STOMACH = re.compile(r"(?<!anti-)\b(reflux|heartburn|gerd|gastritis|dyspepsia|indigestion)\b", re.IGNORECASE)


# ... or in lay words for where it hurts: "upper belly pain" is epigastric pain
_EPIGASTRIC = re.compile(r"\bupper\s+(?:belly|stomach|abdomen|abdominal|tummy|gut)\b", re.IGNORECASE)


# ... or a pain of the belly with no part of it: "she got stomach pain from the naproxen" (the
# summary: "upper abdominal pain", "abdominal pain and tenderness")
_ABDOMINAL = re.compile(r"\b(?:stomach|belly|tummy|abdominal|abdomen)\s*(?:pains?|aches?|cramps?|cramping|upsets?|hurts|hurt)\b"
                        # ... or upset by a drug: "it upset her stomach", "an upset stomach", "the naproxen hurt her stomach"
                        r"|\b(?:upset(?:s|ting)?|hurt(?:s|ing)?|bother(?:s|ed|ing)?|irritat(?:es|ed|ing))\s+"
                        r"(?:(?:her|his|my|their|the|your)\s+)?(?:[\w-]+['\u2019]s\s+)?(?:stomach|belly|tummy)\b",
                        re.IGNORECASE)


def stomach_complaints(text: str) -> tuple[str, ...]:
    """The stomach complaints `text` tells, normalised as `printed` reads a summary."""
    return tuple(dict.fromkeys([*(m.group(1).lower() for m in _STOMACH.finditer(text)),
                                *(["epigastric"] if _EPIGASTRIC.search(text) else []),
                                *(["abdominal"] if not _EPIGASTRIC.search(text) and _ABDOMINAL.search(text) else [])]))


# what the summary records of the patient's work and pain, as it prints it: "the woman on light
# duty with the 10 out of 10 back pain" ("currently on modified duty", "Pain was rated 10 out of 10")
_WORK = re.compile(r"\b(light|modified|full|regular)\s+(?:duty|duties)\b|\b(off\s+work)\b|\b(temporary\s+total\s+disability|"
                   r"total\s+temporary\s+disability|TTD)\b|\b(work(?:s|ed|ing)?\s+full[\s-]?time)\b", re.IGNORECASE)
# "works full time", "still working full-time": as a summary prints it ("currently working full time")
_FULL_TIME = re.compile(r"\bwork(?:s|ed|ing)?\s+full[\s-]?time\b", re.IGNORECASE)
_PAIN = re.compile(r"\b(\d{1,2})\s*(?:/|out\s+of)\s*10\b", re.IGNORECASE)


def work_and_pain(text: str) -> tuple[str, ...]:
    """The work status and pain scores `text` tells, normalised as `printed` reads a summary."""
    found = []
    for m in _WORK.finditer(text):
        if m.group(1):
            found.append(f"{m.group(1).lower()} duty")
        elif m.group(2):
            found.append("off work")
        elif m.group(4):
            found.append("working full time")
        else:
            found.append("temporary total disability")
    found += [f"{m.group(1)} 10" for m in _PAIN.finditer(text)]
    return tuple(dict.fromkeys(found))


# the machine the patient works at, as the asker tells it ("she works a sewing machine all day", "operates a
# punch press machine"): the summaries print it ("cumulative trauma from operating a sewing machine")
_MACHINE = re.compile(r"\b(?:works?|working|operat(?:e|es|ed|ing)|runs?|running|ran)\s+(?:at\s+|on\s+)?(?:a|an|the)\s+"
                      r"([a-z]+)\s+machines?\b", re.IGNORECASE)


# ... or told by where they were hurt: "hurt her arm on the sewing machine", "the woman with the sewing machine"
# (not a machine that is a treatment: "the TENS machine", "the ice machine")
_MACHINE_TOLD = re.compile(r"\b(?:on|at|with|from|using|use|uses)\s+(?:a|an|the|her|his|their|my)\s+([a-z]+)\s+machines?\b",
                           re.IGNORECASE)


def machine_worked(text: str) -> tuple[str, ...]:
    """The machines `text` says the patient works at, as a summary prints them ("sewing machine")."""
    from indexer.treatments import find_treatments

    told = [m.group(1) for m in _MACHINE_TOLD.finditer(text) if not find_treatments(f"{m.group(1)} machine")]
    return tuple(dict.fromkeys(f"{w.lower()} machine" for w in [*(m.group(1) for m in _MACHINE.finditer(text)), *told]))


def _as_told(summary: str) -> str:
    """The summary with its work status ("off of work": "off work") and pain scores worded as work_and_pain
    words them, and its spelled-out spine levels as a question writes them ("cervical 2": "C2")."""
    summary = re.sub(r"\b(light|modified|full|regular)\s+duties\b", r"\1 duty", summary, flags=re.IGNORECASE)
    summary = re.sub(r"\boff\s+of\s+work\b", "off work", summary, flags=re.IGNORECASE)  # "placed off of work"
    summary = _FULL_TIME.sub("working full time", summary)
    summary = re.sub(r"\b(?:total\s+temporary\s+disability|TTD)\b", "temporary total disability", summary, flags=re.IGNORECASE)
    summary = _SPELLED_LEVEL.sub(lambda m: f"{m.group(1)[0].upper()}{m.group(2)}", summary)  # "cervical 2": C2
    return _PAIN.sub(lambda m: f"{m.group(1)} 10", summary)


@functools.lru_cache(maxsize=1024)
def _read(summary: str) -> tuple[str, list[str]]:
    """A summary normalised once (each candidate's summary is read for every phrase told)."""
    norm = normalised(_as_told(summary))
    return f" {norm} ", norm.split()


# a diagnosis told in lay words for the body part ("low back strain", "a neck sprain") is printed in
# the records' words ("lumbar sprain", "cervical strain"), and a lay speaker's strain or sprain is
# either one (the records' "sprain/strain"); a phrase in the records' own words, or a symptom ("low
# back pain", which summaries print so), stays word for word
_LAY_PARTS = {"low back": ("lumbar", "lumbosacral"), "lower back": ("lumbar", "lumbosacral"),
              "neck": ("cervical",), "upper back": ("thoracic",), "mid back": ("thoracic",),
              "middle back": ("thoracic",)}
_LAY_PART = re.compile(rf"^(.*?)\b({'|'.join(_LAY_PARTS)})\b(.*)$")
_STRAIN = re.compile(r"\b(?:strain|sprain)(s?)\b")


# a condition by its lay name is printed by its clinical one ("the woman with tennis elbow": "tendonitis on
# right lateral epicondyle"; "a frozen shoulder": "adhesive capsulitis")
_LAY_CONDITIONS = {"tennis elbow": ("lateral epicondyle", "lateral epicondylitis", "lateral epicondylar"),
                   "golfer s elbow": ("medial epicondyle", "medial epicondylitis", "medial epicondylar"),
                   "golfers elbow": ("medial epicondyle", "medial epicondylitis", "medial epicondylar"),
                   "frozen shoulder": ("adhesive capsulitis",),
                   "pinched nerve": ("radiculopathy", "nerve root"),
                   "slipped disc": ("disc herniation", "herniated disc", "disc protrusion", "herniated nucleus pulposus")}
_LAY_CONDITION = re.compile(rf"\b({'|'.join(_LAY_CONDITIONS)})\b")


# a mood told in lay words ("she has anxiety now", "he's been depressed since"), which a summary prints by its
# diagnosis ("adjustment disorder", "depressive disorder"); not a request for its care ("anxiety meds", "anti-anxiety
# pills", "depression therapy")
_MOODS = {"anxiety": ("anxiety", "anxious", "adjustment disorder", "panic"),
          "anxious": ("anxiety", "anxious", "adjustment disorder", "panic"),
          "panic attacks": ("anxiety", "anxious", "adjustment disorder", "panic"),
          "depression": ("depression", "depressive", "depressed", "adjustment disorder"),
          "depressed": ("depression", "depressive", "depressed", "adjustment disorder"),
          "ptsd": ("ptsd", "post traumatic stress", "posttraumatic stress")}
_MOOD = re.compile(rf"(?<!anti-)(?<!anti )\b({'|'.join(_MOODS)})\b(?!\s+(?:pills?|meds?|medications?|medicines?|drugs?|"
                   r"tablets?|therap\w*|treatment|counsel\w*|sessions?|visits?|evaluations?|consult\w*|referrals?))",
                   re.IGNORECASE)


def moods_told(text: str) -> tuple[str, ...]:
    """The moods `text` tells of the patient in lay words (`_MOODS`' keys), lowercase."""
    return tuple(dict.fromkeys(m.group(1).lower() for m in _MOOD.finditer(text)))


def as_recorded(phrase: str) -> tuple[str, ...]:
    """`phrase` (normalised) and, when it names the body part in lay words, the records' wordings of
    it: "low back strain" -> ("low back strain", "lumbar strain", "lumbar sprain", ...); a condition
    by its lay name, by its clinical ones: "tennis elbow" -> ("tennis elbow", "lateral epicondyle", ...)."""
    if phrase in _MOODS:
        return _MOODS[phrase]
    if lay := _LAY_CONDITION.search(phrase):
        return (phrase, *_LAY_CONDITIONS[lay.group(1)])
    m = _LAY_PART.match(phrase)
    if not m or not re.search(rf"\b{_DIAGNOSIS_NOUN}\b", phrase):
        return (phrase,)
    before, part, after = m.groups()
    out = [phrase]
    for word in (part, *_LAY_PARTS[part]):
        told = f"{before}{word}{after}"
        out += [told, _STRAIN.sub(lambda s: f"sprain{s.group(1)}", told), _STRAIN.sub(lambda s: f"strain{s.group(1)}", told)]
    return tuple(dict.fromkeys(out))


def printed(phrases: tuple[str, ...], summary: str, felt: tuple[tuple[str, ...], ...] = ()) -> float:
    """The share of `phrases` that `summary` prints word for word (a lay body part in the records'
    words: `as_recorded`), and of the symptoms `felt` it tells near where they are felt."""
    if not phrases and not felt:
        return 0.0
    text, words = _read(summary)
    found = sum(any(f" {w} " in text for w in as_recorded(p)) for p in phrases) + sum(felt_near(f, words) for f in felt)
    return found / (len(phrases) + len(felt))


__all__ = ["as_recorded", "condition_phrases", "felt_near", "moods_told", "normalised", "printed", "quoted", "stomach_complaints", "symptoms_felt",
           "work_and_pain"]
