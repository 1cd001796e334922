"""Gather: what a planned question needs from the index.

- `scope` (service.scope): every item of the treatment (and body region) asked
  about, from the catalog's treatment sets, with its decision and reason codes: the population a
  pattern, a list or a count is about, and the base rate an answer states ("0 of 12 lumbar MRIs
  were approved").
- `missing`: the kinds of "not found": an unknown case number (with the nearest known one), a case
  that has no request for the treatment asked about, a treatment no letter has, filters that
  exclude everything.
"""

from __future__ import annotations

import functools
import re

from indexer.treatments import GROUPS, LABELS, find_treatments, members, own_words
from indexer.vocabulary import lay_term
from service.drugs import drug_names, unsetted_mentions
from service.engine import Engine
from service.forms import asked_form, drugs_before_form, same_form
from service.filters import item_condition
from service.outcomes import WORD
from service.scope import asked_sets, scope_exists
from service.story import told_before
from service.topic import asked_treatment, names_treatment
from service.asking import asking_span
from service.reason_asked import reason_clauses
from service.understand import Query
from service.unnamed import named_not_requested


def with_kind_words(query: Query, word: str) -> str:
    """`word` (what absent_named found missing) with the other words of its kind that the question names, when the kind is
    one treatment set (not a group): "walker or wheelchair" of "a walker or a wheelchair for anybody?" (find_treatments
    gives one word per set)."""
    kinds = [t for t, w in zip(query.treatments, query.treatment_words) if w == word and t not in GROUPS]
    said = [word]
    for kind in kinds[:1]:
        said += [w for _at, w in own_words(query.text, kind) if not any(w.lower() in s.lower() for s in said)]
    return " or ".join(said)


def absent_named(engine: Engine, query: Query, filters: dict[str, object]) -> str:
    """The words of the first treatment the question names that no item in the index has, or ''.

    The first specific set named is the head of the phrase ("radiofrequency ablation of the lumbar
    facets" asks about RFA, not facet blocks); a drug named by name must be the drug the request
    names ("Lyrica" is not any anticonvulsant)."""
    sets = asked_sets(query)
    if sets:
        first = sets[0]
        where, params = item_condition({k: v for k, v in filters.items() if k not in ("decision", "case_number")})
        if not any(_has_items(engine, s, where, params) for s in _read_alike(query, sets)) and not (
                query.person.described and _listed_with_held(engine, query, sets, where, params)):
            return next((w for t, w in zip(query.treatments, query.treatment_words) if t == first), LABELS.get(first, first))
        if first in GROUPS and first != "medication" and first not in members("medication"):
            # a thing a group's own words name ("a shower chair", "grab bars": equipment) by a word no
            # letter uses: none of the group's items (a sit-stand workstation, a TENS unit) is that thing.
            # A drug class in lay words ("muscle relaxer", "pain pills") is the class, its drugs its items
            said = next((w for t, w in zip(query.treatments, query.treatment_words) if t == first), "")
            if _unheard(engine, said):
                return said
        if said := _kind_unrequested(engine, query, sets, where, params):
            return said
    drugs = [word for word in query.treatment_words if drug_names(word)]
    # a drug said before its form is the drug asked about, whatever set its form reads as
    # ("a ketoprofen cream" is read as some topical; no request names ketoprofen)
    drugs += [w for w in drugs_before_form(query.text) if w.lower() not in {d.lower() for d in drugs}]
    # a drug named by name, when the question names nothing else: "Lyrica" (a switch "from
    # omeprazole to another acid pill" names another treatment too, and asks about that one); the
    # words right after the drug's name are its form ("a Toradol shot for my back": the shot is
    # the Toradol, not any injection)
    forms = [w for w in query.treatment_words if w not in drugs and _drug_form(query.text, drugs, w)]
    if drugs and all(w in drugs or w in forms for w in query.treatment_words):
        # in the form asked: no Lidoderm patch was requested where a lidocaine ointment was (service.forms)
        form = asked_form(query.text, tuple(drugs))
        if not any(_names_in_requests(engine, drug_names(word)) for word in drugs):
            return " / ".join(drugs)
        if not query.person.described and not query.case_numbers and (
                brands := [word for word in drugs if unprinted_brand(engine, word)]) and len(brands) == len(drugs):
            # a brand no letter prints, of a drug requested only by another brand: "Gralise" is not the Fanatrex
            # suspension (both gabapentin); asked of no one, no letter has it (a patient's own word for their drug
            # is theirs: "my motrin"; a brand a letter prints beside the request's is that drug: "Gabapentin
            # (Neurontin)")
            return " / ".join(brands)
        if form and not any(_names_in_requests(engine, drug_names(word), form) for word in drugs):
            # (the form as said: "Voltaren gel", not "Voltaren cream")
            return f"{' / '.join(drugs)} {form}" if not forms else " ".join(dict.fromkeys([*drugs, *forms]))
    if not drugs and (named := _named_in_its_class(query)):
        if not any(_names_in_requests(engine, drug_names(word)) for word in named):
            return " / ".join(named)
    return ""


