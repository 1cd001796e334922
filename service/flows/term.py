"""What a word of the IMR process means ("what does upheld mean?"): the meaning, from
service.glossary. No letter is quoted and no item is decided, so the answer has no citations."""

from __future__ import annotations

from service.engine import Engine
from service.glossary import meaning
from service.plan import Plan
from service.types import Answer
from service.understand import Query


def term_flow(engine: Engine, plan: Plan, query: Query, question: str, seen: dict, k: int) -> Answer:
    text = meaning(query.terms)
    return Answer(question=question, answer=text, citations=(), hits=(), understood=seen, kind="term", lead=text)
