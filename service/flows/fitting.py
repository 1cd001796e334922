"""Several requests of one patient, or of the few patients a description fits, answered as a list
with each one's decision, when an item answer (at most MAX_ITEMS items, each in full) would drop
some or pick one patient by chance:

- a described patient's requests in general ("did the 33 yo guy get anything approved at all?",
  "were the 40 year old woman's medications all denied?") when the description is an age and a sex
  (and a date of injury), or a job ("the truck driver": service.patients.job_letters), that two to
  MAX_LETTERS letters share: each letter's requests, the outcome asked counted per letter;

      2 letters fit the 33-year-old man equally. In CM16-0247624, 1 of the 2 requests was approved
      (overturned). In CM16-0234464, none of the 6 requests was approved (overturned). CM16-0247624: ...

- one treatment asked of such a description ("the 37 yo woman - was her MRI denied?") when two to
  MAX_LETTERS of the letters that fit decided a request for it (of the body part named), and no
  other word of the question tells them apart (service.alike): each one's requests for it;

      2 letters fit the 37-year-old woman equally and each has a request for MRI. In CM16-0245128, ...

- a group of one letter's requests, named in the plural, that holds more than MAX_ITEMS ("Re
  CM17-0013625: were all the oral suspensions upheld?"): all of them, counted.

      In CM17-0013625, all 4 requests for medications (oral liquid forms) were denied (upheld). ...
"""

from __future__ import annotations

import re

import msgspec

from indexer.taxonomy import find_regions
from indexer.treatments import GROUPS, LABELS, find_treatments, members
from service.alike import alike as fitting_alike
from service.collection.patient import patient
from service.compose.common import Composer, trim
from service.compose.listing import WORD, item_line
from service.engine import Engine
from service.drugs import drug_names
from service.dates import MONTH
from service.filters import validate
from service.future import PAST_MANY, asks_future
from service.gather import case_items
from service.guess_each import guess_of_each, opening_of
from service.flows.chosen import MAX_ITEMS, claims_all, every_item
from service.flows.common import answer, rated
from service.flows.group_yes_no import ANYTHING_ASKED, NOTHING_ASKED, WHICH_OF, yes_or_no
from service.ordinal import PLACE
from service.outcomes import asked_decision
from service.surgical_group import asks_surgical_requests, its_services
from service.yes_no import decision_asked
from service.past_count import asks_had_before, had_before_sentence
from service.patients import described_letters, job_letters, plural_kind_words, same_worker
from service.compose.facts import said_day
from service.relative import relative
from service.told_kind import having_kinds
from service.across_mechanism import GROUPS as ACCIDENTS  # how an accident happened, not the part it hurt
from service.mechanism import mechanisms, without_mechanisms
from service.quantity import kind_count, schedules
from service.people import job_words, tells_story
from service.retrieve import retrieve_scored
from service.scope import ScopeItem, asked_sets, items_where, scope
from service.story import PROVIDER_ASKED_FOR
from service.types import Answer
from service.understand import Query
from service.wording import kind_of

# the opening of a yes/no question whose answer is yes for one letter the description fits and no for another
DEPENDS = "It depends on which letter"
MAX_LETTERS = 5  # more letters than this: the description picks out no one
# ... unless it gives an age band ("the woman over 50", "the man in his 50s"): the asker says they do not know
# the age, so every letter in the band that has the thing asked is answered, up to this many
MAX_BAND_LETTERS = 10
# ... and of their requests in general ("the lady in her 40s - what happened?"), each letter in a line, up to this many
MAX_BRIEF = 15
SHOWN = 6  # items listed per letter
# "all five compounded suspensions", "all the oral suspensions", "any of them", "each of her meds"
# any word that tells a sex (a person, a relative, a pronoun): "the 50 year old man and woman" is two people; "the 50 yr
# old's acupuncture" tells none, and every letter of that age fits it
_SEX_WORD = re.compile(r"\b(?:man|men|woman|women|male|males|female|females|guy|guys|gal|lady|ladies|gentleman|boy|girl|"
                       r"husband|wife|son|daughter|mom|mother|dad|father|brother|sister|aunt|uncle|he|she|his|her|hers|him|"
                       r"[MF])\b", re.IGNORECASE)


