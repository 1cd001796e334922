"""Who the patient is, as a letter gives it: their age and sex (the header's fields, said with the case
summary's sentence that gives them), their job (the summary's sentence that names one), their diagnoses and
how they were hurt (the summary's sentences that tell them).

"the lady on the pantoprazole, how old is she" is answered first with the fact, quoted from the case
summary and cited, then about the item as usual (service.compose.facts):

    The patient in case CM17-0013716 is a 54-year-old female: "This case involves a now 54-year-old
    female with a history of an occupational claim from 11/12/2016." [1]
"""

from __future__ import annotations

import re

from indexer.model import Letter, Span
from indexer.sentences import sentence_spans
from service.compose.common import Composer
from service.mechanism import MECHANISMS, mechanisms, recorded
from service.people import names_job

I = re.IGNORECASE
# (or the patient described by an age: "what does the 50 year old man do for work?")
_WHO = (r"(?:he|she|they|the\s+(?:\d{1,3}(?:\s*(?:yo|y/o)|[- ]years?[- ]old)\s+)?(?:patient|worker|injured\s+worker|claimant|"
        r"applicant|employee|man|woman|lady|guy|male|female))")
_WHOSE = rf"(?:his|her|their|{_WHO}['’]s)"
# the patient's age or sex asked: "how old is she", "what age was the patient?", "what's his age", "is it a man
# or a woman?", "male or female?" (not "how old was the x-ray", "how old does she have to be")
AGE_OR_SEX = re.compile(
    rf"\bhow\s+old\s+(?:is|was|'s)\s+{_WHO}\b(?!\s+(?:have|has|need)\s+to\b)|\bhow\s+old\s*[?.]?\s*$"
    rf"|\bwhat\s+age\s+(?:is|was)\s+{_WHO}\b|\bwhat(?:'s|\s+is|\s+was)\s+(?:his|her|their|the\s+patient['’]s)\s+age\b"
    r"|\b(?:what\s+(?:sex|gender)\s+(?:is|was))\b"
    # ... the choice closing the question (not "did any man or woman over 50 get acupuncture?")
    r"|(?:^|[,:;]\s*|\s[-\u2013\u2014]+\s*|\b(?:is|was)\s+(?:it|the\s+patient|the\s+worker|this|that)\s+)(?:an?\s+)?"
    r"(?:(?:man|male|guy)\s+or\s+(?:a\s+)?(?:woman|female|lady)|(?:woman|female|lady)\s+or\s+(?:a\s+)?(?:man|male|guy))\s*[?.]?\s*$", I)
# the patient's job asked: "what does she do for work?", "what was his job?", "what's her occupation?"
JOB = re.compile(
    rf"\bwhat\s+(?:does|did)\s+{_WHO}\s+do\s+for\s+(?:a\s+living|work|a\s+job)\b|\bwhat\s+(?:does|did)\s+{_WHO}\s+do\s*[?.]?\s*$"
    # "what work does he do?", "what kind of job did she have?"
    rf"|\bwhat\s+(?:(?:kind|type|sort|line)\s+of\s+)?(?:work|job)\s+(?:does|did)\s+{_WHO}\s+(?:do|have|hold)\b"
    rf"|\bwhat(?:'s|\s+is|\s+was)\s+{_WHOSE}\s+(?:job|occupation|line\s+of\s+work|profession|trade)\b"
    rf"|\bwhat\s+(?:job|occupation|kind\s+of\s+work|line\s+of\s+work)\s+(?:does|did|is|was|had)\s+{_WHO}\b"
    rf"|\bwhere\s+(?:does|did)\s+{_WHO}\s+work\b", I)

