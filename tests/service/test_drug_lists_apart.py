"""Lists of drugs with a topical among them: a brand before "and" in the topical's phrase is a product of its own
("voltaren and lidocaine ointment": a pill and an ointment; service.brand_apart), its generic in the letter of the
other thing named kept beside another letter's titled brand (service.flows.chosen._by_product), and a drug said
right before a form word picks the compound that prints it ("flurbiprofen cream": not the letter's other cream;
service.flows.chosen._drug_before). Pure rules, then real letters, the real model, real HTTP."""

from __future__ import annotations

from service.brand_apart import brands_apart
from tests.conftest import ask, served_client


def test_a_brand_before_and_in_a_topicals_phrase_is_its_own_product() -> None:
    topical = [("topical", "lidocaine"), ("medication", "lidocaine")]
    assert brands_apart("voltaren and lidocaine ointment", topical) == [
        *topical, ("nsaid", "voltaren"), ("medication", "voltaren")]
    # ... a generic may be the compound's own ingredient: left as read
    assert brands_apart("diclofenac and lidocaine ointment", topical) == topical
    # ... nor one told before a verb, of another clause ("UR cut his flexeril and denied the numbing cream": nat-2837)
    assert brands_apart("UR cut his flexeril and denied the numbing cream", topical) == topical
    # ... nor only the word next to the topical's: a brand with a list's other things between ("voltaren,
    # cyclobenzaprine, lidoderm cream")
    assert brands_apart("voltaren, cyclobenzaprine, lidoderm cream", topical) == [
        *topical, ("nsaid", "voltaren"), ("medication", "voltaren")]
    # ... and a brand named already is not added again
    assert brands_apart("voltaren and lidocaine ointment", [("nsaid", "voltaren"), *topical]) == [("nsaid", "voltaren"), *topical]


# CM16-0234464 (33M): diclofenac ER, lidocaine ointment (and others); CM17-0011517: Voltaren 75mg refills;
# CM17-0013716 (54F): naproxen, pantoprazole, two compounded creams (only the second has flurbiprofen)
client = served_client("CM16-0234464", "CM17-0011517", "CM17-0013716")


def cited(answer: dict) -> set[tuple[str, int]]:
    return {(c["case_number"], c["item_index"]) for c in answer["citations"] if c["item_index"]}


def test_voltaren_and_lidocaine_ointment_are_two_requests(client) -> None:
    assert cited(ask(client, "voltaren and lidocaine ointment")) == {("CM16-0234464", 4), ("CM16-0234464", 6)}


def test_the_flurbiprofen_cream_is_the_compound_with_flurbiprofen(client) -> None:
    assert cited(ask(client, "naproxen, protonix and flurbiprofen cream")) == {
        ("CM17-0013716", 1), ("CM17-0013716", 2), ("CM17-0013716", 4)}
