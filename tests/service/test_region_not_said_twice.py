"""A body region asked is said before the kind of request (service.scope.where's label: "lumbar MRI", "knee or
shoulder surgery"), but not again before a label that opens with it: "a rotator cuff repair" is of the shoulder and
a shoulder surgery, "Of 1 shoulder surgery (...) request", never "shoulder shoulder surgery"."""

from __future__ import annotations

import pytest

from service.scope import where
from service.understand import understand


@pytest.mark.parametrize(("question", "label"), [
    ("what would it take to get a rotator cuff repair approved when UR says no",
     "shoulder surgery (rotator cuff, acromioplasty, labral repair)"),
    ("any lumbar MRIs approved?", "lumbar MRI"),
    ("any knee or shoulder surgery approved?", "knee or shoulder surgery (any)"),
])
def test_the_region_is_said_once(question: str, label: str) -> None:
    w = where(understand(question), {})
    assert w is not None and w.label == label
