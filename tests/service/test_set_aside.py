"""What a question sets aside ("anything besides the acupuncture denied?", "other than the neck MRI,
did she get anything approved?") is no treatment asked about: the patient's other requests are
(service.besides, service.understand, service.retrieve, service.flows.item)."""

from __future__ import annotations

from datetime import date

from service.besides import SetAside, is_set_aside, set_aside
from service.understand import understand
from tests.conftest import ask, served_client

TODAY = date(2017, 6, 1)

# a 60-year-old man's neck and hand MRI (upheld) and acupuncture (overturned); a 54-year-old woman's
# left shoulder MRI, cervical MRI and head CT (all upheld); a 37-year-old woman's TENS unit, lumbar
# support, two pillows and two kinds of braces (all upheld)
CASES = ["CM16-0230548", "CM17-0002106", "CM16-0248471"]

client = served_client(*CASES)


def test_the_thing_set_aside_is_blanked_and_read() -> None:
    text, aside = set_aside("anything besides the acupuncture denied for the 60 yo man with the head contusion?")
    assert text == "anything" + " " * 25 + "denied for the 60 yo man with the head contusion?"
    assert aside == SetAside(("acupuncture",), (), "the acupuncture")
    _text, neck = set_aside("other than the neck MRI, did she get anything approved?")
    assert (neck.treatments, neck.regions) == (("mri", "imaging"), ("cervical",))
    # "other than that": nothing named is set aside
    assert set_aside("other than that, was anything approved?") == ("other than that, was anything approved?", SetAside())


def test_only_the_narrowest_set_in_the_region_named_is_set_aside() -> None:
    neck = SetAside(("mri", "imaging"), ("cervical",), "the neck MRI")
    assert is_set_aside(neck, ("mri", "imaging"), ("cervical",))
    assert not is_set_aside(neck, ("mri", "imaging"), ("shoulder",))  # her shoulder MRI is asked about
    naproxen = SetAside(("nsaid", "medication"), (), "the naproxen")
    assert not is_set_aside(naproxen, ("ppi", "medication"), ())  # a medication, no NSAID


def test_the_question_read_without_it() -> None:
    q = understand("besides the TENS unit, was anything approved for the 37 yo cumulative trauma woman?", today=TODAY)
    assert q.treatments == () and q.set_aside.treatments == ("tens", "dme")
    assert "set aside: tens, dme (from 'the TENS unit'): the other requests are asked about" in q.notes


def test_the_other_requests_answer(client) -> None:
    answer = ask(client, "anything besides the acupuncture denied for the 60 yo man with the head contusion?")
    assert answer["citations"][0]["request"] == "MRI of neck and right hand without contrast"
    other = ask(client, "other than the neck MRI, did the 54 yo woman with the concussion get anything approved?")
    first = next(c["request"] for c in other["citations"] if c["request"])
    assert first in ("MRI of the left shoulder", "CT scan of the head")
    order = [c["request"] for c in other["citations"] if c["request"]]
    assert order.index("MRI of the cervical spine") > order.index(first)  # what was set aside comes last
