"""A group of patients told by age band or sex: "women over 60", "patients in their 20s", "people
over 50", "for men under 40". Across letters, a group is a filter of a list, a pattern or a count
(sex, age_min, age_max: service.filters), never one patient described: "list the denied MRIs for
women over 60" lists the MRIs of the women older than 60, "which requests for patients in their
20s got approved?" the approvals of patients aged 20 to 29.

A group is a plural of people (patients, people, workers, claimants, women, men, ...) with an age
band right after it ("over 60", "under 40", "60 and over", "in their 20s", "aged 30-39", "between
30 and 40"), or a plural of one sex after "for", "of" or "among" ("for women"). One person
("the 61 year old woman", "a man in his fifties") is service.people's. A plural of one sex alone is a
group too when no one patient is described and no few are counted: "did any of the women get their MRI
approved?", "which of the men's MRIs were denied?" (not "two women had shoulder MRIs denied").

`population` is the one reading of a group (service.understand sets `Query.group` from it); its filters
select the items of a list, a pattern or a count (service.retrieve.effective_filters), and `where_words`
says of whom: "1 of the 5 MRI requests of women in the index was approved (overturned)".
"""

from __future__ import annotations

import calendar
import re

import msgspec

from service.age_band import BAND, DECADE_WORDS, NOT_AN_AGE, band
from service.people import Person, one_person, particular_people

_PEOPLE = (r"(?P<who>patients|people|persons|workers|injured\s+workers|claimants|applicants|employees|folks|"
           r"(?P<f>women|females|ladies|gals)|(?P<m>men|males|guys|gentlemen))")
_AGED_GROUP = re.compile(rf"\b{_PEOPLE}\s+(?:(?:who\s+(?:are|were)|that\s+(?:are|were)|aged?)\s+)?{BAND}"
                         + NOT_AN_AGE, re.IGNORECASE)
# ... or after what they have, a condition or a complaint ("men with sciatica in their 40s", "women with carpal
# tunnel over 50", "patients with knee pain aged 30-39"): a few words, then the band
_AGED_AFTER = re.compile(rf"\b{_PEOPLE}\s+(?:with|who\s+(?:have|had)|diagnosed\s+with|suffering\s+from)\s+"
                         rf"(?:[a-z][\w'/-]*\s+){{1,5}}?(?:(?:who|that)\s+(?:are|were)\s+|aged?\s+)?{BAND}" + NOT_AN_AGE,
                         re.IGNORECASE)
# ... or of one age: "46 yo men", "list the denials for the 37 year old women" (a plural: not "the 37 year old
# woman"; after "the", only in a question that lists: "why was the acupuncture for the 50 yo women with the burning
# face approved" is one woman, mistyped)
_ONE_AGE_GROUP = re.compile(rf"(?P<the>\bthe\s+)?\b(?P<age>\d{{2}})\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)\s+{_PEOPLE}\b",
                            re.IGNORECASE)
_LISTS = re.compile(r"^\s*(?:(?:can\s+you\s+|please\s+)?(?:list|show|give\s+me|tell\s+me)|which|what|how\s+many|everything|all)\b",
                    re.IGNORECASE)


def _one_age(text: str) -> Group | None:
    """The patients of one age told in the plural, as a group (`_ONE_AGE_GROUP`), or None."""
    if (m := _ONE_AGE_GROUP.search(text)) and (not m.group("the") or _LISTS.match(text)):
        return Group(words=m.group(0).removeprefix(m.group("the") or ""), sex=_sex(m), age_min=int(m.group("age")),
                     age_max=int(m.group("age")))
    return None
# one of any of them: "did any woman over 50 get an MRI approved?", "anyone in their 20s", "no man under 40"
_ANY_ONE = re.compile(rf"\b(?:(?:any|every|no)\s+(?:(?P<f>woman|female|lady|gal)|(?P<m>man|male|guy|gentleman)|patient|person|"
                      rf"worker|injured\s+worker|claimant|applicant|employee)|anyone|anybody|everyone|everybody)\s+"
                      rf"(?:(?:who\s+(?:is|was)|that\s+(?:is|was)|aged?)\s+)?{BAND}"
                      + NOT_AN_AGE, re.IGNORECASE)
