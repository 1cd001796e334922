"""What a collection question names, where: treatments, regions, outcomes, guidelines, dates,
the review and the patient. Each `Mention` carries the filters (service.filters names) it stands
for, its place in the question and a label in words.

Longer names are read first and masked, so their words name nothing else: a guideline section
("Physical medicine treatment") or chapter ("MTUS Acupuncture Treatment") is not a treatment, a
reviewer specialty ("Physical Medicine & Rehabilitation") is not physical therapy.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from indexer.reasons import CODES
from indexer.taxonomy import find_regions
from indexer.treatments import BY_ID, find_treatments
from service.collection.dimensions import LABELS, members, month_range
from service.collection.vocab import Vocabulary
from service.drugs import drug_names, unsetted_mentions, unsetted_names
from service.lay_group import with_modality_ultrasound
from service.outcomes import read_outcomes
from service.reason_asked import asked_reasons
from service.reviewers import alternatives, read_reviewers

I = re.IGNORECASE
# A specialty whose words are also a treatment's ("Acupuncturist", "Chiropractor") is the
# reviewers' only when the question speaks of reviewers.
_REVIEWER_ROLE = re.compile(r"\s+(?:specialists?|doctors?|physicians?|docs?|reviewers?)\b", I)
_REVIEWER_CUE = re.compile(r"\breview(?:ed|er|ers)\b|\bcertif\w+|\bspecialt(?:y|ies)\b", I)


class Mention(NamedTuple):
    kind: str  # treatment | region | decision | guideline | side | date | priority | specialty | sex | age | modified | reason | case
    filters: dict[str, str]
    start: int
    end: int
    words: str
    label: str


_MONTHS = "january february march april may june july august september october november december".split()
_MONTH = re.compile(r"\b(?P<name>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?!\w)(?:\s+(?:of\s+)?"
                    r"(?P<year>(?:19|20)\d\d))?\b|\b(?P<iso>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])\b", I)
# a year of decisions: "in 2016", "from 2017", "in the year 2016", or the year said of them: "the 2016 decisions"
_YEAR = re.compile(r"\b(?:(?:in|during|for|of|from)\s+(?:the\s+year\s+)?(?=(?:19|20)\d\d\b)"
                   r"|(?=(?:19|20)\d\d\s+(?:IMR\s+)?(?:decisions?|determinations?|letters?|cases)\b))"
                   r"(?P<year>(?:19|20)\d\d)\b", I)
_SEX = re.compile(r"\b(?:(?P<f>wom[ae]n|females?|ladies)|(?P<m>m[ae]n|males?))(?:'s|’s|s')?(?!\w)", I)
_AGE = re.compile(
    r"\b(?:(?P<under>under|below|younger\s+than|less\s+than)\s+(?:age\s+)?(?P<a>\d{2})"
    r"|(?P<over>over|above|older\s+than)\s+(?:age\s+)?(?P<b>\d{2})"
    r"|(?P<c>\d{2})\s*(?:\+|(?:years?\s+(?:old\s+)?)?(?:and|or)\s+(?P<up>over|older|above|up)"
    r"|(?:years?\s+(?:old\s+)?)?(?:and|or)\s+(?P<down>under|younger|below))"
    r"|between\s+(?:ages?\s+)?(?P<d>\d{2})\s+and\s+(?P<e>\d{2})"
    r"|aged?\s+(?P<f>\d{2})\s*(?:-|to)\s*(?P<g>\d{2}))(?!\s*(?:%|percent|items?|requests?|letters?|visits?|sessions?|"
    r"mg|days?|weeks?|months?))", I)
_DECADE = re.compile(r"\bin\s+(?:their|his|her)\s+(?P<d>twenties|thirties|forties|fifties|sixties|seventies)\b", I)
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70}
_PRIORITY = re.compile(r"\b(?P<neg>not\s+|non-?\s?)?(?:(?P<x>expedited|urgent)|(?P<s>standard|regular|routine))\b", I)
# "modified" of a request, never of the worker's duty ("on modified duty", "modified work" is a work status)
_MODIFIED = re.compile(r"\bpart(?:ly|ially)?\s+(?:authori[sz]ed|approved|certified|modified)"
                       r"|\bmodif(?:ied|y|ies)\b(?![\s-]+(?:duty|duties|work|activit(?:y|ies)|job|hours))|\bremainder\b"
                       # what IMR decided of it: "... and IMR upheld the rest"
                       # (the decision word left to be read as the outcome)
                       r"|(?:(?<=upheld )|(?<=uphold )|(?<=denied )|(?<=deny )|(?<=approved )|(?<=approve )"
                       r"|(?<=overturned )|(?<=overturn )|(?<=decided )|(?<=decide ))the\s+(?:rest|balance)\b"
                       r"|\bremaining\s+(?:IMR\s+eligible\s+)?portion|\boriginal\s+request", I)
# A request UR partly authorised, its rest decided by IMR, in a person's words (service.partly reads them too)
_UR_PART = r"(?:UR|utilization\s+review|the\s+(?:claims\s+)?adjuster|the\s+carrier|claims|the\s+claims\s+administrator)"
REST_TO_IMR = re.compile(
    # "the rest goes to IMR", "the balance went to IMR", "what was left went to IMR"
    r"\b(?:the\s+)?(?:rest|balance|leftover|remaining\s+\w+|what\s+(?:was|is)\s+left)\s+(?:\w+\s+)?(?:goes|go|went|gone|is\s+sent|was\s+sent|sent|"
    r"comes?|came|ends?\s+up|ended\s+up)\s+(?:up\s+)?(?:to|at|before)\s+IMR\b"
    # "UR okays/approves part", "UR gave 6 of the 12", "UR certified the first fill", "UR certs part"
    rf"|\b{_UR_PART}\s+(?:\w+\s+)?(?:ok(?:ay)?s|okayed|approves?|approved|authori[sz]es|authori[sz]ed|certifies|certified|certs|cert['’]?d|gave|gives|"
    r"allows?|allowed)\s+(?:only\s+)?(?:part|some|the\s+first|\d+\s+of)\b"
    # "where UR had cut the sessions", "UR reduced the number of visits", "UR trimmed the request"
    rf"|\b{_UR_PART}\s+(?:had\s+|has\s+)?(?:cut|cuts|reduced|reduces|trimmed|trims|shortened|modified|modifies)\s+(?:back\s+|down\s+)?"
    r"(?:the\s+)?(?:number\s+of\s+)?(?:sessions|visits|request|requests|quantity|hours)\b",
    re.IGNORECASE,
)

_NO_EVIDENCE = re.compile(r"\bno\s+(?:medical\s+)?evidence\b|\bdid\s*(?:not|n't)\s+cite\s+any|\bnot\s+cit(?:e|ed|ing)\s+any\b|\bcit\w*\s+nothing\b"
                          # ... "cited no guideline" (not "cited no neurological deficit": a reason the reviewer gave)
                          r"|\bcit\w*\s+no\s+(?:(?:medical|clinical|published)\s+)?(?:evidence|guidelines?|sources?|references?|literature|"
                          r"citations?|studies)\b|\bcit\w*\s+no(?:ne)?\s*[?.!]*\s*$"
                          r"|\bwithout\s+(?:citing\s+)?(?:any\s+)?(?:medical\s+)?evidence|\bno\s+guidelines?\s+(?:at\s+all|cited)", I)
_ONLY = re.compile(r"\b(?P<a>MTUS|ODG|ACOEM)\s+(?:alone|only)\b|\b(?:only|solely|just)\s+(?:on\s+)?(?:the\s+)?"
                   r"(?P<b>MTUS|ODG|ACOEM)\b|\b(?P<c>MTUS|ODG|ACOEM)\s+and\s+nothing\s+else", I)
_OTHER = re.compile(r"\b(?:sources?|guidelines?|citations?|references?|evidence)\s+other\s+than\b(?:[\s,]+(?:the|and|or|"
                    r"MTUS|ODG|ACOEM))*|(?<!\bno\s)\b(?:another|other)\s+(?:sources?|guidelines?|references?)\b", I)
# ... or MTUS said not to be cited: "decided on ODG alone, with no MTUS section cited at all"
# the practitioner said to be the reviewer: "reviewed by a neurosurgeon", "the reviewer", "did a neuro review?",
# "decided by an internist"
_REVIEWED = re.compile(r"\breview(?:ed|er|ers)?\b|\b(?:decided|ruled\s+on|handled|determined|judged)\s+by\b", I)
_OUTSIDE = re.compile(r"\b(?:outside|beyond|besides)\s+(?:of\s+)?(?:the\s+)?MTUS\b|\bnon-MTUS\b"
                      r"|\b(?:no|without|not|never)\s+(?:any\s+|an?\s+)?(?:the\s+)?MTUS\b", I)
_FAMILY = re.compile(r"\b(?P<ODG>ODG|official\s+disability\s+guidelines?)\b|\b(?P<ACOEM>ACOEM)\b|\b(?P<MTUS>MTUS|"
                     r"medical\s+treatment\s+utilization\s+schedule)\b", I)
_CLAIMS = re.compile(r"\bclaims?\s+administrator|\bUR\b|\butilization\s+review|\bcarrier\b|\badjuster", I)
_UR_WORD = re.compile(r"\bUR\b|utilization\s+review|adjuster|claims?\s+administrator|carrier|insur(?:er|ance)|employer", I)
_IMR = re.compile(r"\bIMR\b|\breviewers?\b|\bMAXIMUS\b|\bexpert\b", I)
_REASON_CUE = re.compile(r"\bincomplete\b|\breasons?\b|\bbecause\b|\bdue\s+to\b|\bfor\s+(?:lack|want)\b|\bciting\b|\bgrounds?\b"
                         r"|\bwhen\s+(?:there\s+(?:is|was)\s+)?no\b|\bfor\s+(?:not|no)\b"
                         # the reviewer's finding told as said: "how often do reviewers say there's no functional
                         # improvement?", "in how many cases did the reviewer say the patient didn't try PT first?"
                         r"|\b(?:say|says|said|saying|note|notes|noted|find|finds|found|cite|cites|cited)\s+(?:that\s+)?"
                         r"(?:there(?:\s+(?:is|was)|['’]s)|the\s+(?:patient|worker|injured\s+worker|applicant)|(?:s?he|they)\b|no\b|not\b|lack)"
                         # "which letters say the request was incomplete?", "denials that said the doctor didn't specify ..."
                         r"|\b(?:say|says|said|saying)\s+(?:that\s+)?the\s+(?:request|doctor|physician|provider|RFA)\b"
                         # the reason told after the outcome: "how many PT requests were denied for too many visits?", "denied
                         # as not recommended"
                         r"|\b(?:denied|upheld|rejected|refused|turned\s+down|denials?)\s+(?:were\s+|was\s+)?(?:as|for)\b(?!\s+(?:the|a|an|his|her|their|my|men|women|patients|people|workers)\b)", I)
REASONS = {
    "no_functional_improvement": r"(?:no|lack\s+of|without)\s+(?:documented\s+)?(?:functional\s+)?improvement|functional\s+improvement"
                                 r"|(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|had\s+not|hadn['’]t|not|never)\s+(?:get\s+)?(?:improv\w*|better)\b",
    "no_objective_findings": r"objective\s+findings|red\s+flags?|neurological\s+deficits?",
    "conservative_care_not_tried": r"conservative\s+(?:care|treatment)|first[- ]line"
                                   # "denied for not trying physical therapy first", "because she didn't try PT first"
                                   r"|(?:not|never|didn['’]t|did\s+not|hadn['’]t|had\s+not|without)\s+(?:try\w*|tried|attempt\w*"
                                   r"|do(?:ing)?|done|hav(?:e|ing)|had)\s+(?:any\s+|the\s+|some\s+)?(?:[\w/-]+\s+){0,3}?first\b",
    "not_recommended": r"not\s+recommended",
    "exceeds_guideline": r"too\s+many|exceed\w*|beyond\s+the\s+guideline|quantity|duration",
    "incomplete_request": r"incomplete\s+requests?|requests?\s+(?:was|were|is|are)\s+(?:\w+\s+)?incomplete|(?:no|missing)\s+(?:dose|frequency)"
                          r"|(?:didn['’]t|did\s+not|does\s+not|doesn['’]t|failed\s+to|never)\s+(?:say|specify|state|give|list|include)"
                          r"\s+(?:the\s+|a\s+)?(?:how\s+many|dose|frequency|quantity|number|duration|body\s+part|which\s+(?:body\s+part|side))",
    "opioid_monitoring": r"(?:opioid\s+)?monitoring|urine\s+drug\s+(?:screens?|tests?)|4\s*A'?s|pain\s+(?:agreements?|contracts?)",
    "not_indicated": r"not\s+indicated",
    "already_done": r"duplicates?|repeat(?:ed)?\s+(?:stud\w+|imaging|MRIs?)|already\s+(?:done|performed)",
    "no_rationale": r"no\s+(?:clear\s+)?rationale",
}
_CASE = re.compile(r"\bCM\d{2}-\d{7}\b", I)


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _word_pattern(name: str) -> str:
    """A name as a phrase: case-insensitive, whitespace-tolerant, '&' also as 'and'."""
    words = [re.escape(w) if w != "&" else r"(?:&|and)" for w in name.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def _specialty_pattern(name: str) -> str:
    """'Orthopedic Surgery' -> orthop\\w* surg\\w*: the stems of its words ('orthopedic surgeon')."""
    words = [w for w in re.split(r"[\s&]+", name) if w]
    stems = [re.escape(w[: max(4, min(6, len(w) - 2))]) + r"\w*" for w in words]
    return r"(?<!\w)" + r"(?:\s+(?:&|and)\s+|\s+)".join(stems) + r"(?!\w)"


def source_pattern(name: str) -> str:
    """A cited source's name as people type it: 'www.mdguidelines.com' -> mdguidelines(?:.com)?, 'uptodate.com' -> also
    'Up To Date', 'UpToDate'; a name of words ('University of Michigan Health System') as its words."""
    core = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip(), flags=I)
    core = re.sub(r"\.(?:com|org|net|gov|edu)$", "", core, flags=I)
    if " " in core:
        return _word_pattern(core)
    letters = [re.escape(ch) for ch in core if ch.isalnum()]
    return r"(?<!\w)(?:www\.)?" + r"[\s.-]?".join(letters) + r"(?:\.(?:com|org|net|gov|edu))?(?!\w)"


# a specialty's word said of the patient's condition: "neurological deficits", "psychiatric symptoms", "orthopedic
# findings"
_CLINICAL_AFTER = re.compile(r"\s+(?:deficits?|findings?|exam\w*|symptoms?|signs?|dysfunction|compromise|problems?|issues?|"
                             r"conditions?|impairments?|complaints?|status|changes?|involvement)\b", I)


def mentions(text: str, vocab: Vocabulary) -> list[Mention]:
    """Every mention in `text`, in order of place."""
    found: list[Mention] = []
    masked = text

    def add(kind: str, filters: dict[str, str], m_start: int, m_end: int, label: str) -> None:
        nonlocal masked
        found.append(Mention(kind, filters, m_start, m_end, text[m_start:m_end], label))
        masked = _mask(masked, m_start, m_end)

    for m in _CASE.finditer(masked):
        add("case", {"case_number": m.group(0).upper()}, m.start(), m.end(), m.group(0).upper())
    for section in vocab.sections:  # quoted, or named where the question speaks of sections
        if len(section) < 6:
            continue
        for m in re.finditer(_word_pattern(section), masked, I):
            quoted = text[max(0, m.start() - 1) : m.start()] in "'\"‘“" and m.start() > 0
            if quoted or re.search(r"\bsections?\b", text, I):
                add("guideline", {"section": section}, m.start(), m.end(), f"section {section}")
    for family, chapter, year in vocab.chapters:
        name = chapter if family == "MTUS" else chapter
        pattern = _word_pattern(name) + rf"(?:\s+{year})?" if year else _word_pattern(name)
        short = re.sub(r"\s+(?:Complaints|Treatment|Disorders)$", "", name)
        patterns = [pattern] + ([_word_pattern(short) + r"(?=\s+(?:chapter|guidelines?|section))"] if short != name else [])
        needs = family != "MTUS" or len(name.split()) == 1
        for p in patterns:
            for m in re.finditer(p, masked, I):
                cue = re.search(rf"\b{family}\b", text, I) and re.search(r"\bchapters?\b|\bguidelines?\b", text, I)
                if needs and not cue:
                    continue
                if family == "MTUS" and not re.search(r"\bMTUS\b|\bchapters?\b|\bguidelines?\b", text, I):
                    continue
                cited = f"{chapter} {year}" if year and year in m.group(0) else chapter
                add("guideline", {"guideline_source": family, "chapter": cited}, m.start(), m.end(), f"{family} {cited}")
    for source in vocab.sources:  # "which letters cite UpToDate?", "did any reviewer use mdguidelines?"
        for m in re.finditer(source_pattern(source), masked, I):
            add("guideline", {"source_name": source}, m.start(), m.end(), f"cites {source}")
    for specialty in vocab.specialties:
        for m in re.finditer(_specialty_pattern(specialty), masked, I):
            if find_treatments(m.group(0)) and not _REVIEWER_CUE.search(text):
                continue  # "acupuncture requests": the treatment, not the reviewers certified in it
            if _CLINICAL_AFTER.match(masked, m.end()):
                continue  # "no neurological deficit", "orthopedic findings": the patient's, no reviewer's specialty
            # "a pain management specialist": the reviewer, no referral to a specialist
            role = _REVIEWER_ROLE.match(masked, m.end())
            add("specialty", {"specialty": specialty}, m.start(), role.end() if role else m.end(), specialty)
    read = read_reviewers(masked)
    # ... or two compared, whoever decides: "do pain doctors overturn more often than family doctors?"
    for specialty, (start, end) in read if _REVIEWED.search(text) or len({name for name, _span in read}) > 1 else ():
        # the specialty by its practitioner, said to be the reviewer's: "reviewed by a neurosurgeon", "the ER doctor
        # who reviewed it" (service.reviewers), when some letter's reviewer holds it ("the neurosurgeon turned down"
        # of one patient stays a description of her letter: service.patients)
        if held := [s for s in alternatives(specialty) if s in vocab.specialties]:  # "a neuro": either that some letter holds
            add("specialty", {"specialty": ",".join(held)}, start, end, " or ".join(held))
    for m in _NO_EVIDENCE.finditer(masked):
        add("guideline", {"guideline_source": "none"}, m.start(), m.end(), "no medical evidence cited")
    for m in _ONLY.finditer(masked):
        family = (m.group("a") or m.group("b") or m.group("c")).upper()
        add("guideline", {"guideline_only": family}, m.start(), m.end(), f"{family} only")
    for m in _OTHER.finditer(masked):
        add("guideline", {"guideline_source": "other"}, m.start(), m.end(), "other sources")
    for m in _OUTSIDE.finditer(masked):
        masked = _mask(masked, m.start(), m.end())
    for m in _FAMILY.finditer(masked):
        family = m.lastgroup or ""
        add("guideline", {"guideline_source": family}, m.start(), m.end(), f"cites {family}")
    _side(text, found)
    _dates(text, masked, vocab, add)
    for m in _SEX.finditer(masked):
        female = m.group("f") is not None
        add("sex", {"sex": "female" if female else "male"}, m.start(), m.end(), "female" if female else "male")
    _ages(masked, add)
    for m in _PRIORITY.finditer(masked):
        if not m.group("neg"):
            value = "Expedited" if m.group("x") else "Standard"
            add("priority", {"priority": value}, m.start(), m.end(), value.lower())
        else:
            masked = _mask(masked, m.start(), m.end())
    for m in [*_MODIFIED.finditer(masked), *REST_TO_IMR.finditer(masked)]:
        # "UR cut the request down and then IMR denied the rest - how many times did that happen?"
        add("modified", {"modified": "yes"}, m.start(), m.end(), "partly authorised by UR")
    if cue := _REASON_CUE.search(text):
        for code, pattern in REASONS.items():
            for m in re.finditer(pattern, masked, I):
                add("reason", {"reason": code}, m.start(), m.end(), CODES[code].label.lower())
        if not any(m.kind == "reason" for m in found):
            # ... in the asker's own words, as a why-question's reason is read (service.reason_asked): "denied because it
            # didn't help", "because they went over the guideline visits" (at the cue, masking nothing: its words name
            # no treatment, region or outcome of their own)
            for code in sorted(asked_reasons(text)):
                if code in CODES:
                    found.append(Mention("reason", {"reason": code}, cue.start(), cue.start(), "", CODES[code].label.lower()))
    _treatments(masked, found)
    for region, words in find_regions(masked):
        at = masked.lower().find(words.lower())
        found.append(Mention("region", {"body_region": region}, at, at + len(words), words, region))
    _decisions(text, masked, found)
    return sorted(found, key=lambda m: m.start)


def _side(text: str, found: list[Mention]) -> None:
    """A guideline mention after the claims administrator's name (and no reviewer between) reads
    the claims administrator's line."""
    for n, mention in enumerate(found):
        if mention.kind != "guideline":
            continue
        before = text[max(0, mention.start - 60) : mention.start]
        claims = list(_CLAIMS.finditer(before))
        if claims and not _IMR.search(before[claims[-1].end():]):
            found[n] = mention._replace(filters={**mention.filters, "guideline_side": "claims"},
                                        label=f"{mention.label} (claims administrator)")


