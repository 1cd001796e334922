"""Pattern answers: the reasons that recur across letters for a kind of request.

"Why are lumbar MRI requests denied?", "what do reviewers want before approving acupuncture?",
"how can a denied TENS unit get approved?":

    Of 14 lumbar MRI requests in the index, 13 were denied (upheld) and 1 approved (overturned).
    No objective findings or red flags: 9 of 13 denials. "..." [1] "..." [2]
    Conservative care not tried or failed: 4 of 13 denials. "..." [3]

The reasons are the items' reason codes (indexer.reasons), counted over every item in scope (the
catalog, not the top hits), each with verbatim finding quotes from different cases. For an
approval-minded question, what the approved ones had comes first, then what the denied ones
lacked; when none was approved, the answer says so and gives what the denials found missing.
"""

from __future__ import annotations

from collections import Counter

from indexer.model import Letter
from service.compose import why
from service.compose.common import Composer, flat, trim
from service.scope import Scope, ScopeItem
from service.types import ItemRef, ReasonGroup
from service.wording import kind_of

TOP = 4  # reasons shown
QUOTES = 2  # quotes per reason, from different cases
LETTERS = 5  # letters quoted at least, when the scope has that many
WORDS = {"Upheld": ("denial", "denials", "denied (upheld)"), "Overturned": ("approval", "approvals", "approved (overturned)")}


# A reason's items in the answer: the first this many (its `count` is all of them; GET /api/items
# with reason= lists the rest). At 1M chunks a reason stands behind thousands of items.
ITEMS_LISTED = 50


def base_rate(c: Composer, s: Scope, where: str = "in the index") -> None:
    counts = s.counts()
    total, up, over = counts["total"], counts["Upheld"], counts["Overturned"]
    c.say(f"Of {total} {kind_of(s.label, 'request' + ('s' if total != 1 else ''))} {where}, {up} {'were' if up != 1 else 'was'} "
          f"denied (upheld) and {over} approved (overturned).")


def reasons(c: Composer, items: list[ScopeItem], decision: str, letters: dict[str, Letter], question: str,
            *, top: int = TOP, ranked: bool = False) -> list[ReasonGroup]:
    """Say the recurring reason codes of `items` (all of one decision), with counts and quotes. `ranked`: `items`
    come in the order the question ranks them (the item a conversation was about first), and a tie of counts goes
    to the reason of the earlier item."""
    names = why.labels()
    counted = Counter(code for item in items for code in dict.fromkeys(item.codes) if code in names)
    order = list(names)  # ties in the taxonomy's order, the same in every process
    first = {code: next(n for n, i in enumerate(items) if code in i.codes) for code in counted} if ranked else {}
    groups = []
    quoted_cases: set[str] = set()  # letters already quoted: the next reasons prefer others
    single, plural, _said = WORDS[decision]
    for code, count in sorted(counted.items(), key=lambda kv: (-kv[1], first.get(kv[0], 0), order.index(kv[0])))[:top]:
        holders = [i for i in items if code in i.codes]
        quotes, cited = _quote_reason(c, code, holders, letters, quoted_cases)
        of = len(items)
        cases = sorted({h.case_number for h in holders})
        where = "" if quotes else (f" [{cited[0]}]" if cited else
                                   f" ({', '.join(cases[:3])}{', ...' if len(cases) > 3 else ''})")
        c.say(f"{names[code]}: {count} of {of} {plural if of != 1 else single}{where}."
              + (" " + " ".join(quotes) if quotes else ""))
        groups.append(ReasonGroup(code=code, label=names[code], count=count, of=of,
                                  items=tuple(ItemRef(case_number=h.case_number, item_index=h.item_index)
                                              for h in holders[:ITEMS_LISTED]),
                                  citations=tuple(cited)))
    if not counted and items:
        c.say(f"The {plural} give no reason that recurs across letters.")
    _more_letters(c, items, letters, quoted_cases)
    return groups


def _quote_reason(c: Composer, code: str, holders: list[ScopeItem], letters: dict[str, Letter],
                  quoted_cases: set[str]) -> tuple[list[str], list[int]]:
    """Up to QUOTES quotes of the sentences behind `code`, from different letters, letters not yet
    quoted first. Finding sentences (what this patient's records show or lack) come first; a
    guideline sentence stands in only when no holder has a finding behind the reason."""
    quotes: list[str] = []
    cited: list[int] = []
    order = sorted(holders, key=lambda h: h.case_number in quoted_cases)
    for findings_only in (True, False):
        seen: set[str] = set()
        for holder in order:
            if len(quotes) == (QUOTES if findings_only else 1):
                break
            letter = letters.get(holder.case_number)
            if letter is None or holder.case_number in seen:
                continue
            item = letter.items[holder.item_index - 1]
            roles = {tuple(s.span): s.role for s in why.sentences(item)}
            spans = next((r.spans for r in item.reasons if r.code == code), ())
            fresh = [sp for sp in spans if not _quoted(c, letter, tuple(sp))
                     and (roles.get(tuple(sp)) == "finding" or not findings_only)]
            # ... and not the very words another letter's quote gave (reviewers reuse sentences): that quote is
            # this letter's too, cited beside it, when no other sentence of its stands behind the reason
            same = [(at, sp) for sp in fresh for at, q in enumerate(quotes) if _same_words(letter, sp, q)]
            fresh = [sp for sp in fresh if not any(sp is other for _at, other in same)]
            if not fresh and same:
                at, sp = same[0]
                n = c.cite(letter, item, trim(letter.text, tuple(sp)), role=roles.get(tuple(sp), "finding"))
                quotes[at] = f"{quotes[at]}[{n}]"
                cited.append(n)
                seen.add(holder.case_number)
                continue
            if not fresh:
                continue  # no finding behind it, or its sentence is already quoted for another reason
            seen.add(holder.case_number)
            if findings_only:  # a letter counts as quoted once one of its findings is
                quoted_cases.add(holder.case_number)
            quotes.append(c.quote(letter, item, fresh[0], roles.get(tuple(fresh[0]), "finding")))
            cited.append(int(quotes[-1].rsplit("[", 1)[1].rstrip("]")))
        if quotes:
            return quotes, cited
    # every sentence behind it is quoted already, for another reason: point at that quote
    for holder in order:
        letter = letters.get(holder.case_number)
        if letter is None:
            continue
        item = letter.items[holder.item_index - 1]
        for sp in next((r.spans for r in item.reasons if r.code == code), ()):
            n = _quoted(c, letter, tuple(sp))
            if n:
                return [], [n]
    return [], []


