"""The item flow: the item asked about (in the case named, or of the patient described when one
letter fits clearly), answered by service.compose.item; a case that lacks the treatment, or a
treatment no letter has, is said so, with the nearest items as "related"."""

from __future__ import annotations

import re

from collections.abc import Callable

import msgspec

from indexer.model import Item, Letter, Span
from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments
from service.besides import SetAside, is_set_aside
from service.compose import why
from service.compose.common import Composer, trim
from service.compose.facts import OF_THE_LETTER, asked_facts, same_specialty, say_facts, told_date_wrong
from service.compose.item import corrections, item_answer
from service.compose.listing import WORD
from service.confirm import TO_CONFIRM
from service.collection.patient import patient
from service.choice import asks_either_thing, asks_which, says_or
from service.worse import neither_said, worse_asked
from service.engine import Engine
from service.flows.chosen import claims_all, explained, named_beyond
from service.flows.common import _no_scope, answer, missing, rated
from service.all_named import holding_all_named, letter_of_all_named, top_holding_all
from service.asked_too import asked_too, too_sentence
from service.flows.fitting import each_fitting, one_letter_group
from service.flows.fitting_facts import each_fitting_fact
from service.no_one import (AFTER_A_DECISION, FINAL_ASKED, FINAL_YES, FUTURE_REQUEST, NEW_REQUEST, NOT_CONTESTED, WHAT_NOW,
                            WHO_PAYS, WHO_PAYS_AFTER, only_what_now)
from service.flows.group import (ANYTHING_ASKED, NOTHING_ASKED, OF_THE_GROUP, SAID, WHICH_OF, WHICH_ONE, count_cited, each_of_them, group_outcome, only_one,
                                 whole_letter, whole_rows, yes_or_no)
from service.flows.pair import two_patients_answer
from service.fits_others import others_line
from service.gather import absent_beside, case_items, filter_that_excludes
from service.scope import asked_sets, listing_filters
from service.lacked_near import described_elsewhere
from service.lacking import with_their_limbs, lacked_elsewhere, listed_unprinted, RELATED, absent_message, asked_elsewhere, decided_nowhere, someone_fits, case_lacks, case_lacks_drug, case_lacks_region, case_lacks_unknown, described_lacks, decided, plain_regions, theirs_instead
from service.levels import levels
from service.mentioned import mention_sentence, mentions
from service.misnamed import described_instead
from service.other_sex import other_sex_instead
from service.loose_fit import loose_instead, year_off_sentence
from service.only import asks_only
from service.ordinal import meant_case, placed_item
from service.outcomes import asked_decision, got_any, read_outcomes
from service.job_unsaid import job_unsaid
from service.people import ages_told, job_words, one_person, particular_people, tells_story
from service.told_sex import told_sex_first
from service.patients import by_relative, described_letters, letter_matches, printing_told, the_one, with_item, with_reviewer
from service.plan import Plan
from service.premises import by_clause, premises_by_item
from service.reason_asked import NOT_GIVEN, NOT_SAID, OPPOSITE, absent_from_rationale, asks_finding, opposite_reason, contradicted_in_findings, found_as_offered, named_in_findings, not_of_necessity, asked_reasons, asked_studies, besides_studies, confirmation, reason_clauses, timing_in_findings, timing_offered
from service.retrieve import retrieve_scored
from service.same_reason import asks_same_reason, same_reason_sentence
from service.scope import scope_count, scope_exists, where
from service.partly import MODIFIED, WHOLE, partly_authorised
from service.part_asked import part_not_theirs, without_part_asked
from service.surgery_planned import surgery_was_asked
from service.which_contain import contained, contained_sentence
from service.past_count import asks_count_before, asks_had_before, count_sentence, had_before_sentence
from service.ur_premise import ur_denied_sentence
from service.sides import other_side, other_side_asked, other_unsided
from service.split_claim import part_claimed, part_sentence, split_asked, split_sentence
from service.story import THEIR_REQUESTS
from service.told_item import nothing_else, told_otherwise
from service.topic import request_tokens, topic_tokens
from service.types import Answer, Coverage, Hit
from service.understand import Query
from service.told_by import told_as_who
from service.too_other import own_words, too_thing
from service.unnamed import asked_together, lacks_sentence, named_not_requested, parts_not_requested, regions_not_requested
from service.wording import kind_of
from service.yes_no import claimed as yes_no_claims
from service.yes_no import (NOT, SAID, claimed, claims_sentence, decision_asked, negated_opening, negated_sense,
                            reason_unread_sentence)

QUOTES = {1: 3, 2: 2, 3: 1}  # findings quoted per item, by how many items the answer explains
QUOTES_MAX = max(QUOTES)  # items one answer explains


# the last sentence of a question asks yes or no: "... were any approved?", "- did any get approved?"
# ... after a comma too, closing what was told first: "33 year old guy, diclofenac and cyclobenzaprine, were any of them approved?"
_ASKS_YES_NO = re.compile(r"(?:^|[.!;:,]\s+|\s[-\u2013\u2014]+\s*)(?:so\s+|and\s+|but\s+)?(?:is|are|was|were|has|have|had|did|does|do)\b"
                          r"[^.!;:?]*\?*\s*$", re.IGNORECASE)
# ... or tersely, its auxiliary dropped: "CM16-0231745, any of the 5 items overturned (exams, e-stim, ...)?", "- any
# approved?", "CM16-0248471 TENS and lumbar support - either one approved?"
_ASKS_ANY_TERSE = re.compile(r"(?:^|[,:;]\s+|\s[-\u2013\u2014]+\s*)(?:any|either)\b(?:\s+[\w'-]+){0,5}?\s+(?:approved|overturned|denied|"
                             r"upheld|authori[sz]ed|reversed)\b[^.!;:?]*\?+\s*$", re.IGNORECASE)


# a thing joined to the one before it: "... acupuncture and the | hot tub", "the MRI or a | stair lift"
_JOINED_BEFORE = re.compile(r"\b(?:and|or|plus|as\s+well\s+as|&)\s+(?:(?:the|a|an|his|her|their|my|any|some)\s+)?$",
                            re.IGNORECASE)


def _fields_told(query: Query) -> bool:
    """Whether the question describes one patient by an age or a sex, which a letter's header gives."""
    return query.person.described and (query.person.age is not None or bool(query.person.sex))


# a yes/no asked of either or any of the things named: "was either approved later?", "did IMR approve any of them?"
_EITHER_ASKED = re.compile(r"\b(?:either|any)\b", re.IGNORECASE)


def asked_of_all(text: str) -> str | None:
    """The outcome a yes/no question asks of the things it names: the one its yes/no clause asks, not an
    outcome told before it ("had a back MRI and a nerve test denied - was either approved later?" asks of an
    approval), else the first outcome asked (service.outcomes.asked_decision)."""
    asks = {d for _at, d in yes_no_claims(text)}
    return next(iter(asks)) if len(asks) == 1 else asked_decision(text)


REGIONLESS_LETTERS = 20  # letters read for the body part of their requests that name none, at most


# the words of a condition that indexer.taxonomy reads as a body part: where the patient hurts, not a part a thing is of
_CONDITION_PARTS = frozenset({"sciatica", "sciatic", "whiplash", "carpal", "carpal tunnel", "rotator cuff"})


def regionless_fit(engine: Engine, query: Query, sets: tuple[str, ...]) -> bool:
    """Whether a request of the sets asked that names no body part is of a letter whose summary speaks of the body part
    asked ("a TENS unit for my knee": a TENS unit whose letter tells of a knee); True when too many letters to read."""
    if query.region_words and all(w.lower() in _CONDITION_PARTS for w in query.region_words):
        return True  # "a sit stand desk for my sciatica": the patient's condition, what the thing is for, no part it is of
    marks = ",".join("?" * len(sets))
    rows = engine.store.catalog.query(
        f"SELECT DISTINCT l.case_number FROM items i JOIN letters l ON l.id = i.letter_id JOIN item_treatments t "
        f"ON t.item_id = i.id WHERE t.treatment IN ({marks}) AND NOT EXISTS (SELECT 1 FROM item_regions r "
        f"WHERE r.item_id = i.id)", list(sets))
    cases = [r[0] for r in rows]
    if len(cases) > REGIONLESS_LETTERS:
        return True
    # (a limb the summary names holds the joint asked only when it names the joint: "radiating to the lower extremities"
    # is no knee; "my arm" is of a letter that names the shoulder)
    asked = set(plain_regions(query))
    letters = engine.letters(cases)
    return any(asked & with_their_limbs({r for r, _w in find_regions(letter.summary or letter.text)})
               for letter in letters.values())


