"""Pattern questions across letters and their follow-ups: a yes/no of the usual outcome answered with the count and
the reasons grouped with their counts (service.compose.listing), a count narrowed by the reason it names
(service.collection.lexicon), "is that common?" of the kind several items answered or of the reason one answer gave,
and a treatment asked after a described patient kept to her letter (service.conversation, service.lacked_near)."""

from __future__ import annotations

import pytest

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

# tune letters: PT (CM17-0003890, CM17-0010885 overturned, CM17-0018279, CM17-0010362 x2), acupuncture (CM16-0230548 and
# CM17-0010885 overturned, CM17-0007857, CM17-0011703), two 40-year-old women (CM17-0013625: celecoxib and four oral
# suspensions; CM17-0017734: tramadol)
client = served_client("CM17-0003890", "CM17-0010885", "CM17-0018279", "CM17-0010362", "CM16-0230548", "CM17-0007857",
                       "CM17-0011703", "CM17-0013625", "CM17-0017734")


def _fact(case: str, n: int, title: str, regions: tuple[str, ...] = (), codes: tuple[str, ...] = ()) -> Fact:
    return Fact(case_number=case, item_index=n, title=title, decision="Upheld", body_regions=regions, codes=codes)


CELECOXIB = _fact("CM17-0013625", 1, "Celecoxib 200mg #90")
SUSPENSIONS = (_fact("CM17-0013625", 2, "Fanatrex 25mg/ml oral suspension 420ml"),
               _fact("CM17-0013625", 3, "Dicopanol 5mg/ml oral suspension, 150ml"),
               _fact("CM17-0013625", 4, "Deprizine 15mg/ml oral suspension, 250ml"),
               _fact("CM17-0013625", 5, "Tabradol 1mg/ml oral suspension, 250ml"))
X_RAYS = (_fact("CM17-0011703", 3, "Lumbar spine x-rays", ("lumbar",)), _fact("CM17-0011703", 2, "Cervical spine x-rays", ("cervical",)))
POSITIONAL = (_fact("CM16-0234464", 2, "Single positional MRI of the lumbar spine", ("lumbar",)),
              _fact("CM16-0234464", 1, "Single positional MRI of the cervical spine", ("cervical",)))
LUMBAR_MRI = _fact("CM16-0246635", 1, "MRI of the Lumbar spine without contrast", ("lumbar",),
                   ("no_objective_findings", "conservative_care_not_tried"))
AIDE = _fact("CM16-0249735", 1, "Home aide 6 hours per day, 5 times a week for 4 weeks")


def _after(question: str, items: tuple[Fact, ...], letter: tuple[Fact, ...] = ()) -> list[Earlier]:
    return [Earlier(question=question, items=items, kind="item", letter=letter or items)]


@pytest.mark.parametrize("before, items, asked, kind", [
    ("the 40 yo woman's liquid meds", SUSPENSIONS, "is that common?", "are liquid meds usually denied?"),
    ("the 53 yo man's x-rays", X_RAYS, "does that happen a lot?", "are x-rays usually denied?"),
    ("the 33 yo man's positional MRIs", POSITIONAL, "is that common?", "are positional MRIs usually denied?"),
])
def test_is_that_common_after_several_items_asks_of_their_kind_across_letters(before, items, asked, kind):
    got = resolve(asked, _after(before, items))
    assert got.question == kind


def test_is_that_common_after_one_item_asks_of_its_treatment_and_how_often_it_happens_is_asked_so_too():
    assert resolve("does that happen a lot?", _after("the 43 yo man's home aide", (AIDE,))).question == (
        "is Home aide usually denied?")
    assert resolve("does this happen often?", _after("the 43 yo man's home aide", (AIDE,))).question == (
        "is Home aide usually denied?")


def test_is_that_common_after_a_reason_counts_that_reason_among_the_denials_of_its_kind():
    got = resolve("is that common?", _after("why was the 28 yo woman's lumbar MRI denied?", (LUMBAR_MRI,)))
    assert got.question == "how many Lumbar MRI requests were denied for no objective findings or red flags?"
    assert got.carried == ("reason: no objective findings or red flags, the reviewer's for MRI of the Lumbar spine without "
                           "contrast (case CM16-0246635), counted among Lumbar MRI denials",)
    # the reason the question offered, when the reviewer gave it
    offered = resolve("is that common?", _after("was the 28 yo woman's lumbar MRI denied because she had not tried PT first?",
                                                (LUMBAR_MRI,)))
    assert offered.question == "how many Lumbar MRI requests were denied for conservative care not tried or failed?"
    # no reason asked: how often the kind is denied
    assert resolve("is that common?", _after("the 28 yo woman's lumbar MRI", (LUMBAR_MRI,))).question == (
        "is Lumbar MRI usually denied?")


