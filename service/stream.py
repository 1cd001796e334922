"""Server-sent events for `POST /api/ask` with `"stream": true`: the answer as it is written.

Events, in order:
- `answer` (a JSON string), many: text as it is written. With an LLM these are its unverified
  pieces as its server sends them; an extractive answer comes sentence by sentence.
- `replace` (`{"answer": text, "fallback": bool}`), at most one: the final text when it differs
  from what was streamed. The model's reply is verified once complete, so unverifiable sentences
  go and markers are renumbered; `fallback` is true when nothing verified (or the call failed
  midway) and the text is the extractive answer instead. A client shows this text in place of the
  streamed one.
- `citations`: the Answer without its text (citations, hits, mode, abstained, count, ...).
- `end` (`{}`).
- `error` (`{"error": message, "status": 500}`) in place of the rest when something fails after
  the stream has begun (before it, the request fails with its HTTP status as usual).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

import msgspec
from litestar.response import ServerSentEventMessage

from service.types import Answer

logger = logging.getLogger(__name__)

SENTENCE_BREAK = re.compile(r"(?<=\]\.)\s+|(?<=\.\")\s+(?=[A-Z])")


def answer_events(events: Iterator[str | Answer]) -> Iterator[ServerSentEventMessage]:
    """The events for `service.qa.ask_stream`'s pieces and final Answer. Never raises: Litestar
    would end the stream silently."""
    streamed: list[str] = []
    try:
        final: Answer | None = None
        for event in events:
            if isinstance(event, Answer):
                final = event
                continue
            streamed.append(event)
            yield ServerSentEventMessage(event="answer", data=json.dumps(event))
        if final is None:
            raise RuntimeError("the answer ended without its final text")
        if not streamed:
            for sentence in SENTENCE_BREAK.split(final.answer):
                yield ServerSentEventMessage(event="answer", data=json.dumps(sentence + " "))
        elif final.answer != "".join(streamed).strip():
            replaced = {"answer": final.answer, "fallback": final.mode != "llm"}
            yield ServerSentEventMessage(event="replace", data=json.dumps(replaced))
        meta = msgspec.to_builtins(final)
        meta.pop("answer", None)
        yield ServerSentEventMessage(event="citations", data=json.dumps(meta))
        yield ServerSentEventMessage(event="end", data="{}")
    except Exception:  # noqa: BLE001 - the stream has begun: an event is the only way left to say so
        logger.exception("the answer stream failed after %d pieces", len(streamed))
        failed = {"error": "the answer failed while it was being written; see the server log", "status": 500}
        yield ServerSentEventMessage(event="error", data=json.dumps(failed))
