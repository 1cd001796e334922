"""Look-alike patients told apart by a relative word: "the older truck driver" is the 70-year-old
one, "the younger truck driver" the 28-year-old (service.relative). Found asking by hand over test
letters; over the project's sample letters, the real model and real HTTP."""

from __future__ import annotations

from service.patients import by_relative, letter_matches
from service.people import job_words, read_person
from service.relative import picked, relative
from service.understand import understand
from tests.conftest import ask, sample_client

LETTERS = [
    "CM16-0162904",  # a 28-year-old male truck driver: pain management consultation overturned
    "CM16-0162840",  # a 70-year-old male truck driver: left shoulder MRI overturned, FRP and TENS upheld
    "CM16-0162862",  # a 47-year-old male electrician: 6 requests, all upheld
    "CM17-0222247",  # a 65-year-old male electrician: interferential unit upheld
]
client = sample_client(*LETTERS)


def test_the_relative_word_and_what_it_compares() -> None:
    assert relative("the older truck driver - what was denied?") == ("age", True)
    assert relative("the youngest one") == ("age", False)
    assert relative("the guy hurt first") == ("injured", False)
    assert relative("the one injured most recently") == ("injured", True)
    assert relative("the 63 year old man") is None


def test_the_oldest_or_youngest_or_none_when_tied() -> None:
    rows = [("A", 28, "2016-01-02"), ("B", 70, "2015-03-04")]
    assert picked(rows, "age", True) == "B"
    assert picked(rows, "age", False) == "A"
    assert picked(rows, "injured", False) == "B"
    assert picked([("A", 40, None), ("B", 40, None)], "age", True) is None


def test_the_relative_word_is_no_part_of_the_job() -> None:
    assert job_words(read_person("the older truck driver - what was denied?")) == ("truck driver",)


def test_the_older_and_the_younger_truck_driver(client) -> None:
    older = ask(client, "the older truck driver - what was denied?")
    assert older["citations"][0]["case_number"] == "CM16-0162840"
    younger = ask(client, "the younger truck driver - what did IMR decide?")
    assert younger["citations"][0]["case_number"] == "CM16-0162904"
    assert ask(client, "the younger electrician - was anything approved?")["citations"][0]["case_number"] == "CM16-0162862"


def test_two_ages_told_with_one_unit_then_the_younger_or_older() -> None:
    # nat-1858: "a 24 and a 53 yo - was the younger one's approved?" is the 24-year-old
    assert read_person("two men had neck CTs, a 24 and a 53 yo - was the younger one's approved?").age == 24
    assert read_person("the 24 and 53 year old men - the older one's CT?").age == 53
    assert read_person("the 53 yo man's CT").age == 53


# three women in their sixties with one MRI each: the wrist (63), the shoulder (65), the knee (67)
WOMEN = ["CM13-0274334", "CM16-0162896", "CM17-0222234"]
women = sample_client(*WOMEN)


def test_the_younger_of_two_is_of_those_with_the_body_part_asked(women) -> None:
    # nat-2160: "the younger of the two women ... whose knee MRI": of the women with a knee MRI (one
    # here), not the youngest woman with any MRI (the 63-year-old's wrist)
    question = "the younger of the two women in their 60s whose knee MRI was denied - why?"
    engine, query = women.app.state.engine, understand(question)
    assert by_relative(engine, query, {}, letter_matches(engine, query, {})) == {"CM17-0222234": 1.0}
    answer = ask(women, question)
    assert answer["citations"][0]["case_number"] == "CM17-0222234"
    assert answer["citations"][0]["request"] == "Left knee MRI"
