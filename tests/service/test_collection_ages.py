"""The patients' age over the letters: "what's the average age of the patients?" is a mean over the
ages the letters give (the count of letters that give one said), not "nothing answers this"."""

from __future__ import annotations

from service.collection.cues import AGE_ASKED
from service.collection.read import read
from service.collection.vocab import Vocabulary
from service.understand import understand
from tests.conftest import ask, served_client

# three letters giving an age (34, 65 and 32) and one that gives none
client = served_client("CM16-0219557", "CM16-0221706", "CM16-0224814", "CM16-0249170")


def test_an_average_age_is_read_as_the_mean_of_the_letters_ages():
    cq = read("what's the average age of the patients?", Vocabulary())
    assert (cq.shape, cq.measure, cq.unit, cq.stat) == ("mean", "age", "letters", "mean")
    assert read("median age of the claimants?", Vocabulary()).stat == "median"
    assert understand("what's the average age of the patients?").kind == "count"
    assert understand("how old are the patients on average?").kind == "count"
    # one patient's age is no mean over the letters
    assert AGE_ASKED.search("how old is the 40 yo woman?") is None


def test_the_mean_age_counts_the_letters_that_give_one(client):
    mean = ask(client, "what's the average age of the patients?")
    assert mean["lead"] == "The patients' mean age is 43.7 (median 34, 32 to 65), over the 3 letters that give it."
    assert mean["table"]["columns"] == ["counted", "letters", "median age", "youngest", "oldest", "mean age"]
    assert mean["table"]["rows"] == [["patient's age", 3, 34.0, 32, 65, 43.7]]
    median = ask(client, "what is the median age of the men?")
    assert median["lead"] == "The patients' median age is 49.5 (mean 49.5, 34 to 65), over the 2 letters of men that give it."
