"""Question understanding: what a user's question asks for, in the index's own terms.

`understand("why was the lumbar MRI denied?")` -> a `Query` with treatment "mri" (category
"imaging"), body region "lumbar", the premise that IMR denied it (service.outcomes: a premise is
checked, never a filter), the kind of answer wanted ("item"), and `notes` saying which words led
to each part, so the user can see how the question was read. Outcome words filter only when the
user selects an outcome plainly ("only the overturned ones"): `Query.decision`.
"""

from __future__ import annotations

from collections.abc import Callable

import re
from datetime import date
from typing import Literal

import msgspec

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments
from service.brand_apart import brands_apart
from indexer.vocabulary import expand_terms
from service.apostrophes import with_apostrophes, with_breaks, without_pleasantries
from service.asking import _asked, asking_span, asks_of_all, asks_of_all_told, reason_follow_ups
from service.collection.cues import AGE_ASKED, LETTERS_LISTED, REVIEWERS_LISTED, collection_cue, duration, second_ask, waited_match
from service.dates import _injury_date
from service.drugs import unsetted_mentions
from service.ur_part import total_of_one
from service.kinds import (ASKED_HOW_MANY, _AGGREGATE, _HAD_BEFORE, _OF_ONE_ITEM, _ONE_SUBJECT, _TOP_REASON, _UNITS_OF_ONE, _UR_LET_THROUGH,
                           KIND_WORDS, Kind, _kind)
from service.facets import _GUIDELINES, _category, _most_specific, _names, _side
from service.glossary import asked_terms
from service.kind_term import asked_kind
from service.kind_named import kinds_named_apart
from service.groups import population
from service.levels import levels
from service.page_count import PAGE_COUNT
from service.past_count import asks_count_before
from service.reviewers import read_reviewers
from service.shorthand import spelled_out
from service.spanish import gloss
from service.typed_words import retyped
from service.reason_asked import reason_clauses
from service.provided import condition_clauses
from service.reason_regions import without_reason_regions
from service.region_after import regions_after
from service.spelling import correct
from service.split_claim import split_claimed
from service.lay_group import nerve_limbs, with_adjuncts, with_modality_ultrasound
from service.described_with import (described_with, listed_apart, regions_described_with, regions_owned_told,
                                     regions_told_decided, told_decided)
from service.story import results_told, story_treatments, told_in_opening, was_on
from service.symptoms import only_symptoms, told_in_injury
from service.others import the_one_asked, without_copied
from service.besides import SetAside, set_aside
from service.conditions import across_letters
from service.condition_group import read_condition
from service.number_words import in_digits
from service.guess_why import guess_as_because
from service.future import asks_future
from service.outcomes import Outcomes, none_as_any, note, read_outcomes
from service.partly import remainder_ever
from service.orderer import mask_orderers
from service.people import (Person, ages_told, mask_occupations, one_person, particular_people, read_person,
                            without_aged_called)

Decision = Literal["Upheld", "Overturned"]


class Query(msgspec.Struct, frozen=True, kw_only=True):
    """A question, understood."""

    text: str  # the question as asked, as read: apostrophes put back, misspelt treatment words put right
    search_text: str  # spelling corrected, abbreviations expanded, brand/generic names added
    names: str = ""  # the names of the treatments asked about in other words ("rehab": "Physical therapy")
    kind: Kind = "item"  # one item, a list across letters, a pattern of reasons, a count
    case_numbers: tuple[str, ...] = ()  # "CM16-0213037"
    decision: Decision | None = None  # an outcome the user selected plainly: a filter
    premise: Decision | None = None  # the IMR decision the user presumes ("why was it denied"): checked
    asked: bool = False  # the user asks what IMR decided
    pattern: Decision | None = None  # "what do reviewers want before approving X": the outcome sought
    why: bool = False  # the user asks for reasons
    treatments: tuple[str, ...] = ()  # indexer.treatments set ids named, most specific first
    story_treatments: tuple[str, ...] = ()  # sets that only describe the patient ("the shoulder scope patient")
    treatment_words: tuple[str, ...] = ()  # the words that named them
    region_words: tuple[str, ...] = ()  # the words that named the body regions ("back", "L/S")
    regions_told: bool = False  # the regions come from the patient's story, the asking part names none
    regions_after: tuple[str, ...] = ()  # "was the CT approved? what about his knee?": the knee's requests, after
    person: Person = Person()
    category: str | None = None  # one of indexer.taxonomy.CATEGORIES
    body_regions: tuple[str, ...] = ()  # from indexer.taxonomy.BODY_REGIONS
    side: Literal["left", "right", "bilateral"] | None = None
    levels: tuple[str, ...] = ()  # spinal levels the asking part names, sorted ("C5", "C6")
    reviewer: str | None = None  # the IMR reviewer's specialty named ("Emergency Medicine")
    age: int | None = None
    sex: Literal["male", "female"] | None = None
    injury_date: str | None = None  # ISO date
    aggregate: bool = False  # "how often", "what share", ...: a counting question
    guideline_source: str | None = None  # "ODG" | "MTUS" | "ACOEM"
    terms: tuple[str, ...] = ()  # words of the IMR process whose meaning is asked (service.glossary)
    kind_term: str = ""  # a kind of request whose meaning is asked, as said ("what's an MR arthrogram": service.kind_term)
    corrections: tuple[tuple[str, str], ...] = ()  # (as typed, read as)
    notes: tuple[str, ...] = ()  # what was understood and from which words, for the user
    set_aside: SetAside = SetAside()  # "besides the PT, anything denied?": the PT's items rank after the others
    told: SetAside = SetAside()  # a request told with its outcome before another is asked ("the MRI was approved, what about ...?")
    group: tuple[tuple[str, str], ...] = ()  # "women over 60": patients by sex and age band, a filter across letters
    condition: str = ""  # "people with carpal tunnel": the condition a group across letters is told by (service.condition_group)
    mention: str = ""  # "did the reviewer mention the UDS?": what to look for in the rationale, as typed (service.mentioned)
    mention_history: bool = False  # the mention is the patient's past care asked of ("had she done PT before?")
    mention_finding: bool = False  # the mention is a finding of the patient asked ("did he have radiating pain per the reviewer?")


