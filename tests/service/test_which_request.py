""""Which request was not upheld?" about one patient (service.flows.chosen): the singular picks among
the patient's requests by the outcome asked, as "which ones" does; the item with that outcome is
explained even when another of theirs matched the question's words better."""

from __future__ import annotations

from service.flows.chosen import EVERY_ITEM, _answer_items
from service.types import GuidelineRef, Hit
from service.understand import understand

CASE = "CM16-0230548"  # a 60-year-old man: MRI of neck and right hand upheld, acupuncture overturned


def _hit(index: int, request: str, decision: str, treatments: tuple[str, ...]) -> Hit:
    return Hit(case_number=CASE, request=request, decision=decision, section="item", text=request, score=1.0 / index,
               pages=(2,), guideline=GuidelineRef(), chunk_id=f"{CASE}/item-{index}", span=(0, len(request)),
               item_index=index, title=request, treatments=treatments, body_regions=("cervical", "wrist/hand"))


MRI = _hit(1, "MRI of neck and right hand without contrast", "Upheld", ("mri", "imaging"))
ACUPUNCTURE = _hit(2, "Acupuncture 3 times a week for 2 weeks, neck, right hand and head", "Overturned", ("acupuncture",))


def test_which_request_picks_the_patients_item_with_the_outcome_asked() -> None:
    # the MRI ranked first (it names the hand asked about), the question asks for the one not upheld
    query = understand("For the 60 year old man with the head contusion and the hurt right hand, "
                       "which request was not upheld?")
    chosen = _answer_items(None, query, [MRI, ACUPUNCTURE], CASE)
    assert [h.request for h in chosen] == ["Acupuncture 3 times a week for 2 weeks, neck, right hand and head"]


def test_the_singular_which_reads_as_the_patients_requests() -> None:
    assert EVERY_ITEM.search("which request was not upheld?")
    assert EVERY_ITEM.search("which item did IMR approve for her?")
    assert not EVERY_ITEM.search("why was the MRI of his right hand denied?")


def test_the_patients_requests_when_the_description_fits_two_letters() -> None:
    # two 54-year-old women; the description fits neither clearly (one=None): the requests of the
    # letter answered about, each of them, not its best-matching one alone
    case = "CM17-0013716"
    hits = [Hit(case_number=case, request=r, decision="Upheld", section="item", text=r, score=1.0 / n, pages=(2,),
                guideline=GuidelineRef(), chunk_id=f"{case}/item-{n}", span=(0, len(r)), item_index=n, title=r,
                treatments=t) for n, (r, t) in enumerate([("Naproxen 500mg #60", ("naproxen", "nsaid")),
                                                          ("Pantoprazole 20mg #30", ("ppi",)),
                                                          ("Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1",
                                                           ("topical",))], start=1)]
    query = understand("Which of the 54 year old sewing machine operator's requests were not denied?")
    chosen = _answer_items(None, query, hits, None)
    assert [h.item_index for h in chosen] == [1, 2, 3]
