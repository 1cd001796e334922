"""Whether the reviewer spoke of something: "did the reviewer mention the urine drug screen for the
40 yo woman's tramadol?", "for the 28 yo woman's lumbar MRI, did the reviewer say anything about
physical therapy?", "was the MRI report discussed?", "did they address the 8 prior sessions?".

`asked_mention` reads such a question into the topic, as typed, and the rest of the question (the item
it asks about: "the 40 yo woman's tramadol"), which is understood in its place, so that the topic names
no request to look for. `mentions` finds the rationale sentences that speak of the topic (its words,
light stems, the abbreviations and drug names of indexer.terms, and the treatment sets of
indexer.treatments: "UDS" is a urine drug screen, "PT" physical therapy), and `mention_sentence` opens
the item answer with the yes or no: 'Yes: the reviewer wrote "..." [1].' or 'No: the reviewer's
rationale for "Tramadol 50mg #60" does not mention the urine drug screen.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

import msgspec

from indexer.model import Item, Letter, Sentence
from indexer.sentences import sentence_spans
from indexer.taxonomy import find_regions
from indexer.terms import STOPWORDS, tokens, unexpanded_tokens
from indexer.treatments import BY_ID, find_treatments
from service.outcomes import WORD as OUTCOME_WORD
from service.story import was_on
from service.topic import GENERIC

I = re.IGNORECASE
MAX_QUOTED = 2  # sentences quoted for a yes

# who speaks: the reviewer, any reviewer, IMR, the letter, "they"
_WHO = (r"(?:the\s+|any\s+(?:of\s+the\s+)?|an?\s+)?(?:IMR\s+|independent\s+|expert\s+)?(?:reviewer|doctor|doc|physician|examiner|expert)s?"
        r"|IMR|MAXIMUS|they|(?:the|any(?:\s+of\s+the)?)\s+(?:IMR\s+)?(?:letter|decision|rationale|determination)s?")  # not "he" or "she": the patient
# how a reviewer speaks of a thing, the thing following
_VERB = (r"mention(?:ed)?(?:\s+any(?:thing)?\s+(?:about|on|regarding|of))?|say\s+(?:anything|something|a\s+(?:thing|word)|much)\s+(?:at\s+all\s+)?(?:about|on|regarding|of)"
         r"|talk\s+about|bring\s+up|discuss|address|note|comment\s+on|consider|look\s+at|take\s+into\s+(?:account|consideration)"
         r"|refer\s+to|go\s+over")
# the thing, up to the end of its clause or a phrase that tells the item ("... for the 40 yo woman's tramadol")
_TOPIC = r"(?P<topic>[^?.;,!]+?)"
_ITEM_AFTER = (r"(?=\s+(?:when|while|in|before|after|by)\s+\w+ing\b|\s+(?:for|regarding|concerning|re|when|while|as\s+part\s+of)\s+(?:the|his|her|their|my|our|this|that|"
               r"these|those|any|all|either|both|each|every|none|case|CM\d|cm\d|an?\s+\d)"
               # "in" tells the item only by a case, a letter or a group: not "the sensation in the L4 dermatome"
               r"|\s+in\s+(?:case|CM\d|cm\d|any|all|either|both|each|every|none|(?:the|his|her|their|my|this|that)\s+"
               r"(?:case|letter|decision|determination|review|IMR)\b)|\s*[?.;,!]|\s+[-\u2013\u2014]+\s|\s+(?:at\s+all|or\s+not|anywhere|in\s+(?:the\s+)?"
               r"(?:rationale|decision|letter|review))\b|\s*$)")
# what may follow the topic and belongs to the mention: "... at all?", "... in the rationale?"
_TAIL = (r"(?:\s+(?:at\s+all|anywhere|or\s+not|by\s+(?:the\s+)?(?:IMR|reviewer|doctor|physician)"
         r"|in\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:IMR\s+)?(?:rationale|decision|letter|review|determination)s?))*")
# ... the reviewer told by the case before the verb: "did the reviewer in the 62 yo lady's shoulder case mention x-rays?"
_ACTIVE = re.compile(rf"\b(?:did|does|do|has|have|had)(?:\s*n[o']?t)?\s+(?:{_WHO})"
                     r"(?:\s+(?P<whose>(?:in|on|for|of)\s+(?:the|his|her|their|my|our|this|that|case|CM\d)[^?.;!,]{1,60}?))?"
                     rf"\s+(?:ever\s+|even\s+|actually\s+|also\s+|specifically\s+)?"
                     rf"(?P<verb>{_VERB})\s+{_TOPIC}{_ITEM_AFTER}{_TAIL}", I)
# what the reviewer wanted done before the request: "did the reviewer want her to try PT before the shoulder MRI?",
# "did they want an x-ray first?", "did IMR expect him to do more PT before the surgery?" (what the rationale says of
# the PT, of the item after "before"; a treatment only: "try something else first" is a reason asked, service.reason_asked)
_WANTED = re.compile(rf"\b(?:did|does|do|would|was|were)(?:\s*n[o']?t)?\s+(?:{_WHO})\s+(?:really\s+|just\s+|also\s+)?"
                     r"(?:want(?:ed)?|expect(?:ed)?|require[ds]?|need(?:ed)?|ask\s+for|wanting|expecting|requiring)\s+"
                     r"(?:(?:him|her|them|me|us|the\s+(?:patient|claimant|applicant|worker)|(?:my|his|her|their)\s+\w+)\s+to\s+"
                     r"(?:try|do|have|get|undergo|complete|finish|use|see|attend|go\s+(?:to|through))\s+|to\s+see\s+)?"
                     r"(?:(?:more|some|further|additional|another|other|a\s+trial\s+of|a\s+course\s+of)\s+)?"
                     # ... "first" as "beforehand", not the ordinal of "after the first six (sessions)"
                     rf"{_TOPIC}\s+(?:(?<!\bthe\s)first\b|before(?:hand)?\b|prior\s+to\b|ahead\s+of\b)(?:\s*,?\s*(?:for|of|on)\b)?", I)
# weaning, tapering and discontinuing a drug are one idea of the reviewers' ("... regarding the most appropriate method
# for weaning and terminating opioids", '"Tapering Opioids"'): asked by any of its words, found by any of them
_ONE_IDEA = re.compile(r"\b(?:wean\w*|taper\w*|discontinu\w*)", I)
WEANING = "weaning or tapering"  # the topic, as said back
# "did the reviewer want her weaned?", "did they say to taper?", "did IMR recommend tapering the norco?", "did the doc
# tell him to wean off the tramadol?"
_WEAN = re.compile(rf"\b(?:did|does|do|would|was|were)(?:\s*n[o']?t)?\s+(?:{_WHO})\s+(?:really\s+|also\s+|even\s+|actually\s+|ever\s+)?"
                   r"(?:want(?:ed)?|say|recommend|suggest|advise|tell|ask\s+for|ask|expect|require|need|call\s+for|order|think|"
                   r"feel|mention|talk\s+about)\s+(?:(?:that\s+)?(?:him|her|them|he|she|they|it|the\s+(?:patient|claimant|applicant|"
                   r"worker)|(?:my|his|her|their)\s+\w+)\s+)?(?:(?:to|should|must|needs?\s+to|be|get|start|begin)\s+)*"
                   r"(?:wean\w*|taper\w*|discontinu\w*)(?:\s+(?:it|them|her|him))?(?:\s+(?:off|down)(?:\s+of)?)?\b", I)
# "which reviewers mentioned yoga?", "which letters discuss a home exercise program?": asked of no one
_WHICH = re.compile(rf"^\W*(?:which|what)\s+(?:IMR\s+)?(?:reviewers?|letters?|decisions?|cases?|rationales?|determinations?)\s+"
                    rf"(?:ever\s+|even\s+|actually\s+|also\s+|specifically\s+)?(?P<verb>mentioned|mentions?|discuss(?:ed|es)?|"
                    rf"address(?:ed|es)?|talk(?:ed|s)?\s+about|brought\s+up|brings?\s+up|refer(?:red|s)?\s+to|commented\s+on)\s+"
                    rf"{_TOPIC}{_ITEM_AFTER}{_TAIL}", I)
# "did the reviewer address X, or deny both for lack of an MRI?": the question goes on with the same subject
_GOES_ON = re.compile(r"\s*,?\s*(?:or|and|but)\s+(?!(?:did|does|do|was|were|is|are|has|have|had|what|why|how|who|when|which)\b)(?=\w)", I)
# "did they take the 8 prior sessions into account?", "did IMR bring her weight up?"
_SPLIT = re.compile(rf"\b(?:did|does|do|has|have|had)(?:\s*n[o']?t)?\s+(?:{_WHO})\s+(?:ever\s+|even\s+|actually\s+|also\s+)?"
                    rf"(?:take|bring)\s+{_TOPIC}\s+(?:into\s+(?:account|consideration)|up)\b{_TAIL}", I)
# "was the MRI report discussed?", "were the 8 prior sessions even mentioned in the rationale?"
_PASSIVE = re.compile(rf"\b(?:was|were|is|are|has|have|had)(?:\s*n[o']?t)?\s+{_TOPIC}\s+(?:ever\s+|even\s+|actually\s+|also\s+)?"
                      r"(?:been\s+)?(?:mentioned|discussed|addressed|brought\s+up|taken\s+into\s+(?:account|consideration)"
                      rf"|commented\s+on|talked\s+about|referred\s+to|looked\s+at|gone\s+over)\b{_TAIL}", I)
# the patient's past care asked of beside a request: "the 29 yo woman's lumbar MRI - had she done PT before?",
# "did he try acupuncture first?", "has she had physical therapy?" (the letter's words on it are the answer)
_WHEN = r"(?:before(?:hand|\s+that|\s+this|\s+then)?|already|previously|first|yet|earlier|prior|in\s+the\s+past|ever)"
_HISTORY = re.compile(r"\b(?P<aux>had|has|have|did|was|were|is)(?:\s*n[o']?t)?\s+(?:she|he|they|I|the\s+(?:patient|claimant|applicant|worker)|"
                      r"(?:my|his|her)\s+(?:mom|mother|dad|father|husband|wife|son|daughter|client))\s+"
                      # care tried or gone through is the past by its verb ("did he try acupuncture?"); had, got, did,
                      # took or used only with a time ("had she done PT before?", "did he ever have an MRI"): "did she
                      # get the PT?" asks whether it was approved
                      r"(?:(?:ever\s+|already\s+|previously\s+|even\s+|actually\s+)?(?P<past>tried|try|undergone|undergo|completed|complete|"
                      r"finished|finish|been\s+(?:to|through|doing)|gone\s+(?:to|through)|go\s+(?:to|through))"
                      r"|(?P<adv>ever\s+|already\s+|previously\s+)?(?:done|do|had|have|gotten|got|get|taken|take|used|use|need|needed)"
                      # ... or what they were on: "was she taking NSAIDs?", "is he still on Norco?"
                      r"|(?:ever\s+|already\s+|still\s+|previously\s+|even\s+)?(?P<on>taking|on|using))\s+"
                      r"(?P<topic>(?:(?:any|some|the|a|an)\s+)?[^?.;,!]+?)"
                      r"(?:\s+(?P<when>" + _WHEN + r"))?(?=\s*[?.;,!\[]|\s*$)", I)  # ("[": the item a follow-up carried)
# what a study the patient had found: "did the x-rays show anything?", "what did her EMG reveal?", "were the x-rays
# normal?" (what the letter says of that study is the answer, as of past care above)
_SHOWED = re.compile(r"\b(?:(?:did|do|does|have|has|had)(?:\s*n[o']?t)?\s+(?P<topic>(?:the|his|her|their|my|any|those|these|that|this)\s+"
                     r"[^?.;,!\[]+?)\s+(?:ever\s+|even\s+|actually\s+)?(?:show|reveal|find|indicate|demonstrate)"
                     r"|(?:was|were)(?:\s*n[o']?t)?\s+(?P<topic2>(?:the|his|her|their|my|those|these|that|this)\s+[^?.;,!\[]+?)\s+"
                     r"(?:normal|abnormal|unremarkable|positive|negative|clear))\b[^?.;!\[]*", I)
# a finding of the patient's asked as the reviewer saw it: "did the 57 yo man have radiating symptoms according to the
# reviewer?", "per the reviewer, does she have radiculopathy?" (yes or no as the rationale says it, quoted)
_BY_WHOM = rf"(?:according\s+to|per|in\s+the\s+(?:view|opinion|eyes)\s+of|as\s+far\s+as)\s+(?:{_WHO})"
_FINDING = re.compile(rf"(?:(?P<lead>{_BY_WHOM})\s*,?\s*)?\b(?:did|does|do|has|had|have)(?:\s*n[o']?t)?\s+"
                      r"(?P<who>(?:she|he|they|I|(?:the|my|his|her|this|that)\s+[^?.;,!]{1,50}?))\s+"
                      r"(?:really\s+|actually\s+|even\s+|still\s+)?(?:have|has|had|show|exhibit|report|complain\s+of|get)\s+"
                      r"(?P<topic>(?:any\s+)?[^?.;,!]+?)"
                      rf"(?:\s*,?\s*(?P<tail>{_BY_WHOM}))?\s*(?=[?.;!]|$)", I)
# a finding quoted as absent: "There is no documentation of radicular complaints", "without radiating symptoms"
_NEGATED = re.compile(r"\b(?:no|not|none|without|lack\w*|absen\w*|negative|den(?:y|ies|ied)|fail\w*\s+to|"
                      r"never|neither|nor)\b|n't\b", I)
# the reviewers' own words for a finding asked in lay ones ("radiating" pain is "radicular")
_KIN = {"radiat": ("radicul", "sciatica"), "radicul": ("radiat", "sciatica"), "tingl": ("paresthe",),
        "numb": ("hypoesthe", "decreased sensation")}
# the words of a finding asked that only qualify it: "radiating symptoms" is looked for as "radiating", "a positive
# impingement test" as "impingement" (the rationale may say "radicular complaints", "negative impingement testing")
_QUALIFIERS = frozenset("symptom symptoms pain pains positive negative sign signs finding findings complaint complaints "
                        "problem problems issue issues test tests testing any some real true pinched damage compression "
                        "involvement".split())


# a finding asked plainly, in the words of a clinical finding, no reviewer named: "did she have numbness or weakness?",
# "does he have radiating pain?" (each part of it a finding: not "did she have the MRI?", a request or past care)
_CLINICAL_PART = re.compile(r"^(?:any\s+|some\s+|real\s+|true\s+)?(?:numb\w*|tingl\w*|weak\w*|radiat\w*|radicul\w*|sciatica|"
                            r"paresthe\w*|red\s+flags?|neuro\w*\s+(?:deficits?|findings?|signs?|symptoms?|problems?)|"
                            r"nerve\s+(?:damage|compression|involvement|problems?|pain|symptoms?)|pinched\s+nerves?|"
                            r"(?:loss\s+of|decreased|diminished)\s+(?:sensation|strength|reflexes))"
                            r"(?:\s+(?:pain|symptoms?|findings?|signs?|complaints?|(?:down|in|into)\s+(?:her|his|the|their|my|both)\s+\w+))*$", I)
_PLAIN_FINDING = re.compile(r"\b(?:did|does|do|has|had|have)(?:\s*n[o']?t)?\s+(?P<who>she|he|they|I|(?:the|my|his|her)\s+"
                            r"(?:patient|claimant|applicant|worker|mom|mother|dad|father|husband|wife|son|daughter|client))\s+"
                            r"(?:really\s+|actually\s+|even\s+|still\s+|ever\s+)?(?:have|has|had|show|report|complain\s+of|get)\s+"
                            r"(?P<topic>[^?.;!]+?)\s*(?=[?.;!]|$)", I)
# whether the patient was one for surgery, as the letter says it: "was she a candidate for surgery?", "was he a surgical
# candidate?", "did the reviewer think she needed surgery?"
_SURGERY = "surgery"
_CANDIDATE = re.compile(r"\b(?:(?:was|is|were|are)(?:\s*n[o']?t)?\s+(?:she|he|they|I|the\s+(?:patient|claimant|applicant|worker)|"
                        r"(?:my|his|her)\s+\w+)\s+(?:even\s+|really\s+|actually\s+|still\s+|ever\s+)?(?:an?\s+)?(?:good\s+|possible\s+|"
                        r"potential\s+|viable\s+)?(?:surgical\s+candidate|candidate\s+for\s+(?:an?\s+)?(?:surgery|operation|surgical\s+\w+))"
                        rf"|(?:did|does|do)(?:\s*n[o']?t)?\s+(?:{_WHO})\s+(?:really\s+|actually\s+)?(?:think|say|feel|believe|find)\s+"
                        r"(?:that\s+)?(?:she|he|they|the\s+(?:patient|claimant|worker))\s+(?:needed|needs|would\s+need|was\s+ready\s+for|"
                        r"should\s+(?:have|get))\s+(?:an?\s+)?(?:surgery|operation))\b", I)
# what the patient's pain came from, as the reviewer saw it: "did the reviewer think his pain was from the nerves?",
# "was her pain coming from a pinched nerve?" (the cause a finding of the rationale, yes or no, quoted)
_CAUSE = re.compile(rf"\b(?:(?:did|does|do)(?:\s*n[o']?t)?\s+(?:{_WHO})\s+(?:really\s+|actually\s+|even\s+)?(?:think|say|believe|"
                    r"feel|find|agree|decide|conclude|accept)\s+(?:that\s+)?|(?:was|is|were|are)(?:\s*n[o']?t)?\s+)"
                    r"(?:his|her|their|my|the\s+(?:patient|claimant|applicant|worker)'?s?)\s+(?:back\s+|neck\s+|leg\s+|arm\s+|low\s+back\s+)?"
                    r"(?:pain|symptoms?|problems?|numbness|tingling)\s+(?:(?:was|were|is|are)\s+)?(?:really\s+|actually\s+|all\s+)?"
                    r"(?:(?:coming|came|comes)\s+from|from|due\s+to|caused\s+by|because\s+of|related\s+to)\s+"
                    r"(?P<topic>[^?.;,!]+?)(?=\s*[?.;,!]|\s*$)", I)
# care tried before, asked as "what": "what meds had he tried?", "what treatment had she already had?" (the letter's
# words on that care, the case summary's list of it too: service.mentioned.mention_sentence)
_TRIED_WHAT = re.compile(r"\bwhat\s+(?:other\s+|else\s+|kinds?\s+of\s+|sorts?\s+of\s+)?(?P<topic>(?:pain\s+)?(?:meds|medications?|medicines?|"
                         r"drugs|pills|treatments?|therap(?:y|ies)|care|conservative\s+(?:care|treatments?|therapy))|"
                         r"(?:physical|chiropractic)\s+therapy)\s+(?:had|has|have|did|was|were)\s+(?:she|he|they|I|the\s+(?:patient|"
                         r"claimant|applicant|worker)|(?:my|his|her)\s+\w+)\s+(?:already\s+|previously\s+|ever\s+|even\s+)?"
                         r"(?:tried|try|had|have|taken|take|been\s+on|been\s+given|done|do|used|use|gotten|get|received|"
                         r"receive|undergone|been\s+through|on|taking|using)\b(?:\s+(?:before(?:hand)?|already|first|previously|"
                         r"so\s+far|prior|in\s+the\s+past))?", I)
# care in general, not a kind of it: what the letter says of the care tried, in its own words ("Treatment to date has
# included ...", "failed conservative treatment", "no documentation of failed muscle relaxant treatment")
_CARE = re.compile(r"^(?:(?:pain|conservative|prior|previous|other)\s+)?(?:treatments?|therap(?:y|ies)|care)$", I)
_CARE_IN_GENERAL = re.compile(r"^(?:(?:pain|conservative|prior|previous|other)\s+)?(?:treatments?|therap(?:y|ies)|care|meds|"
                              r"medications?|medicines?|drugs|pills)$", re.IGNORECASE)
_ALTERNATIVES = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", re.IGNORECASE)
_CARE_SAID = re.compile(r"\b(?:treatments?(?:\s+and\s+evaluation)?\s+(?:to\s+date|has|have|had|included|includes)|conservative|"
                        r"tried|failed|undergo(?:ne|ing)|completed|current\s+medications?|prior\s+(?:treatment|therapy|care))\b", I)
# the reviewers' words for a cause or a finding asked in lay words: pain "from the nerves" is radicular
_LAY = {"nerve": "radiculopathy", "nerves": "radiculopathy", "nerve-related": "radiculopathy", "neural": "radiculopathy"}


def finding_words(topic: str) -> str:
    """`topic` without the words that only qualify a finding ("radiating symptoms": "radiating"); the topic when
    nothing else is left."""
    kept = [_LAY.get(w.lower(), w) for w in topic.split() if w.lower() not in _QUALIFIERS]
    return " ".join(kept) if _words(" ".join(kept)) else topic


# a topic that says nothing to look for: "was it discussed?", "did they mention anything?"
# what the reviewer said of a thing, the item told apart: "the 62 yo woman's shoulder MRI - what did the reviewer say
# about x-rays?" (what was written of the x-rays in the MRI's rationale; no yes or no)
_WHAT_SAID = re.compile(rf"\bwhat\s+(?:did|does|do)\s+(?:{_WHO})\s+(?:say|write|note|think|find)\s+(?:about|of|on|regarding)\s+"
                        rf"{_TOPIC}{_ITEM_AFTER}{_TAIL}", I)
# the item told first, then what was said of another thing asked after a dash, a colon or a comma
_TOLD_FIRST = re.compile(r"(?:\s[-\u2013\u2014]+|[:,;])\s*$")
_NO_TOPIC = re.compile(r"^(?:it|that|this|them|those|these|anything|something|everything|much|any(?:thing)?\s+else|why|"
                       r"(?:the|my|his|her|their|our)\s+(?:reason|reasons|decision|request|case|appeal|claim|file|application|IMR))$", I)
# a relative clause closing a passive's topic: "was it a neuro who [looked at it]", someone who did it
_WHO_DID = re.compile(r"\s(?:who|that)$", I)
_WHO_ONLY = re.compile(r"\b(?:she|he|they|I|the|my|his|her|patient|claimant|applicant|worker)\b", I)
_EDGE = re.compile(r"^[\s,;:\-\u2013\u2014]+|[\s,;:\-\u2013\u2014]+$")
_LEAD_THE = re.compile(r"^(?:the|a|an|any|anything\s+about|about|that)\s+", I)
# what is left of the question where the mention was: "for the 28 yo woman's lumbar MRI,?" reads "... MRI?"
_LEFT = re.compile(r"[\s,;:\-\u2013\u2014]+(?:(?:and|or|but|also)\s*)?(?=[?.!]*$)|^[\s,;:\-\u2013\u2014?.!]+|^(?:and|or|but|also)\s+", I)


class Mention(msgspec.Struct, frozen=True, kw_only=True):
    """A question's "did the reviewer mention X?": X as typed, and the question without that clause."""

    topic: str  # "the urine drug screen", "her weight"
    rest: str  # "the 40 yo woman's tramadol?", or "" when nothing else is asked
    history: bool = False  # the patient's past care asked of ("had she done PT before?"), not what the reviewer said
    finding: bool = False  # a finding of the patient asked as the reviewer saw it ("did he have radiating symptoms per the reviewer?")


