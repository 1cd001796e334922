"""Whether utilization review authorised any of a request, asked yes or no ("did UR give her any of it?", "did
the adjuster approve part of the PT?"): the letter's heading says it. A request UR partly authorised reads "X was
the original request. Y was authorized by the Claims Administrator. The remaining IMR eligible portion ... is: Z";
any other request UR denied whole (an IMR letter decides only what UR did not authorise)."""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.model import Item
from indexer.titles import modification, short_title
from service.amount_asked import amount_in

# the one who did utilization review, and its authorising, asked: "did UR give her any?", "has the adjuster approved
# part of it?" (not what IMR did: "did IMR give her the rest?")
_UR_ASKED = re.compile(r"\b(?:did|has|had|does)\s+(?:the\s+)?(?:UR|utili[sz]ation\s+review|adjuster|insurer|insurance"
                       r"(?:\s+company)?|carrier|claims\s+administrator)\s+(?:(?:at\s+least|even|first|originally|ever)\s+)?"
                       r"(?:approve|authori[sz]e|certify|give|allow|okay|ok|cover|let\s+(?:him|her|them|me|us)\s+have)\b",
                       re.IGNORECASE)
_DECIDED = {"Upheld": "upheld the denial of the rest", "Overturned": "overturned the denial of the rest: approved"}
# a count asked, never answered yes or no: "how many sessions did UR approve?", "how much of it did the adjuster allow?"
# ... or what part: "what part of her baclofen did UR approve?", "which portion did the adjuster allow?"
_HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\b|\b(?:what|which)\s+(?:part|portion|amount|share|bit)s?\b", re.IGNORECASE)


def asks_how_many(question: str) -> bool:
    """Whether `question` asks a count ("how many sessions did UR approve?"): its answer opens with the number, not
    with a yes or no."""
    return bool(_HOW_MANY.search(question))


def asks_ur_part(question: str) -> bool:
    """Whether `question` asks yes or no whether utilization review authorised any of the request."""
    return bool(_UR_ASKED.search(question))


def ur_part_said(item: Item, mark: Callable[[], int], counted: bool = False, unit: str = "") -> str:
    """The yes or no of utilization review's part, citing the heading (`mark`): 'Yes: utilization review authorised
    Acupuncture for 6 sessions of the original Acupuncture for 8 sessions [1]; IMR upheld the denial of the rest
    ("Acupuncture for 2 sessions")."; '' of a request UR denied whole (said by service.flows.item). `counted`: a
    count is asked ("how many sessions did UR approve?"), answered by the number, with no "Yes: " before it."""
    title = item.title or item.request
    if modified := modification(item.request):
        original, authorised = (short_title(part) for part in modified)
        # "how many refills did UR allow?" of "#60 with 3 refills" when UR authorised "#60": none of them, said first
        none = (counted and unit and (asked := amount_in(item.request, unit)) and not amount_in(modified[1], unit))
        opening = f"None of the {asked}: u" if none else "U" if counted else "Yes: u"
        return _parts_said(opening, original, authorised, item, title, mark)
    return ""  # (a request UR denied whole is said so elsewhere: "Utilization review had not approved ...")


def _parts_said(opening: str, original: str, authorised: str, item: Item, title: str, mark: Callable[[], int]) -> str:
    """'`opening`tilization review authorised X of the original Y [n]; IMR upheld the denial of the rest ("Z").'"""
    return (f"{opening}tilization review authorised {authorised} of the original {original} [{mark()}]; IMR "
            f'{_DECIDED.get(item.decision, "decided the rest")} ("{title}").')


# how many of the request went through, UR's part and IMR's together: "how many were approved in total?", "how many
# sessions did he get altogether?" (of the item in view: a follow-up names it "[the ... in case CM..]")
TOTAL_ASKED = re.compile(r"\bhow\s+many\s+(?:(?:[\w/-]+\s+){0,2}?(?:sessions|visits|pills|tablets|capsules|refills|hours|"
                         r"treatments)\s+)?(?:(?:were|was|got)\s+(?:approved|authori[sz]ed|allowed|given|certified|covered|okayed)"
                         r"|did\s+(?:he|she|they|I|we|you)\s+(?:get|end\s+up\s+with))\s+(?:in\s+total|total|altogether|"
                         r"all\s+together|in\s+all)\b", re.IGNORECASE)
# the one item a follow-up carries: "... [the 2 sessions of physical therapy in case CM17-0013754]" (not two of them)
_ONE_CARRIED = re.compile(r"\[the\s+(?:(?!\s+and\s+the\s+)[^\]])*\s+in\s+case\s+CM\d{2}-\d{7}\]\s*$", re.IGNORECASE)


