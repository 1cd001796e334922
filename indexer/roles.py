"""Sentence roles: what each rationale sentence does.

- `finding`: what THIS patient's records show or lack ("there was no documentation of objective
  functional improvement", "the injured worker has used Norco since 2014"). A sentence that mixes
  a rule and a finding ("Per MTUS, ...; in this case there is no ...") is a finding, and so is a
  verdict that carries its case-specific reason ("Given the lack of improvement, the request is
  not medically necessary").
- `guideline`: what a guideline or the literature says, which guideline applies or is silent.
- `conclusion`: the verdict with no reason of its own: the closing "Therefore, the request ... is
  (not) medically necessary", an opening "No, the request ... was not medically necessary", "This
  request does not satisfy the guidelines".
- `history`: the request itself, the UR decision and background: age, injury, diagnoses, treatment
  to date, "This is a request for ...", "The UR non-certified ...".
- `other`: advice and boilerplate ("This decision should not be interpreted as ...").

How: `rule_role` reads reviewers' cue phrases (indexer.role_cues: the verdict and what is left
of the sentence without it, the case markers "in this case", "the injured worker", "the records",
dates, test results, the guideline names and their prescriptive language) and answers None when
they do not settle it. Those open sentences go to the embedding model:
- the learned classifier (indexer.role_classifier): a logistic regression over the sentence's
  embedding and the cue flags, giving each role a probability. Its weights (indexer/role_model.npz)
  were fitted on the gold roles of the tune half's letters, with the prototypes below as extra
  examples, by `python -m eval.role_model`, which also chose its settings by cross-validation
  over those letters; rerun it to retrain. It serves
  only an encoder of the model it was fitted on (all-MiniLM-L6-v2, 384 dimensions, any backend);
- otherwise (another model, the unit tests' FakeEncoder) the prototypes below: each role scores
  the cosine similarity of its nearest prototype (a handful of general example sentences per role,
  written for this module); history, conclusion and other, which the rules catch by their cue
  phrases, count only when a prototype is close (CUE_ROLE_MIN).
Before either, a guideline's list that runs on as sentences ("... tapering under any of the
following circumstances: ...", "Resolution of pain.", "Patient is non-adherent to treatment.")
is guideline up to the first sentence about this patient (`list_entries`): bare "Patient ..." or
"No documented improvement ..." in such a list is the guideline's wording.
Either way each decided neighbour in the same item (the nearest before and after) adds a bonus to
its role, since rationales run in blocks: the classifier's own (chosen with it), or
NEIGHBOUR_BONUS for the prototypes. `label_letters` makes one encode call for every open sentence
of a batch and caches the prototypes' vectors per encoder; given a factory instead of an encoder,
it loads the model only when some sentence is open.

With `encoder=None` (unit tests only) open sentences get `fallback_role`, a deterministic
reading of the weaker cues: a patient or a past-tense observation -> finding, prescriptive or
generic present tense -> guideline, else other.
"""

from __future__ import annotations

import re
import weakref

import msgspec
import numpy as np

from indexer import role_cues as cue
from indexer.model import Letter, Role, Sentence
from indexer.role_classifier import classifier_for
from indexer.sentences import normalise, trimmed_spans

ROLES: tuple[Role, ...] = ("finding", "guideline", "conclusion", "history", "other")


def _rest_of_verdict(text: str) -> str | None:
    """The sentence without its verdict clause, or None when there is no verdict."""
    hits = [m for m in cue.NECESSARY.finditer(text) if not cue.GENERIC_MODAL.search(text[: m.start()])]
    strong = bool(hits)
    if not hits:
        hits = [m for m in cue.SUPPORTED.finditer(text) if not cue.GENERIC_MODAL.search(text[: m.start()])]
    if not hits:
        return None
    cut = hits[-1].start()
    head = text[:cut]
    subjects = list(cue.REQUEST_REF.finditer(head))
    if subjects:  # the verdict's subject is the request: the rest is what comes before it
        named = strong or cue.REQUEST_SUBJECT.match(text) or cue.CONNECTIVE.match(text)
        return head[: subjects[-1].start()] if named else None
    boundaries = [m.end() for m in re.finditer(r"[,;:]|\b(?:and|therefore|thus|so|hence)\b", head, re.IGNORECASE)]
    rest = head[: boundaries[-1]] if boundaries else ""
    if not strong and not (cue.REQUEST_SUBJECT.match(text) or cue.CONNECTIVE.match(text)):
        return None
    return rest


