"""The Guideline part quotes the rule the finding failed or met (service.compose.why.rule), never a
sentence that only restates the request: the words of the request itself tell no rule. Real
letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# right L4 and L5 transforaminal epidurals, both upheld: no imaging or electrodiagnostic study
# corroborating radiculopathy; each rationale opens "Regarding the request for Right L4 ..., Non MTUS
# guidelines were also used since they have specific criteria for the request."
client = served_client("CM17-0005418")


def test_the_rule_is_not_the_sentence_naming_the_request(client):
    text = ask(client, "the 57 yo man's epidurals - why denied?")["answer"]
    assert text.count('Guideline: "ACOEM states that epidural injections (ESI) are recommended as an option for '
                      'treatment of radicular pain."') == 2
    assert "Non MTUS guidelines were also used" not in text