def asks_history(text: str) -> bool:
    """Whether `text` asks of the patient's past care ("did she have x-rays first?", "had she done PT before?"),
    with or without the request it is asked beside."""
    m = _HISTORY.search(text)
    if m and m.group("aux").lower() in ("was", "were", "is") and not m.group("on"):
        return False  # "was she approved ...", "is he getting the MRI?": an outcome or a plan, not past care
    return bool(m and (m.group("past") or m.group("adv") or m.group("when") or m.group("aux").lower() != "did")
                and (topic := _EDGE.sub("", m.group("topic"))) and _sets(topic) and _words(topic)
                and not OUTCOME_WORD.search(topic))


def result_asked(text: str) -> set[str]:
    """The treatment sets of a study whose result `text` asks ("did the x-rays show anything?"), or none."""
    m = _SHOWED.search(text)
    topic = _EDGE.sub("", (m.group("topic") or m.group("topic2"))) if m else ""
    return _sets(topic) if topic and _words(topic) and not OUTCOME_WORD.search(topic) else set()


def asked_mention(text: str) -> Mention | None:
    """The mention `text` asks about, or None: "did the reviewer approve it?" and "what did the reviewer say?"
    ask none."""
    for rx in (_SPLIT, _ACTIVE, _PASSIVE, _WHICH):
        m = rx.search(text)
        if not m:
            continue
        topic = _EDGE.sub("", m.group("topic"))
        if not topic or _NO_TOPIC.match(topic) or not _words(topic):
            continue
        if rx is _PASSIVE and _WHO_DID.search(topic):
            continue  # "was it a neuro who looked at it?": who did the looking, asked (service.compose.facts)
        if rx is _ACTIVE and (on := _GOES_ON.match(text, m.end())):
            rest = f"{text[:m.start('verb')]}{text[on.end():]}"  # "..., did the IMR reviewer deny both ...?"
        else:
            rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip())
            if whose := m.groupdict().get("whose"):  # (the case the reviewer was told by is the one asked of)
                rest = _LEFT.sub("", f"{whose} {rest}".strip())
        return Mention(topic=topic, rest=rest if re.search(r"[A-Za-z0-9]", rest) else "")
    if (m := _FINDING.search(text)) and (m.group("lead") or m.group("tail")) and (
            topic := _EDGE.sub("", re.sub(r"^any\s+", "", m.group("topic"), flags=I))) and _words(topic) and not _sets(topic):
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {m.group('who')} {text[m.end():].lstrip()}".strip())
        return Mention(topic=topic, rest=rest if re.search(r"[A-Za-z0-9]", rest) else "", finding=True)
    if (m := _PLAIN_FINDING.search(text)) and (topic := _EDGE.sub("", m.group("topic"))) and all(
            _CLINICAL_PART.match(part) for part in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", topic) if part):
        # "did she have numbness or weakness?": a finding of the patient's by its clinical words, no reviewer named
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {m.group('who')} {text[m.end():].lstrip()}".strip())
        return Mention(topic=topic, rest=rest if re.search(r"[A-Za-z0-9]", _WHO_ONLY.sub("", rest)) else "", finding=True)
    for rx in (_CANDIDATE, _CAUSE):
        if (m := rx.search(text)) and (topic := _SURGERY if rx is _CANDIDATE else _EDGE.sub("", m.group("topic"))) and _words(
                finding_words(topic)):
            # "was she a candidate for surgery?", "did the reviewer think his pain was from the nerves?"
            rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip())
            return Mention(topic=topic, rest=rest if re.search(r"[A-Za-z0-9]", rest) else "", finding=True)
    if m := _TRIED_WHAT.search(text):
        # "the 57 yo man's epidurals - what meds had he tried?": the letter's words on that care, no request for meds
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip())
        return Mention(topic=m.group("topic"), rest=rest if re.search(r"[A-Za-z0-9]", rest) else "", history=True)
    if (m := _WHAT_SAID.search(text)) and (topic := _EDGE.sub("", m.group("topic"))) and not _NO_TOPIC.match(topic) \
            and _words(topic):
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip())
        # ... of an item told apart from it: a treatment named besides, and the topic no treatment of its kind ("what did
        # the reviewer say about the PT?" of the PT is its usual answer)
        told = text[:m.start()]
        # ... the item told first, before a dash, a colon or a comma, and the thing no part of it counted ("what did IMR
        # say about the last 2?" asks of the item's remainder) nor another of its kind
        if (find_treatments(told) and _TOLD_FIRST.search(told) and not re.search(r"\d", topic)
                and (not _sets(topic) or _sets(topic) - _sets(told))):
            return Mention(topic=topic, rest=rest, history=True)
    if m := _WEAN.search(text):
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip())
        return Mention(topic=WEANING, rest=rest if re.search(r"[A-Za-z0-9]", rest) else "")
    if (m := _WANTED.search(text)) and (topic := _EDGE.sub("", m.group("topic"))) and _sets(topic) and _words(topic):
        after = text[m.end():].lstrip()
        if (parts := [w for _r, w in find_regions(topic)]) and find_treatments(after) and not find_regions(after):
            # "did the reviewer want a plain x-ray of her neck before the MRI?": the MRI of the neck too
            tail = re.search(r"\s*[?.!]*\s*$", after)
            after = f"{after[:tail.start()]} of the {' and '.join(dict.fromkeys(parts))}{after[tail.start():]}"
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {after}".strip())
        return Mention(topic=topic, rest=rest if re.search(r"[A-Za-z0-9]", rest) else "")
    if (found := result_asked(text)) and (m := _SHOWED.search(text)):
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip())
        if _sets(was_on(rest)[0]) - found:  # (beside a request of another kind, as past care below)
            return Mention(topic=_EDGE.sub("", m.group("topic") or m.group("topic2")), rest=rest, history=True)
    # (the perfect is the past too: "has she had an MRI?")
    if ((m := _HISTORY.search(text)) and (m.group("past") or m.group("adv") or m.group("when")
                                          or m.group("aux").lower() != "did")
            and (topic := _EDGE.sub("", m.group("topic"))) and _sets(topic) and _words(topic)
            and not OUTCOME_WORD.search(topic)):  # "did he get any of his x-rays approved?": an outcome asked
        rest = _LEFT.sub("", f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip())
        # beside a request of another kind: of one item's letter (not what the patient takes, told in the
        # story: "takes norco and flexeril. had she done PT before, and did IMR give her more?" asks of her PT)
        if _sets(was_on(rest)[0]) - _sets(topic):
            return Mention(topic=topic, rest=rest, history=True)
    return None


