"""The part of a question that asks, as against the patient's story told before it."""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.treatments import find_treatments
from service.confirm import CONFIRMED
from service.outcomes import TERSE_OUTCOME
from service.story import FOR_OPERATION, OPERATIONS, IT_ASKED


# a sentence ends at . ; ? ! before a space or the end: "1.5 Tesla", "L4-5.S1" and "e.g.," go on
_SENTENCE = re.compile(r"(?:[^.;?!]|[.;?!](?=[^\s.;?!]))+[.;?!]*")


# "..., but why was the PT denied?": the clause after a contrast asks; the one before is the story
_CONTRAST = re.compile(r"\b(?:but|however|yet|though|although)\b,?\s+(?:[\w'-]+\s+){0,3}?(?:what|why|how|was|"
                       r"were|did|does|do|is|are|has|had|which|when|where|could|can|will|would)\b", re.IGNORECASE)


_ASKS = re.compile(r"(?:\S+\s*[:,-]\s*)?(?:why|what|how|was|were|did|does|do|is|are|has|have|which|when|could|can|will|would)\b",
                   re.IGNORECASE)


_COMPARES = re.compile(r"\s*(?:and\s+|but\s+|so\s+)?(?:(?:is|was|were|are|did|does)\s+)?(?:(?:it|that|this|they|he|she)\s+)?"
                       r"(?:any(?:thing)?\s+|at\s+all\s+)?(?:different|differ\w*|the\s+same|same|similar|better|worse)\s+"
                       r"(?:from|than|to|as|with)\b", re.IGNORECASE)


# "..., why was the ESI denied? was it because there was no MRI?": a later question that asks
# whether something was the reason, or a fact of the patient's care the reason may have turned on
# ("was she even taking NSAIDs long term?", "did the old x-ray matter?"), asks about the item of the
# question before it; what it names is no item asked about (service.understand blanks it)
_REASON = re.compile(r"\s*(?:and\s+|so\s+|or\s+)?(?:(?:was|is|were|did|does)\s+(?:it|that|this|they)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:because|due\s+to|for\s+(?:lack|want)\s+of|since)\b"
                     r"|(?:was|is|were|are|did|does|had|has)\s+(?:she|he|they|I|the\s+(?:patient|worker|claimant))\s+"
                     r"(?:even|ever|actually|really)\b"
                     r"|(?:did|does|do)\s+(?:[\w'/-]+\s+){1,6}?(?:matter|count|make\s+(?:a|any)\s+difference)\s*\?"
                     # "was it the number of visits?", "was it the dose?": a measure of the request as the reason
                     r"|(?:was|is|were)\s+(?:it|that|this)\s+(?:just\s+|only\s+|really\s+)?(?:the|a)\s+(?:number|amount|quantity|"
                     r"frequency|dose|dosage|duration|length|strength|cost|timing|paperwork|documentation)\b)",
                     re.IGNORECASE)


# a sentence that tells what the asker knows or heard, its "I" typed or dropped: "I already know the
# neck CT was upheld", "already know positional cervical mri upheld", "heard the PT went through"
_KNOWN = re.compile(r"(?:and\s+|but\s+)?(?:I\s+)?(?:already\s+|also\s+|just\s+)?(?:know|knew|heard|was\s+told|understand|"
                    r"saw|read)\b(?!\s+(?:if|whether|why|what|how|which|when)\b)", re.IGNORECASE)


def reason_follow_ups(text: str) -> list[tuple[int, int]]:
    """The spans of the questions after the first that only ask whether something was the reason
    (`_REASON`): "why did IMR say no to the shots? was it because there was no MRI?" -> the span of
    "was it because there was no MRI?"."""
    asks = [m for m in _SENTENCE.finditer(text) if "?" in m.group(0)]
    spans = []
    while len(asks) > 1 and _REASON.match(asks[-1].group(0)):
        spans.append(asks.pop().span())
    return spans[::-1]