# things asked side by side: "percocet + the lidocaine", "the percocet or the flexeril", "norco, soma and the cream"
_LISTED = r"\s*(?:\+|&|,|/|\band\b|\bor\b|\bplus\b)\s*(?:(?:the|a|an|his|her|their|my)\s+)?"


def unprinted_brand(engine: Engine, word: str) -> bool:
    """Whether `word` is a drug's brand (not its generic) that no letter prints and no request names by it or its
    generic: "Gralise", when the one gabapentin request is titled "Fanatrex"."""
    names = drug_names(word)
    if not names or word.lower() == names[0].lower() or _names_in_requests(engine, (word, names[0])):
        return False
    return not engine.store.catalog.query("SELECT 1 FROM chunks WHERE lower(text) GLOB ? LIMIT 1", [f"*{word.lower()}*"])


def _listed_with_held(engine: Engine, query: Query, sets: tuple[str, ...], where: str, params: list) -> bool:
    """Whether the first thing asked of the patient described is one of several listed side by side, another of them a
    kind some letter has: "percocet + the lidocaine for the 33 yo guy?" asks of his lidocaine too (his letter's lack of
    Percocet said beside it), not only of the Percocet no letter has."""
    first = next((w for t, w in zip(query.treatments, query.treatment_words) if t == sets[0]), "")
    others = [w for t, w in zip(query.treatments, query.treatment_words) if w.lower() != first.lower() and t not in GROUPS
              and _has_items(engine, t, where, params)]
    return bool(first) and any(re.search(rf"(?<!\w){re.escape(a)}{_LISTED}{re.escape(b)}(?!\w)", query.text, re.IGNORECASE)
                               for o in others for a, b in ((first, o), (o, first)))


# a drug named as an example of its class: "anti-inflammatories like Mobic" asks about the class
_EXAMPLE = re.compile(r"\b(?:like|such\s+as|e\.?g\.?|including|say|or|and|other)\s*[(,]?\s*$", re.IGNORECASE)


def _named_in_its_class(query: Query) -> list[str]:
    """The drugs a question names by name, when its class is the only other treatment it names: "the
    sleeping pills - has IMR ever approved Ambien (zolpidem)?" asks about Ambien (the class words come
    first and stand for the set), not about any sleep aid; none, when a drug is the class's example
    ("sleeping pills like Ambien") or the question names something else too."""
    named = [(word, at) for word, at in unsetted_mentions(query.text)]
    if not named or any(_EXAMPLE.search(query.text[:at]) for _, at in named):
        return []
    drug_sets = {s for word, _ in named for s, _ in find_treatments(word)}
    if not all({s for s, _ in find_treatments(words)} <= drug_sets for words in query.treatment_words):
        return []
    return list(dict.fromkeys(word for word, _ in named))


def _read_alike(query: Query, sets: tuple[str, ...]) -> set[str]:
    """The first set asked and the others its own words are read as: a person's "nerve burning
    procedure" is a radiofrequency ablation or a neurolytic injection, and a letter with either has it."""
    for words in query.treatment_words:
        read = find_treatments(words)
        if (sets[0], words) in read:  # the same words, not a word of them ("implant" of "cochlear implant")
            return {sets[0], *(s for s in sets if (s, words) in read and s not in GROUPS)}
    return {sets[0]}


