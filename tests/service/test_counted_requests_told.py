"""A patient told by how many requests they had, one of them named ("60 yo woman with 4 requests incl knee mri - how
many were denied?"): the named one tells who she is, every request of hers is counted (service.story,
service.flows.count), and a follow-up naming another of her requests stays on her letter (service.conversation)."""

from __future__ import annotations

from service.collection.shape import CollectionQuery
from service.conversation import Earlier, Fact, resolve
from service.flows.count import _without_story
from service.understand import understand


def test_the_named_request_among_those_counted_tells_who_she_is() -> None:
    for question in ("54 yo woman with 4 requests incl the naproxen - how many were denied?",
                     "the 54 yo woman who asked for naproxen and 3 other things - how many were denied?"):
        q = understand(question)
        assert (q.treatments, q.story_treatments) == ((), ("nsaid", "medication"))
    # ... but the woman told by her naproxen alone is asked of it
    assert understand("the 54 yo woman with the naproxen - how many were denied?").story_treatments == ()


def test_counted_over_all_her_requests_when_she_is_told_by_how_many() -> None:
    where = {"sex": "female", "body_region": "knee", "treatment": "mri", "decision": "Upheld"}
    cq = CollectionQuery(shape="count", unit="items", where=where)
    told = "60 yo woman with 4 requests incl knee mri - how many were denied?"
    assert _without_story(cq, ("mri", "imaging"), told).where == {"sex": "female", "decision": "Upheld"}
    # (told by the MRI alone, her knee requests: the body part stays)
    assert _without_story(cq, ("mri", "imaging"), "the woman with the knee mri - how many of her requests were denied?"
                          ).where == {"sex": "female", "body_region": "knee", "decision": "Upheld"}
    drug = CollectionQuery(shape="count", unit="items", where={"treatment": "nsaid", "drug": "naproxen"})
    assert _without_story(drug, ("nsaid", "medication"), "with 4 requests incl the naproxen").where == {}


def test_a_request_of_hers_named_after_her_count_is_of_her_letter() -> None:
    knee = Fact(case_number="CM16-0243453", item_index=1, title="MRI of the right knee", decision="Upheld",
                body_regions=("knee",))
    chiro = Fact(case_number="CM16-0243453", item_index=4, title="Chirophysio therapy for the cervical spine",
                 decision="Upheld", body_regions=("cervical",))
    earlier = [Earlier(question="60 yo woman with 4 requests incl knee mri - how many were denied?", items=(knee,),
                       kind="count", letter=(knee, chiro))]
    got = resolve("the chiro for her neck, why?", earlier)
    assert got.question == "the chiro for her neck, why? [in case CM16-0243453]"
    # ... not after a count across women
    across = [Earlier(question="how many knee MRIs did women get denied?", items=(knee,), kind="count",
                      letter=(knee, chiro))]
    assert resolve("the chiro for her neck, why?", across).question == "the chiro for her neck, why?"



def test_a_body_part_said_of_one_thing_listed_is_no_filter_on_the_others() -> None:
    from service.flows.count import _part_of_one

    assert _part_of_one(understand("the 53 yo man: lumbar mri, xrays, ct, acupuncture - how many denied?")) is True
    assert _part_of_one(understand("the 54 yr old woman: knee mri, chiro x3, emg, ncv - how many denied?")) is True
    # ... one thing named, or the part said of all of them
    assert _part_of_one(understand("how many of the 53 yo man's lumbar MRIs were denied?")) is False
    assert _part_of_one(understand("the 53 yo man's MRIs and x-rays of the lumbar spine - how many denied?")) is False
