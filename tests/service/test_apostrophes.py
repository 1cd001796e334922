"""Apostrophes a question typed without them are put back before it is read (service.apostrophes)."""

from __future__ import annotations

import pytest

from service.apostrophes import with_apostrophes
from service.understand import understand


@pytest.mark.parametrize(("typed", "read"), [
    ("Which medications werent denied by IMR", "Which medications weren't denied by IMR"),
    ("while Im at work Hes 43", "while I'm at work He's 43"),
    ("Which of the 54-year-old womans medications did IMR approve", "Which of the 54-year-old woman's medications did IMR approve"),
    ("the pre op clearance for the 63 yos shoulder", "the pre op clearance for the 63 yo's shoulder"),
    ("my husbands right arm goes numb", "my husband's right arm goes numb"),
    ("my sisters doctor switched her", "my sister's doctor switched her"),
    ("the sewing machine operators meds", "the sewing machine operator's meds"),
    # an age told in words between "the" and the owner; a girl or a kid owns as a relative does
    ("the 20 year old girls back shot", "the 20 year old girl's back shot"),
    ("my 19 year old kids knee MRI", "my 19 year old kid's knee MRI"),
    # plurals and other words stay
    ("My patients keep getting acupuncture cut short", "My patients keep getting acupuncture cut short"),
    ("my sisters were hurt", "my sisters were hurt"),
    ("which patients got MRIs", "which patients got MRIs"),
    ("the young girls were hurt", "the young girls were hurt"),
    ("IM injection of toradol", "IM injection of toradol"),
    ("the 2 year olds", "the 2 year olds"),
    ("The MRI wasn't approved", "The MRI wasn't approved"),  # typed with its apostrophe
])
def test_apostrophes_put_back(typed, read):
    assert with_apostrophes(typed)[0] == read


def test_a_question_typed_without_them_reads_as_with_them():
    bare = understand("Which of the 54-year-old womans medications werent approved")
    typed = understand("Which of the 54-year-old woman's medications weren't approved?")
    assert (bare.person.age, bare.person.sex, bare.treatments, bare.decision, bare.premise) == (
        typed.person.age, typed.person.sex, typed.treatments, typed.decision, typed.premise)
    assert "read 'womans' as 'woman's'" in bare.notes


def test_a_sentence_break_before_a_question_word_when_none_is_typed():
    from service.apostrophes import with_breaks

    assert with_breaks("My husband is 63 he tripped and fell What happened to his MRI") == (
        "My husband is 63 he tripped and fell. What happened to his MRI?")
    assert with_breaks("Why was it denied? What now") == "Why was it denied? What now"  # punctuation typed: as is
    assert with_breaks("I know the neck CT was upheld") == "I know the neck CT was upheld"


