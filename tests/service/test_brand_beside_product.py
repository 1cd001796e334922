"""A drug named by its brand beside a product named by its own ("celebrex, the dicopanol and the tabradol"): the
product is the request titled by it, never its generic's other requests, and the brand, which no title prints, keeps
its generic's request (service.flows.chosen). Real letters, the real model, real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a 40-year-old woman's celecoxib and five compounded suspensions (Tabradol, Dicopanol, ...), all upheld; a 33-year-old
# man's cyclobenzaprine tablets, diclofenac, lidocaine and MRIs, all upheld
client = served_client("CM17-0013625", "CM16-0234464")


def test_each_of_three_named_is_answered(client):
    answer = ask(client, "CM17-0013625 celebrex, the sleep syrup and the tabradol, denied?")
    assert answer["answer"].startswith(
        'Yes: "Celecoxib 200mg #90" was denied (upheld) [1]. "Dicopanol 5mg/ml oral suspension, 150ml" was denied '
        '(upheld) [2]. "Tabradol 1mg/ml oral suspension, 250ml" was denied (upheld) [3].')


def test_a_brand_beside_a_product_keeps_its_generic(client):
    answer = ask(client, "CM17-0013625 celebrex and the tabradol, denied?")
    assert [c["quote"] for c in answer["citations"][:2]] == [
        "Celecoxib 200mg #90: Upheld", "Tabradol 1mg/ml oral suspension, 250ml: Upheld"]


def test_the_product_alone_is_not_its_generics_tablets(client):
    answer = ask(client, "the tabradol and the diclofenac, what happened?")
    assert not any("Cyclobenzaprine" in c["quote"] for c in answer["citations"])
