"""Treatments, matched by curated synonym sets with exclusions: the one place that says what counts
as "physical therapy", "a nerve study" or "an opioid" (for counting, filtering and questions).

Each `TreatmentSet` has an id, a label, its synonyms (regular expressions over words,
abbreviations and brand/generic names, matched case-insensitively as whole words; a synonym
wrapped in `(?-i:...)` must match in capitals, as "TENS" must so that "tens of" is not a device)
and its exclusions: phrases that are NOT this treatment, masked out before the synonyms are tried
("PT/PTT" and "PT/INR", prothrombin-time labs, are masked for physical therapy, so "PT 2x4 and a
PT/PTT" is still physical therapy but "pre-op labs: PT/PTT" is not). A set may include others
(`includes`): "imaging" is any of MRI, CT, x-ray, diagnostic ultrasound, plus its own words;
"nerve_study" is EMG or NCS/NCV or "electrodiagnostic"; "opioid" is any opioid drug. Drug sets are
built from indexer.drug_names's drug table (generic and brand names), never copied: one set per drug
for opioids and muscle relaxants, one per class for the rest. A drug class marked `oral` does not
match inside a topical preparation ("Flurbiprofen 10%/Lidocaine 5% cream" is a topical, not an
NSAID), as indexer.taxonomy decides categories.

    match_treatments(request) -> ("mri", "imaging")        ids, in the order of SETS
    find_treatments(text) -> [("mri", "MRI"), ...]        ids with the words that matched, in text order
"""

from __future__ import annotations

import re
from typing import NamedTuple

from indexer.drug_names import DRUGS
from indexer.taxonomy import ORAL, OTHER_REHAB, PA_ASSIST, REHAB, SCOPE, TOPICAL_FORM


class TreatmentSet(NamedTuple):
    id: str
    label: str
    synonyms: tuple[str, ...]
    exclusions: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    oral: bool = False  # a drug class that a topical preparation does not count as


def _drugs(*generics: str, category: str = "") -> tuple[str, ...]:
    """Generic and brand names from the drug table (indexer.drug_names), by generic name or by category."""
    names: list[str] = []
    for drug in DRUGS:
        head = drug.generic.split("/")[0]
        if (category and drug.category == f"medication: {category}") or head in generics:
            names += [head, *drug.brands]
    # "Norcos", "two Percocets": a brand counted like a noun
    return tuple(re.escape(n) + ("s?" if n[-1].isalpha() and n[-1] not in "sS" else "") for n in names)


def _per_drug(category: str) -> tuple[TreatmentSet, ...]:
    return tuple(
        TreatmentSet(d.generic.split("/")[0].split()[0], f"{d.generic.split('/')[0]} ({', '.join(d.brands[:2])})",
                     _drugs(d.generic.split("/")[0]))
        for d in DRUGS if d.category == f"medication: {category}"
    )  # fmt: skip


_OPIOIDS = _per_drug("opioid")
_OPIOID_NAMES = "|".join(_drugs(category="opioid"))  # an opioid's patch (Duragesic, Butrans) is no topical
# pills for nerve pain are gabapentin, pregabalin and their kin, not opioids
# ("nerve pills" alone may be anxiety pills, so the pain is named)
_NERVE_PAIN_PILLS = r"(?:nerve|neuropathic)\s+pain\s+(?:pills?|medications?|medicines?|meds|drugs?)"
_RELAXANTS = _per_drug("muscle relaxant")
_PRE_OP = r"pre-?\s?op(?:erative)?"
# Hand therapy is physical therapy AND occupational therapy: certified hand therapists are PTs or OTs,
# and reviewers judge it as physical medicine (MTUS "Physical medicine treatment", ODG
# "Physical/Occupational therapy"). So it belongs to both sets, and a count of either says so.
_HAND_THERAPY = r"(?:certified\s+)?hand\s+therap\w*"
_PILLS = r"(?:pills?|medications?|medicines?|meds|drugs?|tablets?)"
# "pills for his depression", "something to help her sleep"
_FOR = r"(?:\s+(?:for|to\s+help(?:\s+(?:him|her|me|them))?(?:\s+with)?)\s+(?:(?:his|her|my|their|the)\s+)?)"
_INJECTED = r"(?:\s+\S+){0,3}\s+(?:inject\w*|infusion|blocks?)"
_SHOT = r"(?:shots?|injections?)"
_IN_SPINE = (r"\s+(?:in|into|for|to|on)\s+(?:(?:the|my|his|her|their)\s+)?(?:(?:low(?:er)?|upper|mid(?:dle)?)\s+)?"
             r"(?:back|spine|neck)(?!\s+of\b)")  # "the back of the knee" is no spine
_STEROID = r"(?:(?:cortico)?steroid|cortisone|epidural)(?:[-\s](?:type|like|based))?"  # "a cortisone type shot"
# a steroid shot in the spine is an epidural ("a steroid shot in my lower back", "spinal steroid injection")
_SPINE_STEROID = (rf"{_STEROID}\s+{_SHOT}{_IN_SPINE}"
                  rf"|(?:back|spine|spinal|neck|lumbar|cervical)\s+{_STEROID}\s+{_SHOT}")
# "therapy visits", "8 more therapy sessions": therapy with no kind named is physical therapy
_BARE_THERAPY = ("(?:" + "|".join(rf"(?<=\b{w} )" for w in ("the", "more", "extra", "additional", "further",
                                                            "continued", "of", "for", "his", "her", "my", "their"))
                 + r"|(?<=\d )|(?<=\) ))therap(?:y|ies)\s+(?:sessions?|visits?|appointments?)")