def _is_bare(rest: str) -> bool:
    """True when what is left of a verdict sentence carries no reason of its own."""
    rest = cue.ANAPHORA.sub(" ", rest)
    rest = cue.GENERIC_VERDICT.sub(" ", rest)
    return not cue.REASON.search(rest) and not cue.LACK.search(rest)


def _about_the_case(text: str) -> bool:
    """Case cues: the patient, the records, a test's result, the request."""
    conditional = cue.IF.search(text)
    noted = cue.NOTED.search(text) and not conditional
    subject = cue.PATIENT_SUBJECT.search(text) and not (conditional and cue.GUIDE.search(text))
    return bool(cue.CASE.search(text) or cue.RECORDS.search(text) or cue.RESULT.search(text) or noted or subject
                or cue.REQUEST_REF.search(text))


def rule_role(text: str) -> Role | None:
    """The role that reviewers' cue phrases give `text`, or None when they leave it open."""
    text = normalise(text)
    cues = cue.BRACKETED.sub(" ", text)
    if cue.OTHER.search(text):
        return "other"
    if cue.VERDICT_OPENING.match(text):
        return "conclusion"
    if (odds := cue.AT_ODDS.match(cues)) and not _about_the_case(cues[odds.end():]) and not cue.LACK.search(cues):
        # "The request, thus, was at odds with page 82 of the MTUS ...": the rule it conflicts with
        return "guideline" if cue.GUIDE.search(cues[odds.end():]) else "conclusion"
    rest = _rest_of_verdict(cues)
    if rest is not None:
        if _is_bare(rest):
            return "conclusion"
        if _about_the_case(rest) or cue.LACK.search(rest) or not cue.GUIDE.search(rest):
            return "finding"
        return "guideline"
    if cue.GENERIC_VERDICT.search(text) and _is_bare(cue.GENERIC_VERDICT.sub(" ", text)):
        return "conclusion"
    if cue.HISTORY_STRONG.search(text):
        background = not (cue.HISTORY_PROCEDURE.search(text) or cue.HISTORY_PERSON.search(text))
        if background and (cue.RESULT.search(cues) or cue.LACK.search(cues) or cue.PATIENT_SUBJECT.search(cues)):
            return "finding"  # "The patient is diagnosed with X and x-rays reveal ..."
        return "history"
    if cue.APPLIES.search(cues) and not cue.LACK.search(cues):
        return "guideline"
    lack = bool(cue.LACK.search(cues))
    generic = cue.LITERATURE.search(cues) or cue.GUIDE.search(cues) or cue.IF.search(cues)
    if _about_the_case(cues) or (lack and not generic) or cue.PAST_LACK.search(cues):
        return "finding"
    prescriptive = cue.RULE.search(cues) and (not cue.PATIENT_WEAK.search(cues) or cue.CONDITIONAL.search(cues))
    if cue.GUIDE.search(cues) or cue.LITERATURE.search(cues) or cue.LIST_ENTRY.match(cues) or cue.DEFINITION.match(cues):
        return "guideline"
    if prescriptive:
        return "guideline"
    if cue.HISTORY_WEAK.search(text):
        return "history"
    observed = cue.PAST.search(cues) or cue.NEGATED.search(cues)
    if cue.PATIENT_WEAK.search(cues) and observed and not cue.CONDITIONAL.search(cues):
        return "finding"
    return None


def fallback_role(text: str) -> Role:
    """Deterministic role for a sentence the rules leave open, without a model (unit tests)."""
    if cue.PATIENT_WEAK.search(text) or cue.PAST.search(text):
        return "finding"
    if cue.RULE.search(text) or re.search(r"\b(?:is|are)\b", text):
        return "guideline"
    return "other"


