"""Vocabulary of the synthetic letters: body regions, treatment kinds and their guidelines.

Everything here is written for the generator; no text is taken from real letters. Guideline
names, section titles and page numbers are the public MTUS/ODG headings that letters cite.
"""

from __future__ import annotations

from typing import NamedTuple

from corpus.regions import ALL, LIMBS, REGIONS, SPINE, Region  # noqa: F401  (re-exported)

CP = "Chronic Pain Medical Treatment 2016"  # MTUS chapter
CP_OLD = "Chronic Pain Treatment Guidelines"


class Kind(NamedTuple):
    key: str
    category: str  # imaging, therapy, medication, injection, surgery, dme, evaluation
    regions: tuple[str, ...]  # () = systemic (no body region)
    names: tuple[str, ...]  # 2016 request templates: {r} region, {lvl} level, {n} count
    old: str  # older layout heading template (capitals)
    mtus: tuple[str, str] | None  # (chapter, sections); chapter "ACOEM" = the region's chapter
    odg: str  # ODG topic ("" = none)
    old_cite: tuple[str, str]  # (older "MTUS ..." name, pages); name "ACOEM" = region chapter
    says: tuple[str, ...]  # what the guideline says (no leading capital needed)
    qty: tuple[int, ...] = ()  # sessions / tablet counts that a modification can split


