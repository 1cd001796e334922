"""The drug table: generic and brand names by class, and how to find them in text.

`DRUGS` is read from one line per class ("class: generic = Brand, Brand; generic = Brand"); a
generic's first word (before "/") names it in text. `DRUG_RE` finds any name (plural or joined to
its release form: "Norcos", "EC-Naprosyn", "Voltaren-XR") and `drug_name` says which drug it is and
whether it is a brand; `drug_names_lower` does the same in lowercased text, faster (for
expand_terms over every chunk). indexer.taxonomy, indexer.vocabulary and indexer.treatments read
this table; none keeps a copy.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "class: generic = Brand, Brand; generic = Brand". A generic's first word (before "/") names it in text.
_DRUGS = """
opioid: hydrocodone/acetaminophen = Norco, Vicodin, Lortab, Lorcet, Xodol, Verdrocet, Hysingla, Zohydro, Anexsia
opioid: oxycodone = OxyContin, Percocet, Roxicodone, Endocet, Xtampza, Roxicet, Oxaydo, Xartemis, Oxy IR
opioid: tramadol = Ultram, Ultracet, Conzip, Qdolo, Synapryn, Ryzolt, Rybix; tapentadol = Nucynta
opioid: morphine = MS Contin, Kadian, Avinza, Embeda; hydromorphone = Dilaudid, Exalgo; oxymorphone = Opana
opioid: fentanyl = Duragesic, Fentora, Actiq; buprenorphine = Butrans, Suboxone, Subutex, Belbuca, Zubsolv
opioid: methadone = Dolophine, Methadose
opioid: codeine = Tylenol #3, Tylenol 3, Tylenol #4, Tylenol with codeine; meperidine = Demerol
muscle relaxant: cyclobenzaprine = Flexeril, Fexmid, Amrix, Tabradol; carisoprodol = Soma
muscle relaxant: methocarbamol = Robaxin; tizanidine = Zanaflex; metaxalone = Skelaxin, Metaxall
muscle relaxant: baclofen = Lioresal, Ozobax, Gablofen, Lyvispah, Fleqsuvy
muscle relaxant: orphenadrine = Norflex; chlorzoxazone = Parafon Forte, Lorzone
NSAID: naproxen = Naprosyn, Anaprox, Aleve, Naprelan, Vimovo; ibuprofen = Motrin, Advil, Caldolor, Duexis
NSAID: diclofenac = Voltaren, Cataflam, Cambia, Zorvolex, Arthrotec, Zipsor, Lofena, Dyloject
NSAID: celecoxib = Celebrex, Elyxyb; meloxicam = Mobic, Vivlodex, Qmiiz, Anjeso
NSAID: etodolac = Lodine; nabumetone = Relafen; ketorolac = Toradol, Sprix; indomethacin = Indocin, Tivorbex
NSAID: piroxicam = Feldene; oxaprozin = Daypro; fenoprofen = Nalfon, Fenortho; ketoprofen = Orudis
NSAID: flurbiprofen = Ansaid; diflunisal = Dolobid; salsalate = Disalcid
topical: lidocaine = Lidoderm, Lidopro, Xylocaine, Ztlido, Zingo; capsaicin = Zostrix, Qutenza, Capzasin
topical: methyl salicylate/menthol = Terocin, Bengay, Medrox, Dendracin, Biofreeze, Menthoderm, Salonpas, Icy Hot
topical: diclofenac epolamine = Flector, Pennsaid
PPI: omeprazole = Prilosec, Zegerid; pantoprazole = Protonix; esomeprazole = Nexium; lansoprazole = Prevacid
PPI: rabeprazole = Aciphex; dexlansoprazole = Dexilant
anticonvulsant: gabapentin = Neurontin, Gralise, Horizant, Fanatrex; pregabalin = Lyrica
anticonvulsant: topiramate = Topamax, Trokendi, Qudexy
anticonvulsant: carbamazepine = Tegretol; oxcarbazepine = Trileptal; lamotrigine = Lamictal
anticonvulsant: levetiracetam = Keppra
antidepressant: amitriptyline = Elavil; nortriptyline = Pamelor, Aventyl; venlafaxine = Effexor
antidepressant: duloxetine = Cymbalta, Irenka, Drizalma
antidepressant: sertraline = Zoloft; fluoxetine = Prozac; citalopram = Celexa; escitalopram = Lexapro
antidepressant: paroxetine = Paxil; bupropion = Wellbutrin; trazodone = Desyrel, Oleptro
antidepressant: mirtazapine = Remeron; milnacipran = Savella; desvenlafaxine = Pristiq
sleep aid: zolpidem = Ambien, Edluar, Intermezzo; eszopiclone = Lunesta; zaleplon = Sonata; suvorexant = Belsomra
sleep aid: ramelteon = Rozerem; diphenhydramine = Benadryl, Dicopanol; doxepin = Silenor
benzodiazepine: alprazolam = Xanax; lorazepam = Ativan; diazepam = Valium; clonazepam = Klonopin
benzodiazepine: temazepam = Restoril
other: acetaminophen = Tylenol; sildenafil = Viagra; tadalafil = Cialis; ranitidine = Zantac, Deprizine
other: famotidine = Pepcid; ondansetron = Zofran; docusate = Colace; sennosides = Senokot
other: linaclotide = Linzess; naloxegol = Movantik; lubiprostone = Amitiza; methylnaltrexone = Relistor
other: prednisone = Deltasone; methylprednisolone = Medrol; polyethylene glycol = MiraLax; bisacodyl = Dulcolax
other: modafinil = Provigil; armodafinil = Nuvigil; butalbital/acetaminophen/caffeine = Fioricet, Esgic
other: sumatriptan = Imitrex; naloxone = Narcan, Evzio; promethazine = Phenergan; hydroxyzine = Vistaril, Atarax
other: amino acid medical food = Theramine, Sentra, Trepadone, Gabadone, Percura
"""


class Drug(NamedTuple):
    category: str
    generic: str
    brands: tuple[str, ...]


DRUGS: tuple[Drug, ...] = tuple(
    Drug(f"medication: {head}", generic.strip(), tuple(b.strip() for b in brands.split(",")))
    for head, entries in (line.split(":", 1) for line in _DRUGS.strip().splitlines())
    for generic, brands in (entry.split("=") for entry in entries.split(";"))
)
# Brands that join the drug to one of another class in one pill: Vimovo is naproxen with
# esomeprazole, Duexis ibuprofen with famotidine, Arthrotec diclofenac with misoprostol. They read as
# their drug's class (indexer.taxonomy), but a request for the drug alone is no request for them
# (service.drugs.drug_names).
COMBINATIONS = frozenset({"vimovo", "duexis", "arthrotec"})
BRAND_GENERIC: tuple[tuple[str, str], ...] = tuple((brand, d.generic) for d in DRUGS for brand in d.brands)

# Drug name (lowercase) -> (drug, is_brand)
_DRUG_NAMES: dict[str, tuple[Drug, bool]] = {}
for _d in DRUGS:
    _DRUG_NAMES.setdefault(_d.generic.split("/")[0].split()[0].lower(), (_d, False))
    for _b in _d.brands:
        _DRUG_NAMES.setdefault(_b.lower(), (_d, True))


def alternation(names) -> str:
    """A regular-expression alternation of literal names, longest first."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# a name may be counted like a noun: "Norcos", "two Percocets" (drug_name reads it), and joined by a
