"""A reason offered or asked of treatments in general, with no patient or case named, asks for the
reasons that recur across letters (service.kinds): "are the topical creams denied because ...?",
"is it always the short-course rule that gets them denied?"; the same offer about one patient's
item, or of one item, stays an item question."""

from __future__ import annotations

from datetime import date

import pytest

from service.understand import understand

TODAY = date(2017, 6, 1)


@pytest.mark.parametrize("question", [
    "Are the topical creams and ointments denied because the only recommended form of lidocaine is the Lidoderm patch?",
    "When IMR upholds the denial of a stomach pill like Protonix, what GI risk was missing?",
    "muscle relaxers at IMR - is it always the 'short course only' rule that gets them denied?",
    "epidurals and facet shots for the low back - was the problem usually that nothing confirmed the radiculopathy?",
    "Were knee MRIs usually upheld for lack of red flags?",
    # the reason called a thing, and what it does to the requests ("kills")
    "is it always the 'short course only' thing that kills muscle relaxer requests (baclofen, flexeril, tabradol)?",
    # the reasons asked of a kind named bare
    "what reasons did IMR give for denying acupuncture?",
    "what are the reasons IMR denies acupuncture?",
    # ... or the usual problem with them ("what's the usual problem with MRI requests at IMR" answered one knee MRI)
    "what's the usual problem with MRI requests at IMR",
])
def test_a_reason_offered_of_treatments_in_general_asks_for_the_pattern(question: str) -> None:
    assert understand(question, today=TODAY).kind == "pattern"


@pytest.mark.parametrize("question", [
    "was the lumbar MRI denied because there were no red flags?",
    "Was the 33 year old's diclofenac denied because he was already taking Mobic?",
    "the 37 year old woman's wrist braces - are the braces denied because she had no surgery?",
    "Are the topical creams approved at IMR?",
    # ... and the reasons of one thing, named with its article or its patient
    "what reasons did the reviewer give for denying the acupuncture?",
    "what reasons did IMR give for denying her MRI?",
    "what was the main problem with the 29 yo woman's MRI",
])
def test_one_item_or_no_reason_stays_an_item(question: str) -> None:
    assert understand(question, today=TODAY).kind == "item"


@pytest.mark.parametrize(("question", "kind"), [
    ("refills of anti-inflammatories - when UR approves the first fill, does IMR ever approve the extra refills?", "list"),
    ("do the reviewers ever overturn the denial of a lumbar MRI?", "list"),
    ("did they ever approve the MRI?", "item"),
    ("the 41 year old man - does IMR ever approve the refills?", "item"),
    # ... in a user's verb (nat-2681)
    ("pillows - does IMR ever okay them?", "list"),
    ("does IMR ever OK a lumbar support?", "list"),
    ("the 37 yo woman's pillows - does IMR ever okay them?", "item"),
])
def test_whether_imr_ever_does_it_now_is_a_list_across_letters(question: str, kind: str) -> None:
    assert understand(question, today=TODAY).kind == kind


@pytest.mark.parametrize(("question", "kind"), [
    ("the 45 yo man with the herniated disc - were his last 2 PT sessions denied because of the number of visits?", "item"),
    ("was the chiro upheld due to the number of sessions requested?", "item"),
    ("how many PT requests were denied because of the number of visits?", "count"),
    ("what is the number of PT requests denied?", "count"),
])
def test_a_number_offered_as_the_cause_counts_nothing(question: str, kind: str) -> None:
    assert understand(question, today=TODAY).kind == kind


@pytest.mark.parametrize("question", [
    # what reviewers look for before they will approve one, said with a contraction or a progressive
    "third lumbar MRI request for my client just got shot down. what are reviewers looking for before they'll approve "
    "one - and has any low back MRI actually gotten through?",
    "what are reviewers looking for before they'll approve a lumbar MRI?",
    "what is IMR looking for before it will approve acupuncture?",
])
def test_what_reviewers_look_for_before_they_will_approve_is_the_pattern(question: str) -> None:
    query = understand(question, today=TODAY)
    assert (query.kind, query.pattern) == ("pattern", "Overturned")


def test_ones_own_request_told_by_a_story_stays_an_item() -> None:
    query = understand("i only take tizanidine and did some physical therapy, my neck still hurts and my right side "
                       "tingles. IMR said no to the MRI of my neck. what can i do now to get it approved?", today=TODAY)
    assert query.kind == "item"
