"""Whether what a question asks for is there: a case or the patient described that lacks the
treatment (and body part) asked, a treatment no letter has or has only for other body parts, a
patient no letter fits. Each check answers with the message to give, or '' / True when the item
flow (service.flows.item) may go on.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
import re

import msgspec

from service.compose.listing import WORD
from service.diagnosed import condition_phrases
from service.drugs import drug_names, unsetted_mentions
from service.engine import Engine
from service.forms import asked_form, drugs_before_form, in_another_form, same_form
from service.gather import (absent_named, case_items, in_requests, read_as_corrected, unknown_phrase, unprinted_brand,
                            with_kind_words)
from service.mechanism import mechanisms
from service.outcomes import WORD as OUTCOME_WORD
from service.patients import (described_letters, fields_letters, diagnosis_only_told, printing_told, prints_condition_words, same_worker,
                             summaries_printing)
from service.people import Person, firmly_told
from service.quoting import quotes_a_letter
from service.reason_asked import reason_clauses
from service.reviewers import read_reviewers
from indexer.taxonomy import find_regions
from indexer.terms import tokens
from indexer.treatments import GROUPS, find_treatments
from service.part_told import parts_told
from service.told_kind import kinds_unheld, of_kind, visit_kinds
from service.topic import GENERIC, overlap, topic_tokens
from service.types import Hit
from service.understand import Query, asking_span

ABSTAIN_SIMILARITY = 0.30  # best dense cosine below this: nothing in the index answers
CONFIDENT_SIMILARITY = 0.60  # at or above this a passage answers even if no heading names the words
# Words that name no treatment by themselves: "hyperbaric oxygen therapy" is about hyperbaric oxygen.
# the generic words a misspelling may stand for: not the short ones ("bone" is no "one" mistyped)
_GENERIC_FUZZY = frozenset(w for w in GENERIC if len(w) > 3)
GENERIC_TREATMENT_WORDS = frozenset(
    "therapy therapies treatment treatments program programs session sessions visit visits unit units test tests "
    "testing study studies evaluation consult consultation medication medications medicine drug drugs pill pills "
    "procedure procedures service services care management device devices supply supplies trial try tries trying plan use "
    "pain ache aches medical covered coverage ever approved denied precedent precedents ruling rulings "
    # ... nor a vague word for whatever was asked: "hand or wrist stuff", "the knee things"
    "stuff things".split())


def region_fits(query: Query, hit: Hit) -> bool:
    """Whether an item is of a body part the question names plainly (any item, when it names none
    or the item names none): the 53-year-old man's lumbar MRI is not "the cervical MRI"."""
    return not plain_regions(query) or not hit.body_regions or bool(with_limbs(query.body_regions) & set(hit.body_regions))


def low_back_first(query: Query, hits: list[Hit]) -> list[Hit]:
    """`hits` without those of the upper back alone when the question names a plain "back" and another hit is of
    the low back: "her back MRI" is her lumbar MRI first, the thoracic one only where no lumbar one is a hit."""
    if query.regions_told or not any(w.lower() == "back" for w in query.region_words) or "thoracic" in query.body_regions:
        return hits
    if not any("lumbar" in h.body_regions for h in hits):
        return hits
    return [h for h in hits if set(h.body_regions) != {"thoracic"}]


# A limb holds its joints: "PT for my arms" is the PT of "bilateral shoulder, elbow and wrist", and
# "the EMG of her wrist" may be an EMG of the upper extremity.
_LIMBS = {"upper extremity": {"shoulder", "elbow", "wrist/hand"}, "lower extremity": {"hip", "knee", "ankle/foot"}}


def with_their_limbs(regions) -> set[str]:
    """`regions` with the limb of each joint named (not the joints of a limb: "the lower extremities" is no knee)."""
    return set(regions) | {limb for limb, joints in _LIMBS.items() if joints & set(regions)}


def with_limbs(regions) -> set[str]:
    """`regions` with the joints of each limb named and the limb of each joint named."""
    out = set(regions)
    for limb, joints in _LIMBS.items():
        if limb in out:
            out |= joints
        if out & joints:
            out.add(limb)
    return out


_LOOSE_REGION_WORDS = frozenset({"back", "spine", "spinal"})


def case_lacks(engine: Engine, query: Query, sets: tuple[str, ...], case: str = "", described: bool = False,
               called: tuple[str, ...] = ()) -> str:
    """A message when the case named (or `case`, the letter of the patient described) has no
    request for the treatment asked about, else ''."""
    case = case or query.case_numbers[0]
    items = case_items(engine, case)
    if not items or has_asked(query, sets, items):
        return ""
    asked = _asked_words(query, called)
    held = [w for w in dict.fromkeys(query.treatment_words) if (mine := {t for t, _w in find_treatments(w)})
            and any(mine & set(row[3]) for row in items)]
    if held and len(held) < len(set(query.treatment_words)):
        # "the 63 yo man with the shoulder surgery and the EMG": his letter decided the surgery, and lacks the EMG only
        rest = msgspec.structs.replace(query, treatment_words=tuple(w for w in query.treatment_words if w not in held),
                                       treatments=())
        had = msgspec.structs.replace(query, treatment_words=tuple(held), treatments=())
        asked = _asked_words(rest, called)
        who = f"The letter of the patient described, case {case}," if described else f"Case {case}"
        return (f"{who} decided the {_asked_words(had, called)} but has no request for {asked}: no one letter has both. "
                f"{decided(items)}{_other_form(query, items)}")
    if unprinted := listed_unprinted(engine, query):  # "a hot tub, a gym membership or pool therapy": the hot tub too
        asked = " / ".join([*unprinted, asked])
    if "consultation" in sets and (kinds := visit_kinds(query.text)):
        asked = f"{' or '.join(kinds)} {asked}"  # "has no request for pain management referral"
    if (form := _form_asked(query)) and not re.search(rf"(?<!\w){form}", asked, re.IGNORECASE):
        asked = f"{asked} {form}"  # "has no request for lidocaine patch" (its lidocaine is in creams: said after)
    who = f"The letter of the patient described, case {case}," if described else f"Case {case}"
    return f"{who} has no request for {asked}. {decided(items)}{_other_form(query, items)}"


def _form_asked(query: Query) -> str | None:
    """The form the one drug asked is asked in ("the lidocaine patch": patch), else None."""
    drugs = [w for w in dict.fromkeys(query.treatment_words) if drug_names(w)]
    return asked_form(query.text, tuple(drugs)) if len(drugs) == 1 else None


def _other_form(query: Query, items) -> str:
    """' Its lidocaine request is an ointment (...), a different form from a patch.' where the one drug asked, in a
    form (a Lidoderm patch), is requested in the letter in another form; else ''."""
    if not (form := _form_asked(query)):
        return ""
    drug = next(w for w in query.treatment_words if drug_names(w))
    said = in_another_form(form, drug_names(drug), [title for _n, title, _d, _t, _r in items])
    return f" {said}" if said else ""


def case_lacks_region(engine: Engine, query: Query) -> str:
    """A message when the question asks, of the case it names and of no treatment, about a body part none of the
    case's requests is for, every one of them being for some body part: "CM17-0011703 did IMR decide anything
    for his right foot?" (his neck and low back were decided; the foot only hurts); else ''."""
    if len(query.case_numbers) != 1 or not (regions := plain_regions(query)):
        return ""
    start, end = asking_span(query.text)
    asking = query.text[start:end].lower()
    words = [w for r, w in zip(query.body_regions, query.region_words) if r in regions]
    items = case_items(engine, query.case_numbers[0])
    if not items or not all(w.lower() in asking for w in words) or any(not item_regions for *_r, item_regions in items):
        return ""
    wanted = with_limbs(regions)
    if any(wanted & with_limbs(item_regions) or any(w.lower() in title.lower() for w in words)
           for _n, title, _d, _t, item_regions in items):
        return ""
    return f"Case {query.case_numbers[0]} has no request for the {' or '.join(words)}. {decided(items)}"


def case_lacks_drug(engine: Engine, query: Query, described: str = "") -> str:
    """A message when the question asks, of the case it names (or of `described`, the letter of the patient it
    describes), about a drug by a name of its own that no treatment set stands for (Fioricet, Tylenol) and none of
    the case's requests names by any of its names: "CM17-0017734 - tramadol got denied. was the fioricet for her
    headaches approved at least?" (the tramadol told, the Fioricet asked); else ''."""
    case = described or (query.case_numbers[0] if len(query.case_numbers) == 1 else "")
    if not case:
        return ""
    start, end = asking_span(query.text)
    # (a drug named in a reason offered for another treatment asked is the reason: "is the tramadol in case N denied
    # because she never tried tylenol?")
    offered = reason_clauses(query.text) if query.treatments else []
    asked = [word for word, at in unsetted_mentions(query.text)
             if start <= at < end and not _in_combination(query.text, at, at + len(word))
             and not any(a <= at < b for a, b in offered)]
    if not asked:
        return ""
    items = case_items(engine, case)
    titles = " ".join(title for _n, title, _d, _t, _r in items)
    missing = [w for w in asked if not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", titles, re.IGNORECASE)
                                         for n in drug_names(w))]
    if not items or len(missing) != len(asked):
        return ""
    who = f"The letter of the patient described, case {case}," if described else f"Case {case}"
    return f"{who} has no request for {' or '.join(missing)}. {decided(items)}"


# a drug written joined to another, a combination product's part: "hydrocodone/acetaminophen", "APAP-codeine"
_JOINED_BEFORE = re.compile(r"[A-Za-z]\s*[/-]\s*$")
_JOINED_AFTER = re.compile(r"^\s*[/-]\s*[A-Za-z]")


