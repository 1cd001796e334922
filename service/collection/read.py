"""Read a counting or collection question into a CollectionQuery, by rule.

The shape comes from the question's form: an average ("items per letter"), a trend ("each
month"), a ranking (which/what + a dimension + "most", "top N"), a comparison (two or more values
of one kind, "vs", "than", "compare"), a share or rate ("what share of X were Y", "how often are X
approved", "approval rate"), else a count. What the question names (service.collection.lexicon)
goes to the population, to the part counted (a share's predicate, a rate's outcome), or to the
groups compared. Counts of letters read which letters count ("at least one ... overturned",
"every item upheld", "nothing denied", "both upheld and overturned", "more than one item").
"""

from __future__ import annotations

import re

import msgspec

from service.collection.by_kind import kinds_asked
from service.collection.cues import AGE_ASKED, ANY_REVIEWER, CITED_MORE, duration, source_asked, second_ask, waited
from service.collection.letters import N as _N
from service.collection.letters import bounded, letter_mode, number
from service.collection.lexicon import Mention, mentions
from service.collection.shape import SINCE_WORDS, CollectionQuery, Group
from service.compose.facts import FROM_INJURY
from service.collection.vocab import Vocabulary

I = re.IGNORECASE
MEAN = re.compile(r"\bon\s+average\b|\baverage\s+(?:number|count)\b|\bmean\b|\b(?:items|requests|issues)\s+per\s+"
                  r"(?:letter|case|determination)\b|\bper\s+letter\b", I)
# UR's decision in any words: "UR denied", "UR saying no to", "UR refused", "the adjuster turned it down"
_SINCE = (("injury", FROM_INJURY),
          ("ur_denial", re.compile(r"\b(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer|insurance(?:\s+company)?|"
                                   r"claims\s+administrator|work\s*comp)\b[^?.]{0,30}?\b(?:den\w*|decision|"
                                   r"non-?certif\w*|refus\w*|reject\w*|turn\w*\s+(?:\w+\s+)?down|sa(?:id|ying|ys)\s+no)"
                                   r"|\b(?:den(?:ial|ied)|non-?certification)\b"
                                   # UR named as where the days start: "how many days from UR to IMR on CM16-0246624"
                                   r"|\b(?:from|since|after)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review)\b(?!['’]s)", I)),
          ("assigned", re.compile(r"\bassign\w*\b", I)))
# the figure a how-long question asks: "the median", "the longest", "the quickest" (else the mean)
_STAT = (("median", re.compile(r"\bmedian\b|\bmiddle\b", I)),
         ("most", re.compile(r"\blongest\b|\bslowest\b|\bmax(?:imum)?\b|\bmost\s+days\b", I)),
         ("fewest", re.compile(r"\bshortest\b|\bquickest\b|\bfastest\b|\bmin(?:imum)?\b|\bfewest\s+days\b", I)))
TREND = re.compile(r"\b(?:each|every|per|by)\s+month\b|\bmonth[\s-]+(?:by|to|over|after)[\s-]+month\b|\bmonthly\b"
                   r"|\bover\s+time\b|\btrends?\b", I)
TOP = re.compile(rf"\bmost\b|\btop\s+{_N}?\b|\bleast\b|\bfewest\b|\bhighest\b|\blowest\b|\bbiggest\b|\blargest\b", I)
LEAST = re.compile(r"\bleast\b|\bfewest\b|\blowest\b", I)
COMPARE = re.compile(r"\bvs\.?(?!\w)|\bversus\b|\bcompar\w*|\bthan\b|\bdiffer\w*|\b(?:more|less)\s+(?:often|likely|"
                     rf"frequently)\b|\bhigher\b|\blower\b|\bbetter\b|\bworse\b|{CITED_MORE}"
                     # "is it harder to get an MRI approved for the neck or the back?", "are neck or back MRIs approved more?"
                     r"|\b(?:harder|easier|tougher)\b(?=[^?.]*\bor\b)|\bor\b[^?.]{1,60}?\b(?:approved|denied|overturned|upheld)\s+"
                     r"(?:more|less)(?:\s+often)?\s*(?:\?|$)", I)
