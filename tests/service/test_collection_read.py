"""Reading collection questions into the allow-listed query shape, by rule (no index needed: the
vocabulary of chapters, sections, specialties and months is given as the catalog would give it)."""

from __future__ import annotations

import msgspec
import pytest

from service.collection.read import read
from service.collection.shape import CollectionQuery, Group, ShapeError, check, decode
from service.collection.vocab import Vocabulary
from service.collection.words import label, rule
from service.understand import understand

VOCAB = Vocabulary(
    chapters=(("MTUS", "Chronic Pain Medical Treatment", "2016"), ("MTUS", "Low Back Complaints", "2004"),
              ("MTUS", "Acupuncture Treatment", "2007"), ("ODG", "Low Back", "")),
    sections=("Physical medicine treatment", "Special Studies", "Summary"),
    specialties=("Occupational Medicine", "Orthopedic Surgery", "Family Practice", "Physical Medicine & Rehabilitation",
                 "Neurology"),
    months=("2016-12", "2017-01", "2017-02"),
)


def fields(question: str) -> dict:
    """The query's fields that differ from their defaults (notes left out)."""
    cq = read(question, VOCAB)
    assert cq is not None, question
    cq = check(cq)
    defaults = msgspec.structs.asdict(CollectionQuery(shape=cq.shape))
    return {k: v for k, v in msgspec.structs.asdict(cq).items() if v != defaults[k] and k != "notes"} | {"shape": cq.shape}


