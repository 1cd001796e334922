"""'52 yo lady's chiro stuff - any of it approved' asks of every chiropractic-kind request of her letter:
the manipulation and the passive modalities given with it (electrical stimulation, ultrasound), not
the manipulation alone (service.lay_group; found asking by hand over test letters)."""

from __future__ import annotations

from service.lay_group import with_adjuncts
from service.understand import understand
from tests.conftest import ask, served_client


def test_a_group_word_after_the_care_takes_its_modalities() -> None:
    assert with_adjuncts("her chiro stuff - any of it approved", [("chiropractic", "chiro")]) == [
        ("chiropractic", "chiro"), ("e_stim", "chiro"), ("ultrasound_therapy", "chiro"), ("traction", "chiro")]
    assert understand("52 yo lady's chiro stuff - any of it approved").treatments == (
        "chiropractic", "e_stim", "ultrasound_therapy", "traction")


def test_the_care_alone_is_itself() -> None:
    assert with_adjuncts("was her chiro approved?", [("chiropractic", "chiro")]) == [("chiropractic", "chiro")]
    assert understand("52 yo lady's chiro - any of it approved").treatments == ("chiropractic",)


def test_a_bare_ultrasound_named_with_a_modality_is_the_therapy() -> None:
    # nat-2628: "were the electrical stim and the ultrasound both denied?" asks of both of the 52 yo woman's modalities
    q = understand("the 52 yo lady who hurt her belly and back lifting - were the electrical stim and the ultrasound "
                   "both denied, and why?")
    assert (q.treatments, q.treatment_words) == (("e_stim", "ultrasound_therapy"), ("electrical stim", "ultrasound"))
    # ... a bare one alone, or named with no modality, stays a scan's word
    assert understand("was the shoulder ultrasound approved?").treatments == ()
    assert understand("was the ultrasound and the MRI of her shoulder approved?").treatments == ("mri", "imaging")


# a 52-year-old woman hurt lifting: physical exams, spinal manipulation, electrical stimulation,
# ultrasound and an initial exam, all upheld
client = served_client("CM16-0231745")


def test_both_modalities_answered(client) -> None:
    answer = ask(client, "the 52 yo lady who hurt her belly and back lifting - were the electrical stim and the "
                         "ultrasound both denied, and why?")
    assert answer["answer"].startswith("Yes: both were denied (upheld) [1][2].")
    assert {c["request"] for c in answer["citations"][:2]} == {"Electrical stimulation 1 times 8", "Ultrasound 1 times 8"}
