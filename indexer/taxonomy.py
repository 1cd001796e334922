"""Treatment categories and body regions of disputed items.

`classify_request(request)` tags a disputed item heading ("MRI of the lumbar spine without
contrast", "PT 2X4 FOR THE L/S", "Norco 10/325mg #60") with one category and the body regions it
names; `find_category` and `find_regions` read the same in any text (a question too). Both are
rule-based: general vocabulary, never per-heading special cases. The phrase patterns for an
arthroscopy, an assistant at surgery and rehabilitation are shared with indexer.treatments; drugs
are indexer.drug_names's.
"""

from __future__ import annotations

import re

from indexer.drug_names import DRUG_RE, Drug, drug_name

UNCLASSIFIED = "unclassified"
CATEGORIES: tuple[str, ...] = (
    "imaging", "electrodiagnostics", "physical therapy", "chiropractic", "acupuncture",
    "occupational therapy", "medication: opioid", "medication: muscle relaxant", "medication: NSAID",
    "medication: topical", "medication: PPI", "medication: anticonvulsant", "medication: antidepressant",
    "medication: sleep aid", "medication: benzodiazepine", "medication: other", "injection", "surgery",
    "associated surgical service", "DME", "evaluation/consult", "lab/drug screen",
    "functional restoration/FCE", "psychological", "home health/other", UNCLASSIFIED,
)  # fmt: skip
BODY_REGIONS: tuple[str, ...] = (
    "lumbar", "cervical", "thoracic", "shoulder", "elbow", "wrist/hand", "hip", "knee", "ankle/foot",
    "head", "upper extremity", "lower extremity", "pelvis", "chest/abdomen",
)  # fmt: skip

# Lay words for an arthroscopy: "knee scope", "scope of the shoulder", "she was scoped".
_JOINT = r"(?:knees?|shoulders?|hips?|ankles?|elbows?|wrists?|joints?)"
SCOPE = (rf"{_JOINT}[\s-]+scop(?:e|es|ed|ing)\b|scoped\b|scope\s+(?:surgery|procedure|operation)"
         r"|scope\s+(?:with|w/)\s*(?-i:A?SAD|RCR)\b"  # "the scope with RCR/SAD": what is done through it
         rf"|scopes?\s+(?:of|on)\s+(?:(?:the|his|her|my|their)\s+)?(?:(?:left|right)\s+)?{_JOINT}")
# The person assisting an operation, in the words of a request or a user: "PA assist", "PA-C for the
# knee arthroscopy", "a physician's assistant to assist", "surgical PA". "PA" counts only in capitals
# and only beside the surgery it assists, never alone (an address's "PA", a firm's "P.A.").
_PA = r"(?:(?-i:PA(?:-C)?)|physicians?'?s?\s+assistants?)"
_OPERATION = (r"(?:surger(?:y|ies)|operations?|procedures?|arthroscop\w*|\w+ectom(?:y|ies)|\w+plast(?:y|ies)"
              rf"|\w+otom(?:y|ies)|fusion|repair|release|reconstruction|{SCOPE})")
_FOR_OPERATION = (r"\s+(?:for|at|during|with|in|on)\s+(?:(?:the|his|her|my|their|a|an|this|that)\s+)?"
                  rf"(?:[\w/-]+\s+){{0,3}}?{_OPERATION}")
PA_ASSIST = (rf"{_PA}\s+(?:to\s+)?assist\w*(?:{_FOR_OPERATION})?|surgical\s+{_PA}|{_PA}(?=\s+(?:for|at|during)\s)"
             rf"{_FOR_OPERATION}|associated\s+surgical\s+services?\s*:?\s*(?:an?\s+)?{_PA}")
# "the PA" joined to an operation a user asks of ("was the knee scope and the PA approved?", "the PA and the
# back surgery"): the assistant at it (these words hold the operation too: indexer.treatments reads them as
# the assistant only, never as the category of the question)
_AND = r"\s+(?:and|&|\+|plus)\s+(?:(?:the|a|an|his|her|my|their)\s+)?"
PA_BESIDE = rf"{_OPERATION}{_AND}{_PA}(?![\w-])|(?<![\w-]){_PA}{_AND}(?:[\w/-]+\s+){{0,3}}?{_OPERATION}"

