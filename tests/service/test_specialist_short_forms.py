""""ortho consult", "pain mgmt referral": a request for a specialist by its short names is the
request the letter writes out ("Orthopedic consultation"), so the 40-year-old woman whose orthopedic
consultation was decided is told from the other 40-year-old woman's pain management referral
(service.shorthand). Sample letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, sample_client

# two 40-year-old women: CM16-0162789's "Orthopedic consultation" (overturned), CM16-0162902's
# "Referral to pain management" (upheld)
client = sample_client("CM16-0162789", "CM16-0162902")


def test_ortho_consult_is_the_orthopedic_consultation(client) -> None:
    body = ask(client, "UR denied the 40 year old woman's ortho consult - what did IMR decide?")
    assert body["answer"].startswith('Approved (Overturned) [1]. In case CM16-0162789, the request for "Orthopedic '
                                     'consultation" was approved (Overturned: authorised) [2].')
    assert {c["case_number"] for c in body["citations"]} == {"CM16-0162789"}
