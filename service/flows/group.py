"""The requests of the one letter an item answer is about, asked of as a group: "were both denied?"
(group_outcome, yes_or_no), "which of her requests were denied?", "anything approved in CM16-0162902?"
(whole_letter: every request of the letter, those the answer does not explain cited by their headings; each
of them said with its decision after a yes or no over them all: each_of_them), "none of her chiro stuff got
approved?", "did they deny both her tests?" (a claim of every item, OF_THE_GROUP),
"was the MRI the only thing denied?" (only_one). service.flows.item says them before the items it
explains."""

from __future__ import annotations

import re
from collections.abc import Callable

from service.besides import SetAside, is_set_aside
from service.compose.common import Composer, trim
from service.compose.listing import WORD
from service.engine import Engine
from service.flows.chosen import ALL_OF_THEM, every_item
from service.flows.fitting import told
from service.flows.group_yes_no import ANYTHING_ASKED, NOTHING_ASKED, WHICH_OF, WHICH_ONE, yes_or_no
from service.gather import case_items
from service.only import asks_only, only_claimed, only_got, only_request_sentence, only_sentence
from service.outcomes import asked_decision
from service.reason_asked import asked_reasons
from service.types import Hit
from service.understand import Query

# a yes/no asked of several items at once: "were both denied?", "did IMR give either one back?",
# "was all of it denied?", "did they approve any of it?"
OF_THE_GROUP = re.compile(r"\b(?:both|either|neither|all\s+of\s+(?:it|them)|any\s+of\s+(?:it|them|those|these)|"
                          # "they wanted to scan my shoulder, neck and head - did I get anything?": any of those named
                          r"(?<=\s)(?:get|got|gotten|win|won)\s+anything(?!\s+(?:else|besides|but|other))|"
                          # "none of the 52 yo woman's chiro stuff got approved?": a claim of every one of them
                          r"none\s+of\s+(?:it|them|those|these|(?:the|his|her|their|my)\s+)|"
                          # "which of the two did the state reviewer okay?": which ones had the outcome
                          r"which\s+(?:one\s+)?of\s+(?:the\s+two|them|these|those)|"
                          r"all\s+(?:denied|upheld|approved|overturned)"
                          # "was everything denied for the 52 yo woman?", "everything got turned down?"
                          r"|(?:was|is|has|had)\s+everything|everything\s+(?:got\s+|was\s+)?(?:denied|upheld|approved|overturned|"
                          r"turned\s+down|rejected)"
                          # "were her requests denied too?", "were his requests approved?": all of them
                          r"|(?<!\bwhy\s)(?:were|are|got)\s+(?:his|her|their|my)\s+(?:requests|items|treatments)"
                          r"\s+(?:all\s+)?(?:denied|upheld|approved|overturned|authori[sz]ed|turned\s+down|rejected)"
                          # "were all 3 MRIs denied?", "were all his shots approved?"
                          r"|(?:were|are|got)\s+all\s+(?:\d+|two|three|four|five|the|his|her|their|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+s"
                          # ... of a patient described: "were all the 52 yo woman's chiro things denied?"
                          r"|(?:were|are|got)\s+all\s+(?:the|of\s+the)\s+\d{1,3}\s*(?:yo|y/o|years?[- ]old)\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+s"
                          # "...the shoulder, neck and head scans - were all three turned down?"
                          r"|(?:were|are|got)\s+all\s+(?:\d+|two|three|four|five|six)(?=\s+(?:of\s+them\s+)?(?:turned|denied|upheld|"
                          r"approved|overturned|rejected|refused|okayed|ok'?d|authori[sz]ed|covered)\b|\s*\?))\b",
                          re.IGNORECASE)
SAID = {"Upheld": "denied (upheld)", "Overturned": "approved (overturned)"}


# every request, one of them named as included: "they turned down everything, even the acupuncture, right?", "all
# of it was denied including the MRI?" (the whole letter, not the one named)
EVEN_THE = re.compile(r"\b(?:everything|all\s+of\s+(?:it|them)|all\s+(?:of\s+)?(?:his|her|their|my)\s+(?:requests|stuff|things))\b"
                      r"[^.?!;]{0,60}?\b(?:even|including|incl\.?)\s+(?:the|his|her|their|my)\b", re.IGNORECASE)


def whole_rows(engine: Engine, query: Query, sets: tuple[str, ...], chosen: list[Hit]) -> list:
    """The items (gather.case_items rows) of the one letter whose every request the question asks of, when
    it has more than one; else []."""
    if (len({h.case_number for h in chosen}) != 1 or (sets and not EVEN_THE.search(query.text)) or not every_item(query.text)
            or not (query.person.described or query.case_numbers) or asked_reasons(query.text)):
        return []  # "the reviewer noted PT was helping; which of her requests did that sink?": the one it sank
    rows = case_items(engine, chosen[0].case_number)
    # one request: its own lead says it (but not that it is the only one, when the question sets it aside: "besides
    # the meds, what else was denied for the 41 yo man?")
    alone = len(rows) == 1 and query.set_aside.treatments and all(is_set_aside(query.set_aside, r[3], r[4]) for r in rows)
    # ... nor when the patient is told by that request and anything of theirs is asked ("the guy whose neck MRI got
    # denied - was anything approved?": the one request, said so)
    told_one = len(rows) == 1 and bool(query.story_treatments) and bool(ANYTHING_ASKED.search(query.text))
    return rows if len(rows) >= 2 or alone or told_one else []