# the patient's diagnoses asked: "what's the diagnosis for the 46 yo woman?", "what was he diagnosed with?", "what are
# her diagnoses?", "what condition does she have?", "what is he being treated for?"
DIAGNOSIS = re.compile(
    rf"\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|{_WHOSE})\s+(?:(?:main|current|working|"
    r"final)\s+)?(?:diagnos[ie]s|dx|conditions?)\b"
    r"|\bwhat\s+(?:is|was|were|are)\s+(?:[\w'’/-]+\s+){0,10}?diagnosed\s+(?:with|as)\b|\bwhat\s+(?:diagnos[ie]s|conditions?)\s+"
    rf"(?:does|did|do|is|was|were|had|has)\s+{_WHO}\b|\bwhat\s+(?:is|was|are|were)\s+{_WHO}\s+(?:being\s+)?treated\s+for\b"
    # ... or what was wrong with them, or with a body part of theirs: "what was wrong with his shoulder according to the
    # letter?" (not "what was wrong with her request?")
    r"|\bwhat(?:['’]s|\s+is|\s+was|\s+were)\s+wrong\s+with\s+(?:(?:him|her|them|me)(?=\s*(?:[?.!,;]|$)|\s+(?:according|"
    r"in|per|medically|exactly)\b)|(?:his|her|their|my)\s+(?:(?:left|right|"
    r"lower|low|upper|mid)\s+)?(?:back|neck|shoulders?|knees?|hips?|wrists?|hands?|elbows?|ankles?|feet|foot|legs?|arms?|"
    r"spine|head|fingers?|thumbs?|toes?))\b"
    # ... or what they hurt: "what did she hurt?", "what did he injure at work?" (not "how did she hurt herself?")
    r"|\bwhat\s+(?:did|has|had)\s+(?:she|he|they|I|the\s+(?:patient|worker|claimant))\s+(?:hurt|injure)\b(?!\s+(?:her|him|them|my)sel)"
    # ... asked bare: "and the diagnosis?", "diagnoses?" (not "was it denied because of the diagnosis?")
    r"|^\s*(?:(?:and|so|ok|okay|what\s+about)\s*,?\s+)?(?:(?:the|his|her|their)\s+)?(?:diagnos[ie]s|dx)\s*[?.]?\s*$", I)
# how the patient was hurt asked: "how did the 24 yo man get hurt?", "how was she injured?", "how did the injury
# happen?", "what was the mechanism of injury?" (not "when did he get hurt?", a date)
HOW_HURT = re.compile(
    # (the patient told between, no clause of their own: not "how did the lady who hurt her back get her PT approved")
    r"\bhow\s+(?:did\s+(?:(?!(?:who|that|whose|which)\b)[\w'’/-]+\s+){0,10}?get|(?:was|were|had|has)\s+"
    r"(?:(?!(?:who|that|whose|which)\b)[\w'’/-]+\s+){0,10}?(?:been\s+)?)\s*(?:hurt|injured)\b"
    r"(?=\s*(?:[?.!,;]|$)|\s+(?:at|on|in|while|when|originally|initially|first)\b)"
    rf"|\bhow\s+did\s+{_WHO}\s+(?:hurt|injure)\s+(?:him|her|them)sel(?:f|ves)\b"
    r"|\bhow\s+did\s+(?:the|his|her|their)\s+(?:injury|accident)\s+(?:happen|occur)\b"
    r"|\bwhat\s+(?:was|is)\s+(?:the|his|her|their)\s+mechanism\s+of\s+(?:the\s+)?injury\b"
    r"|^\s*(?:(?:and|so|ok|okay|what\s+about)\s*,?\s+)?(?:(?:the|his|her|their)\s+)?mechanism\s+of\s+injury\s*[?.]?\s*$"
    # "what was his injury?", "what kind of injury did she have?" (not "what was the date of his injury?")
    r"|\bwhat(?:['’]s|\s+was|\s+is|\s+were|\s+are)\s+(?:the|his|her|their)\s+(?:work\s+|original\s+)?injur(?:y|ies)\s*(?:[?.!]|$)"
    r"|\bwhat\s+(?:kind|type|sort)\s+of\s+(?:work\s+)?injur(?:y|ies)\s+(?:did|does|do|was|is|had|has)\b", I)
# a yes/no about how they were hurt: "was she in a car accident?", "did he fall?", "was he hurt lifting?", "did she
# hit her head?" (the clause after the patient's pronoun; not a patient told by it: "was the woman who fell denied?")
_HURT_YES_NO = re.compile(r"(?:^|[-\u2013\u2014,;:?.!]\s*)(?:(?:and|so|but)\s+)?(?:was|were|did|had|is)\s+(?:he|she|they|I|"
                          r"the\s+(?:patient|worker|claimant|applicant|injured\s+worker)"
                          # ... or the patient told, then hurt: "was the 54 yo woman with the head CT hurt in a car accident?"
                          r"|the\s+(?:(?!(?:who|that|whose|which)\b)[\w'’/-]+\s+){1,10}?(?=(?:get\s+|got\s+|been\s+)?(?:hurt|injured)\b))"
                          r"\b\s*(?P<rest>[^?.!]*)\??\s*$", I)
# a way of being hurt said as a verb after "did": "did she fall?", "did he slip?", "did he pass out?"
_VERBS = (("fall", re.compile(r"^(?:\w+\s+){0,2}?(?:fall(?:en)?|slip|trip)\b(?!\s+(?:asleep|behind|short|apart|through|ill|sick))", I)),
          ("fainted", re.compile(r"^(?:\w+\s+){0,2}?(?:pass\s+out|faint|black\s+out)\b", I)),
          ("lifting", re.compile(r"^(?:\w+\s+){0,2}?lift\b", I)))
