"""The patient described in a question typed telegraphically, without the article: "for woman with
mild lumbar ddd", "for young man with c2 fracture", "for sewing machine operator with elbow pain",
"33-year-old with smashed hand", "54 f post-concussion" are one person, as with "the" or "a"; a
population ("any woman with", "women with") is still none."""

from __future__ import annotations

import pytest

from service.people import one_person, read_person


@pytest.mark.parametrize(("question", "age", "ages", "sex", "occupations"), [
    ("physiotherapy for woman with mild lumbar degenerative disc disease: why refused", None, None, "female", ()),
    ("why reviewer keep denial of c-spine ct for young man with c2 fracture on x-ray", None, (16, 35), "male", ()),
    ("pantoprazole approved for lady whose acid reflux got better on", None, None, "female", ()),
    ("guy whose chair broke and fell backwards - neck pt and low back pt", None, None, "male", ()),
    ("why imr approve pantoprazole for sewing machine operator with right elbow and wrist pain", None, None, None,
     ("sewing machine operator",)),
    # the job after the age is the person's, whatever follows it
    ("which of 54 year old sewing machine operator's requests not denied", 54, None, None,
     ("54 year old sewing machine operator",)),
    ("there anything 33-year-old with smashed hand not get denied", 33, None, None, ()),
    ("54 f post-concussion after fall: which of scans, if any, not denied", 54, None, "female", ()),
    # ... and closing a clause, with the "why" after it ("my mri neck denied 37 f why" was read as no age)
    ("my mri neck denied 37 f why", 37, None, "female", ()),
    ("neck MRI, 37 m?", 37, None, "male", ()),
    ("for abdominal muscle strain case: how many items went to imr, and why each refused", None, None, None, ()),
    ("how many of sewing machine operator's meds and creams denied, and why", None, None, None,
     ("sewing machine operator",)),
])
def test_a_person_without_an_article_is_one_person(question, age, ages, sex, occupations) -> None:
    p = read_person(question)
    assert (p.age, p.ages, p.sex, p.occupations, p.described, one_person(question, p)) == (
        age, ages, sex, occupations, True, True)


@pytest.mark.parametrize("question", ["has any woman with neck pain gotten acupuncture approved",
                                      "what about women with neck pain", "is there a rule for every case like this"])
def test_a_population_is_no_one_person(question: str) -> None:
    assert one_person(question, read_person(question)) is False


def test_particular_people_without_the_article() -> None:
    from service.people import particular_people
    assert particular_people("compare what happened to two 46-year-old women's requests") is True
    assert particular_people("did two 46-year-old women get acupuncture approved") is False


def test_an_age_and_sex_closing_a_question_typed_fast_are_read_as_asked() -> None:
    # the question is read as "my mri neck denied 37 f. why?": the age before the full stop still counts
    from service.understand import understand

    q = understand("my mri neck denied 37 f why")
    assert (q.age, q.sex, q.person.described) == (37, "female", True)