@pytest.mark.parametrize(("typed", "read"), [
    ("Hi there, quick question. Which letters had nothing denied at all? Thanks so much!",
     "Which letters had nothing denied at all?"),
    ("Quick question: was the PT approved? thx", "was the PT approved?"),
    ("Hi, I have a question. My MRI was denied, why?", "My MRI was denied, why?"),
    ("Thanks to PT I improved, why deny more?", "Thanks to PT I improved, why deny more?"),
    # what the asker says of themself or the exchange: their client is no patient described
    ("Quick one for a client: Why do acupuncture requests get approved?", "Why do acupuncture requests get approved?"),
    ("I'm the adjuster on this one. Was the LSO certified?", "Was the LSO certified?"),
    ("Following up on my earlier email - Pantoprazole 40 BID #60 upheld?", "Pantoprazole 40 BID #60 upheld?"),
    ("Hi, following up on our previous call: was the TENS unit approved?", "was the TENS unit approved?"),
    ("I'm the 29 year old with low back pain. Why was my MRI denied?",
     "I'm the 29 year old with low back pain. Why was my MRI denied?"),
    ("Quick one-time question about the MRI", "Quick one-time question about the MRI"),
    # the asker's role as a label: the nurse is no treatment ("nurse" read as nursing care)
    ("nurse case mgr: pt with epigastric pain on naproxen - upheld?", "pt with epigastric pain on naproxen - upheld?"),
    ("NCM here. 43 yo male, multiple rib fx", "43 yo male, multiple rib fx"),
    ("case manager here - was the TENS unit approved?", "was the TENS unit approved?"),
])
def test_a_greeting_and_thanks_are_no_part_of_the_question(typed, read):
    from service.apostrophes import without_pleasantries

    assert without_pleasantries(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    # a capitalised subject opens a sentence; the sentence that opens with a question word asks
    ("Why couldnt my husband get a helper at home while Im at work Hes 43 and had major belly surgery",
     "Why couldnt my husband get a helper at home while Im at work? Hes 43 and had major belly surgery"),
    ("My mom had elbow surgery She takes naproxen IMR said no to it - why",
     "My mom had elbow surgery. She takes naproxen IMR said no to it - why?"),
    # "I" not joined to what is before it opens one; what the asker knows or heard asks nothing
    ("IMR on the L-spine films in CM17-0011703 I know the neck CT was upheld",
     "IMR on the L-spine films in CM17-0011703? I know the neck CT was upheld"),
    ("which MRIs were not denied I heard IMR approved one", "which MRIs were not denied? I heard IMR approved one"),
    ("my husband broke his ribs at work i work during the day - why wont they pay for the aide",
     "my husband broke his ribs at work. i work during the day - why wont they pay for the aide?"),
    ("What about the low back therapy Any different from his neck",
     "What about the low back therapy? Any different from his neck?"),
    # joined: as typed
    ("while Im at work and I know", "while Im at work and I know"),
    ("IM injection of toradol", "IM injection of toradol"),
    # a question word after an acronym; an aside in parentheses asks nothing
    ("They denied the shoulder MRI Was the neck MRI denied too", "They denied the shoulder MRI. Was the neck MRI denied too?"),
    ("IMR on the R L5 TFESI (UR also denied the L4 level )", "IMR on the R L5 TFESI? (UR also denied the L4 level )"),
    # a question inside a sentence: after "but", a tag question
    ("They approved the acupuncture but why was the PT turned down Im 50 and got hurt",
     "They approved the acupuncture but why was the PT turned down? Im 50 and got hurt"),
    ("The womans lumbar MRI wasnt approved was it Her back x-rays were mild",
     "The womans lumbar MRI wasnt approved was it? Her back x-rays were mild"),
    ("And the lumbar one Same guy 33 I already know the cervical MRI was upheld",
     "And the lumbar one Same guy 33? I already know the cervical MRI was upheld"),
    # "Pt 43F" is the patient; a lowercase "did imr" after the story
    ("UR cut to 6 Why did IMR deny the remaining 6 Pt 43F", "UR cut to 6. Why did IMR deny the remaining 6? Pt 43F"),
    ("they asked for pillows and braces for her did imr approve her knee brace",
     "they asked for pillows and braces for her. did imr approve her knee brace?"),
    # not a new sentence: a relative clause, a question word before, one sentence
    ("what happened with the brace I was supposed to wear", "what happened with the brace I was supposed to wear"),
    ("which meds did imr approve for my back", "which meds did imr approve for my back"),
    ("my mom (62 tendinitis) and my aunt (54 fell) had MRIs turned down - why was my moms",
     "my mom (62 tendinitis) and my aunt (54 fell) had MRIs turned down - why was my moms"),
    ("When was the IMR decision on the MRI and was it upheld", "When was the IMR decision on the MRI and was it upheld"),
])
def test_sentences_of_a_question_typed_without_punctuation(typed, read):
    from service.apostrophes import with_breaks

    assert with_breaks(typed) == read


def test_the_age_after_the_job_typed_without_commas():
    from service.people import read_person

    assert read_person("sewing machine operator 54 right elbow and wrist pain").age == 54
    assert read_person("Chiropractor 63 tripped and fell at work").age == 63
    assert read_person("And the lumbar one? Same guy 33 who smashed his hand").age == 33
    assert read_person("the aide 12 hours a day").age is None