def item_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    filters = plan.filters
    excluding = _excluding_filter(engine, query, filters) if query.decision else None  # asked once a question
    if query.decision and query.case_numbers and not any(
            row[2] == query.decision for case in query.case_numbers for row in case_items(engine, case)):
        excluding = "decision"  # "did they deny anything in CM17-0019011?": its letter denied nothing
    if excluding == "decision":
        # the question itself selected the outcome ("which of his knee MRIs weren't denied?") and no
        # item asked about has it: answer about the items, the outcome read as a premise to correct
        query = msgspec.structs.replace(query, premise=query.decision, decision=None)
        plan = msgspec.structs.replace(plan, filters={n: v for n, v in filters.items() if n != "decision"})
        return item_flow(engine, plan, query, question, seen, k)
    if (unparted := part_not_theirs(engine, query, {n: v for n, v in filters.items() if n != "decision"})) is not None:
        # "the 46 yo man's PT - was it for his knee?" of his PT for the shoulders: his PT, the part answered (No: ...)
        return item_flow(engine, plan, unparted, question, seen, k)
    if (instead := other_sex_instead(engine, plan, query, question, seen, k, item_flow)) is not None:
        return instead  # "guy with the naproxen and the pantoprazole": the one letter with both is a woman's
    if (instead := loose_instead(engine, plan, query, question, seen, k, item_flow)) is not None:
        return instead  # "my wife is 63 ... the rotator cuff surgery": no 63-year-old woman; the one surgery is a man's
    sets = asked_sets(query)
    if query.case_numbers and (sets or query.treatment_words):
        lacking = case_lacks(engine, query, sets)
        if lacking and (unparted := without_part_asked(query)) is not None and not case_lacks(engine, unparted, sets):
            # "CM16-0247660 chiropractic - was it for her neck?": her chiropractic, the part answered (No: the low back)
            return item_flow(engine, plan, unparted, question, seen, k)
        if lacking:
            # "CM16-0249170, the 43 year old man with the rib fractures: ...": his letter, when it is another
            instead = described_instead(engine, plan, query, question, seen, k, item_flow)
            # (the patient described fits another letter too, which has it: named beside, not answered instead)
            return instead or missing(question, seen, lacking + described_elsewhere(engine, query, sets, query.case_numbers[0]),
                                      "case_lacks")
    if query.case_numbers and (lacking := case_lacks_drug(engine, query)):
        return missing(question, seen, lacking, "case_lacks")  # "CM17-0017734 - ... was the fioricet approved?"
    if query.case_numbers and not sets and not query.treatment_words and (lacking := case_lacks_region(engine, query)):
        return missing(question, seen, lacking, "case_lacks")  # "CM17-0011703 anything for his right foot?"
    if query.case_numbers and not sets and not query.treatment_words and (lacking := case_lacks_unknown(engine, query)):
        return missing(question, seen, lacking, "case_lacks")  # "CM16-0248471 what about her hot tub?"
    if len(query.case_numbers) == 1 and not sets and not query.treatment_words and (thing := too_thing(query.text)) and (
            items := case_items(engine, query.case_numbers[0])) and own_words(thing, [row[1] for row in items]):
        # "was the nurse denied too? [in case CM16-0249735]" after his home aide: another request, which his letter lacks
        return missing(question, seen, f"Case {query.case_numbers[0]} has no request for a {thing}. {decided(items)}",
                       "case_lacks")
    if not query.case_numbers and (two := two_patients_answer(engine, query, question, seen, filters, k)) is not None:
        return two  # "why was naproxen approved for the 45 year old woman and denied for the 54 year old?": both
    # who the patient is does not turn on the outcome asked ("54 yo woman with shoulder, neck and head
    # scans - were any of them approved?": hers, none approved, not another's approved scan)
    who = {n: v for n, v in filters.items() if n != "decision"}
    matches = with_reviewer(engine, query, letter_matches(engine, query, who)) if not query.case_numbers else {}
    matches = by_relative(engine, query, who, matches)  # "the older truck driver": of the look-alikes, the oldest
    hits, similarity = retrieve_scored(engine, query, filters, max(k, 10), person=matches)
    hits = told_sex_first(engine, query, hits)  # "UR denied his naproxen": the man's, not a woman's
    meant = query.case_numbers[0] if len(query.case_numbers) == 1 else the_one(matches)
    if meant and query.set_aside.treatments and not any(h.case_number == meant for h in hits):
        # "besides the meds, what else was denied for the 41 yo man?", whose one request is his ibuprofen: his
        # letter is still the one answered (service.flows.group.whole_letter: no other request besides it)
        hits = retrieve_scored(engine, query, {"case_number": meant}, max(k, 10), person=matches)[0] + hits
    if not hits:
        return _nothing(engine, query, question, seen, filters)
    every = None
    if not query.case_numbers and not meant and not query.person.described and (
            every := letter_of_all_named(engine, query, hits)):
        # "they denied the MRI but approved the needles, right?": a letter that decided both, its items first
        hits = retrieve_scored(engine, query, {**filters, "case_number": every}, max(k, 10), person=matches)[0] + [
            h for h in hits if h.case_number != every]
    elif not query.case_numbers and not query.person.described and (top := top_holding_all(engine, query, hits)):
        # "why was the PT after the surgery denied? what about the brace?": the brace's letter, its PT too
        hits = retrieve_scored(engine, query, {**filters, "case_number": top}, max(k, 10), person=matches)[0] + [
            h for h in hits if h.case_number != top]
    elif not query.case_numbers and not query.person.described and (holders := holding_all_named(engine, query)) and (
            not any(h.case_number in holders for h in hits if h.item_index > 0)) and (
            held := retrieve_scored(engine, query, {**filters, "case_number": holders}, max(k, 10), person=matches)[0]):
        # ... and when no letter of the hits holds both, the best of those that do ("why did IMR deny the physical
        # therapy after his operation? what about the brace?")
        hits = held + [h for h in hits if h.case_number not in holders]
    if not query.case_numbers and (name := excluding if query.decision else _excluding_filter(engine, query, filters)):
        return missing(question, seen, f"The filter {name}={filters[name]} excludes every "
                       f"{' / '.join(query.treatment_words) or 'matching'} item; remove it to see them.",
                       "filters_exclude", related=rated(query, hits[:3]))
    if not query.case_numbers and not matches and _fields_told(query) and not someone_fits(engine, query, sex=True):
        # "what did IMR say no to for the 33 yo guy?" where no letter is a 33-year-old man's: no one
        # else's letter is the answer
        who = patient(query.person, ()).who.removeprefix("the ")
        # ... the few requests for the treatment asked named with their patients ("the 45 yo guy with the sleep
        # aid suspension": a 40-year-old woman's), for a user who misremembered the age or the sex
        elsewhere = asked_elsewhere(engine, query, sets, set()) if sets else ""
        # ... or, when no letter has the treatment asked at all, that too ("my mom is 70 ... did IMR ever approve hip
        # surgery?": no letter fits her, and none decides hip surgery)
        elsewhere = elsewhere or (decided_nowhere(engine, query, sets) if sets else "")
        return missing(question, seen, f"No letter in the index fits the patient described (a {who}).{elsewhere} {RELATED}",
                       "no_patient", related=rated(query, hits[:3]))
    if none_else := nothing_else(engine, query.set_aside, the_one(matches), sets):
        # "the woman whose PT was denied - anything else denied?": her letter decided the PT only
        return missing(question, seen, none_else, "case_lacks", related=rated(query, hits[:3]))
    # "the person whose PT ... got denied - anything else denied?": the patient told by a request, the rest of
    # their letter asked (no word of it to look for)
    told_rest = query.set_aside.tells and not sets and bool(the_one(matches))
    if not query.case_numbers and not told_rest:
        absent = absent_message(engine, query, hits, similarity, filters)
        if absent and (one := the_one(matches) or _told_one(engine, query, filters)) and _alone(engine, query, filters, one):
            # "my wife, 62, shoulder tendinitis: was her cortisone shot approved?": no letter has
            # the treatment, and the patient described has a letter: say what theirs decided
            several = " or " in absent.split("decides a request for ", 1)[-1]
            return missing(question, seen, f"{absent.removesuffix(RELATED).strip()} {theirs_instead(engine, one, several)}",
                           "case_lacks", related=rated(query, hits[:3]))
        if absent and (told := _kin_told(engine, query, filters)):
            # "did the 57 year old get a nerve block?": no letter has it; two letters fit the patient described by fields
            # alone, one of them with injections (the kind of thing asked): his, and what it decided
            fitting, one = told
            several = " or " in absent.split("decides a request for ", 1)[-1]
            return missing(question, seen, f"{absent.removesuffix(RELATED).strip()} Of the {len(fitting)} letters that fit "
                           f"{patient(query.person, fitting).who}, {one} decided {kind_of(query.category, 'request')}s: it has "
                           f"no request for {'them' if several else 'it'} either. {decided(case_items(engine, one))}",
                           "case_lacks", related=rated(query, hits[:3]))
        if absent:
            return missing(question, seen, absent, "no_treatment", related=rated(query, hits[:3]))
        if (sets and plain_regions(query) and not query.person.described
                and (scope_exists(engine, query, filters, regionless=True) is False
                     or scope_exists(engine, query, filters) is False and not regionless_fit(engine, query, sets))):
            # ... nor a request naming no body part whose letter speaks of it ("my PT recommended a TENS unit for my
            # knee": the one TENS unit's letter is of a neck and a low back)
            # "the TMJ splint": braces are in the index, none for that body part
            w = where(query, filters)
            none = _no_scope(engine, query, question, seen, filters, w.label, w.regions)
            return msgspec.structs.replace(none, related=rated(query, hits[:3]))
    one = the_one(matches)
    # "Re CM17-0013625: were all the oral suspensions upheld?", "did the 40 yo woman get any of those
    # compounded suspensions?": four of them, each (the case named, or the one patient described)
    group_case = query.case_numbers[0] if len(query.case_numbers) == 1 else None if query.case_numbers else one
    if group_case and (group := one_letter_group(engine, query, group_case, question, seen, k)) is not None:
        return group
    if (each := each_fitting(engine, query, question, seen, filters, k)) is not None:
        return each  # "did the 33 yo guy get anything approved?", two 33-year-old men: both
    if (each := each_fitting_fact(engine, query, question, seen, filters, k)) is not None:
        return each  # "when was the 46 yo woman hurt?", two 46-year-old women: each one's date of injury
    if query.decision and one and not query.case_numbers:
        # "did any of the 33-year-old man's requests get approved?": the patient's items have
        # none with that outcome; answer about theirs, the outcome a premise to correct
        mine = [row for row in case_items(engine, one) if not sets or set(sets) & set(row[3])]
        if mine and not any(row[2] == query.decision for row in mine):
            query = msgspec.structs.replace(query, premise=query.decision, decision=None)
            plan = msgspec.structs.replace(plan, filters={n: v for n, v in filters.items() if n != "decision"})
            return item_flow(engine, plan, query, question, seen, k)
    if (lacking := described_lacks(engine, query, sets, one, matches)) and (unparted := without_part_asked(query)) is not None and (
            not described_lacks(engine, unparted, sets, one, matches)):
        # "the 27 yo woman's chiropractic - was it for her neck?": her chiropractic, the part answered (No: the low back)
        return item_flow(engine, plan, unparted, question, seen, k)
    if lacking:
        # ... and the one letter a year off with it at the part and counts told, as the likely one
        return missing(question, seen, lacking + year_off_sentence(engine, query), "case_lacks", related=rated(query, hits[:3]))
    if not query.case_numbers and one and not sets and (lacking := case_lacks_drug(engine, query, one)):
        # "the 63 yo man with the shoulder surgery - what happened with the Tylenol?": a drug of no treatment set
        return missing(question, seen, lacking, "case_lacks", related=rated(query, hits[:3]))
    # "the second request in her letter": that item of the one letter meant
    if placed := placed_item(engine, query, filters, meant_case(query, one)):
        hits = [placed, *(h for h in hits if h.chunk_id != placed.chunk_id)]
    # "the reviewer noted X; which did that sink?": a reason told picks the items (by_a_reason)
    chosen, by_a_reason = ([placed], False) if placed else explained(engine, query, hits, one)
    if (not placed and not by_a_reason and len({h.case_number for h in chosen}) == 1 and chosen[0].case_number != group_case
            and (group := one_letter_group(engine, query, chosen[0].case_number, question, seen, k)) is not None):
        # "what did the reviewer say about the 40 yo woman's liquid meds?" (two 40-year-old women, one
        # with liquid meds): her four oral suspensions, each one, not the three an item answer explains
        return group
    if query.mention and not sets and not placed and len({h.case_number for h in chosen}) == 1:
        chosen = _speaking(engine, query.mention, chosen, hits)
    holding = contained(query.text, [(row[0], row[1]) for row in case_items(engine, chosen[0].case_number)]) if (
        not placed and not by_a_reason and len({h.case_number for h in chosen}) == 1) else None
    if holding and (every := {h.item_index: h for h in retrieve_scored(
            engine, query, {**filters, "case_number": chosen[0].case_number}, k=50)[0]}) and all(n in every for n in holding[1]):
        # "which one had lidocaine?" of a letter with two lidocaine creams: both, not the one retrieved first
        chosen = [every[n] for n in holding[1]][:QUOTES_MAX]
    after = _regions_after(engine, query, chosen, matches, k) if query.regions_after else None
    chosen += after or []
    letters = engine.letters([h.case_number for h in chosen])
    c = Composer()
    # "did the reviewer mention the urine drug screen for her tramadol?": yes, quoting where, or no, first
    ids = {(h.case_number, h.item_index): h.chunk_id for h in chosen}
    mentioned, told_of = mention_sentence(query.mention, [(letters[h.case_number], letters[h.case_number].items[h.item_index - 1])
                                                         for h in chosen],
                                          lambda letter, item, s: c.quote(letter, item, s.span, s.role,
                                                                          ids[letter.case_number, item.index]),
                                          history=query.mention_history, finding=query.mention_finding,
                                          summary=lambda letter, span: c.quote(letter, None, span, "summary")
                                          ) if query.mention else ("", 0)
    if mentioned:
        c.say(mentioned)
    elif asks_count_before(query.text) and len({h.case_number for h in chosen}) == 1:
        # "... || how many visits had she already had?": the letter's count, quoted, or that it gives none
        c.say(count_sentence(query.text, [(letters[h.case_number], letters[h.case_number].items[h.item_index - 1])
                                          for h in chosen],
                             lambda letter, item, s: c.quote(letter, item, s.span, s.role, ids[letter.case_number, item.index]),
                             lambda letter, span: c.quote(letter, None, span, "summary")))
    elif asks_had_before(query.text):
        # "my wife is 50, her neck PT was denied, had she done PT before?": the letter's count of the care had, quoted,
        # of each letter answered
        c.say(had_before_sentence([(letters[h.case_number], letters[h.case_number].items[h.item_index - 1]) for h in chosen],
                                  lambda letter, item, s: c.quote(letter, item, s.span, s.role, ids[letter.case_number, item.index]),
                                  lambda letter, span: c.quote(letter, None, span, "summary")))
    if holding and all(h.item_index in holding[1] for h in chosen):
        # ... said first, each cited by its heading
        c.say(contained_sentence(holding[0], [(i.title or i.request, f"[{c.cite(letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span), h.chunk_id, 'heading')}]")
                                              for h in chosen for i in [letters[h.case_number].items[h.item_index - 1]]]))
    told_wrong = ""
    if (len({h.case_number for h in chosen}) == 1 and (n := told_otherwise(engine, query.set_aside, chosen[0].case_number)
                                                       or told_otherwise(engine, query.told, chosen[0].case_number))
            and not any(h.item_index == n for h in chosen)):
        # "the guy whose knee scope was approved - what about his PT?": the scope told of him was denied,
        # said first ("...", as the claim of the question is checked), cited by its heading
        letter = letters[chosen[0].case_number]
        item = letter.items[n - 1]
        told_wrong = (f'"{item.title or item.request}" was {SAID[item.decision]}, {NOT[item.decision]} '
                      f'[{c.cite(letter, item, trim(letter.text, item.heading_span), role="heading")}].')
        c.say(told_wrong)
    if len(chosen) == 1 and not told_wrong:
        # "since UR approved her naproxen, why did it go to IMR?": UR denied it (service.ur_premise), said first
        letter = letters[chosen[0].case_number]
        item = letter.items[chosen[0].item_index - 1]
        if told_wrong := ur_denied_sentence(query.text, item.request, item.title or item.request, 0):
            told_wrong = ur_denied_sentence(query.text, item.request, item.title or item.request,
                                            c.cite(letter, item, trim(letter.text, item.heading_span), role="heading"))
            c.say(told_wrong)
    # "who reviewed ...?", "when was it decided?": the letter's fact first, then the item
    first = letters[chosen[0].case_number]
    if len({h.case_number for h in chosen}) == 1 and (wrong_day := told_date_wrong(c, first, query.text)):
        c.say(wrong_day)  # "IMR approved my nerve test back in December 2016, right?": decided in January
    facts = asked_facts(query.text)
    named_cases = list(dict.fromkeys(query.case_numbers))
    if facts and len(named_cases) > 1 and set(facts) <= OF_THE_LETTER:
        # "which was decided first, CM17-0002106 or CM17-0011703?", "same reviewer specialty?": each letter's fact
        each = engine.letters(named_cases)
        if same := same_specialty([each[case] for case in named_cases if case in each], query.text) if (
                "reviewer" in facts) else "":
            c.say(same)  # "CM16-0246624 vs CM17-0005246: same reviewer specialty?": no or yes first
        fact = " ".join(said for case in named_cases if case in each
                        if (said := say_facts(c, each[case], facts, text=query.text, named=query.reviewer)))
        fact = f"{same} {fact}".strip()
    else:
        fact = say_facts(c, first, facts, first.items[chosen[0].item_index - 1], text=query.text, named=query.reviewer,
                         also=tuple(first.items[h.item_index - 1] for h in chosen[1:3] if h.case_number == first.case_number)
                         ) if facts else ""
    quotes = max(1, QUOTES[min(len(chosen), 3)] - told_of)  # at most 5 quotes, those of the mention among them
    leads = []
    items = [letters[h.case_number].items[h.item_index - 1] for h in chosen]
    beyond_told: list[Hit] = []  # the items named past those explained, said in the group's yes or no
    none_of_all = ""  # "None", said on the line that counts the letter's every request, when none had the outcome asked
    premise = query.premise
    # "were the creams denied because they are expensive?" of two creams: the reason offered is none the reviewer gave
    # of either, said once and first, not in each one's answer
    claimed_of = query.premise or asked_decision(query.text)
    unreasoned = not_of_necessity(query.text, items[0]) if len(items) > 1 and not asked_reasons(query.text) and all(
        not_of_necessity(query.text, i) and (not claimed_of or claimed_of == i.decision) for i in items) else ""
    if unreasoned:
        c.say(unreasoned)
    said_at = len(c.sentences)
    told = premises_by_item(query.text, query.treatment_words, [h.treatments for h in chosen],
                            [h.body_regions for h in chosen]) if premise and len(items) > 1 else None
    # the one outcome a yes/no question asks of them all, none presumed and none claimed of each ("did he get
    # any of his scans or x-rays approved?", "did IMR at least approve the last 2 acupuncture visits or the
    # lumbar MRI?"; not "did the surgery get the green light, and what happened with the ice machine?", said
    # item by item)
    asked = [o for o in read_outcomes(query.text).found if o.role == "asked"] if query.asked and not query.why else []
    # ... or no outcome word, whether the patient got either thing asked: "did he get his knee scope or the motrin?"
    either = decision_asked(query.text) if not asked and query.asked and not query.why and asks_either_thing(query.text) else None
    asked_against = ((asked[0].decision if asked else either) if not premise and len(items) > 1
                     and (len({o.decision for o in asked}) == 1 and not _named_after_asked(query.text, asked[-1].words)
                          or bool(either))
                     and not _claims(query, chosen, after or [])
                     # ... not of the patient's requests in general, said of the whole letter ("was anything
                     # for the 63 yo man ... overturned?", "was a single one of her five requests approved?")
                     and not ANYTHING_ASKED.search(query.text) and not THEIR_REQUESTS.search(query.text)
                     # (each of the letter's requests named is asked of, not the letter: "UR denied the acupuncture
                     # and PT; did IMR agree with UR?" of a letter with those two)
                     and not (len({h.case_number for h in chosen}) == 1 and not query.treatments
                              and len(items) == len(case_items(engine, chosen[0].case_number))) else None)
    # "the 53 yo man with the x-rays - was anything approved?": any of the patient's requests asked of, none having
    # the outcome asked, is the whole letter's no, the others listed ("No: in CM17-0011703, all 5 requests were denied
    # (upheld). Besides the 3 explained below: ...", below), not a correction of the items explained
    of_theirs = bool(premise and premise == query.premise and not query.why and not asks_which(query.text)
                     and (ANYTHING_ASKED.search(query.text) or THEIR_REQUESTS.search(query.text)) and not claims_all(query)
                     and whole_rows(engine, query, sets, chosen)
                     and not any(row[2] == premise for row in case_items(engine, chosen[0].case_number)))
    if told and len({d for d in told if d}) > 1 and any(d and d != i.decision for d, i in zip(told, items)):
        # "they gave the 54 yo woman naproxen but not the stomach pill, why?": one outcome claimed of each,
        # one of them wrong: "No: "Naproxen ..." was denied (upheld), not approved [1]. "Pantoprazole ..." was
        # denied (upheld), as the question says [2].", then each one's why
        said = claims_sentence([d or "" for d in told], chosen, items, lambda h, i: "[{}]".format(c.cite(
            letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span), h.chunk_id, "heading")))
        c.say(said)
        leads.append(said)
        premise = None
    elif (len(items) > 1 and (against := premise or asked_against) and all(i.decision != against for i in items)
          and len({i.decision for i in items}) == 1 and not of_theirs and asks_which(query.text)
          and len(whole_rows(engine, query, sets, chosen)) > len(items)
          and all(row[2] != against for row in whole_rows(engine, query, sets, chosen))):
        # "which of the requests in CM17-0013716 were overturned?" of a letter of 4 denials, 3 explained: none, said
        # once, on the line that counts all 4 (below), not of the 3 alone
        none_of_all = "None"
        premise = None  # (corrected there: each item is not corrected again)
    elif (len(items) > 1 and (against := premise or asked_against) and all(i.decision != against for i in items)
          and len({i.decision for i in items}) == 1 and not of_theirs):
        # "which of the knee MRIs weren't denied?": none; said once, each cited by its heading
        # ... of every thing named, also past the ones explained ("naproxen, pantoprazole and the two creams - which ones
        # were approved?": the second cream too), when decided the same
        beyond_told = [h for h in (named_beyond(engine, query, hits, one, chosen) if not placed and not by_a_reason else [])
                       if letters[h.case_number].items[h.item_index - 1].decision == items[0].decision]
        said = corrections(items[0].decision, [
            (i.title or i.request, c.cite(letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span),
                                          h.chunk_id, "heading"))
            for h, i in [*zip(chosen, items), *((h, letters[h.case_number].items[h.item_index - 1]) for h in beyond_told)]],
            # "were they approved?", "did he get any of his scans or x-rays approved?" of denials: no; and so "she's on
            # naproxen and some creams. were any approved?" (the outcome selected, in a yes/no question)
            no=(claims_all(query) or not premise or bool(TO_CONFIRM.search(query.text))
                or (query.asked and bool(_ASKS_YES_NO.search(query.text))) or bool(_ASKS_ANY_TERSE.search(query.text))),
            which=asks_which(query.text), of_two=says_or(query.text),
            opening=negated_opening(sense, items[0].decision, they=len(items) > 1) if (
                (sense := negated_sense(query.text)) and sense == items[0].decision) else "")
        c.say(said)
        leads.append(said)
        premise = None
    elif (len(items) > 1 and sets and len({h.case_number for h in chosen}) == 1 and asks_which(query.text)
          and not by_a_reason and not asked_reasons(query.text)  # (not "which ... was denied because ...?")
          # ("CM17-0002106 which MRI was denied?": the outcome selected, each of the letter's MRIs having it)
          and (against := premise or asked_against or asked_decision(query.text) or query.decision or worse_asked(query.text))
          and all(i.decision == against for i in items)):
        # "the 28 yo guy with the terocin and the pool therapy - which got approved?": each of them, said once,
        # each cited by its heading
        # ... of every thing named, also past the ones explained, when decided the same ("52 yo woman: exams,
        # manipulation, e-stim, ultrasound - which were denied?": all 5, not "all 3")
        beyond = named_beyond(engine, query, hits, one, chosen) if not placed else []
        if all(letters[h.case_number].items[h.item_index - 1].decision == against for h in beyond):
            beyond_told = beyond
        every = [*zip(chosen, items), *((h, letters[h.case_number].items[h.item_index - 1]) for h in beyond_told)]
        marks = "".join(f"[{c.cite(letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span), h.chunk_id, 'heading')}]"
                        for h, i in every)
        said = f"{group_outcome([i.decision for _h, i in every])[:-1]} {marks}."
        if worse_asked(query.text) and not (premise or asked_against or asked_decision(query.text) or query.decision):
            said = f"{said[:-1]}: {neither_said(against)}."  # "which injection was worse?" of two denials
        c.say(said)
        leads.append(said)
        premise = None
    elif (len(items) > 1 and len({h.case_number for h in chosen}) == 1 and (says_or(query.text) or asks_which(query.text))
          and not by_a_reason and not asked_reasons(query.text) and not premise
          and (against := asked_against or asked_of_all(query.text) or worse_asked(query.text))
          and len({i.decision for i in items}) == 2):
        # "was the CT or the naproxen approved for the 33 yo man?", "which one got approved, the CT or the naproxen?":
        # those with the outcome asked first, then the others, each cited by its heading
        def named(pairs: list) -> str:
            said = [f'"{i.title or i.request}" [{c.cite(letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span), h.chunk_id, "heading")}]'
                    for h, i in pairs]
            return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"

        had = [(h, i) for h, i in zip(chosen, items) if i.decision == against]
        rest = [(h, i) for h, i in zip(chosen, items) if i.decision != against]
        said = (f"{named(had)} {'was' if len(had) == 1 else 'were'} {WORD[against]}. {named(rest)} "
                f"{'was' if len(rest) == 1 else 'were'} {WORD[rest[0][1].decision]}.")
        if (_EITHER_ASKED.search(query.text) and yes_no_claims(query.text) or either == against) and not asks_which(query.text):
            # "had an MRI and acupuncture denied - was either approved later?", "did he get his MRI or the
            # acupuncture?" (getting either, no outcome word: not "was the MRI or the acupuncture denied?", which
            # asks which one): one was
            said = f"Yes: {said}"
        c.say(said)
        leads.append(said)
    elif (len(items) > 1 and len({h.case_number for h in chosen}) == 1 and OF_THE_GROUP.search(query.text)
          and not whole_rows(engine, query, sets, chosen)
          # (not "were both denied for the same reason?", which asks of the reasons: compared below)
          and not (asks_same_reason(query.text) and len(_reason_pair(query.text, items)) >= 2)
          # "both x-rays denied and the CT approved, right?": two outcomes claimed, each checked (below)
          and len(set(_claims(query, chosen, after or [])) - {""}) < 2):
        # "were both denied?": "Yes: both were denied (upheld)."; of a mixed pair, "No: 1 of the 2 ..."
        # ... of every thing named, also past the ones explained ("the TENS, pillows, braces - did she get ANY of it?":
        # the second pillow and brace too, not "all 3")
        beyond_told = named_beyond(engine, query, hits, one, chosen) if not placed and not by_a_reason else []
        every = [*zip(chosen, items), *((h, letters[h.case_number].items[h.item_index - 1]) for h in beyond_told)]
        group = group_outcome([i.decision for _h, i in every])
        if WHICH_ONE.search(query.text) and len({i.decision for _h, i in every}) > 1:
            # "UR non-certified both the MRIs and the acupuncture. Which one did IMR reverse?": each one named
            # with its outcome ('"Acupuncture ..." was approved (overturned) [1]. "MRI ..." was denied (upheld) [2].')
            def heading(h: Hit, i) -> str:
                return f"[{c.cite(letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span), h.chunk_id, 'heading')}]"

            wanted = query.decision or asked_decision(query.text) or "Overturned"  # the one asked of first
            rows = sorted(every, key=lambda pair: pair[1].decision != wanted)
            said = " ".join(f'"{i.title or i.request}" was {SAID[i.decision]} {heading(h, i)}.' for h, i in rows)
            c.say(said)
            leads.append(said)
            group = ""
        # "were both denied?" presumes; "were all his MRIs approved?" asks: yes or no, either way
        # ... a premise told in a statement gives way to the outcome a later yes/no asks: "had a whole list turned down -
        # tens, pillows, braces. was any of it approved?" asks of an approval ("No: ..."), not the denials told
        asks = {d for _at, d in yes_no_claims(query.text)}
        told = bool(premise) and bool(asks) and premise not in asks
        presumed = None if told else premise
        # ... and the outcome asked is the one the yes/no clause asks, not an outcome told before it: "had a back MRI
        # and a nerve test denied - was either approved later?" asks of an approval
        asked = asked_of_all(query.text) if query.asked else None
        if group and not WHICH_OF.search(query.text) and (yes_no := presumed or asked or got_any(query.text)):
            said = yes_or_no([i.decision for _h, i in every], yes_no, query.text, bool(presumed))
            # ... though "why were both denied?" asks no yes or no: a premise that holds is not confirmed ("In
            # CM17-0005418, both requests were denied (upheld)"); one that fails still gets its no
            if not (said == "Yes" and query.why and yes_no == presumed and not query.asked):
                group = f"{said}: {group[0].lower()}{group[1:]}"
        if group:
            # cited by each item's heading, the numbers its own answer then reuses
            marks = "".join(f"[{c.cite(letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span), h.chunk_id, 'heading')}]"
                            for h, i in every)
            group = f"{group[:-1]} {marks}."
            c.say(group)
            leads.append(group)
    elif len(pair := _reason_pair(query.text, items)) >= 2 and asks_same_reason(query.text) and (
            same := same_reason_sentence(c, letters, [chosen[n] for n in pair], [items[n] for n in pair], query.text)):
        c.say(same)  # "was the diclofenac denied for the same reason as the flexeril?": their reasons compared
        leads.append(same)
    elif len(items) > 1 and (claims := _claims(query, chosen, after or [])):
        # "the acupuncture was approved and the MRI denied, right?": yes when each claim holds, else
        # no, naming what was decided otherwise
        def mark(h: Hit, i) -> str:
            return f"[{c.cite(letters[h.case_number], i, trim(letters[h.case_number].text, i.heading_span), h.chunk_id, 'heading')}]"

        said = claims_sentence(claims, chosen, items, mark, negated=negated_sense(query.text))
        c.say(said)
        leads.append(said)
        # (a premise of them all is checked there, item by item: "the MRI and the needles were approved, right?" is
        # not corrected again in the MRI's own answer)
        premise = None if premise and set(claims) - {""} == {premise} else premise
    if unreasoned and len(c.sentences) > said_at and c.sentences[said_at].startswith("Yes: "):
        # (its yes would read as one of the reason: the decisions said plainly after the no of the reason)
        rest = c.sentences[said_at].removeprefix("Yes: ")
        c.sentences[said_at] = f"{rest[0].upper()}{rest[1:]}"
    whole = ""
    if not by_a_reason and (only := only_one(engine, query, chosen, letters, c)):
        c.say(only)  # "was the MRI the only thing denied?": "Yes: ... the other requests: ..."
        leads.append(only)
    elif not by_a_reason and not (leads and len(whole_rows(engine, query, sets, chosen)) <= len(chosen)) and (
            # (not when what was said first named every request: "CM17-0009887 were both approved?": "No: IMR denied them:
            # "A" [1] and "B" [2] ...", not again "In CM17-0009887, both requests were denied")
            whole := whole_letter(engine, query, sets, chosen, letters, c,
                                                    corrected=of_theirs or premise is None and query.premise is not None)):
        # "the mechanic lady, 23 - all denied?": "No: in CM14-0138044, 4 requests: 1 approved ..."; "70 yo man -
        # did he get any of it?": "Yes: in CM16-0162840, 3 requests: 1 approved ..."
        # ... and "everything was denied, correct?", "nothing got approved, right?": one outcome claimed of them all
        presumed = bool(premise and (OF_THE_GROUP.search(query.text) or claims_all(query)))
        # ("which one did IMR keep denied?" asks which: each one said with its outcome, no yes or no)
        if WHICH_ONE.search(query.text):
            whole = each_of_them(query, chosen, letters, c, whole)
            whole = f"{whole[0].upper()}{whole[1:]}"
        elif wanted := premise if presumed else got_any(query.text) or (
                # ("was anything approved for the 70 year old truck driver?": the outcome selected or presumed, asked of
                # any, when nothing was said before it)
                (asked_decision(query.text) or (None if leads else query.decision or query.premise)) if ANYTHING_ASKED.search(query.text) or NOTHING_ASKED.search(query.text) or (
                    query.asked and OF_THE_GROUP.search(query.text) and not WHICH_OF.search(query.text)) else None):
            # ... of the requests besides those set aside ("anything besides the MRI denied for the 60 yo man?": the
            # acupuncture alone, approved: no), as whole_letter counts them
            aside = query.set_aside if not query.set_aside.with_rest else SetAside()
            rows = case_items(engine, chosen[0].case_number)
            decisions = [row[2] for row in rows if not is_set_aside(aside, row[3], row[4])] or [row[2] for row in rows]
            said = yes_or_no(decisions, wanted, query.text, presumed)
            whole = each_of_them(query, chosen, letters, c, whole)
            # (a "why" that presumes what holds asks no yes or no, as above)
            whole = (f"{whole[0].upper()}{whole[1:]}" if said == "Yes" and query.why and presumed and not query.asked
                     else f"{said}: {whole}")
            if premise and len({h.decision for h in chosen}) > 1 and len(chosen) == len(letters[chosen[0].case_number].items):
                # "CM16-0230548 both approved?": its no said each one's decision; none is corrected again below
                premise = None
        else:
            whole = count_cited(query, chosen, letters, c, whole)
        if none_of_all:
            whole = f"{none_of_all}: {whole[0].lower()}{whole[1:]}"
        c.say(whole)  # "which of the 40 yo laborer's requests were denied?": all 8 of them, 3 explained
        leads.append(whole)
        premise = None if of_theirs else premise  # (its no said, each item is not corrected again)
    # "why was the acupuncture approved but the MRI denied?": each item its own premise
    each = premises_by_item(query.text, query.treatment_words, [h.treatments for h in chosen],
                            [h.body_regions for h in chosen]) if premise else None
    offered = asked_reasons(query.text)  # "denied because it didn't help?": said of each item explained
    # ... for the outcome the question offers it for (a premise is corrected on its own)
    claimed = premise or asked_decision(query.text)
    # "was the PRP shot the only thing denied?" of a letter with that one request: said so
    alone = len(chosen) == 1 and asks_only(query.text) and len(letters[chosen[0].case_number].items) == 1
    # "UR denied his acupuncture - did IMR agree?": one item's yes or no first (none said for the group yet)
    # ... after a fact asked with it only when IMR's decision is asked ("was his neck MRI approved, and who
    # reviewed it?"), not told ("was the reviewer who denied it an orthopedist?")
    # ... not of what may be done next, the outcome told in passing ("can the denied shoulder surgery be
    # resubmitted?": no "Yes: ... upheld"; the decision, then that it is final, below)
    # "her right hip MRI wasn't approved - was the left hip approved?": the letter has no left hip to say yes or no of
    side_asked = other_side_asked(query.text, chosen[0].request, chosen[0].body_regions) if len(chosen) == 1 and (
        one or query.case_numbers or query.person.described) else ""
    if side_asked and any(re.search(rf"\b{side_asked.split()[1]}\b", title, re.IGNORECASE) and set(regions) & set(
            chosen[0].body_regions) for _n, title, _d, _t, regions in case_items(engine, chosen[0].case_number)):
        side_asked = ""  # the letter has a request of that side too ("... and her left knee x-ray?"): not lacking
    # "his knee MRI wasn't approved - was the other knee approved?": which knee is which is not told, no yes or no first
    unsided = len(chosen) == 1 and other_unsided(query.text, chosen[0].body_regions)
    yes_no = decision_asked(query.text) if len(chosen) == 1 and not leads and not side_asked and not unsided and (
        not fact or _decision_asked_beside(query.text)) and not WHAT_NOW.search(query.text) and not (
        FUTURE_REQUEST.search(query.text)) else None
    if not yes_no and not side_asked and not unsided and len(chosen) == 1 and not leads and not fact and query.asked and not query.why and ANYTHING_ASKED.search(
            query.text):
        # "did they deny anything in CM17-0019011?" of its one request, approved: asked, no premise to correct ("No:
        # "Naproxen 500mg #60" was approved (overturned: authorised) [1].")
        yes_no = query.premise or query.decision
    # "was her left hip MRI approved?" of the letter's right hip MRI: no yes or no, which would be of the left hip the
    # letter has no request for; the side the request is for said first, then its decision
    wrong_side = other_side(query.text, chosen[0].request, chosen[0].body_regions) if len(chosen) == 1 else ""
    if wrong_side and not side_asked:
        # ... and of any question of it, said first: "why was the left shoulder MRI denied?" of the right one's letter
        c.say(wrong_side)
        leads.append(wrong_side)
        yes_no = None
    else:
        wrong_side = "" if yes_no else wrong_side
    if yes_no and len(chosen) == 1 and query.set_aside.tells and is_set_aside(query.set_aside, chosen[0].treatments,
                                                                            chosen[0].body_regions):
        # "the 53 yo man whose neck mri got approved - did they deny his acupuncture": the MRI tells who he is; the yes
        # or no asked is of the acupuncture, not of it ("No: "MRI scan of the cervical spine" was approved")
        yes_no = None
    # "the 47 yo guy's PRP shot and the acupuncture - both denied?": the letter has no acupuncture to say yes of
    lacking = named_not_requested(query.treatment_words, case_items(engine, chosen[0].case_number)) if (
        (one or query.case_numbers or query.person.described) and len({h.case_number for h in chosen}) == 1) else []
    if not lacking and (one or query.case_numbers or query.person.described) and len({h.case_number for h in chosen}) == 1:
        # "cm17 11703 the MRI of his low back and his shoulder?": his lumbar MRI, and no shoulder MRI to answer about
        lacking = regions_not_requested(query.text, query.treatment_words, query.body_regions, query.region_words,
                                        case_items(engine, chosen[0].case_number))
        # "CM17-0011703, did they approve the acupuncture and the MRI of his foot?": his acupuncture, and no foot MRI
        lacking = lacking or parts_not_requested(query.text, query.treatment_words, case_items(engine, chosen[0].case_number))
    if not lacking and (len(query.case_numbers) == 1 and chosen[0].case_number == query.case_numbers[0] or not query.case_numbers
                        and query.person.described and len({h.case_number for h in chosen}) == 1):
        # "CM17-0006797 - was the post-op PT and the pain pump denied?": his PT, and no pain pump, a thing his letter never
        # prints, named beside it; "the 60 yo man's acupuncture and the hot tub for his neck?" of the patient described
        # (of whom a thing joined to the one asked by "and" or "or", not one that tells who: "the 40 yo lady with all
        # the liquid meds")
        lacking = [p for p in listed_unprinted(engine, query) if query.case_numbers or _JOINED_BEFORE.search(
            query.text[: max(query.text.lower().find(p.lower()), 0)])]
    # "the 33 yo woman with the neck MRI - cortisone shot approved?": the MRI tells who she is; her letter lacks the
    # shot asked of, so no yes or no of the MRI, and what her letter decided is listed with the lack
    who_only = bool(lacking) and len(chosen) == 1 and all(
        told_as_who(query.text, w) for w in query.treatment_words if w not in lacking) and not any(
        told_as_who(query.text, w) for w in lacking)
    if who_only:
        yes_no = None
    # "why was the TENS denied and was the pillow too?": the pillows' own yes or no, said before their answers
    too = asked_too(query.text) if len({h.case_number for h in chosen}) == 1 else None
    too_at = [n for n, h in enumerate(chosen) if too and too[0] in h.treatments] if too else []
    if too_at and too_at[0] == 0:
        too_at = []  # (asked of the first thing answered: no second question)
    # "was his hand MRI and his TENS approved?", "was the omeprazole approved with the naproxen?": the letter has the MRI,
    # and no TENS to answer about, said before the items answered (a yes after it is of those alone)
    lacks = lacks_sentence(chosen[0].case_number, lacking) if (one or query.case_numbers or query.person.described) and len(
        {h.case_number for h in chosen}) == 1 else ""
    if lacks and who_only:
        lacks = f"{lacks} {decided(case_items(engine, chosen[0].case_number))}"
    if lacks and lacking:
        # "why was the 63 yo man's nerve test approved but his surgery wasn't?": the other 63-year-old man's surgery
        lacks += lacked_elsewhere(engine, query, chosen[0].case_number, lacking)
    lacks = lacks or lacks_sentence(chosen[0].case_number, [side_asked] if side_asked else [])
    if not lacks and len({h.case_number for h in chosen}) == 1 and (absent := absent_beside(engine, query, chosen[0].case_number)):
        # "the lidocaine ointment - denied? and the percocet?": the ointment answered, and no letter decides Percocet
        lacks = f"No letter in the index decides a request for {' or '.join(absent)}."
    if lacks:
        c.say(lacks)
    lacks_first = bool(lacks) and not leads  # (said first: the answer's lead opens with it too)
    # "so the decision is final?" after an item: yes, whatever it was, said first (none said for it yet)
    # ... before the decisions of the whole letter, when those were said ("CM17-0005418 is this decision final?")
    final = bool(FINAL_ASKED.search(query.text)) and not yes_no and not lacks and (not leads or leads == [whole])
    if final and leads:
        c.sentences.insert(c.sentences.index(whole), FINAL_YES)
    elif final:
        c.say(FINAL_YES)
    # "whats the next step" after an item, and nothing more asked: that the decision is final is the answer, first
    now_first = not final and not leads and not lacks and only_what_now(query.text)
    if now_first:
        c.say(AFTER_A_DECISION)
    # the reason offered confirmed of one item and not of another of the letter: each one's said by its name
    differ = len(chosen) > 1 and len({h.case_number for h in chosen}) == 1 and len({
        confirmation(offered, i, each[n] if each else claimed, corrected=bool(each[n] if each else premise),
                     studies=asked_studies(query.text), besides=besides_studies(query.text),
                     text=letters[h.case_number].text) for n, (h, i) in enumerate(zip(chosen, items))}) > 1
    for n, (hit, item) in enumerate(zip(chosen, items)):
        if too_at and n == too_at[0]:
            marks = [(items[m].title or items[m].request, items[m].decision, c.cite(
                letters[chosen[m].case_number], items[m], trim(letters[chosen[m].case_number].text, items[m].heading_span),
                chosen[m].chunk_id, "heading")) for m in too_at]
            if said := too_sentence(query.text, query.premise or asked_decision(query.text), marks):
                c.say(said)
        confirm = confirmation(offered, item, each[n] if each else claimed, corrected=bool(each[n] if each else premise),
                               studies=asked_studies(query.text), besides=besides_studies(query.text),
                               text=letters[hit.case_number].text,
                               mark=_finding_mark(c, letters[hit.case_number], item, hit.chunk_id, question, quotes))
        if (offered or reason_clauses(query.text)) and (planned := surgery_was_asked(query.text, item, _finding_mark(c, letters[hit.case_number], item,
                                                                                      hit.chunk_id, question, quotes))):
            confirm = planned  # "was it because no surgery was planned?" of a post-op item: the surgery was asked for, not approved
        if confirm.startswith(OPPOSITE) and asks_finding(query.text) and (opposite := opposite_reason(offered, item)) and (
                opposite.spans):
            # "did the reviewer say he was getting better on it?" of a denial for no documented improvement: what the
            # reviewer found is asked, not a reason offered: a no, with the finding
            letter = letters[hit.case_number]
            quoted = [trim(letter.text, f) for f in why.findings(letter, item, question, limit=quotes)]
            found = next((q for q in quoted if q in [trim(letter.text, span) for span in opposite.spans]), opposite.spans[0])
            confirm = f"No: the reviewer found the opposite: {c.quote(letter, item, found, 'finding', hit.chunk_id)}"
        elif confirm == NOT_GIVEN and (found := found_as_offered(query.text, item, letters[hit.case_number].text)) is not None:
            # "facet injections upheld - because he has radicular symptoms?" read as a lack of findings, which the reviewer
            # does not fault, though a finding names the symptoms as the reason: a yes, with that finding
            letter = letters[hit.case_number]
            confirm = f"Yes: the reviewer's findings name it: {c.quote(letter, item, found, 'finding', hit.chunk_id)}"
        elif confirm == NOT_GIVEN and (lacking := contradicted_in_findings(query.text, item,
                                                                          letters[hit.case_number].text)) is not None:
            # "was the CT denied because she'd already had an MRI?" where the reviewer found none documented: a no, with
            # the finding that says so
            letter = letters[hit.case_number]
            confirm = f"No: the reviewer's findings say otherwise: {c.quote(letter, item, lacking, 'finding', hit.chunk_id)}"
        if not confirm and not offered and not unreasoned and (not claimed or claimed == item.decision):
            confirm = not_of_necessity(query.text, item)  # "is it because they think she's an addict?": no reason given
        if len(chosen) == 1 and not confirm and split_asked(query.text):
            # "was her chiro approved for 6 but not 12?": UR's part and IMR's decision of the rest (service.split_claim);
            # a split told before another question ("... but not 12. can he appeal the other 2?") is no claim to answer
            letter = letters[hit.case_number]
            confirm = split_sentence(query.text, item, c.cite(letter, item, trim(letter.text, item.heading_span), hit.chunk_id,
                                                              "heading"))
        elif len(chosen) == 1 and not confirm and part_claimed(query.text):
            # "was the home aide partially approved?": UR's part and IMR's decision of the rest (service.split_claim)
            letter = letters[hit.case_number]
            confirm = part_sentence(item, c.cite(letter, item, trim(letter.text, item.heading_span), hit.chunk_id, "heading"))
        # "were her PT visits denied because her MRI was normal?": a reason offered that no reason code reads is not
        # confirmed by a yes of the denial; the decision is said plainly and the reviewer's reason follows (a no of
        # the outcome is still said: "approved because of the cost?" of a denial)
        unread = bool(yes_no and not confirm and not offered and reason_clauses(query.text) and yes_no == item.decision)
        # ... or asked of the reason alone, no outcome asked: "CM16-0230548 neck and hand MRI || was that bc it was too soon
        # after the injury?", "because he's had carpal tunnel for 2 years?" (the decision said, then what the findings say)
        unread = unread or bool(yes_no is None and len(chosen) == 1 and not confirm and not offered and not by_a_reason
                                and not query.why and reason_clauses(query.text))
        if unread:
            letter = letters[hit.case_number]
            confirm = reason_unread_sentence(item.decision, item.title or item.request, c.cite(
                letter, item, trim(letter.text, item.heading_span), hit.chunk_id, "heading"))
            # ... though a finding of the reviewer's names it: "overturned because of the fracture?": "The reviewer's
            # findings name it: "Plain film radiographs revealed abnormality with appearance of C2 fracture." [2]"
            if (named := named_in_findings(query.text, item, letter.text)) is not None:
                span = trim(letter.text, named)
                # (the decision and the reason offered both in the letter: a yes of them)
                confirm = f"Yes: {confirm[0].lower()}{confirm[1:]}" if confirm.startswith("The ") else f"Yes: {confirm}"
                confirm += (f' The reviewer\'s findings name it: "{letter.text[span[0]:span[1]].strip()}" '
                            f'[{c.cite(letter, item, span, hit.chunk_id, "finding")}]')
            elif timing_offered(query.text):
                # "was it denied because it was too late?": the time a finding tells, or that none is a reason
                said = f"{confirm[0].lower()}{confirm[1:]}" if confirm.startswith("The ") else confirm
                if (timed := timing_in_findings(item, letter.text)) is not None:
                    confirm = f"Yes: {said} The reviewer's findings speak of the timing: {c.quote(letter, item, timed, 'finding', hit.chunk_id)}"
                else:
                    confirm = (f"No, not for its timing: {said} The reviewer gives no reason of timing (how late it was "
                               f"asked, or how long after the injury).")
            elif absent_from_rationale(query.text, item, letter.text):
                # "or was it bc she missed appointments?": none of its words in the reviewer's findings or conclusion:
                # a no, the reason given following
                confirm = f"{NOT_SAID} {confirm[0].lower()}{confirm[1:]}" if confirm.startswith("The ") else f"{NOT_SAID} {confirm}"
        if confirm and differ:
            # "PT and MRI both turned down - was it because he didn't improve?": each one's yes or no, said of it by name
            confirm = f'For "{item.title or item.request}": {confirm[0].lower()}{confirm[1:]}'
        leads.append(item_answer(c, letters[hit.case_number], item, question, chunk_id=hit.chunk_id,
                                 premise=None if who_only else each[n] if each else premise, findings=quotes, lead=True, only=alone,
                                 # (a mention asked after the outcome told: "my MRI was rejected, did the reviewer
                                 # mention my x-rays?": its yes or no opens; the outcome told, if right, needs no second yes)
                                 confirm=confirm, yes_no=None if confirm or unread or (mentioned and yes_no == item.decision)
                                 else yes_no,
                                 lacking=bool(lacking) and asked_together(query.text, query.treatment_words, lacking)))
    if not placed and not by_a_reason and not whole and not beyond_told and (beyond := named_beyond(engine, query, hits, one, chosen)):
        # "CM16-0248471 - what happened with the TENS, the lumbar support and the pillows?": three explained, the
        # second pillow's decision said too, cited by its heading
        letter = letters[chosen[0].case_number]
        c.say("Also asked: " + "; ".join(
            f'"{i.title or i.request}": {WORD[i.decision]} [{c.cite(letter, i, trim(letter.text, i.heading_span), h.chunk_id, "heading")}]'
            for h in beyond for i in [letter.items[h.item_index - 1]]) + ".")
    if after == []:  # "was the CT approved? what about his knee?" of a letter with no knee request
        c.say(f"Case {chosen[0].case_number} has no request for the {' or the '.join(query.regions_after)}.")
    if wrong_side and wrong_side not in c.sentences:
        c.say(wrong_side)  # "an MRI of her left hip": the letter's is of the right hip
    if len(items) == 1 and partly_authorised(query.text) and not MODIFIED.search(chosen[0].request):
        c.say(WHOLE)  # "did UR approve part of it?": the letter's request is no remainder
    if (len({h.case_number for h in chosen}) == 1 and not query.case_numbers and one_person(query.text, query.person)
            and ages_told(query.text) <= 1 and not particular_people(query.text)
            and (unsaid := job_unsaid(job_words(query.person), letters[chosen[0].case_number].text[
                slice(*letters[chosen[0].case_number].summary_span)]))):
        c.say(unsaid)  # "the truck driver's knee surgery": the one letter with it never names a truck driver
    if not (placed or by_a_reason or whole or every or one) and (also := others_line(engine, query, filters, chosen, hits, seen)):
        c.say(also)  # "why was the lumbar MRI denied?": the best match explained, the other letters that decide one named
    if WHAT_NOW.search(query.text) and not now_first:  # "CM16-0242419 - can we appeal this?": the decision, then final
        c.say(NOT_CONTESTED if final else AFTER_A_DECISION)
    elif FUTURE_REQUEST.search(query.text):  # "mri denied, she wants injections now - any chance?": the decision, then
        c.say(NEW_REQUEST)  # that a new request starts anew
    elif WHO_PAYS.search(query.text):  # "do we have to pay for it ourselves?": the letters say nothing of payment
        c.say(WHO_PAYS_AFTER)
    coverage = _coverage(engine, query, plan, chosen) if not (query.case_numbers or one) else None
    # the items answered lead the sources, then the rest in their retrieval order
    shown = chosen + [h for h in hits if h not in chosen]
    lead = leads[0] if len(leads) == 1 or premise == query.premise else f"{leads[0]} {leads[1]}"
    lead = f"{told_wrong} {lead}" if told_wrong else lead
    lead = f"{unreasoned} {lead.removeprefix('Yes: ')}" if unreasoned else lead
    lead = f"{lacks} {lead}" if lacks_first else lead
    lead = f"{mentioned} {lead}" if mentioned else lead
    lead = f"{FINAL_YES} {lead}" if final else lead
    lead = f"{AFTER_A_DECISION} {lead}" if now_first else lead
    return answer(question, seen, c, rated(query, shown[:k]), kind="item", lead=f"{fact} {lead}" if fact else lead,
                  coverage=coverage)


