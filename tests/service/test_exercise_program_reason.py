"""A device the guideline supports only beside an exercise or rehabilitation program, denied because the
patient had not begun one: the reviewer's "lack of clinical documentation indicating the patient has been
initiated into a physical rehabilitation program" is conservative care not tried (indexer.reasons), and the
asker's "because she wasn't doing any exercise program?" offers that reason (service.reason_asked), which
is then confirmed (tune nat-3299 said neither yes nor no). Over the real tune letter CM16-0248471 (cervical
pillow upheld), the real model and real HTTP."""

from __future__ import annotations

from indexer.reasons import codes_for
from service.reason_asked import asked_reasons
from tests.conftest import ask, served_client

client = served_client("CM16-0248471")

# CM16-0248471's findings for the cervical pillow, word for word
_FINDINGS = ["There was also lack of clinical augmentation indicating patient had significant instability in the cervical "
             "spine to warrant the requested cervical and wedge pillow.",
             "However, there was lack of clinical documentation indicating the patient has been initiated into a physical "
             "rehabilitation program to be used in adjunct to the cervical wedge pillow."]


def test_a_program_not_begun_is_conservative_care_not_tried() -> None:
    assert codes_for([(s, "finding") for s in _FINDINGS], "Upheld", request="Cervical pillow") == {
        "no_objective_findings": [0], "conservative_care_not_tried": [1]}
    assert asked_reasons("was it turned down because she wasn't doing any exercise program?") == frozenset(
        {"conservative_care_not_tried"})
    assert asked_reasons("denied because she is not in an exercise program?") == frozenset({"conservative_care_not_tried"})


def test_the_exercise_program_reason_is_confirmed(client) -> None:
    answer = ask(client, "the 37 yo lady - was the pillow for her neck turned down because she wasn't doing any "
                         "exercise program?")
    assert answer["answer"].startswith("Yes, the reviewer gave that reason (conservative care not tried or failed) [")
