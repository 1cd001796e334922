"""The scope of a question: every item of the treatment sets (and body regions) it names, of the
letters whose reviewer has the specialty it names, under the client's filters (not the decision).

A list, pattern or count answer reads the items themselves (`scope`); the item flow only asks
whether there are any (`scope_exists`) or how many of each decision (`scope_counts`), which are
answered from the catalog's indexes without reading the items' rows.

The items are found from the treatment sets' index (item_treatments(treatment, item_id)), each
one checked for the regions asked about in item_regions' primary key, before the item's own row is
read: at 1M chunks a treatment set has up to 86k items, and checking every item of the catalog
(477k) instead took 120-200 ms a scope.
"""

from __future__ import annotations

import re

import msgspec

from indexer.taxonomy import find_regions
from indexer.terms import tokens
from indexer.treatments import GROUPS, LABELS, find_treatments, members
from service.asking import TOLD_BACK
from service.confirm import CLAIM_CONFIRMED
from service.drugs import unsetted_names
from service.engine import Engine
from service.filters import item_condition
from service.outcomes import WORD
from service.referral_to import referral_to
from service.reviewers import alternatives
from service.topic import GENERIC
from service.understand import Query


class ScopeItem(msgspec.Struct, frozen=True):
    case_number: str
    item_index: int
    request: str
    title: str
    decision: str
    decision_date: str
    codes: tuple[str, ...]


class Scope(msgspec.Struct, frozen=True):
    """Every item the question is about (its treatment and regions, under the client's filters)."""

    items: tuple[ScopeItem, ...]
    label: str  # "lumbar MRI", in words
    treatments: tuple[str, ...]
    regions: tuple[str, ...]
    qualifier: str = ""  # the word before the treatment that narrowed its items ("positional" MRIs), '' if none

    def with_decision(self, decision: str) -> list[ScopeItem]:
        return [i for i in self.items if i.decision == decision]

    def counts(self) -> dict[str, int]:
        up = sum(1 for i in self.items if i.decision == "Upheld")
        return {"total": len(self.items), "Upheld": up, "Overturned": len(self.items) - up}


class Where(msgspec.Struct, frozen=True):
    """A scope's SQL condition on `items AS i`, with what its answer says about it. `sets_sql`
    selects the ids (`t.item_id`) of the items of the treatment sets asked about, in the regions
    asked about ('' when the question names no set); `rest` is the other conditions on `i`."""

    sets_sql: str
    sets_params: list
    rest: str
    rest_params: list
    label: str
    treatments: tuple[str, ...]
    regions: tuple[str, ...]

    @property
    def sql(self) -> str:
        return f"{self.rest} AND i.id IN ({self.sets_sql})" if self.sets_sql else self.rest

    @property
    def params(self) -> list:
        return [*self.rest_params, *self.sets_params]


def listing_filters(s: Scope | Where, decision: str | None, filters: dict[str, object]) -> dict[str, str]:
    """The filters that list every item a scope's answer covers (Search or Browse): the client's own
    filters, the treatment and region when there is one of each, and the decision."""
    out = {k: str(v) for k, v in filters.items() if isinstance(v, (str, int)) and not isinstance(v, bool) and k != "decision"}
    if len(s.treatments) == 1:
        out["treatment"] = s.treatments[0]
    if len(s.regions) == 1:
        out["body_region"] = s.regions[0]
    if decision:
        out["decision"] = decision
    return out


def asked_sets(query: Query) -> tuple[str, ...]:
    """The treatment sets a question names: its specific ones, or, when it names only groups, the
    narrowest of them ("opioid" rather than "medication", which includes it)."""
    specific = tuple(t for t in query.treatments if t not in GROUPS)
    if specific and (group := _exemplified(query.text, specific)):
        return group
    if specific and (form := _made_with(query.text, specific)):
        return form
    groups = [t for t in query.treatments if t in GROUPS]
    if specific:
        # a group named beside them that is none of theirs is asked too: "his diclofenac and his
        # muscle relaxer" (not "medication", nor "the Norco pain pills": the groups they belong to)
        # ... and a kind named by a word of its own, that no treatment named belongs to: "the tens
        # machine or the shoulder scan" asks of a scan too
        # ... and one asked after them, in a second question of its own: "was her celecoxib denied, and the
        # (liquid) meds?" (her other medications too, not the NSAID alone)
        return specific + tuple(g for g in _narrowest(groups)
                                if (not any(s in members(g) or s == g for s in specific) or _asked_after(query.text, g)
                                    # ... or claimed or asked of by its own word apart from theirs: "her celebrex approved
                                    # and the liquid medicines turned down, right?" (service.kind_named)
                                    or g in _UMBRELLAS and (_decided_alone(query, g) or _all_told(query, g)))
                                and (g not in _UMBRELLAS or _named_alone(query, g) or _decided_alone(query, g)
                                     or _asked_after(query.text, g) or _all_told(query, g)
                                     or _listed(query, g)))
    return _narrowest(groups)


