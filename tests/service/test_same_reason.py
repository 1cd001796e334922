""""Was X denied for the same reason as Y?" compares the two items' reasons (service.same_reason):
"was the diclofenac for the 33yo denied for the same reason as the flexeril?" opened 'Yes:
"Diclofenac ER 100mg #60" was denied (upheld) [1]. "Cyclobenzaprine 7.5mg #27" was denied (upheld)
[2].', the decisions, not the reasons asked. Over the real tune letter CM16-0234464 (a 33-year-old
man: three MRIs, diclofenac, cyclobenzaprine and lidocaine, all upheld), the real model and HTTP."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.same_reason import asks_same_reason
from tests.conftest import ask, served_client
from tests.service.test_conversation_api import turn


def test_the_same_reason_asked() -> None:
    assert asks_same_reason("was the diclofenac denied for the same reason as the flexeril?")
    assert asks_same_reason("neck MRI and back MRI - same reason?")
    assert asks_same_reason("were they denied for different reasons?")
    assert not asks_same_reason("why was the diclofenac denied?")
    # the reason just told, asked of another: "is that why the L5 one was denied too?"
    assert asks_same_reason("is that why the L5 one was denied too?")
    assert asks_same_reason("was that also why the brace was denied?")
    # ... not a reason offered for the one asked, nor a bare "is that why?"
    assert not asks_same_reason("she had no MRI, is that why it was denied?")
    assert not asks_same_reason("is that why?")



def test_the_same_reviewer_reasons_asked_are_the_reasons_not_who_reviewed() -> None:
    from service.compose.facts import asked_facts

    # before: "Yes: one letter, one reviewer: the IMR reviewer of case ... is a specialist in ..."
    assert asks_same_reason("the 54 yo man's neck and back PT - same reviewer reasons?")
    assert asks_same_reason("the neck and hand MRIs - same reviewer's reasons?")
    assert "reviewer" not in asked_facts("the 54 yo man's neck and back PT - same reviewer reasons?")
    assert "reviewer" in asked_facts("the 54 yo man's neck and back PT - same reviewer for both?")


client = served_client("CM16-0234464")


def test_different_reasons_are_said_each(client) -> None:
    answer = ask(client, "was the diclofenac for the 33yo denied for the same reason as the flexeril?")
    assert answer["answer"].startswith('No, the reasons differ. "Diclofenac ER 100mg #60": no clear rationale [1]. '
                                       '"Cyclobenzaprine 7.5mg #27": no documented functional improvement [2].')
    # each reason cited by the finding behind it
    first = answer["citations"][0]
    assert (first["role"], " ".join(first["quote"].split())[:62]) == (
        "finding", "The rational as to why the patient would require an additional")


def test_the_same_reason_is_said_once(client) -> None:
    answer = ask(client, "the 33 yo guy's neck MRI and back MRI - same reason?")
    assert answer["answer"].startswith("Yes: the reviewer gave both the same reason, no objective findings or red flags [1][2].")
    # ... asked with "both" and an outcome: the reasons compared, not "Yes: both were denied"
    answer = ask(client, "the 33 yo guy's neck MRI and back MRI, were both denied for the same reason?")
    assert answer["answer"].startswith("Yes: the reviewer gave both the same reason, no objective findings or red flags [1][2].")


creams = served_client("CM17-0013716")


def test_a_follow_up_compares_the_item_it_names_by_title(creams) -> None:
    # "CM17-0013716 the two creams" || "same reason for the stomach pill?", as the conversation resolves it: the words
    # of the flurbiprofen cream's title fit the other cream too; the one named whole is compared
    answer = ask(creams, "same reason for the stomach pill as the Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, "
                         "120grams #1 in case CM17-0013716?")
    assert answer["answer"].startswith('No, the reasons differ. "Pantoprazole 20mg #30": not indicated for the diagnosis '
                                       '[1]. "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1": conservative '
                                       "care not tried or failed [2].")


def test_the_same_reason_asked_of_all_three_items_compares_all_three(client) -> None:
    # before: "Yes: all 3 were denied (upheld) [1][2][3].", the decisions, not the reasons asked
    answer = ask(client, "the 33 yo man's three MRIs - all denied for the same reason?")["answer"]
    assert answer.startswith("Partly: all 3 name conservative care not tried or failed [1][2][3], but the reviewer led "
                             "with another reason for some. ")
    lead = answer.split(" Denied (Upheld)")[0]
    assert '"Single positional MRI of the right hand": conservative care not tried or failed [' in lead
    assert '"Single positional MRI of the lumbar spine": no objective findings or red flags [' in lead
    assert '"Single positional MRI of the cervical spine": no objective findings or red flags [' in lead


def test_a_body_part_asked_after_an_item_the_same_reason_compares_the_two() -> None:
    neck = Fact(case_number="CM16-0234464", item_index=1, title="Single positional MRI of the cervical spine",
                decision="Upheld", body_regions=("cervical",))
    back = Fact(case_number="CM16-0234464", item_index=2, title="Single positional MRI of the lumbar spine",
                decision="Upheld", body_regions=("lumbar",))
    earlier = [Earlier(question="the 33 yo man's cervical MRI", items=(neck,), kind="item", letter=(neck, back))]
    compared = ("was the Single positional MRI of the lumbar spine decided for the same reason as the Single positional "
                "MRI of the cervical spine? [in case CM16-0234464]")
    assert resolve("and the lumbar - denied for the same reason?", earlier).question == compared
    assert resolve("and the lumbar? same reason?", earlier).question == compared
    # ... not asked: that item alone, as before
    assert resolve("and the lumbar?", earlier).question == ("what about the Single positional MRI of the lumbar spine in "
                                                            "case CM16-0234464?")


def test_the_body_part_follow_up_answers_the_reasons_compared(client) -> None:
    first = ask(client, "the 33 yo man's cervical MRI")
    answer = ask(client, "and the lumbar - denied for the same reason?", history=[turn("the 33 yo man's cervical MRI", first)])
    assert answer["answer"].startswith("Yes: the reviewer gave both the same reason, no objective findings or red flags [1][2].")
