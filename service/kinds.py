"""The kind of answer a question wants (one item, a list, a pattern of reasons, a count), and the
cues of a counting question."""

from __future__ import annotations

import re
from typing import Literal

from service.dated import decided_month
from service.outcomes import DECIDED, EVER, Outcomes, asks_usual, names_both
from service.people import Person, firmly_told
from service.reason_listed import listed_reasons

Kind = Literal["item", "list", "pattern", "count", "term"]

_AGGREGATE = re.compile(
    r"\bhow\s+(?:often|many|frequently|common(?:ly)?|likely)\b|\bwhat\s+(?:share|percent(?:age)?|proportion"
    r"|fraction|portion|rate)\b|\brates?\s+of\b|\b(?:uphold|upheld|overturn|denial|approval|success)\s+rates?\b"
    r"|\bmost\s+(?:often|common(?:ly)?|frequent(?:ly)?)\b|(?<!\beven\s)(?<!\bnot\s)(?<!n't\s)\bcounts?\b(?!\s+(?:as|toward|towards|against|for\s+(?:anything|nothing|much))\b)|(?<!\bit\sthe\s)(?<!\bthat\sthe\s)(?<!\bbecause\sof\sthe\s)\bnumber\s+of\b|\bpercentage\b"
    r"|\bproportion\b|\bstatistic\w*"
    # "what % of neck requests get approved?", "approval %", "the odds of getting acupuncture approved"
    # (not a strength: "Lidocaine 5%")
    r"|(?<!\d)(?<!\d\s)%|\b(?:odds|chances?|likelihood)\s+(?:of|that|for)\b",
    re.IGNORECASE,
)
_TOP_REASON = re.compile(r"\b(?:most\s+(?:common|frequent|usual)|main|top|usual|typical|biggest|commonest|common|frequent|"
                         r"recurring)\s+(?:\w+\s+)?reasons?\b(?!\s+codes?\b)"
                         # "what reasons do reviewers give for denying PT?" (in the present: in general)
                         r"|\bwhat\s+reasons\s+(?:do|does)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers|they)\b"
                         # what several share: "what do the approved requests usually have in common?"
                         r"|\b(?:have|had|has|share)\s+in\s+common\b",
                         re.IGNORECASE)
# a quantity within one item: "how many of the (90) pills / of his visits / of the sessions"; not
# "how many of the 53 year old man's requests", which counts items
_OF_ONE_ITEM = re.compile(r"\bhow\s+many\s+of\s+(?:the|his|her|my|their|those|these)\b(?!(?:\s+[\w'’-]+){0,6}?\s+"
                          r"(?:requests|items|issues|treatments|services|procedures|decisions|medications|meds|drugs|things"
                          r"|ones)\b)", re.IGNORECASE)
# a quantity of one item's units: "how many therapy visits were requested after his operation",
# "how many sessions did he get in total": the patient's item, not a count over the collection
_UNITS_OF_ONE = re.compile(r"\bhow\s+many\s+(?:[\w/-]+\s+){0,3}?(?:sessions|visits|pills|tablets|capsules|refills|hours)\b"
                           # ... the units left unsaid: "had 6 sessions approved by UR - how many more could he get?"
                           r"|\bhow\s+many\s+more\s+(?=(?:could|can|would|will|should|did|does|do|is|was)\b)",
                           re.IGNORECASE)
# what the patient had before, the unit left unsaid: "got 8 more PT sessions approved - how many had
# she already had?", "how many did he have before that?": the story of one item, not a count of requests
_HAD_BEFORE = re.compile(r"\bhow\s+many\s+(?:had|has|did|have)\s+(?:he|she|they|I|you|we)\s+(?:already\s+(?=\w)|"
                         r"(?=(?:[\w'’-]+\s+){1,4}?(?:already|before|previously|prior|so\s+far|in\s+the\s+past)\b))"
                         r"(?:had|have|gotten|got|get|received|tried|done|completed|used|taken)\b"
                         # ... or in the perfect alone, closing the question: "how many had she had?", "how many has he done?"
                         r"|\bhow\s+many\s+(?:had|has|have)\s+(?:he|she|they|I|you|we)\s+(?:had|gotten|got|received|tried|done|"
                         r"completed|used|taken)(?=\s*[?.!]*\s*(?:\[[^\]]*\]\s*)?$)", re.IGNORECASE)  # (a follow-up's [in case ...] after it)
# ... or, of one patient or case, how much UR let through of it: "the 45 yo man, PT 3x4 - how many had UR
# already approved?" (not "how many acupuncture requests did they approve?": a count)
_UR_LET_THROUGH = re.compile(r"\bhow\s+many\s+(?:(?:of\s+(?:them|those|the\s+\d+)|sessions|visits|pills|tablets|capsules|hours|refills)\s+)?"
                             r"(?:had|has|did|have)\s+(?:(?:UR|utili[sz]ation\s+review|the\s+(?:adjuster|insurance|insurer|carrier|"
                             r"claims\s+administrator))\s+(?:already\s+|first\s+|initially\s+)?|they\s+(?:already|first|initially)\s+)"
                             r"(?:approv|certif|authori[sz]|okay|ok['’]?d|allow|gave|give|let)\w*", re.IGNORECASE)