K = Kind
KINDS: tuple[Kind, ...] = (
    # imaging
    K("mri", "imaging", ALL, ("MRI of the {r}", "MRI of the {r} without contrast", "{R} MRI",
      "Magnetic resonance imaging (MRI) of the {r}"), "MRI OF THE {A}", ("ACOEM", "Special Studies"),
      "MRIs (magnetic resonance imaging)", ("ACOEM", ""),
      ("imaging is reserved for cases with red flags, clear neurologic deficits or a planned surgical procedure",
       "an MRI may be considered when conservative care has failed and the exam suggests a specific lesion")),
    K("ct", "imaging", ALL, ("CT scan of the {r}", "CT of the {r} without contrast"), "CT SCAN {A}",
      ("ACOEM", "Special Studies"), "Computed tomography (CT)", ("ACOEM", ""),
      ("computed tomography is used to define bony anatomy when a fracture or a surgical question is present",)),
    K("xray", "imaging", ALL, ("X-rays of the {r}", "X-ray of the {r}, 3 views", "Radiographs of the {r}"),
      "X-RAYS OF THE {A}", ("ACOEM", "Special Studies"), "Radiography (x-rays)", ("ACOEM", ""),
      ("plain films are not routinely needed in the absence of red flags or trauma",)),
    K("emg", "imaging", ("lumbar", "cervical"), ("EMG/NCV of the bilateral {limbs}",
      "EMG/NCS of the {side} {limb}", "Electromyography and nerve conduction studies of the bilateral {limbs}"),
      "EMG/NCV OF THE {LIMBS}", (CP, "Electrodiagnostic testing (EMG/NCS)"), "EMGs (electromyography)",
      ("ACOEM", ""), ("electrodiagnostic testing helps identify subtle focal neurologic dysfunction lasting "
                      "more than three or four weeks",)),
    # therapy
    K("pt", "therapy", ALL, ("Physical therapy {f} for the {r}", "Physical therapy for the {r}, {n} sessions",
      "Additional physical therapy {f} for the {r}", "{n} physical therapy visits for the {r}"),
      "PT {F} FOR THE {A}", (CP, "Physical medicine treatment"), "Physical therapy",
      (CP_OLD + " PHYSICAL MEDICINE", "98-99"),
      ("9 to 10 visits over 8 weeks are supported for myalgia and myositis, fading to a home program",
       "active therapy is favored, with a transition to self-directed home exercise"), (6, 8, 10, 12, 18)),
    K("ot", "therapy", ("wrist/hand", "elbow", "shoulder"), ("Occupational therapy {f} for the {r}",
      "Hand therapy for the {r}, {n} sessions"), "OT {F} FOR THE {A}", (CP, "Physical medicine treatment"),
      "Physical/Occupational therapy", (CP_OLD + " PHYSICAL MEDICINE", "98-99"),
      ("a limited number of supervised visits is supported, followed by a home program",), (6, 8, 12)),
    K("chiro", "therapy", SPINE, ("Chiropractic treatment {f} for the {r}", "Chiropractic manipulation, {n} visits",
      "Additional chiropractic care for the {r}, {n} sessions"), "CHIRO {F} FOR THE {A}",
      (CP, "Manual therapy & manipulation"), "Manipulation", (CP_OLD + " MANUAL THERAPY & MANIPULATION", "58-60"),
      ("a trial of 6 visits over 2 weeks is supported, with up to 18 visits only when objective gains are shown",),
      (6, 8, 12, 18)),
    K("acupuncture", "therapy", ALL, ("Acupuncture {f} for the {r}", "Acupuncture, {n} sessions",
      "Additional acupuncture for the {r}, {n} sessions"), "ACUPUNCTURE {F} FOR THE {A}",
      ("Acupuncture Treatment 2007", ""), "Acupuncture", ("Acupuncture Medical Treatment Guidelines", "8-9"),
      ("3 to 6 treatments may produce functional improvement, and more is supported only with documented gains",),
      (6, 8, 12)),
    K("aquatic", "therapy", ("lumbar", "knee", "hip"), ("Aquatic therapy {f} for the {r}",
      "Pool therapy, {n} sessions"), "AQUATIC THERAPY {F}", (CP, "Aquatic therapy"), "Aquatic therapy",
      (CP_OLD + " AQUATIC THERAPY", "22"),
      ("aquatic therapy is an alternative to land-based therapy where reduced weight bearing is desirable",),
      (8, 12)),
    K("frp", "therapy", (), ("Functional restoration program, {n} days", "Functional restoration program evaluation",
      "HELP functional restoration program, 80 hours"), "FUNCTIONAL RESTORATION PROGRAM",
      (CP, "Functional restoration programs (FRPs)"), "Functional restoration programs (FRPs)",
      (CP_OLD + " CHRONIC PAIN PROGRAMS", "30-32"),
      ("a program is appropriate only when prior methods have failed, surgery is not planned and the "
       "patient is motivated to change",), (10, 20)),
    K("massage", "therapy", SPINE, ("Massage therapy for the {r}, {n} sessions",), "MASSAGE THERAPY X{n}",
      (CP, "Massage therapy"), "Massage", (CP_OLD + " MASSAGE THERAPY", "60"),
      ("massage should be an adjunct to exercise and limited to 4 to 6 visits",), (6, 8)),
    K("work_hardening", "therapy", (), ("Work hardening program, {n} sessions",), "WORK HARDENING X{n}",
      (CP, "Work conditioning, work hardening"), "Work conditioning", (CP_OLD + " WORK HARDENING", "125-126"),
      ("work hardening requires a defined return-to-work goal agreed to by the employer and employee",), (10, 12)),
    # medications
    K("norco", "medication", (), ("Norco 10/325mg #{n}", "Hydrocodone/acetaminophen 10/325mg #{n}",
      "Norco 5/325mg #{n}"), "NORCO 10/325MG #{n}", (CP, "Opioids, criteria for use"), "Opioids",
      (CP_OLD + " OPIOIDS", "74-96"),
      ("ongoing opioid use requires documented pain relief, functional gains, side effect review and "
       "screening for aberrant behavior",), (60, 90, 120)),
    K("tramadol", "medication", (), ("Tramadol 50mg #{n}", "Ultram 50mg #{n}", "Tramadol ER 150mg #{n}"),
      "TRAMADOL 50MG #{n}", (CP, "Tramadol (Ultram)"), "Tramadol", (CP_OLD + " OPIOIDS", "74-96"),
      ("tramadol is a centrally acting synthetic opioid and is subject to the same monitoring as other opioids",),
      (60, 90, 120)),
    K("oxycodone", "medication", (), ("Oxycodone 10mg #{n}", "Percocet 10/325mg #{n}"), "OXYCODONE 10MG #{n}",
      (CP, "Opioids, specific drug list"), "Opioids", (CP_OLD + " OPIOIDS", "74-96"),
      ("doses must be justified by measured improvement and the morphine equivalent dose tracked",), (60, 90, 120)),
    K("cyclobenzaprine", "medication", (), ("Cyclobenzaprine 7.5mg #{n}", "Flexeril 10mg #{n}",
      "Cyclobenzaprine 10mg #{n}"), "FLEXERIL 10MG #{n}", (CP, "Cyclobenzaprine (Flexeril)"),
      "Muscle relaxants", (CP_OLD + " MUSCLE RELAXANTS", "63-66"),
      ("cyclobenzaprine is meant for a short course, no longer than 2 to 3 weeks",), (30, 60, 90)),
    K("tizanidine", "medication", (), ("Tizanidine 4mg #{n}", "Zanaflex 4mg #{n}"), "TIZANIDINE 4MG #{n}",
      (CP, "Muscle relaxants (for pain)"), "Muscle relaxants", (CP_OLD + " MUSCLE RELAXANTS", "63-66"),
      ("non-sedating muscle relaxants are a second-line option for short-term treatment of acute "
       "exacerbations",), (30, 60, 90)),
    K("baclofen", "medication", (), ("Baclofen 10mg #{n}",), "BACLOFEN 10MG #{n}", (CP, "Muscle relaxants (for pain)"),
      "Muscle relaxants", (CP_OLD + " MUSCLE RELAXANTS", "63-66"),
      ("baclofen is mainly used for spasticity from multiple sclerosis and spinal cord injury",), (60, 90)),
    K("nsaid", "medication", (), ("Naproxen 550mg #{n}", "Diclofenac sodium ER 100mg #{n}", "Ibuprofen 800mg #{n}",
      "Meloxicam 15mg #{n}", "Anaprox DS 550mg #{n}"), "NAPROXEN 550MG #{n}",
      (CP, "NSAIDs (non-steroidal anti-inflammatory drugs)"), "NSAIDs", (CP_OLD + " NSAIDS", "67-73"),
      ("NSAIDs are recommended at the lowest dose for the shortest period in patients with moderate to "
       "severe pain",), (30, 60, 90)),
    K("ppi", "medication", (), ("Omeprazole 20mg #{n}", "Prilosec 20mg #{n}", "Pantoprazole 40mg #{n}",
      "Protonix 20mg #{n}"), "OMEPRAZOLE 20MG #{n}", (CP, "NSAIDs, GI symptoms & cardiovascular risk"),
      "Proton pump inhibitors (PPIs)", (CP_OLD + " NSAIDS, GI SYMPTOMS & CARDIOVASCULAR RISK", "68-69"),
      ("a proton pump inhibitor is supported only for patients on NSAIDs who are at intermediate or high risk "
       "of gastrointestinal events",), (30, 60, 90)),
    K("topical", "medication", (), ("Compounded cream: flurbiprofen 20%, lidocaine 5%, 180gm",
      "Topical compound: ketoprofen/gabapentin/lidocaine 240gm", "Diclofenac 1.5% gel 120gm",
      "Terocin lotion 120ml"), "COMPOUNDED TOPICAL CREAM 240GM", (CP, "Topical analgesics"),
      "Topical analgesics", (CP_OLD + " TOPICAL ANALGESICS", "111-113"),
      ("any compounded product that contains at least one drug or drug class that is not recommended is "
       "itself not recommended",)),
    K("lidoderm", "medication", (), ("Lidoderm 5% patch #{n}", "Lidocaine 5% patches #{n}"), "LIDODERM 5% #{n}",
      (CP, "Lidoderm (lidocaine patch)"), "Lidoderm (lidocaine patch)", (CP_OLD + " TOPICAL ANALGESICS", "111-113"),
      ("the lidocaine patch is a second-line option for localized neuropathic pain after a trial of "
       "first-line therapy",), (30, 60)),
    K("gabapentin", "medication", (), ("Gabapentin 600mg #{n}", "Neurontin 300mg #{n}"), "GABAPENTIN 600MG #{n}",
      (CP, "Anti-epilepsy drugs (AEDs)"), "Anti-epilepsy drugs (AEDs)", (CP_OLD + " ANTI-EPILEPSY DRUGS", "16-18"),
      ("gabapentin is a first-line agent for neuropathic pain, and continued use depends on at least a 30% "
       "response",), (60, 90, 120)),
    K("pregabalin", "medication", (), ("Lyrica 75mg #{n}", "Pregabalin 50mg #{n}"), "LYRICA 75MG #{n}",
      (CP, "Pregabalin (Lyrica, no generic available)"), "Anti-epilepsy drugs (AEDs)",
      (CP_OLD + " ANTI-EPILEPSY DRUGS", "19-20"),
      ("pregabalin is supported for diabetic neuropathy and postherpetic neuralgia",), (60, 90)),
    K("sleep", "medication", (), ("Zolpidem 10mg #{n}", "Ambien 10mg #{n}", "Trazodone 50mg #{n}"),
      "AMBIEN 10MG #{n}", None, "Insomnia treatment", ("ODG Pain Chapter, Insomnia treatment", ""),
      ("sleep aids such as zolpidem are meant for short-term use of 2 to 6 weeks",), (30, 60)),
    K("duloxetine", "medication", (), ("Cymbalta 60mg #{n}", "Duloxetine 30mg #{n}"), "CYMBALTA 60MG #{n}",
      (CP, "Antidepressants for chronic pain"), "Antidepressants for chronic pain",
      (CP_OLD + " ANTIDEPRESSANTS FOR CHRONIC PAIN", "13-16"),
      ("antidepressants are a first-line option for neuropathic pain, with assessment of pain, function "
       "and sleep",), (30, 60)),
    # injections
    K("esi", "injection", ("lumbar", "cervical"), ("{Side} {lvl} transforaminal epidural steroid injection",
      "{R} epidural steroid injection at {lvl}", "Interlaminar epidural steroid injection at {lvl}"),
      "ESI AT {LVL}", (CP, "Epidural steroid injections (ESIs)"), "Epidural steroid injections (ESIs)",
      (CP_OLD + " EPIDURAL STEROID INJECTIONS (ESIS)", "46"),
      ("radiculopathy must be documented on examination and corroborated by imaging or electrodiagnostic "
       "testing",)),
    K("facet", "injection", ("lumbar", "cervical"), ("Facet joint injections {lvl}", "Bilateral medial branch "
      "blocks at {lvl}", "Diagnostic facet blocks at {lvl}"), "FACET INJECTIONS {LVL}", ("ACOEM", "Summary"),
      "Facet joint diagnostic blocks (injections)", ("ACOEM", "300-301"),
      ("facet blocks are limited to patients with non-radicular pain at no more than two levels",)),
    K("rfa", "injection", ("lumbar", "cervical"), ("Radiofrequency ablation at {lvl}",
      "Medial branch radiofrequency neurotomy, {side} {lvl}"), "RFA {LVL}", ("ACOEM", "Summary"),
      "Facet joint radiofrequency neurotomy", ("ACOEM", "300-301"),
      ("neurotomy requires a prior positive diagnostic medial branch block",)),
    K("tpi", "injection", SPINE, ("Trigger point injections to the {r}", "Trigger point injections x4"),
      "TRIGGER POINT INJECTIONS", (CP, "Trigger point injections"), "Trigger point injections",
      (CP_OLD + " TRIGGER POINT INJECTIONS", "122"),
      ("trigger points need a twitch response and referred pain, with symptoms for more than three months",)),
    K("cortisone", "injection", ("shoulder", "knee", "wrist/hand", "elbow", "hip"), ("Cortisone injection to the "
      "{r}", "{R} corticosteroid injection", "Steroid injection, {r}"), "CORTISONE INJECTION {A}",
      ("ACOEM", "Initial Care"), "Steroid injections", ("ACOEM", ""),
      ("two or three subacromial or intra-articular injections may be given as part of a rehabilitation "
       "program",)),
    K("prp", "injection", ("knee", "shoulder", "elbow"), ("Platelet-rich plasma injection to the {r}",
      "PRP injection, {r}"), "PRP INJECTION {A}", None, "Platelet-rich plasma (PRP)", ("ODG PRP", ""),
      ("platelet-rich plasma is under study and is not recommended outside a research setting",)),
    K("viscosupp", "injection", ("knee",), ("Synvisc injection to the {r}", "Hyaluronic acid injections, {r}, "
      "series of 3"), "SYNVISC {A}", None, "Hyaluronic acid injections", ("ODG Knee, Hyaluronic acid", ""),
      ("viscosupplementation is reserved for severe osteoarthritis that has not responded to conservative care",)),
    # surgery (associated services hang off these)
    K("arthroscopy", "surgery", ("shoulder", "knee"), ("{R} arthroscopy with debridement", "{R} arthroscopy "
      "with subacromial decompression", "{R} arthroscopic partial meniscectomy"), "{A} ARTHROSCOPY",
      ("ACOEM", "Surgical Considerations"), "Indications for Surgery", ("ACOEM", "surg"),
      ("surgical referral is indicated for activity limitation over four months and failure of exercise "
       "programs, with a lesion clearly shown on imaging",)),
    K("spine_surgery", "surgery", ("lumbar", "cervical"), ("Lumbar decompression at {lvl}",
      "Anterior cervical discectomy and fusion at {lvl}", "Microdiscectomy at {lvl}", "Posterior lumbar "
      "interbody fusion at {lvl}"), "SURGERY AT {LVL}", ("ACOEM", "Surgical Considerations"),
      "Discectomy/laminectomy", ("ACOEM", "surg"),
      ("surgical consultation is indicated for severe, disabling symptoms with clear clinical, imaging and "
       "electrophysiologic evidence of a lesion",)),
    K("ctr", "surgery", ("wrist/hand",), ("{R} carpal tunnel release", "{Side} open carpal tunnel release"),
      "{A} CARPAL TUNNEL RELEASE", ("ACOEM", "Surgical Considerations"), "Carpal tunnel release surgery (CTR)",
      ("ACOEM", "surg"), ("carpal tunnel release should be backed by positive electrodiagnostic studies",)),
    # durable medical equipment
    K("tens", "dme", SPINE + ("knee", "shoulder"), ("TENS unit", "TENS unit for home use, purchase",
      "TENS unit, 30 day rental"), "TENS UNIT", (CP, "TENS, chronic pain (transcutaneous electrical nerve "
      "stimulation)"), "TENS (transcutaneous electrical nerve stimulation)", (CP_OLD + " TENS", "114-116"),
      ("a one-month home trial of TENS may be considered as an adjunct to a program of functional "
       "restoration",)),
    K("hwave", "dme", SPINE, ("H-wave unit, purchase", "Home H-wave device"), "H-WAVE UNIT",
      (CP, "H-wave stimulation (HWT)"), "H-wave stimulation (HWT)", (CP_OLD + " H-WAVE STIMULATION", "117-118"),
      ("H-wave is not a stand-alone treatment and follows failure of TENS and conservative care",)),
    K("ifc", "dme", SPINE, ("Interferential unit", "Interferential current stimulator, rental"), "IF UNIT",
      (CP, "Interferential Current Stimulation (ICS)"), "Interferential current stimulation (ICS)",
      (CP_OLD + " INTERFERENTIAL CURRENT STIMULATION", "118-120"),
      ("interferential stimulation is not recommended as an isolated intervention",)),
    K("brace", "dme", ("lumbar", "knee", "wrist/hand", "elbow", "ankle/foot"), ("{R} brace", "Lumbar support",
      "Hinged {r} brace", "{R} splint"), "{A} BRACE", ("ACOEM", "Physical Methods"), "Braces", ("ACOEM", ""),
      ("supports and braces have not shown lasting benefit beyond the acute phase of symptom relief",)),
    K("walker", "dme", ("knee", "hip", "lumbar"), ("Front-wheeled walker", "Four-wheeled walker with seat",
      "Cane"), "WALKER", None, "Walking aids (canes, crutches, braces, orthoses, & walkers)", ("ODG Walking aids", ""),
      ("walking aids are supported for patients with a documented disability or gait limitation",)),
    K("hot_cold", "dme", ALL, ("Hot/cold therapy unit", "Cold therapy unit, purchase"), "HOT/COLD UNIT",
      ("ACOEM", "Initial Care"), "Continuous-flow cryotherapy", ("ACOEM", ""),
      ("at-home local applications of heat or cold are as effective as those done by a therapist",)),
    # evaluations and testing
    K("fce", "evaluation", (), ("Functional capacity evaluation", "FCE (functional capacity evaluation)"), "FCE",
      ("General Approaches 2004", "Independent Medical Examinations and Consultations"),
      "Functional capacity evaluation (FCE)", ("MTUS ACOEM Chapter 7", "137-138"),
      ("an FCE is appropriate when case management is hampered by complex issues and the patient is close to "
       "maximum medical improvement",)),
    K("psych", "evaluation", (), ("Psychological evaluation", "Psychiatric consultation", "Cognitive behavioral "
      "therapy, {n} sessions"), "PSYCH EVAL", (CP, "Psychological evaluations"), "Psychological evaluations",
      (CP_OLD + " PSYCHOLOGICAL EVALUATIONS", "100-101"),
      ("psychological evaluations are well established for chronic pain patients whose recovery is "
       "delayed",)),
    K("pain_consult", "evaluation", (), ("Pain management consultation", "Referral to pain management",
      "Orthopedic consultation"), "PAIN MANAGEMENT CONSULT", ("General Approaches 2004",
      "Independent Medical Examinations and Consultations"), "Office visits", ("MTUS ACOEM Chapter 7", "127"),
      ("a referral is reasonable when the diagnosis is uncertain or the course of care would benefit from "
       "added expertise",)),
    K("uds", "evaluation", (), ("Urine drug screen", "Urine toxicology screen", "Retrospective urine drug "
      "testing (DOS {dos})"), "URINE DRUG SCREEN", (CP, "Drug testing"), "Urine drug testing (UDT)",
      (CP_OLD + " DRUG TESTING", "43"),
      ("drug testing is an option to check for illegal drugs or to monitor adherence in patients on opioids",)),
)
KIND_BY_KEY = {k.key: k for k in KINDS}

