"""Treatments a question names only to describe the patient, not to ask about: "why were the
post-op PT sessions approved for the shoulder scope patient?" asks about the PT of the letter
with a shoulder arthroscopy. They choose the letter (service.flows), never the item."""

from __future__ import annotations

import re

from indexer.treatments import members
from service.head_named import named_again
from service.orderer import PROVIDER
from service.outcomes import TERSE_OUTCOME, WORD

# A treatment that names the patient ("the shoulder scope patient", "the man with the knee
# surgery") rather than the item asked about, when the question names another one.
PATIENT_NOUN = (r"(?:(?:patient|guy|man|woman|lady|gentleman|fellow|worker|claimant|person|one|male|female)s?"
                 r"|(?:year|yr)s?[- ]old|y/?o)")
_STORY_AFTER = re.compile(rf"^\s+{PATIENT_NOUN}\b"
                          # "neck fusion in 2014", "two back surgeries 3 years ago", "a neck fusion years ago",
                          # "a knee scope a while back", "shoulder surgery last year": done in the past
                          r"|^\s+(?:(?:back\s+)?in\s+(?:19|20)\d\d|(?:(?:\d+|a\s+few|several|many|some)\s+)?years\s+ago"
                          r"|a\s+(?:long\s+)?(?:while|time)\s+(?:ago|back)|long\s+ago|last\s+year)\b",
                          re.IGNORECASE)
# what a treatment did for the patient, told as a finding: "the reviewer noted physical therapy was
# helping her", "the injections gave him relief" (with no other treatment asked, the question asks
# of the patient's requests: service.story.story_treatments)
_HELPED_AFTER = re.compile(r"^\s+(?:(?:was|is|has\s+been|had\s+been|were|are)\s+(?:really\s+)?(?:helping|working|"
                           r"effective|beneficial)|help(?:ed|s)\b|gave\s+(?:(?:her|him|me|them)\s+)?(?:some\s+)?relief"
                           # ... or did not: "PT and xrays didnt help much", "the injections never worked"
                           r"|(?:didn['’]?t|did\s+not|hasn['’]?t|has\s+not|haven['’]?t|have\s+not|never|wasn['’]?t|weren['’]?t|"
                           r"isn['’]?t|aren['’]?t)\s+(?:really\s+|much\s+|been\s+)?(?:help(?:ed|ing|s)?|work(?:ed|ing)?)\b)",
                           re.IGNORECASE)
# ... or what it did to the patient's stomach: "the naproxen upset my stomach, so why was my pantoprazole
# denied?", "the ibuprofen gave her heartburn" (the stomach pill is asked about, not the drug that upset it)
_UPSET_AFTER = re.compile(r"^\s+(?:(?:has|had|have)\s+(?:been\s+)?|(?:was|is|were|kept)\s+)?(?:upset|upsets|upsetting|irritat\w*|"
                          r"bother\w*|hurt|hurts|hurting)"
                          # ... whoever's stomach: "the naproxen was bothering my mom's stomach"
                          r"\s+(?:(?:my|her|his|their|the)\s+)?(?:[\w-]+['\u2019]s\s+)?(?:stomach|belly|tummy|gut)\b"
                          r"|^\s+(?:gave|gives|give|caused|causes|cause)\s+(?:(?:me|her|him|them)\s+)?(?:an?\s+)?"
                          r"(?:stomach|belly|heartburn|reflux|gastritis|ulcers?|upset\s+stomach)\b", re.IGNORECASE)
# ... or a study whose result is told: "do reviewers approve epidurals if the MRI shows a herniation?", "the EMG came
# back normal - why was the MRI denied?" (the result a finding, not the study asked of)
_SHOWED_AFTER = re.compile(r"^\s+(?:(?:results?|reports?|findings)\s+)?(?:(?:has|had|have)\s+)?(?:shows?|showed|shown|"
                           r"reveal(?:s|ed)?|demonstrat(?:es|ed)|confirm(?:s|ed)|came\s+back|was\s+(?:normal|negative|positive))\b",
                           re.IGNORECASE)
# An operation the request asked about serves ("was the PA assist approved for the right knee
# scope?", "the cold therapy unit denied for the knee surgery"): named after "for the", once a
# request that is not itself an operation has been named.
OPERATIONS = frozenset({"surgery"} | members("surgery"))
# ... or after the time it marks ("a home nurse after his belly surgery", "the ice machine for after the operation"),
# or what it goes with ("the physical therapy that goes with a surgery")
FOR_OPERATION = re.compile(r"\b(?:for|after|following|since|(?:that|which)\s+(?:goes|go|went|comes|come|came)\s+"
                            r"(?:along\s+)?with)\s+(?:(?:a|an|the|his|her|their|my)\s+)?"
                            r"(?:[\w/-]+\s+){0,2}?$", re.IGNORECASE)
# ... or the patient's own, after the time it marks, wherever it comes: "my stomach hurts from the naproxen after my
# carpal tunnel surgery, they wouldn't approve the protonix?" (an operation had, not asked)
_AFTER_THEIR = re.compile(r"\b(?:after|since|following)\s+(?:my|his|her|their)\s+(?:[\w/-]+\s+){0,2}?$", re.IGNORECASE)
_STORY_BEFORE = re.compile(rf"\b{PATIENT_NOUN}\s+(?:with|after|recovering\s+from|who(?:'d|\s+had|\s+has)?\s+"
                           r"(?:already\s+)?(?:had|has|got|underwent))\s+"
                           # (a dash said alone ends the description: "the woman with the naproxen - her prilosec?")
                           r"(?:(?:a|an|the|his|her|their|two|three|several)\s+)?(?:(?!-+\s)[\w/-]+\s+){0,3}?$", re.IGNORECASE)
