"""A count about the patient a question describes: counted within their letter, said as theirs.

"How many chiropractic requests did the 54 year old woman have, and were any approved?" counts the
items of the letter the description picks out (service.patients.described_letters), not those of
every woman in the index:

    "The 54-year-old woman (CM17-0000001) had 3 requests for chiropractic and manipulation; none
     was approved: all 3 were upheld (denied)."

The description's own words (her sex and age, the year she was hurt) chose the letter; they are
no filter on its items.
"""

from __future__ import annotations

import msgspec

from service.collection.run import Result
from service.collection.shape import SINCE_WORDS, CollectionQuery, day_figures
from service.collection.words import SHORT, label
from service.people import Person

FEW = 5  # a description that more letters than this fit (and have what is asked) picks out no one
SHAPES = ("count", "share")  # what is counted over items can be counted within one patient's letter
_DESCRIPTION = ("sex", "age_min", "age_max")
_INJURY = ("date_from", "date_to")  # "hurt in 2015": read by the collection reader as a decision date
WORDS = {"Upheld": ("denied", "upheld (denied)"), "Overturned": ("approved", "overturned (approved)")}


class Patient(msgspec.Struct, frozen=True, kw_only=True):
    who: str  # "the 54-year-old woman"
    cases: tuple[str, ...]  # their letter (or the few the description fits equally well)
    their: str = "their"  # "her", "his"


def patient(person: Person, cases: tuple[str, ...]) -> Patient:
    noun = {"female": "woman", "male": "man"}.get(person.sex or "", "patient")
    who = f"the {person.age}-year-old {noun}" if person.age else f"the {noun} described"
    return Patient(who=who, cases=cases, their={"female": "her", "male": "his"}.get(person.sex or "", "their"))


def choose(one: str | None, fitting: tuple[str, ...], having: set[str], story: bool = False) -> tuple[str, ...]:
    """The patient's letters, from the letter the description fits clearly (`one`), the letters
    that agree with everything it says (`fitting`: age, sex, injury date), and those of them
    `having` something of what is counted. The clear one, when the description tells a story (an
    occupation, how they were hurt) or no other fitting letter has what is counted; else the
    fitting letters that have some (a treatment named is firmer than ages and sexes, which many
    letters share), or, when none has, all of them; () when more than FEW remain: the description
    picks out no one."""
    if one and (story or not (having & set(fitting)) - {one}):
        return (one,)
    pool = [case for case in fitting if case in having] or ([] if one else list(fitting))
    return tuple(sorted(pool)) if len(pool) <= FEW else ()


def applies(cq: CollectionQuery) -> bool:
    """Whether `cq` can be counted within one patient's letter: counts and shares of items, and the
    days their review took."""
    if "case_number" in cq.where:
        return False
    return (cq.shape in SHAPES and cq.unit == "items") or (cq.shape == "mean" and cq.measure == "days")


def undescribed(where: dict[str, str], person: Person, diagnosis_regions: bool = False) -> dict[str, str]:
    """`where` without what the description of the person put there: sex, age, injury year, and
    the body region when only the description names it ("the abdominal muscle strain case")."""
    dropped = _DESCRIPTION + (_INJURY if person.injury_month or person.injury_year else ()) + (
        ("body_region",) if diagnosis_regions else ())
    return {k: v for k, v in where.items() if k not in dropped}


def scoped(cq: CollectionQuery, who: Patient, person: Person, diagnosis_regions: bool = False) -> CollectionQuery:
    """`cq` within the patient's letter(s); the description's sex, age and injury year dropped. An
    outcome that selects what is counted ("how many of her requests were approved?") becomes the
    part of all of them that is counted: "3 requests; none was approved"."""
    where = undescribed(cq.where, person, diagnosis_regions)
    if cq.shape == "mean" and cq.measure == "days":  # a letter's dates are its own, whatever its items:
        where = {}  # "UR refused her naprosyn in January", "the neck pain" of the story select no item
        # "did she wait more than 30 days?": her days, said (a list of letters over a length is the collection's)
        cq = msgspec.structs.replace(cq, over=0, under=0, listing=False)
    note = f"the patient described: {', '.join(who.cases)} (counted within " + \
        (f"{who.their} letter)" if len(who.cases) == 1 else "each letter that fits the description equally, on its own)")
    part, total = cq.part, cq.total
    if cq.shape == "count" and not part and "decision" in where:
        part, total = {"decision": where.pop("decision")}, True
        note += f"; all of them counted, and how many were {WORDS[part['decision']][1]}"
    return msgspec.structs.replace(cq, where={**where, "case_number": ",".join(who.cases)}, part=part, total=total,
                                   notes=(*cq.notes, note))


def whose(who: Patient) -> str:
    """ "the 54-year-old woman (CM17-0000001)", or the few letters the description fits."""
    if len(who.cases) == 1:
        return f"{who.who} ({who.cases[0]})"
    return f"the {len(who.cases)} letters that fit {who.who} ({', '.join(who.cases)})"


