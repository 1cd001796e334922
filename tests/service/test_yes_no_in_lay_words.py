"""Yes/no questions about IMR's decision in more of a user's words (service.yes_no): a statement
asked with its question mark ("so he didn't get his ibuprofen?"), going along with UR's denial,
getting both of two requests ("did he get both epidurals?": service.outcomes.got_any)."""

from __future__ import annotations

import pytest

from service.outcomes import got_any
from service.yes_no import decision_asked


@pytest.mark.parametrize(("text", "asked"), [
    ("so the 41 year old guy didn't get his ibuprofen?", "Upheld"),
    ("the 60 yo man's MRI - denied?", "Upheld"),
    ("UR said no to the 24 yo man's neck CT. did IMR go along with that?", "Upheld"),
    ("UR denied the MRI. Why?", None),
    ("which were denied?", None),
    # a later clause takes the question mark: the denial told is no yes/no
    ("my wife (40) was denied tramadol, is that because of drug testing?", None),
    ("the 40 yo woman was denied tramadol, is that fair?", None),
    ("the MRI was denied, did IMR agree?", "Upheld"),
    # ... or a question of what the asker may do: "Yes: the denial of ... was upheld" read as yes to an appeal
    ("my PT got denied at IMR, can I appeal?", None),
    ("my PT got denied at IMR, should I appeal?", None),
    ("UR denied it, can IMR overturn it?", "Overturned"),
    # getting one's own request is its approval, asked with no outcome word
    ("did the 29 yo girl get her low back MRI?", "Overturned"),
    # ... the case by its number: "did CM17-0002106 get the head CT?"
    ("did CM17-0002106 get the CT of the head?", "Overturned"),
    # ... ending up getting it, or "that" told before
    ("my dad is 63 and they wanted to test the nerves in both arms. did he end up getting that?", "Overturned"),
    ("did she end up getting her MRI?", "Overturned"),
    ("did he get that done?", None),
    ("did they end up getting better?", None),
    ("did case CM16-0248034 get the EMG?", "Overturned"),
    ("the 41 yo man - did he get his motrin refills", "Overturned"),
    # ... the patient told at length, and a second question after it (nat-2631)
    ("did the 25 yo woman with the low back strain get her 8 PT visits, and what did the reviewer say?", "Overturned"),
    ("why did she get her MRI denied?", None),
    ("did she get better?", None),
    # ... either of two things: a yes/no of either ("No:" when neither was approved, "Yes:" naming the one that was)
    ("did she get her MRI or her PT?", "Overturned"),
    ("did he get his knee scope or the motrin?", "Overturned"),
    # (not a choice of two outcomes)
    ("did IMR okay her Naprosyn or knock it back?", None),
    # ... or the thing named before it, by a pronoun
    ("the electrician's interferential unit - did he get it eventually?", "Overturned"),
    ("did they get them in the end?", "Overturned"),
    ("did she get it done?", None),
    # ... "at least", or its units "at all" (answered with no no first)
    ("40 yo female with all the oral suspensions - did she at least get the celebrex?", "Overturned"),
    ("cm17-18279 PT 2x6 low back - did she get any sessions at all?", "Overturned"),
    ("did she get any better at all?", None),
    # ... and not getting them, told with its question mark, the denial: "so he can't get them?" after his two scans
    ("so he can't get them? [the CT and the MRI in case CM17-0011703]", "Upheld"),
    ("can he get them?", None),
    ("why did he get it?", None),
    # a request IMR gives is approved (not a reason it gives, nor why it gave it)
    ("the 45 yo bus driver's last 2 PT sessions - did IMR give them to him?", "Overturned"),
    ("the 50 yo guy whose UR approved 6 acupuncture - did IMR give him the other 2?", "Overturned"),
    ("did they give him the reasons?", None),
    ("why did IMR give him the PT?", None),
])
def test_the_decision_asked(text: str, asked: str | None) -> None:
    assert decision_asked(text) == asked


def test_getting_both_of_a_kind_asks_their_approval() -> None:
    assert got_any("did the 57 year old man get both epidurals?") == "Overturned"
    assert got_any("did the 57 year old man get an epidural?") is None
    # ... or anything at all, in the end
    assert got_any("the 37 year old woman with the braces and pillows - did she get anything at all?") == "Overturned"
    assert got_any("did he get any of it in the end?") == "Overturned"
    assert got_any("did she get anything done at all?") is None


def test_agreeing_then_asking_why() -> None:
    assert decision_asked("UR denied the 43 yo man's home aide - did IMR agree, and why?") == "Upheld"


@pytest.mark.parametrize(("text", "asked"), [
    # the part UR did not certify, asked back with no outcome word: whether IMR approved it
    ("the 43 yo guy's home aide - UR gave him 6 hours... did IMR give him the rest?", "Overturned"),
    ("UR cut the home aide back from 12 to 6 hours a day - did IMR restore the rest?", "Overturned"),
    ("did IMR give back the other 6 hours?", "Overturned"),
    # one pattern of giving (service.yes_no._GIVEN): the rest given back after UR's part, said by any giver
    ("UR certified part and the rest went to IMR - did IMR ever give back the remainder?", "Overturned"),
    ("they only gave 6. Did the review give him the full 12?", "Overturned"),
    # ... the whole of it given back, after UR cut it
    ("my client's home aide hours got cut by UR. did IMR give the full 12 hours back?", "Overturned"),
    ("did they give him the reasons for the rest?", None),
    ("why did IMR not give him the rest?", None),
    ("what did IMR give him?", None),
])
def test_the_rest_asked_back(text: str, asked: str | None) -> None:
    assert decision_asked(text) == asked


# not getting it, asked with its question mark after the item before: a denial to confirm
@pytest.mark.parametrize(("text", "asked"), [
    ("so he can't get the Right L5 injection in case CM17-0005418 either?", "Upheld"),
    ("so he doesnt get the other 6 hours? [the Home aide in case CM16-0249735]", "Upheld"),
    ("so she doesn't get her MRI?", "Upheld"),
    # ... and getting it, after "so": the approval to confirm
    ("so she gets the Naproxen 500mg #60 in case CM17-0019011?", "Overturned"),
    ("so he can get the MRI now?", "Overturned"),
    ("she gets headaches when she reads", None),
])
def test_not_getting_it_asked_is_a_denial_to_confirm(text, asked):
    assert decision_asked(text) == asked
