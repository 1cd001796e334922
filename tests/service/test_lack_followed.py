"""A follow-up after a lack said of one letter (service.conversation): the letter whose items the answer
listed is the one carried ("the lady with no age on her letter, ... from the naproxen" || "why did they
refuse the acid pill": her pantoprazole, not another woman's)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, lacking_listed, resolve, turn_of
from service.types import Answer

PPI = Fact(case_number="CM16-0249170", item_index=1, title="Pantoprazole 40mg, one by mouth, twice a day #60 with one refill",
           decision="Upheld")
LACK = ('The letter of the patient described, case CM16-0249170, has no request for naproxen. Its letter decided 1 item: '
        '1. "Pantoprazole 40mg, one by mouth, twice a day #60 with one refill": denied (upheld).')


def _answer(text: str, not_found: str) -> Answer:
    return Answer(question="q", answer=text, citations=(), hits=(), understood={}, abstained=True, kind="not_found",
                  not_found=not_found)


def test_the_items_a_lack_listed_are_its_letters() -> None:
    assert lacking_listed(_answer(LACK, "case_lacks")) == [("CM16-0249170", 1)]
    three = ('Case CM17-0002106 has no request for shoulder PT. Its letter decided 3 items: 1. "MRI of the left shoulder": '
             'denied (upheld); 2. "MRI of the cervical spine": denied (upheld); 3. "CT scan of the head": denied (upheld).')
    assert lacking_listed(_answer(three, "case_lacks")) == [("CM17-0002106", 1), ("CM17-0002106", 2), ("CM17-0002106", 3)]
    assert lacking_listed(_answer("No letter in the index decides a request for wheelchair.", "no_treatment")) == []
    turn = turn_of("the lady with no age on her letter, upper stomach pain from the naproxen", _answer(LACK, "case_lacks"))
    assert [(t.case_number, t.item_index) for t in turn.shown] == [("CM16-0249170", 1)]


def test_a_treatment_asked_after_the_lack_is_of_that_letter() -> None:
    earlier = [Earlier(question="the lady with no age on her letter, upper stomach pain from the naproxen", kind="not_found",
                       shown=(PPI,), letter=(PPI,))]
    got = resolve("why did they refuse the acid pill", earlier)
    assert got.question == "why did they refuse the acid pill [in case CM16-0249170]"
    # ... and not after a lack that listed no letter
    assert resolve("why did they refuse the acid pill", [Earlier(question="any wheelchairs?", kind="not_found")]).question == (
        "why did they refuse the acid pill")
