""""what would have changed the outcome?" after an item's answer asks of that item (service.conversation.ABOUT_IT): the
reviewer's findings, what was missing, not "nothing answers this". Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.conversation import ABOUT_IT
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

# CM17-0017734: tramadol denied (no first-line care tried); CM17-0003890: PT denied
client = served_client("CM17-0017734", "CM17-0003890")


@pytest.mark.parametrize(("question", "about_it"), [
    ("what would have changed the outcome?", True),
    ("what could change the decision?", True),
    ("what would have to be different?", True),
    ("what would have made it go through?", True),
    ("what changed in her pain?", False),
])
def test_what_would_have_changed_is_of_the_item(question: str, about_it: bool) -> None:
    assert bool(ABOUT_IT.search(question)) == about_it


def test_asked_after_the_items_answer(client) -> None:
    first_q = "why was the 40 yo woman's tramadol denied?"
    first = ask(client, first_q)
    body = ask(client, "what would have changed the outcome?", history=[turn(first_q, first)])
    assert body["answer"].startswith('Denied (Upheld): conservative care not tried or failed [1]. In case CM17-0017734, '
                                     'the request for "Tramadol 50mg #60" was denied (Upheld: not authorised) [2]. Why: '
                                     '"In this case, there is no documented evidence that first-line medications or '
                                     'treatment were attempted prior to prescribing an opioid." [1]')