# devices and procedures that share a treatment set with others but are a thing of their own: a
# sling is no shoulder brace, a cervical collar no back brace, a medial branch block no facet joint
# injection, a wheelchair no cane. Each: what the question says, and the words a request for it uses.
_KINDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(rf"\b(?:{said})\b", re.IGNORECASE), requested) for said, requested in (
        (r"(?:arm\s+|shoulder\s+)?slings?", ("sling",)),
        (r"(?:cervical\s+|neck\s+|soft\s+|hard\s+)?collars?(?!\s?bones?)", ("collar",)),
        (r"medial\s+branch(?:\s+nerve)?\s+blocks?|(?-i:MBBs?)", ("medial branch", "MBB")),
        (r"(?:power\s+)?wheel\s?chairs?|power\s+chairs?", ("wheelchair", "wheel chair", "power chair")),
        (r"crutch(?:es)?", ("crutch",)),
        (r"(?:rolling\s+|front[-\s]wheeled\s+)?walkers?|rollators?", ("walker", "rollator")),
        (r"canes?", ("cane",)),
        (r"corsets?", ("corset",)),
        # aids to daily living: a reacher is no brace, a raised toilet seat no workstation
        (r"reachers?|grabbers?|reach(?:ing)?\s+(?:aids?|tools?|extenders?)", ("reacher", "grabber", "reaching")),
        (r"(?:raised\s+|elevated\s+|high\s+)?toilet(?:\s+seats?)?|commodes?", ("toilet", "commode")),
        (r"grab\s+bars?", ("grab bar",)),
        # a bone density scan is no MRI or CT of a body part
        (r"(?-i:DEXA|DXA)(?:\s+scans?)?|bone\s+densit(?:y|ometry)(?:\s+scans?|\s+tests?)?", ("DEXA", "DXA", "density")),
    ))


def _has_items(engine: Engine, treatment: str, where: str, params: list) -> bool:
    """Whether an item of the treatment set matches the item condition (service.scope.scope_exists)."""
    return bool(engine.store.catalog.query(
        f"SELECT 1 FROM item_treatments t CROSS JOIN items i ON i.id = t.item_id WHERE t.treatment = ? AND {where} "
        "LIMIT 1", [treatment, *params]))


def _kind_unrequested(engine: Engine, query: Query, sets: tuple[str, ...], where: str, params: list) -> str:
    """The words of a device or procedure of its own kind (`_KINDS`) that the question asks about
    and no request in the index names, or '': "arm sling after a shoulder injury - approved?" is
    not answered with a shoulder brace's denial, nor "a medial branch block" with a facet
    injection's. Not when another treatment asked has items ("she wore a sling after surgery, was
    the PT approved?": the PT is answered), nor for the patient described or the case named, whose
    letter may call it otherwise ("the sling for after my dad's shoulder surgery": his shoulder brace)."""
    if query.person.described or query.case_numbers:
        return ""
    start, end = asking_span(query.text)
    span = query.text[start:end]
    for said, requested in _KINDS:
        if not (m := said.search(span)):
            continue
        own = {t for t, _w in find_treatments(m.group(0))}
        others = [t for t in sets if t not in own and not _next_step(query, t)]
        if any(_has_items(engine, t, where, params) for t in others):
            return ""
        if not any(_names_in_requests(engine, (word,)) for word in requested):
            return m.group(0)
    return ""


def _next_step(query: Query, treatment: str) -> bool:
    """Whether the question names `treatment` only as what comes before or after the thing asked:
    "a medial branch block before burning the nerves in my low back, will IMR approve it?" asks of
    the block, not of the burning."""
    said = [w for w in query.treatment_words if treatment in {t for t, _w in find_treatments(w)}]
    # ... with the words that say whose or where between: "after hip surgery", "after her knee surgery"
    return bool(said) and all(re.search(rf"\b(?:before|after|prior\s+to|until)\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(w)}(?!\w)",
                                        query.text, re.IGNORECASE) for w in said)


# words that say what sort of care a thing is, never which thing: "test" of "the nerve test" is no
# thing a letter must name (a letter's "EMG of the left upper extremity" is that test)
_KIND_WORDS = frozenset("test tests testing study studies exam exams procedure procedures".split())


