"""Outcome words read in their role: what a question's "denied", "approved", "overturned" says.

An outcome word is evidence about what the user wants, never a filter by itself (DOMAIN.md):

- `ur`: the word tells what utilization review (the adjuster, the claims administrator, the
  carrier) did: "UR denied his OxyContin; what did IMR decide?". It says nothing of IMR.
- `premise`: the user presumes IMR's decision: "why was the MRI denied?". The answer checks it and
  says so first when it is wrong.
- `asked`: the user asks what IMR decided: "was it approved?", "did IMR reverse UR?", "what
  happened to the MRI?". No decision is presumed.
- `wanted`: the user selects one outcome plainly: "only the overturned ones", "list the denials",
  "which PT requests were overturned?", "were any acupuncture requests not approved?". This, and
  a filter the user sets, are the only ways a decision becomes a filter.
- `pattern`: "what do reviewers want before approving X", "how can a denied X get approved":
  the outcome the user is after, about a kind of request.

A negation ("not denied", "wasn't approved", "never overturned") turns the word's decision over
for `wanted` and `premise`.
"""

from __future__ import annotations

import re
from typing import Literal

import msgspec

from service.confirm import ANSWERED, CONFIRMED_THEN_TOLD, TAG_QUESTION

Decision = Literal["Upheld", "Overturned"]
Role = Literal["ur", "premise", "asked", "wanted", "pattern"]

# the outcome typed bare as a question of its own, after a thing and a dash or alone ("shoulder surgery - denied?",
# "knee scope denied?"): service.asking and service.story read it
TERSE_OUTCOME = (r"(?:denied|approved|upheld|overturned|authori[sz]ed|rejected|turned\s+down|non-?certified|certified|"
                 r"ok(?:['\u2019]?d|ayed))")


# a decision said in one word or phrase, either way (the words of _DENY and _APPROVE that end a
# question: "X - ever okayed?", "any turned down?")
DECIDED = (r"(?:approved|denied|overturned|upheld|authori[sz]ed|okayed|OK'?d|turned\s+down|rejected|refused|"
           r"(?:non-?)?certified|granted|allowed|reversed)")
# undoing a denial: "threw out the denial", "struck down UR's non-cert" (said of a denial: _APPROVE, _DECIDES_DENIAL)
_SET_ASIDE = r"(?:(?:thr(?:ow|ew|own|ows)|toss(?:ed|es)?)\s+out|str(?:ike|uck|ikes)\s+down)"
_DENY = (r"den(?:y|ied|ies|ial|ials|ying)|non-?\s?certif\w*|non-?\s?cert(?:ed|s|ing)?|not\s+(?:been\s+)?certified"
         # ... the thing denied between: "did they turn it down?", "they shot them down"
         r"|turn(?:ed|s)?\s+(?:(?:it|them|him|her|me|us)\s+)?down"
         r"|reject\w*|refus\w*|upheld|uphold\w*|shot\s+(?:(?:it|them|him|her|me|us)\s+)?down|knock(?:ed|s)?\s+(?:(?:it|them|him|her)\s+)?back|said\s+no"
         # "did IMR say no to her PT?", "did she lose her appeal?" (the appeal lost: the denial stands)
         r"|sa(?:y|ys)\s+no(?=\s+(?:to|on)\b|(?:\s+(?:too|also|either|as\s+well|again))?\s*(?:\?|[?.!]*\s*$))|lo(?:se|st|ses|sing)\s+(?:(?:her|his|their|my|the|our|this|that)\s+)?(?:[\w/-]+\s+){0,3}?(?:IMR\s+)?"
         r"(?:appeal|IMR)\b"
         # "did she lose on the MRI?", "was the EMG a no-go?"
         r"|lo(?:se|st)\s+on(?=\s+(?:the|her|his|their|my|that|this)\s)|no[- ]go\b"
         # "they wont do the nerve tests. did i lose?": losing, said bare closing a question, is the denial standing
         r"|(?<=\s)lo(?:se|st|ses)(?=\s*(?:at\s+IMR|at\s+all|in\s+the\s+end|on\s+appeal)?\s*(?:\?|[?.!]*\s*$))"
         # "so she didn't get her knee MRI?", "they wouldn't give him the TENS", "won't pay for my PT"
         # ... "so he can't get the L5 one either?", "so he doesn't get the other 6 hours?"
         r"|(?:didn't|didnt|did\s+not|never|couldn't|couldnt|could\s+not|can't|cant|can\s?not|doesn't|doesnt|does\s+not)"
         r"\s+get(?=\s+(?:her|his|my|the|their|a|an|that|this)\s)"
         # ... "so he can't get them?" of the items just told (its statement asked, as "so he didn't get them?")
         r"|(?:can't|cant|can\s?not|didn't|didnt|did\s+not)\s+(?:get|have)(?=\s+(?:it|them|any|those|these)\s*(?:\?|\[|$))"
         # ... asked why, the one who did not get it between: "why didnt the 53 yo guy get his wrist brace?", "why did
         # she not get her MRI?" (not "didn't he get his brace?", which presumes he did)
         r"|why\s+(?:(?:didn't|didnt|did\s+not)\s+(?:he|she|they|I|we|you|(?:the|my|his|her|our|their)\s+(?:[\w'’/-]+\s+){0,6}?"
         r"[\w'’/-]+)\s+(?:ever\s+)?|did\s+(?:he|she|they|I|we|you|(?:the|my|his|her|our|their)\s+(?:[\w'’/-]+\s+){0,6}?"
         r"[\w'’/-]+)\s+not\s+)get(?=\s+(?:her|his|my|the|their|a|an|that|this)\s)"
         r"|(?:wouldn't|wouldnt|would\s+not|won't|wont|will\s+not|didn't|didnt|did\s+not)\s+(?:give|let|pay\s+for|cover|allow)"
         r"(?=\s+(?:her|him|me|them|us|my|his|the|their|it|for)\b)")
