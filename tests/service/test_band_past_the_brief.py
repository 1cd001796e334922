"""An age band of one patient that more letters fit than the brief lists (service.flows.fitting.MAX_BRIEF):
"the woman over 25 - what happened with her requests?" says how many fit and lists the first MAX_BRIEF, one
cited line each, never one letter answered as if it were the patient's. Real letters, the real model."""

from __future__ import annotations

import re

from service.flows.fitting import MAX_BRIEF
from tests.conftest import ask, served_client

# the 18 women over 25 of the tune half, a woman of 25 (outside "over 25") and a man of 45
WOMEN_OVER_25 = ("CM16-0231706", "CM16-0231745", "CM16-0233904", "CM16-0245128", "CM16-0246635", "CM16-0247660",
                 "CM16-0248471", "CM16-0248655", "CM17-0002106", "CM17-0005246", "CM17-0009887", "CM17-0010885",
                 "CM17-0013625", "CM17-0013716", "CM17-0014288", "CM17-0017734", "CM17-0018279", "CM17-0019011")
client = served_client(*WOMEN_OVER_25, "CM17-0003890", "CM17-0013754")


def test_more_letters_than_the_brief_are_counted_and_the_first_listed(client):
    # was CM17-0010885's acupuncture and physical therapy, answered as if hers
    answer = ask(client, "the woman over 25 - what happened with her requests?")
    assert MAX_BRIEF == 15
    assert answer["answer"].startswith("18 letters fit a woman aged 26 or over; the question does not say which is "
                                       "hers. The first 15: ")
    assert answer["answer"].endswith("Give the case number, or the treatment asked about, for one letter's answer.")
    lines = re.findall(r"(CM1\d-\d{7}) \((\d+)\): ", answer["answer"])
    assert len(lines) == 15
    assert {case for case, _age in lines} < set(WOMEN_OVER_25)
    assert all(int(age) > 25 for _case, age in lines)
    assert {c["case_number"] for c in answer["citations"]} == {case for case, _age in lines}
    assert "In case " not in answer["answer"]  # no one letter answered as the patient's


def test_a_band_the_brief_holds_is_listed_whole(client):
    answer = ask(client, "the lady in her 40s - what happened with her requests?")
    assert answer["answer"].startswith("6 letters fit a woman aged 40-49; the question does not say which is hers. CM")
    assert "The first" not in answer["answer"]


def test_a_band_asked_what_happened_bare(client):
    # was CM17-0013625's requests alone, answered as if hers
    for question in ("the lady in her 40s - what happened?", "the woman in her 40s - what did she get?"):
        answer = ask(client, question)
        assert answer["answer"].startswith("6 letters fit a woman aged 40-49; the question does not say which is hers. CM")


def test_a_yes_or_no_the_letters_answer_apart_depends_on_which(client):
    # some of the women over 25 had a request approved, most none
    answer = ask(client, "the lady over 25 - anything approved?")
    assert answer["answer"].startswith("It depends on which letter: 18 letters fit a woman aged 26 or over; the "
                                       "question does not say which is hers. The first 15: ")
