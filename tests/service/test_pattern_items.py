"""service.compose.pattern.reasons: a reason's count is all its items; the answer lists the first 50."""

from __future__ import annotations

from service.compose.common import Composer
from service.compose.pattern import ITEMS_LISTED, reasons
from service.scope import ScopeItem


def test_a_reason_lists_its_first_items_and_counts_them_all() -> None:
    items = [ScopeItem(f"CM17-{n:07d}", 1, "MRI of the lumbar spine", "MRI of the lumbar spine", "Upheld", "2017-01-05",
                       ("no_objective_findings",)) for n in range(120)]
    groups = reasons(Composer(), items, "Upheld", {}, "why are lumbar MRIs denied?")
    assert ITEMS_LISTED == 50
    assert [(g.code, g.count, g.of, len(g.items)) for g in groups] == [("no_objective_findings", 120, 120, 50)]
    assert groups[0].items[0].case_number == "CM17-0000000"
