"""The items an item answer explains (service.flows.item), and the same item leading a search's hits."""

from __future__ import annotations

import re

import msgspec

from indexer.taxonomy import find_regions
from indexer.treatments import GROUPS, find_treatments, members
from service.besides import is_set_aside
from service.drugs import drug_names
from service.engine import Engine
from service.gather import asked_sets, case_items
from service.lacking import names_drug, products_named, low_back_first, region_fits, title_names
from service.lay_group import ONE_THING, as_said, names_several, said_words, words_apart
from service.levels import levels
from service.ordinal import meant_case, placed_item
from service.outcomes import HELPED_AT_ALL, asked_decision
from service.patients import contradicting, described_letters, printing_told, the_one
from service.premises import in_order_asked, premises_by_item
from service.quantity import asked_strengths, request_counts
from service.reason_asked import asked_reasons
from service.topic import typed_overlap, typed_tokens
from service.types import Hit
from service.story import PATIENT_AFTER
from service.understand import EVERY_ONE, Query

MAX_ITEMS = 3  # items one answer explains


def lead_with_answer(engine: Engine, query: Query, hits: list[Hit], matches: dict[str, float]) -> list[Hit]:
    """`hits` with the item an item question is about first (the one `ask` would explain: the
    treatment, the patient described, the other treatments named), the rest in their order; a
    search and an answer to the same question then agree on the top item."""
    items = [h for h in hits if h.item_index > 0]
    if query.kind != "item" or not items:
        return hits
    one = the_one(matches)
    top = placed_item(engine, query, {}, meant_case(query, one)) or explained(engine, query, items, one)[0][0]
    return [top, *(h for h in hits if h.chunk_id != top.chunk_id)]


# a question asking which item had an outcome: "which got approved, the MRI or the acupuncture?",
# "which of them was denied?" (not a claim about every item: "none of his stuff got approved, right?")
# ... or its verb negated: "the mri and the acupuncture, which weren't denied?"
_WHICH_GOT = re.compile(r"\bwhich\b(?:\s+(?:one|ones|of\s+(?:them|these|those|the\s+two|his|her|their|my)))?"
                        r"(?:\s+[\w'-]+){0,2}?\s+(?:got|was|were|did|is|are|has|had)(?:n['\u2019]?t)?\b", re.IGNORECASE)


def explained(engine: Engine, query: Query, hits: list[Hit], one: str | None) -> tuple[list[Hit], bool]:
    """The items an item answer explains (no ordinal placing one), in the order it explains them,
    and whether a reason the question tells picked them ("the reviewer noted PT was helping; which
    of her requests did that sink?"). The search's top hit is the first (lead_with_answer)."""
    answer_items = _answer_items(engine, query, hits, one)
    chosen = by_reason(engine, query, answer_items, hits)
    by_a_reason = chosen != answer_items
    if len(chosen) > 1 and len(query.treatment_words) > 1:
        # "why didn't IMR approve her chiro but approved her MRI?": the chiro, whose why is asked, first
        chosen = [chosen[n] for n in in_order_asked(query.text, query.treatment_words, [h.treatments for h in chosen])]
    if query.premise and _WHICH_GOT.search(query.text) and len({h.decision for h in chosen}) > 1 and premises_by_item(
            query.text, query.treatment_words, [h.treatments for h in chosen]) is None:
        # "which got approved for the 60 yo man, the MRI or the acupuncture?": the one that was first
        chosen = sorted(chosen, key=lambda h: h.decision != query.premise)
    elif (not asked_sets(query) and len({h.case_number for h in chosen}) == 1 and len({h.decision for h in chosen}) > 1
          and every_item(query.text) and (outcome := asked_decision(query.text))):
        # "was anything for the 60 yo man not upheld?": of one patient's mixed requests, the one with
        # the outcome asked about first, whichever the description's words rank first
        chosen = sorted(chosen, key=lambda h: h.decision != outcome)
    return chosen, by_a_reason


def _fitting_exactly(engine: Engine, query: Query, pool: list[Hit]) -> list[Hit]:
    """The hits of the letters that agree with every field the description gives (and of those, the
    ones printing the most of the conditions told), when one of them has the body part asked: "the
    28 year old woman's low back MRI" is the 28-year-old's, not a 29-year-old's whose case summary
    reads closer (an age one year off is tolerated only when no letter has it exactly)."""
    _clear, fitting = described_letters(engine, query, {})
    # ... of them, those whose case summaries print the most of what the question tells: "37 yo woman
    # on tizanidine with pain down her whole right side" is the one whose summary names tizanidine
    fitting = printing_told(engine, query, fitting)
    exact = low_back_first(query, [h for h in pool if h.case_number in fitting and region_fits(query, h)])
    return exact or pool


def _stated(query: Query, sets: tuple[str, ...], pool: list[Hit]) -> list[Hit]:
    """The items of the drug asked whose heading states the strength the question says after its
    name ("the pantoprazole 40 BID": the 40mg request, not the 20mg one): the request's own number
    tells the item more firmly than a description that fits a letter by chance, or a story."""
    strengths = asked_strengths(query.text)
    if not strengths:
        return []
    return [h for h in pool if strengths & request_counts(h.title) and (not sets or set(sets) & set(h.treatments))]


def named_beyond(engine: Engine, query: Query, hits: list[Hit], one: str | None, chosen: list[Hit]) -> list[Hit]:
    """The items of the chosen letter that the question names beyond the MAX_ITEMS an answer explains ("the TENS,
    the lumbar support and the pillows": the second pillow), in the order asked; [] when none is left over."""
    if len(chosen) < MAX_ITEMS or len({h.case_number for h in chosen}) != 1:
        return []
    every = _answer_items(engine, query, [h for h in hits if h.item_index > 0], one, cap=None)
    return [h for h in every if h not in chosen and h.case_number == chosen[0].case_number]


