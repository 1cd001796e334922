"""'anything' after a verb of what care did ("the first 6 didnt improve anything") is no "any of her requests":
the follow-up stays on the item answered (service.conversation.THEIR_ALL). Pure rules, no index."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve

ACUPUNCTURE = Fact(case_number="CM17-0011703", item_index=5, decision="Upheld",
                   title="Acupuncture of the lumbar and cervical for two sessions")


def test_anything_improved_stays_on_the_item_answered():
    earlier = [Earlier(question="CM17-0011703 acupuncture", items=(ACUPUNCTURE,), kind="item")]
    # before: "... [in case CM17-0011703]", and the x-rays and the CT answered beside the acupuncture
    got = resolve("denied because the first 6 didnt improve anything?", earlier)
    assert got.question == ("denied because the first 6 didnt improve anything? [the Acupuncture of the lumbar and "
                            "cervical for two sessions in case CM17-0011703]")


def test_was_anything_approved_still_asks_of_every_request():
    earlier = [Earlier(question="CM17-0011703 acupuncture", items=(ACUPUNCTURE,), kind="item")]
    assert resolve("was anything approved?", earlier).question.endswith("[in case CM17-0011703]")