# what a yes/no about the patient asks, when it is not how they were hurt: a request's outcome, a treatment
_NOT_HURT = re.compile(r"\b(?:approv|den(?:y|i)|uph[eo]ld|overturn|turn(?:ed)?\s+down|refus|reject|authori|cover|given|allow|"
                       r"need|want|request|ask|prescrib|referr|taking|using)\w*|\b(?:get|got|have|had)\b(?!\s+(?:hurt|injured)\b)", I)


def hurt_asked(text: str) -> tuple[str, ...]:
    """The ways of being hurt a yes/no question asks of the patient ("was she in a car accident?": ("vehicle",),
    "did he fall at work?": ("fall",)); () when it asks none."""
    m = _HURT_YES_NO.search(text)
    if not m:
        return ()
    rest = m.group("rest")
    if _NOT_HURT.search(rest):
        return ()
    return mechanisms(rest) or tuple(name for name, verb in _VERBS if verb.search(rest))


def _sentences(letter: Letter) -> list[Span]:
    start, end = letter.summary_span
    return [s for s in sentence_spans(letter.text, start, end) if letter.text[s[0]:s[1]].strip()] if end else []


def a_patient(letter: Letter, unknown: str = "patient") -> str:
    """'a 54-year-old female', 'an 18-year-old male', 'a female', from the age and sex the letter gives (`unknown`
    for the sex it does not give)."""
    who = " ".join(p for p in (f"{letter.age}-year-old" if letter.age is not None else "", letter.sex or unknown) if p)
    return f"{'an' if who[0] in '8aeiou' or who.startswith(('11-', '18-')) else 'a'} {who}"


def age_and_sex(c: Composer, letter: Letter) -> str:
    """'The patient in case X is a 54-year-old female: "..." [n].', quoting the case summary's first sentence
    that gives the age; '' when the letter gives neither."""
    if letter.age is None and not letter.sex:
        return ""
    gives = re.compile(rf"\b{letter.age}\b" if letter.age is not None else rf"\b{letter.sex}\b", I)
    span = next((s for s in _sentences(letter) if gives.search(letter.text, *s)), None)
    said = f"The patient in case {letter.case_number} is {a_patient(letter, unknown='')}"
    return f"{said}: {c.quote(letter, None, span, 'summary')}" if span else f"{said}."


# the sentence that tells how the patient was hurt, which may tell the work ("cumulative trauma from operating a
# sewing machine")
_MECHANISM = re.compile(r"\bmechanism\s+of\s+(?:the\s+)?injury\b|\b(?:while|when)\s+(?:he|she|they)\s+(?:was|were)\b", I)


def job(c: Composer, letter: Letter) -> str:
    """The case summary's sentence that names the patient's job, quoted and cited; else that it names none, with
    the sentence that tells how they were hurt (or the one that introduces them)."""
    spans = _sentences(letter)
    if span := next((s for s in spans if names_job(letter.text[s[0]:s[1]])), None):
        return f"The case summary of case {letter.case_number} names the patient's work: {c.quote(letter, None, span, 'summary')}"
    if not spans:
        return ""
    told = next((s for s in spans if _MECHANISM.search(letter.text, *s)), None)
    if told:
        return (f"The case summary of case {letter.case_number} names no job; it tells how the injury happened: "
                f"{c.quote(letter, None, told, 'summary')}")
    # the sentence that introduces them: the first to give their age or injury ("... is a 60 year old male who sustained
    # an industrial injury on ..."), not a note on the records before it ("Though the medical records were typed, it
    # was blurry.")
    intro = next((s for s in spans if _INTRODUCES.search(letter.text, *s)), spans[0])
    return (f"The case summary of case {letter.case_number} names no job; it introduces the patient as: "
            f"{c.quote(letter, None, intro, 'summary')}")


_INTRODUCES = re.compile(r"\b\d{1,3}[- ]year[- ]old\b|\bsustained\b|\b(?:date\s+of\s+)?injur(?:y|ed)\s+(?:on|in|dated)\b", I)


# the summary's sentence of diagnoses ("The current diagnoses are documented as ...", "She was diagnosed with ...";
# not "diagnostic testing"), else of what the patient is treated for ("undergoing treatment for neck pain")
_DIAGNOSED = re.compile(r"\bdiagnos(?:is|es|ed)\b", I)
_TREATED_FOR = re.compile(r"\b(?:treat(?:ed|ment|ments)|care)\s+for\b", I)


