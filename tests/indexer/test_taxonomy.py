"""indexer.taxonomy: categories and body regions of disputed items; and the synonym tables
(indexer.vocabulary, indexer.drug_names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.drug_names import BRAND_GENERIC
from indexer.taxonomy import BODY_REGIONS, CATEGORIES, UNCLASSIFIED, classify_request, find_category, find_regions
from indexer.vocabulary import ABBREVIATIONS, expand_terms

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "reference.jsonl"
CATCH_ALLS = {UNCLASSIFIED, "medication: other"}


@pytest.mark.parametrize(
    ("request_text", "category", "regions"),
    [
        # 2016 layout, real headings
        ("MRI of the lumbar spine without contrast", "imaging", ("lumbar",)),
        ("Associated surgical service: Cold therapy unit", "associated surgical service", ()),
        ("Associated surgical service: Physical Therapy sessions, 12", "associated surgical service", ()),
        ("Associated surgical service: Shoulder Brace", "associated surgical service", ("shoulder",)),
        ("Norco 10/325mg #60", "medication: opioid", ()),
        ("Physical therapy 2 times a week for 4 weeks for the right shoulder", "physical therapy", ("shoulder",)),
        ("Facet joint injections L4-5, L5-S1", "injection", ("lumbar",)),
        ("Right L5-S1 epidural steroid injection", "injection", ("lumbar",)),
        ("EMG/NCS of the bilateral upper extremities", "electrodiagnostics", ("upper extremity",)),
        ("Chirophysio therapy two times a week for four weeks for the right elbow and right knee", "chiropractic",
         ("elbow", "knee")),
        ("Acupuncture 3 times a week for 2 weeks, neck, right hand and head", "acupuncture",
         ("cervical", "wrist/hand", "head")),
        ("Right Shoulder Arthroscopy with rotator cuff repair vs debridement", "surgery", ("shoulder",)),
        ("Preoperative Medical Clearance", "associated surgical service", ()),
        ("TENS unit", "DME", ()),
        ("Lumbar support", "DME", ("lumbar",)),
        ("Urine drug testing", "lab/drug screen", ()),
        ("Home aide 12 hours per day, 5 times a week for 4 weeks", "home health/other", ()),
        ("Lidocaine ointment 5% 106.32gm", "medication: topical", ()),
        ("Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1", "medication: topical", ()),
        ("Pantoprazole 40mg, one by mouth, twice a day #60 with one refill", "medication: PPI", ()),
        ("Meloxicam (Mobic) 7.5mg #30", "medication: NSAID", ()),
        ("Nortriptyline HCL 25mg, #30", "medication: antidepressant", ()),
        ("Electrical stimulation 1 times 8", "physical therapy", ()),
        ("Ultrasound 1 times 8", "physical therapy", ()),
        ("Ultrasound of the right shoulder", "imaging", ("shoulder",)),
        ("Continuation for left hand therapy 2 times a week for 6 weeks", "occupational therapy", ("wrist/hand",)),
        ("Chiro with modalities 2 times a week for 6 weeks for neck, back", "chiropractic", ("cervical", "lumbar")),
        ("Physical therapy evaluation, cervical and thoracic spine", "physical therapy", ("cervical", "thoracic")),
        ("Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was authorized by the "
         "Claims Administrator. The remaining IMR eligible portion of the original request, Cyclobenzaprine "
         "7.5mg #27 is", "medication: muscle relaxant", ()),
        # older layout: capitals and abbreviations
        ("PT 2X4 FOR THE L/S", "physical therapy", ("lumbar",)),
        ("MRI FOR THE C/S AND L/S", "imaging", ("cervical", "lumbar")),
        ("OT 2X6 FOR THE R WRIST", "occupational therapy", ("wrist/hand",)),
        ("CHIROPRACTIC 2X3 FOR THE C/S, T/S AND L/S", "chiropractic", ("cervical", "thoracic", "lumbar")),
        ("EMG/NCV BUE", "electrodiagnostics", ("upper extremity",)),
        ("ESI L5-S1", "injection", ("lumbar",)),
        # drugs by brand and by generic; a procedure with a drug is the procedure
        ("Ultram 50mg #60", "medication: opioid", ()),
        ("Hydrocodone/APAP 10/325mg", "medication: opioid", ()),
        ("Flexeril 10mg #30", "medication: muscle relaxant", ()),
        ("Soma 350mg", "medication: muscle relaxant", ()),
        ("Prilosec 20mg #60", "medication: PPI", ()),
        ("Neurontin 600mg", "medication: anticonvulsant", ()),
        ("Lyrica 75mg #60", "medication: anticonvulsant", ()),
        ("Lidoderm 5% patch #30", "medication: topical", ()),
        ("Voltaren gel 1%", "medication: topical", ()),
        ("Celebrex 200mg", "medication: NSAID", ()),
        ("Anaprox DS 550mg", "medication: NSAID", ()),
        ("Ambien 10mg #30", "medication: sleep aid", ()),
        ("Butrans patch 10mcg/hr", "medication: opioid", ()),
        ("Toradol injection 60mg", "injection", ()),
        # unseen wording
        ("Carpal tunnel release, right wrist", "surgery", ("wrist/hand",)),
        ("Radiofrequency ablation L3-4, L4-5", "injection", ("lumbar",)),
        ("Functional capacity evaluation", "functional restoration/FCE", ()),
        ("Cognitive behavioral therapy 6 sessions", "psychological", ()),
        ("Orthopedic consultation", "evaluation/consult", ()),
        ("Aquatic therapy 2x4", "physical therapy", ()),
        ("Hot/cold unit", "DME", ()),
        ("Left knee brace", "DME", ("knee",)),
        # lay words: a joint's "scope", the PA who assists the operation
        ("Right knee scope", "surgery", ("knee",)),
        ("PA-C for the right shoulder arthroscopy", "associated surgical service", ("shoulder",)),
        ("Physician assistant to assist with the lumbar fusion", "associated surgical service", ("lumbar",)),
        ("Office visit with the PA", "evaluation/consult", ()),
        ("Something nobody has heard of", UNCLASSIFIED, ()),
    ],
)  # fmt: skip
def test_classify_request(request_text: str, category: str, regions: tuple[str, ...]) -> None:
    assert classify_request(request_text) == (category, regions)


def test_categories_and_regions_are_known_names() -> None:
    for text in ("PT 2X4 FOR THE L/S", "Norco 10/325mg #60", "MRI of neck and right hand", "Knee brace"):
        category, regions = classify_request(text)
        assert category in CATEGORIES
        assert set(regions) <= set(BODY_REGIONS)
    assert len(set(CATEGORIES)) == len(CATEGORIES)
    assert CATEGORIES[-1] == UNCLASSIFIED


def test_tables() -> None:
    assert ABBREVIATIONS["L/S"] == "lumbar spine"
    assert ABBREVIATIONS["ESI"] == "epidural steroid injection"
    for pair in [("Flexeril", "cyclobenzaprine"), ("Ultram", "tramadol"), ("Prilosec", "omeprazole"),
                 ("Norco", "hydrocodone/acetaminophen"), ("Lyrica", "pregabalin"), ("Soma", "carisoprodol")]:
        assert pair in BRAND_GENERIC  # fmt: skip


def test_expand_terms() -> None:
    assert expand_terms("PT 2X4 FOR THE L/S") == (
        "PT 2X4 FOR THE L/S physical therapy lumbar spine 2 times a week for 4 weeks"
    )
    assert expand_terms("Norco 10/325mg #60") == "Norco 10/325mg #60 hydrocodone acetaminophen 10/325"
    assert expand_terms("Flexeril 10mg") == "Flexeril 10mg cyclobenzaprine 10"
    assert expand_terms("cyclobenzaprine past three weeks") == (
        "cyclobenzaprine past three weeks Flexeril Fexmid Amrix Tabradol"
    )
    assert expand_terms("EMG/NCS of the BUE") == (
        "EMG/NCS of the BUE electromyography nerve conduction studies bilateral upper extremities"
    )
    # nothing to add; an expansion already present is not repeated
    assert expand_terms("MRI of the knee") == "MRI of the knee magnetic resonance imaging"
    assert expand_terms("TENS unit for the lumbar spine LS") == (
        "TENS unit for the lumbar spine LS transcutaneous electrical nerve stimulation lumbosacral spine"
    )
    assert expand_terms("knee pain") == "knee pain"


def test_real_requests_are_classified() -> None:
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} not found: the real-letter test needs ../shared/corpus beside the checkout")
    requests = [
        issue["request"]
        for line in REFERENCE.read_text().splitlines()
        if line.strip()
        for issue in json.loads(line)["issues"]
    ]
    results = [(request, *classify_request(request)) for request in requests]
    failed = [(request, category) for request, category, _ in results if category in CATCH_ALLS]
    for request, category in failed:
        print(f"catch-all {category!r}: {request}")
    share = 1 - len(failed) / len(requests)
    print(f"{len(requests) - len(failed)}/{len(requests)} real requests classified ({share:.1%})")
    assert len(requests) == 140
    assert share >= 0.90
    assert all(category in CATEGORIES for _, category, _ in results)
    # every heading that names a spine region or a joint gets it
    assert classify_request(requests[2]) == ("imaging", ("cervical",))


@pytest.mark.parametrize(("text", "regions"), [
    ("my tailbone", ("lumbar",)), ("her lower spine", ("lumbar",)), ("his backbone and neck", ("lumbar", "cervical")),
    ("a broken collarbone", ("shoulder",)), ("the shoulder blade", ("shoulder",)), ("the funny bone", ("elbow",)),
    ("numb pinky fingers", ("wrist/hand",)), ("a bruised kneecap", ("knee",)), ("his shins", ("lower extremity",)),
    ("belly surgery", ("chest/abdomen",)),
    ("his SI joint", ("lumbar",)), ("the trapezius", ("cervical",)), ("mid-spine", ("thoracic",)),
    ("pain in her buttocks", ("hip",)), ("a pulled hamstring", ("lower extremity",)), ("a cracked sternum", ("chest/abdomen",)),
    ("broken teeth", ("head",)), ("a bunion", ("ankle/foot",)),
    # a lumbosacral orthosis is the low back's brace, in the shorthand of requests and questions
    ("CM16-0248471, the LSO - certified at IMR?", ("lumbar",)), ("TLSO brace", ("lumbar",)), ("she also limps", ()),
    # "by mouth" in a drug's directions names no body part
    ("Pantoprazole 40mg, one by mouth", ()),
    # the back of a body part, and going back to work, name no back
    ("a cyst on the back of the knee", ("knee",)), ("he went back to work in May", ()), ("my back and neck", ("lumbar", "cervical")),
    # "back" as a verb's particle: what IMR gave back, a study that came back
    ("the rest went to IMR - did IMR ever give back the remainder?", ()), ("UR cut the refills. Did IMR give them back?", ()), ("the two compounded creams - did she get either one back?", ()),
    ("did he get any of them back?", ()), ("did he get his back MRI?", ("lumbar",)),
    ("the MRI came back negative", ()), ("he got back pain lifting boxes", ("lumbar",)),
    # "knocked back" is a refusal, not a back
    ("how many got knocked back, and what did the one that went through have?", ()),
    ("did IMR okay her Naprosyn or knock it back?", ()), ("the PT was knocked back at IMR", ()),
    ("he was knocked back onto the floor and hurt his back", ("lumbar",)),
    # ... so is cutting it back
    ("what's the usual reason acupuncture gets cut back?", ()), ("they cut back the PT from 12 to 6", ()),
    ("UR pulled back the approval", ()), ("PT for the back was cut", ("lumbar",)),
    # ... or siding with someone: "back us"
    ("did IMR back us on the ibuprofen refills?", ()), ("will IMR back me up", ()),
    # the belly-press test is the shoulder's, not the belly's
    ("+Speed's, +O'Brien's, +belly press", ()), ("my belly hurts", ("chest/abdomen",)),
    # the labrum is the shoulder's, unless the hip is named: the hip has a labrum too
    ("a torn labrum", ("shoulder",)), ("hip arthroscopy for a torn labrum", ("hip",)),
    ("a labral tear of the hip", ("hip",)), ("a torn labrum in the shoulder, and hip pain", ("shoulder", "hip")),
])
def test_body_parts_in_lay_words(text: str, regions: tuple[str, ...]) -> None:
    assert tuple(r for r, _w in find_regions(text)) == regions


@pytest.mark.parametrize(("text", "category"), [
    ("electrical muscle stimulator", "DME"), ("the ice machine", "DME"), ("back belt", "DME"),
    ("collar bone x-ray", "imaging"), ("rehab for the neck", "physical therapy"), ("vestibular rehab", None),
    ("muscle relaxer", "medication: muscle relaxant"), ("the pain rub", "medication: topical"),
    ("heartburn medicine", "medication: PPI"), ("nerve pain pills", "medication: anticonvulsant"),
    ("doctor visits", "evaluation/consult"),
    ("talk therapy", "psychological"), ("depression treatment", "psychological"), ("nerve testing", "electrodiagnostics"),
    ("anti inflammatory pills", "medication: NSAID"), ("depression pills", "medication: antidepressant"),
    ("insomnia medication", "medication: sleep aid"), ("TENS electrodes", "DME"),
    ("Savella 50mg", "medication: antidepressant"), ("Silenor 3mg", "medication: sleep aid"),
    ("Duexis 800/26.6mg", "medication: NSAID"), ("Provigil 100mg", "medication: other"),
    # a urine drug test in lay words (found asking by hand)
    ("my pee test", "lab/drug screen"), ("peeing in a cup", "lab/drug screen"), ("a urine test", "lab/drug screen"),
])
def test_categories_in_lay_words(text: str, category: str | None) -> None:
    found = find_category(text)
    assert (found[0] if found else None) == category


@pytest.mark.parametrize(("text", "category", "expanded"), [
    # a brand joined by a hyphen to its release form is still the brand; a word prefixed is not
    ("EC-Naprosyn 500mg", "medication: NSAID", "EC-Naprosyn 500mg naproxen 500"),
    ("Voltaren-XR 100mg", "medication: NSAID", "Voltaren-XR 100mg diclofenac 100"),
    ("non-Norco", None, "non-Norco"),
    # trade names of workers' comp drugs beyond the commonest
    ("Duexis 800/26.6mg", "medication: NSAID", "Duexis 800/26.6mg ibuprofen 800/26.6"),
    ("Irenka 30mg", "medication: antidepressant", "Irenka 30mg duloxetine 30"),
    ("Tylenol 3 #60", "medication: opioid", "Tylenol 3 #60 codeine"),
])
def test_brands_and_release_forms(text: str, category: str | None, expanded: str) -> None:
    found = find_category(text)
    assert (found[0] if found else None) == category
    assert expand_terms(text) == expanded


@pytest.mark.parametrize(("text", "expanded"), [
    # a topical's drug in lay words; pepper spray is no treatment
    ("the hot pepper cream", "the hot pepper cream capsaicin"),
    ("a numbing patch", "a numbing patch lidocaine"),
    ("a pepper spray incident", "a pepper spray incident"),
    # an MRI taken standing is the letters' positional MRI
    ("the standing MRI", "the standing MRI magnetic resonance imaging positional"),
    ("standing at work all day", "standing at work all day"),
    # a drug taken as a liquid is the letters' oral suspension
    ("her liquid medicines", "her liquid medicines oral suspension"),
    ("a liquid diet", "a liquid diet"),
])
def test_lay_names_of_a_topicals_drug(text: str, expanded: str) -> None:
    assert expand_terms(text) == expanded


@pytest.mark.parametrize(("text", "expanded"), [
    # a strength is one search token with its unit: its number is added, as people say it
    ("Three refills of Voltaren 75mg #60", "Three refills of Voltaren 75mg #60 diclofenac 75"),
    ("Norco 10/325mg #90", "Norco 10/325mg #90 hydrocodone acetaminophen 10/325"),
    # already a token of its own, or no unit: nothing added
    ("gabapentin 600 mg", "gabapentin 600 mg Neurontin Gralise Horizant Fanatrex"),
    ("Acupuncture 1.5 hours, 6 sessions", "Acupuncture 1.5 hours, 6 sessions"),
])
def test_the_number_of_a_strength_is_searchable(text: str, expanded: str) -> None:
    assert expand_terms(text) == expanded


def test_a_compounded_liquid_or_pill_is_no_topical():
    # "compounded" names a topical ("the compounded cream"), not a compounded oral form
    assert find_category("the compounded cream") == ("medication: topical", "compounded")
    assert find_category("why are compounds denied?") == ("medication: topical", "compounds")
    assert find_category("the lady with the compounded liquids") is None
    assert find_category("the compounded oral suspensions") is None
