"""Hybrid, domain-aware retrieval: dense + lexical over the item chunks, fused, one hit per item.

1. Hard filters (the client's filters, case numbers named in the question, an outcome the user
   selected plainly) select the items both sides rank (service.filters: one SQL condition).
   Outcome words in other roles never filter (service.outcomes).
2. Dense and lexical rankings are fused by reciprocal rank (RRF).
3. Understood facets that are not filters add bounded boosts: the treatment sets the question
   names, category, body region, side, spinal level, the words of the item's heading, and the patient described
   (service.patients: age, sex, date of injury, and how well the case summary matches).
4. Windows of the same item collapse into one hit (its best window).
"""

from __future__ import annotations

import re

from indexer.model import Letter
from indexer.treatments import GROUPS, members
from service.besides import is_set_aside
from service.dated import decided_month
from service.engine import Engine
from service.levels import levels
from service.partly import MODIFIED, part_given_rest_asked
from service.quantity import asked_counts, request_counts
from service.topic import overlap, topic_tokens, typed_overlap, typed_tokens
from service.types import GuidelineRef, Hit
from service.understand import Query

RRF_K = 60
CANDIDATES = 60
# Boosts in RRF units: one list's first place is worth 1/61 = 0.0164.
BOOST = {
    "treatment": 0.014,  # the item's request is in a treatment set the question names
    "category": 0.010,
    "region": 0.012,
    "region_other": 0.05,  # subtracted when the item names only other body regions than those asked about
    "side": 0.008,
    "level": 0.012,  # the item's request names a spinal level the question asks about
    "level_other": 0.03,  # subtracted when it names only other levels ("the L5 TFESI": not the L4 one)
    "request": 0.02,  # times the share of the question's treatment words the item's heading names
    "person": 0.15,  # times the patient match of the item's letter (service.patients, 0..1)
    "typed": 0.02,  # times the share of the question's own (unexpanded) treatment words the heading has
    "premise": 0.01,  # the decision a question presumes, when it names no case and describes no patient
    "count": 0.012,  # the item's request states a count the question gives ("the eight PT sessions")
    "partly": 0.012,  # the item is a remainder after UR's part, and the question tells a part given, the rest asked
    "set_aside": 0.2,  # subtracted from the items of what the question sets aside ("besides the PT")
}


def effective_filters(query: Query, filters: dict[str, object]) -> dict[str, object]:
    """The client's filters, plus the case numbers the question names, an outcome it selects and, for a
    list, pattern or count, the group of patients it tells (service.groups: "women over 60")."""
    out = dict(filters)
    if query.case_numbers and "case_number" not in out:
        out["case_number"] = query.case_numbers[0] if len(query.case_numbers) == 1 else list(query.case_numbers)
    if query.decision and "decision" not in out:
        out["decision"] = query.decision
    if query.kind in ("list", "pattern", "count"):  # "women over 60": their items only
        out.update({name: value for name, value in query.group if name not in out})
        if not query.case_numbers and not query.person.described:
            # "which neck MRIs were decided in February 2017?": the items decided that month
            out.update({name: value for name, value in decided_month(query.text).items() if name not in out})
    return out


def rank(engine: Engine, query: Query, filters: dict[str, object], k: int,
         person: dict[str, float] | None = None) -> list[tuple[str, float, float, dict]]:
    """(chunk id, fused score, dense similarity, metadata), best first, one per item. `person`:
    case number -> how well the letter matches the patient described (0..1)."""
    n = max(CANDIDATES, k * 4)
    searched = f"{query.search_text} {query.names}".strip()  # the letters' names of lay words searched too
    vector = engine.embed_query(searched)
    warm = engine.warm()  # one snapshot for the whole question: a refresh may swap it meanwhile
    keep = engine.keep(warm, filters)
    dense = engine.dense(warm, vector, n, keep)
    lexical = warm.lexical(searched, n, keep)
    fused: dict[int, float] = {}
    similarity: dict[int, float] = {}
    for position, (row, sim) in enumerate(dense):
        fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + position + 1)
        similarity[row] = sim
    for position, (row, _score) in enumerate(lexical):
        fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + position + 1)
    if person:  # the items of the letters the description matches are candidates too
        for row in engine.item_rows(warm, list(person), keep):
            fused.setdefault(row, 0.0)
    meta = engine.rows_meta(warm, fused)
    topic = topic_tokens(query)
    typed = typed_tokens(query)
    scored = []
    for row, score in fused.items():
        m = meta.get(row)
        if m is None:
            continue  # deleted since this snapshot
        extra = (boost(query, m) + BOOST["request"] * overlap(topic, str(m.get("request", "")))
                 + BOOST["typed"] * typed_overlap(typed, str(m.get("request", ""))))
        if person:
            extra += BOOST["person"] * person.get(m["case_number"], 0.0)
        scored.append((m["chunk_id"], score + extra, similarity.get(row, 0.0), m))
    scored.sort(key=lambda row: -row[1])
    best: dict[tuple[str, int], tuple[str, float, float, dict]] = {}
    for row in scored:
        m = row[3]
        key = (m["case_number"], int(m["item_index"]))
        if key not in best:
            best[key] = row
        elif row[2] > best[key][2]:
            best[key] = (best[key][0], best[key][1], row[2], best[key][3])
    return list(best.values())[:k]


