"""The asker's files or claims listed by outcome ("which of my files got reversed?") are the collection's letters
with that outcome, as "which cases were overturned?" is (service.collection.cues.LETTERS_LISTED)."""
import pytest

from service.collection.cues import LETTERS_LISTED
from service.understand import understand


@pytest.mark.parametrize("text, listed", [
    ("which of my files got reversed?", "which of my files"),
    ("which files got reversed?", "which files"),
    ("which of my cases got overturned?", "which of my cases"),
    ("list our claims that were overturned", "list our claims"),
    ("which cases were overturned?", "which cases"),
    ("which of my requests were denied?", None),
    ("what did my doctor ask for?", None),
])
def test_files_and_claims_are_letters_listed(text, listed) -> None:
    m = LETTERS_LISTED.search(text)
    assert (m.group(0) if m else None) == listed


@pytest.mark.parametrize("text, kind", [
    ("which of my files got overturned?", "count"),
    ("which files got reversed?", "count"),
    ("which of my cases got overturned?", "count"),
    ("which of my requests were denied? I am the 53 yo man with the neck", "item"),
])
def test_the_asker_s_files_are_a_collection_question(text, kind) -> None:
    assert understand(text).kind == kind
