"""A question that describes two different patients and asks about both ("Compare the 37 year old
woman's neck MRI with the 53 year old man's neck MRI", "the 62-year-old woman's MRI and the 54
year old man's": two people, not women against men). Each description is read as a single
described patient is (service.people, service.patients), with the treatment it names, or the first
one's when it names none ("...with the 34 year old man's"), and each must fit one letter that has
that treatment; else the question is not read as two patients.
"""

from __future__ import annotations

import re

import msgspec

from indexer.treatments import find_treatments
from service.engine import Engine
from service.gather import case_items
from service.lacking import has_asked, region_fits
from service.patients import described_letters, letter_matches, the_one
from service.retrieve import retrieve_scored
from service.scope import asked_sets
from service.types import Hit
from service.understand import Query, understand

# one person by age and sex: "the 37 year old woman", "a 54-year-old man", "the 62 yo lady"
_DESCRIBED = re.compile(
    r"\b(?:the|a|an|my|our)\s+\d{1,3}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)\s+"
    r"(?:wom[ae]n|m[ae]n|lady|gentleman|guy|female|male|patient|worker|claimant|applicant)(?:'s|’s)?",
    re.IGNORECASE)
# a person by age alone, after one described by age and sex: "...for the 45 year old woman but not for
# the 54 year old?" (the same sex, as far as the question says)
_AGED = re.compile(
    r"\b(?:the|a|an|my|our)\s+\d{1,3}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)(?:'s|’s)?"
    r"(?!\s*-?\s*(?:wom[ae]n|m[ae]n|lady|gentleman|guy|female|male|patient|worker|claimant|applicant)\b)",
    re.IGNORECASE)
# a treatment named once and decided for two people: "approve the naproxen for the 45 year old woman
# but deny it for the 54 year old", "naproxen approved for X and denied for Y"
_CONTRASTED = re.compile(r"^\s*,?\s*(?:but|and|while|whereas|yet)\b[^.?!:;]*\b(?:for|of|to)\s*$"
                         # ... or the first one's outcome said after them, the second's thing theirs: "is the naproxen for the
                         # 45 yo woman approved but the 54 yo woman's denied?"
                         r"|^\s*,?\s*(?:(?:was|were|is|are|got|been)\s+)?(?:approved|denied|overturned|upheld|okayed|ok'?d|"
                         r"authori[sz]ed|certified|granted|rejected|refused|turned\s+down)\s*,?\s+(?:but|and|while|whereas|yet)"
                         r"(?:\s+(?:for|of|to))?\s*$", re.IGNORECASE)
# ... or named after the first one's possessive, its outcome said, the second one's set against it: "why was the 45 yo
# woman's naproxen approved but not the 54 yo woman's?"
_THEIRS_CONTRASTED = re.compile(r"^\s*(?P<t>[\w/ -]+?)\s+(?:(?:was|were|is|are|got|get|gets|been)\s+)?(?:approved|denied|overturned|upheld|"
                                r"okayed|ok'?d|authori[sz]ed|certified|granted|rejected|refused|turned\s+down)\s*,?\s+"
                                # ... "approved when the 50 yo man's wasn't?", "though the 54 yo woman's was denied"
                                r"(?:but|and|while|whereas|yet|or|when|(?:even\s+)?though|although)(?:\s+not)?(?:\s+(?:for|of|to))?\s*$",
                                re.IGNORECASE)
# what joins the two: "X with Y", "X and Y", "X vs Y", "X to Y"
_JOINED = re.compile(r"(?:\b(?:with|and|or|vs|versus|to|against)\b\.?|,)\s*$"
                     # "is the 45 yo woman's naproxen case the same as the 54 yo woman's?", "... different from ..."
                     r"|\b(?:(?:the\s+)?same|similar|alike|different|differently)\s+(?:as|to|from|with)?\s*$", re.IGNORECASE)
# the comparison's own words, no part of the treatment: "naproxen case the same as": naproxen
_COMPARED = re.compile(r"\s*\b(?:(?:case|claim|request|decision|outcome|result|ruling)s?|decided|handled|treated)\s*$", re.IGNORECASE)
_END = re.compile(r"[:;?!]|\.\s|\s[-–—]+\s|,\s+(?:why|what|how|were|was|did|do|and\s+why)\b", re.IGNORECASE)


# two people each told by a clause, "and also" between them, the question after both: "the 45 yo woman who fell at
# work, and also the guy with the shoulder, what happened to their therapy?" (the second may give no age)
_PERSON = (r"(?:the|a|an|my|our)\s+(?:\d{1,3}\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)\s+)?"
           r"(?:wom[ae]n|m[ae]n|lady|gentleman|guy|gal|fellow|female|male|patient|worker|claimant|applicant)\b")
_AND_ALSO = re.compile(rf"^\s*(?P<a>{_PERSON}[^?.;]*?),?\s+(?:and\s+)?also\s+(?P<b>{_PERSON}[^?.;]*?)"
                       r"(?:,|\s[-–—]+)\s*(?P<q>(?:what|how|did|were|was|why)\b[^?]*\b(?:their|both|they|them)\b[^?]*)\??\s*$",
                       re.IGNORECASE)
