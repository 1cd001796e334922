"""Which letters fit the patient a question describes (service.people reads the description).

Each candidate letter gets a match in 0..1 from what its header and case summary say: the age
(exact, or within the decade said), the sex, the month or year of injury, and how well its case
summary matches the question's words (dense and lexical, over the summary chunks only). A letter
whose age, sex or injury date contradicts the description is not a match, however well its
summary reads. `the_one` picks the letter when exactly one fits clearly: the answer is then about
that patient only.
"""

from __future__ import annotations

import re

import msgspec

from indexer.taxonomy import find_regions
from indexer.terms import tokens
from indexer.treatments import GROUPS, find_treatments
from service.besides import is_set_aside
from service.dated import dates_agree, letter_dates
from service.described_with import described_with, told_decided, with_lists
from service.diagnosed import (condition_phrases, moods_told, normalised as _norm, printed, quoted, stomach_complaints, symptoms_felt,
                               work_and_pain, machine_worked)
from service.engine import Engine
from service.mechanism import mechanisms, recorded
from service.not_patient import patient_set_aside
from service.part_told import parts_told
from service.partly import MODIFIED, part_given_rest_asked
from service.people import job_words, loosely, one_person
from service.quantity import kind_count
from service.rare_named import weightiest
from service.relative import picked, relative
from service.reviewers import alternatives
from service.scope import asked_sets
from service.story import opening_end, was_on
from service.told_item import best_told, told_fits
from service.told_kind import having_kinds
from service.told_outcome import having_told_outcome
from service.understand import Query

RRF_K = 20
SUMMARIES = 30  # summary chunks read from each side
SUMMARY_WEIGHT = 0.35  # the case summary's match; the header's age, sex and injury date weigh the rest
RARE = 3  # a condition or symptom printed in more of the candidates' summaries than this picks no one out
PATIENT_SET_ASIDE = -1.0  # the share recorded by a letter whose summary records how a patient set aside was hurt
CLEAR = 0.08  # a letter fits "clearly" when its match beats the next one's by this much (of 1)


def letter_matches(engine: Engine, query: Query, filters: dict[str, object]) -> dict[str, float]:
    """Case number -> how well the letter fits the patient described (0..1), for the letters whose
    case summaries match best and whose header fields do not contradict the description."""
    person = query.person
    said = letter_dates(query.text)  # "UR said no on 12/12/2016", "the IMR decision dated 01/24/2017"
    told = query.set_aside.tells  # "the person whose PT for shoulders, elbows and wrists got denied" (service.told_item)
    if not person.described and not said and not told:
        return {}
    warm = engine.warm()
    keep = engine.keep(warm, filters, summaries=True) & (warm.item < 0)
    if not keep.any():
        return {}
    vector = engine.embed_query(query.text)
    fused: dict[int, float] = {}
    for ranked in (engine.dense(warm, vector, SUMMARIES, keep), warm.lexical(with_compounds(engine, query.text), SUMMARIES, keep)):
        for position, (row, _score) in enumerate(ranked):
            letter = int(warm.letter[row])
            fused[letter] = fused.get(letter, 0.0) + 1.0 / (RRF_K + position + 1)
    for letter_id in [*_by_fields(engine, query), *_by_dates(engine, said), *_by_told(engine, query)]:
        fused.setdefault(letter_id, 0.0)
    if not fused:
        return {}
    top = max(fused.values()) or 1.0
    ids = list(fused)
    marks = ",".join("?" * len(ids))
    rows = engine.store.catalog.query(
        f"SELECT id, case_number, age, sex, date_of_injury, items, ur_denial_date, decision_date FROM letters "
        f"WHERE id IN ({marks})", ids)
    # (a condition is rare among the letters the fields told do not rule out: "50, has anxiety now" of the two
    # 50-year-old women, however many others' summaries print it)
    fitting = [letter_id for letter_id, _c, age, sex, injured, items, ur_denied, decided in rows
               if _fields(query, age, sex, injured, items, None,
                          dates_agree(said, {"ur_denial_date": ur_denied, "decision_date": decided})) is not None]
    told, conditions = _summaries_tell(engine, query, ids, fitting)
    # the request told of them, one more field: how well the letter's item fits it (service.told_item)
    fits = told_fits(engine, query.set_aside, [r[1] for r in rows]) if query.set_aside.tells else None
    out: dict[str, float] = {}
    for letter_id, case_number, age, sex, injured, items, ur_denied, decided in rows:
        dates = dates_agree(said, {"ur_denial_date": ur_denied, "decision_date": decided})
        fields = _fields(query, age, sex, injured, items, told.get(letter_id, 0.0) if told is not None else None,
                         dates, conditions.get(letter_id, 0.0) if conditions is not None else None,
                         fits.get(case_number, 0.0) if fits is not None else None)
        if fields is None:
            continue  # contradicts what was said
        out[case_number] = SUMMARY_WEIGHT * fused[letter_id] / top + (1 - SUMMARY_WEIGHT) * fields
    having = having_aside(engine, query, list(out))
    if (query.set_aside.tells or _aside_described(query)) and having:
        # "the 53 yo whose neck MRI got approved", "the 28 yo woman with the neuroplasty - what else did she ask for?":
        # only a letter with it
        out = {case: score for case, score in out.items() if case in having}
    every = having_every_asked(engine, query, list(out))
    told = having_story(engine, query, list(out))
    told_at = having_story_at_parts(engine, query, list(out))
    if told_at < set(out):  # "the man with the acupuncture and the neck MRI": only a letter whose MRI is of the neck
        out = {case: score for case, score in out.items() if case in told_at}
    if told < set(out) and _said(query):
        # "the 54 yo woman with the compounded creams - what happened with the MRI?": of the letters agreeing with the
        # fields told, only those with the requests she is described with (another 54-year-old's MRI is not hers)
        out = {case: score for case, score in out.items() if case in told}
    # ... and the kind of request told ("on all the liquid meds", "the pain management referral"; service.told_kind)
    kinds = set(having_kinds(engine, query.text, list(out)))
    counted = having_count(engine, query, list(out))
    several = having_several(engine, query, list(out))
    if (parts := having_parts_told(engine, query, list(out))) < set(out):
        # "the 53 yo man with neck and back pain": only a letter with requests at his neck and his back
        out = {case: score for case, score in out.items() if case in parts}
    rest = having_remainder(engine, query, list(out))
    # ... and the outcome told as who the patient is ("the woman who got her naproxen approved"; service.told_outcome)
    decided = having_told_outcome(engine, query.text, list(out))
    return {case: score - (ASIDE_MISS if case not in having else 0.0) - (ASKED_MISS if case not in every else 0.0)
            - (ASKED_MISS if case not in decided else 0.0)
            - (STORY_MISS if case not in told else 0.0) - (STORY_MISS if case not in kinds else 0.0)
            - (ASKED_MISS if case not in counted else 0.0) - (ASKED_MISS if case not in rest else 0.0)
            - (PLURAL_MISS if case not in several else 0.0)
            for case, score in out.items()}


