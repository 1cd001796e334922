"""A list shows its first items one letter at a time (service.compose.listing.spread): "list the
medications that were denied for women" showed four requests of one woman's letter and one of
another's, and said 8 more were not shown. Over real letters, the real model and real HTTP."""

from __future__ import annotations

import re

from service.compose.listing import spread
from service.scope import ScopeItem
from tests.conftest import ask, served_client


def _item(case: str, n: int) -> ScopeItem:
    return ScopeItem(case_number=case, item_index=n, request=f"r{n}", title=f"t{n}", decision="Upheld",
                     decision_date="2017-01-01", codes=())


def test_spread_takes_each_letter_first_then_its_second_item() -> None:
    items = [_item("A", 1), _item("A", 2), _item("A", 3), _item("B", 1), _item("C", 1), _item("B", 2), _item("D", 1)]
    assert [(i.case_number, i.item_index) for i in spread(items, 5)] == [
        ("A", 1), ("A", 2), ("B", 1), ("C", 1), ("D", 1)]
    assert [(i.case_number, i.item_index) for i in spread(items, 3)] == [("A", 1), ("B", 1), ("C", 1)]
    assert spread(items[:2], 5) == items[:2]


# three women with denied medications: a 40-year-old with five oral suspensions (CM17-0013625), a
# 54-year-old seamstress with four (CM17-0013716), a 40-year-old with tramadol (CM17-0017734)
client = served_client("CM17-0013625", "CM17-0013716", "CM17-0017734")


def test_a_list_of_more_than_five_shows_every_letter(client) -> None:
    answer = ask(client, "list the medications that were denied for women")
    assert answer["answer"].startswith("All 10 medication requests of women in the index were denied (upheld).")
    shown = re.findall(r"(CM1\d-\d{7}): \"", answer["answer"])
    assert len(shown) == 5 and set(shown) == {"CM17-0013625", "CM17-0013716", "CM17-0017734"}
    assert "5 more are not shown" in answer["answer"]


def test_a_list_of_none_shows_every_letters_denials(client) -> None:
    # nat-3183 showed three of one letter's five injections and none of another letter's
    answer = ask(client, "of all the medication requests for women, were any not denied?")
    assert answer["answer"].startswith("None of the 10 medication requests of women in the index was approved "
                                       "(overturned); all 10 were denied (upheld).")
    shown = re.findall(r"(CM1\d-\d{7}): \"", answer["answer"])
    assert len(shown) == 5 and set(shown) == {"CM17-0013625", "CM17-0013716", "CM17-0017734"}
