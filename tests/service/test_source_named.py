"""A source outside MTUS, ODG and ACOEM named in a question ("did any reviewer cite mdguidelines?", "which letters cite
uptodate.com?") is a filter of the collection (`source_name`), and "did any reviewer cite X?" asks the letters as a whole
(service.collection.cues): before, "No letter in the index decides a request for mdguidelines" or every letter listed."""

from __future__ import annotations

import re

from service.collection.cues import source_asked, source_yes_no
from service.collection.lexicon import source_pattern
from service.filters import validate
from tests.conftest import ask, served_client


def test_a_source_name_is_matched_as_people_type_it():
    assert re.search(source_pattern("www.mdguidelines.com"), "did any reviewer use MDGuidelines?", re.I)
    assert re.search(source_pattern("uptodate.com"), "which letters cite Up To Date", re.I)
    assert re.search(source_pattern("uptodate.com"), "which letters cite uptodate.com?", re.I)
    assert not re.search(source_pattern("uptodate.com"), "was her PT up to the guideline's limits?", re.I)
    assert re.search(source_pattern("University of Michigan Health System"), "cites the university of michigan health system",
                     re.I)


def test_a_source_asked_of_the_letters():
    assert source_asked("did any reviewer cite UpToDate?") == "UpToDate"
    assert source_asked("which letters used ACOEM?") == "ACOEM"
    assert source_asked("has any letter relied on www.example.org?") == "www.example.org"
    assert source_yes_no("did any reviewer cite the FDA?") and not source_yes_no("which letters cite ODG?")
    assert source_asked("why was the 57 yo man's epidural denied?") == ""


def test_the_source_name_filter_is_validated():
    assert validate({"source_name": "  uptodate.com "}) == {"source_name": "uptodate.com"}


# epidurals whose reviewer cited www.mdguidelines.com; a hip MRI whose reviewer cited ACOEM
client = served_client("CM17-0005418", "CM16-0248655")


def test_did_any_reviewer_cite_a_source_is_counted_over_the_letters(client):
    answer = ask(client, "did any reviewer cite mdguidelines?")
    assert answer["kind"] == "count"
    assert answer["answer"].startswith("Yes: 2 items citing www.mdguidelines.com are in the index: 2 upheld (denied) and 0 "
                                       "overturned (approved).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0005418"}
    acoem = ask(client, "did any reviewer cite ACOEM?")
    assert acoem["answer"].startswith("Yes: 1 item citing ACOEM is in the index")
    none = ask(client, "did any reviewer cite the FDA?")
    assert none["answer"] == "No: 0 items citing FDA are in the index: 0 upheld (denied) and 0 overturned (approved)."
