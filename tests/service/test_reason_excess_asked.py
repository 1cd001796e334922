"""A reason asked yes or no as the excess itself ("was it too many visits?") or as a plan the patient lacked ("was it
cause she had no plan for surgery?"): answered yes or no by the reviewer's reasons and finding sentences, not only
quoted."""

from __future__ import annotations

import pytest

from service.reason_asked import asked_reasons
from tests.conftest import ask, served_client


@pytest.mark.parametrize(("question", "codes"), [
    ("the 47 yo lady's 3-part PT - was it too many visits?", {"exceeds_guideline"}),
    ("the 37 yo woman's baclofen - is it too much medication?", {"exceeds_guideline"}),
    ("the 46 yo man's chiro - was it too often?", {"exceeds_guideline"}),
    ("was it over the limit?", {"exceeds_guideline"}),
    ("was it denied?", set()),
])
def test_the_excess_asked_is_the_quantity_reason(question, codes):
    assert asked_reasons(question) == codes


# a 46-year-old woman's 12 low back PT visits upheld, faulted for no benefit and their number; a 28-year-old woman's
# lumbar MRI upheld "Absent red flags or clear indications for surgery"
client = served_client("CM17-0018279", "CM16-0246635")


def test_too_many_visits_is_a_yes_of_the_quantity_the_reviewer_faulted(client):
    lead = ask(client, "the 46 yo woman's low back PT - was it too many visits?")["lead"]
    assert lead == ("Yes, the reviewer gave that reason (beyond the guideline's quantity or duration) [1], beside another. "
                    "Denied (Upheld): no documented functional improvement [1].")


def test_no_plan_for_surgery_is_a_yes_where_a_finding_names_no_indication_for_surgery(client):
    text = " ".join(ask(client, "the 28 yo woman's back MRI - was it cause she had no plan for surgery?")["answer"].split())
    assert text.startswith('Yes: the denial of "MRI of the Lumbar spine without contrast" was upheld; it was not '
                           'authorised [1]. The reviewer\'s findings name it: "Absent red flags or clear indications for '
                           'surgery, a clear indication for MRI is not supported by the provided documents." [2]')
