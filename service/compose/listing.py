"""List answers: the items across letters that meet the question's condition, and how many.

"Which physical therapy requests were not denied?", "in which cases was acupuncture overturned?",
"were any acupuncture requests not approved?":

    2 of the 9 acupuncture requests in the index were approved (overturned): ...
    None of the 9 acupuncture requests in the index was approved (overturned); all 9 were denied.

Every item listed carries its decision in plain words and a citation of its heading; the answer
says how many there are and how many it shows.
"""

from __future__ import annotations

from indexer.model import Letter
from service.compose import why
from service.compose.common import SHORT, Composer, trim
from service.scope import Scope, ScopeItem
from service.types import Coverage
from service.wording import kind_of

SHOWN = 5
WORD = {"Upheld": "denied (upheld)", "Overturned": "approved (overturned)"}


OTHERS_SHOWN = 3  # of the other decision, when the question asks whether X is ever approved


def list_answer(c: Composer, s: Scope, decision: str | None, letters: dict[str, Letter],
                order: list[tuple[str, int]], others: bool = False, where: str = "in the index",
                all_had: str | None = None, yes_no: bool = False, usual: bool = False,
                question: str = "") -> tuple[str, Coverage]:
    """List the items of `s` with `decision` (all when None), those in `order` (retrieval's ranking)
    first; returns (lead, coverage). `others`: the question asks whether the decision ever or always
    happens ("does IMR approve acupuncture for neck pain?"), so a few of the other decision's items
    follow, with their reasons. `where`: the letters listed from ("in the cooks' letters"). `all_had`:
    with no `decision`, the outcome the question asks every item had ("were both pantoprazole requests
    denied?"): the lead says yes or no first. `yes_no`: the question asks whether any item had `decision`
    ("did anyone get an EMG approved?", "any acupuncture approved?"): "Yes: "/"No: " leads the count. `usual`: the
    yes/no asks whether the decision is the usual one ("are cervical MRIs usually approved?"): "Yes" only when more
    than half had it, else "No: only 2 of the 9 ... were approved (overturned); 7 were denied (upheld)"; the reasons
    that recur follow the count, grouped with their counts (service.compose.pattern.reasons), not case by case."""
    rank = {key: n for n, key in enumerate(order)}
    ranked = sorted(s.items, key=lambda i: rank.get((i.case_number, i.item_index), len(rank)))
    chosen = [i for i in ranked if not decision or i.decision == decision]
    if all_had:  # "were all the MRI requests denied?": those that were not lead, they make the "No"
        chosen.sort(key=lambda i: i.decision == all_had)
    total = len(s.items)
    label = s.label
    if not chosen:
        others = s.counts()
        rest = others["Upheld"] if decision == "Overturned" else others["Overturned"]
        other = WORD['Upheld' if decision == 'Overturned' else 'Overturned']
        lead = (f"The one {kind_of(label, 'request')} {where} was not {WORD[decision]}: it was {other}." if total == 1 else
                f"None of the {total} {kind_of(label, 'requests')} {where} was {WORD[decision]}; "
                f"{_every(rest, total)} {'were' if rest != 1 else 'was'} {other}.")
        lead = _yes_or_no(lead, False) if yes_no and decision else lead
        c.say(lead)
        # what was decided instead, cited: "all 3 were denied" is checked against the letters
        for item in spread(ranked):
            c.say(item_line(c, item, letters))
        return lead, Coverage(shown=0, total=0, label=kind_of(label, plural(decision)))
    what = kind_of(label, f"request{'s' if total != 1 else ''}")
    if decision and total == 1:  # "the one ... was denied", not "1 of the 1"
        lead = f"The one {what} {where} was {WORD[decision]}."
    else:
        every = "Both" if total == 2 else f"All {total}"  # "both ... were approved", not "2 of the 2"
        lead = (f"{every if len(chosen) == total else f'{len(chosen)} of the {total}'} {what} {where} "
                f"{'were' if len(chosen) != 1 else 'was'} {WORD[decision]}." if decision else
                _every_said(total, what, s.counts(), all_had, where) if all_had else _split(total, what, s.counts(), where))
    if yes_no and decision and not all_had and usual and 2 * len(chosen) <= total:
        # "are cervical MRIs usually approved?" with 2 of 9 approved: a no, the rest's decision said
        rest = total - len(chosen)
        lead = (f"No: only {lead[0].lower()}{lead[1:-1]}; {rest} {'were' if rest != 1 else 'was'} "
                f"{WORD['Upheld' if decision == 'Overturned' else 'Overturned']}.")
    elif yes_no and decision and not all_had:
        lead = _yes_or_no(lead, True)
    c.say(lead)
    if yes_no and decision and not all_had and usual:
        _grouped(c, chosen, [i for i in ranked if i.decision != decision], decision, letters, question)
        return lead, Coverage(shown=len({i.case_number for i in chosen}), total=len(chosen),
                              label=kind_of(label, plural(decision)), filters={"decision": decision})
    for item in spread(chosen):
        c.say(item_line(c, item, letters))
    _more(c, len(chosen))
    other = "Upheld" if decision == "Overturned" else "Overturned"
    if others and decision and (rest := [i for i in ranked if i.decision == other]):
        c.say(f"{'The one' if len(rest) == 1 else f'The {len(rest)}'} {WORD[other]}:")
        for item in rest[:OTHERS_SHOWN]:
            c.say(item_line(c, item, letters))
    return lead, Coverage(shown=min(SHOWN, len(chosen)), total=len(chosen),
                          label=kind_of(label, plural(decision)),
                          filters={"decision": decision} if decision else {})