# a number asked for, then how many of it went through: "they asked for 12 chiro visits for her neck, how
# many did IMR allow?" (the units of one request, not a count over the collection)
ASKED_HOW_MANY = re.compile(r"\b(?:asked|requested|wanted|ordered|prescribed|put\s+in)\s+(?:for\s+)?(?:\d+\s+(?:[\w/-]+\s+){0,3}?"
                            r"(?:sessions|visits|pills|tablets|capsules|refills|hours|treatments|appointments)\b"
                            # ... or as often as the treater writes it: "asked for pt 2x a week for 6 weeks", "PT 3x4"
                            r"|(?:[\w/-]+\s+){0,3}?\d+\s*(?:x|times)\s*(?:\d+\b|(?:a|per)\s+week\b))[^?]{0,80}?"
                            r"\bhow\s+many\s+(?:did|does|do|will|would|could)\s+(?:IMR|UR|they|the\s+(?:IMR\s+)?reviewer)\s+"
                            r"(?:allow|approv|authori[sz]|certif|give|gave|okay|ok|let|grant)\w*", re.IGNORECASE)
_ONE_SUBJECT = re.compile(r"\b(?:did|does|do|will|would|could|can|has|have|had)\s+(?:he|she|I|they|my\s+\w+|his\s+\w+|"
                          r"her\s+\w+|the\s+(?:patient|man|woman|guy|lady|worker|claimant|applicant))\b", re.IGNORECASE)

_THE_REVIEWER = re.compile(r"\bthe\s+(?:[\w&-]+\s+){0,3}?(?:doctor|physician|reviewer|specialist|surgeon|physiatrist|"
                           r"internist|neurologist|orthopedist|anesthesiologist|psychiatrist)\b"
                           r"(?!\s+(?:reviewers|doctors|physicians)\b)", re.IGNORECASE)  # "the X reviewers": many letters


# studies named in the plural with "the", of no patient or case: several letters' requests ("the shoulder MRIs"); not
# x-rays, sessions or injections, which one request names in the plural ("Cervical spine x-rays")
_THE_STUDIES = re.compile(r"\bthe\s+(?:[\w/-]+\s+){0,3}?(?:MRIs|MRI['\u2019]s|MRI\s+scans|CTs|CT\s+scans|CAT\s+scans|EMGs|"
                          r"nerve\s+(?:conduction\s+)?studies)\b", re.IGNORECASE)
# what the requests lacked, asked: "what did the denied shoulder MRIs lack?", "what was missing for the neck CTs?"
_LACKED = re.compile(r"\b(?:lack(?:ed|ing)?|missing|miss)\b", re.IGNORECASE)


KIND_WORDS = {"item": "the item asked about", "list": "a list of items across letters",
              "pattern": "the reasons that recur across letters", "count": "a count over the collection",
              "term": "what a word of the IMR process means"}
_PLURAL_GENERAL = re.compile(
    r"\b(?:why|on\s+what\s+(?:grounds|basis))\s+(?:are|do|would|does|is|were)\b(?!\s+(?:the|my|his|her|their|this|that|these|those|it|he|she)\b)"
    r"|\bwhat\s+(?:makes|gets|leads)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:deny|approve|denied|approved|overturn|uphold|medically\s+necessary)"
    r"|\bwhy\s+(?:are|do)\s+(?:the\s+)?(?:\w+\s+){0,4}(?:requests|ones)\b"
    r"|\b(?:usually|typically|generally|commonly|often|tend\s+to|in\s+general|ever)\b"
    r"|\b(?:keeps?|kept)\s+(?:on\s+)?(?:deny|denying|rejecting|refusing|turning|saying|approving|upholding|cutting)\b"
    r"|\bwhy\s+(?:do|does|are|would)\s+(?:the\s+)?(?:IMR\s+)?reviewers\b"
    r"|\bwhat\s+(?:are\s+)?(?:the\s+)?(?:common|usual|typical|main|recurring|most\s+common)\s+reasons?\b"
    # typed without "are" or "do": "why epidural steroid injections denied?", "why acupuncture requests
    # get approved?", "why reviewers deny anti-inflammatories?" (not "why the MRIs denied", "why 12 visits")
    r"|\bwhy\s+(?!(?:the|my|his|her|their|this|that|these|those|it|he|she|they|I|you|we|IMR|UR|was|were|is|are|did|do|"
    r"does|has|have|had|would|wasn't|weren't|didn't)\b|\d)(?:[\w/-]+,?\s+){0,5}?[\w/-]+s\s+"
    r"(?:(?:like|such\s+as)\s+(?:[\w/-]+,?\s+){1,4}?)?(?:(?:get|got|keep\s+getting)\s+)?"
    r"(?:denied|approved|upheld|overturned|turned\s+down|rejected|refused)\b"
    r"|\bwhy\s+(?:IMR\s+)?reviewers\s+(?:deny|approve|uphold|overturn|reject|refuse)\b"
    # the reasons given for deciding a kind, named bare: "what reasons did IMR give for denying acupuncture?", "what
    # are the reasons IMR denies acupuncture?" (not "for denying the acupuncture", "for denying her MRI": one)
    r"|\b(?:what|the)\s+(?:are\s+)?(?:the\s+)?reasons?\s+(?:that\s+|why\s+)?(?:(?:does|do|did|has|have)\s+)?"
    r"(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|they)\s+(?:(?:gives?|gave|given|use[sd]?|cite[sd]?)\s+(?:for\s+)?)?"
    r"(?:den(?:y|ies|ying)|approv(?:e|es|ing)|uph(?:o|e)ld(?:s|ing)?|overturn(?:s|ing)?|reject(?:s|ing)?|turn(?:s|ing)?\s+down)\s+"
    r"(?!(?:the|my|his|her|their|this|that|these|those|it|him|them|a|an)\b)",
    re.IGNORECASE,
)
# which of all the requests: "which requests did IMR say were incomplete?", "what items had no exam findings?"
_WHICH_OF_ALL = re.compile(r"^\s*(?:which|what|list)\s+(?:(?:of\s+the\s+)?(?:requests|items|treatments|ones|denials|approvals)|"
                           r"(?:requests|items)\s)", re.IGNORECASE)
