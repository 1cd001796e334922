"""Whether a question read as of one item asks across letters, under a condition the collection filters
by: the patients they are of (service.groups: "did any of the women get their MRI approved?", "any men
over 50 get acupuncture approved?"), a job in the plural (service.job_group) or utilization review's
partial authorisation ("any acupuncture approved where UR had cut the sessions?": service.partly).

A list or pattern filters its items by them (service.plan: the catalog's `sex`, `age_min`, `age_max` and
`modified` filters). One patient described ("the 52 yo woman", "the two 46-year-old women") sets none:
their own letters answer (service.people, service.flows.fitting).
"""

from __future__ import annotations

import re

from service.job_group import plural_job
from service.partly import partly_authorised
from service.people import Person

I = re.IGNORECASE


# a yes/no whether any item across letters had the outcome under the condition: "any acupuncture approved
# where UR had cut the sessions?", "were any PT requests UR modified approved?"
_ANY = re.compile(r"^\s*(?:(?:were|was|did|has|have|is|are)\s+(?:there\s+)?)?any(?:one|body)?\b|\bany\s+(?:of\s+the\s+)?(?:women|men|"
                  r"ladies|guys|patients|workers)\b", I)


def across_letters(text: str, person: Person, treatments: tuple[str, ...], cases: tuple[str, ...],
                   selected: str | None = None, *, grouped: bool = False) -> bool:
    """Whether a question read as of one item asks across letters, under a condition the collection
    filters by: a treatment named of a population ("any men over 50 get acupuncture approved?"), of a
    job in the plural ("any truck drivers get an MRI approved?": service.job_group) or of requests UR
    partly authorised ("any acupuncture approved where UR had cut the sessions?"). `selected`: the outcome
    the question selects plainly, which a population's requests may be asked by alone ("what did the
    women over 60 get approved?"). `grouped`: the question names a group of patients (service.groups)."""
    if grouped and not cases and not treatments and _WHICH.match(text) and _THEIR_REQUESTS.search(text):
        return True  # "show me the requests of men in their 40s": all their requests, each outcome counted
    if cases or not (treatments or selected):
        return False
    if grouped:  # ... "which of the men's MRIs were denied?" too
        return bool(_ANY.search(text) or _WHICH.match(text))
    if not treatments:
        return False
    return bool(_ANY.search(text)) and not person.described and (partly_authorised(text) or plural_job(text) is not None)


# "which of the men's MRIs were denied?", "list everything IMR approved for men", "show me the women's denials"
# the requests of a group asked for with no treatment or outcome: "show me the 46 year old men's requests",
# "what were the requests of women over 60?"
_THEIR_REQUESTS = re.compile(r"\b(?:requests|items|treatments|decisions|cases|everything)\b", I)
# ... after the group told first, set off by a dash, colon or comma: "men in their forties - list what IMR
# denied them", "women over 60: which requests were approved?"
_WHICH = re.compile(r"^\s*(?:[^?.!:,\s–—-][^?.!:,–—]{0,60}?\s*(?:\s-|[:,–—])\s*)?"
                    r"(?:which|what|list|show|name|give\s+me|everything|all\s+(?:the\s+)?(?:requests|items|treatments))\b", I)
