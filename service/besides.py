"""What a question sets aside: "anything besides the PT denied?", "other than the neck MRI, did she
get anything approved?", "what else did IMR say no to, besides the MRIs?" ask about the patient's
OTHER requests. The thing set aside names no treatment asked about (service.understand reads the
question without it) and its items rank after the others (service.retrieve)."""

from __future__ import annotations

import re

import msgspec

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments, members

# "besides the acupuncture", "other than her neck MRI", "apart from the naproxen", "except for the PT",
# "forget the TENS", "never mind the MRI", with no article too: "other than medications", "besides PT"
# (what is set aside must name a treatment: not "other than that", "besides MTUS"):
# the thing ends at a comma, a dash, a question mark or the verb or pronoun that goes on with the question
_ASIDE = (r"(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|forget(?:\s+about)?|never\s*mind|"
          r"leaving\s+aside|not\s+counting)")
_BESIDES = re.compile(
    rf"\b{_ASIDE}\s+"
    r"(?P<thing>(?:the|his|her|their|my|our)\s+[^,?;!.\u2013\u2014]+?"
    # ... without an article, three words at most before the question goes on ("other than medications, ...",
    # not "anything besides MTUS when upholding the denial of the elbow MRI")
    r"|[^\s,?;!.\u2013\u2014]+(?:\s+[^\s,?;!.\u2013\u2014]+){0,2}?)"
    r"(?=\s*(?:[,?;!.\u2013\u2014]|\s-\s|$)|\s+(?:for|did|does|do|was|were|is|are|has|had|got|get|what|which|anything|any|denied|approved|upheld|overturned"
    r"|rejected|refused|okayed|ok'?d|authori[sz]ed|covered|non-?certified|turned|shot|knocked)\b)",
    re.IGNORECASE)


# ... or said "not the X", opening the question or a clause, and another thing asked beside it: "Not the MRI - the 53 yo
# man's nerve conduction study, what happened?", "the 29 yo woman - not the MRI, her epidural", "was it the MRI, not the
# CT, that got denied?" (the X is a correction of what was taken to be asked, never the thing asked)
_NOT_THIS = re.compile(r"(?:^|(?<=[.!?;:,])|(?<=\s[-\u2013\u2014])|(?<=[\u2013\u2014]))\s*(?:no[,.!]?\s+)?(?:I\s+mean[t]?\s+)?not\s+"
                       r"(?P<thing>(?:the|his|her|their|my|our)\s+[^,?;:!.\u2013\u2014]+?)\s*(?=[,;:\u2013\u2014]|\s-\s)",
                       re.IGNORECASE)


# ... or a kind denied of the patient's requests: "which of the 33 yo man's requests weren't MRIs?", "which requests for
# her weren't chiropractic?" (a kind, not an outcome: "which weren't denied?" is read by service.outcomes)
_NOT_KIND = re.compile(
    r"\b(?:requests?|items?|things?|ones?|treatments?|anything|something)\b[^?.;]{0,60}?\s(?P<neg>(?:that\s+|which\s+)?"
    r"(?:weren['’]?t|were\s+not|aren['’]?t|are\s+not|wasn['’]?t|was\s+not|isn['’]?t|is\s+not)\s+(?P<thing>(?:an?\s+|the\s+)?[^\s,?;!.]+(?:\s+[^\s,?;!.]+){0,2}?))(?=\s*(?:[?,;!.]|$))",
    re.IGNORECASE)


# "the farm worker's EMG got turned down but what else?", "the MRI was denied - what else did they deny?",
# "her PT got approved, anything else approved?": what was told before is set aside, when the question
# asks of the rest's outcome or stops there (not "what else can I do about the denied MRI?")
_ELSE = re.compile(r"\b(?:what|anything|everything|any(?:thing)?\s+other|what\s+other)\s+(?:else|requests?|items?|things?|stuff|"
                   r"treatments?|meds)\b(?P<rest>[^?.!;]*)", re.IGNORECASE)