def _unheard(engine: Engine, phrase: str) -> bool:
    """Whether `phrase` (words a treatment pattern matched, so spelt as the vocabulary spells
    them) has a word that names no treatment by itself and that no letter in the index uses:
    "shower" of "shower chair" (not "equipment", "meds")."""
    from indexer.terms import unexpanded_tokens

    for word in phrase.split():
        if find_treatments(word) or word.lower() in _KIND_WORDS:
            continue
        terms = [t for t in unexpanded_tokens(word) if len(t) > 2]
        if terms and not any(engine.known_term(t) for t in terms):
            return True
    return False


def _drug_form(text: str, drugs: list[str], words: str) -> bool:
    """Whether `words` follow a drug's name in `text` ("Toradol shot", "Lidoderm patches")."""
    return any(re.search(rf"(?<!\w){re.escape(d)}\s+{re.escape(words)}(?!\w)", text, re.IGNORECASE) for d in drugs)


# A treatment phrase: words before a head noun ("stem cell injections", "gastric bypass surgery"),
# or one word that names a procedure by its ending ("prolotherapy", "vertebroplasty").
_HEAD = re.compile(
    r"\b((?:[A-Za-z][\w'-]*\s+){1,2}?)(?:therap(?:y|ies)|treatments?|injections?|shots?|surger(?:y|ies)|implants?|"
    r"programs?|units?|infusions?|replacements?|procedures?|transplants?|pumps?|stimulators?|devices?|blocks?|"
    r"patch(?:es)?|creams?|pills?|drops|bypass|ablations?|rehab(?:ilitation)?|memberships?|supplements?|monitors?|"
    # ... and a chair for the home: "a lift chair", "a recliner chair"
    r"chairs?)\b",
    re.IGNORECASE)
# a procedure or a study by its ending: "prolotherapy", "vertebroplasty", "discogram", "myelography"
# (not a program, a diagram or a weight)
_PROCEDURE = re.compile(r"\b(?!(?:pro|dia|kilo|milli|micro|tele|insta)gram)[A-Za-z]+(?:therapy|plasty|ectomy|otomy|scopy|plasties|"
                        r"grams?|graphy|graphies)\b", re.IGNORECASE)
_NOT_MODIFIER = frozenset("the a an my his her their our your any this that these those of for in on to with and or "
                          "was were is are be been get got have has had why how what which did does do no not more "
                          "another other new initial additional further repeat extra continued ongoing follow-up "
                          "regular daily weekly monthly short long both right left bilateral lower upper outpatient "
                          "inpatient home her his its after before during following since from at by about into "
                          "over under until than then post pre prior either neither each every round rounds course "
                          "courses down off out up try trying add adding start starting "
                          # whom it is given to: "they wanted to give him shots"; who gave it: "they did shots"
                          "him them me us you they we he she it i "
                          # how many, said of what was asked for: "too many pills", "so much medicine"
                          "too so many much fewer less few several enough "
                          # which of them, said of the requests: "of all the injection requests, were any ..."
                          "all some most none "
                          # how it is put on, of a cream or a patch: "two rub-on creams", "a stick-on patch"
                          "rub-on rub-in roll-on stick-on spray-on".split())  # "either round of therapy", "a second course of treatment";
_HAD = frozenset("had has have having".split())
_BREAKS = frozenset("of for in on to with about at by from into than when while if because and or but why what how "
                    "which where who whose whether "
                    # ... and the asking's own nouns: "is there any chance the surgery gets approved later?"
                    "chance chances possibility likelihood odds hope".split())
# a verb's particle is no kind of treatment: "turning down the shots", "cut off the PT"


