"""Body regions: names, abbreviations, MTUS/ODG chapters, diagnoses and findings (written for this project)."""

from __future__ import annotations

from typing import NamedTuple


class Region(NamedTuple):
    key: str  # truth body_region
    name: str  # "lumbar spine", "shoulder"
    plural: str  # used with "bilateral"
    abbr: str  # older layout: "L/S", "SHOULDER"
    sided: bool
    acoem: str  # MTUS ACOEM chapter (2016 style), "" where MTUS is silent
    acoem_old: str  # older style "Chapter 12 Low Back Complaints"
    pages: str  # older style ACOEM pages for diagnostics
    surg_pages: str
    odg: str  # ODG chapter name
    levels: tuple[str, ...]  # spinal levels, or structures
    diagnoses: tuple[str, ...]
    findings: tuple[str, ...]


REGIONS: dict[str, Region] = {r.key: r for r in (
    Region("lumbar", "lumbar spine", "lumbar spine", "L/S", False, "Low Back Complaints 2004",
           "Chapter 12 Low Back Complaints", "303-305", "305-307", "Low Back Chapter",
           ("L4-5", "L5-S1", "L3-4", "L4-S1"),
           ("lumbar strain", "lumbar disc protrusion with radiculopathy", "lumbar spondylosis",
            "chronic low back pain", "lumbar herniated nucleus pulposus", "lumbar facet arthropathy"),
           ("tenderness over the lumbar paraspinal muscles", "a positive straight leg raise on the {side2} side",
            "lumbar flexion limited to {deg} degrees", "diminished sensation in the {derm} dermatome",
            "paraspinal muscle spasm", "an antalgic gait")),
    Region("cervical", "cervical spine", "cervical spine", "C/S", False,
           "Neck and Upper Back Complaints 2004", "Chapter 8 Neck and Upper Back Complaints",
           "177-179", "179-181", "Neck and Upper Back Chapter", ("C5-6", "C6-7", "C4-5", "C5-7"),
           ("cervical strain", "cervical radiculopathy", "cervical disc disease", "cervicalgia",
            "cervical spondylosis"),
           ("tenderness over the paracervical muscles", "a positive Spurling test on the {side2}",
            "cervical rotation limited to {deg} degrees", "trapezius spasm",
            "decreased grip strength on the {side2}")),
    Region("thoracic", "thoracic spine", "thoracic spine", "T/S", False,
           "Neck and Upper Back Complaints 2004", "Chapter 8 Neck and Upper Back Complaints",
           "177-179", "179-181", "Low Back Chapter", ("T7-8", "T8-9", "T11-12"),
           ("thoracic strain", "thoracic sprain", "thoracic myofascial pain"),
           ("tenderness over the thoracic paraspinals", "painful thoracic rotation",
            "mid back spasm")),
    Region("shoulder", "shoulder", "shoulders", "SHOULDER", True, "Shoulder Complaints 2004",
           "Chapter 9 Shoulder Complaints", "207-209", "209-211", "Shoulder Chapter",
           ("rotator cuff", "labrum", "acromioclavicular joint"),
           ("shoulder impingement syndrome", "rotator cuff tendinitis", "partial thickness rotator cuff tear",
            "adhesive capsulitis", "shoulder sprain/strain"),
           ("a positive Neer sign", "a positive Hawkins test", "abduction limited to {deg} degrees",
            "tenderness over the subacromial space", "weakness with resisted external rotation")),
    Region("knee", "knee", "knees", "KNEE", True, "Knee Complaints 2004", "Chapter 13 Knee Complaints",
           "341-343", "344-345", "Knee & Leg Chapter", ("medial meniscus", "lateral meniscus", "patella"),
           ("knee sprain/strain", "medial meniscus tear", "patellofemoral syndrome",
            "knee osteoarthritis", "internal derangement of the knee"),
           ("medial joint line tenderness", "a positive McMurray test", "a small effusion",
            "flexion limited to {deg} degrees", "crepitus with range of motion")),
    Region("hip", "hip", "hips", "HIP", True, "", "", "", "", "Hip & Pelvis Chapter",
           ("hip joint", "labrum", "greater trochanter"),
           ("hip strain", "greater trochanteric bursitis", "hip osteoarthritis", "hip labral tear"),
           ("tenderness over the greater trochanter", "a positive FABER test",
            "internal rotation limited to {deg} degrees", "pain with log roll")),
    Region("wrist/hand", "wrist", "wrists", "WRIST", True, "Forearm, Wrist, and Hand Complaints 2004",
           "Chapter 11 Forearm, Wrist, and Hand Complaints", "268-269", "270-271",
           "Forearm, Wrist & Hand Chapter", ("carpal tunnel", "first dorsal compartment", "TFCC"),
           ("carpal tunnel syndrome", "wrist sprain/strain", "de Quervain's tenosynovitis",
            "hand contusion", "trigger finger"),
           ("a positive Phalen test", "a positive Tinel sign at the wrist", "a positive Finkelstein test",
            "decreased grip strength", "tenderness over the volar wrist")),
    Region("elbow", "elbow", "elbows", "ELBOW", True, "Elbow Disorders 2007", "Elbow Disorders (Revised 2007)",
           "33-35", "36-38", "Elbow Chapter", ("lateral epicondyle", "medial epicondyle", "cubital tunnel"),
           ("lateral epicondylitis", "medial epicondylitis", "cubital tunnel syndrome", "elbow strain"),
           ("tenderness over the lateral epicondyle", "pain with resisted wrist extension",
            "a positive Tinel sign at the cubital tunnel")),
    Region("ankle/foot", "ankle", "ankles", "ANKLE", True, "Ankle and Foot Complaints 2004",
           "Chapter 14 Ankle and Foot Complaints", "374-375", "374-375", "Ankle & Foot Chapter",
           ("anterior talofibular ligament", "plantar fascia", "Achilles tendon"),
           ("ankle sprain", "plantar fasciitis", "Achilles tendinitis", "ankle fracture, healed"),
           ("lateral ankle swelling", "tenderness over the plantar fascia", "a positive anterior drawer test",
            "dorsiflexion limited to {deg} degrees")),
)}

SPINE = ("lumbar", "cervical", "thoracic")
LIMBS = ("shoulder", "knee", "hip", "wrist/hand", "elbow", "ankle/foot")
ALL = SPINE + LIMBS