# a general question under a condition of IMR's decision: "when the surgery is denied, what happens
# to ...", "if IMR upholds the surgery denial, do the add-ons ever survive?"
_CONDITIONAL = re.compile(r"^\s*(?:when|if|whenever|once)\b(?!\s+(?:was|is|were|are|did|does|do|will|would|has|had|can)\b)"
                          rf"[^?,;]{{0,80}}?\b(?:{DECIDED}|upholds|denies|approves|overturns|denial)\b", re.IGNORECASE)
# what sets one outcome apart from the other, of a kind of request
_CONTRAST = re.compile(r"\b(?:different|differ\w*|difference|separat\w*|distinguish\w*|set\s+apart|compared?\s+(?:to|with)"
                       r"|vs\.?|versus)\b|\bsome\b[^?.]{0,60}\bothers\b"
                       # "why was one naproxen approved and another denied?"
                       r"|\bone\b[^?.]{0,60}\b(?:and|but|while|yet)\s+(?:[\w-]+\s+){0,3}?(?:another|the\s+other|others)\b"
                       # "what do approved MRIs have that denied ones don't?"
                       r"|\b(?:have|had|show(?:ed)?)\s+that\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:ones?|requests?|others?)\s+"
                       r"(?:don['’]?t|didn['’]?t|do\s+not|did\s+not|lack(?:ed)?)\b", re.IGNORECASE)
# ... of the two decisions of a kind: "what's the difference between the two naproxen decisions?"
# ... or the decided ones of a kind, in the plural: "what made the difference for the approved neck MRIs?"
_DECIDED_ONES = re.compile(r"\b(?:the\s+)?(?:approved|denied|overturned|upheld)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b(?!\s+(?:was|is)\b)",
                           re.IGNORECASE)
_TWO_DECISIONS = re.compile(r"\b(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}?(?:decisions|outcomes|determinations|rulings)\b",
                            re.IGNORECASE)
# "what did IMR decide / think", "what guideline did they use", "which page was cited": one item's
# outcome or citation, not a list of items
# every request of a kind, of no one patient: "were both pantoprazole requests denied?", "were all the MRI
# requests upheld?", "were the PPI requests all denied?" (not "both his requests": a patient's)
EVERY_OF_KIND = re.compile(r"\b(?:both|all)\s+(?:of\s+)?(?:the\s+)?(?!(?:the|of|his|her|their|my|its|our|your)\b)"
                           r"(?:[\w/-]+\s+){1,3}?(?:requests|items)\b"
                           r"|\b(?:the|those|these)\s+(?:[\w/-]+\s+){1,3}?(?:requests|items)\s+(?:all|both)\b", re.IGNORECASE)
_NOT_LISTED = r"(?!(?:did|does|do|was|is|were|are|has|have|guidelines?|pages?|sections?|reasons?|rules?|criteria|kind|type|sort|date|day|specialty|doctor|reviewer|part)\b)"
# asked for politely first: "tell me which MRIs were not denied for women", "can you show me which ..."
_ASKED_FOR = (r"(?:(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:tell|show|let)\s+me(?:\s+know)?"
              r"|I\s+(?:want|need|would\s+like|['’]d\s+like)\s+to\s+know|do\s+you\s+know)\s*,?\s+")
