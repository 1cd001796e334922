"""A topic answer quotes a reason's findings from different letters; reviewers reuse sentences word for word ("Based
on the documentation presented, there are no functional objective measures ..." in two chiropractic letters), so the
second letter's same words are not quoted again: another finding of its stands in, or, when it has none, its marker
is put beside the first quote (service.compose.pattern._quote_reason)."""

from __future__ import annotations

from indexer.model import Guideline, Item, Letter, Reason, Sentence
from service.compose.common import Composer
from service.compose.pattern import _quote_reason
from service.scope import ScopeItem

_SAME = "There are no functional objective measures that show clinical progression."
_OTHER = "Therapy outcome was not included for review."


def _letter(case: str, *said: str) -> Letter:
    text = " ".join(said)
    spans, at = [], 0
    for s in said:
        spans.append((at, at + len(s)))
        at += len(s) + 1
    blank = Guideline(raw="")
    item = Item(index=1, request="Chiropractic 6 visits", decision="Upheld", claims_administrator_guideline=blank,
                maximus_guideline=blank, rationale=text, pages=(1,), span=(0, len(text)), heading_span=(0, 0),
                rationale_span=(0, len(text)),
                reasons=(Reason(code="no_functional_improvement", spans=tuple(spans)),),
                sentences=tuple(Sentence(span=sp, role="finding") for sp in spans))
    return Letter(case_number=case, source="x.pdf", text=text, page_starts=(0,), items=(item,))


def _holder(case: str) -> ScopeItem:
    return ScopeItem(case, 1, "Chiropractic 6 visits", "Chiropractic 6 visits", "Upheld", "2017-01-01",
                     ("no_functional_improvement",))


def test_another_finding_stands_in_for_the_same_words() -> None:
    letters = {"CM00-0000001": _letter("CM00-0000001", _SAME), "CM00-0000002": _letter("CM00-0000002", _SAME, _OTHER)}
    quotes, cited = _quote_reason(Composer(), "no_functional_improvement",
                                  [_holder("CM00-0000001"), _holder("CM00-0000002")], letters, set())
    assert quotes == [f'"{_SAME}" [1]', f'"{_OTHER}" [2]']
    assert cited == [1, 2]


def test_the_same_words_alone_are_cited_beside_the_first_quote() -> None:
    letters = {"CM00-0000001": _letter("CM00-0000001", _SAME), "CM00-0000002": _letter("CM00-0000002", _SAME)}
    c = Composer()
    quotes, cited = _quote_reason(c, "no_functional_improvement", [_holder("CM00-0000001"), _holder("CM00-0000002")],
                                  letters, set())
    assert quotes == [f'"{_SAME}" [1][2]']
    assert cited == [1, 2]
    assert [x.case_number for x in c.citations] == ["CM00-0000001", "CM00-0000002"]
