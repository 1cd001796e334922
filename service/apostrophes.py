"""Apostrophes and sentence breaks a question typed without them, put back before anything reads
it. Apostrophes: "werent" is
"weren't", "Hes 43" is "He's 43", "the 54-year-old womans medications" is "the 54-year-old woman's
medications", "my dads shoulder" is "my dad's shoulder", "the 63 yos surgery" is "the 63 yo's
surgery". Users on a phone drop them; every reader of a question (who is described, what is asked,
negation) expects them.

Only forms that are no other word: "womans" and "mans" are never plurals ("women", "men"); a
regular plural ("sisters", "patients") is read as a possessive only after a word that asks for one
person ("my sisters doctor", "the patients MRI") and before a thing owned (a side, a body part, a
doctor, a treatment, a request), not before a verb ("my patients keep getting acupuncture cut short").

Sentence breaks: a question typed with no sentence punctuation at all ("My husband is 63 he tripped
and fell What happened to his MRI") starts a new sentence at a capitalised question word inside it,
and, typed all in lowercase, at a subject told with an age ("hes 43") or a "why" no word leads into.
"""

from __future__ import annotations

import re

_CONTRACTIONS = {
    "werent": "weren't", "wasnt": "wasn't", "isnt": "isn't", "arent": "aren't", "didnt": "didn't",
    "doesnt": "doesn't", "dont": "don't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "cant": "can't", "wont": "won't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't", "hes": "he's", "shes": "she's",
    "im": "I'm", "ive": "I've", "theyre": "they're", "youre": "you're", "thats": "that's", "whats": "what's",
    "whos": "who's", "theres": "there's", "didn": "didn't", "wasn": "wasn't",
}
_CONTRACTION = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b(?!['\u2019])", re.IGNORECASE)  # not "wasn't"
# a verb or a word that follows a plural subject, not an owned thing
_NOT_OWNED = (r"(?!(?:are|were|have|had|has|and|or|is|was|who|that|which|did|do|does|got|get|went|go|in|at|on|with|"
              r"from|for|to|of|also|both|all|both|too|than|then|said|say|says|the|a|an)\b)")
# never a plural: "womans", "mans" (women, men), "ladys"; an age's owner: "the 63 yos", "54 year olds"
_ALWAYS = re.compile(r"\b(wom[ae]n|man|lady|gentleman|guy|(?:\d{2}\s*)?(?:yo|y/o|year[- ]old|yr[- ]old|years?[- ]old))s"
                     rf"(?=\s+{_NOT_OWNED}[a-z0-9])", re.IGNORECASE)
# a regular plural after a word for one owner: "my sisters doctor", "her husbands right arm"
_KIN = (r"husband|wife|dad|mom|mother|father|sister|brother|daughter|son|boss|aunt|uncle|grandmother|grandfather|"
        r"grandma|grandpa|friend|client|patient|worker|claimant|applicant|employee|operator|driver|nurse|boyfriend|"
        r"girlfriend|partner|cousin|neighbor|coworker|girl|boy|kid|gal|fella|dude")
# ... before a thing owned: a side, a body part, a doctor, a request, a treatment ("my patients keep
# getting" is a plural)
_OWNED = (r"right|left|lower|upper|low|back|neck|shoulders?|knees?|hands?|wrists?|elbows?|hips?|legs?|feet|foot|ankles?|"
          r"arms?|head|spine|fingers?|doctors?|dr|physician|surgeon|pt|therapy|therapist|chiro\w*|mri|ct|x-?rays?|emg|ncs|"
          r"surgery|operation|meds|medications?|medicines?|pills?|prescriptions?|requests?|case|claim|letter|appeal|"
          r"injury|pain|treatments?|brace|injections?|shots?|acupuncture|epidural|esi|imr|ur|nerve|tens|home|job|"
          r"employer|lawyer|attorney|adjuster|insurance|carrier|rfa|visits?|sessions?|scan|test|stomach|ribs?|belly")
_AFTER_ONE = re.compile(rf"\b((?:my|his|her|our|their|the|this|that)\s+(?:[\w/-]+\s+){{0,4}}?(?:{_KIN}))s(?=\s+(?:{_OWNED})\b"
                        # ... or before the age told of them: "my husbands 43 in rehab", "my husbands 53 his right ring finger" (my husband's 43)
                        r"|\s+\d{2}(?:\s*[,;:-]|\s+(?:and|in|with|who|he|she|his|her|had|has|was|is|now|yo|y/o|years?|yrs?)\b|\s*$))",
                        re.IGNORECASE)


def with_apostrophes(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with the apostrophes of contractions and possessives put back, and what was read as
    what (typed, read)."""
    read: list[tuple[str, str]] = []

    def contraction(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() == "im" and word == "IM":  # intramuscular
            return word
        fixed = _CONTRACTIONS[word.lower()]
        fixed = fixed if word[0].islower() or fixed[0].isupper() else fixed[0].upper() + fixed[1:]
        read.append((word, fixed))
        return fixed

    def owner(m: re.Match[str]) -> str:
        read.append((m.group(0), f"{m.group(1)}'s"))
        return f"{m.group(1)}'s"

    text = _CONTRACTION.sub(contraction, text)
    text = _ALWAYS.sub(owner, text)
    return _AFTER_ONE.sub(owner, text), read


_OPENER = (r"(?:What|Why|How|Did|Was|Were|Is|Are|Does|Do|Which|Who|When|Can|Could|Any|Has|Have|Should|Would|Will)")
_QUESTION_WORD = re.compile(rf"(?<=[A-Za-z0-9)%])\s+(?={_OPENER}\b)")
# a capitalised subject opens a sentence too: "while Im at work Hes 43 and had", "surgery She takes",
# "the remaining 6 Pt 43F" (the patient, not physical therapy)
_SUBJECT = re.compile(r"(?<=[A-Za-z0-9)%])\s+(?=(?:He|She|They|We|My|His|Her|Their|Our|It|Hes|Shes|He's|She's|Theyre|"
                      r"They're)\b|(?:Pt|Patient)\s+\d{2}\s*(?:[MF]\b|yo\b|y/o|years?[- ]old))")
# ... and "I" telling something of the asker, after a word that does not join it to what comes before
# ("hurt I already had PT", "at work i work during the day", "turned down Im 50"; not "and I", "while
# Im at work", "the brace I was supposed to wear", "IM injection")
_I = re.compile(r"(?<=[A-Za-z0-9)%])\s+(?=(?:I|i)\s+(?:already|also|just|still|know|knew|heard|think|thought|was\s+told|"
                r"understand|believe|work|worked|cant|can't|dont|don't)\b|(?:I|i)(?:m|'m|\s+am)\s+\d{2}\b)")
_JOINS = frozenset("""and or but so because cause since when while if that what why how which where who whom as than
    after before until till unless once whether though although do did does can could should would will am was have had
    me then even said says think thought know knew heard hear mean guess""".split())
# a lowercase question after a story: "they asked for pillows and braces for her did imr approve her
# knee brace" (not "which meds did imr approve", "they did the surgery")
_LOWER_ASK = re.compile(r"(?<=[a-z0-9])\s+(?=(?:did|does|do|can|could|will|would|should)\s+(?:imr|ur|they|he|she|you|i|we)\s)",
                        re.IGNORECASE)
# ... and in a question typed all in lowercase: a subject told with an age ("while im at work hes 43 and
# had", "the back shots for my husband hes 34"), and "why" after a word that does not lead into it ("she
# was already in physical therapy why did they deny"; not "that's why", "the reason why", "tell me why")
_LOWER_SUBJECT = re.compile(r"(?<=[a-z0-9)%])\s+(?=(?:hes|shes|he's|she's|he\s+is|she\s+is)\s+(?:a\s+)?\d{2}\b)")
# ... and a subject after the age told ("my dad is 53 he already had two back surgeries")
_AFTER_AGE = re.compile(r"(?<=\d\d)\s+(?=(?:he|she)\s)")
_LOWER_WHY = re.compile(r"(?<=[a-z0-9)%])\s+(?=(?:why|how\s+come)\b)")
_INTO_WHY = frozenset("""reason reasons explain explained wonder wondering wondered understand tell told ask asked asking see
    idea clue sure unclear out is was just exactly also not no know knew""".split())
# ... nor after an outcome word, the "why" of a telegraphic question typed last ("elbow mri denied why
# 48 yo guy fell off ladder broke foot": why the elbow MRI was denied, told of a man who broke his foot)
_DECIDED_BEFORE_WHY = frozenset("""denied approved rejected refused upheld overturned certified noncertified non-certified
    authorized authorised down okayed""".split())
# ... and after a decision told with its auxiliary, a follow-up about another thing ("the lumbar mri was
# denied and the neck ct", "her acupuncture went through and the extra neck pt", "the mris got denied what
# about his meds", "the naproxen got denied the pantoprazole too"): the follow-up asks
_DECIDED_THEN = re.compile(
    r"(\b(?:was|were|got|gets|been|is|are)\s+(?:\w+\s+)?(?:denied|approved|upheld|overturned|rejected|refused|"
    r"turned\s+down|authori[sz]ed|certified|non-?certified)|\b(?:went|got|gone|goes)\s+through)\s+"
    r"(?=(?:and|so|but)\s+(?:(?:what|how)\s+about\b|(?:the|his|her|my|their)\s+(?:(?!(?:was|were|is|are|got|did|had|has)\b)"
    r"[\w/-]+\s*){1,5}$)|(?:what|how)\s+about\b"
    r"|(?:the|his|her|my|their)\s+[\w/-]+(?:\s+[\w/-]+){0,3}\s+(?:too|either|as\s+well)\s*$)", re.IGNORECASE)
# ... and a yes/no question about a decision that ends it, typed in lowercase after the story ("they
# denied the head ct and the shoulder mri was the neck mri denied too")
_LAST_YES_NO = re.compile(r"(?<=[a-z0-9])\s+(?=(?:was|were)\s+(?:the|his|her|my|their)\s+(?:(?!(?:one|ones|first|only|last|second|same)\b)[\w/-]+\s+){1,5}?(?:denied|approved|upheld|"
                          r"overturned|rejected|refused|authori[sz]ed|certified|non-?certified)(?:\s+(?:too|either|as\s+well))?\s*$)")
_QUESTION_WORDS = frozenset("what which how why when where who whose whom".split())
_ASKING = re.compile(r"(?:what|why|how|did|was|were|is|are|does|do|which|who|when|can|could|any|has|have|should|would|"
                     r"will)\b", re.IGNORECASE)
# a question inside a sentence: after a contrast or a dash ("They approved the acupuncture but why was
# the PT turned down", "IMR said no to it - why"), or a tag ("the MRI wasnt approved was it")
_ASKS_INSIDE = re.compile(r"(?:\b(?:but|however|so)\s+|\s[-\u2013\u2014]+\s+)(?:why|what|how|which|did|was|were|could|"
                          r"can|is|are)\b|\b(?:was|were|is|are|did|does|do|has|have|had)(?:nt|n't)?\s+(?:it|they|he|she|"
                          r"I)\s*$", re.IGNORECASE)
# a sentence that tells what the asker knows or heard asks nothing: "IMR on the L-spine films in
# CM17-0011703 I know the neck CT was upheld" asks about the films
_TOLD = re.compile(r"(?:I|i)\s+(?:already\s+|also\s+|just\s+)?(?:know|knew|heard|think|thought|was\s+told|read|"
                   r"understand|believe|saw)\b")


def with_breaks(text: str) -> str:
    """`text` with sentence breaks where a question typed with no sentence punctuation at all starts
    a new sentence (a capitalised question word or subject, an "I" telling something of the asker, a
    lowercase "did imr" after the story), and a question mark after each sentence that asks ("Why
    couldnt my husband get a helper at home while Im at work Hes 43" -> "Why couldnt my husband get
    a helper at home while Im at work? Hes 43"). When none asks, the last sentence that does not tell
    what the asker knows does; a parenthesised aside never does."""
    if re.search(r"[.?!;]", text) or not text.strip():
        return text

    def unjoined(m: re.Match[str]) -> str:
        before = text[: m.start()].split()
        if not before or before[-1].lower() in _JOINS:
            return m.group(0)
        # ("which meds did imr approve"; "on what basis was the EMG overturned", "for what reason were the
        # MRIs denied": the question word's own clause, no yes/no question after a story)
        if m.re in (_LOWER_ASK, _LAST_YES_NO) and _QUESTION_WORDS & {w.lower() for w in before[-4:]}:
            return m.group(0)
        if m.re is _AFTER_AGE and (len(before) < 2 or before[-2].lower() not in ("is", "hes", "shes", "he's", "she's")):
            return m.group(0)
        if m.re is _LOWER_WHY and before[-1].lower().strip("'") in _INTO_WHY | _DECIDED_BEFORE_WHY | {"that's", "thats", "s"}:
            return m.group(0)
        return "\n"

    marked = _LOWER_ASK.sub(unjoined, text)
    marked = _I.sub(unjoined, marked)
    if text.lstrip()[:1].islower():  # typed in lowercase: no capital opens a sentence
        marked = _LOWER_WHY.sub(unjoined, _AFTER_AGE.sub(unjoined, _LOWER_SUBJECT.sub(unjoined, marked)))
    # (not after a sentence that itself asks: "why was it denied and the ct" asks of both)
    marked = _DECIDED_THEN.sub(lambda m: m.group(0) if _ASKING.match(m.string[: m.start()].rsplit("\n", 1)[-1].strip())
                               else m.group(1) + "\n", marked)
    marked = _LAST_YES_NO.sub(unjoined, marked)
    marked = _SUBJECT.sub("\n", _QUESTION_WORD.sub("\n", marked))
    # an aside in parentheses that closes the question: "the R L5 TFESI (UR also denied the L4 level )"
    # (not "my mom (62 shoulder tendinitis) and my aunt", "the add-ons (pre-op clearance brace) ever survive")
    marked = re.sub(r"(?<=[A-Za-z0-9%])\s+(?=\([^()]*\)\s*$)", "\n", marked)
    sentences = [s.strip() for s in marked.split("\n") if s.strip()]
    if len(sentences) == 1:
        return text
    asks = [bool(_ASKING.match(s) or _ASKS_INSIDE.search(s)) for s in sentences]
    if not any(asks):
        told = [i for i, s in enumerate(sentences) if not _TOLD.match(s) and not s.startswith("(")]
        if told:
            asks[told[-1]] = True
    ends = ["?" if a else "." for a in asks]
    if not asks[-1]:
        ends[-1] = ""  # the last as typed
    return " ".join(s + ("" if s.endswith(")") and not a else e) for s, e, a in zip(sentences, ends, asks))


# a greeting before the question and thanks after it: no part of what is asked
_GREETING = re.compile(r"^\s*(?:(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon|evening)|greetings)(?:\s+(?:there|all|team|"
                       r"folks|everyone))?\s*[,.!:;-]+\s*|(?:hi|hello|hey)\s+)?(?:(?:a\s+)?(?:quick|simple|short)\s+question"
                       r"|i\s+have\s+a\s+(?:quick\s+)?question|question)\s*[,.!:;-]+\s*"
                       r"|^\s*(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|all|team|everyone))?\s*[,.!:;-]+\s*",
                       re.IGNORECASE)
_THANKS = re.compile(r"[\s,.;-]*\b(?:thanks|thank\s+you|thx|ty|cheers|appreciate\s+(?:it|your\s+help|the\s+help))"
                     r"(?:\s+(?:so\s+much|very\s+much|a\s+lot|in\s+advance))?\s*[.!]*\s*$", re.IGNORECASE)


# what the asker says of themself or of the exchange before the question: their role on the file, a
# follow-up, "quick one" ("I'm the adjuster on this one. ", "Quick one for a client: ", "Following up
# on my earlier email - "); the client there is who the asker works for, not a patient described
_END = r"\s*(?:[.,:;!]+|\s[-\u2013\u2014]+)\s*"
_PREAMBLE = re.compile(
    r"^\s*(?:I(?:'m|\s+am)\s+(?:the|an?)\s+(?:(?:claims?|workers'?\s+comp|nurse)\s+)?(?:adjuster|examiner|administrator|"
    r"attorney|lawyer|paralegal|case\s+manager|analyst|reviewer|representative|rep)\s+(?:on|for|handling|assigned\s+to)\s+"
    r"(?:this|the|that)\s+(?:one|claim|file|case|matter)"
    # ... or their role as a label: "nurse case mgr: pt with ...", "NCM here. 43 yo male ..."
    r"|(?:(?:RN|nurse)\s+)?case\s+(?:manager|mgr)(?:\s+here)?|NCM(?:\s+here)?"
    r"|(?:a\s+)?quick\s+(?:one|q)(?:\s+for\s+(?:a|my|our)\s+(?:client|claimant|file|case))?"
    r"|(?:just\s+)?following\s+up\s+(?:on|re|regarding|from|to)\s+(?:my|our|the|your)\s+(?:(?:earlier|previous|last|prior|"
    rf"other)\s+)?(?:e-?mail|message|note|question|call|voicemail|request)s?){_END}", re.IGNORECASE)


def without_pleasantries(text: str) -> str:
    """`text` without a greeting before the question ("Hi there, quick question."), what the asker
    says of themself or the exchange before it ("I'm the adjuster on this one.", "Following up on my
    earlier email -") and thanks after it."""
    return _THANKS.sub("", _PREAMBLE.sub("", _GREETING.sub("", text, count=1), count=1)) or text