def _words(topic: str) -> tuple[str, ...]:
    """The topic's words that tell what to look for, as written, lowercased and lightly stemmed."""
    found = unexpanded_tokens(_LEAD_THE.sub("", topic))
    parts = {p for w in found if "-" in w or "/" in w for p in re.split(r"[-/]", w)}  # "x-ray" is one word, not three
    return tuple(w for w in found if w not in parts and w not in GENERIC and w not in STOPWORDS and (len(w) > 1 or w.isdigit()))


def _sets(text: str) -> set[str]:
    """The treatment sets `text` names most narrowly: a group only when none of its members is named."""
    found = {sid for sid, _w in find_treatments(text)}
    return {sid for sid in found if not set(BY_ID[sid].includes) & found}


def _has(word: str, said: set[str]) -> bool:
    """Whether `word` is among the sentence's words `said`, by a light stem: "fracture" in "fractured"."""
    if word in said or word.isdigit() or len(word) < 4:
        return word in said
    if any(word.startswith(k) and any(s.startswith(a) for s in said for a in kin) for k, kin in _KIN.items()):
        return True  # ("radiating" of "radicular complaints")
    if len(word) < 5:
        return word in said
    root = word[:max(5, len(word) - 3)]
    return any(s.startswith(root) for s in said)


def speaks_of(topic: str, sentence: str, every: bool = False) -> int:
    """How many of the topic's words `sentence` says, 0 when it does not speak of the topic: all of one or two
    words, all but one of more (all of them, with `every`: read across letters, "a home exercise program" is no
    "therapeutic exercise program"); a sentence that names the topic's treatment ("urine drug testing" of "the
    UDS") speaks of it in other words (1 at least)."""
    if _CARE.match(_LEAD_THE.sub("", topic.strip())):
        return 1 if _CARE_SAID.search(sentence) else 0  # "what treatment had she tried?": the care tried, in general
    words = _words(topic)
    said = set(tokens(sentence)) | set(unexpanded_tokens(sentence))
    hit = sum(_has(w, said) for w in words)
    if _ONE_IDEA.search(topic) and _ONE_IDEA.search(sentence):
        return max(hit, 1)  # ("weaning" of a sentence on "Tapering Opioids")
    if words and hit >= len(words) - (0 if every else len(words) // 3) and any(
            not w.isdigit() and _has(w, said) for w in words):
        return hit
    sets = _sets(topic)
    return max(hit, 1) if sets and sets & {sid for sid, _w in find_treatments(sentence)} else 0


