"""The words that make a question one about the collection as a whole (service.understand reads a
question with one of these as a counting question): rankings, comparisons, trends, averages and
letters counted by their items. ("vs" alone is no cue: requests say "repair vs debridement".)"""

from __future__ import annotations

import re

from indexer.treatments import find_treatments

# which of two is cited (used, relied on) more: "is ODG or MTUS cited more for MRI denials?" (service.collection.read
# reads it as a comparison of the two)
CITED_MORE = (r"\b(?:cited|used|applied|quoted|invoked|referenced|relied\s+(?:up)?on|mentioned)\s+(?:more|less)\b"
              r"(?!\s+than\s+(?:\d|once|one|twice)\b)")
_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
COLLECTION = re.compile(
    rf"\b(?:which|what)\b[^?.]*?\b(?:the\s+)?(?:most|least|fewest|highest|lowest)\b(?!\s+recent)"
    rf"|\btop\s+{_N}\b|\b{_N}\s+most\b"
    r"|\bcompar(?:e|ed|es|ing|ison)\b|\b(?:more|less)\s+(?:often|likely|frequently)\b"
    # "is ODG or MTUS cited more for MRI denials?" (not "cited more than once")
    rf"|{CITED_MORE}"
    # "are neck MRIs approved more than low back MRIs?"
    r"|\b(?:approved|denied|overturned|upheld|authori[sz]ed|turned\s+down)\s+(?:more|less)\s+than\b"
    # "do family practice reviewers deny more than orthopedic surgeons?", "do neurologists approve less often than ...?"
    r"|\b(?:approv|den(?:y|ie)|overturn|uph[eo]ld|reject|refus|revers)\w*\s+(?:more|less|fewer)\b(?:\s+\w+){0,2}?\s+than\b"
    # "are reviewers tougher on MRIs than on acupuncture?", "is IMR easier on PT than chiro?", "stricter with opioids than NSAIDs"
    r"|\b(?:tougher|harder|stricter|harsher|easier|softer|kinder|more\s+(?:lenient|generous|strict|forgiving)|less\s+(?:lenient|"
    r"generous|strict|forgiving))\s+(?:on|with|about|toward|towards)\b[^?.]{1,60}?\bthan\b"
    # ... two things set side by side with "or": "is it harder to get an MRI approved for the neck or the back?", "are neck
    # or back MRIs approved more?"
    r"|\b(?:is\s+it|it['’]?s)\s+(?:harder|easier|tougher)\s+to\s+get\b[^?.]{1,80}?\bor\b"
    r"|\bor\b[^?.]{1,60}?\b(?:approved|denied|overturned|upheld)\s+(?:more|less)(?:\s+often)?\s*(?:\?|$)"
    r"|\b(?:each|every|per|by)\s+month\b|\bmonth[\s-]+by[\s-]+month\b|\bmonthly\b|\bover\s+time\b"
    r"|\bon\s+average\b|\bper\s+letter\b"
    r"|\b(?:letters|cases)\s+(?:had|have|has|with|where|whose|that\s+had)\s+(?:nothing|no\s+(?:items?|denials?|approvals?)"
    r"|every|all|both|at\s+least|more\s+than|only)\b"
    # a breakdown: "which reviewer specialties show up?", "what kinds of reviewers decided these cases?"
    r"|\b(?:which|what)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:reviewer\s+|doctor\s+|physician\s+)?(?:specialties"
    r"|specialists|reviewers|body\s+(?:parts|regions|areas)|guidelines|guideline\s+sources|MTUS\s+sections|ODG\s+chapters)"
    r"\s+(?:[\w']+\s+){0,2}?(?:appear\w*|show(?:s|ed)?\s+up|c[oa]me?s?\s+up|turn(?:s|ed)?\s+up|(?:are|were)\s+(?:there"
    r"|represented|involved|cited|used|named)|decided|reviewed)\b"
    r"|\b(?:break\s*down|broken\s+down)\s+(?:of\s+)?(?:[\w']+\s+){0,3}?by\b"
    # "tally of MRI decisions by body part", "number of cases per reviewer specialty"
    r"|\b(?:tall(?:y|ies)|totals?|counts?|number\s+of)\b[^?.]{0,60}?\b(?:by|per|for\s+each)\s+(?:the\s+)?(?:reviewer\s+)?"
    r"(?:body\s+(?:parts?|regions?|areas?)|regions?|specialt(?:y|ies)|doctors?|reviewers?|sections?)\b",
    re.IGNORECASE,
)

# "they want me peeing in a cup every month", "her pee test every month": how often one person's care is
# given, said right after it (not "how many urine drug screens were approved each month?")
_EVERY_MONTH = re.compile(r"\b(?:each|every)\s+month\b", re.IGNORECASE)
_ONES_OWN = re.compile(r"\b(?:I|me|my|she|her|he|him|his)\b", re.IGNORECASE)