@pytest.mark.parametrize(("question", "expected"), [
    ("How many requests for a lumbar spine MRI were reviewed?",
     {"shape": "count", "where": {"body_region": "lumbar", "treatment": "mri"}}),
    ("How many chiropractic requests did IMR uphold?",
     {"shape": "count", "where": {"treatment": "chiropractic", "decision": "Upheld"}}),
    # a group named with its members is the group
    ("How many nerve studies (EMG, NCS or NCV) were disputed?", {"shape": "count", "where": {"treatment": "nerve_study"}}),
    # "PT/PTT" is the lab, not physical therapy
    ("How many pre-op labs (PT/PTT) were requested?", {"shape": "count", "where": {"treatment": "preop_clearance,lab_tests"}}),
    ("How often did the claims administrator's UR cite no medical evidence for its decision?",
     {"shape": "count", "where": {"guideline_source": "none", "guideline_side": "claims"}}),
    ("How many IMR decisions name ACOEM outside the MTUS?", {"shape": "count", "where": {"guideline_source": "ACOEM"}}),
    ("How many IMR decisions relied on a source other than MTUS, ODG and ACOEM?",
     {"shape": "count", "where": {"guideline_source": "other"}}),
    ("How many items cite the MTUS Acupuncture Treatment guidelines?",
     {"shape": "count", "where": {"guideline_source": "MTUS", "chapter": "Acupuncture Treatment"}}),
    ("How many disputed items were the remainder of a request UR had partly authorized?",
     {"shape": "count", "where": {"modified": "yes"}}),
    ("How many letters were decided in February 2017?",
     {"shape": "count", "unit": "letters", "where": {"date_from": "2017-02-01", "date_to": "2017-02-28"}}),
    ("How many letters were reviewed by an orthopedic surgeon?",
     {"shape": "count", "unit": "letters", "where": {"specialty": "Orthopedic Surgery"}}),
    ("How many letters were standard (not expedited) reviews?",
     {"shape": "count", "unit": "letters", "where": {"priority": "Standard"}}),
    ("How many letters had at least one item overturned?",
     {"shape": "count", "unit": "letters", "part": {"decision": "Overturned"}}),
    ("How many letters had every item upheld?",
     {"shape": "count", "unit": "letters", "part": {"decision": "Upheld"}, "letters": "all"}),
    ("Which letters had nothing denied?",
     {"shape": "count", "unit": "letters", "part": {"decision": "Overturned"}, "letters": "all", "listing": True,
      "shown": 15}),
    ("How many letters had both upheld and overturned items?", {"shape": "count", "unit": "letters", "letters": "mixed"}),
    ("which letters had both an approval and a denial?",
     {"shape": "count", "unit": "letters", "letters": "mixed", "listing": True, "shown": 15}),
    ("How many letters decided more than one item?", {"shape": "count", "unit": "letters", "min_items": 2}),
    # a count bounded above: "how many letters have only one item?" counted every letter
    ("how many letters have only one item?", {"shape": "count", "unit": "letters", "max_items": 1}),
    # ... the items called "things"
    ("which cases had more than one thing denied?",
     {"shape": "count", "unit": "letters", "min_items": 2, "part": {"decision": "Upheld"}, "listing": True, "shown": 15}),
    ("how many letters had only one thing decided?", {"shape": "count", "unit": "letters", "max_items": 1}),
    # a count of each value of a dimension: every value, most first
    ("how many letters came from each reviewer specialty?", {"shape": "top", "by": "specialty", "n": 10, "unit": "letters"}),
    ("how many requests were there in each body part?", {"shape": "top", "by": "body_region", "n": 10}),
    # the reviewer by the practitioner, "decided by"; UR's modification told by its verb, IMR's outcome of the rest kept
    ("which letters were decided by an orthopedist?",
     {"shape": "count", "unit": "letters", "where": {"specialty": "Orthopedic Surgery"}, "listing": True, "shown": 15}),
    ("which cases did UR modify and IMR uphold the rest?",
     {"shape": "count", "unit": "letters", "where": {"modified": "yes"}, "part": {"decision": "Upheld"}, "listing": True,
      "shown": 15}),
    ("list every case where UR modified the request and IMR upheld the rest",
     {"shape": "count", "unit": "letters", "where": {"modified": "yes"}, "part": {"decision": "Upheld"}, "listing": True,
      "shown": 15}),
    ("how many letters had exactly 2 items?", {"shape": "count", "unit": "letters", "min_items": 2, "max_items": 2}),
    ("how many letters have fewer than 3 requests?", {"shape": "count", "unit": "letters", "max_items": 2}),
    ("On average, how many disputed items does a letter decide?", {"shape": "mean"}),
    # a reason counted among the items named: two counts (28 of the 32), not the reason's items alone
    ("how many MRI denials were because of no red flags?",
     {"shape": "count", "where": {"decision": "Upheld", "treatment": "mri"}, "part": {"reason": "no_objective_findings"},
      "total": True}),
    # ... the conservative care not tried told in lay words: the therapy named in it is the reason, not a kind counted
    ("how many MRIs were denied for not trying physical therapy first?",
     {"shape": "count", "where": {"decision": "Upheld", "treatment": "mri"},
      "part": {"reason": "conservative_care_not_tried"}, "total": True}),
    ("how many MRIs were denied because she didn't try PT first?",
     {"shape": "count", "where": {"decision": "Upheld", "treatment": "mri"},
      "part": {"reason": "conservative_care_not_tried"}, "total": True}),
    # "neurological deficit" is the patient's, no Neurology reviewer; "cited no deficit" a reason, no missing evidence
    ("how many MRIs were denied for lack of neurological deficits?",
     {"shape": "count", "where": {"decision": "Upheld", "treatment": "mri"},
      "part": {"reason": "no_objective_findings"}, "total": True}),
    ("how many MRI denials cited no neurological deficit?",
     {"shape": "count", "where": {"decision": "Upheld", "treatment": "mri"},
      "part": {"reason": "no_objective_findings"}, "total": True}),
])
def test_counts_and_letters(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("What share of medication requests were upheld?",
     {"shape": "share", "where": {"treatment": "medication"}, "part": {"decision": "Upheld"}}),
    ("What fraction of disputed items were imaging studies?", {"shape": "share", "part": {"treatment": "imaging"}}),
    ("What fraction of the letters concern a female injured worker?",
     {"shape": "share", "unit": "letters", "part": {"sex": "female"}}),
    ("What share of IMR decisions rest on MTUS alone, with no other source cited?",
     {"shape": "share", "part": {"guideline_only": "MTUS"}}),
    ("Of the physical therapy denials, what share cite the MTUS section 'Physical medicine treatment'?",
     {"shape": "share", "where": {"treatment": "physical_therapy", "decision": "Upheld"},
      "part": {"guideline_source": "MTUS", "section": "Physical medicine treatment"}}),
    ("How often are lumbar MRI requests approved at IMR?",
     {"shape": "share", "where": {"body_region": "lumbar", "treatment": "mri"}, "part": {"decision": "Overturned"}}),
    ("What is the approval rate for EMG and nerve conduction studies?",
     {"shape": "share", "where": {"treatment": "emg,ncs"}, "part": {"decision": "Overturned"}}),
    ("What share of approvals cite ODG?", {"shape": "share", "where": {"decision": "Overturned"},
                                           "part": {"guideline_source": "ODG"}}),
    # when the outcome was decided is of the population
    ("what share of medication requests were approved in 2017 decisions?",
     {"shape": "share", "where": {"treatment": "medication", "date_from": "2017-01-01", "date_to": "2017-12-31"},
      "part": {"decision": "Overturned"}}),
])
def test_shares_and_base_rates(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Which guideline do IMR reviewers cite most often when they deny a muscle relaxant?",
     {"shape": "top", "by": "guideline", "where": {"decision": "Upheld", "treatment": "muscle_relaxant"}}),
    ("What are the three MTUS sections IMR reviewers cite most often?",
     {"shape": "top", "by": "mtus_section", "n": 3, "where": {"guideline_source": "MTUS"}}),
    ("What are the three most disputed kinds of treatment?", {"shape": "top", "by": "kind", "n": 3}),
    ("Which reviewer specialties appear on the most letters? Top three.",
     {"shape": "top", "by": "specialty", "n": 3, "unit": "letters"}),
    ("Which two ODG chapters do IMR reviewers cite most often?",
     {"shape": "top", "by": "odg_chapter", "n": 2, "where": {"guideline_source": "ODG"}}),
    ("Which letters have the most disputed items?", {"shape": "top", "by": "letter"}),
    ("In which month were the most letters decided?", {"shape": "top", "by": "month", "unit": "letters"}),
    ("What is the most common reason for denying lumbar MRI?",
     {"shape": "top", "by": "reason", "where": {"decision": "Upheld", "body_region": "lumbar", "treatment": "mri"}}),
    ("Which body part has the highest denial rate?", {"shape": "top", "by": "body_region", "part": {"decision": "Upheld"}}),
])
def test_rankings(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # every value of a dimension, most first (the first 10): a reviewer counts by letters
    ("Which reviewer specialties show up in these letters?", {"shape": "top", "by": "specialty", "n": 10, "unit": "letters"}),
    ("What kinds of reviewers decided these cases?", {"shape": "top", "by": "specialty", "n": 10, "unit": "letters"}),
    ("Give me a breakdown of the requests by body part", {"shape": "top", "by": "body_region", "n": 10}),
    # ... or a tally or a number per value ("tally of MRI decisions by body part" was one MRI's answer)
    ("tally of MRI decisions by body part", {"shape": "top", "by": "body_region", "n": 10, "where": {"treatment": "mri"}}),
    # a patient is a letter ("which patient had the most requests denied" listed every letter with a denial)
    ("which patient had the most requests denied", {"shape": "top", "by": "letter", "where": {"decision": "Upheld"}}),
    ("number of cases per reviewer specialty", {"shape": "top", "by": "specialty", "n": 10, "unit": "letters"}),
    ("Which body parts come up in the approvals?",
     {"shape": "top", "by": "body_region", "n": 10, "where": {"decision": "Overturned"}}),
    # the items of an outcome, listed: counted (service.flows.lists shows them within all of their kind), and
    # up to 15 of them cited, not the 3 examples of a count
    ("Which requests were overturned?", {"shape": "count", "where": {"decision": "Overturned"}, "shown": 15}),
    ("Show me all the approved requests", {"shape": "count", "where": {"decision": "Overturned"}, "shown": 15}),
    ("List every request that got overturned.", {"shape": "count", "where": {"decision": "Overturned"}, "shown": 15}),
    ("which knee requests were approved?",
     {"shape": "count", "where": {"decision": "Overturned", "body_region": "knee"}, "shown": 15}),
    ("list all the approvals", {"shape": "count", "where": {"decision": "Overturned"}, "shown": 15}),
    ("which cases were denied for no functional improvement", {
        "shape": "count", "unit": "letters", "where": {"reason": "no_functional_improvement"},
        "part": {"decision": "Upheld"}, "listing": True, "shown": 15}),
    # ... and not when the question asks how many, unless it asks for them too
    ("how many requests were approved?", {"shape": "count", "where": {"decision": "Overturned"}}),
    ("how many requests did IMR overturn in these letters, and what were they?",
     {"shape": "count", "where": {"decision": "Overturned"}, "shown": 15}),
    ("how many requests were approved? list them", {"shape": "count", "where": {"decision": "Overturned"}, "shown": 15}),
    ("do family practice reviewers deny more often than orthopedic surgery reviewers?", {
        "shape": "compare", "part": {"decision": "Upheld"},
        "groups": (Group(label="Family Practice", where={"specialty": "Family Practice"}),
                   Group(label="Orthopedic Surgery", where={"specialty": "Orthopedic Surgery"}))}),
    # how hard reviewers are on each, compared: the share denied, or the share approved
    ("are reviewers tougher on MRIs than on acupuncture?", {
        "shape": "compare", "part": {"decision": "Upheld"},
        "groups": (Group(label="MRIs", where={"treatment": "mri"}),
                   Group(label="acupuncture", where={"treatment": "acupuncture"}))}),
    ("is IMR easier on acupuncture than on chiro?", {
        "shape": "compare", "part": {"decision": "Overturned"},
        "groups": (Group(label="acupuncture", where={"treatment": "acupuncture"}),
                   Group(label="chiro", where={"treatment": "chiropractic"}))}),
    ("how many of all the MRI requests were approved?",
     {"shape": "count", "where": {"treatment": "mri", "decision": "Overturned"}}),
    # the reason told as what the reviewer said: counted by its code
    ("how often do reviewers say there's no functional improvement",
     {"shape": "count", "where": {"reason": "no_functional_improvement"}}),
    ("in how many cases did the reviewer say the patient didn't try conservative care first",
     {"shape": "count", "unit": "letters", "where": {"reason": "conservative_care_not_tried"}}),
    # an incomplete request told in lay words, with or without a reason cue
    ("which letters say the request was incomplete or did not say how many?",
     {"shape": "count", "where": {"reason": "incomplete_request"}}),
    ("how many requests were incomplete?", {"shape": "count", "where": {"reason": "incomplete_request"}}),
    ("which denials said the doctor did not specify the body part?",
     {"shape": "count", "where": {"decision": "Upheld"}, "part": {"reason": "incomplete_request"}, "shown": 15,
      "total": True}),
])
def test_breakdowns_and_listings(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # how long the review took, per letter: from the application's receipt unless another start is named
    ("How long does IMR take to decide?", {"shape": "mean", "measure": "days", "unit": "letters"}),
    ("How long after the UR denial was the IMR decision made on average?",
     {"shape": "mean", "measure": "days", "since": "ur_denial", "unit": "letters"}),
    # the insurer in any words: "the insurance said no", "the claims administrator denied it"
    ("On average, how long after the insurance said no did IMR decide?",
     {"shape": "mean", "measure": "days", "since": "ur_denial", "unit": "letters"}),
    ("How many days from assignment to decision for lumbar MRI requests?",
     {"shape": "mean", "measure": "days", "since": "assigned", "unit": "letters",
      "where": {"body_region": "lumbar", "treatment": "mri"}}),
    # one value of a two-valued kind is compared with the other
    ("Are expedited reviews approved more often?",
     {"shape": "compare", "part": {"decision": "Overturned"},
      "groups": (Group(label="expedited", where={"priority": "Expedited"}), Group(label="standard", where={"priority": "Standard"}))}),
    ("What's the most commonly denied medication?",
     {"shape": "top", "by": "drug", "where": {"decision": "Upheld", "treatment": "medication"}}),
])
def test_durations_one_sided_comparisons(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "kind"), [
    ("Which reviewer specialties show up in these letters?", "count"),
    ("What kinds of reviewers decided these cases?", "count"),
    ("Give me a breakdown of the requests by body part", "count"),
    ("Which requests were overturned?", "list"),
    ("what was approved?", "list"),
    ("what got denied?", "list"),
    ("CM17-0002106 - what was denied?", "item"),
    # letters listed by what they are: a collection question; with a treatment, the list answer
    ("which letters were decided in February 2017?", "count"),
    ("In which cases was acupuncture overturned?", "list"),
    # a treatment named: the list answer reads its items
    ("Which acupuncture requests were approved?", "list"),
    ("Why was the lumbar MRI denied?", "item"),
    # how long the review took is a collection question; how long the patient has had pain is not
    ("How long does IMR take to decide?", "count"),
    ("How long has the patient had back pain?", "item"),
    ("how long did that take?", "count"),
    ("how soon after the injury was the MRI requested for the 29 year old woman?", "item"),
    # one kind approved more than another: a comparison over the collection, not one item
    ("are neck MRIs approved more than low back MRIs?", "count"),
    ("was the neck MRI approved?", "item"),
    ("is it easier to get a neck MRI or a back MRI approved?", "count"),
    ("was the neck or the back MRI approved?", "item"),
    # reviewers of two specialties compared by what they decide: "orthopedic surgery" is the reviewer's, no treatment
    ("do family practice reviewers deny more than orthopedic surgeons", "count"),
    ("tally of MRI decisions by body part", "count"),
    # a kind in the plural told about: a list of its requests ("tell me about the TENS requests" explained one)
    ("tell me about the TENS requests", "list"),
    ("the 37 yo woman - tell me about her requests", "item"),
    ("number of cases per reviewer specialty", "count"),
    ("do family practice reviewers deny more often than orthopedic surgery reviewers?", "count"),
])
def test_a_breakdown_is_a_collection_question_and_a_listing_a_list(question, kind):
    assert understand(question).kind == kind