# the question's words for the pair, said of one of them: "their therapy" -> "the therapy"
_THEIR = re.compile(r"\b(?:their|both\s+of\s+their|they|them)\b", re.IGNORECASE)
_SAID_OF_ONE = {"their": "the", "both of their": "the", "they": "this patient", "them": "this patient"}


def also_described(text: str) -> tuple[Described, Described] | None:
    """The two people of "X, and also Y, what happened to their T?", each with the question said of them alone
    ("the guy with the shoulder - what happened to the therapy?"), or None."""
    m = _AND_ALSO.match(text)
    if m is None:
        return None
    asked = _THEIR.sub(lambda t: _SAID_OF_ONE[" ".join(t.group(0).lower().split())], m.group("q")).strip()
    treatment = _THEIR.sub("", re.sub(r"^(?:what|how|did|were|was|why)\b\s*(?:\w+\s+){0,3}?(?:to|with|of)\s+", "",
                                      m.group("q"), flags=re.IGNORECASE)).strip(" ?")
    return tuple(Described(words=f"{m.group(k).strip()} - {asked}?", person=m.group(k).strip(), treatment=treatment,
                           told=True) for k in ("a", "b"))  # type: ignore[return-value]


class Described(msgspec.Struct, frozen=True, kw_only=True):
    words: str  # "the 37 year old woman's neck MRI": the description with its treatment
    person: str  # "the 37 year old woman"
    treatment: str  # "neck MRI" (the first one's, when this one names none)
    told: bool = False  # described by a clause ("the guy who fell off the ladder"): the letter it fits best, of those
    # with the treatment, when more than a few agree with its age and sex


# a person told telegraphically, as a treater types it: "the 48M", "the 62F's" (read as "the 48 yo man")
_TELEGRAPHIC = re.compile(r"\b(?P<age>\d{1,3})\s?(?P<sex>[MF])\b")
# the word that gives a person their treatment, no part of it: "the 48 yo man with the elbow MRI"
_GIVEN = re.compile(r"^(?:with|on|who\s+(?:had|got|has))\s+(?:(?:the|a|an|his|her|their)\s+)?", re.IGNORECASE)


def two_descriptions(text: str, named: tuple[str, ...] = ()) -> tuple[Described, Described] | None:
    """The two patients a question describes and compares, or None: exactly two descriptions of a
    person by age and sex (the second may give its age alone: the first's sex), told apart by their
    age or sex, joined by with/and/vs/to, or each given the treatment the question `named` once
    ("...the naproxen for the 45 year old woman but deny it for the 54 year old")."""
    if (also := also_described(text)) is not None:
        return also
    text = _TELEGRAPHIC.sub(lambda m: f"{m.group('age')} yo {'man' if m.group('sex') == 'M' else 'woman'}", text)
    found = list(_DESCRIBED.finditer(text))
    aged = [m for m in _AGED.finditer(text) if found and m.start() > found[0].end()]
    if len(found) == 1 and len(aged) == 1:
        first, second = found[0], aged[0]
        people = [_person(first.group(0)), f"{_person(second.group(0))} {_age_sex(_person(first.group(0)))[1]}"]
    elif len(found) == 2:
        first, second = found
        people = [_person(m.group(0)) for m in (first, second)]
    else:
        return None
    if _age_sex(people[0]) == _age_sex(people[1]):  # "the 46 year old woman and the 46 year old woman"
        return None
    between = text[first.end():second.start()]
    if _CONTRASTED.search(between) and named and not re.search(r"(?:'s|’s)$", first.group(0)):
        treatment = " ".join(named)
        return (Described(words=f"{people[0]}'s {treatment}", person=people[0], treatment=treatment),
                Described(words=f"{people[1]}'s {treatment}", person=people[1], treatment=treatment))
    if re.search(r"(?:'s|’s)$", first.group(0)) and (theirs := _THEIRS_CONTRASTED.match(between)):
        treatment = theirs.group("t").strip()
        return (Described(words=f"{people[0]}'s {treatment}", person=people[0], treatment=treatment),
                Described(words=f"{people[1]}'s {treatment}", person=people[1], treatment=treatment))
    if not _JOINED.search(between):
        return None
    between = _COMPARED.sub("", _JOINED.sub("", text[first.end():second.start()])).strip(" ,")
    tail = text[second.end():]
    end = _END.search(tail)
    own = (tail[: end.start()] if end else tail).strip(" ,.")
    theirs = _GIVEN.sub("", own or between)  # "...with the 34 year old man's": the same treatment
    if between and not find_treatments(theirs) and (said := find_treatments(between)):
        # "the 50 yo woman got acupuncture approved and the 50 yo man didn't": the first one's treatment, the second's
        theirs = " ".join(dict.fromkeys(w for _t, w in said))
    if not between and own and find_treatments(own):
        # "did the 29 yo woman and the 28 yo woman both have their lumbar MRIs denied?": the thing after both, each one's
        between = own
    return (Described(words=f"{first.group(0)} {between}".strip(), person=people[0], treatment=_plain(_GIVEN.sub("", between))),
            Described(words=f"{people[1]}'s {theirs}" if theirs else people[1], person=people[1], treatment=_plain(theirs)))