def split(n: int, asked: str, size: int) -> str:
    """How many of `size` had the outcome `asked`, and the rest the other: "none was approved:
    all 3 were upheld (denied)"."""
    other = "Upheld" if asked == "Overturned" else "Overturned"
    plain, said = WORDS[asked]
    every = "both" if size == 2 else f"all {size}"
    if size == 1:
        return f"it was {said}" if n else f"it was not {plain}: it was {WORDS[other][1]}"
    if n == 0:
        return f"{'neither' if size == 2 else 'none'} was {plain}: {every} were {WORDS[other][1]}"
    if n == size:
        return f"{every} were {said}"
    return f"{n} {'was' if n == 1 else 'were'} {said} and {size - n} {WORDS[other][1]}"


def both(up: int, size: int) -> str:
    """The decisions of `size` items, none asked about: "all 3 were upheld (denied)"."""
    if size == 1:
        return f"it was {WORDS['Upheld' if up else 'Overturned'][1]}"
    if up in (0, size):
        return f"{'both' if size == 2 else f'all {size}'} were {WORDS['Upheld' if up else 'Overturned'][1]}"
    return f"{up} {'was' if up == 1 else 'were'} {WORDS['Upheld'][1]} and {size - up} {WORDS['Overturned'][1]}"


def lead(cq: CollectionQuery, result: Result, who: Patient) -> str:
    """The answer's first sentence, about the patient."""
    where = {k: v for k, v in cq.where.items() if k != "case_number"}
    thing = " ".join(label({k: v for k, v in where.items() if k != "decision"}, "").split())  # "lumbar MRI"
    outcome = SHORT[where["decision"]] + " " if "decision" in where else ""
    rows = result.table.rows

    def requests(n: int) -> str:  # "3 requests for chiropractic and manipulation", "1 upheld request for MRI"
        said = f"{n} {outcome}request{'' if n == 1 else 's'}"
        return f"{said} for {thing}" if thing else said

    if cq.shape == "mean":  # the days their review took
        f = day_figures(result.table.columns, rows[0])
        n, mean, fewest, most = f["letters"], f["mean"], f["fewest"], f["most"]
        if not n:
            return f"The letter of {whose(who)} does not give both dates."
        took = f"{mean:g} days" if n == 1 else f"{mean:g} days on average ({fewest} to {most}) over {n} letters"
        return f"For {whose(who)}: {took} from {SINCE_WORDS[cq.since]} to the IMR decision."
    if cq.shape == "share":
        _l, num, den, _s = rows[0]
        base = f"Of the {requests(den)} of {whose(who)}"
        if set(cq.part) == {"decision"}:
            return f"{base}, {split(num, cq.part['decision'], den)}."
        return f"{base}, {num} {'is' if num == 1 else 'are'} {label(cq.part, '').strip()}."
    size = rows[0][1] if cq.total else result.total
    if not size and len(who.cases) > 1:
        what = f"{f'an {outcome}' if outcome else 'a '}request" + (f" for {thing}" if thing else "")
        return f"None of {whose(who)} has {what}."
    head = whose(who)[0].upper() + whose(who)[1:]
    if cq.total and size:
        n = rows[1][1]
        if set(cq.part) == {"decision"}:
            return f"{head} had {requests(size)}; {split(n, cq.part['decision'], size)}."
        return f"{head} had {requests(size)}; {n} of them {'is' if n == 1 else 'are'} {label(cq.part, '').strip()}."
    if not size or outcome:
        return f"{head} had {requests(size)}."
    return f"{head} had {requests(size)}: {both(result.counts.get('Upheld', 0), size)}."


def each_lead(cq: CollectionQuery, results: dict[str, Result], who: Patient) -> str:
    """The answer's first sentences when the description fits several letters equally: each letter
    counted on its own, as one patient's ("2 letters fit the 33-year-old man equally, so each is
    counted on its own. The 33-year-old man (CM16-0234464) had 6 requests: ..."), never their sum,
    which would make them one patient."""
    said = [lead(msgspec.structs.replace(cq, where={**cq.where, "case_number": case}), result,
                 Patient(who=who.who, cases=(case,), their=who.their)) for case, result in results.items()]
    return f"{len(results)} letters fit {who.who} equally, so each is counted on its own. " + " ".join(said)


def decided(rows: list[tuple], who: Patient) -> str:
    """What the patient's letter decided, when it has nothing of what was asked: rows of (item
    index, title, decision)."""
    listed = "; ".join(f'{index}. "{title}": {WORDS[d][1]}' for index, title, d in rows)
    return f"{who.their.capitalize()} letter decided {len(rows)} item{'s' if len(rows) != 1 else ''}: {listed}." \
        if rows else ""
