"""A last "what about his knee?" names a body part, not a treatment: the patient's requests for it are
asked after the treatment named before, not a knee request of that treatment (service.region_after,
service.understand, service.flows.item). Real letters, the real model, real HTTP."""

from __future__ import annotations

import pytest

from service.region_after import regions_after
from service.understand import understand
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "after"), [
    ("was the CT approved? what about his knee?", ("knee",)),
    ("why was the MRI denied? and how about her left shoulder one?", ("shoulder",)),
    ("was the CT approved? what about the acupuncture?", ()),  # a treatment: asked as itself
    ("was the CT approved? what about his knee surgery?", ()),
    ("was the MRI denied? what about the 57 yo man?", ()),  # another patient
    ("was his knee MRI approved? what about his knee?", ()),  # the body part of what was asked
    ("what about his knee?", ()),  # nothing asked before it
])
def test_a_body_part_asked_after(text: str, after: tuple[str, ...]) -> None:
    assert regions_after(text) == after


def test_the_body_part_after_is_no_region_of_the_treatment() -> None:
    query = understand("was the CT approved? what about his knee?")
    assert (query.body_regions, query.regions_after, query.treatment_words) == ((), ("knee",), ("CT",))


# a 54-year-old woman: MRIs of the left shoulder and the cervical spine, a CT of the head, all upheld;
# a 53-year-old man: a lumbar MRI, x-rays, a cervical CT and acupuncture, upheld (no knee request)
client = served_client("CM17-0002106", "CM17-0011703")


def test_the_patients_requests_for_the_body_part_after(client) -> None:
    answer = ask(client, "was the 54 yo woman's CT approved? what about her shoulder?")
    assert answer["answer"].startswith('No: "CT scan of the head" was denied (upheld), not approved [1].')
    assert 'the request for "MRI of the left shoulder" was denied (Upheld: not authorised)' in answer["answer"]
    assert "shoulder CT" not in answer["answer"]


def test_a_letter_without_the_body_part_says_so(client) -> None:
    answer = ask(client, "was the 53 yo man's CT approved? what about his knee?")
    assert answer["answer"].startswith('No: the denial of "CT scan of the cervical spine" was upheld; it was not '
                                       'authorised [1].')
    assert "Case CM17-0011703 has no request for the knee." in answer["answer"]
