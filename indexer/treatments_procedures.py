"""The treatment sets of injections, procedures and surgery: epidural, facet, spinal, joint and
trigger point injections, nerve blocks, botulinum toxin, neurolysis, PRP, hyaluronic acid,
radiofrequency ablation, the kinds of surgery, the assistant surgeon and pre-operative
clearance. Part of indexer.treatments's SETS, in this order.
"""

from __future__ import annotations

from indexer.taxonomy import PA_ASSIST, PA_BESIDE, SCOPE
from indexer.treatment_set import SHOT, TreatmentSet

_PRE_OP = r"pre-?\s?op(?:erative)?"
_IN_SPINE = (r"\s+(?:in|into|for|to|on)\s+(?:(?:the|my|his|her|their)\s+)?(?:(?:low(?:er)?|upper|mid(?:dle)?)\s+)?"
             r"(?:back|spine|neck)(?!\s+of\b)")  # "the back of the knee" is no spine
_STEROID = r"(?:(?:cortico)?steroid|cortisone|epidural)(?:[-\s](?:type|like|based))?"  # "a cortisone type shot"
# a steroid shot in the spine is an epidural ("a steroid shot in my lower back", "spinal steroid injection")
_SPINE_STEROID = (rf"{_STEROID}\s+{SHOT}{_IN_SPINE}"
                  rf"|(?:back|spine|spinal|neck|lumbar|cervical)\s+{_STEROID}\s+{SHOT}")

# a person's words for destroying a nerve, by heat (radiofrequency ablation, rhizotomy) or by a chemical
# (a neurolytic injection, neurolysis): "the nerve burning procedure" is either; "burning nerve pain"
# is a symptom
_NERVE_BURNING = (r"(?:burn\w*|cauteri[sz]\w*)\s+(?:off\s+)?(?:of\s+)?(?:(?:the|his|her|my|their)\s+)?nerves?"
                  r"(?!\s+(?:pain|sensations?|feelings?)\b)",
                  r"nerves?\s+(?:burn\w*|cauteri[sz]\w*)")

