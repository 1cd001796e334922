"""A question asked as of the asker's own case, or of one patient's letter, that names no case and
describes no one: "my PT got denied, can I appeal?", "why did they deny my MRI?", "besides the meds,
what else was denied?", "other than medications, what got approved?".

No letter can be told to be the one meant, so none is answered as if it were: the answer says that
no case or patient was given, answers what holds across the letters (how often the kind asked was
decided so; what IMR is and that its decision is final and binding, for "can I appeal?"), and asks
for the case number or a description, the nearest decisions shown as related (service.flows.item).

A question that tells anything more (a symptom, a job, a quantity, an age or sex, a spinal level)
may describe the one patient it is about and is read as usual, and so is one across letters ("did
IMR ever approve it?", a list, a pattern or a count).
"""

from __future__ import annotations

import re

from indexer.taxonomy import find_regions
from indexer.treatments import find_treatments
from service.besides import asks_besides
from service.engine import Engine
from service.glossary import meaning
from service.orderer import mask_orderers
from service.outcomes import WORD as OUTCOME_WORD
from service.understand import Query

# the asker speaks of their own case: "my PT", "I got denied", "can I appeal", "our request"
_FIRST = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|mine|we|our)\b", re.IGNORECASE)
# what the asker may do about a decision: "can I appeal?", "how do I appeal", "what can I do now?"
APPEAL = re.compile(r"\bappeal(?:ed|ing|s)?\b|\b(?:fight|contest|challenge|dispute)\s+(?:it|this|that|the)\b"
                    r"|\bwhat\s+(?:can|should|do)\s+(?:I|we)\s+do\b|\bnext\s+steps?\b", re.IGNORECASE)
# ... asked of a decision the answer gives: "CM16-0242419 - can we appeal this?", "what do we do now?",
# "is that final?" (not "did I win my appeal?", which asks the outcome)
WHAT_NOW = re.compile(r"\b(?:can|could|should|may|how\s+(?:do|can|could|would))\s+(?:I|we|you|they|he|she|my\s+\w+)\s+"
                      r"(?:still\s+|even\s+)?(?:appeal|fight|contest|challenge|dispute|reverse|overturn)\b"
                      r"|\bwhat\s+(?:can|should|do|could|does)\s+(?:I|we|you|they|he|she|my\s+\w+)\s+do\b|\bnext\s+steps?\b|\bnow\s+what\b"
                      # "what now?", "what happens next?"
                      r"|\bwhat\s+now\b|\bwhat\s+(?:happens|comes)\s+next\b"
                      # "is there anything I can do?", "what are my options?"
                      r"|\bis\s+there\s+anything\s+(?:else\s+)?(?:I|we|he|she|they|my\s+\w+)\s+(?:can|could|should)\s+do\b"
                      r"|\bwhat\s+(?:are|were)\s+(?:my|our|his|her|their)\s+options\b"
                      r"|\b(?:is|was)\s+(?:this|that|it|(?:the|this|that)\s+(?:decision|determination|IMR))\s+final\b|\bfinal\s+and\s+binding\b"
                      # ... said as a statement: "so the decision is final?", "that's final then?"
                      r"|\b(?:the\s+(?:decision|determination|ruling)|that|it)(?:\s+is|'s|’s)\s+(?:really\s+|now\s+)?final\b"
                      r"|\b(?:any|an)\s+(?:way|chance)\s+to\s+(?:appeal|fight|contest|challenge|reverse)\b"
                      # ... or more of it: "my pt got cut off after 8 visits, can IMR give me more?"
                      r"|\b(?:can|could|will|would)\s+(?:IMR|they|you|the\s+reviewer)\s+(?:give|approve|authori[sz]e|allow|let)\s+"
                      r"(?:me|him|her|us|them)\s+(?:have\s+)?(?:any\s+)?more\b"
                      # ... or later: "is there any chance the surgery gets approved later?", "could it be approved down the road?"
                      r"|\b(?:approv\w*|authori[sz]\w*|covered|get\s+(?:it|them))\s+(?:later(?:\s+on)?|down\s+the\s+road|in\s+the\s+future|"
                      r"eventually|some\s+day|someday|next\s+time)\b"
                      # ... asked again: "can the denied shoulder surgery be resubmitted?", "can we request it again?",
                      # "should I reapply?"
                      r"|\b(?:(?:can|could|should|may)\s+(?:(?:I|we|you|they|he|she|it)\s+|(?:the|my|his|her|our|this|that)\s+"
                      r"(?:[\w-]+\s+){0,5}?)?|how\s+(?:do|can|could|should)\s+(?:I|we|you)\s+)(?:be\s+)?"
                      r"(?:re-?submit\w*|re-?appl\w*|re-?request\w*"
                      r"|(?:request|ask\s+for|submit|try|send)\s+(?:it|them|this|that)\s+(?:again|later)\b)", re.IGNORECASE)
