"""Items asked together are answered in the order the question names them: "why didn't IMR
approve the stocker's chiro but approved her MRI?" explains the chiro (whose why is asked) first,
the MRI's approval a premise checked after it; "knee PT and MRI - what happened?" the PT first
(service.premises.in_order_asked). Sample letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.premises import in_order_asked
from tests.conftest import ask, sample_client

# a 36-year-old retail stocker: knee MRI approved, thoracic chiro denied (CM16-0162879); a
# 47-year-old electrician: knee CT, knee MRI and knee PT denied (CM16-0162862)
client = sample_client("CM16-0162879", "CM16-0162862")


def test_the_item_whose_why_is_asked_leads(client):
    answer = ask(client, "why didn't IMR approve the stocker's chiro but approved her MRI?")
    text = answer["answer"]
    # both premises right: no correction (each outcome word goes with its own clause's treatment)
    assert text.startswith("Denied (Upheld): no documented functional improvement [1].")
    assert "IMR denied it" not in text and "IMR approved it" not in text
    chiro = text.index('"Additional chiropractic care for the thoracic spine, 12 sessions" was denied')
    mri = text.index('"Magnetic resonance imaging (MRI) of the bilateral knees" was approved')
    assert chiro < mri
    assert [c["case_number"] for c in answer["citations"]][:1] == ["CM16-0162879"]


def test_items_asked_together_in_the_order_asked(client):
    answer = ask(client, "47 yo son, knee PT and MRI - what happened?")
    text = answer["answer"]
    assert text.index('"4 physical therapy visits for the left knee" was denied') < text.index(
        '"MRI of the left knee without contrast" was denied')


def test_order_of_the_words() -> None:
    items = [("mri", "imaging"), ("physical_therapy",), ("chiropractic",)]
    assert in_order_asked("knee PT and MRI - what happened?", ("PT", "MRI"), items) == [1, 0, 2]
    assert in_order_asked("why not the chiro when the MRI was approved?", ("chiro", "MRI"), items) == [2, 0, 1]