_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which|whom)\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)


def _regions_after(engine: Engine, query: Query, chosen: list[Hit], matches: dict, k: int) -> list[Hit] | None:
    """The requests for the body part a last "what about his knee?" names, of the one letter answered,
    to answer after the items chosen ([] when it has none), or None when the answer is of several letters."""
    if len({h.case_number for h in chosen}) != 1:
        return None
    case, shown = chosen[0].case_number, {h.chunk_id for h in chosen}
    theirs, _similarity = retrieve_scored(engine, query, {"case_number": case}, max(k, 20), person=matches)
    return [h for h in theirs if h.item_index > 0 and h.chunk_id not in shown
            and set(h.body_regions) & set(query.regions_after)][: max(0, QUOTES_MAX - len(chosen))]


def _speaking(engine: Engine, topic: str, chosen: list[Hit], hits: list[Hit]) -> list[Hit]:
    """The items to answer a mention question naming no request about ("CM17-0013716 - did the reviewer mention
    gastrointestinal risk?"): of the one letter chosen, the first item whose rationale speaks of the topic
    (service.mentioned) when none chosen does, else those chosen."""
    letter = engine.letters([chosen[0].case_number])[chosen[0].case_number]
    if any(mentions(topic, letter, letter.items[h.item_index - 1]) for h in chosen if h.item_index > 0):
        return chosen
    speaking = [h for h in hits if h.case_number == letter.case_number and h.item_index > 0
                and mentions(topic, letter, letter.items[h.item_index - 1])]
    return speaking[:1] or chosen