_DOING_ELSE = re.compile(r"\b(?:tak(?:e|es|ing)|took|tr(?:y|ies|ied|ying)|do(?:es|ing)?|did|on|us(?:e|es|ed|ing)|had|has|have|need(?:s|ed)?)"
                         r"\s*$", re.IGNORECASE)
# what else IMR decided, said without an outcome word: "what else did he have at IMR?", "what else went to
# review?", "what else was decided?"; or what else was asked for, which IMR decided: "the 53 yo whose neck MRI
# was denied - what else did he ask for?", "what else was requested?"
_AT_IMR = re.compile(r"\b(?:decide|decided|rule|ruled|happen|happened|IMR|review(?:ed)?|ask(?:ed)?\s+for|request(?:ed)?"
                     r"|put\s+in\s+for)\b", re.IGNORECASE)
# ... or the outcome told before, said again by "too": "the surgery was denied - was everything else too?", "... does that
# mean everything else was too?"
_SO_TOO = re.compile(r"\s*(?:(?:was|were|got|is|are)\s+)?(?:too|also|as\s+well)\s*$", re.IGNORECASE)
_NOT_OUTCOME_ASKED = re.compile(r"\b(?:can|could|should|would|will|do\s+(?:I|we|you)|to\s+do|try|appeal)\b", re.IGNORECASE)


# the words that set something aside or ask of the rest, whatever follows: "besides the meds, ...", "other
# than medications", "what else was denied?", "anything else?"
_ASIDE_OR_ELSE = re.compile(rf"\b{_ASIDE}\b|\b(?:what|anything|everything)\s+else\b", re.IGNORECASE)


def asks_besides(text: str) -> bool:
    """Whether `text` sets something aside or asks what else ("besides ...", "other than ...", "what else"),
    named or not: a question of one letter's other requests."""
    return bool(_ASIDE_OR_ELSE.search(text))


