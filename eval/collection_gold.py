"""Questions about the whole collection, with exact gold computed from the reference parse.

`PYTHONPATH=. python -m eval.collection_gold` rewrites eval/collection.jsonl (deterministic). Each
question states its rule in plain words; the rule as code is its `compute`, built from the explicit
regexes of eval/collection_rules.py and the shapes of eval/collection_shapes.py. Shares are
fractions rounded to 3 decimals. `items` lists the (case, request) pairs behind the number: the
counted items, or for a rate or comparison its numerator (empty for trends and letter averages).
Every answer was checked by hand against the list of 140 requests.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec

from eval import collection_rules as r
from eval.collection_gold_users import SPECS as USER_SPECS
from eval.collection_rules import RefItem
from eval.collection_shapes import (
    compare, count, letter_count, letter_rate, letters_where, monthly, most_items, per_letter_mean, rate, top,
    top_specialty, upheld,
)

OUT = Path(__file__).resolve().parent / "collection.jsonl"


class CollectionQuestion(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    question: str
    shape: str  # count | share | base_rate | top | per_letter | compare | trend
    rule: str
    answer: dict  # {"value": n} | {"label": s} | {"rows": [[label, n], ...]}
    items: list[list[str]]


def sources(item: RefItem) -> list[str]:
    """Guideline sources of the reviewer's line: each MTUS chapter, ODG, ACOEM, other."""
    out = [f"MTUS {c}" for c in r.chapters(item)]
    out += ["ODG"] * r.cites_odg(item) + ["ACOEM"] * r.cites_acoem(item) + ["other"] * r.cites_other(item)
    return out


def any_of(rule):
    return lambda items: any(rule(i) for i in items)


