"""The yes or no that opens an answer when the question asks IMR's decision as a yes/no question.

"UR denied the 60 yo man's acupuncture - did IMR agree?" asks whether IMR upheld the denial; "did
they reverse UR?", "was UR's denial upheld?", "the acupuncture was denied, right?" ask the same of
one outcome or the other. The answer opens with the yes or no, then the decision in the words of
the item's heading, which it cites:

    No: "Acupuncture x 6" was approved (overturned: authorised) [1].

"The acupuncture was approved and the MRI denied, right?" claims one outcome of each item: yes
when every claim holds, else no, naming each item and what was decided:

    No: "Additional physical therapy ..." was approved (overturned), not denied [2]. "Initial
    acupuncture ..." was approved (overturned), as the question says [1].

A thing asked apart ("..., and what happened with the ice machine?") is claimed nothing: its own
answer says what was decided.

A question that asks which outcome ("approved or denied?", "what did IMR decide?") or why gets no
yes or no, and neither does one that offers a reason to confirm (service.reason_asked says that).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.model import Item
from indexer.treatments import find_treatments
from service.choice import asks_choice, asks_either_thing
from service.confirm import TO_CONFIRM
from service.future import PAST
from service.outcomes import Decision, read_outcomes
from service.terse import terse_claims
from service.types import Hit

# a clause asked as a yes/no question: it opens with its auxiliary ("did IMR agree?", "... - was
# UR's denial upheld?", "UR turned it down. did they reverse UR?", "after UR denied it, did IMR ...")
_CLAUSE_START = re.compile(r"(?:^|[.;:?!]\s*|\s[-\u2013\u2014]+\s*|,\s*)", re.IGNORECASE)
_AUXILIARY = re.compile(r"\s*(?:(?:so|and|but|then|ok|okay)\s+)?(?:was|were|is|are|did|does|do|has|have|had)\b(?!\s+(?:you|I)\b)",
                        re.IGNORECASE)
# a clause that asks what someone can or should do: "can I appeal?", "should we ask again?"
_MODAL = re.compile(r"\s*(?:(?:so|and|but|then|ok|okay)\s+)?(?:can|could|should|shall|may|might|must|will|would)\s+"
                    r"(?:I|we|you|he|she|they|my|his|her|our|their|the)\b", re.IGNORECASE)
# a statement to confirm opened by the asking: "am I right that the EMG was overturned", "correct me if I'm wrong, but ..."
_CONFIRM_OPENS = re.compile(r"\s*(?:(?:so|and|but|ok|okay)\s*,?\s+)?(?:am\s+I\s+(?:right|correct|wrong)|correct\s+me\s+if\s+I['’]?m\s+"
                            r"wrong|is\s+it\s+(?:true|right|correct)|just\s+to\s+confirm|can\s+you\s+confirm|please\s+confirm)\b",
                            re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s+|$)")
_PART = re.compile(r"\s[-\u2013\u2014]+\s*|:\s+")  # a dash or a colon: what follows is a part of its own
_WH = re.compile(r"\b(?:why|what|which|how|who|whose|when|where)\b", re.IGNORECASE)
SAID = {"Upheld": "denied (upheld)", "Overturned": "approved (overturned)"}
NOT = {"Upheld": "not approved", "Overturned": "not denied"}


_BARE_OUTCOME = re.compile(r"(?:(?:so|and)\s+)?(?:ever\s+)?[\w'’]+(?:\s+down)?(?:\s+(?:or\s+not|at\s+IMR|by\s+IMR))?\s*\?\s*",
                           re.IGNORECASE)
_WH_OPENS = re.compile(r"\s*(?:(?:so|and|but|ok|okay)\s*,?\s+)?(?:why|what|which|how|who|whose|when|where)\b", re.IGNORECASE)


def _yes_no_at(text: str, at: int) -> bool:
    """Whether the clause holding position `at` is asked as a yes/no question, or the question
    asks to confirm a statement."""
    if TO_CONFIRM.search(text) or _CONFIRM_OPENS.match(text):
        return True
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at + 1) if m.end() <= at]
    if starts and _AUXILIARY.match(text, starts[-1]):
        return True
    # ... or the outcome alone, asked after a comma, whatever the words before it: "lidocaine cream for the guy who
    # smashed his hand, approved?" (its "who" tells who he is)
    if starts and text[starts[-1] - 2: starts[-1]].strip() == "," and _BARE_OUTCOME.fullmatch(text, starts[-1]) and not (
            _WH_OPENS.match(text, max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0))):
        return True
    # ... or a statement asked with its question mark: "so the 41 year old guy didn't get his ibuprofen?"
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    # ... the part after a dash its own: "the neck MRI for the 54 yo lady who fell - denied too?" (the "who"
    # tells who she is); so the part after a colon: "the 54 year old woman who fell: her shoulder MRI was denied
    # and the head CT was approved?"
    begin = max((m.end() for m in _PART.finditer(text, begin, at)), default=begin)
    if not end or not end.group(0).startswith("?") or _WH.search(text, begin, end.start()):
        return False
    # ... whose question mark no later clause of its own takes: "my wife was denied tramadol, is that
    # because of drug testing?" asks the reason, not the denial
    # ... nor a question of what the asker may do: "my PT got denied at IMR, can I appeal?"
    # ... nor whether the patient gets it: "IMR agreed with UR, so do I get any more sessions?" (no yes to the agreeing)
    return not any(_AUXILIARY.match(text, m.end()) or _MODAL.match(text, m.end()) or _gets_at(text, m.start())
                   for m in _CLAUSE_START.finditer(text, at, end.start()))


def _gets_at(text: str, at: int) -> bool:
    """Whether a clause starting at `at` asks whether the patient gets their request (_GOT_ONE, a bare one naming a
    treatment or its units)."""
    m = _GOT_ONE.match(text, at)
    return bool(m) and (not m.group("bare") or bool(find_treatments(m.group("bare"))) or bool(_UNITS.fullmatch(m.group("bare"))))


# the meaning of a decision word asked of the patient's item: "does upheld mean the 37 yo woman gets her baclofen?" asks
# whether she gets it, no claim of an upholding (read as "does it mean ...")
_TERM_MEANS = re.compile(r"^\s*(?:so\s+)?(?:does|do)\s+(?:the\s+word\s+)?[\"'“‘]?(?:upheld|uphold|overturned|overturn|"
                         r"non-?certified)[\"'”’]?\s+(?=mean\b)", re.IGNORECASE)


def _as_asked(text: str) -> str:
    """`text` with a decision word whose meaning is asked of the item read as "it" (its length kept)."""
    return _TERM_MEANS.sub(lambda m: "does it ".ljust(len(m.group(0))), text)


def claimed(text: str) -> list[tuple[int, Decision]]:
    """Each outcome of IMR's that a yes/no question asks or claims (where its word stands, the
    decision); [] when the question asks no yes/no of IMR's decision."""
    text = _as_asked(text)
    low, start, out = text.lower(), 0, []
    # each outcome found in turn, UR's too, so that IMR's is not looked for in UR's words before it: "UR
    # approved the first ibuprofen fill, did IMR approve the refills?"
    for o in read_outcomes(text).found:
        at = low.find(o.words.lower(), start)
        if at < 0:
            return []
        start = at + len(o.words)
        if o.role in ("asked", "premise") and _yes_no_at(text, at):
            out.append((at, o.decision))
    # ... and those claimed tersely: "the neck PT ok but back PT no?", "neck PT approved but back PT not?"
    # (service.terse)
    return sorted(out + [(at, d) for at, d in terse_claims(text) if not any(p == at for p, _d in out)])


