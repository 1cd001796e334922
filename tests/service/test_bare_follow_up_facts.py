"""Follow-ups asked bare: "what's their specialty" after a letter is its reviewer's (service.compose.facts), "was she
taking NSAIDs?" after her pantoprazole is what her letter says of them, not a request she lacks (service.mentioned).
Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.compose.facts import asked_facts
from service.mentioned import asks_history
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

# CM16-0249170: pantoprazole (upheld), reviewer Family Practice; CM17-0015198: PT and chiro (upheld), reviewer
# Physical Medicine & Rehabilitation, Neuromuscular Medicine
client = served_client("CM16-0249170", "CM17-0015198")


def test_a_specialty_asked_bare_is_the_reviewers() -> None:
    assert [asked_facts(t) for t in ("what's their specialty", "and his credentials?", "what specialty?",
                                     "what's their specialty [the Chiro in case CM17-0015198]", "what is her job?")] == [
        ("reviewer",), ("reviewer",), ("reviewer",), ("reviewer",), ("job",)]


def test_what_she_was_on_is_her_history() -> None:
    assert [asks_history(t) for t in ("was she taking NSAIDs?", "is he still on Norco?", "was she approved for PT?",
                                      "was she getting PT?")] == [True, True, False, False]


def test_follow_ups_asked_bare(client) -> None:
    first_q = "CM17-0015198"
    first = ask(client, first_q)
    body = ask(client, "what's their specialty", history=[turn(first_q, first)])
    assert body["answer"].startswith("The IMR reviewer of case CM17-0015198 is a specialist in Physical Medicine & "
                                     "Rehabilitation, Neuromuscular Medicine")
    first_q = "CM16-0249170 pantoprazole"
    first = ask(client, first_q)
    body = ask(client, "was she taking NSAIDs?", history=[turn(first_q, first)])
    assert body["answer"].startswith('On NSAIDs, the reviewer wrote "In this case, the claimant had been using NSAIDS '
                                     'for several month')
