"""Hybrid, domain-aware retrieval: dense (Chroma) + lexical (BM25), fused, one hit per item.

1. Hard filters (client filters, plus case numbers named in the question) go into the store's
   `where`, on both sides. A decision intent ("denied") is a filter too, relaxed only when
   nothing of that decision matches.
2. Dense and lexical rankings are fused by reciprocal rank (RRF).
3. Understood facets that are not filters (treatment category, body region, the patient's age,
   sex and date of injury) add bounded boosts from chunk metadata.
4. Windows of the same item collapse into one hit (its best window).
"""

from __future__ import annotations

import numpy as np

from indexer.model import Letter
from service.engine import Engine
from service.filters import to_where
from service.lexical import Lexical
from service.topic import overlap, topic_tokens
from service.types import GuidelineRef, Hit
from service.understand import Query

RRF_K = 60
CANDIDATES = 60
# Boosts in RRF units: one list's first place is worth 1/61 = 0.0164.
BOOST = {
    "decision": 0.012,
    "category": 0.012,
    "region": 0.010,
    "age": 0.010,
    "sex": 0.004,
    "injury_date": 0.025,
    "side": 0.008,
    "request": 0.02,  # times the share of the question's treatment words the item's heading names
}


def effective_filters(query: Query, filters: dict[str, object]) -> dict[str, object]:
    out = dict(filters)
    if query.case_numbers and "case_number" not in out and len(query.case_numbers) == 1:
        out["case_number"] = query.case_numbers[0]
    return out


def _case_clause(query: Query, filters: dict[str, object]) -> dict[str, object]:
    if len(query.case_numbers) > 1 and "case_number" not in filters:
        return {"case_number": {"$in": list(query.case_numbers)}}
    return {}


def rank(engine: Engine, query: Query, filters: dict[str, object], k: int) -> list[tuple[str, float, float, dict]]:
    """(chunk id, fused score, dense similarity, metadata), best first, one per item."""
    where = to_where(filters)
    extra = _case_clause(query, filters)
    if extra:
        where = {"$and": [where, extra]} if where else extra
    n = max(CANDIDATES, k * 4)
    vector = engine.embed_query(query.search_text)
    lex = engine.lexical()  # one snapshot for the whole question: a refresh may swap it meanwhile
    dense = dense_candidates(engine, vector, n, where, lex)
    lexical = lex.search(query.search_text, n, where)
    fused: dict[str, float] = {}
    meta: dict[str, dict] = {}
    similarity: dict[str, float] = {}
    for position, (cid, sim, _doc, m) in enumerate(dense):
        fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + position + 1)
        meta[cid] = m
        similarity[cid] = sim
    for position, (cid, _score) in enumerate(lexical):
        fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + position + 1)
        if cid not in meta:
            meta[cid] = lex.meta[lex.position[cid]]
    topic = topic_tokens(query)
    scored = []
    for cid, score in fused.items():
        extra = boost(query, meta[cid]) + BOOST["request"] * overlap(topic, str(meta[cid].get("request", "")))
        scored.append((cid, score + extra, similarity.get(cid, 0.0), meta[cid]))
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


BROAD = 0.25  # a filter keeping more than this share of the chunks reads the store's neighbour list
MAX_FETCH = 4000
MIN_DENSE = 20  # dense candidates worth keeping from the neighbour list before scoring exactly


def dense_candidates(
    engine: Engine, vector, n: int, where: dict | None, lex: Lexical | None = None
) -> list[tuple[str, float, str, dict]]:
    """The `n` nearest item chunks under `where`: (id, cosine similarity, "", metadata).

    Chroma's `where` is its slow spot (measured at 100k chunks: 5 ms for a plain top-60 query,
    60-220 ms with a `where`), so the filter is evaluated on the warm metadata columns the lexical
    index already holds (the same metadata Chroma stores), and:
    - no filter: the store's HNSW neighbours;
    - a broad filter (over a quarter of the chunks): enough of the store's plain neighbour list to
      hold `n` matches;
    - a narrower filter, or a broad one whose neighbour list holds fewer than 20 matches: exact
      cosine over the warm vectors of every chunk the filter keeps (service.vectors), better
      than HNSW and never starved.
    """
    lex = engine.lexical() if lex is None else lex
    mask = lex.mask(where)
    selected = len(lex) if mask is None else int(mask.sum())
    if selected == 0:
        return []
    total = max(len(lex), 1)
    if mask is None or selected > BROAD * total:
        fetch = min(MAX_FETCH, total, int(n * total / selected * 3) + n)
        kept = []
        for cid, sim in engine.store.nearest(vector[None, :], fetch)[0]:
            pos = lex.position.get(cid)
            if pos is not None and (mask is None or mask[pos]):
                kept.append((cid, sim, "", lex.meta[pos]))
        if mask is None or len(kept) >= min(n, MIN_DENSE) or fetch >= total:
            return kept[:n]
    rows = lex.vectors.top(vector, n, np.flatnonzero(mask))
    return [(lex.ids[i], sim, "", lex.meta[i]) for i, sim in rows]


def boost(query: Query, meta: dict) -> float:
    total = 0.0
    if query.decision and meta.get("decision") == query.decision:
        total += BOOST["decision"]
    if query.category and meta.get("category") == query.category:
        total += BOOST["category"]
    regions = meta.get("body_regions") or []
    if query.body_regions and regions:
        total += BOOST["region"] * len(set(query.body_regions) & set(regions)) / len(query.body_regions)
    if query.side and query.side.lower() in str(meta.get("request", "")).lower():
        total += BOOST["side"]
    if query.age is not None and meta.get("age") == query.age:
        total += BOOST["age"]
    if query.sex and meta.get("sex") == query.sex:
        total += BOOST["sex"]
    if query.injury_date and meta.get("date_of_injury") == query.injury_date:
        total += BOOST["injury_date"]
    return total


def retrieve(engine: Engine, query: Query, filters: dict[str, object], k: int = 10) -> list[Hit]:
    """The top `k` items for an understood question under validated filters."""
    return retrieve_scored(engine, query, filters, k)[0]


def retrieve_scored(
    engine: Engine, query: Query, filters: dict[str, object], k: int = 10
) -> tuple[list[Hit], float]:
    """The top `k` hits and the best dense similarity among them (how well anything matched)."""
    engine.require_index()
    filters = effective_filters(query, filters)
    rows: list[tuple[str, float, float, dict]] = []
    # "Why was X denied?" filters to Upheld items, unless the question names its case: then the
    # item asked about is found whatever its decision, and the answer says what was decided.
    if query.decision and "decision" not in filters and "case_number" not in filters and not query.case_numbers:
        rows = rank(engine, query, {**filters, "decision": query.decision}, k)
    if not rows:
        rows = rank(engine, query, filters, k)
    hits: list[Hit] = []
    best = 0.0
    letters = engine.letters([str(m["case_number"]) for _cid, _score, _sim, m in rows])
    for cid, score, sim, meta in rows:
        letter = letters.get(str(meta["case_number"]))
        if letter is None:
            continue  # chunks of a letter still being indexed (its record is written last)
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
            source=guide.source, sections=guide.sections, pages=guide.pages, raw=guide.raw
        ) if guide else GuidelineRef(),
        chunk_id=chunk_id,
        span=(start, end),
        item_index=index,
        category=item.category if item else "",
        body_regions=item.body_regions if item else (),
    )