def _reason_pair(text: str, items: list) -> list[int]:
    """The two items whose reasons a same-reason question compares: the two explained, or of more, the first and the
    one the question names by its whole title ("same reason for the stomach pill as the Flurbiprofen 10%/... in case
    CM17-0013716?", a follow-up naming the item answered before; not the other cream its words also fit)."""
    if len(items) == 2:
        return [0, 1]
    low = text.lower()
    named = [n for n, i in enumerate(items[1:], 1) if (i.title or i.request).lower() in low]
    if len(named) == 1:
        return [0, named[0]]
    # ... or all of them, asked of together: "the 33 yo man's three MRIs - all denied for the same reason?"
    return list(range(len(items))) if _ALL_OF_THEM.search(text) else []


# the items answered asked of together: "were they all ...", "all 3", "each of them", "every one"
_ALL_OF_THEM = re.compile(r"\b(?:all|each|every|they|them|these|those|three|four|\d)\b", re.IGNORECASE)


def _decision_asked_beside(text: str) -> bool:
    """Whether every outcome word of `text` asks IMR's decision (service.outcomes: role "asked"), none
    in a clause that tells who decided ("the reviewer who denied it")."""
    found = read_outcomes(text).found
    return bool(found) and all((at := text.lower().find(o.words.lower())) >= 0 and not _RELATIVE_BEFORE.search(text[:at])
                               and (o.role == "asked" or (o.role == "premise" and _terse(text, at, o.words)))
                               for o in found)