# "29 yo female, icing her back, ... sprained her right knee too - was the knee MRI denied?": a
# question opened after a dash or a colon asks, when what comes before it names no treatment (the
# patient's story); "the lidocaine cream for the 33 year old - why no?" asks about the cream
# ... and so does a clause opened there that tells what the deciding party did, the premise the
# question turns on: "the 46 y/o man off work with tendinitis in both shoulders - IMR overturned
# his chiro, what was the reasoning?" (the shoulders are the story's)
# ... and a follow-up opened there by "and" or "so": "the manipulation was denied - and the e-stim?",
# "the surgery was denied - so were the post-op PT visits denied too?"
_OPENS = re.compile(r"(?:\s[-\u2013\u2014]+\s+|:\s+)(?:(?:and|so|then)\s+(?:(?:what|how)\s+about\s+)?)?"
                    r"(?=(?:why|what|how|was|were|did|does|which|could|can|will|would"
                    r"|anything|everything|any\s+of|all\s+of|none\s+of|nothing)\b"
                    r"|(?:(?<=and\s)|(?<=so\s)|(?<=then\s)|(?<=about\s))(?:the|her|his|my|their)\b"
                    r"|(?:IMR|UR|they|the\s+(?:IMR\s+)?reviewer|the\s+insurance|the\s+adjuster)\s+(?:\w+\s+)?"
                    r"(?:denied|approved|upheld|overturned|rejected|authori[sz]ed|certified|non-?certified|turned\s+down)\b)",
                    re.IGNORECASE)

# ... and, typed telegraphically without an auxiliary or a question mark, a last clause that tells a
# decision ("29 yo female, icing back, sprained right knee too - knee mri denied": was the knee MRI
# denied?) or follows "and", "so" ("manipulation denied - and e-stim", "the cuff repair denied - so 12
# post-op pt visits denied too")
_OPENS_TELEGRAPHIC = re.compile(
    r"(?:\s[-\u2013\u2014]+\s+|:\s+)(?:(?:and|so|then)\s+(?=[\w+])|(?=(?:(?!\s[-\u2013\u2014]+\s|:\s)[^.;?!])*?\w\s+"
    r"(?:ever\s+)?(?:denied|approved|upheld|overturned|rejected|refused|turned\s+down|authori[sz]ed|certified|non-?certified"
    r"|go(?:es)?\s+through|went\s+through)(?:\s+(?:too|either|also|as\s+well))?\s*$))", re.IGNORECASE)

# ... or when what comes before tells what was decided and the question names its own treatment:
# "her stomach pill and naproxen were denied - did IMR say anything about her creams?"
# ... "the acupuncture went through - did the MRI go through too?": an approval in plain words
_DECIDED = re.compile(r"\b(?:was|were|got|gets|been|is|are)\s+(?:\w+\s+)?(?:denied|approved|turned\s+down|rejected|"
                      r"upheld|overturned|cut|modified|authori[sz]ed|certified|non-?certified)\b"
                      r"|\b(?:went|got|gone|has\s+gone|goes)\s+through\b"
                      # "got her carpal tunnel surgery denied" (not "the woman who had the knee scope approved",
                      # who is described by it)
                      r"|\b(?:got|gets)\s+(?:his|her|their|my|the|a|an)\s+(?:[\w-]+\s+){1,4}?(?:denied|approved|"
                      r"turned\s+down|rejected|upheld|overturned|cut)\b"
                      # "they refused his shoulder operation and the ice machine and the sling, why the sling"
                      r"|\b(?:UR|they|the\s+adjuster|the\s+insurance|the\s+insurer|the\s+carrier|IMR)\s+(?:denied|approved|cut|modified|"
                      r"said\s+no|refused|rejected|turned\s+down|upheld|overturned|okayed)\b",
                      re.IGNORECASE)

# ... told telegraphically, without the auxiliary, in a question typed with no question mark: "52 y/o
# woman, manipulation denied - and e-stim"
_BARE_DECIDED = re.compile(r"(?<=\w)\s+(?:denied|approved|turned\s+down|rejected|upheld|overturned|authori[sz]ed|non-?certified)\b",
                           re.IGNORECASE)

# ("... got her carpal tunnel surgery denied, so what happens with the PT after surgery")
_COMMA_OPENS = re.compile(r",\s+(?:(?:so|and|but|then)\s+)?(?=(?:why|what|how|was|were|did|does|which|could|can|will|would)\b)",
                          re.IGNORECASE)


