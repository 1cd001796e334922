"""A follow-up opening "which one ...?" after an answer about one letter asks of that letter's requests ("the 54 yo
woman with the creams" || "which one had amitriptyline?"), not of any letter's (service.conversation); a thing told by
its purpose that the letter lacks is said so plainly ("something for nerve pain", service.lacking)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn

NAPROXEN = Fact(case_number="CM17-0013716", item_index=1, title="Naproxen 500mg #60", decision="Upheld")
CREAM = Fact(case_number="CM17-0013716", item_index=4, title="Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1",
             decision="Upheld")


def test_which_one_carries_the_letter_answered() -> None:
    earlier = [Earlier(question="the 54 yo woman with the creams", items=(CREAM,), kind="item", letter=(NAPROXEN, CREAM))]
    assert resolve("which one had lidocaine?", earlier).question == "which one had lidocaine? [in case CM17-0013716]"
    assert resolve("which one was for nerve pain?", earlier).question == "which one was for nerve pain? [in case CM17-0013716]"
    # ... not of another patient told
    assert resolve("which one did the 40 yo woman get?", earlier).question == "which one did the 40 yo woman get?"


# CM17-0013716: a 54-year-old woman's naproxen, pantoprazole and two compounded creams, all upheld; CM17-0013625: a
# 40-year-old woman's oral suspensions (gabapentin's Fanatrex among them), upheld
client = served_client("CM17-0013716", "CM17-0013625")


def test_which_one_answers_of_her_letter(client) -> None:
    first = ask(client, "the 54 yo woman with the creams")
    history = [turn("the 54 yo woman with the creams", first)]
    answer = ask(client, "which one had amitriptyline?", history=history)
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0013716"}
    assert 'the request for "Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1"' in answer["answer"]
    nerve = ask(client, "which one was for nerve pain?", history=history)
    assert nerve["answer"].startswith("Case CM17-0013716 has no request for something for nerve pain. Its letter decided "
                                      "4 items:")