@pytest.mark.parametrize(("question", "expected"), [
    ("Knee vs shoulder MRI: which gets approved more often?",
     {"shape": "compare", "where": {"treatment": "mri"}, "part": {"decision": "Overturned"},
      "groups": (Group(label="knee MRI", where={"body_region": "knee"}),
                 Group(label="shoulder MRI", where={"body_region": "shoulder"}))}),
    # two drugs of one set (NSAIDs) are each their own requests, by any name ("Motrin" is ibuprofen)
    ("naproxen vs ibuprofen approval rate",
     {"shape": "compare", "part": {"decision": "Overturned"},
      "groups": (Group(label="naproxen", where={"treatment": "nsaid", "drug": "naproxen"}),
                 Group(label="ibuprofen", where={"treatment": "nsaid", "drug": "ibuprofen"}))}),
    ("Are women's or men's requests overturned more often?",
     {"shape": "compare", "part": {"decision": "Overturned"},
      "groups": (Group(label="female", where={"sex": "female"}), Group(label="male", where={"sex": "male"}))}),
    ("Are younger workers' requests approved more often? Under 40 vs 40 and over.",
     {"shape": "compare", "part": {"decision": "Overturned"},
      "groups": (Group(label="under 40", where={"age_max": "39"}), Group(label="40 and over", where={"age_min": "40"}))}),
    ("Are decisions that cite ODG overturned more often than those resting on MTUS alone?",
     {"shape": "compare", "part": {"decision": "Overturned"},
      "groups": (Group(label="cites ODG", where={"guideline_source": "ODG"}),
                 Group(label="MTUS only", where={"guideline_only": "MTUS"}))}),
    ("are neck MRIs approved more than low back MRIs?",
     {"shape": "compare", "where": {"treatment": "mri"}, "part": {"decision": "Overturned"},
      "groups": (Group(label="neck MRIs", where={"body_region": "cervical"}),
                 Group(label="low back MRIs", where={"body_region": "lumbar"}))}),
    # two kinds set side by side with "or": "harder to get ... for the neck or the back?", "neck or back MRIs approved more?"
    ("is it harder to get an MRI approved for the neck or the back?",
     {"shape": "compare", "where": {"treatment": "mri"}, "part": {"decision": "Overturned"},
      "groups": (Group(label="neck MRI", where={"body_region": "cervical"}),
                 Group(label="back MRI", where={"body_region": "lumbar"}))}),
    ("are neck or back MRIs approved more?",
     {"shape": "compare", "where": {"treatment": "mri"}, "part": {"decision": "Overturned"},
      "groups": (Group(label="neck MRIs", where={"body_region": "cervical"}),
                 Group(label="back MRIs", where={"body_region": "lumbar"}))}),
    ("How many cervical vs lumbar MRIs were there?",
     {"shape": "compare", "where": {"treatment": "mri"},
      "groups": (Group(label="cervical MRIs", where={"body_region": "cervical"}),
                 Group(label="lumbar MRIs", where={"body_region": "lumbar"}))}),
])
def test_comparisons(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("How did the number of denials change month by month?", {"shape": "trend", "where": {"decision": "Upheld"}}),
    ("What was the overturn rate in each month?", {"shape": "trend", "part": {"decision": "Overturned"}}),
    ("How many letters were decided per month?", {"shape": "trend", "unit": "letters"}),
    ("Monthly approval rate for MRI", {"shape": "trend", "where": {"treatment": "mri"}, "part": {"decision": "Overturned"}}),
])
def test_trends(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # a bare year is the decisions' year, said before them or after "from" as after "in"
    ("how many of the 2016 decisions were overturned?",
     {"shape": "count", "where": {"date_from": "2016-01-01", "date_to": "2016-12-31", "decision": "Overturned"}}),
    ("out of the decisions from 2016, how many got approved at IMR?",
     {"shape": "count", "where": {"date_from": "2016-01-01", "date_to": "2016-12-31", "decision": "Overturned"}}),
    ("How many 2017 letters had an item overturned?",
     {"shape": "count", "unit": "letters", "where": {"date_from": "2017-01-01", "date_to": "2017-12-31"},
      "part": {"decision": "Overturned"}}),
    ("How many MRIs decided in the year 2017 were upheld?",
     {"shape": "count", "where": {"treatment": "mri", "date_from": "2017-01-01", "date_to": "2017-12-31",
                                  "decision": "Upheld"}}),
])
def test_a_year_said_of_the_decisions_is_their_decision_year(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("How many acupuncture requests were there, and how many were approved?",
     {"shape": "count", "where": {"treatment": "acupuncture"}, "part": {"decision": "Overturned"}, "total": True}),
    ("How many physical therapy requests are in the index and how many got overturned?",
     {"shape": "count", "where": {"treatment": "physical_therapy"}, "part": {"decision": "Overturned"}, "total": True}),
    ("How many lumbar MRI requests were reviewed, and of those how many were denied?",
     {"shape": "count", "where": {"body_region": "lumbar", "treatment": "mri"}, "part": {"decision": "Upheld"},
      "total": True}),
    ("How many letters had acupuncture requests and how many of them were upheld?",
     {"shape": "count", "unit": "letters", "where": {"treatment": "acupuncture"}, "part": {"decision": "Upheld"},
      "total": True}),
    # one count: as before
    ("How many acupuncture requests were approved?",
     {"shape": "count", "where": {"treatment": "acupuncture", "decision": "Overturned"}}),
    # a yes/no question about one outcome after a count is its second part
    ("How many chiropractic requests did the 54 year old woman have, and were any approved?",
     {"shape": "count", "where": {"treatment": "chiropractic", "sex": "female"}, "part": {"decision": "Overturned"},
      "total": True}),
    ("How many PT visits were requested? Did any get approved?",
     {"shape": "count", "where": {"treatment": "physical_therapy"}, "part": {"decision": "Overturned"}, "total": True}),
    ("How many MRI requests were there, and were any not approved?",
     {"shape": "count", "where": {"treatment": "mri"}, "part": {"decision": "Upheld"}, "total": True}),
    ("How many letters had chiropractic requests, and was any of it denied?",
     {"shape": "count", "unit": "letters", "where": {"treatment": "chiropractic"}, "part": {"decision": "Upheld"},
      "total": True}),
    # both outcomes asked: the count's own split answers it; an outcome in the count: no second part
    ("How many acupuncture requests were there, and were they upheld or overturned?",
     {"shape": "count", "where": {"treatment": "acupuncture"}}),
    ("How many acupuncture requests were approved, and were any of them denied?",
     {"shape": "count", "where": {"treatment": "acupuncture"}}),
    # a second "how many" with no outcome is no part of the first: a count of each
    ("How many acupuncture and how many chiropractic requests were there?",
     {"shape": "compare", "groups": (Group(label="acupuncture", where={"treatment": "acupuncture"}),
                                     Group(label="chiropractic", where={"treatment": "chiropractic"}))}),
])
def test_two_counts_the_set_and_the_part_with_the_outcome_asked(question, expected):
    assert fields(question) == expected


