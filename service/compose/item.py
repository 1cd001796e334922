"""One-item answers: the decision in plain words, then Why (the reviewer's findings about this
patient, verbatim), then Guideline (the rule the findings failed or met, with its source).

    Denied (Upheld): no documented functional improvement [2].
    In case CM16-0213037, IMR upheld the denial of "Cyclobenzaprine 7.5mg #90": denied (...) [1].
    Why: "The patient has been on long term treatment with said medication." [2] ...
    Guideline: "MTUS recommends cyclobenzaprine as an option, using a short course of therapy." [3]
    (MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain)).

When the question's premise is wrong ("why was it denied" and IMR approved it), the answer says
so first. At most 5 quotes for one item: its heading, up to 3 findings and one rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.model import Item, Letter
from indexer.titles import modification, short_title
from service.amount_asked import amount_said, asked_amount, unit_asked
from service.compose import why
from service.compose.common import HEAD, PLAIN, VERB, Composer, guideline_span, guideline_words, trim
from service.future import asks_future
from service.outcomes import read_outcomes
from service.ur_part import asks_how_many, asks_rest, asks_total, asks_ur_part, partly_said, total_said, ur_part_said
from service.yes_no import decided_sentence, negated_sense, yes_no_sentence

# the correction said first when the question presumes the other decision ("why was it approved?"
# of a denial), in the words of the item's heading, which it cites
CORRECTION = {"Upheld": "IMR denied it", "Overturned": "IMR approved it"}


# the decider named: IMR, its reviewer, the state (not the patient's getting it, nor UR)
_DECIDER = re.compile(r"\bIMR\b|\bMAXIMUS\b|\bindependent\b|\breviewers?\b|\bthe\s+state\b", re.IGNORECASE)


def premise_note(premise: str | None, item: Item, mark: Callable[[], int]) -> str:
    """The correction to say first when the question presumes the other decision, else '': 'IMR denied
    it: the denial of "X" was upheld; it was not authorised [1].' (`mark`: cites the item's heading)."""
    if premise and premise != item.decision:
        return decided_sentence(CORRECTION[item.decision], item.decision, item.title or item.request, mark())
    return ""


def corrections(decision: str, titled: list[tuple[str, int]], no: bool = False, which: bool = False,
                of_two: bool = False, opening: str = "") -> str:
    """The same correction for every item of an answer about several, said once, each item with the
    citation of its heading: 'IMR denied them: "A" [1] and "B" [2] were denied (upheld: not
    authorised).' (`titled`: each item's title and heading citation). `no`: the question claims the
    other outcome of them all, to confirm ("none of his requests were denied?"): its no first, 'No: IMR
    denied them: ...'. `which`: the question asks which of them had the other outcome ("which of his PT
    was approved, neck or back?"): none had, said first, and each one's decision: 'Neither: "A" [1] and
    "B" [2] were denied (upheld: not authorised).' when it offers two (`of_two`), else 'None: ...'. `opening`: said
    first in place of the no and the correction, of a claim said negated ("the acupuncture and PT weren't approved,
    right?": 'Yes, they were approved: "A" [1] and "B" [2] were approved (overturned: authorised).')."""
    said = [f'"{title}" [{n}]' for title, n in titled]
    listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    if opening and not which:
        plain = "denied (upheld: not authorised)" if decision == "Upheld" else "approved (overturned: authorised)"
        return f"{opening}: {listed} {'was' if len(said) == 1 else 'were'} {plain}."
    if which and len(said) > 1:
        plain = "denied (upheld: not authorised)" if decision == "Upheld" else "approved (overturned: authorised)"
        return f"{'Neither' if of_two and len(said) == 2 else 'None'}: {listed} were {plain}."
    no_ = "No: " if no else ""
    if decision == "Upheld":
        return f"{no_}IMR denied them: {listed} were denied (upheld: not authorised)."
    return f"{no_}IMR approved them: {listed} were approved (overturned: authorised)."


def item_answer(c: Composer, letter: Letter, item: Item, question: str, *, chunk_id: str = "",
                premise: str | None = None, findings: int = 3, lead: bool = True, confirm: str = "",
                only: bool = False, yes_no: str | None = None, lacking: bool = False) -> str:
    """Say one item's decision, findings and rule; returns the lead line. `confirm`: whether the
    reason the question offers is the reviewer's (service.reason_asked), said before the decision.
    `only`: the item is its letter's only request, asked as "was X the only thing denied?", said in
    the sentence that cites its heading ("In case ..., the only request, "X", was denied ...").
    `yes_no`: the decision a yes/no question asks ("did IMR agree?": upheld), answered first, in
    place of a premise's correction, citing the item's heading as the sentence after it does ('No:
    "Acupuncture x 6" was approved (overturned: authorised) [1].'); `lacking`: the question names another
    thing too, which the letter did not request (no "Yes" of both: service.yes_no.yes_no_sentence)."""
    heading = trim(letter.text, item.heading_span)
    found = why.findings(letter, item, question, limit=findings)
    rule = why.rule(letter, item, found)
    reason = why.lead_reason(item, found[0] if found else None)
    title = item.title or item.request
    # (asked whether it was approved or got, of no decider named and no UR story: "did IMR approve it?", "approved by
    # IMR, wasn't it?" and "UR denied it, did IMR agree?" are of the rest IMR decided)
    partly = yes_no == "Overturned" and lead and not lacking and not asks_ur_part(question) and not asks_rest(question, item) and (
        not negated_sense(question)) and not asks_future(question) and not _DECIDER.search(question) and not any(
        o.role == "ur" for o in read_outcomes(question).found)
    if partly and (whole := partly_said(item, lambda: c.cite(letter, item, heading, chunk_id, "heading"))):
        # "did he get his acupuncture?" of 6 sessions UR authorised and 2 IMR denied: partly, not a plain no
        correction = whole
    elif yes_no:  # the heading states the decision: cited first, so it is [1] of a one-item answer
        correction = yes_no_sentence(yes_no, item.decision, title, c.cite(letter, item, heading, chunk_id, "heading"),
                                     future=asks_future(question), lacking=lacking,  # "will IMR approve it?": its past decision
                                     negated=sense if (sense := negated_sense(question)) != yes_no else None)
    else:
        correction = premise_note(premise, item, lambda: c.cite(letter, item, heading, chunk_id, "heading"))
    if lead and not correction and asks_ur_part(question):  # "did UR give her any of it?": UR's part, yes or no first
        correction = ur_part_said(item, lambda: c.cite(letter, item, heading, chunk_id, "heading"),
                                  counted=asks_how_many(question), unit=unit_asked(question))
    if lead and asks_total(question) and (total := total_said(item, lambda: c.cite(letter, item, heading, chunk_id, "heading"))):
        correction = total  # "how many were approved in total?": UR's part and IMR's, not a yes or no of the outcome word
    if lead and (unit := asked_amount(question)):  # "how many sessions did they ask for?": the heading's number first
        amount = amount_said(item, unit, lambda: c.cite(letter, item, heading, chunk_id, "heading"))
        correction = " ".join(part for part in (amount, correction) if part)
    lead_line = ""
    if lead:
        first = c.cite(letter, item, trim(letter.text, found[0]), chunk_id, "finding") if found else None
        lead_line = f"{HEAD[item.decision]}" + (f": {reason[0].lower() + reason[1:]}" if reason else "") + (
            f" [{first}]." if first else ".")
        c.say(" ".join(part for part in (correction, confirm, lead_line) if part))
    h = c.cite(letter, item, heading, chunk_id, "heading")
    what = f'the only request, "{title}",' if only else f'the request for "{title}"'
    c.say(f'In case {letter.case_number}, {what} was {PLAIN[item.decision]} [{h}].')
    if modified := modification(item.request):  # UR authorised part: IMR decided only the rest
        original, authorised = (short_title(part) for part in modified)
        c.say(f"The original request was {original}; {authorised} was authorized by the Claims Administrator "
              f"(utilization review), and IMR decided the remaining portion [{h}].")
    if found:
        c.say("Why: " + " ".join(c.quote(letter, item, span, "finding", chunk_id) for span in found))
    elif not item.sentences:
        pass  # an unlabelled letter (indexed before roles existed): no claim about its findings
    else:
        c.say(f"The reviewer's rationale states no finding about this patient's records beyond the guideline; "
              f"the item was {VERB[item.decision]}.")
    line = guideline_span(letter, item)
    if rule and any(q.case_number == letter.case_number and q.span == trim(letter.text, rule) for q in c.citations):
        pass  # (said already, as the guideline asked: "which guideline?", service.compose.facts)
    elif rule and line is not None and len(found) <= 2:  # room for the guideline line: at most 5 quotes
        said = c.quote(letter, item, rule, "guideline", chunk_id)  # numbered before the line it cites
        g = c.cite(letter, item, line, chunk_id, "guideline")
        c.say(f"Guideline: {said} ({guideline_words(item)} [{g}]).")
    elif rule:
        c.say(f"Guideline: {c.quote(letter, item, rule, 'guideline', chunk_id)} ({guideline_words(item)}).")
    elif line is not None:
        g = c.cite(letter, item, line, chunk_id, "guideline")
        c.say(f"Guideline: {guideline_words(item)} [{g}].")
    return " ".join(part for part in (correction, confirm, lead_line) if part) if lead else ""
