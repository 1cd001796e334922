"""A list across letters under a condition the question sets besides the kind of request: the patients'
sex named in the plural or an age range ("did any of the women get their MRI approved?", "any men over
50 get acupuncture approved?"), UR's partial authorisation ("any acupuncture approved where UR had cut
the sessions?"), or a reason, with no kind of request named ("which requests were approved because of a
positive exam finding?", "which approved items had a neuro deficit documented?"): the items under it,
counted, each cited, the count saying of whom. Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.conditions import across_letters
from service.groups import population
from service.partly import partly_authorised
from service.people import read_person
from service.reason_listed import APPROVAL_CODES, listed_reasons
from tests.conftest import ask, served_client

# CM16-0235724: a 33-year-old woman, a neck MRI overturned (neurologic dysfunction); CM17-0005246: a
# 29-year-old woman, a lumbar MRI upheld; CM16-0242419: a 43-year-old woman, acupuncture overturned and a
# lumbar MRI upheld; CM16-0246624: a 53-year-old man, a neck MRI overturned (a neurologic deficit);
# CM16-0230548: a 60-year-old man, a neck and hand MRI upheld and acupuncture overturned; CM17-0011703: a
# 53-year-old man, 5 requests upheld, among them acupuncture of which UR authorised 6 of 8 sessions;
# CM17-0007857: a 50-year-old man, acupuncture of which UR authorised 6 of 8 sessions, the rest upheld;
# CM17-0017776: a 28-year-old woman, a TENS unit and a thoracic MRI upheld; CM17-0018054: a 66-year-old
# woman, a lumbar MRI and an EMG/NCS upheld
client = served_client("CM16-0235724", "CM17-0005246", "CM16-0242419", "CM16-0246624", "CM16-0230548", "CM17-0011703",
                       "CM17-0007857", "CM17-0017776", "CM17-0018054")


def test_a_population_is_read_from_a_plural_sex_and_an_age_range():
    text = "any men over 50 get acupuncture approved?"
    group = population(text, read_person(text))
    assert (group.filters(), group.words) == ({"sex": "male", "age_min": "51"}, "men over 50")
    text = "did any of the women get their MRI approved?"
    assert population(text, read_person(text)).filters() == {"sex": "female"}
    # a few people counted, or one described, are no population
    for text in ("two women had shoulder MRIs denied, one 54 and one 62 - why was the older one's denied?",
                 "did the 52 yo woman get her MRI approved?"):
        assert population(text, read_person(text)) is None
    assert across_letters("any men over 50 get acupuncture approved?", read_person("men over 50"), ("acupuncture",), (),
                          grouped=True)
    assert not across_letters("UR cut the Baclofen 100mg from 30 tablets to 27. What happened to the other 3 at IMR?",
                              read_person("UR cut the Baclofen"), ("muscle_relaxant",), ())


def test_ur_cutting_the_sessions_is_a_partial_authorisation():
    assert partly_authorised("any acupuncture approved where UR had cut the sessions?")
    assert partly_authorised("UR reduced the number of visits - did IMR approve the rest?")
    assert not partly_authorised("UR cut the Baclofen 100mg from 30 tablets to 27")


def test_reasons_told_as_what_the_items_had():
    assert listed_reasons("which approved items had a neuro deficit documented?") == {"objective_findings_documented"}
    assert listed_reasons("which requests were approved because of a positive exam finding?") == {
        "objective_findings_documented"}
    assert listed_reasons("which requests were approved because the criteria were met?") == APPROVAL_CODES
    assert listed_reasons("which MRI requests were approved?") == frozenset()


def test_the_womens_mri_requests_are_counted_of_them(client):
    answer = ask(client, "did any of the women get their MRI approved?")
    assert answer["lead"] == "Yes: 1 of the 5 MRI requests of women in the index was approved (overturned)."
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0235724"}


def test_men_over_50_and_acupuncture_is_a_list_of_theirs(client):
    answer = ask(client, "any men over 50 get acupuncture approved?")
    assert answer["kind"] == "list"
    assert answer["lead"] == "Yes: 1 of the 2 acupuncture requests of men aged 51 or over in the index was approved (overturned)."
    assert {c["case_number"] for c in answer["citations"]} == {"CM16-0230548"}


def test_acupuncture_ur_cut_is_the_remainders_of_partial_authorisations(client):
    answer = ask(client, "any acupuncture approved where UR had cut the sessions?")
    assert answer["lead"] == ("No: none of the 2 acupuncture requests (the remainder after UR authorised part) in the index was "
                              "approved (overturned); both were denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0007857", "CM17-0011703"}


def test_approvals_by_a_reason_with_no_kind_named_are_listed(client):
    for question in ("which requests were approved because of a positive exam finding?",
                     "which approved items had a neuro deficit documented?"):
        answer = ask(client, question)
        assert answer["kind"] == "list"
        assert answer["lead"] == ("The reviewer gave that reason (objective findings documented) in 2 of the 4 approved "
                                  "(overturned) disputed requests in the index:")
        assert {c["case_number"] for c in answer["citations"]} == {"CM16-0235724", "CM16-0246624"}


def test_approvals_because_the_criteria_were_met_are_every_approval(client):
    answer = ask(client, "which requests were approved because the criteria were met?")
    assert answer["lead"] == ("The reviewer gave that reason (the guideline's criteria met) in 4 of the 4 approved "
                              "(overturned) disputed requests in the index:")


def test_women_in_their_60s_are_a_population(client):
    answer = ask(client, "any women in their 60s get an MRI approved?")
    assert answer["lead"] == ("No: the one MRI request of women aged 60-69 in the index was not approved (overturned): it "
                              "was denied (upheld).")
    assert {c["case_number"] for c in answer["citations"]} == {"CM17-0018054"}


def test_a_population_without_the_kind_asked_says_so(client):
    answer = ask(client, "which TENS units for men were approved?")
    assert answer["answer"].startswith("No TENS unit request of men in the index was decided; 1 TENS unit request of "
                                       "other patients is.")


def test_a_populations_pattern_says_of_whom_in_its_base_rate(client):
    answer = ask(client, "why are MRIs for women over 60 denied?")
    assert answer["answer"].startswith("Of 1 MRI request of women aged 61 or over in the index, 1 was denied (upheld) and 0 "
                                       "approved (overturned).")


def test_which_of_a_populations_kind_is_a_list_of_theirs(client):
    answer = ask(client, "which of the men's MRIs were denied?")
    assert answer["kind"] == "list"
    assert answer["lead"] == "2 of the 3 MRI requests of men in the index were denied (upheld)."


def test_a_populations_outcome_asked_alone_counts_their_requests(client):
    answer = ask(client, "what did the women over 60 get approved?")
    assert answer["answer"].startswith("2 items of women aged 61 or over are in the index; 0 of them were "
                                       "overturned (approved) and 2 upheld (denied).")


def test_a_group_told_first_then_the_asking_is_a_list_across_letters():
    # nat-3547: "men in their forties - list ..." was read as one item ("No letter in the index mentions forty")
    from service.understand import understand

    assert understand("men in their forties - list what IMR denied them").kind == "list"
    assert understand("women over 60: which requests were approved?").kind in ("list", "count")
    assert across_letters("men in their forties - list what IMR denied them", read_person("men in their forties"), (), (),
                          "Upheld", grouped=True)
    assert not across_letters("men in their forties denied a lot", read_person("men in their forties"), (), (),
                              "Upheld", grouped=True)