def _else_told(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """`text` with the treatments told before "what else" blanked, and those (set id, word), or None."""
    from service.outcomes import WORD

    m = _ELSE.search(text)
    if not m or _NOT_OUTCOME_ASKED.search(m.group("rest")):
        return None
    if m.group(0).lower().startswith("everything") and not _SO_TOO.match(m.group("rest")):
        return None  # "omeprazole approved but everything else denied?" claims an outcome of each (service.only)
    if not m.group("rest").strip():
        # asked on its own ("... but what else?"), not what else the patient did ("she wasn't even taking
        # anything else")
        if not text[m.end():].lstrip().startswith("?") or _DOING_ELSE.search(text[: m.start()]):
            return None
    elif not WORD.search(m.group("rest")) and not _AT_IMR.search(m.group("rest")) and not _SO_TOO.match(m.group("rest")):
        return None
    before = text[: m.start()]
    found = find_treatments(before)
    if not found:
        return None
    out = text
    for _t, word in found:
        at = out.find(word, 0, m.start())
        while at >= 0:  # each time it is told: "the 63 yo with the shoulder surgery - if the surgery was denied ..."
            out = out[:at] + " " * len(word) + out[at + len(word):]
            at = out.find(word, at + len(word), m.start())
    return out, found


# the words that name a thing told: up to three words before its treatment word and "of the ..." after,
# in its own clause ("his neck MRI", "the MRI of her neck"; not "smashed his hand in a door - the MRIs")
_BEFORE = re.compile(r"(?:[^\W\d]+['/-]?\w*\s+){0,3}$")
_AFTER = re.compile(r"^\s+(?:of|for|on)\s+(?:(?:the|his|her|my|their|both)\s+)?(?:(?:left|right|low|lower|upper)\s+)?[a-z]+"
                    r"(?:\s+(?:and|&)\s+[a-z]+)?", re.IGNORECASE)


def _named_with(text: str, word: str) -> str:
    """The words of `text` that name the thing `word` names (its treatment word): `word` with up to
    three words before it in its clause and an "of the X" after it."""
    at = text.find(word)
    if at < 0:
        return word
    before = re.split(r"[,;:.?!\u2013\u2014]|\s-\s", text[:at])[-1]
    near = _BEFORE.search(before)
    after = _AFTER.match(text[at + len(word):])
    return (near.group(0) if near else "") + word + (after.group(0) if after else "")


# "the 53 yo whose neck MRI got approved - what about his x-rays?": the patient is told by a decided
# request, and another one is asked (service.patients: the letters without the told one fit less)
# ... told with the body parts it was for, listed: "the person whose PT for shoulders, elbows and wrists got denied"
_WHOSE = re.compile(
    r"\bwhose\s+(?P<thing>(?:[\w/-]+,?\s+){1,8}?)(?:got|gets|was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?P<outcome>(?P<deny>denied|turned\s+down|rejected|upheld|non-?certified)|(?P<approve>approved|overturned|okayed|"
    r"authori[sz]ed)|cut)\b",
    re.IGNORECASE)


# ... or by a sentence of the story that tells one decided: "my husband is 63, they approved the nerve test for his
# arms. did they approve the MRI too?", "UR denied her naproxen; what about the omeprazole?" (the thing ends where its
# clause does); a decision told of UR's (the adjuster's, the carrier's) is no decision of IMR's: the outcome stays open
_UR_SIDE = r"(?:UR|utilization\s+review|(?:the\s+)?(?:adjuster|carrier|insurer|insurance(?:\s+company)?|employer|claims\s+administrator))"
_DECIDED_TOLD = re.compile(
    # ... or in a clause given as the ground of the question: "since IMR approved the shoulder surgery for the 63 yo
    # man, why was the cold therapy unit denied?"
    rf"(?:^|[.;,!?]\s*|\b(?:so|and|but|then|since|because|as|now\s+that|given\s+that|seeing\s+(?:as|that))\s+)"
    rf"(?:(?P<ur>{_UR_SIDE})|they|IMR|the\s+(?:IMR\s+)?reviewer|it)\s+"
    r"(?:(?:already|finally|just|did|had|have|has)\s+)?"
    r"(?P<outcome>(?P<deny>denied|turned\s+down|rejected|refused|upheld|non-?certified)|(?P<approve>approved|okayed|ok'?d|"
    r"authori[sz]ed|overturned|covered))\s+"
    r"(?P<thing>(?:the|his|her|my|their|our)\s+(?:[\w/'-]+\s+){0,6}?[\w/'-]+)"
    r"(?=\s*(?:[.;!?,]|\s[-\u2013\u2014]\s|$))",
    re.IGNORECASE)
# ... not one of two decisions claimed: "they denied the MRI, but approved the needles, right?"
_AND_DECIDED = re.compile(r"\s*[,;]?\s*(?:and|but)\s+(?:(?:they|IMR|it)\s+)?(?:then\s+)?(?:approved|okayed|authori[sz]ed|"
                          r"overturned|covered|denied|turned\s+down|rejected|refused|upheld)\b", re.IGNORECASE)


def _told_decision(m: re.Match[str]) -> str | None:
    """The decision a "whose X got ..." clause tells ("denied": "Upheld"); None for "cut", and for a decision
    told of utilization review's ("UR denied her naproxen": IMR's is still open)."""
    if "ur" in m.groupdict() and m.group("ur"):
        return None
    return "Upheld" if m.group("deny") else "Overturned" if m.group("approve") else None


def _whose_told(text: str) -> tuple[list[tuple[str, str]], str, str | None, int] | None:
    """The treatments of a "whose X got approved" clause and its words X, when
    the rest of the question names a treatment of its own, outside what is told; None otherwise ("the
    man whose MRI was denied - why?" asks about the MRI; "whose liquid meds were denied - was the
    celebrex denied too?" asks of one more medication)."""
    whose = list(_WHOSE.finditer(text))
    for m in [*whose, *(d for d in _DECIDED_TOLD.finditer(text) if _told_then_other(text, d))]:
        found = find_treatments(m.group("thing"))
        rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        told = {t for t, _w in found}
        narrowest = {t for t in told if not any(o != t and o in members(t) for o in told)}
        # (a decision told in a sentence of the story: what is asked comes after it, the opening before it tells who the
        # patient is: "the 63 yo man's shoulder scope - since IMR approved the surgery, why was the pre-op denied?")
        asked = {t for t, _w in find_treatments(rest if m in whose else text[m.end():])}
        if found and asked and not any(a in members(n) or (a == n and not find_regions(m.group("thing")))
                                       for a in asked for n in narrowest):
            return found, m.group("thing").strip().rstrip(","), _told_decision(m), m.end()
        if found and not asked and _ALL_OF_THEIRS.search(rest, m.end()):
            # "the guy whose neck MRI got denied - was anything approved?": it tells who he is, and all his
            # requests are asked of, it too (with_rest)
            return found, m.group("thing").strip().rstrip(","), _told_decision(m), m.end()
    return None


def _told_then_other(text: str, m: re.Match[str]) -> bool:
    """Whether the decision a sentence of the story tells (_DECIDED_TOLD) is followed by a question of another
    treatment, named after it and of no set of its own, narrower or wider ("they approved the nerve test for his
    arms. did they approve the MRI too?"); not by one of it again ("the insurance turned down the scan of his neck.
    did the appeal get him the scan?", "they turned down her naproxen. is that because that pill doesnt work?"),
    by none ("they denied my MRI. did they deny it because ...?"), nor by a second decision claimed ("they denied the
    MRI, but approved the needles, right?")."""
    if _AND_DECIDED.match(text, m.end()):
        return False

    def narrowest(found: list[tuple[str, str]]) -> list[tuple[str, str]]:  # of each word, its narrowest sets
        return [(t, w) for t, w in found if not any(o != t and ow == w and o in members(t) for o, ow in found)]

    told = {t for t, _w in narrowest(find_treatments(m.group("thing")))}
    told_words = {w.lower() for _t, w in find_treatments(m.group("thing"))}
    after = narrowest(find_treatments(text[m.end():]))
    return bool(after) and not any(
        a in told or any(a in members(t) or t in members(a) for t in told) or w.lower() in told_words for a, w in after)


def _with_rest(text: str) -> bool:
    """Whether the request a "whose X got ..." clause tells is asked of with the patient's others (not "what
    else", "besides", "other")."""
    return not _ELSE.search(text) and not re.search(r"\b(?:else|other|besides)\b", text, re.IGNORECASE)


# every request of the patient's, asked of after a "whose X got ..." clause: "- was anything approved?", "did
# any of his requests get through?", "were all her things denied?"
_ALL_OF_THEIRS = re.compile(r"\b(?:anything|everything|any\s+of\s+(?:it|them|his|her|their)|all\s+of\s+(?:it|them|his|her|their)"
                            r"|(?:his|her|their)\s+(?:other\s+)?(?:requests|stuff|things|treatments))\b", re.IGNORECASE)


# "anything besides the exams denied?": the letter's examinations ("Initial exam", "Physical exam 2
# times 8"), which the word names bare only when a question sets them aside (not "the MRI exam")
_EXAMS = re.compile(r"\b(?:exams?|examinations?)\b", re.IGNORECASE)


def _exams(thing: str) -> list[tuple[str, str]]:
    """[("office_visit", word)] when the thing set aside is the exams, said bare; else []."""
    m = _EXAMS.search(thing)
    return [("office_visit", m.group(0))] if m else []


class SetAside(msgspec.Struct, frozen=True):
    treatments: tuple[str, ...] = ()  # indexer.treatments set ids of what is set aside
    regions: tuple[str, ...] = ()  # the body regions its words name ("the neck MRI": cervical)
    words: str = ""  # as the question says it ("the neck MRI")
    tells: bool = False  # it tells who the patient is ("whose neck MRI got approved"): a letter without it is not theirs
    outcome: str | None = None  # ... and the decision told of it ("got approved": "Overturned"; "got cut": None)
    with_rest: bool = False  # ... and it is asked of with the rest ("whose X got denied - was anything approved?")


def set_aside(text: str) -> tuple[str, SetAside]:
    """`text` with each "besides the X" phrase that names a treatment blanked (spaces, so the
    offsets stay), and what those phrases set aside; `text` unchanged when none does."""
    ids: list[str] = []
    regions: list[str] = []
    said: list[str] = []
    out = text
    for m in _BESIDES.finditer(text):
        thing = m.group("thing")
        found = find_treatments(thing) or _exams(thing)
        if not found:
            continue
        ids += [t for t, _w in found]
        regions += [r for r, _w in find_regions(thing)]
        said.append(thing.strip())
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    from service.outcomes import WORD

    for m in _NOT_THIS.finditer(text):
        thing = m.group("thing")
        if not (found := find_treatments(thing)) or not find_treatments(text[: m.start()] + " " + text[m.end():]):
            continue  # "not the MRI - the nerve study": only with another thing asked beside it
        if WORD.search(text[: m.start()]):
            continue  # "they approved the PT, not the MRI - why?": the MRI's outcome told, and asked
        ids += [t for t, _w in found]
        regions += [r for r, _w in find_regions(thing)]
        said.append(thing.strip())
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    for m in _NOT_KIND.finditer(text):
        thing = m.group("thing")
        if WORD.search(thing) or not (found := find_treatments(thing)):
            continue  # "which weren't denied?": an outcome negated, not a kind
        ids += [t for t, _w in found]
        regions += [r for r, _w in find_regions(thing)]
        said.append(re.sub(r"^(?:an?|the)\s+", "", thing.strip(), flags=re.IGNORECASE))
        out = out[: m.start("neg")] + " " * (m.end() - m.start("neg")) + out[m.end():]
    elsed = not ids and (told := _else_told(text)) is not None
    if elsed:
        out, found = told
        ids = [t for t, _w in found]
        words = list(dict.fromkeys(w for _t, w in found))
        regions = [r for _t, w in found for r, _w in find_regions(_named_with(text[: _ELSE.search(text).start()], w))]
        said = ["the " + " / ".join(words)]  # "besides the EMG"
    tells, outcome = False, None
    if elsed and (whose := _WHOSE.search(text[: _ELSE.search(text).start()])) and find_treatments(whose.group("thing")):
        # "the woman whose PT for the shoulder, wrist and hand was denied - anything else denied?": it tells
        # who she is too (service.told_item), by the body parts said with it
        tells, outcome = True, _told_decision(whose)
        regions = [r for r, _w in find_regions(whose.group("thing"))]
    with_rest = False
    if not ids and (whose := _whose_told(text)):
        tells = True  # the clause stays: service.story reads what it tells as the patient's story
        found, thing, outcome, end = whose
        with_rest = not find_treatments(text[end:]) and _with_rest(text)
        ids = [t for t, _w in found]
        regions = [r for r, _w in find_regions(thing)]
        # "whose neck MRI got approved": the neck MRI; "they approved his nerve test": his nerve test
        said = [thing if re.match(r"(?:the|his|her|my|their|our)\s", thing, re.IGNORECASE) else f"the {thing}"]
    if not ids:
        return text, SetAside()
    return out, SetAside(tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(regions)), " / ".join(said), tells, outcome,
                         with_rest)


def is_set_aside(aside: SetAside, item_sets: set[str] | tuple[str, ...], regions: list[str] | tuple[str, ...]) -> bool:
    """Whether an item (its treatment sets and body regions) is what the question sets aside: the
    narrowest sets named ("the naproxen": an NSAID, not every medication), of the body region named
    when one is ("other than the neck MRI": not the shoulder's MRI)."""
    named = {t for t in aside.treatments if not any(o != t and o in members(t) for o in aside.treatments)}
    if not named & set(item_sets):
        return False
    return not aside.regions or bool(set(aside.regions) & set(regions))


__all__ = ["SetAside", "asks_besides", "is_set_aside", "set_aside"]