def narrowest(treatments: tuple[str, ...]) -> tuple[str, ...]:
    """The sets named without the groups that include another of them: "pain pill" reads as
    (opioid, medication), and a naproxen, a medication but no opioid, is not what it names."""
    return tuple(t for t in treatments if not any(o != t and o in members(t) for o in treatments))


# Lay words for a group that leave out one of its members: a "scan" is an MRI, a CT or a bone scan,
# not a plain x-ray ("films"); a "muscle (and nerve) test" is the EMG, the needle test of the
# muscles, not the nerve conduction study (which tests no muscle). An item of that member only
# gets no treatment boost when the question names the group so (never a filter).
_LEAVE_OUT = ((re.compile(r"\bscans?\b", re.IGNORECASE), "xray"),
              (re.compile(r"^(?=.*\bmuscles?\b).*\b(?:tests?|testing|stud(?:y|ies)|exams?)\b", re.IGNORECASE), "ncs"))


def left_out(query: Query) -> frozenset[str]:
    """The members of a group the question's words for it leave out (and it names by no other
    word); each phrase on its own: the muscle of "the muscle relaxer and the nerve test" is no test's."""
    return frozenset(m for rx, m in _LEAVE_OUT if m not in query.treatments
                     and any(rx.search(w) for w in query.treatment_words))


def boost(query: Query, meta: dict) -> float:
    total = 0.0
    item_sets = set(meta.get("treatments") or ())
    # "why was acupuncture approved?": evidence for the approved ones, weighed, never a filter
    if query.premise and not query.case_numbers and not query.person.described and meta.get("decision") == query.premise:
        total += BOOST["premise"]
    if query.treatments and set(narrowest(query.treatments)) & item_sets and not (
            (own := item_sets - GROUPS) and own <= left_out(query)):
        total += BOOST["treatment"]
    if query.category and meta.get("category") == query.category:
        total += BOOST["category"]
    regions = meta.get("body_regions") or []
    if query.body_regions and regions:
        shared = len(set(query.body_regions) & set(regions))
        # another body part than the one asked about is another item: "back brace" is not the elbow's
        total += BOOST["region"] * shared / len(query.body_regions) if shared else -BOOST["region_other"]
    if query.side and query.side.lower() in str(meta.get("request", "")).lower():
        total += BOOST["side"]
    if query.levels and (named := levels(str(meta.get("request", "")))):
        total += BOOST["level"] if named & set(query.levels) else -BOOST["level_other"]
    if (counts := asked_counts(query.text)) and counts & request_counts(str(meta.get("request", ""))):
        total += BOOST["count"]
    if part_given_rest_asked(query.text) and MODIFIED.search(str(meta.get("request", ""))):
        total += BOOST["partly"]
    if is_set_aside(query.set_aside, item_sets, regions):
        total -= BOOST["set_aside"]
    return total



def retrieve(engine: Engine, query: Query, filters: dict[str, object], k: int = 10) -> list[Hit]:
    """The top `k` items for an understood question under validated filters."""
    return retrieve_scored(engine, query, filters, k)[0]


def retrieve_scored(engine: Engine, query: Query, filters: dict[str, object], k: int = 10,
                    person: dict[str, float] | None = None) -> tuple[list[Hit], float]:
    """The top `k` hits and the best dense similarity among them (how well anything matched)."""
    engine.require_index()
    rows = rank(engine, query, effective_filters(query, filters), k, person)
    hits: list[Hit] = []
    best = 0.0
    letters = engine.letters([str(m["case_number"]) for _cid, _score, _sim, m in rows])
    for cid, score, sim, meta in rows:
        letter = letters.get(str(meta["case_number"]))
        if letter is None:
            continue  # a letter deleted since this snapshot
        hits.append(to_hit(letter, cid, score, meta))
        best = max(best, sim)
    return hits, best


def to_hit(letter: Letter, chunk_id: str, score: float, meta: dict) -> Hit:
    start, end = int(meta["span_start"]), int(meta["span_end"])
    index = int(meta["item_index"])
    item = letter.items[index - 1] if 0 < index <= len(letter.items) else None
    guide = item.maximus_guideline if item else None
    return Hit(
        case_number=letter.case_number,
        request=item.request if item else "",
        decision=item.decision if item else "",
        section=str(meta["section"]),
        text=letter.text[start:end],
        score=round(score, 6),
        pages=tuple(int(p) for p in str(meta["pages"]).split(",") if p),
        guideline=GuidelineRef(
            source=guide.source, sections=guide.sections, pages=guide.pages, raw=guide.raw, parts=guide.parts
        ) if guide else GuidelineRef(),
        chunk_id=chunk_id,
        span=(start, end),
        item_index=index,
        category=item.category if item else "",
        body_regions=item.body_regions if item else (),
        title=(item.title or item.request) if item else "",
        treatments=item.treatments if item else (),
    )