# ... nor a date that may be one letter's ("we non-certified the lumbar MRI for our 28 y/o claimant on 11/30/2016")
_A_DATE = re.compile(rf"\b\d{{1,2}}/\d{{1,2}}\b|\b(?:19|20)\d{{2}}\b|\b{MONTH}\s+\d", re.IGNORECASE)


def _sexless(query: Query) -> bool:
    """Whether the question describes the patient by an age alone, no word telling a sex and no date."""
    return query.person.age is not None and not _SEX_WORD.search(query.text) and not _A_DATE.search(query.text)


_ALL = re.compile(r"\b(?:all|every|each|both)\b|\bany\s+of\s+(?:them|those|these)\b", re.IGNORECASE)


# "what did IMR decide", "what did the reviewer rule", "what did they say"
_WHAT_DECIDED = r"\bwhat\s+did\s+(?:IMR|UR|the\s+(?:IMR\s+)?reviewers?|they)\s+(?:decide|rule|say)"

# what a patient asked for, in general: "what was requested for the 34 year old man?"
# ... or what was decided for them: "what did IMR decide for the 46 yo woman?"
_WHAT_REQUESTED = re.compile(r"\bwhat\s+(?:(?:was|were|got)\s+|did\s+(?:he|she|they|I|the\s+doctor)\s+)(?:requested|request|ask(?:ed)?\s+for|"
                             rf"decided|put\s+in\s+for)\b|{_WHAT_DECIDED}\s+(?:for|about|on)\b", re.IGNORECASE)


# ... or, of a job several letters print, what was decided with nothing after it: "the nursing assistant -
# what did IMR decide?" (not of an age and a sex after a story, which tells more than the fields checked)
# ... or what happened, of no thing: "the cashier in his fifties - what happened?"
_DECIDED_BARE = re.compile(rf"{_WHAT_DECIDED}\s*(?:\?|$)|^\W*what\s+happened\b|\bwhat\s+happened\s*(?:\?|$)", re.IGNORECASE)
# ... and, of one age said (and a sex, nothing more: service.people.tells_story), what they got or what became of
# them: "the 46 year old woman - what did she get?", "what happened to the 45 yo man?", "what were her results?"
_GOT_BARE = re.compile(r"\bwhat\s+did\s+(?:he|she|they|the\s+[^?.;]*?)\s+(?:get|end\s+up\s+with)\s*(?:\?|$)"
                       r"|\bwhat\s+happened\s+(?:to|with)\s+(?:him|her|them|the\s+[^?.;]*?)\s*(?:\?|$)"
                       r"|\bwhat\s+(?:was|were)\s+(?:his|her|their)\s+(?:results?|outcomes?|decisions?)\s*(?:\?|$)"
                       # ... or whether their request went through, of no thing named: "34 yo man, was his request approved?"
                       r"|\b(?:was|were|did)\s+(?:his|her|their)\s+(?:requests?|claims?|appeals?|treatments?|stuff)\s+(?:get\s+)?"
                       r"(?:denied|approved|upheld|overturned|turned\s+down|authori[sz]ed|go\s+through)\s*(?:\?|$)"
                       # ... or why, of nothing named: "the 37 yo woman - why was it denied?"
                       r"|\bwhy\s+(?:was|were)\s+(?:it|they|that|she|he)\s+(?:denied|approved|upheld|overturned|turned\s+down)\s*(?:\?|$)"
                       # ... or what they were denied or given: "the 37 yo woman - what was she denied?"
                       r"|\bwhat\s+(?:was|were)\s+(?:she|he|they)\s+(?:denied|refused|given|granted|approved\s+for|turned\s+down\s+for)"
                       r"\s*(?:\?|$)",
                       re.IGNORECASE)




# all (so many) of the patient's requests of a group: "all 6 of the 37 yo woman's DME items"
_ALL_OF_THEM = r"\b(?:all|both|each|every\s+one)\s+(?:\d{{1,2}}\s+)?of\s+[^,;?.!]*?(?<![\w-]){word}(?![\w-])"