SHARE = re.compile(r"\b(?:share|fraction|percentage|percent|proportion|portion|ratio)\b|%", I)
RATE = re.compile(r"\b(?:rates?|likel(?:y|ihood)|chances?|odds)\b|\bhow\s+(?:often|frequently|common(?:ly)?)\b", I)
SUCCESS = re.compile(r"\bsuccess(?:ful(?:ly)?)?\b|\bwin(?:s|ning)?\b|\bwon\b|\bprevail\w*", I)
# how hard reviewers are on a kind, compared: strict is the share denied, lenient the share approved
STRICT = re.compile(r"\b(?:tougher|harder|stricter|harsher|more\s+strict|less\s+(?:lenient|generous|forgiving))\b", I)
LENIENT = re.compile(r"\b(?:easier|softer|kinder|more\s+(?:lenient|generous|forgiving)|less\s+strict)\b", I)
COUNTING = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcounts?\b", I)
# "how many X were there, and how many (of them) were approved?": the population, then a part of it
SECOND_COUNT = re.compile(r"\band\s+(?:(?:of|out\s+of)\s+(?:those|these|them)\s*,?\s+)?how\s+many\b", I)
_DIM_WORDS: tuple[tuple[str, str], ...] = (
    ("kind", r"(?:kinds?|types?|sorts?)\s+of\s+(?:treatments?|requests?|care|services?)"),
    ("specialty", r"(?:kinds?|types?)\s+of\s+(?:reviewers?|doctors?|physicians?)|specialt(?:y|ies)|certifications?"
                  r"|doctors?|physicians?|reviewers?"),  # "which doctors decide the most cases?": a reviewer is his specialties
    ("body_region", r"body\s+(?:regions?|parts?|areas?)|regions?"),
    ("mtus_section", r"(?:MTUS\s+)?sections?"),
    ("odg_chapter", r"ODG\s+chapters?"),
    ("mtus_chapter", r"(?:MTUS\s+)?chapters?"),
    ("guideline_source", r"guideline\s+famil(?:y|ies)"),
    ("guideline", r"guidelines?|(?:guideline\s+)?sources?"),
    ("reason", r"reasons?|grounds?"),
    ("month", r"months?"),
    ("drug", r"drugs?|medications?|medicines?"),
    ("kind", r"treatments?|requests?|services?|procedures?|therapies"),
    ("letter", r"letters?|cases?|determinations?|patients?|claimants?|workers?|applicants?"),  # a patient is a letter
    ("priority", r"priorit(?:y|ies)"),
    ("category", r"categor(?:y|ies)"),
    ("sex", r"sex|gender"),
    ("decision", r"decisions?|outcomes?"),
)
_DIM = "|".join(p for _k, p in _DIM_WORDS)
_DIMENSION = re.compile(rf"\b(?:which|what)(?:'s|\s+(?:are|is|were|was))?\s+(?:the\s+)?(?:(?:{_N}|most|least|common(?:ly)?|"
                        rf"frequent\w*|often|disputed|cited|reviewer|IMR|MTUS|ODG|body|denied|approved|upheld|overturned|"
                        rf"requested)\s+)*(?P<a>{_DIM})\b"
                        rf"|\btop\s+(?:{_N}\s+)?(?:(?:most|common|disputed|cited|reviewer|IMR|MTUS|ODG)\s+)*(?P<b>{_DIM})\b"
                        # "rank the reviewer specialties by how often they overturn"
                        rf"|\brank(?:ed|ing)?\s+(?:(?:the|all|of|reviewer|IMR|MTUS|ODG|body)\s+)*(?P<c>{_DIM})\b", I)
_TOP_N = re.compile(rf"\btop\s+(?P<a>{_N})\b|\b(?:which|what)\s+(?:are\s+)?(?:the\s+)?(?P<b>{_N})\b|\b(?P<c>{_N})\s+most\b", I)
_LETTER_NOUN = r"letters?|cases?|patients?|(?:injured\s+)?workers?|claimants?|reviews|files?|reviewers?"
_COUNTED = re.compile(rf"\b(?:how\s+many|number\s+of|share\s+of|fraction\s+of|percentage\s+of|percent\s+of|proportion"
                      rf"\s+of|portion\s+of|count\s+of)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){{0,3}}?(?P<noun>{_LETTER_NOUN}|"
                      rf"items?|requests?|decisions?|treatments?|issues?|denials?|approvals?|studies|services?)\b", I)