_ROLE_ORDER = {"finding": 0, "guideline": 1, "other": 2, "history": 3, "conclusion": 4}


def mentions(topic: str, letter: Letter, item: Item, every: bool = False) -> list[Sentence]:
    """The rationale sentences of `item` that speak of `topic` (every word of it, with `every`), the best first
    (most of its words, a finding before a guideline before the rest, then in the letter's order), at most
    MAX_QUOTED."""
    scored = [(speaks_of(topic, letter.text[s.span[0]:s.span[1]], every), s) for s in item.sentences]
    found = [(n, s) for n, s in scored if n]
    found.sort(key=lambda ns: (-ns[0], _ROLE_ORDER.get(ns[1].role, 5), ns[1].span[0]))
    # a second sentence only when it says as much of the topic as the first
    return [s for n, s in found[:MAX_QUOTED] if n == found[0][0]]


def mention_sentence(topic: str, answered: list[tuple[Letter, Item]],
                     quote: Callable[[Letter, Item, Sentence], str], history: bool = False,
                     summary: Callable[[Letter, tuple[int, int]], str] | None = None, finding: bool = False) -> tuple[str, int]:
    """The answer's opening yes or no, and how many sentences it quotes: 'Yes: the reviewer wrote "..." [1].'
    (the one or two sentences of the items answered that say most of the topic, each quoted by `quote`: '"..." [1]'), or 'No: the
    reviewer's rationale for "Tramadol 50mg #60" does not mention the urine drug screen.' `history`: the patient's
    past care was asked ("had she done PT before?"): what the reviewer wrote of it, with no yes or no (a "yes" would
    answer whether she had it, which the words quoted may deny); when the rationale does not speak of it, the case
    summary's sentences that do, each quoted by `summary`. `finding`: a finding of the patient was asked ("did he
    have radiating symptoms according to the reviewer?"): yes, or no where the sentence quoted says it is absent ('No:
    the reviewer wrote "There is no documentation of radicular complaints ..." [1].'), and 'The letter does not say'
    where the rationale does not speak of it."""
    shown = said_back(topic)  # (as the answer says it)
    look = finding_words(topic) if finding else topic
    # "numbness or weakness": the whole, else either (a finding of one is the answer of it)
    looks = [look, *(part for part in _ALTERNATIVES.split(look) if part)] if finding and _ALTERNATIVES.search(look) else [look]
    general = history and bool(_CARE_IN_GENERAL.match(_LEAD_THE.sub("", topic.strip())))  # "what meds had he tried?"
    for look in looks:
        found = sorted(((-speaks_of(look, letter.text[s.span[0]:s.span[1]]), n, rank, letter, item, s)
                        for n, (letter, item) in enumerate(answered)
                        for rank, s in enumerate(mentions(look, letter, item))
                        if not ((finding or general) and s.role == "guideline")), key=lambda f: f[:3])  # (a guideline tells no finding)
        if found:
            break
    found = [f for f in found if f[0] == found[0][0]][:MAX_QUOTED]
    if found:
        wrote = ' and '.join(quote(f[3], f[4], f[5]) for f in found)
        if finding:
            said = [f[3].text[f[5].span[0]:f[5].span[1]] for f in found]
            return f"{'No' if _NEGATED.search(said[0]) else 'Yes'}: the reviewer wrote {wrote}.", len(found)
        if general and summary and (
                listed := [(letter, span) for letter in dict.fromkeys(f[3] for f in found) for span in in_summary(topic, letter)]):
            # "what meds had he tried?": the reviewer's words on them, and the case summary's list of them
            return (f"On {shown}, the reviewer wrote {wrote}; the case summary says "
                    f"{' and '.join(summary(letter, span) for letter, span in listed[:MAX_QUOTED])}."), len(found) + len(listed[:MAX_QUOTED])
        return (f"On {shown}, the reviewer wrote {wrote}." if history else f"Yes: the reviewer wrote {wrote}."), len(found)
    names = [f'"{item.title or item.request}"' for _letter, item in answered]
    whose = (f"rationale for {names[0]} does" if len(names) == 1
             else f"rationales for {', '.join(names[:-1])} and {names[-1]} do")
    if history and summary:
        # the patient's past care the rationale leaves out may be in the case summary: "... had 12 sessions of PT"
        said = [(letter, span) for letter in dict.fromkeys(letter for letter, _item in answered)
                for span in in_summary(topic, letter)]
        if said:
            wrote = " and ".join(summary(letter, span) for letter, span in said[:MAX_QUOTED])
            return f"The reviewer's {whose} not mention {shown}; the case summary says {wrote}.", len(said[:MAX_QUOTED])
    if finding and summary:
        # "did she have numbness or weakness?" where the rationale is silent: the case summary's words, yes or no
        for look in looks:
            said = [(letter, span) for letter in dict.fromkeys(letter for letter, _item in answered)
                    for span in in_summary(look, letter)][:1]
            if said:
                letter, span = said[0]
                return (f"{'No' if _NEGATED.search(letter.text[span[0]:span[1]]) else 'Yes'}: the reviewer's {whose} not "
                        f"mention {shown}; the case summary says {summary(letter, span)}."), 1
    if finding:
        return f"The letter does not say: the reviewer's {whose} not mention {shown}.", 0
    return (f"The reviewer's {whose} not mention {shown}." if history else
            f"No: the reviewer's {whose} not mention {shown}."), 0


