"""What a word of the IMR process means ("what does upheld mean?"): the meaning, from
service.glossary; or a kind of request ("what is an EMG?"): what it is and how the index's requests for it
were decided, from service.kind_term. No letter is quoted and no item is decided, so the answer has no
citations."""

from __future__ import annotations

from service.engine import Engine
from service.glossary import meaning
from service.kind_term import kind_meaning
from service.plan import Plan
from service.types import Answer
from service.understand import Query


def term_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    text = kind_meaning(engine, query.kind_term) if query.kind_term else meaning(query.terms)
    return Answer(question=question, answer=text, citations=(), hits=(), understood=seen, kind="term", lead=text)
