"""The hand-written evaluation data: natural questions (eval/natural.jsonl) and collection questions
with exact gold (eval/collection.jsonl), checked against the reference parse of the 74 dev letters."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Literal

import msgspec
import pytest

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO.parent / "shared" / "corpus" / "dwc-imr-2016-2017" / "reference.jsonl"
NATURAL = REPO / "eval" / "natural.jsonl"
COLLECTION = REPO / "eval" / "collection.jsonl"
SPLIT = REPO / "eval" / "split.json"
HELD_OUT_WORDS = Path(__file__).with_name("held_out_words.json")
CASE_NUMBER = re.compile(r"\bCM\d{2}-\d{7}\b")

Tag = Literal[
    "ur-vs-imr", "wrong-verb", "wrong-premise", "negation", "outcome-question", "neutral", "lay-words", "typo", "brand",
    "patient-own-words", "case-lacks", "absent-treatment", "pattern", "approval-minded", "names-case", "occupation",
    "multi-item", "follow-up",
]
# ids given to helpers that stopped before them (at nat-4702, nat-4894, nat-5027, nat-5150, nat-5257, nat-5486 and
# nat-5547), never
# written
RESERVED_FOR_HELD_OUT: set[int] = (set(range(4703, 4711)) | set(range(4895, 4899)) | set(range(5028, 5037))
                                   | set(range(5151, 5155)) | set(range(5258, 5275)) | set(range(5487, 5494))
                                   | set(range(5517, 5533)) | set(range(5548, 5553)))
TAG_MINIMUMS = {
    "ur-vs-imr": 12, "wrong-premise": 12, "negation": 8, "outcome-question": 10, "lay-words": 12, "typo": 10,
    "patient-own-words": 15, "case-lacks": 8, "absent-treatment": 15, "pattern": 12, "occupation": 8,
}
# The treatment words of each absent-treatment question; none occurs anywhere in reference.jsonl. Those of
# held-out questions live in held_out_words.json, beside this file, so that writing new rows here shows none of
# them: never open it while tuning.
ABSENT_KEY_WORDS = {
    "nat-6136": ["gralise"],
    "nat-6137": ["zantac"],
    "nat-6138": ["service dog", "dog"],
    "nat-6139": ["recliner"],
    "nat-6140": ["sauna", "infrared"],
    "nat-6141": ["hyperbaric"],
    "nat-6143": ["knee tens", "tens unit for my knee"],
    "nat-6229": ["hot tub"],
    "nat-6230": ["mattress", "matress"],
    "nat-6231": ["stem cell"],
    "nat-6232": ["botox", "botulinum"],
    "nat-6233": ["pool", "aquatic", "water exercise"],
    "nat-6234": ["car seat"],
    "nat-6235": ["ketamine"],
    "nat-6236": ["lyrica", "lyrika", "pregabalin"],
    "nat-5937": ["water therap", "aquatic", "pool"],
    "nat-5938": ["lyrica", "pregabalin"],
    "nat-5939": ["oxycontin", "oxycodone"],
    "nat-5940": ["zoloft", "sertraline"],
    "nat-5941": ["hip surgery", "new hip", "hip replacement"],
    "nat-5943": ["hinged", "knee brace"],
    "nat-5944": ["carpal tunnel surgery", "carpal tunnel release"],
    "nat-5945": ["medrol", "dose pak"],
    "nat-5946": ["wellbutrin", "bupropion"],
    "nat-5947": ["sling", "collarbone"],
    "nat-5948": ["paraffin"],
    "nat-5949": ["cortizone", "cortisone"],
    "nat-5593": ["tka"],
    "nat-5594": ["topamax", "topiramate"],
    "nat-5595": ["kenalog"],
    "nat-5596": ["work harden"],
    "nat-5597": ["cbt"],
    "nat-5598": ["pemf"],
    "nat-5599": ["reacher", "toilet"],
    "nat-5600": ["dexa", "bone density"],
    "nat-5601": ["mylogram", "myelogra"],
    "nat-5602": ["detox"],
    "nat-5603": ["egd"],
    "nat-5604": ["transposition"],
    "nat-5605": ["topomax", "topamax"],
    "nat-5606": ["thermogra"],
    "nat-5607": ["grab bar"],
    "nat-5632": ["second opinion"],
    "nat-5633": ["second opinion"],
    "nat-5512": ["stair lift", "stairlift"],
    "nat-5478": ["jacuzzi"],
    "nat-5479": ["recliner"],
    "nat-5480": ["treadmill"],
    "nat-5481": ["sauna"],
    "nat-5367": ["prolotherapy", "bone stimulator"],
    "nat-5368": ["dental", "dentist"],
    "nat-5369": ["hearing aid"],
    "nat-5370": ["knee scooter", "scooter"],
    "nat-5280": ["scooter", "hospital bed"],
    "nat-5281": ["ambien", "zolpidem"],
    "nat-5282": ["shockwave", "plantar"],
    "nat-5283": ["marijuana", "cannabis"],
    "nat-5284": ["kyphoplasty"],
    "nat-5310": ["knee brace", "orthotic"],
    "nat-5311": ["yoga", "pilates"],
    "nat-5198": ["botox", "botulinum", "migraine"],
    "nat-5199": ["knee replacement", "arthroplasty"],
    "nat-5200": ["ketamine"],
    "nat-5201": ["suboxone", "suboxen", "buprenorphine"],
    "nat-5202": ["paraffin"],
    "nat-5239": ["whirlpool"],
    "nat-5240": ["pool", "gym", "membership"],
    "nat-5241": ["cymbalta", "duloxetine"],
    "nat-5149": ["heat pack", "hot pack"],
    "nat-5113": ["heating pad"],
    "nat-5114": ["interferential"],
    "nat-5115": ["sling"],
    "nat-5116": ["collar"],
    "nat-5005": ["dermatolog"],
    "nat-4882": ["cymbalta", "duloxetine"],
    "nat-4883": ["soma", "carisoprodol"],
    "nat-4884": ["synvisc", "hyaluronic"],
    "nat-4885": ["fce", "functional capacity"],
    "nat-4886": ["rhizotomy", "radiofrequency"],
    "nat-4581": ["ambien", "zolpidem"],
    "nat-4478": ["lift chair"],
    "nat-4337": ["kyphoplasty"],
    "nat-4338": ["zanaflex", "tizanidine"],
    "nat-4339": ["robaxin", "methocarbamol"],
    "nat-4340": ["toradol", "ketorolac"],
    "nat-4341": ["medrol"],
    "nat-4386": ["heated pool"],
    "nat-4387": ["hot tub", "jacuzzi"],
    "nat-4388": ["hot tub"],
    "nat-4389": ["whirlpool"],
    "nat-4245": ["hot tub", "jacuzzi"],
    "nat-4246": ["knee replacement", "arthroplasty"],
    "nat-4247": ["marijuana", "cannabis"],
    "nat-4248": ["massage chair"],
    "nat-4249": ["lyrica", "pregabalin"],
    "nat-4250": ["percocet"],
    "nat-011": ["oxycontin"],
    "nat-078": ["botox", "botulinum"],
    "nat-101": ["botox", "botulinum"],
    "nat-102": ["synvisc", "hyaluron", "viscosupplement"],
    "nat-103": ["gym"],
    "nat-104": ["aquatic", "pool therapy"],
    "nat-105": ["knee replacement", "arthroplasty"],
    "nat-106": ["marijuana", "cannabis"],
    "nat-107": ["lyrica", "pregabalin"],
    "nat-108": ["cymbalta", "duloxetine"],
    "nat-109": ["fentanyl"],
    "nat-110": ["soma", "carisoprodol"],
    "nat-111": ["h-wave", "h wave"],
    "nat-112": ["interferential"],
    "nat-113": ["radiofrequency", "rhizotomy", "ablation"],
    "nat-114": ["stellate"],
    "nat-115": ["biofeedback"],
    "nat-116": ["weight loss", "bariatric"],
    "nat-117": ["orthotic"],
    "nat-118": ["vestibular"],
    "nat-119": ["suboxone", "buprenorphine"],
    "nat-120": ["discectomy", "laminectomy"],
    "nat-121": ["hot tub", "jacuzzi"],
    "nat-122": ["ketamine"],
    "nat-185": ["methadone"],
    "nat-186": ["carpal tunnel release"],
    "nat-187": ["terocin"],
    "nat-188": ["stem cell"],
    "nat-189": ["kinesio"],
    "nat-215": ["nucynta", "tapentadol"],
    "nat-216": ["paraffin"],
    "nat-313": ["shockwave", "shock wave", "extracorporeal", "eswt"],
    "nat-316": ["lumbar fusion", "arthrodesis"],
    "nat-337": ["functional capacity"],
    "nat-338": ["ambien", "zolpidem"],
    "nat-339": ["sleep study", "polysomnog"],
    "nat-340": ["hip replacement"],
    "nat-341": ["percocet", "oxycodone"],
    "nat-432": ["traction"],
    "nat-433": ["toradol", "ketorolac"],
    "nat-434": ["codeine"],
    "nat-435": ["cognitive behav", "psychotherap"],
    "nat-453": ["cervical collar"],
    "nat-485": ["radiofrequen", "ablation", "rhizotomy"],
    "nat-518": ["discogram", "discograph"],
    "nat-544": ["aquatic", "pool", "water therapy", "hydrotherap"],
    "nat-545": ["xanax", "alprazolam"],
    "nat-546": ["mattress"],
    "nat-617": ["compression stocking", "stocking"],
    "nat-647": ["heating pad", "heat wrap", "thermacare"],
    "nat-648": ["continuous passive"],
    "nat-661": ["stem cell"],
    "nat-662": ["weight loss"],
    "nat-663": ["lyrica", "pregabalin"],
    "nat-664": ["radiofrequency", "rhizotomy", "neurotomy", "ablation"],
    "nat-707": ["scooter", "power mobility"],
    "nat-708": ["cortisone", "subacromial injection", "shoulder injection"],
    "nat-726": ["hearing"],
    "nat-727": ["nerve block"],
    "nat-728": ["tailbone", "coccy"],
    "nat-783": ["radiofrequency", "rhizotomy", "ablation", "neurotomy"],
    "nat-878": ["valium", "diazepam"],
    "nat-879": ["tmj", "temporomandibular", "jaw"],
    "nat-880": ["medrol", "methylprednisolone", "dose pack", "dosepak", "steroid pack"],
    "nat-881": ["knee brace"],
    "nat-882": ["zanaflex", "tizanidine"],
    "nat-926": ["skelaxin", "metaxalone"],
    "nat-927": ["cervical epidural", "cervical esi"],
    "nat-928": ["ankle mri", "mri of the ankle", "mri of the right ankle", "mri of the left ankle"],
    "nat-929": ["knee brace"],
    "nat-983": ["kyphoplasty", "vertebroplasty"],
    "nat-984": ["biofeedback"],
    "nat-985": ["carpal tunnel release"],
    "nat-1021": ["cervical collar", "whiplash"],
    "nat-1022": ["toradol", "ketorolac"],
    "nat-1023": ["occipital", "nerve block"],
    "nat-1062": ["medial branch"],
    "nat-1063": ["lunesta", "eszopiclone"],
    "nat-1064": ["flector"],
    "nat-1065": ["butrans"],
    "nat-1066": ["spinal decompression"],
    "nat-1067": ["shower chair"],
    "nat-1181": ["imitrex", "sumatriptan"],
    "nat-1182": ["ganglion"],
    "nat-1183": ["sling"],
    "nat-1184": ["trigger finger"],
    "nat-1185": ["infrared"],
    "nat-1186": ["blood patch"],
    "nat-1278": ["ozone"],
    "nat-1279": ["cupping", "acupressure"],
    "nat-1280": ["inversion table"],
    "nat-1281": ["ergonomic", "standing desk"],
    "nat-1282": ["opana", "oxymorphone"],
    "nat-1283": ["insole"],
    "nat-1338": ["cold laser", "low level laser"],
    "nat-1339": ["pilates", "tai chi"],
    "nat-1340": ["whirlpool"],
    "nat-1341": ["naltrexone"],
    "nat-1342": ["hospital bed", "lift chair"],
    "nat-1343": ["vitamin"],
    "nat-1381": ["thoracic epidural"],
    "nat-1383": ["cervical facet"],
    "nat-1384": ["hip arthroscopy", "arthroscopy of the hip"],
    "nat-1385": ["ankle brace"],
    "nat-1386": ["stair lift", "stairlift"],
    "nat-1387": ["sacroiliac", "si joint"],
    "nat-1388": ["hip injection"],
    "nat-1479": ["duexis"],
    "nat-1480": ["narcan", "naloxone"],
    "nat-1481": ["sauna"],
    "nat-1482": ["knee sleeve"],
    "nat-1483": ["shoe"],
    "nat-1484": ["moxibustion"],
    "nat-1541": ["vimovo", "esomeprazole"],
    "nat-1542": ["h-wave", "h wave"],
    "nat-1543": ["radiofrequency", "ablation"],
    "nat-1544": ["medial branch"],
    "nat-1545": ["lyrica", "pregabalin"],
    "nat-1663": ["skelaxin", "metaxalone"],
    "nat-1664": ["ambien", "zolpidem"],
    "nat-1665": ["prednisone"],
    "nat-1666": ["ekg", "electrocardiogram"],
    "nat-1779": ["knee replacement", "arthroplasty"],
    "nat-1780": ["prilosec", "omeprazole"],
    "nat-1781": ["orphenadrine", "norflex"],
    "nat-1874": ["sleep study", "polysomnogra"],
    "nat-1875": ["lyrica", "pregabalin"],
    "nat-1876": ["carisoprodol", "soma"],
    "nat-1878": ["ankle mri", "mri of the ankle"],
    "nat-1981": ["shockwave", "shock wave"],
    "nat-1982": ["botox", "botulinum"],
    "nat-1983": ["aquatic", "pool therapy"],
    "nat-2080": ["sleep study", "polysomno"],
    "nat-2082": ["ketamine"],
    "nat-2181": ["knee replacement", "arthroplasty"],
    "nat-2182": ["functional capacity"],
    "nat-2278": ["water therapy", "aquatic", "aqua therapy", "pool"],
    "nat-2279": ["cortisone", "subacromial injection", "shoulder injection"],
    "nat-2280": ["knee brace"],
    "nat-2281": ["traction"],
    "nat-2282": ["psychotherap", "counseling", "talk therapy", "cognitive behavioral"],
    "nat-2283": ["medrol", "prednisone", "dose pack"],
    "nat-2380": ["prolotherapy"],
    "nat-2381": ["cbd", "cannabid"],
    "nat-2382": ["orthotic", "shoe insert", "plantar"],
    "nat-2383": ["cymbalta", "duloxetine"],
    "nat-2470": ["paxil", "paroxetine"],
    "nat-2471": ["cortisone", "knee injection"],
    "nat-2472": ["diagnostic ultrasound", "ultrasound of the shoulder", "shoulder ultrasound", "sonogra"],
    "nat-2475": ["celexa", "citalopram"],
    "nat-2561": ["naltrexone"],
    "nat-2562": ["savella", "milnacipran"],
    "nat-2563": ["restoril", "temazepam"],
    "nat-2564": ["treadmill", "exercise bike"],
    "nat-2565": ["vitamin"],
    "nat-2674": ["trazodone", "desyrel"],
    "nat-2675": ["xanax", "alprazolam"],
    "nat-2676": ["bone growth stim", "bone stimulator"],
    "nat-2677": ["kyphoplasty", "vertebroplasty"],
    "nat-2678": ["compression pump", "pneumatic"],
    "nat-2779": ["meclizine", "antivert"],
    "nat-2869": ["zofran", "ondansetron"],
    "nat-2870": ["belsomra", "suvorexant"],
    "nat-2871": ["effexor", "venlafaxine"],
    "nat-2970": ["pepcid", "famotidine"],
    "nat-2971": ["infusion"],
    "nat-2972": ["foot mri", "mri of the foot"],
    "nat-2973": ["nexium", "esomeprazole"],
    "nat-3071": ["plantar", "fasciitis", "night splint"],
    "nat-3072": ["hand surgery", "finger surgery"],
    "nat-3073": ["massage chair"],
    "nat-3168": ["tenotomy", "tenex", "tennis elbow"],
    "nat-3169": ["case manager"],
    "nat-3170": ["neuroma"],
    "nat-3171": ["oxygen"],
    "nat-3228": ["recliner"],
    "nat-3229": ["colchicine", "gout"],
    "nat-3230": ["insoles"],
    "nat-3231": ["nicotine"],
    "nat-3328": ["reiki", "energy healing"],
    "nat-3329": ["heat lamp"],
    "nat-3330": ["dexilant", "dexlansoprazole", "heartburn"],
    "nat-3331": ["cast", "fiberglass"],
    "nat-3390": ["adderall", "ritalin"],
    "nat-3391": ["vision therapy", "optometr"],
    "nat-3392": ["reiki", "craniosacral"],
    "nat-3393": ["tetanus"],
    "nat-3488": ["dilaudid", "hydromorphone"],
    "nat-3489": ["cupping"],
    "nat-3490": ["inversion table"],
    "nat-3491": ["psychiatr", "counsel"],
    "nat-3553": ["pharmacogen", "genetic", "cyp"],
    "nat-3554": ["carafate", "sucralfate"],
    "nat-3555": ["personal trainer"],
    "nat-3556": ["hernia repair", "herniorrhaphy"],
    "nat-3661": ["heating pad"],
    "nat-3662": ["hyperbaric"],
    "nat-3702": ["acdf", "anterior cervical discectomy"],
    "nat-3703": ["ambien", "zolpidem"],
    "nat-3704": ["flector"],
    "nat-3706": ["cognitive behavioral"],
    "nat-3891": ["lyrica", "pregabalin"],
    "nat-3893": ["massage chair"],
    "nat-3894": ["shower chair"],
    "nat-3987": ["radiofrequency", "neurotomy"],
    "nat-4068": ["ambien", "zolpidem"],
    "nat-4070": ["hospital bed"],
    "nat-4138": ["kyphoplasty"],
    "nat-4139": ["percocet", "oxycodone"],
    "nat-4140": ["nucynta", "tapentadol"],
    "nat-4141": ["stem cell"],
    "nat-4257": ["hot tub"],
    "nat-4258": ["jacuzzi"],
    "nat-4259": ["sauna"],
    "nat-4980": ["stem cel"],
    "nat-4982": ["ketamine", "infusion"],
    "nat-4983": ["hyperbaric"],
    "nat-4984": ["marijuana"],
    "nat-4985": ["botox"],
    "nat-4986": ["ozone"],
    "nat-4987": ["prolotherapy"],
    "nat-4988": ["nucynta", "tapentadol"],
    "nat-4989": ["pilates"],
    "nat-4990": ["lunesta", "eszopiclone"],
    "nat-4991": ["kyphoplasty"],
    "nat-5765": ["knee replacement", "replacement"],
    "nat-5768": ["hearing aid", "hearing"],
    "nat-5840": ["tylenol"],
    "nat-5845": ["lansopraz"],
    "nat-5846": ["etodolak"],
    "nat-5848": ["tizanidine"],
    "nat-5850": ["pain pump"],
}
# ... and those whose key words a letter's text uses (a rationale or a summary names them) while no
# request does: no letter decides them
ABSENT_FROM_REQUESTS = {
    "nat-5942": ["trigger point"],
    "nat-5008": ["pain management"],
    "nat-4981": ["spinal cord stim"],
    "nat-4777": ["ortho"],
    "nat-4778": ["orthopedic"],
    "nat-3892": ["spinal cord stimulat"],
    "nat-3986": ["functional restoration"],
    "nat-2081": ["bone scan"],
    "nat-2180": ["spinal cord stimulat"],
    "nat-784": ["spinal cord stimulat"],
    "nat-785": ["trigger point"],
    "nat-786": ["wheelchair"],
    "nat-787": ["massage"],
    "nat-788": ["lidoderm", "patch"],
    "nat-930": ["ketoprofen"],
    "nat-1877": ["cane", "walker"],
    "nat-2474": ["fusion"],
    "nat-2777": ["lidoderm", "patch"],
    "nat-3705": ["functional restoration"],
    "nat-4069": ["wheelchair"],
}


class NaturalQuestion(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    question: str
    tags: list[Tag]
    expect: Literal["item", "items", "pattern", "not_found", "case_lacks"]
    gold: list[tuple[str, str]]
    decision: Literal["Upheld", "Overturned"] | None
    wrong_premise: bool
    split: Literal["tune", "test", "both", "none"]
    note: str


class Answer(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    value: float | None = None
    label: str | None = None
    rows: list[tuple[str, float]] | None = None


class CollectionLine(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    question: str
    shape: Literal["count", "share", "base_rate", "top", "per_letter", "compare", "trend"]
    rule: str
    answer: Answer
    items: list[tuple[str, str]]


def _lines(path: Path) -> list[bytes]:
    return [line.encode() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def reference() -> list[dict]:
    if not REFERENCE.exists():
        pytest.skip(f"reference parse not found at {REFERENCE}: the eval data tests need ../shared beside the checkout")
    return [json.loads(line) for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def decisions(reference: list[dict]) -> dict[tuple[str, str], str]:
    return {(letter["case_number"], issue["request"]): issue["decision"]
            for letter in reference for issue in letter["issues"]}


@pytest.fixture(scope="module")
def natural() -> list[NaturalQuestion]:
    return [msgspec.json.decode(line, type=NaturalQuestion) for line in _lines(NATURAL)]


def test_natural_lines_parse_with_unique_ids(natural: list[NaturalQuestion]) -> None:
    assert len(natural) >= 110
    numbers = [int(q.id.removeprefix("nat-")) for q in natural]
    assert [q.id for q in natural] == [f"nat-{n:03d}" for n in numbers]
    assert numbers == sorted(set(numbers))
    # ids in order with no gap, but for a held-out set written on another branch (merged in id order)
    assert set(range(1, numbers[-1] + 1)) - set(numbers) <= RESERVED_FOR_HELD_OUT
    assert all(q.question.strip() and q.note.strip() and q.tags for q in natural)
    assert len({q.question for q in natural}) == len(natural)


def test_natural_gold_exists_with_the_stated_decision(natural, decisions) -> None:
    for q in natural:
        if q.expect == "case_lacks" and not CASE_NUMBER.search(q.question):
            # the patient described lacks the treatment: their case is the gold, with no request
            assert len(q.gold) == 1 and q.gold[0][1] == "" and q.decision is None, q.id
            assert "patient-own-words" in q.tags and q.gold[0][0] in q.note, q.id
            continue
        if q.expect in ("not_found", "case_lacks"):
            assert q.gold == [] and q.decision is None and q.split == "none", q.id
            continue
        assert q.gold, q.id
        assert len(set(q.gold)) == len(q.gold), q.id
        for pair in q.gold:
            assert pair in decisions, (q.id, pair)
        found = {decisions[pair] for pair in q.gold}
        assert q.decision == (found.pop() if len(found) == 1 else None), q.id
        if q.expect == "item":
            assert len({case for case, _ in q.gold}) == 1, q.id


def test_natural_split_field_agrees_with_split_json(natural) -> None:
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    half = {case: "tune" for case in split["tune"]} | {case: "test" for case in split["test"]}
    for q in natural:
        halves = {half[case] for case, _ in q.gold}
        expected = "none" if not halves else "both" if len(halves) == 2 else halves.pop()
        assert q.split == expected, q.id
    gold_halves = Counter(half[case] for q in natural for case, _ in q.gold)
    assert gold_halves["tune"] >= 80 and gold_halves["test"] >= 80


def test_natural_tag_minimums_and_consistency(natural) -> None:
    tags = Counter(tag for q in natural for tag in q.tags)
    for tag, minimum in TAG_MINIMUMS.items():
        assert tags[tag] >= minimum, (tag, tags[tag])
    for q in natural:
        assert len(set(q.tags)) == len(q.tags), q.id
        assert ("wrong-premise" in q.tags) == q.wrong_premise, q.id
        assert ("absent-treatment" in q.tags) == (q.expect == "not_found"), q.id
        assert ("case-lacks" in q.tags) == (q.expect == "case_lacks"), q.id
        assert ("pattern" in q.tags) == (q.expect == "pattern"), q.id
        assert ("approval-minded" not in q.tags) or q.expect == "pattern", q.id
        assert ("names-case" in q.tags) == bool(CASE_NUMBER.search(q.question)), q.id


def test_wrong_premise_questions_assume_the_other_decision(natural) -> None:
    # "wasn't denied" presumes an approval as "approved" does, and "not approved" a denial
    denied_words = re.compile(r"\b(deny|denied|turn down|turned down|turn|denials?|refused|keep the denial|kept the denial"
                              r"|agreed with UR|nothing was approved)\b|(?:\bnot|n't)\s+(?:\w+\s+)?approved\b", re.I)
    approved_words = re.compile(r"\b(approve|approved|convinced|reversed|went through|lost|overturn|overturned)\b|(?<!not )medically necessary"
                                r"|(?:\bnot|n't)\s+(?:\w+\s+)?denied\b"
                                # "he got his neck PT, right?": got it, confirmed by a tag (service.outcomes)
                                r"|\bgot\s+(?:his|her|my|their|the)\b[^?]*,\s*(?:right|correct|didn't\s+(?:he|she))\s*\?", re.I)
    for q in natural:
        if q.wrong_premise:
            assumed = approved_words if q.decision == "Upheld" else denied_words
            assert assumed.search(q.question), q.id


def test_case_lacks_questions_name_a_real_case(natural, reference) -> None:
    cases = {letter["case_number"] for letter in reference}
    lacking = [q for q in natural if q.expect == "case_lacks"]
    assert len(lacking) >= 8
    for q in lacking:
        named = CASE_NUMBER.findall(q.question) or [case for case, _ in q.gold]  # or the patient described's
        assert len(named) == 1 and named[0] in cases, q.id
        assert named[0] in q.note, q.id


def test_absent_treatment_key_words_occur_nowhere_in_the_reference(natural) -> None:
    if not REFERENCE.exists():
        pytest.skip(f"reference parse not found at {REFERENCE}")
    text = REFERENCE.read_text(encoding="utf-8").lower()
    held = json.loads(HELD_OUT_WORDS.read_text(encoding="utf-8"))
    key_words = ABSENT_KEY_WORDS | held["ABSENT_KEY_WORDS"]
    from_requests = ABSENT_FROM_REQUESTS | held["ABSENT_FROM_REQUESTS"]
    assert not (set(ABSENT_KEY_WORDS) & set(held["ABSENT_KEY_WORDS"]))
    absent = {q.id for q in natural if "absent-treatment" in q.tags}
    assert absent == set(key_words) | set(from_requests)
    for qid, words in key_words.items():
        for word in words:
            assert word not in text, (qid, word)
    requests = [issue["request"].lower() for line in text.splitlines() if line.strip()
                for issue in json.loads(line)["issues"]]
    for qid, words in from_requests.items():
        for word in words:
            assert word in text and not any(word in r for r in requests), (qid, word)


@pytest.fixture(scope="module")
def collection() -> list[CollectionLine]:
    return [msgspec.json.decode(line, type=CollectionLine) for line in _lines(COLLECTION)]


def test_collection_lines_parse_and_cover_every_shape(collection: list[CollectionLine]) -> None:
    assert len(collection) >= 45
    assert [c.id for c in collection] == [f"col-{n:03d}" for n in range(1, len(collection) + 1)]
    assert set(Counter(c.shape for c in collection)) == {
        "count", "share", "base_rate", "top", "per_letter", "compare", "trend"}
    for c in collection:
        filled = [c.answer.value is not None, c.answer.label is not None, c.answer.rows is not None]
        assert sum(filled) == 1, c.id
        if c.shape in ("share", "base_rate"):
            assert c.answer.value is not None and 0 <= c.answer.value <= 1, c.id
            assert round(c.answer.value, 3) == c.answer.value, c.id


def test_collection_items_exist_in_the_reference(collection, decisions) -> None:
    for c in collection:
        assert all(pair in decisions for pair in c.items), c.id


def test_collection_file_is_what_the_gold_script_computes(reference) -> None:
    from eval.collection_gold import build, render
    from eval.collection_rules import load

    assert COLLECTION.read_text(encoding="utf-8") == render(build(load(REFERENCE)))


def test_collection_answers_checked_by_hand(collection) -> None:
    answers = {c.question: msgspec.to_builtins(c.answer) for c in collection}
    assert answers["How many disputed items do the letters decide altogether?"] == {"value": 140}
    assert answers["How many requests for a lumbar spine MRI were reviewed?"] == {"value": 13}
    assert answers["How many nerve studies (EMG, NCS or NCV) were disputed?"] == {"value": 7}
    assert answers["How many letters had at least one item overturned?"] == {"value": 13}
    assert answers["How often are lumbar MRI requests approved at IMR?"] == {"value": 0.077}
    assert answers["What is the overturn rate for acupuncture?"] == {"value": 0.6}
    assert answers["What share of letters were expedited reviews?"] == {"value": 0.0}
    assert answers["Compare the approval rates of cervical and lumbar MRIs."] == {
        "rows": [("cervical MRI", 0.222), ("lumbar MRI", 0.077)]}
    assert answers["Which guideline do IMR reviewers cite most often when they deny a muscle relaxant?"] == {
        "label": "MTUS Chronic Pain Medical Treatment 2016"}
    assert answers["How many letters were decided per month?"] == {
        "rows": [("2016-12", 2), ("2017-01", 24), ("2017-02", 48)]}