def _by_product(query: Query, pool: list[Hit]) -> list[Hit]:
    """Of `pool`, for each drug product the question names that some request's title names ("the tabradol"), the
    requests titled by it and none other of its drug ("Cyclobenzaprine 7.5mg" is not the Tabradol); a brand no title
    prints ("celebrex" of "Celecoxib 200mg #90") and the other things named ("celebrex, the dicopanol and the
    tabradol") keep theirs."""
    for product in products_named(query):
        titled = [h for h in pool if title_names(product, h.title)]
        drug = {t for t, _words in find_treatments(product)} - GROUPS
        # ... but named beside another thing, the best hit's letter keeps its own request of the drug when none of its
        # titles prints the product ("voltaren and lidocaine ointment": the diclofenac of the letter with the
        # ointment, not only another letter's Voltaren)
        top = pool[0].case_number if pool and len(query.treatment_words) > 1 and not any(
            h.case_number == pool[0].case_number for h in titled) else None
        if titled:
            pool = [h for h in pool if h in titled or not drug & set(h.treatments) or h.case_number == top]
    return pool


def _answer_items(engine: Engine, query: Query, hits: list[Hit], one: str | None, cap: int | None = MAX_ITEMS) -> list[Hit]:
    """The items the answer explains: the best hit (ranked with the patient described, when one
    is), and the other items of its letter that match the question as well (two injections at two
    levels). Other letters' items stay in the hits, never in the answer."""
    pool = [h for h in hits if h.item_index > 0]
    # what the question sets aside ("besides the MRIs", "her EMG got denied, what else?") is not explained
    # ... but a letter meant whose every request is set aside is still the one answered ("besides the meds, what
    # else was denied for the 41 yo man?", whose one request is his ibuprofen): nothing else, not another's
    kept = [h for h in pool if not is_set_aside(query.set_aside, h.treatments, h.body_regions)]
    meant = query.case_numbers or ((one,) if one else ())
    if any(h.case_number in meant for h in pool) and not any(h.case_number in meant for h in kept):
        kept = []
    pool = kept or pool
    if query.case_numbers:
        pool = [h for h in pool if h.case_number in query.case_numbers] or pool
    sets = asked_sets(query)
    stated = _stated(query, sets, pool)
    if one and not query.case_numbers:
        # the patient described: their letter only, when it has the treatment asked about (a
        # description can fit a letter by chance; a treatment named is firmer)
        mine = [h for h in pool if h.case_number == one]
        # (not when the one's item is of the upper back and another's of the low back, the plain "back" asked)
        if (low := low_back_first(query, pool)) != pool and not any(
                h in low for h in mine if not sets or set(sets) & set(h.treatments)):
            mine = []
        if mine and (not sets or any(set(sets) & set(h.treatments) and region_fits(query, h) for h in mine)) and not (
                stated and not set(stated) & set(mine)):
            pool = mine
    if sets:
        # a drug asked by name is the request that names it, whatever class its compound was filed under
        # ("the flurbiprofen one": the flurbiprofen cream, a topical, not the naproxen pill of its class)
        # a drug asked by name is the request that names it, whatever class its compound was filed under ("the
        # flurbiprofen one": the flurbiprofen cream, a topical, not the naproxen pill of its class), when no request of
        # the class asked names it
        by_set = [h for h in pool if set(sets) & set(h.treatments)]
        named = [h for h in pool if names_drug(query, h.title)]
        pool = (named if named and not any(names_drug(query, h.title) for h in by_set) else by_set) or pool
        # ... and a product asked by its own name is the request titled by it ("the tabradol for his muscle spasms":
        # the Tabradol suspension, not another letter's cyclobenzaprine tablets, its generic), of no patient described
        # ("I'm 41 ... my motrin refills": the 41-year-old's ibuprofen, not another's Motrin)
        if not query.person.described:
            pool = _by_product(query, pool) or pool
        if not query.case_numbers:
            pool = _in_context(engine, query, sets, pool)
    if not query.case_numbers and query.person.described and len({h.case_number for h in pool}) > 1:
        pool = _fitting_exactly(engine, query, pool)
    if stated and not query.case_numbers:
        pool = [h for h in pool if h in stated] or stated
    pool = _care_before_its_evaluation(query, pool)
    top = pool[0]
    meant = one if not query.case_numbers else query.case_numbers[0] if len(query.case_numbers) == 1 else None
    if not meant and not query.case_numbers and query.person.described:
        # "which of the 54 year old sewing machine operator's requests were not denied?": the
        # patient the answer is about, when the description fits more than one letter about as well
        meant = top.case_number
    if meant and not sets and top.case_number == meant and every_item(query.text):
        # "which of the 60-year-old man's requests were approved and which denied?", "was anything
        # not approved for her?", "were any of the requests in CM16-0248471 approved?": the
        # patient's requests, each of them; "which of his requests were approved?": those with
        # that outcome, or all of them (corrected) when none has it
        theirs = [top, *(h for h in pool[1:] if h.case_number == meant)]
        if ALL_OF_THEM.search(query.text):
            # "none of his requests was approved, right?", "nothing was approved for her": a claim
            # about every item, each checked; those that prove it wrong first
            return sorted(theirs, key=lambda h: h.decision == query.premise)[:MAX_ITEMS]
        # "why was the teachers aide denied?": each denial, a finding each
        cap = MAX_WHY if query.why and WHY_THEM.search(query.text) else MAX_ITEMS
        return ([h for h in theirs if h.decision == query.premise] or theirs)[:cap]
    titled = _titled(query.text, [h for h in pool if h.case_number in query.case_numbers]) if query.case_numbers else []
    if len(titled) > 1:
        # "were they both denied? [the Flurbiprofen 10%/... and the Dextromethorphan 5%/... in case CM17-0013716]": the
        # requests named by their whole titles (a follow-up names the items before so), each of them
        return titled[:cap or len(titled)]
    if len(titled) == 1 and carried_alone(query.text, titled[0].treatments):
        # "the 57 yo man's injection [the Right L5 transforaminal ... in case CM17-0005418]" (the other one of two, a
        # follow-up resolved): that one, not its letter's every injection again
        return titled
    if meant and not sets and not query.body_regions and top.case_number == meant and _BOTH.search(query.text):
        # "CM17-0009887 why did IMR deny both tests?": "both" of no treatment named is two of the letter's requests,
        # the best and the next, whatever their headings' words
        return [top, *(h for h in pool[1:] if h.case_number == meant)][:2]
    same = [h for h in pool[1:] if h.case_number == top.case_number and _alike(query, h, top)]
    # several named ("his surgery, the pre-op clearance and the Motrin"), or a group in the plural
    # ("which of her medications"): every item of the letter that is one of them
    plural = _plural(query)
    # ... or every one of a kind: "were all 3 MRIs denied?", "were both MRIs denied?"
    # ... or a group said as one thing that letters ask as several: "the nerve test" (an EMG and an NCS)
    # ... or how many told: "they turned down my two creams, the ones with lidocaine"
    plural_group = bool(sets) and (plural and (all(t in GROUPS for t in sets) or bool(EVERY_ONE.search(query.text))
                                               or _counted(query))
                                   or set(sets) <= ONE_THING or _which_of_kind(query))
    # ... or one kind named at two places, each its own: "the neck pillows and wedge pillows", "the neck and wedge pillows"
    several = any(names_several(query.text, w) for w in query.treatment_words)
    # ... or one kind named by two words joined: "lumbar support and wrist braces", each its own
    if apart := words_apart(query.text, sets, query.treatment_words):
        query = msgspec.structs.replace(query, treatment_words=(*query.treatment_words, *apart))
    named = (len(set(sets)) > 1 or len(query.treatment_words) > 1 or plural_group or several) and not _one_compound(
        query, sets, top)
    if named:  # "his surgery, the pre-op clearance and the Motrin"
        # of the body part asked, when the question and the item both name one: "his hand MRI and
        # his TENS" is not his neck MRI, "her back brace" not her wrist braces (nat-620, nat-635)
        # ... when another of the letter's items of that kind has it: "were both the knee MRI and the nerve
        # test approved?" is the letter's one nerve test, of the legs
        theirs = [h for h in pool if h.case_number == top.case_number and set(sets) & set(h.treatments)]
        # ... of each kind, those its words name: "the wedge pillow and braces"
        if (kept := _as_named(query, sets, theirs)) != theirs:
            top = top if top in kept else kept[0]
            same = [h for h in same if h is not top and (h in kept or not set(sets) & set(h.treatments))]
            theirs = kept

        def placed(h: Hit) -> bool:
            regions = _regions_of(query, sets, h)
            return not regions or not h.body_regions or bool(regions & set(h.body_regions))

        same += [h for h in theirs if h is not top and h not in same
                 and (placed(h) or not any(placed(o) for o in theirs if o is not h and set(o.treatments) & set(h.treatments) & set(sets)))]
    if sets and _THE_OTHER.search(query.text):  # "why was the cervical pillow denied? And the other pillow?"
        same += [h for h in _the_other(top, [*pool[1:], *hits]) if h not in same]
    if sets and not named and len(query.body_regions) > 1 and _part_too(query):
        # "i hurt my neck and shoulder, they wanted to scan my head too": the scans of the parts told before as well
        same += [h for h in pool if h is not top and h not in same and h.case_number == top.case_number
                 and set(sets) & set(h.treatments) and set(h.body_regions) & set(query.body_regions)]
    return _covering(sets, [top, *same], cap) if named else [top, *same][:MAX_ITEMS]