def _terse(text: str, at: int, words: str) -> bool:
    """Whether the outcome word said at `at` is asked alone after a dash, a colon or a comma: "CM17-0013625 celebrex -
    upheld? who reviewed"."""
    return bool(re.search(r"[-\u2013\u2014:,]\s*$", text[:at]) and re.match(r"\s*\?", text[at + len(words):]))


_NOT_EACH = re.compile(r"\b(?:not|nor|neither|except|without)\b", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;?!]|\s[-\u2013\u2014]+\s")


def _named_after_asked(text: str, words: str) -> bool:
    """Whether a treatment is named in a clause after the one of `words`, the last outcome word asked ("was
    it approved, and what about the nerve tests?"): the yes or no is not asked of that one (it is of those
    in its own clause: "did IMR at least approve the last 2 acupuncture visits or the lumbar MRI?")."""
    at = text.lower().rfind(words.lower())
    end = _CLAUSE_BREAK.search(text, at + len(words)) if at >= 0 else None
    return end is not None and bool(find_treatments(text[end.end():]))


def _claims(query: Query, chosen: list[Hit], apart: list[Hit]) -> list[str]:
    """The outcome a yes/no question claims of each chosen item ("the acupuncture was approved and the
    MRI denied, right?"; '' for one it claims nothing of, and for those asked `apart`: "... what about her
    shoulder?"), when it claims one of any; else []."""
    said = claimed(query.text)
    if not said and not says_or(query.text) and not _NOT_EACH.search(query.text) and (got := decision_asked(query.text)):
        # "did she get the neck pillows and wedge pillows?": the approval of each (not "did he get the acupuncture
        # but not the MRI?", which asks one of each)
        return ["" if h in apart else str(got) for h in chosen]
    if not said or says_or(query.text) or asked_reasons(query.text):
        return []  # "did the approval stick for the acupuncture, or only the MRI?" asks which one
    claims = by_clause(query.text, said, query.treatment_words, [h.treatments for h in chosen],
                       [h.body_regions for h in chosen], [levels(h.title) for h in chosen])
    # ... or of some, the others asked apart ("did the surgery get the green light, and what happened
    # with the ice machine?"): the yes or no of those claimed
    if not any(claims) and not query.treatment_words and len({d for _at, d in said}) == 1 and _word_naming_each(
            query, chosen):
        # one outcome claimed of a thing named by a word no treatment set stands for, which names each of them alike:
        # "CM16-0231745 exam denied?" of its "Initial exam" and its "Physical exam 2 times 8"
        claims = [said[0][1]] * len(chosen)
    claims = [None if h in apart else d for h, d in zip(chosen, claims)]
    return [str(d) if d else "" for d in claims] if any(claims) else []


