""" "my chiropractor wants more visits, will IMR approve it next time?" with no patient told: no letter is the asker's,
so it asks what it takes to be approved across letters (a pattern), not one letter's decision taken for theirs
(service.understand). Pure rules, no index."""

from __future__ import annotations

from service.understand import understand


def test_a_decision_to_come_of_no_one_told_is_a_pattern() -> None:
    q = understand("my chiropractor wants more visits, will IMR approve it next time?")
    assert (q.kind, q.pattern, q.premise) == ("pattern", "Overturned", None)
    q = understand("my doctor wants a lumbar MRI, will IMR approve it?")
    assert (q.kind, q.pattern, q.premise) == ("pattern", "Overturned", None)


def test_a_decision_to_come_of_a_patient_told_is_their_letters() -> None:
    q = understand("my doctor wants an MRI for my neck, I am a 37 yo woman, will IMR approve it?")
    assert q.kind == "item" and q.pattern is None
    # ... and of a case named, its own
    assert understand("CM16-0231706 chiro - will IMR approve it next time?").kind == "item"
