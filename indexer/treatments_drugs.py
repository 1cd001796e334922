"""The treatment sets of medications, built from indexer.drug_names's drug table (generic and
brand names), never copied: one set per drug for opioids and muscle relaxants (with a set for
each class), one per class for the rest, and "medication" for any. A class marked `oral` does
not match inside a topical preparation. Part of indexer.treatments's SETS, in this order.
"""

from __future__ import annotations

import re

from indexer.drug_names import DRUGS
from indexer.treatment_set import SHOT, TreatmentSet


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
# pills for nerve pain are gabapentin, pregabalin and their kin, not opioids; in letters about pain
# "the nerve medicine", "nerve pills" are those too ("pills for her nerves", anxiety's idiom, stays a
# benzodiazepine's)
_NERVE_PAIN_PILLS = r"(?:nerve|neuropathic)(?:\s+pain)?\s+(?:pills?|medications?|medicines?|meds|drugs?)"
_RELAXANTS = _per_drug("muscle relaxant")
_PILLS = r"(?:pills?|medications?|medicines?|meds?|drugs?|tablets?)"
# "pills for his depression", "something to help her sleep"
_FOR = r"(?:\s+(?:for|to\s+help(?:\s+(?:him|her|me|them))?(?:\s+with)?)\s+(?:(?:his|her|my|their|the)\s+)?)"
# a purpose asked of a letter's drugs: "which ones were for sleep", "anything for the stomach",
# "the one that was for her nerve pain" name the class the purpose is treated with
_WHAT = rf"(?:{_PILLS}|\b(?:ones?|anything|something)(?:\s+(?:that\s+)?(?:was|were|is|are))?)"
_INJECTED = r"(?:\s+\S+){0,3}\s+(?:inject\w*|infusion|blocks?)"

# a stomach or acid pill in lay words is any acid reducer: a proton pump inhibitor or an H2 blocker
# ("the liquid stomach medicine" of a letter whose request is Deprizine, ranitidine)
_STOMACH_PILLS = (r"(?:stomach|acid(?:\s+reflux)?|reflux|heartburn|ulcer|gastric)\s+(?:protect\w*\s+)?(?:pills?|medications?|"
                  r"medicines?|meds|drugs?|tablets?|protection)", r"(?:stomach|gastric)\s+protect\w*",
                  r"acid\s+(?:reducers?|blockers?)",
                  rf"{_WHAT}{_FOR}(?:stomach|acid(?:\s+reflux)?|reflux|heartburn|ulcers?|indigestion|dyspepsia|GI)\b")