# "rehab" alone is physical therapy; a rehabilitation of a kind is its own program ("vestibular
# rehab", "drug rehab", "a rehab facility") and is not (indexer.treatments reads both the same way)
REHAB = r"rehab(?:ilitation)?(?:\s+(?:sessions?|visits?|therap\w*|exercises?|program))?"
OTHER_REHAB = (r"(?:vestibular|cardiac|pulmonary|cognitive|vocational|drug|alcohol|substance|detox\w*|opioid|inpatient"
               r"|residential|psychiatric|neuro\w*|speech|vision|functional)\s+rehab\w*"
               r"|rehab\w*\s+(?:facility|center|centre|hospital|unit|nurs\w*|counsel\w*)")
_OTHER_REHAB_RE = re.compile(OTHER_REHAB, re.IGNORECASE)

# Ordered rules: the earliest match in the text wins; on a tie, the rule listed first.
_RULES: tuple[tuple[str, str], ...] = (
    ("associated surgical service", r"assistant surgeon|surgical assist\w*|\bco-?surgeon|" + PA_ASSIST +
     r"|pre-?\s?op(?:erative)?\s+(?:medical\s+)?clearance"),
    ("functional restoration/FCE", r"functional restoration|\bFRP\b|functional capacity|\bFCEs?\b|work hardening"
     r"|work conditioning|multidisciplinary|(?:chronic )?pain program|\bHELP program"),
    ("psychological", r"psych\w*|cognitive behavio\w*|\bCBT\b|biofeedback|counsel+ing|partial hospitali[sz]ation"
     r"|hypnotherapy|mental health|behavio\w* (?:therapy|medicine)|talk therap\w*|(?:(?<=\ba )|(?<=\bthe )|(?<=\bmy ))shrinks?\b"
     r"|(?:depression|anxiety|stress|PTSD) (?:therap\w*|treatment|counsel\w*)"),
    ("injection", r"inject\w*|\bshots?\b|\bblocks?\b|\bESIs?\b|epidural|facet|medial branch|trigger point"
     r"|radiofrequency|ablation|rhizotomy|neurotomy|neuroly\w*|\bPRP\b|platelet[- ]rich|viscosupplement\w*"
     r"|synvisc|euflexxa|orthovisc|supartz|hyaluron\w*|cortisone|botox|botulinum|prolotherapy|infusion"
     r"|ultrasound[- ]guided"),
    ("surgery", r"surger\w*|surgical|arthroscop\w*|" + SCOPE + r"|\b\w+(?:ectom|plast|otom|ostom)(?:y|ies)\b|\w+desis\b|fusion"
     r"|decompression|\brepair\b|(?<!extended )(?<!extended-)\brelease\b|reconstruction|replacement|\bORIF\b"
     r"|open reduction|debridement|implant\w*|stimulator|hardware removal|excision|amputation|\boperation\b"
     r"|manipulation under anesthesia"),
    ("chiropractic", r"chiro\w*|spinal manipulation|manipulative|osteopathic manipulation"),
    ("acupuncture", r"\w*acupunct\w*"),
    ("occupational therapy", r"occupational therap\w*|\bOT\b|hand therap\w*"),
    ("physical therapy", r"physical therap\w*|physio\s?therap\w*|\bPT\b|aqua\w* therap\w*|aquatic|pool therapy"
     r"|therapeutic exercise|physical medicine|massage|myofascial|electric(?:al)? (?:muscle )?stimulation(?! unit)"
     r"|therapeutic ultrasound|\bultrasound\b(?=[^.]*\b\d+\s*(?:x|times)\b)|traction(?! unit)|\bHEP\b"
     r"|home exercise program|manual therapy|kinesio\w*|dry needling|modalities|post-?op(?:erative)? therapy"
     rf"|{REHAB}"),
    ("DME", r"\bDME\b|durable medical|\bTENS\b|h-?wave|interferential|\w*stim(?:ulat\w*)? unit|cold therapy"
     r"|(?:hot|cold|ice|heat(?:ing)?)(?:/cold)? (?:unit|pack|wrap|machine|pad)|cryo\w*|\w*brac(?:e|es|ing)\b|splint\w*"
     r"|ortho(?:sis|ses|tics?)\b|(?:lumbar|lumbosacral|back|LSO|wrist|knee|ankle|arch|abdominal|elbow|thumb) "
     r"supports?\b|(?:back|lumbar|lumbosacral|support|lifting|abdominal|sacroiliac|SI) belts?\b"
     r"|(?:electric(?:al)? )?(?:muscle|nerve) stimulators?|electric(?:al)? stimulators?|stim(?:ulator)? machines?"
     r"|pillow|mattress|\bbed\b|\bcane\b|walker|wheelchair|scooter|electrodes?\b|inversion table"
     r"|crutch\w*|\bsling\b|collars?\b(?!\s?bone)|\bCPM\b|continuous passive|commode|workstation|ergonomic|\bchair\b"
     r"|home exercise kit|compression (?:stocking|garment|sleeve|device)|pneumatic|\bunit\b"),
    ("electrodiagnostics", r"\bEMGs?\b|electromyogra\w*|\bNC[SV]s?\b|nerve conduction|electrodiagnostic\w*|\bSSEP"
     r"|evoked potential|nerve (?:tests?|testing|stud(?:y|ies))"),
    ("imaging", r"\bMRI?s?\b|\bMRA\b|magnetic resonance|\bCTs?\b|\bCAT scan|computed tomography|x-?rays?\b"
     r"|radiograph\w*|\bscans?\b|ultrasound|sonogra\w*|arthrogra\w*|myelogra\w*|discogra\w*|imaging|\bDEXA\b"
     r"|bone density"),
    ("lab/drug screen", r"(?:urine )?drug (?:screen|test)\w*|\bUDS\b|urine (?:test|screen|sample)\w*|\bpee test\w*"
     r"|\bpee(?:ing)? in (?:a|the) cups?\b|toxicolog\w*|\blabs?\b|laborator\w*"
     r"|blood (?:work|test)\w*|\bCBC\b|metabolic panel|\bCMP\b|genetic test\w*|\bDNA\b|urinalysis"),
    ("evaluation/consult", r"consult\w*|evaluation|\beval\b|(?:physical|initial|follow-?up|re-?)\s?exam\b"
     r"|examination|referral|refer to|office visit|follow-?up visit|check-?ups?|check ups"
     r"|doctor'?s? (?:visit|appointment)s?"
     r"|specialist|second opinion|pain management"
     r"|clearance"),
    ("home health/other", r"home (?:health|care|aide|assist\w*|nurs\w*|help)|caregiver|\bnurs(?:e|ing)\b"
     r"|housekeep\w*|transportation|gym|membership|weight loss"),
    ("medication: opioid", r"opioids?|opiates?|narcotics?"),
    ("medication: muscle relaxant", r"muscle relax(?:ants?|ers?)|antispasmodics?"),
    ("medication: NSAID", r"NSAIDs?|anti[- ]?inflammator\w*|(?:swelling|inflammation) (?:pills?|medications?|meds)"),
    ("medication: topical", r"topicals?|compound\w*\b(?!\s+(?:oral\s+)?(?:liquids?|suspensions?|syrups?|elixirs?|drinks?|pills?|tablets?"
     r"|capsules?)\b)|(?:analgesic|pain|numbing|muscle|medicated) (?:cream|gel|patch|rub)"
     r"|balms?\b|salves?\b|liniments?"),
    ("medication: PPI", r"\bPPIs?\b|proton pump"
     r"|(?:stomach|acid|reflux|heartburn|ulcer) (?:pills?|medications?|medicines?"
     r"|meds|protect\w*|reducers?)"),
    ("medication: anticonvulsant", r"anti-?convulsants?|anti-?epileptics?|\bAEDs?\b"
     r"|nerve pain (?:pills?|medications?|meds)"),
    ("medication: antidepressant", r"anti-?depressants?|\bSSRIs?\b|\bSNRIs?\b|tricyclics?"
     r"|(?:depression|mood) (?:pills?|medications?|medicines?|meds)"),
    ("medication: sleep aid", r"sleep aids?|sleep(?:ing)? (?:pills?|medicines?|medications?|meds|tablets?)|hypnotics?"
     r"|insomnia (?:pills?|medications?|medicines?|meds)"),
    ("medication: benzodiazepine", r"benzodiazepines?|\bbenzos?\b|anxiolytics?"
     r"|(?:anti-?)?anxiety (?:pills?|medications?|meds)"),
)  # fmt: skip
_RULE_RES = tuple((cat, re.compile(rf"(?<![\w-])(?:{pat})", re.IGNORECASE)) for cat, pat in _RULES)
_ASSOCIATED = re.compile(r"^\s*associated\s+surgical\s+services?\s*:\s*", re.IGNORECASE)
TOPICAL_FORM = re.compile(
    r"\b(?:cream|gel|ointment|lotion|patch(?:es)?|topical|transdermal|compound\w*)\b|\d\s*%|\d\s*(?:g|gm|grams?)\b",
    re.IGNORECASE,
)
ORAL = re.compile(r"\b(?:oral|tablets?|capsules?|by mouth|po|liquids?|suspensions?|syrups?|elixirs?)\b", re.IGNORECASE)
_DOSE = re.compile(r"\d\s*(?:mg|mcg|ml)\b|\b(?:tablets?|capsules?|oral suspension|refills?|prescription)\b", re.I)
_ORIGINAL = re.compile(r"\s+was the original request\b.*$", re.IGNORECASE | re.DOTALL)

