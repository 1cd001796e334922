"""Two patients of one sex set against each other, neither described ("naproxen got approved for one woman and denied
for another, what made the difference?"), are that sex's requests compared, a group (service.groups.population): not
a man's naproxen among them. Without a comparison asked ("why was acupuncture approved for one guy and not
another?") the question stays as it was read (the sex of one patient)."""

from __future__ import annotations

import pytest

from service.understand import understand


@pytest.mark.parametrize(("question", "group"), [
    ("naproxen got approved for one woman and denied for another, what made the difference?", (("sex", "female"),)),
    ("acupuncture approved for one guy and denied for another - what was different?", (("sex", "male"),)),
    ("why was acupuncture approved for one guy and not another?", ()),
    ("the 45 yo woman's naproxen was approved and another woman's denied - what made the difference?", ()),
])
def test_one_and_another_of_a_sex_compared_is_their_group(question: str, group: tuple) -> None:
    assert understand(question).group == group