# "..., yes or no?", "... y/n?" closing the question
_YES_OR_NO = re.compile(r"\b(?:yes\s+or\s+no|y/n)\s*\??\s*$", re.IGNORECASE)


# the negation that opens an outcome's words as read_outcomes gives them ("n't approved", "never approved")
_NEGATED = re.compile(r"^\s*(?:not|n['’]t|never|no(?:body|one|thing)?|none)\b\s*", re.IGNORECASE)
_PLAIN = {"Overturned": "approved", "Upheld": "denied"}


def negated_sense(text: str) -> Decision | None:
    """The decision the outcome word names bare, when the one outcome a yes/no question claims is said
    negated: "the celecoxib wasn't approved, was it?", "they didn't approve the surgery, did they?":
    approved ("Overturned"); else None (not "wasn't the MRI approved?", a negative question asking the
    approval)."""
    asked = claimed(text)
    if len(asked) != 1:
        return None
    at, decision = asked[0]
    low = text.lower()
    for o in read_outcomes(text).found:
        if low.find(o.words.lower()) == at and (bare := _NEGATED.match(o.words)):
            plain = read_outcomes(o.words[bare.end():]).found
            return plain[0].decision if plain and plain[0].decision != decision else None
    return None


def negated_opening(sense: Decision, decision: str, they: bool = False) -> str:
    """The yes or no of a negated claim, said with the fact in the question's own verb: a claim that holds
    is agreed with ("the X wasn't approved, was it?" of a denial: "Right, it was not approved"), one that
    does not is answered no with the fact ("was the X not denied?" of a denial: "No, it was denied"), so
    that neither reads as agreeing with the other side (a "No, it was not denied" to "was it not denied?"
    reads as a denial). `they`: of several, "Right, they were not approved"."""
    it, was = ("they", "were") if they else ("it", "was")
    return f"No, {it} {was} {_PLAIN[sense]}" if decision == sense else f"Right, {it} {was} not {_PLAIN[sense]}"


