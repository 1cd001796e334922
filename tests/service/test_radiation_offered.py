""""Because of radiation?" of an x-ray or a CT is the study's dose, no reason the reviewer gave unless the letter
speaks of radiation exposure; "the pain radiates", "no radiation down her leg" are nerve symptoms, the reviewer's
objective findings (service.reason_asked). Real letters, the real model, real HTTP (/api/ask)."""

from __future__ import annotations

from service.reason_asked import asked_reasons
from tests.conftest import ask, served_client

# CM17-0011703: a 53-year-old man's lumbar MRI, cervical and lumbar x-rays, cervical CT and acupuncture, all
# denied for want of neurological findings; no word of radiation exposure
client = served_client("CM17-0011703")


def test_radiation_of_a_study_is_no_nerve_symptom():
    assert asked_reasons("were the x-rays denied because of radiation?") == frozenset()
    assert asked_reasons("was the CT denied because of the radiation exposure?") == frozenset()
    assert asked_reasons("denied because the pain radiates?") == frozenset({"no_objective_findings"})
    assert asked_reasons("denied because there was no radiation down her leg?") == frozenset({"no_objective_findings"})


def test_radiation_offered_for_imaging_is_not_the_reviewers_reason(client):
    answer = ask(client, "CM17-0011703 were the x-rays denied because of radiation?")
    assert answer["answer"].startswith('That is not a reason the reviewer gave. "Lumbar spine x-rays" was denied (upheld) [1]. '
                                       '"Cervical spine x-rays" was denied (upheld) [2].')
    ct = ask(client, "CM17-0011703 was the CT denied because of the radiation exposure?")
    assert ct["answer"].startswith("That is not a reason the reviewer gave. Denied (Upheld): no objective findings or red flags [1]. "
                                   'In case CM17-0011703, the request for "CT scan of the cervical spine" was denied')