_LIST = re.compile(rf"^\s*(?:{_ASKED_FOR})?(?:which\s+(?!(?:guidelines?|pages?|sections?|reasons?|rules?|criteria|date|day|specialty|doctor|reviewer|part|states?)\b)|what\s+{_NOT_LISTED})"
                   r"(?:[\w/-]+,?\s+){0,8}?(?:were|was|got|have|has|did|are|is)(?:n't|n’t)?\b"  # "which ... weren't upheld"
                   r"|\b(?:which|what)\s+(?!(?:guidelines?|sections?|chapters?|pages?|rules?|criteria)\b)(?:\w+\s+){0,6}?(?:requests|items|cases|claims(?!\s+(?:administrators?|adjusters?|examiners?|reps?)\b)|files|letters|patients|ones|treatments|"
                   r"services|drugs|medications)\b|\bin\s+which\s+cases\b"
                   # a kind named in the plural, then which of them asked after a dash or a comma: "EMG/NCS requests at
                   # IMR - which were overturned and which upheld?"
                   r"|^(?:[\w/-]+\s+){1,3}?(?:requests|items|decisions|determinations)\b[^?.;,:]{0,30}?(?:[,;:]|\s[-\u2013\u2014]+)\s*"
                   r"which\s+(?:ones?\s+|of\s+(?:them|those|these)\s+)?(?:were|got|have|are)\b"
                   # "list the overturned MRIs", and with "only" or "just", which narrows the list, not to one
                   # item: "list only the overturned MRIs", "show me just the denied ones"
                   r"|\b(?:list|show)\s+(?:me\s+)?(?:(?:only|just)\s+)?(?:all|the|every|them|those|these)\b"
                   # "tell me about the TENS requests", "what about all the knee MRI decisions?" (a kind in the plural)
                   r"|\b(?:tell\s+me\s+about|what\s+about|info\s+on|details\s+(?:on|of))\s+(?:all\s+)?(?:the\s+)?(?:[\w/-]+\s+){1,3}?"
                   r"(?:requests|items|decisions|determinations|denials|approvals)\b"
                   # told to list a kind named in the plural: "list overturned MRIs", "list only denied knee
                   # injections" (not "the list of ...", not "list his requests")
                   r"|(?:^|[.?!;:]\s*|\s[-\u2013\u2014]+\s*|\b(?:please|pls|can\s+you|could\s+you)\s+)list\s+(?:(?:only|just)\s+)?"
                   r"(?!(?:his|her|my|their|our|your|its)\b)(?:[\w/-]+\s+){0,3}?[\w/-]*[a-z]s\b"
                   # a list asked by its narrowing alone: "only the overturned MRIs, please", "give me only
                   # the approved MRIs" (not a claim: "only the MRIs were denied?")
                   r"|^\s*(?:(?:please\s+)?(?:give|show)\s+me\s+)?(?:only|just)\s+the\s+(?:[\w/-]+\s+){0,3}?[\w/-]*[a-z]s\b"
                   r"(?!\s+(?:was|were|is|are|got|get|did|have|had)\b)"
                   # "How do CT scan requests fare at IMR?" (not one patient's: "how did her MRI fare?")
                   r"|\bhow\s+(?:do|does|have|did)\s+(?!(?:his|her|my|their|the\s+(?:patient|man|woman|worker))\b)(?:[\w/-]+\s+){1,5}?(?:fare|fared|done)\b"
                   r"|\b(?:were|was|are|is|has|have|did)\s+(?:IMR\s+|the\s+reviewers?\s+)?(?:ever\s+)?any\b|\bany\s+(?:\w+\s+){0,4}(?:requests?|cases?)\b"
                   # "were some of the injection requests approved?", "were most of the MRI requests denied?"
                   r"|\b(?:some|most|none)\s+of\s+the\s+(?:[\w/-]+\s+){0,3}?(?:requests|cases)\b"
                   r"|\bis\s+there\s+(?:ever\s+)?(?:an?|any)\s+(?:case|letter|request|time|decision|example)s?\b"
                   # an outcome asked as a noun across letters: "any approvals for the stomach medicine?", "were there any
                   # denials of knee MRIs?", "any hip MRI approvals?"
                   r"|^\s*(?:(?:were|are|have|has)\s+(?:there\s+)?)?any\s+(?:[\w/-]+\s+){0,3}?(?:approvals?|denials?|overturns?|"
                   r"reversals?)\b(?=\s+(?:for|of|on)\b|\s*(?:\?|$))"
                   # every request of a kind, of no one patient: "were both pantoprazole requests denied?"
                   r"|" + EVERY_OF_KIND.pattern +
                   # "any TENS units approved?", "were any knee MRIs overturned?" (a kind named in the plural)
                   r"|^\s*(?:(?:were|was|are|have|has)\s+)?any\s+(?:[\w/-]+\s+){0,3}?[\w/-]*[a-z]s\s+(?:ever\s+)?"
                   r"(?:been\s+|get\s+|got\s+|gotten\s+)?(?:approved|denied|upheld|overturned|authori[sz]ed|turned\s+down)\b"
                   # ... or in the singular: "any MRI for a hip approved?", "any acupuncture approved?" (not "any of it")
                   r"|^\s*(?:(?:were|was|are|is|have|has)\s+)?any\s+(?!(?:of|one|body|thing|luck|news|word|update|idea|reason|"
                   r"chance|way|more)\b)(?:[\w/-]+\s+){1,5}?(?:ever\s+)?(?:been\s+|get\s+|got\s+|gotten\s+)?"
                   r"(?:approved|denied|upheld|overturned|authori[sz]ed|turned\s+down)\b"
                   # ... or through IMR: "any functional restoration programs get through?"
                   r"|^\s*(?:(?:were|was|are|have|has|did)\s+)?any\s+(?:[\w/-]+\s+){0,3}?[\w/-]*[a-z]s\s+(?:ever\s+)?"
                   r"(?:get|got|gotten|go|went)\s+through\b"
                   # "is there anyone whose pool therapy got approved?", "has anybody gotten a TENS unit approved?"
                   r"|\b(?:is|was)\s+there\s+(?:any|some)(?:one|body)\b|\b(?:has|have|did|does)\s+(?:any|some)(?:one|body)\b"
                   # "was anyone's neck MRI approved?", "anybody's TENS unit ever overturned?" (whose-ever it was)
                   r"|\bany(?:one|body)['’]?s\b(?!\s+(?:else)\b)"
                   # "did IMR approve the hot cold unit for anyone?" (of no one patient)
                   # ... asked for a yes: "the tens unit wasn't approved for anyone right?"
                   r"|\b(?:for|to)\s+any(?:one|body)(?:\s+else)?(?:\s*,?\s*(?:right|correct|true|huh|yet|at\s+all|ever))?"
                   r"\s*[?.!]*\s*$"
                   # "anybody get a back brace approved?", "anyone ever got acupuncture through?" (the "did" left out)
                   r"|^\s*(?:(?:so|and|but|ok|okay)\s*,?\s+)?(?:any|some)(?:one|body)\s+(?:ever\s+)?"
                   r"(?:get|got|gotten|have|had|win|won|manage[sd]?)\b"
                   # "anything overturned for patients 60 or older?", "was anything approved for women?": anything
                   # with the outcome, of a group across letters (not "anything approved for the 63 yo man?")
                   r"|^\s*(?:(?:so|and)\s+)?(?:(?:was|is|has|had)\s+)?(?:anything|everything)\s+(?:(?:ever|at\s+all)\s+)?"
                   r"(?:been\s+|get\s+|got\s+|gotten\s+)?(?:approved|denied|upheld|overturned|authori[sz]ed|turned\s+down|reversed)\b"
                   r"(?=.*?\b(?:for|of|among|to)\s+(?:all\s+)?(?:the\s+)?(?:patients|people|persons|workers|injured\s+workers|claimants|"
                   r"applicants|employees|women|men|females|males|ladies|guys|any(?:one|body))\b)"
                   # "did the family practice reviewers approve anything?" (of no one patient or case)
                   r"|\b(?:approv|authori[sz]|overturn|revers|den(?:y|ie)|uph[eo]ld|refus|reject)\w*\s+anything\b"
                   # "what did the orthopedic surgeon reviewers deny?"
                   r"|\bwhat\s+(?:did|do|does|have|has)\s+(?:the\s+)?(?:[\w&-]+\s+){0,5}?reviewers\s+(?:\w+\s+)?"
                   r"(?:approv|authori[sz]|overturn|revers|den(?:y|ie)|uph[eo]ld|refus|reject)\w*"
                   # "has IMR ever approved a TENS unit?", "is Celebrex ever approved?" (service.outcomes.EVER)
                   + re.sub(r"\(\?P<\w+>", "(?:", EVER),
                   re.IGNORECASE)

