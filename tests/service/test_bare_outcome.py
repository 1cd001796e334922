"""service.bare_outcome, and its use by service.conversation.resolve: an outcome word alone ("not approved?") after an
item answer asks it of that item; "did she get anything?" after a one-request letter asks of that request."""

from __future__ import annotations

from service.bare_outcome import bare_outcome, one_request_anything
from service.conversation import Earlier, Fact, resolve

HIP = Fact(case_number="CM16-0248655", item_index=1, title="MRI without contrast of the right hip", decision="Upheld")
L4 = Fact(case_number="CM17-0005418", item_index=1, title="Right L4 transforaminal epidural steroid injection", decision="Upheld")
L5 = Fact(case_number="CM17-0005418", item_index=2, title="Right L5 transforaminal epidural steroid injection", decision="Upheld")
NAMED = "the MRI without contrast of the right hip in case CM16-0248655"


def test_an_outcome_word_alone_is_asked_of_what_is_named():
    assert bare_outcome("not approved?", NAMED) == f"was {NAMED} not approved?"
    assert bare_outcome("so denied?", NAMED) == f"was {NAMED} denied?"
    assert bare_outcome("Upheld then?", NAMED) == f"was {NAMED} upheld?"
    assert bare_outcome("denied?", "the A and the B in case X", several=True) == "were the A and the B in case X denied?"
    for other in ("why was it not approved?", "approved by whom?", "what got approved?", "approved because of the MRI?"):
        assert bare_outcome(other, NAMED) == "", other


def test_anything_of_a_one_request_letter():
    assert one_request_anything("did she get anything?", NAMED) == f"was {NAMED} approved?"
    assert one_request_anything("so did he get anything at all?", NAMED) == f"was {NAMED} approved?"
    assert one_request_anything("so she got nothing?", NAMED) == f"was {NAMED} not approved?"
    assert one_request_anything("nothing at all?", NAMED) == f"was {NAMED} not approved?"
    assert one_request_anything("did she get anything else?", NAMED) == ""


def test_resolve_asks_the_outcome_of_the_item_answered():
    earlier = [Earlier(question="the 61 yo woman's hip MRI", items=(HIP,), kind="item", letter=(HIP,))]
    got = resolve("not approved?", earlier)
    assert got.question == f"was {NAMED} not approved?"
    assert got.carried == ("item: MRI without contrast of the right hip (case CM16-0248655), from the previous answer",)
    assert resolve("did she get anything?", earlier).question == f"was {NAMED} approved?"


def test_resolve_asks_the_outcome_of_each_of_several_answered():
    earlier = [Earlier(question="the 57 yo guy's back injections", items=(L4, L5), kind="item", letter=(L4, L5))]
    got = resolve("denied?", earlier)
    assert got.question == ("were the Right L4 transforaminal epidural steroid injection and the Right L5 transforaminal "
                            "epidural steroid injection in case CM17-0005418 denied?")
    # ("did he get anything?" of a letter of two requests is of them both: its letter, as before)
    assert resolve("did he get anything?", earlier).question == "did he get anything? [in case CM17-0005418]"