# a stomach or acid pill in lay words is any acid reducer: a proton pump inhibitor or an H2 blocker
# ("the liquid stomach medicine" of a letter whose request is Deprizine, ranitidine)
_STOMACH_PILLS = (r"(?:stomach|acid(?:\s+reflux)?|reflux|heartburn|ulcer|gastric)\s+(?:protect\w*\s+)?(?:pills?|medications?|"
                  r"medicines?|meds|drugs?|tablets?|protection)", r"(?:stomach|gastric)\s+protect\w*",
                  r"acid\s+(?:reducers?|blockers?)")

SETS: tuple[TreatmentSet, ...] = (
    # imaging, by modality
    TreatmentSet("mri", "MRI", (r"MRIs?", r"MRI's", r"MRA", r"magnetic\s+resonance(?:\s+imaging)?",
                 r"MR\s+arthrogra\w*")),
    TreatmentSet("ct", "CT scan", (r"CTs?", r"CAT\s+scans?", r"computed\s+(?:axial\s+)?tomograph\w*")),
    TreatmentSet("xray", "X-ray", (r"x-?\s?rays?", r"radiograph\w*", r"(?:plain\s+)?films?")),
    TreatmentSet("ultrasound_imaging", "Diagnostic ultrasound", (r"diagnostic\s+ultrasound", r"sonogra\w*",
                 r"ultrasound\s+(?:of|study|scan|exam\w*|imaging)", r"(?:duplex|doppler)(?:\s+ultrasound)?"),
                 (r"ultrasound[-\s]guid\w*",)),
    # a bone scan is its own test (ODG "Bone scan"), a nuclear one: no CT or MRI answers for it
    TreatmentSet("bone_scan", "Bone scan", (r"bone\s+scans?", r"(?:bone\s+)?scintigra\w*", r"nuclear\s+(?:bone\s+)?scans?",
                 r"triple[-\s]phase\s+(?:bone\s+)?scans?")),
    TreatmentSet("imaging", "Imaging (any)", (r"imaging", r"scans?", r"DEXA", r"bone\s+density",
                 r"myelogra\w*", r"discogra\w*", r"arthrogra\w*"), (r"ultrasound[-\s]guid\w*",),
                 ("mri", "ct", "xray", "ultrasound_imaging", "bone_scan")),
    # a sleep study is its own test (ODG "Polysomnography")
    TreatmentSet("sleep_study", "Sleep study (polysomnography)", (r"sleep\s+(?:stud(?:y|ies)|tests?|lab)",
                 r"polysomnogra\w*", r"(?-i:PSG)")),
    # nerve studies
    # EMG is the needle test of the muscles; NCS the nerves' (no needle)
    TreatmentSet("emg", "EMG (electromyography)", (r"EMGs?", r"electromyogra\w*",
                 r"needle\s+(?:muscle\s+|EMG\s+)?(?:tests?|testing|stud(?:y|ies)|exams?)")),
    TreatmentSet("ncs", "Nerve conduction studies (NCS/NCV)", (r"NC[SV]s?", r"nerve\s+conduction(?:\s+\w+)?")),
    TreatmentSet("nerve_study", "Nerve studies (EMG, NCS/NCV, electrodiagnostic)", (r"electro-?diagnostic\w*",
                 r"(?-i:EDS)", r"nerve\s+(?:stud(?:y|ies)|tests?|testing)",
                 r"(?:muscle\s+(?:and\s+)?nerve|nerve\s+(?:and\s+)?muscle)\s+(?:tests?|testing|stud(?:y|ies))"), (), ("emg", "ncs")),
    # therapies
    TreatmentSet("physical_therapy", "Physical therapy", (r"physical\s+therap\w*", r"physio\s?therap\w*", r"physio",
                 r"PT", r"therapeutic\s+exercises?",
                 r"physical\s+medicine", r"post-?\s?(?:op(?:erative)?|surg\w*)\s+(?:therap\w*|rehab\w*|physio\w*)",
                 r"therap(?:y|ies)\s+after\s+(?:(?:the|his|her|their|my)\s+)?(?:surgery|operation)", _HAND_THERAPY,
                 REHAB, _BARE_THERAPY),
                 (r"PT\s*/\s*PTT", r"PT\s*[/-]\s*INR", r"prothrombin\s+time", r"chiro\w*\s+physio\s?therap\w*",
                  OTHER_REHAB)),
    # its own MTUS section (Aquatic therapy), with its own criteria (reduced weight bearing)
    TreatmentSet("aquatic_therapy", "Aquatic therapy", (r"aqua(?:tic)?\s+(?:physical\s+)?therap\w*",
                 r"pool\s+(?:therap\w*|exercises?|program)", r"water\s+(?:therap\w*|exercises?)", r"hydrotherap\w*",
                 r"swim\w*\s+(?:therap\w*|exercises?|program)")),
    TreatmentSet("occupational_therapy", "Occupational and hand therapy", (r"occupational\s+therap\w*", r"(?-i:OT)",
                 _HAND_THERAPY)),
    TreatmentSet("chiropractic", "Chiropractic and manipulation", (r"chiro\w*", r"manipulation", r"manipulative",
                 r"(?-i:CMT|OMT)", r"(?:spinal|spine|back|neck)\s+adjustments?"),
                 (r"manipulation\s+under\s+(?:general\s+)?anesthesia", r"(?-i:MUA)")),
    TreatmentSet("acupuncture", "Acupuncture", (r"\w*acupunct\w*", r"needle\s+(?:therapy|treatments?)",
                 r"(?:dry\s+)?needling")),
    TreatmentSet("massage", "Massage", (r"massage\w*", r"myofascial\s+release", r"soft\s+tissue\s+mobili[sz]ation")),
    TreatmentSet("e_stim", "Electrical stimulation (therapy)", (r"electrical\s+(?:muscle\s+)?stimulation",
                 r"e-?stim\w*", r"electric(?:al)?\s+stim", r"(?-i:NMES)", r"neuromuscular\s+(?:electrical\s+)?stimulat\w*",
                 r"galvanic"),
                 (r"transcutaneous\s+electrical\s+nerve\s+stimulat\w*", r"spinal\s+cord\s+stimulat\w*")),
    TreatmentSet("ultrasound_therapy", "Therapeutic ultrasound", (r"therapeutic\s+ultrasound",
                 r"ultrasound\s+therap\w*", r"ultrasound(?=,?\s+\d+\s*(?:x|times)\b)", r"phonophoresis",
                 r"therapeutic\s+(?-i:US)\b", r"(?-i:US)(?=\s*x\s*\d)")),  # therapists' "therapeutic US x8"
    TreatmentSet("traction", "Traction", (r"traction", r"inversion\s+(?:tables?|therap\w*)")),
    TreatmentSet("work_hardening", "Work hardening / conditioning", (r"work\s+(?:hardening|conditioning)",
                 r"(?:back|return)[-\s]+to[-\s]+work\s+(?:program|training|rehab\w*)")),
    TreatmentSet("functional_restoration", "Functional restoration program", (r"functional\s+restoration",
                 r"(?-i:FRP)", r"(?-i:HELP)\s+program", r"multi-?disciplinary", r"interdisciplinary",
                 r"(?:chronic\s+)?pain\s+(?:management\s+)?program")),
    TreatmentSet("fce", "Functional capacity evaluation", (r"functional\s+capacity\s+\w+", r"FCEs?")),
    # its own guideline section (MTUS Behavioral interventions, ODG Cognitive therapy): "cognitive behavioral
    # therapy" asks for CBT, not for any psychological care (a partial hospitalization program)
    TreatmentSet("cbt", "Cognitive behavioral therapy (CBT)", (r"cognitive\s+behavio\w*(?:\s+therap\w*)?", r"(?-i:CBT)",
                 r"cognitive\s+therap\w*")),
    TreatmentSet("psychological", "Psychological care (evaluation, psychotherapy, CBT)", (r"psych\w*",
                 r"counsel+ing", r"mental\s+health", r"behavio\w*\s+(?:therapy|medicine|health)",
                 r"partial\s+hospitali[sz]ation", r"talk\s+therap\w*",
                 r"(?:(?<=\ba )|(?<=\bthe )|(?<=\bmy ))shrinks?",  # a shrink, not "did it shrink the bulge"
                 r"(?:depression|anxiety|stress|PTSD|trauma)\s+(?:therap\w*|treatment|counsel\w*)",
                 r"(?:therap(?:y|ist)|counsel\w*|treatment|help)\s+for\s+(?:(?:his|her|my|their|the)\s+)?"
                 r"(?:depression|anxiety|stress|PTSD|trauma)"),
                 includes=("cbt",)),
    # its own ODG section (Hypnosis)
    TreatmentSet("hypnosis", "Hypnosis and hypnotherapy", (r"hypno(?:sis|therap\w*|tic\s+therap\w*)",)),
    TreatmentSet("biofeedback", "Biofeedback", (r"biofeedback", r"neurofeedback")),
    # injections and procedures
    TreatmentSet("esi", "Epidural steroid injection", (r"(?:TF|IL|C|L)?ESIs?",
                 r"epidural\w*(?:\s+steroid)?(?:\s+injections?)?",
                 r"transforaminal", r"interlaminar", r"(?:selective\s+)?nerve\s+root\s+(?:blocks?|injections?|shots?)",
                 r"(?-i:SNRB)",
                 _SPINE_STEROID),
                 (r"epidural\s+(?:adhesiolysis|neuroplasty|lysis)",)),
    TreatmentSet("facet", "Facet injections and medial branch blocks", (r"facet\w*",
                 r"medial\s+branch(?:\s+nerve)?\s+blocks?", r"MBBs?", r"zygapophys\w*")),
    # a shot in the back with no kind named: an epidural or a facet injection (ACOEM "spinal injections")
    TreatmentSet("spinal_injection", "Spinal injections (epidural, facet, medial branch)",
                 (rf"(?:back|spine|spinal|neck)\s+{_SHOT}", rf"{_SHOT}{_IN_SPINE}"), (), ("esi", "facet")),
    TreatmentSet("rfa", "Radiofrequency ablation / neurotomy", (r"radio-?\s?frequency\w*",
                 r"(?-i:RF)\s+(?:ablation|neurotomy|lesioning)", r"rhizotom\w*", r"neurotom\w*", r"ablation",
                 r"(?:burn\w*|cauteri[sz]\w*)\s+(?:of\s+)?(?:(?:the|his|her|my|their)\s+)?nerves?",
                 r"nerves?\s+(?:burn\w*|cauteri[sz]\w*)")),
    TreatmentSet("trigger_point", "Trigger point injections", (r"trigger\s+points?(?:\s+injections?)?", r"TPIs?")),
    TreatmentSet("joint_injection", "Joint and steroid injections", (rf"(?:cortico)?steroid\s+{_SHOT}",
                 r"cortisone", r"intra-?\s?articular", r"subacromial\s+injections?", r"joint\s+injections?",
                 r"kenalog", r"depo-?medrol",
                 rf"(?:shoulder|hip|elbow|wrist|thumb|finger|ankle)\s+(?:(?:cortico)?steroid\s+|cortisone\s+)?{_SHOT}"),
                 (r"epidural\s+steroid\s+injections?", r"facet\s+joint\s+injections?", _SPINE_STEROID)),
    TreatmentSet("prp", "Platelet-rich plasma injection", (r"platelet[-\s]rich\s+plasma", r"PRP",
                 rf"platelet\s+{_SHOT}")),
    TreatmentSet("viscosupplementation", "Hyaluronic acid (viscosupplementation)", (r"visco-?\s?supplement\w*",
                 r"hyaluron\w*", r"synvisc\w*", r"euflexxa", r"orthovisc", r"supartz", r"gel-?one", r"monovisc",
                 r"durolane", r"hyalgan",
                 rf"(?:gel|lubricant|lubricating|lubrication|rooster\s+comb)\s+{_SHOT}", r"rooster\s+combs?",
                 r"knee\s+gel")),
    TreatmentSet("nerve_block", "Nerve blocks", (r"nerve\s+blocks?", r"(?:occipital|genicular|stellate|sympathetic"
                 r"|suprascapular|intercostal)(?:\s+ganglion)?(?:\s+nerve)?\s+blocks?", r"stellate\s+ganglion"),
                 (r"medial\s+branch(?:\s+nerve)?\s+blocks?", r"selective\s+nerve\s+root\s+blocks?")),
    TreatmentSet("botox", "Botulinum toxin", (r"botox", r"botulinum", r"onabotulinum\w*")),
    TreatmentSet("neurolysis", "Neuroplasty, neurolysis, adhesiolysis", (r"neurolys\w*", r"neurolytic",
                 r"neuroplast\w*", r"adhesiolysis", r"(?-i:Racz)", r"lysis\s+of\s+adhesions")),
    TreatmentSet("injection", "Injections and procedures (any)", (r"inject\w*", r"shots?"), (),
                 ("esi", "facet", "spinal_injection", "rfa", "trigger_point", "joint_injection", "prp",
                  "viscosupplementation", "nerve_block", "botox", "neurolysis")),
    # surgery
    TreatmentSet("arthroscopy", "Arthroscopy", (r"arthroscop\w*", SCOPE), (PA_ASSIST,)),
    TreatmentSet("spine_surgery", "Spine surgery", (r"laminectom\w*", r"laminotom\w*", r"(?:micro)?dis[ck]ectom\w*",
                 r"foraminotom\w*", r"corpectom\w*", r"(?:spinal|spine|lumbar|cervical|interbody|posterolateral"
                 r"|anterior|posterior)\s+(?:\w+\s+)?fusion", r"fusion\s+(?:at\s+)?[LCT]\d",
                 r"(?-i:ACDF|TLIF|PLIF|ALIF|XLIF)", r"kyphoplast\w*", r"vertebroplast\w*", r"dis[ck]\s+replacement",
                 r"(?:lumbar|cervical|spinal|spine)\s+decompression",
                 r"(?:neck|back|spine|spinal|dis[ck])\s+(?:surgery|operation|fusion)")),
    TreatmentSet("joint_replacement", "Joint replacement", (r"arthroplast\w*",
                 r"(?:total\s+|partial\s+)?(?:knee|hip|shoulder|joint)\s+replacement", r"(?-i:TKA|THA|TKR|THR|TSA)",
                 r"artificial\s+(?:knee|hip|shoulder|joint)s?")),
    TreatmentSet("carpal_tunnel_release", "Carpal tunnel release", (r"carpal\s+tunnel\s+(?:release|surgery|operation)",
                 r"(?-i:CTR)")),
    TreatmentSet("shoulder_surgery", "Shoulder surgery (rotator cuff, acromioplasty, labral repair)",
                 (r"rotator\s+cuff\s+(?:repair|surgery|reconstruction|debridement)", r"acromioplast\w*",
                  r"subacromial\s+decompression", r"(?:labral|labrum|SLAP)\s+repair", r"biceps\s+tenodesis",
                  r"distal\s+clavicle\s+(?:excision|resection)", r"Mumford",
                  r"(?:rotator\s+cuff|labr(?:um|al)|SLAP)\s+(?:tear\s+)?(?:surgery|operation)",
                  r"shoulder\s+decompression",
                  r"(?-i:A?SAD|RCR)")),  # surgeons' shorthand: (arthroscopic) subacromial decompression, rotator cuff repair
    TreatmentSet("knee_surgery", "Knee surgery (meniscectomy, ACL reconstruction, chondroplasty)",
                 (r"menisc\w*ectom\w*", r"menisc\w*\s+repair", r"(?-i:ACL)\s+reconstruction", r"chondroplast\w*",
                  r"lateral\s+release", r"microfracture",
                  r"(?:menisc\w*|(?-i:ACL))\s+(?:tear\s+)?(?:surgery|operation|repair)")),
    TreatmentSet("spinal_cord_stimulator", "Spinal cord stimulator", (r"spinal\s+cord\s+stimulat\w*", r"(?-i:SCS)",
                 r"dorsal\s+column\s+stimulat\w*", r"(?:spinal|spine|back|implant\w*)\s+stimulators?",
                 r"stimulator\s+(?:implant\w*|trial)"), (r"bone\s+growth\s+stimulat\w*",)),
    TreatmentSet("surgery", "Surgery (any)", (r"surger\w*", r"surgical", r"operation", r"\w+ectom(?:y|ies)",
                 r"\w+plast(?:y|ies)", r"\w+otom(?:y|ies)", r"\w+desis", r"fusion", r"repair", r"reconstruction",
                 r"release", r"(?-i:ORIF)", r"open\s+reduction", r"debridement", r"excision", r"amputation",
                 r"hardware\s+removal", r"implant\w*"),
                 (r"associated\s+surgical\s+services?", r"(?:wheel\s?chair|equipment|unit|device|brace)\s+repair",
                  r"post-?\s?surg\w*\s+(?:therap\w*|rehab\w*|physio\w*)",  # therapy after an operation is therapy
                  r"(?:therap(?:y|ies)|rehab\w*)\s+after\s+(?:(?:the|his|her|their|my)\s+)?(?:surgery|operation)",
                  r"surgical\s+(?:consult\w*|evaluation|referral|clearance)", r"surgery\s+clearance",
                  r"clearance\s+for\s+(?:(?:the|his|her|my|their)\s+)?surgery",
                  r"non-?\s?surgical", r"assistant\s+surgeon", r"surgical\s+assist\w*", PA_ASSIST, r"extended\s+release",
                  r"(?:radio-?\s?frequency\s+)?(?:neurotom|rhizotom)\w*", r"neuroplast\w*"),
                 ("arthroscopy", "spine_surgery", "joint_replacement", "carpal_tunnel_release", "shoulder_surgery",
                  "knee_surgery", "spinal_cord_stimulator")),
    TreatmentSet("assistant_surgeon", "Assistant surgeon", (r"assistant\s+surgeon", r"surgical\s+assist\w*",
                 r"co-?surgeon", PA_ASSIST, r"(?:RN\s+)?first\s+assist\w*")),
    TreatmentSet("preop_clearance", "Pre-operative clearance and tests", (rf"{_PRE_OP}\s+(?:medical\s+)?(?:clearance"
                 r"|evaluation|labs?|testing|(?-i:EKG|ECG)|work-?up|check-?\s?ups?|physicals?|exams?)", r"(?:medical|surgical|surgery)\s+clearance",
                 r"clearance\s+for\s+(?:(?:the|his|her|my|their)\s+)?surgery",
                 # lay words: "the medical checkup beforehand", "clear my dad for his shoulder operation"
                 r"check-?\s?ups?\s+(?:before(?:hand)?|prior\s+to)\b",
                 r"\bclear(?:ed|ing)?\s+(?:[\w'’]+\s+){0,2}?for\s+(?:(?:the|his|her|my|their|a)\s+)?(?:\w+\s+)?"
                 r"(?:surgery|operation)")),
    # durable medical equipment
    TreatmentSet("tens", "TENS unit", (r"(?-i:TENS)", r"transcutaneous\s+electrical\s+nerve\s+stimulat\w*",
                 r"tens\s+(?:units?|machines?|devices?|supplies|electrodes?|pads?|patch(?:es)?)",
                 r"nerve\s+stimulat(?:or|ion)\s+(?:units?|machines?|devices?)",
                 # lay words: "the muscle zapper", "the electric pulse machine"
                 r"(?:muscle|nerve|pain|electric)\s+zappers?", r"zapper\s+(?:machines?|units?|devices?)",
                 r"electric(?:al)?\s+(?:pulse|shock|impulse)\s+(?:machines?|units?|devices?)")),
    TreatmentSet("interferential", "Interferential stimulator", (r"interferential", r"(?-i:IF|ICS)\s+units?")),
    TreatmentSet("h_wave", "H-wave device", (r"h-?\s?wave",)),
    TreatmentSet("cold_therapy", "Cold/heat therapy units", (r"cold\s+therap\w*", r"cryotherap\w*", r"cryo\s?units?",
                 r"(?:hot|cold|ice|heat(?:ing)?)(?:/cold)?\s+(?:therapy\s+)?(?:units?|packs?|wraps?|machines?|pads?)",
                 r"cryo",
                 r"polar\s+care", r"game\s+ready", r"vasopneumatic", r"cryo-?cuff", r"continuous-?\s?flow\s+cryo\w*")),
    TreatmentSet("cpm", "Continuous passive motion", (r"(?-i:CPM)", r"continuous\s+passive\s+motion")),
    TreatmentSet("brace", "Braces, splints and supports", (r"brac(?:e|es|ing)", r"splint\w*", r"orthos[ie]s",
                 r"(?:lumbar|lumbosacral|back|wrist|knee|ankle|abdominal|elbow|thumb|cervical)\s+supports?",
                 r"(?:back|lumbar|lumbosacral|support|lifting|abdominal|sacroiliac|SI)\s+belts?",
                 r"(?-i:T?LSO)", r"collar", r"sling", r"corsets?", r"immobiliz\w*", r"(?:walking|CAM)\s+boot",
                 r"(?:elbow|wrist|knee|ankle|counterforce|tennis\s+elbow|patellar?)\s+straps?"),
                 (r"collar\s?bones?",)),
    TreatmentSet("orthotics", "Foot orthotics", (r"orthotics?", r"shoe\s+inserts?", r"insoles?", r"arch\s+supports?",
                 r"heel\s+(?:cups?|lifts?)",
                 r"(?:orthop(?:a)?edic|custom|diabetic)\s+(?:shoes?|boots?|footwear)", r"shoe\s+lifts?")),
    # a pillow is not a mattress: "an orthopedic mattress" is not the wedge pillow a letter decides
    TreatmentSet("pillow", "Pillows", (r"pillows?", r"(?:neck|cervical|lumbar|back|wedge|knee)\s+cushions?")),
    TreatmentSet("mattress", "Mattresses and beds", (r"mattress\w*", r"beds?")),
    TreatmentSet("pillow_bed", "Pillows, mattresses and beds", (), includes=("pillow", "mattress")),
    TreatmentSet("walking_aid", "Walking aids and wheelchairs", (r"canes?", r"walkers?", r"crutch\w*",
                 r"wheel\s?chairs?", r"scooters?", r"rollators?", r"power\s+chairs?")),
    TreatmentSet("hearing_aid", "Hearing aids", (r"hearing\s+aids?", r"hearing\s+(?:devices?|amplifiers?)",
                 r"cochlear\s+implants?")),
    TreatmentSet("ergonomic", "Ergonomic workstation and chairs", (r"ergonomic\w*", r"work\s?stations?",
                 r"sit[-\s/]stand", r"standing\s+desks?", r"stand(?:ing)?[-\s]up\s+desks?", r"adjustable\s+desks?", r"(?:office|desk)\s+chairs?")),
    TreatmentSet("compression", "Compression garments and devices", (r"compression\s+(?:stockings?|garments?"
                 r"|sleeves?|devices?|pumps?|wraps?|units?|socks?|hose)", r"(?-i:TED)\s+(?:hose|stockings?)",
                 r"pneumatic\s+compression", r"(?-i:SCDs?)",
                 r"(?-i:DVT)\s+(?:prophylaxis|pump|unit)")),
    TreatmentSet("dme", "Durable medical equipment (any)", (r"(?-i:DME)", r"durable\s+medical\s+equipment",
                 r"\w*stim(?:ulator)?\s+units?", r"home\s+exercise\s+(?:kit|equipment)", r"commode",
                 r"(?:electric(?:al)?\s+)?muscle\s+stimulators?", r"electric(?:al)?\s+(?:nerve\s+)?stimulators?",
                 r"(?:e-?)?stim(?:ulator)?\s+(?:machines?|devices?)", r"nerve\s+stimulators?",
                 r"shower\s+chair", r"grab\s+bars?", r"raised\s+toilet\s+seat", r"reachers?", r"electrodes?",
                 r"exercise\s+(?:equipment|balls?|bikes?|bicycles?|machines?)", r"(?:thera|resistance)[-\s]?bands?",
                 # "her equipment requests", "the medical equipment" (not a job's: "heavy equipment operator")
                 r"(?:medical\s+)?equipment"),
                 (r"(?:peripheral|occipital|sacral|vagus|implant\w*)\s+nerve\s+stimulat\w*",
                  r"(?:heavy|construction|farm|industrial|lifting|office|computer)\s+equipment",
                  r"equipment\s+(?:operator|repair\w*|driver|mechanic|technician)"),
                 ("tens", "interferential", "h_wave", "cold_therapy", "cpm", "brace", "orthotics", "pillow_bed",
                  "walking_aid", "hearing_aid", "ergonomic", "compression")),
    # services, visits and tests
    TreatmentSet("home_health", "Home health and home care", (r"home\s+(?:health|care|aides?|assist\w*|nurs\w*|"
                 r"help(?:ers?)?|attendant)", r"(?:help|helpers?|aides?|assistance)\s+(?:\w+\s+)?(?:at|in\s+the)\s+home",
                 r"caregiv\w*", r"(?<![\w-])aides?(?![\w-])", r"attendant\s+care", r"nursing\s+(?:care|services)", r"housekeep\w*",
                 r"skilled\s+nursing", r"in-?home\s+(?:care|support)")),
    TreatmentSet("transportation", "Transportation", (r"transport\w*", r"taxi", r"mileage",
                 r"rides?\s+to\s+(?:(?:the|his|her|my|their)\s+)?(?:doctor|appointments?|visits?|therapy|clinic)")),
    TreatmentSet("gym_membership", "Gym or pool membership", (r"gym\w*", r"memberships?")),
    TreatmentSet("weight_loss", "Weight loss program", (r"weight\s+(?:loss|reduction|management)", r"bariatric",
                 r"medifast", r"nutrisystem", r"diet\s+(?:programs?|plans?)",
                 r"weight\s+watchers")),
    TreatmentSet("office_visit", "Office visits and follow-up examinations", (r"office\s+visits?", r"check-?ups?",
                 r"check\s+ups",
                 r"doctor'?s?\s+(?:visits?|appointments?)",
                 r"follow-?\s?up\s+(?:visits?|appointments?|exam\w*)",
                 r"(?:physical|initial|follow-?up|re-?)\s?exam\w*",
                 r"re-?evaluation", r"evaluation\s+and\s+management", r"(?-i:E&M)"),
                 (r"functional\s+capacity\s+exam\w*", r"independent\s+medical\s+exam\w*")),
    TreatmentSet("consultation", "Consultations and referrals", (r"consult\w*", r"referrals?",
                 r"refer(?:red)?\s+(?:to|back)", r"second\s+opinion", r"specialist")),
    TreatmentSet("urine_drug_screen", "Urine drug screen", (r"(?:urine\s+)?drug\s+(?:screen|test)\w*", r"UDS",
                 r"urine\s+(?:tests?|testing|screens?|screening)",
                 r"(?-i:UDT)", r"(?:urine\s+)?toxicolog\w*(?:\s+(?:screen|test)\w*)?", r"pee\s+tests?",
                 r"urine\s+samples?")),
    TreatmentSet("lab_tests", "Lab and pre-operative tests (blood work, PT/PTT, urinalysis, EKG, genetic tests)",
                 (r"labs?", r"laborator\w*", r"blood\s+(?:work|tests?|draw|panel)", r"(?-i:CBC|CMP|BMP|PTT|INR|LFTs?)",
                  r"metabolic\s+panel", r"PT\s*/\s*PTT", r"prothrombin", r"(?:hepatic|renal|liver)\s+function",
                  r"urinalysis", r"genetic\s+test\w*", r"(?-i:DNA)", r"pharmacogen\w*", r"cytokine",
                  r"EKGs?", r"ECGs?", r"electrocardiogra\w*"), (r"(?:urine\s+)?drug\s+(?:screen|test)\w*",)),
    # medications
    *_OPIOIDS,
    TreatmentSet("opioid", "Opioids (any)", (r"opioids?", r"opiates?", r"narcotics?", r"pain\s?killers?",
                 r"pain\s+pills?", r"narcotic\s+pain\s+(?:pills?|medications?)"), (_NERVE_PAIN_PILLS,),
                 tuple(s.id for s in _OPIOIDS)),
    *_RELAXANTS,
    TreatmentSet("muscle_relaxant", "Muscle relaxants (any)", (r"muscle\s+relax(?:ants?|ers?|ing\s+\w+)",
                 r"antispasmodics?", r"anti-?spasm\w*", r"spasm\s+(?:pills?|medications?)"), (),
                 tuple(s.id for s in _RELAXANTS), oral=True),
    TreatmentSet("nsaid", "NSAIDs", (*_drugs(category="NSAID"), r"NSAIDs?", r"non-?steroidal\s+anti-?inflammator\w*",
                 r"anti[-\s]?inflammator\w*", r"COX-?2\s+inhibitors?", rf"(?:swelling|inflammation)\s+{_PILLS}",
                 rf"{_PILLS}{_FOR}(?:swelling|inflammation)"), oral=True),
    TreatmentSet("topical", "Topical analgesics and compounds", (*_drugs(category="topical"), r"topicals?",
                 r"compound\w*", r"creams?", r"gels?", r"ointments?", r"lotions?", r"\d+(?:\.\d+)?\s*%",
                 r"(?:pain|muscle|sports|analgesic|arthritis|menthol|numbing)\s+rubs?", r"balms?", r"salves?",
                 r"liniments?", r"patch(?:es)?"),
                 (rf"(?:lidocaine|xylocaine){_INJECTED}", r"with\s+(?:lidocaine|xylocaine)",
                  rf"(?:{_OPIOID_NAMES}|nicotine|nitro\w*|estr\w*|hormone|testosterone|scopolamine|eye)"
                  r"(?:\s+(?!and\b|or\b|plus\b)[^\s,;]+){0,3}?\s+patch(?:es)?",
                  rf"(?:pain\s+)?patch(?:es)?\s+(?:with|of|containing)\s+(?:{_OPIOID_NAMES})",
                  r"patch\s+tests?", r"electrodes?\s+(?:patch(?:es)?|pads?|gels?)", rf"gels?\s+{_SHOT}",
                  # a compounded drug to swallow: "the compounded gabapentin liquid"
                  r"compound\w*(?:\s+(?!and\b|or\b)[^\s,;]+){0,3}?\s+(?:liquids?|suspensions?|syrups?|elixirs?)\b")),
    TreatmentSet("ppi", "Proton pump inhibitors", (*_drugs(category="PPI"), r"PPIs?", r"proton\s+pump\s+inhibitors?",
                 *_STOMACH_PILLS)),
    TreatmentSet("h2_blocker", "H2 blockers", (*_drugs("ranitidine", "famotidine"),
                 r"H2\s+(?:blockers?|antagonists?)", *_STOMACH_PILLS)),
    TreatmentSet("anticonvulsant", "Anticonvulsants (gabapentin, pregabalin, ...)", (*_drugs(category="anticonvulsant"),
                 r"anti-?convulsants?", r"anti-?epilep\w*", r"(?-i:AEDs?)", r"gabapentinoids?", _NERVE_PAIN_PILLS),
                 oral=True),
    TreatmentSet("antidepressant", "Antidepressants", (*_drugs(category="antidepressant"), r"anti-?\s?depressants?",
                 r"(?-i:SSRIs?|SNRIs?|TCAs?)", r"tricyclics?", rf"(?:depression|mood)\s+{_PILLS}",
                 rf"{_PILLS}{_FOR}(?:depression|mood)"), oral=True),
    TreatmentSet("sleep_aid", "Sleep aids", (*_drugs(category="sleep aid"), r"sleep\s+aids?",
                 r"sleep(?:ing)?\s+(?:pills?|medicines?|medications?|meds|tablets?|drugs?)", r"hypnotics?", r"melatonin",
                 rf"insomnia\s+{_PILLS}", rf"(?:{_PILLS}|something){_FOR}(?:sleep\w*|insomnia)")),
    TreatmentSet("benzodiazepine", "Benzodiazepines", (*_drugs(category="benzodiazepine"), r"benzodiazepines?",
                 r"benzos?", r"anxiolytics?",
                 r"(?:anti-?)?anxiety\s+(?:pills?|medications?|medicines?|meds|drugs?|tablets?)",
                 rf"{_PILLS}{_FOR}(?:anxiety|panic\s+attacks?|nerves)")),
    TreatmentSet("ed_drug", "Erectile dysfunction drugs", (*_drugs("sildenafil", "tadalafil"),
                 r"erectile\s+dysfunction\s+(?:medications?|drugs?)", r"PDE-?5\s+inhibitors?")),
    TreatmentSet("oral_steroid", "Oral steroids", (*_drugs("prednisone", "methylprednisolone"), r"oral\s+steroids?",
                 r"steroid\s+(?:taper|dose\s*pa?c?k)"),
                 (rf"(?:methylprednisolone|prednisone|medrol){_INJECTED}", r"depo-?medrol")),
    TreatmentSet("laxative", "Laxatives and opioid-induced constipation drugs", (*_drugs("docusate", "sennosides",
                 "linaclotide", "naloxegol", "lubiprostone", "methylnaltrexone", "polyethylene glycol", "bisacodyl"),
                 r"laxatives?",
                 r"stool\s+softeners?", r"senna",
                 rf"constipation\s+{_PILLS}", rf"{_PILLS}{_FOR}constipation")),
    TreatmentSet("antiemetic", "Anti-nausea drugs", (*_drugs("ondansetron", "promethazine"), r"anti-?\s?emetics?",
                 r"anti-?\s?nausea(?:\s+(?:pills?|medications?|medicines?|meds|drugs?|tablets?))?",
                 rf"(?:nausea|vomiting)\s+{_PILLS}", rf"{_PILLS}{_FOR}(?:nausea|vomiting|throwing\s+up)")),
    TreatmentSet("medical_food", "Medical foods", (*_drugs("amino acid medical food"), r"medical\s+foods?")),
    # any medication: "which medications were approved?"
    TreatmentSet("medication", "Medications (any)", (r"medications?", r"meds", r"drugs?", r"prescriptions?",
                 r"pills?", r"medicines?"), (r"drug\s+(?:screen|test)\w*", r"urine\s+drug"),
                 ("opioid", "muscle_relaxant", "nsaid", "topical", "ppi", "h2_blocker", "anticonvulsant",
                  "antidepressant", "sleep_aid", "benzodiazepine", "ed_drug", "oral_steroid", "laxative",
                  "antiemetic", "medical_food")),
)  # fmt: skip