OVERTURN = "an item is approved when IMR overturned the UR denial"
SPECS = [
    # ---- counts
    ("How many IMR determination letters are in the collection?", "per_letter",
     "letters (case numbers) in the reference parse", letter_count(lambda i: True)),
    ("How many disputed items do the letters decide altogether?", "count",
     "every disputed item of every letter", lambda items: ({"value": len(items)}, [])),
    ("How many requests for a lumbar spine MRI were reviewed?", "count",
     "items whose request names an MRI (or MR arthrogram, magnetic resonance) and the lumbar spine, lumbosacral spine, "
     "low back or a lumbar level (L4, L5 ...)", count(r.both(r.MRI, r.LUMBAR))),
    ("How many chiropractic requests did IMR uphold?", "count",
     "upheld items whose request says chiro... (chiropractic, chiropractor, chirophysio, chiro) or manipulation",
     count(r.both(r.CHIROPRACTIC, upheld))),
    ("How many physical therapy requests went to IMR?", "count",
     "items whose request says physical therapy or hand therapy (post-operative and associated-surgical PT included; "
     "'Physical exam 2 times 8' not)", count(r.PHYSICAL_THERAPY)),
    ("How many nerve studies (EMG, NCS or NCV) were disputed?", "count",
     "items whose request names EMG, NCS, NCV, nerve conduction or electromyography", count(r.ELECTRODIAGNOSTIC)),
    ("How many medication requests were reviewed?", "count",
     "items whose request names a drug (Viagra, baclofen, cyclobenzaprine, Tabradol, diclofenac, Voltaren, lidocaine, "
     "naproxen, ibuprofen, Motrin, celecoxib, meloxicam, pantoprazole, Deprizine, Fanatrex, Dicopanol, nortriptyline, "
     "Norco, tramadol, and the dextromethorphan/flurbiprofen compounds)", count(r.MEDICATION)),
    ("In how many items did the IMR reviewer cite no medical evidence at all?", "count",
     "items whose MAXIMUS guideline line says the reviewer did not cite any medical evidence", count(r.cites_nothing)),
    ("How often did the claims administrator's UR cite no medical evidence for its decision?", "count",
     "items whose claims administrator guideline line says it did not cite any medical evidence",
     count(lambda i: bool(r.NO_EVIDENCE.search(i.ca_guideline)))),
    ("How many IMR decisions cite the Official Disability Guidelines?", "count",
     "items whose MAXIMUS guideline line has a non-MTUS citation naming ODG or Official Disability Guidelines",
     count(r.cites_odg)),
    ("How many IMR decisions name ACOEM outside the MTUS?", "count",
     "items whose MAXIMUS non-MTUS citation names ACOEM (MTUS's own ACOEM-based chapters not counted)",
     count(r.cites_acoem)),
    ("How many IMR decisions relied on a source other than MTUS, ODG and ACOEM?", "count",
     "items whose MAXIMUS non-MTUS citation names another source (UpToDate, a web page)", count(r.cites_other)),
    ("How many disputed items were the remainder of a request UR had partly authorized?", "count",
     "items whose request says '... was the original request' (UR authorized part, the rest went to IMR)",
     count(r.MODIFIED)),
    ("How many items cite the MTUS Acupuncture Treatment guidelines?", "count",
     "items whose MAXIMUS line cites the MTUS chapter Acupuncture Treatment 2007",
     count(lambda i: "Acupuncture Treatment 2007" in r.chapters(i))),
    ("How many knee-related requests were there?", "count",
     "items whose request mentions the knee", count(r.KNEE)),
    ("How many letters were decided in February 2017?", "per_letter",
     "letters whose decision date falls in 2017-02", letter_count(lambda i: i.month == "2017-02")),
    ("How many letters were reviewed by an orthopedic surgeon?", "per_letter",
     "letters whose reviewer certifications include Orthopedic Surgery",
     letter_count(lambda i: "Orthopedic Surgery" in i.specialties)),
    ("How many letters were standard (not expedited) reviews?", "per_letter",
     "letters whose priority is Standard", letter_count(lambda i: i.priority == "Standard")),
    # ---- shares and base rates
    ("What share of all disputed items were overturned?", "share",
     f"overturned items / all items; {OVERTURN}", rate(lambda i: True)),
    ("What fraction of the letters concern a female injured worker?", "share",
     "letters whose patient is female / all letters (CM16-0249170 counted female: its summary says so; "
     "the reference parse has no sex for it)", letter_rate(lambda i: i.sex == "female")),
    ("What share of letters were expedited reviews?", "base_rate",
     "letters whose priority is Expedited / all letters", letter_rate(lambda i: i.priority == "Expedited")),
    ("What share of medication requests were upheld?", "base_rate",
     "upheld medication items / medication items (drug names as in the medication count)",
     rate(r.MEDICATION, upheld)),
    ("What fraction of disputed items were imaging studies?", "share",
     "items whose request names an MRI, MR arthrogram, CT or x-ray / all items", rate(lambda i: True, r.IMAGING)),
    ("What share of IMR decisions rest on MTUS alone, with no other source cited?", "share",
     "items whose MAXIMUS line cites MTUS and has no non-MTUS citation / all items",
     rate(lambda i: True, lambda i: r.cites_mtus(i) and not r.non_mtus_part(i))),
    ("Of the physical therapy denials, what share cite the MTUS section 'Physical medicine treatment'?", "share",
     "upheld physical therapy items whose MAXIMUS line cites Chronic Pain Medical Treatment: Physical medicine "
     "treatment / upheld physical therapy items",
     rate(r.both(r.PHYSICAL_THERAPY, upheld),
          lambda i: "Chronic Pain Medical Treatment 2016: Physical medicine treatment" in r.sections(i))),
    ("How often are lumbar MRI requests approved at IMR?", "base_rate",
     f"overturned / all lumbar spine MRI items (as in the lumbar MRI count); {OVERTURN}",
     rate(r.both(r.MRI, r.LUMBAR))),
    ("What is the overturn rate for acupuncture?", "base_rate",
     "overturned / all items whose request says acupuncture", rate(r.ACUPUNCTURE)),
    ("How often is physical therapy upheld?", "base_rate",
     "upheld / all physical therapy items (as in the physical therapy count)", rate(r.PHYSICAL_THERAPY, upheld)),
    ("What is the approval rate for EMG and nerve conduction studies?", "base_rate",
     f"overturned / all EMG, NCS or NCV items; {OVERTURN}", rate(r.ELECTRODIAGNOSTIC)),
    ("How often are oral NSAIDs approved?", "base_rate",
     "overturned / items naming naproxen, ibuprofen, Motrin, diclofenac, Voltaren, celecoxib or meloxicam "
     "(the flurbiprofen compound cream not counted)", rate(r.NSAID)),
    ("How often were chiropractic requests overturned?", "base_rate",
     "overturned / all chiropractic or manipulation items", rate(r.CHIROPRACTIC)),
    ("What share of epidural steroid injection requests were approved?", "base_rate",
     f"overturned / items whose request says epidural; {OVERTURN}", rate(r.EPIDURAL)),
    ("What is the approval rate for imaging overall?", "base_rate",
     "overturned / items naming an MRI, MR arthrogram, CT or x-ray", rate(r.IMAGING)),
    # ---- most often, top N
    ("Which guideline do IMR reviewers cite most often when they deny a muscle relaxant?", "top",
     "over upheld baclofen, cyclobenzaprine and Tabradol items, the source most often in the MAXIMUS line "
     "(each MTUS chapter, ODG, ACOEM, other counted once per item)", top(sources, r.both(r.MUSCLE_RELAXANT, upheld))),
    ("Which MTUS section is cited most for muscle relaxant denials?", "top",
     "over upheld baclofen, cyclobenzaprine and Tabradol items, the (chapter: section) most often in the MAXIMUS line",
     top(r.sections, r.both(r.MUSCLE_RELAXANT, upheld))),
    ("What are the three MTUS sections IMR reviewers cite most often?", "top",
     "over all items, the (chapter: section) pairs of the MAXIMUS line, counted once per item; top 3, ties by name",
     top(r.sections, n=3)),
    ("What are the three most disputed kinds of treatment?", "top",
     "items per kind, an item counted in every kind it matches: MRI, medication, physical therapy, chiropractic, "
     "electrodiagnostic, acupuncture, CT, x-ray, epidural injection, TENS, arthroscopy; top 3",
     top(lambda i: [k for k, rule in KINDS.items() if rule(i)], n=3)),
    ("Which body regions come up most often in the disputed requests? Give the top three.", "top",
     "items per region named in the request (lumbar = lumbar, lumbosacral, low back or an L level; neck = cervical "
     "or neck; plain 'back' not counted), an item counted in each region it names; top 3",
     top(lambda i: [name for name, rule in r.REGIONS.items() if rule(i)], n=3)),
    ("Which reviewer specialties appear on the most letters? Top three.", "top",
     "letters per certification listed for the reviewer (wrapped names completed: 'Occupational' = Occupational "
     "Medicine); top 3, ties by name", top_specialty),
    ("Which MTUS chapter is cited most often in imaging denials?", "top",
     "over upheld MRI, MR arthrogram, CT and x-ray items, the MTUS chapter most often in the MAXIMUS line",
     top(r.chapters, r.both(r.IMAGING, upheld))),
    ("Which two ODG chapters do IMR reviewers cite most often?", "top",
     "over items whose MAXIMUS non-MTUS citation names ODG, the chapters the citation names (Low Back, Neck and "
     "Upper Back, Pain, Head, Shoulder, Knee, Hip & Pelvis, Elbow, Forearm/Wrist/Hand, Preface), once per item; top 2",
     top(r.odg_chapters, n=2)),
    ("Which letters have the most disputed items?", "top",
     "letters with the largest number of items, with that number", most_items),
    ("In which month were the most letters decided?", "top",
     "the decision month (YYYY-MM) with the most letters", lambda items: (
         {"label": max(sorted({i.month for i in items}),
                       key=lambda m: len({i.case for i in items if i.month == m}))}, [])),
    # ---- per letter
    ("How many letters had at least one item overturned?", "per_letter",
     "letters with one or more overturned items", letters_where(any_of(lambda i: i.overturned), lambda i: i.overturned)),
    ("How many letters had every item upheld?", "per_letter",
     "letters whose items are all upheld", letters_where(lambda ls: all(upheld(i) for i in ls))),
    ("How many letters had both upheld and overturned items?", "per_letter",
     "letters with at least one upheld and at least one overturned item",
     letters_where(lambda ls: any(i.overturned for i in ls) and any(upheld(i) for i in ls))),
    ("How many letters had every item overturned?", "per_letter",
     "letters whose items are all overturned", letters_where(lambda ls: all(i.overturned for i in ls))),
    ("How many letters decided more than one item?", "per_letter",
     "letters with two or more disputed items", letters_where(lambda ls: len(ls) > 1)),
    ("On average, how many disputed items does a letter decide?", "per_letter",
     "items / letters, rounded to 3 decimals", per_letter_mean),
    ("How many letters include at least one MRI request?", "per_letter",
     "letters with an item naming an MRI or MR arthrogram", letters_where(any_of(r.MRI), r.MRI)),
    ("How many letters dispute at least one medication?", "per_letter",
     "letters with a medication item (drug names as in the medication count)",
     letters_where(any_of(r.MEDICATION), r.MEDICATION)),
    # ---- comparisons
    ("Knee vs shoulder MRI: which gets approved more often?", "compare",
     f"overturned / all, for MRI items naming the knee and for MRI or MR arthrogram items naming the shoulder; {OVERTURN}",
     compare({"knee MRI": r.both(r.MRI, r.KNEE), "shoulder MRI": r.both(r.MRI, r.SHOULDER)})),
    ("Compare the approval rates of cervical and lumbar MRIs.", "compare",
     "overturned / all, for MRI items naming the cervical spine or neck, and the lumbar spine (as in the lumbar count)",
     compare({"cervical MRI": r.both(r.MRI, r.CERVICAL), "lumbar MRI": r.both(r.MRI, r.LUMBAR)})),
    ("How do acupuncture, chiropractic and physical therapy compare on approval?", "compare",
     "overturned / all, per treatment (rules as in their counts)",
     compare({"acupuncture": r.ACUPUNCTURE, "chiropractic": r.CHIROPRACTIC, "physical therapy": r.PHYSICAL_THERAPY})),
    ("Are women's or men's requests overturned more often?", "compare",
     "overturned / all items, by the patient's sex (CM16-0249170 female, as its summary says)",
     compare({"female": lambda i: i.sex == "female", "male": lambda i: i.sex == "male"})),
    ("Do Family Practice reviewers overturn more often than Occupational Medicine reviewers?", "compare",
     "overturned / all items, for items of letters whose reviewer lists Family Practice, and Occupational Medicine "
     "(a reviewer listing both counts in both)",
     compare({"Family Practice": lambda i: "Family Practice" in i.specialties,
              "Occupational Medicine": lambda i: "Occupational Medicine" in i.specialties})),
    ("Medications vs imaging: which is approved more often?", "compare",
     "overturned / all, for medication items and for MRI, MR arthrogram, CT or x-ray items",
     compare({"medication": r.MEDICATION, "imaging": r.IMAGING})),
    ("Are decisions that cite ODG overturned more often than those resting on MTUS alone?", "compare",
     "overturned / all, for items whose MAXIMUS line cites ODG, and for items citing MTUS with no non-MTUS source",
     compare({"cites ODG": r.cites_odg, "MTUS only": lambda i: r.cites_mtus(i) and not r.non_mtus_part(i)})),
    ("Are younger workers' requests approved more often? Under 40 vs 40 and over.", "compare",
     "overturned / all items, for patients under 40 and 40 or older (the letter with no age left out)",
     compare({"under 40": lambda i: i.age is not None and i.age < 40,
              "40 and over": lambda i: i.age is not None and i.age >= 40})),
    # ---- trends
    ("How many disputed items were decided each month?", "trend",
     "items per decision month (YYYY-MM)", monthly()),
    ("How did the number of denials change month by month?", "trend",
     "upheld items per decision month", monthly(upheld)),
    ("What was the overturn rate in each month?", "trend",
     "overturned / all items per decision month, rounded to 3 decimals", monthly(num=lambda i: i.overturned)),
    ("How many letters were decided per month?", "trend",
     "letters per decision month", monthly(per_letter=True)),
    ("How many MRI requests were decided each month?", "trend",
     "items naming an MRI or MR arthrogram per decision month", monthly(r.MRI)),
]

KINDS = {
    "MRI": r.MRI, "medication": r.MEDICATION, "physical therapy": r.PHYSICAL_THERAPY, "chiropractic": r.CHIROPRACTIC,
    "electrodiagnostic": r.ELECTRODIAGNOSTIC, "acupuncture": r.ACUPUNCTURE, "CT": r.CT, "x-ray": r.XRAY,
    "epidural injection": r.EPIDURAL, "TENS": r.TENS, "arthroscopy": r.ARTHROSCOPY,
}


def build(items: list[RefItem]) -> list[CollectionQuestion]:
    out = []
    for n, (question, shape, rule, compute) in enumerate(SPECS + USER_SPECS, 1):
        answer, behind = compute(items)
        out.append(CollectionQuestion(id=f"col-{n:03d}", question=question, shape=shape, rule=rule, answer=answer,
                                      items=[i.key for i in behind]))
    return out


def render(questions: list[CollectionQuestion]) -> str:
    return "".join(json.dumps(msgspec.to_builtins(q), ensure_ascii=False) + "\n" for q in questions)


def main() -> None:
    questions = build(r.load())
    OUT.write_text(render(questions), encoding="utf-8")
    print(f"wrote {len(questions)} questions to {OUT}")


if __name__ == "__main__":
    main()
