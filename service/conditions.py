"""Conditions a question across letters sets on the items besides their kind: the patients they are of
(a sex named in the plural, an age range: "did any of the women get their MRI approved?", "any men over
50 get acupuncture approved?") and utilization review's partial authorisation ("any acupuncture approved
where UR had cut the sessions?": service.partly).

A list or pattern filters its items by them (service.plan: the catalog's `sex`, `age_min`, `age_max` and
`modified` filters), and its count says of whom: "1 of the 18 MRI requests of women in the index was
approved (overturned)". A job in the plural is service.job_group's. One patient described ("the 52 yo woman", "the two 46-year-old women") sets none: their own
letters answer (service.people, service.flows.fitting).
"""

from __future__ import annotations

import re

import msgspec

from service.collection.lexicon import _AGE, _DECADE, _ages
from service.job_group import plural_job
from service.partly import partly_authorised
from service.people import Person, one_person, particular_people

I = re.IGNORECASE
_OF = r"(?:patients|workers|employees|claimants|applicants|injured\s+workers)"
_WOMEN = re.compile(rf"\b(?:women|ladies|females|gals|female\s+{_OF})\b", I)
_MEN = re.compile(rf"\b(?:men|guys|males|gentlemen|male\s+{_OF})\b", I)
# a few of them counted, not a population: "two women had shoulder MRIs denied", "both men"
_COUNTED = re.compile(r"\b(?:two|three|four|both|the\s+\d+|\d+)\s+(?:[\w-]+\s+){0,2}?(?:women|ladies|females|gals|men|guys|males)\b", I)


class Population(msgspec.Struct, frozen=True):
    """The patients a question across letters names: its filters (service.filters names) and in words."""

    filters: dict[str, object]
    words: str  # "women over 50", "men", "patients 60 and over"


def population(text: str, person: Person) -> Population | None:
    """The patients `text` names as a group, by sex in the plural or an age range, or None (one person
    described, a few counted, both sexes, or neither named)."""
    # ... described by a decade alone, of many ("women in their 60s"), is a population
    decade = person.ages is not None and not (person.age or person.occupations or person.injury_month
                                              or person.injury_year or one_person(text, person))
    if (person.described and not decade) or particular_people(text) or _COUNTED.search(text):
        return None
    women, men = _WOMEN.search(text), _MEN.search(text)
    sex = "female" if women and not men else "male" if men and not women else None
    bands: list[tuple[dict[str, str], str]] = []
    _ages(text, lambda _kind, band, _start, _end, label: bands.append((band, label)))
    if decade and not bands and person.ages:
        bands.append(({"age_min": str(person.ages[0]), "age_max": str(person.ages[1])},
                      f"aged {person.ages[0]} to {person.ages[1]}"))
    if not sex and len(bands) != 1:
        return None
    filters: dict[str, object] = {"sex": sex} if sex else {}
    band, label = bands[0] if len(bands) == 1 else ({}, "")
    label = f"aged {label}" if label[:1].isdigit() else label  # "aged 50 to 59", "over 50"
    filters |= {name: int(value) for name, value in band.items()}
    who = {"female": "women", "male": "men"}.get(sex or "", "patients")
    return Population(filters=filters, words=f"{who} {label}".strip())


def without_population(text: str) -> str:
    """`text` with the words that name a population blanked (same length): "what did the women over 60
    get approved?" asks no date with its "60"."""
    for rx in (_WOMEN, _MEN, _AGE, _DECADE):
        text = rx.sub(lambda m: " " * len(m.group(0)), text)
    return text


def where_words(group: str) -> str:
    """Where the items of a list are from, in words: "in the index", or "of women over 50 in the
    index" of a population (`group`: its words)."""
    return f"of {group} in the index" if group else "in the index"


# a yes/no whether any item across letters had the outcome under the condition: "any acupuncture approved
# where UR had cut the sessions?", "were any PT requests UR modified approved?"
_ANY = re.compile(r"^\s*(?:(?:were|was|did|has|have|is|are)\s+(?:there\s+)?)?any\b|\bany\s+(?:of\s+the\s+)?(?:women|men|"
                  r"ladies|guys|patients|workers)\b", I)


def across_letters(text: str, person: Person, treatments: tuple[str, ...], cases: tuple[str, ...],
                   selected: str | None = None) -> bool:
    """Whether a question read as of one item asks across letters, under a condition the collection
    filters by: a treatment named of a population ("any men over 50 get acupuncture approved?"), of a
    job in the plural ("any truck drivers get an MRI approved?": service.job_group) or of requests UR
    partly authorised ("any acupuncture approved where UR had cut the sessions?"). `selected`: the outcome
    the question selects plainly, which a population's requests may be asked by alone ("what did the
    women over 60 get approved?")."""
    if cases or not (treatments or selected):
        return False
    if population(text, person) is not None:  # ... "which of the men's MRIs were denied?" too
        return bool(_ANY.search(text) or _WHICH.match(text))
    if not treatments:
        return False
    return bool(_ANY.search(text)) and not person.described and (partly_authorised(text) or plural_job(text) is not None)


_WHICH = re.compile(r"^\s*(?:which|what)\b", I)