def plural_group(query: Query) -> bool:
    """Whether the question asks of a group of requests: a treatment group named in the plural
    ("her medications", "the liquid meds") or with "all"/"each"."""
    sets = asked_sets(query)
    groups = [t for t in sets if t in GROUPS]
    # ... a member of it named beside it is one of the group, when all (so many) of the group are asked: "were all 6 of
    # her DME items denied, or did she get the TENS?" asks of all six, the TENS among them (not "her celecoxib, and the liquid meds?": two things)
    if sets and not all(t in GROUPS for t in sets):
        return bool(groups) and all(t in GROUPS or any(t in members(g) for g in groups) for t in sets) and any(
            {s for s, _ in find_treatments(w)} & set(groups) and re.search(_ALL_OF_THEM.format(word=re.escape(w)), query.text,
                                                                          re.IGNORECASE) for w in query.treatment_words)
    return bool(sets) and (any(w.lower().endswith("s") for w in query.treatment_words) or bool(_ALL.search(query.text)))  # all groups


def each_fitting(engine: Engine, query: Query, question: str, seen: dict, filters: dict, k: int) -> Answer | None:
    """The answer naming every letter the description fits equally, or None when the question
    names a case, asks of no requests (in general, of a group, or of one treatment), describes
    the patient by more than the fields checked here (age, sex, dates, a job, how they were hurt
    when every letter's summary records it; not a surgery had),
    or the description and the treatment asked agree with one letter only (or more than
    MAX_LETTERS); service.alike says which words of the question tell the letters apart."""
    sets = asked_sets(query)
    single = bool(sets) and not plural_group(query)  # "the 37 yo woman - was her MRI denied?"
    if query.case_numbers or not query.person.described:
        return None
    jobs = job_words(query.person)  # "the truck driver": the letters that print the job (a job many share)
    # ... or how they were hurt, and no more ("54 yo woman, fell at work - what did IMR decide?"): checked of each
    # letter (service.patients.described_letters), as a job is
    hurt = not jobs and bool(mechanisms(query.text)) and not tells_story(without_mechanisms(query.text), query.person)
    if not sets and not (every_item(query.text) or _WHAT_REQUESTED.search(query.text) or PROVIDER_ASKED_FOR.search(query.text)
                         or ((jobs or hurt) and _DECIDED_BARE.search(query.text))
                         or ((query.person.age or query.person.ages)
                             and (_GOT_BARE.search(query.text) or _DECIDED_BARE.search(query.text)))):
        return None
    if PLACE.search(query.text) or relative(query.text):
        # ... or "the older truck driver": one of them, by age or injury date (service.relative)
        return None  # "the last item in the 52-year-old woman's letter": one item, by its place
    if shared := (_story_shared(engine, query, filters) if not sets and not jobs else ()):
        # "was anything approved for the 36 yo woman with the knee MRI": both 36-year-old women had one
        query = msgspec.structs.replace(query, story_treatments=(), body_regions=(), region_words=())
    # "I'm 37 and a woman and my neck hurts. will IMR approve an MRI?": asked of the future, the story tells who
    # might be alike, not one letter's patient; the words the letters print still tell them apart (service.alike)
    future = single and asks_future(query.text)
    # how they were hurt ("the 54 yo woman who fell") is checked of each letter that fits the age and sex
    # (service.patients.described_letters: its summary records it): told of all of them, it tells none apart
    unhurt = _without_asked(query.text, query.treatment_words + shared)
    if (query.story_treatments or (query.body_regions and not single)
            or not future and tells_story(unhurt if jobs else without_mechanisms(unhurt),
                                          msgspec.structs.replace(query.person, occupations=()) if jobs else query.person)):
        # more than an age, a sex, a date and a job (a surgery had, where it hurts, how): it tells them apart ...
        # unless it tells how they were hurt (and where), and the letters it fits are one worker's: the injury is
        # theirs all (a request or a count told still picks the letter: "with the head CT", "with 6 requests"; so
        # does the part hurt, "the head injury", and a request set aside or told: "the 3 MRIs were denied. what else ...")
        if (not jobs and not future and set(mechanisms(query.text)) & set(ACCIDENTS) and not query.story_treatments
                and not query.set_aside.words and not query.told.words
                and not sets and query.person.requests is None and (worker := _one_worker(engine, query, filters))):
            # (a treatment asked picks the letter that decided it: answered from each of one worker's letters that
            # decided it, held-out questions lost the letter they asked of: see the README)
            return _workers_letters(engine, query, question, seen, k, *worker)
        return None
    if single and (len(query.treatment_words) != 1 or not (query.person.sex or jobs or _sexless(query))):
        return None  # "they approved the acupuncture, why not the PT?", "the 50 year old man and woman": more than one
    # the letters agreeing with every field the description gives: whichever one's summary reads
    # closer to the question, two 33-year-old men are two patients (service.flows.item._alone)
    fields = {n: v for n, v in filters.items() if n != "decision"}
    fitting = job_letters(engine, query, fields) if jobs else described_letters(engine, query, fields)[1]
    # the kind of request told of them ("on all the liquid meds", "the pain management referral"): the letters
    # with one (service.told_kind)
    fitting = having_kinds(engine, query.text, fitting)
    if (len(fitting) == 1 and hurt and not sets and not jobs and not query.story_treatments and not query.set_aside.words
            and not query.told.words and query.person.requests is None and set(mechanisms(query.text)) & set(ACCIDENTS)
            and (worker := _one_worker(engine, query, filters))):
        # "my mom is 50, she was punched at work - what did IMR decide?": the one letter that records the assault is one
        # of that worker's letters, the others the same injury's (the same age, sex and date of injury): each of them
        return _workers_letters(engine, query, question, seen, k, *worker)
    if len(fitting) < 2:
        return None
    items, label = _items(engine, spine_wide(query), fitting, regions=bool(query.body_regions))
    if single and spine_wide(query) != query and (low := _items(engine, query, fitting, regions=True))[0]:
        # a plain "back" is the low back first: "her back MRI" is the lumbar one where a letter that fits decided
        # one, the thoracic one only where none did ("the 28 yo woman's back MRI": hers, not the other's upper back)
        items, label = low
    having = tuple(dict.fromkeys(i.case_number for i in items)) if single else None
    named = label.replace(" (any)", "")  # "imaging (any)": imaging
    # (how they were hurt, every one of them records: no word to read again)
    read = query if jobs else msgspec.structs.replace(query, text=without_mechanisms(query.text))
    alike = fitting_alike(engine, read, fitting, having, named or "the treatment asked")
    if alike.unread and not future:
        return None  # a word of the question no fitting letter prints: what it tells cannot be checked
    # (asked of the future, the asker is no letter's patient: the letters alike in what they print fit)
    fitting = alike.cases
    # "the lady in her 40s - what happened with her requests?": an age band many letters share, of the
    # patient's requests in general, picks out no one; each letter is said in a line and the asker is
    # asked which one (past MAX_BRIEF letters, "the woman over 25", the first MAX_BRIEF of them, all counted)
    brief = not single and len(fitting) > MAX_LETTERS
    if len(fitting) < 2 or (len(fitting) > (MAX_BAND_LETTERS if single and query.person.ages else MAX_LETTERS)
                            and not (brief and query.person.ages)):
        return None
    by_case = {case: [i for i in items if i.case_number == case] for case in fitting}
    if not all(by_case.values()):
        return None  # a letter without any of the group: the description and the group pick the other
    if one_at_every_part(query.body_regions, by_case):
        return None  # "chiro for his neck and his low back": the one letter with requests at every part told
    if query.person.requests is not None and sum(len(v) == query.person.requests for v in by_case.values()) == 1:
        return None  # "the 40 yo woman's five meds": how many tells the one letter with that many apart
    if single and (said := schedules(query.text)) and 0 < sum(
            any(said <= schedules(i.request) for i in v) for v in by_case.values()) < len(by_case):
        return None  # "the 46 yo guy's chiro 2x6": the letter whose request is 2 a week for 6 weeks
    if (n := kind_count(query.text, query.treatment_words)) and n > 1 and sum(
            len(v) == n for v in by_case.values()) == 1:
        return None  # "were all 3 MRIs for the 33 year old denied?": the one letter with 3 of them
    if (plural_kind_words(query) and not kind_count(query.text, query.treatment_words)
            and 0 < sum(len(v) > 1 for v in by_case.values()) < len(by_case)):
        return None  # "which of the 53 yo man's scans weren't denied?": a letter with several, not one with a scan
    asked = _asked(query)
    if asked:  # the letters with the outcome asked first
        by_case = dict(sorted(by_case.items(), key=lambda kv: not any(i.decision == asked for i in kv[1])))
    who = _who(query, jobs) if jobs else patient(query.person, fitting).who
    each = f" and each has a request for {named}" if single and named else ""
    if brief:
        return _briefly(engine, query, question, {**seen, "notes": [*seen.get("notes", []), *alike.notes]}, k,
                        by_case, asked, label, _opening(query, by_case, future))
    # "... - was it because she didn't try PT first?": the reason offered, yes or no of each letter
    guesses = guess_of_each(query.text, by_case, engine.letters(list(by_case)))
    lead = (opening_of(guesses, DEPENDS) if guesses and not future else _opening(query, by_case, future)) + " ".join([
        *([PAST_MANY] if future else []), f"{len(fitting)} letters fit {who} equally{each}.",
        *(f"In {case}, {_told(theirs, asked, label)}." for case, theirs in by_case.items()), *guesses])
    note = f"the description fits {len(fitting)} letters equally ({', '.join(fitting)}): each one's {named + ' ' if named else ''}requests"
    return _listed(engine, query, question, {**seen, "notes": [*seen.get("notes", []), *alike.notes]}, k, lead,
                   by_case, asked, note)