# one prescription of the patient's own, named by no drug: "did she get her refill?"
_ONE_REFILL = re.compile(r"\b(?:her|his|my|their|the)\s+(?:(?:monthly|next|last|latest)\s+)?(?:refill|prescription|renewal)\b",
                         re.IGNORECASE)


def _refill_of_the_drug_on(masked: str, phrases: list[str]) -> bool:
    """Whether `masked` (the question without what the patient was on) asks only of a refill of
    theirs, named by the kind-word alone, while `phrases` tell one drug they are on: "44 yo woman on
    percocet - did she get her refill?" asks of the Percocet."""
    refill, kind = _ONE_REFILL.search(masked), _category(masked)
    if not refill or not kind or kind[1].lower() not in refill.group(0).lower():
        return False
    taken = [(t, w.lower()) for phrase in phrases for t, w in find_treatments(phrase)]
    return len({w for _t, w in taken}) == 1 and any(t == "medication" for t, _w in taken)
_COMPARE = re.compile(r"\bcompar(?:e|ed|es|ing|ison)\b", re.IGNORECASE)
# a case number as typed: "CM16-0230548", "cm17 0010885", and with its number's leading zeros dropped,
# "CM16-230548", "cm17 13716", "cm17-5418" (the same cases, as claims staff shorten them)
_CASE = re.compile(r"\bcm\s*[-\u2013]?\s*(\d{2})\s*[-\u2013]?\s*(\d{7}|[1-9]\d{3,5})\b", re.IGNORECASE)