def unknown_phrase(engine: Engine, query: Query) -> str:
    """A treatment phrase of the question whose distinctive words no letter in the index uses
    ("ketamine infusion", "prolotherapy"), or ''."""
    from indexer.terms import unexpanded_tokens
    from service.people import mask_occupations
    from service.reviewers import read_reviewers

    text, _ = mask_occupations(read_as_corrected(query))
    for _name, (start, end) in read_reviewers(text):  # the reviewer's specialty: "orthopedic surgery reviewers"
        text = text[:start] + " " * (end - start) + text[end:]
    if query.treatments:  # the reason offered, beside a treatment asked: "was the Tabradol denied because she could
        for start, end in reason_clauses(text):  # swallow pills?" asks of the Tabradol, not of "swallow pills"
            text = text[:start] + " " * (end - start) + text[end:]
    regions = {w.lower() for words in query.region_words for w in words.split()}
    named = [w.lower() for w in query.treatment_words]
    asking = asking_span(text)
    for m in _HEAD.finditer(text):
        if _CHAIR.search(m.group(0)) and not _WANTED_ONE.search(text[: m.start()] + " " + m.group(1)):
            continue  # the chair of the patient's story ("the man whose office chair fell apart"), not one wanted
        # the words after a possessive modify the treatment, those before it the owner: "the 57 year
        # old man's injections" names injections, not an "old" kind of injection
        said = m.group(1).split()
        # ... and the words before a preposition or a conjunction belong to the question, not the
        # treatment: "what IMR say about surgery", "what happened with therapy" (typed without "the")
        # ... and so do a verb's subject and the verb: "the 27 yo woman got shots in her knee"
        owner = max((i for i, w in enumerate(said) if "'" in w or "\u2019" in w or w.lower() in _BREAKS
                     or _ASKING_VERB.fullmatch(w) or WORD.fullmatch(w) or w.lower() in _HAD), default=-1)
        # ... and a verb of the asking names no kind of it: "what did IMR decide on surgery for his knee?",
        # nor does a decision word: "does IMR ever approve IV infusions" names IV infusions
        # "Celebrex-type pills", "Norco-like meds": the kind of the drug named, so the drug's own name
        words = [_KIND_OF.sub("", w) for w in said[owner + 1:] if w.lower() not in _NOT_MODIFIER
                 and w.lower() not in regions and not _ASKING_VERB.fullmatch(w)]
        whole = m.group(0)
        if owner >= 0:  # the phrase said back starts after the owner: "ketamine infusion", not "husband's ..."
            whole = whole[list(re.finditer(r"\S+", m.group(1)))[owner].end():].strip()
        if any(w.lower() in n for w in words for n in named):
            # the words name a treatment set ("epidural injections", "physical therapy") ... unless
            # the word right before the head names none and no request uses it: an "epidural blood
            # patch" is no epidural injection and no patch a letter decides
            last = words[-1].lower()
            if (any(last in n for n in named) or not (asking[0] <= m.start() < asking[1])
                    or not unexpanded_tokens(last) or in_requests(engine, last)):
                continue
            return _phrase(whole)
        if lay_term(whole):
            continue  # a drug in lay words: "numbing cream" is lidocaine (indexer.vocabulary)
        if told_before(text[: m.end(1)], bool(query.treatments)):
            continue  # the patient's story: "the man after belly surgery" (service.story)
        if (story := {t for t, _w in find_treatments(whole)}) and story <= set(query.story_treatments):
            continue  # read as the patient's story: "63M, rotator cuff tear, failed injections - ..."
        terms = [t for w in words for t in unexpanded_tokens(w) if len(t) > 2]
        if terms and any(not engine.near_term(t) for t in terms):
            return _phrase(whole)
        # a procedure whose words the letters use but no request does: "dental implants", "gastric
        # bypass" (the letters speak of dental work and gastric upset; nobody requested either).
        # Only in the sentence that asks: "he had belly surgery after the accident" is background.
        asked = [w for w in words if unexpanded_tokens(w) and not (WORD.fullmatch(w) or _ASKING_VERB.fullmatch(w))]
        if (asked and _PROCEDURE_HEAD.search(m.group(0)) and asking[0] <= m.start() < asking[1]
                and not any(in_requests(engine, w) for w in asked)):
            return _phrase(whole)
    for m in _PROCEDURE.finditer(text):
        if any(m.group(0).lower() in n for n in named) and not only_kind_of(m.group(0)):
            continue  # a synonym of a treatment set ("physiotherapy"), not merely a kind of imaging
        terms = [t for t in unexpanded_tokens(m.group(0)) if len(t) > 2]
        if terms and not all(engine.near_term(t) for t in terms):
            return m.group(0)
    return ""