# "...why was the lidocaine ointment denied; did the reviewer say only the Lidoderm patch is
# recommended?": a question about what the reviewer or a guideline said asks about the reasons for
# the item asked just before it; what it names is the reviewer's words, not another item
_ABOUT_REASONS = re.compile(
    r"\s*(?:and\s+|so\s+|also\s+)?(?:did|does|do|was|were|is|has|had)\s+(?:the\s+)?(?:IMR\s+)?(?:reviewer|guidelines?|"
    r"MTUS|ODG|ACOEM|rationale|letter|decision)(?:'s)?\s+(?:\w+\s+){0,2}?(?:say|said|state|mention|cite|find|found|"
    r"address|rely|relied|note|discuss|consider|think|thought|call|base|quote|recommend|require)\w*\b", re.IGNORECASE)


# ... or when what comes before only describes the patient, with what they have had (no decision of
# it: "the woman who had the knee scope approved - what about her PT?"), and the question names its own
# treatment: "the 53 yo man with the neck fusion and two old back surgeries - did he get
# any of his scans or x-rays approved?"
_DESCRIBED = re.compile(r"^\s*(?:(?:the|a|an|my|our)\s+)?(?:\d{1,3}\s*(?:yo|y/o|yr|year[- ]old)\s+)?(?:\w+\s+){0,2}?"
                        r"(?:patient|guy|man|woman|lady|gentleman|fellow|worker|claimant|person|male|female|[MF])\s+"
                        r"with\s(?!.*\b(?:approv|den(?:y|ied)|upheld|overturn|authori[sz]|certif|turned\s+down))",
                        re.IGNORECASE)


def _told_bare(before: str, rest: str, text: str) -> bool:
    """Whether `before` tells a decision without its auxiliary ("knee scope denied") and is no question
    itself, in a question typed with no question mark, or before "what about X?" / "how about X?", which
    asks X: "my client is 55, knee scope denied, what about the PA assist?" asks about the PA assist."""
    return bool(_BARE_DECIDED.search(before)) and ("?" not in text or (
        bool(WHAT_ABOUT.match(rest)) and not _ASKS.match(before.strip()) and "?" not in before
        # ... of the patient, not a description of them by what was decided ("the man with the knee scope
        # approved - what about his PT?": the scope told of him is checked too)
        and not _DESCRIBED_BY.search(_CLAUSES.split(before)[-1])))


# ... or "and X?" added after the decision told: "my client is 55, knee scope denied, and the PA assist?"
_AND_ADDED = re.compile(r"(?:,|;|\s[-\u2013\u2014]+|:)\s+(?:and|plus)\s+(?=(?:the|his|her|their|my)\s+[^,;.?!]*\?\s*$)",
                        re.IGNORECASE)


# ... or one more request of the patient's, told after the decision told: "they denied her neck MRI and she also needed a
# head CT - was that denied?", "they denied the EMG, and she also wanted the nerve test - was it denied too?"
_ALSO_WANTED = re.compile(r"(?:,\s*|;\s*|\.\s+|\s+)(?:(?:and|but|plus)\s+)?(?=(?:she|he|they|I|we|(?:my|his|her|their|our)\s+\w+)"
                          r"\s+(?:also\s+|too\s+|then\s+)?(?:wanted|needed|asked\s+for|requested|was\s+prescribed|"
                          r"(?:was|were)\s+supposed\s+to\s+get)\b)", re.IGNORECASE)


def _told_decided(before: str) -> bool:
    """Whether `before` tells a decision, bare or whole, and is no question nor a description of the patient
    by it (_told_bare)."""
    return (bool(_BARE_DECIDED.search(before) or _DECIDED.search(before)) and not _ASKS.match(before.strip())
            and "?" not in before and not _DESCRIBED_BY.search(_CLAUSES.split(before)[-1]))


_CLAUSES = re.compile(r",|;|\s[-\u2013\u2014]+\s")
_DESCRIBED_BY = re.compile(r"\b(?:with|whose|who|that|had)\b", re.IGNORECASE)


def _asks_its_own(question: str) -> bool:
    """Whether `question`, after a clause telling what was decided, asks about a treatment of its
    own ("did IMR say anything about her creams?"), not whether something was the reason for the
    decision told ("the neck MRI got denied - was it because he never had an x-ray first?")."""
    return bool(find_treatments(question)) and not _REASON.match(question) and not _ABOUT_REASONS.match(question)