def diagnosis(c: Composer, letter: Letter) -> str:
    """The case summary's sentence that gives the patient's diagnoses, quoted and cited; else the one that tells what
    they are treated for; '' when it tells neither."""
    spans = _sentences(letter)
    if span := next((s for s in spans if _DIAGNOSED.search(letter.text, *s)), None):
        return f"The case summary of case {letter.case_number} gives the diagnoses: {c.quote(letter, None, span, 'summary')}"
    if span := next((s for s in spans if _TREATED_FOR.search(letter.text, *s)), None):
        return (f"The case summary of case {letter.case_number} gives no diagnosis; it tells what the patient is treated "
                f"for: {c.quote(letter, None, span, 'summary')}")
    return ""


# the summary's sentence of how the injury happened: "The mechanism of injury is detailed as lifting.", "... sustained an
# industrial injury on November 09, 2016 when he fainted and fell.", "... injuries after a fall." (not "after" a date)
_HOW = re.compile(r"\binjur(?:y|ies|ed)\b(?!\s+workers?\b)[^.]*?\s(?:when|while|after|from|due\s+to|as\s+a\s+result\s+of)\s+(?![\d(])"
                  r"|\b(?:when|while)\s+(?:he|she|they)\s+(?:was|were)\b", I)
_UNTOLD = re.compile(r"\b(?:not|never)\s+(?:been\s+)?(?:detailed|documented|provided|given|specified|described|stated|"
                     r"reported|clear)\b|\bunknown\b|\bunclear\b", I)
_MECHANISM_SAID = re.compile(r"\bmechanism\s+of\s+(?:the\s+)?injury\b", I)


def mechanism(c: Composer, letter: Letter, text: str = "") -> str:
    """The case summary's sentence that tells how the patient was hurt, quoted and cited; else that it does not tell,
    with the sentence that gives the injury; '' when the summary is missing. One way asked yes or no (`text`: "was she
    in a car accident?") is answered yes when the summary records it (its sentence that does, quoted), else no with
    the way it tells, or that it does not tell."""
    spans = _sentences(letter)
    if asked := hurt_asked(text):
        if said := _hurt_yes_no(c, letter, asked, spans):
            return said
    if span := next((s for s in spans if _MECHANISM_SAID.search(letter.text, *s)), None) or next(
            (s for s in spans if _HOW.search(letter.text, *s)), None):
        if _UNTOLD.search(letter.text, *span):  # "The mechanism of injury was not detailed in the information provided"
            return (f"The case summary of case {letter.case_number} does not tell how the injury happened: "
                    f"{c.quote(letter, None, span, 'summary')}")
        return (f"The case summary of case {letter.case_number} tells how the injury happened: "
                f"{c.quote(letter, None, span, 'summary')}")
    if span := next((s for s in spans if re.search(r"\binjur", letter.text[s[0]:s[1]], I)), None):
        return (f"The case summary of case {letter.case_number} does not tell how the injury happened; it gives the injury as: "
                f"{c.quote(letter, None, span, 'summary')}")
    return ""


_SAID_AS = {"vehicle": "a vehicle accident", "fall": "a fall", "lifting": "lifting", "assault": "an assault",
            "fainted": "fainting", "chair": "a chair giving way", "ladder": "a ladder", "crush": "a crush injury",
            "head": "a head injury", "slip or trip": "a slip or trip", "cumulative trauma": "cumulative trauma"}


def _hurt_yes_no(c: Composer, letter: Letter, asked: tuple[str, ...], spans: list[Span]) -> str:
    """'Yes: the case summary of case X records a fall: "..." [n].', or 'No: ... tells another way: "..." [n].';
    '' when the summary tells no way at all (the caller then says that)."""
    cn = letter.case_number
    said = " or ".join(_SAID_AS.get(a, a) for a in asked)
    found = [(name, s) for name in asked for s in spans
             if any(p.search(letter.text, *s) for n, _q, p in MECHANISMS if n == name)]
    if found and (how := next((s for _n, s in found if _MECHANISM_SAID.search(letter.text, *s) or _HOW.search(letter.text, *s)),
                              None) or found[0][1]):
        return f"Yes: the case summary of case {cn} records {said}: {c.quote(letter, None, how, 'summary')}"
    told = next((s for s in spans if _MECHANISM_SAID.search(letter.text, *s)), None) or next(
        (s for s in spans if _HOW.search(letter.text, *s)), None)
    if told is not None and not _UNTOLD.search(letter.text, *told) and not any(
            recorded(a, letter.text[told[0]:told[1]]) for a in asked):
        return (f"No: the case summary of case {cn} does not record {said}; it tells how the injury happened: "
                f"{c.quote(letter, None, told, 'summary')}")
    return ""
