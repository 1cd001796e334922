"""A follow-up naming a treatment as the patient's own ("what about his knee MRI?") stays with the letter answered,
which may lack it (said so), not another patient's of that age (service.conversation). Real letters, the real
model, real HTTP."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from tests.conftest import ask, served_client

_NECK_PT = Fact(case_number="CM17-0010362", item_index=1, title="Physical therapy for the cervical spine 2 times a week for 3 weeks",
                decision="Upheld", body_regions=("cervical",))
_BACK_PT = Fact(case_number="CM17-0010362", item_index=2, title="Physical therapy for the lumbar spine 2 times a week for 3 weeks",
                decision="Upheld", body_regions=("lumbar",))


def test_his_treatment_his_letter_lacks_stays_in_his_letter() -> None:
    # "my husband is 54, had his neck PT denied" || "what about his knee MRI?" read "had his neck his knee MRI denied"
    earlier = [Earlier(question="my husband is 54, had his neck PT denied", items=(_NECK_PT,), kind="item",
                       letter=(_NECK_PT, _BACK_PT))]
    got = resolve("what about his knee MRI?", earlier)
    assert got.question == "what about his knee MRI? [in case CM17-0010362]"


# a 62-year-old woman's right shoulder MRI, denied; a 54-year-old man's neck and low back PT, denied
client = served_client("CM17-0014288", "CM17-0010362")


def test_his_knee_mri_after_his_pt_says_his_letter_has_none(client) -> None:
    ask(client, "my husband is 54, had his neck PT denied", conversation_id="theirs-1")
    answer = ask(client, "what about his knee MRI?", conversation_id="theirs-1")
    assert answer["answer"].startswith("Case CM17-0010362 has no request for knee MRI.")