# the requests of a body part asked for: "which ones were for the neck?", "which of her requests are for her knee?"
_FOR_THE_PART = re.compile(r"\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:for|of|on|about)\s+(?:the|his|her|their|my)\s+"
                           r"(?:[\w-]+\s+){0,2}?[\w-]+\s*\??\s*(?:\[[^\]]*\]\s*)?$", re.IGNORECASE)


def _of_the_part(query: Query, sets: tuple[str, ...], rows: list) -> list | None:
    """Of the letter's `rows`, those of the body part the question asks for by it alone ("which ones were for the
    neck?"), when some are not; None when it asks no part so, or every request is of it."""
    if sets or not query.body_regions or query.regions_told or not _FOR_THE_PART.search(query.text):
        return None
    part = [r for r in rows if set(r[4]) & set(query.body_regions)]
    return None if len(part) == len(rows) else part


def whole_letter(engine: Engine, query: Query, sets: tuple[str, ...], chosen: list[Hit], letters: dict,
                  c: Composer, corrected: bool = False) -> str:
    """The decisions of every request of the one letter asked about, when the question asks of its
    requests ("which of her requests were denied?", "anything approved in CM16-0162902?", "what
    happened in my husband's IMR?") and the letter has more than one: "In CM16-0162840, 3 requests: 1
    approved (overturned), 2 denied (upheld)."; when the answer explains fewer than it has, the others
    too: "In CM16-0162902, all 8 requests were denied (upheld). Besides the 3 explained below: "..."
    [1]; ..."; else ''. The others are cited by their headings."""
    rows = whole_rows(engine, query, sets, chosen)
    if not rows:
        return ""
    case = chosen[0].case_number
    # ... every one of them when the outcome asked was corrected ("were any approved?": none; all denied),
    # or when the question claims one outcome of all of them ("none of his stuff got approved, right?")
    asked = None if corrected or ALL_OF_THEM.search(query.text) else (
        query.decision or query.premise or asked_decision(query.text))
    shown = {h.item_index for h in chosen}
    # ... but what it sets aside ("besides the TENS unit, was anything approved?"), unless asked of with the rest
    aside = query.set_aside if not query.set_aside.with_rest else SetAside()
    rest = [(n, title, decision) for n, title, decision, sets_, regions in rows if n not in shown and (
        not asked or decision == asked) and not is_set_aside(aside, sets_, regions)]
    letter = letters[case]  # read once by the flow

    def cited(n: int) -> str:
        item = letter.items[n - 1]
        return f"[{c.cite(letter, item, trim(letter.text, item.heading_span), role='heading')}]"

    if (part := _of_the_part(query, sets, rows)) is not None:
        # "which of CM17-0011703's requests were for the neck?": those of the part asked, then the others
        words = " or ".join(query.region_words)
        if not part:
            return f"None of the {len(rows)} requests in {case} was for the {words}: {told([r[2] for r in rows], asked)}."
        listed = "; ".join(f'"{r[1]}": {WORD[r[2]]} {cited(r[0])}' for r in part)
        others = "; ".join(f'"{r[1]}": {WORD[r[2]]} {cited(r[0])}' for r in rows if r not in part)
        return (f"In {case}, {len(part)} of the {len(rows)} requests {'was' if len(part) == 1 else 'were'} for the {words}: "
                f"{listed}. The other{'s' if len(rows) - len(part) > 1 else ''}: {others}.")
    others = "; ".join(f'"{title}": {WORD[decision]} {cited(n)}' for n, title, decision in rest)
    more = f" Besides the {len(chosen)} explained below: {others}." if rest else ""
    # ... counted without what it sets aside: "anything besides the MRI denied?": "In CM16-0230548,
    # besides the MRI, the one request was approved (overturned)", not the MRI's denial counted in
    kept = [r for r in rows if not is_set_aside(aside, r[3], r[4])]
    if kept and len(kept) < len(rows):
        return f"In {case}, besides {query.set_aside.words}, {told([r[2] for r in kept], asked)}.{more}"
    if query.set_aside.treatments and not query.set_aside.tells and not kept:
        # "anything else?" when every request was talked of: none else, and what those had
        return f"In {case}, there is no other request besides {query.set_aside.words}: {told([r[2] for r in rows], asked)}.{more}"
    return f"In {case}, {told([r[2] for r in rows], asked)}.{more}"