def _in_combination(text: str, start: int, end: int) -> bool:
    """Whether the drug name at text[start:end] is one part of a combination product written with a slash
    or a hyphen: "why was the tramadol/acetaminophen denied?" asks of the tramadol request, which the
    case has, not of an acetaminophen one it lacks."""
    return bool(_JOINED_BEFORE.search(text[:start]) or _JOINED_AFTER.search(text[end:]))


def theirs_instead(engine: Engine, case: str, several: bool = False) -> str:
    """What the letter of the patient described decided, for a treatment (`several`: treatments) no letter has."""
    return (f"The letter of the patient described, case {case}, has no request for {'them' if several else 'it'} either. "
            f"{decided(case_items(engine, case))}")


def decided(items) -> str:
    """'Its letter decided N items: 1. "X": denied (upheld); ...' of a letter's items (gather.case_items rows)."""
    listed = "; ".join(f'{n}. "{title}": {WORD[d]}' for n, title, d, _t, _r in items)
    return f"Its letter decided {len(items)} item{'s' if len(items) != 1 else ''}: {listed}."


def plain_regions(query: Query) -> set[str]:
    # a body part named plainly must be the item's too ("the knee braces" of a case whose braces
    # are for the elbows); a plain "back" may be any part of the spine, so it does not count, and
    # a body part only the patient's story names ("tingling in my face. Why was my MRI
    # approved?") is where it hurts, not what was requested
    if query.regions_told:
        return set()
    return {r for r, w in zip(query.body_regions, query.region_words) if w.lower() not in _LOOSE_REGION_WORDS}


SPINE = frozenset({"lumbar", "cervical", "thoracic"})


def _back_elsewhere(query: Query, item_regions) -> bool:
    """Whether the question places the thing asked in the back, loosely, right before its word ("the back brace": any
    part of the spine; not "approved my nerve test back in December"), and the item is only of other body parts (a
    shoulder brace)."""
    loose = any(w.lower() in _LOOSE_REGION_WORDS and any(re.search(
        rf"(?<!\w){re.escape(w)}\s+{re.escape(t)}(?!\w)", query.text, re.IGNORECASE) for t in query.treatment_words)
        for w in query.region_words)
    return (loose and not query.regions_told and bool(item_regions) and not SPINE & set(item_regions)
            and not plain_regions(query) - SPINE)


def has_asked(query: Query, sets: tuple[str, ...], items) -> bool:
    """Whether one of a letter's items (gather.case_items rows) is the treatment asked about."""
    topic = topic_tokens(query)
    # a patch is not a cream (service.forms); the form is read after the drug's name as corrected, of the
    # drugs read as treatments and those said right before a form ("lidocaine ointment ... would Lidoderm
    # patches have gone through?": the ointment, said first)
    text = read_as_corrected(query)
    said = {w.lower() for w in query.treatment_words}
    form = asked_form(text, (*query.treatment_words, *(w for w in drugs_before_form(text) if w.lower() not in said)))
    named = with_limbs(query.body_regions)  # a story's body parts too: "the back scan ... who also hurt her knee"
    # the body part told of one treatment of several asked is not the others' ("the acupuncture and the MRI of his
    # foot": acupuncture anywhere)
    told = parts_told(query.text) if len(set(sets) - GROUPS) > 1 else {}
    for _index, title, _decision, treatments, item_regions in items:
        if plain_regions(query) and item_regions and not named & set(item_regions) and not (
                told and any(s in treatments and s not in told for s in set(sets) - GROUPS)):
            continue
        if _back_elsewhere(query, item_regions):
            continue  # "the back brace" of a letter whose brace is for the shoulder
        if "consultation" in treatments and (kinds := visit_kinds(query.text)) and not any(of_kind(k, title) for k in kinds):
            continue  # "the pain management referral" of a letter whose referral is to a chiropractor
        if sets and set(sets) & set(treatments) and not another_drug(query, title, treatments) and (
                len(set(sets) - GROUPS) > 1 or same_form(form, title)):
            # (of several things asked, the form said is one of them's: "naproxen, a PPI and two compounded creams")
            return True
        if names_drug(query, title) and same_form(form, title):
            # "the flurbiprofen one": a drug named that the request names, whatever class its compound was
            # filed under (a flurbiprofen cream is a topical, not an NSAID pill)
            return True
        if not sets and topic and overlap(topic, title) > 0:
            return True
    return False


def _drug_words(query: Query) -> tuple[str, ...]:
    """The question's treatment words, and the drugs it names right before a form word asked, which the form's set
    reads ("Voltaren gel": a topical, the Voltaren too; not the story's "on Norco and a lidocaine patch")."""
    asked = {w.lower() for w in query.treatment_words}

    def form_asked(drug: str) -> bool:
        m = re.search(rf"(?<!\w){re.escape(drug)}\s+(?:(?:pain|topical|numbing)\s+)?(\w+)", query.text, re.IGNORECASE)
        return bool(m) and m.group(1).lower() in asked

    return (*query.treatment_words, *(d for d in drugs_before_form(query.text) if form_asked(d)))


def names_drug(query: Query, title: str) -> bool:
    """Whether the question names a drug by name (generic or brand) that `title` names."""
    names = [n for word in _drug_words(query) for n in drug_names(word)]
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", title, re.IGNORECASE) for n in names)


def products_named(query: Query) -> list[str]:
    """The drugs the question names by a brand or product name, not the generic: "the tabradol"."""
    return [w for w in query.treatment_words if (names := drug_names(w)) and w.lower() != names[0].lower()]