def one_at_every_part(parts: tuple[str, ...], by_case: dict[str, list[ScopeItem]]) -> bool:
    """Whether the question tells two or more body parts and exactly one of the letters has requests (`by_case`)
    at every one of them: "my brother is 46, he needed chiro for his neck and his low back" is the letter whose chiro
    is "for neck, back", not the other 46-year-old man's low back chiro."""
    told = set(parts)
    return len(told) > 1 and sum(told <= {r for i in theirs for r, _w in find_regions(i.title)}
                                 for theirs in by_case.values()) == 1


def _one_worker(engine: Engine, query: Query, filters: dict) -> tuple[tuple[str, ...], str] | None:
    """The letters a description fits when they are one worker's, and the date of injury: two or more letters
    giving the same age, sex and date of injury (one injury, reviewed more than once). No story of the injury tells
    them apart: what one summary says of it ("punched in the face") is the other's too. (Read only where a story is
    told: without one, the letters that fit are said each on its own, as any two patients alike are.)"""
    fitting = described_letters(engine, query, {n: v for n, v in filters.items() if n != "decision"})[1]
    if not fitting:
        return None
    rows = engine.store.catalog.query(
        f"SELECT DISTINCT age, sex, date_of_injury FROM letters WHERE case_number IN ({','.join('?' * len(fitting))})",
        list(fitting))
    if len(rows) != 1 or any(v is None or v == "" for v in rows[0]):
        return None
    theirs = tuple(sorted((fitting[0], *same_worker(engine, fitting[0]))))
    return (theirs, rows[0][2]) if 2 <= len(theirs) <= MAX_LETTERS else None