_MOST_NOUN = re.compile(rf"\bmost\s+(?:[\w-]+\s+)?(?P<noun>{_LETTER_NOUN}|items?|requests?|decisions?)\b", I)
# ... or any reviewer of a specialty asked yes or no: "were any of the reviewers orthopedic surgeons?" (their letters shown)
_LISTING = re.compile(rf"^\s*(?:in\s+)?(?:which|what|list|show)\b(?:\s+\w+){{0,2}}\s+(?:{_LETTER_NOUN})\b|{ANY_REVIEWER}", I)
# "which requests were overturned?", "list every request that got overturned", "show me all the
# approved requests", "in which decisions did the reviewer cite no evidence?": the items themselves, counted and shown (no treatment named: with one, the
# list answer reads its items instead)
ITEM_LISTING = re.compile(r"^\s*(?:(?:in|of|for)\s+(?=wh))?(?:which|what|list|show(?:\s+me)?|give\s+me)\b(?:\s+(?:all|every|each|of|the|me|disputed))*"
                          r"\s+(?:(?:approved|denied|overturned|upheld|authori[sz]ed|non-?certified)\s+)?(?:[\w/-]+\s+){0,2}?"
                          r"(?:requests?|items?|treatments?|services?|decisions?|determinations?|approvals?|denials?)\b", I)
# "which reviewer specialties show up?", "what kinds of reviewers decided these cases?", "a breakdown
# by body part": every value of a dimension, most first
BREAKDOWN = re.compile(r"\b(?:appear\w*|show(?:s|ed)?\s+up|c[oa]me?s?\s+up|turn(?:s|ed)?\s+up|(?:are|were)\s+(?:there|represented"
                       r"|involved|cited|used|named)|occur\w*|decided|reviewed|break\s*down|broken\s+down)\b", I)
BREAKDOWN_N = 10
_SPLIT = re.compile(r"\b(?:share|fraction|percentage|percent|proportion|portion)\s+of\s+(?:the\s+|all\s+)?(?P<base>.+?)\s+"
                    r"(?P<verb>were|was|are|is|did|do|does|had|have|has|got|get|went|came|come|concern\w*|cite[sd]?|citing"
                    r"|rest(?:s|ed)?|relie[sd]|rely|involv\w*|name[sd]?|includ\w*|mention\w*|receiv\w*|end(?:s|ed)?)\b", I)
_OF_FIRST = re.compile(r"^\s*(?:of|among|out\s+of)\s+(?:the\s+|all\s+)?(?P<base>[^,?]+?)(?:,|(?=\s+how\s+many\b))", I)
GROUPABLE = ("treatment", "region", "sex", "age", "specialty", "guideline", "priority", "reason", "date", "decision")


def merge(found: list[Mention]) -> dict[str, str]:
    """The filters of several mentions together: sets, drugs, regions and sources any of those
    named; two outcomes cancel; a later date widens the range."""
    out: dict[str, str] = {}
    for m in found:
        for key, value in m.filters.items():
            if key in ("treatment", "drug", "body_region", "guideline_source", "reason", "case_number") and key in out:
                if value not in out[key].split(","):
                    out[key] += "," + value
            elif key == "decision" and key in out and out[key] != value:
                out[key] = ""
            elif key == "date_from" and key in out:
                out[key] = min(out[key], value)
            elif key == "date_to" and key in out:
                out[key] = max(out[key], value)
            else:
                out[key] = value
    if any("treatment" in m.filters and "drug" not in m.filters for m in found):
        out.pop("drug", None)  # "naproxen and physical therapy": a drug narrows its own set only
    return {k: v for k, v in out.items() if v}


# "out of all the letters, how many had ...": the count's noun is the one named first
_HOW_MANY_VERB = re.compile(r"\bhow\s+many\s+(?:of\s+(?:them|those|these)\s+)?(?:had|have|has|were|was|got|get|did|do"
                            r"|includ\w*|involv\w*|concern\w*)\b", I)


def _unit(text: str, pattern: re.Pattern[str] = _COUNTED) -> str:
    if pattern is _COUNTED and _HOW_MANY_VERB.search(text) and (first := _OF_FIRST.search(text)):
        return "letters" if re.search(rf"\b(?:{_LETTER_NOUN})\b", first.group("base"), I) else "items"
    m = pattern.search(text)
    return "letters" if m and re.fullmatch(_LETTER_NOUN, m.group("noun"), I) else "items"