# the patient's requests in general, and their outcome: "did he get anything approved at all?",
# "was everything denied?", "any of her requests approved?" (not "anything known about it?", nor
# "were any of them approved?", whose "them" are the treatments named)
_OF_ALL = re.compile(r"\b(?:anything|everything|nothing|(?:any|all|none)\s+(?:of\s+)?(?:his|her|their|my|the)\s+"
                     r"(?:requests|treatments|items|stuff|things))\b(?=.*\b(?:approv|den[iy]|authori[sz]|overturn|uphe|"
                     r"grant|certif|decid|ok|go(?:t|tten)?\b|through))", re.IGNORECASE)


# ... or "all of it" once what the question names is only what the patient is in the middle of
# ("was all of it denied for the 52 yo woman ... while she was still in PT?"; with a treatment named,
# "the MRIs - were all of them denied?" asks of the MRIs)
_OF_IT_ALL = re.compile(r"\b(?:any|all|none)\s+of\s+(?:it|them)\b(?=.*\b(?:approv|den[iy]|authori[sz]|overturn|uphe|"
                        r"grant|certif|decid|ok|go(?:t|tten)?\b|through))", re.IGNORECASE)


# ... or what IMR decided, of nothing named: "37 yo woman on tizanidine with pain down her right side -
# what did IMR decide?" (her requests: whichever of them the drug is, if any, is among them)
_DECIDED_ALONE = re.compile(r"\bwhat\s+(?:did|has|does)\s+(?:IMR|the\s+(?:IMR\s+)?reviewers?|they)\s+(?:decide|rule|say|do)"
                            r"|\bwhat\s+(?:happened|was\s+decided|were\s+the\s+(?:decisions|outcomes|results))"
                            r"|\bhow\s+did\s+(?:it|things|her\s+case|his\s+case|the\s+case)\s+(?:go|turn\s+out)", re.IGNORECASE)
_ALONE_END = re.compile(r"\s*(?:at\s+IMR\s*)?(?:[?.!]|$)")


def asks_of_all_told(clause: str) -> bool:
    """asks_of_all, "all of it" included, or what was decided of nothing named, for a clause whose
    treatments the patient was on or in: nothing else it names is asked about."""
    alone = any(_ALONE_END.match(clause, m.end()) for m in _DECIDED_ALONE.finditer(clause))
    return bool(_OF_ALL.search(clause) or _OF_IT_ALL.search(clause) or alone) and not find_treatments(clause)


def asks_of_all(clause: str) -> bool:
    """Whether `clause`, opened after a dash or a colon, asks about the patient's requests in
    general and names no treatment: what the story before it names is the story's ("the 46 year old
    man with chiro - did he get anything approved at all?")."""
    return bool(_OF_ALL.search(clause)) and not find_treatments(clause)


def _opens_asking(sentence: str) -> bool:
    """Whether `sentence` asks (from its start, or after a dash or a colon)."""
    return bool(_ASKS.match(sentence.strip()) or _OPENS.search(sentence))


def _fragment(sentence: str) -> bool:
    """Whether `sentence` is a bare thing typed as a question ("xrays?", "the acupuncture?"): a few
    words naming a treatment, a question mark, no question word."""
    words = sentence.strip().rstrip("?").split()
    return (sentence.strip().endswith("?") and 0 < len(words) <= 4 and not _ASKS.match(sentence.strip())
            and bool(find_treatments(sentence)))


# a thing added to the question before it: "... and the CT scan too?", "what about the PT as well?"
_TOO = re.compile(r"\s*(?:and|&|plus|also|what\s+about|how\s+about)\s+(?:[\w/-]+\s+){0,5}?(?:too|also|as\s+well)\s*\?*\s*$",
                  re.IGNORECASE)
# ... or that says how many of it are asked, and nothing else: "were his x-rays denied? both of them?",
# "and the creams? all of them?"
_HOW_MANY_OF_IT = re.compile(r"\s*(?:and\s+|or\s+|so\s+)?(?:both|all|each(?:\s+one)?|every\s+one)(?:\s+of)?"
                             r"(?:\s+(?:them|those|these|\d+|two|three|four|five))?\s*\?+\s*$", re.IGNORECASE)