def _part_too(query: Query) -> bool:
    """Whether a body part is said after a treatment's word with "too" ("they wanted to scan my head too"): the
    treatment was wanted for the parts told before it as well."""
    return any(re.search(rf"(?<![\w-]){re.escape(t)}\w*\s+(?:(?:my|his|her|their|the)\s+)?(?:[\w-]+\s+)?{re.escape(w)}\s+"
                         r"(?:too|also|as\s+well)\b", query.text, re.IGNORECASE)
               for t in query.treatment_words for w in query.region_words)


# the question asks of an evaluation or exam itself: "the PT eval", "the initial exam", "the chiro assessment"
_EVALUATION_SAID = re.compile(r"\b(?:eval\w*|exam\w*|assess\w*|consult\w*|initial|intake|new\s+patient)\b", re.IGNORECASE)
_EVALUATION_TITLE = re.compile(r"\b(?:evaluation|eval|assessment|consultation|consult)\b", re.IGNORECASE)


# one item a follow-up carries, named by its whole title at the question's end: "... [the X in case CM17-0005418]"
_ONE_CARRIED = re.compile(r"\[the\s+(?:(?!\s+and\s+the\s+)[^\]])*\s+in\s+case\s+CM\d{2}-\d{7}\]\s*[?.!]*\s*$", re.IGNORECASE)
_MORE_THAN_ONE = re.compile(r"\b(?:both|all|each|every|either|neither|others?|rest|any|them|they|these|those)\b", re.IGNORECASE)


def carried_alone(text: str, treatments: tuple[str, ...]) -> bool:
    """Whether `text` asks of the one item a follow-up carries in brackets at its end and of nothing besides: the words
    before the brackets name no treatment it is not, none in the plural, and no more than one ("both", "the others")."""
    if not (m := _ONE_CARRIED.search(text)):
        return False
    before = text[: m.start()]
    named = find_treatments(before)
    return not _MORE_THAN_ONE.search(before) and all(
        t in treatments and not re.search(r"s$", w, re.IGNORECASE) for t, w in named)