# "the man who had two back surgeries and a neck fusion: why was the x-ray denied?": what the patient
# has had (undergone) describes them wherever it comes, unless a decision follows it ("the woman who
# had the knee scope approved"); up to five words before it, as "who had carpal tunnel and cubital tunnel
# surgery" names two operations by the one word they share (as _SUBJECT_HAD)
_STORY_HAD = re.compile(rf"\b{PATIENT_NOUN}\s+who(?:'d|'s|\s+had|\s+has)?\s+(?:already\s+)?(?:had|undergone|underwent)\s+"
                        r"(?:(?:a|an|the|his|her|their|two|three|several)\s+)?(?:[\w/-]+\s+){0,5}?$", re.IGNORECASE)
# ... and what the patient someone speaks of has had: "he's had two back surgeries and a neck fusion",
# "My mom had carpal tunnel and elbow nerve surgery." (the same unless a decision follows)
_KIN = (r"(?:mom|mother|dad|father|husband|wife|son|daughter|brother|sister|partner|boyfriend|girlfriend|friend|"
        r"uncle|aunt|grandmother|grandfather|patient|client)")
_SUBJECT_HAD = re.compile(rf"\b(?:he|she|I|they|we|(?:my|his|her|their|our)\s+{_KIN})(?:'s|'ve|\s+has|\s+have)?\s+"
                          r"(?:already\s+|also\s+)?(?:had|undergone|underwent)\s+"
                          r"(?:(?:a|an|the|his|her|their|my|two|three|four|several|\d+)\s+)?(?:[\w/-]+\s+){0,5}?$",
                          re.IGNORECASE)
# ... or told on from another thing that happened to them: "I broke my ribs and had surgery on my belly"
_AND_HAD = re.compile(r"\b(?:and|then)\s+(?:already\s+|also\s+)?(?:had|underwent)\s+"
                      r"(?:(?:a|an|the|his|her|their|my|two|three|several|\d+)\s+)?(?:[\w/-]+\s+){0,2}?$", re.IGNORECASE)
_DECIDED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:approv|den(?:y|ied)|overturn|upheld|refus|reject|turned\s+down|"
                            r"authori[sz]|certif|non-?cert)", re.IGNORECASE)
# what the asker asks to get decided: "did the lady with the hip mri get physical therapy approved?" (asked, wherever
# it comes: not her story)
_GET_BEFORE = re.compile(r"\b(?:get|got|gets|getting)\s+(?:(?:the|his|her|their|my|a|an|any|some)\s+)?$", re.IGNORECASE)
_DECIDED_RIGHT_AFTER = re.compile(r"\s+(?:approv|den(?:y|ied)|overturn|upheld|refus|reject|turned\s+down|authori[sz]|certif|"
                                  r"non-?cert|ok(?:ay)?(?:'?d|ed)\b)", re.IGNORECASE)
# "the 63 yo whose rotator cuff surgery got denied": what was decided for the patient, told in a
# clause about them, when another treatment is asked ("did IMR approve the post-op therapy ... ?")
_STORY_WHOSE = re.compile(rf"\b{PATIENT_NOUN}\s+whose\s+(?:[\w/-]+\s+){{0,3}}?$", re.IGNORECASE)
# "the man after belly surgery", "the woman recovering from a knee replacement": something that
# happened to the patient, wherever it comes in the question
# ... or what is happening to them: "the 63 yo man having shoulder surgery", "the woman who's
# getting knee injections", "the guy scheduled for a fusion", or where they are staying: "the guy in
# rehab after his belly surgery", "my husband is in rehab" (the only treatment named stays asked)
_STAYING = (rf"(?:(?:my|his|her|their|our)\s+{_KIN}|he|she|I|they)(?:'s|'m|'re|\s+is|\s+am|\s+are|\s+was|\s+were)\s+"
            r"(?:still\s+|now\s+)?in")
_STORY_PAST = re.compile(rf"\b(?:{PATIENT_NOUN}\s+(?:after|following|recovering\s+from|(?:who(?:'s|\s+is|\s+was)\s+)?"
                         r"(?:having|getting|undergoing|(?:still\s+|now\s+)?in|(?:scheduled|set|booked|due|slated|lined\s+up)\s+for|"
                         rf"awaiting|waiting\s+(?:for|on)))|{_STAYING})\s+(?:(?:a|an|the|his|her|their)\s+)?"
                         r"(?:[\w/-]+\s+){0,2}?$", re.IGNORECASE)

# a treatment the patient had before, by its time word: "the 53-year-old with the prior cervical
# fusion", "his previous injections", "status post knee scope", "a history of lumbar fusion"
_PRIOR = re.compile(r"\b(?:prior|previous|earlier|past|former|(?<!year[- ])(?<!yr[- ])(?<!years[- ])old|"
                    r"history\s+of(?:\s+(?:a|an|the))?|status[\s-]+post|s/p)\s+(?:[\w/-]+\s+){0,2}?$", re.IGNORECASE)
# a sentence that tells how the patient was hurt ("he was badly hurt at work, broken ribs and stomach
# surgery.") and asks, requests or decides nothing: what it names is the story
_INJURY = re.compile(r"\b(?:hurt|injur\w*|fell|fall(?:en|s)?|broke|broken|fractur\w*|accident|crash\w*|tripped|"
                     r"slipped|twisted|crushed)\b", re.IGNORECASE)