def _named_alone(query: Query, kind: str) -> bool:
    """Whether a word of the question names `kind` and nothing narrower ("scan": imaging, "shots":
    injections); a surgery, meds or equipment named alone more often tell the patient's story
    ("after his shoulder surgery", "he's on meds")."""
    return kind in _ASKED_ALONE and any({s for s, _ in find_treatments(w)} == {kind} for w in query.treatment_words)


# a second thing asked at the end, with no outcome word of its own: "..., and the meds?", "and the liquid meds?"
_AND_THE_LAST = re.compile(r"(?:,|;|\s[-\u2013\u2014])\s*(?:and|what\s+about|how\s+about|plus)\s+(?:(?:the|his|her|my|their|our|"
                           r"all\s+the|any\s+of\s+the)\s+)?(?P<rest>[^,;?.!]{1,40}?)\s*\??\s*$", re.IGNORECASE)


def _asked_after(text: str, kind: str) -> bool:
    """Whether the question ends asking of `kind` by a word naming it and nothing narrower, in a second
    question of its own ("was the 40 yo woman's celecoxib denied, and the meds?")."""
    m = _AND_THE_LAST.search(text)
    return bool(m) and {t for t, _w in find_treatments(m.group("rest"))} == {kind}


# one of a list of things asked: "the shoulder brace, the PT and the surgery - which were denied?", "the surgery,
# the ice machine and the pre-op clearance" (not the story: "the PT after his surgery and the brace")
# (a body part may stand between: "his shoulder surgery, his brace, his ice machine")
_LISTED = (r"(?:,|\band\b|&|\+)\s*(?:the|his|her|my|their)\s+(?:{part}\s+)?{word}(?![\w-])"
           r"|(?:\b(?:the|his|her|my|their)|[\w-]+['\u2019]s)\s+(?:{part}\s+)?{word}\s*(?:,|\band\b|&|\+)\s*(?:the|his|her|my|their)\s")
_PART = r"[\w-]+"  # (a body part's word: checked by find_regions)
# ... or typed bare, its articles dropped, beside a comma and another thing asked: "63 yo man shoulder surgery,
# clearance, brace - what was decided?" (the neighbour is checked to name a treatment: not "after surgery, he ...")
# ... or joined to the next thing by "and" ("the 63 yo man's surgery and pre-op clearance, were both turned down?")
_BARE_LISTED = (r"(?<![\w-]){word}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|&|\+)\s+)"
                r"(?!(?:the|his|her|my|their|our|a|an|he|she|they|it|i|we)\b)"
                r"(?P<after>[\w-]+(?:\s+[\w-]+)?)"
                r"|(?P<before>[\w-]+)\s*,\s*(?:and\s+|or\s+)?(?:{part}\s+)?{word}(?![\w-])")