# ... after a question typed as a statement and its "why" ("her PT was denied, why.")
_WHY_TOLD = re.compile(r"\bwhy\b", re.IGNORECASE)
# a question of its own that a yes or no answers: "were his xrays and the CT both turned down?", "53 yo man -
# was the CT denied?" (not "they ok'd her knee MRI right?", a thing told and checked)
_YES_NO = re.compile(r"(?:^|[-:;,\u2013\u2014]\s*)\s*(?:was|were|did|does|do|is|are|has|have|had)\s+(?!you\b)", re.IGNORECASE)
# ... or typed tersely, a thing, a dash and its outcome: "shoulder repair surgery - denied?"
_TERSE_YES_NO = re.compile(rf"\w\s*[-\u2013\u2014:]+\s*{TERSE_OUTCOME}\s*\?+\s*$", re.IGNORECASE)
# ... or bare, a thing and its outcome, no question word nor verb: "CM17-0006797 - shoulder surgery denied?"
_BARE_YES_NO = re.compile(r"(?!\s*(?:why|how|what|which|when|who|was|were|is|are|did|does|do|has|had)\b)[^?.;!]*?"
                          rf"(?<![\w-])(?!(?:was|were|is|are|been|be|got|get)\s)[\w/'’-]+\s+{TERSE_OUTCOME}\s*\?+\s*$", re.IGNORECASE)
# ... a few words added to a question, typed as their own: "and the PT after?", "plus the creams?"
_AND_THE = re.compile(r"\s*(?:and|&|plus)\s+(?P<rest>(?:[\w/'-]+\s*){1,6}\?+)\s*$", re.IGNORECASE)
# a question that goes on from the one before it: "and second, why ...?", "also, was ...?", "then, what ...?"
_NEXT_ASKS = re.compile(r"\s*(?:(?:and|also|plus)\s*,?\s*(?:(?:then|also|second(?:ly)?|next|finally|lastly)\s*,?\s*)?"
                        r"|(?:second(?:ly)?|next|then|finally|lastly|2[.)]|\(2\))\s*,?\s*)"
                        r"(?=(?:why|what|how|was|were|did|does|do|is|are|has|had|which)\b)", re.IGNORECASE)
# ... or one said back after "so", a question only by its mark: "so the surgery was approved but the PT was
# denied?" (not "so was the PT denied?", "so why ...?", which ask)
TOLD_BACK = re.compile(r"(?:^\s*|[.;!?]\s+|\s[-\u2013\u2014:]\s+)so\s+(?!(?:was|were|did|is|are|has|have|had|do|does|why|what|"
                       r"how|which|who|when|can|could|will|would|should)\b)[^.;!?]*\?\s*$", re.IGNORECASE)
# what sets two things told apart, asked: "why the difference?", "what's different?", "why did they differ?"
_DIFFERENCE = re.compile(r"\b(?:why|what)\b[^.?!;]{0,30}?\b(?:difference|different|differ(?:ed|s)?)\b", re.IGNORECASE)
# a thing asked after the question before it: "what about X?" (service.region_after reads it too: "was
# the CT approved? what about his knee?")
# a question asking why, of its own: "why was the PT after the surgery denied?"
_WHY_OF = re.compile(r"\s*(?:and\s+|so\s+|but\s+|ok\s+)?why\b", re.IGNORECASE)
WHAT_ABOUT = re.compile(r"\s*(?:and\s+|but\s+|so\s+)?(?:what|how)\s+about\b", re.IGNORECASE)


