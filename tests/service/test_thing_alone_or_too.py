"""A follow-up that names a thing alone ("wheelchair?") goes on as "and the wheelchair?" does, and one asked "too" or
"as well" ("was an MRI of the neck done too?") is asked of the same patient, whose letter may lack it (said so), not
of another letter's (service.conversation)."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve

_CT = Fact(case_number="CM17-0005924", item_index=1, title="Retrospective CT scan of the cervical spine (DOS 11/18/16)",
           decision="Overturned", body_regions=("cervical",))
_AIDE = Fact(case_number="CM16-0249735", item_index=1, title="Home aide 6 hours per day, 5 times a week for 4 weeks",
             decision="Upheld")


@pytest.mark.parametrize(("question", "asked"), [
    # before: the cervical MRI of another letter (CM16-0235724, approved), as if asked afresh
    ("was an MRI of the neck done too?", "was an MRI of the neck done too? [in case CM17-0005924]"),
    ("was a neck MRI approved as well?", "was a neck MRI approved as well? [in case CM17-0005924]"),
    # a thing alone: the previous question of it
    ("neck MRI?", "CM17-0005924 neck MRI"),
])
def test_after_the_ct_of_one_case(question: str, asked: str) -> None:
    earlier = [Earlier(question="CM17-0005924 CT", items=(_CT,), kind="item", letter=(_CT,))]
    assert resolve(question, earlier).question == asked


def test_a_thing_alone_after_a_case_is_of_that_case() -> None:
    earlier = [Earlier(question="CM16-0249735 home aide", items=(_AIDE,), kind="item", letter=(_AIDE,))]
    assert resolve("wheelchair?", earlier).question == "CM16-0249735 wheelchair"
    # ... not an outcome asked across letters ("any MRIs approved?"), nor a question of its own
    assert resolve("any wheelchairs approved?", earlier).question == "any wheelchairs approved?"
    assert resolve("was a wheelchair ever approved?", earlier).question == "was a wheelchair ever approved?"


_NAPROXEN = Fact(case_number="CM17-0019011", item_index=1, title="Naproxen 500mg #60", decision="Overturned")


def test_a_thing_asked_for_her_is_of_her_letter() -> None:
    # before: another woman's pantoprazole (CM16-0249170, whose letter gives no age), as if asked afresh
    earlier = [Earlier(question="the 45 yo woman naproxen", items=(_NAPROXEN,), kind="item", letter=(_NAPROXEN,))]
    assert resolve("what about protonix for her?", earlier).question == (
        "what about protonix for her? [in case CM17-0019011]")