_CLAUSE_BREAK = re.compile(r"[.;:?!]\s|\s[-\u2013\u2014]+\s")
_STORY_BEFORE = re.compile(r"\b(?:after|for|following|since|from|before|with|post|s/p)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _listed(query: Query, kind: str) -> bool:
    """Whether a word naming `kind` and nothing narrower is one of a list of things asked (`_LISTED`), not
    said after a word of the story ("after his surgery")."""
    for w in query.treatment_words:
        if {s for s, _ in find_treatments(w)} != {kind}:
            continue
        bare = [m for m in re.finditer(_BARE_LISTED.format(word=re.escape(w), part=_PART), query.text, re.IGNORECASE)
                if _names_another(m.group("after") or m.group("before"), w, query.treatment_words)]
        for m in [*re.finditer(_LISTED.format(word=re.escape(w), part=_PART), query.text, re.IGNORECASE), *bare]:
            between = re.search(rf"\b(?:the|his|her|my|their)\s+([\w-]+)\s+{re.escape(w)}", m.group(0), re.IGNORECASE)
            if between and not find_regions(between.group(1)):
                continue  # ("the liquid meds": a word of its own, no body part)
            at = query.text.lower().find(w.lower(), m.start())
            clause = _CLAUSE_BREAK.split(query.text[:at])[-1]
            # ... a list with no decision said of it in its clause: "UR denied the surgery and the brace" tells the story
            if not _STORY_BEFORE.search(query.text[:at].rstrip().rsplit(" ", 1)[0] + " ") and not WORD.search(clause):
                return True
    return False


def _names_another(words: str, word: str, asked: tuple[str, ...]) -> bool:
    """Whether `words` (a neighbour in a list) name a treatment, or hold another thing the question names
    ("clearance", read as the pre-op clearance where it stands)."""
    low = words.lower()
    return bool(find_treatments(words)) or any(a.lower() != word.lower() and re.search(rf"(?<![\w-]){re.escape(a.lower())}(?![\w-])", low)
                                               for a in asked)


_ASKED_ALONE = frozenset({"imaging", "injection"})
# a question of its own about the kind named alone: "was the surgery approved? and the PT after?"
# (its subject, a few words from the opening: not "why were the post-op PT sessions approved ... when the
# surgery itself was turned down?")
# ... its owner told by age between ("was the 63 year old's shoulder surgery denied? and the brace?"), all (so many)
# of them first ("were all 6 of the 37 yo woman's DME items denied, or did she get the TENS?")
_ITS_OWN_QUESTION = (r"(?:^|[.;?!]\s+|\s[-\u2013\u2014:]\s+)(?:why\s+)?(?:was|were|is|are|did|has|had)\s+"
                     r"(?:(?:all|both|each|every\s+one)\s+(?:\d{{1,2}}\s+)?of\s+)?(?:(?:the|my|his|her|our)\s+\d{{1,3}}[\s-]*(?:years?[\s-]*old|yo|y/o|yr)(?:\s+(?:man|woman|guy|lady|"
                     r"male|female))?['\u2019]s\s+)?(?:[\w'/-]+\s+){{0,4}}?"
                     r"{word}\s+(?:[\w'/-]+\s+){{0,3}}?(?:{outcome})\b[^.;?!]*\?")


# ... or typed as a thing, a dash and its outcome asked: "the 63 year old's shoulder surgery - denied? and the sling?"
_ITS_OWN_TERSE = r"(?<![\w-]){word}(?:\s+[\w'/]+){{0,2}}\s*[-\u2013\u2014:]+\s*(?:(?:was|were|is)\s+(?:it|they)\s+)?(?:{outcome})\s*\?"
# ... or typed bare, a thing and its outcome as a sentence of their own: "CM17-0006797 - shoulder surgery denied? what
# about the PT after?", "the 63 yo man's shoulder surgery denied? and the ice machine?"
_ITS_OWN_BARE = (r"(?:^|[.;?!]\s+|[-\u2013\u2014:]\s*)(?:[\w'’/-]+\s+){{0,5}}?{word}(?:\s+[\w'/]+){{0,2}}?\s+(?:{outcome})\s*\?")
# ... or a statement to confirm that claims its outcome: "surgery denied, brace approved, right?"
_ITS_OWN_CLAIM = r"(?<![\w-]){word}\s+(?:(?:was|were|is|are|got|has\s+been)\s+)?(?:{outcome})\b"
# ... the outcome said before it: "they approved the surgery but not the brace, right?", "IMR denied his surgery and
# approved the PT, correct?" (not utilization review's: "UR denied the surgery, right?" tells the story)
_ITS_OWN_CLAIM_AFTER = r"\b(?:{outcome})\s+(?:(?:the|his|her|my|their|our)\s+)?{word}(?![\w-])"
# ... or told apart from a thing whose outcome is said: "they okayed the MRIs but not the pills?" (the other outcome
# for the pills, service.premises._but_not)
_NOT_AFTER_OUTCOME = (r"\b(?:{outcome})\b[^.;?!]*?\b(?:but|and)\s+not\s+(?:(?:the|his|her|my|their|our)\s+)?"
                      r"{word}(?![\w-])")
_UR_BEFORE = re.compile(r"\b(?:UR|utili[sz]ation\s+review|adjuster|insurer|insurance(?:\s+company)?|carrier|claims?\s+"
                        r"administrator|employer)(?:\s+(?:had|has|have|first|initially|originally))?\s*$", re.IGNORECASE)


def _bare_decided(text: str, word: str) -> bool:
    """Whether `word` is asked in a sentence of its own typed bare, the thing and its outcome ("shoulder surgery
    denied?"), no question word nor verb before it (not "why was the PT after the surgery denied?")."""
    m = re.search(_ITS_OWN_BARE.format(word=re.escape(word), outcome=WORD.pattern), text, re.IGNORECASE)
    return bool(m) and not re.search(r"\b(?:why|how|what|which|when|who|was|were|is|are|did|does|do|has|had|after|before|"
                                     r"for|with|post)\b", m.group(0)[: m.group(0).lower().find(word.lower())], re.IGNORECASE)


def _decided_alone(query: Query, kind: str) -> bool:
    """Whether a word naming `kind` and nothing narrower is asked in a question of its own, with its
    outcome word ("the 41 yo lady - was the surgery approved? and the PT after?"), or claimed in a
    statement to confirm ("surgery denied, brace approved, right?"): not the story."""
    claim = bool(CLAIM_CONFIRMED.search(query.text) or TOLD_BACK.search(query.text))
    return any({s for s, _ in find_treatments(w)} == {kind} and (re.search(
        _NOT_AFTER_OUTCOME.format(word=re.escape(w), outcome=WORD.pattern), query.text, re.IGNORECASE) or re.search(
        _ITS_OWN_QUESTION.format(word=re.escape(w), outcome=WORD.pattern), query.text, re.IGNORECASE) or re.search(
        _ITS_OWN_TERSE.format(word=re.escape(w), outcome=WORD.pattern), query.text, re.IGNORECASE) or _bare_decided(query.text, w)
        or (claim and (re.search(
            _ITS_OWN_CLAIM.format(word=re.escape(w), outcome=WORD.pattern), query.text, re.IGNORECASE) or _claimed_after(query.text, w))))
        for w in query.treatment_words)


# every one of a kind told beside another thing: "the celebrex and all those liquid medicines", "her celebrex and all her
# meds" (a word between: its form); not the patient told by them ("the woman with all the liquid meds") nor what UR
# denied ("UR denied all of the liquid meds, but IMR approved the Celebrex?")
_ALL_OF = (r"\b(?:and|plus|&)\s+(?:all|both|each\s+of)\s+(?:(?:of\s+)?(?:the|those|these|her|his|my|their|our)\s+)?"
           r"(?:[a-z-]+\s+)?{word}\b")


def _all_told(query: Query, kind: str) -> bool:
    """Whether a word naming `kind` and nothing narrower is told with "all" after another thing ("they denied the
    celebrex and all those liquid medicines"): every request of the kind, not the patient's story ("he's on meds")."""
    return any({s for s, _ in find_treatments(w)} == {kind} and re.search(_ALL_OF.format(word=re.escape(w)), query.text,
                                                                         re.IGNORECASE)
               for w in query.treatment_words)


def _claimed_after(text: str, word: str) -> bool:
    """Whether a statement to confirm claims IMR's outcome of `word` with the outcome said first ("they
    approved the surgery but not the brace, right?"), not utilization review's."""
    return any(not _UR_BEFORE.search(text[: m.start()])
               for m in re.finditer(_ITS_OWN_CLAIM_AFTER.format(word=re.escape(word), outcome=WORD.pattern), text, re.IGNORECASE))


_UMBRELLAS = frozenset({"medication", "dme", "injection", "imaging", "surgery"})  # the kinds, not a treatment named


def _narrowest(groups: list[str]) -> tuple[str, ...]:
    return tuple(g for g in groups if not any(other != g and other in members(g) for other in groups))


# "Celebrex-type pills", "Flexeril-like drugs", "Celebrex type meds": the drug stands for its class
_OF_ITS_TYPE = r"(?:[\s-]?(?:type|class|style)|-like)(?!\w)"


def _by_name(query: Query) -> tuple[str, ...]:
    """The names of the drugs a question narrows its sets by (service.drugs.unsetted_names: "is
    Celebrex ever approved?" is celecoxib's requests, not every NSAID's); () when the question names
    a drug as an example of its type ("Celebrex-type pills": every NSAID)."""
    if any(re.search(rf"(?<![\w-]){re.escape(word)}{_OF_ITS_TYPE}", query.text, re.IGNORECASE)
           for word in query.treatment_words):
        return ()
    return unsetted_names(query.treatment_words)


# "muscle relaxants like baclofen", "injections such as an ESI": the drugs or procedures named after
# the class are examples of it; the class is asked
_EXAMPLES = re.compile(r"\b(?:like|such\s+as|e\.g\.|including|for\s+example)[\s,:]+", re.IGNORECASE)


def _exemplified(text: str, specific: tuple[str, ...]) -> tuple[str, ...]:
    """The group a question names right before examples of it ("muscle relaxants like baclofen";
    "oral suspensions like Fanatrex": medications in that form), when every specific treatment it
    names is among the examples and is a member of the group; () otherwise."""
    m = _EXAMPLES.search(text)
    if not m:
        return ()
    before = find_treatments(text[: m.start()])
    if not before and LIQUID.search(text[: m.start()]):
        # "oral suspensions like Fanatrex or Tabradol": the drugs of that form (where() keeps the form)
        before = [("medication", "")]
    if not before or any(t not in GROUPS for t, _w in before):
        return ()
    groups = _narrowest([t for t, _w in before])
    after = {t for t, _w in find_treatments(text[m.end():])}
    if set(specific) <= after and all(any(t in members(g) for g in groups) for t in specific):
        return groups
    return ()


# a drug to swallow as a liquid (compounded oral suspensions: "Fanatrex 25mg/ml oral suspension"),
# a form no treatment set names: asked of a class ("medications prescribed as oral suspensions")
LIQUID_WORDS = ("suspension", "syrup", "elixir", "oral solution", "liquid")
LIQUID = re.compile(r"\b(?:oral\s+)?(?:suspensions?|syrups?|elixirs?|oral\s+solutions?|liquids?)\b", re.IGNORECASE)


# evaluations and exams of a kind of care, asked as such ("PT evals", "initial exams", "evaluation
# visits"), not a study's own word ("the MRI exam")
EVALUATION_WORDS = ("evaluat", "initial exam", "new patient exam", "assessment")  # of the request's title
EVALUATIONS = re.compile(r"\b(?:evals|evaluations|exams|examinations|assessments)\b|\bevaluation\s+visits?\b"
                         r"|\b(?:PT|therapy|chiro\w*|initial|psych\w*|acupuncture)\s+(?:evals?|evaluations?|exams?|assessments?)\b",
                         re.IGNORECASE)


# "pain creams with lidocaine or flurbiprofen", "gels containing diclofenac": the drugs a topical is made
# with are its ingredients, not oral drugs asked about too; the topical set is asked
_MADE_WITH = re.compile(r"\b(?:with|containing|that\s+contains?|made\s+(?:with|of)|compounded\s+with)\s+", re.IGNORECASE)


def _made_with(text: str, specific: tuple[str, ...]) -> tuple[str, ...]:
    """("topical",) when the question names a topical and then, after "with" or "containing", every
    other treatment it names; () otherwise."""
    if "topical" not in specific or len(specific) < 2:
        return ()
    for m in _MADE_WITH.finditer(text):
        before = {t for t, _w in find_treatments(text[: m.start()])}
        after = {t for t, _w in find_treatments(text[m.end():])}
        if "topical" in before and set(specific) - {"topical"} <= after - before:
            return ("topical",)
    return ()


def _marks(values) -> str:
    return ",".join("?" * len(values))


def _regioned(regions: tuple[str, ...], name: str) -> str:
    """`name` of the requests with the body regions asked before it, unless it opens with the one region already
    ("shoulder" and "Shoulder surgery (rotator cuff, ...)": "Shoulder surgery (...)", never "shoulder Shoulder surgery")."""
    if len(regions) == 1 and name.lower().startswith(f"{regions[0].lower()} "):
        return name.strip()
    return " ".join([" or ".join(regions), name]).strip()


def regions_placed(text: str, sets) -> dict[str, frozenset[str]]:
    """Of several treatment sets asked (`sets`), those a body part is told at ("back supports", "the neck MRI", "PT for
    the knee"), each with its regions; {} when one set is asked or none is told at a part. A part told at one thing
    asked is not every thing's: "pillows and back supports" asks of pillows for any part."""
    if len(sets) < 2:
        return {}
    out: dict[str, set[str]] = {}
    first: tuple[int, str] | None = None
    for treatment, words in find_treatments(text):
        if treatment not in sets:
            continue
        at = text.lower().find(words.lower())
        first = min(first, (at, treatment)) if first else (at, treatment)
        # the part inside the words that name it ("back supports"), or said right before them ("the neck MRI"); not a
        # part after a list ("PT and chiro for the low back": both for the back)
        m = re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.IGNORECASE)
        before = _BEFORE_PART.search(text[: m.start()]) if m else None
        out.setdefault(treatment, set()).update({r for r, _w in find_regions(words)}
                                                | ({r for r, _w in find_regions(before.group(1))} if before else set()))
    placed = {t: frozenset(r) for t, r in out.items() if r}
    # ... a part said before the first thing of a list is all of theirs: "low back PT and chiro", "neck MRIs and acupuncture"
    return {} if first is None or first[1] in placed else placed


