"""The treatment sets of diagnostic tests and therapies: imaging by modality, sleep studies,
nerve studies (EMG, NCS/NCV), physical, aquatic, occupational and hand therapy, chiropractic,
acupuncture, massage, electrical stimulation, traction, work hardening, functional restoration,
FCE, CBT and psychological care, hypnosis, biofeedback. Part of indexer.treatments's SETS, in
this order.
"""

from __future__ import annotations

from indexer.taxonomy import OTHER_REHAB, REHAB
from indexer.treatment_set import TreatmentSet
from indexer.treatments_equipment import ELECTRICAL_STIM_UNIT

# Hand therapy is physical therapy AND occupational therapy: certified hand therapists are PTs or OTs,
# and reviewers judge it as physical medicine (MTUS "Physical medicine treatment", ODG
# "Physical/Occupational therapy"). So it belongs to both sets, and a count of either says so.
_HAND_THERAPY = r"(?:certified\s+)?hand\s+therap\w*"
# "therapy visits", "8 more therapy sessions": therapy with no kind named is physical therapy
_BARE_THERAPY = ("(?:" + "|".join(rf"(?<=\b{w} )" for w in ("the", "a", "any", "more", "extra", "additional", "further",
                                                            "continued", "of", "for", "his", "her", "my", "their",
                                                            # ... or what was done to it: "they said no to therapy",
                                                            # "denied therapy", "did IMR approve therapy"
                                                            "to", "denied", "deny", "approve", "approved", "need", "needs"))
                 # ... or someone's therapy: "the 28 yo man's therapy for his back and the MRI"
                 + r"|(?<=\d )|(?<=\) )|(?<='s )|(?<=’s )"
                 # ... or one more thing of the list before it: "the back CT and therapy", "the MRI or therapy"
                 + r"|(?<=\band )|(?<=\bor )|(?<=& )|(?<=\bplus )"
                 # ... or a body part's: "they wouldn't pay for her back therapy", "more knee therapy"
                 + "".join(rf"|(?<=\b{w} )" for w in ("back", "neck", "spine", "shoulder", "knee", "hip", "ankle", "elbow",
                                                      "wrist", "arm", "leg", "foot"))
                 + r")therap(?:y|ies)(?:\s+(?:sessions?|visits?|appointments?)"
                 # "the acupuncture or the therapy?", "more therapy for my neck": therapy alone, as a noun
                 r"|(?=\s*(?:$|[?.,;:!)]|[-\u2013\u2014]+\s|\s(?:for|to|or|and|was|were|got|get|is|has|had|been|denied|approved|request\w*|"
                 r"at|on|in|that|which|twice|once|x|\d))))")