# A reason offered or asked of treatments in general ("are the topical creams denied because only the
# patch is recommended?", "muscle relaxers - is it always the 'short course' rule that gets them
# denied?", "when IMR upholds the denial of a stomach pill, what GI risk was missing?", "epidurals -
# was the problem usually that nothing confirmed the radiculopathy?"): the reasons that recur
# ... the reason called a thing, or what sinks the requests ("is it always the 'short course' thing that kills them?")
_REASON_WORDS = re.compile(r"\bbecause\b|\b(?:problem|issue|rule|reason|thing)\b|\bmissing\b|\black(?:ing|ed)?\b"
                           r"|\b(?:kills?|killed|sinks?|sank|sunk)\b",
                           re.IGNORECASE)
_IN_GENERAL = re.compile(
    r"\b(?:usually|always|typically|generally|normally|mostly|in\s+general|tend\s+to)\b"
    # "what's the usual problem with MRI requests at IMR?", "the typical issue with PT requests"
    r"|\b(?:usual|typical|common|normal|biggest|main)\s+(?:problem|issue|reason|thing|sticking\s+point|hang-?up)s?\b"
    r"|\bwhen\s+(?:IMR|UR|the\s+(?:IMR\s+)?reviewers?|reviewers?|they)\s+(?:\w+\s+){0,2}?"
    r"(?:uph[eo]ld|den(?:y|ie)|approv|overturn|reject|refus)\w*\s+(?:\w+\s+){0,3}?(?:an?|any)\s"
    r"|\bgets?\s+them\s+(?:denied|approved|turned\s+down|upheld|overturned|rejected)\b"
    r"|^\s*(?:are|were)\s+(?!any\b)(?:the\s+)?(?:[\w/-]+\s+){0,3}?[\w/-]+s\s+(?:and\s+(?:[\w/-]+\s+){0,2}?[\w/-]+s\s+)?"
    r"(?:denied|approved|upheld|overturned|turned\s+down|rejected)\b",
    re.IGNORECASE,
)

# a kind of request named in the plural as the topic, then what IMR decided: "hip and elbow MRIs - what did IMR
# decide?", "knee x-rays: what happened at IMR?" (not one patient's: "her MRIs - what did IMR decide?")
_KIND_DECIDED = re.compile(
    r"^\s*(?!(?:his|her|my|their|the|this|that|these|those|our|your|a|an)\b)(?:[\w/'-]+,?\s+){0,5}?[\w/-]*[a-z]s\s*[-–—:]\s*"
    r"(?:so\s+|and\s+)?(?:what\s+(?:did|does|has|have)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|they)\s+(?:\w+\s+)?decided?"
    r"|what\s+(?:happened|was\s+decided|were\s+the\s+(?:decisions|outcomes|results))|how\s+did\s+(?:they|those|these)\s+"
    r"(?:go|turn\s+out|fare))\b", re.IGNORECASE)