def _titled(text: str, pool: list[Hit]) -> list[Hit]:
    """The hits of `pool` whose whole title (of three words or more) `text` names, in the order named, one per item."""
    low, found = text.lower(), {}
    for h in pool:
        title = h.title.replace("[", "(").replace("]", ")").lower()
        if len(title.split()) >= 3 and (at := low.find(title)) >= 0:
            found.setdefault((h.case_number, h.item_index), (at, h))
    return [h for _at, h in sorted(found.values(), key=lambda pair: pair[0])]


# "both" of two requests ("deny both tests", "were both denied"), not of a pair of body parts or people
_BOTH = re.compile(r"\bboth\b(?!\s+(?:of\s+)?(?:(?:his|her|their|my|the)\s+)?(?:knees|shoulders|hands|wrists|sides|legs|"
                   r"arms|feet|elbows|hips|ankles|eyes|ears|patients|people|letters|cases|of\s+(?:us|them\s+(?:patients|people))|"
                   r"(?:mom|dad|parents|sisters|brothers|workers|men|women|guys|ladies)\b|"
                   # "my mom and dad both had shoulder MRIs": of the people told
                   r"(?:had|have|has|work\w*|went|are)\b))", re.IGNORECASE)


def _care_before_its_evaluation(query: Query, pool: list[Hit]) -> list[Hit]:
    """`pool` with the care itself first when the best item is the evaluation of that care and the
    question says no evaluation word: "the physical therapy, cervical and thoracic spine" is the 6
    sessions, not the "Physical therapy evaluation, cervical and thoracic spine" of the same letter;
    "the back adjustments for the left hip and knee" the 12 chiropractic visits, not the chiropractic
    evaluation. A letter's evaluation is a service of its own: asked of by its name, it comes first."""
    if not pool:
        return pool
    top, said = pool[0], bool(_EVALUATION_SAID.search(query.text))
    if said == bool(_EVALUATION_TITLE.search(top.title)):
        return pool
    # ... and the evaluation first when it is asked of ("why was the PT eval denied?")
    other = [h for h in pool[1:] if h.case_number == top.case_number and set(h.treatments) & set(top.treatments)
             and bool(_EVALUATION_TITLE.search(h.title)) == said and region_fits(query, h)]
    if not other:
        return pool
    return [other[0], *(h for h in pool if h is not other[0])]


def _as_named(query: Query, sets: tuple[str, ...], theirs: list[Hit]) -> list[Hit]:
    """`theirs` (one letter's items of the kinds asked), of each kind only those whose request names the
    words it was asked by, when some do ("the wedge pillow and braces": the wedge pillow, the wrist and
    the elbow braces; not the cervical pillow, nor the lumbar support), or whose body part is said before the word
    ("the back brace and the wrist braces": the lumbar support too)."""
    dropped: set[str] = set()
    kept: set[str] = set()  # named by one word of its kind: "lumbar support and wrist braces" keeps both braces
    for word in query.treatment_words:
        kinds = {t for t, _w in find_treatments(word) if t not in GROUPS} & set(sets)  # "her scans": any scan
        of_kind = [h for h in theirs if kinds & set(h.treatments)]
        named = as_said([h.title for h in of_kind], said_words(query.text, word))
        # ... or whose body part is said right before the word: "back brace" is the lumbar support
        placed = {r for m in re.finditer(rf"\b([\w-]+)\s+{re.escape(word)}", query.text, re.IGNORECASE)
                  for r, _w in find_regions(m.group(1))}
        unnamed = {h.chunk_id for n, h in enumerate(of_kind) if n not in named and not placed & set(h.body_regions)}
        # ... or whose title prints the drug said right before the word: "flurbiprofen cream" is the compound with
        # flurbiprofen, not the other cream of the letter
        unnamed |= {h.chunk_id for h in _drug_before(query.text, word, of_kind)}
        dropped |= unnamed
        if unnamed and len(unnamed) < len(of_kind):  # (a word naming every one of its kind keeps none apart)
            kept |= {h.chunk_id for h in of_kind if h.chunk_id not in unnamed}
    return [h for h in theirs if h.chunk_id not in dropped - kept] or theirs


def _drug_before(text: str, word: str, of_kind: list[Hit]) -> list[Hit]:
    """Of `of_kind`, those whose titles do not print the drug `text` names right before `word` ("flurbiprofen
    cream", "the voltaren gel"), when others do; [] when no drug is said there or no title prints it."""
    out: list[Hit] = []
    for m in re.finditer(rf"\b([A-Za-z][\w-]{{3,}})\s+{re.escape(word)}\b", text, re.IGNORECASE):
        names = drug_names(m.group(1))
        printing = [h for h in of_kind if any(re.search(rf"\b{re.escape(n)}\b", h.title, re.IGNORECASE) for n in names)]
        if printing and len(printing) < len(of_kind):
            out += [h for h in of_kind if h not in printing and h not in out]
    return out


def _said_before(text: str, word: str) -> set[str]:
    """The body regions said right before `word` in `text`, a part of its thing's name: "wrist braces", "cervical
    pillow" (the word read apart as "braces", "pillow")."""
    return {r for m in re.finditer(rf"\b([\w-]+)\s+{re.escape(word)}\b", text, re.IGNORECASE)
            for r, _w in find_regions(m.group(1))}