# a clause asked with its auxiliary, as _CLAUSE_START and _AUXILIARY read it, the asker's lead word first
_ASKED = _CLAUSE_START.pattern + r"(?:(?:so|and|but|then|ok|okay)\s+)?"

# getting one's own request, asked with no outcome word: "did the 29 yo girl get her low back MRI?", "so
# did he ever get the PT?", "is the 50 yo man getting his acupuncture?", "does he get his neck PT?", "did the 25 yo woman with the low back strain get her 8 PT visits, and what
# did the reviewer say?" (getting it is its approval; not "why did she get ...", nor "get better")
# ... the patient, or the case by its number: "did CM17-0002106 get the head CT?"
_PATIENT = r"(?:he|she|they|I|we|(?:the|my|his|her|our)\s+(?:[\w'’/-]+\s+){0,8}?[\w'’/-]+|(?:case\s+)?CM\d{2}-\d{7})\s+"
# ... "did he end up getting that?", "did she ever end up getting her MRI?"
_GETS = (r"(?:ever\s+|finally\s+|at\s+least\s+|even\s+)?(?:(?:end|ended|wind|wound)\s+up\s+)?"
         r"(?:get|gets|getting|gotten|got|receive|receives|receiving|received)")
_GOT_ONE = re.compile(_ASKED + r"(?:(?:did|does|do|is|are|will|has|have|didn['’]?t|hasn['’]?t|haven['’]?t)\s+"
                      + _PATIENT + _GETS +
                      # ... having it, asked with a modal: "can she have the baclofen or not?", "may he keep his TENS unit?"
                      r"|(?:can|could|may)\s+" + _PATIENT + r"(?:still\s+)?(?:have|keep)"
                      # ... or what a decision told means for the patient: "the baclofen was upheld. does that mean she gets it?"
                      r"|(?:does|do|did)\s+(?:that|this|it)\s+mean\s+(?:that\s+)?" + _PATIENT + r"(?:will\s+|can\s+)?" + _GETS + r")"
                      r"\s+(?:(?:his|her|their|my|our|the)\s+[^?.;]*"
                      # ... or the thing asked before it, by a pronoun: "the electrician's interferential unit - did he
                      # get it eventually?" (not "get it done", "get it approved", which say more)
                      r"|(?P<pronoun>it|them|that|those)(?:\s+(?:eventually|after\s+all|in\s+the\s+end|at\s+all|finally|back))?\s*"
                      # ... or a treatment named bare: "the 60 year old man hit by a car, did he get acupuncture?" (not "get
                      # better", "get hurt": `_got_treatment` checks the words name a treatment)
                      # ... or its units: "did she get any sessions at all?"
                      r"|(?:an?\s+|any\s+(?:more\s+)?|more\s+)?(?P<bare>[\w'’/-]+(?:\s+[\w'’/-]+){0,3}?))(?:\s+at\s+all|\s+or\s+not)?(?:\?|\s*$)",
                      re.IGNORECASE)


def _got_one(text: str) -> tuple[int, bool]:
    """Where `text` asks whether the patient got their request (`_GOT_ONE`; a bare one naming a treatment),
    else -1; and whether it asks of it by a pronoun ("did he get it?")."""
    return next(((m.start(), bool(m.group("pronoun"))) for m in _GOT_ONE.finditer(text)
                 if not m.group("bare") or find_treatments(m.group("bare")) or _UNITS.fullmatch(m.group("bare"))),
                (-1, False))


_UNITS = re.compile(r"(?:sessions|visits|treatments|pills|tablets|refills|hours)", re.IGNORECASE)


