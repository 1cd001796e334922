"""A question describing two of the asker's people and asking about one reads only that one's
description (service.others, service.understand)."""

from __future__ import annotations

from datetime import date

from service.others import the_one_asked, without_copied
from service.understand import understand

TODAY = date(2017, 6, 1)


def test_the_description_of_the_person_not_asked_about_is_blanked() -> None:
    text = "my dad (58, fell off a roof) and my uncle (41, twisted his knee) both got letters - what happened to my uncle's?"
    assert the_one_asked(text) == " " * 28 + " and my uncle (41, twisted his knee) both got letters - what happened to my uncle's?"
    q = understand(text, today=TODAY)
    assert (q.age, q.sex) == (41, "male")


def test_unchanged_when_both_or_neither_are_asked_about() -> None:
    both = "my dad (58, fell off a roof) and my uncle (41, twisted his knee) - what happened to my dad and my uncle?"
    assert the_one_asked(both) == both
    one = "my dad (58, fell off a roof) - what happened to my dad's MRI?"
    assert the_one_asked(one) == one
    assert understand(one, today=TODAY).age == 58


def test_both_of_two_people_is_no_side() -> None:
    assert understand("my wife and I both had knee MRIs denied - why was mine?", today=TODAY).side is None
    assert understand("both of them got knee braces - approved?", today=TODAY).side is None
    assert understand("was the EMG of both arms approved?", today=TODAY).side == "bilateral"


def test_what_the_reasons_were_copied_from_is_not_asked_about() -> None:
    text = "did the reviewer give reasons for the knee brace or just copy the wrist brace ones?"
    assert without_copied(text) == "did the reviewer give reasons for the knee brace" + " " * 34 + "?"
    assert understand(text, today=TODAY).body_regions == ("knee",)
    plain = "was the knee brace or the wrist brace approved?"
    assert without_copied(plain) == plain