_SEX_GROUP = re.compile(r"\b(?:for|of|among|from|to)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:(?P<f>women|females|ladies"
                        # ... or said by an adjective: "which requests for male workers were not upheld?"
                        r"|female\s+(?:workers|patients|employees|claimants|applicants))"
                        r"|(?P<m>men|males|male\s+(?:workers|patients|employees|claimants|applicants)))\b(?!['’])", re.IGNORECASE)


# ... of a sex only: "did any woman get PT approved?", "has no man had a TENS approved?"
_ANY_SEX = re.compile(r"\b(?:any|no)\s+(?:(?P<f>woman|female|lady|gal)|(?P<m>man|male|guy|gentleman))\b(?![-'’])", re.IGNORECASE)


class Group(msgspec.Struct, frozen=True, kw_only=True):
    words: str  # as typed: "women over 60"
    sex: str | None = None  # "female" | "male"
    age_min: int | None = None  # inclusive
    age_max: int | None = None  # inclusive

    def filters(self) -> dict[str, str]:
        """The group as item filters (service.filters), as strings."""
        out = {"sex": self.sex, "age_min": self.age_min, "age_max": self.age_max}
        return {k: str(v) for k, v in out.items() if v is not None}


# a decade named as the people: "which 40-somethings got something approved?", "any fifty-somethings?"
_SOMETHINGS = re.compile(rf"\b(?:(?P<decade>[2-8]0)|(?P<word>{'|'.join(w[:-3] + 'y' for w in DECADE_WORDS)}))[- ]?"
                         r"(?:something\s+(?:(?P<f>women|females|ladies|gals)|(?P<m>men|males|guys|gentlemen))\b|somethings?\b)",
                         re.IGNORECASE)  # ... or said of a sex: "did any 50-something women get acupuncture?"


# an age said with no number: "for older workers", "younger patients", "elderly women" (read as 50 and over, and under
# 40: the bands the notes say, for the user to see how the words were read)
OLDER_FROM, YOUNGER_BELOW = 50, 40
_VAGUE_AGE = re.compile(rf"\b(?:(?P<older>older|elderly|senior|aging|ageing)|(?P<younger>younger|young))\s+(?:injured\s+)?"
                        rf"{_PEOPLE}\b(?!['’])", re.IGNORECASE)


def read_group(text: str) -> Group | None:
    """The group of patients `text` tells, or None."""
    if m := _AGED_GROUP.search(text) or _ANY_ONE.search(text) or _AGED_AFTER.search(text):
        low, high = band(m)
        return Group(words=m.group(0), sex=_sex(m), age_min=low, age_max=high)
    if m := _SOMETHINGS.search(text):
        base = int(m.group("decade")) if m.group("decade") else DECADE_WORDS[m.group("word").lower()[:-1] + "ies"]
        return Group(words=m.group(0), sex=_sex(m), age_min=base, age_max=base + 9)
    if group := _one_age(text):
        return group
    if m := _VAGUE_AGE.search(text):
        older = bool(m.group("older"))
        return Group(words=m.group(0), sex=_sex(m), age_min=OLDER_FROM if older else None,
                     age_max=None if older else YOUNGER_BELOW - 1)
    if m := _SEX_GROUP.search(text) or _ANY_SEX.search(text):
        return Group(words=m.group(0).split(None, 1)[1], sex=_sex(m))
    return None


_WOMEN = re.compile(r"\b(?:women|ladies|females|gals)\b", re.IGNORECASE)
_MEN = re.compile(r"\b(?:men|guys|males|gentlemen)\b", re.IGNORECASE)
# a few of them counted, not a population: "two women had shoulder MRIs denied", "both men"
_COUNTED = re.compile(r"\b(?:two|three|four|both|the\s+\d+|\d+)(?!\s*-?\s*(?:years?|yrs?|yo|y/o)\b)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:women|ladies|females|gals|men|guys|males)\b", re.IGNORECASE)