def _dates(text: str, masked: str, vocab: Vocabulary, add) -> None:
    months = []  # where each month is said: its year is the month's ("the December 2016 decisions")
    for m in _MONTH.finditer(masked):
        if m.group("iso"):
            month = f"{m.group('iso')}-{m.group('mon')}"
        else:
            name = m.group("name").lower()
            if name == "may" and not m.group("year"):
                continue  # "may" the verb
            number = next(n for n, full in enumerate(_MONTHS, 1) if full.startswith(name[:3]))
            year = m.group("year") or next((mo[:4] for mo in reversed(vocab.months) if int(mo[5:]) == number), "")
            if not year:
                continue
            month = f"{year}-{number:02d}"
        add("date", month_range(month), m.start(), m.end(), month)
        months.append((m.start(), m.end()))
    for m in _YEAR.finditer(masked):
        year = m.group("year")
        if any(start <= m.start("year") < end for start, end in months):
            continue
        add("date", {"date_from": f"{year}-01-01", "date_to": f"{year}-12-31"}, m.start("year"), m.end("year"), year)


def _ages(masked: str, add) -> None:
    for m in _AGE.finditer(masked):
        g = m.groupdict()
        if g["a"]:
            band, label = {"age_max": str(int(g["a"]) - 1)}, f"under {g['a']}"
        elif g["b"]:
            band, label = {"age_min": str(int(g["b"]) + 1)}, f"over {g['b']}"
        elif g["c"]:
            band, label = ({"age_min": g["c"]}, f"{g['c']} and over") if g["up"] else ({"age_max": g["c"]}, f"{g['c']} and under")
        elif g["d"]:
            band, label = {"age_min": g["d"], "age_max": g["e"]}, f"{g['d']} to {g['e']}"
        else:
            band, label = {"age_min": g["f"], "age_max": g["g"]}, f"{g['f']} to {g['g']}"
        add("age", band, m.start(), m.end(), label)
    for m in _DECADE.finditer(masked):
        low = _DECADES[m.group("d").lower()]
        add("age", {"age_min": str(low), "age_max": str(low + 9)}, m.start(), m.end(), f"{low} to {low + 9}")


