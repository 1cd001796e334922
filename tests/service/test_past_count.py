"""service.past_count: "how many visits did she already have?" is answered first by the sentence that gives the
count (service.compose.why.findings)."""

from __future__ import annotations

import msgspec

from indexer.model import Guideline, Item, Letter, Reason, Sentence
from service.compose.why import findings
from service.past_count import asks_count_before, asks_past_count, count_sentence, gives_past_count
from service.understand import understand

_TEXT = ("Due to lack of documented objective benefit, additional therapy is not medically necessary. "
         "Patient has already been approved for 6 prior sessions with no documented improvement. "
         "The documentation indicates 8 previous physical therapy sessions were provided.")


def _spans() -> list[tuple[int, int]]:
    ends = [i + 1 for i, ch in enumerate(_TEXT) if ch == "."]
    starts = [0] + [e + 1 for e in ends[:-1]]
    return list(zip(starts, ends))


def _letter(second_role: str) -> Letter:
    (a, b, c) = _spans()
    blank = Guideline(raw="")
    item = Item(index=1, request="Physical therapy 2 times a week for 6 weeks", decision="Upheld",
                claims_administrator_guideline=blank, maximus_guideline=blank, rationale=_TEXT, pages=(1,),
                span=(0, len(_TEXT)), heading_span=(0, 0), rationale_span=(0, len(_TEXT)),
                reasons=(Reason(code="no_functional_improvement", spans=(a,)),),
                sentences=(Sentence(span=a, role="finding"), Sentence(span=b, role=second_role),
                           Sentence(span=c, role="history")))
    return Letter(case_number="CM00-0000000", source="x.pdf", text=_TEXT, page_starts=(0,), items=(item,))


def test_a_past_count_is_asked_of_the_patient_with_the_past_said() -> None:
    assert asks_past_count("CM17-0018279 physical therapy - how many visits did she already have?")
    assert asks_past_count("54 yo guy - how many therapy visits did he already have for his low back?")
    assert asks_past_count("how many PT sessions has she had?")
    assert asks_past_count("got 8 more PT sessions approved - how many had she already had?")
    # a decision's count, not the patient's past care
    assert not asks_past_count("how many sessions did IMR approve?")
    assert not asks_past_count("how many visits did UR already give him?")
    assert not asks_past_count("how many sessions did she get?")


def test_a_sentence_gives_the_count_of_sessions_had() -> None:
    assert gives_past_count("Patient has already been approved for 6 prior sessions with no improvement.")
    assert gives_past_count("The documentation indicates 8 previous physical therapy sessions were provided.")
    assert gives_past_count("No objective functional improvement from the prior eight physical therapy sessions.")
    assert gives_past_count("In this case, the claimant has undergone 8 sessions of physical therapy.")
    assert not gives_past_count("This request for 12 additional PT sessions will exceed MTUS.")
    assert not gives_past_count("Physical therapy is recommended for 9-10 visits over 8 weeks.")


def test_the_count_leads_the_findings_when_asked() -> None:
    letter = _letter("finding")
    item = letter.items[0]
    (a, b, _c) = _spans()
    assert findings(letter, item, "why was the PT denied?") == [a, b]
    assert findings(letter, item, "how many visits did she already have?")[0] == b


def test_a_history_sentence_with_the_count_is_quoted_when_asked() -> None:
    letter = _letter("other")
    item = letter.items[0]
    (a, _b, c) = _spans()
    assert findings(letter, item, "why was the PT denied?") == [a]
    assert findings(letter, item, "how many visits did he already have?") == [c, a]


def _quote(letter: Letter, item: Item, sentence: Sentence) -> str:
    return f'"{letter.text[sentence.span[0]:sentence.span[1]]}" [1]'


def test_the_count_opens_the_answer_or_its_lack_is_said() -> None:
    """"... || how many visits had she already had?" is answered by the letter's count, quoted, or by saying plainly
    that the letter gives none (never another count)."""
    letter = _letter("finding")
    assert count_sentence("how many visits had she already had?", [(letter, letter.items[0])], _quote,
                          lambda _l, _s: "") == (
        'The letter gives the count: "Patient has already been approved for 6 prior sessions with no documented '
        'improvement." [1].')
    bare = msgspec.structs.replace(letter.items[0], sentences=letter.items[0].sentences[:1])
    assert count_sentence("how many injections had he already had?", [(letter, bare)], _quote,
                          lambda _l, _s: "") == "The letter does not say how many injections he had already had."


def test_a_past_count_of_injections_is_no_count_over_the_letters() -> None:
    assert asks_past_count("how many injections had he already had?")
    assert understand("how many injections had he already had?").kind == "item"
    assert understand("how many injections were denied?").kind == "count"


def test_the_total_once_decided_is_no_count_had_before() -> None:
    assert asks_past_count("how many therapy sessions did he get in total once IMR was done?")
    assert not asks_count_before("how many therapy sessions did he get in total once IMR was done?")
    assert asks_count_before("how many visits had she already had?")
    assert asks_count_before("46 yo woman low back PT denied - how many sessions did she already get?")
    assert not asks_count_before("how many had she had approved?")