_ASKS = re.compile(r"\?|\b(?:ask\w*|request\w*|want\w*|needs?|needed|order\w*|recommend\w*|prescrib\w*|refer\w*|"
                   r"approv\w*|authori[sz]\w*|certif\w*|den(?:y|ied|ial)\w*|upheld|overturn\w*|refus\w*|reject\w*|"
                   r"turn\w*\s+down|said\s+no|decid\w*|IMR|UR|RFA|insurance|adjuster|wants?|why|what|how|did|does|was\s+it)\b",
                   re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def _injury_sentence(text: str, at: int) -> tuple[int, int] | None:
    """The span of the sentence holding `at` when it tells how the patient was hurt and asks nothing."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= at < m.end():
            sentence = m.group(0)
            return m.span() if _INJURY.search(sentence) and not _ASKS.search(sentence) else None
    return None


# "53 yo with the cervical fusion - which x-ray was denied?": the description before the dash (or
# colon) that opens the question, when what follows it asks about another treatment
# ... or a comma before a question of its own: "the 37 year old woman with the baclofen, did the sleeping pills get approved?"
_THEN_ASKED = re.compile(r"^(?:[\s,]+[\w/'-]+){0,6}?\s*(?:\s[-\u2013\u2014]+\s|:\s"
                         r"|,\s+(?=(?:did|was|were|is|are|why|what|has|have)\s))")


def _described_then_asked(text: str, end: int, found: list[tuple[str, str]]) -> bool:
    """Whether the description ending at `end` is followed by a dash or colon and a question that
    names another treatment."""
    m = _THEN_ASKED.match(text[end:])
    return bool(m) and not _DECIDED_AFTER.match(text[end:]) and any(text.find(o, end + m.end()) >= 0 for _o, o in found)


# a telegraphic description that opens the question, the person first and then their history,
# up to the dash or colon before the question: "63M, rotator cuff tear, failed injections - was the
# surgery approved?", "46 yo man: prior fusion, PT x12; why was the MRI denied?"
_OPENING = re.compile(r"^\s*(?:(?:a|an|the|my|our)\s+)?\d{1,3}\s*(?:[MF]\b|yo\b|y/?o\b|y\.o\.|-?\s*(?:year|yr)s?[- ]old\b)"
                      r"[^?:;.\u2013\u2014]*?(?P<end>\s[-\u2013\u2014]+\s|:\s|;\s)", re.IGNORECASE)


# a question of its own whose subject is a pronoun, of what was told before it: "42 yo woman, massage for
# her back - was it approved, and what about the nerve tests?" (service.asking reads it too); not "they" that does
# something to a thing of the patient's ("28 yo woman lumbar MRI - did they ok her epidural?": the reviewers)
_THEY_DECIDE = r"they(?!\s+[\w']+\s+(?:her|his|the|my|their|our|your|a|an|any|some)\b)"
IT_ASKED = re.compile(rf"\s*(?:(?:so|and|but|ok|okay)\s+)?(?:(?:was|were|is|are|did|does|has|have)\s+(?:it|{_THEY_DECIDE}|that|those)"
                      rf"|(?:why|how|when)\s+(?:was|were|did)\s+(?:it|{_THEY_DECIDE}|that|those))\b", re.IGNORECASE)


def opening_end(text: str) -> int:
    """Where the description that opens `text` (_OPENING: "40 year old lady, elbow CT and the back program - ")
    ends, else 0."""
    m = _OPENING.match(text)
    return m.end() if m else 0


# an outcome asked right after the opening's dash, and nothing else: "the 63 year old's shoulder surgery - denied?"
_OUTCOME_ASKED = re.compile(rf"\s*(?:(?:was|were|is)\s+(?:it|they)\s+)?{TERSE_OUTCOME}\s*\?", re.IGNORECASE)


def _in_opening(text: str, at: int, found: list[tuple[str, str]], word: str = "") -> bool:
    """Whether `at` (of `word`) falls in the description that opens `text` (_OPENING) and the
    question after it names another treatment. A treatment the question names again is asked:
    "46 yo man, already had PT and chiro - why was more chiro denied?" asks of the chiro, and so is one
    named again by its head noun ("elbow CT and the back program - so ... the program denied?",
    service.head_named); so is one the question asks of by a pronoun first ("42 yo woman, massage for her
    back - was it approved, and what about the nerve tests?")."""
    m = _OPENING.match(text)
    if not m or at >= m.start("end") or (word and text.find(word, m.end()) >= 0) or IT_ASKED.match(text, m.end()):
        return False
    if _OUTCOME_ASKED.match(text, m.end()):
        return False  # "the 63 year old's shoulder surgery - denied? and the sling?": the outcome asked of it, typed tersely
    if word and any(p >= m.end() for p in named_again(text, word, [w for _t, w in found])):
        return False
    # ... or asks of anything of theirs: "the 37 year old woman with all the braces and pillows - did she get anything at
    # all?" (every request of hers; not "were any of them approved?", which asks of the things told)
    return any(text.find(w, m.end()) >= 0 for _t, w in found) or bool(_ANYTHING.search(text, m.end()))


# the provider who asks for the care a letter decides: "what did the 52 yo woman's chiropractor ask for?",
# "which requests did her surgeon make?": the provider tells whose letter, the requests asked are all of them
# (service.orderer's providers whose word names a treatment set, and the doctors whose word names none)
_PROVIDER = rf"(?:{PROVIDER}|surgeon|podiatrist|physiatrist|orthopedist|neurologist|doctor|physician|provider|PTP)"
_BY_PROVIDER = re.compile(r"^s?\s+(?:ask(?:ed)?\s+for|request(?:ed)?|(?:put|file)\s+in\s+for|order(?:ed)?|want(?:ed)?|"
                          r"ma(?:k|d)e|submit(?:ted)?)\b", re.IGNORECASE)
# ... asked what they asked for (service.flows.fitting reads it too)
PROVIDER_ASKED_FOR = re.compile(r"\bwhat\s+(?:did|has|had)\s+(?:(?!(?:who|that|whose|which)\b)[\w'’/-]+\s+){1,8}?" + _PROVIDER +
                                r"s?\s+(?:ask(?:ed)?\s+for|request(?:ed)?|(?:put|file)\s+in\s+for|order(?:ed)?|want(?:ed)?)\b",
                                re.IGNORECASE)
_BY_PROVIDER_ASKED = re.compile(r"\b(?:what|which\s+(?:requests|items|things|treatments|services))\s+(?:did|has|had)\b"
                                # ... or all they asked for, with no "what": "what happened to everything the 52 yo woman's
                                # chiropractor asked for?", "did any of the stuff her chiropractor ordered go through?"
                                r"|\b(?:everything|anything|(?:all|any|none)\s+of\s+(?:the\s+)?(?:stuff|things|requests|treatments|what)"
                                r"|all\s+(?:the\s+)?(?:stuff|things|requests|treatments))(?:\s+that)?\s+(?:[\w'’/-]+\s+){1,6}$",
                                re.IGNORECASE)

_ANYTHING = re.compile(r"\b(?:anything|everything)\b"
                       # ... or what the patient asked for, whatever it was: "the 52 yo woman with the chiropractic - what did
                       # she ask for?", "what was requested?", "what got denied?" (all her requests, the chiropractic telling
                       # who she is)
                       r"|\bwhat\s+(?:did|has|had)\s+(?:s?he|they|I|we)\s+(?:ask(?:ed)?\s+for|request(?:ed)?|(?:put|file)\s+in\s+for)\b"
                       # ... or what their provider asked for: "what did the 52 yo woman's chiropractor ask for?"
                       r"|" + PROVIDER_ASKED_FOR.pattern +
                       r"|\bwhat\s+(?:was|were|got|has\s+been)\s+(?:requested|asked\s+for|denied|approved|upheld|overturned|"
                       r"turned\s+down)\s*\?", re.IGNORECASE)


def told_in_opening(text: str, found_regions, found_treatments) -> bool:
    """Whether the body parts of `text` are all named in the description that opens it (_OPENING)
    and the question after it names a treatment but no body part: "46 yo man off work, shoulder and
    elbow pain, already had PT and chiro - why was more chiro denied?" tells where he hurts, and
    asks of his chiro wherever it was for; so does one asking of the patient's requests in general ("53 yo
    man with neck, low back and right foot pain - which of his requests weren't denied?", nat-2128).
    `found_regions`, `found_treatments`: the finders."""
    m = _OPENING.match(text)
    rest = text[m.end():] if m else ""
    return bool(m) and bool(found_regions(text[: m.start("end")])) and not found_regions(rest) and bool(
        found_treatments(rest) or THEIR_REQUESTS.search(rest))


# an item asked by its place in the letter ("what happened to her second request?", service.ordinal):
# "the woman with all the oral suspensions" describes her, with no other treatment asked
_BY_PLACE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|last|final|1st|2nd|3rd|4th|5th|6th)\s+"
                       r"(?:request|item|issue|thing|treatment|service)\b", re.IGNORECASE)

