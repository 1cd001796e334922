"""The treatment words of a question, and whether a disputed item's heading names them.

Used three ways: a ranking boost for items whose request (the heading a reviewer decided on)
names what was asked about; the scope of counting questions ("CT scans", not every imaging item);
and abstention (nothing in the index is about the treatment asked about).
"""

from __future__ import annotations

import functools
import re

from indexer.terms import tokens, unexpanded_tokens
from service.understand import Query

# Words of a question that say nothing about which treatment it is about. Not a stopword list (that
# is indexer/stopwords.py, which `tokens` already drops): its job is to find the treatment asked about.
GENERIC = frozenset(
    """
    why how often many much what which who whom whose when where is are was were be been being do does did
    deny denied denial denials denie upheld uphold overturn overturned approve approved approval authorized
    authorised authorize certified non-certified noncertified reject rejected grant granted medically
    necessary necessity not no yes reason reasons reviewer reviewers imr ur utilization review decision
    decided decide decisions letter letters case cases patient patients worker workers injured injury
    year years old aged age male female man woman men women he she his her him they them their date
    doi dos share percentage percent proportion rate count number time times usually often typically
    requests request requested treatment treatments service services item items disputed guideline
    guidelines cite cited want wanted documented documentation before after more additional any all
    some the a an of for in on to and or with without by from at as it its this that these those
    about than then there get got give given need needed say said happen happened happens happening
    go went gone come came turn turned cut happy anyone someone something anything
    approving approves denying denies upholding upholds overturning overturns authorizing authorizes
    cover covers covered covering pay pays paid allow allows allowed reverse reverses reversed refuse refuses refused okayed
    my me mine i we our you your
    """.split()
) | frozenset(  # how often ("which requests tend to get overturned, what do they have in common?"), and the parties that decide or ask ("adjuster here: when IMR reverses our UR
    # denials, what are the usual reasons?"): words of no treatment
    """
    usual usually commonly generally normally mostly always ever never sometimes here
    tend tends tended tending common typical frequent frequently
    adjuster adjusters insurer insurers carrier carriers examiner examiners
    """.split()
) | frozenset(  # how a side wins or loses ("we keep getting overturned - what makes the reviewers side with
    # the treating doctor instead of UR?"): words of no treatment
    """
    keep keeps kept keeping getting gets make makes making made side sides sided siding treating instead
    gotten somebody
    """.split()
) | frozenset(  # "IMR" expanded ("independent medical review"), and every partly authorised request's
    # "The remaining IMR eligible portion": a word of no treatment, which each of those would seem to name
    """
    independent medical
    """.split()
) | frozenset(  # a date's month ("decision dated Feb 23, 2017") names no treatment
    """
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec dated
    """.split()
) | frozenset(  # asking for a list of a group's requests ("list everything IMR approved for men", "list all
    # approvals for patients over 50"): words of no treatment
    """
    list show everything everyone everybody anybody nobody nothing over under older younger
    one ones
    """.split()
) | frozenset(  # whom the asker acts for, and how they ask of a chance ("my client got denied a hot tub, any luck
    # at IMR for those?"): words of no treatment
    """
    client clients luck chance chances deal odds
    """.split()
) | frozenset(  # the asker's files and how one came out ("which of my files got reversed?", "an ER doctor reviewed
    # one of my files - how did it come out?"): words of no treatment
    """
    file files out reviewed reviewing
    """.split()
) | frozenset(  # the people a group is of ("did they approve anything for people with carpal tunnel?"): words of
    # no treatment (a condition's group is service.condition_group's)
    """
    people persons person folks folk claimants claimant applicants applicant employees employee
    """.split()
) | frozenset(  # the system the asker is in, and "through" typed short ("can I get medical marijuana thru workers
    # comp?"): words of no treatment
    """
    comp compensation thru through
    """.split()
) | frozenset(  # where and whom it was asked of, in any letter ("pilates classes - approved anywhere?", "has anyone
    # ever gotten stem cells covered?"): words of no treatment
    """
    anywhere somewhere everywhere nowhere elsewhere
    """.split()
)


@functools.lru_cache(maxsize=65536)
def request_tokens(request: str) -> frozenset[str]:
    return frozenset(tokens(request))


_DECADE = re.compile(r"[1-9]0['’]?s")


def topic_tokens(query: Query) -> frozenset[str]:
    """Content tokens of the question that could name a treatment (abbreviations expanded)."""
    out = set()
    for tok in tokens(query.search_text):
        if tok in GENERIC or tok.isdigit() or len(tok) < 2 or _DECADE.fullmatch(tok):
            continue  # ... nor an age by its decade: "patients in their 20s"
        if any(tok == cn.lower() or tok in cn.lower().split("-") for cn in query.case_numbers):
            continue
        out.add(tok)
    out -= topic_region_words(query)  # regions are boosted on their own
    return frozenset(out)


def overlap(topic: frozenset[str], request: str) -> float:
    """Share of the question's treatment words that the item's heading names (0..1)."""
    if not topic:
        return 0.0
    return _share(topic, request_tokens(request))


SHORT_FORM = 5  # a word this long or longer names a heading word it begins: "chiro" "Chiropractic", "ortho" "Orthopedic"


def _share(words: frozenset[str], heading: frozenset[str]) -> float:
    """Share of `words` the `heading` tokens name, as they are or as the short form of one ("chiro")."""
    named = sum(1 for w in words if w in heading or len(w) >= SHORT_FORM and any(h.startswith(w) for h in heading))
    return named / len(words)


def names_treatment(term: str, request: str) -> bool:
    """Whether an item's heading names the treatment `term` (most of its words, abbreviations
    expanded on both sides): 'CT' matches "CT scan of the lumbar spine", not "MRI ..."."""
    wanted = frozenset(tokens(term))
    if not wanted:
        return False
    return len(wanted & request_tokens(request)) / len(wanted) > 0.5


def asked_treatment(query: Query) -> tuple[str | None, bool]:
    """(the words of the question that named its treatment, whether they name a whole class).

    'CT' or 'TENS' name a treatment; 'NSAID', 'muscle relaxant' or 'physical therapy' name their
    whole category: headings name drugs and sessions, not the class, so nothing narrower matches.
    """
    from indexer.taxonomy import find_category

    found = find_category(query.search_text)
    if not found:
        return None, False
    category, term = found
    words = frozenset(re.findall(r"[a-z0-9]+", term.lower()))
    return term, bool(words & frozenset(tokens(category)))


def typed_tokens(query: Query) -> frozenset[str]:
    """The question's treatment words as typed (no expansions): "Tabradol" stays Tabradol, so a
    heading that names it beats one naming only its generic (cyclobenzaprine)."""
    words = {w for w in unexpanded_tokens(query.text) if len(w) > 2 and not w.isdigit()}
    return frozenset(w for w in words if w not in GENERIC) - topic_region_words(query)


def typed_overlap(typed: frozenset[str], request: str) -> float:
    """Share of the question's typed treatment words (typed_tokens) that the item's heading names as
    written: "Tabradol" names "Tabradol 1mg/ml oral suspension", not "Cyclobenzaprine 7.5mg #90", whose
    expanded tokens carry the brand names of its generic."""
    if not typed:
        return 0.0
    return _share(typed, frozenset(unexpanded_tokens(request)))


def topic_region_words(query: Query) -> frozenset[str]:
    """The tokens of the body regions and of the words that named them ("back" for lumbar)."""
    return frozenset(t for words in (*query.body_regions, *query.region_words) for t in tokens(words))