def _regions_of(query: Query, sets: tuple[str, ...], hit: Hit) -> set[str]:
    """The body regions the question places `hit`'s kind in: those said apart from any thing named, and those
    said within the name of a thing of its kind ("the TENS, the lumbar support and the pillows": the lumbar
    region is the support's, not the pillows'), or said right before it ("her pillows, the lumbar support and the wrist
    braces": the wrist is the braces', not the pillows')."""
    within, own, unplaced = set(), set(), False
    for word in query.treatment_words:
        its_kind = bool({t for t, _w in find_treatments(word)} & set(sets) & set(hit.treatments))
        if regions := {r for r, _w in find_regions(word)} | _said_before(query.text, word):
            within |= regions
            if its_kind:
                own |= regions
        elif its_kind:
            # ... but a word of its kind that names no body part places it nowhere: "tens, lumbar support and braces"
            # (the wrist and elbow braces too, not only the support)
            unplaced = True
    return (set(query.body_regions) - within) | (set() if unplaced else own)


def _covering(sets: tuple[str, ...], hits: list[Hit], cap: int | None = MAX_ITEMS) -> list[Hit]:
    """At most `cap` of `hits` (all when None), each thing named answered before a second of one kind: "were his
    xrays and the CT both turned down? what about the acupuncture" (2 x-rays, a CT, acupuncture) keeps the
    acupuncture, not the second x-ray."""
    first, seen = [], set()
    for h in hits:
        if new := set(sets) & set(h.treatments) - seen:
            first.append(h)
            seen |= new
    return (first + [h for h in hits if h not in first])[:cap] if cap is not None and len(hits) > cap else hits


# "which of her scans was denied because ...?", "which request was turned down for lack of red flags?"
_WHICH = re.compile(r"\bwhich\b", re.IGNORECASE)


def by_reason(engine: Engine, query: Query, chosen: list[Hit], hits: list[Hit]) -> list[Hit]:
    """`chosen`, or, when the question asks which of one letter's items was decided for a reason it
    names ("which of the 54 year old woman's scans was denied because physical therapy was
    helping?"), those of the chosen that the reviewer gave that reason for, or else the letter's
    items (of the treatment asked) that it was given for: the reason picks the item, as a
    treatment would. Unchanged when no item of the letter has that reason."""
    from indexer.reasons import CODES

    asked = asked_reasons(query.text, told=True)
    if not asked or not _WHICH.search(query.text) or len({h.case_number for h in chosen}) != 1:
        return chosen
    wanted = asked | {CODES[c].pairs for c in asked if c in CODES and CODES[c].pairs}
    case = chosen[0].case_number
    items = engine.letter(case).items
    sets = asked_sets(query)

    def gives(hit: Hit) -> bool:
        return 0 < hit.item_index <= len(items) and any(r.code in wanted for r in items[hit.item_index - 1].reasons)

    if any(gives(h) for h in chosen):
        return [h for h in chosen if gives(h)]  # "which of her requests ...": those it was given for
    theirs = [h for h in hits if h.case_number == case and h.item_index > 0 and (not sets or set(sets) & set(h.treatments))]
    giving = list({h.item_index: h for h in reversed(theirs) if gives(h)}.values())[::-1]
    return giving[:MAX_ITEMS] or chosen


# a follow-up about the letter's other item of the kind asked: "And the other pillow?", "what about
# her other one?" (not "the other 6 hours" of a request UR cut, nor other patients or letters)
_THE_OTHER = re.compile(r"\b(?:the|her|his|their|my|your)\s+other\s+(?!(?:patients?|letters?|cases?|people|reviewers?|"
                        r"doctors?|half|part|portion|rest|day|days|hours?|weeks?|sessions?|visits?|pills?)\b)(?:one|ones|[a-z]+)\b",
                        re.IGNORECASE)


def _the_other(top: Hit, hits: list[Hit]) -> list[Hit]:
    """The items of `top`'s letter in `hits` of the narrowest kind `top` shares with some of them: "And the
    other pillow?" after the cervical pillow is the wedge pillow (a pillow; not the TENS unit, another DME),
    "the EMG was denied. and the other one?" the nerve conduction study (a nerve study, not the EMG's kind)."""
    theirs = list({h.item_index: h for h in reversed(hits) if h.item_index > 0 and h.case_number == top.case_number
                   and h.item_index != top.item_index}.values())[::-1]
    for kind in sorted(top.treatments, key=lambda t: len(members(t)) if t in GROUPS else 0):
        if of_kind := [h for h in theirs if kind in h.treatments]:
            return of_kind
    return []


# of the patient or their case named after it: "for the 36 year old stocker", "in CM16-0162840", "for her"
# (a story then "What did IMR decide?" asks of the request the story tells, in words of its own)
_WHOM = (r"\s+(?:for|of|on|in|about|with|regarding)\s+(?:(?:the|my|his|her|their|our|this|that)\s+)?(?:\d{1,3}\b|case\b|CM\d|"
         r"patient|client|claimant|applicant|worker|employee|husband|wife|mom|mother|dad|father|son|daughter|"
         r"sister|brother|him\b|her\b|them\b|me\b|man\b|woman\b|guy\b|lady\b|gentleman\b|older|younger)")
_OF_WHOM = rf"(?={_WHOM})"
# "why was the teachers aide denied?", "why was my husband turned down?": the patient's denials, each
# (not "why was it / the request denied?": one thing; a treatment named is asked of itself)
_WHY_THEM = (r"\bwhy\s+(?:was|were|did|has|have)\s+(?!(?:it|that|this|they)\b)"
             r"(?:(?!(?:requests?|items?|things?|treatments?|ones?)\b)[\w'’-]+\s+){1,6}?(?:get\s+|got\s+|been\s+)?"
             r"(?:denied|turned\s+down|rejected|refused|non-?certified)(?=\s*[?.!]*\s*$)")
WHY_THEM = re.compile(_WHY_THEM, re.IGNORECASE)
MAX_WHY = 5  # a patient's denials asked why: each explained (one finding each), up to this many