# -- the embedding model for open sentences ---------------------------------------------------------
# General example sentences in reviewers' language, written for this module (not from any letter).
PROTOTYPES: dict[Role, tuple[str, ...]] = {
    "finding": (
        "Examination showed tenderness over the paraspinal muscles with full strength and normal reflexes.",
        "Her pain has not changed since the last visit despite the medication.",
        "The x-ray showed mild degenerative changes and no fracture.",
        "Sensation was decreased along the left forearm.",
        "Grip strength 4/5 on the right.",
        "He has taken the medication for more than six months without a documented benefit.",
        "The notes do not say how many therapy visits were completed or what they achieved.",
        "The worker reports that the pain improved after the injections.",
        "No swelling or instability was found.",
    ),
    "guideline": (
        "Guidelines recommend this medication only for a short course of treatment.",
        "Imaging is indicated when red flags or a progressive neurological deficit are present.",
        "Passive modalities are not recommended as an isolated treatment for chronic pain.",
        "Randomized trials show little benefit over placebo for this condition.",
        "Continued treatment depends on documented objective functional improvement.",
        "This class of drugs carries a risk of dependence with prolonged use.",
        "The initial trial is six visits over two weeks.",
        "Massage is a passive treatment that is widely used for musculoskeletal pain.",
        "Traction applies a force to the spine to relieve pressure on the nerves.",
        "Frequency: two to three times per week for up to four weeks.",
        "Failure of a trial of exercise, medication and activity modification.",
        "Heat wraps relieve low back pain slightly better than placebo in short trials.",
    ),
    "conclusion": (
        "Therefore, the requested treatment is not medically necessary.",
        "The request is medically necessary and appropriate.",
        "Medical necessity for the requested service has not been established.",
        "Accordingly, the service cannot be certified at this time.",
    ),
    "history": (
        "The injured worker is a 52-year-old man who hurt his lower back lifting boxes at work.",
        "Diagnoses include cervical strain and lumbar radiculopathy.",
        "This is a request for twelve sessions of physical therapy.",
        "Utilization review modified the request to six sessions.",
        "She was injured in a fall at work in March 2015.",
    ),
    "other": (
        "This determination does not mean that the medication should be stopped abruptly.",
        "The worker should discuss a safe tapering plan with the treating physician.",
        "The reviewer has no affiliation with the parties.",
    ),
}
_PROTO_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _prototype_vectors(encoder) -> tuple[list[Role], np.ndarray]:
    cached = _PROTO_CACHE.get(encoder)
    if cached is None:
        labels = [role for role, texts in PROTOTYPES.items() for _ in texts]
        vectors = np.asarray(encoder.encode([t for texts in PROTOTYPES.values() for t in texts]), dtype=np.float32)
        cached = (labels, vectors)
        _PROTO_CACHE[encoder] = cached
    return cached


# The rules catch history, conclusions and boilerplate by their cue phrases, so an open sentence
# takes one of these roles only when it is this close to one of their prototypes; otherwise the
# prototypes choose between finding and guideline.
CUE_ROLES: tuple[Role, ...] = ("conclusion", "history", "other")
CUE_ROLE_MIN = 0.6
# Rationales run in blocks (the guideline quoted, then the findings): each decided neighbour (the
# nearest decided sentence before and after, in the same item) of the same role adds this.
NEIGHBOUR_BONUS = 0.05


def role_scores(texts: list[str], encoder) -> np.ndarray:
    """(len(texts), len(ROLES)) cosine similarity of each text to its nearest prototype of each role."""
    return _prototype_scores(np.asarray(encoder.encode(texts), dtype=np.float32), encoder)


def _prototype_scores(vectors: np.ndarray, encoder) -> np.ndarray:
    labels, protos = _prototype_vectors(encoder)
    sims = vectors @ protos.T
    out = np.full((len(vectors), len(ROLES)), -1.0, dtype=np.float32)
    for j, role in enumerate(ROLES):
        cols = [k for k, label in enumerate(labels) if label == role]
        out[:, j] = sims[:, cols].max(axis=1)
        if role in CUE_ROLES:
            out[:, j] = np.where(out[:, j] >= CUE_ROLE_MIN, out[:, j], -1.0)
    return out