# "a breakdown of the requests by body part"
# ... or "tally of MRI decisions by body part", "number of cases per reviewer specialty", "count the denials for each
# body part"
_BY_DIMENSION = re.compile(rf"\b(?:break\s*down|broken\s+down|tall(?:y|ies)|totals?|counts?|number\s+of)\b.*?"
                           rf"\b(?:by|per|for\s+each|for\s+every)\s+(?:the\s+)?(?:reviewer\s+|IMR\s+)?(?P<a>{_DIM})\b"
                           # ... or "how many letters came from each reviewer specialty?", "how many requests in each body part"
                           rf"|\bhow\s+many\b.*?\b(?:from|for|in|of|by|per|with)\s+each\s+(?:reviewer\s+|IMR\s+)?(?P<b>{_DIM})\b", I)


def dimension(text: str) -> str | None:
    m = _DIMENSION.search(text) or _BY_DIMENSION.search(text)
    if not m:
        return None
    words = m.group("a") or m.group("b") or m.group("c")
    kind = next(k for k, pattern in _DIM_WORDS if re.fullmatch(pattern, words, I))
    if kind == "mtus_chapter" and re.search(r"\bODG\b", text, I) and not re.search(r"\bMTUS\b", text, I):
        return "odg_chapter"
    return kind


def read(question: str, vocab: Vocabulary) -> CollectionQuery | None:
    """The collection query a counting question asks, or None when it names no shape."""
    text = " ".join(question.split())
    found = mentions(text, vocab)
    by = dimension(text)
    if AGE_ASKED.search(text):
        median = bool(re.search(r"\bmedian\b|\bmiddle\b", text, I))
        return CollectionQuery(shape="mean", measure="age", unit="letters", where=merge(found),
                               stat="median" if median else "mean",
                               notes=("read as: the age each letter gives its patient, per letter"
                                      + (", the median" if median else ""),))
    if (length := waited(text)) is not None:  # one case's days are said, whatever the length asked
        return _days(text, found, None if any(m.kind == "case" for m in found) else length)
    if duration(text):
        return _days(text, found)
    if MEAN.search(text) and not TREND.search(text):
        return CollectionQuery(shape="mean", where=merge(found), notes=("read as: items per letter",))
    if by and by not in ("letter", "decision", "month") and not TOP.search(text) and (
            BREAKDOWN.search(text) and re.search(r"\b(?:which|what)\b|\bbreak\s*down\b|\bbroken\s+down\b", text, I)
            or _BY_DIMENSION.search(text)):
        unit = "letters" if by == "specialty" else _unit(text, _MOST_NOUN)  # a reviewer is a letter's
        return msgspec.structs.replace(_top(text, found, by), n=BREAKDOWN_N, unit=unit, notes=(
            f"read as: every {by.replace('_', ' ')}, most first (the first {BREAKDOWN_N})",))
    if by and TOP.search(text) and not (by in ("letter", "decision") and not re.search(r"\bmost\s+(?:disputed\s+)?"
                                                                                       r"(?:items|requests)", text, I)):
        return _top(text, found, by)
    if TREND.search(text):
        return _trend(text, found)
    groups = _groups(found) or (_against_the_other(found) if COMPARE.search(text) else [])
    if groups and (COMPARE.search(text) or _count_of_each(text, found)):
        return _compare(text, found, groups)
    if SHARE.search(text) or (RATE.search(text) and any(m.kind == "decision" for m in found)) or (
            SUCCESS.search(text) and RATE.search(text)):
        return _share(text, found)
    if COUNTING.search(text) or RATE.search(text) or _LISTING.search(text) or ITEM_LISTING.search(text):
        return _count(text, found)
    if _ANY_OF_A_TIME.search(text) and (time := _of_a_time(found)) is not None:
        return time
    if named := source_asked(text):
        # "did any reviewer cite UpToDate?": the items citing it, and their letters; a source no letter cites counts none
        # ("did any reviewer cite the FDA?": no item cites a source of that name)
        if any(m.kind == "guideline" for m in found):
            return _count(text, found)
        return msgspec.structs.replace(_count(text, found), where={**merge(found), "source_name": named})
    return None


# "of the letters decided in December 2016, was anything overturned?": an outcome asked of a time
_ANY_OF_A_TIME = re.compile(r"\b(?:was|were|is|are|did)\s+(?:there\s+)?(?:any(?:thing|one)?|none)\b", I)