BY_ID: dict[str, TreatmentSet] = {s.id: s for s in SETS}
GROUPS: frozenset[str] = frozenset(s.id for s in SETS if s.includes)
# A set's label in running text: "physical therapy", but "MRI", "TENS unit", "EMG (electromyography)".
LABELS: dict[str, str] = {s.id: (s.label[0].lower() + s.label[1:] if s.label[1:2].islower() else s.label) for s in SETS}


def members(group: str) -> set[str]:
    """Every set a group includes, directly or through another group."""
    out: set[str] = set()
    todo = [group]
    while todo:
        for member in BY_ID[todo.pop()].includes:
            if member not in out:
                out.add(member)
                todo.append(member)
    return out


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    # A whole word; "EMG-NCV" names two, but "non-surgical" and "extended-release" name none.
    return re.compile(rf"(?<!\w)(?-i:(?<![a-z]-))(?:{'|'.join(patterns)})(?!\w)", re.IGNORECASE)


_SYNONYMS = {s.id: _compile(s.synonyms) for s in SETS}
_EXCLUSIONS = {s.id: _compile(s.exclusions) for s in SETS}


def find_treatments(text: str) -> list[tuple[str, str]]:
    """(set id, the words that matched) for every set `text` names, in order of the first match."""
    text = " ".join(text.split())
    topical = bool(TOPICAL_FORM.search(text)) and not ORAL.search(text)
    found: dict[str, tuple[int, str]] = {}
    for s in SETS:  # members come before the sets that include them
        if s.oral and topical:
            continue
        masked = text
        if exclusion := _EXCLUSIONS[s.id]:
            masked = exclusion.sub(lambda m: " " * len(m.group(0)), text)
        hits = [(m.start(), m.group(0)) for m in _SYNONYMS[s.id].finditer(masked)] if _SYNONYMS[s.id] else []
        hits += [found[member] for member in s.includes if member in found]
        if hits:
            found[s.id] = min(hits)
    order = {s.id: n for n, s in enumerate(SETS)}
    return [(sid, words) for sid, (_, words) in sorted(found.items(), key=lambda kv: (kv[1][0], order[kv[0]]))]


def match_treatments(request: str) -> tuple[str, ...]:
    """The ids of the sets a disputed item's request matches, in the order of SETS."""
    found = {sid for sid, _ in find_treatments(request)}
    return tuple(s.id for s in SETS if s.id in found)
