"""A patient told by one of their requests, asked what they asked for ("the 40 yo woman with the celecoxib - what did
she ask for?", "the 37 yo woman with the pillows - what got denied?"): every request of her letter, the one named
telling who she is (service.story); and "the second one?" after that whole-letter answer counts in the letter's
order, whatever order the answer explained them in (service.conversation)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.story import story_treatments
from tests.conftest import ask, served_client


def test_what_she_asked_for_leaves_the_named_request_as_her_story() -> None:
    text = "the 52 yo woman with the chiropractic - what did she ask for?"
    assert story_treatments(text, [("chiropractic", "chiropractic")]) == ([], [("chiropractic", "chiropractic")])
    got = "the 37 yo woman with the pillows - what got denied?"
    assert story_treatments(got, [("pillow", "pillows")]) == ([], [("pillow", "pillows")])
    # ... not a question of that request: "the 52 yo woman with the chiropractic - why was it denied?"
    why = "the 52 yo woman with the chiropractic - why was it denied?"
    assert story_treatments(why, [("chiropractic", "chiropractic")]) == ([("chiropractic", "chiropractic")], [])


TITLES = ["Celecoxib 200mg #90", "Fanatrex 25mg/ml oral suspension 420ml", "Dicopanol 5mg/ml oral suspension, 150ml",
          "Deprizine 15mg/ml oral suspension, 250ml", "Tabradol 1mg/ml oral suspension, 250ml"]
LETTER = tuple(Fact(case_number="CM17-0013625", item_index=n, title=t, decision="Upheld") for n, t in enumerate(TITLES, 1))


def test_an_ordinal_after_a_whole_letter_answer_counts_in_the_letters_order() -> None:
    shown = (LETTER[0], LETTER[2], LETTER[4], LETTER[1], LETTER[3])  # the order the answer explained them in
    earlier = [Earlier(question="the 40 yo woman with the celecoxib - what did she ask for?", items=shown, kind="item",
                       letter=LETTER)]
    assert "Fanatrex" in resolve("the second one?", earlier).question
    # ... some of the letter's items answered: the answer's order
    some = [Earlier(question="her liquid meds?", items=(LETTER[2], LETTER[1]), kind="item", letter=LETTER)]
    assert "Fanatrex" in resolve("the second one?", some).question


client = served_client("CM17-0013625", "CM17-0017734")


def test_what_she_asked_for_lists_her_letter(client) -> None:
    answer = ask(client, "the 40 yo woman with the celecoxib - what did she ask for?")
    assert answer["answer"].startswith("In CM17-0013625, all 5 requests were denied (upheld) [1][2][3][4][5].")
