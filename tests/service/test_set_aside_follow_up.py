"""A set-aside with or without an article ("other than medications", "besides the meds") after an answer
about one patient's item asks of that patient's other requests (service.besides, service.conversation
._besides), never the old answer again nor no one's. Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

import pytest

from service.besides import set_aside
from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("text", "treatments", "words"), [
    ("other than medications, what got approved?", ("medication",), "medications"),
    ("besides the meds, what else was denied?", ("medication",), "the meds"),
    ("anything besides PT denied?", ("physical_therapy",), "PT"),
    ("except for acupuncture what did she get approved", ("acupuncture",), "acupuncture"),
    # no treatment set aside; without an article, three words at most (tune nat-419 set the elbow MRI aside
    # when the words after 'besides' ran on: 'No letter in the index mentions Counsel.')
    ("other than that, was anything approved?", (), ""),
    ("Did the reviewer cite anything besides MTUS when upholding the denial of the elbow MRI for the ladder fall?",
     (), ""),
])
def test_a_set_aside_with_or_without_an_article(text: str, treatments: tuple, words: str) -> None:
    _rest, aside = set_aside(text)
    assert (aside.treatments, aside.words) == (treatments, words)


_DICLOFENAC = Earlier(question="why was the diclofenac denied in CM16-0234464?", kind="item",
                      items=(Fact(case_number="CM16-0234464", item_index=4, title="Diclofenac ER 100mg #60"),))


def test_a_set_aside_follow_up_is_of_the_patient_before() -> None:
    resolved = resolve("other than medications, what got approved?", [_DICLOFENAC])
    assert resolved.question == "other than medications, what got approved? [in case CM16-0234464]"
    assert resolved.carried == ("case: CM16-0234464, from the previous answer, without medications",)
    # a patient of its own, or a treatment of its own, is not the one before
    told = "besides the meds, what else was denied for the 45 year old woman?"
    assert resolve(told, [_DICLOFENAC]).question == told
    assert resolve("besides the meds, was the MRI denied?", [_DICLOFENAC]).question == \
        "besides the meds, was the MRI denied?"
    # a thing the conversation did not speak of in that case is asked as itself
    assert resolve("anything else besides the MRI?", [_DICLOFENAC]).question == "anything else besides the MRI?"


# a 33-year-old man's three MRIs and three medications, all upheld; a 45-year-old woman's naproxen, approved
client = served_client("CM16-0234464", "CM17-0019011")


def test_besides_the_meds_after_a_patients_drug(client) -> None:
    history = [{"question": "why was the diclofenac denied in CM16-0234464?", "kind": "item",
                "items": [{"case_number": "CM16-0234464", "item_index": 4}]}]
    besides = ask(client, "besides the meds, what else was denied?", history=history)
    # answered 'No letter in the index mentions else.' (the meds were the thing asked, no case carried)
    assert besides["lead"] == "In CM16-0234464, besides the meds, all 3 requests were denied (upheld)."
    assert {c["case_number"] for c in besides["citations"]} == {"CM16-0234464"}
    other = ask(client, "other than medications, what got approved?", history=history)
    # answered CM17-0019011's naproxen (the medications asked, another letter's)
    assert other["lead"] == ('IMR denied them: "Single positional MRI of the lumbar spine" [1], "Single positional MRI '
                             'of the cervical spine" [2] and "Single positional MRI of the right hand" [3] were denied '
                             '(upheld: not authorised). Denied (Upheld): no objective findings or red flags [4].')
    assert {c["case_number"] for c in other["citations"]} == {"CM16-0234464"}