def _aside_described(query: Query) -> bool:
    """Whether what the question sets aside is named in a list the patient is described with ("the 28 yo woman with the
    neuroplasty - what else did she ask for?"): it tells who she is, as a request told decided does."""
    words = re.sub(r"^(?:the|his|her|their|my|our)\s+", "", query.set_aside.words.split(" / ")[0], flags=re.IGNORECASE)
    if not words:
        return False
    # (the question read has the thing set aside blanked, its offsets kept: a list left with spaces where it was)
    blank = re.compile(rf"\s*(?:(?:the|his|her|their|my|our|a|an)\s+)?\s{{{len(words)},}}", re.IGNORECASE)
    return any(blank.fullmatch(query.text[start:end]) for start, end in with_lists(query.text))


SPINE = frozenset({"cervical", "thoracic", "lumbar"})  # the parts of the spine a request names ("MRI of the lumbar spine")


def having_parts_told(engine: Engine, query: Query, cases: list[str]) -> set[str]:
    """Of `cases`, when the question describes the patient by age or sex and two or more parts of the spine and names
    no treatment ("the
    53 yo man with neck and back pain - what was requested?"), the letters with requests at every part told (his neck
    and his low back, not another 53-year-old man's low back alone), or with a request that names no part; every one of
    them otherwise, or when none has."""
    told = set(query.body_regions) & SPINE  # (arms, hands, a face: where symptoms are felt, not what was requested)
    if not cases or len(told) < 2 or query.treatments or query.treatment_words or not (
            query.person.age is not None or query.person.ages or query.person.sex):
        return set(cases)
    rows = engine.store.catalog.query(
        "SELECT i.case_number, r.region FROM items i LEFT JOIN item_regions r ON r.item_id = i.id "
        f"WHERE i.case_number IN ({','.join('?' * len(cases))})", list(cases))
    held: dict[str, set[str | None]] = {}
    for case, region in rows:
        held.setdefault(case, set()).add(region)
    # (a request that names no part, "Spinal manipulation 1 times 8", may be of any: its letter contradicts nothing)
    return {case for case in cases if None in held.get(case, {None}) or told <= held[case]} or set(cases)


def having_remainder(engine: Engine, query: Query, cases: list[str]) -> set[str]:
    """Of `cases`, when the question tells a part of a request given and asks of the rest ("the carrier approved 6
    acupuncture visits for the 50 yo but IMR denied the other 2"), the letters with a request of the kind asked that
    utilization review partly authorised, IMR deciding the rest; every one of them otherwise, or when none has one."""
    if not cases or not part_given_rest_asked(query.text):
        return set(cases)
    marks = ",".join("?" * len(cases))
    rows = engine.store.catalog.query(
        f"SELECT i.case_number, i.request, group_concat(t.treatment) FROM items i LEFT JOIN item_treatments t ON "
        f"t.item_id = i.id WHERE i.case_number IN ({marks}) GROUP BY i.id", cases)
    asked = set(query.treatments)
    having = {case for case, request, sets in rows if MODIFIED.search(request)
              and (not asked or asked & set((sets or "").split(",")))}
    return having or set(cases)


def having_count(engine: Engine, query: Query, cases: list[str]) -> set[str]:
    """Of `cases`, the letters with as many requests of the kind asked as the question tells ("the 54 yo woman -
    were both MRIs denied?": the letter with two MRIs, not the one with a knee MRI); every one of them when it
    tells no count, or no letter has that many."""
    n = kind_count(query.text, query.treatment_words)
    sets = asked_sets(query)
    if not n or not sets or not cases:
        return set(cases)
    narrow = set(sets) - GROUPS or set(sets)
    marks = ",".join("?" * len(cases))
    rows = engine.store.catalog.query(
        f"SELECT i.case_number, count(DISTINCT i.id) FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"WHERE i.case_number IN ({marks}) AND t.treatment IN ({','.join('?' * len(narrow))}) GROUP BY i.case_number",
        [*cases, *narrow])
    having = {case for case, count in rows if count == n}
    return having or set(cases)


# a kind named in the plural: "her scans", "his meds", "the back procedures", "the MRIs" (not "TENS", "NCS", nor a
# request's own units: "her PT sessions", "the pain pills")
_PLURAL_KIND = re.compile(r"[A-Za-z](?<![sSuU])s$")
_UNITS_PLURAL = re.compile(r"\b(?:sessions|visits|appointments|treatments|units|refills|pills|tablets|capsules|patches)$",
                           re.IGNORECASE)


def plural_kind_words(query: Query) -> list[str]:
    """The question's words for a kind of request said in the plural ("scans", "meds", "MRIs", "procedures")."""
    return [w for w in query.treatment_words if _PLURAL_KIND.search(w) and not _UNITS_PLURAL.search(w)]


def having_several(engine: Engine, query: Query, cases: list[str]) -> set[str]:
    """Of `cases`, the letters with two or more requests of a kind the question names in the plural ("which of the
    53 yo man's scans weren't denied?": his four imaging requests, not another 53-year-old's one MRI); every one of
    them when it names none so, tells a count (having_count), or none of them has two."""
    words = plural_kind_words(query)
    sets = set(asked_sets(query))
    if not cases or not words or not sets or kind_count(query.text, query.treatment_words):
        return set(cases)
    plural = {t for w in words for t, _w in find_treatments(w)} & sets or sets
    marks = ",".join("?" * len(cases))
    rows = engine.store.catalog.query(
        f"SELECT i.case_number, count(DISTINCT i.id) FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"WHERE i.case_number IN ({marks}) AND t.treatment IN ({','.join('?' * len(plural))}) GROUP BY i.case_number",
        [*cases, *sorted(plural)])
    return {case for case, count in rows if count >= 2} or set(cases)