PROCEDURES: tuple[TreatmentSet, ...] = (
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
                 (rf"(?:back|spine|spinal|neck)\s+{SHOT}", rf"{SHOT}{_IN_SPINE}"), (), ("esi", "facet")),
    TreatmentSet("rfa", "Radiofrequency ablation / neurotomy", (r"radio-?\s?frequency\w*",
                 r"(?-i:RF)\s+(?:ablation|neurotomy|lesioning)", r"rhizotom\w*", r"neurotom\w*", r"ablation",
                 *_NERVE_BURNING)),
    TreatmentSet("trigger_point", "Trigger point injections", (r"trigger\s+points?(?:\s+injections?)?", r"TPIs?")),
    TreatmentSet("joint_injection", "Joint and steroid injections", (rf"(?:cortico)?steroid\s+{SHOT}",
                 r"cortisone", r"intra-?\s?articular", r"subacromial\s+injections?", r"joint\s+injections?",
                 r"kenalog", r"depo-?medrol",
                 rf"(?:shoulder|hip|elbow|wrist|thumb|finger|ankle)\s+(?:(?:cortico)?steroid\s+|cortisone\s+)?{SHOT}"),
                 (r"epidural\s+steroid\s+injections?", r"facet\s+joint\s+injections?", _SPINE_STEROID)),
    TreatmentSet("prp", "Platelet-rich plasma injection", (r"platelet[-\s]rich\s+plasma", r"PRP",
                 rf"platelet\s+{SHOT}")),
    TreatmentSet("viscosupplementation", "Hyaluronic acid (viscosupplementation)", (r"visco-?\s?supplement\w*",
                 r"hyaluron\w*", r"synvisc\w*", r"euflexxa", r"orthovisc", r"supartz", r"gel-?one", r"monovisc",
                 r"durolane", r"hyalgan",
                 rf"(?:gel|lubricant|lubricating|lubrication|rooster\s+comb)\s+{SHOT}", r"rooster\s+combs?",
                 r"knee\s+gel")),
    TreatmentSet("nerve_block", "Nerve blocks", (r"nerve\s+blocks?", r"(?:occipital|genicular|stellate|sympathetic"
                 r"|suprascapular|intercostal)(?:\s+ganglion)?(?:\s+nerve)?\s+blocks?", r"stellate\s+ganglion"),
                 (r"medial\s+branch(?:\s+nerve)?\s+blocks?", r"selective\s+nerve\s+root\s+blocks?")),
    TreatmentSet("botox", "Botulinum toxin", (r"botox", r"botulinum", r"onabotulinum\w*")),
    TreatmentSet("neurolysis", "Neuroplasty, neurolysis, adhesiolysis", (r"neurolys\w*", r"neurolytic",
                 r"neuroplast\w*", r"adhesiolysis", r"(?-i:Racz)", r"lysis\s+of\s+adhesions", *_NERVE_BURNING)),
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
                 r"(?:neck|back|spine|spinal|dis[ck])\s+(?:surgery|operation|fusion)",
                 # a fusion said bare is of the spine, where nearly all are (not "an ankle fusion", "a wrist fusion")
                 r"(?<!ankle\s)(?<!wrist\s)(?<!thumb\s)(?<!finger\s)(?<!toe\s)(?<!joint\s)(?<!subtalar\s)fusions?")),
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
    # "her back procedures", "the pain procedures": an injection or an operation, by the lay word; a request is one by
    # its member ("Right L4 transforaminal epidural steroid injection"), a question by these words only (not the IMR's
    # own "procedures", nor the steps to appeal)
    TreatmentSet("procedure", "Procedures",
                 (r"procedures", r"(?:interventional|surgical|pain|spine|spinal|back|neck|knee|shoulder|hip|hand|wrist|elbow|"
                  r"ankle|foot)\s+procedure"),
                 (r"(?:IMR|UR|review|appeals?|legal|administrative|billing|dispute|the\s+IMR)\s+procedures?",
                  r"procedures?\s+(?:for|to|of)\s+(?:appeal\w*|request\w*|fil\w*|ask\w*|review\w*|dispute\w*|IMR)"),
                 ("injection", "surgery"), own_words_in_text=True),
    TreatmentSet("assistant_surgeon", "Assistant surgeon", (r"assistant\s+surgeon", r"surgical\s+assist\w*",
                 r"co-?surgeon", PA_ASSIST, PA_BESIDE, r"(?:RN\s+)?first\s+assist\w*")),
    TreatmentSet("preop_clearance", "Pre-operative clearance and tests", (rf"{_PRE_OP}\s+(?:medical\s+)?(?:clearance"
                 r"|evaluation|labs?|testing|(?-i:EKG|ECG)|work-?up|check-?\s?ups?|physicals?|exams?)", r"(?:medical|surgical|surgery)\s+clearance",
                 r"clearance\s+for\s+(?:(?:the|his|her|my|their)\s+)?surgery",
                 # "the surgery, the clearance and the cold unit": the clearance said bare, as one of a letter's requests
                 # ... or one more in a list ("surgery + cryo + brace + PT + clearance", "the scope, PT and clearance")
                 r"(?:(?<=\bthe\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bmy\s)|(?<=\btheir\s)|(?<=\+\s)|(?<=&\s)|(?<=,\s)"
                 r"|(?<=\band\s)|(?<=\bplus\s))clearance\b(?!\s+(?:of|from|to)\b)",
                 # ... and so "the pre-op", said bare as a noun in a list ("the surgery, the pre-op and the post op PT"),
                 # not the pre-op of another thing ("the pre-op labs", "the pre-op visit")
                 r"(?:(?<=\bthe\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bmy\s)|(?<=\btheir\s))pre-?\s?op\b"
                 r"(?=\s*(?:[,;:?!)]|\.(?:\s|$)|$|\s(?:and|or|plus)\b))",
                 # lay words: "the medical checkup beforehand", "clear my dad for his shoulder operation"
                 r"check-?\s?ups?\s+(?:before(?:hand)?|prior\s+to)\b",
                 r"\bclear(?:ed|ing)?\s+(?:[\w'’]+\s+){0,2}?for\s+(?:(?:the|his|her|my|their|a)\s+)?(?:\w+\s+)?"
                 r"(?:surgery|operation)")),
)  # fmt: skip