# two of one sex set against each other, neither described: "approved for one woman and denied for another"
_ONE_AND_ANOTHER = re.compile(r"\b(?:one|a)\s+(?:(?P<f>woman|lady|female|gal)|(?P<m>man|guy|male|gentleman))\b"
                              r"[^?.!]{0,60}?\b(?:another|the\s+other)\b(?!\s+(?:letters?|cases?|requests?|items?)\b)",
                              re.IGNORECASE)

_COMPARED = re.compile(r"\bdifferen\w*|\bwhat\s+made\b|\bcompar\w*|\bset\s+apart\b", re.IGNORECASE)


def population(text: str, person: Person) -> Group | None:
    """The patients `text` names as a group across letters, or None: one patient described ("the 61 year
    old woman"), particular people told apart ("the younger of the two women"), a few counted ("two
    women"), or no group named."""
    if not particular_people(text) and not _COUNTED.search(text) and (group := _one_age(text)):
        return group  # "list all the denials for the 37 year old women" (which "the 37 year old" reads as one person)
    if particular_people(text) or _COUNTED.search(text) or one_person(text, person):
        return None
    if group := read_group(text):
        return group
    if (pair := _ONE_AND_ANOTHER.search(text)) and _COMPARED.search(text) and not (
            person.described or person.age is not None or person.ages):
        # "approved for one woman and denied for another, what made the difference?": the women's, compared (no one
        # woman described)
        return Group(words=pair.group(0), sex="female" if pair.group("f") else "male")
    if person.described and person.ages is None:
        return None
    women, men = _WOMEN.search(text), _MEN.search(text)
    if bool(women) == bool(men):
        return None
    return Group(words=(women or men).group(0), sex="female" if women else "male")


def _sex(m: re.Match) -> str | None:
    return "female" if m.group("f") else "male" if m.group("m") else None


def said(filters: dict[str, object]) -> str:
    """The patients `filters` keep, in words ("women aged 61 or over", "patients aged 20-29", "men");
    '' when they keep every patient."""
    low, high, sex = filters.get("age_min"), filters.get("age_max"), filters.get("sex")
    who = {"female": "women", "male": "men"}.get(str(sex), "patients")
    if low is not None and high is not None:
        return f"{who} aged {low}" if low == high else f"{who} aged {low}-{high}"
    if low is not None:
        return f"{who} aged {low} or over"
    if high is not None:
        return f"{who} aged {high} or under"
    return who if sex else ""


def where_words(filters: dict[str, object]) -> str:
    """Where the items counted or listed under `filters` are from, in words: "in the index", or "of
    women aged 61 or over in the index" when the filters keep some patients only, "among the February 2017 decisions
    in the index" when they keep one month's decisions."""
    who = said(filters)
    where = f"of {who} in the index" if who else "in the index"
    return f"among the {month} decisions {where}" if (month := _whole_month(filters)) else where


def _whole_month(filters: dict[str, object]) -> str:
    """The month the decision-date filters span exactly, in words ("February 2017"), else ''."""
    low, high = str(filters.get("date_from") or ""), str(filters.get("date_to") or "")
    if len(low) != 10 or len(high) != 10 or low[:7] != high[:7] or not low.endswith("-01"):
        return ""
    year, month = int(low[:4]), int(low[5:7])
    if int(high[8:]) != calendar.monthrange(year, month)[1]:
        return ""
    return f"{calendar.month_name[month]} {year}"


def without_group(text: str) -> str:
    """`text` with the group's words blanked (same length): "which requests for patients in their 20s
    got approved?" names no date or number of its own."""
    for rx in (_AGED_GROUP, _ANY_ONE, _SOMETHINGS, _ONE_AGE_GROUP, _SEX_GROUP, _WOMEN, _MEN):
        if m := rx.search(text):
            return text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text