def only_one(engine: Engine, query: Query, chosen: list[Hit], letters: dict, c: Composer) -> str:
    """The yes/no of "was X the only thing denied?" of the one letter answered (service.only), else ''."""
    asked = only_claimed(query.text) or query.premise or query.decision or asked_decision(query.text) or only_got(query.text)
    if len({h.case_number for h in chosen}) != 1 or not asks_only(query.text):
        return ""
    case = chosen[0].case_number
    letter = letters[case]

    def cited(n: int) -> str:
        item = letter.items[n - 1]
        return f"[{c.cite(letter, item, trim(letter.text, item.heading_span), role='heading')}]"

    rows = [(n, title, d) for n, title, d, _s, _r in case_items(engine, case)]
    shown = {h.item_index for h in chosen}
    if not asked:  # "was that the only thing?": the letter's other requests, whatever their outcome
        return only_request_sentence([r for r in rows if r[0] in shown], rows, cited)
    return only_sentence(asked, [r for r in rows if r[0] in shown], rows, cited)


def group_outcome(decisions: list[str]) -> str:
    """The items' decisions said at once: "Both were denied (upheld).", "All 3 were approved
    (overturned).", "1 of the 2 was approved (overturned), 1 denied (upheld)." """
    n = len(decisions)
    if len(set(decisions)) == 1:
        return f"{'Both' if n == 2 else f'All {n}'} were {SAID[decisions[0]]}."
    approved = decisions.count("Overturned")
    return (f"{approved} of the {n} {'was' if approved == 1 else 'were'} {SAID['Overturned']}, "
            f"{n - approved} {SAID['Upheld']}.")


def each_said(rows: list[tuple[int, str, str]], cited: Callable[[int], str]) -> str:
    """Each of a letter's items (number, title, decision) with its decision, cited by `cited` (its
    heading's mark), a sentence each: '"MRI of neck and right hand without contrast" was denied (upheld)
    [1]. "Acupuncture ..." was approved (overturned) [2]' (the yes or no over a mixed pair, item by item;
    one sentence per item, so that none says two decisions of one item)."""
    return ". ".join(f'"{title}" was {SAID[decision]} {cited(n)}' for n, title, decision in rows)


def count_cited(query: Query, chosen: list[Hit], letters: dict, c: Composer, whole: str) -> str:
    """`whole` (whole_letter's sentence) with its count of one decision cited by every request's heading, which
    states it, when the answer explains only some of them ("was anything approved for the 33 yo man?" of six
    requests, three explained: 'In CM16-0234464, all 6 requests were denied (upheld) [1][2][3][4][5][6]. Besides
    the 3 explained below: ...'); else `whole` as it is (a mixed count, or one that sets a request aside)."""
    case = chosen[0].case_number
    letter = letters[case]
    head, besides, rest = whole.partition(" Besides ")
    if (not besides or query.set_aside.treatments or not whole.startswith(f"In {case}, ") or not head.endswith(".")
            or len({i.decision for i in letter.items}) != 1):
        return whole
    chunk = {h.item_index: h.chunk_id for h in chosen if h.case_number == case}
    marks = sorted(c.cite(letter, item, trim(letter.text, item.heading_span), chunk.get(n, ""), "heading")
                   for n, item in enumerate(letter.items, start=1))
    return f"{head[:-1]} {''.join(f'[{m}]' for m in marks)}.{besides}{rest}"


def each_of_them(query: Query, chosen: list[Hit], letters: dict, c: Composer, whole: str) -> str:
    """`whole` (whole_letter's sentence) after a yes or no over every request of the letter,
    when the answer explains each of them: each one's decision, cited by its heading ("the 60 yo man who
    hit his head - were both his requests denied?": 'No: in CM16-0230548, "MRI of neck ..." was denied
    (upheld) [1]; "Acupuncture ..." was approved (overturned) [2].'), or, of one decision, the count cited by
    them all ('Yes: in CM17-0018054, both requests were denied (upheld) [1][2].'); else `whole` as it is."""
    case = chosen[0].case_number
    letter = letters[case]
    shown = [h for h in chosen if h.case_number == case]
    if " Besides " in whole:
        return f"i{count_cited(query, chosen, letters, c, whole)[1:]}"
    if (len(shown) != len(letter.items) or query.set_aside.treatments or not whole.startswith(f"In {case}, ")
            or not whole.endswith(".")):
        return f"i{whole[1:]}"

    def cited(n: int) -> str:
        item = letter.items[n - 1]
        hit = next(h for h in shown if h.item_index == n)
        return f"[{c.cite(letter, item, trim(letter.text, item.heading_span), hit.chunk_id, 'heading')}]"

    rows = [(h.item_index, letter.items[h.item_index - 1].title or h.request, h.decision) for h in shown]
    if len({d for _n, _t, d in rows}) > 1:
        return f"in {case}, {each_said(rows, cited)}."
    return f"i{whole[1:-1]} {''.join(cited(n) for n, _t, _d in rows)}."


__all__ = ["ANYTHING_ASKED", "NOTHING_ASKED", "OF_THE_GROUP", "SAID", "WHICH_OF", "WHICH_ONE", "count_cited", "each_of_them", "each_said", "group_outcome", "only_one",
           "whole_letter", "whole_rows", "yes_or_no"]