def _of_a_time(found: list[Mention]) -> CollectionQuery | None:
    """Every item decided in the time named, and how many had the outcome asked: the answer to
    whether any had it (None unless only a decision date and an outcome are named)."""
    decisions = [m for m in found if m.kind == "decision"]
    dates = [m for m in found if m.kind == "date"]
    if not decisions or not dates or len(decisions) + len(dates) != len(found):
        return None
    return CollectionQuery(shape="count", where=merge(dates), part=merge(decisions[:1]), total=True,
                           notes=("read as: two counts: the items decided then, and how many of them "
                                  f"were {decisions[0].words}",))


def _days(text: str, found: list[Mention], length: tuple[str, int] | None = None) -> CollectionQuery:
    """The days from an earlier date of the letter to the IMR decision, per letter: from UR's
    denial when the question names it, the assignment when it says so, else the application's receipt;
    with `length` ("over", 70), the letters whose wait was longer (or shorter) than that, listed."""
    since = next((name for name, pattern in _SINCE if pattern.search(text)), "received")
    rest = [m for m in found if not (m.kind == "decision" and since == "ur_denial")]  # "the UR denial" is no filter
    stat = next((name for name, pattern in _STAT if pattern.search(text)), "mean")
    notes = f"read as: days from {SINCE_WORDS[since]} to the IMR decision, per letter"
    if length is not None:
        op, days = length
        return CollectionQuery(shape="mean", measure="days", since=since, unit="letters", where=merge(rest),
                               listing=True, **{op: days},
                               notes=(f"{notes}; the letters with {'more' if op == 'over' else 'fewer'} than {days} days",))
    return CollectionQuery(shape="mean", measure="days", since=since, unit="letters", where=merge(rest), stat=stat,
                           notes=(notes + ("" if stat == "mean" else f", the {stat}"),))


def _rate_part(text: str, found: list[Mention]) -> tuple[list[Mention], dict[str, str]]:
    """(the other mentions, the outcome counted) for a rate: the outcome named, or approval for a
    'success rate'."""
    decisions = [m for m in found if m.kind == "decision"]
    rest = [m for m in found if m.kind != "decision"]
    if decisions:
        return rest, merge(decisions[:1])
    if SUCCESS.search(text) or LENIENT.search(text):
        return rest, {"decision": "Overturned"}
    # "are reviewers tougher on MRIs than on acupuncture?": the share denied
    return rest, ({"decision": "Upheld"} if STRICT.search(text) else {})


def _top(text: str, found: list[Mention], by: str) -> CollectionQuery:
    m = _TOP_N.search(text)
    n = number((m.group("a") or m.group("b") or m.group("c")) if m else None)
    rate = RATE.search(text) and not re.search(r"\bmost\s+(?:often|frequently|commonly)\b", text, I)
    rest, part = _rate_part(text, found) if rate else (found, {})
    unit = _unit(text, _MOST_NOUN) if by != "letter" else "items"
    note = f"read as: the {by.replace('_', ' ')} with the most {unit}" + (f", top {n}" if n else "")
    return CollectionQuery(shape="top", by=by, n=n, least=bool(LEAST.search(text)), unit=unit, where=merge(rest),
                           part=part, notes=(note,))


def _trend(text: str, found: list[Mention]) -> CollectionQuery:
    rate = SHARE.search(text) or RATE.search(text)
    rest, part = _rate_part(text, found) if rate else (found, {})
    rest = [m for m in rest if m.kind != "date"] + [m for m in rest if m.kind == "date"]
    return CollectionQuery(shape="trend", unit=_unit(text), where=merge(rest), part=part,
                           notes=("read as: by decision month",))


def _count_of_each(text: str, found: list[Mention]) -> bool:
    """"How many letters in January, and how many in February?": a count of each group named (not
    "..., and how many were approved?", the part of one count)."""
    second = SECOND_COUNT.search(text)
    return bool(second and COUNTING.search(text[:second.start()])
                and not any(m.kind == "decision" and m.start >= second.start() for m in found))


def _groups(found: list[Mention]) -> list[list[Mention]]:
    """Two or more values of one kind (or of two kinds, paired in order): the groups compared."""
    by_kind: dict[str, list[Mention]] = {}
    for m in found:
        if m.kind in GROUPABLE and m.kind != "decision":
            same = by_kind.setdefault(m.kind, [])
            if all(o.filters != m.filters for o in same):
                same.append(m)
    plural = {k: v for k, v in by_kind.items() if len(v) >= 2}
    if not plural:
        return []
    size = max(len(v) for v in plural.values())
    kinds = [k for k, v in plural.items() if len(v) == size]
    return [[plural[k][i] for k in kinds] for i in range(size)]


