"""'which of our claims had an MRI denied?', 'which of my files ...': a list of the items, as 'which cases' is
(service.kinds). Pure rules, no index."""

from __future__ import annotations

from service.understand import understand


def test_which_claims_or_files_asks_for_a_list():
    assert understand("which of our claims had an MRI of the shoulder denied?").kind == "list"
    assert understand("which claims had a shoulder MRI denied?").kind == "list"
    assert understand("which of my files had a TENS unit denied?").kind == "list"
    assert understand("which cases had a shoulder MRI denied?").kind == "list"


def test_the_claims_administrator_is_no_list_of_claims():
    assert understand("what guideline did the claims administrator cite for the baclofen").kind != "list"
