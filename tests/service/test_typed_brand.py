"""A drug asked by the brand a request is titled with ("Tabradol") ranks that request above another
letter's request titled with its generic ("Cyclobenzaprine"), whose heading carries the brand names
only as expansions (service.topic.typed_overlap, service.retrieve). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.topic import typed_overlap, typed_tokens
from service.understand import understand
from tests.conftest import ask, served_client


def test_typed_words_match_the_heading_as_written() -> None:
    typed = typed_tokens(understand("What did IMR say about the Tabradol?"))
    assert typed == frozenset({"tabradol"})
    assert typed_overlap(typed, "Tabradol 1mg/ml oral suspension, 250ml") == 1.0
    assert typed_overlap(typed, "Cyclobenzaprine 7.5mg #90 was the original request.") == 0.0
    assert typed_overlap(frozenset(), "Tabradol") == 0.0


# CM17-0013625: celecoxib and four oral suspensions (Tabradol among them), all upheld; CM16-0234464: a 33-year-old
# man's three MRIs, diclofenac, cyclobenzaprine and lidocaine, all upheld
client = served_client("CM17-0013625", "CM16-0234464")


def test_the_brand_asked_is_the_request_titled_with_it(client) -> None:
    answer = ask(client, "What did IMR say about the Tabradol?")
    assert (answer["citations"][0]["case_number"], answer["citations"][0]["item_index"]) == ("CM17-0013625", 5)
    assert 'the request for "Tabradol 1mg/ml oral suspension, 250ml" was denied (Upheld: not authorised)' in answer["answer"]


def test_a_short_form_names_the_heading_word_it_begins() -> None:
    # "the chiro" names "Chiropractic care" as it names "Chiro with modalities"; a three-letter start names nothing
    typed = typed_tokens(understand("was the chiro approved?"))
    assert typed == frozenset({"chiro"})
    assert typed_overlap(typed, "Chiropractic care for the low back; six sessions") == 1.0
    assert typed_overlap(typed, "Chiro with modalities 2 times a week") == 1.0
    assert typed_overlap(frozenset({"acu"}), "Acupuncture 6 sessions") == 0.0