def every_item(text: str) -> bool:
    """Whether `text` asks of the patient's requests in general (EVERY_ITEM), or why they were denied
    (WHY_THEM; its readers ask it only when the question names no treatment, as they do EVERY_ITEM)."""
    return bool(EVERY_ITEM.search(text) or WHY_THEM.search(text) or _TOLD_ALONE.match(text))


# a case or a patient told with nothing asked: "CM17-0013625", "the 50 yo woman with neck pain", "the 60 yo man who hit
# his head" (no question word, no verb of deciding, asking or happening, no question mark): the letter's requests, each
_TOLD_ALONE = re.compile(r"^(?!\s*(?:who|whom|whose)\b)(?![^?]*\b(?:why|what|which|how|when|where|was|were|is|are|did|does|do|has|have|had|"
                         r"can|could|should|would|will|get|got|gets|getting|approv\w*|den(?:y|ie)\w*|uph[eo]ld\w*|overturn\w*|"
                         r"decid\w*|happen\w*|ask\w*|request\w*|need\w*|want\w*|sa(?:y|id|ys))\b)[^?]*$", re.IGNORECASE)


# the patient's requests in general, not one of them: "his requests", "anything", "each of them";
# "which request was not upheld?" picks among them by outcome as "which ones" does
EVERY_ITEM = re.compile(r"(?:\b(?:her|his|their|my|your|all|any|which|what|whose)\s+|['’]s\s+)(?:other\s+)?(?:treatments|stuff|services)\b"
                        r"|\b(?:requests|items|issues|things|anything|everything|something|each|all\s+of|any\s+of\s+(?:his|her|their|my|the)"
                        # "60 yo man - did he get any of it?", "... did he get either?": his requests, no thing named
                        r"|any\s+of\s+(?:it|them)|(?:n?either|both)(?:\s+(?:one|of\s+them))?(?=\s*[?.!]|\s*$"
                        # "CM17-0010885 neither was approved right?"
                        r"|\s+(?:(?:was|were|is|are|got|has\s+been|have\s+been)\s+)?(?:approved|denied|upheld|overturned))"
                         # "did they deny both her tests?", "were all his things approved?": the patient's requests when
                         # the plural names no treatment (a treatment named is its own group: service.flows.fitting)
                         r"|(?:both|all|each)\s+(?:of\s+)?(?:his|her|their|my|your)\s+(?:[\w-]+\s+)?[\w-]+s\b"
                         r"|none\s+of|nothing|none|which\s+(?:ones?|request|item|service)|what\s+else"
                         # "CM17-0009887 which of the two was denied?": which of them, no kind named
                         r"|which\s+(?:one\s+)?of\s+(?:the\s+(?:two|three|four|\d)|them|these|those)\b"
                         r"(?!\s+(?!(?:was|is|has|does)\b)[\w-]+s\b)"
                         # "CM16-0231745 - was either item upheld?", "did IMR overturn any request in ...?" (not "any
                         # request for PT": a treatment named is its own group)
                         r"|(?:n?either|any)\s+(?:single\s+)?(?:item|request|issue)(?!\s+(?:for|of|to)\b)"
                         # ... "was there any request for the 52 yo woman that wasn't denied?": the patient told after it
                         r"|any\s+(?:single\s+)?(?:item|request|issue)s?\s+" + PATIENT_AFTER +
                         # "did IMR help her at all?", "did they do anything for him?": whatever was asked for them
                         rf"|{HELPED_AT_ALL}"
                         r"|(?:a\s+single|one)\s+(?:thing|request|item)"  # "not a single thing approved?"
                         # the letter's decision asked final, no request named: "CM17-0005418 is this decision final?"
                         r"|\b(?:is|was)\s+(?:this|that|the)\s+(?:IMR\s+)?(?:decision|determination|ruling)\s+(?:really\s+)?(?:final|binding)\b"
                         # "list only the approved stuff", "CM17-0010885 - list only the denied ones"
                         r"|\bthe\s+(?:approved|denied|overturned|upheld|okayed|rejected|refused|turned[\s-]down)\s+(?:ones|stuff)"
                         # what was asked for: "what was requested for her and what happened?", "what did the 67 yo cook ask for?"
                         r"|what\s+(?:was|were|got|has\s+been|had\s+been)\s+(?:requested|asked\s+for|put\s+in\s+for)"
                         r"|what\s+did\s+(?:[\w'’-]+\s+){1,6}?(?:ask\s+for|request|put\s+in\s+for)(?=\s*[?.!,;]|\s*$|\s+and\b)"
                         # ... "what did IMR not approve for the 40 yo delivery driver?", "what got denied for her?"
                         # (not "what was decided about the ultrasound?": a thing asked about); or closing the
                         # question of a patient described: "the 40 yo construction worker: what got approved?",
                         # "my daughter is 28, what got turned down?" (service.flows.fitting reads it of look-alikes)
                         # ... "which were approved?" (no kind named) the same
                         r"|(?:what|which)\s+(?:(?:did|does|has|have|had)\s+(?:IMR|they|the\s+reviewers?|UR|the\s+adjuster|the\s+insurance)"
                         r"\s+(?:not\s+)?|(?:was|were|got|gets|is|are|has\s+been|have\s+been)\s+(?:not\s+)?"
                         # "the 36 yo stocker, what didn't get approved?"
                         r"|(?:didn['’]?t|did\s+not|wasn['’]?t|weren['’]?t|hasn['’]?t|haven['’]?t)\s+(?:get\s+|got\s+|been\s+)?)"
                         r"(?:turned\s+down|approv|deni|deny|overturn|uphold|upheld|authori[sz]|certif|non-?certif|refus|reject|turn|allow|"
                         r"grant|cover)\w*(?=\s+(?:for|in)\s|\s*[?.!]*\s*$"
                         # ... and why, closing the question: "CM17-0013716 - what was denied and why?"
                         r"|\s*,?\s*(?:and|&)\s+why\s*[?.!]*\s*$"
                         # ... and the other outcome by its negation alone: "what was approved and what wasn't?"
                         r"|\s*,?\s*(?:and|or|vs\.?)\s+(?:what|which)\s+(?:(?:was|were|did|got)(?:n['’]?t|\s+not)|not)\b))\b"
                         # ... the patient as the one who got it: "what did the 35 year old woman get denied?",
                         # "what did she have approved?" (not "what did UR deny?": no one who got it)
                         r"|\bwhat\s+(?:did|does|has|have|had)\s+(?:[\w'’-]+\s+){1,6}?(?:get|have|got|had)\s+(?:not\s+)?"
                         r"(?:approv|deni|overturn|upheld|authori[sz]|certif|non-?certif|refus|reject|turn|allow|grant|cover)\w*"
                         # ... the decision or outcome of the patient's review, no request named: "what is the
                         # IMR decision for the 36 year old stocker", "what did IMR decide for her?", "how did
                         # the cook's case turn out?", "what happened in my husband's IMR?"
                         # (of the patient or the case, not of a thing typed too wrong to be read: "what was the
                         # outcome for the ulrasound in case ...?")
                         r"|\bwhat\s+(?:is|was|were|are)\s+(?:the\s+)?(?:IMR(?:['’]s)?\s+|final\s+)?(?:decisions?|outcomes?|"
                         r"results?|verdicts?|rulings?|determinations?)" + _OF_WHOM +
                         r"|\bwhat\s+(?:did|does|has)\s+(?:IMR|they|the\s+(?:IMR\s+)?reviewers?)\s+(?:decide|rule|conclude)" + _OF_WHOM +
                         r"|\bhow\s+did\s+(?:the|his|her|my|their)\s+(?:[\w'’-]+\s+){0,5}?(?:case|IMR|review|appeal|claim)\s+"
                         r"(?:turn\s+out|go|end\s+up)\b"
                         r"|\bwhat\s+happened\s+(?:in|with|to)\s+(?:the|his|her|my|their)\s+(?:[\w'’-]+\s+){0,5}?"
                         r"(?:case|IMR|review|appeal|claim)\b"
                         # ... closing the question of a case or a patient told, no request named: "CM17-0015198 - what
                         # happened?", "the 37 yo woman with the pillows, what happened to her and why?"
                         r"|\bwhat\s+happened(?:\s+(?:here|there|to\s+(?:him|her|them|me|us)))?(?:\s*,?\s*(?:and|&)\s+why)?\s*[?.!]*\s*$"
                         # ... "my wife is 50, hit in the face at work - what did IMR decide?" (closing it as "what happened?")
                         r"|\bwhat\s+(?:did|has)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?)\s+(?:decide|rule|conclude)\s*[?.!]*\s*$"
                         # "did IMR agree with UR about the 67 year old cook?", "any approvals for the 35yo cook?"
                         r"|\b(?:did|does|has)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|they)\s+(?:agree|side|go\s+along)\s+with\s+"
                         # (of the patient named after it: "did IMR side with UR?" after the ultrasound told is the ultrasound's)
                         r"(?:UR|utili[sz]ation\s+review|the\s+(?:adjuster|insurance|insurer|carrier|UR\s+denials?|denials?))"
                         + f"(?={_WHOM})"
                         # "my wife is 41. what went through for her?": what the patient got, of every request
                         r"|\bwhat\s+(?:else\s+)?(?:all\s+)?(?:went|got|has\s+gone|have\s+gone)\s+through\b"
                         r"|\bany\s+(?:approvals?|denials?|wins?|luck|good\s+news|overturns?)\b"
                         # "tell me about CM17-0013625", "summarize the 60 yo man's case"
                         r"|^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:tell\s+me\s+(?:about|of)|summari[sz]e|describe)\b"
                         # "for CM16-0231745 list every request and decision", "what was decided in CM16-0231745?"
                         r"|\bevery\s+(?:single\s+)?(?:request|item|issue|treatment|service|decision|thing)\b"
                         r"|\bwhat\s+(?:was|were|got|has\s+been|have\s+been)\s+decided\b(?=\s+(?:in|for|on)\s+(?:CM\d|case|the\s+case|"
                         r"his|her|their|my|him|them)|\s*[?.!]*\s*$)"
                         # "the mechanic lady, 23 - all denied?", "were they all approved?"
                         r"|\ball\s+(?=(?:got\s+|were\s+|been\s+)?(?:denied|approved|upheld|overturned|turned\s+down|rejected|refused|"
                         r"authori[sz]ed|covered)\b)", re.IGNORECASE)


