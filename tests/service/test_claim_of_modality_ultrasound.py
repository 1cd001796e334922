""""was nothing approved for her chiropractic, e-stim and ultrasound?" claims the denial of each thing listed: the
bare "ultrasound" asked with a therapist's modality is placed as the therapy the question was read to ask of
(service.lay_group.with_modality_ultrasound), so its claim is checked and said with the others (service.premises)."""

from __future__ import annotations

from service.premises import by_clause
from service.yes_no import claimed


def test_a_bare_ultrasound_listed_with_a_modality_gets_the_lists_claim() -> None:
    text = "was nothing approved for the 52 year old woman's chiropractic, e-stim and ultrasound?"
    assert by_clause(text, claimed(text), ("chiropractic", "e-stim", "ultrasound"),
                     [("chiropractic",), ("e_stim",), ("ultrasound_therapy",)]) == ["Upheld", "Upheld", "Upheld"]
    # ... not a bare ultrasound with no modality beside it (a scan, maybe): placed nowhere, as before
    alone = "was nothing approved for the 52 year old woman's MRI and ultrasound?"
    assert by_clause(alone, claimed(alone), ("MRI", "ultrasound"), [("mri", "imaging"), ("ultrasound_therapy",)]) == [
        "Upheld", None]
