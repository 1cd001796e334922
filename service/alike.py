"""The letters a patient description fits equally, and whether anything else the question says
tells them apart.

"the 37 yo woman - was her MRI denied?": four letters are of a 37-year-old woman
(service.patients.described_letters: every field the description gives agrees), two of them decide
an MRI, and no other word of the question is printed in one of those two case summaries and not
the other. Both are the patient described, as far as the question can say; "the 37 yo woman's
TENS unit" fits one (only one letter decides a TENS unit), and so does "the 53 yo man's neck MRI"
when the other 53-year-old man's MRI is of his low back.

A word tells letters apart when some of the letters print it and others do not ("the 50 yo woman's
extra PT, the one whose acupuncture was approved": one letter decides acupuncture). A word none of
them prints tells something that cannot be checked: no letter is claimed alike then. The words of
the fields already matched (age, sex, dates, the treatment and body part asked) and question,
outcome and person words are not read again, nor those that ask to confirm ("..., right?").
"""

from __future__ import annotations

import msgspec

from indexer.model import Letter
from indexer.terms import tokens
from indexer.treatments import match_treatments
from service.confirm import without_confirmation
from service.engine import Engine
from service.partly import MODIFIED, part_given_rest_asked
from service.reason_asked import reason_clauses
from service.topic import GENERIC
from service.understand import Query

# words that name the person or how the asker talks of them, not a fact a summary could print
_PERSON = frozenset("yo y/o guy gal lady fellow gentleman girl boy wife husband mom dad mother father son daughter "
                    "sister brother client old year".split())
# the rest of an outcome said in words ("turned down", "shot down"): no fact a summary could print
_OUTCOME_PARTS = frozenset({"down"})
# the words of a reason asked ("what was missing from her records?", "what did the chart lack?"): what
# the reviewer found, no fact a summary could print of one patient and not the other
_REASON_ASKED = frozenset("missing lacking lack lacked record chart paperwork file".split())
# what is left of a negative auxiliary ("didn't": "didn"), and the others compared with ("what did she
# have that the others didn't?"): no fact either
# ... nor a modal verb ("what would she need to get it approved?")
_FUNCTION = frozenset("didn doesn don wasn weren isn aren hasn haven hadn couldn wouldn shouldn won other "
                      "would could should might must shall".split())
# the words that ask which part of the body a request was for ("what body part was her MRI for?"): asked, no fact
_PART_ASKED = frozenset("body part parts area region".split())
# the words that ask how the answer is to be said ("what was the reason in simple words?", "explain it in plain
# English", "in layman's terms, briefly"): the asker's wish, no fact
_SAID_HOW = frozenset("simple simply plain english word words term terms layman laymans lay language explain explained explanation "
                      "brief briefly short shortly summarize summarise nutshell".split())
# the words that ask where a request stands ("neck MRI pending or decided?", "is it still open?"): asked, no fact
_STATUS = frozenset("pending decided undecided status open still yet".split())
# the words that ask of the care had before ("had she done PT before?", "has he tried it already?"): asked of each
# letter, no fact of one
_PAST_ASKED = frozenset("done tried had gone been before previously already prior earlier ever".split())
_NO_FACT = _PERSON | _OUTCOME_PARTS | _REASON_ASKED | _FUNCTION | _PART_ASKED | _SAID_HOW | _STATUS | _PAST_ASKED


class Alike(msgspec.Struct, frozen=True, kw_only=True):
    cases: tuple[str, ...]  # the letters the question fits equally, in the order given
    unread: tuple[str, ...] = ()  # words of the question no fitting letter prints: what they tell is unknown
    notes: tuple[str, ...] = ()  # which field matched how many letters


def told_words(query: Query) -> tuple[str, ...]:
    """The question's words that could tell one patient's letter from another's: not a field
    matched already (age, sex, dates, the treatment and body part asked), not a question,
    outcome or person word."""
    named = set(tokens(" ".join((*query.treatment_words, query.names, *query.body_regions, *query.region_words))))
    out = []
    # (the words that ask to confirm a statement, "..., right?", tell nothing of the patient)
    for tok in tokens(without_confirmation(query.text)):
        if tok in GENERIC or tok in _NO_FACT or tok in named or len(tok) < 3 or any(ch.isdigit() for ch in tok):
            continue
        if tok not in out:
            out.append(tok)
    return tuple(out)