def _word_naming_each(query: Query, chosen: list[Hit]) -> bool:
    """Whether a content word of the question (service.topic.topic_tokens) is a word of each chosen item's title
    ("exam": "Initial exam", "Physical exam 2 times 8")."""
    if re.search(r"\b(?:any|anything|either|none|nothing)\b", query.text, re.IGNORECASE):
        return False  # "was anything for the man with the head and right hand contusion not upheld?": any one of them
    return any(all(w in request_tokens(h.title) for h in chosen) and not find_regions(w) for w in topic_tokens(query))


def _told_one(engine: Engine, query: Query, filters: dict) -> str | None:
    """Of the letters agreeing with every field the description gives, the one whose summary alone
    prints what it tells ("the 28 yo woman on light duty with the lumbar sprain"), or None."""
    _clear, fitting = described_letters(engine, query, {k: v for k, v in filters.items() if k != "decision"})
    told = printing_told(engine, query, fitting)
    return told[0] if len(fitting) > 1 and len(told) == 1 else None


def _story_one(engine: Engine, query: Query, fitting: tuple[str, ...]) -> str | None:
    """Of `fitting` (the letters agreeing with every field the description gives), the one whose requests hold the
    treatment its story tells ("was a heat pack approved after his shoulder surgery? he's 63": the 63-year-old man
    with the shoulder surgery, not the one with the nerve test), or None."""
    if not query.story_treatments or len(fitting) < 2:
        return None
    having = with_item(engine, query.story_treatments, fitting)
    return having[0] if len(having) == 1 else None


