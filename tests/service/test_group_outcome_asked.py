"""An outcome asked of a group of patients across letters ("did anyone over 60 win?", "were there any approvals for
women", "which 40-somethings got something approved", "anything approved for patients under 30" typed without its
question mark) lists the group's items with that outcome, counted within all of theirs. Real letters, the real
model, real HTTP."""

from __future__ import annotations

from service.groups import Group, read_group
from service.outcomes import read_outcomes
from tests.conftest import ask, served_client

# 63M EMG overturned; 62F shoulder MRI upheld; 24M neck CT overturned; 45F naproxen overturned; 40F tramadol upheld;
# 45M PT upheld
client = served_client("CM16-0248034", "CM17-0014288", "CM17-0005924", "CM17-0019011", "CM17-0017734", "CM17-0013754")


def _cases(answer: dict) -> set[str]:
    return {c["case_number"] for c in answer["citations"]}


def test_a_decade_named_as_the_people_is_a_group() -> None:
    assert (read_group("which 40-somethings got something approved").age_min,
            read_group("any fifty-somethings with MRIs denied?").age_max) == (40, 59)
    # ... of one sex, said after it
    assert read_group("did any 50-something women get acupuncture approved?") == Group(
        words="50-something women", sex="female", age_min=50, age_max=59)
    assert read_group("any fifty-something men with MRIs?").sex == "male"
    assert read_group("which 40-somethings got something approved").sex is None


def test_winning_closing_the_question_is_the_approval() -> None:
    assert [(o.words, o.decision) for o in read_outcomes("did anyone over 60 win").found] == [("win", "Overturned")]
    # ... or closing a question of its own before more is told (tune nat-4193); and losing, the denial standing (nat-4206)
    assert [(o.words, o.decision) for o in read_outcomes("did he win? hes 63 and its the surgery for his rotator cuff").found] == [
        ("win", "Overturned")]
    assert [(o.words, o.decision, o.role) for o in read_outcomes("they wont do the nerve tests on my arm. did i lose?").found] == [
        ("lose", "Upheld", "asked")]
    assert read_outcomes("my husband lost his job and the MRI was not requested").found == ()


def test_the_outcome_asked_of_a_group_is_listed(client) -> None:
    answer = ask(client, "did anyone over 60 win")
    assert answer["answer"].startswith("2 items of patients aged 61 or over are in the index; 1 of them was overturned "
                                       "(approved) and 1 upheld (denied).")
    assert _cases(answer) == {"CM16-0248034"}
    answer = ask(client, "were there any approvals for women")
    assert answer["answer"].startswith("3 items of women are in the index; 1 of them was overturned (approved) and 2 "
                                       "upheld (denied).")
    assert _cases(answer) == {"CM17-0019011"}
    answer = ask(client, "which 40-somethings got something approved")
    assert answer["answer"].startswith("3 items of patients aged 40-49 are in the index; 1 of them was overturned")
    assert _cases(answer) == {"CM17-0019011"}
    assert _cases(ask(client, "anything approved for patients under 30")) == {"CM17-0005924"}
