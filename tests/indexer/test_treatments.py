"""Treatment synonym sets (indexer.treatments): every real request, the seed's, and the traps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.parse import parse_file
from indexer.treatments import BY_ID, SETS, find_treatments, match_treatments

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFERENCE = SHARED / "corpus" / "dwc-imr-2016-2017" / "reference.jsonl"
SEED = SHARED / "seeds" / "000_95e1945bc69d4d51.txt"
SKIP = "../shared/corpus not found: real-letter tests need the shared corpus beside the checkout"

# Each of the 140 real requests (case number, item), with the sets it names, written by reading it.
REAL_EXPECTED: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("CM16-0219557", 1, ("facet", "spinal_injection", "injection", "procedure")),  # Facet joint injections L4-5, L5-S1
    ("CM16-0221706", 1, ("ed_drug", "medication")),  # Three months coverage of Viagra 50mg
    ("CM16-0224814", 1, ("mri", "imaging", "tests")),  # Cervical spine MRI without contrast
    ("CM16-0230548", 1, ("mri", "imaging", "tests")),  # MRI of neck and right hand without contrast
    ("CM16-0230548", 2, ("acupuncture",)),  # Acupuncture 3 times a week for 2 weeks, neck, ri
    ("CM16-0231706", 1, ("chiropractic", "office_visit")),  # Chiropractic physiotherapy treatment 6 visits
    ("CM16-0231745", 1, ("office_visit",)),  # Physical exam 2 times 8
    ("CM16-0231745", 2, ("chiropractic",)),  # Spinal manipulation 1 times 8
    ("CM16-0231745", 3, ("e_stim",)),  # Electrical stimulation 1 times 8
    ("CM16-0231745", 4, ("ultrasound_therapy",)),  # Ultrasound 1 times 8
    ("CM16-0231745", 5, ("office_visit",)),  # Initial exam
    ("CM16-0232182", 1, ("chiropractic", "consultation")),  # Referral to chiropractor for evaluation of low b
    ("CM16-0233904", 1, ("baclofen", "muscle_relaxant", "medication")),  # Baclofen 100mg #3
    ("CM16-0234464", 1, ("mri", "imaging", "tests")),  # Single positional MRI of the cervical spine
    ("CM16-0234464", 2, ("mri", "imaging", "tests")),  # Single positional MRI of the lumbar spine
    ("CM16-0234464", 3, ("mri", "imaging", "tests")),  # Single positional MRI of the right hand
    ("CM16-0234464", 4, ("nsaid", "medication")),  # Diclofenac ER 100mg #60
    ("CM16-0234464", 5, ("cyclobenzaprine", "muscle_relaxant", "medication")),  # Cyclobenzaprine 7.5mg #27
    ("CM16-0234464", 6, ("topical", "medication")),  # Lidocaine ointment 5% 106.32gm
    ("CM16-0235724", 1, ("mri", "imaging", "tests")),  # MRI of the cervical spine bilateral without cont
    ("CM16-0238676", 1, ("physical_therapy",)),  # Additional physical therapy three times a week f
    ("CM16-0238676", 2, ("mri", "ct", "imaging", "tests")),  # MRI/CT of the spine and pelvis
    ("CM16-0239607", 1, ("mri", "imaging", "tests")),  # MRI cervical spine without contrast
    ("CM16-0240900", 1, ("mri", "imaging", "tests")),  # MRI for lumbar spine with contrast
    ("CM16-0240900", 2, ("physical_therapy",)),  # Physical therapy two times a week for three week
    ("CM16-0242302", 1, ("mri", "imaging", "tests")),  # MRI without contrast of the right elbow
    ("CM16-0242419", 1, ("acupuncture",)),  # Acupuncture therapy sessions lumbar spine #6
    ("CM16-0242419", 2, ("mri", "imaging", "tests")),  # MRI of the lumbar spine
    ("CM16-0242667", 1, ("xray", "imaging", "tests")),  # X-Ray of the lumbar spine
    ("CM16-0243453", 1, ("mri", "imaging", "tests")),  # MRI of the right knee
    ("CM16-0243453", 2, ("mri", "imaging", "tests")),  # MRI of the lumbar spine
    ("CM16-0243453", 3, ("chiropractic",)),  # Chirophysio therapy two times a week for four we
    ("CM16-0243453", 4, ("chiropractic",)),  # Chirophysio therapy for the cervical spine, thor
    ("CM16-0245128", 1, ("mri", "imaging", "tests")),  # MRI of the cervical spine without contrast
    ("CM16-0245295", 1, ("physical_therapy",)),  # Additional physical therapy lumbar spine two tim
    ("CM16-0245295", 2, ("mri", "imaging", "tests")),  # MRI of lumbar spine without contrast
    ("CM16-0246624", 1, ("mri", "imaging", "tests")),  # MRI scan of the cervical spine
    ("CM16-0246635", 1, ("mri", "imaging", "tests")),  # MRI of the Lumbar spine without contrast
    ("CM16-0247255", 1, ("mri", "imaging", "tests")),  # MRI of the lumbar spine without contrast
    ("CM16-0247274", 1, ("neurolysis", "injection", "procedure")),  # Neuroplasty, lumbar spine
    ("CM16-0247274", 2, ("neurolysis", "injection", "procedure")),  # Injection of neurolytic substance, lumbar spine
    ("CM16-0247274", 3, ("esi", "spinal_injection", "injection", "procedure")),  # Right L5-S1 epidural steroid injection
    ("CM16-0247274", 4, ("esi", "spinal_injection", "injection", "procedure")),  # Left L5-S1 epidural steroid injection
    ("CM16-0247274", 5, ("physical_therapy",)),  # Physical therapy evaluation, cervical and thorac
    ("CM16-0247274", 6, ("physical_therapy",)),  # Physical therapy, 6 sessions, cervical and thora
    ("CM16-0247624", 1, ("ct", "imaging", "tests")),  # CT scan of head
    ("CM16-0247624", 2, ("nsaid", "medication")),  # Naproxen 550mg #60
    ("CM16-0247660", 1, ("chiropractic",)),  # Additional chiropractic three times a week for t
    ("CM16-0248034", 1, ("emg", "ncs", "nerve_study", "tests")),  # EMG/NCS of the bilateral upper extremities
    ("CM16-0248233", 1, ("physical_therapy", "occupational_therapy")),  # continuation for left hand therapy
    ("CM16-0248471", 1, ("tens", "dme")),  # TENS unit
    ("CM16-0248471", 2, ("brace", "dme")),  # Lumbar support
    ("CM16-0248471", 3, ("pillow", "pillow_bed", "dme")),  # Cervical pillow
    ("CM16-0248471", 4, ("pillow", "pillow_bed", "dme")),  # Wedge pillow
    ("CM16-0248471", 5, ("brace", "dme")),  # Wrist braces #2
    ("CM16-0248471", 6, ("brace", "dme")),  # Elbow braces #2
    ("CM16-0248655", 1, ("mri", "imaging", "tests")),  # MRI without contrast of the right hip
    ("CM16-0249170", 1, ("ppi", "medication")),  # Pantoprazole 40mg, one by mouth, twice a day #60
    ("CM16-0249735", 1, ("home_health",)),  # Home aide 6 hours per day, 5 times a week for 4 
    ("CM17-0000859", 1, ("emg", "ncs", "nerve_study", "tests")),  # EMG and NCS of the right lower extremity
    ("CM17-0001064", 1, ("mri", "imaging", "tests")),  # MRI right knee
    ("CM17-0001064", 2, ("urine_drug_screen", "tests")),  # Urine drug testing
    ("CM17-0001064", 3, ("mri", "imaging", "tests")),  # MRI left knee
    ("CM17-0001749", 1, ("psychological",)),  # Partial Hospitalization day treatment
    ("CM17-0002106", 1, ("mri", "imaging", "tests")),  # MRI of the left shoulder
    ("CM17-0002106", 2, ("mri", "imaging", "tests")),  # MRI of the cervical spine
    ("CM17-0002106", 3, ("ct", "imaging", "tests")),  # CT scan of the head
    ("CM17-0002181", 1, ("nsaid", "medication")),  # Two refills of Ibuprofen 600mg #90
    ("CM17-0002892", 1, ("arthroscopy", "knee_surgery", "surgery", "procedure")),  # Right knee arthroscopy with evaluation of ACL, m
    ("CM17-0002892", 2, ("assistant_surgeon",)),  # PA assist
    ("CM17-0002892", 3, ("physical_therapy",)),  # Post operative physical therapy for the right kn
    ("CM17-0003890", 1, ("physical_therapy",)),  # Eight (8) physical therapy sessions
    ("CM17-0004344", 1, ("mri", "imaging", "tests")),  # MRI of the lumbar spine
    ("CM17-0004738", 1, ("chiropractic",)),  # Chiropractic care for the low back; six sessions
    ("CM17-0005246", 1, ("mri", "imaging", "tests")),  # MRI (magnetic resonance imaging) of the lumbar s
    ("CM17-0005418", 1, ("esi", "spinal_injection", "injection", "procedure")),  # Right L4 transforaminal epidural steroid injecti
    ("CM17-0005418", 2, ("esi", "spinal_injection", "injection", "procedure")),  # Right L5 transforaminal epidural steroid injecti
    ("CM17-0005924", 1, ("ct", "imaging", "tests")),  # Retrospective CT scan of the cervical spine (DOS
    ("CM17-0006045", 1, ("physical_therapy",)),  # Eight physical therapy sessions for the neck
    ("CM17-0006797", 1, ("arthroscopy", "shoulder_surgery", "surgery", "procedure")),  # Right Shoulder Arthroscopy with rotator cuff rep
    ("CM17-0006797", 2, ("preop_clearance",)),  # Preoperative Medical Clearance
    ("CM17-0006797", 3, ("brace", "dme")),  # Associated surgical service: Shoulder Brace
    ("CM17-0006797", 4, ("cold_therapy", "dme")),  # Associated surgical service: Cryotherapy unit, s
    ("CM17-0006797", 5, ("physical_therapy",)),  # Associated surgical service: Physical Therapy se
    ("CM17-0007857", 1, ("acupuncture",)),  # Acupuncture for 2 sessions
    ("CM17-0008177", 1, ("mri", "imaging", "tests")),  # MR Arthrogram of the right shoulder
    ("CM17-0008519", 1, ("mri", "imaging", "tests")),  # MRI of the lumbosacral spine without contrast, 1
    ("CM17-0008753", 1, ("antidepressant", "medication")),  # Nortriptyline HCL 25mg, #30
    ("CM17-0009282", 1, ("ergonomic", "dme")),  # Sit-stand workstation
    ("CM17-0009887", 1, ("ncs", "nerve_study", "tests")),  # NCS of the left upper extremity
    ("CM17-0009887", 2, ("emg", "nerve_study", "tests")),  # EMG of the left upper extremity
    ("CM17-0010006", 1, ("mri", "imaging", "tests")),  # MRI of the left knee
    ("CM17-0010006", 2, ("chiropractic",)),  # Chiropractic evaluation, lumbar spine, left hip 
    ("CM17-0010006", 3, ("chiropractic",)),  # Chiropractic treatment for the lumbar spine, 12 
    ("CM17-0010006", 4, ("chiropractic",)),  # Chiropractic for the left hip and left knee, 12 
    ("CM17-0010006", 5, ("emg", "nerve_study", "tests")),  # EMG of the bilateral lower extremities
    ("CM17-0010006", 6, ("ncs", "nerve_study", "tests")),  # NCV of the bilateral lower extremities, 2
    ("CM17-0010362", 1, ("physical_therapy",)),  # Physical therapy for the cervical spine 2 times 
    ("CM17-0010362", 2, ("physical_therapy",)),  # Physical therapy for the lumbar spine 2 times a 
    ("CM17-0010885", 1, ("acupuncture",)),  # Initial acupuncture, 1 to 2 times per week for 4
    ("CM17-0010885", 2, ("physical_therapy",)),  # Additional physical therapy, 1 to 2 times per we
    ("CM17-0011517", 1, ("physical_therapy",)),  # Eight physical therapy sessions
    ("CM17-0011517", 2, ("nsaid", "medication")),  # Three refills of Voltaren 75mg #60
    ("CM17-0011703", 1, ("mri", "imaging", "tests")),  # MRI of the lumbar spine
    ("CM17-0011703", 2, ("xray", "imaging", "tests")),  # Cervical spine x-rays
    ("CM17-0011703", 3, ("xray", "imaging", "tests")),  # Lumbar spine x-rays
    ("CM17-0011703", 4, ("ct", "imaging", "tests")),  # CT scan of the cervical spine
    ("CM17-0011703", 5, ("acupuncture",)),  # Acupuncture of the lumbar and cervical for two s
    ("CM17-0011992", 1, ("prp", "injection", "procedure")),  # One platelet-rich plasma injection to the right 
    ("CM17-0012517", 1, ("physical_therapy",)),  # Twelve sessions of physical therapy for the righ
    ("CM17-0012614", 1, ("mri", "imaging", "tests")),  # MRI of the lumbar spine without contrast
    ("CM17-0013625", 1, ("nsaid", "medication")),  # Celecoxib 200mg #90
    ("CM17-0013625", 2, ("anticonvulsant", "medication")),  # Fanatrex 25mg/ml oral suspension 420ml
    ("CM17-0013625", 3, ("sleep_aid", "medication")),  # Dicopanol 5mg/ml oral suspension, 150ml
    ("CM17-0013625", 4, ("h2_blocker", "medication")),  # Deprizine 15mg/ml oral suspension, 250ml
    ("CM17-0013625", 5, ("cyclobenzaprine", "muscle_relaxant", "medication")),  # Tabradol 1mg/ml oral suspension, 250ml
    ("CM17-0013716", 1, ("nsaid", "medication")),  # Naproxen 500mg #60
    ("CM17-0013716", 2, ("ppi", "medication")),  # Pantoprazole 20mg #30
    ("CM17-0013716", 3, ("topical", "medication")),  # Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/C
    ("CM17-0013716", 4, ("topical", "medication")),  # Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5
    ("CM17-0013754", 1, ("physical_therapy",)),  # 2 sessions of physical therapy
    ("CM17-0014288", 1, ("mri", "imaging", "tests")),  # MRI of the right shoulder without contrast
    ("CM17-0015198", 1, ("physical_therapy",)),  # Physical therapy 2 times a week for 6 weeks bila
    ("CM17-0015198", 2, ("chiropractic",)),  # Chiro with modalities 2 times a week for 6 weeks
    ("CM17-0015790", 1, ("baclofen", "muscle_relaxant", "medication")),  # Baclofen 20mg #60
    ("CM17-0015790", 2, ("hydrocodone", "opioid", "medication")),  # Norco 7.5-325mg #112
    ("CM17-0015849", 1, ("physical_therapy",)),  # Physical therapy treatments for the left shoulde
    ("CM17-0015957", 1, ("arthroscopy", "surgery", "procedure")),  # Arthroscopy of the left knee
    ("CM17-0015957", 2, ("preop_clearance",)),  # Pre-op Clearance
    ("CM17-0015957", 3, ("nsaid", "medication")),  # Motrin 600mg #40
    ("CM17-0016204", 1, ("mri", "imaging", "tests")),  # MRI Cervical Spine
    ("CM17-0016204", 2, ("mri", "imaging", "tests")),  # MRI Thoracic Spine
    ("CM17-0017734", 1, ("tramadol", "opioid", "medication")),  # Tramadol 50mg #60
    ("CM17-0017776", 1, ("tens", "dme")),  # TENS unit, daily trial, cervical and thoracic sp
    ("CM17-0017776", 2, ("mri", "imaging", "tests")),  # MRI of the thoracic spine without contrast, #1
    ("CM17-0018054", 1, ("mri", "imaging", "tests")),  # MRI of the lumbar spine
    ("CM17-0018054", 2, ("emg", "ncs", "nerve_study", "tests")),  # EMG/NCS of the bilateral upper extremities
    ("CM17-0018279", 1, ("physical_therapy",)),  # Physical therapy 2 times a week for 6 weeks low 
    ("CM17-0019011", 1, ("nsaid", "medication")),  # Naproxen 500mg #60
    ("CM17-0019171", 1, ("nsaid", "medication")),  # Meloxicam (Mobic) 7.5mg #30
)


def _requests() -> dict[tuple[str, int], str]:
    if not REFERENCE.exists():
        return {}
    out = {}
    for line in REFERENCE.read_text().splitlines():
        ref = json.loads(line)
        for n, issue in enumerate(ref["issues"], start=1):
            out[(ref["case_number"], n)] = issue["request"]
    return out


REQUESTS = _requests()


def test_every_real_request() -> None:
    if not REQUESTS:
        pytest.skip(SKIP)
    assert [key for key in REQUESTS] == [(case, n) for case, n, _ in REAL_EXPECTED]
    wrong = {(c, n): (match_treatments(REQUESTS[(c, n)]), ids) for c, n, ids in REAL_EXPECTED
             if match_treatments(REQUESTS[(c, n)]) != ids}  # fmt: skip
    assert wrong == {}


def test_seed_requests() -> None:
    if not SEED.exists():
        pytest.skip(SKIP)
    assert [match_treatments(item.request) for item in parse_file(SEED).items] == [
        ("physical_therapy",),
        ("mri", "imaging", "tests"),
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the coagulation lab is not physical therapy; physical therapy beside it still is
        ("Pre-operative labs: CBC, CMP, PT/PTT", ("preop_clearance", "lab_tests", "tests")),
        ("Preoperative PT/INR", ("lab_tests", "tests")),
        ("PT 2x4 for the lumbar spine and a PT/PTT before surgery", ("physical_therapy", "surgery", "procedure", "lab_tests", "tests")),
        ("Prothrombin time (PT)", ("physical_therapy", "lab_tests", "tests")),  # a bare "(PT)" is read as therapy
        # nerve studies by any of their names
        ("NCS of the bilateral upper extremities", ("ncs", "nerve_study", "tests")),
        ("EMG-NCV of the right lower extremity", ("emg", "ncs", "nerve_study", "tests")),
        ("Nerve conduction velocity studies, left arm", ("ncs", "nerve_study", "tests")),
        ("Electromyography of the lower extremities", ("emg", "nerve_study", "tests")),
        ("Electrodiagnostic studies of the upper extremities", ("nerve_study", "tests")),
        # brand and generic names
        ("Flexeril 10mg #60", ("cyclobenzaprine", "muscle_relaxant", "medication")),
        ("Ultracet 37.5/325mg #60", ("tramadol", "opioid", "medication")),
        ("Percocet 10/325 #90", ("oxycodone", "opioid", "medication")),
        ("Prilosec 20mg #30", ("ppi", "medication")),
        ("Lyrica 75mg #60", ("anticonvulsant", "medication")),
        ("Ambien 10mg #30", ("sleep_aid", "medication")),
        # a drug inside a topical compound counts as a topical, not as its oral class
        ("Compounded cream: flurbiprofen 20%, cyclobenzaprine 2%, 180gm", ("cyclobenzaprine", "topical", "medication")),
        ("Lidoderm 5% patch #30", ("topical", "medication")),
        ("Duragesic 25mcg/hr patch #10", ("fentanyl", "opioid", "medication")),
        ("Lidocaine injection to the right shoulder", ("injection", "procedure")),
        # modality words
        ("Ultrasound-guided cortisone injection, right knee", ("joint_injection", "injection", "procedure")),
        ("Diagnostic ultrasound of the left shoulder", ("ultrasound_imaging", "imaging", "tests")),
        ("Therapeutic ultrasound 2x3", ("ultrasound_therapy",)),
        ("MRI/CT of the spine", ("mri", "ct", "imaging", "tests")),
        ("X-rays of the cervical spine, 3 views", ("xray", "imaging", "tests")),
        # surgery words and what is not surgery
        ("Associated surgical service: Assistant surgeon", ("assistant_surgeon",)),
        ("Surgical consultation with a spine surgeon", ("consultation",)),
        ("L4-5 laminectomy and discectomy", ("spine_surgery", "surgery", "procedure")),
        ("Radiofrequency neurotomy at L4-5", ("rfa", "injection", "procedure")),
        ("Manipulation under anesthesia, left shoulder", ()),
        ("Wheelchair repair", ("walking_aid", "dme")),
        # devices and services
        ("Home H-wave device", ("h_wave", "dme")),
        ("Interferential unit, rental", ("interferential", "dme")),
        ("Hot/cold therapy unit", ("cold_therapy", "dme")),
        ("Front-wheeled walker", ("walking_aid", "dme")),
        ("Bilateral hearing aids", ("hearing_aid", "dme")),
        ("Functional capacity evaluation (FCE)", ("fce",)),
        ("Functional restoration program, 80 hours", ("functional_restoration",)),
        ("Cognitive behavioral therapy, 6 sessions", ("cbt", "psychological")),
        ("Urine toxicology screen", ("urine_drug_screen", "tests")),
        ("Trigger point injections x4", ("trigger_point", "injection", "procedure")),
        ("Bilateral medial branch blocks at L4-5", ("facet", "spinal_injection", "injection", "procedure")),
        ("Synvisc injection to the right knee", ("viscosupplementation", "injection", "procedure")),
        ("Gym membership, 6 months", ("gym_membership",)),
        # "non-" and "extended-release" name nothing; "EMG-NCV" names both studies
        ("Tramadol extended-release 100mg #30", ("tramadol", "opioid", "medication")),
        ("Non-surgical spine consultation", ("consultation",)),
        ("Non-opioid analgesic trial", ()),
        ("Depo-Medrol injection, right shoulder", ("joint_injection", "injection", "procedure")),
        ("Medrol dose pack", ("oral_steroid", "medication")),
        # a compounded drug to swallow is the drug, not a topical; a compounded cream is a topical
        ("Compounded gabapentin liquid", ("anticonvulsant", "medication")),
        ("Compounded cyclobenzaprine oral suspension", ("cyclobenzaprine", "muscle_relaxant", "medication")),
        ("Compounded cream with gabapentin", ("topical", "medication")),
    ],
)
def test_traps(request_text: str, expected: tuple[str, ...]) -> None:
    assert match_treatments(request_text) == expected


def test_questions_use_the_same_rules() -> None:
    assert find_treatments("Was Flexeril approved?") == [
        ("cyclobenzaprine", "Flexeril"), ("muscle_relaxant", "Flexeril"), ("medication", "Flexeril")]
    # lay words: the same sets
    assert find_treatments("why was my muscle relaxer denied") == [
        ("muscle_relaxant", "muscle relaxer"), ("medication", "muscle relaxer")]
    # pills told by what they are for: a muscle relaxant (nat-2572), never a spasm on examination
    assert find_treatments("pills for muscle spasms - has IMR okayed any?")[0] == ("muscle_relaxant", "pills for muscle spasms")
    assert find_treatments("meds for his back spasms")[0] == ("muscle_relaxant", "meds for his back spasms")
    assert find_treatments("muscle spasm medication")[0] == ("muscle_relaxant", "muscle spasm medication")
    assert find_treatments("the patient had muscle spasms on examination") == []
    assert find_treatments("the acid reflux pills") == [("ppi", "acid reflux pills"), ("h2_blocker", "acid reflux pills"),
                                                        ("medication", "acid reflux pills")]
    assert find_treatments("which medications were approved?") == [("medication", "medications")]
    assert find_treatments("a urine drug screen") == [("urine_drug_screen", "urine drug screen")]
    assert find_treatments("What share of nerve conduction studies and EMGs were upheld?") == [
        ("ncs", "nerve conduction studies"),
        ("nerve_study", "nerve conduction studies"),
        ("emg", "EMGs"),
    ]
    assert find_treatments("how often is pt denied for the knee") == [("physical_therapy", "pt")]
    assert find_treatments("tens of requests for a tens unit") == [("tens", "tens unit"), ("dme", "tens unit")]
    # lowercase "tens" alone, as a thing someone has or in a list of things (tune nat-4209), never "tens of"
    assert find_treatments("my tens got denied") == [("tens", "tens"), ("dme", "tens")]
    assert find_treatments("turned down - tens, back brace") == [("tens", "tens"), ("dme", "tens"), ("brace", "brace")]
    assert find_treatments("the tens of cases") == []
    # ... or right after the case number, as a list of things opens
    assert find_treatments("cm16 248471 tens, the back brace") == [("tens", "tens"), ("dme", "tens"), ("brace", "brace")]
    assert find_treatments("in 2016 tens of people") == []
    assert find_treatments("Which PT/PTT labs were approved?") == [("lab_tests", "PT/PTT")]
    assert find_treatments("Why was the lumbar MRI denied?") == [("mri", "MRI"), ("imaging", "MRI")]
    assert find_treatments("What happened to the claimant?") == []
    # kinds with their own guideline section are their own sets, not physical therapy or psychology
    assert find_treatments("Why was aquatic therapy in a pool denied?") == [("aquatic_therapy", "aquatic therapy")]
    # ... and physical therapy said to be in a pool or the water (not any physical therapy)
    assert find_treatments("did IMR ever approve physical therapy in a pool?") == [
        ("aquatic_therapy", "physical therapy in a pool")]
    assert find_treatments("PT in the water for her back?") == [("aquatic_therapy", "PT in the water")]
    assert find_treatments("PT in the clinic") == [("physical_therapy", "PT")]
    assert find_treatments("Was hypnotherapy approved?") == [("hypnosis", "hypnotherapy")]
    # cognitive behavioral therapy is psychological care, but not any psychological care
    assert find_treatments("Why would IMR deny cognitive behavioral therapy?") == [
        ("cbt", "cognitive behavioral therapy"), ("psychological", "cognitive behavioral therapy")]
    assert find_treatments("Why was the partial hospitalization denied?") == [("psychological", "partial hospitalization")]


def test_a_topical_form_holds_for_its_own_phrase_only() -> None:
    # the pill beside the cream is still a pill; the cream's own drug is not
    assert find_treatments("was the ibuprofen and the lidocaine cream denied?") == [
        ("nsaid", "ibuprofen"), ("medication", "ibuprofen"), ("topical", "lidocaine")]
    assert find_treatments("her gabapentin, the patches") == [
        ("anticonvulsant", "gabapentin"), ("medication", "gabapentin"), ("topical", "patches")]
    # ... and a request's title is one phrase: its drugs inside a cream are the cream's
    assert find_treatments("Ketoprofen and lidocaine cream") == [("topical", "lidocaine"), ("medication", "lidocaine")]
    assert find_treatments("the cream with ketoprofen, lidocaine and gabapentin") == [
        ("topical", "cream"), ("medication", "cream")]
    # ... but a list of single words before the form word names each: the pills, and the last one's ointment
    assert find_treatments("CM16-0234464 the diclofenac, flexeril and lidocaine ointment") == [
        ("nsaid", "diclofenac"), ("medication", "diclofenac"), ("cyclobenzaprine", "flexeril"),
        ("muscle_relaxant", "flexeril"), ("topical", "lidocaine")]
    assert find_treatments("naproxen, protonix and flurbiprofen cream") == [
        ("nsaid", "naproxen"), ("medication", "naproxen"), ("ppi", "protonix"), ("topical", "cream")]
    # (a compound's title joins its drugs by "/" beside their strengths: one cream)
    assert find_treatments("Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1") == [
        ("topical", "10%"), ("medication", "10%")]


def test_sets_are_well_formed() -> None:
    ids = [s.id for s in SETS]
    assert len(ids) == len(set(ids)) == 110
    for n, s in enumerate(SETS):
        assert s.label and (s.synonyms or s.includes), s.id
        # a set that includes others comes after them, so one pass finds both
        assert all(ids.index(member) < n for member in s.includes), s.id
    assert BY_ID["nerve_study"].includes == ("emg", "ncs")
    assert BY_ID["opioid"].includes == (
        "hydrocodone", "oxycodone", "tramadol", "tapentadol", "morphine", "hydromorphone", "oxymorphone",
        "fentanyl", "buprenorphine", "methadone", "codeine", "meperidine",
    )  # fmt: skip


@pytest.mark.parametrize(("text", "sets"), [
    # lay words: the needle test of the muscles is EMG; "muscle and nerve testing" is either study
    ("the needle muscle test of his left arm", ("emg", "nerve_study")),
    ("muscle and nerve testing", ("nerve_study",)),  # a member's own words
    ("what about the nerve tests?", ("nerve_study",)),
    ("her blood tests and the MRI", ("lab_tests", "mri", "imaging")),
    ("needle therapy for the neck", ("acupuncture",)),
    # therapy after an operation is post-operative physical therapy
    ("therapy after the surgery", ("physical_therapy",)),
    ("post-surgical therapy, 12 visits", ("physical_therapy",)),
    ("what about the ice machine and the therapy after?", ("cold_therapy", "dme", "physical_therapy")),
    ("the therapy afterwards", ("physical_therapy",)),
    ("the e stim and the chiro", ("e_stim", "chiropractic")),
    ("any letters on a gym membership?", ("gym_membership",)),
    # the clearance said bare, as one of a letter's requests
    ("the surgery, the clearance and the cold unit", ("surgery", "preop_clearance", "cold_therapy", "dme")),
    ("the surgery, the pre-op and the post op PT", ("surgery", "preop_clearance", "physical_therapy")),
    ("the pre op visit", ()),
    ("the clearance of the wound", ()),
    # a bare "stim" in a list of care is the modality; a stim machine or trial is no modality
    ("she does chiropractic and stim", ("chiropractic", "e_stim")),
    ("PT with stim", ("physical_therapy", "e_stim")),
    ("muscle stim", ("e_stim",)),
    ("a stim trial", ()),
    ("therapy after 2 weeks of rest", ()),
    # "therapy" alone as a noun after "a" or "any": "part of a therapy or chiropractic request"
    ("when UR approves part of a therapy or chiropractic request", ("physical_therapy", "chiropractic")),
    ("was any therapy approved?", ("physical_therapy",)),
    ("a therapy dog", ()),
    # a "scope" of a joint is an arthroscopy; a scope of anything else is not
    ("Why was my knee scope denied?", ("arthroscopy", "surgery")),
    ("she had her shoulder scoped last year", ("arthroscopy", "surgery")),
    ("a scope of the left knee", ("arthroscopy", "surgery")),
    ("outside the scope of this review", ()),
    # the PA assisting an operation is the assistant surgeon, and the operation is not asked about
    ("PA-C for the right knee arthroscopy", ("assistant_surgeon",)),
    ("Why was the PA for the surgery denied?", ("assistant_surgeon",)),
    ("did they approve a physician's assistant to assist with my knee scope?", ("assistant_surgeon",)),
    ("a surgical PA", ("assistant_surgeon",)),
    ("Associated surgical service: physician assistant", ("assistant_surgeon",)),
    ("Right knee arthroscopy with PA assist", ("arthroscopy", "surgery", "assistant_surgeon")),
    # "the PA" joined to an operation by "and" is the assistant at it, beside the operation (found asking by hand)
    ("was the knee scope and the PA approved?", ("arthroscopy", "surgery", "assistant_surgeon")),
    ("the PA and the back surgery", ("assistant_surgeon", "spine_surgery", "surgery")),
    ("PA and OT notes", ("occupational_therapy",)),
    # "PA" elsewhere: an address, a firm, a state, a PA in clinic
    ("Smith & Jones, P.A., 100 Main Street, Pittsburgh, PA 15222", ()),
    ("the PA in clinic recommended surgery", ("surgery",)),
    ("a surgeon in Pennsylvania", ()),
    # brand names of drugs in the table
    ("Elyxyb", ("nsaid", "medication")),
    ("Ozobax 5 mg/5 mL", ("baclofen", "muscle_relaxant", "medication")),
    ("Zegerid 20 mg", ("ppi", "medication")),
    ("her sleep medicine", ("sleep_aid", "medication")),
    # a brand counted like a noun
    ("two Percocets a day", ("oxycodone", "opioid", "medication")),
    ("his Norcos", ("hydrocodone", "opioid", "medication")),
    # trazodone, given at bedtime for sleep, is a sleep aid too; "her sleep med" is one
    ("Trazodone 50mg #30", ("antidepressant", "sleep_aid", "medication")),
    ("they said no to her sleep med", ("sleep_aid", "medication")),
    ("the sleep syrup", ("sleep_aid", "medication")),
    ("her sleeping liquid", ("sleep_aid", "medication")),
    # a purpose asked of a letter's drugs names the class treating it
    ("which ones were for sleep?", ("sleep_aid", "medication")),
    ("anything for the stomach?", ("ppi", "h2_blocker", "medication")),
    ("the one that was for her nerve pain", ("anticonvulsant", "medication")),
    ("was anything for his spasms approved", ("muscle_relaxant", "medication")),
    ("which ones were for the neck?", ()),
    # lay names of equipment and of the check before an operation
    ("was the muscle zapper machine approved?", ("tens", "dme")),
    ("the electric pulse machine for her back", ("tens", "dme")),
    ("a stand up desk", ("ergonomic", "dme")),
    ("they denied the hot cold thing", ("cold_therapy", "dme")),
    ("the hot and cold machine", ("cold_therapy", "dme")),
    ("the pre-op check up", ("preop_clearance",)),
    # equipment is durable medical equipment, unless a job or a repair
    ("which of her equipment requests were approved?", ("dme",)),
    ("the heavy equipment operator", ()),
    ("the lumbar corset", ("brace", "dme")),
    ("a neck cushion", ("pillow", "pillow_bed", "dme")),
    # a steroid shot "of a type" in the spine is still an epidural
    ("the cortisone type shot in the lower back", ("esi", "spinal_injection", "injection")),
])
def test_lay_words_and_brands(text: str, sets: tuple[str, ...]) -> None:
    assert tuple(s for s, _w in find_treatments(text)) == sets


@pytest.mark.parametrize(("text", "sets"), [
    # therapy by lay names: rehab alone, or therapy visits with no kind named, is physical therapy
    ("rehab for his neck", ("physical_therapy",)),
    ("8 more therapy visits", ("physical_therapy",)),
    ("the 28 yo man's therapy for his back and the MRI", ("physical_therapy", "mri", "imaging")),
    ("the patient's therapy notes", ()),
    # ... or a body part's therapy: "they wouldn't pay for her back therapy"
    ("they wouldnt pay for her back therapy. why?", ("physical_therapy",)),
    ("the low back therapy was denied", ("physical_therapy",)),
    ("more knee therapy for my mom", ("physical_therapy",)),
    ("the back therapy notes", ()),
    # ... or what was done to it: "they said no to therapy" named no treatment
    ("i hurt my back lifting and they said no to therapy", ("physical_therapy",)),
    ("IMR denied therapy for my neck", ("physical_therapy",)),
    # ... or one more thing of a list, the body part said before it: "the back CT and therapy"
    ("my wife is a cook, 67, the back CT and therapy - both denied?", ("ct", "imaging", "physical_therapy")),
    ("the MRI or therapy?", ("mri", "imaging", "physical_therapy")),
    ("the therapy-based program", ()),
    # "the back program": a functional restoration program (not the back-to-work program)
    ("the back program and the elbow CT", ("functional_restoration", "ct", "imaging")),
    ("a back to work program", ("work_hardening",)),
    ("12 sessions of rehabilitation", ("physical_therapy",)),
    # ... a rehabilitation of a kind, or therapy of a kind, is not
    ("vestibular rehab after the concussion", ()),
    ("a drug rehab facility", ("medication",)),
    ("cold therapy unit", ("cold_therapy", "dme")),
    # visits, tests and devices
    ("the check-ups with her doctor", ("office_visit",)),
    ("more doctor's appointments", ("office_visit",)),
    ("a urine test every month", ("urine_drug_screen",)),
    ("the back belt", ("brace", "dme")),
    ("an electrical muscle stimulator", ("dme",)),
    ("the stim machine", ("dme",)),
    # a unit of electrical stimulation is the home device, a TENS; the stimulation alone a therapy's (nat-2166)
    ("the 37 yo cumulative trauma lady's electrical stim unit", ("tens", "dme")),
    ("Electrical stimulation 1 times 8", ("e_stim",)),
    ("the electric stim and the ultrasound", ("e_stim",)),
    # a pack or pad is no cold therapy unit (ODG's cold/heat packs apart from continuous-flow cryotherapy)
    ("a heating pad", ("hot_cold_packs", "dme")),
    ("ice packs and a heat wrap", ("hot_cold_packs", "dme")),
    ("the hot/cold unit", ("cold_therapy", "dme")),
    ("an ice machine", ("cold_therapy", "dme")),
    ("compression socks", ("compression", "dme")),
    # medications by what they are for
    ("the pain rub", ("topical", "medication")),
    ("the lidocaine patch", ("topical", "medication")),
    ("nerve pain pills", ("anticonvulsant", "medication")),
    ("anxiety pills", ("benzodiazepine", "medication")),
    ("a stomach protector", ("ppi", "h2_blocker", "medication")),  # any acid reducer
    # an opioid's patch is no topical
    ("Duragesic 25mcg/hr patch #10", ("fentanyl", "opioid", "medication")),
    ("a pain patch with fentanyl", ("fentanyl", "opioid", "medication")),
    ("Norco 10/325 and Lidoderm patch", ("hydrocodone", "opioid", "medication", "topical")),
    # operations in lay words
    ("her neck fusion", ("spine_surgery", "surgery")),
    ("back surgery", ("spine_surgery", "surgery")),
    ("carpal tunnel surgery", ("carpal_tunnel_release", "surgery")),
    ("the scope surgery", ("arthroscopy", "surgery")),
    # a collar bone is a body part, a cervical collar a brace
    ("he broke his collar bone", ()),
    ("a soft cervical collar", ("brace", "dme")),
])
def test_lay_names_of_treatments(text: str, sets: tuple[str, ...]) -> None:
    assert tuple(s for s, _w in find_treatments(text)) == sets


@pytest.mark.parametrize(("text", "sets"), [
    # a steroid shot in the spine is an epidural; a shot in the back with no kind named is an
    # epidural or a facet injection; a steroid shot in a joint is a joint injection
    ("a steroid shot in her lower back", ("esi", "spinal_injection", "injection")),
    ("spinal steroid injection at L4-5", ("esi", "spinal_injection", "injection")),
    ("the back shots", ("spinal_injection", "injection")),
    ("an injection in his neck", ("spinal_injection", "injection")),
    ("a shot in the back of the knee", ("injection",)),
    ("Facet joint injections L4-5, L5-S1", ("facet", "spinal_injection", "injection")),
    ("cortisone shot in the shoulder", ("joint_injection", "injection")),
    ("a hip injection", ("joint_injection", "injection")),
    # a knee's gel shot is hyaluronic acid, no topical gel; a knee shot alone may be either
    ("gel shots for the knee", ("viscosupplementation", "injection")),
    ("rooster comb injections", ("viscosupplementation", "injection")),
    ("a knee shot", ("injection",)),
    ("platelet injections", ("prp", "injection")),
    # destroying a nerve in a person's words: by heat (RFA) or by a chemical (a neurolytic injection);
    # burning nerve pain is a symptom
    ("burning the nerves in his neck", ("rfa", "neurolysis", "injection")),
    ("the nerve burning procedure", ("rfa", "neurolysis", "injection")),
    ("burning off the nerves in my low back", ("rfa", "neurolysis", "injection")),
    ("burning nerve pain down her leg", ()),
    # implanted and other devices; a bone growth stimulator is no spinal cord stimulator
    ("back stimulator trial", ("spinal_cord_stimulator", "surgery")),
    ("bone growth stimulator", ()),
    ("power chair", ("walking_aid", "dme")),
    # a device for hearing loss after noise or a blast (nat-726)
    ("has IMR approved hearing aids for anyone?", ("hearing_aid", "dme")),
    ("TENS machine pads", ("tens", "dme")),
    ("electrode patches", ("dme",)),
    ("tennis elbow strap", ("brace", "dme")),
    # a nerve stimulator unit is a TENS; an implanted one no device of this kind
    ("nerve stimulator unit", ("tens", "dme")),
    ("the nerve stimulator", ("dme",)),
    ("peripheral nerve stimulator", ()),
    ("post-op rehab for his shoulder", ("physical_therapy",)),
    ("orthopedic shoes", ("orthotics", "dme")),
    ("an inversion table", ("traction",)),
    # tests: a sleep study and a bone scan are their own; a pee test is a drug screen
    ("sleep study", ("sleep_study",)),
    ("a bone scan of the foot", ("bone_scan", "imaging")),
    ("pee test", ("urine_drug_screen",)),
    ("a tox screen", ("urine_drug_screen",)),
    ("the urine tox tests", ("urine_drug_screen",)),
    ("they make me pee in a cup", ("urine_drug_screen",)),
    ("was peeing in a cup denied?", ("urine_drug_screen",)),
    ("an ekg", ("lab_tests",)),
    # care and programs
    ("talk therapy", ("psychological",)),
    ("he sees a shrink", ("psychological",)),
    ("did the shot shrink the disc bulge", ("injection",)),
    ("counseling for her depression", ("psychological",)),
    ("swimming exercises", ("aquatic_therapy",)),
    ("back to work program", ("work_hardening",)),
    ("diet program", ("weight_loss",)),
    ("rides to his appointments", ("transportation",)),
    ("someone to help him at home", ("home_health",)),
    # operations
    ("artificial knee", ("joint_replacement", "surgery")),
    ("ACL surgery", ("knee_surgery", "surgery")),
    ("rotator cuff surgery", ("shoulder_surgery", "surgery")),
    ("clearance for the surgery", ("preop_clearance",)),
    # pills by what they are for (in letters about pain, "nerve pills" are for nerve pain;
    # "pills for her nerves" is anxiety's idiom)
    ("pills for his depression", ("antidepressant", "medication")),
    ("something to help her sleep", ("sleep_aid", "medication")),
    ("insomnia medication", ("sleep_aid", "medication")),
    ("medication for constipation", ("laxative", "medication")),
    ("anti inflammatories", ("nsaid", "medication")),
    ("pills for anxiety", ("benzodiazepine", "medication")),
    ("nerve pills", ("anticonvulsant", "medication")),
    ("the nerve medicine", ("anticonvulsant", "medication")),
    ("pills for her nerves", ("benzodiazepine", "medication")),
    # brands the table lacked
    ("Tylenol 3", ("codeine", "opioid", "medication")),
    ("Savella 50mg", ("antidepressant", "medication")),
    ("Silenor 6mg", ("sleep_aid", "medication")),
    ("MiraLax", ("laxative", "medication")),
    ("Icy Hot", ("topical", "medication")),
    # surgeons' shorthand: the scope with a rotator cuff repair and a subacromial decompression
    ("Why did the reviewer uphold the scope with RCR/SAD?", ("arthroscopy", "surgery", "shoulder_surgery")),
    ("ASAD and distal clavicle excision", ("shoulder_surgery", "surgery")),
    ("a sad story about the scope of the review", ()),
    # therapists' shorthand for therapeutic ultrasound (capitals only: "us" is no treatment)
    ("why was therapeutic US x8 denied?", ("ultrasound_therapy",)), ("US x 6 for the low back", ("ultrasound_therapy",)),
    ("did they tell us x8 times", ()),
    ("IMR on the e-stim 1x8 and US 1x8?", ("e_stim", "ultrasound_therapy")),
    # a boot for the foot is a brace (not work boots, a boot camp, or orthopedic shoes)
    ("what did IMR decide on the boot for the broken foot?", ("brace", "dme")),
    ("he wears steel-toe work boots", ()), ("a boot camp for back pain", ()),
    ("orthopedic boots", ("orthotics", "dme")),
    # therapy alone, as a noun after a determiner, is physical therapy (not a therapy unit or dog)
    ("which of my neck treatments weren't denied - the acupuncture or the therapy?", ("acupuncture", "physical_therapy")),
    ("more therapy for my neck", ("physical_therapy",)), ("the cold therapy unit", ("cold_therapy", "dme")),
    ("the therapy dog", ()),
    ("cm16-0248471, the lso - certified at imr?", ("brace", "dme")), ("also the MRI", ("mri", "imaging")),
    # imaging told as done: "they scanned my neck", "x-rayed her knee"
    ("they scanned my shoulder and neck", ("imaging",)), ("before scanning the back", ("imaging",)),
    ("they x-rayed her knee", ("xray", "imaging")),
])
def test_more_lay_names(text: str, sets: tuple[str, ...]) -> None:
    assert tuple(s for s, _w in find_treatments(text)) == sets


def test_lay_words_for_pre_operative_clearance() -> None:
    from indexer.treatments import find_treatments

    assert find_treatments("Why did they not clear my dad for his shoulder operation?") == [
        ("preop_clearance", "clear my dad for his shoulder operation"), ("surgery", "operation")]
    assert find_treatments("I mean the medical checkup beforehand") == [
        ("preop_clearance", "checkup beforehand"), ("office_visit", "checkup")]
    # a checkup that is not before surgery, and an operation not cleared, are not
    assert find_treatments("He had a checkup last week.") == [("office_visit", "checkup")]
    assert find_treatments("Why was the shoulder operation denied?") == [("surgery", "operation")]


def test_a_mattress_is_not_a_pillow() -> None:
    # one group for counting, two treatments for asking: "an orthopedic mattress" is not the wedge pillow (nat-546)
    assert match_treatments("Wedge pillow") == ("pillow", "pillow_bed", "dme")
    assert match_treatments("Hospital bed rental") == ("mattress", "pillow_bed", "dme")
    assert find_treatments("did he get a hospital bed?")[0] == ("mattress", "hospital bed")
    assert [t for t, _w in find_treatments("Can I get an orthopedic mattress paid for?")] == ["mattress", "pillow_bed", "dme"]


@pytest.mark.parametrize(("text", "sets"), [
    # anti-nausea drugs by name and in lay words are a medication of their own, not any medication (nat-532)
    ("Did IMR approve her anti-nausea medicine?", ["antiemetic", "medication"]),
    ("Zofran 4mg #30", ["antiemetic", "medication"]),
    ("Promethazine 25mg #20", ["antiemetic", "medication"]),
    ("the pills for her nausea", ["antiemetic", "medication"]),
])
def test_anti_nausea_drugs(text: str, sets: list[str]) -> None:
    assert [t for t, _w in find_treatments(text)] == sets


@pytest.mark.parametrize(("text", "sets"), [
    # a nerve root shot is the transforaminal epidural (a selective nerve root block), not a nerve block
    ("why did IMR say no to the nerve root shots?", ("esi", "spinal_injection", "injection")),
    ("a nerve root injection at L5", ("esi", "spinal_injection", "injection")),
    ("an occipital nerve block", ("nerve_block", "injection")),
    # the aide alone is the home aide (not a hearing aid)
    ("why wont they pay for the aide for the full 12 hours?", ("home_health",)),
    ("a hearing aid", ("hearing_aid", "dme")),
])
def test_lay_names_of_injections_and_home_care(text: str, sets: tuple[str, ...]) -> None:
    assert tuple(s for s, _w in find_treatments(text)) == sets


def test_the_adjustments_are_chiropractic_and_a_dose_adjustment_is_not() -> None:
    assert find_treatments("were the adjustments approved for the man with neck and back pain?") == [
        ("chiropractic", "adjustments")]
    assert find_treatments("my adjustments for my lower back got denied") == [("chiropractic", "adjustments")]
    assert find_treatments("a dose adjustment was advised") == []
    assert find_treatments("adjustments to his medications were made") == [("medication", "medications")]
    assert ("chiropractic", "adjustments") not in find_treatments("the adjustments of the workstation")


def test_a_bed_one_lies_in_is_no_request() -> None:
    # "stuck in bed for weeks" tells the patient's story, "bed rest" is advice: neither asks a bed; "a hospital bed" does
    assert match_treatments("the guy who was stuck in bed for weeks, was his MRI approved?") == ("mri", "imaging", "tests")
    assert match_treatments("confined to bed, he got out of bed once; bed rest was advised") == ()
    assert match_treatments("was the hospital bed approved?") == ("mattress", "pillow_bed", "dme")


def test_a_bare_exam_in_a_list_of_things_asked_is_an_office_visit() -> None:
    # nat-4764: "exam" named first of three things, not dropped
    assert find_treatments("CM16-0231745 exam, the manipulation and the e stim?") == [
        ("office_visit", "exam"), ("chiropractic", "manipulation"), ("e_stim", "e stim")]
    assert find_treatments("the exams and the MRI") == [("office_visit", "exams"), ("mri", "MRI"), ("imaging", "MRI")]
    # ... an exam's findings are no request
    assert find_treatments("nothing on exam and the MRI was normal") == [("mri", "MRI"), ("imaging", "MRI")]
    assert find_treatments("on the exam, he had no deficits") == []
    assert find_treatments("what did the exam show?") == []


def test_a_tens_told_as_someones_or_in_a_list_and_a_clearance_in_a_list() -> None:
    # "the 37 yo lady's tens, lumbar support and braces": her TENS unit was lost, only the support answered
    assert find_treatments("the 37 yo lady's tens, lumbar support") == [
        ("tens", "tens"), ("dme", "tens"), ("brace", "lumbar support")]
    assert find_treatments("the pillows and tens") == [
        ("pillow", "pillows"), ("pillow_bed", "pillows"), ("dme", "pillows"), ("tens", "tens")]
    assert find_treatments("tens of patients and tens of letters") == []
    # "rotator cuff surgery + cryo + brace + PT + clearance": the pre-op clearance too
    assert ("preop_clearance", "clearance") in find_treatments("surgery + cryo + PT + clearance - all denied?")
    assert find_treatments("the creatinine clearance was low") == []


@pytest.mark.parametrize(("text", "sets"), [
    ("which of the 46 yo woman's tests were not upheld?", ("tests",)),
    ("were any of her diagnostic tests approved?", ("tests",)),
    ("the diagnostic testing for his neck", ("tests",)),
    ("did any of his studies get approved?", ("tests",)),
    ("the drug test", ("urine_drug_screen",)),
    ("muscle and nerve testing", ("nerve_study",)),
    # a member named in a question is that member, not every test
    ("her MRI", ("mri", "imaging")),
    ("the EMG of her arm", ("emg", "nerve_study")),
    ("the sleep study", ("sleep_study",)),
    # an examination's test of a finding, the verb, and the tests a reviewer wanted are no request
    ("a positive Spurling's test", ()),
    ("the straight leg raise test was negative", ()),
    ("did they test her urine", ()),
    ("what tests did the reviewer want before the PT?", ("physical_therapy",)),
    ("the tests the reviewer wanted", ()),
])
def test_tests_named_by_their_own_words_in_a_question(text: str, sets: tuple[str, ...]) -> None:
    assert tuple(s for s, _w in find_treatments(text)) == sets


def test_a_request_for_any_test_is_in_the_tests_group() -> None:
    assert match_treatments("MRI of the lumbar spine") == ("mri", "imaging", "tests")
    assert match_treatments("CT scan of the head") == ("ct", "imaging", "tests")
    assert match_treatments("EMG of the left upper extremity") == ("emg", "nerve_study", "tests")
    assert match_treatments("Urine drug testing") == ("urine_drug_screen", "tests")
    assert match_treatments("Physical therapy 2 times a week for 6 weeks") == ("physical_therapy",)
    assert match_treatments("Tramadol 50mg #60") == ("tramadol", "opioid", "medication")


@pytest.mark.parametrize(("text", "sets"), [
    ("which of the 28 yo woman's back procedures weren't denied?", ("procedure",)),
    ("her pain procedure", ("procedure",)),
    ("his shots", ("injection",)),  # a member named: the member, not every procedure
    ("the IMR procedures", ()),
    ("the procedure to appeal", ()),
])
def test_procedures_named_by_their_own_words_in_a_question(text: str, sets: tuple[str, ...]) -> None:
    assert tuple(s for s, _w in find_treatments(text)) == sets


def test_a_request_for_an_injection_or_an_operation_is_a_procedure() -> None:
    assert match_treatments("Facet joint injections L4-5, L5-S1") == ("facet", "spinal_injection", "injection", "procedure")
    assert match_treatments("Right Shoulder Arthroscopy with rotator cuff repair") == (
        "arthroscopy", "shoulder_surgery", "surgery", "procedure")
    assert match_treatments("Associated surgical service: Physical Therapy sessions, 12") == ("physical_therapy",)
    assert match_treatments("MRI of the thoracic spine") == ("mri", "imaging", "tests")
