""""Why was the flurbiprofen/dextromethorphan/lidocaine denied in case N?" (service.flows.chosen):
ingredients joined by slashes name one compounded item, so the answer explains that item alone;
the letter's other cream sharing two of its ingredients and its naproxen (an NSAID, as
flurbiprofen) are other requests. Drugs listed with a slash that no one heading joins
("naproxen/pantoprazole") are still each answered."""

from __future__ import annotations

from indexer.treatments import match_treatments
from service.flows.chosen import _answer_items
from service.types import GuidelineRef, Hit
from service.understand import understand

CASE = "CM17-0013716"  # a 54-year-old woman: four requests, all upheld
REQUESTS = ["Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1",
            "Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1",
            "Naproxen 500mg #60", "Pantoprazole 20mg #30"]
INDEX = {"Naproxen 500mg #60": 1, "Pantoprazole 20mg #30": 2, REQUESTS[1]: 3, REQUESTS[0]: 4}


def _hits(order: list[str]) -> list[Hit]:
    return [Hit(case_number=CASE, request=r, decision="Upheld", section="item", text=r, score=1.0 / n, pages=(2,),
                guideline=GuidelineRef(), chunk_id=f"{CASE}/item-{INDEX[r]}", span=(0, len(r)), item_index=INDEX[r],
                title=r, treatments=match_treatments(r)) for n, r in enumerate(order, start=1)]


def _chosen(question: str, order: list[str]) -> list[int]:
    return [h.item_index for h in _answer_items(None, understand(question), _hits(order), None)]


def test_a_slashed_compound_is_one_item() -> None:
    assert _chosen("Why was the flurbiprofen/dextromethorphan/lidocaine denied in case CM17-0013716?", REQUESTS) == [4]
    order = [REQUESTS[1], REQUESTS[0], REQUESTS[2], REQUESTS[3]]
    assert _chosen("What happened with the dextrromethorphan/amitriptyline/Xylocaine/capsaicin request in case "
                   "CM17-0013716?", order) == [3]


def test_drugs_listed_with_a_slash_are_each_answered() -> None:
    order = [REQUESTS[2], REQUESTS[3], REQUESTS[0], REQUESTS[1]]
    assert _chosen("why were the naproxen/pantoprazole denied in CM17-0013716?", order) == [1, 2]