# a kind with two values: one named is compared with the other ("are expedited reviews approved
# more often?": expedited against standard)
_OTHER_VALUE = {"priority": {"Expedited": ("Standard", "standard"), "Standard": ("Expedited", "expedited")},
                "sex": {"female": ("male", "male"), "male": ("female", "female")}}


def _against_the_other(found: list[Mention]) -> list[list[Mention]]:
    for m in found:
        name = next(iter(m.filters)) if len(m.filters) == 1 else ""
        if m.kind in _OTHER_VALUE and (other := _OTHER_VALUE[m.kind].get(m.filters.get(name, ""))):
            return [[m], [Mention(m.kind, {name: other[0]}, -1, -1, other[1], other[1])]]
    return []


def _compare(text: str, found: list[Mention], groups: list[list[Mention]]) -> CollectionQuery:
    grouped = {id(m) for g in groups for m in g}
    grouped_kinds = {m.kind for g in groups for m in g}
    shared = [m for m in found if id(m) not in grouped and m.kind not in grouped_kinds]
    # "is ODG or MTUS cited more for MRI denials?": how many of the denials cite each, not each one's share denied
    counting = bool(COUNTING.search(text) or re.search(CITED_MORE, text, I))
    # "what share of the denials cited ODG vs MTUS?": the outcome is of the population (before the verb), each
    # group's share of the denials, not each group's share denied
    split, first = _SPLIT.search(text), _OF_FIRST.search(text)
    base_end = split.start("verb") if split else first.end() if first else -1
    of_where = any(m.kind == "decision" and m.start < base_end for m in shared)
    rest, part = (shared, {}) if counting or of_where else _rate_part(text, shared)
    names = [m for m in rest if m.kind in ("region", "treatment")]
    out = []
    for group in groups:
        words = sorted([*group, *names], key=lambda m: (m.kind != "region", m.kind != "treatment", m.start))
        label = " ".join(m.label if m.kind not in ("region", "treatment") else m.words.lower() if m.kind == "region"
                         else m.words for m in words)
        out.append(Group(label=label[:80], where=merge(group)))
    return CollectionQuery(shape="compare", where=merge(rest), part=part, groups=tuple(out), unit=_unit(text),
                           of_where=of_where and bool(rest),
                           notes=(f"read as: a comparison of {', '.join(g.label for g in out)}",))


def _share(text: str, found: list[Mention]) -> CollectionQuery:
    if SHARE.search(text) and _unit(text) == "letters":  # "what percentage of the letters had every request denied?"
        mode, part, least = letter_mode(text, merge([m for m in found if m.kind == "decision"]),
                                        any(m.kind == "decision" for m in found))
        if mode != "any" or least > 1:
            return CollectionQuery(shape="share", unit="letters", where=merge([m for m in found if m.kind != "decision"]),
                                   part=part, letters=mode, min_items=least,
                                   notes=("read as: a share of the letters, by which of their items count",))
    split = _OF_FIRST.search(text)
    if split:
        at = split.end()
    elif m := _SPLIT.search(text):
        at = m.start("verb")
    else:
        at = -1
    base = [m for m in found if 0 <= at and m.start < at]
    pred = [m for m in found if at < 0 or m.start >= at]
    if at >= 0 and any(m.kind == "decision" for m in pred):
        # when the outcome was decided is of the population: "what share of medication requests were approved in 2017
        # decisions?" is of the medication requests decided in 2017
        base, pred = base + [m for m in pred if m.kind == "date"], [m for m in pred if m.kind != "date"]
    if not pred or at < 0 or not SHARE.search(text):
        rest, part = _rate_part(text, found)
        if not part:
            return _count(text, found)
        return CollectionQuery(shape="share", unit=_unit(text), where=merge(rest), part=part,
                               notes=("read as: the share of the outcome named",))
    return CollectionQuery(shape="share", unit=_unit(text), where=merge(base), part=merge(pred),
                           notes=("read as: a share of the items (or letters) named first",))


LISTED = 15  # the items (or letters) a list asked for cites ("list every approval"), beyond the few examples of a count
_EVERY = re.compile(r"\b(?:list|every|all)\b", I)


