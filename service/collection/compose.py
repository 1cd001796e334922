"""A collection answer: the number in a sentence, the table behind it, the rule in words, and
example items cited by their headings (verbatim, through the Composer).

    "13 lumbar MRI items are in the index: 12 upheld (denied) and 1 overturned (approved).
     For example: "MRI of the lumbar spine: Upheld" [1] ..."

Counts that a user's word could read two ways say which way they were read: the items of a
neighbouring set left out ("1 occupational therapy request is counted apart") or counted in both
(hand therapy is physical and occupational therapy), and the
items counted under a region only because the request says "back".
"""

from __future__ import annotations

import msgspec

from indexer.reasons import CODES
from indexer.taxonomy import find_regions
from service.collection.run import Result
from service.collection.shape import SINCE_WORDS, CollectionQuery, day_figures, either_outcome
from service.collection.dimensions import WORDS
from service.collection.words import LABELS, label, letters_phrase
from service.compose.common import Composer, flat
from service.compose.why import findings
from service.filters import item_condition, validate

# Sets a user may mean by another's name: counted apart, and said so.
NEIGHBOURS = {"physical_therapy": ("occupational_therapy",), "occupational_therapy": ("physical_therapy",),
              "tens": ("e_stim",), "e_stim": ("tens",), "chiropractic": ("massage",)}
_PLAIN = {"Upheld": "denied", "Overturned": "approved"}  # IMR's decision, as the patient hears it
VAGUE_REGION_WORDS = frozenset({"back", "spine", "leg", "legs", "arm", "arms"})
MAX_READ = 20_000  # requests re-read for vague region words


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:.0f}%" if den else "0%"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s" if not word.endswith("s") else f"{n} {word}"


def _items_word(n: int, unit: str = "items") -> str:
    return ("letter" if unit == "letters" else "item") + ("" if n == 1 else "s")


def lead(cq: CollectionQuery, result: Result) -> str:
    """The answer's first sentence: the number asked for."""
    rows = result.table.rows
    if cq.shape == "count" and cq.total:
        return _two_counts_lead(cq, result)
    if cq.shape == "count" and cq.unit == "items":
        n, up, over = result.total, result.counts.get("Upheld", 0), result.counts.get("Overturned", 0)
        split = "" if "decision" in cq.where else f": {up} upheld (denied) and {over} overturned (approved)"
        if result.of_decided:  # "how many neck MRIs were approved?": of how many decided
            whole = label(either_outcome(cq.where), _items_word(result.of_decided))
            split = f", of {result.of_decided} {whole} in all ({pct(n, result.of_decided)})"
        return f"{n} {label(cq.where, _items_word(n))} {'is' if n == 1 else 'are'} in the index{split}."
    if cq.shape == "count":
        return _letters_lead(cq, result.total)
    if cq.shape == "share":
        _l, num, den, _s = rows[0]
        base = label(cq.where, cq.unit)
        if not den:  # "what percentage of MRIs decided in 2016 were overturned?" of an index with none: no share
            return f"No {base} are in the index, so there is no share to give."
        if set(cq.part) == {"decision"} and cq.unit == "items":
            up, over = result.counts.get("Upheld", 0), result.counts.get("Overturned", 0)
            return (f"Of {den} {base} in the index, {up} ({pct(up, den)}) {'were' if up != 1 else 'was'} upheld "
                    f"(denied) and {over} ({pct(over, den)}) overturned (approved).")
        if cq.unit == "letters" and (cq.letters != "any" or cq.min_items > 1 or cq.max_items):
            return (f"Of {den} {base} in the index, {num} ({pct(num, den)}) {'are' if num != 1 else 'is'} "
                    f"{letters_phrase(msgspec.structs.replace(cq, where={}))}: a share of {rows[0][-1]:.3f}.")
        return (f"Of {den} {base} in the index, {num} ({pct(num, den)}) {'are' if num != 1 else 'is'} "
                f"{label(cq.part, '').strip()}: a share of {rows[0][-1]:.3f}.")
    if cq.shape == "top":
        dim = WORDS[cq.by or "kind"]
        head = f"Among {label(cq.where, cq.unit)}, by {dim}" if cq.where else f"By {dim}"
        if not rows:
            return f"{head}, nothing is in scope."
        said = "; ".join(f"{r[0]}: {_value(r, cq.unit)}" for r in rows)
        if cq.n:
            return f"{head}, the top {len(rows)}: {said}."
        if len(rows) > 1:
            return f"{head}, {len(rows)} are tied at the top: {said}."
        return f"{head}, {rows[0][0]} comes first, with {_value(rows[0], cq.unit)}."
    if cq.shape == "compare":
        said = "; ".join(f"{r[0]}: {_value(r, cq.unit)}" for r in rows)
        if cq.part:
            head = f"Among {label(cq.where, cq.unit)}, the share" if cq.where else "The share"
            return f"{head} {_part_words(cq.part)}, by group: {said}."
        if cq.of_where and result.total:  # "what share of the denials cited ODG vs MTUS?": of the denials
            said = "; ".join(f"{r[0]}: {r[1]} of {result.total} ({pct(int(r[1]), result.total)})" for r in rows)
            both = " (one can count in more than one group)" if sum(int(r[1]) for r in rows) > result.total else ""
            return f"Of {result.total} {label(cq.where, _items_word(result.total, cq.unit))}, by group: {said}{both}."
        # counts, no share: "Among upheld items, by group: female: 69 items; male: 57 items."
        return f"Among {label(cq.where, cq.unit)}, by group: {said}." if cq.where else f"By group: {said}."
    if cq.shape == "trend":
        said = "; ".join(f"{r[0]}: {_value(r, cq.unit)}" for r in rows)
        what = label(cq.where, cq.unit) + (f", the share {_part_words(cq.part)}" if cq.part else "")
        return f"By decision month, {what}: {said}."
    if cq.measure == "age":
        f = day_figures(result.table.columns, rows[0])
        n, mean, median, fewest, most = f["letters"], f["mean"], f["median"], f["fewest"], f["most"]
        if not n:
            return f"No {label(cq.where, 'letters')} in the index give the patient's age."
        over = f"over the {n} {label(cq.where, _items_word(n, 'letters'))} that give it"
        if n == 1:
            return f"The patient's age: {mean:g}, in the one {label(cq.where, 'letter')} that gives it."
        if cq.stat == "median":
            return f"The patients' median age is {median:g} (mean {mean:.1f}, {fewest} to {most}), {over}."
        return f"The patients' mean age is {mean:.1f} (median {median:g}, {fewest} to {most}), {over}."
    if cq.measure == "days" and (cq.over or cq.under):
        return _waits_lead(cq, result)
    if cq.measure == "days":
        f = day_figures(result.table.columns, rows[0])
        n, mean, median, fewest, most = f["letters"], f["mean"], f["median"], f["fewest"], f["most"]
        if not n:
            return f"No {label(cq.where, 'letters')} in the index give both dates."
        head = f"From {SINCE_WORDS[cq.since]} to the IMR decision:"
        if n == 1:
            case = cq.where.get("case_number", "")
            where = f"case {case}" if case and "," not in case else f"the one {label(cq.where, 'letter')}"
            return f"{head} {mean:g} days, in {where}."
        over = f"over {n} {label(cq.where, _items_word(n, 'letters'))}"
        if cq.stat == "median":
            return (f"{head} a median of {median:g} days (mean {mean:.1f}, "
                    f"{fewest} to {most}), {over}.")
        if cq.stat in ("fewest", "most"):
            said = f"the longest {most}" if cq.stat == "most" else f"the shortest {fewest}"
            other = f"the shortest {fewest}" if cq.stat == "most" else f"the longest {most}"
            return (f"{head} {said} days ({other}; mean {mean:.1f}, "
                    f"median {median:g}), {over}.")
        return (f"{head} {mean:.1f} days on average (median {median:g}, "
                f"{fewest} to {most}), {over}.")
    _l, items, letters, mean = rows[0]
    return f"{items} {_items_word(items)} in {letters} {_items_word(letters, 'letters')}: {mean:.3f} items per letter on average."