_PLAIN = frozenset("""
a an the i i'm i’m i've i’ve me my mine we our was were is are be been being got get gets getting did do does
done can could should would will why what which how it its they them their that this these those and but or so
to for of at by on in with about imr ur review reviewer reviewers appeal appealed appeals else other than
besides apart from aside except anything any something request requests still again now just also too ok okay
please help there here all whole
decide decided decides deciding happen happened happens happening reason reasons reasoning reasoned turn turned
turns down decision decisions determination determinations letter fight contest challenge dispute
""".split())  # ... and the words of asking about a decision ("what happened", "turned it down"; the decision's own
# words are service.outcomes.WORD's)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _told_more(text: str, plain: frozenset[str] = frozenset()) -> bool:
    """Whether `text` says anything but the kind asked, its body part, the decision and the asking:
    a word left that may describe the patient ("nerve pain down my leg", "#90", "sewing")."""
    blank = mask_orderers(OUTCOME_WORD.sub(" ", text), verb=True)[0]  # "my chiropractor ordered": who asked for it
    for _set, word in find_treatments(blank):
        blank = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", blank, flags=re.IGNORECASE)
    for word in (w for _r, w in find_regions(blank)):
        blank = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", blank, flags=re.IGNORECASE)
    return any(w.lower() not in _PLAIN | plain for w in _WORD.findall(blank))


# what IMR can do for the asker, asked of IMR itself: "can IMR help?", "could independent medical review get him one?"
IMR_HELP = re.compile(r"\b(?:can|could|will|would|does|do|is)\s+(?:an?\s+|the\s+)?(?:IMR|independent\s+medical\s+review)\s+"
                      r"(?:help|do\s+(?:anything|something)|give|get|provide|order|arrange|cover|able)\b", re.IGNORECASE)
# the one the asker speaks for, told by kin alone: "my husband", "my wife's" (a sex, and no one among the letters)
_KIN = re.compile(r"\b(?:my|our)\s+(?:husband|wife|spouse|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|"
                  r"boyfriend|girlfriend)(?:['’]s)?\b", re.IGNORECASE)
_KIN_WORDS = frozenset({"husband", "wife", "spouse", "partner", "son", "daughter", "mother", "father", "mom", "mum", "dad",
                        "brother", "sister", "boyfriend", "girlfriend", "husband's", "wife's", "need", "needs", "needed",
                        "want", "wants", "wanted", "he", "she", "him", "her", "his", "he's", "she's"})


def _kin_only(query: Query) -> bool:
    """Whether `query` asks what IMR can do for someone told by kin alone ("my husband needs a second opinion, can
    IMR help?"): no age, job, injury or anything else of them, so no letter is theirs to answer."""
    person = query.person
    if not IMR_HELP.search(query.text) or not _KIN.search(query.text) or re.search(
            r"\b(?:man|woman|male|female|guy|lady|gentleman)\b", query.text, re.IGNORECASE):
        return False
    return (person.age is None and person.ages is None and not person.occupations and not person.injury_month
            and not person.injury_year and person.requests is None and query.age is None and not query.injury_date)


def no_one_named(query: Query) -> bool:
    """Whether `query` asks of the one letter of the asker's own case, or of one patient's other
    requests, and names no case and describes no patient: no letter is the one meant. Someone told by kin alone,
    asking what IMR can do for them ("my husband needs a second opinion, can IMR help?"), describes no patient."""
    kin = _kin_only(query)
    if (query.case_numbers or (query.person.described and not kin) or query.age is not None or (query.sex and not kin)
            or query.injury_date or query.group or query.reviewer or query.levels or query.story_treatments):
        return False
    if kin:
        return not _told_more(query.text, _KIN_WORDS)
    own = bool(_FIRST.search(query.text)) and bool(query.treatments or APPEAL.search(query.text))
    return (own or rest_of_one(query)) and not _told_more(query.text)


def kin_asks_decided(engine: Engine, query: Query) -> bool:
    """Whether a question told by kin alone names a treatment some letter's request prints ("my husband needs a home
    aide, will IMR cover it?"): asked of those letters, as any treatment is (a second opinion, which no request names,
    is not: what IMR decides is said)."""
    return _kin_only(query) and any(engine.store.catalog.query(
        "SELECT 1 FROM items WHERE lower(request) LIKE ? LIMIT 1", [f"%{word.lower()}%"]) for word in query.treatment_words)


def rest_of_one(query: Query) -> bool:
    """Whether `query` asks of the rest of one letter's requests ("besides the meds, what else ...?")."""
    return bool(query.set_aside.treatments or asks_besides(query.text))




NOT_CONTESTED = "The letters themselves say nothing of contesting it."
# whether the decision is final, asked yes or no: "so the decision is final?", "is that final?", "is this binding?" (not
# "what is the final decision?")
FINAL_ASKED = re.compile(r"\b(?:is|was)\s+(?:this|that|it|(?:the|this|that)\s+(?:decision|determination|ruling|IMR(?:\s+decision)?))\s+"
                         r"(?:really\s+|now\s+)?(?:final|binding)\b"
                         r"|\b(?:the\s+(?:decision|determination|ruling)|that|it)(?:\s+is|'s|’s)\s+(?:really\s+|now\s+)?"
                         r"(?:final|binding)\b(?=[^?]*\?|\s*(?:then|now)?\s*$)", re.IGNORECASE)