# ... asked after the count: "how many did IMR overturn, and what were they?", "how many ... - list them"
_THEM_TOO = re.compile(r"\b(?:what|which)\s+(?:ones\s+)?(?:were|are)\s+(?:they|those|these|them)\b"
                       r"|\b(?:list|name|show|cite)\s+(?:me\s+)?(?:them|those|these|each|all\s+of\s+them)\b"
                       r"|\band\s+which\s+(?:ones|cases|letters|items|requests)\b", I)


def listed(text: str) -> int:
    """How many items a count's answer cites: LISTED when the question asks for the items or letters
    themselves ("which cases were denied for no functional improvement?", "list all the approvals",
    "show me every overturned decision"), not how many there are, or asks for them after how many ("how
    many did IMR overturn, and what were they?"); 0 (the few examples) otherwise."""
    asked = _LISTING.search(text) or ITEM_LISTING.search(text) or _EVERY.search(text)
    # ... or of what kinds they were ('how many overturned, and which kinds?'): each cited under its kind
    return LISTED if asked and not COUNTING.search(text) or _THEM_TOO.search(text) or kinds_asked(text) else 0


def _count(text: str, found: list[Mention]) -> CollectionQuery:
    unit = _unit(text)
    listing = bool(_LISTING.search(text))
    shown = listed(text)
    if listing and not COUNTING.search(text):
        unit = "letters"
    if (two := _two_counts(text, found, unit)) is not None:
        return two
    reasons = [m for m in found if m.kind == "reason"]
    if unit == "items" and reasons and len(reasons) < len(found):
        # "how many MRI denials were because of no red flags?": the reason counted among the items named
        # ("28 of the 32 upheld MRI items"), not alone (28 of 28)
        return CollectionQuery(shape="count", where=merge([m for m in found if m.kind != "reason"]), part=merge(reasons),
                               total=True, shown=shown, notes=("read as: two counts: the items named, and how many of them "
                                                              "the reviewer gave the reason for",))
    if unit == "items":
        return CollectionQuery(shape="count", where=merge(found), shown=shown, notes=("read as: a count of items",))
    decisions = [m for m in found if m.kind == "decision"]
    rest = [m for m in found if m.kind != "decision"]
    mode, part, least = letter_mode(text, merge(decisions), bool(decisions))
    most = 0
    if mode == "any" and (bounds := bounded(text)):  # "how many letters have only one item?"
        least, most = bounds
    note = {"any": ("letters with " + (f"exactly {least}" if least == most else f"{least} to {most}") + " items" if most
                    else "letters with at least " + (f"{least} items" if least > 1 else "one item")) + " counted",
            "all": "letters whose every item meets it", "mixed": "letters with both outcomes"}[mode]
    return CollectionQuery(shape="count", unit="letters", where=merge(rest), part=part, letters=mode, min_items=least,
                           max_items=most, listing=listing, shown=shown, notes=(f"read as: a count of {note}",))


def _two_counts(text: str, found: list[Mention], unit: str) -> CollectionQuery | None:
    """"How many X were there, and how many were approved?": the count of X, and of its part with
    the outcome named after the second "how many" (None when the question is not of that form).
    So too a yes/no question about one outcome after a count that names none ("How many X did
    she have, and were any approved?", service.collection.cues.SECOND_ASK)."""
    second = SECOND_COUNT.search(text)
    if second and COUNTING.search(text[:second.start()]):
        at = second.start()
    elif (at := second_ask(text)) >= 0:
        named = {m.filters["decision"] for m in found if m.kind == "decision"}
        if len(named) != 1 or any(m.kind == "decision" and m.start < at for m in found):
            return None  # "were they upheld or overturned?": the count's own split answers it
    else:
        return None
    decisions = [m for m in found if m.kind == "decision" and m.start >= at]
    if not decisions:
        return None
    rest = [m for m in found if m.kind != "decision"]
    part = merge(decisions[:1])
    said = {"Upheld": "upheld (denied)", "Overturned": "overturned (approved)"}[part["decision"]]
    return CollectionQuery(shape="count", unit=unit, where=merge(rest), part=part, total=True,
                           notes=(f"read as: two counts: the {unit} named, and how many of them "
                                  + (f"have an item {said}" if unit == "letters" else f"were {said}"),))