def _waits_lead(cq: CollectionQuery, result: Result) -> str:
    """ "2 of the 74 letters that give both dates took more than 70 days from utilization review's denial to the
    IMR decision: CM16-0234464 (76 days), ..." """
    n, given = result.total, result.counts.get("letters", 0)
    than = f"{'more' if cq.over else 'fewer'} than {cq.over or cq.under} days"
    span = f"from {SINCE_WORDS[cq.since]} to the IMR decision"
    whole = label(cq.where, _items_word(given, "letters"))
    if not n:
        return f"None of the {given} {whole} that give both dates took {than} {span}."
    listed = ", ".join(f"{case} ({days} days)" for case, days in result.table.rows[:LISTED])
    more = f", and {n - LISTED} more in the table" if n > LISTED else ""
    return (f"{n} of the {given} {whole} that give both dates took {than} {span}: {listed}{more}.")


LISTED = 12  # letters named in a wait's first sentence; the rest in the table


def _two_counts_lead(cq: CollectionQuery, result: Result) -> str:
    """ "5 acupuncture items are in the index; 3 of them were overturned (approved) and 2 upheld (denied)." """
    (_a, size), (_b, n) = result.table.rows[:2]
    whole = label(cq.where, _items_word(size, cq.unit))
    head = f"{size} {whole} {'is' if size == 1 else 'are'} in the index"
    words = _part_words(cq.part)
    if cq.unit == "letters":
        return f"{head}; {n} of them {'has' if n == 1 else 'have'} at least one {words} item."
    if set(cq.part) == {"reason"} and cq.unit == "items":
        given = " or ".join(CODES[c].label.lower() for c in cq.part["reason"].split(",") if c in CODES)
        return f"{head}; the reviewer gave the reason {given} in {n} of them ({pct(n, size)})."
    if set(cq.part) == {"decision"}:
        other = "overturned (approved)" if cq.part["decision"] == "Upheld" else "upheld (denied)"
        return f"{head}; {n} of them {'was' if n == 1 else 'were'} {words} and {size - n} {other}."
    return f"{head}; {n} of them {'is' if n == 1 else 'are'} {words}."


