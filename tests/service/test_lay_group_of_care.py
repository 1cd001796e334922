"""'52 yo lady's chiro stuff - any of it approved' asks of every chiropractic-kind request of her letter:
the manipulation and the passive modalities given with it (electrical stimulation, ultrasound), not
the manipulation alone (service.lay_group; found asking by hand over test letters)."""

from __future__ import annotations

from service.lay_group import with_adjuncts
from service.understand import understand


def test_a_group_word_after_the_care_takes_its_modalities() -> None:
    assert with_adjuncts("her chiro stuff - any of it approved", [("chiropractic", "chiro")]) == [
        ("chiropractic", "chiro"), ("e_stim", "chiro"), ("ultrasound_therapy", "chiro"), ("traction", "chiro")]
    assert understand("52 yo lady's chiro stuff - any of it approved").treatments == (
        "chiropractic", "e_stim", "ultrasound_therapy", "traction")


def test_the_care_alone_is_itself() -> None:
    assert with_adjuncts("was her chiro approved?", [("chiropractic", "chiro")]) == [("chiropractic", "chiro")]
    assert understand("52 yo lady's chiro - any of it approved").treatments == ("chiropractic",)