def understand(question: str, today: date | None = None, words: frozenset[str] = frozenset(),
               known: Callable[[str], bool] | None = None) -> Query:
    """Read a question into a `Query`; every part found adds a line to `notes`. `words`: the
    indexed requests' words; `known`: whether the indexed letters use an index term (a word they
    use is no typo: service.spelling)."""
    today = today or date.today()
    notes: list[str] = []
    question = the_one_asked(question)  # "my mom (62, ...) and my aunt (54, ...) - why was my mom's?"
    question = without_copied(question)  # "reasons for the wedge pillow or just copy the neck pillow ones?"
    question, glossed = gloss(question)  # "mi mama tiene 62, su hombro": "my mother is 62, her shoulder"
    notes += [f"spanish: read '{typed}' as '{english}'" for typed, english in glossed]
    question, mistyped = retyped(question)  # "wat guideline", "why was it denyed?"
    notes += [f"read '{typed}' as '{meant}'" for typed, meant in mistyped]
    question, spelt = spelled_out(without_pleasantries(question))  # "w/", "b/l", "rt knee", "the 27 yo pt"
    question, counted = in_digits(question)  # "a fifty-two-year-old", "she's forty-five", "twenty-seven pills"
    question = none_as_any(question)  # "shoulder MRIs - none approved?": whether any was
    question = guess_as_because(question)  # "she had no red flags, is that why?": "is that because she had no red flags?"
    question, restored = with_apostrophes(with_breaks(question))  # "the 54 year old womans meds", "werent", "Hes 43"
    notes += [f"read '{typed}' as '{fixed}'" for typed, fixed in (*spelt, *counted, *restored)]
    text, corrections = correct(question, words, known)
    question = text  # every reader reads "omperazole", "sessiosn" as the speller did
    text, aside = set_aside(text)  # "anything besides the PT denied?": the PT is not asked about
    for s_, e_ in condition_clauses(text):  # "the injections were denied - can he get them if he does more PT?"
        notes.append(f"a condition, not what is asked: '{text[s_:e_].strip()}'")
        text = text[:s_] + " " * (e_ - s_) + text[e_:]
    question = text
    notes += [f"set aside: {', '.join(aside.treatments)} (from '{aside.words}'): the other requests are asked about"
              ] if aside.treatments else []
    text = _SLASHED_PARTS.sub(r"\1 ", text)  # "wrist/elbow braces": the wrist's and the elbow's (same length)
    requested = words  # the words of the indexed requests
    notes += [f"spelling: read '{typed}' as '{fixed}'" for typed, fixed in corrections]

    cases = tuple(dict.fromkeys(f"CM{m.group(1)}-{m.group(2):0>7}" for m in _CASE.finditer(text)))
    notes += [f"case number: {c}" for c in cases]
    reviewer, plain, said = None, text, ""
    if found_r := read_reviewers(text):  # the reviewer's specialty is no treatment and no patient's job
        reviewer, (start, end) = found_r[0]
        said = f"reviewer specialty: {reviewer} (from '{text[start:end]}')"
        for _name, (start, end) in found_r:  # ... nor another compared with it ("... than orthopedic surgery reviewers")
            plain = plain[:start] + " " * (end - start) + plain[end:]
        plain = _REVIEWER_WORDS.sub(lambda m: " " * len(m.group(0)), plain)
    outcomes = read_outcomes(plain)
    if outcomes.premise and split_claimed(plain):
        # "so the 43 yo woman's chiro was approved for 6 but not 12?": a claim about the request as asked,
        # answered from UR's part and IMR's decision of the rest (service.split_claim), not IMR's approval presumed
        said = {note(o): f"outcome: '{o.words}' read with its numbers: a claim about the request as asked (what utilization "
                         f"review authorised, and what IMR decided of the rest)" for o in outcomes.found if o.role == "premise"}
        outcomes = msgspec.structs.replace(outcomes, premise=None, asked=True,
                                           notes=tuple(said.get(n, n) for n in outcomes.notes))
    notes += outcomes.notes
    notes += [said] if said else []
    person = read_person(plain)
    if group := population(plain, person):
        # "list the denied MRIs for women over 60": a group across letters, no one patient described
        person = msgspec.structs.replace(person, age=None, ages=None, sex=None, requests=None, notes=(),
                                         described=bool(person.occupations or person.injury_month or person.injury_year))
        notes.append(f"patients: {', '.join(f'{k} {v}' for k, v in group.filters().items())} (from '{group.words}'): "
                     f"a group across letters, not one patient")
    condition = "" if cases or one_person(plain, person) or particular_people(plain) else read_condition(plain)
    if condition:
        # "did they approve anything for people with carpal tunnel?": the letters whose summary names it
        person = msgspec.structs.replace(person, occupations=(), notes=(), described=bool(
            person.age or person.ages or person.injury_month or person.injury_year) and not group)
        notes.append(f"patients: those with {condition} (the letters whose case summary names it): a group across "
                     f"letters, not one patient")
    notes += person.notes
    about, _occupations = mask_occupations(plain)  # an occupation is not a treatment
    about, orderers = mask_orderers(about)  # nor the provider who orders: "my psychiatrist put me on zoloft"
    notes += [f"the provider who orders, not what is asked: {' / '.join(orderers)}"] if orderers else []
    about = without_aged_called(about)  # "the 63 yo shoulder surgery man": who he is, not what is asked
    for s_, e_ in reason_follow_ups(about):  # "... was it because there was no MRI?": not what is asked
        about = about[:s_] + " " * (e_ - s_) + about[e_:]
    for s_, e_ in reason_clauses(about):  # "elbow mri got rejected - because they wanted an xray first?"
        if (offered := find_treatments(about[s_:e_])) and find_treatments(about[:s_] + " " * (e_ - s_) + about[e_:]):
            about = about[:s_] + " " * (e_ - s_) + about[e_:]  # ... when another thing is named
            notes.append(f"the reason offered, not asked about: {', '.join(dict.fromkeys(t for t, _w in offered))} "
                         f"(from '{' / '.join(dict.fromkeys(w for _t, w in offered))}')")

    start, end = asking_span(about)
    asking = about[start:end]
    found, before = find_treatments(about), []
    masked, phrases = was_on(about)  # "switched her from omeprazole to another acid pill": the pill is asked
    if phrases and (rest := find_treatments(masked)):
        found, before = rest, [hit for phrase in phrases for hit in find_treatments(phrase)]
        about_asked, asking = masked, masked[start:end]
    elif phrases and _refill_of_the_drug_on(masked, phrases):
        # "44 yo woman on percocet - did she get her refill?": the one drug she is on is the refill asked
        about_asked = about
    elif phrases and _category(masked):
        # "UR non-certified the ultrasound ... since she was already doing PT": the rest names the
        # thing asked by its kind only (a word no treatment set has), and the PT is what she was in
        found, before = [], [hit for phrase in phrases for hit in find_treatments(phrase)]
        about_asked, asking = masked, masked[start:end]
    else:
        about_asked = about
    treatments = _asked(about_asked, asking, found, find_treatments)
    if results := results_told(about_asked, treatments):
        # "do reviewers approve epidurals if the MRI shows a herniation?": the epidurals; the MRI's result a finding
        treatments = [tw for tw in treatments if tw not in results]
        notes.append(f"a study's result told, not asked about: {' / '.join(dict.fromkeys(w for _t, w in results))}")
    left_out = [hit for hit in found if hit not in treatments and hit not in results]
    # (a drug of no treatment set named after what the patient is described with is asked as another would be: "the
    # 63 yo man with the shoulder surgery - what happened with the Tylenol?")
    first_at = min((about_asked.find(w) for _t, w in treatments if about_asked.find(w) >= 0), default=len(about_asked))
    unsetted = [("", w) for w, at in unsetted_mentions(about_asked) if at > first_at]
    treatments, story = story_treatments(about_asked, [*treatments, *unsetted], others_asked=bool(aside.treatments))
    treatments = [tw for tw in treatments if tw not in unsetted]
    # "the man with the acupuncture and the neck MRI - did the acupuncture go through?": the MRI the
    # asking part leaves out still tells who he is
    story = [*story, *(hit for hit in described_with(about_asked, left_out) if hit not in story)]
    # "my wife is 28, they denied her lumbar MRI, did they also deny her epidural?": so does the one told as decided
    story = [*story, *(hit for hit in told_decided(about_asked, left_out, start) if hit not in story)]
    # "the man with the TENS unit and the wedge pillow, did he get the wrist braces?": the pillow tells who he is
    treatments, listed = listed_apart(about_asked, treatments) if story else (treatments, [])
    story = [*story, *listed]
    if treatments and not story and ((start, end) != (0, len(about)) and asks_of_all(asking)
                                     or phrases and asks_of_all_told(masked[start:end])
                                     or _all_of_whom_with(about_asked, treatments)):
        # "the 46 year old man with chiro - did he get anything approved at all?": his requests,
        # each; the chiro tells who he is ("was all of it denied for the woman ... while she was
        # still in PT?": so does the care she is in the middle of)
        treatments, story = [], treatments
    treatments = with_adjuncts(about_asked, treatments)  # "her chiro stuff": the e-stim and ultrasound too
    treatments = with_modality_ultrasound(about_asked, treatments)  # "the electrical stim and the ultrasound"
    treatments = brands_apart(about_asked, treatments)  # "voltaren and lidocaine ointment": a pill and an ointment
    ids = tuple(dict.fromkeys(t for t, _w in treatments))
    words = tuple(dict.fromkeys(w for _t, w in kinds_named_apart(about_asked, treatments)))
    told_claim = SetAside()
    if outcomes.premise and (told := _told_of_another(about, start, end, ids)):
        # "her shoulder xray was turned down but what about the CT?": the denial is the x-ray's, told;
        # the CT is asked without one (and the told one's outcome checked: "the MRI was approved, what about the
        # acupuncture?" of a denied MRI says so first)
        notes = [f"outcome: told of the {told}, not of what is asked" if n in outcomes.notes and "premise" in n
                 else n for n in notes]
        told_claim = SetAside(treatments=tuple(dict.fromkeys(t for t, _w in find_treatments(about[:start]))), words=told,
                              tells=True, outcome=outcomes.premise)
        outcomes = msgspec.structs.replace(outcomes, premise=None, asked=True)
    if ids:
        notes.append(f"treatment: {', '.join(ids)} (from '{' / '.join(words)}')")
    if story:
        notes.append(f"the patient's story, not asked about: {', '.join(t for t, _w in story)} "
                     f"(from '{' / '.join(dict.fromkeys(w for _t, w in story))}')")
    if was := [(t, w) for t, w in before if t not in ids]:  # says nothing of what the letter decided
        notes.append(f"what the patient was on, not asked about: {', '.join(dict.fromkeys(t for t, _w in was))} "
                     f"(from '{' / '.join(dict.fromkeys(w for _t, w in was))}')")
    category = None
    unstoried = about_asked  # a story's treatment ("with the prior cervical fusion") is no category asked
    for _t, w in story:
        unstoried = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", lambda m: " " * len(m.group(0)), unstoried)
    if found := _category(unstoried):
        category = found[0]
        notes.append(f"category: {category} (from '{found[1]}')")
    # "who had two back surgeries and a neck fusion: why was the low back x-ray denied": the neck is
    # the story's operation's, not the x-ray's (when the rest still names a body part)
    told_parts = about if unstoried == about_asked or not find_regions(unstoried) else unstoried
    # "...hurt my lower back ... denied my MRI. because I have no numbness down my legs?": the legs are the reason's
    if (unreasoned := without_reason_regions(told_parts)) != told_parts:
        notes.append("body region of the reason offered, not of what is asked: left out")
        told_parts, asking = unreasoned, unreasoned[start:end]
    regions = _asked(told_parts, asking, find_regions(told_parts))
    # "...I get tingling in my face. Why was my MRI approved?": the face is the story, not the MRI's
    # ("...his shoulder MRI got approved too, right? What did IMR do with it?": an asking part that
    # names nothing, only "it", asks about what was told)
    told = bool(regions) and asking.lower() != about.lower() and not find_regions(asking) and bool(find_treatments(asking))
    told = told or bool(ids) and only_symptoms(about, regions)  # "for the woman with tingling in her thigh"
    told = told or bool(regions) and told_in_opening(about, find_regions, find_treatments)  # "46 yo man, shoulder pain - ...?"
    if told and EVERY_ONE.search(asking) and person.age:
        # "the 33 yo guy who smashed his hand - were all 3 MRIs denied": every MRI, not the hand's (his
        # age tells who he is; "sewing machine operator with the sore right elbow and wrist - were her
        # pills and both creams all turned down?": the body parts still tell who she is, nat-1492)
        notes.append(f"body region told of the patient, not of what is asked ({', '.join(w for _r, w in regions)}): "
                     f"all of them are asked")
        regions, told = [], False
    if not told and len(regions) > 1 and (hurt := told_in_injury(about, regions, words)):
        # "my neck MRI got cut - 33, smashed my hand in a door. why?": the hand is how he got hurt; the
        # MRI asked is the neck's
        notes.append(f"body region told of how the patient got hurt, not of what is asked: {', '.join(w for _r, w in hurt)}")
        regions = [r for r in regions if r not in hurt]
    if not told and len(regions) > 1 and (parts := regions_told_decided(about, words, len(about))):
        # "they denied my wife's shoulder MRI ... now she wants a lumbar MRI - was that approved?": the shoulder is
        # the MRI told as decided (who she is), the lumbar one is asked
        gone = {r for p in parts for r, _w in find_regions(p)}
        if rest := [(r, w) for r, w in regions if r not in gone]:
            notes.append(f"body region of the request told as decided, not of what is asked: {' / '.join(parts)}")
            regions = rest
    if not told and len(regions) > 1 and (owned := regions_owned_told(about)):
        # "the 61 yo woman's hip MRI - did they approve the shoulder one?": the hip MRI tells who she is, the
        # shoulder's is asked
        if rest := [(r, w) for r, w in regions if r not in owned]:
            notes.append(f"body region of the patient's request told in the opening, not of what is asked: {', '.join(owned)}")
            regions = rest
    if not told and len(regions) > 1 and (described := regions_described_with(about, regions, words)):
        # "why was the knee MRI denied for the 28 yo woman with the lumbar MRI?": the lumbar MRI tells who she is, the
        # knee one is asked
        notes.append(f"body region of what the patient is described with, not of what is asked: "
                     f"{', '.join(w for _r, w in described)}")
        regions = [rw for rw in regions if rw not in described]
    if not told:  # "the neck nerve test": an EMG/NCS of the arms (not where the patient told they hurt)
        regions = nerve_limbs(ids, regions)
    # "was the CT approved? what about his knee?": the knee's requests asked after the CT, not a knee CT
    after = regions_after(question) if not told else ()
    notes += [f"body region: {region} (from '{words}'), asked of the patient's requests for it, after the rest"
              for region, words in regions if region in after]
    regions = [(r, w) for r, w in regions if r not in after]
    notes += [f"body region: {region} (from '{words}'{', in the story' if told else ''})" for region, words in regions]
    side = _side(text, notes)
    spinal = tuple(sorted(levels(asking)))
    if spinal:
        notes.append(f"spinal level: {', '.join(sorted(spinal))}")

    injury_date = _injury_date(text, today, notes)
    if injury_date and not person.injury_month:
        person = msgspec.structs.replace(person, injury_month=injury_date[:7], injury_year=int(injury_date[:4]),
                                         described=True)

    aggregate = False
    unfollowed = text  # "... denied why? was it the number of visits?": the follow-up counts nothing
    for s_, e_ in reason_follow_ups(text):
        unfollowed = unfollowed[:s_] + " " * (e_ - s_) + unfollowed[e_:]
    # "were his last 2 PT sessions denied because of the number of visits?": a reason offered, no count
    unfollowed = _CAUSE_COUNTED.sub(lambda m: " " * len(m.group(0)), unfollowed)
    # "UR cut the count or the refills", "the pill count": a prescription's quantity, not a count asked for
    unfollowed = _QUANTITY_COUNT.sub(lambda m: " " * len(m.group(0)), unfollowed)
    # "how many of the 90 pills did the 33-year-old man get?" counts within one patient's item
    # ... unless a yes/no question about them follows ("How many PT visits did he have? Did any get
    # approved?"): a count of the patient's requests, with their outcomes
    units = _UNITS_OF_ONE.search(text) if second_ask(text) < 0 else None
    one_item = (bool(cases or person.described) and (_OF_ONE_ITEM.search(text) or units or _UR_LET_THROUGH.search(text))) or bool(
        units and _ONE_SUBJECT.search(text, units.end())) or bool(second_ask(text) < 0 and _HAD_BEFORE.search(text)) or bool(
        ASKED_HOW_MANY.search(text)) or total_of_one(text) or bool(PAGE_COUNT.search(text)) or asks_count_before(text)
    # ("how many were approved in total? [the PT in case ...]"; "how many pages is the letter?": one letter's)
    # "the most common reason PT gets denied" asks for the reasons (a pattern), not a count
    # "which letters were decided in February 2017?": letters listed by what they are, no treatment named
    letters = None if ids or cases or person.described or regions else LETTERS_LISTED.search(text) or (
        REVIEWERS_LISTED.search(text) if reviewer else None)
    # "for the 53 year old man, compare the lumbar MRI and the neck CT": his items side by side, not
    # a comparison over the collection (two people described are service.two_patients')
    within_one = (len(cases) == 1 or not cases and one_person(text, person) and ages_told(text) == 1) and bool(
        _COMPARE.search(text))
    if not one_item and not _TOP_REASON.search(text) and not particular_people(text) and (
            m := _AGGREGATE.search(unfollowed) or (None if within_one else collection_cue(unfollowed)) or letters
            or (None if ids or cases or person.described else remainder_ever(unfollowed))
            or duration(text) or (None if cases or person.described else waited_match(text)) or AGE_ASKED.search(text)):
        aggregate = True
        notes.append(f"counting question (from '{m.group(0)}')")
    if aggregate:
        outcomes, notes = _second_part(plain, outcomes, notes)
    elif outcomes.wanted and not cases and one_person(text, person):
        outcomes, notes = _one_persons(outcomes, notes)
    elif outcomes.premise and not (outcomes.pattern or outcomes.why or cases or person.described) and ids and asks_future(text):
        outcomes, notes = _of_no_one_told(outcomes, notes)
    kind = _kind(text, aggregate, outcomes, person, cases, ids, reviewer)
    if kind == "item" and across_letters(text, person, ids, cases, outcomes.wanted, grouped=bool(group)):
        # "any men over 50 get acupuncture approved?", "any acupuncture approved where UR had cut the
        # sessions?": a condition the collection filters by, across letters
        kind = "list"
        notes.append("across letters: the requests under the condition the question sets (service.conditions)")
    if condition and kind in ("item", "list", "pattern", "count"):
        kind = "list"  # their letters' requests, with what is asked of them (service.flows.condition)
    kind_term = ""
    if terms := asked_terms(question):  # "what does upheld mean?": the word, nothing else asked
        kind = "term"
        notes.append(f"meaning asked: {', '.join(terms)}")
    elif kind_term := asked_kind(question):  # "what is an EMG?": a kind of request, nothing else asked
        kind = "term"
        notes.append(f"meaning asked: {kind_term} (a kind of request)")
    notes.append(f"answer: {KIND_WORDS[kind]}")
    guideline = None
    if found_g := min(((m.start(), name, m.group(0)) for name, rx in _GUIDELINES if (m := rx.search(text))),
                      default=None):  # fmt: skip
        guideline = found_g[1]
        notes.append(f"guideline: {guideline} (from '{found_g[2]}')")

    return Query(
        text=question, search_text=expand_terms(text), names=_names(text, treatments, requested), kind=kind,
        case_numbers=cases, decision=outcomes.wanted,
        premise=outcomes.premise, asked=outcomes.asked, pattern=outcomes.pattern, why=outcomes.why,
        treatments=_most_specific(ids), story_treatments=tuple(dict.fromkeys(t for t, _w in story)),
        treatment_words=words, person=person,
        category=category, body_regions=tuple(r for r, _ in regions), region_words=tuple(w for _, w in regions),
        regions_told=told, regions_after=after,
        side=side, levels=spinal, reviewer=reviewer, age=person.age, sex=person.sex,
        injury_date=injury_date, aggregate=aggregate, guideline_source=guideline, terms=terms,
        kind_term=kind_term,
        corrections=tuple(corrections), notes=tuple(notes), set_aside=aside, told=told_claim,
        group=tuple(group.filters().items()) if group else (), condition=condition,
    )  # fmt: skip