def usual_answer(c: Composer, s: Scope, decision: str, letters: dict[str, Letter], order: list[tuple[str, int]],
                 question: str, where: str = "in the index") -> str:
    """"Do reviewers usually turn down PT?", "is neck PT usually approved?" (a pattern's yes/no of the usual outcome):
    the yes or no with the count first ("Yes: 18 of the 19 ... were denied (upheld).", "No: only 1 of the 5 ... was
    approved (overturned); 4 were denied (upheld)."), then the reasons that recur, grouped with their counts; returns
    the lead. `order`: retrieval's ranking of the items."""
    rank = {key: n for n, key in enumerate(order)}
    ranked = sorted(s.items, key=lambda i: rank.get((i.case_number, i.item_index), len(rank)))
    chosen = [i for i in ranked if i.decision == decision]
    total, other = len(s.items), "Upheld" if decision == "Overturned" else "Overturned"
    what = kind_of(s.label, f"request{'s' if total != 1 else ''}")
    if total == 1:
        lead = f"{'Yes' if chosen else 'No'}: the one {what} {where} was {WORD[decision if chosen else other]}."
    elif 2 * len(chosen) > total:
        every = "both" if total == 2 else f"all {total}"
        lead = (f"Yes: {every if len(chosen) == total else f'{len(chosen)} of the {total}'} {what} {where} "
                f"{'were' if len(chosen) != 1 else 'was'} {WORD[decision]}.")
    else:
        rest = total - len(chosen)
        lead = (f"No: {'only ' + str(len(chosen)) if chosen else 'none'} of the {total} {what} {where} "
                f"{'were' if len(chosen) > 1 else 'was'} {WORD[decision]}; {rest} {'were' if rest != 1 else 'was'} {WORD[other]}.")
    c.say(lead)
    _grouped(c, chosen, [i for i in ranked if i.decision != decision], decision, letters, question)
    return lead


def _grouped(c: Composer, chosen: list[ScopeItem], rest: list[ScopeItem], decision: str, letters: dict[str, Letter],
             question: str) -> None:
    """After the count of a usual outcome asked ("is PT usually denied?": "Yes: 18 of the 19 ..."), the reasons
    that recur among those with the outcome, each with how many of them gave it ("Beyond the guideline's quantity
    or duration: 11 of 18 denials."), then the other outcome's: its one or few items each with its reason, or its
    reasons grouped when there are more."""
    from service.compose.pattern import reasons

    other = "Upheld" if decision == "Overturned" else "Overturned"
    for items, said in ((chosen, decision), (rest, other)):
        if not items:
            continue
        n = len(items)
        if said == decision and n == 1:  # the one of its kind: its own reason, as a list gives it
            c.say(item_line(c, items[0], letters))
            continue
        if said == decision:
            c.say(f"Why {'both' if n == 2 else f'the {n}'} were {WORD[said].split(' ')[0]}:")
        else:
            c.say(f"{'The one' if n == 1 else f'The {n}'} {WORD[said]}:")
            if n <= OTHERS_SHOWN:
                for item in items:
                    c.say(item_line(c, item, letters))
                continue
        reasons(c, items, said, letters, question, ranked=True)


def _yes_or_no(lead: str, had: bool) -> str:
    """The count `lead` after the yes or no it gives: "Yes: 1 of the 5 EMG requests ...", "No: none of ..."."""
    return f"{'Yes' if had else 'No'}: {lead if lead[:1].isdigit() else lead[0].lower() + lead[1:]}"


def spread(items: list[ScopeItem], shown: int = SHOWN) -> list[ScopeItem]:
    """The first `shown` of `items` (in their order) taken one letter at a time: a list of the
    medications denied for women shows five women's, not four requests of one woman's letter and
    one of another's; a letter's second item comes only when every letter has one shown. The
    items keep their order within the shown ones."""
    if len(items) <= shown:
        return items
    taken: list[int] = []
    seen: dict[str, int] = {}
    for rank in range(1, shown + 1):  # first each letter's first item, then its second, ...
        for n, item in enumerate(items):
            if len(taken) == shown:
                break
            if n not in taken and seen.get(item.case_number, 0) == rank - 1:
                seen[item.case_number] = rank
                taken.append(n)
    return [items[n] for n in sorted(taken)]