# ... or how many the patient got, the units named: "the 37 yo woman with baclofen: how many pills did she get?"
_GOT_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:[\w/-]+\s+){0,2}?(?:sessions|visits|pills|tablets|capsules|refills|hours|treatments)"
                           r"\s+did\s+(?:he|she|they|I|we|you|(?:the|my|his|her|their|our)\s+(?:[\w'’/-]+\s+){0,5}?[\w'’/-]+)\s+"
                           r"(?:(?:actually|finally|end\s+up)\s+)?(?:get|getting|receive|end\s+up\s+with)"
                           # ... or get approved: "how many acupuncture sessions did the 60 yo man get approved?"
                           r"(?:\s+(?:approved|authori[sz]ed|allowed|covered|okayed|through))?\s*(?:\?|\[|$)", re.IGNORECASE)


# ... or how many of the units went through, no total word said: "how many pills were approved?" (of a request UR
# partly authorised, UR's part and IMR's; not "how many acupuncture requests were approved?", a count of requests)
_UNITS_APPROVED = re.compile(r"\bhow\s+many\s+(?:[\w/-]+\s+){0,2}?(?:sessions|visits|pills|tablets|capsules|refills|hours|"
                             r"treatments)\s+(?:were|was|got|have\s+been)\s+(?:actually\s+|finally\s+|ultimately\s+)?"
                             r"(?:approved|authori[sz]ed|allowed|given|certified|covered|okayed)\b", re.IGNORECASE)


def asks_total(question: str) -> bool:
    """Whether `question` asks how much of a request went through in all, UR's part and IMR's."""
    return bool(TOTAL_ASKED.search(question) or _GOT_HOW_MANY.search(question) or _UNITS_APPROVED.search(question))


def total_of_one(question: str) -> bool:
    """Whether `question` asks the total of the one item a follow-up carries (not a count over its letter)."""
    return asks_total(question) and bool(_ONE_CARRIED.search(question))


def total_said(item: Item, mark: Callable[[], int]) -> str:
    """How much of a request went through in all, citing the heading (`mark`): of one UR partly authorised, 'In total,
    Physical therapy for 10 sessions: utilization review authorised Physical therapy for 10 sessions of the original
    ... [1], and IMR upheld the denial of the rest ("2 sessions of physical therapy").'; of one UR denied whole, none
    where IMR upheld the denial ('None of it went through: the request for "Eight (8) physical therapy sessions" was
    denied (upheld) [1].') and all of it where IMR overturned it; '' of an item with no decision."""
    title = item.title or item.request
    if not (modified := modification(item.request)):
        if item.decision == "Upheld":
            return f'None of it went through: the request for "{title}" was denied (upheld) [{mark()}].'
        if item.decision == "Overturned":
            return f'All of it: the request for "{title}" was approved (overturned: authorised) [{mark()}].'
        return ""
    original, authorised = (short_title(part) for part in modified)
    if item.decision == "Overturned":
        return (f"In total, the whole of the original {original}: utilization review authorised {authorised} [{mark()}], and "
                f'IMR overturned the denial of the rest ("{title}"): approved.')
    return (f"In total, {authorised}: utilization review authorised {authorised} of the original {original} [{mark()}], "
            f'and IMR {_DECIDED.get(item.decision, "decided the rest")} ("{title}").')


# the part IMR decided, asked by itself: "the other 3", "the last two sessions", "the rest", "the refills" (words of
# the remaining part's title that the authorised part's lacks)
_REST_ASKED = re.compile(r"\b(?:rest|remain\w*|remainder|left\s*over|leftover|extra|additional|more|the\s+others?"
                         r"|(?:other|last|final)\s+(?:\d+|two|three|four|five|six|few|ones?|sessions?|visits?|pills?|refills?))\b",
                         re.IGNORECASE)
_TITLE_WORD = re.compile(r"#?\d+|[a-z]{3,}", re.IGNORECASE)


def asks_rest(question: str, item: Item) -> bool:
    """Whether `question` asks of the remaining part IMR decided ("were the other 3 approved?", "did IMR give the
    refills?"), not of the whole request ("did he get his acupuncture?")."""
    if _REST_ASKED.search(question):
        return True
    if not (modified := modification(item.request)):
        return False
    rest = {w.lower().lstrip("#") for w in _TITLE_WORD.findall(item.title or item.request)}
    given = {w.lower().lstrip("#") for w in _TITLE_WORD.findall(modified[1])}
    asked = {w.lower().lstrip("#") for w in _TITLE_WORD.findall(question)}
    return bool((rest - given) & asked)


def partly_said(item: Item, mark: Callable[[], int]) -> str:
    """The whole of a request UR partly authorised and IMR denied the rest of, asked yes or no ("did he get his
    acupuncture?"): 'Partly: utilization review authorised Acupuncture for 6 sessions of the original Acupuncture for
    8 sessions [1]; IMR upheld the denial of the rest ("Acupuncture for 2 sessions").'; '' of any other item."""
    if item.decision != "Upheld" or not (modified := modification(item.request)):
        return ""
    original, authorised = (short_title(part) for part in modified)
    return _parts_said("Partly: u", original, authorised, item, item.title or item.request, mark)