MAX_TOLD = 3  # letters a description by fields alone may fit, for one of them to be told by the kind asked


def _kin_told(engine: Engine, query: Query, filters: dict) -> tuple[tuple[str, ...], str] | None:
    """The two to MAX_TOLD letters agreeing with every field a description gives (an age, a sex, a date of injury),
    when it tells nothing more of the patient, and the one of them with a request of the kind asked (an injection, for
    a nerve block no letter has); None unless exactly one has."""
    if not query.category or not query.person.described or tells_story(query.text, query.person) or query.person.occupations:
        return None
    _clear, fitting = described_letters(engine, query, {k: v for k, v in filters.items() if k != "decision"})
    if not 2 <= len(fitting) <= MAX_TOLD:
        return None
    having = with_item(engine, (query.category.lower(),), fitting)
    return (fitting, having[0]) if len(having) == 1 else None


def _alone(engine: Engine, query: Query, filters: dict, one: str) -> bool:
    """Whether `one` is the only letter the description fits: the only one agreeing with every
    field it gives (age, sex, dates), or a story tells them apart. Two 45-year-old women are two
    patients, whichever one's summary reads closer to the treatment asked."""
    _clear, fitting = described_letters(engine, query, {k: v for k, v in filters.items() if k != "decision"})
    return (fitting == (one,) or tells_story(query.text, query.person) or printing_told(engine, query, fitting) == (one,)
            or _story_one(engine, query, fitting) == one)