# the one or two words right before a treatment's words, no joining or article word among them ("the low back | MRI")
_BEFORE_PART = re.compile(r"(?:^|[\s(])((?:(?!(?:and|or|with|plus|the|a|an|his|her|their|my|of|for|on|to)\b)[\w/-]+\s+){1,2})$",
                          re.IGNORECASE)


def where(query: Query, filters: dict[str, object], *, regions: bool = True, regionless: bool = False) -> Where | None:
    """The condition selecting a scope's items (None when the question names neither a treatment
    set nor a reviewer specialty); the decision filter is left out. `regionless`: an item of the
    sets that names no body part counts as of the regions asked (a post-operative cold therapy unit
    is the shoulder surgery's)."""
    sets = asked_sets(query)
    if not sets and not query.reviewer:
        return None
    rest, rest_params = item_condition({k: v for k, v in filters.items() if k != "decision"})
    used_regions = tuple(query.body_regions) if regions else ()
    sets_sql, sets_params = "", []
    placed = regions_placed(query.text, sets) if used_regions else {}
    if sets and placed and set(placed) != set(sets):
        # "do pillows and back supports usually get denied?": the back is the supports', the pillows of any part
        free = [t for t in sets if t not in placed]
        sets_sql = (f"SELECT t.item_id FROM item_treatments t WHERE t.treatment IN ({_marks(free)}) OR (t.treatment IN "
                    f"({_marks(list(placed))}) AND ({'NOT EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = t.item_id) OR ' if regionless else ''}"
                    f"EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = t.item_id AND r.region IN ({_marks(used_regions)}))))")
        sets_params = [*free, *placed, *used_regions]
    elif sets:  # "knee or shoulder arthroscopy": any of the regions named
        sets_sql = f"SELECT t.item_id FROM item_treatments t WHERE t.treatment IN ({_marks(sets)})"
        sets_params = [*sets]
        if used_regions:
            sets_sql += (f" AND ({'NOT EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = t.item_id) OR ' if regionless else ''}"
                         f"EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = t.item_id AND r.region IN "
                         f"({_marks(used_regions)})))")
            sets_params.extend(used_regions)
    if sets and (names := _by_name(query)):
        # "is Celebrex ever approved?": celecoxib requests, not every NSAID
        rest += " AND (" + " OR ".join(["i.request LIKE ?"] * len(names)) + ")"
        rest_params = [*rest_params, *(f"%{n}%" for n in names)]
    if sets and query.story_treatments and query.kind in ("pattern", "list"):
        # "when the surgery is denied, what happens to the post-op brace?": the items of letters
        # that also decide the context's treatment (a surgery), not every brace
        context = [*query.story_treatments]
        rest += (" AND EXISTS (SELECT 1 FROM items j JOIN item_treatments c ON c.item_id = j.id WHERE "
                 f"j.letter_id = i.letter_id AND j.id != i.id AND c.treatment IN ({_marks(context)}))")
        rest_params = [*rest_params, *context]
    if sets and EVALUATIONS.search(query.text):
        # "why do evaluation visits get denied - initial exams, PT evals, chiro evals?": those requests only
        rest += " AND (" + " OR ".join(["i.title LIKE ?"] * len(EVALUATION_WORDS)) + ")"
        rest_params = [*rest_params, *(f"%{w}%" for w in EVALUATION_WORDS)]
    if sets and LIQUID.search(query.text):
        # "medications prescribed as oral suspensions": the drugs of that form only
        rest += " AND (" + " OR ".join(["i.request LIKE ?"] * len(LIQUID_WORDS)) + ")"
        rest_params = [*rest_params, *(f"%{w}%" for w in LIQUID_WORDS)]
    referral = bool(sets) and referral_to(sets, query.treatment_words, query.text)
    if referral:  # "any chiropractor referral approved?": the referrals to that care, not its treatment sessions
        rest += " AND EXISTS (SELECT 1 FROM item_treatments c WHERE c.item_id = i.id AND c.treatment = 'consultation')"
    if query.reviewer:
        named = alternatives(query.reviewer)  # ("neuro": either specialty)
        rest += (" AND EXISTS (SELECT 1 FROM letters l WHERE l.id = i.letter_id AND ("
                 + " OR ".join(["l.reviewer_specialty LIKE ?"] * len(named)) + "))")
        rest_params = [*rest_params, *(f"%{n}%" for n in named)]
    if used_regions and not sets:
        rest += f" AND EXISTS (SELECT 1 FROM item_regions r WHERE r.item_id = i.id AND r.region IN ({_marks(used_regions)}))"
        rest_params = [*rest_params, *used_regions]
    label = _regioned(used_regions, " / ".join(LABELS.get(s, s) for s in sets))
    if sets and placed and set(placed) != set(sets):
        label = " / ".join(_regioned(used_regions, LABELS.get(s, s)) if s in placed else LABELS.get(s, s) for s in sets)
    if sets and _by_name(query):
        label = _regioned(used_regions, " / ".join(query.treatment_words))
    if sets and LIQUID.search(query.text):
        label = f"{label} (oral liquid forms)"
    if sets and EVALUATIONS.search(query.text):
        label = f"{label} (evaluations and exams)"
    if sets and query.story_treatments and query.kind in ("pattern", "list"):
        label = (f"{label} (in letters that also decide "
                 f"{' / '.join(LABELS.get(t, t).lower().replace(' (any)', '') for t in query.story_treatments)})")
    if referral:
        label = _regioned(used_regions, " / ".join(LABELS.get(t, t).lower() for t in sets if t != "consultation") + " referral")
    if source := filters.get("guideline_source"):  # "which letters cite ODG for an MRI denial?"
        label = f"{label} (the reviewer citing {source if isinstance(source, str) else ' or '.join(source)})"
    if query.reviewer:
        label = f"{label or 'disputed'} (reviewer: {query.reviewer})"
    if filters.get("modified") == "yes":  # "when UR okays the first 6 visits and the rest goes to IMR"
        label = f"{label or 'disputed'} (the remainder after UR authorised part)"
    return Where(sets_sql, sets_params, rest, rest_params, label, sets, used_regions)


