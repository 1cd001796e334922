""""Gave X but not Y" claims X approved and Y denied: each claim is confirmed or corrected, then each
one's why (service.outcomes reads "gave" before "but not"; service.premises gives the thing after
"but not" the other outcome; service.flows.item opens with service.yes_no.claims_sentence). A number
split ("approved for 6 but not 12") is a claim about the request as asked, answered from UR's part and
IMR's decision of the rest (service.split_claim). Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.outcomes import read_outcomes
from service.split_claim import split_asked, split_claimed
from service.understand import understand
from tests.conftest import ask, served_client

# CM17-0013716: a 54-year-old woman's naproxen, pantoprazole and two creams, all denied; CM16-0231706: a
# 43-year-old woman's chiropractic, 12 visits asked, 6 authorised by UR, the remaining 6 upheld; CM17-0003890:
# a 25-year-old woman's 8 PT sessions, denied whole
client = served_client("CM17-0013716", "CM16-0231706", "CM17-0003890")


def test_gave_but_not_is_read_as_a_claim_of_each():
    found = read_outcomes("they gave the 54 yo woman naproxen but not the stomach pill, why?").found
    assert [(o.words, o.decision, o.role) for o in found] == [("gave", "Overturned", "premise")]
    assert read_outcomes("the reviewer gave the reason but not the guideline").found == ()


def test_each_claim_is_confirmed_or_corrected(client):
    answer = ask(client, "they gave the 54 yo woman naproxen but not the stomach pill, why?")
    assert answer["lead"].startswith('No: "Naproxen 500mg #60" was denied (upheld), not approved [1]. "Pantoprazole 20mg #30" '
                                     'was denied (upheld), as the question says [2].')
    assert 'the request for "Pantoprazole 20mg #30" was denied (Upheld: not authorised) [2]. Why: ' in answer["answer"]


def test_a_number_split_is_read_with_its_numbers():
    assert split_claimed("so the 43 yo woman's chiro was approved for 6 but not 12?") == (6, 12)
    assert split_claimed("they gave the 43 yo woman 6 chiro visits but not the other 6?") == (6, 12)
    assert split_claimed("approved the naproxen but not the pill") is None
    # UR's part told, then IMR's decision asked: no claim to check
    assert split_claimed("UR approved 6 but not 12 chiro visits for the 43 yo woman - did IMR give her the rest?") is None
    query = understand("so the 43 yo woman's chiro was approved for 6 but not 12?")
    assert query.premise is None and query.asked


def test_a_number_split_is_answered_from_urs_part_and_imrs_decision(client):
    answer = ask(client, "so the 43 yo woman's chiro was approved for 6 but not 12?")
    assert answer["lead"].startswith('Yes: of the 12 asked for, utilization review authorised 6, and IMR upheld the denial of '
                                     'the remaining portion, "Chiropractic physiotherapy treatment 6 visits" [1].')
    answer = ask(client, "so the 43 yo woman's chiro was approved for 8 but not 12?")
    assert answer["lead"].startswith('No: of "Chiropractic physiotherapy treatment 12 visits for the cervical spine and back '
                                     'followed by re-examination" (the original request), utilization review authorised '
                                     '"Chiropractic physiotherapy treatment 6 visits", and IMR upheld the denial of the '
                                     'remaining portion, "Chiropractic physiotherapy treatment 6 visits" [1].')
    answer = ask(client, "the 25 yo woman's PT was approved for 4 but not 8?")
    assert answer["lead"].startswith('No: none of "Eight (8) physical therapy sessions" was approved: IMR upheld the denial of '
                                     'the whole request [1].')


def test_a_number_split_told_before_another_question_is_no_claim_to_answer(client):
    # the split asked is answered; told in the story before "can he appeal?", a "Yes:" would read as the appeal's answer
    assert split_asked("so the 43 yo woman's chiro was approved for 6 but not 12?") is True
    assert split_asked("they gave the 43 yo woman 6 chiro visits but not the other 6?") is True
    assert split_asked("43 yo woman, neck and back. they gave her 6 chiro visits but not 12. can she appeal the other 6?") is False
    assert split_asked("they gave her 6 chiro visits but not 12, why?") is False
    answer = ask(client, "43 yo woman, neck and back. they gave her 6 chiro visits but not 12. can she appeal the other 6?")
    assert answer["lead"].startswith("Denied (Upheld): beyond the guideline's quantity or duration [1].")
    assert "IMR's decision is final and binding (California Labor Code 4610.5 and 4610.6)." in answer["answer"]