def title_names(words: str, title: str) -> bool:
    """Whether `title` names `words` word for word ("Tabradol 1mg/ml oral suspension" names "tabradol")."""
    return bool(re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", title, re.IGNORECASE))


def names_product(query: Query, title: str) -> bool:
    """Whether `title` names, word for word, a drug product the question names ("Tabradol 1mg/ml oral
    suspension" of "the tabradol"; not "Cyclobenzaprine 7.5mg", its generic)."""
    return any(title_names(w, title) for w in products_named(query))


def another_drug(query: Query, title: str, treatments: tuple[str, ...] | None = None) -> bool:
    """Whether the question names a drug by name (generic or brand) that `title`, a request of the
    same class, does not: "the Prilosec" of a letter whose acid pill is pantoprazole. A request of no drug's
    set (`treatments`, when given: an MRI asked beside the Voltaren gel) is no other drug."""
    named = [word for word in _drug_words(query) if drug_names(word)]
    if treatments is not None and named:
        sets = {t for word in named for t, _w in find_treatments(word)} | ({"topical"} if len(named) > len(
            [w for w in query.treatment_words if drug_names(w)]) else set())
        if len(set(query.treatments) - GROUPS) > 1:
            # of several things asked, a drug named is another drug only of its own kind: "norco + soma + the cream"
            # asks of the cream too, which shares no more than "medication" with the Norco and the Soma
            sets -= GROUPS
        if not sets & set(treatments):
            return False
    return bool(named) and not names_drug(query, title)


def described_lacks(engine: Engine, query: Query, sets: tuple[str, ...], one: str | None,
                     matches: dict[str, float]) -> str:
    """The letter of the patient described has no request for the treatment (and body part) asked
    about, and no other letter the description fits has one either: say so ('the neck brace for the
    37-year-old woman', whose letter has wrist and elbow braces), else ''."""
    if not matches or not sets or query.case_numbers:
        return ""
    # "the guy in his 60s with the shoulder - his MRI?": the shoulder's MRI, said so
    called = query.region_words if (query := part_described(plain := query)) is not plain else ()
    # the letters agreeing with all the description gives, story included ("the man who fainted
    # and fell": not every man); else every letter that partly fits
    _clear, strict = described_letters(engine, query, {})
    parted: tuple[str, ...] = ()
    if _sex_only(query.person) and query.regions_told and 0 < len(told_parts := _summaries_telling_parts(engine, query, strict)) < len(strict):
        parted = told_parts
        # "did the lady with the hip pain get acupuncture?": a sex and where it hurts; the women whose summaries speak
        # of the hip are the ones she may be, not a woman's neck acupuncture whose letter never names the hip
        strict, matches = parted, {case: matches.get(case, 0.0) for case in parted}
    by_part = bool(parted)
    if _sex_only(query.person) and not condition_phrases(query.text) and not mechanisms(query.text) and any(has_asked(query, sets, case_items(engine, case)) for case in strict):
        # "the guy whose hands go numb - was he approved for nerve testing?": a sex and a symptom told
        # in lay words pick no one out against the treatment asked; a man's letter that has it is his
        # (a diagnosis or how they were hurt does: "the woman with the epigastric pain and left
        # shoulder impingement")
        return ""
    # ... and of those, the ones whose summaries print the condition told ("28 yo woman, lumbar sprain"),
    # when some do: the only one is theirs, though another's summary reads closer to the question
    # ("my mom is 54, she hurt her elbow on the sewing machine, pain 9/10. Did they approve her head CT?":
    # not the 54-year-old woman whose summary tells a head CT)
    alike = strict  # every letter the age, sex and dates given fit, before the story picks among them
    told = printing_told(engine, query, strict)
    if told != strict and diagnosis_only_told(query) and not query.story_treatments and not query.told.words and any(
            has_asked(query, sets, case_items(engine, case)) and prints_condition_words(engine, query, case)
            for case in strict if case not in told):
        # "37 yo woman with neck and low back strain - were her elbow braces denied?": a diagnosis told in lay words,
        # printed word for word by one 37-year-old woman's summary, its words in another's ("sprain/strain and low back
        # pain") that has the elbow braces: hers (not "the woman with tennis elbow": no other summary prints "tennis")
        return ""
    if len(told) == 1 and (not one or (told != strict and one not in told)):
        one = told[0]
    # "the 54 year old lady who runs a sewing machine": a job told that one letter of those the age and sex fit prints
    # picks her out; the others' requests are no one's she may be (a symptom or a diagnosis may be misremembered)
    by_job = bool(query.person.occupations) and len(told) == 1 and told != strict
    strict = told
    loose = strict if one and one in strict else list(matches)
    fitting = [one, *(case for case in loose if case != one)] if one else loose  # theirs first
    if any(has_asked(query, sets, case_items(engine, case)) for case in fitting):
        return ""
    if one:
        return (case_lacks(engine, query, sets, one, described=True, called=called) + _in_other_letters(engine, query, sets, one)
                + ("" if by_job else (_in_alike_letters(engine, query, sets, one, alike)
                                      or _in_others_of_the_fields(engine, query, sets, one, alike))))
    # the few letters that agree with all the description gives, named, best fit first: the user
    # sees which patients were checked ("the 57 yo man": two letters of 57-year-old men)
    named = f" ({', '.join(strict)})" if 0 < len(strict) <= NAMED_FITTING else ""
    if by_part and len(strict) <= NAMED_BY_PART:
        # ... and the letters whose summaries name the part told, so she finds hers
        named = f" (the letters whose summaries name the {' or '.join(query.region_words)}: {', '.join(strict)})"
    return (f"No letter that fits the patient described{named} has a request for {_asked_words(query, called)}."
            f"{asked_elsewhere(engine, query, sets, set(fitting))} {RELATED}")


NAMED_FITTING = 3  # letters fitting the description named when none has the treatment
NAMED_BY_PART = 10  # ... of a sex and where it hurts, the letters whose summaries name the part


def _summaries_telling_parts(engine: Engine, query: Query, cases) -> tuple[str, ...]:
    """Of `cases`, in order, those whose case summary names a body part the story tells ("the hip pain": "hip")."""
    return summaries_printing(engine, cases, [w.lower() for w in query.region_words if w.lower() not in _LOOSE_REGION_WORDS],
                              plural=True)


NAMED_ELSEWHERE = 3  # the few requests for it in letters the description does not fit, named with their patients


def asked_elsewhere(engine: Engine, query: Query, sets: tuple[str, ...], fitting: set[str]) -> str:
    """' The index has it for other patients: CM17-0013625 (a 40-year-old woman): "Dicopanol ...": denied
    (upheld).': the few requests for the treatment asked in letters the description does not fit, each
    with the patient its letter tells, so a user who misremembered an age or a sex finds theirs ("the guy
    with the sleep aid suspension"); '' when none, or more than NAMED_ELSEWHERE (a common treatment)."""
    rows = engine.store.catalog.query(
        "SELECT DISTINCT i.case_number, l.age, l.sex FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"JOIN letters l ON l.case_number = i.case_number WHERE t.treatment IN ({', '.join('?' * len(sets))}) "
        "ORDER BY i.case_number", list(sets))
    said = []
    for case, age, sex in rows:
        if case in fitting:
            continue
        said += [(case, age, sex, row[1], row[2]) for row in case_items(engine, case) if has_asked(query, sets, [row])]
        if len(said) > NAMED_ELSEWHERE:
            return ""  # a common treatment: no few to name
    if not said:
        return ""
    whom = {"male": "man", "female": "woman"}

    def patient(age, sex) -> str:
        told = " ".join(str(p) for p in (f"{age}-year-old" if age else "", whom.get(str(sex or "").lower(), "")) if p)
        return f" (a {told})" if told else ""

    listed = "; ".join(f'{case}{patient(age, sex)}: "{title}": {WORD[decision]}' for case, age, sex, title, decision in said)
    return f" The index has it for {'another patient' if len(said) == 1 else 'other patients'}: {listed}."


def decided_nowhere(engine: Engine, query: Query, sets: tuple[str, ...]) -> str:
    """' No letter in the index decides a request for hip surgery either.': said after no letter fits the patient
    described ("my mom is 70 ... did IMR ever approve hip surgery?"), when no letter's request is the treatment asked
    (at the body part asked) either; '' when some letter's is."""
    rows = engine.store.catalog.query(
        "SELECT DISTINCT i.case_number FROM items i JOIN item_treatments t ON t.item_id = i.id "
        f"WHERE t.treatment IN ({', '.join('?' * len(sets))}) ORDER BY i.case_number", list(sets))
    if any(has_asked(query, sets, case_items(engine, case)) for (case,) in rows):
        return ""
    return f" No letter in the index decides a request for {_asked_words(query)} either."


_HAD_BEFORE = r"\b(?:had|has|have|having|tried|done|did|got|gotten|received|finished|completed|after|already)\s+"


def told_as_had(text: str, word: str) -> bool:
    """Whether `text` tells `word` as care the patient had ("had chiro and acupuncture already"): a verb of having it
    no more than four words before it."""
    return bool(re.search(rf"{_HAD_BEFORE}(?:[\w'’-]+\s+){{0,4}}?{re.escape(word)}(?!\w)", text, re.IGNORECASE))


def lacked_elsewhere(engine: Engine, query: Query, case: str, words: list[str]) -> str:
    """' Another letter the age and sex given fit: CM17-0006797, decided "Right Shoulder Arthroscopy ...": denied
    (upheld).': said after an item answer that tells its letter lacks one of the treatments asked (`words`), when the
    patient is told by age and sex, not named ("why was the 63 yo man's nerve test approved but his surgery wasn't?":
    two 63-year-old men, the surgery the other one's), of the few other letters those fit whose request is that very
    treatment (its narrowest sets, none the patient's story); '' otherwise."""
    if query.case_numbers or not (query.person.age and query.person.sex):
        return ""
    # (not a thing told as had: "had chiro and acupuncture already - which of her requests wasn't denied?" tells the
    # chiro she had, asks of no one's)
    words = [w for w in words if not told_as_had(query.text, w)]
    found = {t for w in words for t, _w in find_treatments(w)}
    specific = (found - GROUPS) or found
    if not specific or specific & set(query.story_treatments):
        return ""
    plain = msgspec.structs.replace(query, story_treatments=(), body_regions=(), region_words=())
    return _in_alike_letters(engine, plain, tuple(specific), case, described_letters(engine, plain, {})[1],
                             matches=lambda row: bool(specific & set(row[3])))


def _in_alike_letters(engine: Engine, query: Query, sets: tuple[str, ...], case: str, alike,
                      matches: Callable[[tuple], bool] | None = None) -> str:
    """' Another letter the age and sex fit, CM16-0239607, decided "MRI cervical spine without contrast": denied
    (upheld).': the treatment asked in the few other letters the description's fields fit, which its story set aside
    ("34 yo man with low back pain, was the neck MRI approved?": his letter has none, the other 34-year-old man's
    has), so the user whose story was off finds theirs; '' when none or more than NAMED_ELSEWHERE. `matches`: whether a
    row (service.gather.case_items) is the treatment asked, else service.lacking.has_asked."""
    said = []
    theirs = {case, *same_worker(engine, case)}  # (their other letters are said by _in_other_letters)
    for other in alike:
        if other in theirs:
            continue
        items = [row for row in case_items(engine, other) if (matches(row) if matches else has_asked(query, sets, [row]))]
        if items:
            listed = "; ".join(f'"{title}": {WORD[d]}' for _n, title, d, _t, _r in items)
            said.append(f"{other}, decided {listed}")
    if not said or len(said) > NAMED_ELSEWHERE:
        return ""
    return (f" {'Another letter' if len(said) == 1 else 'Other letters'} the age and sex given fit: "
            f"{'; '.join(said)}.")


def _in_others_of_the_fields(engine: Engine, query: Query, sets: tuple[str, ...], case: str, alike) -> str:
    """' CM17-0006797 is another patient's letter (the same age and sex, not the one told): it decided "Right
    Shoulder ...": denied (upheld).': the treatment asked in the few letters of the age and sex given that the story
    told set apart ("the 63 yo man with the EMG - why was his shoulder surgery denied?": the EMG's letter has no
    surgery, another 63-year-old man's has), named as another patient's, not answered as theirs; '' when none or
    more than NAMED_ELSEWHERE."""
    if not query.person.age or not query.person.sex:
        return ""
    theirs = {case, *alike, *same_worker(engine, case)}
    said = []
    for other in fields_letters(engine, query):
        if other in theirs:
            continue
        items = [row for row in case_items(engine, other) if has_asked(query, sets, [row])]
        if items:
            said.append((other, "; ".join(f'"{title}": {WORD[d]}' for _n, title, d, _t, _r in items)))
    if not said or len(said) > NAMED_ELSEWHERE:
        return ""
    return "".join(f" {other} is another patient's letter (the same age and sex, not the one told): it decided {listed}."
                   for other, listed in said)


def _in_other_letters(engine: Engine, query: Query, sets: tuple[str, ...], case: str) -> str:
    """' Letter CM.. gives the same age, sex and date of injury (one worker, reviewed more than once?) and decided
    "X": approved (overturned).': the treatment asked in the other letters of `case`'s worker, said after its lack
    ("my mom is 50, somebody punched her in the face at work. was her acupuncture approved?": her story's letter has
    no acupuncture, her other letter approved it); '' when none has it."""
    said = []
    for other in same_worker(engine, case):
        items = [row for row in case_items(engine, other) if has_asked(query, sets, [row])]
        if items:
            listed = "; ".join(f'"{title}": {WORD[d]}' for _n, title, d, _t, _r in items)
            said.append(f" Letter {other} gives the same age, sex and date of injury (the same worker, reviewed "
                        f"again?) and decided {listed}.")
    return "".join(said)


# the body part a patient is called by, and nothing more of it: "the guy in his 60s with the shoulder -
# ...", "the woman with the bad knee, ..." (not "with shoulder pain", "with the shoulder surgery")
_WITH_PART = r"\bwith\s+(?:(?:the|a|an|his|her|their|that)\s+)?(?:(?:bad|sore|hurt|injured|busted|messed[- ]up|left|right)\s+)?{}(?=\s*(?:[-\u2013\u2014,:;?.]|$|\s+(?:who|whose|that|and\s+(?:his|her|the)\b|-)))"


def part_described(query: Query) -> Query:
    """`query` with the body parts the patient is called by ("with the shoulder") read as the part of
    the treatment asked, when the asking part names none (service.understand's regions_told); else
    as given."""
    if not query.regions_told:
        return query
    called = [(r, w) for r, w in zip(query.body_regions, query.region_words)
              if re.search(_WITH_PART.format(re.escape(w)), query.text, re.IGNORECASE)]
    if not called:
        return query
    return msgspec.structs.replace(query, regions_told=False, body_regions=tuple(r for r, _w in called),
                                   region_words=tuple(w for _r, w in called))


def _sex_only(person: Person) -> bool:
    """Whether the description gives a sex and no firmer field (service.people.firmly_told)."""
    return bool(person.sex) and not firmly_told(person)


# a condition a body part is said in: "lumbar radiculopathy", "neck strain", "low back pain", "shoulder tendinitis"
# (... said of several body parts: "neck and shoulder pain", "neck, back pain")
_CONDITION_AFTER = re.compile(r"(?:\s*(?:,|\band\b|&|/)\s*[a-z]+(?:\s+[a-z]+)?)?"
                              r"\s+(?:spine\s+|disc\s+)?(?:radiculopathy|radiculitis|radicular|pain|strain|sprain|sprain/strain|"
                              r"stenosis|tendinitis|tendonitis|herniation|disc\s+(?:herniation|bulge|protrusion|disease)|"
                              r"injury|contusion|fracture|arthritis|impingement|tear|degeneration|DDD)\b", re.IGNORECASE)


def _only_in_condition(text: str, word: str) -> bool:
    """Whether every place `word` (a body part) is said is in a condition it names ("lumbar radiculopathy")."""
    places = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
    return bool(places) and all(_CONDITION_AFTER.match(text, at) for at in places)


_PURPOSE_SAID = re.compile(r"^(?:the\s+)?(?:one|ones|something|thing|stuff)\s+(?:(?:that\s+)?(?:was|were|is|are)\s+)?for\s+",
                           re.IGNORECASE)


def _asked_words(query: Query, called: tuple[str, ...] = ()) -> str:
    """The body part (named plainly) and treatment words asked about: "neck brace"; a body part the
    treatment's own words name is not said twice ("knee scope", not "knee knee scope"). The body parts
    `called` the patient by ("with the shoulder") are said though the asking part names none."""
    regions = plain_regions(query)
    named = " ".join(query.treatment_words).lower()
    # (a loose "back" said right before the thing is said too: "back brace")
    words = [w for r, w in zip(query.body_regions, query.region_words)
             if (r in regions or (w.lower() in _LOOSE_REGION_WORDS and not query.regions_told and any(re.search(
                 rf"(?<!\w){re.escape(w)}\s+{re.escape(t)}(?!\w)", query.text, re.IGNORECASE) for t in query.treatment_words)))
             and not re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", named)]
    # where it hurts, told before the question ("a herniated disc in his low back and numbness down
    # his legs. Did IMR approve his epidural?"), is not what was asked: the asking part's body parts
    start, end = asking_span(query.text)
    asking = query.text[start:end].lower()
    if any(w.lower() in asking for w in query.treatment_words):
        words = [w for w in words if w.lower() in asking or w in called]
    # a body part said only right before another treatment is that one's: "the 63 yo man with the shoulder surgery, did
    # they approve his norco?" asks of no shoulder norco
    words = [w for w in words if w in called or not _only_before_another(query.text, w, query.treatment_words)]
    # ... or said only in a condition the patient has: "the 57 yo man with lumbar radiculopathy - gabapentin?" asks of
    # no lumbar gabapentin
    words = [w for w in words if w in called or not _only_in_condition(query.text, w)]
    # of several body parts, those said right before the thing are its own: "34 yo man with low back pain, was the neck
    # MRI approved?" asks of a neck MRI (the low back is where he hurts)
    beside = [w for w in words if any(re.search(rf"(?<!\w){re.escape(w)}\s+{re.escape(t)}(?!\w)", query.text, re.IGNORECASE)
                                      for t in query.treatment_words)]
    if beside and len(words) > 1:
        words = [w for w in words if w in beside or w in called]
    # a treatment word said inside a longer one is said once ("shots for his back / shots": "shots for his back")
    said = [w for w in dict.fromkeys(query.treatment_words) if not any(
        o != w and re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", o.lower()) for o in query.treatment_words)]
    # a thing told by its purpose is said so: "which one was for nerve pain?": "something for nerve pain"
    said = [_PURPOSE_SAID.sub("something for ", w) for w in said]
    # a form said after the drug's name is that drug's: "Voltaren gel", not "gel"
    before = drugs_before_form(query.text)
    said = [next((f"{d} {w}" for d in before if re.search(rf"(?<!\w){re.escape(d)}\s+{re.escape(w)}(?!\w)", query.text,
                                                          re.IGNORECASE)), w) for w in said]
    if len(said) > 1:
        # of several things, a body part said right before one of them is that one's: "pool therapy / gym membership /
        # knee brace", not "knee pool therapy / ..."
        for n, thing in enumerate(said):
            part = next((w for w in words if re.search(rf"(?<!\w){re.escape(w)}\s+{re.escape(thing)}(?!\w)", query.text,
                                                      re.IGNORECASE)), None)
            if part:
                said[n] = f"{part} {thing}"
                words = [w for w in words if w != part]
    # a body part named twice (the follow-up's own "his hand numbness" and the hand carried from the turn before) is
    # said once: "hand EMG", not "hand hand EMG"
    words = [w for n, w in enumerate(words) if w.lower() not in {o.lower() for o in words[:n]}]
    return " ".join([*words, " / ".join(said) or "that treatment"])


def _only_before_another(text: str, part: str, asked: tuple[str, ...]) -> bool:
    """Whether every time `text` says the body part `part`, a treatment word other than those `asked` follows it."""
    said = [m.group(1) for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)\s*([\w-]*)", text, re.IGNORECASE)]
    low = {w.lower() for w in asked}
    return bool(said) and all(nxt and nxt.lower() not in low and find_treatments(nxt) for nxt in said)


def asked_words(query: Query) -> str:
    """The body part and treatment words asked about, as said ("neck CT", "home aide")."""
    return _asked_words(query)


RELATED = "The nearest items are shown as related, not as the answer."


# what is wanted or added, named right after its verb: "my PT wants to add iontophoresis", "can
# they try ozone?", "the doctor recommended hyperbaric oxygen"
_WANTED_THING = re.compile(r"\b(?:add|adding|try|trying|start|starting|recommend(?:s|ed)?|suggest(?:s|ed)?|prescrib(?:e|es|ed)"
                           r"|order(?:s|ed)?)\s+(?:(?:a|an|some|the|him|her|me|them|on)\s+)?(?P<w>[A-Za-z][\w-]{5,})\b"
                           # ... or after a verb of deciding or paying, with its article: "did IMR ever approve a
                           # Narcan kit?" (not "approved through IMR", "approved everything")
                           r"|\b(?:approv(?:e|es|ed|ing)|cover(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|pa(?:y|ys|id)\s+for)"
                           r"\s+(?:a|an|some|any)\s+(?P<v>[A-Za-z][\w-]{5,})\b"
                           # ... or as the subject the question opens with: "are carafate or sucralfate ever
                           # certified ...?", "is Nexium covered for ...?" (each of two named is asked)
                           r"|^\s*(?:is|are|was|were|has|have|does|do|did|can|could|will|would)\s+"
                           r"(?!(?:scripts|refills|claims|things|others|appeals|cases|people|anything|nothing|everything|something|either|"
                           r"neither|anyone|someone|everyone|nobody|anybody|somebody|everybody)\b)(?P<s>[A-Za-z][\w-]{5,})"
                           r"(?:\s+(?:or|and)\s+(?P<t>[A-Za-z][\w-]{5,}))?\s+(?:ever\s+|usually\s+|typically\s+|been\s+)*"
                           r"(?:certified|approved|covered|authori[sz]ed|allowed|okayed|okay'?d|paid\s+for)\b"
                           # ... or the thing a "what about" asks of, a short one by its capitals: "what about an EGD for
                           # stomach pain from the meds?" (the meds are the cause told, the EGD the thing asked)
                           r"|\b(?:what|how)\s+about\s+(?:a|an|some|the)\s+(?P<x>(?-i:[A-Z]{2,5})s?)\b",
                           re.IGNORECASE)
# ... or what the question opens with, glossed or joined to a treatment the index has, before its dash
# or colon: "Duexis (ibuprofen with famotidine) for chronic back pain - upheld?", "moxibustion along
# with acupuncture - approved anywhere?" (not a word that modifies the next one: "addtl chiro 3x2 ...",
# "upright or positional MRIs - ...", nor the asker: "Counsel for the applicant here. Did ...")
_OPENING_THING = re.compile(r"^\s*(?P<w>[A-Za-z][\w-]{4,})(?=\s*\(|\s+(?:along\s+with|together\s+with|with|plus|"
                            r"instead\s+of|in\s+place\s+of|for)\b)", re.IGNORECASE)
_OPENING_ENDS = re.compile(r"\s[-\u2013\u2014]+\s|:\s|[.;?!](?:\s|$)")


def wanted_unknown(engine: Engine, query: Query) -> str:
    """A word for what is wanted ("wants to add iontophoresis") that no letter in the index uses, or
    '': beside a treatment the index has ("my PT"), it is still what is asked."""
    from indexer.terms import unexpanded_tokens
    from indexer.treatments import find_treatments

    text = read_as_corrected(query)
    opening = _OPENING_THING.match(text)
    if opening:
        ends = _OPENING_ENDS.search(text + "?", opening.end())
        if ends.group(0).strip() not in ("-", "\u2013", "\u2014", ":") or not find_treatments(text[opening.end(): ends.start()]):
            opening = None  # "Hello - why was ...": the opening phrase, before its dash, names a treatment beside it
    found = [(opening.group("w"), opening.end())] if opening else []
    found += [(m.group("w") or m.group("v") or m.group("s") or m.group("x"), m.end()) for m in _WANTED_THING.finditer(text)]
    found += [(m.group("t"), m.end()) for m in _WANTED_THING.finditer(text) if m.group("t")]
    for word, end in found:
        if word.lower() in ROLE_WORDS:
            continue  # the asker's work or people, no treatment: "timeline for the 53 yo man's MRI: ..."
        terms = [t for t in unexpanded_tokens(word) if len(t) > 2]
        following = re.match(r"\s+([\w/-]+)", text[end:])
        if following and find_treatments(following.group(1)):
            continue  # it modifies the treatment named after it: "the liquid Neurontin"
        before = re.search(r"(?:[\w/-]+[\s-]+){1,3}$", text[: end - len(word)])
        if before and any(before.group(0).rstrip(" -").lower().endswith(w.lower()) for _t, w in find_treatments(before.group(0))):
            continue  # it is the noun of the treatment named right before it: "the sit stand desk", "the TENS gadget"
        if (terms and not find_treatments(word) and not any(engine.near_term(t) for t in terms)
                and not difflib.get_close_matches(word.lower(), _GENERIC_FUZZY, n=1, cutoff=0.8)):
            return word
    for m in _WANTED_PHRASE.finditer(text if not query.treatments else ""):
        # a thing wanted, in two words the letters use apart but never together, and no treatment: "my dad needs a
        # stair lift" (the letters speak of stairs and of lifting); not beside a treatment named, which is the one
        # asked ("he needs a desk job now, was his PT approved?")
        phrase = f"{m.group('a')} {m.group('b')}"
        # (its head word in no request: the letters' requests never name it, whatever they print of it; "a service
        # dog" is no "Associated surgical service")
        if (not {m.group("a").lower(), m.group("b").lower()} & _NOT_A_THING and not find_treatments(phrase)
                and not find_regions(phrase) and not in_requests(engine, m.group("b"))
                and not _printed_phrase(engine, m.group("a"), m.group("b"))):
            return phrase
    for m in _USED_THING.finditer(text):
        # a thing to use, named by a word no letter uses at its head: "his doctor wants him to use a heat
        # lamp at home" (the letters speak of heat, never of a lamp); a treatment set's words are known
        phrase = m.group("u")
        head = [t for t in unexpanded_tokens(phrase.split()[-1]) if len(t) > 2]
        if (head and not find_treatments(phrase) and not any(engine.near_term(t) for t in head)
                and not difflib.get_close_matches(phrase.split()[-1].lower(), _GENERIC_FUZZY, n=1, cutoff=0.8)):
            return phrase
    return ""


# a thing wanted, in two words after its article: "my dad needs a stair lift", "she asked for a standing desk"
_WANTED_PHRASE = re.compile(r"\b(?:needs?|needed|wants?|wanted|asked\s+for|requested|requesting)\s+(?:a|an)\s+"
                            # (the thing's second word no word that opens what is said of it: "a chair that helps her
                            # back", "a desk she could stand at")
                            r"(?P<a>[A-Za-z]{3,})[\s-](?!(?:that|which|who|she|her|his|him|they|them|the|and|for|with|"
                            r"from|you|was|were|got|had|has|but)\b)(?P<b>[A-Za-z]{3,})\b(?!\s*[-/]?\s*[A-Za-z]{3,}\s+(?:for|of)\b)", re.IGNORECASE)
# ... words that say no thing: "needs a lot more", "wants a second opinion" (the letters' referrals), "a new doctor"
_NOT_A_THING = frozenset("lot bit little few couple new second third another other better good different more same "
                         "short long full whole total repeat follow refill referral trial course round week month day "
                         "year time chance way reason decision review copy letter doctor physician surgeon specialist "
                         "appointment visit consult consultation opinion evaluation".split())


def _printed_phrase(engine: Engine, first: str, second: str) -> bool:
    """Whether some letter prints the two words together ("stair lift", "stair-lift")."""
    return any(engine.store.catalog.query("SELECT 1 FROM chunks WHERE lower(text) GLOB ? LIMIT 1",
                                          [f"*{first.lower()}{sep}{second.lower()}*"]) for sep in (" ", "-", "\n"))


# what is to be used, with its article: "wants him to use a heat lamp at home" (one word before the
# head at most, never a preposition: "a cane at home" is the cane)
_USED_THING = re.compile(r"\b(?:use|uses|using)\s+(?:a|an|some|the)\s+(?P<u>[A-Za-z][\w-]{2,}(?:\s+(?!(?:at|for|in|on|to|with|"
                         r"from|and|or|when|while|because|so|every|each|after|before|during|daily|twice)\b)[A-Za-z][\w-]{2,})?)",
                         re.IGNORECASE)


# a question of the letters' kind ("is there any letter about ...", "did IMR ever approve ...", "would they cover
# it", "paid for thru comp"), not one of another matter ("what's the weather today?")
_OF_THE_LETTERS = re.compile(r"\b(?:letters?|IMR|UR|cases?|files?|decisions?|decided|reviewers?|requests?|requested|approv\w*|"
                             r"den(?:y|ied|ial|ials)|upheld|overturn\w*|authori[sz]\w*|certif\w*|cover(?:s|ed)?|paid\s+for|pays?\s+for)\b",
                             re.IGNORECASE)


def absent_message(engine: Engine, query: Query, hits: list[Hit], similarity: float, filters: dict) -> str:
    """A message when no letter in the index has the treatment asked about, else ''."""
    if phrase := unknown_phrase(engine, query):
        return f"No letter in the index decides a request for {with_absent_named(engine, query, filters, phrase)}. {RELATED}"
    if word := wanted_unknown(engine, query):
        return f"No letter in the index mentions {word}. {RELATED}"
    if "consultation" in query.treatments and (unheld := kinds_unheld(engine, query.text)):
        # "was there a pain management referral anywhere?" of an index whose one referral is to a chiropractor
        kinds = " or ".join(unheld)
        return (f"No letter in the index decides a request for {'an' if kinds[0] in 'aeiou' else 'a'} {kinds} referral or "
                f"consultation. {RELATED}")
    if query.treatments and (thing := kind_unprinted(engine, query)):
        # "neuropsych testing after a concussion": a kind of test no letter prints, not every test of the index
        return f"No letter in the index mentions {thing.split()[0]}. {RELATED}"
    if query.treatments and (thing := featured_unprinted(engine, query)):
        # "car seat with lumbar support for a truck driver - has IMR ever ok'd one?": the seat is asked, its support a
        # feature of it; the lumbar supports decided are related, not the answer
        return f"No letter in the index decides a request for {thing}. {RELATED}"
    if query.treatments:
        missing_words = with_kind_words(query, absent_named(engine, query, filters))
        if missing_words and (brand := other_brand_sentence(engine, missing_words)):
            return f"{brand} {RELATED}"  # "Gralise": no letter prints it; the gabapentin request is the Fanatrex
        return (f"No letter in the index decides a request for {with_absent_named(engine, query, filters, missing_words)}. "
                f"{RELATED}") if missing_words else ""
    if query.person.described and someone_fits(engine, query) and not told_by_nothing(query.person):
        # a description of the patient: the letter is found by the person, not by the words ... but
        # what is theirs that is asked about still has to be a word some letter uses (a person told
        # by no field, "vitamin D for a worker with bone pain", is found by no letter: the words are)
        return _theirs_unknown(engine, query)
    if similarity < ABSTAIN_SIMILARITY:
        # a word no letter uses still says what is missing: "is there any letter about a hot tub?"
        topic = _thing_words(query)
        if (_OF_THE_LETTERS.search(query.text) or _only_named(query.text, topic)) and (
                unknown := _unknown(engine, topic) or _unprinted(engine, topic)):
            return _no_mention(query.text, unknown, topic, engine=engine)
        return "Nothing in the indexed letters answers this question; try naming the treatment, body region or case number."
    if query.person.described and not told_by_nothing(query.person):
        return ""
    if quotes_a_letter(engine, query.text, list(dict.fromkeys(h.case_number for h in hits[:5]))):
        return ""  # the reviewer's own sentence, quoted back: the letter that prints it answers
    topic = _thing_words(query)
    if unknown := _unknown(engine, topic):  # a word no letter in the index uses: "ketamine", "hyperbaric"
        return _no_mention(query.text, unknown, topic, engine=engine)
    if drug := _drug_alone_unrequested(engine, query, filters):
        # "why was the Tylenol denied?": a drug of no treatment set, asked of no one told, that no request names by any
        # of its names (not the Norco whose acetaminophen it is, decided as an opioid)
        return f"No letter in the index decides a request for {drug}. {RELATED}"
    # the condition the patient is called by, in words the letters print: "the patient with carpal tunnel" asks
    # nothing of a "tunnel" (service.diagnosed)
    told = {t for phrase in condition_phrases(query.text) for t in tokens(phrase)} & topic
    topic = topic - (told - set(_unprinted(engine, told)))
    if not topic or similarity >= CONFIDENT_SIMILARITY:
        return ""
    if all(overlap(topic, h.request) == 0 for h in hits[:5]):
        what = " ".join(w for w in query.text.split() if any(t in w.lower() for t in topic)) or " ".join(sorted(topic))
        return f"No letter in the index decides a request for {what.strip('?.,')}. {RELATED}"
    return ""


_TEST_WORD = re.compile(r"tests?|testing|stud(?:y|ies)|diagnostics?", re.IGNORECASE)


def kind_unprinted(engine: Engine, query: Query) -> str:
    """A group asked by its own word with a kind of it said before that no letter uses or prints ("neuropsych testing",
    "allergy tests"): the two words ("neuropsych testing"), else ''. Only when every treatment word names a group (the kind said
    is the whole thing asked)."""
    if not query.treatment_words or not all({t for t, _w in find_treatments(w)} <= GROUPS for w in query.treatment_words):
        return ""
    for word in query.treatment_words:
        if not _TEST_WORD.fullmatch(word):  # (a kind of test: "vestibular tests"; not "approve injections")
            continue
        m = re.search(rf"\b([A-Za-z][\w-]{{3,}})\s+{re.escape(word)}\b", query.text)
        if m and (kind := m.group(1).lower()) not in _ASKING_WORDS and kind not in ROLE_WORDS and not OUTCOME_WORD.fullmatch(
                kind) and (_unknown(engine, [kind]) or _unprinted(engine, [kind])):
            return f"{m.group(1)} {word}"
    return ""


# a thing named with a feature it has: "car seat with lumbar support", "a recliner with heat and massage" (the head,
# one or two words, opens the question or follows an article or owner)
_WITH_FEATURE = re.compile(r"(?:^\s*|\b(?:a|an|the|my|his|her|their|our|any|some)\s+)(?P<head>[A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]+)?)"
                           # (a feature said bare or with "a": "with lumbar support", not "what happened with the
                           # scan", "the seamstress with the right elbow pain", "the deal with her refills")
                           r"\s+with\s+(?!(?:the|his|her|my|their|our|your|all|those|these|that|this)\b)"
                           r"(?:(?:a|an|some|built[\s-]in)\s+)?(?P<feature>[^,;:?!.\u2013\u2014]+)", re.IGNORECASE)
# ... no thing when the head is someone: "a guy with lumbar support", "the 37 yo woman with the TENS unit"
_SOMEONE = frozenset("guy guys man men woman women lady ladies gal worker workers employee person people patient patients "
                     "claimant client someone anyone somebody anybody one ones driver".split())


def featured_unprinted(engine: Engine, query: Query) -> str:
    """The thing a question asks of, named with the treatment it has as a feature ("car seat with lumbar support":
    "car seat"), when no word of the thing is a treatment's and some word of it no letter's text prints; else ''."""
    said = " ".join(query.treatment_words).lower()
    for m in _WITH_FEATURE.finditer(query.text):
        head, feature = m.group("head"), m.group("feature").lower()
        words = [w.lower() for w in head.split()]
        if not said or not any(w.lower() in feature for w in query.treatment_words) or any(w in said for w in words):
            continue
        if any(w in _SOMEONE or w in _NO_TREATMENT or w in ROLE_WORDS or w in GENERIC for w in words) or find_treatments(head):
            continue
        if _unprinted(engine, [t for t in tokens(head) if len(t) >= 3]):
            return f"{'an' if head[0].lower() in 'aeiou' else 'a'} {head.lower()}"
    return ""


def _drug_alone_unrequested(engine: Engine, query: Query, filters: dict) -> str:
    """The drug a question asks about by a name of its own that no treatment set stands for ("Tylenol"), when it names
    no other treatment, no patient and no case, and no request names the drug by any of its names; '' otherwise, and
    when the drug is named only in a reason offered ("was it denied because she never tried tylenol?")."""
    if query.treatments or query.case_numbers or query.person.described:
        return ""
    start, end = asking_span(query.text)
    offered = reason_clauses(query.text)
    if not any(start <= at < end and not any(a <= at < b for a, b in offered) for _w, at in unsetted_mentions(query.text)):
        return ""
    return absent_named(engine, query, filters)


def other_brand_sentence(engine: Engine, word: str) -> str:
    """ 'No letter in the index mentions Gralise, a brand of gabapentin; the index's gabapentin requests are of
    another brand: CM17-0013625's "Fanatrex 25mg/ml oral suspension 420ml" (denied).' when `word` is a brand no
    letter prints (service.gather.unprinted_brand) whose drug some request names by another brand; else ''."""
    if not unprinted_brand(engine, word):
        return ""
    names = drug_names(word)
    rows = [(case, request, decision) for name in names[1:] if name.lower() != word.lower()
            for case, request, decision in engine.store.catalog.query(
                "SELECT l.case_number, i.request, i.decision FROM items i JOIN letters l ON l.id = i.letter_id "
                "WHERE i.request LIKE ?", (f"%{name}%",))]
    if not rows:
        return ""
    said = "; ".join(f'{case}\'s "{request}" ({"denied" if decision == "Upheld" else "approved"})'
                     for case, request, decision in dict.fromkeys(rows))
    return (f"No letter in the index mentions {word}, a brand of {names[0].lower()}; the {names[0].lower()} "
            f"request{'s' if len(rows) > 1 else ''} the index has {'are' if len(rows) > 1 else 'is'} of another brand: {said}.")


def with_absent_named(engine: Engine, query: Query, filters: dict, phrase: str) -> str:
    """What no letter has, and each other treatment named beside it that no letter has either: "gym membership or pool
    therapy" of "did she get a gym membership or pool therapy?"; `phrase` alone when the rest are in the index."""
    said = [*listed_unprinted(engine, query), phrase]
    for treatment, words in zip(query.treatments, query.treatment_words):
        if _same_phrase(query.text, phrase, words):
            continue  # "gastric bypass surgery": the surgery is the bypass's head word, no other thing asked
        one = msgspec.structs.replace(query, treatments=(treatment,), treatment_words=(words,))
        if (more := absent_named(engine, one, filters)) and not any(
                more.lower() in s.lower() or set(tokens(more)) <= set(tokens(s)) for s in said):
            # (said once: "Lidoderm patch" of "Lidoderm pain patch")
            said.append(more)
    return " or ".join(said)


def _same_phrase(text: str, phrase: str, words: str) -> bool:
    """Whether the treatment `words` are said in one noun phrase with `phrase` (next to it, no "and", "or" or comma
    between): "gastric bypass surgery", "surgery for a gastric bypass"."""
    p, w = re.escape(phrase), re.escape(words)
    return bool(re.search(rf"(?<!\w){p}\s+(?:(?!(?:and|or|nor|plus|vs)\b)[\w-]+\s+)?{w}(?!\w)"
                          rf"|(?<!\w){w}\s+(?:for|of)?\s*(?:an?\s+|the\s+)?{p}(?!\w)",
                          text, re.IGNORECASE))


def _reviewer_words(query: Query) -> frozenset[str]:
    """The words that name the reviewer's specialty ("the neurology reviewers"): the reviewer's, no treatment asked."""
    if not query.reviewer:
        return frozenset()
    return frozenset(t for _name, (start, end) in read_reviewers(query.text) for t in tokens(query.text[start:end]))


# "was her hyperbaric oxygen approved?": what follows the patient's possessive in the asking part;
# "how about the hyperbaric oxygen for the 40 year old woman?": what comes before "for" the patient
_THEIRS = re.compile(r"\b(?:her|his|my|their|your)\s+(?=(?P<what>[^?.!;]+))", re.IGNORECASE)  # each one, overlapping
# a thing asked of with its article after a word that asks for it: "pay for a hot tub", "approve a new mattress"
_ASKED_THING = re.compile(r"\b(?:put\s+in\s+(?:a\s+request\s+)?for|approve[sd]?|okay(?:ed)?|ok(?:'?d)?|cover(?:s|ed)?|pay\s+for|paid\s+for|authori[sz]e[sd]?|"
                          r"allow(?:s|ed)?|give|gave|get|got|grant(?:s|ed)?)\s+(?:(?:him|her|them|me|us|you)\s+)?"
                          r"(?:a|an|any)\s+(?=(?P<what>[^?.!;]+))", re.IGNORECASE)
# ... or with no article, for someone: "has IMR approved yoga for anyone?", "would they cover acupressure for her?"
_ASKED_BARE = re.compile(r"\b(?:approve[sd]?|okay(?:ed)?|cover(?:s|ed)?|pay\s+for|paid\s+for|authori[sz]e[sd]?)\s+"
                         r"(?P<what>[A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]+)?)\s+for\s+(?:anyone|anybody|someone|somebody|him|her|"
                         r"me|them|us|my|his|their)\b", re.IGNORECASE)
_FOR_THEM = re.compile(r"\b(?:the|a|an)\s+(?P<what>(?:[\w-]+\s+){1,4}?)for\s+(?:the|my|his|her|our|this|that|a|an)\s+"
                       r"(?:\d{2}[\s-]*(?:years?[\s-]old|yrs?[\s-]old|yo|y/o)\b|(?:[\w-]+\s+){0,2}?(?:woman|man|lady|guy|gentleman|"
                       r"patient|worker|employee|client|claimant|wife|husband|mother|mom|father|dad|son|daughter|brother|sister|aunt|uncle|"
                       r"grandma|grandmother|grandpa|grandfather|cousin|friend|coworker|co-worker|boss|neighbou?r)\b)",
                       re.IGNORECASE)


# words that end the noun phrase after the possessive: "her requests | did that sink", "my neck
# treatments | and IMR just rubber-stamped that"
_PHRASE_ENDS = frozenset(
    "and or but nor that which who whom whose did do does was were is are be been being has have had get gets got "
    "getting go went ever still just also by for from to in on at of with after before because since when while "
    "if then than as so approved denied authorized authorised upheld overturned decided ok okayed "
    # ... and a verb of what someone did or wants: "my husband's back doctor | put in for a new mattress"
    "put puts wants wanted wrote ordered prescribed recommended requested asked says said thinks thought tried".split())


# what a phrase after the patient's possessive may hold besides a treatment: "her five requests", "his
# last two visits", "her other meds", "my latest one"
_NO_TREATMENT = frozenset(
    "one two three four five six seven eight nine ten eleven twelve first second third fourth fifth last next other "
    "single remaining latest recent new old original current previous prior additional extra own whole entire "
    "requests request items item things thing stuff ones meds "
    # ... nor a word that limits or adds ("or only the MRI?", "and also the PT", "or just the brace")
    "only just also even both either neither too instead "
    # ... nor the asker's people: "my husband is 45, was his hyperbaric oxygen approved?"
    "husband wife mom mother dad father son daughter brother sister aunt uncle cousin friend boss coworker client "
    "patient kid kids child children grandma grandpa grandmother grandfather neighbor neighbour partner".split())


_ASKING_WORDS = frozenset("why what how when which who whether if idea about of on with and or to did does do was were "
                          "is are has have had".split())


def _after_asking(words: list[str]) -> str:
    """The words after the last that asks or joins ("idea why | therapy"): the treatment's."""
    cut = max((i for i, w in enumerate(words) if w.lower() in _ASKING_WORDS), default=-1)
    return " ".join(words[cut + 1:])


def _noun_phrase(words: list[str]) -> list[str]:
    """The first words of `words` up to a word that ends a noun phrase (a comma ends it after its
    word), at most four."""
    out = []
    for w in words:
        if w.lower().strip(",:-") in _PHRASE_ENDS:
            break
        out.append(w.rstrip(","))
        if w.endswith(","):
            break
    return out[:4]


# the people of a case, no treatment a letter must use: "what did the doctor request for the knee?"
ROLE_WORDS = frozenset("doctor doctors doc docs physician physicians provider providers treater treaters adjuster "
                        "adjusters attorney attorneys lawyer lawyers reviewer reviewers insurer insurers insurance carrier "
                        "employer paralegal paralegals "
                        # ... nor the asking itself, or the asker's work on the file: "what did they ask IMR for?",
                        # "building a timeline on the 34 year old"
                        "ask asks asking timeline timelines "
                        # ... and how the worker they act for is: "reiki for a hurt worker" names no treatment "hurt"
                        "hurt injured".split())
# an age told by its decade ("the farm worker lady in her 60s", "his late forties"): no thing of theirs
_DECADE_WORD = re.compile(r"\d0'?s|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies", re.IGNORECASE)


def _theirs_unknown(engine: Engine, query: Query) -> str:
    """For a patient described, a word of what is theirs and asked about ("the 40 yo woman - was her
    hyperbaric oxygen approved?") that no letter in the index uses: say so, else ''. The words of the
    description itself ("fell off a forklift") are no treatment asked about."""
    start, end = asking_span(query.text)
    asking = query.text[start:end]
    theirs = [phrase for m in _THEIRS.finditer(asking) if not _a_body_part(phrase := " ".join(_noun_phrase(m.group("what").split())))]
    said = " ".join([*theirs,
                     *(_after_asking(m.group("what").split()) for m in _FOR_THEM.finditer(asking)),
                     # ... or a thing asked with its article in the asking part: "my dad's 58 and hurt his back - would
                     # IMR pay for a hot tub for him?" (the description's "a forklift" is outside that part)
                     *(phrase for m in [*_ASKED_THING.finditer(asking), *_ASKED_BARE.finditer(asking)]
                       if not _a_body_part(phrase := " ".join(_noun_phrase(m.group("what").split()))))])
    if not said:
        return ""
    topic = topic_tokens(query) - GENERIC_TREATMENT_WORDS - _NO_THING
    asked = [t for t in topic if re.search(rf"(?<![\w-]){re.escape(t)}", said, re.IGNORECASE) and t not in _NO_TREATMENT
             and t not in ROLE_WORDS  # (the people of a case: "my husband's back doctor put in for ...")
             and not _DECADE_WORD.fullmatch(t) and t not in _treatment_nouns(said)]
    # ... or a word no letter prints, though near one some letter uses ("stair" of "a stair lift for my grandma", near
    # "star"), when no treatment's words hold it; a thing said with its article ("a stair lift for my grandma"), not
    # after a possessive ("which of her requests weren't denied?": "weren" is no thing)
    named = {tok for _t, words in find_treatments(said) for tok in tokens(words)}
    with_article = " ".join(said.split()[len(" ".join(theirs).split()):])
    unknown = _unknown(engine, asked) or [t for t in _unprinted(engine, asked) if t not in named and len(t) >= 4
                                          and re.search(rf"(?<![\w-]){re.escape(t)}", with_article, re.IGNORECASE)]
    # (the thing's other words with it: "hot tub", not "tub")
    return _no_mention(said, unknown, frozenset(asked), engine=engine) if unknown else ""


def _treatment_nouns(text: str) -> frozenset[str]:
    """The word right after each treatment `text` names, its noun in the asker's words ("the sit stand desk": desk,
    "the tens gadget": gadget), as tokens: no thing of its own that a letter must use."""
    from indexer.terms import unexpanded_tokens
    from indexer.treatments import find_treatments

    out: set[str] = set()
    for _t, words in find_treatments(text):
        for m in re.finditer(rf"(?<![\w-]){re.escape(words)}[\s-]+([\w-]+)", text, re.IGNORECASE):
            out.update(unexpanded_tokens(m.group(1)))
    return frozenset(out)


def _a_body_part(phrase: str) -> bool:
    """Whether `phrase` ends in the body part it names ("his ring finger and pinky are numb": "ring
    finger", "her left knee"): the patient's body, no treatment asked ("her knee brace" is one)."""
    found = find_regions(phrase)
    part = _FELT.sub("", phrase.lower().rstrip(" ,:-"))
    if not found or not part.endswith(found[-1][1].lower()):
        return False
    # ... the words before it only tell which one ("son hit his head" is no body part named)
    return all(w in _WHICH_PART for w in part[: -len(found[-1][1])].split())


# the words that tell which body part: "his ring finger", "her left shoulder", "my bad knee"
_WHICH_PART = frozenset("left right both lower upper low mid middle ring index little pinky big bad sore injured hurt other "
                        "good".split())


# how a body part feels, closing the phrase that names it: "her left shoulder hurts"
_FELT = re.compile(r"\s+(?:hurts?|hurting|aches?|aching|throbs|burns|tingles|tingling|numb|sore|swollen|pain|kills?|killing)$")


# how often, in the treater's shorthand: "2x a week", "3x4", "LESI x2": a frequency, no treatment
_FREQUENCY = re.compile(r"\d+x\d*|x\d+", re.IGNORECASE)
# a word typed long for stress ("whyy", "sooo", "helpp"): its last letter held down
_HELD_LETTER = re.compile(r"(\w)\1+$")


def _unknown(engine: Engine, tokens) -> list[str]:
    """The tokens no letter in the index uses; a misspelt known word ("baclophen", "happend") is none,
    nor a frequency ("2x") or a word with its last letter held down ("whyy")."""
    return [t for t in tokens if not _FREQUENCY.fullmatch(t) and not _held_known(engine, t) and not engine.near_term(t)
            and not difflib.get_close_matches(t, _GENERIC_FUZZY, n=1, cutoff=0.8)]


def _unprinted(engine: Engine, tokens) -> list[str]:
    """The tokens no letter's text prints as a word, though one is near a word some letter uses
    ("pool" for "heated pool", near "poor")."""
    return [t for t in tokens if not engine.store.catalog.query(
        "SELECT 1 FROM chunks WHERE ' ' || lower(text) || ' ' GLOB ? LIMIT 1", [f"*[^a-z]{t}[^a-z]*"])]


# the words of a question that only names a thing ("hot tub or jacuzzi", "what about a hot tub?", "any on a heated pool?")
_NAMING_ONLY = frozenset("what about how any anything is there are a an the or and on for of with some".split())


def _only_named(text: str, topic) -> bool:
    """Whether `text` says nothing but the words of `topic` and the words of naming a thing."""
    words = re.findall(r"[a-z0-9'’-]+", text.lower())
    return bool(words) and all(w in _NAMING_ONLY or any(t in w for t in topic) for w in words)


def _held_known(engine: Engine, token: str) -> bool:
    """ "whyy" -> "why": a generic or indexed word with its last letter typed more than once."""
    short = _HELD_LETTER.sub(r"\1", token)
    return short != token and (short in GENERIC or engine.known_term(short))


_ARTICLES = frozenset("a an the any some".split())


# a thing named as one of a list: after a comma, "or" or "and", or before one
_LISTED_BEFORE = re.compile(r"(?:,|\bor|\band)\s+(?:(?:a|an|the|any|some|her|his|my|their|our)\s+)?$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"^\s*(?:,|\bor\b|\band\b)", re.IGNORECASE)


# the words a question asks with, no thing listed: "..., will IMR approve it?"
_ASKING_WORDS = frozenset("will would can could should shall may might must did does do is are was were has have had "
                          "get got gets let".split())


def _thing_words(query: Query) -> frozenset[str]:
    """The words of `query` that may name a thing asked about: its topic, less the generic words of treatments, the
    asker's roles, the reviewer's specialty, the nouns said right after a treatment ("the tens gadget") and the words
    of the patient's story ("why denied? she had surgery": nothing asked of a surgery) and of the patient's job ("I'm a
    48 year old carpenter, ...": who asks, not a thing asked of)."""
    story = {tok for t, w in find_treatments(query.text) if t in query.story_treatments for tok in tokens(w)}
    job = {tok for words in query.person.occupations for tok in tokens(words)}
    return frozenset(topic_tokens(query) - GENERIC_TREATMENT_WORDS - ROLE_WORDS - _reviewer_words(query)
                     - _treatment_nouns(query.text) - story - job - _NO_THING)


# words that name no thing asked of: who else ("the other 63 year old") and a correction's ("sorry, I meant ...")
_NO_THING = frozenset("other another others sorry oops whoops wait actually meant mean correction "
                      # ... and a thing left unsaid: "her heating pad or whatever", "some thingy"
                      "whatever whatnot thingy thingamajig whatchamacallit "
                      # ... and what a decision rests on: "what did UR base its denial on?"
                      "base based basing basis grounds "
                      # ... and the figures of speech of an outcome: "a clean sweep of denials", "a total wipeout"
                      "sweep wipeout washout shutout".split())


def _unprinted_asked(engine: Engine, query: Query) -> tuple[str, frozenset[str], list[str]]:
    """The asking part of `query`, its thing words, and those of them in the asking part that no letter uses or
    prints (no asking word: "will", "get")."""
    start, end = asking_span(query.text)
    asking = query.text[start:end]
    topic = _thing_words(query)
    # (the asker's people are no thing: "a gym membership for my husband, 53")
    unknown = [t for t in _unprinted(engine, _unknown(engine, topic)) if t in asking.lower() and t not in _ASKING_WORDS
               and t not in _NO_TREATMENT and t not in ROLE_WORDS]
    return asking, topic, unknown


def listed_unprinted(engine: Engine, query: Query) -> list[str]:
    """The things the asking part lists beside others that no letter's text prints: "hot tub" of "did she get a hot
    tub, a gym membership or pool therapy?", "hot tub" and "jacuzzi" of "any hot tub or jacuzzi or massage chair?"
    (no treatment set stands for them, so the treatment words leave them out)."""
    if not query.treatment_words:
        return []
    asking, topic, unknown = _unprinted_asked(engine, query)
    if len(query.case_numbers) == 1:
        # ... or, of the one case named, that its letter never prints: "CM17-0006797 - was the post-op PT and the pain
        # pump denied?"
        unknown = list(dict.fromkeys([*unknown, *_unprinted_in(engine, query.case_numbers[0], topic, asking)]))
    if not unknown:
        return []
    named = set(tokens(" ".join((*query.treatment_words, *query.region_words))))  # said already: "knee brace"
    out = []
    for phrase in _phrases(asking, unknown, topic):
        at = asking.lower().find(phrase.lower())
        if at >= 0 and OUTCOME_WORD.match(asking, at):
            continue  # "did IMR okay her Naprosyn or knock it back?": an outcome said, no thing listed
        if at >= 0 and (_LISTED_BEFORE.search(asking[:at]) or _LISTED_AFTER.match(asking[at + len(phrase):])) and not (
                set(tokens(phrase)) & named):
            out.append(phrase)
    return out


def _unprinted_in(engine: Engine, case: str, tokens, asking: str) -> list[str]:
    """The tokens of 4+ letters, said in the asking part (no asking word), that the letter of `case` never prints (an
    amount is no thing asked of: "120grams" of a compound's title, however the letter spaces it)."""
    return [t for t in sorted(tokens) if len(t) >= 4 and t in asking.lower() and t not in _ASKING_WORDS
            and not t[0].isdigit()
            and not engine.store.catalog.query(
                "SELECT 1 FROM chunks c JOIN letters l ON l.id = c.letter_id WHERE l.case_number = ? "
                "AND ' ' || lower(c.text) || ' ' GLOB ? LIMIT 1", [case, f"*[^a-z]{t}[^a-z]*"])]


# the words a question asks of one thing with, besides the thing: "CM16-0248471 what about her hot tub?", "was the
# hot tub approved?", "did she get a hot tub?"
_ASKING_OF_A_THING = _NAMING_ONLY | _ASKING_WORDS | frozenset(
    "her his my their our your she he they it was were approved denied decided covered okayed granted refused happened "
    "with to by imr ur".split())


def case_lacks_unknown(engine: Engine, query: Query) -> str:
    """A message when the question asks, of the case it names, about a thing no treatment set stands for and no
    letter's text prints, and asks nothing else: "CM16-0248471 what about her hot tub?" (her TENS unit was answered);
    else ''."""
    if len(query.case_numbers) != 1 or query.treatments:
        return ""
    asking, topic, unknown = _unprinted_asked(engine, query)
    if not unknown:
        # ... or that the letter of the case never prints, though others do: "CM17-0006797 - was the pain pump denied?"
        # (other letters print "proton pump inhibitor"; his letter has no pump)
        unknown = _unprinted_in(engine, query.case_numbers[0], topic, asking)
    if not unknown:
        return ""
    # each a thing named with its article or owner: "her hot tub", "a jacuzzi" (not "did she win anything?", "ok same")
    phrases = [p for p in _phrases(asking, unknown, topic)
               if re.search(rf"\b(?:her|his|their|my|our|the|a|an|any)\s+{re.escape(p)}\b", asking, re.IGNORECASE)]
    rest = asking
    for phrase in phrases:
        rest = rest.replace(phrase, " ")
    if not phrases or any(w not in _ASKING_OF_A_THING for w in re.findall(r"[a-z0-9'’-]+", rest.lower())
                          if not w.startswith("cm")):
        return ""
    items = case_items(engine, query.case_numbers[0])
    if not items:
        return ""
    return f"Case {query.case_numbers[0]} has no request for {' or '.join(phrases)}. {decided(items)}"


# the word of a condition, said right before what it is: "for a crush injury", "her burning pain"
_CONDITION_WORD = re.compile(r"\b([a-z]+)\s+(?:injur(?:y|ies)|pain|fractures?|tears?|syndrome|strain|sprain|wounds?)\b",
                             re.IGNORECASE)


def _no_mention(text: str, unknown: list[str], around=frozenset(), engine: Engine | None = None) -> str:
    """ "No letter in the index mentions hyperbaric oxygen." (_phrases); a condition's word is no thing asked of when
    another is ("hyperbaric chamber for a crush injury": the chamber). A word cut short that the letters print in
    full ("stim" of "spinal cord stimulator") is mentioned: no letter decides a request for it, said so."""
    conditions = {m.group(1).lower() for m in _CONDITION_WORD.finditer(text)}
    unknown = [t for t in unknown if t not in conditions] or unknown
    what = " or ".join(_phrases(text, unknown, around)) or " ".join(unknown)
    if engine is not None and all(_printed_longer(engine, t) for t in unknown):
        return f"No letter in the index decides a request for {what}. {RELATED}"
    return f"No letter in the index mentions {what}. {RELATED}"


def _printed_longer(engine: Engine, token: str) -> bool:
    """Whether some letter prints a word that `token` (4 letters or more) starts: "stim" of "stimulator"."""
    return len(token) >= 4 and token.isalpha() and bool(engine.store.catalog.query(
        "SELECT 1 FROM chunks WHERE ' ' || lower(text) GLOB ? LIMIT 1", [f"*[^a-z]{token.lower()}[a-z]*"]))


_NEGATED = re.compile(r"(?:was|were|is|are|did|does|do|has|have|had|could|would|should|wo|ca)n['’]?t|(?:was|were|is|are|did|does|"
                      r"do|has|have|had)n", re.IGNORECASE)


def _phrases(text: str, unknown: list[str], around=frozenset()) -> list[str]:
    """The words of `text` holding the unknown tokens, with the words next to them holding a token of `around` (the
    thing's other words: "hot tub or jacuzzi", "heated swimming pool"), each phrase once."""
    runs: list[list[str]] = [[]]
    words = text.split()
    for at, word in enumerate(words):
        if _NEGATED.fullmatch(word.strip("?.,;:!()")):  # "the hot tub wasn't approved": no word of the thing
            if runs[-1]:
                runs.append([])
            continue
        if any(t in word.lower() for t in unknown) or (around and any(t in word.lower() for t in around)):
            if not runs[-1] and 2 <= at and words[at - 2].lower() in _ARTICLES and words[at - 1].isalpha() and (
                    words[at - 1].lower() not in GENERIC):
                runs[-1].append(words[at - 1])  # its modifier after an article: "a hot tub", not "tub"
            runs[-1].append(word.strip("?.,;:!()"))
        elif runs[-1]:
            runs.append([])
    runs = [run for run in runs if any(t in w.lower() for w in run for t in unknown)]
    # the words apart, each phrase on its own: "home oxygen for someone short of breath" names
    # "oxygen or breath", not "oxygen breath"
    return list(dict.fromkeys(" ".join(run) for run in runs if run))


def told_by_nothing(person: Person) -> bool:
    """Whether the person a question speaks of ("a worker", "my client") is told by no field a letter
    could be found by (an age, a decade, a sex, an injury date, a job, a number of requests)."""
    return not (person.age or person.ages or person.sex or person.injury_month or person.injury_year
                or person.occupations or person.requests)


def someone_fits(engine: Engine, query: Query, sex: bool = False) -> bool:
    """Whether a letter's patient has the age (within a year) the question gives, when it gives one,
    and with `sex` the sex it gives too: asked of the whole catalog, not only the letters matched."""
    clauses, params = [], []
    if query.person.age is not None:
        clauses.append("age BETWEEN ? AND ?")
        params += [query.person.age - 1, query.person.age + 1]
    if sex and query.person.sex:
        clauses.append("sex = ?")
        params.append(query.person.sex)
    if not clauses:
        return True
    return bool(engine.store.catalog.query(f"SELECT 1 FROM letters WHERE {' AND '.join(clauses)} LIMIT 1", params))