# "did IMR overturn anything for the 57 yo man with the shoulder CT?": every request of the patient
# whom what follows "with" describes
_ANYTHING_FOR = re.compile(r"\b(?:overturn\w*|approv\w*|den(?:y|ied)|authori[sz]\w*|grant\w*|cover\w*|uph[eo]ld|ok'?d|"
                           r"okay\w*)\s+(?:anything|everything|any\s+of\s+(?:it|them|(?:his|her|their)\s+(?:requests|stuff)))\s+"
                           r"(?:at\s+all\s+)?(?:for|of|to)\s+(?:the|my|his|her|this|that|a|an)\b(?P<who>[^?.;]*)"
                           r"|\b(?:(?:was|were|is|has|had)\s+(?:anything|everything)|(?:anything|everything)\s+(?:get|got|gets|been|was|"
                           r"were))\s+(?:\w+\s+)?(?:approved|overturned|"
                           r"denied|upheld|authori[sz]ed|granted|covered)\s+(?:at\s+all\s+)?(?:for|of|to)\s+(?:the|my|his|her|this|"
                           r"that|a|an)\b(?P<who2>[^?.;]*)"
                           # "was anything for the 63 yo man with the shoulder surgery overturned?"
                           r"|\b(?:was|were|is|has|had)\s+(?:anything|everything)\s+(?:at\s+all\s+)?(?:for|of)\s+(?:the|my|his|her|"
                           r"this|that|a|an)\b(?P<who3>[^?.;]*?)\s+(?:(?:get|got|been|ever)\s+)?(?:not\s+)?(?:approved|overturned|"
                           r"denied|upheld|authori[sz]ed|granted|covered)\b", re.IGNORECASE)