def _same_words(letter: Letter, span, quote: str) -> bool:
    """Whether the sentence of `letter` at `span` says word for word what `quote` ('"..." [n]') quotes."""
    span = trim(letter.text, tuple(span))
    return quote.startswith(f'"{flat(letter.text[span[0]:span[1]])}"')


def _quoted(c: Composer, letter: Letter, span: tuple[int, int]) -> int:
    """The marker of the answer's quote of this sentence of the letter, or of the same words from it
    (a letter often repeats one rationale sentence under two of its items); 0 when none."""
    words = flat(letter.text[span[0]:span[1]])
    return next((x.n for x in c.citations
                 if x.case_number == letter.case_number and (x.span == span or flat(x.quote) == words)), 0)


def _more_letters(c: Composer, items: list[ScopeItem], letters: dict[str, Letter], quoted: set[str],
                  want: int = LETTERS) -> None:
    """Quote the first finding of letters not quoted yet, until `want` letters are (the reasons
    may all come from two letters; a pattern over four letters quotes all four)."""
    extra = []
    for holder in items:
        if len(quoted) >= want:
            break
        letter = letters.get(holder.case_number)
        if letter is None or holder.case_number in quoted:
            continue
        item = letter.items[holder.item_index - 1]
        found = [sp for sp in why.findings(letter, item, "", limit=3) if not _quoted(c, letter, tuple(sp))]
        if found:
            quoted.add(holder.case_number)
            extra.append(f"{holder.case_number}: {c.quote(letter, item, found[0], 'finding')}")
    if extra:
        c.say("Also: " + " ".join(extra))


def _none_of(s: Scope, outcome: str) -> str:
    """"None of the 3 ... requests was approved.", "The one ... request was not approved."."""
    if len(s.items) == 1:
        return f"The one {kind_of(s.label, 'request')} was not {outcome}."
    return f"None of the {len(s.items)} {kind_of(s.label, 'requests')} was {outcome}."


def pattern_answer(c: Composer, s: Scope, decision: str, letters: dict[str, Letter], question: str,
                   *, approval_minded: bool = False, where: str = "in the index") -> tuple[str, list[ReasonGroup]]:
    """The base rate, then the recurring reasons for `decision`; returns (lead, reason groups). `where`: the
    letters the scope is of ("of women over 60 in the index")."""
    base_rate(c, s, where)
    focus = s.with_decision(decision)
    other = s.with_decision("Upheld" if decision == "Overturned" else "Overturned")
    groups: list[ReasonGroup] = []
    if approval_minded:  # the approved first, whichever outcome the question named first
        approved, denied = s.with_decision("Overturned"), s.with_decision("Upheld")
        if approved:
            c.say(f"What the {len(approved)} approved one{'s' if len(approved) != 1 else ''} had:")
            groups += reasons(c, approved, "Overturned", letters, question)
        else:
            c.say(_none_of(s, "approved"))
        if denied:
            c.say(f"What the {len(denied)} denied one{'s' if len(denied) != 1 else ''} lacked:")
            groups += reasons(c, denied, "Upheld", letters, question)
    elif focus:
        groups += reasons(c, focus, decision, letters, question)
    else:
        c.say(_none_of(s, WORDS[decision][2]))
        if other:
            groups += reasons(c, other, other[0].decision, letters, question)
    if groups:
        top = groups[0]
        noun = WORDS[top_decision(top, s)][1 if top.of != 1 else 0]
        lead = f"{top.label}: {top.count} of {top.of} {kind_of(s.label, noun)}" + (
            f" [{top.citations[0]}]." if top.citations else ".")
    else:
        counts = s.counts()
        lead = f"{counts['Upheld']} of {counts['total']} {kind_of(s.label, 'requests')} were denied (upheld)."
    return lead, groups


def top_decision(group: ReasonGroup, s: Scope) -> str:
    first = group.items[0]
    return next(i.decision for i in s.items if (i.case_number, i.item_index) == (first.case_number, first.item_index))
