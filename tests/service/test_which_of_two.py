"""Which of a letter's two items of a kind had an outcome, or fared worse: both said with their decisions
(service.worse, service.choice.asks_which, service.flows.group_yes_no.WHICH_ONE, service.flows.chosen)."""

from service.choice import asks_which
from service.flows.chosen import _which_of_kind, every_item
from service.flows.group_yes_no import WHICH_ONE
from service.understand import understand
from service.worse import neither_said, worse_asked


def test_worse_asks_of_the_denial_and_better_of_the_approval():
    assert worse_asked("CM17-0005418 which injection was worse?") == "Upheld"
    assert worse_asked("which one did better, the MRI or the acupuncture?") == "Overturned"
    assert worse_asked("why was her back worse after the injection?") is None
    assert neither_said("Upheld") == "neither fared worse"


def test_which_after_the_case_number_asks_which():
    assert asks_which("CM17-0009887 which of the two was denied?") is True
    assert asks_which("the PT which was denied in CM17-0009887") is False


def test_which_of_the_two_asks_of_the_letters_requests_when_no_kind_is_named():
    assert WHICH_ONE.search("CM17-0009887 which of the two was denied?")
    assert not WHICH_ONE.search("which of the two MRIs was denied?")
    assert every_item("CM17-0009887 which of the two was denied?")
    assert not every_item("which of the two MRIs was denied?")


def test_which_of_a_kind_asks_every_item_of_it():
    assert _which_of_kind(understand("CM17-0005418 which injection was worse?")) is True
    assert _which_of_kind(understand("CM17-0005418 which guideline was used for the injection?")) is False