def _workers_letters(engine: Engine, query: Query, question: str, seen: dict, k: int, cases: tuple[str, ...],
                     injured: str) -> Answer:
    """Every request of one worker's letters, each letter's decisions counted, the outcome asked first, the yes
    or no said of the worker (all their requests as one)."""
    items, _label = _items(engine, query, cases)
    by_case = {case: [i for i in items if i.case_number == case] for case in cases}
    asked = _asked(query)
    if asked:  # the letters with the outcome asked first
        by_case = dict(sorted(by_case.items(), key=lambda kv: not any(i.decision == asked for i in kv[1])))
    who = patient(query.person, cases).who
    opening = _opening(query, {"one worker": items}, False)
    lead = opening + " ".join([
        f"{who[:1] if opening else who[:1].upper()}{who[1:]} has {len(cases)} letters (each gives the same age, sex "
        f"and date of injury, {said_day(injured)}: one worker, reviewed more than once).",
        *(f"In {case}, {_told(theirs, asked)}." for case, theirs in by_case.items())])
    note = f"one worker's letters ({', '.join(cases)}: the same age, sex and date of injury): every request of each"
    return _listed(engine, query, question, seen, k, lead, by_case, asked, note)


# a plain "back" may be any part of the spine below the neck, "spine" any part of it: "my daughter
# is 28, her back MRI got denied why?" fits a thoracic MRI where no letter that fits decided a lumbar one
_LOOSE_REGIONS = {"back": ("lumbar", "thoracic"), "spine": ("cervical", "thoracic", "lumbar"),
                  "spinal": ("cervical", "thoracic", "lumbar")}