# ... asked of the people who asked for it, or of the kind in the plural: "what happened to the people who asked for
# TENS units?", "what happened to everyone who asked for acupuncture?", "how did the knee MRIs do at IMR?"
_THOSE_WHO_ASKED = re.compile(
    r"\bwhat\s+happened\s+(?:to|with)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:people|patients|workers|claimants|everyone|everybody|"
    r"anyone|those)\s+(?:who|that)\s+(?:asked|requested|wanted|applied|needed|put\s+in)\b"
    r"|^\s*how\s+did\s+(?:the|all\s+the)\s+(?:[\w/-]+\s+){0,3}?[\w/-]*[a-z]s\s+(?:do|fare|go)\b", re.IGNORECASE)

# "does IMR ever approve the extra refills?", "pillows - does IMR ever okay them?": whether it ever
# happens, in the present tense, of no patient or case (not "did they ever approve the MRI?", one item's outcome)
_EVER_NOW = re.compile(r"\b(?:does|do)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|they)\s+ever\s+"
                       r"(?:approve|authori[sz]e|overturn|deny|uphold|cover|give\s+back|okay|OK|allow|grant)\b", re.IGNORECASE)

# what reviewers say or think of a kind of request, in general, as "what do reviewers say about
# acupuncture requests?" is read (each item with its reason): "what do reviewers say about leg EMGs?",
# "how do IMR reviewers handle EMG for the legs?", "what's IMR's take on lumbar MRIs?" (not one
# reviewer's: "what did the reviewer say about her MRI?", which is one letter)
_REVIEWERS_ON = re.compile(
    # (IMR alone in the present only: "what did IMR say about the other 6?" is one decision)
    r"\b(?:what|how)\s+(?:(?:do|does|did|have|would|will)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewers|doctors\s+at\s+IMR)|"
    r"(?:does|do|would|will)\s+IMR)\s+"
    r"(?:\w+\s+)?(?:say|said|think|thought|handle|handled|treat|treated|view|viewed|look\s+at|feel|felt|make\s+of|write|wrote)\b"
    r"|\bwhat(?:'s|’s|\s+is)\s+(?:IMR(?:'s|’s)|the\s+reviewers(?:'|’))\s+(?:take|view|stance|position|thinking)\s+on\b",
    re.IGNORECASE)


# how reviewers decide a kind in general, asked of "reviewers" in the plural: "how do reviewers decide on Norco
# refills?", "how do reviewers rule on lumbar MRIs?", "what are reviewers saying about PT?", "what do reviewers
# usually say about lidocaine patches?": the reasons that recur, of both outcomes (not one reviewer's: "how did the
# reviewer decide her MRI?"; "what do reviewers say about leg EMGs?" stays a list, _REVIEWERS_ON)
REVIEWERS_DECIDE = re.compile(
    r"\bhow\s+(?:do|would|will)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewers|doctors\s+at\s+IMR)\s+(?:\w+\s+)?"
    r"(?:decide|rule|judge|evaluate|assess|approach|deal\s+with|weigh|determine)\b"
    r"|\b(?:what|how)\s+(?:do|are)\s+(?:the\s+)?(?:IMR\s+)?reviewers\s+(?:usually|typically|generally|normally|mostly|tend\s+to)\s+"
    r"(?:say|think|decide|write|conclude|find|handle|treat|view|look\s+at)\w*"
    r"|\bwhat\s+are\s+(?:the\s+)?(?:IMR\s+)?reviewers\s+saying\b", re.IGNORECASE)


# approving one of a kind, not theirs ("before they'll approve one", "has any low back MRI gotten through?",
# "before they approve additional PT?"; not "what can I do now to get it approved?")
_ANY_ONE = re.compile(r"\b(?:approv\w*|authori[sz]\w*|okay\w*|certif\w*|overturn\w*)\s+(?:one|any|more|additional|further|extra)\b"
                      r"|\b(?:has|have|had)\s+any\b"
                      # "how can my client get a home health aide approved?": one of the kind, by its article
                      r"|\bget\s+an?\s+(?:[\w/'’-]+\s+){0,5}?(?:approv|authori[sz]|okay|certif|overturn)\w*", re.IGNORECASE)


def _told_nothing(person: Person) -> bool:
    """Whether the person the question speaks of ("my client") is told by no field a letter could be
    found by (a sex, or a field service.people.firmly_told reads): no one letter."""
    return not person.sex and not firmly_told(person)


# a question after any letter that has something: "is there a case where ...", "any letters in which ..."
ANY_LETTER = re.compile(r"\b(?:is|was|are|were)\s+there\s+(?:ever\s+)?(?:(?:an?|any|some|other)\s+)?(?:cases?|letters?|decisions?|examples?)\s+"
                         r"(?:where|in\s+which|that|when)\b|\bany\s+(?:cases?|letters?)\s+(?:where|in\s+which)\b", re.IGNORECASE)