# Services attached to a surgery request: (kind key, category, request text, ODG topic, older heading)
ASSOCIATED = (
    ("assoc_cold", "dme", "Cold therapy unit, 7 day rental", "Continuous-flow cryotherapy", "COLD THERAPY UNIT"),
    ("assoc_postop_pt", "therapy", "Post-operative physical therapy, 12 sessions", "Postsurgical physical therapy",
     "POST-OP PT X12"),
    ("assoc_assistant", "evaluation", "Assistant surgeon", "Surgical assistant", "ASSISTANT SURGEON"),
    ("assoc_clearance", "evaluation", "Pre-operative medical clearance", "Preoperative testing, general",
     "PRE-OP CLEARANCE"),
    ("assoc_walker", "dme", "Front wheeled walker", "Walking aids", "FRONT WHEELED WALKER"),
    ("assoc_sling", "dme", "Post-operative sling", "Postoperative abduction pillow sling", "SLING"),
)

SPECIALTIES = ("Family Practice", "Preventive Medicine, Occupational Medicine", "Physical Medicine & Rehabilitation",
               "Physical Medicine & Rehabilitation, Pain Management", "Orthopedic Surgery",
               "Orthopedic Surgery, Sports Medicine", "Internal Medicine", "Anesthesiology, Pain Management",
               "Neurological Surgery", "Chiropractor", "Acupuncturist", "Psychologist", "Emergency Medicine",
               "Neurology, Pain Management")
STATES = ("California", "Texas", "New York", "Florida", "Arizona", "Pennsylvania", "Ohio", "Virginia",
          "Illinois", "Washington", "Colorado", "Oregon", "Maryland", "Georgia", "Michigan", "Nevada")