_APPROVE = (r"approv\w*|certif(?:y|ied|ication)|authori[sz]\w*|grant\w*|allowed|overturn\w*|revers\w*|overrul\w*|OK'?d|"
            # "did IMR say yes to her naproxen?", "... did IMR say yes", "did she win her appeal?"; "did IMR throw out the denial?" (the
            # denial after it is UR's: _DECIDES_DENIAL)
            r"sa(?:y|ys|id)\s+(?:yes|ok(?:ay)?)(?=\s+(?:to|on)\b|(?:\s+(?:too|also|either|as\s+well|again))?\s*(?:\?|[?.!]*\s*$))|w(?:in|on|ins|inning)\s+(?:(?:her|his|their|my|the|our|this|that)\s+)?"
            r"(?:[\w/-]+\s+){0,3}?(?:IMR\s+)?(?:appeal|IMR)\b|"
            # "did she win on the naproxen?", "any luck with the cold therapy machine?" (whether it went through)
            r"w(?:in|on)\s+on(?=\s+(?:the|her|his|their|my|that|this)\s)|any\s+luck\b|" + _SET_ASIDE + r"(?=\s+(?:[\w'’/.-]+\s+){0,8}?(?:denials?|non-?\s?cert\w*)\b)|"
            r"okayed|ok(?:ay)?(?=\s+(?:the|his|her|it|them|my|their|any|an?)\b|\s+(?:that|this)\s*[?.!]*\s*$)|"
            # (not what a guideline covers: "which guideline section covers home health?")
            r"(?<!guideline\s)(?<!guidelines\s)(?<!section\s)(?<!chapter\s)(?<!rule\s)(?<!MTUS\s)(?<!ODG\s)cover(?:ed|s)?|paid\s+for|signed\s+off|green[- ]lit"
            # "why did IMR allow it?", "did they allow his chiro?" (the base form before what it allowed)
            r"|allow(?=\s+(?:the|his|her|it|them|my|their|any|an?)\b)"
            # IMR giving it to the patient: "but IMR gave it to me right?", "did IMR give him the MRI?", "did they give her
            # the PT?" (not UR's part, "UR gave him one bottle", nor the asker's "give me the denials")
            # ... (not what IMR gave of its reasons: "did they give him the reasons?")
            r"|(?:(?<=\bIMR\s)gave(?=\s+(?:it|them)\s+to\s+(?:me|him|her|them|us)\b)"
            r"|(?<=\bdid\sIMR\s)give(?=\s+(?:him|her|them|me|us)\s+(?:the|his|her|their|my|it|them)\b|\s+(?:it|them)\s+to\b)"
            r"|(?<=\bdid\sthey\s)give(?=\s+(?:him|her|them|me|us)\s+(?:the|his|her|their|my|it|them)\b|\s+(?:it|them)\s+to\b))"
            r"(?![^?.;]*\b(?:reasons?|explanations?|answers?|rationale|decisions?|dates?|guidelines?|citations?)\b)"
            # "did they let her have more PT?", "did IMR let him keep his meds?": IMR letting the patient have it is the
            # approval asked (the denial, "wouldn't let him have", is _DENY's)
            r"|(?:(?<=\bdid\sthey\s)|(?<=\bdid\sIMR\s)|(?<=\bwill\sthey\s)|(?<=\bwould\sthey\s))let(?=\s+(?:him|her|them|me|us)\s+"
            r"(?:have|get|keep|try|do|start|continue)\b)"
            # "did anyone over 60 win?", "did she win at IMR?": winning, said bare closing the question, is the approval
            # ... or closing a question of its own: "did he win? hes 63 and ..."
            r"|(?<=\s)w(?:in|on|ins)(?=\s*(?:at\s+IMR|at\s+all|in\s+the\s+end|on\s+appeal)?\s*(?:\?|[?.!]*\s*$))"
            # "so she gets it?", "so he can get the MRI now?": the patient getting it, said after "so" and asked, is the
            # approval to confirm
            r"|(?:(?<=\bso\she\s)|(?<=\bso\sshe\s)|(?<=\bso\sthey\s)|(?<=\bso\sI\s)|(?<=\bso\swe\s))"
            r"(?:gets?|can\s+(?:now\s+)?get|will\s+get)(?=\s+(?:it|them|the|her|his|my|their|our)\b)"
            # "did the 52 yo woman's chiropractor get paid?": the provider paid is the request approved
            r"|(?<=\s)(?:get|gets|got|gotten|getting)\s+paid\b(?!\s+for\b)"
            # "did IMR pay for it?", "will they pay for her PT?" (paying said of IMR or the insurer, not "I had to pay for")
            r"|(?:(?<=\bIMR\s)|(?<=\bthey\s)|(?<=\bcomp\s)|(?<=\binsurance\s)|(?<=\binsurer\s)|(?<=\bcarrier\s))pay\s+for\b"
            # "they wouldnt let him have an MRI, did IMR fix that?": IMR undoing the denial told
            # ... IMR by its longer names too, and any of what was denied: "did the independent review fix any of that?"
            r"|(?:(?<=\bIMR\s)|(?<=\breview\s)|(?<=\breviewer\s))(?:fix|fixed|correct|corrected|undo|undid)"
            r"(?=\s+(?:(?:any|some|all|either|both)\s+of\s+)?(?:it|that|this|them|those|these)\b)"
            # "UR cut the baclofen to 27 - did IMR restore the last 3?", "did IMR give the refills?": IMR handing back
            # what UR held back is an approval
            r"|(?<=\bIMR\s)(?:give|restored?|reinstated?)(?=\s+(?:(?:him|her|them|me|us)\s+)?(?:the|his|her|their|my|our|it"
            r"|that|this|them|back|\d+)\b)(?!\s+(?:(?:him|her|them|me|us)\s+)?(?:(?:a|an|the|any|no|his|her|their)\s+)?"
            r"(?:reasons?|explanations?|rationale|answers?|guidelines?|decisions?)\b)"
            # "they wouldn't do the nerve tests. did IMR help?": IMR coming to the patient's aid is an approval
            r"|(?<=\bIMR\s)help(?:ed|s)?(?=\s*(?:[?.!,]|$)|\s+(?:her|him|me|them|us|out)\b)"
            # "did the surgery get the green light?", "IMR green-lighted it"
            r"|green[- ]light(?:ed|s)?"
            # IMR's own standard: "was the home aide found medically necessary?", "why was the MRI not medically necessary?"
            r"|(?:(?:found|deemed|considered|ruled|judged|determined|held)\s+(?:to\s+be\s+)?)?medically\s+necessary"
            # ... or told by IMR in lay words: "did the state reviewer say he needed it?", "did IMR think she needed the
            # MRI?" (the reviewer's view, not the doctor's: "her doctor said she needed it")
            r"|(?:(?<=\bIMR\s)|(?<=\breview\s)|(?<=\breviewer\s)|(?<=\breviewers\s))(?:say|said|says|think|thought|thinks|"
            r"agree|agreed|find|found|feel|felt|decide|decided)\s+(?:that\s+)?(?:he|she|they|I|we|you|the\s+(?:patient|worker))"
            r"\s+(?:really\s+)?need(?:ed|s)?(?=\s+(?:it|them|one|that|this|the|an?|more|his|her|their|my)\b)"
            # "the TFESI went through at IMR", "did her MRI go through?" (not "went through the records", "go through PT")
            # ... or closed by a confirmation typed with no comma: "none got through right?"
            # ... or let through: "which guideline let the 48 yo man's elbow MRI through?", "did IMR let it through?"
            r"|let(?:s|ting)?\s+(?:(?:it|them|that|this)|(?:the|his|her|their|my|our)\s+(?:[\w/'’-]+\s+){0,5}?[\w/'’-]+)\s+through\b"
            r"|(?:went|go(?:es)?|gone|got|get)\s+through(?=\s*(?:[?.,;!]|-|$)|\s+(?:right|correct|true)\s*\?"
            r"|\s+(?:at|with|on\s+appeal|in\s+the\s+end|after\s+all"
            r"|for\s+(?:her|him|them|me|us|my|his|their|the)"
            r"|in\s+IMR|(?:the\s+)?IMR|independent)\b)"
            # "they gave the 54 yo woman naproxen but not the stomach pill": given, against what was not
            # (not "gave the reason but not the guideline")
            r"|gave(?!\s+(?:(?:a|an|the|any|no|his|her|their)\s+)?(?:reasons?|explanations?|rationale|answers?|guidelines?|"
            r"citations?|decisions?|dates?)\b)(?=\s+(?:[\w'’/-]+\s+){0,8}?[\w'’/-]+,?\s+but\s+not\b)"
            # ... or got, against what was not: "the 60 yo man got his MRI but not the acupuncture?"
            r"|(?<![\w'’])got(?=\s+(?:his|her|my|their|the)\s+(?:[\w'’/-]+\s+){0,6}?[\w'’/-]+,?\s+but\s+not\b)"
            # ... or got, then confirmed by a tag: "the 65 yo man got his viagra, didn't he?", "she got her PT, right?"
            r"|(?<![\w'’])got(?=\s+(?:his|her|my|their|the)\s+(?:[\w'’/-]+\s+){0,6}?[\w'’/-]+\s*,?\s*(?:right|correct|true|yes"
            r"|did\s*n['’]?t\s+(?:he|she|they|I|we)|did\s+(?:he|she|they|I|we)\s+not)\s*\?)"
            # ... or given by IMR, named: "UR gave him one bottle, and IMR gave him the refills?" (not IMR's reasons)
            r"|(?<=\bIMR\s)gave(?=\s+(?:him|her|them|me|us)\s+(?:the|his|her|their|my|our|it|them|\d+)\b)"
            r"(?![^?.;]*\b(?:reasons?|explanation|answer|rationale)\b)")
# taking a side: with utilization review is upholding its denial ("did IMR agree with UR?"); with
# the treating doctor or the patient is overturning it ("did the reviewer side with my doctor?")
_WITH = r"(?:agree[ds]?|agreeing|sid(?:e|es|ed|ing)|go(?:es)?\s+along|went\s+along|stand|stood|stuck)\s+with\s+"
# ... or backing one: "did IMR back the doctor?", "the reviewer backed up UR" (the verb after its subject,
# never "the low back")
_BACKING = r"\b(?:IMR|MAXIMUS|(?:the\s+)?(?:IMR\s+)?reviewers?|they|he|she)\s+(?:ever\s+)?back(?:s|ed)?(?:\s+up)?\s+"
# the side of the denial: UR by any of its names, or "them" (the story's "they" who denied: "the adjuster
# turned down her standing desk. did IMR agree with them?")
_DENIERS = (r"(?:the\s+|my\s+|her\s+|his\s+|their\s+)?(?:UR|utili[sz]ation\s+review(?:er)?|adjuster|insurer|insurance(?:\s+company)?|"
            r"carrier|claims?\s+administrator|employer|(?:the\s+)?denial|them\b)")
_DENY += (rf"|{_WITH}{_DENIERS}|{_BACKING}{_DENIERS}"
          # ... or agreeing with no one named: IMR reviews UR's decision, so "UR denied his acupuncture - did
          # IMR agree?", "did the reviewer agree with that?" agree with UR's denial
          r"|\b(?:IMR|MAXIMUS|(?:the\s+)?(?:IMR\s+)?reviewers?|they|he|she)\s+(?:agree[ds]?|concur(?:s|red)?|go\s+along|went\s+along)"
          r"(?=\s*(?:[?.!;,]|$)|\s+with\s+(?:that|this|it)\s*(?:[?.!;,]|$))")
# a denial that survives IMR is upheld: "did UR's denial hold up at IMR?", "did the denial of the lumbar
# MRI stand?", "did the non-cert stick?" (the verb ends its clause; read only after a denial, as
# _DENIAL_SUBJECT tells, and so not one of WORD's words: "she can't stand for long")
_SURVIVAL = (r"(?:stand|stands|stood|stick|sticks|stuck|(?<!\bon\s)hold|holds|held|survive[ds]?)(?:\s+up)?"
             r"(?:\s+(?:at|in|on|after|through|before)\s+(?:the\s+)?(?:IMR|MAXIMUS|independent\s+(?:medical\s+)?review"
             r"|(?:IMR\s+)?(?:appeal|review)))?(?=\s*(?:[?.!,;]|$))"
             r"|survive[ds]?\s+(?:the\s+)?(?:IMR|MAXIMUS|independent\s+(?:medical\s+)?review|(?:IMR\s+)?(?:appeal|review))")
# the asker's side taken: "did the reviewer side with me?", "did IMR back us up?", "did they agree with us?"
_ASKER = rf"(?:{_WITH}(?:me|us)|{_BACKING}(?:me|us)(?:\s+up)?)(?![\w'’])"
# ... the asker told as the one who denied: "We non-certified the MRI", "I'm an adjuster", "adjuster here", "our
# claimant"; then their side is UR's, and backing them upholds the denial. "I asked for an MRI, did IMR back me up?" and "we
# appealed" are the patient's side; "us" with no side told is no outcome
_ASKER_DENIED = re.compile(r"\b(?:we|I)\s+(?:(?:had|have|just|already|originally|initially|recently)\s+)?(?:denied|den(?:y|ies)\b|"
                           r"non-?\s?certif\w*|non-?\s?cert(?:ed)?\b|turned\s+down|rejected|refused|modified)"
                           r"|\b(?:I['’]?m|I\s+am|we['’]?re|we\s+are|I\s+work\s+(?:for|in|at))\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:adjusters?|claims?\s+(?:examiners?|adjusters?|administrators?|department)|UR\b|utili[sz]ation\s+review\w*"
                           r"|carriers?|insurers?|insurance\s+compan(?:y|ies))"
                           r"|\b(?:adjuster|claims\s+examiner|carrier|insurer)\s+here\b"
                           r"|\bour\s+(?:claimant|insured)\b", re.IGNORECASE)