ASIDE_MISS = 0.1  # a letter without the thing a question sets aside ("her EMG got denied, what else?") fits less
ASKED_MISS = 0.2  # ... and one without every one of two or more treatments asked ("my acupuncture and extra PT")
STORY_MISS = 0.2  # ... and one without the treatments the patient is described by ("the woman with acupuncture and PT")
PLURAL_MISS = 0.1  # ... and one with fewer than two requests of a kind named in the plural ("her scans")


def having_every_asked(engine: Engine, query: Query, cases: list[str] | tuple[str, ...]) -> set[str]:
    """Of `cases`, the letters with a request for each of the two or more treatments the question
    asks about, each by the narrowest set its words name ("im 50, my acupuncture and extra PT": the
    50-year-old whose letter has both, not the one with acupuncture only), or for the one asked at the body part
    told, of a patient told by an age or a sex; every one of them when fewer are asked. When none has them all, those holding the most of them, the rarest weighing most
    ("the woman with the Deprizine and Dicopanol compounds": her H2 blocker and sleep aid outweigh another's
    two compound creams; service.rare_named), else every one."""
    wanted = list(dict.fromkeys(found[0][0] for w in query.treatment_words if (found := find_treatments(w))))
    if len(wanted) == 1 and cases and query.body_regions and (query.person.age is not None or query.person.sex):
        # one treatment, a body part told anywhere ("my dad is 53, his back hurts and they did an MRI"): of the
        # letters of the age and sex told, those whose request for it is of that part (his lumbar MRI, not another
        # 53-year-old man's cervical one); every one of them when none is
        # (a request that names no part, "Acupuncture for 8 sessions", is of any)
        # ... those whose request is of that part alone first ("my chiropractor for my low back": a low back chiro, not
        # another 46-year-old man's chiro "for neck, back")
        at_parts = _holding_all_at_parts(engine, cases, wanted, {wanted[0]: frozenset((*query.body_regions, None))})
        if len(set(query.body_regions)) > 1 and (every := _at_every_part(engine, at_parts, wanted[0],
                                                                         frozenset(query.body_regions))):
            # "the man in his 30s with neck and low back MRIs": the letter with an MRI of each part told (his neck MRI
            # and his lumbar one, beside his hand MRI), not another's neck MRI alone
            return every
        return _only_at_parts(engine, at_parts, wanted[0], frozenset(query.body_regions)) or at_parts or set(cases)
    if len(wanted) < 2 or not cases:
        return set(cases)
    return (_holding_all_at_parts(engine, cases, wanted, _parts_of(query)) or holding_all(engine, cases, set(wanted))
            or weightiest(engine, cases, wanted) or set(cases))


def _parts_of(query: Query) -> dict[str, frozenset[str]]:
    """The body part told at each treatment the question names, as the speller reads its words."""
    text = query.text
    for typed, fixed in query.corrections:
        text = re.sub(rf"(?<![\w-]){re.escape(typed)}(?![\w-])", fixed, text)
    return parts_told(text)