# an outcome and what had it, nothing else asked: "what was approved?", "what got denied in 2016?" (every
# item with it, across letters, unless the question tells a case or a patient)
_WHAT_DECIDED = re.compile(
    r"^\s*(?:(?:so|and|ok(?:ay)?)\s*,?\s+)?what\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|gets)\s+)"
    r"(?:ever\s+|actually\s+|finally\s+|then\s+)?(?:approved|denied|upheld|overturned|authori[sz]ed|certified|okayed|"
    r"turned\s+down|rejected|refused|non-?certified|reversed)\b", re.IGNORECASE)


_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)

# what gets a kind approved, asked in general: "what usually gets a lumbar MRI approved?" (what the approved ones
# had and what the denied ones lacked: both outcomes, service.plan)
USUALLY_GETS_APPROVED = re.compile(
    r"\bwhat\s+(?:usually|typically|generally|normally|tends\s+to)\s+(?:gets?|makes?)\s+(?:[\w/-]+\s+){1,5}?"
    r"(?:approved|overturned|authori[sz]ed|certified|covered|okayed)\b", re.IGNORECASE)
# an approval asked why not, in general: "why don't neck MRIs get approved for women?", "how come stomach meds never get
# approved?" (the denials asked, not the approvals the verb names)
NOT_APPROVED_WHY = re.compile(
    r"\b(?:why|how\s+come)\s+(?:[\w/-]+\s+){0,6}?(?:don['’]?t|doesn['’]?t|aren['’]?t|isn['’]?t|won['’]?t|"
    r"wouldn['’]?t|never)\s+(?:[\w/-]+\s+){0,5}?(?:get\s+|gets\s+|be\s+|being\s+|been\s+)?"
    r"(?:approv\w*|authori[sz]\w*|overturn\w*|cover(?:ed)?|okay(?:ed)?)\b", re.IGNORECASE)
# an approval's rate asked: "is it common for IMR to approve acupuncture?" (the approvals first, then the denials: both
# outcomes, service.plan)
COMMON_TO_APPROVE = re.compile(
    r"\b(?:is\s+it|it['’]?s|it\s+is)\s+(?:very\s+|really\s+)?(?:common|usual|typical|normal|rare|unusual|standard)\s+"
    r"for\s+(?:IMR|UR|the\s+(?:IMR\s+)?reviewers?|reviewers?|them|they)\s+to\s+(?:approve|overturn|authori[sz]e|okay|cover)\b",
    re.IGNORECASE)
# a denial told as a habit: "why do they keep saying no to more PT visits after some were already authorized?" (the
# denials asked, whatever else the question says was authorised)
KEEPS_DENYING = re.compile(
    r"\b(?:keeps?|kept)\s+(?:on\s+)?(?:denying|rejecting|refusing|turning\s+(?:(?:it|them)\s+)?down|saying\s+no|upholding)\b",
    re.IGNORECASE)
# how a kind fares, asked in general: "denied CT scans - how do those usually go?", "how do they tend to turn out?"; and
# whether appealing one (any, not theirs) pays: "is it worth appealing a denied CT scan to IMR?" (both outcomes asked)
FARES_ASKED = re.compile(
    r"\bhow\s+(?:do|does)\s+(?:[\w/-]+\s+){0,4}?(?:usually|typically|generally|normally|tend\s+to)\s+"
    r"(?:go|turn\s+out|fare|end\s+up|come\s+out|do)\b"
    r"|\b(?:is\s+it|it['’]?s|it\s+is)\s+(?:even\s+|ever\s+|usually\s+)?worth\s+(?:appealing|fighting|challenging|contesting)\s+"
    r"(?:an?|any)\s+", re.IGNORECASE)
# a kind's outcome asked in general, in words the plural and frequency rules miss: "why don't shoulder MRIs get
# approved?", "why are the compounded creams always denied?" (a why asked), "what usually gets a lumbar MRI
# approved?", "what keeps getting epidural shots denied?", "is it common for IMR to deny physical therapy?"
_GENERAL_OUTCOME = re.compile(
    FARES_ASKED.pattern + r"|"
    r"\bwhy\s+(?:don['’]?t|doesn['’]?t|aren['’]?t|won['’]?t|wouldn['’]?t)\b"
    r"(?!\s+(?:the|my|his|her|their|this|that|these|those|it|he|she|they|you|I|we|IMR|UR)\b)"
    # ... the deciders named: "why doesn't IMR approve nerve tests of the arm?" (not "... approve her MRI")
    r"|\bwhy\s+(?:don['’]?t|doesn['’]?t|won['’]?t|wouldn['’]?t)\s+(?:IMR|UR|the\s+(?:IMR\s+)?reviewers?|reviewers|they)\s+"
    r"(?:ever\s+)?(?:approve|authori[sz]e|cover|okay|overturn|deny|uphold)\s+(?!(?:the|my|his|her|their|this|that|these|those|it|him|them)\b)"
    r"|\b(?:why|how\s+come)\s+(?:are\s+|do\s+|does\s+|is\s+)?(?!(?:my|his|her|their|its|this|that|it|he|she|they|you|I|we)\b)"
    r"(?:[\w/-]+\s+){1,5}?(?:always|never)\s+(?:get\s+|gets\s+|being\s+|been\s+)?"
    r"(?:denied|approved|upheld|overturned|turned\s+down|rejected|refused|authori[sz]ed|covered)\b"
    r"|\bwhat\s+(?:usually|typically|generally|normally|keeps?|tends\s+to)\s+(?:gets?|getting|get)\s+(?:[\w/-]+\s+){1,5}?"
    r"(?:denied|approved|upheld|overturned|turned\s+down|rejected|refused|authori[sz]ed)\b"
    # both outcomes of a kind, in the present: "what's the reason CT scans of the neck get approved or denied?"
    r"|(?<!\bwill\s)\bget\s+(?:approved|denied|upheld|overturned)\s+or\s+(?:approved|denied|upheld|overturned|not)\b"
    r"|\b(?:is\s+it|it['’]?s|it\s+is)\s+(?:very\s+|really\s+)?(?:common|usual|typical|normal|rare|unusual|standard)\s+"
    r"for\s+(?:IMR|UR|the\s+(?:IMR\s+)?reviewers?|reviewers?|them|they)\s+to\s+"
    r"(?:deny|approve|uphold|overturn|reject|refuse|turn\s+down|say\s+no)\b",
    re.IGNORECASE)