def _treatments(masked: str, found: list[Mention]) -> None:
    """Treatment sets named; a group named only through its member ("MRI" is imaging) is left out,
    and so is a member named beside its group ("nerve studies (EMG, NCS)")."""
    named = []
    lowered = masked.lower()
    # (a bare "ultrasound" named with a therapist's modality is the therapy, as the question is read elsewhere:
    # "52 yo woman: exams, manipulation, e-stim, ultrasound - how many were denied?", service.lay_group)
    for set_id, words in with_modality_ultrasound(masked, find_treatments(masked)):
        at = lowered.find(words.lower())
        named.append((set_id, words, at))
    own = [(s, w, a) for s, w, a in named
           if not any(o != s and o in members(s) and (w2, a2) == (w, a) for o, w2, a2 in named)]
    groups = {s for s, _w, _a in own if BY_ID[s].includes}
    for set_id, words, at in own:
        if any(set_id in members(g) for g in groups if g != set_id):
            continue
        if unsetted_names((words,)):  # "naproxen vs ibuprofen": each drug's own requests, not every NSAID's
            for name, start in unsetted_mentions(masked):
                if any(s == set_id for s, _w in find_treatments(name)):
                    generic = drug_names(name)[0].lower()
                    found.append(Mention("treatment", {"treatment": set_id, "drug": generic}, start, start + len(name),
                                         name, generic))
            continue
        found.append(Mention("treatment", {"treatment": set_id}, at, at + len(words), words, LABELS[set_id]))


def _decisions(text: str, masked: str, found: list[Mention]) -> None:
    """IMR's outcome words (service.outcomes; what UR did is left out), negation applied."""
    at = 0
    for outcome in read_outcomes(masked).found:
        start = masked.lower().find(outcome.words.split()[-1].lower(), at)
        if start < 0:
            continue
        end = start + len(outcome.words.split()[-1])
        at = end
        if re.fullmatch(r"certif\w*|cover\w*", text[start:end], I):
            continue
        if outcome.role == "ur" and _UR_WORD.search(text[max(0, start - 60) : end + 40]):
            continue  # what utilization review did ("they" alone may be the reviewers)
        label = "upheld (denied)" if outcome.decision == "Upheld" else "overturned (approved)"
        found.append(Mention("decision", {"decision": outcome.decision}, start, end, text[start:end], label))
