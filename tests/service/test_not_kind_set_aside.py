"""A kind denied of the patient's requests sets it aside: "which of the 33 yo man's requests weren't MRIs?" asks of his
other requests, as "besides the MRIs" does (service.besides), while "which weren't denied?" negates an outcome."""

from __future__ import annotations

from service.besides import SetAside, set_aside
from tests.conftest import ask, served_client


def test_a_kind_negated_is_set_aside() -> None:
    text, aside = set_aside("which of the 33 yo man's requests weren't MRIs?")
    assert text == "which of the 33 yo man's requests" + " " * 13 + "?"
    assert aside == SetAside(("mri", "imaging"), (), "MRIs")
    _text, chiro = set_aside("which requests for the 54 yo woman with the knee weren't chiropractic?")
    assert chiro.treatments == ("chiropractic",)
    _text, cream = set_aside("the 54 yo woman with naproxen - anything that wasn't a cream?")
    assert (cream.treatments, cream.words) == (("topical", "medication"), "cream")
    # ... an outcome negated is none
    assert set_aside("which of the 33 yo man's requests weren't denied?") == (
        "which of the 33 yo man's requests weren't denied?", SetAside())


client = served_client("CM16-0234464", "CM16-0247624")


def test_his_requests_that_were_not_mris(client) -> None:
    answer = ask(client, "which of the 33 yo man's requests weren't MRIs?")
    assert answer["answer"].startswith("In CM16-0234464, besides MRIs, all 3 requests were denied (upheld).")
    titles = {c["request"] for c in answer["citations"]}
    assert not any("MRI" in t for t in titles)