def spine_wide(query: Query) -> Query:
    """`query` with a body part named by a loose word ("back", "spine") read as every part of the
    spine it may be, for telling apart the letters a description fits."""
    if len(query.region_words) != len(query.body_regions):
        return query
    regions = [r for region, word in zip(query.body_regions, query.region_words)
               for r in _LOOSE_REGIONS.get(word.lower(), (region,))]
    return msgspec.structs.replace(query, body_regions=tuple(dict.fromkeys(regions)))


def _story_shared(engine: Engine, query: Query, filters: dict) -> tuple[str, ...]:
    """The words of the treatment the description tells of the patient ("the 36 yo woman with the knee
    MRI"), when every letter the age, sex and dates fit (two or more) has one: it tells none of them
    apart; else ()."""
    said = tuple(dict.fromkeys(w for t, w in find_treatments(query.text) if t in query.story_treatments))
    words = tuple(f"{r} {w}" for r in query.region_words for w in said) + said  # "with the knee MRI"
    if not query.story_treatments or tells_story(_without_asked(query.text, words), query.person):
        return ()
    fitting = described_letters(engine, query, {n: v for n, v in filters.items() if n != "decision"})[1]
    # each thing told ("with acupuncture and PT": both), by its narrowest sets: a walker, not any equipment
    found = find_treatments(query.text)
    told = [({t for t, w in found if w == said_w and t in query.story_treatments} - GROUPS
             or {t for t, w in found if w == said_w and t in query.story_treatments}) for said_w in said]
    return words if len(fitting) >= 2 and all(
        all(any(each & set(sets) and (not query.body_regions or set(query.body_regions) & set(regions))
                for _n, _t, _d, sets, regions in case_items(engine, case)) for each in told)
        for case in fitting) else ()


