"""A kind of request asked the meaning of, and nothing else: "what's an MR arthrogram", "what is an EMG?",
"what does TENS stand for?".

No patient, case or outcome is asked, so no item is the answer (service.glossary answers the words of the
IMR process the same way). The answer is one line of what it is, where the project has a gloss for it
(DOMAIN.md's abbreviations; GLOSSES), else that it is a kind of request these letters decide; then how many
requests in the index decide it and how: those whose titles name it as asked ("MR arthrogram": the MR
arthrograms, not every MRI), else every request of its treatment set.
"""

from __future__ import annotations

import re

from indexer.drug_names import DRUG_RE, drug_name
from indexer.taxonomy import find_regions
from indexer.treatments import LABELS, find_treatments, members

# set id -> what it is, in one line (the abbreviations of ../shared/DOMAIN.md, in plain words)
GLOSSES: dict[str, str] = {
    "emg": "EMG is electromyography: a needle test of the electrical activity of muscles, for nerve or muscle damage.",
    "ncs": "NCS (or NCV) is a nerve conduction study: a test of how fast signals travel along a nerve.",
    "esi": "An ESI is an epidural steroid injection: a steroid injected into the epidural space of the spine, for "
           "pain that radiates from a nerve root.",
    "tens": "A TENS unit is a transcutaneous electrical nerve stimulation device: it sends a mild electrical current "
            "through the skin to ease pain.",
    "dme": "DME is durable medical equipment: equipment for repeated use at home, such as braces, TENS units or cold "
           "therapy units.",
    "urine_drug_screen": "A UDS is a urine drug screen: a urine test of the drugs a patient takes, part of opioid "
                         "monitoring.",
    "fce": "An FCE is a functional capacity evaluation: testing of the physical work a worker can do.",
    "functional_restoration": "An FRP is a functional restoration program: an interdisciplinary program of exercise, "
                              "psychological care and education for chronic pain.",
    "physical_therapy": "PT is physical therapy: treatment by exercise and hands-on care to restore movement and "
                        "function.",
    "occupational_therapy": "OT is occupational therapy: therapy that restores the use of the hands and arms in daily "
                            "and work tasks.",
    "prp": "PRP is platelet-rich plasma: an injection of the patient's own concentrated platelets into an injured "
           "tendon or joint.",
}
# words asked that a gloss of their own explains better than their set's ("MR arthrogram" is an MRI)
PHRASE_GLOSSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bMRI?\s+arthrogra\w*|\barthrogra\w*", re.IGNORECASE),
     "An MR arthrogram is an MRI of a joint taken after contrast dye is injected into it, to show tears of the "
     "labrum or cartilage."),
)

_LEAD = r"^\s*(?:so\s+|and\s+|ok(?:ay)?,?\s+|quick\s+one:?\s+)?"
_THING = r"(?:(?:an?|the)\s+)?(?P<x>[^?.!,;:]{1,40}?)"
_END = r"\s*[?.!]*\s*$"
_ASKS = (
    # "what's an MR arthrogram", "what is an EMG?", "what are TENS units?"
    re.compile(rf"{_LEAD}wh?at(?:'s|’s|s|\s+is|\s+are)\s+{_THING}{_END}", re.IGNORECASE),
    # "what does TENS stand for?", "what does FCE mean?"
    re.compile(rf"{_LEAD}wh?at\s+(?:does|do|is)\s+{_THING}\s+(?:mean|means|stand\s+for){_END}", re.IGNORECASE),
    # "define PRP", "meaning of FRP"
    re.compile(rf"{_LEAD}(?:define|(?:the\s+)?meaning\s+of|definition\s+of)\s+{_THING}{_END}", re.IGNORECASE),
)
# words beside the treatment's own that still name only the kind ("a TENS unit", "a nerve test", "a knee MRI")
_KIND_WORDS = {"unit", "units", "test", "tests", "testing", "study", "studies", "scan", "scans", "shot", "shots",
               "injection", "injections", "program", "programs", "machine", "device", "procedure", "exactly", "actually"}


def asked_kind(question: str) -> str:
    """The words of a kind of request whose meaning `question` asks, and nothing else ("what's an MR
    arthrogram": "MR arthrogram"); '' when it asks anything more (a patient, a case, an outcome)."""
    m = next((m for rx in _ASKS if (m := rx.match(question))), None)
    if not m:
        return ""
    said = m.group("x").strip()
    return said if _only_a_kind(said) else ""


def _only_a_kind(said: str) -> bool:
    """Whether `said` names a kind of request and nothing more: its treatment's words, body parts and _KIND_WORDS."""
    found = find_treatments(said)
    if not found:
        return False
    rest = said
    for _t, word in found:
        rest = rest.replace(word, " ")
    for _r, word in find_regions(rest):
        rest = rest.replace(word, " ")
    return all(w.lower() in _KIND_WORDS for w in rest.split())


def _narrowest(ids: list[str]) -> list[str]:
    return [t for t in ids if not any(o != t and o in members(t) for o in ids)]