# the asker's own words said back to them: "did the reviewer mention my x-rays?" -> "... does not mention your x-rays"
_FIRST_PERSON = re.compile(r"\b(?:my|our|me|mine|ours|myself)\b", I)  # (not "US": ultrasound)
_TO_YOU = {"my": "your", "our": "your", "me": "you", "mine": "yours", "ours": "yours", "myself": "yourself"}


def said_back(topic: str) -> str:
    """`topic` as the answer says it back to the asker: their own words in the second person.

        said_back("my x-rays") -> "your x-rays"
        said_back("the urine drug screen") -> "the urine drug screen"
    """
    return _FIRST_PERSON.sub(lambda m: _TO_YOU[m.group(0).lower()], topic)


def in_summary(topic: str, letter: Letter) -> list[tuple[int, int]]:
    """The spans of the case summary's sentences that speak of `topic`, the most of its words first."""
    scored = [(speaks_of(topic, letter.text[a:b]), (a, b)) for a, b in sentence_spans(letter.text, *letter.summary_span)]
    found = [(n, span) for n, span in scored if n]
    found.sort(key=lambda ns: -ns[0])
    return [span for n, span in found if n == found[0][0]][:MAX_QUOTED] if found else []


__all__ = ["MAX_QUOTED", "Mention", "asked_mention", "finding_words", "in_summary", "mention_sentence", "mentions", "said_back",
           "speaks_of"]
