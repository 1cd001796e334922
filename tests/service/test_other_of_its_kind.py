"""'the other x-ray?' after a whole letter is another x-ray, not the CT beside it (service.conversation), and the
one item a follow-up carries is answered alone (service.flows.chosen.carried_alone)."""

from __future__ import annotations

from service.conversation import Earlier, Fact, resolve
from service.flows.chosen import carried_alone

LETTER = tuple(Fact(case_number="CM17-0011703", item_index=n, title=t, decision="Upheld") for n, t in (
    (1, "MRI of the lumbar spine"), (2, "Cervical spine x-rays"), (3, "Lumbar spine x-rays"),
    (4, "CT scan of the cervical spine")))


def test_the_other_x_ray_after_a_whole_letter_is_an_x_ray():
    earlier = [Earlier(question="the 53 year old man's letter", items=LETTER, kind="item")]
    got = resolve("the other x-ray?", earlier)
    # (of the two x-rays, the one nearer the main item, the lumbar MRI)
    assert got.carried == ("item: Lumbar spine x-rays (case CM17-0011703), the other item in the previous answer",)


def test_one_item_carried_alone():
    l5 = "[the Right L5 transforaminal epidural steroid injection under fluoroscopic guidance in case CM17-0005418]"
    assert carried_alone(f"the 57 yo man's injection {l5}", ("esi", "injection", "spinal_injection"))
    assert carried_alone(f"why was it denied? {l5}", ("esi", "injection", "spinal_injection"))
    assert not carried_alone(f"were both injections denied? {l5}", ("esi", "injection", "spinal_injection"))
    assert not carried_alone(f"and the MRI? {l5}", ("esi", "injection", "spinal_injection"))
    assert not carried_alone("the 57 yo man's L5 injection", ("esi", "injection", "spinal_injection"))