def kind_meaning(engine, said: str) -> str:
    """What the kind `said` is (its gloss, else that it is a kind of request), and how many requests in the
    index decide it, by decision, with their letters when they are few."""
    ids = list(dict.fromkeys(t for t, _w in find_treatments(said)))
    sets = _narrowest(ids)
    gloss = next((g for rx, g in PHRASE_GLOSSES if rx.search(said)), None) or next(
        (GLOSSES[t] for t in sets if t in GLOSSES), None) or _brand_gloss(said, LABELS[sets[0]])
    label = LABELS[sets[0]]
    rows = engine.store.catalog.query(
        "SELECT i.case_number, i.title, i.decision, (SELECT group_concat(region, '|') FROM item_regions r WHERE r.item_id = i.id) "
        "FROM items i WHERE i.id IN (SELECT item_id FROM item_treatments "
        f"WHERE treatment IN ({','.join('?' * len(sets))})) ORDER BY i.case_number, i.item_index", sets)
    # ... of the body part said ("a knee MRI": the knee's)
    if regions := {r for r, _w in find_regions(said)}:
        rows = [r for r in rows if regions & set((r[3] or "").split("|"))]
        label = f"{' / '.join(sorted(regions))} {label}"
    # ... those that name it as asked, when some do ("MR arthrogram" of the MRIs)
    words = re.compile(rf"(?<![\w-]){re.escape(said)}(?![\w-])", re.IGNORECASE)
    named = [r for r in rows if words.search(r[1])]
    named_only = bool(named) and len(named) < len(rows)
    rows, of = (named, f'"{said}"') if named_only else (rows, label)
    first = gloss or f'"{said}" is a kind of request these letters decide ({label}).'
    if not rows:
        return f"{first} No request in the index is for it."
    letters = sorted({r[0] for r in rows})
    denied = sum(r[2] == "Upheld" for r in rows)
    approved = len(rows) - denied
    counts = ", ".join(part for part in (f"{approved} approved (overturned)" if approved else "",
                                         f"{denied} denied (upheld)" if denied else "") if part)
    where = f" ({', '.join(letters)})" if len(letters) <= 5 else ""
    n, k = len(rows), len(letters)
    what = (f"{n} request{'s' if n != 1 else ''} in {k} letter{'s' if k != 1 else ''}{where} "
            f"{'name' if n != 1 else 'names'} {of}" if named_only else
            f"{n} {label} request{'s' if n != 1 else ''} in {k} letter{'s' if k != 1 else ''}{where}")
    return f"{first} In the index, {what}: {counts}."


# a kind of request asked the meaning of beside another question: "what is Deprizine and why was it denied?", "what's
# a TENS unit, and did she get one?"
_BESIDE = re.compile(r"(?:^|[.?!;:]\s*|\s[-\u2013\u2014]+\s*)(?:so\s+|and\s+)?wh?at(?:'s|’s|\s+is|\s+are)\s+"
                     r"(?:(?:an?|the)\s+)?(?P<x>[^?.!,;:]{1,40}?)\s*(?:,\s*|\s+)(?:and|&)\s+(?=\w)", re.IGNORECASE)


def kind_beside(question: str) -> str:
    """The words of a kind of request whose meaning `question` asks beside another question, else ''."""
    m = _BESIDE.search(question)
    return said if m and _only_a_kind(said := m.group("x").strip()) else ""


# ... asked after the thing it names, or last after a dash: "the fanatrex, what is it?", "fanatrex - what is that?",
# "40 yo woman with the oral suspensions - what is fanatrex exactly?" (what it is is the answer, before the item)
_AFTER_IT = re.compile(r"^\s*(?:so\s+|and\s+)?(?:(?:an?|the)\s+)?(?P<x>[^?.!,;:\[\]]{1,40}?)\s*(?:[,:]|\s[-\u2013\u2014]+)\s*"
                       r"wh?at(?:'s|’s|s|\s+is)\s+(?:it|that|this)(?:\s+exactly)?\s*[?.!]*", re.IGNORECASE)
_ASKED_LAST = re.compile(r"\s[-\u2013\u2014]+\s*wh?at(?:'s|’s|s|\s+is)\s+(?:(?:an?|the)\s+)?(?P<x>[^?.!,;:\[\]]{1,40}?)"
                         r"\s*[?.!]*\s*(?:\[[^\]]*\]\s*)?$", re.IGNORECASE)


def kind_first(question: str) -> str:
    """The words of a kind of request whose meaning `question` asks after naming it, or last after a dash, else ''."""
    m = _AFTER_IT.match(question) or _ASKED_LAST.search(question)
    return said if m and _only_a_kind(said := m.group("x").strip()) else ""


def _brand_gloss(said: str, label: str) -> str | None:
    """'Fanatrex is a brand name of gabapentin (an anticonvulsant).' where `said` names one brand of the drug table
    (a drug of no class of its own: 'Deprizine is a brand name of ranitidine, one of the H2 blockers.', `label` the
    treatment set's)."""
    found = {drug_name(m.group(0)) for m in DRUG_RE.finditer(said)}
    if len(found) != 1 or not (only := next(iter(found)))[1]:
        return None
    drug, low = only[0], said.lower()
    brand = next(b for b in drug.brands if b.lower() in low)
    kind = drug.category.removeprefix("medication: ")
    of = f", one of the {label}" if kind == "other" else f" ({'an' if kind[0] in 'aeiou' else 'a'} {kind})"
    return f"{brand} is a brand name of {drug.generic}{of}."


def kind_gloss(said: str) -> str:
    """What the kind `said` is, in one line: its gloss, else the kind of request it is ('"Deprizine" is one of the
    H2 blockers these letters decide.')."""
    sets = _narrowest(list(dict.fromkeys(t for t, _w in find_treatments(said))))
    gloss = next((g for rx, g in PHRASE_GLOSSES if rx.search(said)), None) or next(
        (GLOSSES[t] for t in sets if t in GLOSSES), None) or _brand_gloss(said, LABELS[sets[0]])
    return gloss or f'"{said}" is one of the requests these letters file as {LABELS[sets[0]]}.'


__all__ = ["GLOSSES", "asked_kind", "kind_beside", "kind_first", "kind_gloss", "kind_meaning"]