def scope(engine: Engine, query: Query, filters: dict[str, object], *, regions: bool = True) -> Scope | None:
    """The items of the treatment sets the question names, of the letters whose reviewer has the
    specialty it names (None when it names neither), newest first."""
    w = where(query, filters, regions=regions, regionless=_unplaced(query))
    if w is None:
        return None
    items, label = _items(engine, w.sql, w.params), w.label
    if kin := _decided_as(engine, query, filters, w, regions=regions):
        items = tuple(sorted(sorted((*items, *kin), key=lambda i: (i.case_number, i.item_index)),
                             key=lambda i: i.decision_date, reverse=True))  # newest first, as _items
        said = " / ".join(dict.fromkeys(re.sub(r"\s*\(.*?\)", "", LABELS.get(t, t)).lower()
                                        for t in _neighbours(w.treatments)))
        label = f"{label} (and {said} decided under its guideline)"
    if word := _qualifier(query, items):
        # "did anyone get a positional MRI approved?": the MRIs whose heading prints "positional", when some do
        items, label = tuple(i for i in items if word in tokens(f"{i.title} {i.request}")), f"{word} {label}"
    return Scope(items=items, label=label, treatments=w.treatments, regions=w.regions, qualifier=word)


_SIDES = frozenset({"right", "left", "bilateral", "both", "upper", "lower"})