# the approvals or denials listed by the guideline source their reviewers cited, no treatment named: "which
# approvals came from reviewers who relied on the ODG?", "which denials cited ACOEM?" (with a treatment named,
# "which denials cited ODG for an MRI?", service.cited makes the source a filter of that list)
_BY_SOURCE = re.compile(r"^\s*(?:(?:in|of|for)\s+)?(?:which|what|list|show(?:\s+me)?)\s+(?:(?:the|all|every)\s+)*"
                        r"(?:approvals|denials|decisions|items|requests)\b(?=[^?]*?\b(?:cit(?:e|es|ed|ing)|rel(?:y|ies|ied|ying)\s+"
                        r"(?:up)?on|based\s+on|decided\s+(?:on|under|per|by)|under|per|using|according\s+to)\s+(?:the\s+)?"
                        r"(?:ODG|MTUS|ACOEM|official\s+disability))", re.IGNORECASE)


# an outcome asked of the letters of a month, no one's own and of no kind of treatment: "of the letters decided in December 2016, was
# anything overturned?", "was anything approved in January 2017?" (service.collection.read counts them all, and
# those with the outcome)
# ... or of a year: "was anything approved in 2016?", "were any 2016 decisions overturned?", "were any decisions from
# December 2016 overturned?"
_MONTH_YEAR = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?)?(?:19|20)\d{2}\b"
_OUTCOME = r"(?:approved|overturned|denied|upheld|reversed)"
_OF_A_MONTH = re.compile(
    rf"\b(?:letters|decisions|determinations|cases|items|requests|reviews)\s+(?:that\s+were\s+|were\s+)?"
    rf"(?:decided|issued|dated|signed|made)\s+(?:in|during)\s+{_MONTH_YEAR}"
    rf"|\b(?:was|were)\s+(?:there\s+)?any(?:thing)?\s+(?:(?:requests?|items?|decisions?)\s+)?{_OUTCOME}"
    rf"\s+(?:in|during)\s+{_MONTH_YEAR}"
    rf"|\b(?:was|were)\s+(?:there\s+)?any\s+(?:of\s+the\s+)?{_MONTH_YEAR}\s+(?:letters|decisions|determinations|items|"
    rf"requests)\s+{_OUTCOME}"
    rf"|\b(?:was|were)\s+(?:there\s+)?any\s+(?:of\s+the\s+)?(?:letters|decisions|determinations|items|requests)\s+"
    rf"(?:from|in|during)\s+{_MONTH_YEAR}\s+{_OUTCOME}", re.IGNORECASE)
_ANYONES = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|she|her|hers|he|him|his|they|their|theirs)\b", re.IGNORECASE)


# a source asked of the letters as a whole: "did any reviewer cite UpToDate?", "which letters used ACOEM?", "has any
# letter relied on mdguidelines.com?" (the source named: a guideline family, a web host, or a reference outside the
# guidelines that reviewers cite; service.collection.lexicon reads it into a filter)
_OUTSIDE_SOURCES = (r"ODG|MTUS|ACOEM|official\s+disability\s+guidelines?|medical\s+treatment\s+utilization\s+schedule"
                    r"|up\s*-?\s*to\s*-?\s*date|md\s*guidelines|medscape|AMA\s+guides|work\s+loss\s+data|daily\s*med|FDA"
                    r"|(?:www\.)?[\w-]+\.(?:com|org|net|gov|edu)")
SOURCE_ASKED = re.compile(
    r"\b(?:did|do|does|has|have|had)\s+(?:any|a\s+single|some|a)\s+(?:of\s+the\s+)?(?:IMR\s+)?(?:reviewers?|letters?|"
    r"decisions?|determinations?|rationales?|cases?)\s+(?:ever\s+|actually\s+)?(?:cite|use|rely\s+(?:up)?on|relied\s+(?:up)?on"
    r"|quote|reference|cited|used|quoted|referenced)\s+(?:the\s+)?(?P<named>" + _OUTSIDE_SOURCES + r")\b"
    r"|^\s*(?:which|what)\s+(?:IMR\s+)?(?:reviewers|letters|decisions|determinations|cases)\s+(?:ever\s+)?(?:cited|cite|used|use"
    r"|relied\s+(?:up)?on|quoted|referenced)\s+(?:the\s+)?(?P<listed>" + _OUTSIDE_SOURCES + r")\b", re.IGNORECASE)


def source_asked(text: str) -> str:
    """The source a question asks whether the letters cite (SOURCE_ASKED), as typed, or ''."""
    m = SOURCE_ASKED.search(text)
    return (m.group("named") or m.group("listed")) if m else ""


