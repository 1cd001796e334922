"""Conversations the server keeps for clients that send a `conversation_id` instead of `history`.

The client picks the id (1-64 letters, digits, `-` or `_`) and sends it with each question; the
server keeps the last TURNS turns of the last CONVERSATIONS conversations in memory (least recently
used dropped first; nothing is written to disk, and a restart forgets them). A request that sends
`history` is read with that history, and its turn is still recorded under its id.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator

import msgspec

from service.conversation import Turn, turn_of
from service.types import Answer

CONVERSATIONS = 1000
TURNS = 12


class Conversations:
    def __init__(self, conversations: int = CONVERSATIONS, turns: int = TURNS) -> None:
        self._kept: OrderedDict[str, list[Turn]] = OrderedDict()
        self._lock = threading.Lock()
        self.conversations = conversations
        self.turns = turns

    def history(self, conversation_id: str) -> tuple[Turn, ...]:
        with self._lock:
            return tuple(self._kept.get(conversation_id, ()))

    def record(self, conversation_id: str, turn: Turn) -> None:
        with self._lock:
            turns = self._kept.pop(conversation_id, [])
            self._kept[conversation_id] = (turns + [turn])[-self.turns:]
            while len(self._kept) > self.conversations:
                self._kept.popitem(last=False)

    def prepare(self, request):
        """The request with its history filled in from the kept conversation, when it sent an id
        and no history."""
        if request.conversation_id and not request.history:
            return msgspec.structs.replace(request, history=self.history(request.conversation_id))
        return request

    def answered(self, request, answer: Answer) -> Answer:
        """Record the turn under the request's id (if any); the answer says which conversation."""
        if not request.conversation_id:
            return answer
        self.record(request.conversation_id, turn_of(request.question, answer))
        return msgspec.structs.replace(answer, conversation_id=request.conversation_id)

    def answered_stream(self, request, events: Iterator[str | Answer]) -> Iterator[str | Answer]:
        for event in events:
            yield self.answered(request, event) if isinstance(event, Answer) else event