def _excluding_filter(engine: Engine, query: Query, filters: dict) -> str | None:
    """The client filter that leaves none of the treatment asked about (which the index has), or None."""
    client = {k: v for k, v in filters.items() if k != "case_number"}
    found = scope_exists(engine, query, client, decision=str(client["decision"]) if "decision" in client else None
                         ) if client else None
    if found is None or found:
        return None
    return filter_that_excludes(engine, query, client)


def _nothing(engine: Engine, query: Query, question: str, seen: dict, filters: dict) -> Answer:
    name = filter_that_excludes(engine, query, {k: v for k, v in filters.items() if k != "case_number"})
    if name:
        return missing(question, seen, f"The filter {name}={filters[name]} excludes every {' / '.join(query.treatment_words) or 'matching'} "
                       f"item; remove it to see them.", "filters_exclude")
    if filters:
        shown = ", ".join(f"{k}={v}" for k, v in filters.items())
        return missing(question, seen, f"No item matches the filters {shown}; remove one to see more.", "filters_exclude")
    return missing(question, seen, "Nothing in the indexed letters answers this question; try naming the treatment, "
                   "body region or case number.", "no_treatment")


def _coverage(engine: Engine, query: Query, plan: Plan, chosen: list[Hit]) -> Coverage | None:
    decision = chosen[0].decision
    counted = scope_count(engine, query, plan.filters, decision)
    if counted is None or (not counted[1] and not scope_exists(engine, query, plan.filters)):
        return None
    s, of = counted
    word = "denials" if decision == "Upheld" else "approvals"
    return Coverage(shown=len(chosen), total=of, label=kind_of(s.label, word),
                    filters=listing_filters(s, decision, plan.filters))


def _finding_mark(c: Composer, letter: Letter, item: Item, chunk_id: str, question: str,
                  limit: int) -> Callable[[tuple[Span, ...]], int]:
    """Cites a finding sentence of `spans` (a reason's, confirmed): the first the item's answer quotes as its Why
    (service.compose.why.findings, the same `limit`), else the first; its number then is the Why's."""
    def mark(spans: tuple[Span, ...]) -> int:
        quoted = [trim(letter.text, f) for f in why.findings(letter, item, question, limit=limit)]
        trimmed = [trim(letter.text, span) for span in spans]
        return c.cite(letter, item, next((q for q in quoted if q in trimmed), trimmed[0]), chunk_id, "finding")
    return mark