def test_no_shape_no_query_and_understand_reads_collection_questions_as_counts():
    assert read("Why was the lumbar MRI denied in case CM16-0242419?", VOCAB) is None
    for question in ("What are the three most disputed kinds of treatment?", "Which letters have the most disputed items?",
                     "How many MRI requests were decided each month?", "Which letters had nothing denied at all?",
                     "Do Family Practice reviewers overturn more often than Occupational Medicine reviewers?"):
        assert understand(question).kind == "count", question
    # "was it the number of sessions?" asks whether that was the reason, not how many
    assert understand("was it the number of sessions for the 25 yo woman's PT?").kind == "item"
    assert understand("what number of PT requests were approved?").kind == "count"
    # "vs" inside a request's own words is no comparison
    assert understand("What happened to the rotator cuff repair vs debridement in case CM17-0006797?").kind == "item"


def test_the_shape_refuses_what_it_does_not_allow():
    assert decode('{"shape": "count", "where": {"treatment": "mri, ncs", "body_region": "Lumbar"}}').where == {
        "treatment": "mri,ncs", "body_region": "lumbar"}
    with pytest.raises(ShapeError, match="Invalid enum value 'sql'"):
        decode('{"shape": "count", "where": {"sql": "1=1; DROP TABLE items"}}')
    with pytest.raises(ShapeError, match="treatment='mri; drop' is not valid"):
        decode('{"shape": "count", "where": {"treatment": "mri; drop"}}')
    with pytest.raises(ShapeError, match="unknown field `select`"):
        decode('{"shape": "count", "select": "*"}')
    with pytest.raises(ShapeError, match="a top query needs `by`"):
        decode('{"shape": "top"}')
    with pytest.raises(ShapeError, match="`total` is for a count with a `part`"):
        decode('{"shape": "count", "where": {"treatment": "mri"}, "total": true}')
    with pytest.raises(ShapeError, match="not JSON"):
        decode("SELECT * FROM items")