def _all_of_whom_with(text: str, treatments: list[tuple[str, str]]) -> bool:
    """Whether `text` asks of every request of a patient described by the treatments it names
    ("did IMR overturn anything for the 57 yo man with the shoulder CT?")."""
    m = _ANYTHING_FOR.search(text)
    who = m and next((m.group(g) for g in ("who", "who2", "who3") if m.group(g) is not None), None)
    if not who or not re.search(r"\bwith\b|\bwho\s+(?:had|has|got|wanted)\b", who, re.IGNORECASE):
        return False
    return all(w.lower() in who.lower() for _t, w in treatments)


# every one of a kind asked: "were all 3 MRIs denied", "both of his MRIs", "each of the scans" (also
# service.flows.chosen: every item of that kind is explained)
EVERY_ONE = re.compile(r"\b(?:all|both|each|every)\b(?!\s+(?:day|week|month|year|night|time)s?\b)", re.IGNORECASE)


_CONDITIONAL = re.compile(r"\s*(?:when|whenever|if|once|after|since)\b", re.IGNORECASE)


def _told_of_another(about: str, start: int, end: int, asked: tuple[str, ...]) -> str:
    """The words of the treatments told before the asking part, when its outcome words are said of
    them and the asking part names other treatments with no outcome word of its own ("her x-ray was
    turned down but what about the CT?"); '' otherwise."""
    if (start, end) == (0, len(about)) or not asked or read_outcomes(about[start:end]).found:
        return ""
    if re.match(r"\s*why\b", about[start:end], re.IGNORECASE):
        return ""  # "they approved her PT, why not the acupuncture?": the bare "why not" presumes the other outcome
    if _CONDITIONAL.match(about[:start]):
        return ""  # "when the surgery itself is denied, what happens to the post-op brace?": the outcome the rule turns on
    told = find_treatments(about[:start])
    if not told or {t for t, _w in told} & set(asked) or not read_outcomes(about[:start]).premise:
        return ""
    return " / ".join(dict.fromkeys(w for _t, w in told))