# Verbs of the asking, besides the decision words (service.outcomes.WORD), that can stand before
# a procedure's name ("request knee surgery", "what did IMR decide on surgery for his knee?").
_KIND_OF = re.compile(r"-(?:type|like|style|kind|class)$", re.IGNORECASE)
_ASKING_VERB = re.compile(r"(?:allow|recommend|request|want|need|get|got|convinc|justif|support|perform|schedul|decid|"
                          r"rul(?:e|es|ed|ing)$|say|said|think|thought"
                          # ... and a verb of giving it: "they wanted to put shots into the joints of his spine"
                          r"|put(?:s|ting)?$|giv(?:e|es|en|ing)$|gave$)\w*", re.IGNORECASE)
# a chair is asked for when one is wanted: "get a lift chair", "is a recliner chair ever covered?"
_CHAIR = re.compile(r"\bchairs?$", re.IGNORECASE)
_WANTED_ONE = re.compile(r"\b(?:a|an|any|some)\s+(?:[A-Za-z][\w'-]*\s+)?$", re.IGNORECASE)
_PROCEDURE_HEAD = re.compile(r"\b(?:surger(?:y|ies)|implants?|bypass|transplants?|replacements?|injections?|shots?|"
                             r"infusions?|ablations?|stimulators?|pumps?|monitors?|chairs?)$", re.IGNORECASE)


def read_as_corrected(query: Query) -> str:
    """The question as asked with each misspelt word the speller read (`Query.corrections`) put
    right: a typo in a word's first letters ("ealuation", "pyhsiotherapy") is that word, not one
    no letter uses (the index's near words share the first letters)."""
    text = query.text
    for typed, fixed in query.corrections:
        text = re.sub(rf"(?<![\w-]){re.escape(typed)}(?![\w-])", fixed, text)
    return text


def only_kind_of(word: str) -> bool:
    """Whether `word` names no treatment set of its own, only an umbrella that includes others
    ("discogram" is some imaging, as an MRI is, but no letter's MRI is a discogram)."""
    from indexer.treatments import SETS, match_treatments

    umbrellas = {s.id for s in SETS if s.includes}
    found = match_treatments(word)
    return bool(found) and set(found) <= umbrellas


def _phrase(found: str) -> str:
    """A matched treatment phrase without the question's words before it ("were dental implants")."""
    words = found.split()
    while len(words) > 1 and words[0].lower() in _NOT_MODIFIER:
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=2)
def _prefixes(words: frozenset[str]) -> frozenset[str]:
    """The first five letters of each word (the engine keeps one word set until it is read again)."""
    return frozenset(w[:5] for w in words)


def in_requests(engine: Engine, word: str) -> bool:
    """Whether some item's request uses `word` (its first five letters, so "steroids" finds
    "steroid"; a short word whole)."""
    low = word.lower()
    if len(low) >= 5:
        return low[:5] in _prefixes(engine.request_words())
    rows = engine.store.catalog.query("SELECT request FROM items WHERE request LIKE ? LIMIT 200", (f"%{low}%",))
    return any(re.search(rf"\b{re.escape(low)}", r[0], re.IGNORECASE) for r in rows)


def _names_in_requests(engine: Engine, names: tuple[str, ...], form: str | None = None) -> bool:
    """Whether a request names one of `names` (in `form`, when given: service.forms)."""
    for name in names:
        rows = engine.store.catalog.query("SELECT request FROM items WHERE request LIKE ? LIMIT 50", (f"%{name}%",))
        if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", r[0], re.IGNORECASE) and same_form(form, r[0])
               for r in rows):
            return True
    return False


def unknown_case_hint(engine: Engine, case_number: str) -> str | None:
    """A known case number one keystroke away (a digit changed, dropped, doubled or two swapped)."""
    head, _, digits = case_number.partition("-")
    variants = set()
    for i in range(len(digits)):
        for d in "0123456789":
            variants.add(digits[:i] + d + digits[i + 1 :])
        if i + 1 < len(digits):
            variants.add(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :])
    years = {head, *(f"CM{y:02d}" for y in range(13, 30))}
    candidates = [f"{y}-{v}" for y in years for v in variants if len(v) == 7 and f"{y}-{v}" != case_number]
    candidates += [f"{y}-{digits}" for y in years if f"{y}-{digits}" != case_number]
    for start in range(0, len(candidates), 500):
        part = candidates[start : start + 500]
        rows = engine.store.catalog.query(
            f"SELECT case_number FROM letters WHERE case_number IN ({','.join('?' * len(part))}) LIMIT 1", part)
        if rows:
            return rows[0][0]
    return None