def test_the_rule_says_what_was_counted_and_left_out():
    assert label({"decision": "Upheld", "treatment": "mri", "body_region": "lumbar", "guideline_source": "ODG",
                  "date_from": "2017-02-01", "date_to": "2017-02-28"}) == \
        "upheld lumbar MRI items citing ODG decided in February 2017"
    said = rule(check(CollectionQuery(shape="share", where={"treatment": "physical_therapy"}, part={"decision": "Upheld"})))
    assert said.startswith("Counted: disputed items (one decision each); among physical therapy items; 'physical "
                           "therapy' means a request matching its synonym set (physical therap…")
    assert "not counted: PT/PTT, prothrombin time" in said
    assert said.endswith("the share is those that are upheld over all of them, rounded to 3 decimals.")


def test_a_specialty_named_like_a_treatment_is_the_treatment_unless_reviewers_are_spoken_of():
    vocab = Vocabulary(specialties=("Acupuncturist", "Chiropractor", "Orthopedic Surgery"))
    asked = check(read("How many acupuncture requests were approved?", vocab))
    assert asked.where == {"treatment": "acupuncture", "decision": "Overturned"}
    asked = check(read("How many chiropractic requests did IMR uphold?", vocab))
    assert asked.where == {"treatment": "chiropractic", "decision": "Upheld"}
    asked = check(read("How many items were reviewed by an acupuncturist?", vocab))
    assert asked.where == {"specialty": "Acupuncturist"}