_ASKER_ASKED = re.compile(r"\b(?:we|I)\s+(?:(?:had|have|just|already|originally|first)\s+)?(?:asked|requested|ordered|prescribed|"
                          r"applied|appealed|filed|needed|wanted)\b"
                          # ... or was denied it: "we were denied the MRI", "I got turned down"
                          r"|\b(?:we|I)\s+(?:was|were|got|have\s+been|had\s+been)\s+(?:denied|turned\s+down|refused|rejected)\b",
                          re.IGNORECASE)
_ASKER_RE = re.compile(rf"\b{_ASKER}", re.IGNORECASE)
_APPROVE += (rf"|(?:{_WITH}|{_BACKING})(?:the\s+|my\s+|his\s+|her\s+|their\s+"
             # ... the patient told before their doctor: "did the state reviewer back up the 62 yo woman's doctor?"
             r"|(?:the\s+|my\s+)?(?:[\w-]+\s+){0,4}?[\w-]+['’]s\s+)?(?:treating\s+|primary\s+)?(?:doctor|physician|"
             r"provider|surgeon|chiropractor|therapist|patient|worker|applicant|claimant)"
             # ... or with the patient by a pronoun: "did the independent review side with her?" (not "them", the
             # story's deniers)
             rf"|{_WITH}(?:him|her)(?![\w'’])"
             # ... or with the asker, who is the patient's side unless the story makes them the denier (_ASKER_DENIED)
             rf"|{_ASKER}")
# taking a side by the one it went against: against UR is overturning its denial ("did IMR go against the
# adjuster?", "the reviewer ruled against the carrier"); against the doctor or the patient is upholding it
_AGAINST = r"(?:go(?:es)?|went|gone|going|rul(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|sid(?:e|es|ed|ing)|come|came)\s+against\s+"
# ... the patient told by age: "did IMR side with the 53 yo man on his neck MRI?", "ruled against the 45 year old woman"
_AGED = (r"(?:the\s+|my\s+|this\s+|that\s+)?\d{1,3}[\s-]*(?:yo|y/?o|y\.o\.|years?[\s-]old|yrs?[\s-]old)\s+"
         r"(?:man|woman|guy|lady|gentleman|gal|male|female|patient|worker|claimant|applicant)(?![\w'’])")
_APPROVE += rf"|{_AGAINST}{_DENIERS}|(?:{_WITH}|{_BACKING}){_AGED}"
_DENY += rf"|{_AGAINST}{_AGED}"
_DENY += (rf"|{_AGAINST}(?:the\s+|my\s+|his\s+|her\s+|their\s+|(?:the\s+|my\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+['’]s\s+)?(?:treating\s+|primary\s+)?(?:doctor|physician|provider|"
          r"surgeon|chiropractor|therapist|patient|worker|applicant|claimant)|" + _AGAINST + r"(?:him|her)(?![\w'’])")
WORD = re.compile(rf"\b(?:(?P<deny>{_DENY})|(?P<approve>{_APPROVE}))\b", re.IGNORECASE)
# Words that look like outcome words and are not: "request for authorization", "board certified".
_NOT_OUTCOME = re.compile(r"request\s+for\s+authori[sz]ation|board[- ]certified|\bRFA\b|certified\s+(?:nurse|"
                          r"medical|in)|authori[sz]ed\s+(?:treating|provider|physician)"
                          # a drug's standing with the FDA, no decision of IMR's: "not FDA approved", "FDA-approved",
                          # "approved by the FDA", "approved for that by the FDA"
                          r"|\b(?:not\s+|n['’]t\s+|never\s+)?FDA[\s-]*(?:approv\w*|clear\w*)"
                          r"|\b(?:not\s+|n['’]t\s+|never\s+)?approved\s+(?:\w+\s+){0,3}?by\s+the\s+FDA\b", re.IGNORECASE)
_UR = (r"(?:(?:the|his|her|their|my|our)\s+)?(?:\bUR\b|utilization\s+review|adjuster(?:'s)?|claims?\s+administrator|"
       r"carrier|insur(?:er|ance(?:\s+company)?)|employer|workers'?\s+comp(?:ensation)?|"
       r"claims?\s+(?:adjuster|examiner|company)|\bthey\b)")
