"""Of letters a patient's age and sex fit alike, the one whose request for the treatment asked is of the body part
the question tells, even in the story ("my dad is 53, his back hurts and they did an MRI": his lumbar MRI, not another
53-year-old man's cervical one; service.patients.having_every_asked); and "they did shots" names the shots, no
unknown "they" kind of them (service.gather.unknown_phrase). Real letters, the real model, real HTTP."""

from __future__ import annotations

from service.patients import having_every_asked
from service.understand import understand
from tests.conftest import ask, served_client

# two 53-year-old men: a cervical MRI (overturned); a lumbar MRI, x-rays, a cervical CT and acupuncture (all upheld);
# two 34-year-old men: lumbar facet injections (upheld); a cervical MRI (upheld)
client = served_client("CM16-0246624", "CM17-0011703", "CM16-0219557", "CM16-0239607")


def test_the_part_told_in_the_story_picks_the_letter(client):
    back = ask(client, "my dad is 53, his back hurts and they did an MRI")
    assert back["citations"][0]["case_number"] == "CM17-0011703"
    assert "In case CM17-0011703, the request for \"MRI of the lumbar spine\" was denied" in back["answer"]
    neck = ask(client, "my dad is 53, his neck hurts and they did an MRI")
    assert neck["citations"][0]["case_number"] == "CM16-0246624"


def test_shots_they_did_are_shots(client):
    answer = ask(client, "my brother is 34, his back hurts and they did shots")
    assert answer["kind"] == "item"
    assert answer["citations"][0]["case_number"] == "CM16-0219557"




class _Catalog:
    """The item rows (case, treatment, region) of two 53-year-old men's letters and a 50-year-old man's."""

    rows = [("CM16-0246624", "mri", "cervical"), ("CM17-0011703", "mri", "lumbar"), ("CM17-0007857", "acupuncture", None)]

    def query(self, _sql, params):
        return [row for row in self.rows if row[0] in params]


class _Engine:
    store = type("Store", (), {"catalog": _Catalog()})()


def test_the_letters_with_the_treatment_at_the_part_told() -> None:
    both = ["CM16-0246624", "CM17-0011703"]
    assert having_every_asked(_Engine(), understand("my dad is 53, his back hurts and they did an MRI"), both) == {
        "CM17-0011703"}
    # no age or sex told: every one of them
    assert having_every_asked(_Engine(), understand("back hurts and they did an MRI"), both) == set(both)
    # a request that names no part is of any part told
    assert having_every_asked(_Engine(), understand("im 50, male, neck and low back. my acupuncture?"),
                              ["CM17-0007857"]) == {"CM17-0007857"}
