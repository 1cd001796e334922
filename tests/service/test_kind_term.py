"""A kind of request asked the meaning of, nothing else (service.kind_term): "what's an MR arthrogram", "what
is an EMG?": one line of what it is where the project has a gloss, else that it is a kind of request these
letters decide, then how the index's requests for it were decided. Real letters, the real model, real HTTP."""

from __future__ import annotations

from datetime import date

import pytest

from service.kind_term import asked_kind, kind_beside, kind_first, kind_gloss
from service.understand import understand
from tests.conftest import ask, served_client

# CM17-0008177: a 42-year-old man's MR arthrogram of the right shoulder, denied; CM17-0009887: a 46-year-old
# woman's NCS and EMG of the left arm, denied; CM17-0015790: a 56-year-old man's baclofen and Norco, denied
client = served_client("CM17-0008177", "CM17-0009887", "CM17-0015790")


@pytest.mark.parametrize(("question", "said"), [
    ("what's an MR arthrogram", "MR arthrogram"),
    ("what is an EMG", "EMG"),
    ("what is a TENS unit?", "TENS unit"),
    ("what does FCE stand for?", "FCE"),
    ("what is a knee MRI?", "knee MRI"),
    # more is asked, or no kind of request
    ("what is the MRI for the 54 yo man?", ""),
    ("what was the EMG?", ""),
    ("what is the MTUS?", ""),
])
def test_the_kind_asked(question: str, said: str) -> None:
    assert asked_kind(question) == said


def test_a_kind_asked_alone_is_a_term_and_MR_no_sex() -> None:
    query = understand("what's an MR arthrogram", today=date(2017, 6, 1))
    assert (query.kind, query.kind_term, query.sex) == ("term", "MR arthrogram", None)


def test_what_a_kind_is_and_how_it_was_decided(client):
    answer = ask(client, "what's an MR arthrogram")
    assert answer["kind"] == "term" and answer["citations"] == []
    assert answer["answer"] == ("An MR arthrogram is an MRI of a joint taken after contrast dye is injected into it, to show "
                                "tears of the labrum or cartilage. In the index, 1 MRI request in 1 letter (CM17-0008177): "
                                "1 denied (upheld).")
    assert ask(client, "what is an EMG")["answer"] == (
        "EMG is electromyography: a needle test of the electrical activity of muscles, for nerve or muscle damage. In the "
        "index, 1 EMG (electromyography) request in 1 letter (CM17-0009887): 1 denied (upheld).")
    assert ask(client, "whats Norco")["answer"] == (
        "Norco is a brand name of hydrocodone/acetaminophen (an opioid). In the index, 1 hydrocodone "
        "(Norco, Vicodin) request in 1 letter (CM17-0015790): 1 denied (upheld).")


@pytest.mark.parametrize(("question", "said"), [
    ("what is Deprizine and why was it denied?", "Deprizine"),
    ("what's a TENS unit, and did the 37 yo woman get one?", "TENS unit"),
    ("what is the decision on the MRI and why?", ""),  # a decision asked, no kind's meaning
    ("what is Deprizine?", ""),  # asked alone: a term (asked_kind)
])
def test_a_kind_asked_beside_another_question(question: str, said: str) -> None:
    assert kind_beside(question) == said


def test_the_kind_in_one_line() -> None:
    assert kind_gloss("Deprizine") == "Deprizine is a brand name of ranitidine, one of the H2 blockers."
    assert kind_gloss("fanatrex") == "Fanatrex is a brand name of gabapentin (an anticonvulsant)."
    assert kind_gloss("TENS unit").startswith("A TENS unit is a transcutaneous electrical nerve stimulation device")


liquid = served_client("CM17-0013625")


def test_the_kind_beside_closes_the_items_answer(liquid) -> None:
    answer = ask(liquid, "what is Deprizine and why was it denied?")
    assert answer["answer"].startswith("Denied (Upheld): not indicated for the diagnosis [1]. In case CM17-0013625, the "
                                       'request for "Deprizine 15mg/ml oral suspension, 250ml" was denied')
    assert answer["answer"].endswith("Deprizine is a brand name of ranitidine, one of the H2 blockers.")


@pytest.mark.parametrize(("question", "said"), [
    ("the fanatrex, what is it?", "fanatrex"),
    ("fanatrex - what is that?", "fanatrex"),
    ("40 yo woman with the oral suspensions - what is fanatrex exactly?", "fanatrex exactly"),
    ("the MRI - what is the decision?", ""),  # a decision asked, no kind's meaning
    ("what is Deprizine and why was it denied?", ""),  # beside (kind_beside)
])
def test_a_kind_asked_after_naming_it(question: str, said: str) -> None:
    assert kind_first(question) == said


def test_what_the_kind_is_opens_the_items_answer(liquid) -> None:
    answer = ask(liquid, "40 yo woman with the oral suspensions - what is fanatrex exactly?")
    assert answer["answer"].startswith("Fanatrex is a brand name of gabapentin (an anticonvulsant). Denied (Upheld): not "
                                       "indicated for the diagnosis [1]. In case CM17-0013625, the request for "
                                       '"Fanatrex 25mg/ml oral suspension 420ml" was denied')