# a claim about every one of the patient's requests: "none of them", "nothing", "all of his requests", "both"
ALL_OF_THEM = re.compile(r"\b(?:none|nothing|neither|both|everything|all\s+of|all\s+(?:his|her|their|my|the)\s+requests|every|"
                          r"all(?=\s+(?:got\s+|were\s+|been\s+)?(?:denied|approved|upheld|overturned|turned\s+down|rejected|refused))|"
                          r"not\s+(?:a\s+single|one)\s+(?:thing|request|item))\b",
                          re.IGNORECASE)


def claims_all(query: Query) -> bool:
    """Whether the question claims one outcome of every item asked of, to confirm, not why ("none of his
    requests were denied?", "nothing was approved for her, right?"; not "why was none of it approved?"):
    a correction of them all is its no, and their having it all its yes."""
    m = ALL_OF_THEM.search(query.text) if query.premise and not query.why else None
    if not m:
        return False
    # ... not told in a clause the question asks something else after ("After IMR reversed UR on both
    # of the 57 year old's back injections, were they done on the same day?")
    sentence = query.text[max(query.text.rfind(p, 0, m.start()) for p in ".?!;") + 1:]
    return not _TOLD_BEFORE.match(sentence)


_TOLD_BEFORE = re.compile(r"^\s*(?:after|when|whenever|since|once|because|as|if|though|although|while|given\s+that|now\s+that)\b",
                          re.IGNORECASE)