def test_a_treatment_asked_after_a_described_patient_stays_in_her_letter():
    got = resolve("and the tramadol?", _after("the 40 yo woman's celecoxib", (CELECOXIB,), (CELECOXIB, *SUSPENSIONS)))
    assert got.question == "the 40 yo woman's tramadol [in case CM17-0013625]"
    # another patient told is asked anew
    assert resolve("and the 45 yo woman's naproxen?", _after("the 40 yo woman's celecoxib", (CELECOXIB,))).question == (
        "the 45 yo woman's celecoxib")


def test_a_usual_outcome_asked_yes_or_no_gives_the_count_then_the_reasons_grouped(client):
    got = ask(client, "is physical therapy usually denied?")
    assert got["lead"] == "Yes: 4 of the 5 physical therapy requests in the index were denied (upheld)."
    assert got["answer"].startswith(
        "Yes: 4 of the 5 physical therapy requests in the index were denied (upheld). Why the 4 were denied: No documented "
        "functional improvement: 4 of 4 denials. \"In this case, the claimant has undergone 8 sessions of physical therapy "
        "which were not beneficial (1/5/17 note).\" [1]")
    assert "Beyond the guideline's quantity or duration: 3 of 4 denials." in got["answer"]
    assert got["answer"].endswith(
        "The one approved (overturned): CM17-0010885: \"Additional physical therapy, 1 to 2 times per week for 3 weeks, for "
        "the neck\", overturned (approved) [7]. Rationale documented: \"The treating physician has provided medical "
        "documentation to explain why a home exercise program is not sufficient and why additional therapy is needed.\" [8]")
    mostly = ask(client, "are acupuncture requests mostly approved?")
    assert mostly["lead"] == ("No: only 2 of the 4 acupuncture requests in the index were approved (overturned); 2 were "
                              "denied (upheld).")
    assert "Why both were approved: Within the guideline's limits: 2 of 2 approvals." in mostly["answer"]


@pytest.mark.parametrize("question, reason, n", [
    ("how many physical therapy requests were turned down because they went over the guideline visits?",
     "beyond the guideline's quantity or duration", "3 of them (75%)"),
    ("how many PT requests were denied for too many visits?", "beyond the guideline's quantity or duration", "3 of them (75%)"),
])
def test_a_count_names_the_reason_it_was_narrowed_by(client, question, reason, n):
    got = ask(client, question)
    assert got["lead"] == f"4 upheld physical therapy items are in the index; the reviewer gave the reason {reason} in {n}."
    assert got["count"]["counted"] == 3


def test_a_count_of_a_reason_in_lay_words(client):
    got = ask(client, "how many acupuncture requests were denied because it didn't help?")
    assert got["lead"] == ("2 upheld acupuncture items are in the index; the reviewer gave the reason no documented "
                           "functional improvement in 1 of them (50%).")


def test_the_described_patients_letter_lacking_the_treatment_names_another_fitting_letter_beside(client):
    first = ask(client, "the 40 yo woman's celecoxib")
    history = [{"question": "the 40 yo woman's celecoxib", "kind": first["kind"],
                "items": [{"case_number": c["case_number"], "item_index": c["item_index"]} for c in first["citations"]
                          if c["item_index"] > 0]}]
    got = ask(client, "and the tramadol?", history=history)
    assert got["kind"] == "not_found"
    assert got["answer"] == (
        "Case CM17-0013625 has no request for tramadol. Its letter decided 5 items: 1. \"Celecoxib 200mg #90\": denied "
        "(upheld); 2. \"Fanatrex 25mg/ml oral suspension 420ml\": denied (upheld); 3. \"Dicopanol 5mg/ml oral suspension, "
        "150ml\": denied (upheld); 4. \"Deprizine 15mg/ml oral suspension, 250ml\": denied (upheld); 5. \"Tabradol 1mg/ml "
        "oral suspension, 250ml\": denied (upheld). Another letter that fits the patient described, case CM17-0017734, has "
        "\"Tramadol 50mg #60\": denied (upheld).")


def test_a_pattern_asked_yes_or_no_of_the_usual_outcome_leads_with_the_count(client):
    got = ask(client, "is physical therapy for the neck usually approved?")
    assert got["kind"] == "pattern"
    assert got["lead"] == ("No: only 1 of the 2 cervical physical therapy requests in the index was approved (overturned); "
                           "1 was denied (upheld).")
    turned = ask(client, "do IMR reviewers usually turn down physical therapy?")
    assert turned["lead"] == "Yes: 4 of the 5 physical therapy requests in the index were denied (upheld)."


def test_is_that_common_after_a_reason_counts_it_with_the_item_asked_cited_first(client):
    first = ask(client, "why was the 53 yo man's lumbar MRI denied?")
    history = [{"question": "why was the 53 yo man's lumbar MRI denied?", "kind": first["kind"],
                "items": [{"case_number": c["case_number"], "item_index": c["item_index"]} for c in first["citations"]
                          if c["item_index"] > 0]}]
    got = ask(client, "is that common?", history=history)
    assert got["kind"] == "count"
    assert got["understood"]["asked_as"] == "how many lumbar MRI requests were denied for no objective findings or red flags?"
    assert got["citations"][0]["case_number"] == "CM17-0011703"
