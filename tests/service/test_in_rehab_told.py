"""Where the patient is staying tells who they are, not what is asked: "the guy in rehab after his
belly surgery", "my husband is in rehab" is in a rehabilitation unit, and the home aide is the
request asked about (service.story)."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand
from tests.conftest import ask, served_client

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize(("question", "treatments", "story"), [
    ("why did IMR overturn the cut in home aide hours for the guy in rehab after his belly surgery?",
     ("home_health",), ("physical_therapy", "surgery")),
    ("was the MRI denied for the woman still in PT?", ("mri", "imaging"), ("physical_therapy",)),
    # ... told of someone the asker speaks of, or by a pronoun
    ("my husband is in rehab after stomach surgery, why did they cut his home aide?",
     ("home_health",), ("physical_therapy", "surgery")),
    ("she is still in PT - why was her MRI denied?", ("mri", "imaging"), ("physical_therapy",)),
    # the only treatment named stays asked
    ("did the guy in rehab get his PT approved?", ("physical_therapy",), ()),
])
def test_where_the_patient_is_staying_is_the_story(question: str, treatments: tuple[str, ...],
                                                   story: tuple[str, ...]) -> None:
    q = understand(question, today=TODAY)
    assert (q.treatments, q.story_treatments) == (treatments, story)


# a home aide after abdominal surgery and a shoulder arthroscopy with its post-op therapy
rehab = served_client("CM16-0249735", "CM17-0006797")


def test_the_guy_in_rehab_is_asked_of_his_home_aide(rehab):
    answer = ask(rehab, "why did IMR overturn the cut in home aide hours for the guy in rehab after his belly surgery?")
    assert answer["answer"].startswith('IMR denied it: the denial of "Home aide 6 hours per day, 5 times a week for 4 weeks '
                                      'to assist with mobility, transfer…" was upheld; it was not authorised [1]. '
                                      "Denied (Upheld): ")
    assert answer["hits"][0]["case_number"] == "CM16-0249735"
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0249735"}
