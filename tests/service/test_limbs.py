"""A limb named holds its joints, and a joint named is of its limb: "12 more PT visits for my arms"
asks about the PT of "bilateral shoulder, elbow and wrist" (service.lacking.has_asked)."""

from __future__ import annotations

from datetime import date

from service.lacking import has_asked, with_limbs
from service.understand import understand

TODAY = date(2017, 6, 1)
ARMS_PT = (1, "Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist", "Upheld",
           ("physical_therapy",), ("shoulder", "elbow", "wrist/hand"))
NECK_CHIRO = (2, "Chiro with modalities 2 times a week for 6 weeks for neck, back", "Upheld", ("chiropractic",),
              ("cervical", "lumbar"))


def test_a_limb_holds_its_joints() -> None:
    assert with_limbs(("upper extremity",)) == {"upper extremity", "shoulder", "elbow", "wrist/hand"}
    assert with_limbs(("knee",)) == {"knee", "lower extremity"}  # not the hip
    assert with_limbs(("cervical",)) == {"cervical"}


def test_pt_for_the_arms_is_the_pt_of_the_shoulders_elbows_and_wrists() -> None:
    q = understand("i'm 46 and off work, both my shoulders elbows and wrists hurt. had PT and chiro before. why did "
                   "they deny 12 more PT visits for my arms?", today=TODAY)
    assert q.body_regions == ("upper extremity",)
    assert has_asked(q, ("physical_therapy",), [ARMS_PT, NECK_CHIRO]) is True
    q = understand("why did they deny 12 more PT visits for my neck?", today=TODAY)
    assert has_asked(q, ("physical_therapy",), [ARMS_PT, NECK_CHIRO]) is False