MEDICATIONS: tuple[TreatmentSet, ...] = (
    # medications
    *_OPIOIDS,
    TreatmentSet("opioid", "Opioids (any)", (r"opioids?", r"opiates?", r"narcotics?", r"pain\s?killers?",
                 r"pain\s+pills?", r"narcotic\s+pain\s+(?:pills?|medications?)"), (_NERVE_PAIN_PILLS,),
                 tuple(s.id for s in _OPIOIDS)),
    *_RELAXANTS,
    TreatmentSet("muscle_relaxant", "Muscle relaxants (any)", (r"muscle\s+relax(?:ants?|ers?|ing\s+\w+)",
                 r"antispasmodics?", r"anti-?spasm\w*", rf"(?:muscle\s+)?spasms?\s+{_PILLS}",
                 rf"{_WHAT}{_FOR}(?:(?:muscle|back|neck)\s+)?spasms?"), (),
                 tuple(s.id for s in _RELAXANTS), oral=True),
    TreatmentSet("nsaid", "NSAIDs", (*_drugs(category="NSAID"), r"NSAIDs?", r"non-?steroidal\s+anti-?inflammator\w*",
                 r"anti[-\s]?inflammator\w*", r"COX-?2\s+inhibitors?", rf"(?:swelling|inflammation)\s+{_PILLS}",
                 rf"{_WHAT}{_FOR}(?:swelling|inflammation)"), oral=True),
    TreatmentSet("topical", "Topical analgesics and compounds", (*_drugs(category="topical"), r"topicals?",
                 r"compound\w*", r"creams?", r"gels?", r"ointments?", r"lotions?",
                 # (a share of relief is no strength: "only 10% better after PT", "50% relief")
                 r"\d+(?:\.\d+)?\s*%(?!\s*(?:better|worse|improv\w*|relief|reduction|decrease|increase|of\s+the\s+time)\b)",
                 r"(?:pain|muscle|sports|analgesic|arthritis|menthol|numbing)\s+rubs?", r"balms?", r"salves?",
                 r"liniments?", r"patch(?:es)?"),
                 (rf"(?:lidocaine|xylocaine){_INJECTED}", r"with\s+(?:lidocaine|xylocaine)",
                  rf"(?:{_OPIOID_NAMES}|nicotine|nitro\w*|estr\w*|hormone|testosterone|scopolamine|eye)"
                  r"(?:\s+(?!and\b|or\b|plus\b)[^\s,;]+){0,3}?\s+patch(?:es)?",
                  rf"(?:pain\s+)?patch(?:es)?\s+(?:with|of|containing)\s+(?:{_OPIOID_NAMES})",
                  r"patch\s+tests?", r"electrodes?\s+(?:patch(?:es)?|pads?|gels?)", rf"gels?\s+{SHOT}",
                  # a compounded drug to swallow: "the compounded gabapentin liquid"
                  r"compound\w*(?:\s+(?!and\b|or\b)[^\s,;]+){0,3}?\s+(?:liquids?|suspensions?|syrups?|elixirs?)\b")),
    TreatmentSet("ppi", "Proton pump inhibitors", (*_drugs(category="PPI"), r"PPIs?", r"proton\s+pump\s+inhibitors?",
                 *_STOMACH_PILLS)),
    TreatmentSet("h2_blocker", "H2 blockers", (*_drugs("ranitidine", "famotidine"),
                 r"H2\s+(?:blockers?|antagonists?)", *_STOMACH_PILLS)),
    TreatmentSet("anticonvulsant", "Anticonvulsants (gabapentin, pregabalin, ...)", (*_drugs(category="anticonvulsant"),
                 r"anti-?convulsants?", r"anti-?epilep\w*", r"(?-i:AEDs?)", r"gabapentinoids?", _NERVE_PAIN_PILLS,
                 rf"{_WHAT}{_FOR}(?:nerve|neuropathic)\s+pain"),
                 oral=True),
    TreatmentSet("antidepressant", "Antidepressants", (*_drugs(category="antidepressant"), r"anti-?\s?depressants?",
                 r"(?-i:SSRIs?|SNRIs?|TCAs?)", r"tricyclics?", rf"(?:depression|mood)\s+{_PILLS}",
                 rf"{_WHAT}{_FOR}(?:depression|mood)"), oral=True),
    # ... trazodone too: an antidepressant given at bedtime for sleep, which reviewers judge under
    # ODG's insomnia treatment ("her sleeping pill" of a letter whose request is trazodone 50mg)
    TreatmentSet("sleep_aid", "Sleep aids", (*_drugs(category="sleep aid"), *_drugs("trazodone"), r"sleep\s+aids?",
                 r"sleep(?:ing)?\s+(?:pills?|medicines?|medications?|meds?|tablets?|drugs?|syrups?|liquids?)", r"hypnotics?", r"melatonin",
                 rf"insomnia\s+{_PILLS}", rf"{_WHAT}{_FOR}(?:sleep\w*|insomnia)")),
    TreatmentSet("benzodiazepine", "Benzodiazepines", (*_drugs(category="benzodiazepine"), r"benzodiazepines?",
                 r"benzos?", r"anxiolytics?",
                 r"(?:anti-?)?anxiety\s+(?:pills?|medications?|medicines?|meds|drugs?|tablets?)",
                 rf"{_WHAT}{_FOR}(?:anxiety|panic\s+attacks?|nerves)")),
    TreatmentSet("ed_drug", "Erectile dysfunction drugs", (*_drugs("sildenafil", "tadalafil"),
                 r"erectile\s+dysfunction\s+(?:medications?|drugs?)", r"PDE-?5\s+inhibitors?",
                 # slang: "the little blue pill", "his ED meds"
                 r"(?:little\s+)?blue\s+pills?", r"(?:ED|erection|erectile)\s+(?:pills?|meds|medications?|medicines?|drugs?)")),
    TreatmentSet("oral_steroid", "Oral steroids", (*_drugs("prednisone", "methylprednisolone"), r"oral\s+steroids?",
                 r"steroid\s+(?:taper|dose\s*pa?c?k)"),
                 (rf"(?:methylprednisolone|prednisone|medrol){_INJECTED}", r"depo-?medrol")),
    TreatmentSet("laxative", "Laxatives and opioid-induced constipation drugs", (*_drugs("docusate", "sennosides",
                 "linaclotide", "naloxegol", "lubiprostone", "methylnaltrexone", "polyethylene glycol", "bisacodyl"),
                 r"laxatives?",
                 r"stool\s+softeners?", r"senna",
                 rf"constipation\s+{_PILLS}", rf"{_WHAT}{_FOR}constipation")),
    TreatmentSet("antiemetic", "Anti-nausea drugs", (*_drugs("ondansetron", "promethazine"), r"anti-?\s?emetics?",
                 r"anti-?\s?nausea(?:\s+(?:pills?|medications?|medicines?|meds|drugs?|tablets?))?",
                 rf"(?:nausea|vomiting)\s+{_PILLS}", rf"{_WHAT}{_FOR}(?:nausea|vomiting|throwing\s+up)")),
    TreatmentSet("medical_food", "Medical foods", (*_drugs("amino acid medical food"), r"medical\s+foods?")),
    # any medication: "which medications were approved?"
    TreatmentSet("medication", "Medications (any)", (r"medications?", r"meds", r"drugs?", r"prescriptions?",
                 r"pills?", r"medicines?", r"(?:oral\s+)?suspensions?", r"syrups?", r"elixirs?", r"oral\s+solutions?",
                 r"liquids"),  # "which of his requests were liquids?": the drugs taken as a liquid
                 (r"drug\s+(?:screen|test)\w*", r"urine\s+drug"),
                 ("opioid", "muscle_relaxant", "nsaid", "topical", "ppi", "h2_blocker", "anticonvulsant",
                  "antidepressant", "sleep_aid", "benzodiazepine", "ed_drug", "oral_steroid", "laxative",
                  "antiemetic", "medical_food")),
)  # fmt: skip