# hyphen to its release form: "EC-Naprosyn", "Voltaren-XR"; never inside another hyphenated word
_BEFORE = r"(?:(?<![\w-])|(?<=\b(?:EC|DR)-))"
_AFTER = r"(?:(?![\w-])|(?=-(?:XR|ER|SR|CR|DS|LA|XL|IR|CD|ODT)\b))"
DRUG_RE = re.compile(rf"{_BEFORE}(?:{alternation(_DRUG_NAMES)})s?{_AFTER}", re.IGNORECASE)


def drug_name(found: str) -> tuple[Drug, bool]:
    """(drug, is_brand) of a name DRUG_RE found, plural or not."""
    low = found.lower()
    return _DRUG_NAMES.get(low) or _DRUG_NAMES[low[:-1]]


# (for speed the hyphen rules of _BEFORE and _AFTER are checked after a match: lookarounds with
# alternatives in front of the names cost `re` its literal prefix scan, 40% more per chunk)
_DRUG_LOWER = re.compile(rf"(?<!\w)(?:{alternation(n.lower() for n in _DRUG_NAMES)})s?(?!\w)")
_HYPHEN_BEFORE = re.compile(r"(?:^|[^\w-])(?:ec|dr)-$")
_HYPHEN_AFTER = re.compile(r"-(?:xr|er|sr|cr|ds|la|xl|ir|cd|odt)\b")

_WORDS_LOWER = re.compile(r"[a-z][a-z0-9]*")
# the first word of every name (with its "s" for a plural): a text with none of them names no drug,
# and a set lookup per word is cheaper than the alternation of every name
_FIRST_WORDS = frozenset(w for n in _DRUG_NAMES for w in (n.lower().split()[0], n.lower().split()[0] + "s"))


def drug_names_lower(lowered: str):
    """_DRUG_LOWER's matches that _BEFORE and _AFTER allow: no hyphen joins the name to a word,
    except a release form ("ec-naprosyn", "voltaren-xr")."""
    if _FIRST_WORDS.isdisjoint(_WORDS_LOWER.findall(lowered)):
        return
    for m in _DRUG_LOWER.finditer(lowered):
        start, end = m.span()
        if start and lowered[start - 1] == "-" and not _HYPHEN_BEFORE.search(lowered, max(0, start - 4), start):
            continue
        if end < len(lowered) and lowered[end] == "-" and not _HYPHEN_AFTER.match(lowered, end):
            continue
        yield m