def asking_span(text: str) -> tuple[int, int]:
    """Where the part of the question that asks is: the sentence with the last question mark (else
    the last), from a contrast that opens a question ("They approved the acupuncture, but why was
    the PT turned down?"). The one reader of it (service.gather looks for procedures there too)."""
    sentences = [m for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    if not sentences:
        return 0, len(text)
    asks = [m for m in sentences if "?" in m.group(0)]
    # "What about his low back therapy? Any different from his neck?": a question that only
    # compares asks about the one before it; what it compares with is not asked about
    while len(asks) > 1 and (_COMPARES.match(asks[-1].group(0)) or _REASON.match(asks[-1].group(0))):
        asks.pop()
    # ... typed with no question mark at all, the last sentence that does not tell what the asker knows
    # ("and lumbar one same guy, 33, who smashed hand on door; already know positional cervical mri upheld.")
    untold = [m for m in sentences if not _KNOWN.match(m.group(0).strip())]
    asking = asks[-1] if asks else (untold or sentences)[-1]
    if asks and sentences[-1] is not asking and WHAT_ABOUT.match(sentences[-1].group(0)) and find_treatments(
            sentences[-1].group(0)):
        # "they ok'd her knee MRI right? what about the chiro and tens": the last words ask, typed
        # without their question mark
        asking = sentences[-1]
    at = sentences.index(asking)
    if at and WHAT_ABOUT.match(asking.group(0)) and (_YES_NO.search(before := sentences[at - 1].group(0))
                                                    or _TERSE_YES_NO.search(before) or _BARE_YES_NO.match(before)
                                                    # ... or a why of its own thing: "why was the PT after the
                                                    # surgery denied? what about the brace?"
                                                    or _WHY_OF.match(before) and bool(find_treatments(before))) and (
            before.rstrip().endswith("?")):
        # "were his xrays and the CT both turned down? what about the acupuncture": a yes/no question of its
        # own, then one more thing: all of them are asked
        return sentences[at - 1].start() + len(before) - len(before.lstrip()), asking.end()
    if at and _TOO.match(asking.group(0)) and _WHY_TOLD.search(sentences[at - 1].group(0)):
        # "the 67 yo cook had her PT denied, why. and the CT scan too?": both are asked
        return sentences[at - 1].start() + len(sentences[at - 1].group(0)) - len(sentences[at - 1].group(0).lstrip()), asking.end()
    if (at and _HOW_MANY_OF_IT.match(asking.group(0)) and "?" in sentences[at - 1].group(0)
            and find_treatments(sentences[at - 1].group(0))):
        # "were his x-rays denied? both of them?": how many of what the question before asks of
        return asking_span(text[: sentences[at - 1].end()])[0], asking.end()
    if (at and _AND_THE.match(asking.group(0)) and not _ASKS.match(_AND_THE.match(asking.group(0)).group("rest"))
            and "?" in sentences[at - 1].group(0) and find_treatments(sentences[at - 1].group(0))):
        # "was the surgery approved? and the PT after?": the thing added is asked with the question before
        return asking_span(text[: sentences[at - 1].end()])[0], asking.end()
    if (at and _NEXT_ASKS.match(asking.group(0)) and sentences[at - 1].group(0).rstrip().endswith("?")
            and find_treatments(sentences[at - 1].group(0)) and find_treatments(asking.group(0))):
        # "first, was the Celebrex denied? and second, why the Tabradol?", "why was the MRI denied? also,
        # was the acupuncture approved?": the next of two questions, each of its own thing: both are asked
        return asking_span(text[: sentences[at - 1].end()])[0], asking.end()
    if at and _ABOUT_REASONS.match(asking.group(0)) and _opens_asking(sentences[at - 1].group(0)):
        asking = sentences[at - 1]  # "why was the ointment denied; did the reviewer say only the patch is recommended?"
    if _fragment(asking.group(0)) and at and _fragment(sentences[at - 1].group(0)):
        # "did they approve anything? xrays? acupuncture?": each bare thing typed as its own question is asked
        first = at
        while first and _fragment(sentences[first - 1].group(0)):
            first -= 1
        return sentences[first].start() + len(sentences[first].group(0)) - len(sentences[first].group(0).lstrip()), asking.end()
    said = asking.group(0)
    contrasts = list(_CONTRAST.finditer(said))
    # "why was the Norco upheld but what about the baclofen?": a clause that itself asks is asked too
    if contrasts and _ASKS.match(said[: contrasts[-1].start()].strip()):
        contrasts = []
    # ... and a statement asked to be confirmed claims both sides: "her acupuncture was approved but her
    # PT was denied, right?"
    if contrasts and (CONFIRMED.search(said) or TOLD_BACK.search(said)):
        contrasts = []
    # ... and so does one that asks what sets the two apart: "acupuncture approved but MRI no - why the difference"
    if contrasts and _DIFFERENCE.search(said, contrasts[-1].start()):
        contrasts = []
    skip = contrasts[-1].start() if contrasts else len(said) - len(said.lstrip())
    opens = [*_OPENS.finditer(said), *(_OPENS_TELEGRAPHIC.finditer(said) if "?" not in text else ())]
    if (opened := sorted((m for m in opens if m.end() > skip), key=lambda m: m.end())) and (
            not find_treatments(before := said[skip:opened[-1].start()])
            or ((_DECIDED.search(before) or _DESCRIBED.match(before) or _told_bare(before, said[opened[-1].end():], text))
                and _asks_its_own(said[opened[-1].end():])
                # ... not by a pronoun of what was told before it: "42 yo woman, massage for her back - was it
                # approved, and what about the nerve tests?" asks of the massage too
                and not IT_ASKED.match(said, opened[-1].end()))
            or asks_of_all(said[opened[-1].end():])):
        skip = opened[-1].end()
    # ... and after a comma: "her stomach pill and naproxen were denied, did IMR say anything about her creams?"
    # (also after the dash: "the 50 yo woman - they approved her PT, why not the acupuncture?")
    if (commas := [m for m in _COMMA_OPENS.finditer(said) if m.end() > skip]) and (
            _DECIDED.search(before := said[skip:commas[-1].start()]) or _told_bare(before, said[commas[-1].end():], text)
    ) and find_treatments(before) and _asks_its_own(said[commas[-1].end():]) and (
            # ... a decision asked of it by a pronoun is no decision told: "42 yo woman, massage for her back -
            # was it approved, and what about the nerve tests?"
            not any(IT_ASKED.match(before, m.end()) for m in _OPENS.finditer(before))):
        skip = commas[-1].end()
    if (added := [m for m in _AND_ADDED.finditer(said) if m.end() > skip]) and _told_decided(
            before := said[skip:added[-1].start()]) and find_treatments(before) and _asks_its_own(said[added[-1].end():]):
        skip = added[-1].end()  # "knee scope denied, and the PA assist?": the PA assist
    if (also := [m for m in _ALSO_WANTED.finditer(said) if m.start() > skip]) and _told_decided(
            before := said[skip:also[-1].start()]) and find_treatments(before) and (
            rest := said[also[-1].end():]).rstrip().endswith("?") and _asks_its_own(rest):
        skip = also[-1].end()  # "they denied her neck MRI and she also needed a head CT - was that denied?": the CT
    return asking.start() + skip, asking.end()


def _asked(text: str, asking: str, found: list[tuple[str, str]],
           find: Callable[[str], list[tuple[str, str]]] | None = None) -> list[tuple[str, str]]:
    """What the asking part names (treatments, or body regions), when it names any: "...the MRI
    showed a tear. Why was the surgery denied?" asks about the surgery; the MRI is the story. All
    of them when the asking part names none ("Why was that denied?")."""
    said, asking = asking, asking.lower()
    if not found or asking == text.lower():
        return found
    inside = [(t, w) for t, w in found if w.lower() in asking]
    if find is not None:
        # "they asked for pillows and braces for her. did imr approve her knee brace": one named
        # again in the asking part, in other words ("brace" after "braces"), found there by `find`;
        # so beside another: "any of the chiropractic stuff? the manipulation or the electric stim?"
        # (a word already asked names no other kind: "ncs denied ... - and emg" asks the EMG, not every nerve study)
        named, have, words = {t for t, _w in found}, {t for t, _w in inside}, {w.lower() for _t, w in inside}
        # (nor does an operation that only tells when: "... so what happens with the PT after surgery")
        inside += [(t, w) for t, w in find(said) if t in named and t not in have and w.lower() not in words and not (
            have and t in OPERATIONS and FOR_OPERATION.search(said[: asking.find(w.lower())]))]
    if inside and all(t in OPERATIONS and FOR_OPERATION.search(said[: asking.find(w.lower())]) for t, w in inside) and (
            rest := [(t, w) for t, w in found if (t, w) not in inside and t not in OPERATIONS]):
        # "the 25 yo woman with the PT - did she get the 8 visits she needed after surgery": the operation the asking
        # part names only tells when; what was named before it is asked
        return rest
    return inside or found