# Body regions: one alternation, longest phrases first, so "upper back" is not also "back".
_REGION_TERMS: tuple[tuple[str, str], ...] = (
    ("lumbar", r"lumbo\w*|lumbar|low(?:er)? back|L/S|\bLS\b|\bT?LSO\b|\bL-?\s?spine\b|\bL[1-5](?:\s*-\s*(?:L?[1-5]|S1))?\b"
     r"|\bS1\b|sacr\w*|\bSI joints?\b|backbone|low(?:er)? spine|tail\s?bone|coccy\w*|\bsciatica\b"
     r"|\bback\b(?!\s+(?:of|to|from)\b)"),  # "the back of the knee", "went back to work" name no back
    ("cervical", r"cervic\w*|neck|C/S|\bC-?\s?spine\b|\bC[2-7](?:\s*-\s*(?:C?[2-7]|T1))?\b|whiplash|trapezius"),
    ("thoracic", r"thoracic|T/S|\bT-?\s?spine\b|upper back|mid(?:dle)?[- ]?(?:back|spine)"
     r"|\bT(?:[2-9]|1[0-2]?)(?:\s*-\s*T?\d{1,2})?\b"),
    ("shoulder", r"shoulders?|rotator cuff|acromio\w*|subacromial|labr(?:um|al)|AC joint|clavic\w*|scapul\w*"
     r"|collar\s?bones?|shoulder blades?"),
    ("elbow", r"elbows?|epicondyl\w*|olecranon|cubital|funny bone"),
    ("wrist/hand", r"wrists?|hands?|fingers?|thumbs?|carpal\w*|palm|digits?|metacarp\w*|pink(?:y|ie)s?|knuckles?"),
    ("hip", r"hips?|groin|acetabul\w*|femoral head|buttocks?|glute(?:al|us)?s?|piriformis"),
    ("knee", r"knees?|knee\s?caps?|menisc\w*|patell\w*|\bACL\b|\bMCL\b|\bPCL\b|tibial plateau"),
    ("ankle/foot", r"ankles?|foot|feet|heels?|toes?|plantar|achilles|calcane\w*|metatars\w*|bunions?"),
    ("head", r"head(?:aches?)?|brain|skull|cranial|face|facial|\bTMJ\b|jaw|eyes?|ears?|concussion|teeth|tooth"),
    ("upper extremity", r"upper (?:extremit(?:y|ies)|limbs?)|\bB?UEs?\b|\b[RL]UE\b|arms?|forearms?"),
    ("lower extremity", r"lower (?:extremit(?:y|ies)|limbs?)|\bB?LEs?\b|\b[RL]LE\b|legs?|thighs?|calf|calves"
     r"|shins?|shin\s?bones?|hamstrings?|quad(?:ricep)?s?"),
    ("pelvis", r"pelvi\w*"),
    ("chest/abdomen", r"chest|abdom\w*|ribs?|hernia|bell(?:y|ies)(?![\s-]+press)|tumm(?:y|ies)|sternum|breast\s?bone"),
    # (the belly-press test is a shoulder's: "+Speed's, +belly press")
)  # fmt: skip
_REGION_OF: list[str] = []
_parts = []
for _i, (_region, _pat) in enumerate(_REGION_TERMS):
    _parts.append(f"(?P<r{_i}>{_pat})")
    _REGION_OF.append(_region)