# ... its answer first
FINAL_YES = "Yes: IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6)."
# after a decision given: what may be done about it, no more ("what do we do now?")
AFTER_A_DECISION = ("IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6). "
                    + NOT_CONTESTED)


# the words beside "what now?" that ask nothing more: "whats the next step", "ok so what now?"
_NOTHING_MORE = frozenset({"what", "whats", "what's", "what’s", "is", "are", "the", "so", "ok", "okay", "and", "then", "our",
                           "my", "his", "her", "their", "now", "here", "for", "this", "that", "it", "us", "me", "him",
                           "them", "do", "we", "i", "s", "a", "well", "hmm", "alright", "right"})
# ... and the words of asking it ("what are my options?", "can we still appeal?"): no treatment, case or outcome
_WHAT_NOW_WORDS = frozenset({"next", "step", "steps", "can", "could", "should", "may", "how", "appeal", "fight", "contest",
                             "challenge", "dispute", "reverse", "happens", "comes", "options", "anything", "there", "else",
                             "way", "chance", "to", "still", "even", "you", "they", "he", "she", "any", "an", "we", "i"})
_APPENDED = re.compile(r"\s*\[[^\]]*\]\s*$")  # the context a follow-up's resolution appended ("... [the MRI in case ...]")
_WORDS = re.compile(r"[\w'’-]+")


def only_what_now(text: str) -> bool:
    """Whether `text` asks what may be done about a decision and nothing more ("whats the next step" after an item):
    the answer is that the decision is final, first."""
    base = _APPENDED.sub("", text)
    return bool(WHAT_NOW.search(base)) and all(w.lower() in _NOTHING_MORE | _WHAT_NOW_WORDS for w in _WORDS.findall(base))


# a new request asked of after a decision, what may come of it later: "mri denied, she wants injections now - any
# chance?", "is there a chance he gets it next year?", "can she get it again next year?" (no yes or no of the
# decision told: the decision, then NEW_REQUEST)
FUTURE_REQUEST = re.compile(r"\b(?:(?:any|some)\s+|what(?:'s|’s|\s+(?:is|are))\s+(?:(?:the|her|his|my|our|their)\s+)?)"
                            r"chances?\b(?!\s+(?:to|of)\s+(?:appeal|fight|contest|challenge|reverse))"
                            r"|\bis\s+there\s+(?:any\s+|a\s+)?(?:chance|hope)\b"
                            r"|\b(?:can|could)\s+(?:I|we|he|she|they|my\s+\w+)\s+(?:still\s+|ever\s+)?(?:get|have|try)\s+"
                            r"(?:[\w-]+\s+){1,4}?(?:again|instead|next\s+(?:year|time|month)|in\s+the\s+future)\b",
                            re.IGNORECASE)
# ... answered after the decision: what the letter decided is all it decided
NEW_REQUEST = ("IMR decided only the request in its letter; a new request goes to the claims administrator's "
               "utilization review (UR) first.")
# who pays for what IMR denied: "do we have to pay for it ourselves?", "who pays for it now?", "out of pocket?",
# "are we stuck with the bill?"
WHO_PAYS = re.compile(r"\bwho\s+(?:pays|paid|will\s+pay|has\s+to\s+pay|is\s+paying|(?:is|'s)\s+going\s+to\s+pay|covers|covered|"
                      r"will\s+cover)\b"
                      r"|\b(?:I|we|you|he|she|they)\s+(?:(?:have|has|had|need|needs)\s+to\s+|must\s+|gotta\s+|will\s+)?pay\b"
                      r"|\bout\s+of\s+(?:my|our|his|her|their|your)?\s*pocket\b|\bstuck\s+with\s+the\s+(?:bill|cost)\b"
                      r"|\bpay\s+(?:for\s+)?(?:it|them|that)\s+(?:ourselves|myself|himself|herself|themselves)\b", re.IGNORECASE)
# ... answered after the decision: what the letters and the law they cite allow, no more
WHO_PAYS_AFTER = ("IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6). "
                  "The letters say nothing of who pays for the treatment.")


def final_and_binding() -> str:
    """What may be done about an IMR decision, asked of none: what IMR is, that its decision is final and
    binding, and that the letters say nothing of contesting it."""
    return meaning(("IMR",)) + " " + NOT_CONTESTED


__all__ = ["AFTER_A_DECISION", "APPEAL", "IMR_HELP", "FINAL_ASKED", "FINAL_YES", "FUTURE_REQUEST", "NEW_REQUEST", "NOT_CONTESTED", "WHAT_NOW", "WHO_PAYS", "WHO_PAYS_AFTER", "final_and_binding", "no_one_named", "rest_of_one"]