# the condition a general question sets ("when the surgery itself is denied at IMR, what happens to
# the post-op brace?", "if IMR upholds the surgery denial, ..."): the treatment decided is the
# context; what happens to the others is asked
_CONDITION = re.compile(r"(?:^|[.;]\s*)(?:when|if|once|whenever|after)\s+(?:IMR\s+(?:upholds|denies|overturns|approves)\s+)?"
                        r"(?:(?:the|a|an|his|her)\s+)?(?:[\w/-]+\s+){0,2}?$", re.IGNORECASE)
_CONDITION_DECIDED = re.compile(r"\s+(?:itself\s+)?(?:is|was|gets|got|are|were)?\s*(?:denied|upheld|approved|overturned|"
                                r"non-?certified|turned\s+down|rejected|refused|okayed|OK'?d)\b|\s+denial\b", re.IGNORECASE)

# the patient's requests in general, whatever their story names: "which of his requests did IMR not uphold?",
# "was a single one of her five requests approved?", "none of her chiro stuff" (service.flows.item reads it too)
# ... a patient told after "for"/"of": "the 52 yo woman", "my husband" (service.flows.chosen reads it too)
PATIENT_AFTER = (r"(?:for|of)\s+(?:the|this|that|my|his|her|their|our)\s+(?:\d{1,2}\s*(?:yo|y/?o|yr|year)|(?:[\w-]+\s+){0,2}?"
                 r"(?:man|woman|lady|guy|gentleman|patient|worker|claimant|applicant|husband|wife|son|daughter|mom|dad|"
                 r"mother|father)\b)")
