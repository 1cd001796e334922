""""Is the 45 yo woman's naproxen case the same as the 54 yo woman's?" answers both patients and whether
they were decided alike (service.flows.pair). Real letters, the real model, real
HTTP (/api/ask)."""

from __future__ import annotations

from tests.conftest import ask, served_client

# four 37-year-old women: cervical MRIs upheld (CM16-0245128; CM17-0016204, with a thoracic one), a TENS unit
# and supports (CM16-0248471), baclofen (CM16-0233904); naproxen approved for a 45-year-old woman
# (CM17-0019011) and denied for a 54-year-old woman (CM17-0013716)
client = served_client("CM16-0245128", "CM17-0016204", "CM16-0248471", "CM16-0233904", "CM17-0019011", "CM17-0013716")


def test_two_patients_compared_as_the_same_answers_both(client):
    answer = ask(client, "is the 45 yo woman's naproxen case the same as the 54 yo woman's?")
    assert answer["lead"] == ("No: they were decided differently. The 45 yo woman's naproxen was approved (overturned); "
                              "the 54 yo woman's was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0019011", "CM17-0013716"}
    answer = ask(client, "was the 45 yo woman's naproxen decided differently from the 54 yo woman's?")
    assert answer["lead"].startswith("Yes: they were decided differently.")
