"""service.shorthand: clinical shorthand spelt out before a question is read."""

from __future__ import annotations

import pytest

from service.shorthand import spelled_out


@pytest.mark.parametrize(("typed", "read"), [
    ("Why wasn't the NCV authorised for the 46F w/ left-sided neck pain?",
     "Why wasn't the NCV authorised for the 46F with left-sided neck pain?"),
    ("PT x12 for the man w/ b/l shoulder bicipital tendinitis", "PT x12 for the man with bilateral shoulder bicipital tendinitis"),
    ("the guy whose rt ring finger went numb", "the guy whose right ring finger went numb"),
    ("lt knee and rt-sided pain", "left knee and right-sided pain"),
    ("pt w/o hx of surgery, s/p ORIF, f/u visit", "patient without history of surgery, after ORIF, follow-up visit"),
    ("my 27 yo pt needs more PT", "my 27 yo patient needs more PT"),
    ("resubmiting the lumbar MRI for my 29 yo female pt", "resubmiting the lumbar MRI for my 29 yo female patient"),
    ("was the male pt approved for PT", "was the male patient approved for PT"),
    ("the pt's MRI", "the patient's MRI"),
    # ... and one whose sex and age follow it, bracketed or told
    ("Dr here - my pt (F, 62) R shoulder MRI", "Dr here - my patient (F, 62) R shoulder MRI"),
    ("my pt is a 62 yo woman", "my patient is a 62 yo woman"),
    ("The rotator cuff tear pt: why wasn't the cryotherapy unit authorised?",
     "The rotator cuff tear patient: why wasn't the cryotherapy unit authorised?"),
    # physical therapy, as typed: capitals, or a "pt" that may be it
    ("was the pt approved? 8 pt sessions", "was the pt approved? 8 pt sessions"),
    ("the pt (12 visits) was denied", "the pt (12 visits) was denied"),
    ("PT with modalities", "PT with modalities"),
    ("what about the back program and the tens?", "what about the back program and the TENS?"),
    ("the tens of thousands spent", "the tens of thousands spent"),
    ("the rt of appeal, the lt group", "the rt of appeal, the lt group"),
    # a drug's short name
    ("the naproxen and the lido cream", "the naproxen and the lidocaine cream"),
    ("his oxy and the gaba", "his oxycodone and the gabapentin"),
    ("cyclo, hydros and percs", "cyclobenzaprine, hydrocodone and Percocet"),
    ("Oxy IR 5mg", "Oxy IR 5mg"),
    # a service already given
    ("retro CT scan neck - UR denied", "retrospective CT scan neck - UR denied"),
    ("the Retro MRI and the retrolisthesis", "the retrospective MRI and the retrolisthesis"),
    # a specialist's visit by its short names, as the letters write them out
    ("UR denied the 40 year old woman's ortho consult", "UR denied the 40 year old woman's orthopedic consultation"),
    ("neuro referral, psych eval and the pain mgmt consult",
     "neurology referral, psychological evaluation and the pain management consultation"),
    ("the ortho doc wanted a spine consult", "the orthopedic doc wanted a spine consultation"),
    # ... not a finding, a drug or a verb
    ("which approved items had a neuro deficit documented?", "which approved items had a neuro deficit documented?"),
    ("his psych meds", "his psych meds"),
    ("did the reviewer consult the guideline?", "did the reviewer consult the guideline?"),
    # "why" typed as "y" opening a question (it was read as a yes/no question and opened "Yes:")
    ("y did they deny my pt i had 8 already im 25 female", "why did they deny my pt i had 8 already im 25 female"),
    ("the PT was denied. y was that", "the PT was denied. why was that"),
    ("I have a y shaped scar", "I have a y shaped scar"),
    # "pt on" a drug or a duty is the patient; therapy on hold, a body part or a day is not
    ("pt on naproxen, pantoprazole 40 bid - upheld?", "patient on naproxen, pantoprazole 40 bid - upheld?"),
    ("pt on modified duty", "patient on modified duty"),
    ("pt on hold until the MRI", "pt on hold until the MRI"),
    ("pt on the left knee approved?", "pt on the left knee approved?"),
    ("pt on L knee", "pt on L knee"),
    ("pt on mondays", "pt on mondays"),
])
def test_shorthand_is_spelt_out(typed, read):
    assert spelled_out(typed)[0] == read


def test_what_was_read_as_what():
    assert spelled_out("27 yo pt w/ b/l knee pain") == (
        "27 yo patient with bilateral knee pain", [("w/", "with"), ("b/l", "bilateral"), ("pt", "patient")])