def case_items(engine: Engine, case_number: str) -> list[tuple[int, str, str, tuple[str, ...], tuple[str, ...]]]:
    """(index, title, decision, treatment sets, body regions) of every item of a case."""
    rows = engine.store.catalog.query(
        "SELECT i.item_index, i.title, i.decision, (SELECT group_concat(treatment, ' ') FROM item_treatments t "
        "WHERE t.item_id = i.id), (SELECT group_concat(region, '|') FROM item_regions r WHERE r.item_id = i.id) "
        "FROM items i WHERE i.case_number = ? ORDER BY i.item_index", (case_number,))  # "upper extremity": '|'
    return [(r[0], r[1], r[2], tuple((r[3] or "").split()), tuple(filter(None, (r[4] or "").split("|")))) for r in rows]


def filter_that_excludes(engine: Engine, query: Query, filters: dict[str, object]) -> str | None:
    """The client filter without which the treatment asked about has items, when the filters
    together leave none."""
    for name in filters:
        rest = {k: v for k, v in filters.items() if k != name}
        if scope_exists(engine, query, rest):
            return name
    return None


def count_items(engine: Engine, query: Query, filters: dict[str, object]) -> tuple[dict[str, int], str, str | None]:
    """Counts by decision of the items about the treatment asked about, under the understood
    region and the filters: (counts, a label for the scope, the treatment words)."""
    scope_filters = {k: v for k, v in filters.items() if k != "decision"}
    where, params = item_condition(scope_filters)
    clauses, label = [where], []
    term, is_class = asked_treatment(query)
    if query.category:
        # Post-operative services ("Associated surgical service: Physical therapy") count with
        # their own kind of treatment when their heading names it.
        clauses.append("i.category IN (?, 'associated surgical service')")
        params.append(query.category)
        label.append(query.category if is_class else term or query.category)
    for region in query.body_regions:
        clauses.append("EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = i.id AND r.region = ?)")
        params.append(region)
        label.insert(0, region)
    counts = {"total": 0, "Upheld": 0, "Overturned": 0}
    rows = engine.store.catalog.query(f"SELECT i.request, i.category, i.decision FROM items i WHERE "
                                      f"{' AND '.join(clauses)}", params)
    for request, category, decision in rows:
        named = bool(term) and names_treatment(term, request)
        if category != query.category and not named:
            continue  # a post-operative service of another kind
        if term and not is_class and not named:
            continue  # same category, another treatment: "CT scan" does not count MRIs
        counts["total"] += 1
        counts[decision] = counts.get(decision, 0) + 1
    return counts, " ".join(label) or "disputed", None if is_class else term


def absent_beside(engine: Engine, query: Query, case_number: str) -> list[str]:
    """The things a question names beside those its answer explains (of `case_number`'s letter) that no request in
    the index names, in the question's words: "the lidocaine ointment - denied? and the percocet?" (no letter decides
    Percocet), "shoulder repair surgery - denied? what about the sling?" (no letter decides a sling; a shoulder brace is
    no sling): said, not silently dropped. [] when none, or when the question tells of one patient or names a case
    (service.unnamed says what their letter lacks)."""
    if query.person.described or query.case_numbers:
        return []
    absent = []
    for word in named_not_requested(query.treatment_words, case_items(engine, case_number)):
        names = drug_names(word)
        specific = {t for t, _w in find_treatments(word)} - GROUPS
        if (names and not _names_in_requests(engine, names)) or (
                not names and specific and not any(_has_items(engine, t, "1 = 1", []) for t in specific)):
            absent.append(word)
    start, end = asking_span(query.text)
    for said, requested in _KINDS:  # a kind of its own that shares its set with a request the letter has
        if (m := said.search(query.text, start, end)) and m.group(0) not in absent and not any(
                _names_in_requests(engine, (word,)) for word in requested):
            absent.append(m.group(0))
    return absent
