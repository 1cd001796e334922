"""`imr-v1`: the answer composer this project had before sentence roles and reason codes, kept as a
baseline so the gain of the new one is measured, not claimed.

Same index, same retrieval (service.qa.search), same abstentions; only the answer differs. v1 took
the top three items (two when a case was named) and, for each, quoted the two rationale sentences
with the most question words and "reason words" ("not medically necessary", "guideline",
"document", ...), then the guideline line. It knew nothing of roles: it quoted headings, closing
formulas and guideline text as reasons. Frozen here as it was (service/answer.py at commit 3859a58).
"""

from __future__ import annotations

import re

from eval.systems import ImrLocal, Outcome, ranked_of
from indexer.errors import ImrError
from indexer.model import Item, Letter, Span
from indexer.sentences import sentence_spans, trim
from indexer.terms import tokens
from service import qa
from service.compose.common import PLAIN, Composer, flat, guideline_span
from service.types import Answer

REASON_WORDS = re.compile(
    r"not (?:medically )?(?:necessary|recommended|supported|indicated)|lack of|no (?:documentation|evidence)|"
    r"recommend|guideline|criteria|medically necessary|document|failed|failure|exceed|support",
    re.IGNORECASE,
)
MAX_QUOTE_CHARS = 420


def reason_spans(letter: Letter, item: Item, question: str, n: int = 2) -> list[Span]:
    wanted = set(tokens(question))
    scored = []
    sentences = [trim(letter.text, s) for s in sentence_spans(letter.text, *item.rationale_span)]
    sentences = [s for s in sentences if s[1] - s[0] > 20]
    for position, span in enumerate(sentences):
        text = letter.text[span[0] : span[1]]
        score = len(set(tokens(text)) & wanted) + 1.5 * len(REASON_WORDS.findall(text))
        if span[1] - span[0] > MAX_QUOTE_CHARS:
            score -= 2
        if position == 0 and re.match(r"\s*(?:The request|No,|Yes,)", text):
            score -= 1
        scored.append((score, position, span))
    best = sorted(scored, key=lambda row: (-row[0], row[1]))[:n]
    return [span for _score, _pos, span in sorted(best, key=lambda row: row[1])]


def explain_item(c: Composer, letter: Letter, item: Item, question: str, chunk_id: str) -> None:
    n = c.cite(letter, item, trim(letter.text, item.heading_span), chunk_id)
    c.say(f'In case {letter.case_number}, the request for "{item.request}" was {PLAIN[item.decision]} [{n}].')
    quotes = reason_spans(letter, item, question)
    if quotes:
        said = " ".join(f'"{flat(letter.text[s[0]:s[1]])}" [{c.cite(letter, item, s, chunk_id)}]' for s in quotes)
        c.say(f"The reviewer wrote: {said}")
    if (gspan := guideline_span(letter, item)) is not None:
        c.say(f"The decision relied on {item.maximus_guideline.source or 'the guideline'} [{c.cite(letter, item, gspan, chunk_id)}].")


class ImrV1(ImrLocal):
    """imr's retrieval and abstentions with the v1 composer."""

    name = "imr-v1"

    def run(self, question: str) -> Outcome:
        try:
            result = qa.search(self.engine, qa.SearchRequest(query=question, k=10))
            answer = qa.ask(self.engine, qa.AskRequest(question=question))
        except ImrError as exc:
            return Outcome(error=str(exc))
        if answer.abstained or answer.kind == "count":
            return Outcome(ranked=ranked_of(result), answer=answer)
        items = [h for h in result.hits if h.item_index > 0][: 2 if "CM" in question.upper() else 3]
        letters = self.engine.letters([h.case_number for h in items])
        c = Composer()
        for hit in items:
            letter = letters[hit.case_number]
            explain_item(c, letter, letter.items[hit.item_index - 1], question, hit.chunk_id)
        v1 = Answer(question=question, answer=c.text(), citations=tuple(c.citations), hits=result.hits,
                    understood=answer.understood)
        return Outcome(ranked=ranked_of(result), answer=v1)