# a quantity offered as the cause of a decision, not counted: "denied because of the number of visits",
# "upheld due to the number of sessions requested"
_CAUSE_COUNTED = re.compile(r"\b(?:because\s+of|due\s+to|on\s+account\s+of|owing\s+to)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
                            r"(?:sheer\s+|total\s+|high\s+|large\s+)?number\s+of\b", re.IGNORECASE)
# a prescription's quantity, which utilization review cut or changed: "cuts the count or the refills",
# "reduced his pill count", "the tablet count" (not "count the denials", "give me a count of")
_QUANTITY_COUNT = re.compile(r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|trimm?\w*|halv\w*|chang\w*|modif\w*|drop\w*)\s+"
                             r"(?:down\s+)?(?:the\s+|his\s+|her\s+|their\s+|my\s+|its\s+)?(?:pill\s+|tablet\s+|capsule\s+)?counts?\b"
                             r"|\b(?:pill|tablet|capsule)\s+counts?\b", re.IGNORECASE)
# a slash between two body parts: "wrist/elbow braces", "neck/back pain"
_PART = r"(?:neck|back|shoulders?|elbows?|wrists?|hands?|hips?|knees?|ankles?|feet|foot|arms?|legs?)"
_SLASHED_PARTS = re.compile(rf"\b({_PART})/(?={_PART}\b)", re.IGNORECASE)