def _split(total: int, what: str, counts: dict[str, int], where: str = "in the index") -> str:
    """The lead of a list of every outcome: "5 CT scan requests are in the index: 1 approved (overturned), ..."."""
    if total == 1:
        return f"The one {what} {where} was {WORD['Upheld' if counts['Upheld'] else 'Overturned']}."
    return (f"{total} {what} are {where}: {counts['Overturned']} {WORD['Overturned']}, "
            f"{counts['Upheld']} {WORD['Upheld']}.")


def _every_said(total: int, what: str, counts: dict[str, int], every: str, where: str) -> str:
    """Whether each of `total` items had the outcome `every`: "Yes: both pantoprazole requests in the
    index were denied (upheld).", "No: 1 of the 3 ... was approved (overturned); 2 were denied (upheld)."."""
    had, other = counts[every], "Upheld" if every == "Overturned" else "Overturned"
    if total == 1:
        return f"{'Yes' if had else 'No'}: the one {what} {where} was {WORD[every if had else other]}."
    if had == total:
        return f"Yes: {'both' if total == 2 else f'all {total}'} {what} {where} were {WORD[every]}."
    rest = total - had
    return (f"No: {had if had else 'none'} of the {total} {what} {where} {'was' if had <= 1 else 'were'} {WORD[every]}; "
            f"{_every(rest, total) if had == 0 else rest} {'was' if rest == 1 else 'were'} {WORD[other]}.")


def reason_answer(c: Composer, s: Scope, decision: str, having: list[ScopeItem], decided: int, reasons: str,
                  wanted: frozenset[str], letters: dict[str, Letter], yes_no: bool = False,
                  where: str = "in the index") -> str:
    """The items of `s` with `decision` whose reviewer gave a reason of `wanted` (`having`, of `decided`
    with that decision; `reasons`: the reasons' labels), each with the finding behind it; returns the
    lead: "The reviewer gave that reason (no documented functional improvement) in 2 of the 3 denied
    (upheld) PT requests in the index:". `yes_no`: the question asks whether there is one ("is there a
    case where ...?"): said first. `where`: the letters they are from ("of women in the index")."""
    what = f"{WORD[decision]} {kind_of(s.label, 'request' + ('s' if decided != 1 else ''))} {where}"
    if not having:
        lead = (f"The reviewer gave that reason ({reasons}) in none of the {decided} {what}." if decided else
                f"No {kind_of(s.label, 'request')} {where} was {WORD[decision]}.")
    else:
        lead = f"The reviewer gave that reason ({reasons}) in {len(having)} of the {decided} {what}:"
    if yes_no:
        lead = f"{'Yes' if having else 'No'}: {lead[0].lower()}{lead[1:]}"
    c.say(lead)
    for item in having[:SHOWN]:
        c.say(item_line(c, item, letters, wanted))
    _more(c, len(having))
    return lead


def _more(c: Composer, listed: int) -> None:
    if listed > SHOWN:
        c.say(f"{listed - SHOWN} more are not shown; list them all in Search or Browse.")


def item_line(c: Composer, item: ScopeItem, letters: dict[str, Letter], codes: frozenset[str] = frozenset()) -> str:
    """'CM…: "title", upheld (denied) [n].' and its first finding with the label of its reason; with
    `codes`, the first finding behind one of those reasons, unlabelled (the lead names them)."""
    letter = letters.get(item.case_number)
    if letter is None:
        return f'{item.case_number}: "{item.title}", {SHORT[item.decision]}.'
    it = letter.items[item.item_index - 1]
    n = c.cite(letter, it, trim(letter.text, it.heading_span), role="heading")
    said = f'{item.case_number}: "{item.title}", {SHORT[item.decision]} [{n}].'
    if codes:
        spans = next((r.spans for r in it.reasons if r.code in codes and r.spans), ())
        return f"{said} {c.quote(letter, it, spans[0], 'finding')}" if spans else said
    found = why.findings(letter, it, "", limit=1)
    reason = why.lead_reason(it, found[0] if found else None)
    return f"{said} {reason}: {c.quote(letter, it, found[0], 'finding')}" if found and reason else said


def plural(decision: str | None) -> str:
    return {"Upheld": "denials", "Overturned": "approvals"}.get(decision or "", "requests")


def _every(rest: int, total: int) -> str:
    """How many of `total` the rest are: "both", "all 3", or the number ("2" of 3)."""
    return str(rest) if rest != total else "both" if total == 2 else f"all {total}"