def _qualifier(query: Query, items: tuple[ScopeItem, ...]) -> str:
    """The word said right before the treatment asked ("a positional MRI", "the retrospective CT") that the
    headings of some of `items`, not all, print: the kind of it asked about; '' when none."""
    # (one thing asked, said once: not "cervical pillows, wedge pillows, wrist/elbow braces", each of its own kind)
    if len(items) < 2 or len(set(w.lower() for w in query.treatment_words)) != 1:
        return ""
    words = query.treatment_words[0]
    if len(re.findall(rf"(?<!\w){re.escape(words)}", query.text, re.IGNORECASE)) != 1:
        return ""
    named = {t for w in (*query.treatment_words, *query.region_words) for t in tokens(w)}
    m = re.search(rf"([A-Za-z][a-z-]+)\s+{re.escape(words)}(?!\w)", query.text, re.IGNORECASE)
    word = m.group(1).lower() if m else ""
    if len(word) <= 3 or word in GENERIC or word in _SIDES or word in named or find_regions(word):
        return ""
    printing = sum(1 for i in items if word in tokens(f"{i.title} {i.request}"))
    return word if 0 < printing < len(items) else ""


def _neighbours(sets: tuple[str, ...]) -> list[str]:
    from service.collection.compose import NEIGHBOURS  # the sets a user may mean by another's name

    return sorted({n for s in sets for n in NEIGHBOURS.get(s, ())} - set(sets))