TESTS_AND_THERAPIES: tuple[TreatmentSet, ...] = (
    # imaging, by modality
    TreatmentSet("mri", "MRI", (r"MRIs?", r"MRI's", r"MRA", r"magnetic\s+resonance(?:\s+imaging)?",
                 r"MR\s+arthrogra\w*")),
    TreatmentSet("ct", "CT scan", (r"CTs?", r"CAT\s+scans?", r"computed\s+(?:axial\s+)?tomograph\w*")),
    TreatmentSet("xray", "X-ray", (r"x-?\s?ray(?:s|ed)?", r"radiograph\w*", r"(?:plain\s+)?films?")),
    TreatmentSet("ultrasound_imaging", "Diagnostic ultrasound", (r"diagnostic\s+ultrasound", r"sonogra\w*",
                 r"ultrasound\s+(?:of|study|scan|exam\w*|imaging)", r"(?:duplex|doppler)(?:\s+ultrasound)?"),
                 (r"ultrasound[-\s]guid\w*",)),
    # a bone scan is its own test (ODG "Bone scan"), a nuclear one: no CT or MRI answers for it
    TreatmentSet("bone_scan", "Bone scan", (r"bone\s+scans?", r"(?:bone\s+)?scintigra\w*", r"nuclear\s+(?:bone\s+)?scans?",
                 r"triple[-\s]phase\s+(?:bone\s+)?scans?")),
    TreatmentSet("imaging", "Imaging (any)", (r"imaging", r"scan(?:s|ned|ning)?", r"DEXA", r"bone\s+density",
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
                 r"therap(?:y|ies)\s+after\s+(?:(?:the|his|her|their|my)\s+)?(?:surgery|operation)",
                 # "what about the ice machine and the therapy after?": the therapy after the operation asked of
                 r"therap(?:y|ies)\s+after(?:wards?)?(?=\s*(?:[?.!,;)]|$))", _HAND_THERAPY,
                 REHAB, _BARE_THERAPY),
                 (r"PT\s*/\s*PTT", r"PT\s*[/-]\s*INR", r"prothrombin\s+time", r"chiro\w*\s+physio\s?therap\w*",
                  OTHER_REHAB, r"(?:pool|aqua(?:tic)?|water)\s+PT",  # "pool PT": aquatic therapy
                  # ... and "physical therapy in a pool", "PT in the water"
                  r"(?:(?:physical\s+)?therap(?:y|ies)|PT)\s+in\s+(?:a|the)\s+(?:pool|water)")),
    # its own MTUS section (Aquatic therapy), with its own criteria (reduced weight bearing)
    TreatmentSet("aquatic_therapy", "Aquatic therapy", (r"aqua(?:tic)?\s+(?:physical\s+)?therap\w*",
                 r"pool\s+(?:therap\w*|exercises?|program)", r"water\s+(?:therap\w*|exercises?)", r"hydrotherap\w*",
                 r"swim\w*\s+(?:therap\w*|exercises?|program)", r"(?:pool|aqua(?:tic)?|water)\s+(?:PT|sessions?|visits?)",
                 r"(?:(?:physical\s+)?therap(?:y|ies)|PT|exercises?)\s+in\s+(?:a|the)\s+(?:pool|water)")),
    TreatmentSet("occupational_therapy", "Occupational and hand therapy", (r"occupational\s+therap\w*", r"(?-i:OT)",
                 _HAND_THERAPY)),
    TreatmentSet("chiropractic", "Chiropractic and manipulation", (r"chiro\w*", r"manipulation", r"manipulative",
                 r"(?-i:CMT|OMT)", r"(?:spinal|spine|back|neck)\s+adjustments?",
                 # ... and a person's word for theirs: "were the adjustments approved?", "my adjustments for my lower
                 # back" (not a dose's or a workstation's: "adjustments to his medications")
                 r"(?:(?<=the\s)|(?<=my\s)|(?<=his\s)|(?<=her\s)|(?<=their\s)|(?<=our\s))adjustments\b"
                 r"(?!\s+(?:to|of|in)\s+(?:(?:the|his|her|my|their|our)\s+)?(?:doses?|dosages?|medications?|meds|"
                 r"work|desk|workstations?|chair|schedule|hours|duties|diet)\b)"),
                 (r"manipulation\s+under\s+(?:general\s+)?anesthesia", r"(?-i:MUA)")),
    # ... and "the needles", a person's word for theirs ("the adjuster refused more therapy and also the
    # needles", "what about the needles for his neck?"; not the symptom "pins and needles", nor needles
    # in general: "cupping instead of needles")
    TreatmentSet("acupuncture", "Acupuncture", (r"\w*acupunct\w*", r"needle\s+(?:therapy|treatments?)",
                 r"(?:dry\s+)?needling", r"(?:(?<=the\s)|(?<=his\s)|(?<=her\s)|(?<=my\s)|(?<=their\s)|(?<=our\s)|"
                 r"(?<=more\s)|(?<=any\s))needles")),
    TreatmentSet("massage", "Massage", (r"massage\w*", r"myofascial\s+release", r"soft\s+tissue\s+mobili[sz]ation")),
    TreatmentSet("e_stim", "Electrical stimulation (therapy)", (r"electrical\s+(?:muscle\s+)?stimulation",
                 r"e[- ]?stim\w*", r"electric(?:al)?\s+stim", r"(?-i:NMES)", r"muscle\s+stim\b",
                 # a therapist's or patient's bare "stim" in a list of care ("chiro and ultrasound and stim", "PT with
                 # stim"), not a stimulator ("the stim machine", "stim trial")
                 r"(?:(?<=\band\s)|(?<=,\s)|(?<=\bwith\s)|(?<=\bthe\s)|(?<=\bher\s)|(?<=\bhis\s)|(?<=\bmy\s))stim\b"
                 r"(?!\s*(?:machines?|units?|implants?|trials?|devices?)\b)", r"neuromuscular\s+(?:electrical\s+)?stimulat\w*",
                 r"galvanic"),
                 (r"transcutaneous\s+electrical\s+nerve\s+stimulat\w*", r"spinal\s+cord\s+stimulat\w*", ELECTRICAL_STIM_UNIT)),
    TreatmentSet("ultrasound_therapy", "Therapeutic ultrasound", (r"therapeutic\s+ultrasound",
                 r"ultrasound\s+therap\w*", r"ultrasound(?=,?\s+\d+\s*(?:x|times)\b)", r"phonophoresis",
                 r"therapeutic\s+(?-i:US)\b", r"(?-i:US)(?=\s*(?:\d+\s*)?x\s*\d)")),  # therapists' "US x8", "US 1x8"
    TreatmentSet("traction", "Traction", (r"traction", r"inversion\s+(?:tables?|therap\w*)")),
    TreatmentSet("work_hardening", "Work hardening / conditioning", (r"work\s+(?:hardening|conditioning)",
                 r"(?:back|return)[-\s]+to[-\s]+work\s+(?:program|training|rehab\w*)")),
    TreatmentSet("functional_restoration", "Functional restoration program", (r"functional\s+restoration",
                 r"(?-i:FRP)", r"(?-i:HELP)\s+program", r"multi-?disciplinary", r"interdisciplinary",
                 r"(?:chronic\s+)?pain\s+(?:management\s+)?program",
                 # lay names: "the rehab program", "the restoration program" (a rehab program is physical therapy's too)
                 r"(?:pain\s+)?rehab(?:ilitation)?\s+program", r"restoration\s+program",
                 # "the back program": a program for the back is its functional restoration (not "back to work")
                 r"back\s+program")),
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
)  # fmt: skip