def apart(words: tuple[str, ...], texts: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The letters of `texts` (case number -> the letter's text) that print the most of the `words`
    some of them print and others do not, in the order given; those words; and the words none of
    them prints. All the letters, and no telling words, when no word tells them apart."""
    printed = {case: set(tokens(text)) for case, text in texts.items()}
    unread = tuple(w for w in words if not any(w in p for p in printed.values()))
    telling = tuple(w for w in words if 0 < sum(w in p for p in printed.values()) < len(printed))
    if not telling:
        return tuple(texts), (), unread
    best = max(sum(w in p for w in telling) for p in printed.values())
    return tuple(case for case, p in printed.items() if sum(w in p for w in telling) == best), telling, unread


def alike(engine: Engine, query: Query, fitting: tuple[str, ...], having: tuple[str, ...] | None,
          label: str) -> Alike:
    """Of the letters `fitting` every field of the description, those `having` the one treatment
    asked, narrowed by the words of the question that tell them apart; `having` None (the
    patient's requests asked in general, or a group of them): the letters that fit, narrowed by those words
    only when some of them print one."""
    notes = [f"the description fits {len(fitting)} letters ({', '.join(fitting)})"]
    cases = fitting
    if having is not None:
        cases = tuple(case for case in fitting if case in having)
        notes.append(f"with a request for {label}: {len(cases)} of them" + (f" ({', '.join(cases)})" if cases else ""))
    if len(cases) < 2:
        return Alike(cases=cases, notes=tuple(notes))
    letters = engine.letters(list(cases))
    if having is None:
        # the patient's requests asked in general: a word only some of their requests and rationales print still
        # tells them apart ("the 52 yo woman - what did the reviewer say about the ultrasound?": one of the two
        # decided an ultrasound; not "fell at work", which a case summary tells); else the letters stay as they are
        decided = {case: " ".join(f"{i.request} {i.rationale}" for i in letters[case].items) for case in cases if case in letters}
        # (a word some whole letter prints tells nothing apart: "the guy whose neck MRI got denied", both letters' neck)
        _kept, told_apart, _unread = apart(told_words(query), {case: letters[case].text for case in decided})
        kept, telling, _unread = apart(told_apart, decided)
        if telling:
            notes.append(f"told apart by {', '.join(repr(w) for w in telling)}: {len(kept)} of them ({', '.join(kept)})")
            return Alike(cases=kept, notes=tuple(notes))
        return Alike(cases=cases, notes=tuple(notes))
    if part_given_rest_asked(query.text) and 0 < len(rest := _remainders(query, letters, cases)) < len(cases):
        # "the carrier approved 6 acupuncture visits for the 50 yo but IMR denied the other 2": the letter whose
        # request UR partly authorised, IMR deciding the rest (not the other 50-year-old's whole request)
        notes.append(f"a part told as given, the rest asked: the {len(rest)} whose request utilization review partly "
                     f"authorised ({', '.join(rest)})")
        return Alike(cases=rest, notes=tuple(notes))
    kept, telling, unread = apart(told_words(query), {case: letters[case].text for case in cases if case in letters})
    # (a word of the reason the asker offers tells them apart where some letter prints it, "which of the 54 yo woman's
    # MRIs got denied because PT was helping her?"; printed in none, it is no fact of the patient left unchecked: "is it
    # because she didnt do PT first?")
    unread = tuple(w for w in unread if w in _outside_reasons(query))
    if telling:
        notes.append(f"told apart by {', '.join(repr(w) for w in telling)}: {len(kept)} of them ({', '.join(kept)})")
    elif unread:
        notes.append(f"{', '.join(repr(w) for w in unread)} printed in none of them: no answer for each")
    else:
        notes.append(f"nothing else in the question tells these {len(cases)} apart")
    return Alike(cases=kept, unread=unread, notes=tuple(notes))


def _outside_reasons(query: Query) -> set[str]:
    """The told words of `query` outside the clauses that offer a reason."""
    text = query.text
    for start, end in reason_clauses(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return set(told_words(msgspec.structs.replace(query, text=text)))


def _remainders(query: Query, letters: dict[str, Letter], cases: tuple[str, ...]) -> tuple[str, ...]:
    """Of `cases`, those whose request of the kind asked is the remainder of one UR partly authorised."""
    asked = set(query.treatments)
    return tuple(case for case in cases if case in letters and any(
        MODIFIED.search(i.request) and (not asked or asked & set(match_treatments(i.request))) for i in letters[case].items))


__all__ = ["Alike", "alike", "apart", "told_words"]
