"""The thing a question sets aside, named in the list the patient is described with ("the 37 yo woman with the
baclofen - what else did she ask for?"), tells who she is: only a letter with it, and of those the one whose request
prints the word ("the 45 yo woman with the naproxen - what else?": her naproxen, not another's meloxicam)
(service.patients)."""

from __future__ import annotations

from service.patients import _aside_described
from service.understand import understand
from tests.conftest import ask, served_client


def test_a_thing_set_aside_in_the_description_tells_who_she_is() -> None:
    assert _aside_described(understand("the 37 yo woman with the baclofen - what else did she ask for?"))
    # ... not one set aside in the asking: "the 37 yo woman - besides the baclofen, what else?"
    assert not _aside_described(understand("the 37 yo woman - besides the baclofen, what else did she ask for?"))


# four 37-year-old women: CM16-0233904 (baclofen), CM16-0245128 (cervical MRI), CM16-0248471 (six DME requests),
# CM17-0016204 (cervical and thoracic MRIs); two 45-year-old women: CM17-0019011 (naproxen), CM17-0019171 (meloxicam)
client = served_client("CM16-0233904", "CM16-0245128", "CM16-0248471", "CM17-0016204", "CM17-0019011", "CM17-0019171")


def test_what_else_of_the_woman_described_by_her_request(client) -> None:
    assert ask(client, "the 37 yo woman with the baclofen - what else did she ask for?")["answer"].startswith(
        "In CM16-0233904, there is no other request besides the baclofen: the one request was denied (upheld).")
    assert ask(client, "the 45 yo woman with the naproxen - what else?")["answer"].startswith(
        "In CM17-0019011, there is no other request besides the naproxen: the one request was approved (overturned).")