# ... or given by IMR, asked with no outcome word of IMR's: a request given is approved. "the 45 yo bus
# driver's last 2 PT sessions - did IMR give them to him?", "the 50 yo guy whose UR approved 6 acupuncture -
# did IMR give him the other 2?"; the part UR did not certify, asked back: "UR gave him 6 hours... did IMR
# give him the rest?", "did IMR restore the rest?", "did they give back the other 6 hours?" (not "did IMR
# give her a reason?", nor "did they give him the reasons?")
_GIVEN = re.compile(_ASKED + r"(?:did|has|have|will|would)\s+"
                    r"(?:IMR|they|he|she|I|we|(?:the|my|his|her|our)\s+(?:[\w'’/-]+\s+){0,5}?[\w'’/-]+)\s+"
                    r"(?:ever\s+|finally\s+)?(?:give|restore|reinstate|return|grant|allow|cover)\s+"
                    r"(?:(?:it|them)\s+to\s+(?:him|her|them|me|us)\b"
                    # ... the thing just named, given back: "did IMR give them back?" (of refills UR denied), "did IMR
                    # give her naproxen back to her?" (not "give a reason back")
                    r"|(?![^?.;]*\b(?:reasons?|explanation|answer|decision|rationale)\b)[^\s?.;][^?;]{0,100}?\s+back"
                    r"(?:\s+to\s+(?:him|her|them|me|us))?\s*(?:\?|\[|$)"
                    r"|(?:(?:him|her|me|them|us)\s+)?(?:back\s+)?the\s+(?:rest|remainder|balance|remaining\b|full\b|whole\b|entire\b|other\s+(?:\d+|part|"
                    r"portion|half|hours?|sessions?|visits?|pills?|tablets?|days?|weeks?))\b"
                    r"|(?:him|her|them|me|us)\s+(?:the|his|her|their|my|our|those|these|that|it|them|more|another|\d+|two|"
                    r"three|four|five|six|eight|ten|twelve)\b(?![^?.;]*\b(?:reasons?|explanation|answer|decision|rationale)\b))",
                    re.IGNORECASE)


# an outcome that tells who the patient is: "the guy whose shoulder surgery was denied", "the lady who had her
# PT approved"
_WHOSE = re.compile(r"\b(?:whose|who\s+(?:had|got|has)|that\s+(?:had|got))\b(?:(?!\s-\s)[^,;:?!.\u2013\u2014])*$", re.IGNORECASE)


def _tells_whom(text: str, words: str) -> bool:
    """Whether the outcome `words` (its first place in `text`) is said in a clause that tells who the patient is."""
    at = text.lower().find(words.lower())
    return at >= 0 and bool(_WHOSE.search(text[:at]))


def decision_asked(text: str) -> Decision | None:
    """The one decision a yes/no question asks of an item ("did IMR agree?" after UR's denial:
    upheld; "did she get her MRI?", "did IMR give him the rest?": approved), else None (none asked,
    or both: "approved or denied?", or a choice of two things)."""
    if asks_choice(text) and not asks_either_thing(text):  # "did IMR okay her Naprosyn or knock it back?"
        return None  # (not "did he get his knee scope or the motrin?": a yes/no of either thing)
    text = _as_asked(text)
    decisions = {d for _at, d in claimed(text)}
    found = read_outcomes(text).found
    # "the guy whose shoulder surgery was denied, did he get the brace?"; "the baclofen was upheld. does that mean she
    # gets it?" (the outcome of the thing asked back by a pronoun, told before the asking; not "the brace was denied,
    # did he get the PT?", which tells another thing's, a claim of its own)
    got, by_pronoun = _got_one(text)
    if not decisions and got >= 0 and all(
            _tells_whom(text, o.words) or (by_pronoun and -1 < text.lower().find(o.words.lower()) < got) for o in found):
        return "Overturned"
    if not decisions and got >= 0 and (m := _GOT_ONE.match(text, got)) and m.group("bare") and _UNITS.fullmatch(m.group("bare")):
        # "my PT got cut by UR and IMR agreed with UR, so do I get any more sessions?": getting more of the request told
        return "Overturned"
    if not decisions and all(o.role == "ur" for o in found) and _GIVEN.search(text):
        return "Overturned"  # "UR approved 6 of the acupuncture visits - did IMR give him the other 2?"
    if not decisions and not found and _YES_OR_NO.search(text):
        return "Overturned"  # "the shoulder MRI, yes or no?": whether she got it, with no outcome word
    return decisions.pop() if len(decisions) == 1 else None


# the opening of a yes over two things of which the letter has one: "the 47 yo guy's PRP shot and the
# acupuncture - both denied?" (no yes of the acupuncture, which he never asked for)
ONE_REQUESTED = "Only one of them was requested"