def _decided_as(engine: Engine, query: Query, filters: dict[str, object], w: Where, *,
                regions: bool) -> tuple[ScopeItem, ...]:
    """The items of a neighbouring set that the reviewer decided under a guideline section naming an
    asked set: "Electrical stimulation 1 times 8" decided under "TENS, chronic pain (transcutaneous
    electrical nerve stimulation)" is a TENS item for the reasons and lists of TENS units."""
    others = _neighbours(w.treatments)
    if not others:
        return ()
    kin = where(msgspec.structs.replace(query, treatments=tuple(others)), filters, regions=regions,
                regionless=_unplaced(query))
    if kin is None:
        return ()
    rows = engine.store.catalog.query(
        "SELECT i.case_number, i.item_index, i.request, i.title, i.decision, COALESCE(i.decision_date, ''), "
        "(SELECT group_concat(code, ' ') FROM item_reasons WHERE item_id = i.id), "
        "(SELECT group_concat(section, ' | ') FROM guideline_sections g WHERE g.item_id = i.id AND g.side = 'maximus') "
        f"FROM items i WHERE {kin.sql} AND i.id NOT IN (SELECT t.item_id FROM item_treatments t WHERE t.treatment IN "
        f"({_marks(w.treatments)}))", [*kin.params, *w.treatments])
    asked = set(w.treatments)
    return tuple(ScopeItem(r[0], r[1], r[2], r[3], r[4], r[5], tuple((r[6] or "").split())) for r in rows
                 if r[7] and asked & {t for t, _w in find_treatments(r[7])})