def _kind(text: str, aggregate: bool, outcomes: Outcomes, person: Person, cases: tuple[str, ...],
          treatments: tuple[str, ...], reviewer: str | None = None) -> Kind:
    """What kind of answer the question wants (service.plan decides what to do with it)."""
    if aggregate:
        return "count"
    # "the neurologist who reviewed the MRI" is one letter's reviewer, as a patient described is one letter's
    # ... unless told by no field in a question after any letter ("is there a case where PT was denied
    # because the patient already had too many visits?": any patient)
    anyone = _told_nothing(person) and bool(ANY_LETTER.search(text))
    # ... and so is "the reviewer" in such a question ("any letters where the reviewer was an orthopedic surgeon and
    # the request was approved?": every such letter)
    specific = bool(cases) or (person.described and not anyone) or bool(reviewer and _THE_REVIEWER.search(text) and not anyone)
    if (outcomes.pattern or _TOP_REASON.search(text)) and not specific:
        return "pattern"
    if (outcomes.pattern and not cases and not (reviewer and _THE_REVIEWER.search(text)) and _told_nothing(person)
            and _ANY_ONE.search(text)):
        return "pattern"  # "my client's MRI got shot down - what are reviewers looking for before they approve one?"
    if not specific and treatments and _CONDITIONAL.match(text):
        return "pattern"  # "when the surgery itself is denied at IMR, what happens to the post-op brace?"
    if not specific and treatments and _CONTRAST.search(text) and (names_both(text) or _TWO_DECISIONS.search(text)
                                                                    or _DECIDED_ONES.search(text)):
        return "pattern"  # "PT for the neck - what made the approval different from the denials?"
    if not specific and outcomes.why and _PLURAL_GENERAL.search(text):
        return "pattern"
    if not specific and treatments and _GENERAL_OUTCOME.search(text):
        return "pattern"  # "why don't shoulder MRIs get approved?", "is it common for IMR to deny physical therapy?"
    if not specific and len(treatments) <= 2 and (outcomes.why or _LACKED.search(text)) and _THE_STUDIES.search(text):
        return "pattern"  # "why were the shoulder MRIs turned down?", "what did the denied shoulder MRIs lack?": all of them
    if not specific and treatments and _REASON_WORDS.search(text) and _IN_GENERAL.search(text):
        return "pattern"
    if not specific and treatments and REVIEWERS_DECIDE.search(text):
        return "pattern"  # "how do reviewers decide on Norco refills?": the reasons that recur, of both outcomes
    if not specific and (_LIST.search(text) or _EVER_NOW.search(text) or _WHAT_DECIDED.search(text)) and (
            treatments or outcomes.found):
        return "list"
    if not specific and treatments and decided_month(text, outcomes=False) and not _WHY.search(text):
        # "lumbar mri decisions from feb 2017?": each of that month's (service.retrieve.effective_filters); not "the neck
        # MRI decided in January 2017 - why?", one of them
        return "list"
    if not specific and _WHICH_OF_ALL.search(text) and listed_reasons(text):
        return "list"  # "which requests did IMR say were incomplete?": those the reviewer gave that reason for
    if not specific and treatments and _REVIEWERS_ON.search(text):
        return "list"  # "what do reviewers say about leg EMGs?": each of them, with its reason
    if not specific and treatments and (_KIND_DECIDED.search(text) or _THOSE_WHO_ASKED.search(text)):
        return "list"  # "hip and elbow MRIs - what did IMR decide?": each of them
    if not specific and treatments and asks_usual(text):
        return "pattern"  # "Celebrex-type pills - does IMR usually approve them?": both outcomes' reasons
    if not specific and anyone and (reviewer or outcomes.found or listed_reasons(text)):
        # "any letters where the reviewer was an orthopedic surgeon and the request was approved?", "is there any letter
        # where the reviewer said the request was incomplete?"
        return "list"
    return "item"