# ingredients joined by slashes, as a compounded cream is named: "flurbiprofen/dextromethorphan/lidocaine"
_SLASHED = re.compile(r"[A-Za-z][\w-]*(?:\s?/\s?[A-Za-z][\w-]*)+")


def _one_compound(query: Query, sets: tuple[str, ...], top: Hit) -> bool:
    """Whether the treatments named are the ingredients of one compounded item, the top one: the
    question joins them with slashes in one word, as the top item's heading does ("Why was the
    flurbiprofen/dextromethorphan/lidocaine denied?"), of three ingredients or more when the
    heading joins three (a misspelt one tolerated), else each one in the heading. Its letter's
    other cream sharing an ingredient, and its naproxen (an NSAID, as flurbiprofen), are other
    requests; "naproxen/pantoprazole", which no heading joins, names two."""
    if not sets:
        return False
    words = [w.lower() for w in query.treatment_words]
    heading = top.request.lower()
    compound = sum(bool(re.search(r"[a-z]{3}", part)) for part in heading.split("/"))  # "Hydrocodone/APAP 10/325": 2
    for token in _SLASHED.findall(query.text):
        parts = [p.strip().lower() for p in token.split("/")]
        named = sum(p in heading for p in parts)
        if all(any(w in p for p in parts) for w in words) and (
                named == len(parts) or (len(parts) >= 3 and compound >= 3 and named >= 2)):
            return True
    return False


def _in_context(engine: Engine, query: Query, sets: tuple[str, ...], pool: list[Hit]) -> list[Hit]:
    """The items of letters that also decide the other treatments the question names ("the post-op
    PT ... when the surgery itself was turned down": the PT of a letter with a surgery), when
    some are; else `pool`. A group of the treatment asked ("opioid" for Norco) is no other one."""
    context = {t for t in query.treatments if t not in sets and not any(s in members(t) for s in sets)}
    context |= set(query.story_treatments)
    if not context:
        return pool
    # ... of the letters that may be the patient described: a treatment of the story ("she was doing chiro") is no
    # reason to answer about a letter whose age or sex contradicts the description
    cases = {h.case_number for h in pool} - contradicting(engine, query, {h.case_number for h in pool})
    with_context = {case for case in cases
                    if any(context & set(treatments) for _n, _t, _d, treatments, _r in case_items(engine, case))}
    return [h for h in pool if h.case_number in with_context] or pool


# a count said right before the things asked: "my two creams", "her 3 lidocaine creams" (not "2 times a week")
_COUNT = r"(?:two|three|four|five|six|[2-6])"


def _counted(query: Query) -> bool:
    """Whether a thing asked in the plural is counted, two or more: "they turned down my two creams"."""
    return any(w.lower().endswith("s") and re.search(rf"(?<![\w.#/-]){_COUNT}\s+(?:[\w'’-]+\s+)?{re.escape(w)}(?![\w-])",
                                                     query.text, re.IGNORECASE) for w in query.treatment_words)


def _plural(query: Query) -> bool:
    """Whether a thing asked is named in the plural ("her creams", "which of her medications"), or a mass of them
    quantified ("none of the 37 yo woman's equipment", "all of his medication")."""
    return any(w.lower().endswith("s") or re.search(
        rf"\b(?:none|all|any|each|every|some|most)\s+of\s+(?:[\w'’-]+\s+){{0,5}}?{re.escape(w)}(?![\w-])", query.text,
        re.IGNORECASE) for w in query.treatment_words)


# which one of a kind had an outcome: "CM17-0005418 which injection was worse?", "which knee MRI got denied?"
_WHICH_KIND = re.compile(r"\bwhich\s+(?P<kind>(?:[\w/-]+\s+){1,3}?)(?:was|got|is|did|had|has)\b", re.IGNORECASE)


def _which_of_kind(query: Query) -> bool:
    """Whether the question asks which one of the kind it names had an outcome ("which injection was worse?"): every
    item of that kind in the letter is asked, each said with its decision, not the best one alone."""
    return any(any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", m.group("kind"), re.IGNORECASE)
                   for w in query.treatment_words) for m in _WHICH_KIND.finditer(query.text))


def _alike(query: Query, hit: Hit, top: Hit) -> bool:
    """Whether `hit` answers the question as well as `top` does: the same treatment sets, a body
    region asked about (if any), and as many of the question's own words in its heading."""
    sets = asked_sets(query)
    if sets and not (set(sets) & set(hit.treatments) and set(hit.treatments) == set(top.treatments)):
        return False
    typed = typed_tokens(query)
    if not sets and hit.title.split()[:2] != top.title.split()[:2] and not (
            # ... or, named by a word no treatment set stands for, of the same set and named by it as well: "CM.. exam
            # denied?" of a letter's "Initial exam" and "Physical exam 2 times 8"
            hit.treatments and set(hit.treatments) == set(top.treatments) and typed_overlap(typed, hit.request) > 0):
        return False
    # ... a body part the story tells is where the patient hurts, no condition on the things asked in the
    # plural ("who hurt her arm running a sewing machine - were the pain creams approved?": both creams);
    # one thing asked is the one it names ("the 33 yo guy who smashed his hand - was his MRI denied": the hand's)
    if query.body_regions and not (query.regions_told and _plural(query)) and not set(query.body_regions) & set(hit.body_regions):
        return False
    if query.levels and (named := levels(hit.request)) and not named & set(query.levels):
        return False  # "the L5 TFESI" is not the L4 one
    return typed_overlap(typed, hit.request) >= typed_overlap(typed, top.request) - 0.05
