"""A count or list across letters that names every item it counts, when they are few and no treatment was counted
(which gets the reasons that recur instead), quotes each one's finding after it (service.collection.flow): "list
the requests decided under the MTUS shoulder guideline and how each came out". Over real letters, the real model and
real HTTP."""

from __future__ import annotations

from tests.conftest import ask, served_client

# a right shoulder MRI (upheld), a shoulder arthroscopy among five items (upheld), a left shoulder MRI among three
# (upheld): each decided under MTUS Shoulder Complaints
client = served_client("CM17-0014288", "CM17-0006797", "CM17-0002106")


def test_each_item_listed_gets_its_finding(client) -> None:
    answer = ask(client, "list the requests decided under the MTUS shoulder guideline and how each came out")
    text = answer["answer"]
    assert text.startswith("3 items citing MTUS citing the chapter Shoulder Complaints are in the index: 3 upheld (denied) "
                           "and 0 overturned (approved). All 3: ")
    assert 'denied: "MRI of the right shoulder without contrast: Upheld" [1]. Why: "And with negative impingement ' \
           'testing, there are no signs suggestive of internal pathology." [2].' in text
    assert text.count("Why: ") == 3
    assert {c["role"] for c in answer["citations"] if c["item_index"]} >= {"heading", "finding"}


year = served_client("CM16-0219557", "CM16-0221706", "CM17-0010885")


def test_none_with_the_outcome_quotes_each_decided_otherwise(year) -> None:
    # hand56's nat-5138/5139: the year's two denials were listed without a reason
    answer = ask(year, "how many of the 2016 decisions were overturned?")
    text = answer["answer"]
    assert text.startswith("0 overturned items decided from 2016-01-01 to 2016-12-31 are in the index, of 2 items decided "
                           "from 2016-01-01 to 2016-12-31 in all (0%). Decided otherwise, for example: ")
    assert ('"Three months coverage of Viagra 50mg: Upheld" [3]. Why: "In this case, the proposed, specific, amount of '
            'Viagra requested is not included with the request." [4].') in text


# four letters with approvals citing ODG: two in CM17-0010885 (acupuncture and PT), one each in the others
odg = served_client("CM17-0010885", "CM17-0005924", "CM16-0242419", "CM16-0246624")


def test_a_longer_list_quotes_the_first_item_of_each_of_three_letters(odg) -> None:
    text = ask(odg, "which approvals came from reviewers who relied on the ODG?")["answer"]
    assert text.startswith("5 overturned items citing ODG are in the index")
    assert "All of them: " in text
    # three letters' findings, one each; the second item of the first letter and the fourth letter's are listed bare
    assert text.count("Why: ") == 3
    assert ('"Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck: Overturned" [3]. '
            'CM17-0005924, approved: ') in text