def _holding_all_at_parts(engine: Engine, cases: list[str] | tuple[str, ...], wanted: list[str],
                          parts: dict[str, frozenset[str]]) -> set[str]:
    """Of `cases`, the letters with a request for each treatment set of `wanted`, each at the body part
    told with it ("the acupuncture and the neck MRI": an MRI of the neck); empty when no part is told."""
    if not any(t in parts for t in wanted):
        return set()
    rows = engine.store.catalog.query(
        "SELECT i.case_number, t.treatment, r.region FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"LEFT JOIN item_regions r ON r.item_id = i.id WHERE i.case_number IN ({','.join('?' * len(cases))})", list(cases))
    held: dict[str, set[tuple[str, str | None]]] = {}
    for case, treatment, region in rows:
        held.setdefault(case, set()).add((treatment, region))
    def holds(case: str, treatment: str) -> bool:
        return any(t == treatment and (treatment not in parts or r in parts[treatment]) for t, r in held.get(case, ()))
    return {case for case in cases if all(holds(case, t) for t in wanted)}


def _at_every_part(engine: Engine, cases: set[str], treatment: str, parts: frozenset[str]) -> set[str]:
    """Of `cases`, the letters with a request for `treatment` at each one of `parts` (one request or several)."""
    if not cases or not parts:
        return set()
    rows = engine.store.catalog.query(
        "SELECT i.case_number, t.treatment, r.region FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"LEFT JOIN item_regions r ON r.item_id = i.id WHERE i.case_number IN ({','.join('?' * len(cases))})", sorted(cases))
    held: dict[str, set[str]] = {}
    for case, kind, region in rows:
        if kind == treatment and region:
            held.setdefault(case, set()).add(region)
    return {case for case in cases if parts <= held.get(case, set())}


def _only_at_parts(engine: Engine, cases: set[str], treatment: str, parts: frozenset[str]) -> set[str]:
    """Of `cases`, the letters with a request for `treatment` of one or more of `parts` and of no other body part, or
    of none named."""
    if not cases or not parts:
        return set()
    rows = engine.store.catalog.query(
        "SELECT i.case_number, i.id, r.region FROM items i JOIN item_treatments t ON t.item_id = i.id "
        "LEFT JOIN item_regions r ON r.item_id = i.id "
        f"WHERE t.treatment = ? AND i.case_number IN ({','.join('?' * len(cases))})", [treatment, *sorted(cases)])
    regions: dict[tuple[str, object], set[str]] = {}
    for case, item, region in rows:
        regions.setdefault((case, item), set()).update([region] if region else [])
    return {case for (case, _item), said in regions.items() if said <= parts}  # (one naming no part is of any part)


def holding_all(engine: Engine, cases: list[str] | tuple[str, ...] | None, wanted: set[str]) -> set[str]:
    """Of `cases` (None: of every letter), the letters whose requests, together, hold every treatment set of `wanted`."""
    if cases is None:
        rows = engine.store.catalog.query(
            "SELECT i.case_number, t.treatment FROM items i JOIN item_treatments t ON t.item_id = i.id "
            f"WHERE t.treatment IN ({','.join('?' * len(wanted))})", list(wanted))
    else:
        rows = engine.store.catalog.query(
            "SELECT i.case_number, t.treatment FROM items i JOIN item_treatments t ON t.item_id = i.id "
            f"WHERE i.case_number IN ({','.join('?' * len(cases))})", list(cases))
    sets: dict[str, set[str]] = {}
    for case, treatment in rows:
        sets.setdefault(case, set()).add(treatment)
    return {case for case, held in sets.items() if wanted <= held and (cases is None or case in cases)}


def having_story(engine: Engine, query: Query, cases: list[str] | tuple[str, ...]) -> set[str]:
    """Of `cases`, the letters with a request for each treatment only the patient's description names
    ("were any of her requests denied, the 50 yo woman with acupuncture and PT?": the 50-year-old whose
    letter has both); every one of them when the description names none, or none has them all."""
    # ... those the patient is described with ("the woman with acupuncture and PT"), not the care told
    # of otherwise ("the reviewer noted physical therapy was helping her": no request of hers)
    wanted = _story_wanted(query)
    if not wanted or not cases:
        return set(cases)
    return holding_all(engine, cases, wanted) or set(cases)


def having_story_at_parts(engine: Engine, query: Query, cases: list[str] | tuple[str, ...]) -> set[str]:
    """Of `cases`, the letters with a request for each treatment the patient is described with, each at the
    body part told with it ("the man with the acupuncture and the neck MRI": an MRI of the neck, not of the
    low back); every one of them when no part is told with them, or none has them all so."""
    wanted = _story_wanted(query)
    parts = _parts_of(query)
    if not wanted and (listed := _listed_at_parts(query)):
        # "why was the knee MRI denied for the 28 yo woman with the lumbar MRI?": the MRI asked is the knee's, the one
        # she is described with the low back's: a letter with a lumbar MRI (not another 28-year-old's thoracic one)
        wanted, parts = set(listed), listed
    if not wanted or not cases or not wanted & set(parts):
        return set(cases)
    return _holding_all_at_parts(engine, cases, sorted(wanted), parts) or set(cases)


def _listed_at_parts(query: Query) -> dict[str, frozenset[str]]:
    """The body parts told, inside the lists the patient is described with, of each treatment named there and asked
    outside them too ("the 28 yo woman with the lumbar MRI" beside "the knee MRI": {"mri": lumbar}); {} when none."""
    spans = with_lists(query.text)
    asked = {at[0][0] for w in query.treatment_words if (at := find_treatments(w))}
    out: dict[str, frozenset[str]] = {}
    for start, end in spans:
        for treatment, regions in parts_told(query.text[start:end]).items():
            if treatment in asked and regions and not set(regions) & set(query.body_regions):
                out[treatment] = out.get(treatment, frozenset()) | frozenset(regions)
    return out


# the person that opens a telegraphic question, and the words that may stand between them and a request named bare:
# "28 yo woman lumbar MRI - ...", "61 yo woman, right hip MRI - ..." (not a treatment they had or are doing: "46 yo man,
# already had PT and chiro - ...", "28 yo woman on light duty, doing chiro with some benefit - ...")
_PERSON_OPENING = re.compile(r"^\s*(?:(?:a|an|the|my|our)\s+)?\d{1,3}\s*(?:[MF]\b|yo\b|y/?o\b|y\.o\.|-?\s*(?:year|yr)s?[- ]old\b)"
                             r"(?:\s*(?:woman|man|lady|guy|gentleman|female|male|girl|boy|worker|patient|claimant)\b)?",
                             re.IGNORECASE)
_BARE_MODIFIERS = frozenset({"left", "right", "bilateral", "both", "low", "lower", "upper", "mid", "her", "his", "their", "a",
                             "an", "the"})


def _named_bare(text: str, at: int, word: str) -> bool:
    """Whether the request `word` named at `at` follows the opening's person bare, only body parts and sides around it
    in its clause (not "chiro helping some", "doing chiro")."""
    m = _PERSON_OPENING.match(text)
    if not m or m.end() > at:
        return False
    # (the person's own, said possessive: "the 57 yo man's epidurals - and his MRI?")
    before = re.sub(r"^['’]s\b", "", re.split(r"[,;:]", text[m.end():at])[-1])
    after = re.split(r"[,;:?]|\s[-\u2013\u2014]+\s", text[at + len(word):])[0]
    return all(w.lower() in _BARE_MODIFIERS or find_regions(w) for w in re.findall(r"[\w/'-]+", before + " " + after))


def _story_wanted(query: Query) -> set[str]:
    """The treatment sets the patient is described with: those of the story named in a "with ..." list."""
    found = find_treatments(query.text)
    listed = {t for t, _w in [*described_with(query.text, found),  # "guy who had acupuncture and an MRI of the neck"
                              *told_decided(query.text, found, len(query.text))]}  # "they denied her lumbar MRI, ..."
    # ... or in the telegraphic description that opens the question ("28 yo woman lumbar MRI - did they ok her
    # epidural?": the 28-year-old whose letter has a lumbar MRI; service.story.opening_end)
    opening = opening_end(query.text)
    wanted = {t for t, w in found if t in query.story_treatments and (t in listed or (
        0 <= query.text.find(w) < opening and _named_bare(query.text, query.text.find(w), w)) or re.search(
        rf"\bwith\s+(?:(?:the|a|an|her|his|their|my)\s+)?(?:[\w/-]+(?:\s+|\s*,\s*|\s+and\s+(?:the\s+)?)){{0,4}}?{re.escape(w)}\b",
        query.text, re.IGNORECASE))}
    # ... and what is asked when it is in the same list ("the patient with the cervical MRI and the
    # acupuncture sessions - why was the acupuncture denied?": the letter with both)
    asked = {at[0][0] for w in query.treatment_words if (at := find_treatments(w))}
    return wanted | (listed & asked) if wanted else wanted


def _by_told(engine: Engine, query: Query) -> list[int]:
    """Letters whose item fits best the request told of a patient the question gives no field of
    ("the person whose PT for shoulders, elbows and wrists got denied"; service.told_item)."""
    if not query.set_aside.tells or _said(query) or not (cases := best_told(engine, query.set_aside)):
        return []
    return [r[0] for r in engine.store.catalog.query(
        f"SELECT id FROM letters WHERE case_number IN ({','.join('?' * len(cases))})", sorted(cases))]


def having_aside(engine: Engine, query: Query, cases: list[str] | tuple[str, ...]) -> set[str]:
    """Of `cases`, the letters with a request for what the question sets aside, as told of the patient
    ("the farm worker's EMG got turned down but what else?": a farm worker whose letter has an EMG);
    every one of them when the question sets nothing aside or none has it. A request that tells who the
    patient is ("whose PT for shoulders, elbows and wrists got denied") keeps the letters whose item fits
    it best: its body parts and the decision told (service.told_item)."""
    if not query.set_aside.treatments or not cases:
        return set(cases)
    if query.set_aside.tells and (best := best_told(engine, query.set_aside, cases)):
        return best
    rows = engine.store.catalog.query(
        "SELECT i.case_number, (SELECT group_concat(treatment, ' ') FROM item_treatments t WHERE t.item_id = i.id), "
        "(SELECT group_concat(region, '|') FROM item_regions r WHERE r.item_id = i.id), i.request FROM items i "
        f"WHERE i.case_number IN ({','.join('?' * len(cases))})", list(cases))
    having = {case for case, sets, regions, _request in rows
              if is_set_aside(query.set_aside, tuple((sets or "").split()), tuple(filter(None, (regions or "").split("|"))))}
    # ... the one whose request prints the word set aside, of those ("the 45 yo woman with the naproxen - what else?":
    # her naproxen, not another 45-year-old woman's meloxicam, an NSAID too)
    word = re.sub(r"^(?:the|his|her|their|my|our)\s+", "", query.set_aside.words.split(" / ")[0], flags=re.IGNORECASE)
    printed = {case for case, _sets, _regions, request in rows if case in having and len(word) >= 4
               and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", request or "", re.IGNORECASE)}
    return printed or having or set(cases)


_WORD_PAIR = re.compile(r"(?=\b([a-z]{3,})\s+([a-z]{3,})\b)", re.IGNORECASE)


def with_compounds(engine: Engine, text: str) -> str:
    """`text` and the words it writes in two that the letters write as one ("whose records list two
    different birth dates": "birthdate"; "the fork lift driver": "forklift"), for the lexical match
    of the case summaries."""
    joined = [w for w in dict.fromkeys(f"{a}{b}".lower() for a, b in _WORD_PAIR.findall(text))
              if (terms := tokens(w)) and len(terms) == 1 and engine.known_term(terms[0])]
    return " ".join([text, *joined])


def _by_fields(engine: Engine, query: Query) -> list[int]:
    """Letters whose age and sex (and month of injury) are exactly those described: an age, or within
    the band or decade told ("the woman over 50", "the lady in her 40s")."""
    person = query.person
    clauses, params = [], []
    if person.age:
        clauses.append("age = ?")
        params.append(person.age)
    elif person.ages:
        clauses.append("age BETWEEN ? AND ?")
        params += list(person.ages)
    if person.sex:
        clauses.append("sex = ?")
        params.append(person.sex)
    if person.injury_month:
        clauses.append("substr(date_of_injury, 1, 7) = ?")
        params.append(person.injury_month)
    if len(clauses) < 2:
        return []
    # the first 50 in the order of the letters (the order a scan of the table gave before the
    # index on age, sex and date of injury: with the index, 0.2-0.5 ms instead of 140-400 at 1M)
    return [r[0] for r in engine.store.catalog.query(
        f"SELECT id FROM letters WHERE {' AND '.join(clauses)} ORDER BY id LIMIT 50", params)]


def fields_letters(engine: Engine, query: Query) -> tuple[str, ...]:
    """The case numbers of the letters whose age and sex (and month of injury) are exactly those described, whatever
    story is told (`_by_fields`); () when fewer than two fields are given."""
    ids = _by_fields(engine, query)
    if not ids:
        return ()
    rows = engine.store.catalog.query(f"SELECT case_number FROM letters WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id",
                                      ids)
    return tuple(r[0] for r in rows)


def _by_dates(engine: Engine, said: dict[str, str]) -> list[int]:
    """Letters that print a UR denial or decision date the question gives, or a day of the month
    it gives (the first 50 of each)."""
    out: list[int] = []
    for column in ("ur_denial_date", "decision_date"):
        if column in said:
            out += [r[0] for r in engine.store.catalog.query(
                f"SELECT id FROM letters WHERE {column} BETWEEN ? AND ? ORDER BY id LIMIT 50",
                [said[column], said[column] + ("-31" if len(said[column]) == 7 else "")])]
    return out


def _drugs_on(text: str) -> list[str]:
    """What the patient was on, as the summary would print it: the treatment words of each phrase
    ("37 yo woman on tizanidine with pain down ...": "tizanidine"), else the phrase."""
    out: list[str] = []
    for phrase in was_on(text)[1]:
        words = [w for _t, w in find_treatments(phrase)]
        out += list(dict.fromkeys(words)) or [phrase]
    return out


def _summaries_tell(engine: Engine, query: Query, ids: list[int], among: list[int] | None = None
                    ) -> tuple[dict[int, float | None] | None, dict[int, float] | None]:
    """Letter id -> the share of the mechanisms of injury the question tells ("the woman with
    cumulative trauma") that the letter's case summary records, and letter id -> the share of the
    conditions it calls the patient by ("the woman with mild lumbar degenerative disc disease")
    that the summary prints word for word. Each None when the question tells none; the
    conditions also when no candidate's summary prints one (a lay wording of the diagnosis
    then tells nothing either way)."""
    # what the question tells of a patient it sets aside ("not the cumulative trauma one") tells of no one asked
    kept, aside = patient_set_aside(query.text)
    told, shunned = mechanisms(kept), mechanisms(aside) if aside else ()
    # the condition, and what the patient was on ("switched her from omeprazole"): both printed in the summary
    conditions = (*condition_phrases(kept), *(p for p in (_norm(w) for w in _drugs_on(kept)) if p),
                  *quoted(kept), *work_and_pain(kept), *machine_worked(kept), *stomach_complaints(kept), *moods_told(kept),
                  *job_words(query.person))  # "the farm worker": "a 28-year-old male farm worker"
    felt = symptoms_felt(kept)  # "tingling in my face and toes"
    if not told and not shunned and not conditions and not felt:
        return None, None
    texts: dict[int, list[str]] = {}
    for letter_id, text in engine.store.catalog.query(
            f"SELECT letter_id, text FROM chunks WHERE section = 'summary' AND letter_id IN ({','.join('?' * len(ids))})",
            ids):
        texts.setdefault(letter_id, []).append(text)
    summaries = {letter_id: " ".join(parts) for letter_id, parts in texts.items()}
    if (conditions and not felt and set(conditions) == set(condition_phrases(kept))
            and not any(printed((p,), text) > 0 for p in conditions for text in summaries.values())):
        # a diagnosis no case summary prints, only a reviewer's rationale ("the man with the rib fractures": "the
        # patient presents with rib fractures, hemothorax ..."): looked for there too (not a complaint offered as a
        # reason: "was it because it upset her stomach?")
        for letter_id, text in engine.store.catalog.query(
                f"SELECT letter_id, text FROM chunks WHERE section = 'item' AND letter_id IN ({','.join('?' * len(ids))})",
                ids):
            summaries[letter_id] = f"{summaries.get(letter_id, '')} {text}"
    jobs = set(job_words(query.person))  # a job no summary prints, said loosely ("office worker": "office")
    conditions = tuple(loosely((p,))[0] if p in jobs and not any(printed((p,), t) > 0 for t in summaries.values()) else p
                       for p in conditions)
    recorded_share = ({letter_id: PATIENT_SET_ASIDE if any(recorded(name, text) for name in shunned)
                       else sum(recorded(name, text) for name in told) / len(told) if told else None
                       for letter_id, text in summaries.items()} if told or shunned else None)
    # a phrase many candidates print ("neck pain") picks no one out; one none prints tells nothing
    def rare(found: int) -> bool:
        return 0 < found <= RARE
    # ... a mood, which many summaries print ("anxiety", "depression"), rare among `among`, the letters whose fields agree
    # ("50, has anxiety now": of the two 50-year-old women, the one whose summary prints it)
    moods = set(moods_told(kept))
    fit = [text for letter_id, text in summaries.items() if letter_id in set(among)] if among else list(summaries.values())
    kept = tuple(p for p in conditions
                 if rare(sum(printed((p,), text) > 0 for text in (fit if p in moods else summaries.values()))))
    kept_felt = tuple(f for f in felt if rare(sum(printed((), text, (f,)) > 0 for text in summaries.values())))
    if not kept and not kept_felt:
        return recorded_share, None
    return recorded_share, {letter_id: printed(kept, text, kept_felt) for letter_id, text in summaries.items()}


def _fields(query: Query, age: int | None, sex: str | None, injured: str | None, items: int | None = None,
            mechanism: float | None = None, dates: tuple[int, int] = (0, 0),
            condition: float | None = None, told_item: float | None = None) -> float | None:
    """The share of described fields the letter agrees with; None when one contradicts it. How
    many requests the patient had ("her five requests") and how they were hurt (the share of the
    mechanisms told that the case summary records) count loosely: a miss contradicts nothing."""
    person = query.person
    said, agree = dates  # the letter's UR denial or decision date given (service.dated): precise, counted double
    if mechanism == PATIENT_SET_ASIDE:  # the summary records how the patient set aside was hurt: not them
        return None
    # the summary's story, and the request told of them: told otherwise contradicts nothing
    for loose in (mechanism, condition, told_item):
        if loose is not None:
            said += 1
            agree += loose
    if person.requests is not None and items is not None:  # (not for described_letters' strict agreement)
        said += 1
        agree += items == person.requests
    if person.age is not None:
        said += 1
        if age is not None and age != person.age and abs(age - person.age) > 1:
            return None
        agree += age == person.age
    elif person.ages is not None:
        said += 1
        if age is not None and not person.ages[0] <= age <= person.ages[1]:
            return None
        agree += age is not None
    if person.sex:
        said += 1
        if sex and sex != person.sex:
            return None
        agree += sex == person.sex
    if query.injury_date and injured and len(injured) == 10:
        said += 2  # a whole date of injury is precise: it counts double, and a different one not at all
        agree += 2 * (injured == query.injury_date)
    elif person.injury_month or person.injury_year:
        said += 1
        if injured:
            if person.injury_month and not injured.startswith(person.injury_month):
                agree += 0  # dates in questions are loose: a near miss neither helps nor excludes
            elif person.injury_year and not injured.startswith(str(person.injury_year)):
                agree += 0
            else:
                agree += 1
    return agree / said if said else 0.0


def printing_told(engine: Engine, query: Query, cases: tuple[str, ...]) -> tuple[str, ...]:
    """Of `cases` (letters agreeing with the description's fields), those whose case summaries print
    the most of the conditions, symptoms and pain scores the question tells ("28 yo woman, lumbar
    sprain, pain 10/10": of three 28-year-old women's letters, the one printing "lumbar sprain"), in
    their order; all of them when none prints one, or nothing is told (a condition worded otherwise
    rules no one out)."""
    if len(cases) < 2:
        return cases
    rows = engine.store.catalog.query(
        f"SELECT id, case_number FROM letters WHERE case_number IN ({','.join('?' * len(cases))})", list(cases))
    ids = {case: letter_id for letter_id, case in rows}
    _told, conditions = _summaries_tell(engine, query, list(ids.values()))
    shares = {case: conditions.get(ids.get(case, -1), 0.0) for case in cases} if conditions else {}
    most = max(shares.values(), default=0.0)
    return tuple(case for case in cases if shares[case] == most) if most > 0 else cases


# what a surgery's words say of the operation itself, not of what it was for: "carpal tunnel surgery" -> "carpal tunnel"
_OPERATION = re.compile(r"\s*\b(?:surgery|surgical|operation|release[sd]?|repair(?:ed)?|procedure)\b\s*", re.IGNORECASE)


def printing_story(engine: Engine, query: Query, cases: tuple[str, ...]) -> tuple[str, ...]:
    """Of `cases`, those whose case summaries print what a treatment the patient had was for ("my mom had carpal
    tunnel surgery": "status post carpal tunnel"), when some but not all do; else `cases`."""
    words = {w for story in query.story_treatments for t, said in find_treatments(query.text) if t == story
             if len(w := _OPERATION.sub(" ", said).strip()) >= 4}
    if len(cases) < 2 or not words:
        return cases
    printing = summaries_printing(engine, cases, words)
    return printing if 0 < len(printing) < len(cases) else cases


def summaries_printing(engine: Engine, cases: tuple[str, ...] | list[str], words, plural: bool = False) -> tuple[str, ...]:
    """Of `cases`, in order, those whose case summary prints one of `words` as a word (`plural`: or with an "s")."""
    if not cases or not words:
        return ()
    rows = engine.store.catalog.query(
        f"SELECT l.case_number, c.text FROM letters l JOIN chunks c ON c.letter_id = l.id AND c.section = 'summary' "
        f"WHERE l.case_number IN ({','.join('?' * len(cases))})", list(cases))
    ending = "s?" if plural else ""
    printing = {case for case, text in rows
                if any(re.search(rf"\b{re.escape(w)}{ending}\b", text, re.IGNORECASE) for w in words)}
    return tuple(c for c in cases if c in printing)


def diagnosis_only_told(query: Query) -> bool:
    """Whether all the question tells of the patient's case, beside their age, sex and body parts, is a
    diagnosis ("37 yo woman with neck and low back strain"): no job, mechanism, symptom, pain score, drug
    or quoted words, which a summary prints as told; a diagnosis in lay words may be printed otherwise
    ("cervical spine sprain/strain and low back pain")."""
    kept, _aside = patient_set_aside(query.text)
    return bool(condition_phrases(kept)) and not (
        mechanisms(kept) or _drugs_on(kept) or quoted(kept) or work_and_pain(kept) or machine_worked(kept)
        or stomach_complaints(kept) or job_words(query.person) or symptoms_felt(kept))


def prints_condition_words(engine: Engine, query: Query, case: str) -> bool:
    """Whether the case summary of `case` prints every word (of four letters or more) of each diagnosis told of the
    patient, in any order ("low back strain": "cervical spine sprain/strain and low back pain")."""
    kept, _aside = patient_set_aside(query.text)
    words = {w.lower() for phrase in condition_phrases(kept) for w in re.findall(r"[A-Za-z]{4,}", phrase)}
    if not words:
        return False
    text = " ".join(r[0] for r in engine.store.catalog.query(
        "SELECT c.text FROM chunks c JOIN letters l ON l.id = c.letter_id WHERE c.section = 'summary' AND "
        "l.case_number = ?", [case])).lower()
    return all(re.search(rf"\b{w}\b", text) for w in words)


REVIEWER_WEIGHT = 0.5  # a letter whose reviewer has the specialty named (beside any patient match)
REVIEWER_LETTERS = 200  # a specialty this common narrows nothing: it only ranks


def with_reviewer(engine: Engine, query: Query, matches: dict[str, float]) -> dict[str, float]:
    """`matches` plus the letters whose reviewer has the specialty the question names."""
    if not query.reviewer:
        return matches
    named = alternatives(query.reviewer)  # ("neuro": either specialty)
    rows = engine.store.catalog.query(
        "SELECT case_number FROM letters WHERE " + " OR ".join(["reviewer_specialty LIKE ?"] * len(named)) + " LIMIT ?",
        [*(f"%{n}%" for n in named), REVIEWER_LETTERS + 1])
    if not rows or len(rows) > REVIEWER_LETTERS:
        return matches
    out = dict(matches)
    for (case_number,) in rows:
        out[case_number] = out.get(case_number, 0.0) + REVIEWER_WEIGHT
    return out


def the_one(matches: dict[str, float]) -> str | None:
    """The letter the description fits clearly, if exactly one does."""
    if not matches:
        return None
    ranked = sorted(matches.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= CLEAR:
        return ranked[0][0]
    return None


def described_letters(engine: Engine, query: Query, filters: dict[str, object]) -> tuple[str | None, tuple[str, ...]]:
    """For an answer about the one patient a question describes (a count counted within their
    letter): the letter the description fits clearly (None when none does), and the letters that
    agree with every field it gives (age, sex, injury date), best first. Nothing when the
    question describes no one person (people.one_person: "the 54 year old woman", not "women in
    their fifties") or names a case."""
    if query.case_numbers or not one_person(query.text, query.person):
        return None, ()
    matches = letter_matches(engine, query, filters)
    if not matches:
        return None, ()
    reviewed = with_reviewer(engine, query, matches)  # "the neurosurgeon's": of the letters that fit, hers
    matches = {case: reviewed[case] for case in matches}
    ranked = sorted(matches, key=lambda case: -matches[case])
    rows = engine.store.catalog.query(
        f"SELECT id, case_number, age, sex, date_of_injury, ur_denial_date, decision_date FROM letters "
        f"WHERE case_number IN ({','.join('?' * len(ranked))})", ranked)
    said = letter_dates(query.text)
    # how they were hurt, when told, must be recorded too (a condition is worded too many ways to
    # rule a letter out: "lumbar radiculopathy" is "radiculopathy" in another summary)
    told, _conditions = _summaries_tell(engine, query, [r[0] for r in rows])
    agree = {case for letter_id, case, age, sex, injured, ur_denied, decided in rows
             if _fields(query, age, sex, injured, dates=dates_agree(
                 said, {"ur_denial_date": ur_denied, "decision_date": decided}),
                 mechanism=told.get(letter_id, 0.0) if told is not None else None) == 1.0}
    agree &= having_aside(engine, query, tuple(agree))
    agree &= having_told_outcome(engine, query.text, tuple(agree))  # "the lady whose naproxen got denied"
    return the_one(matches), tuple(case for case in ranked if case in agree)


def job_letters(engine: Engine, query: Query, filters: dict[str, object]) -> tuple[str, ...]:
    """The letters whose case summary prints every job the description gives ("the truck driver":
    "a 28-year-old male truck driver") and whose header agrees with every other field it gives
    (age, sex, injury date), best first; () when it gives no job or names a case. A job many
    workers share is no one patient: each of the letters that print it is the patient described,
    as far as the question can say."""
    jobs = job_words(query.person)
    if not jobs or query.case_numbers or not one_person(query.text, query.person):
        return ()
    matches = letter_matches(engine, query, filters)
    if not matches:
        return ()
    ranked = sorted(matches, key=lambda case: -matches[case])
    rows = engine.store.catalog.query(
        f"SELECT l.case_number, l.age, l.sex, l.date_of_injury, group_concat(c.text, ' ') FROM letters l "
        f"JOIN chunks c ON c.letter_id = l.id AND c.section = 'summary' "
        f"WHERE l.case_number IN ({','.join('?' * len(ranked))}) GROUP BY l.id", ranked)
    plain = msgspec.structs.replace(query.person, occupations=())  # the fields the header gives, without the job
    fields = msgspec.structs.replace(query, person=plain)

    def agreeing(said: tuple[str, ...]) -> set[str]:
        return {case for case, age, sex, injured, summary in rows
                if printed(said, summary or "") == 1.0 and (not _said(fields) or _fields(fields, age, sex, injured) == 1.0)}

    agree = agreeing(jobs)
    if not agree and (loose := loosely(jobs)) != jobs:
        # "the office worker": no summary prints it; "an office assistant" is one, as the asker says it
        agree = agreeing(loose)
    agree &= having_aside(engine, query, tuple(agree))
    agree = _of_the_part(engine, jobs, agree)
    return tuple(case for case in ranked if case in agree)


def _of_the_part(engine: Engine, jobs: tuple[str, ...], cases: set[str]) -> set[str]:
    """Of `cases`, those with a request of the body part the person is called by ("the 63 yo shoulder
    guy": the letter that decided his shoulder surgery, not one whose summary mentions shoulder pain),
    when every word calling them is a body part and some of them have one; else `cases`."""
    parts = [find_regions(j) for j in jobs]
    if len(cases) < 2 or not parts or not all(parts):
        return cases
    regions = sorted({r for found in parts for r, _w in found})
    rows = engine.store.catalog.query(
        f"SELECT DISTINCT i.case_number FROM items i JOIN item_regions r ON r.item_id = i.id "
        f"WHERE i.case_number IN ({','.join('?' * len(cases))}) AND r.region IN ({','.join('?' * len(regions))})",
        [*sorted(cases), *regions])
    return {case for (case,) in rows} or cases


def by_relative(engine: Engine, query: Query, filters: dict[str, object], matches: dict[str, float]) -> dict[str, float]:
    """`matches` narrowed to the one look-alike a relative word picks ("the older truck driver": of
    the letters the description fits equally, the oldest patient's; service.relative), else as given."""
    which = relative(query.text)
    if not which or query.case_numbers or not matches:
        return matches
    fitting = job_letters(engine, query, filters) if job_words(query.person) else described_letters(engine, query, filters)[1]
    if len(fitting) < 2:
        return matches
    # a treatment asked that only some of them had decides first: "the older cashier - wrist brace
    # denied?" is the one cashier with a wrist brace, older or not than the others
    fitting = _holding(engine, query, fitting) or fitting
    if len(fitting) == 1:
        return {fitting[0]: 1.0}
    rows = engine.store.catalog.query(
        f"SELECT case_number, age, date_of_injury FROM letters WHERE case_number IN ({','.join('?' * len(fitting))})",
        list(fitting))
    chosen = picked(rows, *which)
    return {chosen: 1.0} if chosen else matches


def _holding(engine: Engine, query: Query, cases: tuple[str, ...]) -> tuple[str, ...]:
    """Of `cases`, those with an item of a treatment set the question asks about (service.scope.asked_sets),
    in order, and of those the ones whose item is of the body part asked, when some are ("the younger of
    the two women whose lumbar MRI was denied": not a woman with a neck MRI); () when none is asked."""
    sets = asked_sets(query)
    if not sets:
        return ()
    held = with_item(engine, sets, cases)
    regions = () if query.regions_told else query.body_regions
    placed = with_item(engine, sets, held, regions) if regions and held else ()
    return placed or held


def with_item(engine: Engine, sets: tuple[str, ...], cases: tuple[str, ...], regions: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Of `cases`, in order, those with an item of one of `sets` (and of one of `regions`, when given)."""
    where = (f" AND EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = i.id AND r.region IN ({','.join('?' * len(regions))}))"
             if regions else "")
    rows = engine.store.catalog.query(
        f"SELECT DISTINCT i.case_number FROM item_treatments t CROSS JOIN items i ON i.id = t.item_id "
        f"WHERE t.treatment IN ({','.join('?' * len(sets))}) AND i.case_number IN ({','.join('?' * len(cases))}){where}",
        [*sets, *cases, *regions])
    held = {case for (case,) in rows}
    return tuple(case for case in cases if case in held)


def contradicting(engine: Engine, query: Query, cases: set[str] | list[str]) -> set[str]:
    """Of `cases`, the letters whose header (age, sex, date of injury) contradicts the patient described
    ("28 yr old girl ... she was doing chiro": never a 60-year-old woman's letter with a chiro request)."""
    if not cases or not _said(query):
        return set()
    rows = engine.store.catalog.query(
        f"SELECT case_number, age, sex, date_of_injury FROM letters WHERE case_number IN ({','.join('?' * len(cases))})",
        sorted(cases))
    return {case for case, age, sex, injured in rows if _fields(query, age, sex, injured) is None}


def _said(query: Query) -> bool:
    """Whether the description gives a field a letter's header can agree with (age, sex, injury date)."""
    person = query.person
    return bool(person.age is not None or person.ages or person.sex or query.injury_date or person.injury_month
                or person.injury_year)


__all__ = ["by_relative", "contradicting", "described_letters", "holding_all", "job_letters", "letter_matches", "printing_told", "the_one", "with_item", "with_reviewer"]


def same_worker(engine: Engine, case: str) -> tuple[str, ...]:
    """The other letters that give `case`'s age, sex and date of injury, all three known: one worker's,
    reviewed more than once (CM17-0006045 and CM17-0010885: a 50-year-old woman injured October 18, 2016)."""
    rows = engine.store.catalog.query(
        "SELECT b.case_number FROM letters a JOIN letters b ON a.age = b.age AND a.sex = b.sex AND "
        "a.date_of_injury = b.date_of_injury WHERE a.case_number = ? AND b.case_number != ? AND a.age IS NOT NULL "
        "AND a.sex IS NOT NULL AND a.sex != '' AND a.date_of_injury IS NOT NULL AND a.date_of_injury != '' "
        "ORDER BY b.case_number", [case, case])
    return tuple(r[0] for r in rows)