def _letters_lead(cq: CollectionQuery, n: int) -> str:
    phrase = letters_phrase(cq)
    if phrase == "letters":
        return f"{n} {_items_word(n, 'letters')} {'is' if n == 1 else 'are'} in the index."
    return f"{n} {_items_word(n, 'letters')} {'has' if n == 1 else 'have'} {phrase.split(' with ', 1)[1]}."


def _part_words(part: dict[str, str]) -> str:
    if set(part) == {"decision"}:
        return {"Upheld": "upheld (denied)", "Overturned": "overturned (approved)"}[part["decision"]]
    return label(part, "").strip()


def _value(row: tuple, unit: str) -> str:
    if len(row) == 4:
        if not row[2]:  # "was the TENS denied more often than the H-wave?" with no H-wave request: no share to give
            return "none in the index, so no share"
        return f"{row[1]} of {row[2]} ({pct(row[1], row[2])})"
    return f"{row[-1]} {_items_word(int(row[-1]), unit)}"


def caveats(query, cq: CollectionQuery, shown: tuple[str, ...] = ()) -> list[str]:
    """What a word of the question could also have meant, and how it was counted; `shown` are the
    labels a ranking by treatment or body region shows, checked the same way."""
    scopes = [(cq.where, f) for f in (cq.where, cq.part, *(g.where for g in cq.groups))]
    if cq.by in ("kind", "treatment"):
        scopes += [(cq.where, {"treatment": s}) for s, words in LABELS.items() if words in shown]
    if cq.by == "body_region":
        scopes += [(cq.where, {"body_region": r}) for r in shown]
    out: list[str] = []
    for where_, filters in scopes:
        for set_id in filters.get("treatment", "").split(","):
            for other in NEIGHBOURS.get(set_id, ()):
                rest = {k: v for k, v in {**where_, **filters}.items() if k != "treatment"}
                where, params = item_condition(validate(rest))
                # the neighbour's items, in one pass: those not of this set, and those of both
                n, both = query(
                    f"SELECT count(*) - count(mine.item_id), count(mine.item_id) FROM items i JOIN item_treatments t "
                    f"ON t.item_id = i.id AND t.treatment = ? LEFT JOIN item_treatments mine ON mine.item_id = i.id "
                    f"AND mine.treatment = ? WHERE {where}", [other, set_id, *params])[0]
                if n:
                    out.append(f"Not counted as {LABELS[set_id]}: {n} {LABELS[other]} "
                               f"request{'s' if n != 1 else ''}, which some would count with it.")
                if both:
                    out.append(f"Also counted as {LABELS[other]}: {both} request{'s' if both != 1 else ''} "
                               "that could be either (hand therapy, or both named).")
        for region in filters.get("body_region", "").split(","):
            if region:
                out += _vague(query, {**where_, **filters}, region)
    return list(dict.fromkeys(out))


def _vague(query, filters: dict[str, str], region: str) -> list[str]:
    """Items counted under `region` only because the request says "back" (or another vague word)."""
    where, params = item_condition(validate(filters))
    if query(f"SELECT count(*) FROM items i WHERE {where}", params)[0][0] > MAX_READ:
        return []  # too many requests to read again here
    words = [w.lower() for (request,) in query(f"SELECT i.request FROM items i WHERE {where}", params)
             for r, w in find_regions(request) if r == region and w.lower() in VAGUE_REGION_WORDS]
    if not words:
        return []
    said = " or ".join(f"'{w}'" for w in dict.fromkeys(words))
    return [f"Counted as {region}: {len(words)} request{'s' if len(words) != 1 else ''} that name only {said}."]


def examples(c: Composer, letters: dict, refs: tuple[tuple[str, int], ...], intro: str = "For example, ",
             why: str = "", why_letters: int | None = None) -> None:
    """Cite the example items by their headings, verbatim (`intro` before the first), each with its
    decision in plain words outside the quote ("CM17-0010885, approved: "...: Overturned" [1]."):
    the quote is the letter's words, the answer's own claim is said too. `why`: the question, when
    each item's most decisive findings are quoted after it too (two for one item) ('Why: "..." [2].');
    `why_letters`: only the first item of each of that many letters gets its finding (a longer list)."""
    n = 0
    reasoned: set[str] = set()  # the letters whose item's finding was quoted
    for case, index in refs:
        letter = letters.get(case)
        if letter is None or not 0 < index <= len(letter.items):
            continue
        item = letter.items[index - 1]
        said = _PLAIN.get(item.decision)
        # one sentence each, so each citation supports its own
        c.say((intro if n == 0 else "") + f"{case}{', ' + said if said else ''}: "
              f"{c.quote(letter, item, item.heading_span, 'heading')}.")
        n += 1
        if why_letters is not None and (case in reasoned or len(reasoned) >= why_letters):
            continue
        if why and (found := findings(letter, item, why, limit=2 if len(refs) == 1 else 1)):
            c.say("Why: " + " ".join(c.quote(letter, item, span, "finding") for span in found) + ".")
            reasoned.add(case)


__all__ = ["caveats", "examples", "flat", "lead"]