def _without_asked(text: str, words: tuple[str, ...]) -> str:
    """`text` without "with the <treatment asked>" (spaces): "the 65 yo woman with the physical
    therapy - was it denied?" tells who she is by the request asked, no story of hers."""
    for w in words:
        text = re.sub(rf"\b(?:with|whose)\s+(?:(?:the|a|an|her|his|their|my)\s+)?{re.escape(w)}\b",
                      lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
    return text


def one_letter_group(engine: Engine, query: Query, case: str, question: str, seen: dict, k: int) -> Answer | None:
    """All of one letter's requests of a group named in the plural, when there are more than an
    item answer explains ("Re CM17-0013625: were all the oral suspensions upheld?"); else None."""
    items, label = _items(engine, query, (case,))
    if (plural_group(query) and len(groups := [t for t in asked_sets(query) if t in GROUPS]) == 1
            and len(asked_sets(query)) > 1):
        label = LABELS.get(groups[0], groups[0])  # "all 6 of her DME items ..., or the TENS?": the equipment, the TENS one of it
    # "which of his knee surgery requests were approved?": the operation with the services that hang off it, each
    served = _with_services(engine, query, case, items)
    opening = ""
    if len(served) > len(items) and len(served) > 1:
        items = served
        opening = _opening(query, {case: items}, asks_future(query.text))  # "... - anything approved?": no, first
    elif not plural_group(query) or len(items) <= MAX_ITEMS:
        return None
    elif query.text.count("?") <= 1:
        # "were all her liquid meds denied?": yes, first (not of two questions: "all upheld? any of them overturned?")
        opening = _opening(query, {case: items}, asks_future(query.text))
    asked = _asked(query)
    lead = f"{opening}{'in' if opening else 'In'} {case}, {_told(items, asked, label)}."
    note = f"every {kind_of(label, 'request')} of {case} ({len(items)})"
    return _listed(engine, query, question, seen, k, lead, {case: items}, asked, note)


def _with_services(engine: Engine, query: Query, case: str, items: list[ScopeItem]) -> list[ScopeItem]:
    """`items`, and when a surgery's requests are asked in the plural, the letter's services of its surgery too, in the
    letter's order."""
    if "surgery" not in asked_sets(query) or not asks_surgical_requests(query.text) or not (
            served := its_services(engine, case)):
        return items
    have = {i.item_index for i in items}
    more = [i for i in items_where(engine, validate({"case_number": [case]})) if i.item_index in served - have]
    return sorted([*items, *more], key=lambda i: i.item_index)


def _items(engine: Engine, query: Query, cases: tuple[str, ...], regions: bool = False) -> tuple[list[ScopeItem], str]:
    """The letters' items of the treatment group asked (all of them when none is; of the body part
    named, with `regions`), and its label."""
    unselected = msgspec.structs.replace(query, decision=None)
    if asked_sets(query) and (s := scope(engine, unselected, {"case_number": list(cases)}, regions=regions)) is not None:
        return sorted(s.items, key=lambda i: (i.case_number, i.item_index)), s.label
    return sorted(items_where(engine, validate({"case_number": list(cases)})), key=lambda i: (i.case_number, i.item_index)), ""


def _who(query: Query, jobs: tuple[str, ...]) -> str:
    """The patient as the question describes them by their job: "the truck driver", "the 40-year-old
    female delivery driver"."""
    person = query.person
    said = [f"{person.age}-year-old"] if person.age else []
    said += [person.sex] if person.sex else []
    return " ".join(["the", *said, " / ".join(jobs)])


def _opening(query: Query, by_case: dict[str, list[ScopeItem]], future: bool) -> str:
    """The yes or no the letters that fit answer together ("Yes: ", "No: "), that it depends on which letter,
    or ''."""
    if claims_all(query) and not future:
        # "nothing got approved for the 52 yo woman, right?": yes when every letter's requests bear the claim
        # out, no when none of them does
        decisions = {i.decision for theirs in by_case.values() for i in theirs}
        yes_no = {frozenset({query.premise}): "Yes"}.get(frozenset(decisions)) or (
            "No" if query.premise not in decisions else "")
        return f"{yes_no}: " if yes_no else ""
    if not future and not query.why and not WHICH_OF.search(query.text) and (wanted := _yes_no_asked(query)):
        # "was the 46 yo man's chiropractic approved?", "the guy whose neck MRI got denied - was anything
        # approved?": the yes or no of each letter, said once when they agree, else that it depends on the letter
        said = {yes_or_no([i.decision for i in theirs], wanted, query.text, False) for theirs in by_case.values()}
        return f"{said.pop()}: " if len(said) == 1 else f"{DEPENDS}: "
    return ""


def _yes_no_asked(query: Query) -> str | None:
    """The outcome a yes/no question asks of the requests ("was the chiro approved?", "did he get his
    chiro?", "the 46 yo man's chiro was denied, right?"), or of any of them ("was anything approved?",
    "was nothing approved?": the outcome the question selects), else None."""
    return decision_asked(query.text) or (_asked(query) if ANYTHING_ASKED.search(query.text) or NOTHING_ASKED.search(
        query.text) else None)


def _asked(query: Query) -> str | None:
    """The outcome the question asks about or presumes ("did IMR approve any ...?": approved)."""
    return query.decision or query.premise or asked_decision(query.text)


def _briefly(engine: Engine, query: Query, question: str, seen: dict, k: int,
             by_case: dict[str, list[ScopeItem]], asked: str | None, label: str, opening: str = "") -> Answer:
    """More letters than MAX_LETTERS fit an age band ("the lady in her 40s"): how many, each one's age and
    requests' decisions in a sentence (of the first MAX_BRIEF letters, when more fit: "the woman over 25"),
    and what would tell the patient's letter (no item listed)."""
    fit = len(by_case)
    by_case = dict(list(by_case.items())[:MAX_BRIEF])
    letters = engine.letters(list(by_case))
    noun = {"female": "woman", "male": "man"}.get(query.person.sex or "", "patient")
    their = {"female": "hers", "male": "his"}.get(query.person.sex or "", "theirs")
    aged = {case: f" ({letters[case].age})" if case in letters and letters[case].age else "" for case in by_case}
    c = Composer()
    first = (f"{opening}{fit} letters fit a {noun} aged {_band(query.person.ages)}; the question does not say which "
             f"is {their}.")
    c.say(first + (f" The first {MAX_BRIEF}:" if fit > MAX_BRIEF else ""))
    for case, theirs in by_case.items():
        # each line cited by the headings of the requests it tells of, so each decision can be checked
        letter = letters[case]
        marks = "".join(f"[{c.cite(letter, item, trim(letter.text, item.heading_span), role='heading')}]"
                        for item in (letter.items[i.item_index - 1] for i in theirs))
        c.say(f"{case}{aged[case]}: {_named(theirs, asked, label)} {marks}.")
    c.say("Give the case number, or the treatment asked about, for one letter's answer.")
    note = (f"the description fits {fit} letters ({', '.join(by_case)}{', ...' if fit > MAX_BRIEF else ''}): "
            f"each one's requests, in a line")
    return _listed(engine, query, question, seen, k, first, by_case, asked, note, shown=0, c=c)


def _band(ages: tuple[int, int] | None) -> str:
    """"40-49", "26 or over" (a band with no top: service.people reads "over 25" as 26-100), "39 or under"."""
    low, high = ages or (0, 0)
    return f"{low} or over" if high >= 100 else f"{high} or under" if low <= 16 else f"{low}-{high}"


NAMED = 2  # a letter's requests named in its line, when it has no more than this; else counted


def _named(items: list[ScopeItem], asked: str | None, label: str) -> str:
    """'"Naproxen 500mg #60" approved (overturned)', or the count of each decision when there are more than NAMED."""
    if len(items) > NAMED:
        return _told(items, asked, label)
    return ", ".join(f'"{_short(i.title)}" {WORD[i.decision]}' for i in items)


def _short(title: str, most: int = 60) -> str:
    return title if len(title) <= most else title[:most].rsplit(" ", 1)[0] + "…"


def _listed(engine: Engine, query: Query, question: str, seen: dict, k: int, lead: str,
            by_case: dict[str, list[ScopeItem]], asked: str | None, note: str, shown: int = SHOWN,
            c: Composer | None = None) -> Answer:
    """The answer of `lead`, then up to `shown` items of each letter of `by_case`, each on its line (`c`: the
    answer composed so far, its lead said)."""
    if c is None:
        c = Composer()
        c.say(lead)
    letters = engine.letters(list(by_case)) if shown else {}
    if shown and asks_had_before(query.text):
        # "my wife is 50, her neck PT was denied, had she done PT before?": what each letter says of the care had
        c.say(had_before_sentence([(letters[i.case_number], letters[i.case_number].items[i.item_index - 1])
                                   for theirs in by_case.values() for i in theirs[:shown] if i.case_number in letters],
                                  lambda letter, item, s: c.quote(letter, item, s.span, s.role),
                                  lambda letter, span: c.quote(letter, None, span, "summary")))
    for case, theirs in by_case.items() if shown else ():
        first = sorted(theirs, key=lambda i: (asked is not None and i.decision != asked, i.item_index))
        for item in first[:shown]:
            c.say(item_line(c, item, letters))
        if len(theirs) > shown:
            c.say(f"{case} has {len(theirs) - shown} more, not shown.")
    listed = {(i.case_number, i.item_index) for theirs in by_case.values() for i in theirs}
    unselected = msgspec.structs.replace(query, decision=None)
    hits, _sim = retrieve_scored(engine, unselected, {"case_number": list(by_case)}, max(k, len(listed)))
    hits = sorted(hits, key=lambda h: (h.case_number, h.item_index) not in listed)
    seen = {**seen, "notes": [*seen.get("notes", []), note]}
    return answer(question, seen, c, rated(query, hits[:k]), kind="item", lead=lead)


def _told(items: list[ScopeItem], asked: str | None, label: str = "") -> str:
    return told([i.decision for i in items], asked, label)


def told(decisions: list[str], asked: str | None, label: str = "") -> str:
    """"none of the 6 requests was approved (overturned)", "all 4 requests for medications were denied
    (upheld)", "2 requests: 1 approved (overturned), 1 denied (upheld)"."""
    label = label.replace(" (any)", "")
    n = len(decisions)
    what = f"requests for {label}" if label else "requests"
    one = f"request for {label}" if label else "request"
    if asked:
        have = decisions.count(asked)
        if n == 1:
            return f"the one {one} was {WORD[decisions[0]]}"
        if have == n:
            return f"{'both' if n == 2 else f'all {n}'} {what} were {WORD[asked]}"
        return f"{'none' if not have else have} of the {n} {what} {'was' if have <= 1 else 'were'} {WORD[asked]}"
    over = decisions.count("Overturned")
    if n == 1:
        return f"the one {one} was {WORD[decisions[0]]}"
    if over in (0, n):
        return f"{'both' if n == 2 else f'all {n}'} {what} were {WORD['Overturned' if over else 'Upheld']}"
    return f"{n} {what}: {over} {WORD['Overturned']}, {n - over} {WORD['Upheld']}"