THEIR_REQUESTS = re.compile(r"\b(?:his|her|their|my|our)\s+(?:\w+\s+)?(?:requests|items|treatments|things|stuff)\b"
                            # ... or counted with no kind named: "the 37 yo lady with the TENS - how many things were denied?"
                            r"|\bhow\s+many\s+(?:of\s+the\s+)?(?:requests|items|things)\b"
                            # ... or any of them, the patient told after: "was there any request for the 52 yo woman that
                            # wasn't denied?", "were all the requests for the 37 yo woman denied?"
                            r"|\b(?:any|all(?:\s+(?:of\s+)?the)?|every|each|none\s+of\s+the)\s+(?:requests?|items?|treatments?|things?)"
                            r"\s+" + PATIENT_AFTER, re.IGNORECASE)
# a patient told by how many requests they had, one of them named: "60 yo woman with 4 requests incl knee mri - how
# many were denied?", "the 54 yo woman who asked for naproxen and 3 other things": the named one tells who she is; the
# question is of all of them
_COUNTED = r"(?:\d+|two|three|four|five|six|seven|eight|several|multiple)"  # how many, said
_THINGS = r"(?:requests|items|things|treatments)"
N_REQUESTS = re.compile(rf"\b{_COUNTED}\s+(?:other\s+)?{_THINGS}\b", re.IGNORECASE)
_AMONG_BEFORE = re.compile(rf"\b{_COUNTED}\s+{_THINGS}\s*,?\s+(?:incl(?:\.|uding|udes)?|like|such\s+as|e\.?g\.?,?|among\s+them)\s+"
                           r"(?:(?:a|an|the|her|his|their)\s+)?(?:[\w/-]+\s+){0,2}?$", re.IGNORECASE)
_AND_OTHERS_AFTER = re.compile(rf"^(?:\s+[\w/-]+){{0,2}}?\s*,?\s+(?:and|plus|\+)\s+{_COUNTED}\s+other\s+{_THINGS}\b",
                               re.IGNORECASE)
# one more in the same list: "who'd had two back surgeries and a neck fusion"
_AND_MORE = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+(?:(?:a|an|the|his|her|their|two|three)\s+)?(?:[\w/-]+\s+){0,2}?",
                       re.IGNORECASE)


_AND_MORE_TOLD = re.compile(r"(?:\s+[\w/-]+){0,2}?" + _AND_MORE.pattern, re.IGNORECASE)




# ... or told before the study: "they found a fracture in his neck on the xray, then the CT ... was refused"
_FOUND_BEFORE = re.compile(r"\b(?:found|saw|seen|showed|shows|revealed)\b[^,;:.?!\u2013\u2014]{0,40}?\b(?:on|in)\s+"
                           r"(?:(?:the|an?|his|her|my|their)\s+)?$", re.IGNORECASE)


# one more thing in the list before what it did: "PT and xrays didnt help much"
_LISTED_THEN = re.compile(r"(?:\s*,\s*|\s+(?:and|&)\s+)(?:(?:the|my|his|her|their)\s+)?[\w/'-]+(?=\s)", re.IGNORECASE)
_ONE_MORE_WORD = re.compile(r"\s+[\w/'-]+(?=\s)")


def _helped_listed(after: str) -> bool:
    """Whether what follows a treatment's words lists one more thing and then what they did for the patient (or did not):
    ", and xrays didnt help much"."""
    m = _LISTED_THEN.match(after)
    if not m:
        return False
    more = _ONE_MORE_WORD.match(after, m.end())  # "and the nerve tests didn't help"
    return bool(_HELPED_AFTER.match(after[m.end():]) or more and _HELPED_AFTER.match(after[more.end():]))


