"""A loss of feeling told in lay words ("the decreased feeling in his pinky", "no feeling in her
toes") is a symptom where the patient feels it: it picks the patient whose summary records
"decreased sensation" there (service.diagnosed), and the place is no site of the treatment asked
about (service.symptoms)."""

from __future__ import annotations

from service.diagnosed import printed, symptoms_felt
from service.symptoms import only_symptoms
from tests.conftest import ask, served_client

SUMMARY = "There was noted to be decreased sensation in the right fifth greater than fourth fingers."


def test_a_loss_of_feeling_is_the_summarys_decreased_sensation() -> None:
    assert symptoms_felt("why was the MRI denied for the 53 yo man with the decreased feeling in his pinky?") == (
        ("decreased sensation", "pinky"),)
    assert symptoms_felt("lost sensation in her thumb and no feeling in the toes") == (
        ("decreased sensation", "thumb"), ("decreased sensation", "toes"))
    assert printed((), SUMMARY, (("decreased sensation", "pinky"),)) == 1.0
    assert printed((), "Sensation was intact in the fingers.", (("decreased sensation", "pinky"),)) == 0.0


def test_the_place_of_a_lost_feeling_is_no_site_of_the_request() -> None:
    text = "why was the MRI denied for the 53 yo man with the decreased feeling in his pinky?"
    assert only_symptoms(text, [("wrist/hand", "pinky")])
    assert not only_symptoms("why was the pinky MRI denied?", [("wrist/hand", "pinky")])


# two 53-year-old men: a cervical MRI approved (numb right fourth and fifth fingers), a lumbar MRI denied
men = served_client("CM16-0246624", "CM17-0011703")


def test_the_decreased_feeling_in_his_pinky_picks_the_man_and_his_mri(men):
    answer = ask(men, "why was the MRI denied for the 53 yo man with the decreased feeling in his pinky?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith('IMR approved it: "MRI scan of the cervical spine" was approved (overturned: '
                                      "authorised) [1]. Approved (Overturned): ")
    assert (answer["hits"][0]["case_number"], answer["hits"][0]["title"]) == ("CM16-0246624",
                                                                             "MRI scan of the cervical spine")