def open_scores(texts: list[str], encoder) -> tuple[np.ndarray, float]:
    """(len(texts), len(ROLES)) scores of open sentences and the bonus per decided neighbour: the
    learned classifier's probabilities when it fits `encoder`, else the prototypes' similarities."""
    vectors = np.asarray(encoder.encode(texts), dtype=np.float32)
    learned = classifier_for(encoder)
    if learned is None:
        return _prototype_scores(vectors, encoder), NEIGHBOUR_BONUS
    probabilities = learned.probabilities(texts, vectors)
    return probabilities[:, [learned.roles.index(role) for role in ROLES]], learned.neighbour_bonus


def decided_neighbours(roles: list[Role | None], i: int) -> list[Role]:
    """The roles of the nearest decided sentences before and after sentence `i` (None: open)."""
    before = next((r for r in reversed(roles[:i]) if r is not None), None)
    after = next((r for r in roles[i + 1 :] if r is not None), None)
    return [r for r in (before, after) if r is not None]


LIST_ENTRY_WORDS = 45  # a list entry is short: a longer sentence after the list is the reviewer's own


def list_entries(texts: list[str]) -> set[int]:
    """Indices of the sentences that are entries of a guideline's list run on as sentences: those
    after a sentence that opens one ("... under any of the following circumstances: ..."), up to
    the first that is about this patient (the case cues, "the patient", a record or a date), a
    verdict or a long sentence. Bare "Patient is non-adherent to treatment" is the guideline's
    wording, not this patient."""
    out: set[int] = set()
    listing = False
    for i, text in enumerate(texts):
        text = cue.BRACKETED.sub(" ", normalise(text))
        if listing:
            case = cue.CASE.search(text) or cue.RECORDS.search(text) or cue.CASE_PATIENT.search(text)
            verdict = cue.NECESSARY.search(text) or cue.SUPPORTED.search(text)
            listing = not (case or verdict or len(text.split()) > LIST_ENTRY_WORDS)
            if listing:
                out.add(i)
        if cue.LIST_OPENER.search(text):
            listing = True
    return out


def sentence_roles(items: list[list[str]], encoder) -> list[list[Role]]:
    """Roles of each item's sentences: rules first, then one model call for every open sentence of
    all `items` (or `fallback_role` without a model), nudged towards the roles of its neighbours.
    `encoder` may be a factory (a callable without `encode`), called only when a sentence is open."""
    decided = [[rule_role(t) for t in texts] for texts in items]
    for texts, roles in zip(items, decided):
        for i in list_entries(texts):
            roles[i] = "guideline"
    open_ = [(n, i) for n, roles in enumerate(decided) for i, r in enumerate(roles) if r is None]
    out = [list(roles) for roles in decided]
    if encoder is None:
        for n, i in open_:
            out[n][i] = fallback_role(items[n][i])
        return out  # type: ignore[return-value]
    if open_:
        if callable(encoder) and not hasattr(encoder, "encode"):
            encoder = encoder()
        scores, bonus = open_scores([normalise(items[n][i]) for n, i in open_], encoder)
        for (n, i), row in zip(open_, scores):
            for role in decided_neighbours(decided[n], i):
                row[ROLES.index(role)] += bonus
            out[n][i] = ROLES[int(row.argmax())]
    return out  # type: ignore[return-value]


def label_letters(letters: list[Letter], encoder) -> list[Letter]:
    """The letters with every item's rationale sentences and their roles (`Item.sentences`).
    `encoder`: an Encoder, a factory of one (loaded only if a sentence is open), or None (unit tests)."""
    spans = [[trimmed_spans(letter.text, *item.rationale_span) for item in letter.items] for letter in letters]
    texts = [[letter.text[a:b] for a, b in item_spans] for letter, per in zip(letters, spans) for item_spans in per]
    roles = iter(sentence_roles(texts, encoder))
    out = []
    for letter, per in zip(letters, spans):
        items = tuple(
            msgspec.structs.replace(item, sentences=tuple(Sentence(span=sp, role=r) for sp, r in zip(item_spans, next(roles))))
            for item, item_spans in zip(letter.items, per)
        )
        out.append(msgspec.structs.replace(letter, items=items))
    return out