def yes_no_sentence(asked: Decision, decision: str, title: str, mark: int, future: bool = False,
                    lacking: bool = False, negated: Decision | None = None) -> str:
    """"Yes: the denial of "MRI of the lumbar spine" was upheld; it was not authorised [2].", "No:
    "Acupuncture x 6" was approved (overturned: authorised) [2]." (`title`: the item's,
    `mark`: the citation of its heading, which states the decision). `future` ("will IMR approve
    it?"): no yes or no, which would read as a prediction, but the past decision said as one
    (service.future). `lacking`: the question asks of another thing too, which the letter has no request
    for: no yes, which would claim it of both ('Only one of them was requested: the denial of "X" was
    upheld; ...'); a no stands (the one requested was decided otherwise). `negated`: the claim was said
    negated ("wasn't approved, was it?"), the outcome word's bare sense: the opening says the fact in that
    word (negated_opening)."""
    opening = PAST if future else "Yes" if asked == decision else "No"
    if negated and not future and not lacking:
        opening = negated_opening(negated, decision)
    return decided_sentence(ONE_REQUESTED if lacking and opening == "Yes" else opening, decision, title, mark)


def reason_unread_sentence(decision: str, title: str, mark: int) -> str:
    """The decision of a yes/no question that offers a reason no reason code reads ("denied because of the
    cost?"), with no yes or no, which would read as one of the reason: 'The denial of "X" was upheld; it was
    not authorised [1].' (the words the cited heading carries; the reviewer's reason follows it)"""
    said = decided_sentence("", decision, title, mark).removeprefix(": ")
    return f"{said[0].upper()}{said[1:]}"


def decided_sentence(opening: str, decision: str, title: str, mark: int) -> str:
    """'`opening`: the denial of "X" was upheld; it was not authorised [2].' or '`opening`: "X" was
    approved (overturned: authorised) [2].', said in the words the cited heading carries (its
    request and decision), so the passage supports the sentence."""
    if decision == "Upheld":
        return f'{opening}: the denial of "{title}" was upheld; it was not authorised [{mark}].'
    # (an approval said as "the denial ... was overturned" would state a denial too: said as approved)
    return f'{opening}: "{title}" was approved (overturned: authorised) [{mark}].'


def claims_sentence(claims: list[str], hits: list[Hit], items: list[Item], mark: Callable[[Hit, Item], str],
                    negated: Decision | None = None) -> str:
    """The yes or no of one claimed outcome per item ('' for an item asked of apart, with no claim:
    left to its own answer): yes when each holds, each item claimed said with its citation `mark`;
    else no, with the items whose claim was wrong, then those whose claim holds. `negated`: the one claim
    of them all was said negated ("the EMG and NCS weren't approved, were they?"), the outcome word's bare
    sense: when every claim holds, or none does, the opening says the fact in that word ("No, they were not
    approved: ...", negated_opening)."""
    wrong = [n for n, (c, i) in enumerate(zip(claims, items)) if c and c != i.decision]
    claimed_ = [c for c in claims if c]
    if negated and len(set(claimed_)) == 1 and claimed_[0] != negated and len(wrong) in (0, len(claimed_)):
        opening = negated_opening(negated, negated if wrong else claimed_[0], they=len(claimed_) > 1)
        said = [f'"{i.title or i.request}" was {SAID[i.decision]} {mark(h, i)}' for c, h, i in zip(claims, hits, items) if c]
        return f"{opening}: " + ". ".join(said) + "."
    if not wrong:
        said = [f'"{i.title or i.request}" was {SAID[i.decision]} {mark(h, i)}' for c, h, i in zip(claims, hits, items) if c]
        return "Yes: " + ". ".join(said) + "."
    said = [f'"{items[n].title or items[n].request}" was {SAID[items[n].decision]}, {NOT[items[n].decision]} '
            f'{mark(hits[n], items[n])}' for n in wrong]
    # ... then each part that holds: "the neck PT was approved but the back PT denied, correct?": "No: the
    # neck PT was denied, not approved [1]. The back PT was denied, as the question says [2]."
    said += [f'"{i.title or i.request}" was {SAID[i.decision]}, as the question says {mark(h, i)}'
             for n, (c, h, i) in enumerate(zip(claims, hits, items)) if c and n not in wrong]
    return "No: " + ". ".join(said) + "."


def asked_at(text: str, at: int) -> bool:
    """Whether the clause holding position `at` of `text` is asked as a yes/no question (or to confirm), not
    told: "they gave her 6 but not the other 6?" asks; "they gave him 10 but not 12. can he appeal?" tells."""
    return _yes_no_at(text, at)


__all__ = ["NOT", "ONE_REQUESTED", "SAID", "asked_at", "claimed", "claims_sentence", "decided_sentence", "decision_asked",
           "negated_opening", "negated_sense", "reason_unread_sentence", "yes_no_sentence"]