# "UR denied", "the adjuster's UR non-certified", "UR's denial" (subject within a few words)
_UR_BEFORE = re.compile(rf"{_UR}(?:'s)?(?:\s+\w+){{0,3}}\s*$", re.IGNORECASE)
# ... a word with an apostrophe among them ("they won't approve more."), in a statement that tells it, which a
# question of its own follows ("... was it because the first ones didn't help her"); a refusal asked of ("they
# wouldn't approve the protonix?", "they didn't turn it down, did they?") stays a question of IMR's decision
_UR_BEFORE_TOLD = re.compile(rf"{_UR}(?:'s)?(?:\s+[\w'’]+){{0,3}}\s*$", re.IGNORECASE)
_TOLD_STATEMENT = re.compile(r"[^?.!;]*[.;]")
# "they approved my wife's back MRI, right?": an approval that "they" gave is IMR's, as utilization
# review's approvals never reach IMR (but "they approved 6 of the 12 visits": UR's part of a request)
_THEY_ONLY = re.compile(r"\s*they\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
# ... the same "they" approving after a denial, in the one sentence: "... but approved the needles", "and then
# okayed the PT" (not "but IMR approved", nor "but approved 6 of the 12 visits", UR's part)
_THEY_APPROVED_TOO = re.compile(r"[^.;?!]*?\s(?:but|and|yet|while)\s+(?:then\s+|also\s+|they\s+)?(?:approv\w*|okay\w*|OK'?d|"
                                r"authori[sz]\w*|grant\w*|allowed|gave)\b(?!\s+(?:only\s+)?(?:some|part|half|portion|a\s+few|\d+|"
                                r"one|two|three|four|five|six|eight|ten|twelve)\b)", re.IGNORECASE)
_PART = re.compile(r"\s*(?:only\s+)?(?:some|part|half|portion|a\s+few|\d+|one|two|three|four|five|six|eight|ten|twelve)\b",
                   re.IGNORECASE)
# "denied by UR", "was turned down by the adjuster"
_UR_AFTER = re.compile(rf"^\s*(?:by|from)\s+{_UR}", re.IGNORECASE)
# "did they approve ...?" asks who decided: "they" after a question's auxiliary is no UR in the story
_ASKING_THEY = re.compile(r"\b(?:did|do|does|will|would|could|can|have|has|had|were|are)(?:n['’]?t)?\s+they(?:\s+\w+){0,2}\s*$"
                          # ... and so after "why", the "did" dropped: "why they deny my naproxen?"
                          r"|\b(?:why|how\s+come)\s+they(?:\s+(?:not|no|never))?\s*$"
                          r"|(?:^|[-:;]\s*)they\s+ever(?:\s+\w+)?\s*$", re.IGNORECASE)  # "TENS units - they ever get approved?"
# a negative question asks what the positive one asks: "didn't they deny it?", "- wasn't the MRI
# approved?" (the auxiliary and its "n't" open the clause, its subject after them; not "why didn't they
# ...", "he didn't get it?", "which nerve studies, EMG or NCV, weren't upheld?")
_NEGATIVE_QUESTION = re.compile(r"(?:^|\s[-\u2013\u2014]+\s*|[,:;]\s*)\s*(?:(?:so|and|but|then)\s+)?"
                                r"(?:was|were|is|are|did|does|do|has|have|had)n['’]?t\s+(?P<subject>(?:[\w'’-]+\s+){0,5})$", re.IGNORECASE)
_WH_WORD = re.compile(r"\b(?:why|what|which|how|who|whose|when|where)\b", re.IGNORECASE)
# an outcome word that holds its subject: "IMR agree" ("UR denied it - didn't IMR agree?")
_SUBJECT_IN_WORD = re.compile(r"(?:IMR|MAXIMUS|(?:the\s+)?(?:IMR\s+)?reviewers?|they|he|she)\s", re.IGNORECASE)


def _negative_question(clause: str, word: str) -> bool:
    """Whether `clause`, the words before the outcome `word`, asks it as a negative question."""
    m = _NEGATIVE_QUESTION.search(clause)
    return bool(m) and not _WH_WORD.search(clause) and bool(m.group("subject").strip() or _SUBJECT_IN_WORD.match(word))
_WHY_NOT = re.compile(r"\b(?:why|how\s+come)\s+(?:wasn't|weren't|isn't|aren't|didn't|hasn't|haven't|won't|wouldn't|"
                      r"(?:was|were|is|are|did|has|have|would|will)\s+not)\b", re.IGNORECASE)
# "..., why not the acupuncture?": a bare contrast with the outcome told before it
_WHY_NOT_BARE = re.compile(r"\b(?:why|how\s+come)\s+not\s+(?:(?:the|his|her|my|their|for\s+the)\s+)?(?=[a-z])(?!(?:approved|denied|"
                           r"covered|authori[sz]ed|certified|allowed|granted|upheld|overturned|too|also|both|all|any|this|that|it|them)\b)",
                           re.IGNORECASE)
_IMR = re.compile(r"\bIMR\b|independent\s+(?:medical\s+)?review(?:ers?)?|\breviewers?\b|\bMAXIMUS\b", re.IGNORECASE)
# (not a "no" that someone owns, a noun: "did UR's no stand?")
_NEGATION = re.compile(r"(?:\bnot|n't|\bnever|(?<!['’]s\s)\bno(?:body|one|thing)?|\bnone)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WHY = re.compile(r"\b(?:why|how\s+come|what\s+(?:makes|made|leads|led|causes|caused)|what\s+(?:was|were|is|are)\s+"
                  r"the\s+reasons?\s+(?:for|behind)|reasons?\s+"
                  r"(?:for|behind)|on\s+what\s+(?:basis|grounds)|explain"
                  # "what reasons did IMR give for denying acupuncture?", "what are the reasons IMR denies it?"
                  r"|what\s+reasons?|the\s+reasons?\s+(?:that\s+|why\s+)?(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|they)\b"
                  # the reasons in lay words: "what did the reviewer like?", "what convinced IMR?"
                  r"|what\s+(?:did|does)\s+(?:IMR|the\s+(?:IMR\s+)?reviewer|they|he|she)\s+(?:like|see\s+in|base\s+(?:it|that)\s+on)"
                  r"|what\s+(?:convinced|persuaded|swayed)"
                  # the reasons asked by the question word last: "not approved because of what?", "denied for what reason?"
                  r"|(?:because\s+of|due\s+to|based\s+on|on\s+account\s+of)\s+what|for\s+what\s+reasons?)\b", re.IGNORECASE)
# "anything" opening a clause told apart, then an outcome word: "... - anything approved?", "..., anything
# ever denied?" (the auxiliary of "was anything approved?" dropped)
# "did IMR help her at all?", "did they help him in any way?": whether any of their requests was approved
HELPED_AT_ALL = r"help(?:ed)?\s+(?:him|her|them|me|us)\s+(?:at\s+all|in\s+any\s+way)"
ANYTHING_BARE = (r"(?:^|[.;:?!]\s+|\s[-\u2013\u2014]+\s*|,\s+)(?:so\s+|and\s+|but\s+)?anything\s+(?:at\s+all\s+)?"
                 rf"(?:ever\s+)?(?:get\s+|got\s+|gotten\s+|been\s+)?{DECIDED}\b(?=[^.;:?!]*(?:\?|$))")
_ASK = re.compile(
    r"(?:^|[.;:?!]\s+)(?:so\s+|and\s+|but\s+)?(?:was|were|is|are|did|does|do|has|have|had|will|would|could)\b"
    # "am I right that the 63 yo man's EMG was overturned", "correct me if I'm wrong, but ..."
    r"|(?:^|[.;:?!]\s+)(?:so\s+|and\s+|but\s+)?(?:am\s+I\s+(?:right|correct|wrong)|correct\s+me\s+if\s+I['’]?m\s+wrong)\b"
    # "any luck with the cold therapy machine?": whether it went through
    r"|(?:^|[.;:?!,]\s+|\s[-\u2013\u2014]+\s+)(?:so\s+|and\s+|but\s+)?any\s+luck\b"
    # ... after a comma or dash that ends the thing asked of, its subject after the verb: "the 57 yo
    # man's epidural shots, were they approved?", "my mom's MRI - was it approved?"
    # (not "- does IMR usually approve them?", a pattern, nor "- did that hold?", of the statement before it)
    r"|(?:,|\s[-\u2013\u2014]+)\s+(?:so\s+|and\s+|but\s+)?(?:was|were|is|are|did|has|have|had)\s+"
    r"(?:it|they|he|she|the|his|her|their|my|our|either|both|any|IMR)\b"
    r"|\bwhat\s+(?:did|does|would)\s+(?:IMR|the\s+(?:independent\s+)?(?:medical\s+)?reviewer|the\s+reviewer)\b"
    r"|\bwhat\s+(?:happened|was\s+(?:decided|the\s+(?:outcome|result|decision|ruling)))|\bwhere\s+did\s+\w+\s+come\s+out"
    r"|\bwhat\s+(?:was|is)\s+(?:the\s+)?(?:IMR(?:'s)?\s+)?(?:decision|outcome|result|ruling)\b|\bhow\s+did\s+\w+\s+(?:rule|decide)"
    r"|\bdid\s+(?:IMR|the\s+reviewer|it)\s+(?:side|agree|go\s+along|back)|\bwhat\s+(?:did\s+)?(?:IMR\s+)?decide"
    # "pantoprazole - ever approved at IMR?"
    rf"|(?:^|[-:;]\s*)ever\s+(?:been\s+|get\s+|gotten\s+|got\s+)?{DECIDED}\b"
    # the outcome alone as the last clause, asked: "lidocaine cream for the guy who smashed his hand, approved?"
    rf"|,\s*(?:(?:so|and)\s+)?{DECIDED}(?:\s+(?:or\s+not|at\s+IMR|by\s+IMR))?\s*\?\s*$"
    # "the 54 yo woman with the neck MRI - anything approved?", "her meds, anything denied?": "was anything
    # approved?" typed without its auxiliary, after the patient told apart
    rf"|{ANYTHING_BARE}"
    # a yes/no question typed without its "did": "Any 50 yo get acupuncture approved?", "IMR approve
    # acupuncture for neck pain?", "IMR side with UR?"
    r"|(?:^|[.;:?!]\s+|\s-\s+)(?:any(?:one|body)?\s+[^.;:?!]*\b(?:get|got)\s+[^.;:?!]*\b(?:approved|denied|okayed|authori[sz]ed|covered)"
    r"|IMR\s+(?:approve|deny|overturn|uphold|reverse|side|agree|grant|authori[sz]e|okay|certify|turn\s+down|refuse|reject)\b)"
    r"[^.;:?!]*(?:\?|$(?<![.!]))"  # ... and its question mark ("imr approve neck therapy", at the end)
    # ... or typed telegraphically, without its auxiliary and question mark: the last clause tells a
    # decision of a thing named before it, and nothing ends it ("man who fainted at work: knee mri
    # approved", "tailbone injection ever approved by imr", "pantoprazole approved for lady whose reflux
    # got better"; not "the knee MRI was approved", "why knee mri denied", "UR denied the MRI.")
    r"|(?:^|[.;:?!]\s+|\s[-\u2013\u2014]+\s+)(?!(?:why|how|what|which|who|whose|when|where|because|since|if|as)\b)"
    rf"(?:(?!\b(?:was|were|is|are|been|be|got|get|gets|had|has|have|they|UR|IMR|reviewers?|he|she|I|we|you|why|how|because|any)\b)"
    rf"[^.;:?!])+?"
    rf"(?<=\w)\s+(?:ever\s+)?{DECIDED}\b[^.;:?!]*$(?<![.!])",
    re.IGNORECASE,
)
# a clause whose subject is negative: "none of his requests were approved", "neither the cervical
# nor the lumbar PT was approved", "nothing was denied", after the case it is of: "CM17-0010885 neither was approved right?"
_NEGATIVE_SUBJECT = re.compile(r"^\s*(?:(?:in|for|re:?)\s+)?(?:CM\d{2}-\d{5,7}\s*[:,;]?\s*)?(?:(?:and|but|so)\s+)?"
                               r"(?:none|neither|nothing|nobody|no\s+one)\b(?![^,;]*\b(?:not|n't|never)\b)",
                               re.IGNORECASE)
# ... after the patient told first, apart: "the 56 year old man - none of his stuff got approved?", "56 yo
# man, none of his requests were denied?", "the 63 year old man with the shoulder surgery: nothing approved?"
_TOLD_APART = re.compile(r"\s[-\u2013\u2014]+\s|[,:]\s")


def _negative_subject(clause: str) -> bool:
    """Whether `clause` (the words before an outcome word, from the sentence's start) is a negative
    subject (_NEGATIVE_SUBJECT), from its start or after the last part told apart before it, with no
    outcome word of its own between."""
    parts = [clause, *(clause[m.end():] for m in list(_TOLD_APART.finditer(clause))[-1:])]
    return any(_NEGATIVE_SUBJECT.match(part) and not WORD.search(part) for part in parts)
# Whether an outcome ever happened, across letters: "has IMR ever approved a TENS unit?", "does IMR
# ever approve Celebrex?", "has any chiropractic ever been approved?", "is Celebrex ever approved?",
# "is there a case where a knee MRI was overturned?" (not one item's: "did they ever approve it?",
# "was it ever approved?"). The outcome word is a group of its own (w5-w8, w12-w15).
_NOT_ONE = r"(?!(?:it|them|that|this|his|her|my|their|the|he|she|they)\b)"
# what "is there a/any ..." asks of that is no kind of request: "is there a reason ...", "any way ..."
_NOT_A_KIND = r"(?!(?:reason|way|chance|point|need|rule|guideline)s?\b)"
EVER = (rf"|\b(?:has|have|did|does|do)\s+(?:IMR|the\s+reviewers?|reviewers?|they|anyone|anybody)\s+ever\s+(?P<w5>\w+)\s+"
        rf"{_NOT_ONE}\w"
        r"|\b(?:has|have)\s+(?:an?|any)\s+(?:[\w/'’-]+\s+){1,4}?ever\s+been\s+(?P<w6>\w+)"
        # "were there any epidurals approved at all?", "are there any TENS units overturned?"
        rf"|\b(?:is|are|was|were)\s+there\s+(?:ever\s+)?any\s+{_NOT_ONE}(?!of\b){_NOT_A_KIND}"
        rf"(?:[\w/'’-]+\s+){{1,4}}?(?:ever\s+)?(?P<w26>{DECIDED})\b"
        r"|\bis\s+there\s+(?:ever\s+)?(?:an?|any)\s+(?:case|letter|request|time|decision|example)s?\s+(?:where|in\s+which|that|when)\b"
        r"(?:\s+[\w/-]+){1,8}?\s+(?:was|were|got|been)\s+(?P<w7>\w+)"
        # ... or of a kind named, what IMR did to it: "was there any MRI that IMR didn't uphold the denial on?",
        # "is there an MRI where IMR reversed the denial?" (not "is there a reason ...")
        rf"|\b(?:is|was)\s+there\s+(?:ever\s+)?(?:an?|any)\s+{_NOT_A_KIND}"
        r"(?:[\w/-]+\s+){1,4}?(?:where|that|which|in\s+which|on\s+which|for\s+which|when)\s+"
        r"(?:IMR|the\s+(?:IMR\s+)?reviewers?|(?:a\s+)?reviewers?|they)\s+(?:(?:did|has|had|have)(?:n['’]?t|\s+not)?\s+|never\s+)?"
        r"(?P<w24>approv\w*|den(?:y|ied)|overturn\w*|uph[eo]ld\w*|revers\w*|authori[sz]\w*|okay\w*|grant\w*)"
        # ... or what was done to it: "was there any MRI that was overturned?"
        rf"|\b(?:is|was)\s+there\s+(?:ever\s+)?(?:an?|any)\s+{_NOT_A_KIND}"
        r"(?:[\w/-]+\s+){1,4}?(?:where|that|which)\s+(?:was|were|got|has\s+been|had\s+been)\s+(?:ever\s+)?(?:not\s+)?"
        rf"(?P<w25>{DECIDED})\b"
        # ... or usually: "is acupuncture usually approved?", "are lumbar MRIs typically denied?"
        rf"|\b(?:is|are|was|were)\s+{_NOT_ONE}(?:an?\s+|any\s+)?(?:[\w/-]+\s+){{1,4}}?(?:ever|usually|typically|generally"
        r"|normally|commonly|mostly|always)\s+(?P<w8>\w+)"
        # ... or always: "does IMR approve all neck MRIs?", "my boss says IMR approves everything for
        # neck MRIs" (not one patient's: "did IMR approve all of her requests?")
        r"|\b(?:(?:does|do|did|will|would)\s+)?(?:IMR|the\s+reviewers?|reviewers?)\s+(?:always\s+)?(?P<w12>\w+)\s+"
        r"(?:all|every|everything|each)\b(?!\s+(?:of\s+)?(?:his|her|my|their|the\s+(?:patient|worker|man|woman))\b)"
        # ... or does in general, of a kind named without an article: "does IMR approve acupuncture
        # for neck pain?" (not "does IMR approve the acupuncture", "do they approve it")
        r"|\b(?:does|do|will|would)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?)\s+(?:usually\s+|generally\s+|typically\s+|"
        r"normally\s+|often\s+|tend\s+to\s+)?(?P<w13>approve|deny|authori[sz]e|overturn|uphold|cover)s?\s+"
        r"(?!(?:the|his|her|my|their|this|that|these|those|it|them|any|anything|all|every)\b)[a-z]"
        # "cat scans - has IMR approved any?", "MRIs of the arm: any approved?"
        r"|\b(?:has|have)\s+(?:IMR|the\s+reviewers?|reviewers?|they)\s+(?P<w14>\w+)\s+any\b(?!\s+of\s+(?:his|her|my|their)\b)"
        # ... or never or always, of a kind: "is it true that IMR never approves TENS units?", "reviewers
        # always deny shoulder MRIs, right?", "they never approve pillows?" (not "IMR never approved her MRI")
        r"|\b(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|they)\s+(?:never|always)\s+(?P<w23>approves?|denies|deny|authori[sz]es?|"
        r"overturns?|upholds?|okays?|covers?)\s+(?!(?:the|his|her|my|their|this|that|these|those|it|them|him|any\s+of)\b)[a-z]"
        # ... asked in the past: "did they approve any shoulder MRIs at all?" (not "any of her meds")
        r"|\b(?:did|do|does)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|they)\s+(?:ever\s+)?(?P<w22>\w+)\s+any\b(?!\s+of\b)"
        # "has IMR approved a shoulder MRI?": one of a kind, by its indefinite article (not "the MRI")
        r"|\b(?:has|have)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?)\s+(?P<w18>\w+)\s+an?\s+"
        r"(?!(?:second|third|few|couple|lot|bit|little|request|requests)\b)[a-z]"
        rf"|(?:^|[-:,;]\s*)any\s+(?:of\s+(?:them|those|these)\s+)?(?P<w15>{DECIDED})\s*\?"
        rf"|\s(?:any|ever)\s+(?:of\s+(?:them|those|these)\s+)?(?P<w17>{DECIDED})\s*$"
        # "pantoprazole (Protonix) - ever approved at IMR?", "Botox: ever been overturned?"
        rf"|(?:^|[-:;]\s*)ever\s+(?:been\s+|get\s+|gotten\s+|got\s+)?(?P<w16>{DECIDED})\b"
        # ... typed without "has" or "do": "x-rays: IMR ever approved one?", "TENS units - they ever get approved?"
        rf"|(?:^|[-:;]\s*)(?:IMR|the\s+reviewers?|reviewers?|they)\s+ever\s+(?:been\s+|get\s+|got\s+)?"
        rf"(?:{DECIDED}|approve|deny|overturn|uphold|authori[sz]e|give\s+back|rule(?:d)?\s+on|decide(?:d)?\s+on)\b"
        r"(?!\s+(?:it|them|that|this|his|her|my|their)\b)"
        # ... or whether anyone got one: "did anybody get a TENS unit approved?", "has any patient had
        # chiro overturned?" (the patient's own: "did he get his MRI approved?" is no one's in general)
        r"|\b(?:did|has|have|does|do)\s+(?:anybody|anyone|any\s?one|somebody|someone|any\s+(?:other\s+)?(?:patients?|workers?|"
        r"claimants?|applicants?|people)|other\s+(?:patients|workers|people))(?:\s+else)?"
        # ... of an age said after them: "did anyone in their 50s get their MRI approved?", "did anybody over 60 ..."
        r"(?:\s+(?:in\s+(?:their|his|her)\s+(?:early\s+|mid\s+|late\s+)?(?:\d0|twenties|thirties|forties|fifties|sixties)'?s?"
        r"|(?:over|under|above|below|older\s+than|younger\s+than)\s+\d+))?\s+(?:ever\s+)?(?:get|got|gotten|had|have)\s+"
        rf"(?:an?\s+|any\s+)?(?:[\w/-]+\s+){{1,4}}?(?P<w20>{DECIDED})\b"
        # ... or anyone's: "was anyone's neck MRI approved?", "has anybody's TENS unit ever been overturned?"
        r"|\b(?:was|were|is|are|has|have|had)\s+(?:anybody|anyone|any\s?one|somebody|someone)['’]?s\s+(?:[\w/-]+\s+){1,4}?"
        rf"(?:ever\s+)?(?:been\s+|get\s+|got\s+|gotten\s+)?(?P<w29>{DECIDED})\b"
        # ... or "is there anyone whose pool therapy got approved?"
        r"|\b(?:is|was)\s+there\s+(?:anybody|anyone|any\s?one|somebody|someone|any\s+(?:other\s+)?(?:patients?|workers?|"
        r"claimants?|applicants?))(?:\s+else)?\s+(?:whose|who|that)\s+(?:had\s+|got\s+|has\s+)?(?:an?\s+|any\s+|their\s+|his\s+|her\s+)?"
        rf"(?:[\w/-]+\s+){{1,4}}?(?:got\s+|get\s+|was\s+|were\s+|ever\s+|been\s+){{0,2}}(?P<w21>{DECIDED})\b"
        # ... or any letter where one was: "was there any letter where the pantoprazole was approved", "are there
        # cases where PT got overturned?"
        r"|\b(?:is|was|are|were)\s+there\s+(?:any\s+|a\s+|one\s+)?(?:other\s+)?(?:letters?|cases?|decisions?|determinations?)\s+"
        r"(?:where|in\s+which|when|that)\s+(?:an?\s+|any\s+|the\s+)?"
        rf"(?:[\w/-]+\s+){{1,4}}?(?:got\s+|get\s+|was\s+|were\s+|is\s+|are\s+|ever\s+|been\s+){{0,2}}(?P<w28>{DECIDED})\b")
_EVER = re.compile(EVER[1:], re.IGNORECASE)


# "why did some workers get it approved and others not?": the other outcome by its negation
_SOME_NOT = re.compile(rf"\bsome\b[^?.]{{0,60}}?\b{DECIDED}\b[^?.]{{0,40}}?\bothers?\s+(?:(?:were|did|do|are|got)\s*)?"
                       r"(?:not|n't|never)\b", re.IGNORECASE)


def asked_decision(text: str) -> Decision | None:
    """The outcome a question asks about ("was it denied?"), when it asks about one."""
    return next((o.decision for o in read_outcomes(text).found if o.role == "asked"), None)


# whether the patient got any of a group, asked without an outcome word: "did she get either?", "did
# he get any of it?", "did they get both?" (getting a request is its approval)
# ... of a patient described and of their things named: "did the 57 yo man get either of his epidurals?"
_GOT_ANY = re.compile(r"\b(?:did|does|do|has|have)\s+(?:he|she|they|I|we|you|(?:the|my|his|her|our)\s+(?:[\w-]+\s+){0,4}?[\w-]+)"
                      r"\s+(?:get|gotten|got|win|won)\s+"
                      r"(?:either(?:\s+one)?|both|anything|any\s+of\s+(?:it|them|those|these)|all\s+of\s+(?:it|them)"
                      r"|(?:either|any|both|all)\s+of\s+(?:his|her|their|my|our|your|the)\s+(?:[\w-]+\s+){0,4}?[\w-]+"
                      # "did the 57 year old man get both epidurals?"
                      r"|both\s+(?:(?:his|her|their|my|the)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+s)"
                      # "did he get either back?", "did she get both through?"
                      r"(?:\s+(?:back|through|covered|paid\s+for))?"
                      # ... "did she get anything at all?", "did he get any of it in the end?"
                      r"(?:\s+(?:at\s+all|in\s+the\s+end|after\s+all|eventually|from\s+IMR|at\s+IMR))?"
                      r"\s*(?:[?.!,;]|$)", re.IGNORECASE)


def got_any(text: str) -> Decision | None:
    """The approval asked by "did she get either?" (_GOT_ANY), else None."""
    return "Overturned" if _GOT_ANY.search(text) else None


def names_both(text: str) -> bool:
    """Whether `text` names IMR's both outcomes ("approved vs denied", "the approval ... the denials",
    "some approved and others not")."""
    return len({o.decision for o in read_outcomes(text).found if o.role != "ur"}) == 2 or bool(_SOME_NOT.search(text))


# what IMR usually decides, of a kind: "Celebrex-type pills - does IMR usually approve them?", "acupuncture -
# does IMR usualy overturn the UR denial?" (the adverb typed with one l too), "what does IMR usually decide?"
_USUAL = re.compile(rf"\b(?:usual+y|typical+y|general+y|normal+y|mostly|often|tend\s+to)\s+(?:get\s+|gets\s+|be\s+|been\s+)?"
                    rf"(?:{_DENY}|{_APPROVE}|decide[sd]?"
                    # ... the rest of a request UR cut: "does IMR usually give back the rest?"
                    rf"|give\s+back|restore[sd]?|reinstate[sd]?)\b", re.IGNORECASE)


# "shoulder MRIs - none approved?", "were none of them denied?": a closing question whether none had
# the outcome asks whether any had it ("- any approved?"), and is answered so ("None of the 3 ... was approved")
_NONE_ASKED = re.compile(r"(?P<before>^|\s[-\u2013\u2014:]\s*|[.;:?!]\s+|\b(?:were|was|are|is)\s+)none(?=(?:\s+of\s+(?:them|these|those|it))?\s+"
                         r"(?:got\s+|get\s+|been\s+)?(?:approved|denied|upheld|overturned|authori[sz]ed|certified|"
                         r"turned\s+down|rejected|refused)\s*\?\s*$)", re.IGNORECASE)


def none_as_any(text: str) -> str:
    """`text` with a closing "none <outcome>?" asked as "any <outcome>?" (`_NONE_ASKED`)."""
    return _NONE_ASKED.sub(lambda m: m.group("before") + ("Any" if m.group(0)[len(m.group("before"))].isupper() else "any"),
                           text)


def asks_usual(text: str) -> bool:
    """Whether `text` asks which outcome IMR usually gives (_USUAL)."""
    return bool(_USUAL.search(text))


def usual_asked(text: str) -> str | None:
    """The outcome `text` asks is the usual one ("do reviewers usually turn down PT?": "Upheld", "is neck PT usually
    approved?": "Overturned"); None when it asks of no usual outcome."""
    if not (m := _USUAL.search(text)) or names_both(text):
        return None  # ("usually get upheld or overturned?": which, no yes or no)
    said = m.group(0)
    if re.search(_APPROVE, said, re.IGNORECASE):
        return "Overturned"
    return "Upheld" if re.search(_DENY, said, re.IGNORECASE) else None


def asks_ever(text: str) -> bool:
    """Whether `text` asks whether an outcome ever (or always) happens across letters (EVER)."""
    return bool(_EVER.search(text))


# a plural noun before a relative clause, not a verb or pronoun ending in s ("does IMR ever approve")
_NOUN = r"(?!(?:does|goes|was|is|has|says|this|his|hers|its|yes|us|thus|always|sometimes|perhaps|whereas)\b)"
_WANTED = re.compile(
    r"\b(?:only|just)\s+(?:the\s+)?(?:ones?\s+)?(?:that\s+were\s+)?(?P<w1>\w+)"
    r"|\b(?:list|show|find)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:of\s+the\s+)?(?P<w2>\w+)"
    # ... "give" asked of the service, opening the clause ("give me the denials", "please give me ..."), not
    # told of a doctor or an insurer in the story ("doctor give me two cream", "they give him the pills")
    r"|(?:^|[.;:?!,]\s*|\s[-\u2013\u2014]\s*|\b(?:please|pls|plz|you|just|now|then|and)\s+)give\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:of\s+the\s+)?(?P<w2g>\w+)"
    r"|\b(?:which|what)\b(?:\s+[\w/,'’-]+){0,8}?\s+(?:(?:were|was|got|have\s+been|has\s+been|are|is)(?:n't)?|did\s+(?:IMR|the\s+reviewers?|reviewers?)"
    r"(?:\s+not|n't)?)\s+(?:not\s+|n't\s+|never\s+)?(?P<w3>\w+)"
    r"|\b(?:which|what)\b(?:\s+[\w/,'-]+){0,8}?\s+did\s+(?:[\w'-]+\s+){0,5}?(?:get|have)\s+(?:not\s+)?(?P<w4>\w+)"
    r"|\b(?:in\s+)?which\s+(?:cases?|letters?|patients?|requests?)\b"
    # ... or the asker's own: "which of my files had a cervical MRI overturned?", "which of our claims"
    r"|\b(?:in\s+)?which\s+(?:of\s+(?:my|our)\s+)?(?:files?|claims?|claimants?|clients?)\b"
    # ... typed telegraphically, without the auxiliary: "which mri requests not denied", "which ct scans imr
    # not uphold"
    r"|\b(?:which|what)\b(?:\s+[\w/,'’-]+){0,8}?\s+(?:not|never)\s+(?P<w19>\w+)"
    # "was the baclofen denied for anyone?": the outcome word before whom it is asked of
    r"|\b(?P<w40>\w+)\s+(?:for|to)\s+any(?:one|body)\b(?=[^.;:?!]*(?:\?|$))"
    r"|\b(?:were|was|are|is|did|has|have)\s+(?:there\s+)?any\b|(?:^|[.;:?!]\s+|\s-\s+)any(?:one|body)?\b(?!\s+luck\b)(?=[^.;:?!]*(?:\?|$))|\bany\s+(?:of\s+(?:the|them)\s+)?\w+(?:\s+\w+){0,3}\s+(?:were|was|got)\b"
    # "did the family practice reviewers approve anything?"
    r"|\b(?P<w9>\w+)\s+anything\b"
    # ... or "anything" opening a clause told apart: "the 54 yo woman with the MRIs - anything approved?"
    rf"|{ANYTHING_BARE}"
    # everything with an outcome, opening the question: "everything denied for women in their 20s",
    # "all the requests approved for men over 50"
    r"|(?:^|[.;:?!]\s+|\s-\s+)\s*(?:everything|all\s+(?:the\s+)?(?:requests|items|treatments|things))\s+"
    r"(?:that\s+(?:was|were|got)\s+|(?:IMR|they)\s+)?(?P<w27>\w+)"
    # a relative clause that selects: "acupuncture denials that IMR reversed", "the requests the
    # reviewers approved", "the MRIs that were overturned"
    r"|\b(?:denials|requests|ones|cases|items|treatments|letters|decisions|appeals|non-?certs|" + _NOUN + r"[\w/-]*s)\s+(?:that\s+|which\s+)?"
    r"(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?)\s+(?:has\s+|have\s+|had\s+)?(?:later\s+|ever\s+|then\s+)?(?P<w10>\w+)"
    r"|\b(?:denials|requests|ones|cases|items|treatments|letters|decisions|appeals|" + _NOUN + r"[\w/-]*s)\s+(?:that|which)\s+"
    r"(?:were|got|have\s+been|had\s+been)\s+(?:later\s+|then\s+)?(?P<w11>\w+)"
    # whether it ever happened, across letters (EVER)
    + EVER,
    re.IGNORECASE,
)
# approving, in any of the words a question may use ("approved", "okayed", "OK'd", "signed off")
_APPROVING = r"(?:approv|authori[sz]|certif|overturn|cover|okay|OK'?d\b|sign(?:ed)?\s+off|green[- ]lit|medically\s+necessary)"
_PATTERN = re.compile(
    # "before they approve", "before they'll approve one", "before it will approve acupuncture"
    rf"\b(?:before|prior\s+to)\s+(?:(?:they|IMR|reviewers?|it)(?:['’]ll|['’]d|\s+(?:will|would|can|could))?\s+)?{_APPROVING}\w*"
    # ... with what is to be approved between: "how do I get a home health aide approved?"
    r"|\bhow\s+(?:can|could|do|does|would|should)\s+(?:I|we|you|one|a|an|the|my)\b.*\b(?:get|be|getting)\s+"
    rf"(?:it\s+|them\s+|(?:(?!(?:and|but|or|was|were|is|why)\b)[\w/'’-]+\s+){{1,6}}?)?{_APPROVING}\w*"
    r"|\bwhat\s+(?:do|does|would|will)\s+(?:the\s+)?(?:IMR\s+)?reviewers?\s+(?:want|look|need|require|expect)"
    # ... "what are reviewers looking for", "what is IMR looking for"
    r"|\bwhat\s+(?:are|is)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewers?|IMR)\s+(?:looking\s+for|wanting|expecting)"
    # "what does IMR need to see to approve more PT?", "what do they want to see to approve it?"
    rf"|\bwhat\s+(?:do|does|would|will)\s+(?:IMR|they|the\s+(?:IMR\s+)?reviewers?|reviewers?)\s+(?:need|want|have|expect)\s+to\s+"
    rf"(?:see|read|find|have)\s+(?:\w+\s+){{0,3}}?(?:to|before|for\s+(?:them|it|IMR)\s+to)\s+(?:\w+\s+)?{_APPROVING}\w*"
    rf"|\bwhat\s+(?:documentation|evidence|records?|findings?)\b.*\b{_APPROVING}\w*"
    rf"|\bwhen\s+(?:is|are|do|does)\b.*\b{_APPROVING}\w*"
    rf"|\b(?:to\s+get|getting)\s+(?:[\w/-]+\s+){{0,5}}{_APPROVING}\w*"
    # "what do I need in my PR-2 to get acupuncture through IMR?": through the review, approved
    r"|\b(?:to\s+get|getting)\s+(?:[\w/-]+\s+){1,5}?through\s+(?:at\s+)?(?:IMR|independent|(?:the\s+)?(?:IMR\s+)?(?:appeal|review))\b"
    # "my last two chiro appeals failed - what should I document next time?": what the provider must show
    # ("what would a doctor need to document to get ... approved?": any doctor, any provider)
    r"|\bwhat\s+(?:should|must|do|would)\s+(?:I|we|he|she|(?:my|the|a|an|your)\s+(?:treating\s+|primary\s+)?"
    r"(?:doctor|physician|provider|surgeon|PTP)|doctors|physicians|providers)\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"(?:document|include|put|write|show)\b"
    # what it takes, of a kind: "what would it take for IMR to approve one?", "what would make IMR approve
    # one?", "could one get approved, and what would it need?", "what got the approved ones through IMR?"
    r"|\bwhat\s+(?:would|will|does|do)\s+it\s+(?:take|need|require)\b"
    rf"|\bwhat\s+(?:would|will|could|might|does|do)\s+(?:make|get|convince)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|them)"
    rf"\s+(?:to\s+)?{_APPROVING}\w*"
    # ... of one request, in the future: "what would get it approved?", "what would make the EMG approvable?"
    # (the item may be named at length, as a follow-up's "it" is: "the MRI of the right shoulder ... in case CM17-...")
    rf"|\bwhat\s+(?:would|could|might|will)\s+(?:make|get)\s+(?:it|them|this|that|(?:the|his|her|my|their)\s+"
    rf"(?:[\w/'’(),.#%-]+\s+){{0,16}}?[\w/'’().#%-]+)\s+(?:be\s+)?{_APPROVING}\w*"
    # ... and in the present or the past, of a kind: "acupuncture - what gets it approved at IMR?", "NSAIDs -
    # what makes IMR approve them?", "what made reviewers overturn one?" (not one patient's: "what got her MRI approved?")
    rf"|\bwhat\s+(?:makes|made|gets|got)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|reviewers?|them|it|one|these|those)\s+"
    rf"(?:to\s+)?(?:be\s+|get\s+)?{_APPROVING}\w*"
    r"|\bwhat\s+(?:got|gets|get)\s+(?:[\w/-]+\s+){0,4}?through\b"
    # ... of a kind said with its indefinite article: "what gets a TENS unit approved at IMR?" (any TENS
    # unit; not "what got her MRI approved?")
    rf"|\bwhat\s+(?:makes|made|gets|got)\s+an?\s+(?:[\w/'’-]+\s+){{1,4}}?(?:be\s+|get\s+)?{_APPROVING}\w*"
    # ... or bare, a kind with no article nor owner: "what gets acupuncture approved at IMR?", "what gets PT approved?"
    rf"|\bwhat\s+(?:makes|gets)\s+(?!(?:the|his|her|hers|my|their|our|your|this|that|it|them|him|me|us|he|she|I|they|you|"
    rf"these|those|one|IMR|reviewers?)\b)(?:[\w/'’-]+\s+){{1,4}}?(?:be\s+|get\s+)?{_APPROVING}\w*"
    # ... and what would have done it, of one request: "my pt's MRI got non-certed, what would've made it
    # approvable?", "what could have gotten them approved?"
    rf"|\bwhat\s+(?:would|could|might)(?:['’]ve|\s+have)?\s+(?:make|made|get|got|gotten)\s+(?:it|them|this|that)\s+"
    rf"(?:be\s+)?{_APPROVING}\w*",
    re.IGNORECASE,
)


class Outcome(msgspec.Struct, frozen=True, kw_only=True):
    """One outcome word: as typed, the decision it names (negation applied), and its role."""

    words: str
    decision: Decision
    role: Role


class Outcomes(msgspec.Struct, frozen=True, kw_only=True):
    found: tuple[Outcome, ...] = ()
    premise: Decision | None = None  # the IMR decision the user presumes
    wanted: Decision | None = None  # the outcome the user selects plainly (a filter)
    asked: bool = False  # the user asks what IMR decided
    pattern: Decision | None = None  # a pattern question about reaching this outcome
    why: bool = False  # the user asks for the reasons
    notes: tuple[str, ...] = ()


# the other outcome asked by a negation standing for the outcome word: "what was approved and what
# wasn't?", "which ones got denied and which didn't"
_ELLIPSIS = re.compile(r"\s*,?\s*(?:and|or|&|vs\.?|versus)\s+(?:what|which(?:\s+ones?)?|those|the\s+ones?)\s+"
                       r"(?P<neg>(?:was|were|is|are|did|got|has|have)(?:n['’]?t|\s+not)|not)\s*(?=[?.!,;]|$)", re.IGNORECASE)
_HABIT = re.compile(r"\b(?:never|always|usually|typically|generally|normally|often)\s+$", re.IGNORECASE)
OTHER: dict[str, Decision] = {"Upheld": "Overturned", "Overturned": "Upheld"}  # each decision's opposite


def _decision(match: re.Match[str], negated: bool) -> Decision:
    deny = match.group("deny") is not None
    if negated:
        deny = not deny
    return "Upheld" if deny else "Overturned"


# "upheld" read by the asker as an approval: "IMR upheld that - which means it's approved now, right?",
# "upheld means approved, so I get the refills now?", "IMR upheld the home aide, so the whole 12 hours
# got approved?": the word stands for the approval they take it for, so the answer's yes or no corrects it
# (not "IMR upheld UR's denial, so was anything approved?" nor "upheld, so nothing was approved?": read right)
_NO_NEGATION = r"(?:(?!\b(?:not|no|nothing|never|none|neither|nor|denied|denial)\b|n['’]t\b)[^?.;])"
UPHELD_AS_APPROVAL = re.compile(
    r"\buph[eo]ld\w*\b(?!\s+(?:the\s+|their\s+|its\s+)?(?:UR\b|utilization|denials?|insurer|carrier|adjuster|non-?cert))"
    rf"(?={_NO_NEGATION}{{0,80}}?\b(?:so|which|that|means?|meaning)\b{_NO_NEGATION}{{0,60}}?"
    r"\b(?:approv\w*|authori[sz]\w*|okay\w*|covered|good\s+news)\b)", re.IGNORECASE)


def read_outcomes(text: str) -> Outcomes:
    """Every outcome word of `text` in its role, and what they add up to."""
    masked = _NOT_OUTCOME.sub(lambda m: " " * len(m.group(0)), text)
    why = bool(_WHY.search(masked))
    # "X wasn't denied, was it?", "IMR approved it, right?": the statement is a premise to check
    tag = TAG_QUESTION.search(masked) or ANSWERED.search(masked) or CONFIRMED_THEN_TOLD.search(masked)
    asked = bool(_ASK.search(masked) or tag)
    pattern_match = _PATTERN.search(masked)
    wanted_match = _WANTED.search(masked)
    found: list[Outcome] = []
    for m in _words(masked):
        before, after = masked[max(0, m.start() - 60) : m.start()], masked[m.end() : m.end() + 40]
        clause = masked[: m.start()]
        clause = clause[max(clause.rfind("."), clause.rfind("?"), clause.rfind("!"), clause.rfind(";")) + 1 :]
        # "why wasn't the cold therapy unit after the shoulder surgery approved?": the negation
        # opens the question, any number of words before its outcome word
        negated = (bool(_NEGATION.search(before)) or (bool(_WHY_NOT.search(clause)) and not WORD.search(clause))
                   or _negative_subject(clause)
                   ) and not _negative_question(clause, m.group(0))
        decision = _decision(m, negated)
        if decision == "Upheld" and not negated and UPHELD_AS_APPROVAL.match(masked, m.start()):
            decision = "Overturned"  # the approval the asker takes "upheld" for, to be checked
        if _ASKER_RE.fullmatch(m.group(0)):  # the asker's side taken: UR's when the asker denied
            if _ASKER_DENIED.search(masked):
                decision = OTHER[decision]
            elif re.search(r"\bus\b", m.group(0), re.IGNORECASE) and not _ASKER_ASKED.search(masked):
                continue  # "did IMR back us up?", no side told: the adjuster says it too
        near = _NEGATION.search(before)
        words = (before[near.start():] if near else "not " if negated else "") + m.group(0)
        statement = bool(tag) and m.start() < tag.start()
        ur_before = _UR_BEFORE.search(before) or (_UR_BEFORE_TOLD.search(before) if _TOLD_STATEMENT.match(masked, m.end())
                                                  else None)
        if (ur_before and not _IMR.search(before[-30:]) and not _ASKING_THEY.search(before)
                and not _OF_UR_DECISION.search(before)  # "was UR's denial upheld?": IMR upheld it
                and not (decision == "Overturned" and _THEY_ONLY.match(ur_before.group(0)) and not _PART.match(after))
                # ... and so is a denial by the same "they" in the sentence that tells that approval: "they denied
                # the MRI but approved the needles, right?" (both IMR's)
                and not (decision == "Upheld" and _THEY_ONLY.match(ur_before.group(0))
                         and _THEY_APPROVED_TOO.match(masked, m.end()))
                # "is it true they never approve pillows?", "they always deny MRIs": a habit of the
                # reviewers', no decision in a story
                and not (_THEY_ONLY.match(ur_before.group(0)) and _HABIT.search(before))
                # "they denied the MRI, right?": the one outcome of a statement to confirm, no one named, is IMR's
                # (not "they denied the MRI, right? did IMR agree?", whose "they" is UR)
                and not (decision == "Upheld" and statement and _THEY_ONLY.match(ur_before.group(0))
                         and len(list(_words(masked))) == 1)
            ) or _UR_AFTER.search(after) or any(a.end() == m.end() for a in _ASKER_DENIED.finditer(masked)) or (
                _DENIAL_NOUN.fullmatch(m.group(0)) and (_other_word(masked, m) or _DECIDES_DENIAL.search(before))):
            role: Role = "ur"  # "was the denial overturned": the denial is UR's
        elif pattern_match and m.start() >= pattern_match.start() - 40:
            role = "pattern"
        elif statement and not (wanted_match and _in_wanted(wanted_match, m)):
            role = "premise"
        elif wanted_match and _in_wanted(wanted_match, m) and (not why or _selects_then_why(masked, wanted_match)):
            role = "wanted"
        elif why:
            role = "premise"
        elif asked:
            role = "asked"
        else:
            role = "premise"
        found.append(Outcome(words=" ".join(words.split()), decision=decision, role=role))
        if ellipsis := _ELLIPSIS.match(masked, m.end()):  # "... and what wasn't?": the other outcome too
            found.append(Outcome(words=ellipsis.group("neg"), decision=OTHER[decision], role=role))
    found = _both_ways(found, why)
    notes = [note(o) for o in found]
    pick = {role: next((o.decision for o in found if o.role == role), None) for role in ("premise", "wanted", "pattern")}
    if pattern_match:  # "how can a denied X get approved": what it takes to reach approval
        pick["pattern"] = "Upheld" if all(o.decision == "Upheld" for o in found if o.role == "pattern") and any(
            o.role == "pattern" for o in found) else "Overturned"
    if pick["wanted"] and pick["premise"] and pick["wanted"] != pick["premise"]:
        pick["premise"] = None
    # "they approved her PT, why not the acupuncture?": the thing contrasted is taken to have the other outcome
    if (pick["premise"] and (bare := _WHY_NOT_BARE.search(masked))
            and not any(m.start() > bare.start() for m in WORD.finditer(masked))):
        pick["premise"] = "Upheld" if pick["premise"] == "Overturned" else "Overturned"
        notes.append(f"'why not' read as your premise that IMR {'denied' if pick['premise'] == 'Upheld' else 'approved'} "
                     f"the thing asked (the other outcome than the one told before it)")
    return Outcomes(found=tuple(found), premise=pick["premise"], wanted=pick["wanted"],
                    asked=asked or any(o.role == "asked" for o in found), pattern=pick["pattern"], why=why,
                    notes=tuple(notes))


# the reasons asked after a selection, as its own clause: "which scans did IMR overturn, and why?",
# "which PT requests were approved - and why?": the items selected, then their reasons
# (a bare "and why?": not "... and why were the rest denied?", a clause of its own outcome)
_AND_WHY = re.compile(r"(?:,|\s[-–—])?\s*\b(?:and|&)\s+why(?:\s+not)?\s*[?.!]?\s*$", re.IGNORECASE)


def _selects_then_why(text: str, wanted: re.Match[str]) -> bool:
    """Whether the question's only why is a closing "and why?" after the selection phrase."""
    tail = _AND_WHY.search(text)
    return bool(tail) and wanted.end() <= tail.start() and not _WHY.search(text[: tail.start()])


def _both_ways(found: list[Outcome], why: bool) -> list[Outcome]:
    """"Which of his requests were approved and which were denied?", "approved or denied?": both
    outcomes in one role ask what was decided, item by item; neither is presumed nor selected.
    (A why-question may presume one per item: "why was the PT denied when the acupuncture was
    approved?")"""
    out = list(found)
    for role in ("premise", "wanted"):
        if role == "premise" and why:
            continue
        if len({o.decision for o in out if o.role == role}) == 2:
            out = [msgspec.structs.replace(o, role="asked") if o.role == role else o for o in out]
    return out


_DENIAL_NOUN = re.compile(r"denials?|non-?\s?certifications?|non-?\s?certs?", re.IGNORECASE)
_SURVIVES = re.compile(rf"\b(?P<deny>{_SURVIVAL})", re.IGNORECASE)
# the denial a verb of _SURVIVAL is said of, its subject a few words before it: "UR's denial", "the denial
# of the lumbar MRI", "the adjuster's decision", "the non-cert on her PT"
_DENIAL_SUBJECT = re.compile(r"\b(?:(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)(?:'s|’s)?\s+"
                             # ... or its cut of a request ("did UR's cut stand at IMR?")
                             r"(?:decision|determination|cut|modification|reduction)s?"
                             # ... or its "no": "did UR's no stand?", "did the adjuster's no hold up?"
                             r"|(?:UR|utili[sz]ation\s+review|adjuster|carrier|insurer)(?:'s|’s)\s+no"
                             r"|denials?|non-?\s?certifications?|non-?\s?certs?)"
                             # (no clause of its own between: "the denial says she can't stand")
                             r"(?:\s+(?!(?:he|she|they|I|you|we|who|that|which|can|could|can't|couldn't|cannot)\b)[\w'’/-]+){0,8}?\s*$",
                             re.IGNORECASE)


# ... or told before and then named by a pronoun: "UR denied the neck CT for the 24 yo. did that hold
# up?", "UR turned down her naproxen. did it stick at IMR?" (a denial word before it)
_DENIAL_TOLD = re.compile(r"\b(?:did|does|will|would|has|had|could)\s+(?:that|this|it)\s+(?:really\s+|ever\s+|still\s+)?$",
                          re.IGNORECASE)


def _words(text: str) -> list[re.Match[str]]:
    """The outcome words of `text` in order: WORD's, and a verb of _SURVIVAL said of a denial."""
    found = list(WORD.finditer(text))
    survives = [m for m in _SURVIVES.finditer(text)
                if (_DENIAL_SUBJECT.search(text, 0, m.start())
                    or (_DENIAL_TOLD.search(text, 0, m.start())
                        and any(w.group("deny") and w.end() <= m.start() for w in found)))
                and not any(w.start() < m.end() and m.start() < w.end() for w in found)]
    return sorted(found + survives, key=lambda m: m.start())
# UR's decision as the subject of the outcome word: "was UR's denial upheld?", "the adjuster's
# decision got overturned?" (what IMR did to it, not what UR did)
_OF_UR_DECISION = re.compile(r"\b(?:denials?|decisions?|determinations?|non-?\s?certifications?|cuts?|modifications?|reductions?"
                             r"|(?<=['’]s\s)no)\s+(?:(?:was|were|is|are|be|been|"
                             r"being|has|have|had|got|get|ever|later|then|finally|eventually|actually)\s+)*$", re.IGNORECASE)
# "ever overturned a denial of Norco", "upheld the non-certification": the denial IMR decided on is UR's
# ... and "reverses our UR denials", "overturned a UR denial", "upheld the adjuster's denial": the
# denial is named as UR's, whatever IMR word comes before it
_DECIDES_DENIAL = re.compile(r"\b(?:(?:overturn|revers|overrul|uph[oe]ld|affirm|sustain)\w*|" + _SET_ASIDE + r")\s+(?:(?:a|an|the|that|this|its|our|their|his|"
                             r"her|my|UR's)\s+)?(?:(?:UR|utili[sz]ation\s+review|adjuster's|carrier's|insurer's)\s+)?"
                             # ... the thing denied between: "overturn the 61 yo woman's hip MRI denial"
                             r"(?:(?!(?:and|but|or|then|why|was|were|did)\b)[\w'’/.-]+\s+){0,8}$",
                             re.IGNORECASE)


def _other_word(text: str, word: re.Match[str]) -> bool:
    """Whether another outcome word of the other kind comes after `word` ("the denial ... upheld")."""
    return any(m.start() > word.start() for m in _words(text) if m.group(0) != word.group(0))


def _in_wanted(wanted: re.Match[str], word: re.Match[str]) -> bool:
    """Whether the outcome word is the one a selection phrase ("which ... were overturned",
    "only the denials", "any ... not approved") selects by."""
    for name in wanted.re.groupindex:  # every outcome word a selection phrase names (w1, w2, ...)
        if wanted.group(name) and wanted.start(name) == word.start():
            return True
    return wanted.start() <= word.start() <= wanted.end() + 40


def note(o: Outcome) -> str:
    """How an outcome word was read, for the user."""
    return f"outcome: '{o.words}' read as {_gloss(o)}"


def _gloss(o: Outcome) -> str:
    plain = "denied (Upheld)" if o.decision == "Upheld" else "approved (Overturned)"
    return {
        "ur": "what utilization review did, not IMR's decision",
        "premise": f"your premise that IMR {plain.split()[0]} it (checked against the letter)",
        "asked": "a question about IMR's decision",
        "wanted": f"only {plain} items",
        "pattern": f"what it takes to be {plain.split()[0]}",
    }[o.role]