def _second_part(text: str, outcomes: Outcomes, notes: list[str]) -> tuple[Outcomes, list[str]]:
    """A count followed by a yes/no question about the outcome ("How many chiropractic requests
    did she have, and were any approved?"): the outcome words of that question ask how many of
    what was counted had the outcome (service.collection.read counts both), so none of them
    selects (filters) or is presumed. Unchanged when the count itself names an outcome."""
    at = second_ask(text)
    if at < 0 or not outcomes.found:
        return outcomes, notes
    first, second = read_outcomes(text[:at]), read_outcomes(text[at:])
    if any(o.role != "ur" for o in first.found) or not second.found:
        return outcomes, notes
    said = [f"outcome: '{o.words}' read as the count's second part: how many of them were "
            f"{'denied (Upheld)' if o.decision == 'Upheld' else 'approved (Overturned)'}" for o in second.found]
    kept = [n for n in notes if n not in outcomes.notes]
    return msgspec.structs.replace(outcomes, premise=None, wanted=None, pattern=None, asked=True,
                                   notes=(*first.notes, *said)), kept + list(first.notes) + said


def _one_persons(outcomes: Outcomes, notes: list[str]) -> tuple[Outcomes, list[str]]:
    """"Which of the 54-year-old woman's medications did IMR approve?" selects among one
    person's requests, not across the collection: the outcome is checked against their items (a
    premise, corrected when none has it), never a filter that brings other patients' items."""
    said = {note(o): f"outcome: '{o.words}' read as the outcome asked of one person's requests (checked against "
                     f"their letter, not a filter)" for o in outcomes.found if o.role == "wanted"}
    return msgspec.structs.replace(outcomes, premise=outcomes.wanted, wanted=None), [said.get(n, n) for n in notes]