# the thing told with its verb and outcome: "got acupuncture approved", "both have their lumbar MRIs denied"
_HAD_IT = re.compile(r"^(?:(?:both|all|each)\s+)?(?:(?:have|had|has|got|get|gets|did|do|does)\s+)(?:(?:their|his|her|its|the)\s+)?",
                     re.IGNORECASE)
_DECIDED_AFTER = re.compile(r"\s+(?:approved|denied|overturned|upheld|okayed|ok'?d|authori[sz]ed|certified|granted|rejected|"
                            r"refused|turned\s+down)\s*$", re.IGNORECASE)


def _plain(treatment: str) -> str:
    """The thing a description names, its verb and outcome left out: "got acupuncture approved" -> "acupuncture"."""
    return _DECIDED_AFTER.sub("", _HAD_IT.sub("", treatment)).strip() or treatment


def _person(words: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", words).strip()


def _age_sex(person: str) -> tuple[str, str]:
    age = re.search(r"\d{1,3}", person)
    sex = re.search(r"(\w+)$", person)
    return (age.group(0) if age else "", (sex.group(1) if sex else "").lower().rstrip("s"))


class Found(msgspec.Struct, frozen=True, kw_only=True):
    described: Described
    query: Query
    hits: tuple[Hit, ...]  # the item asked about in each letter the description fits (one, or a few equally)
    whole: bool = False  # no treatment asked: every item of the one letter the description fits


def find_two(engine: Engine, text: str, filters: dict[str, object],
             named: tuple[str, ...] = ()) -> tuple[Found, Found] | None:
    """Each patient's letter and item, when each description fits one letter that has the treatment
    asked about (and body part), or a few equally (same age and sex: each named); else None."""
    pair = two_descriptions(text, named)
    if pair is None:
        return None
    client = {k: v for k, v in filters.items() if k not in ("decision", "case_number")}
    out = []
    for described in pair:
        query = understand(described.words, words=engine.request_words(), known=engine.known_term)
        if not described.treatment and not named:  # "what happened to the 24 yo man and the 62 yo woman?"
            found = _their_letter(engine, query, client)
            if not found:
                return None
            out.append(Found(described=described, query=query, hits=found, whole=True))
            continue
        found = _their_items(engine, query, client, described.told)
        if not found:
            return None
        out.append(Found(described=described, query=query, hits=found))
    if {h.case_number for h in out[0].hits} & {h.case_number for h in out[1].hits}:
        return None
    return out[0], out[1]


FEW = 3  # a description fitting more letters than this with the treatment asked picks out no one


def _their_items(engine: Engine, query: Query, filters: dict[str, object], told: bool = False) -> tuple[Hit, ...]:
    """The item asked about in each letter that agrees with the description and has it, best
    fitting first; none when more than FEW do (`told`: a clause describes the person, and the letter its
    case summary fits clearly, of those with the treatment, is theirs)."""
    sets = asked_sets(query)
    if not sets or not query.person.described:
        return ()
    _one, fitting = described_letters(engine, query, filters)
    having = [case for case in fitting if has_asked(query, sets, case_items(engine, case))]
    if told and len(having) > 1:
        matches = letter_matches(engine, query, filters)
        if one := the_one({case: matches[case] for case in having if case in matches}):
            having = [one]
    if not having or len(having) > FEW:
        return ()
    hits, _sim = retrieve_scored(engine, query, {**filters, "case_number": having}, 10)
    firsts = {}
    for h in hits:
        if h.item_index > 0 and set(sets) & set(h.treatments) and region_fits(query, h):
            firsts.setdefault(h.case_number, h)
    return tuple(firsts[case] for case in having if case in firsts)


def _their_letter(engine: Engine, query: Query, filters: dict[str, object]) -> tuple[Hit, ...]:
    """Every item of the one letter that agrees with the description, in the letter's order, when no treatment is
    asked of the person; none when no letter, or more than one, agrees (no one is picked out)."""
    if asked_sets(query) or query.treatment_words or query.body_regions or not query.person.described:
        return ()
    _one, fitting = described_letters(engine, query, filters)
    if len(fitting) != 1:
        return ()
    hits, _sim = retrieve_scored(engine, query, {**filters, "case_number": list(fitting)}, 40)
    firsts: dict[int, Hit] = {}
    for h in hits:
        if h.item_index > 0:
            firsts.setdefault(h.item_index, h)
    if len(firsts) != len(case_items(engine, fitting[0])):
        return ()  # an item the search did not reach: not the whole letter
    return tuple(firsts[n] for n in sorted(firsts))


__all__ = ["Described", "Found", "find_two", "two_descriptions"]