_REGION_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(_parts)})(?![\w/])", re.IGNORECASE)


def find_category(text: str) -> tuple[str, str] | None:
    """(category, the words that decided it) for the treatment named in `text`, or None."""
    if m := _ASSOCIATED.match(text):
        return "associated surgical service", m.group(0).strip().rstrip(":").strip()
    text = _OTHER_REHAB_RE.sub(lambda m: " " * len(m.group(0)), text)
    best: tuple[int, int, str, str] | None = None
    for order, (category, regex) in enumerate(_RULE_RES):
        if (m := regex.search(text)) and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, category, m.group(0))
    drug = _find_drug(text)
    if drug and (best is None or drug[0] < best[0]):
        start, found, name = drug
        category = found.category
        if best is not None and best[2] == "injection":  # "Toradol injection", "Lidocaine injection"
            return "injection", best[3]
        if category != "medication: opioid" and TOPICAL_FORM.search(text) and not ORAL.search(text):
            category = "medication: topical"
        return category, name
    if best is not None:
        return best[2], best[3]
    if m := _DOSE.search(text):
        return "medication: other", m.group(0)
    return None


def _find_drug(text: str) -> tuple[int, Drug, str] | None:
    """The first named drug of a specific class (else the first named drug): (start, drug, name)."""
    hits = [(m.start(), drug_name(m.group(0))[0], m.group(0)) for m in DRUG_RE.finditer(text)]
    specific = [h for h in hits if h[1].category != "medication: other"]
    return (specific or hits or [None])[0]