def source_yes_no(text: str) -> bool:
    """Whether `text` asks yes or no of a source cited ("did any reviewer cite UpToDate?"), not which letters do."""
    m = SOURCE_ASKED.search(text)
    return bool(m and m.group("named"))


def collection_cue(text: str) -> re.Match[str] | None:
    """The first COLLECTION cue of `text` that is no frequency of one person's care."""
    for m in COLLECTION.finditer(text):
        before = text[: m.start()].rstrip()
        said = find_treatments(before[-60:])
        if not (_EVERY_MONTH.fullmatch(m.group(0)) and _ONES_OWN.search(text)
                and any(before.lower().endswith(words.lower()) for _t, words in said)):
            return m
    if (m := _BY_SOURCE.search(text)) and not find_treatments(text):
        return m
    if (m := SOURCE_ASKED.search(text)) and not find_treatments(text):
        return m  # (with a treatment named, "which letters cite ODG for an MRI denial?", a list: service.cited)
    if (m := _OF_A_MONTH.search(text)) and not _ANYONES.search(text) and not find_treatments(text):
        return m
    return None


# "how long does IMR take?", "how many days after the UR denial was the decision made?": how long
# the review took, when the question speaks of the review (not "how long has she had back pain?")
_HOW_LONG = re.compile(r"\bhow\s+(?:long|quickly|fast|soon)\b|\b(?:longest|shortest|quickest|fastest|slowest)\b(?=[^?.]{0,40}?"
                       r"\b(?:took|take[ns]?|taking|wait\w*|turn[\s-]?around)\b)|\bhow\s+many\s+days\b|\bturn[\s-]?around\b|\baverage\s+"
                       r"(?:time|wait|delay|number\s+of\s+days)\b"
                       # (not a rate: "12 hours a day to 6", "3 visits per day to ...")
                       r"|(?<!\ba\s)(?<!\bper\s)(?<!\beach\s)(?<!\bevery\s)\bdays?\s+(?:to|until|till|before|between|from)\b",
                       re.IGNORECASE)
_REVIEW = re.compile(r"\b(?:IMR|decid\w*|decisions?|determinations?|review\w*|wait\w*|turn[\s-]?around|process\w*|letter)\b",
                     re.IGNORECASE)


# a wait over or under a length, asked of the letters: "which cases waited more than 10 weeks between the UR
# denial and the IMR decision?", "in which cases did IMR take more than 70 days after the UR denial to decide?",
# "any decided within 2 weeks?" (a length of the review: the wait words next to it, or between two of its dates)
_LENGTH = re.compile(r"\b(?P<op>more\s+than|longer\s+than|greater\s+than|over|at\s+least|beyond|in\s+excess\s+of|"
                     r"less\s+than|fewer\s+than|shorter\s+than|under|within|no\s+more\s+than)\s+(?P<n>\d{1,4}|"
                     r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>days?|weeks?|months?)\b",
                     re.IGNORECASE)