@pytest.mark.parametrize(("question", "kind"), [
    # a percent sign, the odds or chances of an outcome: a counting question
    ("what % of neck requests get approved?", "count"),
    ("neck vs low back requests - approval %?", "count"),
    ("what are the odds of getting acupuncture approved", "count"),
    # a strength is no percentage; "my MRI" is one patient's
    ("Was the Lidocaine 5% ointment approved for the 45 year old?", "item"),
    ("what are the chances my MRI gets approved?", "item"),
])
def test_percent_and_odds_are_counting_questions(question, kind):
    assert understand(question).kind == kind


@pytest.mark.parametrize(("question", "expected"), [
    # doctors and reviewers are ranked by their specialties; "rank the X by ..." names the dimension
    ("which doctors decide the most cases? (reviewer specialty)",
     {"shape": "top", "unit": "letters", "by": "specialty"}),
    ("Rank the reviewer specialties by how often they overturn - which one is highest?",
     {"shape": "top", "by": "specialty", "n": 1, "part": {"decision": "Overturned"}}),
])
def test_doctors_and_ranked_dimensions(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # a worker who wins (or prevails) at IMR had the denial overturned
    ("men vs women: who wins more often at IMR?",
     {"shape": "compare", "part": {"decision": "Overturned"}, "groups": (
         Group(label="male", where={"sex": "male"}), Group(label="female", where={"sex": "female"}))}),
    ("how often do workers prevail on acupuncture?",
     {"shape": "share", "where": {"treatment": "acupuncture"}, "part": {"decision": "Overturned"}}),
])
def test_winning_is_an_overturn(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # "everything approved": every item of the letter
    ("list the cases where IMR approved everything",
     {"shape": "count", "unit": "letters", "part": {"decision": "Overturned"}, "letters": "all", "listing": True,
      "shown": 15}),
    ("how many letters got everything denied?",
     {"shape": "count", "unit": "letters", "part": {"decision": "Upheld"}, "letters": "all"}),
])
def test_everything_is_every_item_of_a_letter(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # "out of all the letters, how many had ...": letters are counted; "of the MRI requests": items
    ("Out of all the letters, how many had at least one shoulder request?",
     {"shape": "count", "unit": "letters", "where": {"body_region": "shoulder"}}),
    ("Of the MRI requests, how many were approved?",
     {"shape": "count", "where": {"treatment": "mri", "decision": "Overturned"}}),
])
def test_the_noun_named_first_is_what_is_counted(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # the figure a how-long question asks is the table's last: the median, the longest, the quickest
    ("What is the median number of days from assignment to the IMR decision?",
     {"shape": "mean", "unit": "letters", "measure": "days", "since": "assigned", "stat": "median"}),
    ("what's the longest an IMR took after the case was assigned to a reviewer?",
     {"shape": "mean", "unit": "letters", "measure": "days", "since": "assigned", "stat": "most"}),
    ("what's the fastest turnaround for an IMR decision?",
     {"shape": "mean", "unit": "letters", "measure": "days", "stat": "fewest"}),
    ("how long does imr usually take after the UR denial, on average?",
     {"shape": "mean", "unit": "letters", "measure": "days", "since": "ur_denial"}),
])
def test_the_figure_a_how_long_question_asks(question, expected):
    assert fields(question) == expected
    assert understand(question).kind == "count"