def results_told(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The studies of `found` whose result `text` tells ("if the MRI shows a herniation", "the EMG came back
    normal", "they found a fracture on the xray"), when another treatment is named beside them: a finding about the
    patient, neither asked of nor a request that tells the patient (a letter need not decide it)."""
    told = [(t, w) for t, w in found if (at := text.find(w)) >= 0 and (
        _SHOWED_AFTER.match(text[at + len(w):]) or _FOUND_BEFORE.search(text[:at]))]
    words = {w for _t, w in told}
    return told if any(w not in words for _t, w in found) else []


def story_treatments(text: str, found: list[tuple[str, str]], *,
                     others_asked: bool = False) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(the treatments asked about, those that only describe the patient), when some others are
    asked. "The man with X" describes him only after the item asked is named ("why was the sling
    denied for the man with the shoulder surgery"); "the woman with the TENS unit and the brace"
    asks about both. "The man after / recovering from X" describes him wherever it comes ("for the
    man after belly surgery, the home aide was approved, wasn't it?"). `others_asked`: the question
    asks of the patient's other requests, what it sets aside left out ("the 53 yo man with the old neck
    fusion - other than the low back MRI, what else went to IMR?"), as "his requests" does."""
    story = []
    first = min((text.find(w) for _t, w in found if text.find(w) >= 0), default=-1)
    first_named = {t for t, w in found if text.find(w) == first}
    serves = bool(first_named) and not first_named & OPERATIONS
    first_end = max((first + len(w) for _t, w in found if text.find(w) == first), default=-1)
    first_story = False  # whether the first named is the story's
    said = -1  # where the last story treatment's words end
    for t, w in found:
        at = text.find(w)
        told = _injury_sentence(text, at) if at >= 0 else None
        # a thing told, then asked of by name again: "the 42 yr old lady with back pain and massage - why did they deny
        # the nerve tests but approve massage?"
        later = text.find(w, at + len(w)) if at >= 0 else -1
        # (an outcome word near it: service.outcomes.WORD)
        again = later >= 0 and bool(WORD.search(text[max(0, later - 40): later + len(w) + 30]))
        if at >= 0 and not again and not (_GET_BEFORE.search(text[:at]) and _DECIDED_RIGHT_AFTER.match(text[at + len(w):])) and (
                _STORY_AFTER.match(text[at + len(w):]) or _STORY_PAST.search(text[:at])
                        or _HELPED_AFTER.match(text[at + len(w):]) or _helped_listed(text[at + len(w):])
                        or _UPSET_AFTER.match(text[at + len(w):])
                        or (_BY_PROVIDER.match(text[at + len(w):]) and bool(_BY_PROVIDER_ASKED.search(text[:at]))
                            and bool(re.fullmatch(_PROVIDER, w, re.IGNORECASE)))
                        or _PRIOR.search(text[:at])
                        or _AMONG_BEFORE.search(text[:at]) or _AND_OTHERS_AFTER.match(text[at + len(w):])
                        or _in_opening(text, at, found, w)
                        or ((_STORY_HAD.search(text[:at]) or _SUBJECT_HAD.search(text[:at]) or _AND_HAD.search(text[:at]))
                            and not _DECIDED_AFTER.match(text[at + len(w):]))
                        or (told and any(not told[0] <= text.find(o) < told[1] for _o, o in found if o != w))
                        or ((at > first or _BY_PLACE.search(text) or THEIR_REQUESTS.search(text)
                             or _described_then_asked(text, at + len(w), found)) and _STORY_BEFORE.search(text[:at])
                            # (not one more in the list of the first named, which is asked: "the 28 yo guy with the
                            # terocin and the pool therapy - which got approved?")
                            # ... nor with a word of its own between: "the chiro exam and e-stim")
                            and not (at > first and first_end <= at and _AND_MORE_TOLD.fullmatch(text[first_end:at])
                                     and not first_story))
                        or (at > first and _STORY_WHOSE.search(text[:at]) and _DECIDED_AFTER.match(text[at + len(w):]))
                        or (_CONDITION.search(text[:at]) and _CONDITION_DECIDED.match(text[at + len(w):]))
                        or (at > first and serves and t in OPERATIONS and FOR_OPERATION.search(text[:at]))
                        or (t in OPERATIONS and _AFTER_THEIR.search(text[:at]) and not _DECIDED_AFTER.match(text[at + len(w):]))
                        or (0 <= said <= at and t in OPERATIONS and _AND_MORE.fullmatch(text[said:at]))
                        # "the woman with the TENS unit and the pillows" (asked of her requests): both describe her
                        or (0 <= said <= at and THEIR_REQUESTS.search(text) and _AND_MORE_TOLD.fullmatch(text[said:at]))):
            story.append((t, w))
            said = max(said, at + len(w))
            first_story = first_story or at == first
    words = {w for _t, w in story}
    asked = [(t, w) for t, w in found if w not in words]
    if story and not asked and (others_asked or THEIR_REQUESTS.search(text) or _BY_PLACE.search(text)
                                or _ANYTHING.search(text) or N_REQUESTS.search(text) or _BY_PROVIDER_ASKED.search(text)
                                or any(_BY_PROVIDER_ASKED.search(text[: text.find(w)]) for _t, w in story)):
        return [], story  # "which of his requests did IMR not uphold? ..., neck fusion in 2014"
    if story and not asked and not _ASKS.search(text) and all(_PRIOR.search(text[: text.find(w)]) for _t, w in story):
        # "53 yo man with the old neck fusion and back pain": a patient told by what they had before, nothing
        # asked; the description, not a request for a fusion
        return [], story
    if story and not asked and _asked_apart(text, words):
        # "why denied? she had surgery": what the patient had is told beside a question that names no treatment
        # (a follow-up's: the item asked is the one answered before)
        return [], story
    return (asked, story) if asked and story else (found, [])


def _asked_apart(text: str, words: set[str]) -> bool:
    """Whether `text` holds a question of its own (a sentence ending in "?") that holds none of `words`,
    and the words all lie outside it."""
    asking = [m.span() for m in re.finditer(r"[^.!?]*\?", text)]
    return bool(asking) and all(not any(a <= text.find(w) < b for a, b in asking) for w in words if text.find(w) >= 0)


def told_before(text: str, other_asked: bool = False) -> bool:
    """Whether what follows `text` is something that happened to the patient: "...the man after
    belly surgery" (service.gather: such a phrase is no treatment asked about); with another
    treatment asked, also what the patient is described with ("the home aide for the man with the
    bowel surgery")."""
    return bool(_STORY_PAST.search(text) or (other_asked and _STORY_BEFORE.search(text)))


# What the patient was on or was switched from is the story, not what is asked: "switched her from
# omeprazole to a different acid reflux pill because her stomach hurt while she was on naproxen",
# "a UDS for the 40 year old woman on tramadol".
_WHO = r"(?:(?:her|him|me|them|us)\s+)?"
_NO_MODAL = r"(?<!can\s)(?<!could\s)(?<!should\s)(?<!may\s)(?<!might\s)(?<!will\s)(?<!would\s)(?<!do\s)(?<!does\s)"
_ADVERB = r"(?:(?:only|just|still|also|already|currently|now|normally|usually)\s+)?"
_WAS_ON = re.compile(
    rf"\b(?:(?:switch(?:ed|ing)?|chang(?:ed|ing)|mov(?:ed|ing))\s+{_WHO}from|(?:taken|weaned|tapered)\s+{_WHO}off"
    # "switched her omeprazole to a different acid pill": what she was on, before "to"
    r"|\b(?:switch(?:ed|ing)?|chang(?:ed|ing))\s+(?:her|his|my|their)(?=\s+[\w/-]+(?:\s+[\w/-]+)?\s+(?:to|for)\b)"
    r"(?:\s+of)?|(?:while|when|since)\s+(?:she|he|I|they|we)\s+(?:was|were|am|is|are|had\s+been)\s+(?:on|taking|using)"
    # care the patient is in the middle of: "while I'm still doing PT", "or do I finish PT first?"
    rf"|\b(?:while|when|since)\s+(?:she|he|I|they|we)(?:'s|'m|'re|\s+was|\s+were|\s+am|\s+is|\s+are)\s+{_ADVERB}"
    r"(?:doing|getting|in|attending|undergoing|going\s+to)(?:\s+(?:the|my|his|her|their))?"
    r"|\bfinish(?:es|ed|ing)?(?:\s+(?:the|my|his|her|their))?"
    # ... or how it went: "my tendinitis isn't getting better after PT", "no relief from the injections"
    r"|\b(?:better|worse|improv(?:ed|ing|ement)|relief)\s+(?:after|from|with|since)(?:\s+(?:the|my|his|her|their|some|all\s+the))?"
    # ... told as it goes on, with no "while": "I'm doing PT and ice and heat and nothing works, they denied my MRI"
    rf"|\b(?:she|he|I|they|we)(?:'s|'m|'re|\s+was|\s+were|\s+am|\s+is|\s+are)\s+{_ADVERB}"
    r"(?:doing|attending|undergoing)(?:\s+(?:the|my|his|her|their))?"
    r"|(?:she|he|I|they|we)(?:'s|'ve|\s+has|\s+have|\s+had)\s+been\s+(?:on|taking|using)"
    # "the 40 year old woman on tramadol", "the guy already taking Norco": who the patient is
    r"|\b(?:wom[ae]n|m[ae]n|lady|guy|patient|worker|claimant|applicant|person|\d{1,3}\s*[FM])"
    r"\s+(?:(?:who\s+(?:is|was)|already|currently|still|long)\s+)?(?:on|taking)(?:\s+(?:the|all\s+the|those|these|that))?"
    # what someone takes, in the present or the past: "I only take tizanidine", "I have lupus and
    # take prednisone", "he takes Norco" (not a modal's question: "can I take naproxen?")
    rf"|{_NO_MODAL}\b(?:I|she|he|they|we)\s+{_ADVERB}(?:take|takes|took|use|uses|used)"
    rf"|\b(?:I|she|he|they|we)\s+(?:have|has|had)\s+[\w\s-]{{1,40}}?\band\s+{_ADVERB}(?:take|takes|took)"
    # what someone has been through: "(I only take tizanidine and) did some physical therapy", "I've
    # had a few chiro visits" (a quantity word: "I had an MRI" may be the item asked)
    rf"|\b(?:(?:I|she|he|they|we)(?:'ve|\s+have|\s+has)?\s+{_ADVERB}|and\s+{_ADVERB})(?:did|tried|had|done)"
    r"\s+(?:some|a\s+few|a\s+lot\s+of|lots\s+of|(?:weeks|months|years)\s+of)"
    # what caused a side effect: "Prilosec for stomach upset from pain pills", "nausea caused by the Norco"
    r"|\b(?:upset|ulcers?|nausea|constipation|heartburn|reflux|bleeding|irritation|side[\s-]effects?"
    # "whose stomach hurt from the naproxen"
    r"|(?:stomach|belly|gut|tummy)\s+(?:hurt|hurts|hurting|pain|aches?|aching|problems?|issues?|trouble))\s+"
    r"(?:from|caused\s+by)(?:\s+(?:the|my|his|her|their|all\s+the|taking|being\s+on))?"
    # what it was decided for: "was it turned down because of the naproxen?", "turned down because no PT?",
    # "denied bc he never did PT"
    r"|\b(?:because|bc|b/c|cause|cuz|since)\s+(?:there\s+(?:was|were|is|are|had\s+been)\s+|(?:he|she|they|I|we)\s+"
    r"(?:(?:had|has|have|did|tried|got)\s+)?)?(?:no|never\s+(?:had|did|tried|got))(?:\s+(?:prior|previous|any|recent|formal))?"
    r"|\b(?:because\s+of|due\s+to|on\s+account\s+of)(?:\s+(?:the|my|his|her|their))?"
    # ... or what was missing: "upheld for lack of MRI/EMG corroboration?", "in the absence of an EMG"
    r"|\b(?:lack|absence)\s+of(?:\s+(?:a|an|the|any|prior|previous|recent))?"
    # what the asked drug goes with: "the stomach pill that goes with my naproxen"
    r"|\b(?:that|which|to)\s+(?:goes?|went|comes?|came)\s+(?:along\s+)?with(?:\s+(?:my|his|her|their|the))?"
    # ... or is given with: "stomach protectors like Protonix given with anti-inflammatories"
    r"|\b(?:given|taken|prescribed|used|paired)\s+(?:along\s+|together\s+)?with(?:\s+(?:my|his|her|their|the|an?))?"
    # ... told further on: "the stomach pill they gave the seamstress with the wrist pain along with her naproxen"
    r"|\b(?:gave|give|gives|prescribed|ordered)\b[^,?;.!\u2013\u2014]{0,60}?\balong\s+with(?:\s+(?:my|his|her|their|the|an?))?)"
    # (a point only inside a word: "7.5", not the sentence's end)
    r"\s+(?P<what>(?:(?!(?:to|because|but|and|for|since|when|while|after|until)\b)[\w/'%-]+(?:\.\w+)*\s*){1,4})",
    re.IGNORECASE)


# What a description says the patient takes, with no pronoun before it: "46F low back strain on
# flexeril ibuprofen norco, did 6 PT", "27 yr old woman, ..., takes orphenadrine and ketoprofen":
# the drugs named after it (a list of them, with their forms) are what the patient is on; "the
# decision on the Norco" asks about it.
_TAKES = re.compile(r"(?<![\w'-])(?:on|takes|taking|took|uses|using)\s+", re.IGNORECASE)
_NOT_TAKING = frozenset("decision decisions decided decide ruling ruled rule say said says comment comments based "
                        "word info information feedback opinion update focus focused reviewer imr ur "
                        # "did the denial stand on the pantoprazole?", "the approval on his Norco": IMR's decision on it
                        "denial denials approval approvals verdict determination "
                        # "what's the exposure on the Norco?", "the status on his tramadol": the file's side of it
                        "exposure liability risk cost costs reserve reserves status outcome result results".split())
# the doctor prescribing it: "put her on", "started him on" (the request, not what the patient was on)
_PRESCRIBING = frozenset("put puts putting started starts starting start placed place places placing".split())
_WHOM = frozenset("her him them me us my".split())
# siding with someone on a request: "did IMR back us on the refills?", "did they side with UR on it?"
_SIDING = frozenset("back backed backs support supported side sided agree agreed".split())
_LISTING = frozenset("and or plus & , a an the some his her my their also".split())
_FORM = re.compile(r"(?:patch(?:es)?|gel|creams?|ointment|lotion|tabs?|tablets?|pills?|capsules?|er|xr|sr|cr|"
                   r"\d+(?:\.\d+)?(?:mg|mcg|%)?|mg|#\d+)", re.IGNORECASE)
_TOKEN = re.compile(r"\s*(,|&|#?[\w/%-]+(?:\.\d+)?)")


def _drug_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the drugs a description says the patient takes (`_TAKES`), with their forms."""
    from indexer.treatments import find_treatments, members

    drugs = members("medication") | {"medication"}
    spans = []
    for m in _TAKES.finditer(text):
        before = re.findall(r"[\w']+", text[: m.start()])
        if before and before[-1].lower() in _NOT_TAKING or before[-2:-1] and before[-2].lower() in _NOT_TAKING:
            continue
        if len(before) >= 2 and before[-2].lower() in _PRESCRIBING and before[-1].lower() in _WHOM:
            continue  # "the doctor put her on pantoprazole": what was prescribed, the request, not what she took
        if before and before[-1].lower() == "us" or len(before) >= 2 and (before[-2].lower() in _SIDING
                                                                         and before[-1].lower() in _WHOM):
            continue  # "did IMR back us on the ibuprofen refills?": the asker's side on the request, not what anyone took
        pos, end, last = m.end(), None, ""
        while (t := _TOKEN.match(text, pos)) and t.group(1):
            word = t.group(1)
            if any(s in drugs for s, _w in find_treatments(word)) and not _FORM.fullmatch(word):
                end, last = t.end(), "drug"
            elif _FORM.fullmatch(word) and last:
                end = t.end()
            elif word.lower() not in _LISTING:
                break
            pos = t.end()
        if end:
            spans.append((m.end(), end))
    return spans


_GOES_WITH = re.compile(r"\b(?:that|which|to)\s+(?:goes?|went|comes?|came)\s+(?:along\s+)?with(?:\s+\w+)?\s*$", re.IGNORECASE)


def _goes_with_an_operation(text: str, m: re.Match) -> bool:
    """Whether `m` (of _WAS_ON) is what the asked thing goes with, and that is an operation: "the
    physical therapy that goes with a surgery" is the surgery's add-on (the context, service.story's
    FOR_OPERATION), not a drug the patient was on."""
    from indexer.treatments import find_treatments

    if not _GOES_WITH.search(text[:m.start("what")]):
        return False
    found = find_treatments(m.group("what"))
    return bool(found) and all(t in OPERATIONS for t, _w in found)


# a side taken with the patient on a request: "did IMR side with the 53 yo man on his neck MRI?", "did the reviewer rule
# for the woman on her PT?" (the request decided, not what the patient was on)
_SIDED_WITH_ON = re.compile(r"\b(?:sid(?:e|es|ed|ing)|agree[sd]?|agreeing|back(?:s|ed)?(?:\s+up)?|stand|stood|go(?:es)?\s+along|went\s+along"
                            r"|rul(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|find|found)\s+(?:with|for|against)\s+(?:[\w'’-]+\s+){0,4}$",
                            re.IGNORECASE)


def was_on(text: str) -> tuple[str, list[str]]:
    """`text` with what the patient was on or switched from blanked out (its length kept), and the
    phrases blanked: "switched her from omeprazole to ..." -> ("switched her from            to ...",
    ["omeprazole"])."""
    # a phrase read both ways ("while she was on naproxen", "takes Norco" in "takes Norco and
    # Flexeril") is one phrase, the longer reading
    spans: list[tuple[int, int]] = []
    taken = [m.span("what") for m in _WAS_ON.finditer(text) if not _goes_with_an_operation(text, m)
             and not _SIDED_WITH_ON.search(text[: m.start()])]
    for start, end in sorted(taken + _drug_lists(text)):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    masked = text
    for start, end in spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    return masked, [text[s:e].strip() for s, e in spans]
