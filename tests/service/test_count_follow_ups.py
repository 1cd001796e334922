"""Counts as follow-ups: "how many MRIs?" after a letter with three is of that letter (service.conversation
_HOW_MANY_OF_KIND, asked bare), and "were any approved?" after a count is how many of those counted had that outcome."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

MRIS = tuple(Fact(case_number="CM16-0234464", item_index=n, title=t, decision="Upheld") for n, t in (
    (1, "Single positional MRI of the cervical spine"), (2, "Single positional MRI of the lumbar spine"),
    (3, "Single positional MRI of the right hand"), (4, "Diclofenac ER 100mg #60")))


def test_how_many_of_a_kind_asked_bare_is_of_the_letter_answered() -> None:
    earlier = [Earlier(question="CM16-0234464", items=MRIS, kind="item", letter=MRIS)]
    assert resolve("how many MRIs?", earlier).question == "how many MRIs? [in case CM16-0234464]"


def test_whether_any_of_a_count_had_an_outcome_is_the_part_of_that_count() -> None:
    earlier = [Earlier(question="CM16-0234464", items=MRIS, kind="item", letter=MRIS),
               Earlier(question="how many MRIs? [in case CM16-0234464]", items=MRIS[:3], kind="count")]
    resolved = resolve("were any approved?", earlier)
    assert resolved.question == "how many MRIs, and how many were approved? [in case CM16-0234464]"
    assert resolved.carried == ("count: how many MRIs?, the previous question",)


SHOULDER = Fact(case_number="CM17-0014288", item_index=1, title="MRI of the right shoulder without contrast", decision="Upheld")


def test_was_it_a_kind_of_doctor_after_the_reviewer_asks_of_the_reviewer() -> None:
    earlier = [Earlier(question="the 62 yo woman's shoulder MRI", items=(SHOULDER,), kind="item", letter=(SHOULDER,)),
               Earlier(question="what kind of doctor reviewed it? [the MRI of the right shoulder without contrast in case "
                                "CM17-0014288]", items=(SHOULDER,), kind="item", letter=(SHOULDER,))]
    assert resolve("was it an orthopedist?", earlier).question == (
        "was the reviewer an orthopedist? [the MRI of the right shoulder without contrast in case CM17-0014288]")
    # ... not a question of the item: "was it a good call?"
    assert "reviewer" not in resolve("was it a good call?", earlier).question


PT = Fact(case_number="CM17-0011517", item_index=1, title="Eight physical therapy sessions", decision="Upheld")
VOLTAREN = Fact(case_number="CM17-0011517", item_index=2, title="Three refills of Voltaren 75mg #60", decision="Upheld")


def test_a_word_of_one_answered_items_title_asks_of_that_item() -> None:
    earlier = [Earlier(question="the 32 yo guy with PT and voltaren", items=(PT, VOLTAREN), kind="item", letter=(PT, VOLTAREN))]
    assert resolve("how many refills did UR allow?", earlier).question == (
        "how many refills did UR allow? [the Three refills of Voltaren 75mg #60 in case CM17-0011517]")