def test_the_longest_pain_is_no_review_duration():
    assert read("what is the longest she has had back pain?", VOCAB) is None
    assert understand("what is the longest she has had back pain?").kind == "item"


def test_a_rate_per_day_is_no_review_duration():
    # nat-3124: "12 hours a day to 6" was read as "days to" a decision, and answered "33 days from the
    # application's receipt to the IMR decision"
    question = ("my husband is 43, he was hurt in a bad accident at work and had stomach surgery. UR cut his home "
                "aide from 12 hours a day to 6 - did IMR give him back the full 12?")
    assert read(question, VOCAB) is None
    assert understand(question).kind == "item"
    assert read("12 hours per day to 6 hours: did IMR decide on it?", VOCAB) is None
    assert understand("how many days to an IMR decision, on average?").kind == "count"


@pytest.mark.parametrize(("question", "expected"), [
    # "how many in January, and how many in February?": a count of each; not "..., and how many were approved?"
    ("How many letters were decided in January 2017, and how many in February 2017?",
     {"shape": "compare", "unit": "letters", "groups": (
         Group(label="2017-01", where={"date_from": "2017-01-01", "date_to": "2017-01-31"}),
         Group(label="2017-02", where={"date_from": "2017-02-01", "date_to": "2017-02-28"}))}),
    ("how many knee requests were there, and how many shoulder ones?",
     {"shape": "compare", "groups": (Group(label="knee", where={"body_region": "knee"}),
                                     Group(label="shoulder", where={"body_region": "shoulder"}))}),
    ("How many knee and shoulder MRIs were there, and how many were approved?",
     {"shape": "count", "where": {"body_region": "knee,shoulder", "treatment": "mri"}, "part": {"decision": "Overturned"},
      "total": True}),
])
def test_a_count_of_each_group_named(question, expected):
    assert fields(question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # a share of letters counts them as a count of letters does: every item, both outcomes, more than one
    ("What percentage of the letters had every request denied?",
     {"shape": "share", "unit": "letters", "part": {"decision": "Upheld"}, "letters": "all"}),
    ("what share of letters had both approved and denied items?", {"shape": "share", "unit": "letters", "letters": "mixed"}),
    ("what fraction of the letters decided more than one item?", {"shape": "share", "unit": "letters", "min_items": 2}),
    ("What fraction of the letters concern a female injured worker?",
     {"shape": "share", "unit": "letters", "part": {"sex": "female"}}),
])
def test_a_share_of_letters_by_their_items(question, expected):
    assert fields(question) == expected


def test_the_rule_of_a_share_of_letters_says_which_letters():
    assert rule(read("What percentage of the letters had every request denied?", VOCAB)) == (
        "Counted: letters (one per case number); the share is the letters with every item upheld over all of them, "
        "rounded to 3 decimals.")


