"""Hybrid, domain-aware retrieval: dense (Chroma) + lexical (BM25), fused, one hit per item.

1. Hard filters (client filters, plus case numbers named in the question) select the items both
   sides rank (service.filters: one SQL condition over the catalog). A decision intent ("denied") is a filter too, relaxed only when
   nothing of that decision matches.
2. Dense and lexical rankings are fused by reciprocal rank (RRF).
3. Understood facets that are not filters (treatment category, body region, the patient's age,
   sex and date of injury) add bounded boosts from chunk metadata.
4. Windows of the same item collapse into one hit (its best window).
"""

from __future__ import annotations

from indexer.model import Letter
from service.engine import Engine
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


def rank(engine: Engine, query: Query, filters: dict[str, object], k: int) -> list[tuple[str, float, float, dict]]:
    """(chunk id, fused score, dense similarity, metadata), best first, one per item."""
    if len(query.case_numbers) > 1 and "case_number" not in filters:
        filters = {**filters, "case_number": list(query.case_numbers)}
    n = max(CANDIDATES, k * 4)
    vector = engine.embed_query(query.search_text)
    warm = engine.warm()  # one snapshot for the whole question: a refresh may swap it meanwhile
    keep = engine.keep(warm, filters)
    dense = engine.dense(warm, vector, n, keep)
    lexical = warm.lexical(query.search_text, n, keep)
    fused: dict[int, float] = {}
    similarity: dict[int, float] = {}
    for position, (row, sim) in enumerate(dense):
        fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + position + 1)
        similarity[row] = sim
    for position, (row, _score) in enumerate(lexical):
        fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + position + 1)
    meta = engine.rows_meta(warm, fused)
    topic = topic_tokens(query)
    scored = []
    for row, score in fused.items():
        m = meta.get(row)
        if m is None:
            continue  # deleted since this snapshot
        extra = boost(query, m) + BOOST["request"] * overlap(topic, str(m.get("request", "")))
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