# "back" as a verb's particle names no back: "did IMR give them back?", "give back the remainder", "get either one back",
# "the MRI came back negative", "knocked back at IMR" (a refusal), "acupuncture gets cut back", "cut back from 8 to 6"
# (but "he got back pain": a noun follows)
_BACK_PARTICLE = re.compile(
    r"\b(?:giv(?:e|es|en|ing)|gave|gets?|got(?:ten)?|getting|com(?:e|es|ing)|came|go(?:es|ing)?|went|bring(?:s|ing)?|"
    r"knock(?:s|ed|ing)?|cut(?:s|ting)?|pull(?:s|ed|ing)?|dial(?:s|ed|led)?|trim(?:s|med)?|pare[ds]?|push(?:es|ed|ing)?|"
    r"brought|tak(?:e|es|en|ing)|took|pa(?:y|ys|id)|call(?:s|ed)?|hear(?:d)?|writ(?:e|es)|wrote|sen(?:d|t)|"
    r"hold|held|roll(?:s|ed)?|scal(?:e|ed)|fight|fought)\s+(?:(?:it|them|him|her|me|us|those|these|that|this)\s+"
    # ... "did she get either one back?", "get any of them back", "get both back"
    r"|(?:either|any|both|all|one)(?:\s+(?:one|ones|of\s+(?:them|those|these|it)))?\s+)?"
    r"(back)(?=\s*(?:$|[?.!,;:)]|\s(?:the|a|an|my|his|her|their|them|it|some|any|all|more|those|these|what|on|in|"
    r"up|out|home|negative|positive|normal|again|at|by|from|to)\b))", re.IGNORECASE)


# ... nor does "back" as a verb of siding with someone: "did IMR back us on the refills?", "back me up"
_BACK_VERB = re.compile(r"\bback(?=\s+(?:us|me|UR)\b)")


def find_regions(text: str) -> tuple[tuple[str, str], ...]:
    """(region, the words that named it) for each body region in `text`, in order of appearance."""
    out: dict[str, str] = {}
    labrum_only = True  # the shoulder named by its labrum alone
    text = _BACK_PARTICLE.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + "    ", text)
    text = _BACK_VERB.sub("    ", text)
    for m in _REGION_RE.finditer(text):
        region = _REGION_OF[int(m.lastgroup[1:])]
        out.setdefault(region, m.group(0))
        labrum_only &= region != "shoulder" or bool(_LABRUM.fullmatch(m.group(0)))
    if "shoulder" in out and "hip" in out and labrum_only:
        del out["shoulder"]  # "hip arthroscopy for a torn labrum": the hip has a labrum too
    return tuple(out.items())


_LABRUM = re.compile(r"labr(?:um|al)", re.IGNORECASE)


def classify_request(request: str) -> tuple[str, tuple[str, ...]]:
    """(category, body regions) for a disputed item heading; UNCLASSIFIED when nothing is recognised."""
    text = _ORIGINAL.sub("", " ".join(request.split())) or request
    found = find_category(text)
    regions = tuple(region for region, _ in find_regions(_ASSOCIATED.sub("", text)))
    return (found[0] if found else UNCLASSIFIED), regions