def _unplaced(query: Query) -> bool:
    """Whether the question names several treatments and a body part for only some of them
    ("cervical pillows, wedge pillows, wrist/elbow braces"): an item of them that names no body
    part (the wedge pillow) is not of another one, and is in scope."""
    if len(query.treatment_words) < 2 or not query.body_regions:
        return False
    return any(not find_regions(query.text[max(0, m.start() - 25):m.start()].split(",")[-1])
               for word in query.treatment_words
               for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", query.text, re.IGNORECASE))


def items_where(engine: Engine, filters: dict[str, object]) -> tuple[ScopeItem, ...]:
    """The items meeting `filters` (validated, service.filters), with their reason codes, newest
    first: the very items a collection count counted, for the reasons said beside it."""
    return _items(engine, *item_condition(filters))


def _items(engine: Engine, condition: str, params: list) -> tuple[ScopeItem, ...]:
    """The items meeting `condition` (on `items AS i`), with their reason codes, newest first."""
    rows = engine.store.catalog.query(
        "SELECT i.case_number, i.item_index, i.request, i.title, i.decision, COALESCE(i.decision_date, ''), "
        "(SELECT group_concat(code, ' ') FROM item_reasons WHERE item_id = i.id) "
        f"FROM items i WHERE {condition} ORDER BY i.decision_date DESC, i.case_number, i.item_index", params)
    return tuple(ScopeItem(r[0], r[1], r[2], r[3], r[4], r[5], tuple((r[6] or "").split())) for r in rows)


def scope_exists(engine: Engine, query: Query, filters: dict[str, object], *,
                 decision: str | None = None, regionless: bool = False) -> bool | None:
    """Whether the scope has an item (of `decision`, when given); None when there is no scope.
    The same answer as `bool(scope(...).items)` (or its `with_decision`), read from the first
    items of the treatment sets onwards until one qualifies (an `IN` list would be built whole
    first: 9 ms for lumbar MRIs at 1M, against 0.1). `regionless` as for `where`."""
    w = where(query, filters, regionless=regionless)
    if w is None:
        return None
    rest, params = (f"{w.rest} AND i.decision = ?", [*w.rest_params, decision]) if decision else (w.rest, w.rest_params)
    if w.sets_sql:  # CROSS JOIN: SQLite keeps the treatment sets' index as the outer loop
        sql = f"SELECT 1 FROM ({w.sets_sql}) t CROSS JOIN items i ON i.id = t.item_id WHERE {rest} LIMIT 1"
        params = [*w.sets_params, *params]
    else:
        sql = f"SELECT 1 FROM items i WHERE {rest} LIMIT 1"
    return bool(engine.store.catalog.query(sql, params))


def scope_count(engine: Engine, query: Query, filters: dict[str, object], decision: str) -> tuple[Where, int] | None:
    """The scope's condition and how many of its items have `decision`
    (`len(scope(...).with_decision(decision))`): the decision index answers for each item without
    its row (lumbar MRIs at 1M: 14-22 ms against 22-33 for both decisions' counts); None when there
    is no scope."""
    w = where(query, filters)
    if w is None:
        return None
    sql = f"SELECT count(*) FROM items i WHERE {w.rest} AND i.decision = ?"
    if w.sets_sql:  # IN, not a join: an item of two of the sets asked about counts once
        sql += f" AND i.id IN ({w.sets_sql})"
    return w, int(engine.store.catalog.query(sql, [*w.rest_params, decision, *w.sets_params])[0][0])


def any_decided(engine: Engine, query: Query, filters: dict[str, object]) -> bool:
    """Whether the scope the question names has an item of the decision `filters` select (True
    when there is no scope or no decision selected)."""
    decision = filters.get("decision")
    if not isinstance(decision, str):
        return True
    counted = scope_count(engine, query, {k: v for k, v in filters.items() if k != "decision"}, decision)
    return counted is None or counted[1] > 0


def scope_counts(engine: Engine, query: Query, filters: dict[str, object], *,
                 regions: bool = True) -> tuple[Where, dict[str, int]] | None:
    """The scope's condition and its items counted by decision (`len(scope(...).with_decision(d))`),
    without reading the items; None when there is no scope."""
    w = where(query, filters, regions=regions)
    if w is None:
        return None
    rows = engine.store.catalog.query(f"SELECT i.decision, count(*) FROM items i WHERE {w.sql} GROUP BY i.decision",
                                      w.params)
    return w, dict(rows)