def _of_no_one_told(outcomes: Outcomes, notes: list[str]) -> tuple[Outcomes, list[str]]:
    """"my chiropractor wants more visits, will IMR approve it next time?", no patient told: no letter is theirs, so the
    outcome is what it takes to reach it across letters (a pattern: what reviewers want before approving), not one
    letter's decision taken for theirs."""
    said = {note(o): f"outcome: '{o.words}' asked of a decision to come, no patient told: read as what it takes to be "
                     f"{'approved' if o.decision == 'Overturned' else 'denied'} across letters" for o in outcomes.found
            if o.role == "premise"}
    return (msgspec.structs.replace(outcomes, pattern=outcomes.premise, premise=None, notes=tuple(said.get(n, n) for n in outcomes.notes)),
            [said.get(n, n) for n in notes])


_REVIEWER_WORDS = re.compile(r"\b(?:doctor|physician|specialist|surgeon)s?\s+(?:who|that)\s+(?:review\w*|looked\s+(?:at|over|into)"
                             r"|went\s+(?:over|through)|read|handled|examined)\b"
                             # ... or the one of a field: "a specialist in neurology", "specialize in" (the field read apart)
                             r"|\b(?:a\s+)?specialist\s+in\b|\bspeciali[sz]e[ds]?\s+in\b", re.IGNORECASE)