# the wait words just before the length ("IMR took more than", "waited over", "decided within"), or one of the
# review's dates just after it ("more than 70 days after the UR denial"), or between two of them
_WAIT_BEFORE = re.compile(r"\b(?:wait(?:ed|ing|s)?|t[oa]ok|take[ns]?|lasted|elapsed|passed|went\s+by|decided|ruled|issued|"
                          r"came\s+back|resolved"
                          # ... or the review itself said done: "were any IMR decisions done within 4 weeks?"
                          r"|(?:decisions?|determinations?|reviews?|IMRs?|appeals?)\s+(?:(?:were|was|got|get|been)\s+)?"
                          r"(?:done|made|finished|completed|reached|returned|out))\b[^?.;]{0,25}$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"\s+(?:after|from|since|of|following)\s+(?:the\s+|their\s+)?(?:UR|utili[sz]ation|denial|"
                         r"application|receipt|assignment|request\s+for\s+IMR|IMR\s+application)", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:UR|utili[sz]ation|denial|application|receipt|assignment)", re.IGNORECASE)
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_DAYS_IN = {"day": 1, "week": 7, "month": 30}


def waited_match(text: str) -> re.Match[str] | None:
    """The length words of `text` ("more than 70 days"), when the question asks which reviews took longer or shorter."""
    m = _LENGTH.search(text)
    if not m:
        return None
    dated = _DATE_AFTER.match(text, m.end()) or _BETWEEN.search(text)  # one of the review's own dates named
    told = dated or (_REVIEW.search(text) and _WAIT_BEFORE.search(text[max(0, m.start() - 40):m.start()]))
    return m if told else None


def waited(text: str) -> tuple[str, int] | None:
    """("over" or "under", days) when `text` asks which letters' reviews took more (or less) than a length."""
    if (m := waited_match(text)) is None:
        return None
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _NUMBERS.index(word) + 1
    days = n * _DAYS_IN[m.group("unit").lower().rstrip("s")]
    op = " ".join(m.group("op").lower().split())
    if op == "at least":
        return "over", days - 1
    if op in ("no more than", "within"):
        return "under", days + 1
    return ("under" if op in ("less than", "fewer than", "shorter than", "under", "within") else "over"), days


# the patients' age over the letters: "what's the average age of the patients?", "median age of the
# claimants", "how old are the patients on average?" (not one patient's: "how old is the 40 yo woman?")
AGE_ASKED = re.compile(r"\b(?:average|mean|median|typical)\s+(?:patient\s+|claimant\s+|worker\s+)?age\b"
                       r"|\bhow\s+old\s+(?:are|were)\s+(?:the\s+|these\s+|most\s+)?(?:patients|claimants|"
                       r"(?:injured\s+)?workers|applicants|people)\b", re.IGNORECASE)


# "how long did it take?" after an answer about one case: the review it was about
_TOOK = re.compile(r"\bhow\s+long\s+did\s+(?:it|that|this|the\s+(?:review|decision|process|case|appeal))\s+take\b", re.IGNORECASE)


def duration(text: str) -> re.Match[str] | None:
    """The how-long words of `text`, when the question is about the review."""
    m = _HOW_LONG.search(text)
    return m if m and (_REVIEW.search(text) or _TOOK.search(text)) else None

# "which letters were decided in February 2017?", "list the cases from January": the letters
# themselves (service.understand: only when the question names no treatment, region or patient)
# (the asker's own, an adjuster's or an attorney's: "which of my files got reversed?", "which of our claims were overturned?")
LETTERS_LISTED = re.compile(r"^\s*(?:in\s+)?(?:which|what|list|show(?:\s+me)?)\b(?:\s+(?:all|the|every|of|my|our))*\s+(?:IMR\s+|final\s+)?"
                            r"(?:letters|cases|files|claims|determinations|decisions|(?<=every )(?:letter|case|file|claim))\b",
                            re.IGNORECASE)

# ... or the letters of reviewers of a specialty named: "which reviewers were orthopedic surgeons?", "which
# reviewer was an internist?" (read with the specialty: "which reviewer denied her MRI?" is one letter's)
# ... asked as a yes/no of any of them: "were any of the reviewers orthopedic surgeons?", "was any reviewer a
# neurologist?", "did an orthopedic surgeon review any of the cases?" (service.collection.read lists their letters)
ANY_REVIEWER = (r"^\s*(?:(?:so|and|but)\s+)?(?:were|was|are|is)\s+(?:any|some)\s+(?:of\s+)?(?:the\s+|these\s+)?(?:IMR\s+)?reviewers?\b"
                r"|^\s*(?:(?:so|and|but)\s+)?(?:did|has|have)\s+(?:any|an?)\s+(?:[\w&-]+\s+){1,3}?review(?:ed)?\s+(?:any|some)\b")
REVIEWERS_LISTED = re.compile(r"^\s*(?:which|what|list|show(?:\s+me)?)\b(?:\s+(?:all|the|every|of))*\s+(?:IMR\s+)?reviewers?\b"
                              r"|" + ANY_REVIEWER, re.IGNORECASE)

# "How many X did she have, and were any approved?", "...? Did any of them get approved?", "..., was
# any of it approved?": a yes/no question that follows a count and asks about the outcome is a
# second part of it (how many of what was counted had that outcome), never a filter on what is
# counted. Where it starts: a clause that opens with an auxiliary and its subject.
SECOND_ASK = re.compile(
    r"(?:\band|[,;?.])\s+(?:so\s+|also\s+|then\s+)?(?:were|was|did|have|has|had|are|is|do|does|got)\s+"
    r"(?:any|none|all|some|either|each|both|they|those|these|them|it|he|she|IMR|the\s+reviewers?)\b",
    re.IGNORECASE,
)
_COUNTING = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcounts?\b", re.IGNORECASE)


def second_ask(text: str) -> int:
    """Where a yes/no question (SECOND_ASK) that follows a count starts in `text`, or -1. Whether
    it asks about the outcome, and the count names none, is for the caller to see. One about the
    rest of what was counted ("How many PT visits did UR authorize, and did IMR grant the 2 that
    were left?") is no second part: the count is of one item's units (service.quantity)."""
    from service.quantity import asks_of_the_rest

    for m in SECOND_ASK.finditer(text):
        if _COUNTING.search(text, 0, m.start()) and not asks_of_the_rest(text[m.start():]):
            return m.start()
    return -1