def test_a_specialist_reviewer_is_the_specialty_not_a_referral_and_their_letters_are_listed():
    vocab = Vocabulary(specialties=("Pain Management", "Orthopedic Surgery"))
    asked = check(read("How many letters were reviewed by a pain management specialist?", vocab))
    assert (asked.unit, asked.where) == ("letters", {"specialty": "Pain Management"})
    asked = check(read("How many requests did orthopedic surgeon reviewers deny?", vocab))
    assert asked.where == {"specialty": "Orthopedic Surgery", "decision": "Upheld"}
    # a question listing letters by their reviewer is a collection question, not one item's
    q = understand("Which cases were reviewed by a pain management specialist?")
    assert (q.kind, q.reviewer) == ("count", "Pain Management")


@pytest.mark.parametrize(("question", "expected"), [
    # UR's denial in a person's words starts the days (nat-3514, nat-3530 read "the application's receipt")
    ("how long did she wait between UR saying no to the extra chiro and the IMR decision?",
     {"shape": "mean", "unit": "letters", "measure": "days", "since": "ur_denial", "where": {"treatment": "chiropractic"}}),
    ("UR refused the naprosyn - how long did IMR take?",
     {"shape": "mean", "unit": "letters", "measure": "days", "since": "ur_denial",
      "where": {"treatment": "nsaid", "drug": "naproxen"}}),
    ("the adjuster turned it down in December, how many days until IMR ruled?",
     {"shape": "mean", "unit": "letters", "measure": "days", "since": "ur_denial", "where": {"date_from": "2016-12-01",
                                                                                       "date_to": "2016-12-31"}}),
])
def test_ur_saying_no_in_any_words_starts_the_days(question, expected):
    assert fields(question) == expected


def test_modified_duty_is_a_work_status_not_a_request_ur_modified():
    # nat-3514: "on modified duty" counted only the remainders of requests UR partly authorised
    assert fields("how many chiro requests were decided for workers on modified duty?") == {
        "shape": "count", "where": {"treatment": "chiropractic"}}
    assert fields("how many chiro requests were modified by UR?") == {
        "shape": "count", "where": {"treatment": "chiropractic", "modified": "yes"}}


@pytest.mark.parametrize(("question", "expected"), [
    # an outcome asked of the letters of a month: all of them counted, and those with the outcome (nat-3544
    # answered with an approval of another month)
    ("For an article on IMR: of the letters decided in December 2016, was anything overturned?",
     {"shape": "count", "total": True, "part": {"decision": "Overturned"},
      "where": {"date_from": "2016-12-01", "date_to": "2016-12-31"}}),
    ("was anything approved in January 2017?",
     {"shape": "count", "total": True, "part": {"decision": "Overturned"},
      "where": {"date_from": "2017-01-01", "date_to": "2017-01-31"}}),
    # ... or of a year, or of the decisions of a month or year said before them (the month's year is no year of its own)
    ("was anything approved in 2016?",
     {"shape": "count", "total": True, "part": {"decision": "Overturned"},
      "where": {"date_from": "2016-01-01", "date_to": "2016-12-31"}}),
    ("were any december 2016 decisions overturned?",
     {"shape": "count", "total": True, "part": {"decision": "Overturned"},
      "where": {"date_from": "2016-12-01", "date_to": "2016-12-31"}}),
    ("were any decisions in 2016 overturned?",
     {"shape": "count", "total": True, "part": {"decision": "Overturned"},
      "where": {"date_from": "2016-01-01", "date_to": "2016-12-31"}}),
])
def test_an_outcome_asked_of_a_month_counts_all_and_those_with_it(question, expected):
    assert fields(question) == expected
    assert understand(question).kind == "count"


def test_ones_own_decision_of_a_month_is_no_count_over_the_letters():
    assert understand("was anything of mine approved in January 2017?").kind != "count"
    # a kind of treatment named keeps its list across letters
    assert understand("were any lumbar MRIs approved in January 2017?").kind != "count"


def test_the_letters_bounded_above_are_said() -> None:
    from service.collection.letters import bounded
    from service.collection.words import letters_phrase

    assert bounded("how many letters have only one item?") == (1, 1)
    assert bounded("letters with one request only") == (1, 1)
    assert bounded("letters with a single item") == (1, 1)
    assert bounded("fewer than 3 items") == (1, 2)
    assert bounded("at most two requests") == (1, 2)
    assert bounded("fewer than one item") is None
    assert bounded("how many letters decided more than one item?") is None
    assert letters_phrase(CollectionQuery(shape="count", unit="letters", max_items=1)) == "letters with exactly one item"
    assert letters_phrase(CollectionQuery(shape="count", unit="letters", min_items=2, max_items=2)) == \
        "letters with exactly 2 items"
    assert letters_phrase(CollectionQuery(shape="count", unit="letters", max_items=2)) == "letters with 1 to 2 items"
