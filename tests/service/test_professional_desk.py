"""The professional's desk (tune round 45): terse questions of the guideline's section or page, the
reviewer's specialty asked bare at the end, and a kind named in the plural before "which were ...".
Pure rules, no index."""

from __future__ import annotations

from datetime import date

import msgspec

from indexer.model import Guideline, Item, Letter, Sentence
from service.compose.facts import asked_facts, page_sentence
from service.understand import understand

TODAY = date(2026, 12, 5)


def test_the_guideline_section_asked_tersely():
    assert asked_facts("TENS 37F - MTUS section the reviewer relied on?") == ("guideline",)
    assert asked_facts("CM17-0002106 head CT - which ODG section?") == ("guideline",)
    assert asked_facts("CM16-0231745 e-stim and ultrasound - which MTUS sections?") == ("guideline",)
    assert asked_facts("CM16-0247660 additional chiro 3x2 lumbar - IMR decision and guideline section") == ("guideline",)
    assert asked_facts("what page of the chronic pain guidelines did the reviewer cite?") == ("guideline",)
    assert asked_facts("which pages were denied?") == ()
    assert asked_facts("the reviewer denied the MRI - why?") == ()


def test_the_reviewers_specialty_asked_bare_at_the_end():
    assert asked_facts("who was the expert reviewer on the positional MRIs, 33M - specialty?") == ("reviewer",)
    assert asked_facts("the reviewer on the hip MRI - credentials?") == ("reviewer",)
    assert asked_facts("the reviewer denied the hip MRI, what was missing?") == ()


def _letter(text: str, roles: tuple[str, ...]) -> tuple[Letter, Item]:
    spans, start = [], 0
    for sentence in text.split("|"):
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    item = Item(index=1, request="Facet joint injections L4-5, L5-S1", decision="Upheld",
                claims_administrator_guideline=Guideline(raw=""), maximus_guideline=Guideline(raw=""), rationale=text,
                pages=(1,), span=(0, start), heading_span=(0, 0), rationale_span=(0, start),
                sentences=tuple(Sentence(span=s, role=r) for s, r in zip(spans, roles)))
    letter = Letter(case_number="CM16-0219557", source="", text=text.replace("|", " "), page_starts=(0,), items=(item,))
    return letter, item


def test_the_page_a_rationale_cites_is_the_one_asked_of():
    letter, item = _letter("As noted on page 82 of the MTUS Chronic Pain Medical Treatment Guidelines, one set is recommended."
                           "|The applicant had radicular symptoms."
                           "|It was at odds with the MTUS Guideline in ACOEM Chapter 12, Table 12-8, page 309.",
                           ("guideline", "finding", "guideline"))
    assert page_sentence(letter, item, "what page of the chronic pain guidelines did the reviewer cite?") == (0, 98)
    assert page_sentence(letter, item, "which page of ACOEM did the reviewer cite for the facet injections?") == (137, 218)
    letter, item = _letter("The applicant had radicular symptoms.", ("finding",))
    assert page_sentence(letter, item, "what page?") is None


def test_a_kind_in_the_plural_then_which_of_them_is_a_list():
    assert understand("EMG/NCS requests at IMR - which were overturned and which upheld?", today=TODAY).kind == "list"
    assert understand("EMG/NCS requests - which were overturned?", today=TODAY).kind == "list"


def test_the_odg_chapter_is_said_with_its_topic():
    from indexer.guideline import parse_guideline
    from service.compose.common import guideline_words
    letter, item = _letter("The applicant had elbow pain.", ("finding",))
    elbow = parse_guideline("The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. "
                            "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) MRI Elbow.")
    assert guideline_words(msgspec.structs.replace(item, maximus_guideline=elbow)) == \
        "Official Disability Guidelines (ODG), Elbow chapter, MRI"
    neck = parse_guideline("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & "
                           "manipulation. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and "
                           "Upper Back.")
    assert guideline_words(msgspec.structs.replace(item, maximus_guideline=neck)) == \
        "MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation; " \
        "Official Disability Guidelines (ODG), Neck & Upper Back chapter"


def test_the_guideline_asked_of_two_items_is_said_of_each():
    from indexer.guideline import parse_guideline
    from service.compose.common import Composer
    from service.compose.facts import say_facts
    letter, item = _letter("The applicant had pain.", ("finding",))
    line = "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): {}."
    blocks = [f"MAXIMUS guideline: {line.format(section)} Decision rationale: Not necessary. "
              for section in ("TENS", "Ultrasound, therapeutic")]
    text = "".join(blocks)
    first = msgspec.structs.replace(item, index=1, request="Electrical stimulation 1 times 8", span=(0, len(blocks[0])),
                                    maximus_guideline=parse_guideline(line.format("TENS")))
    second = msgspec.structs.replace(item, index=2, request="Ultrasound 1 times 8", span=(len(blocks[0]), len(text)),
                                     maximus_guideline=parse_guideline(line.format("Ultrasound, therapeutic")))
    letter = msgspec.structs.replace(letter, text=text, items=(first, second))
    c = Composer()
    say_facts(c, letter, ("guideline",), first, text="e-stim and ultrasound - which MTUS sections?", also=(second,))
    assert c.text() == (
        'For "Electrical stimulation 1 times 8" in case CM16-0219557, the reviewer relied on MTUS Chronic Pain Medical '
        'Treatment 2016, Section(s): TENS [1]. For "Ultrasound 1 times 8" in case CM16-0219557, the reviewer relied on '
        'MTUS Chronic Pain Medical Treatment 2016, Section(s): Ultrasound, therapeutic [2].')


def test_the_days_from_ur_named_as_the_start():
    from service.collection.read import read
    from service.collection.vocab import Vocabulary
    from service.compose.facts import _FROM_UR
    assert read("how many days from UR to IMR on CM16-0246624", Vocabulary()).since == "ur_denial"
    assert read("how long did IMR take on CM16-0246624?", Vocabulary()).since == "received"
    assert _FROM_UR.search("how many days from UR to IMR?")
    assert not _FROM_UR.search("how many days from the application to IMR?")


def test_the_days_from_the_injury_named_as_the_start():
    from service.collection.read import read
    from service.collection.vocab import Vocabulary
    assert read("on average, how long after the injury does IMR decide?", Vocabulary()).since == "injury"
    assert read("CM17-0002106 - how long after the injury did IMR decide?", Vocabulary()).since == "injury"
    assert read("how long does IMR take?", Vocabulary()).since == "received"
